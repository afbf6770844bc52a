"""Leftovers of earlier held-out batches (session 50): general causes of what netdir still got
wrong on pages already in the corpus, each with a minimal page, a guard and the real page."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

import pytest

from netdir.extract import extract_page
from netdir.normalize import normalize_record
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

_Record = tuple[str | None, str | None, str | None, str | None]


def _page(text: str, today: date, url: str = "https://example.org/") -> list[_Record]:
    saved = datetime.combine(today, time(12), tzinfo=UTC)
    page = page_from_text(text, url)
    return _read(extract_page(dataclasses.replace(page, fetched_at=saved)).records, today)


def _read(records: list[RawRecord], today: date) -> list[_Record]:
    read = [(raw, normalize_record(raw, today=today)) for raw in records]
    return [(n.title, n.start, n.end, raw.location_text) for raw, n in read]


# Cause: a timetable saved from a spreadsheet states its venue once, in a label row above the days
# („Austragungsort: | Kegelsportzentrum“), its street and town in the rows below in the value's
# column. The rows name no place; each is held there.

FEBRUARY_2004 = date(2004, 2, 1)


def _timetable(label: str) -> str:
    def row(*cells: str) -> str:
        return "<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"

    return (
        "<html><body><table>"
        + row("&nbsp;", "", "", "")
        + f'<tr><td colspan="2">{label}</td><td colspan="2">Kegelsportzentrum</td></tr>'
        + '<tr><td>&nbsp;</td><td></td><td colspan="2">Graf-Recke-Str. 162</td></tr>'
        + '<tr><td>&nbsp;</td><td></td><td colspan="2">40237 D&uuml;sseldorf</td></tr>'
        + '<tr><td>&nbsp;</td><td></td><td colspan="2">Tel.:0211 - 635121</td></tr>'
        + row("", "", "Bahn 1-4", "Bahn 5-8")
        + '<tr><td colspan="4">Samstag, 28.02.2004</td></tr>'
        + row("Herren A Einzel", "20 VL", "10.00 - 14.10 Uhr", "")
        + row("Herren B Einzel", "20 VL", "", "10.00 - 14.10 Uhr")
        + row("Junioren Einzel", "16 VL", "14.10 - 18.20 Uhr", "")
        + '<tr><td colspan="4">Sonntag, 29.02.2004</td></tr>'
        + row("Damen A Einzel", "20 VL", "10.00 - 14.10 Uhr", "")
        + row("Damen B Einzel", "16 VL", "", "14.10 - 17.30 Uhr")
        + "</table></body></html>"
    )


def test_a_label_row_and_the_address_below_it_place_every_row() -> None:
    records = _page(_timetable("Austragungsort:"), FEBRUARY_2004)
    assert len(records) == 5
    assert {record[3] for record in records} == {
        "Kegelsportzentrum, Graf-Recke-Str. 162, 40237 Düsseldorf"
    }
    assert records[0][:2] == ("Herren A Einzel", "2004-02-28T10:00:00+01:00")


def test_a_row_labelled_otherwise_gives_no_place() -> None:
    records = _page(_timetable("Ausrichter:"), FEBRUARY_2004)
    assert len(records) == 5
    assert {record[3] for record in records} == {None}


def test_the_bowling_championship_timetable_is_held_at_its_venue(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, "excel-skg-muelheim-gaumeisterschaft-zeitplan-2004-02")
    assert len(records) == 21
    assert {record["location"] for record in records} == {
        "Kegelsportzentrum, Graf-Recke-Str. 162, 40237 Düsseldorf"
    }


# Cause: a championship's timetable is headed by one line naming the event and its town
# („Niederrhein-Meisterschaften 2007 in Kamp-Lintfort“); the rows name no place.

FEBRUARY_2007 = date(2007, 2, 1)


def _headed(heading: str) -> str:
    def rows(names: tuple[str, ...]) -> str:
        return "".join(
            f"<tr><td>{name}</td><td>20 im Vorlauf</td><td>9.00-13.10 Uhr</td><td></td></tr>"
            for name in names
        )

    return (
        f"<html><body><p><b>{heading}</b></p><p>Zeitplan</p><table>"
        "<tr><td></td><td></td><td>Bahn 1-4</td><td>Bahn 5-8</td></tr>"
        '<tr><td colspan="4">Samstag, 24.02.2007</td></tr>'
        + rows(("Damen A Einzel", "Herren A Einzel", "Paarkampf Mixed"))
        + '<tr><td colspan="4">Sonntag, 25.02.2007</td></tr>'
        + rows(("Paarkampf Damen", "Paarkampf Herren"))
        + "</table></body></html>"
    )


def test_the_title_lines_town_places_the_timetable() -> None:
    records = _page(_headed("Niederrhein-Meisterschaften 2007 in Kamp-Lintfort"), FEBRUARY_2007)
    assert len(records) == 5
    assert records[0][:2] == ("Damen A Einzel", "2007-02-24T09:00:00+01:00")
    assert {r[3] for r in records} == {"Kamp-Lintfort"}


@pytest.mark.parametrize(
    "heading",
    [
        "Einführung in Python",  # a subject, not a town
        "Wir treffen uns in Kamp-Lintfort",  # a sentence
    ],
)
def test_a_title_line_without_a_known_town_places_nothing(heading: str) -> None:
    records = _page(_headed(heading), FEBRUARY_2007)
    assert len(records) == 5
    assert {r[3] for r in records} == {None}


def test_the_niederrhein_championship_is_held_in_kamp_lintfort(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, "namo-skg-muelheim-niederrhein-zeitplan-2007-02")
    assert len(records) == 20
    assert {record["location"] for record in records} == {"Kamp-Lintfort"}


# Cause: a co-operative lists its meetings as bare date lines ending in the number of the house
# each is held in („Tues, Jan 16th at 7.30pm, 395“, „…, 397“, „…, 399“, in turn). The numbers
# come round again down the list: a column of houses, each line's place.

MARCH_2024 = date(2024, 3, 13)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun")


def _meeting_dates(ends: list[str]) -> str:
    lines = "".join(
        f'<p class="list-group-item-dates">Tues, {month} 16th at 7.30pm, {end}</p>'
        for month, end in zip(_MONTHS, ends, strict=False)
    )
    return (
        "<html><head><title>Brighton Rock Housing Co-operative</title></head><body>"
        '<header><h1 class="display-3">Meeting Dates 2024</h1></header><section><div '
        'class="text-container"><h class="list-group-item-dates">Meetings are held every month '
        f"and visitors are welcome.</h>{lines}</div></section></body></html>"
    )


def test_house_numbers_coming_round_are_the_meetings_places() -> None:
    records = _page(_meeting_dates(["395", "397", "399", "395 (AGM)", "397", "399"]), MARCH_2024)
    assert [((r[1] or "")[:16], r[3]) for r in records] == [
        ("2024-01-16T19:30", "395"),
        ("2024-02-16T19:30", "397"),
        ("2024-03-16T19:30", "399"),
        ("2024-04-16T19:30", "395"),
        ("2024-05-16T19:30", "397"),
        ("2024-06-16T19:30", "399"),
    ]


def test_numbers_that_do_not_come_round_are_no_places() -> None:
    records = _page(_meeting_dates(["12", "15", "18", "20", "22", "25"]), MARCH_2024)
    assert len(records) == 6
    assert {r[3] for r in records} == {None}


def test_the_co_operatives_meetings_are_in_its_houses(capsys: pytest.CaptureFixture[str]) -> None:
    for page in (
        "static-brighton-rock-coop-meeting-dates-2023-07",
        "static-brighton-rock-coop-meeting-dates-2024-03",
    ):
        records = inspect_corpus_page(capsys, page)
        assert [r["location"] for r in records] == ["395", "397", "399"] * 4


# Cause: an events page heads each announcement „<name>, <place>, <days>“ („HEP Software
# Foundation WLCG Workshop, Naples, March 26-29 2018“). The days were cut off the heading's end;
# the place stayed on the title. Three headings of the list written so make it a column.

DECEMBER_2023 = date(2023, 12, 1)


def _posts(headings: list[str]) -> str:
    posts = "".join(
        f'<div class="blog-post"><h2 class="blog-post-title"><a href="/e{n}.html">{heading}</a>'
        f'</h2><p class="blog-post-meta">12 Jan 2017 by <a href="/e{n}.html">Graeme</a></p>'
        "<p>The HSF is happy to announce a workshop on software for the next decade.</p></div>"
        for n, heading in enumerate(headings)
    )
    return f'<html><body><div class="container"><div class="row">{posts}</div></div></body></html>'


_HEADINGS = [
    'PyHEP 2019 "Python in HEP" Workshop, U.K., October 16-18, 2019',
    "HEP Software Foundation WLCG Workshop, Naples, March 26-29 2018",
    "HEP Software Foundation Workshop, LAPP (Annecy, France), June 26-30, 2017",
    "HSF/LPCC Physics Event Generator Computing Workshop, 26-27 November 2018",
]


def test_the_part_between_name_and_days_is_the_place() -> None:
    records = _page(_posts(_HEADINGS), DECEMBER_2023)
    assert [(r[0], (r[1] or "")[:10], r[3]) for r in records] == [
        ('PyHEP 2019 "Python in HEP" Workshop', "2019-10-16", "U.K."),
        ("HEP Software Foundation WLCG Workshop", "2018-03-26", "Naples"),
        ("HEP Software Foundation Workshop", "2017-06-26", "LAPP (Annecy, France)"),
        ("HSF/LPCC Physics Event Generator Computing Workshop", "2018-11-26", None),
    ]


def test_one_such_heading_alone_is_no_evidence() -> None:
    records = _page(_posts([_HEADINGS[0], _HEADINGS[3]]), DECEMBER_2023)
    assert records[0][0] == 'PyHEP 2019 "Python in HEP" Workshop, U.K.'
    assert {r[3] for r in records} == {None}


def test_the_hsf_events_are_held_where_their_headings_say(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, "jekyll-hsf-events-2023-12")
    places = {r["title"]: r["location"] for r in records}
    assert places['PyHEP 2019 "Python in HEP" Workshop'] == "U.K."
    assert places['PyHEP 2018 "Python in HEP" Workshop'] == "Sofia"
    assert places["HEP Software Foundation WLCG Workshop"] == "Naples"
    assert places["HSF Workshop 2016"] == "Paris"
    assert places["HEP Software Foundation Workshop"] in {
        "LAPP (Annecy, France)",
        "San Diego Supercomputing Center (SDSC)",
    }
    # „Data Science @ LHC 2015 Workshop“: the talk series of a workshop, not at a venue so named
    assert "Data Science @ LHC 2015 Workshop" in places


@pytest.mark.parametrize(
    ("title", "place"),
    [
        ("Data Science @ LHC 2015 Workshop", None),
        ("Look at my toys! @ Dorotheenstraße 101, 53111 Bonn", "Dorotheenstraße 101, 53111 Bonn"),
    ],
)
def test_a_gathering_after_the_at_sign_is_no_venue(title: str, place: str | None) -> None:
    from netdir.extract.block_places import title_and_place_at

    split = title_and_place_at(title)
    assert (split[1] if split else None) == place


# Cause: the clock after a day goes on with the end of its span („26. Nov. 24, 19:30 - 22:00“
# over an italic place line and the bold name): the day's line was read to its first clock
# only, so the evening had no end.

NOVEMBER_2024 = date(2024, 11, 14)
_SPAN_EVENT = (
    '<div class="event"><p><span>{day}</span>, <span>{hours}</span><br>'
    "<em>{place}</em><br></p><p><strong>{name}</strong><br><span>Traktanden folgen.</span><br>"
    "</p><button>Termin speichern</button></div>"
)


def _span_boxes(hours: str) -> str:
    boxes = "".join(
        _SPAN_EVENT.format(day=day, hours=hours, place=place, name=name)
        for day, place, name in (
            ("26. Nov. 24", "Kanti Sursee, Musiksaal EG", "SP Sursee Parteiversammlung"),
            ("9. Dez. 24", "Pfarreizentrum", "Einwohnergemeindeversammlung"),
            ("5. März 25", "Rathaus", "SP Sursee Mitgliederversammlung"),
        )
    )
    return (
        "<html><head><title>Partei</title></head><body>"
        f'<main><div class="content"><h2>Termine</h2>{boxes}</div></main></body></html>'
    )


def test_the_clock_after_the_day_keeps_the_end_of_its_span() -> None:
    records = _page(_span_boxes("19:30 - 22:00"), NOVEMBER_2024)
    assert [(r[0], r[1], r[2]) for r in records] == [
        ("SP Sursee Parteiversammlung", "2024-11-26T19:30:00+01:00", "2024-11-26T22:00:00+01:00"),
        ("Einwohnergemeindeversammlung", "2024-12-09T19:30:00+01:00", "2024-12-09T22:00:00+01:00"),
        (
            "SP Sursee Mitgliederversammlung",
            "2025-03-05T19:30:00+01:00",
            "2025-03-05T22:00:00+01:00",
        ),
    ]


def test_a_lone_clock_after_the_day_has_no_end() -> None:
    records = _page(_span_boxes("19:30"), NOVEMBER_2024)
    assert len(records) == 3
    assert (records[0][1], records[0][2]) == ("2024-11-26T19:30:00+01:00", None)


def test_the_party_sections_evenings_end_at_ten(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "jekyll-sp-sursee-termine-2024-11")
    timed = [(r["start"], r["end"]) for r in records if "T" in r["start"]]
    assert len(timed) == 10
    assert all(end is not None and end[11:16] == "22:00" for _, end in timed)


# Code health: the two readers that name a talk by a line beside its speaker share one check of
# that line (each with its own length limit).


@pytest.mark.parametrize(
    ("line", "max_chars", "reads"),
    [
        ("Estimands: The new bedrock of drug development?", 300, True),
        ("Keynote", 300, False),  # one word names a slot
        ("Sovereign Cloud Stack am 31. Oktober 2024", 300, False),  # a date
        ("word " * 50, 200, False),  # 250 characters: too long for a card's title line
        ("word " * 50, 300, True),  # … not for the line under a colloquium's speaker
    ],
)
def test_reads_as_a_title(line: str, max_chars: int, reads: bool) -> None:
    from netdir.extract.talk_title_lines import reads_as_a_title

    assert reads_as_a_title(line.strip(), max_chars) is reads
