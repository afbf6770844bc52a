"""Date lines under one name (extract/named_date_lines.py): each plain line that opens with its
day is an offering named by the heading or bold line above it (held-out batch 61)."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract import extract_page
from netdir.extract.context import PageContext
from netdir.extract.dispatch import _several_offerings
from netdir.extract.named_date_lines import TITLE_SOURCE, named_date_lines
from netdir.html_depth import parse_html
from netdir.normalize import normalize_record
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

_COURSES = """<html><body><div id="content">
<p>Kursprogramm</p>
<table><tr><td><b>Montag / Donnerstag</b></td></tr></table>
<p><b>Töpfern</b></p><p>Mit Ton arbeiten, für alle Altersgruppen.</p>
<div><b>Beginn:</b> Montag, 6.2.17, von 10-13 Uhr<br>Kursleitung: A. Muster<br>
Donnerstag, 9.2.17, von 18-20 Uhr<br>Kursgebühr: € 120,-<br><br>
<b>Aquarell</b><br>Sehen lernen.<br><b>Beginn:</b> Dienstag, 7.2.17 / Donnerstag, 9.2.17<br>
Kursleitung: B. Muster<br><br><b>Trommeln</b><br><b>Beginn:</b> Auf Anfrage</div>
</div></body></html>"""

_SERIES = """<html><body>
<h3>Fortbildung zur</h3><h3>Sprachförderkraft</h3>
<p>Dazu bieten wir eine Fortbildungsreihe zu folgenden Terminen an:</p>
<p>Sa, den 04.02.2017 im KIKU, Kinderkulturhaus<br>Sa, den 01.04.2017 im BGZ, Kulturhaus
Süderelbe<br>Sa, den 03.06.2017 im KIKU, Kinderkulturhaus</p>
<p>Jeweils von 10 bis 17 Uhr</p>
</body></html>"""

_SHOWS = """<html><body>
<h3>Puppentheater</h3><p><b>Handpuppentheater mit Maya</b></p>
<p>Folgende Termine sind geplant:</p>
<p><u>Am Sonntag, 15. Oktober 17 um 11 Uhr und um 15 Uhr</u></p>
<p><u>Am Sonntag, 5. November 17 um 11 und um 15 Uhr</u></p>
<p><u>Am Sonntag 3. Dezember um 11 und um 15 Uhr</u></p>
</body></html>"""

_OWN_NAMES = """<html><body><h2>Termine</h2>
<p>12.03.2017 Vortrag über Bienen</p><p>19.03.2017 Wanderung zum See</p>
<p>26.03.2017 Jahreshauptversammlung</p></body></html>"""


def _read(html: str) -> list[tuple[str | None, str | None, str | None]]:
    records = named_date_lines(parse_html(html), PageContext.of(page_from_text(html), None))
    today = date(2017, 1, 10)
    return [
        (r.title, (normalize_record(r, today=today).start or "")[:16], r.location_text)
        for r in records
    ]


def test_course_days_under_bold_names_are_one_offering_each() -> None:
    assert _read(_COURSES) == [
        ("Töpfern", "2017-02-06T10:00", None),
        ("Töpfern", "2017-02-09T18:00", None),
        ("Aquarell", "2017-02-07", None),
        ("Aquarell", "2017-02-09", None),
    ]


def test_a_date_line_places_after_each_preposition_of_a_place() -> None:
    # extract.place_prepositions: „in den“ and „auf der“ as well as „im“, „in der“, „beim“ …
    series = _SERIES.replace("im BGZ, Kulturhaus", "in den Räumen des BGZ, Kulturhaus").replace(
        "03.06.2017 im KIKU, Kinderkulturhaus", "03.06.2017 auf der Festwiese"
    )
    places = [place for _, _, place in _read(series)]
    assert places == [
        "KIKU, Kinderkulturhaus",
        "Räumen des BGZ, Kulturhaus Süderelbe",
        "Festwiese",
    ]


def test_a_name_over_two_headings_its_lines_places_and_hours() -> None:
    name = "Fortbildung zur Sprachförderkraft"
    assert _read(_SERIES) == [
        (name, "2017-02-04T10:00", "KIKU, Kinderkulturhaus"),
        (name, "2017-04-01T10:00", "BGZ, Kulturhaus Süderelbe"),
        (name, "2017-06-03T10:00", "KIKU, Kinderkulturhaus"),
    ]


def test_two_showings_a_day_and_the_subtitle_names_nothing() -> None:
    assert _read(_SHOWS) == [
        ("Puppentheater", "2017-10-15T11:00", None),
        ("Puppentheater", "2017-10-15T15:00", None),
        ("Puppentheater", "2017-11-05T11:00", None),
        ("Puppentheater", "2017-11-05T15:00", None),
        ("Puppentheater", "2017-12-03T11:00", None),
        ("Puppentheater", "2017-12-03T15:00", None),
    ]


_BRUNCH = """<html><body><h1>Tanzfrühstück</h1><p>Das Buffet setzt sich aus euren Beiträgen zusammen.</p>
<p>Termine für das <strong>Tanzfrühstück</strong>:<br>Sonntag, 15. März 2017<br>Sonntag, 17. Mai 2017<br>
Sonntag, 27. September 2017</p><p>von 11.00 – 14.00 Uhr</p><p>Eintritt: 5,- €</p></body></html>"""


def test_a_line_of_nothing_but_hours_gives_the_hours_of_the_days_above() -> None:
    """„von 11.00 – 14.00 Uhr“ under the days, like „Jeweils von 10 bis 17 Uhr“ (held-out batch
    75's Tanzfrühstück page, before: three brunches without an hour)."""
    assert _read(_BRUNCH) == [
        ("Tanzfrühstück", "2017-03-15T11:00", None),
        ("Tanzfrühstück", "2017-05-17T11:00", None),
        ("Tanzfrühstück", "2017-09-27T11:00", None),
    ]


def test_a_line_of_hours_and_words_is_no_hours_line() -> None:
    words = _BRUNCH.replace("von 11.00 – 14.00 Uhr", "Einlass von 11.00 – 14.00 Uhr im Saal")
    assert [start for _, start, _ in _read(words)] == ["2017-03-15", "2017-05-17", "2017-09-27"]


_COURSE_GROUPS = """<html><body><h1>Kurse</h1>
<h2>Anfängerkurs</h2><p>freitags, 19:00 - 20:30 Uhr<br>Start: 17. Januar 2020</p>
<p>Kosten: 125,00 € pro Person, 10 Abende</p>
<p>Folgekurse<br>Kurs 2021, Start: 24. April 2020<br>Kurs 2023, Start: 28 August 2020</p>
<h2>Fortgeschrittene</h2><p>donnerstags, 18:30 - 20:00 Uhr<br>Start: 16. Januar 2020</p>
</body></html>"""


def test_a_course_its_weekly_hours_and_its_follow_ups_named_before_their_start() -> None:
    """„Start: 17. Januar 2020“ under „freitags, 19:00 - 20:30 Uhr“, then „Kurs 2021, Start: 24.
    April 2020“ — each a course, the follow-ups named by their own line, all at the group's
    weekly hour (held-out batch 75's course page, before: one course without its hour)."""
    assert _read(_COURSE_GROUPS) == [
        ("Anfängerkurs", "2020-01-17T19:00", None),
        ("Kurs 2021", "2020-04-24T19:00", None),
        ("Kurs 2023", "2020-08-28T19:00", None),
        ("Fortgeschrittene", "2020-01-16T18:30", None),
    ]


def test_a_weekday_and_words_before_the_hours_make_no_hours_line() -> None:
    page = _COURSE_GROUPS.replace("freitags, 19:00", "freitags im Saal, 19:00")
    assert [start for _, start, _ in _read(page)][:3] == ["2020-01-17", "2020-04-24", "2020-08-28"]


def test_the_dance_groups_course_page(capsys: pytest.CaptureFixture[str]) -> None:
    """Batch 75's course page: three groups, each a course and two follow-ups (before: 1/9)."""
    records = inspect_corpus_page(capsys, "hugo-tanzlaune-wiesbaden-kurse-2020")
    starts = [r["start"][:16] for r in records]
    assert len(records) == 9
    assert starts[:3] == ["2020-01-17T19:00", "2020-04-24T19:00", "2020-08-28T19:00"]
    assert [r["title"] for r in records][1] == "Kurs 2021"


def test_a_number_heading_above_the_name_is_no_part_of_it() -> None:
    # „<h2>Kurs 2012</h2><h2>Fortgeschrittene Gruppe 1</h2>“: the course's number over its name.
    # Before: „Kurs 2012 Fortgeschrittene Gruppe 1“. Two headings of words stay one name.
    page = _COURSE_GROUPS.replace(
        "<h2>Fortgeschrittene</h2>", "<h2>Kurs 2012</h2><h2>Gruppe A</h2>"
    )
    assert _read(page)[-1] == ("Gruppe A", "2020-01-16T18:30", None)
    page = _COURSE_GROUPS.replace(
        "<h2>Fortgeschrittene</h2>", "<h2>Tanzkurs für</h2><h2>Paare</h2>"
    )
    assert _read(page)[-1] == ("Tanzkurs für Paare", "2020-01-16T18:30", None)


def test_the_dance_groups_are_named_without_their_course_numbers(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Batch 75's course page. Before: „Kurs 2012 Fortgeschrittene Gruppe 1“, „Kurs 2011
    # Anfängerkurs für Paare und Singles (Schnupperabend möglich)“.
    titles = [
        r["title"] for r in inspect_corpus_page(capsys, "hugo-tanzlaune-wiesbaden-kurse-2020")
    ]
    assert titles[0] == "Anfängerkurs für Paare und Singles (Schnupperabend möglich)"
    assert titles[3] == "Fortgeschrittene Gruppe 1"
    assert titles[6] == "Fortgeschrittene Gruppe 2"


def test_lines_that_name_their_own_offering_are_not_read_here() -> None:
    assert _read(_OWN_NAMES) == []


def test_read_only_when_the_page_gives_nothing_else() -> None:
    # The course page read alone would be the listing's; the page of showings would be one
    # event's: the date lines come last, after the list, the event and the scripts' JSON.
    records = extract_page(page_from_text(_SERIES)).records
    assert {r.field_sources.get("title") for r in records} == {TITLE_SOURCE}


@pytest.mark.parametrize(
    ("page_id", "count", "title"),
    [
        ("wfx-kulturhaus-suederelbe-puppentheater-2017", 14, "Puppentheater Kollin Kläff"),
        (
            "wfx-kulturhaus-suederelbe-fortbildung-2017",
            6,
            "Fortbildung zur zertifizierten Sprachföderkraft mit künstlerischen Mitteln",
        ),
    ],
)
def test_date_paragraphs_under_one_name(
    capsys: pytest.CaptureFixture[str], page_id: str, count: int, title: str
) -> None:
    """The Kulturhaus pages: seven „Am Sonntag, …“ paragraphs of two showings each, six „Sa, den
    04.02.2017 im KIKU, …“ lines with „Jeweils von 10 bis 17 Uhr“ — named once above them."""
    records = inspect_corpus_page(capsys, page_id)
    assert len(records) == count
    assert {r["title"] for r in records} == {title}


def test_beginn_lines_under_course_names(capsys: pytest.CaptureFixture[str]) -> None:
    """The course programme: „Beginn: Montag, 6.2.17, von 10-13 Uhr“ lines under bold course
    names, weekday headings between them — one record per line, not one event for the page."""
    records = inspect_corpus_page(capsys, "wfx-kulturhaus-suederelbe-kursprogramm-2017")
    starts = [(r["title"], r["start"][:16]) for r in records]
    assert ("Ölmalerei", "2017-02-06T18:30") in starts
    assert ("Keramik (Aufbautechnik)", "2017-02-03T17:00") in starts
    assert len(records) == 22  # with „Mittwoch, 1.2.167“ read as 1.2.17 (when_typo_years)


def _lines(*pairs: tuple[str, str]) -> list[RawRecord]:
    records = []
    for title, when in pairs:
        records.append(
            RawRecord(source_id="s", page_url="https://e.org/", extractor="listing", title=title)
        )
        records[-1].date_text = when
    return records


def test_a_programme_of_timed_lines_under_several_names_wins_over_one_event() -> None:
    programme = _lines(("A", "6.2.17, 10-13 Uhr"), ("B", "7.2.17, 18 Uhr"), ("C", "8.2.17, 9:00"))
    assert _several_offerings(programme, dated=1)
    # a sidebar's bare post days under „NEUIGKEITEN“, „TERMINE“, „Ähnliche Artikel“
    stamps = _lines(("N", "22. Januar 2025"), ("T", "15. Februar 2025"), ("Ä", "3. Februar 2022"))
    assert not _several_offerings(stamps, dated=1)
    assert not _several_offerings(programme[:2], dated=0)  # two names: one event's days may
