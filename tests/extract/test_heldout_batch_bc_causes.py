"""Held-out batch BC (English listings: two conference programmes, three seminar pages): each
general cause it showed, on its real page and on a minimal snippet."""

from __future__ import annotations

from datetime import date

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract import extract_page
from netdir.extract.file_brackets import without_file_bracket
from netdir.extract.notices import is_break
from netdir.extract.talk_title_labels import speaker_for_placeholder, without_title_label
from netdir.extract.timed_entry_lines import entry_lines, timed_boxes
from netdir.extract.title_text import is_document_link, title_in_text
from netdir.extract.weekly_slot import WeeklySlot, weekly_slot
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

_PROGRAMME_2026 = "static-berkeley-statmech-program-2026-01"
_PROGRAMME_2025 = "static-berkeley-statmech-program-2025-01"
_FSU = "static-fsu-aiml-seminars-2024-11"
_AIM = "static-aim-melbourne-seminars-2026-02"
_PIMS = "static-pims-crg-colloquium-2026"


def _records(html: str, today: date) -> list[tuple[str | None, str | None, str | None]]:
    page = page_from_text(html, "https://example.org/program.html")
    records = extract_page(page).records
    return [(r.title, normalize_record(r, today=today).start, r.location_text) for r in records]


def _rows(capsys: pytest.CaptureFixture[str], page: str) -> dict[str, dict]:
    return {row["title"]: row for row in inspect_corpus_page(capsys, page)}


# --- a programme entry on lines of its own: time alone, then name / speaker and quoted title ---

_LINED_PROGRAMME = """<html><body><main>
<h1>The 2026 Meeting</h1>
<h2>Friday, January 9, 2026</h2>
<div class="event"><div class="time">7:45 am</div><div class="subtitle">Breakfast</div>
<div class="location">Tan Hall Lobby</div></div>
<div class="event"><div class="time">8:45 am</div><div class="subtitle">Introductory Remarks</div>
<div class="location">120 Latimer Hall</div><div>David Limmer</div></div>
<h3>Friday Lecture Session I -- Discussion chair: Will Jacobs</h3>
<div class="location">120 Latimer Hall</div>
<div class="event"><div class="time">9:00 am</div>
<div class="speaker">Nikta Fakhri, <span class="affiliation">MIT</span></div>
<div class="title">"Nonreciprocal living matter"</div></div>
<div class="event"><div class="time">9:30 am</div>
<div class="speaker">Ignacio Pagonabarraga, <span class="affiliation">University of Barcelona</span></div>
<div class="title">"Shaping active matter: Symmetry, confinement, and effective interactions"</div></div>
<div class="event"><div class="time">10:30 am</div><div class="subtitle">Coffee Break</div>
<div class="location">Tan Hall Lobby</div></div>
<div class="event"><div class="time">5:15 pm</div>
<div class="subtitle">Poster Session Ib - Discussions &amp; Light Reception</div>
<div class="location">Tan Hall Lobby</div></div>
<h2>Saturday, January 10, 2026</h2>
<div class="event"><div class="time">8:00 am</div><div class="subtitle">Breakfast</div>
<div class="location">Tan Hall Lobby</div></div>
<div class="event"><div class="time">9:00 am</div>
<div class="speaker">Qian Chen, <span class="affiliation">University of Illinois</span></div>
<div class="title">"Electron videography for colloidal matter"</div></div>
</main></body></html>"""


def test_an_entry_on_lines_is_named_by_its_talk_and_placed_in_its_room() -> None:
    found = _records(_LINED_PROGRAMME, date(2026, 1, 10))
    assert [(title, (start or "")[:16], place) for title, start, place in found] == [
        ("Introductory Remarks", "2026-01-09T08:45", "120 Latimer Hall"),
        ("Nonreciprocal living matter", "2026-01-09T09:00", "120 Latimer Hall"),
        (
            "Shaping active matter: Symmetry, confinement, and effective interactions",
            "2026-01-09T09:30",
            "120 Latimer Hall",
        ),
        ("Poster Session Ib - Discussions & Light Reception", "2026-01-09T17:15", "Tan Hall Lobby"),
        ("Electron videography for colloidal matter", "2026-01-10T09:00", None),
    ]


