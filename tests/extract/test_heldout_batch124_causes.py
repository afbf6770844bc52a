"""Causes found on held-out German batch 124 of the real-page corpus (education, youth and social
life: two student councils' freshers' programmes, a leisure centre's home page for people over
55), each pinned on a minimal snippet and on its page: the records a reader would note, with
their names, starts and places."""

from __future__ import annotations

from datetime import date

from netdir.extract.date_cues import without_publication_notes
from netdir.extract.weekday_cards import without_the_weeks_note
from tests.extract.realpage_inspect import Span, saved_page_spans, spans_on

_Record = Span


# 1. A programme table with one column per day: each header cell names its day and, on a line
#    below, where the day is held; each cell below that opens with its hours is a point of its
#    column's day, named by its other lines; a cell's link to a map service names its venue.

_FRESHERS = """<html><head><title>Ersti-Tage | Fachschaft</title></head><body>
<main><h1>Ersti-Tage</h1><h1>Programm</h1><table><thead><tr>
<th><strong>Mittwoch, 08.10.25<br />Garching</strong></th>
<th><strong>Donnerstag, 09.10.25<br />Innenstadt</strong></th></tr></thead><tbody>
<tr><td><strong>Treffpunkt:<br />MI HS 2 (<a href="https://nav.tum.de/room/1">Roomfinder</a>)</strong></td>
<td><strong>Treffpunkt:<br />B132</strong></td></tr>
<tr><td><strong>09:00-10:00</strong><br />Begrüßung durch die<br />Fachschaft / Mörderspiel</td>
<td><strong>10:00-11:00</strong><br />Vortrag <a href="https://example.org/zimmer">Prof. Zimmer</a></td></tr>
<tr><td><strong>11:30-13:00</strong><br />Mensa Garching</td>
<td><strong>14:00-16:00</strong><br />Schnitzeljagd</td></tr>
<tr><td><strong>ab 18:00</strong><br /><a href="https://maps.app.goo.gl/p6Xcy41">Campus Cneipe C2</a></td>
<td><strong>ab 18:00</strong><br />Barabend im <a href="https://maps.app.goo.gl/NQL1e">Keg</a></td></tr>
<tr><td></td><td></td></tr>
</tbody></table></main></body></html>"""


def test_cells_of_a_day_column_programme_are_points_of_their_column_s_day() -> None:
    records = spans_on(_FRESHERS, date(2025, 9, 28))
    assert records == [
        (
            "Begrüßung durch die Fachschaft / Mörderspiel",
            "2025-10-08T09:00",
            "2025-10-08T10:00",
            "Garching",
        ),
        ("Mensa Garching", "2025-10-08T11:30", "2025-10-08T13:00", "Garching"),
        ("Campus Cneipe C2", "2025-10-08T18:00", None, "Campus Cneipe C2"),
        ("Vortrag Prof. Zimmer", "2025-10-09T10:00", "2025-10-09T11:00", "Innenstadt"),
        ("Schnitzeljagd", "2025-10-09T14:00", "2025-10-09T16:00", "Innenstadt"),
        ("Barabend im Keg", "2025-10-09T18:00", None, "Keg"),
    ]


def test_a_table_whose_header_names_no_day_per_column_is_no_day_column_programme() -> None:
    # „Zeit | Raum“ over hours and names: a timetable of one day, not one column per day.
    html = _FRESHERS.replace("Mittwoch, 08.10.25", "Zeit").replace("Donnerstag, 09.10.25", "Raum")
    records = spans_on(html, date(2025, 9, 28))
    assert not any(start and start.startswith("2025-10-0") for _, start, _, _ in records)


def test_the_freshers_days_of_the_munich_bioinformatics_council() -> None:
    records = saved_page_spans("starlight-fsbioinfo-muenchen-erstitage-2025-09")
    # (24 programme points and, since session 51, the days as a whole: „Vom 08.10-10.10 kannst du
    # …“ under „Ersti-Tage“ — tests/extract/test_known_causes_session51.py)
    assert len(records) == 25
    assert records[0] == (
        "Begrüßung durch die Fachschaft / Mörderspiel, Vorstellungsrunde Erstis",
        "2025-10-08T09:00",
        "2025-10-08T10:00",
        "Garching",
    )
    assert ("PubQuiz im CiP", "2025-10-10T18:30", None, "CiP") in records
    assert ("Vortrag Sonja Grath", "2025-10-10T13:00", "2025-10-10T13:30", "Großhadern") in records
    # the meeting points („Treffpunkt: MI HS 2 (Roomfinder | Maps)“) and the speakers' links
    # are no records
    assert not any(title.startswith("Treffpunkt") for title, _, _, _ in records if title)
    assert all(start is not None for _, start, _, _ in records)


