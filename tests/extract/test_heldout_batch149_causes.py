"""Causes found on held-out German batch 149 of the real-page corpus (sports clubs and their
Termine: a Vienna bowling club's Spieltermine, four Alpenverein sections' tour finder, a handball
club's tournament news), each pinned on a minimal snippet and on its page: the records a reader
would note, with their names, starts and places."""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborNode

from netdir.extract.deadline_titles import names_a_deadline
from netdir.extract.event_page_labels import Fact
from netdir.extract.place_lines import venue_part_of_title
from netdir.extract.prose_start import start_in_prose
from netdir.extract.run_end_lines import dates_only_an_end, is_an_end_line, with_the_run_end
from tests.extract.realpage_inspect import (
    readings_on,
    saved_page_readings,
    saved_page_spans,
    spans_on,
)

# 1. A tour finder's cards: one link per tour holding a round day box („Do.“ / „3“ under the
#    heading „September 2026“) and a body with the title and a meta line „06:00 Uhr · bis
#    07.09.“, „bis 05.09.“ or none. The meta line only ends the run: the day is the box's, the
#    line adds the hour and the end. The bodies, which miss the box, are no list of their own
#    when the whole cards are all dated; and „Klettersteigdurchquerung Rosengarten - 2026“ keeps
#    its name (the year after the dash is no name left when „… Rosengarten“ reads as a venue).

_CARD = """<a class="tour" href="https://touren.example/{n}">
<div class="daybox"><div class="dow">{dow}</div><div class="dom">{day}</div></div>
<div class="body"><div class="badge-row"><span class="section-label">Überlingen</span>
<span class="tag tag-cat">{kind}</span></div><div class="title">{title}</div>{meta}</div></a>"""


def _tour_finder(cards: list[dict[str, str]]) -> str:
    return (
        "<html><head><title>Touren Finder</title></head><body><div class='page'>"
        "<h1>Touren Finder</h1><div id='results'><div id='month-0'><div class='month-head'>"
        f"<h2>September 2026</h2><span class='count'>{len(cards)} Touren</span></div>"
        "<div class='list'>"
        + "".join(_CARD.format(n=n, **card) for n, card in enumerate(cards))
        + "</div></div></div></div></body></html>"
    )


_TOURS = _tour_finder(
    [
        dict(dow="Mi.", day="2", kind="Yoga", title="Kundalini-Yoga Mittwoch", meta=""),
        dict(
            dow="Do.",
            day="3",
            kind="Klettersteig",
            title="Klettersteigdurchquerung Rosengarten - 2026",
            meta="<div class='meta-line'>06:00 Uhr · bis 07.09.</div>",
        ),
        dict(
            dow="Fr.",
            day="4",
            kind="Wandern",
            title="Bergwanderung Säntis (2502m)",
            meta="<div class='meta-line'>bis 05.09.</div>",
        ),
        dict(
            dow="Sa.",
            day="5",
            kind="Wandern",
            title="Speer - 2026",
            meta="<div class='meta-line'>06:00 Uhr</div>",
        ),
    ]
)


def test_tour_cards_on_a_snippet() -> None:
    spans = {title: (start, end) for title, start, end, _ in spans_on(_TOURS, date(2026, 9, 2))}
    assert spans == {
        "Kundalini-Yoga Mittwoch": ("2026-09-02", None),
        "Klettersteigdurchquerung Rosengarten - 2026": ("2026-09-03T06:00", "2026-09-07"),
        "Bergwanderung Säntis (2502m)": ("2026-09-04", "2026-09-05"),
        "Speer - 2026": ("2026-09-05T06:00", None),
    }


