"""Held-out batch BK (English listings: a reading group's table of papers, a physics outreach
group's past lectures, a conference programme, a web-makers' meetup list): each general cause it
showed, on its real page and on a minimal snippet."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract import extract_page
from netdir.extract.attribute_days import day_in_attributes
from netdir.extract.notices import names_a_break
from netdir.extract.split_clocks import split_clock
from netdir.extract.title_text import is_junk_title
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

_PAPERS = "hugo-bristol-nn-reading-group-papers-2021-07"
_PROGRAMME = "hugo-devfest-qcrypt2022-schedule-2022-10"

Row = tuple[str | None, str | None]


def _records(html: str, today: date) -> list[Row]:
    """(title, normalized start to the minute) of each record of a snippet saved on ``today``."""
    saved = datetime(today.year, today.month, today.day, 12, tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html, "https://example.org/list/"), fetched_at=saved)
    out: list[Row] = []
    for record in extract_page(page).records:
        normal = normalize_record(record, today=today)
        out.append((record.title, (normal.start or "")[:16]))
    return out


# --- „3rd December“ … „14th December“, „3rd February“ …: a log that crosses New Year twice ---


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td>{day}</td><td>Someone</td><td>{name}</td></tr>" for day, name in rows)
    return (
        "<html><body><h1>Past Papers</h1><table><tr><th>Date</th><th>Presented By</th>"
        f"<th>Paper Title</th></tr>{cells}</table></body></html>"
    )


_LOG = [
    ("3rd December", "Deep Boltzmann Machines"),
    ("17th December", "Nonparametric regression using deep networks"),
    ("10th March", "Uniform convergence and generalization"),
    ("28th July", "Variational Inference with Normalizing Flows"),
    ("19th October", "Learning in Implicit Generative Models"),
    ("14th December", "Stochastic Normalizing Flows"),
    ("3rd February", "Deep learning of contagion dynamics"),
    ("30th June", "Exchangeable Neural Networks for population genetics"),
]


def test_a_log_that_turns_twice_counts_its_years_back_from_its_newest_row() -> None:
    starts = [start for _, start in _records(_table(_LOG), date(2021, 7, 2))]
    assert starts == [
        "2019-12-03",
        "2019-12-17",
        "2020-03-10",
        "2020-07-28",
        "2020-10-19",
        "2020-12-14",
        "2021-02-03",
        "2021-06-30",
    ]


def test_an_archive_newest_first_that_turns_twice_counts_back_from_its_first_row() -> None:
    starts = [start for _, start in _records(_table(_LOG[::-1]), date(2021, 7, 2))]
    assert starts == [
        "2021-06-30",
        "2021-02-03",
        "2020-12-14",
        "2020-10-19",
        "2020-07-28",
        "2020-03-10",
        "2019-12-17",
        "2019-12-03",
    ]


def test_a_list_whose_turns_cannot_hold_new_year_keeps_the_nearest_year_guesses() -> None:
    # From September back to March twice: rows out of order, no calendar's turn of the year.
    rows = [
        ("3rd September", "Talk one"),
        ("10th September", "Talk two"),
        ("4th March", "Talk three"),
        ("1st September", "Talk four"),
        ("9th September", "Talk five"),
        ("5th March", "Talk six"),
    ]
    starts = [start for _, start in _records(_table(rows), date(2021, 7, 2))]
    assert starts == [
        "2021-09-03",
        "2021-09-10",
        "2021-03-04",
        "2021-09-01",
        "2021-09-09",
        "2021-03-05",
    ]


def test_the_reading_groups_papers_run_from_december_2019_to_june_2021(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = inspect_corpus_page(capsys, _PAPERS)
    dated = [(row["start"][:10], row["title"]) for row in rows]
    assert len(dated) == 41
    assert dated[0] == ("2019-12-03", "Deep Boltzmann Machines - Ruslan Salakhutdinov")
    assert (
        "2020-11-09",
        "Learning Latent Subspaces in Variational Autoencoders - Klys et al.",
    ) in dated
    assert dated[-1][0] == "2021-06-30"
    assert all(start < "2021-07-03" for start, _ in dated)


# --- <article id="day_2022-08-29">, „<span class=hh>09</span><span class=mm>45</span>“ ---

_TABS = """<nav class="day-tabs"><a href="#day_2022-08-29">Mon, 29 Aug</a>
<a href="#day_2022-08-30">Tue, 30 Aug</a></nav>"""


def _session(hh: str, mm: str, name: str, tag: str = "") -> str:
    return (
        f'<div class="session tag-{tag}"><span class="startt"><span class="hh">{hh}</span>'
        f'<span class="mm">{mm}</span></span><a href="/sessions/{hh}{mm}/"><h4>{name}</h4>'
        '<ul class="speakers"><li><strong class="speaker-name">Ada Example</strong></li></ul>'
        "</a></div>"
    )


def _programme(first_id: str = "day_2022-08-29", second_id: str = "day_2022-08-30") -> str:
    return (
        '<html><body><section class="schedule">'
        f'<article id="{first_id}" class="day">{_TABS}<h1>Program</h1>'
        '<div class="timezone">Date and time are shown in: <a class="btn" href="https://'
        'www.timeanddate.com/">GMT+8 Time - Taipei, Taiwan</a></div><ul class="talks">'
        + _session("09", "45", "Opening")
        + _session("10", "00", "Invited: Relativistic zero-knowledge proofs")
        + _session("10", "45", "Break + Q&amp;A + networking", "break")
        + _session("11", "00", "Contributed Talks 1a: Theory Talks")
        + "</ul></article>"
        f'<article id="{second_id}" class="day">{_TABS}<h1>Program</h1><ul class="talks">'
        + _session("08", "50", "Start of Day + networking", "break")
        + _session("09", "00", "Contributed Talks 2a: Experimental talks")
        + _session("10", "15", "Poster Session 1")
        + _session("12", "15", "Lunch + Q&amp;A + networking", "break")
        + _session("15", "00", "Tutorial on Device-independent QKD")
        + "</ul></article></section></body></html>"
    )


def test_a_programmes_day_sections_date_their_sessions_at_the_split_clocks() -> None:
    assert _records(_programme(), date(2022, 10, 21)) == [
        ("Opening", "2022-08-29T09:45"),
        ("Invited: Relativistic zero-knowledge proofs", "2022-08-29T10:00"),
        ("Contributed Talks 1a: Theory Talks", "2022-08-29T11:00"),
        ("Contributed Talks 2a: Experimental talks", "2022-08-30T09:00"),
        ("Poster Session 1", "2022-08-30T10:15"),
        ("Tutorial on Device-independent QKD", "2022-08-30T15:00"),
    ]


@pytest.mark.parametrize(
    "ids",
    [
        ("day-one", "day-two"),  # no day in the section's name
        # a post's slug with the day it was written amid words (a Jekyll card's id)
        ("special-veranstaltungen-2022-08-29-festkolloquium", "special-2022-08-30-notes"),
    ],
)
def test_an_id_that_is_not_a_days_name_dates_nothing(ids: tuple[str, str]) -> None:
    # no session is placed on a day at its hour
    records = _records(_programme(*ids), date(2022, 10, 21))
    assert not any(len(start) > 10 for _, start in records)


def test_the_qcrypt_programme_has_its_26_sessions_on_their_days_and_hours(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = inspect_corpus_page(capsys, _PROGRAMME)
    slots = [(row["start"][:16], row["title"]) for row in rows]
    assert len(slots) == 26
    assert slots[0] == ("2022-08-29T09:45", "Opening")
    assert ("2022-08-31T21:00", "Business Meeting & Best Student Paper Prize") in slots
    assert slots[-1] == ("2022-09-02T11:30", "Closing Remarks")
    assert not any("networking" in title or "GMT+8" in title for _, title in slots)


def _first(html: str) -> list:
    body = LexborHTMLParser(html).body
    assert body is not None
    return [body]


def test_an_hour_and_a_minute_element_side_by_side_read_as_one_clock() -> None:
    assert split_clock(
        _first('<span class="startt"><span class="hh">09</span><span class="mm">45</span></span>')
    ) == ("09:45", "span.startt")
    assert split_clock(
        _first('<div class="t"><b class="time-hour">7</b><b class="time-minutes">30</b></div>')
    ) == ("07:30", "div.t")
    # a day and a month, a price's euros and cents: no clock
    assert (
        split_clock(_first('<div><span class="dd">09</span><span class="mm">11</span></div>'))
        is None
    )
    assert (
        split_clock(_first('<div><span class="hh">25</span><span class="mm">00</span></div>'))
        is None
    )


def test_a_break_while_people_network_is_still_a_break() -> None:
    for name in (
        "Break + Q&A + networking",
        "Lunch + Q&A + networking",
        "Dinner + networking",
        "Start of Day + networking",
        "End of Day + Q&A + networking",
    ):
        assert names_a_break(name), name
    for name in ("Networking Dinner with sponsors", "Lunch Talk", "End of Days tour", "Q&A"):
        assert not names_a_break(name), name


def test_a_time_zone_note_names_no_offering() -> None:
    assert is_junk_title("GMT+8 Time - Taipei, Taiwan")
    assert is_junk_title("UTC-5 (New York)")
    assert is_junk_title("Date and time are shown in: GMT+8 Time - Taipei, Taiwan")
    assert not is_junk_title("UTC Conference: Keynote")
    assert not is_junk_title("GMT Meetup 2")


def test_a_day_box_that_writes_its_day_in_full_is_dated_by_what_it_shows() -> None:
    # „<div id="datum-2026-12-01"><h2>Di 01.12.2026</h2>“: the heading dates the rows, not the id
    shown = _first(
        '<div id="datum-2026-12-01"><h2>Di 01.12.2026</h2><div class="termin">'
        "<span>15:00 Uhr</span><a>Ehrenamts-Café</a></div></div>"
    )[0].css_first("div.termin")
    assert day_in_attributes(shown) is None
    # a programme's day known only by its id and a tab bar of all its days
    tabbed = _first(
        '<article id="day_2022-08-29"><nav><a href="#day_2022-08-29">Mon, 29 Aug</a>'
        '<a href="#day_2022-08-30">Tue, 30 Aug</a></nav><ul><div class="session">'
        "<h4>Opening</h4></div></ul></article>"
    )[0].css_first("div.session")
    assert day_in_attributes(tabbed) == ("29.08.2022", "article@id")