def test_the_lowercase_am_ending_a_clock_line_is_the_clock_s() -> None:
    tree = LexborHTMLParser(
        '<div><div class="time">7:45 am</div><div>Breakfast</div><div>Tan Hall Lobby</div></div>'
    )
    entry = tree.css_first("body > div")
    assert entry is not None
    lined = entry_lines(entry)
    assert lined is not None
    assert (lined.clock, lined.name, lined.place) == ("7:45 am", "Breakfast", "Tan Hall Lobby")
    # one run of text keeps its reading (no line of its own for the time)
    single = LexborHTMLParser("<p>7pm - Melissa Brewer Quintet</p>").css_first("p")
    assert single is not None and entry_lines(single) is None


def test_a_session_of_timed_paragraphs_is_one_entry_per_paragraph() -> None:
    tree = LexborHTMLParser(
        '<div class="session"><p><span class="time">2:00 pm</span> - Registration</p>'
        '<p><span class="time">4:00 pm</span> - Poster Session I</p></div>'
        '<div class="session"><p>All welcome</p></div>'
    )
    boxes = timed_boxes(list(tree.body.iter(include_text=False)) if tree.body else [])
    assert [box.tag for box in boxes] == ["p", "p", "div"]


def test_the_2026_programme_names_each_talk_by_its_quoted_title(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = _rows(capsys, _PROGRAMME_2026)
    talk = rows["Learning from molecular simulations"]  # the David Chandler Lecture
    assert talk["start"][:16] == "2026-01-09T16:30"
    assert talk["location"] == "120 Latimer Hall"
    assert rows["Poster Session I - Two-minute Talks"]["start"][:16] == "2026-01-08T16:30"
    assert not [title for title in rows if title.startswith("am ")]
    # the breakfasts, coffee breaks, lunches and the arrival are the programme's gaps
    assert not {"Breakfast", "Coffee Break", "Lunch", "Registration & Check-In"} & set(rows)
    assert len(rows) == 35  # 34 programme points and the closing Pizza Party


def test_the_2025_programme_gives_each_paragraph_of_a_session_its_own_record(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = _rows(capsys, _PROGRAMME_2025)
    assert rows["Identifying Information Engines"]["start"][:16] == "2025-01-12T09:30"
    needle = (
        'Finding the "needle" in the trillion molecule haystack: from NMR spectra to molecular '
        "structure with artificial intelligence"
    )
    assert rows[needle]["start"][:16] == "2025-01-11T11:15"
    assert (
        rows["Poster Session II -- Discussions & Light Reception"]["location"] == "Tan Hall Lobby"
    )
    assert len(rows) == 24


# --- „Registration & Check-In“ is the arrival, a bare „Registration“ stays --------------------


@pytest.mark.parametrize(
    ("title", "gap"),
    [
        ("Registration & Check-In", True),
        ("Registration and check-in", True),
        ("Anmeldung / Check-in", True),
        ("Registration", False),
        ("Registration and Lunch Talk", False),
    ],
)
def test_registration_and_check_in_is_the_arrival(title: str, gap: bool) -> None:
    assert is_break(title, "2:00 pm") is gap


# --- bracketed links after a title and a paper's file are no name -----------------------------


@pytest.mark.parametrize(
    ("title", "bare"),
    [
        (
            "Hash functions: bridging the gap from theory to practice [Video]",
            "Hash functions: bridging the gap from theory to practice",
        ),
        ("Multi-Phase Invariant Synthesis [Paper PDF] [Slides]", "Multi-Phase Invariant Synthesis"),
        ("One year later [Escapade]", "One year later [Escapade]"),
        ("[Video]", "[Video]"),
    ],
)
def test_square_bracketed_file_links_end_the_title(title: str, bare: str) -> None:
    assert without_file_bracket(title) == bare


def test_a_paper_pdf_link_is_a_document_link() -> None:
    assert is_document_link("Paper PDF")
    assert is_document_link("[Paper PDF]")
    assert not is_document_link("Paper Planes Workshop")


def test_the_fsu_seminars_are_named_by_their_papers_at_the_banner_s_hours(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = _rows(capsys, _FSU)
    assert "[Paper PDF]" not in rows
    # the label goes before the title's length is measured: the long title stays whole
    assert (
        "Waste Not, Want Not: Service Migration-Assisted Federated Intelligence for "
        "Multi-Modality Mobile Edge Computing"
    ) in rows
    seminar = rows["Multi-Phase Invariant Synthesis"]
    assert seminar["start"][:16] == "2024-11-20T11:45"
    assert seminar["end"][:16] == "2024-11-20T12:45"
    assert seminar["location"] == "Room 307, LOV Building, Tallahassee, FL"


# --- a banner's „Time: … Every Wednesday“ and „Location: …“ lines are a weekly slot -------------


def test_a_labelled_weekly_slot_gives_the_hours_and_the_room() -> None:
    text = (
        "  Student Seminars   Time: 11:45 AM - 12:45 PM (ET), Every Wednesday  Location: Room 307,"
        " LOV Building, Tallahassee, FL   Add To My Calendar  "
    )
    assert weekly_slot(text) == WeeklySlot(
        "wednesday", "11:45 AM - 12:45 PM", "Room 307, LOV Building, Tallahassee, FL"
    )
    assert weekly_slot("Time: 11:45 AM, Location: Room 307") is None  # no weekday for all


# --- a title's label, a talk's kind and speaker, a title still to come -------------------------


@pytest.mark.parametrize(
    ("title", "bare"),
    [
        ("Seminar Title: Hash functions: bridging the gap", "Hash functions: bridging the gap"),
        ("Talk title: Random walks on graphs", "Random walks on graphs"),
        (
            "Research Paper Presentation (by Hansong Zhou): Waste Not, Want Not",
            "Waste Not, Want Not",
        ),
        ("Title: TBA", "Title: TBA"),  # one word after the label is no title
        ("Lunch Talk (by the Dean): Welcome and outlook", "Welcome and outlook"),
        ("Pizza Party (by the club): Bring a friend", "Pizza Party (by the club): Bring a friend"),
    ],
)
def test_a_title_label_and_a_talk_s_kind_are_no_part_of_the_name(title: str, bare: str) -> None:
    assert without_title_label(title) == bare


def test_a_long_title_is_measured_without_its_label() -> None:
    line = (
        "Research Paper Presentation (by Hansong Zhou): Waste Not, Want Not: Service "
        "Migration-Assisted Federated Intelligence for Multi-Modality Mobile Edge Computing"
    )
    assert title_in_text(line) == line.split("): ", 1)[1]


def test_a_talk_still_without_a_title_is_named_by_its_speaker() -> None:
    line = "Jan Kotrbatý, Charles University · October 27 · 11am Manitoba · 10am Alberta"
    assert (
        speaker_for_placeholder("Title to be announced", line) == "Jan Kotrbatý, Charles University"
    )
    assert speaker_for_placeholder("TBA", line) == "Jan Kotrbatý, Charles University"
    assert speaker_for_placeholder("Hash functions", line) is None
    assert speaker_for_placeholder("TBA", "October 27 · 11am") is None


def test_the_aim_seminars_are_named_without_the_label_and_the_video_link(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = _rows(capsys, _AIM)
    assert rows["Hash functions: bridging the gap from theory to practice"]["start"][:10] == (
        "2025-12-22"
    )
    assert not [title for title in rows if title.startswith("Seminar Title")]


def test_the_pims_talks_to_come_are_named_by_their_speakers(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = _rows(capsys, _PIMS)
    assert "Title to be announced" not in rows
    assert rows["Reese Pathak, University of California, Berkeley"]["start"][:16] == (
        "2026-12-08T11:00"
    )
    assert (
        rows["The effectiveness of the convexity assumption in high dimensions"]["start"][:10]
        == "2026-10-13"
    )
