"""Held-out English listing batch AT (a design week's programme, AIGAdc/2017.dcdesignweek.com; a
student crew's shows archive, ABTech/abtech.org; a working group's term schedules,
HeardLibrary/linked-data): each general cause it showed, on its real page."""

from __future__ import annotations

import pytest

from netdir.extract.notices import is_no_session_notice
from tests.extract.realpage_inspect import inspect_corpus_page

_TRAINING_ROOM = "Training Room in the basement of the Eskind Biomedical Library (Room 010)"


def test_the_cards_name_hour_and_venue_are_read_apart_and_the_badge_is_no_name(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # h2 „Monday, Oct 23“ over cards: a „Sold Out!“ marquee, then <span>name</span> <hr> <span>
    # clock icon 11:30 am</span> <span>pin icon Huge Inc</span>. Before: „Sold Out!“ on the bare
    # day, or „Sketch Workshops 6:30 pm Optoro“ as the title on the bare day, no place.
    rows = inspect_corpus_page(capsys, "static-dcdesignweek-2017-events")
    assert not [r for r in rows if r["title"] == "Sold Out!"]
    lunch = next(r for r in rows if r["title"] == "Creative Lunch: Huge Inc")
    assert (lunch["start"][:16], lunch["location"]) == ("2017-10-23T11:30", "Huge Inc")
    sketch = next(r for r in rows if r["title"] == "Sketch Workshops")
    assert (sketch["start"][:16], sketch["location"]) == ("2017-10-23T18:30", "Optoro")
    morning = next(r for r in rows if r["title"] == "Creative Mornings")
    assert morning["location"] == "National Museum of the American Indian"


def test_the_recurring_hall_after_the_day_places_the_shows(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Rows <strong>act</strong> <div>April 20</div> <div>McConomy</div> <div>note</div> under a
    # card per year. Before: no place but the one „Studio Theater“ (a venue word).
    rows = inspect_corpus_page(capsys, "jekyll-abtech-cmu-events-archive")
    places = {r["title"]: r["location"] for r in rows}
    assert places["Caleb Hearon"] == "McConomy"
    assert places["ABoogieWitDaHoodie and Isabella Lovestory"] == "Wiegand Gym"
    assert places["Maude Latour"] == "The Mall"
    assert places["Audrey Nuna"] == "Studio Theater"


def test_the_cards_beside_an_empty_list_are_their_days_cards(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<h2>Tuesday, Oct 24</h2><ul class="dcdw-event-list …"></ul><a class="… w-third-l …
    # tuesday">card</a><a class="… w-two-thirds-l event-feature …">card</a> …“: the page's own
    # markup closes the day's list before its six cards. Before: none of them read.
    rows = inspect_corpus_page(capsys, "static-dcdesignweek-2017-events")
    tuesday = [(r["start"][:16], r["title"], r["location"]) for r in rows if "10-24" in r["start"]]
    assert tuesday[:3] == [
        ("2017-10-24T08:00", "Coffee + Design: Wellness", "Nh.D Studio"),
        ("2017-10-24T09:00", "Presenting Work With Confidence w/ Mike Monteiro", "threespot."),
        ("2017-10-24T11:30", "Creative Lunch: CAVA", "Cava Chinatown HQ"),
    ]
    assert len(tuesday) == 6
    assert len(rows) == 29


@pytest.mark.parametrize(
    "page",
    ["jekyll-vanderbilt-ldwg-schedule-fall-2018", "jekyll-vanderbilt-ldwg-schedule-spring-2019"],
)
def test_the_intros_weekly_slot_with_a_bracketed_room_times_and_places_the_mondays(
    capsys: pytest.CaptureFixture[str], page: str
) -> None:
    # „Our group meets on most Mondays from 12:10 to 1:00 PM in the Training Room in the basement
    # of the Eskind Biomedical Library (Room 010).“ above the table. Before: bare days, no place
    # (the bracketed room stopped the slot's reading), and the no-meeting rows were records.
    rows = inspect_corpus_page(capsys, page)
    assert all(r["start"][11:16] == "12:10" and r["end"][11:16] == "13:00" for r in rows)
    placed = [r for r in rows if r["location"] == _TRAINING_ROOM]
    # (a Notes link „Bot building lesson“ was a place by its venue word until „building“ before
    # a lower-case word became the doing of something)
    assert len(placed) == len(rows)
    assert not [r for r in rows if "meeting)" in r["title"] or "No meeting" in r["title"]]


@pytest.mark.parametrize(
    ("title", "notice"),
    [
        ("Labor Day Holiday (no meeting)", True),
        ("No meeting (fall break week)", True),
        ("No meeting (Thanksgiving week)", True),
        ("(MLK Day - no meeting)", True),
        ("(spring break - no meeting)", True),
        ("Christmas Day - No Meetup", True),
        ("Pizza night (no meeting)", False),  # an evening of its own
        ("Holiday party", False),
        ("Wrap-up and planning for the spring semester", False),
    ],
)
def test_a_holiday_or_a_bracketed_reason_with_no_meeting_is_a_notice(
    title: str, notice: bool
) -> None:
    assert is_no_session_notice(title) is notice
