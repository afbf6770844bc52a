"""Causes found on held-out German batch 151 of the real-page corpus (culture and youth: Vien.noir's
programme and show page, the Cityhaus Weinfelden's exhibitions, the Rosa Luna open-air cinema's
year programmes, the Jugendhaus Spektrum's weekly box), each pinned on a minimal snippet and on
its page: the records a reader would note, with their names, starts and places."""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir.extract.artist_work_titles import artist_and_work
from netdir.extract.doors_then_start import start_after_the_doors
from netdir.extract.meeting_lead import meeting_of_the_lead
from netdir.extract.sentence_headings import is_a_sentence_heading
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# 1. One line gives the doors' clock and the show's — „18:30 Einlass · 19:30 Beginn“, „18:30
#    Einlass · 19:00 Vorspeise“ (a dinner show opens with its starter): the show starts at the
#    other clock, and the line under it in the same cell, a house and its town („Das Vindobona,
#    Wien“), is where.

_PROGRAMME = """<html><head><title>Programm</title></head><body><main>
<h1>Alle Termine</h1>
<div class="program-list">
<article class="program-row"><div class="program-row__month">SEP</div>
<div class="program-row__date"><time datetime="2026-09-18">Fr, 18. September 2026</time></div>
<div class="program-row__show"><a href="/bond/"><h3>Ladies of Bond</h3></a><p>A cabaret thriller</p></div>
<div class="program-row__time">18:30 Einlass · <time datetime="19:30">19:30</time> Beginn<br/>Das Vindobona, Wien</div>
<a class="button" href="https://tickets.example/bond">Tickets</a></article>
<article class="program-row"><div class="program-row__month">NOV</div>
<div class="program-row__date"><time datetime="2026-11-27">Fr, 27. November 2026</time></div>
<div class="program-row__show"><a href="/santa/"><h3>Santa Baby</h3></a><p>Die Suche nach Mrs. Claus</p></div>
<div class="program-row__time">18:30 Einlass · <time datetime="19:00">19:00</time> Vorspeise<br/>Das Vindobona, Wien</div>
<a class="button" href="https://tickets.example/santa">Tickets</a></article>
</div></main></body></html>"""


def test_the_start_after_the_doors_on_a_snippet() -> None:
    assert readings_on(_PROGRAMME, date(2026, 9, 1)) == [
        ("Ladies of Bond", "2026-09-18T19:30", "Das Vindobona, Wien"),
        ("Santa Baby", "2026-11-27T19:00", "Das Vindobona, Wien"),
    ]


def test_a_line_of_the_doors_and_the_start() -> None:
    assert start_after_the_doors("18:30 Einlass · 19:30 Beginn") == "19:30"
    assert start_after_the_doors("Einlass 18:30 · Vorspeise 19:00") == "19:00"
    assert start_after_the_doors("Einlass: 19:00 Uhr, Beginn: 20:00 Uhr") == "20:00 Uhr"
    # the doors alone, two shows, or a name beside a clock: no such line
    assert start_after_the_doors("18:30 Einlass") is None
    assert start_after_the_doors("19:00 Konzert · 21:00 Party") is None
    assert start_after_the_doors("Einlass 18 Uhr · Lesung mit Hans Meier 19 Uhr") is None


def test_the_start_after_the_doors_on_the_page() -> None:
    readings = saved_page_readings("static-viennoir-wien-programm-2026-27")
    assert len(readings) == 10
    assert readings[0] == ("Ladies of Bond", "2026-09-18T19:30", "Das Vindobona, Wien")
    assert readings[2] == ("Santa Baby", "2026-11-27T19:00", "Das Vindobona, Wien")
    assert all(place == "Das Vindobona, Wien" for _, _, place in readings)


# 2. A show's page names the show in its h1 and tells the story under a heading that is a
#    sentence („<h2>Ein festliches Matchmaking mit Folgen.</h2>“); the date rows below it are the
#    show's performances, named by the h1, not by the story's headline.