def test_a_line_that_only_ends_the_run() -> None:
    assert is_an_end_line("06:00 Uhr · bis 07.09.")
    assert is_an_end_line("bis 05.09.")
    assert not is_an_end_line("Do. 3. September 2026 bis 07.09.")
    assert dates_only_an_end("Überlingen Klettersteig Rosengarten - 2026 06:00 Uhr · bis 07.09.")
    assert not dates_only_an_end("Mi. 2. September 2026 Yoga Kundalini-Yoga")
    assert not dates_only_an_end("vom 3. bis 7. September")
    lines = ["Überlingen", "Klettersteig", "06:00 Uhr · bis 07.09."]
    assert with_the_run_end("Do. 3. September 2026", lines) == (
        "Do. 3. September 2026, 06:00 Uhr bis 07.09."
    )
    assert with_the_run_end("Fr. 4. September 2026", ["bis 05.09."]) == (
        "Fr. 4. September 2026 bis 05.09."
    )
    # a date that has its end already keeps it
    assert with_the_run_end("3. bis 7. September 2026", lines) == "3. bis 7. September 2026"


def test_a_year_after_the_dash_is_no_name() -> None:
    assert venue_part_of_title("Klettersteigdurchquerung Rosengarten - 2026") is None
    assert venue_part_of_title("Altes Schulhaus - Gemeinderat") == (
        "Gemeinderat",
        "Altes Schulhaus",
    )


def test_tour_cards_on_the_page() -> None:
    spans = {
        (title, start): end
        for title, start, end, _ in saved_page_spans("static-dav-touren-finder-bodensee-2026-09")
    }
    assert ("Kundalini-Yoga Mittwoch", "2026-09-02") in spans
    assert ("Kundalini-Yoga Mittwoch", "2026-09-09") in spans
    assert ("Freitagsausfahrt Mountainbike", "2026-09-04") in spans
    assert ("Bogartenfirst (1811 m)", "2026-09-06") in spans
    assert spans[("Klettersteigdurchquerung Rosengarten - 2026", "2026-09-03T06:00")] == (
        "2026-09-07"
    )
    assert spans[("Jugend 1 - Zeltlager (10 - 14 Jahre)", "2026-09-08T08:00")] == "2026-09-12"
    assert spans[("Hinderrugg/Chäserrugg und Gamsalp - 2026", "2026-09-02T06:30")] is None
    assert all(start is not None for _, start in spans)


# 2. „Nenntag STM Doppel“ in a bowling club's table of Spieltermine: the day entries for the
#    doubles championship close (Austrian sports German for „Meldeschluss“) — a deadline, no
#    event; „Nennschluss“ and „Nennungsschluss“ likewise.


def test_an_entry_day_is_a_deadline() -> None:
    assert names_a_deadline("Nenntag STM Doppel")
    assert names_a_deadline("Nennschluss Landesmeisterschaft")
    assert names_a_deadline("Nennungsschluss")
    assert not names_a_deadline("1. Rd. STM Doppel")
    assert not names_a_deadline("Nennung der Sieger")


_SCHEDULE = """<html><head><title>Termine</title></head><body><h1>Spieltermine der Saison</h1>
<table class="stats-table"><thead><tr><th>Datum</th><th>Termin</th><th>Ort</th><th>Zeit</th>
</tr></thead><tbody>
<tr><td>Mo, 18.09.2023</td><td>2. Rd. Team H1</td><td>Cumberland</td><td>19:00</td></tr>
<tr><td>Mi, 20.09.2023</td><td>Nenntag STM Doppel</td><td></td><td></td></tr>
<tr><td>So, 24.09.2023</td><td>1. Rd. Trio WLD</td><td>Plus</td><td>10:00</td></tr>
<tr><td>Mo, 25.09.2023</td><td>2. Rd. Trio H1B</td><td>Cumberland</td><td>19:00</td></tr>
<tr><td>Sa, 30.09.2023</td><td>VorRd. Ö-CUP</td><td>Cumberland</td><td>10:00</td></tr>
</tbody></table></body></html>"""


