"""Held-out batch AX (English meeting lists: the City of Austin's boards and commissions, the
Dallas C# SIG): each general cause it showed, on a minimal snippet and on its real page."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract import extract_page
from netdir.extract.dashed_meeting_places import dashed_place
from netdir.extract.dated_box_runs import dated_box_runs, name_box_below_its_date
from netdir.extract.listing_groups import signature
from netdir.extract.notices import reports_no_session
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

_DOC = '<div class="doc"><a href="/edims/document.cfm?id={0}"><b>{1}</b></a></div>'


def _meeting(day: str, name: str, *docs: str) -> str:
    boxes = "".join(_DOC.format(index, doc) for index, doc in enumerate(docs))
    return f'<div class="mtgdate">{day}</div><div class="mtgtype">{name}</div>{boxes}'


_LIST = (
    "<html><body><main><h1>Music Commission - 2014 Meetings</h1><div class='content'>"
    "<h2>2014 Meetings: Music Commission</h2>"
    + _meeting(
        "December 1, 2014", "Regular Meeting of the Music Commission", "Agenda", "Play video"
    )
    + _meeting(
        "October 7, 2014",
        "Special Called Meeting of the Music Commission",
        "Agenda",
        "Approved Minutes",
        "Play video",
        "Recommendation",
    )
    + _meeting("October 6, 2014 (Cancelled)", "Regular Meeting of the Music Commission", "Notice")
    + _meeting(
        "August 4, 2014",
        "Regular Meeting of the Music Commission - Room 1029",
        "Agenda",
        "Play video",
        "Backup",
        "Backup",
        "Backup",
        "Backup",
    )
    + "<p> </p><hr><div class='nav'>2014 Meetings: Page 1 of 1</div></div></main></body></html>"
)


def _records(html: str) -> list[tuple[str | None, str | None, str | None]]:
    page = page_from_text(html, "https://example.gov/meetings/2014_12_1.htm")
    return [(r.title, r.date_text, r.location_text) for r in extract_page(page).records]


def test_a_flat_run_of_date_name_and_document_boxes_is_one_item_per_date_box() -> None:
    # No element holds a meeting: its date box, its name box and one to six document boxes
    # follow each other under one parent. Before: one record per date named by the bold
    # document link above it („Play video“), the first by the list's h2.
    body = LexborHTMLParser(_LIST).css_first("div.content")
    assert body is not None
    children = list(body.iter(include_text=False))
    runs = dated_box_runs(children, signature)
    assert [len(run) for run in runs] == [4, 6, 3, 8]
    assert [run[0].text() for run in runs][2] == "October 6, 2014 (Cancelled)"
    assert name_box_below_its_date(runs[0]) is runs[0][1]


def test_the_meetings_are_named_by_their_name_boxes() -> None:
    records = _records(_LIST)
    assert [(title, day) for title, day, _ in records] == [
        ("Regular Meeting of the Music Commission", "December 1, 2014"),
        ("Special Called Meeting of the Music Commission", "October 7, 2014"),
        ("Regular Meeting of the Music Commission", "October 6, 2014 (Cancelled)"),
        ("Regular Meeting of the Music Commission", "August 4, 2014"),
    ]
    assert records[3][2] == "Room 1029"


def test_no_run_without_one_name_box_right_after_each_date_box() -> None:
    # Date boxes followed by boxes of varying kinds (a date, then its text, then a picture) are
    # no such run; nor are date boxes whose next box states a day itself.
    mixed = (
        '<div><div class="d">May 1, 2014</div><div class="a">Talk</div>'
        '<div class="d">May 2, 2014</div><div class="b">Walk</div>'
        '<div class="d">May 3, 2014</div><div class="a">Run</div></div>'
    )
    dated = (
        '<div><div class="d">May 1, 2014</div><div class="a">until May 4, 2014</div>'
        '<div class="d">May 2, 2014</div><div class="a">until May 5, 2014</div>'
        '<div class="d">May 3, 2014</div><div class="a">until May 6, 2014</div></div>'
    )
    for html in (mixed, dated):
        node = LexborHTMLParser(html).css_first("body > div")
        assert node is not None
        assert dated_box_runs(list(node.iter(include_text=False)), signature) == []


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Regular Meeting of the Flood Mitigation Task Force - Room 500",
            ("Regular Meeting of the Flood Mitigation Task Force", "Room 500"),
        ),
        (
            "Regular Meeting of the Task Force - One Texas Center, room 325",
            ("Regular Meeting of the Task Force", "One Texas Center, room 325"),
        ),
        (
            "Land Committee Meeting - The meeting will be held at the PARD Annex Bldg located at "
            "919 W. 28 1/2 St. (Shoal Creek Rm)",
            (
                "Land Committee Meeting",
                "PARD Annex Bldg located at 919 W. 28 1/2 St. (Shoal Creek Rm)",
            ),
        ),
        (
            "Land Committee Meeting - Regular meeting to be held at PARD Annex Building",
            ("Land Committee Meeting", "PARD Annex Building"),
        ),
        (
            "Joint Committee Meeting - Meeting location: Zilker Botanical Garden - Auditorium.",
            ("Joint Committee Meeting", "Zilker Botanical Garden - Auditorium"),
        ),
        ("Budget Work Session - Day 2", None),
        ("Concert - Jazz", None),
        ("Board - Room 5", None),  # one word before the dash: no name left
    ],
)
def test_a_place_after_the_dash_only_when_it_says_where(
    title: str, expected: tuple[str, str] | None
) -> None:
    assert dashed_place(title) == expected


def test_austin_meeting_lists_give_every_meeting(capsys: pytest.CaptureFixture[str]) -> None:
    # Before: 2 of 32 meetings found on the four pages (the others named „Play video“).
    music = inspect_corpus_page(capsys, "austin-bcic-music-commission-2014")
    assert [r["title"] for r in music][:2] == [
        "Regular Meeting of the Music Commission",
        "Special Called Meeting of the Music Commission",
    ]
    assert [r["start"][:10] for r in music][:3] == ["2014-12-01", "2014-10-07", "2014-10-06"]
    assert len(music) == 8
    parks = inspect_corpus_page(capsys, "austin-bcic-parks-board-2014-p1")
    assert len(parks) == 8
    assert ("Land, Facilities and Programs Committee Meeting", "2014-11-10") in {
        (r["title"], r["start"][:10]) for r in parks
    }


def test_austin_places_after_the_dash(capsys: pytest.CaptureFixture[str]) -> None:
    flood = inspect_corpus_page(capsys, "austin-bcic-flood-task-force-2016")
    rooms = {r["start"][:10]: r.get("location") for r in flood}
    assert rooms["2016-05-10"] == "Room 500"
    assert rooms["2016-05-04"] == "One Texas Center, room 325"
    parks = inspect_corpus_page(capsys, "austin-bcic-parks-board-2014-p2")
    first = parks[0]
    assert first["title"] == "Joint Committee of the Environmental Board and Parks Board Meeting"
    assert first["location"].startswith("Zilker Botanical Garden")


@pytest.mark.parametrize(
    ("text", "off"),
    [
        ("No meeting this month. See you in August.", True),
        ("We will not be meeting this month so that everyone can enjoy the long weekend.", True),
        ("There will be no meeting in August.", True),
        ("We won't be holding a meetup this week.", True),
        ("This months meeting is in the new Improving offices!", False),
        ("No experience needed: we meet this month at the library.", False),
        ("We will be meeting in the small hall this month.", False),
    ],
)
def test_a_text_that_opens_by_saying_the_session_is_off(text: str, off: bool) -> None:
    assert reports_no_session(text) is off


def test_dallas_user_group_months_without_a_meeting_are_no_meetings(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Before: „Happy Fourth of July“ (July 7, 2016: „No meeting this month.“) and „Happy 4th of
    # July!“ (June 4, 2015: „We will not be meeting this month …“) were read as meetings.
    rows = inspect_corpus_page(capsys, "jekyll-dallas-csharp-sig-meetings-2016-12")
    titles = [r["title"] for r in rows]
    assert "Happy Fourth of July" not in titles
    assert "Happy 4th of July!" not in titles
    assert "Windows 10 on the Raspberry Pi 2" in titles
    assert "The Git Parable" in titles