_SHOW_PAGE = """<html><head><title>Santa Baby | Vien.noir</title></head><body><main>
<section class="page-hero"><h1>Santa<br/>Baby</h1><p>Die Suche nach Mrs. Claus.</p></section>
<section class="section"><div class="show-copy">
<p class="kicker">Die Geschichte</p>
<h2>Ein festliches Matchmaking mit Folgen.</h2>
<p>Santa ist Single. Seine Elfen finden: Das muss sich ändern.</p>
<p class="kicker">Termine 2026 / 27</p>
<div class="date-list">
<div class="date-row"><div class="date-row__day">Freitag</div><div class="date-row__date"><time datetime="2026-11-27">27. November 2026</time></div><div class="date-row__time">Einlass 18:30 · Vorspeise 19:00<br/>Das Vindobona</div><a class="button" href="https://tickets.example/1">Tickets</a></div>
<div class="date-row"><div class="date-row__day">Samstag</div><div class="date-row__date"><time datetime="2026-11-28">28. November 2026</time></div><div class="date-row__time">Einlass 18:30 · Vorspeise 19:00<br/>Das Vindobona</div><a class="button" href="https://tickets.example/2">Tickets</a></div>
<div class="date-row"><div class="date-row__day">Mittwoch</div><div class="date-row__date"><time datetime="2026-12-09">9. Dezember 2026</time></div><div class="date-row__time">Einlass 18:30 · Vorspeise 19:00<br/>Das Vindobona</div><a class="button" href="https://tickets.example/3">Tickets</a></div>
</div></div></section></main></body></html>"""


def test_the_page_name_over_a_headline_on_a_snippet() -> None:
    readings = readings_on(_SHOW_PAGE, date(2026, 9, 1))
    assert [(title, start) for title, start, _ in readings] == [
        ("Santa Baby", "2026-11-27T19:00"),
        ("Santa Baby", "2026-11-28T19:00"),
        ("Santa Baby", "2026-12-09T19:00"),
    ]


def test_a_sentence_heading() -> None:
    def heading(html: str) -> LexborNode:
        node = LexborHTMLParser(html).css_first("h1, h2, h3")
        assert node is not None
        return node

    assert is_a_sentence_heading(heading("<h2>Ein festliches Matchmaking mit Folgen.</h2>"))
    assert not is_a_sentence_heading(heading("<h2>Termine 2026 / 27</h2>"))
    assert not is_a_sentence_heading(heading("<h2>Konzerte im Mai</h2>"))
    assert not is_a_sentence_heading(heading("<h2>Termine.</h2>"))  # a label, not a sentence
    assert not is_a_sentence_heading(heading("<h2>Sommerfest am 3.</h2>"))


def test_the_page_name_over_a_headline_on_the_page() -> None:
    readings = saved_page_readings("static-viennoir-wien-santa-baby-2026")
    assert [(title, start) for title, start, _ in readings] == [
        ("Santa Baby", "2026-11-27T19:00"),
        ("Santa Baby", "2026-11-28T19:00"),
        ("Santa Baby", "2026-12-09T19:00"),
        ("Santa Baby", "2026-12-10T19:00"),
    ]


# 3. The page's lead tells when and where every evening below begins — „Wir treffen uns ab 20 Uhr
#    im Garten des Rosenhofs von Mollis.“ — and each evening's section under its day heading names
#    only its film: each evening begins at the lead's clock, at the lead's place.

_CINEMA = """<html><head><title>Rosa Luna — Programm 2019</title></head><body>
<div id="content"><h1>Programm 2019</h1>
<p>Wir treffen uns sich ab 20 Uhr im Garten des Rosenhofs von Mollis. Musik begleitet uns in den Abend.</p>
<p>Nach dem Einbruch der Dunkelheit wird gegen 21 Uhr 45 der Film gestartet.</p>
<p>Das Programm sieht wie folgt aus:</p>
<h2>Samstag 18. Mai 2019</h2>
<p><strong>I hired a contract killer</strong></p>
<p>Tragikkomödie von Aki Kaurismäki (1990).</p>
<h2>Samstag 15. Juni 2019</h2>
<p><strong>The Red Violin</strong></p>
<p>Episodenfilm von François Girard, Kanada, 1998.</p>
<h2>Samstag 10. August 2019</h2>
<p><strong>Weit</strong></p>
<p>Dokumentarfilm, 2017.</p>
</div></body></html>"""


def test_the_meeting_of_the_lead_on_a_snippet() -> None:
    assert readings_on(_CINEMA, date(2019, 5, 3)) == [
        ("I hired a contract killer", "2019-05-18T20:00", "Garten des Rosenhofs von Mollis"),
        ("The Red Violin", "2019-06-15T20:00", "Garten des Rosenhofs von Mollis"),
        ("Weit", "2019-08-10T20:00", "Garten des Rosenhofs von Mollis"),
    ]