def test_an_entry_day_row_on_a_snippet() -> None:
    readings = readings_on(_SCHEDULE, date(2023, 9, 1))
    assert [(title, start) for title, start, _ in readings] == [
        ("2. Rd. Team H1", "2023-09-18T19:00"),
        ("1. Rd. Trio WLD", "2023-09-24T10:00"),
        ("2. Rd. Trio H1B", "2023-09-25T19:00"),
        ("VorRd. Ö-CUP", "2023-09-30T10:00"),
    ]


def test_an_entry_day_row_on_the_page() -> None:
    readings = saved_page_readings("static-bsc-phoenix-wien-spieltermine-2023")
    assert len(readings) == 22
    assert not any(title and title.startswith("Nenntag") for title, _, _ in readings)


# 3. A news post rendered from Markdown whose text opens with a heading of its own („#
#    Saisonabschlussturnier der HSG Pinnau – …“) under the template's title and byline has two
#    h1: the first, over the post's stamp „30. April 2026“, is the post's title, and its lead
#    announces the event — „Am kommenden Samstag ist es endlich soweit: Das große
#    Saisonabschlussturnier der E-Jugend … findet in der JBS-Halle statt“ — on the Saturday after
#    the post's day.

_POST = """<html><head><title>HSG</title></head><body><main>
<section><h1>Großes Saisonabschlussturnier der E-Jugend am Samstag!</h1>
<div><span>30. April 2026</span></div><div><span>Mads Börjesson</span></div></section>
<section><div class="prose">
<h1>Saisonabschlussturnier der HSG Pinnau – Ein Highlight zum Abschluss der Saison</h1>
<p>Am kommenden Samstag ist es endlich soweit: Das große Saisonabschlussturnier der E-Jugend der
HSG Pinnau findet in der JBS-Halle statt. Nach monatelanger Vorbereitung freut sich das Team.</p>
<h3>Action pur: 40 Spiele an einem Tag</h3>
<p>Insgesamt stehen beeindruckende 40 Partien auf dem Spielplan.</p>
</div></section></main></body></html>"""


def test_the_posts_title_over_its_byline_on_a_snippet() -> None:
    readings = readings_on(_POST, date(2026, 4, 30))
    assert readings == [
        ("Großes Saisonabschlussturnier der E-Jugend am Samstag!", "2026-05-02", "JBS-Halle")
    ]


def test_the_posts_title_over_its_byline_on_the_page() -> None:
    readings = saved_page_readings("react-hsg-pinnau-news-saisonabschlussturnier-e-jugend-2026")
    assert [(title, (start or "")[:10], place) for title, start, place in readings] == [
        ("Großes Saisonabschlussturnier der E-Jugend am Samstag!", "2026-05-02", "JBS-Halle")
    ]


# 4. „Am Samstag ertönt um 10:30 Uhr der erste Anpfiff.“ a few paragraphs below the announcing
#    lead: a match day's kick-off („Anpfiff“, „Anstoß“, handball's „Anwurf“, a race's
#    „Startschuss“) is the hour the announced event begins.


def test_the_kick_off_gives_the_start() -> None:
    lines: list[tuple[str, LexborNode | None]] = [
        ("Am kommenden Samstag findet das Turnier in der JBS-Halle statt.", None),
        ("Die Halle wird zum Treffpunkt.", None),
        ("Am Samstag ertönt um 10:30 Uhr der erste Anpfiff.", None),
    ]
    date_fact = Fact("Am kommenden Samstag findet das Turnier statt", "p below h1", 0)
    start = start_in_prose(lines, date_fact)
    assert start is not None and start.value == "10:30"
    kick_off = [("Der Anwurf ist um 18 Uhr in der Sporthalle.", None)]
    start = start_in_prose(kick_off, Fact("Sa., 7. März", "h1", 0))
    assert start is not None and start.value == "18:00"


def test_the_kick_off_gives_the_start_on_the_page() -> None:
    readings = saved_page_readings("react-hsg-pinnau-news-saisonabschlussturnier-e-jugend-2026")
    assert [start for _, start, _ in readings] == ["2026-05-02T10:30"]
