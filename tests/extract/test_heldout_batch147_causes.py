"""Causes found on held-out German batch 147 of the real-page corpus (churches and music
societies: the Musikverein Hellmonsödt's „Unser Programm 2026“, the Evangelische Jugend
Wendelstein's „Termine“, a demo parish's posts, the Gesangverein Weppersdorf's one-page site),
each pinned on a minimal snippet and on its page: the records a reader would note, with their
names, starts and places."""

from __future__ import annotations

from datetime import date

from netdir.extract.title_text import title_in_text
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# 1. A day cell that writes the weekday after the day and a comma („20. Juni, Samstag“) beside
#    the name cell: the weekday is the date's, not the first word of the name („Samstag
#    Sonnwendfeuer“).

_PROGRAMME = """<html><head><title>Programm</title></head><body><main>
<h2>Unser Programm 2026</h2>
<ul>
<li class="row"><span class="d">20. Juni, Samstag</span><span class="n">Sonnwendfeuer</span></li>
<li class="row"><span class="d">5. Juli, Sonntag</span><span class="n">Pfarrfest</span></li>
<li class="row"><span class="d">1. August, Samstag</span><span class="n">Marktfest</span></li>
</ul></main></body></html>"""


def test_weekday_after_the_day_is_no_part_of_the_name_on_a_snippet() -> None:
    assert readings_on(_PROGRAMME, date(2026, 5, 1)) == [
        ("Sonnwendfeuer", "2026-06-20", None),
        ("Pfarrfest", "2026-07-05", None),
        ("Marktfest", "2026-08-01", None),
    ]


def test_weekday_after_the_day_in_one_line() -> None:
    assert title_in_text("20. Juni, Samstag Sonnwendfeuer") == "Sonnwendfeuer"
    assert title_in_text("Sonnwendfeuer – Samstag, 20. Juni") == "Sonnwendfeuer"
    # a weekday that ends a name after a capitalised word stays the name's („Salsa Sonntag“)
    assert title_in_text("20. Juni: Salsa Sonntag") == "Salsa Sonntag"


def test_weekday_after_the_day_on_the_page() -> None:
    titles = [
        title
        for title, _, _ in saved_page_readings("nextjs-musikverein-hellmonsoedt-programm-2026")
    ]
    assert "Sonnwendfeuer" in titles
    assert "Bezirksmusikfest Schenkenfelden – Marschwertung" in titles
    assert not any(
        title and title.split()[0] in {"Samstag", "Sonntag", "Freitag"} for title in titles
    )


# 2. A site that sets the icon font on its own class („<span class="icon">schedule</span>
#    19:30 Uhr“): the ligature word is a glyph, not text — the hour beside the clock glyph is
#    the concert's, and „calendar_today“ is no part of its day.

_CARD = """<div class="card"><div><h1 class="text-dt-6">{name}</h1>
<p>{text}</p>
<div class="flex"><div>
<p class="flex"><span class="icon mr-2">calendar_today</span> {day}</p>
<p class="flex"><span class="icon mr-2">location_on</span> {place}</p>
</div><div>
<p class="flex"><span class="icon mr-2">schedule</span> {hour}</p>
<p class="flex"><span class="icon mr-2">attach_money</span> Kostenlos</p>
</div></div></div></div>"""
_CONCERT = (
    """<html><head><title>Chor</title></head><body><main>
<section id="veranstaltungen"><h1>Kommende Veranstaltungen</h1>"""
    + _CARD.format(
        name="Jubiläumskonzert",
        text="Wir feiern 100 Jahre Chorgesang.",
        day="15. November 2025",
        place="Aischgrundhalle",
        hour="19:30 Uhr",
    )
    + _CARD.format(
        name="Adventssingen",
        text="Lieder zum Advent.",
        day="6. Dezember 2025",
        place="Pfarrkirche",
        hour="17:00 Uhr",
    )
    + "</section></main></body></html>"
)