def test_a_lead_that_tells_no_meeting_gives_nothing() -> None:
    def first_section(html: str) -> LexborNode:
        node = LexborHTMLParser(html).css_first("h2")
        assert node is not None
        return node

    assert meeting_of_the_lead(first_section(_CINEMA)) == (
        "20 Uhr",
        "Garten des Rosenhofs von Mollis",
    )
    told = "<h1>Programm</h1><p>Der Eintritt kostet Fr. 12.-.</p><h2>Samstag 18. Mai 2019</h2>"
    assert meeting_of_the_lead(first_section(told)) is None
    # a meeting told under another section's heading is that section's, not the page's
    inside = "<h1>P</h1><h2>Mai</h2><p>Wir treffen uns ab 20 Uhr im Garten.</p><h2>Juni</h2>"
    second = LexborHTMLParser(inside).css("h2")[1]
    assert meeting_of_the_lead(second) is None


def test_the_meeting_of_the_lead_on_the_pages() -> None:
    for year in (2019, 2020, 2021, 2022):
        readings = saved_page_readings(f"jekyll-rosaluna-mollis-programm-{year}")
        assert readings
        assert all(start and start.endswith("T20:00") for _, start, _ in readings)
        assert all(place == "Garten des Rosenhofs von Mollis" for _, _, place in readings)


# 4. A gallery's card heads the artist's name over a line its class calls the title
#    („<h2>Erna Hürzeler</h2><p class="exhibit-title">Mädesüss trifft Teufelskralle</p>“): the
#    exhibition is named by both, and the work's name („Kunst im Lagerraum+“) is no place.

_GALLERY = """<html><head><title>Ausstellungen</title></head><body><main>
<h1 class="page-title">Ausstellungen</h1><section class="exhibition-list">
<article class="exhibit-row"><div class="exhibit-image"><img src="a.png" alt="Lichtpunkte"/></div>
<div class="exhibit-copy"><h2>Helmut Wenczel</h2><p class="exhibit-title">Lichtpunkte</p>
<div class="exhibit-dates">17.10. – 19.12.2026</div></div></article>
<article class="exhibit-row"><div class="exhibit-copy"><h2>Erna Hürzeler</h2>
<p class="exhibit-title">Mädesüss trifft Teufelskralle</p><p class="exhibit-dates">18.10. – 29.11.2025</p></div></article>
<article class="exhibit-row"><div class="exhibit-copy"><h2>Arturo Di Maria</h2>
<p class="exhibit-title">Kunst im Lagerraum+</p><p class="exhibit-dates">01.03. – 26.04.2025</p></div></article>
</section></main></body></html>"""


def test_artist_and_work_on_a_snippet() -> None:
    assert readings_on(_GALLERY, date(2026, 8, 21)) == [
        ("Helmut Wenczel – Lichtpunkte", "2026-10-17", None),
        ("Erna Hürzeler – Mädesüss trifft Teufelskralle", "2025-10-18", None),
        ("Arturo Di Maria – Kunst im Lagerraum+", "2025-03-01", None),
    ]


def test_only_a_person_over_a_classed_title_line() -> None:
    card = LexborHTMLParser(
        '<div><h2>Erna Hürzeler</h2><p class="exhibit-title">Mädesüss</p></div>'
    ).css_first("div")
    assert card is not None
    assert artist_and_work([card], "Erna Hürzeler") == ("Erna Hürzeler – Mädesüss", "Mädesüss")
    # a heading that names an event, or a line classed otherwise, stays as it is
    event = LexborHTMLParser(
        '<div><h2>Sommerfest 2026</h2><p class="event-title">Im Hof</p></div>'
    ).css_first("div")
    assert event is not None
    assert artist_and_work([event], "Sommerfest 2026") is None
    teaser = LexborHTMLParser(
        '<div><h2>Erna Hürzeler</h2><p class="teaser">Mädesüss</p></div>'
    ).css_first("div")
    assert teaser is not None
    assert artist_and_work([teaser], "Erna Hürzeler") is None


def test_artist_and_work_on_the_page() -> None:
    readings = saved_page_readings("static-cityhaus-weinfelden-ausstellungen-2026")
    assert readings == [
        ("Helmut Wenczel – Lichtpunkte", "2026-10-17", None),
        ("Erna Hürzeler – Mädesüss trifft Teufelskralle", "2025-10-18", None),
        ("Arturo Di Maria – Kunst im Lagerraum+", "2025-03-01", None),
    ]