# 2. „Patchnotes 06.09.2025“ over a box of what changed on the page: the day a note of changes
#    was written, no event.


def test_a_patch_note_s_day_is_no_event_s() -> None:
    assert without_publication_notes("Patchnotes 06.09.2025").strip() == ""
    assert without_publication_notes("Changelog 2.3.2026").strip() == ""
    assert without_publication_notes("Sommerfest 06.09.2025") == "Sommerfest 06.09.2025"


def test_the_freshers_programme_of_the_dortmund_council_without_its_patch_notes() -> None:
    records = saved_page_spans("mkdocs-fsrfb4-dortmund-erstis-2025-09")
    assert not any(title == "Patchnotes" for title, _, _, _ in records)
    assert records[:2] == [
        ("Erstitag", "2025-09-05T10:00", None, "Treffpunkt Foyer"),
        ("Spieleabend", "2025-09-22T16:00", "2025-09-22T22:00", "A.E.03"),
    ]
    # (and the week „Vom 22. bis 26. September 2025 veranstalten wir für euch eine Erstiwoche.“,
    # read since session 51: tests/extract/test_known_causes_session51.py)
    assert len(records) == 9


# 3. A weekly plan written as one card per weekday: the card's heading is only the weekday, each
#    item of its list gives its hours and its name; an item meets every such weekday (or, with a
#    note of the month's weeks, those weekdays of each month) at its hours.

_PLAN = """<html><head><title>Freizeitstätte</title></head><body><main>
<section id="wochenplan"><h2>Was ist wann?</h2><div class="schedule-grid">
<article class="day-card"><h3>Montag</h3><ul>
<li><time>09:00–13:00</time><span>Tischtennis I</span></li>
<li><time>09:30–10:30</time><span>Gymnastik</span></li></ul></article>
<article class="day-card"><h3>Dienstag</h3><ul>
<li><time>12:30–15:30</time><span>Gesprächskreis Smartphone (2. + 4. Di.)</span></li>
<li><time>16:00–18:00</time><span>Computer: Linux</span></li></ul></article>
<article class="day-card"><h3>Samstag</h3><ul>
<li><time>10:00–16:00</time><span>Skatturnier (2. Sa.)</span></li></ul></article>
</div></section></main></body></html>"""


def test_items_of_weekday_cards_meet_on_their_card_s_weekday() -> None:
    records = spans_on(_PLAN, date(2026, 9, 13))  # a Sunday
    assert [(title, start, end) for title, start, end, _ in records] == [
        ("Tischtennis I", "2026-09-14T09:00", "2026-09-14T13:00"),
        ("Gymnastik", "2026-09-14T09:30", "2026-09-14T10:30"),
        ("Gesprächskreis Smartphone", "2026-09-22T12:30", "2026-09-22T15:30"),
        ("Computer: Linux", "2026-09-15T16:00", "2026-09-15T18:00"),
        ("Skatturnier", "2026-10-10T10:00", "2026-10-10T16:00"),
    ]


def test_a_card_headed_by_more_than_a_weekday_gives_its_items_no_weekly_day() -> None:
    html = _PLAN.replace("<h3>Montag</h3>", "<h3>Montag – Gruppen</h3>")
    records = spans_on(html, date(2026, 9, 13))
    assert not any(title in ("Tischtennis I", "Gymnastik") for title, _, _, _ in records)


def test_a_weeks_note_leaves_the_name_only_when_the_date_line_states_those_weeks() -> None:
    line = "2. und 4. Dienstag im Monat, 12:30–15:30 Uhr"
    assert without_the_weeks_note("Gesprächskreis Smartphone (2. + 4. Di.)", line) == (
        "Gesprächskreis Smartphone"
    )
    assert without_the_weeks_note("Gesprächskreis (1. + 3. Di.)", line) is None
    assert without_the_weeks_note("Kurs (2. Sa.)", "Samstag, 10:00 Uhr") is None


# 4. A card that looks back („Am 8. September waren wir … unterwegs“) beside the coming ones: its
#    yearless day has passed and stays this year, not next year's.


def test_the_leisure_centre_s_weekly_plan_and_its_look_back() -> None:
    records = saved_page_spans("static-senioren-luebars-freizeitstaette-2026-09")
    assert ("Unser Ausflug nach Warnemünde", "2026-09-08", None, None) in records
    assert ("Clubabend", "2026-09-17T16:30", "2026-09-17T19:00", None) in records
    assert ("Treffen der Zeitlosen", "2026-09-19T14:00", "2026-09-19T16:00", None) in records
    assert ("Gesprächskreis iPhone/iPad", "2026-10-03T10:00", "2026-10-03T12:45", None) in records
    assert len(records) == 26
