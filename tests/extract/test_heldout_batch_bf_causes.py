"""Held-out batch BF (English listings: a research group's seminar tables, a Scottish community
council's meeting posts and season list, a morris side's programme as a definition list): each
general cause it showed, on its real page and on a minimal snippet."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract import extract_page
from netdir.extract.block_reading import BlockReading
from netdir.extract.itinerary_lines import is_itinerary
from netdir.extract.month_stamp_days import day_beside_a_month_stamp
from netdir.extract.talk_title_labels import is_title_to_come
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

_HARVARD = "jekyll-alfolio-harvard-quantum-seminar-2026-07"
_BROOMHILL = "hugo-papermod-broomhill-cc-meetings-2026-01"
_MORRIS_2025 = "soupault-windsor-morris-programme-2025-01"
_MORRIS_2024 = "soupault-windsor-morris-programme-2024-09"


def _records(html: str, today: date) -> list[tuple[str | None, str | None, str | None]]:
    page = page_from_text(html, "https://example.org/meetings/")
    records = extract_page(page).records
    return [(r.title, normalize_record(r, today=today).start, r.location_text) for r in records]


def _days(records: list[tuple[str | None, str | None, str | None]]) -> list[tuple[str, str]]:
    return [(title or "", (start or "")[:16]) for title, start, _ in records]


# --- a seminar table whose title cell says „TBA“ or „ - “: the speaker names the talk ---

_SEMINAR_TABLE = """<html><head><title>Seminar | Theory Group</title></head><body><main>
<h1>Seminar</h1><details open><summary>Fall 2026</summary><table class="seminar-table">
<thead><tr><th>Date</th><th>Time</th><th>Place</th><th>Speaker</th><th>Title</th></tr></thead>
<tbody>
<tr><td>Nov. 17, 2026</td><td>2:00 PM</td><td>TBD</td>
<td><a href="https://a.example/">Ann Rayu</a><span class="speaker-affiliation">University of
New Mexico</span></td><td>TBA</td></tr>
<tr><td>Nov. 3, 2026</td><td>2:00 PM</td><td>Goel 132</td>
<td><a href="https://b.example/">Bo Lowe</a><span class="speaker-affiliation">MIT</span></td>
<td> - </td></tr>
<tr><td>Sep. 29, 2026</td><td>2:00 PM</td><td>Goel 418</td>
<td><a href="https://c.example/">Cy Tan</a><span class="speaker-affiliation">MIT</span></td>
<td>Separating quantum and classical advice</td></tr>
</tbody></table></details></main></body></html>"""


def test_a_talk_without_its_title_yet_is_named_by_its_speaker() -> None:
    records = _records(_SEMINAR_TABLE, date(2026, 7, 24))
    assert _days(records) == [
        ("Ann Rayu", "2026-11-17T14:00"),  # not „TBA“, not the affiliation
        ("Bo Lowe", "2026-11-03T14:00"),  # „ - “ named nothing: the row was lost
        ("Separating quantum and classical advice", "2026-09-29T14:00"),
    ]
    # „TBD“ in the place column is a room still to be set, no place.
    assert [place for _, _, place in records] == [None, "Goel 132", "Goel 418"]


def test_placeholders_of_a_title_still_to_come() -> None:
    assert all(is_title_to_come(text) for text in ("TBA", " - ", "–", "Title to be announced"))
    assert not any(is_title_to_come(text) for text in ("1 Qubit", "Ann Rayu", "-x-"))


def test_the_harvard_quantum_seminar_page(capsys: pytest.CaptureFixture[str]) -> None:
    rows = inspect_corpus_page(capsys, _HARVARD)
    assert len(rows) == 28
    assert [row["title"] for row in rows[:2]] == ["Chaitanya Rayudu", "Angus Lowe"]
    assert "TBA" not in {row["title"] for row in rows}
    assert (rows[11]["start"][:16], rows[11]["title"]) == ("2026-04-07T14:00", "Luke Coffman")


# --- a post card dated by its month stamp whose summary says the day „10/12“ ---

_MEETING_POSTS = """<html lang="en"><head><title>Meetings | Glen Community Council</title></head>
<body><main class="main">
<article class="post-entry"><header class="entry-header"><h2>December 2025 Glen Community
Council meeting</h2></header><div class="entry-content"><p>The December meeting will be held on
10/12 at Glen Primary School.</p></div><footer class="entry-footer"><span title="2025-11-02">November
2025</span> · Glen Community Council</footer><a class="entry-link" href="/december25/"></a></article>
<article class="post-entry"><header class="entry-header"><h2>June 2025 Glen Community Council
meeting</h2></header><div class="entry-content"><p>The June meeting was held on 11/06 at Glen
Primary School.</p></div><footer class="entry-footer"><span title="2025-05-02">May 2025</span> ·
Glen Community Council</footer><a class="entry-link" href="/june25/"></a></article>
<article class="post-entry"><header class="entry-header"><h2>December 2024 Glen Community Council
meeting</h2></header><div class="entry-content"><p>The December meeting was held on 11/12 at Glen
Primary School.</p></div><footer class="entry-footer"><span title="2024-12-02">December
2024</span> · Glen Community Council</footer><a class="entry-link" href="/december24/"></a></article>
</main></body></html>"""


def test_a_slashed_day_in_the_summary_dates_a_card_stamped_with_its_post_month() -> None:
    records = _records(_MEETING_POSTS, date(2026, 1, 7))
    assert [start[:10] if start else None for _, start, _ in records] == [
        "2025-12-10",  # not 1 November 2025 (the post's month), not 12 October
        "2025-06-11",
        "2024-12-11",
    ]
    assert {place for _, _, place in records} == {"Glen Primary School"}


@pytest.mark.parametrize(
    ("title", "stamp", "text", "expected"),
    [
        ("December 2025 meeting", "November 2025", "held on 10/12 at X", "10 December 2025"),
        # the heading names no month: the reading nearest the stamp's month
        ("Council meeting", "November 2025", "held on 12/11", "12 November 2025"),
        ("Council meeting", "December 2025", "held on 14/01", "14 January 2026"),
        ("Council meeting", "November 2025", "from 10/12 to 12/12", None),  # two days
        ("Council meeting", "12 November 2025", "held on 10/12", "12 November 2025"),
        ("Council meeting", "November 2025", "held on 10/12/2025", "November 2025"),
    ],
)
def test_day_beside_a_month_stamp(title: str, stamp: str, text: str, expected: str | None) -> None:
    reading = BlockReading(title=title, date_text=stamp, sources={"date_text": "listing:span"})
    day_beside_a_month_stamp(reading, f"{title} {text} {stamp}")
    assert reading.date_text == (expected or stamp)


# --- a season's meeting days in one sentence of ordinal days without a year ---

_SEASON = """<html lang="en"><head><title>Meetings | Glen Community Council</title></head><body>
<main class="main"><header class="page-header"><h1>Meetings</h1><div class="post-description">
GCC meets on the second Wednesday of the month at Glen Primary School from 7pm. We do not meet in
January. Our meeting dates for 2025 – 26 will be 10th September, 8th October (AGM), 12th November,
11th February and 13thMay.</div></header>
<article class="post-entry"><header class="entry-header"><h2>October Glen Community Council AGM
and meeting</h2></header><div class="entry-content"><p>The 2025 AGM will be a meeting where the
council will be re-elected.</p></div><footer class="entry-footer"><span>October 2025</span> · Glen
Community Council</footer><a class="entry-link" href="/october25/"></a></article>
<article class="post-entry"><header class="entry-header"><h2>September 2025 Glen Community
Council meeting</h2></header><div class="entry-content"><p>The September meeting will be held on
10/09 at Glen Primary School.</p></div><footer class="entry-footer"><span>September 2025</span> ·
Glen Community Council</footer><a class="entry-link" href="/september25/"></a></article>
</main></body></html>"""


def test_a_season_sentence_lists_one_meeting_per_day_beside_the_posts() -> None:
    records = _records(_SEASON, date(2026, 1, 7))
    days = sorted(_days(records), key=lambda day: day[1])
    assert [start for _, start in days] == [
        "2025-09-10T19:00",  # the post's meeting, once
        "2025-10-08T19:00",  # the AGM post of October takes the listed day
        "2025-11-12T19:00",
        "2026-02-11T19:00",  # the months came round: the season's second year
        "2026-05-13T19:00",  # „13thMay“ glued
    ]
    assert "AGM" in days[1][0]
    assert days[2][0] == "Glen Community Council meeting"
    assert {place for _, _, place in records} == {"Glen Primary School"}


def test_a_sentence_without_a_season_gives_no_days() -> None:
    html = _SEASON.replace("for 2025 – 26 ", "")
    starts = {start[:10] for _, start in _days(_records(html, date(2026, 1, 7)))}
    assert "2026-02-11" not in starts


def test_the_broomhill_community_council_meetings_page(capsys: pytest.CaptureFixture[str]) -> None:
    rows = inspect_corpus_page(capsys, _BROOMHILL)
    starts = sorted(row["start"][:16] for row in rows)
    assert len(rows) == 15
    assert starts[0] == "2024-12-11T19:00"  # the standing hour (session 41)
    assert "2025-10-08T19:00" in starts and "2026-06-10T19:00" in starts
    assert not [start for start in starts if start.endswith("-01")]  # no post month's first day


# --- a definition list: the <dd> sentence names the day's event, not a link inside it ---

_PROGRAMME = """<html><head><title>Programme</title></head><body><content>
<h2 id="where">Where can you see us in 2025?</h2><dl>
<dt>Sunday 15th June</dt>
<dd>Dancing at the <a href="https://k.example/ale">Kirtlington Lamb Ale</a>, as guests of
<a href="https://k.example/">Kirtlington Morris</a>.</dd>
<dt>Saturday 29th June, 11am - 4pm</dt>
<dd><em>Home tour</em>, dancing in Windsor with our guests <a href="https://b.example/">Bampton
Morris</a>.</dd>
<dd>11am Peascod Street by Caffe Nero; 12noon Two Brewers, Park Street; 1:45pm Windsor Royal
Station; 3pm Alexandra Gardens; 4pm The Arches.</dd>
<dt>Sunday 31st August</dt>
<dd><a href="https://bunk.example/">Wallingford Bunkfest</a></dd>
</dl></content></body></html>"""


def test_a_definition_sentence_names_the_day_and_its_route_is_no_event() -> None:
    days = [
        (title.rstrip("."), start)
        for title, start in _days(_records(_PROGRAMME, date(2025, 1, 19)))
    ]
    assert days == [
        ("Dancing at the Kirtlington Lamb Ale, as guests of Kirtlington Morris", "2025-06-15"),
        ("Home tour, dancing in Windsor with our guests Bampton Morris", "2025-06-29T11:00"),
        ("Wallingford Bunkfest", "2025-08-31"),  # a link that is the whole line names it
    ]


def test_itinerary_lines() -> None:
    assert is_itinerary("11am Peascod Street; 12noon Two Brewers; 1:45pm Station; 3pm Gardens")
    assert not is_itinerary("19:00 Concert; doors open early")
    assert not is_itinerary("Peascod Street 11am; Two Brewers 12:05; Station 14:00")


def test_the_windsor_morris_programme_pages(capsys: pytest.CaptureFixture[str]) -> None:
    rows = inspect_corpus_page(capsys, _MORRIS_2025)
    assert len(rows) == 9
    assert rows[0]["title"].startswith("guests of Adderbury Morris Men")
    rows = inspect_corpus_page(capsys, _MORRIS_2024)
    assert [row["title"][:9] for row in rows if row["start"][:10] == "2024-06-29"] == ["Home tour"]
    assert len(rows) == 6