def test_ligature_in_an_icon_class_on_a_snippet() -> None:
    assert readings_on(_CONCERT, date(2025, 8, 26)) == [
        ("Jubiläumskonzert", "2025-11-15T19:30", "Aischgrundhalle"),
        ("Adventssingen", "2025-12-06T17:00", "Pfarrkirche"),
    ]


def test_capitalised_text_in_an_icon_class_stays_text() -> None:
    from selectolax.lexbor import LexborHTMLParser

    from netdir.extract.icon_fonts import mark_icon_ligatures

    tree = LexborHTMLParser(
        '<p><span class="icon">Neu</span> <span class="icon">event_note</span></p>'
    )
    assert tree.body is not None
    mark_icon_ligatures(tree.body)
    assert tree.body.text(strip=True) == "Neu"


def test_ligature_in_an_icon_class_on_the_page() -> None:
    readings = saved_page_readings("gesangverein-weppersdorf-startseite-2025-08")
    assert (
        'Jubiläumskonzert: "100 Jahre - Und wir rocken weiter!"',
        "2025-11-15T19:30",
        "Aischgrundhalle",
    ) in readings


# 3. A list of post teasers under the list's own heading: the sentence announcing an event in a
#    teaser that links to its post („<a href="/aktuelles/gemeindefest-2024/">… Am 15. Juni 2024
#    findet unser traditionelles Gemeindefest statt …</a>“) is that post's, not the lead of a
#    page the heading „Aktuelles aus der Gemeinde“ names.

_TEASER = """<a href="https://example.org/aktuelles/{slug}/"><div class="card">
<img alt="{name}" src="/img/default.jpg"><div class="box">
<div class="text-gray-900 font-bold text-xl mb-2">{name}</div>
<p class="text-gray-700 text-base pb-5">{summary}</p>
<p class="text-sm text-gray-600"><time>{stamp}</time></p></div></div></a>"""
_NEWS = (
    """<html><head><title>Gemeinde | Aktuelles</title></head><body><main>
<div class="mx-auto"><h1 class="title">Aktuelles aus der Gemeinde</h1>
<div class="content"><p>Aktuelle Nachrichten aus unserer Gemeinde</p></div>"""
    + _TEASER.format(
        slug="gemeindefest-2024",
        name="Gemeindefest 2024",
        summary="Am 15. Juni 2024 findet unser traditionelles Gemeindefest statt. Wir beginnen "
        "um 14:00 Uhr mit ...",
        stamp="2024/05/15",
    )
    + _TEASER.format(
        slug="kirchenputz",
        name="Danke für den Kirchenputz",
        summary="Viele Helferinnen und Helfer haben unsere Kirche wieder zum Glänzen gebracht.",
        stamp="2024/03/10",
    )
    + "</div></main></body></html>"
)


def test_teaser_sentence_is_no_lead_of_the_list_on_a_snippet() -> None:
    readings = readings_on(_NEWS, date(2024, 11, 11))
    assert not any(title == "Aktuelles aus der Gemeinde" for title, _, _ in readings)
    assert [start for _, start, _ in readings if start] == ["2024-06-15T14:00"]


def test_post_lead_under_its_heading_still_announces() -> None:
    # the post's own page: the same sentence outside any link is its lead
    post = """<html><head><title>Gemeindefest 2024</title></head><body><main>
<h1>Gemeindefest 2024</h1><p>Am 15. Juni 2024 findet unser traditionelles Gemeindefest statt.
Wir beginnen um 14:00 Uhr mit einem Familiengottesdienst.</p>
<p><a href="/aktuelles/">Zurück zur Übersicht</a></p></main></body></html>"""
    assert readings_on(post, date(2024, 11, 11)) == [
        ("Gemeindefest 2024", "2024-06-15T14:00", None)
    ]


def test_teaser_sentence_on_the_page() -> None:
    readings = saved_page_readings("hugo-st-marien-aktuelles")
    assert not any(title == "Aktuelles aus der Gemeinde" for title, _, _ in readings)
    dated = [(title, start) for title, start, _ in readings if start]
    assert len(dated) == 1 and dated[0][1] == "2024-06-15T14:00"
    assert (dated[0][0] or "").startswith("Gemeindefest 2024")
