"""Held-out English listing batch AR (a mathematics department's colloquium and seminar pages,
NAUMathStat/seminars): each general cause it showed, on its real page."""

from __future__ import annotations

import pytest

from netdir.extract.notices import is_day_off, is_no_session_notice
from tests.extract.realpage_inspect import inspect_corpus_page

_ROOM_164 = "Room 164 of the Adel Mathematics Building"


def test_the_intros_weekly_slot_times_and_places_the_colloquium_table(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „The NAU Department of Mathematics and Statistics Colloquium takes place on Tuesdays at
    # 4:00-5:00 pm in Room 164 of the Adel Mathematics Building.“ above the table of Tuesdays.
    # Before: every talk on its bare day, without a place.
    rows = inspect_corpus_page(capsys, "static-nau-math-colloquium-spring-2019")
    talk = next(r for r in rows if r["title"] == "The man who drowned irrationally")
    # (wall-clock hours: the page names no time zone)
    assert (talk["start"][:16], talk["end"][:16]) == ("2019-02-12T16:00", "2019-02-12T17:00")
    assert talk["location"] == _ROOM_164


def test_the_intros_weekly_slot_times_and_places_the_seminars_talks(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „FAMUS takes place most Fridays at 3:00-4:00pm in Room 164 …“ over h3 titles with
    # „Date: Friday, December 6“; „The … (ACGT) Seminar meets on Tuesdays at 1:00-1:50PM in Room
    # 146 …“ over „Date: April 2, April 9“. Before: bare days, no places.
    famus = inspect_corpus_page(capsys, "static-nau-famus-fall-2019")
    pi = next(r for r in famus if r["title"] == "A History of Pi")
    assert (pi["start"][:16], pi["location"]) == ("2019-12-06T15:00", _ROOM_164)
    acgt = inspect_corpus_page(capsys, "static-nau-acgt-seminar-spring-2019")
    codes = [r for r in acgt if r["title"].startswith("Codes with a compact description")]
    assert [r["start"][:16] for r in codes] == ["2019-04-02T13:00", "2019-04-09T13:00"]
    assert {r["location"] for r in codes} == {"Room 146 of the Adel Mathematics Building"}


def test_the_intros_room_places_the_talks_whose_headings_give_the_hours(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „The talks will typically take place on Tuesdays at 4:00-5:00pm in Adel Room 164.“ over
    # h3 „Tuesday 1/23 at 4:00-4:50“. Before: no place.
    rows = inspect_corpus_page(capsys, "static-nau-math-colloquium-spring-2024")
    first = next(r for r in rows if r["start"].startswith("2024-01-23"))
    assert first["location"] == "Adel Room 164"
    assert first["start"][:16] == "2024-01-23T16:00"


def test_the_title_field_names_the_talk_under_its_day(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # h3 „Tuesday 1/23 at 4:00-4:50“ over „<strong>Speaker:</strong> Jaechoul Lee
    # <strong>Title:</strong> An efficient …“ in one paragraph; on 4/23 the Title a paragraph of
    # its own. Before: „Speaker: Jaechoul Lee Title: An efficient …“, „Speaker: Hannah Golab“.
    rows = inspect_corpus_page(capsys, "static-nau-math-colloquium-spring-2024")
    titles: dict[str, str] = {}
    for row in rows:
        titles.setdefault(row["start"][:10], row["title"])  # the day's first talk
    assert titles["2024-01-23"] == (
        "An efficient least squares algorithm for periodic time series regression"
    )
    assert titles["2024-04-23"] == "Pattern avoidance in Cayley permutations"


@pytest.mark.parametrize(
    ("page", "count"),
    [
        ("static-nau-math-colloquium-spring-2024", 15),
        # (13: the two talks of 26 March are two records since joined_titles)
        ("static-nau-math-colloquium-spring-2019", 13),
    ],
)
def test_spring_break_and_the_called_off_days_are_no_talks(
    capsys: pytest.CaptureFixture[str], page: str, count: int
) -> None:
    # „March 19 | Spring Break“, „April 2 | cancelled“, „April 30 | Canceled | Everett Walter's
    # Funeral …“, „Tuesday 1/30 Most likely no colloquium because of faculty candidate visits.“,
    # „Tuesday 3/12 Spring break“. Before: five records.
    rows = inspect_corpus_page(capsys, page)
    titles = {r["title"].casefold() for r in rows}
    assert not titles & {"spring break", "cancelled", "canceled"}
    assert not any(title.startswith("most likely no colloquium") for title in titles)
    assert len(rows) == count


@pytest.mark.parametrize(
    ("title", "notice"),
    [
        ("Most likely no colloquium because of faculty candidate visits.", True),
        ("No seminar this week", True),
        ("cancelled", True),
        ("Canceled", True),
        ("Cancelled concert", False),
        ("No Talk Radio Night", False),
    ],
)
def test_a_called_off_session_is_a_notice(title: str, notice: bool) -> None:
    assert is_no_session_notice(title) is notice


@pytest.mark.parametrize(
    ("title", "date_text", "off"),
    [
        ("Spring Break", "March 19", True),
        ("Thanksgiving break", "Nov 26", True),
        ("Spring Break Concert", "March 19", False),
        ("Spring Break", "March 19, 4:00 pm", False),
    ],
)
def test_a_college_break_is_a_day_off(title: str, date_text: str, off: bool) -> None:
    assert is_day_off(title, date_text) is off


def test_two_talks_under_one_day_are_two_records(capsys: pytest.CaptureFixture[str]) -> None:
    # „Tuesday 4/2 at 4:00-4:50“ over „Speaker: Avery Bell Title: Exploring Foundations …“ and
    # „Speaker: Jayden Chrzanowski Title: Exploring XGBoost 2.0 …“. Before: one record, the
    # second talk missed.
    rows = inspect_corpus_page(capsys, "static-nau-math-colloquium-spring-2024")
    on_the_day = [r["title"] for r in rows if r["start"].startswith("2024-04-02")]
    assert on_the_day == [
        "Exploring Foundations of Hierarchical Clustering with Applications",
        "Exploring XGBoost 2.0 with Optimal Feature Selection and Baseball Applications",
    ]
    assert len(rows) == 15
