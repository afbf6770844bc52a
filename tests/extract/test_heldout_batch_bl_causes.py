"""Held-out batch BL (English listings: a seminar's past talks with their abstracts, a reading
group's term table under its weekly slot, an astronomical society's lecture days, a developers'
group's meetings, a lab's seminar cards): each general cause it showed, on its real page and on a
minimal snippet."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract.labelled_abstracts import abstract_length
from netdir.extract.speaker_sentences import talk_of_the_sentence
from netdir.extract.start_for_all import start_for_all
from tests.extract.realpage_inspect import inspect_corpus_page, readings_on

# --- „March 2, 2020, <a>Speaker</a> (…)<br>Title: <i>…</i><br>Abstract: (1,500 characters)“ ---

_ABSTRACT = "The treatise on cosmology was printed and commented on for two centuries. " * 20
_TALKS = [
    ("March 2, 2020", "Matteo Valleriani", "The Sphere and the Shared Scientific Identity"),
    ("February 3, 2020", "Emmanuelle Bermès", "From experimentation to community building"),
    ("January 6, 2020", "Jean-Baptiste Camps", "Philology, old texts and machine learning"),
    ("December 2, 2019", "Mathieu Aubry", "Machine learning and text analysis"),
]


def _past_talks(abstract: str = _ABSTRACT) -> str:
    paragraphs = "".join(
        f'<p>{day}, <a href="https://example.org/~{i}/">{speaker}</a> (ENS)<br>'
        f"<b>Title:</b> <i>{title}</i><br><b>Abstract:</b> {abstract}</p>"
        for i, (day, speaker, title) in enumerate(_TALKS)
    )
    return (
        "<html><body><header><h1>Past</h1><span>Past seminars</span></header>"
        f'<div class="container"><p>You can find below the list of past seminars.</p>{paragraphs}'
        "</div></body></html>"
    )


def test_a_talk_with_its_abstract_written_out_is_still_a_row_of_the_list() -> None:
    rows = readings_on(_past_talks(), date(2021, 4, 12))
    assert [(title, start) for title, start, _ in rows] == [
        ("The Sphere and the Shared Scientific Identity", "2020-03-02"),
        ("From experimentation to community building", "2020-02-03"),
        ("Philology, old texts and machine learning", "2020-01-06"),
        ("Machine learning and text analysis", "2019-12-02"),
    ]


def test_the_abstract_is_counted_from_its_label_after_the_opening_only() -> None:
    opening = "March 2, 2020, Matteo Valleriani (TU Berlin) Title: The Sphere "
    text = f"{opening}Abstract: {_ABSTRACT}"
    assert abstract_length(text) == len(text) - text.index("Abstract:") + 1
    assert abstract_length(f"Abstract: {_ABSTRACT}") == 0  # the block is the abstract
    assert abstract_length(opening) == 0


def test_a_bracketed_note_in_the_title_line_leaves_the_speakers_to_name_the_session() -> None:
    html = _past_talks().replace(
        "<i>The Sphere and the Shared Scientific Identity</i>", "<i>[voir ci dessous]</i>"
    )
    titles = [title for title, _, _ in readings_on(html, date(2021, 4, 12))]
    assert titles[0] == "Matteo Valleriani"
    assert "[voir ci dessous]" not in titles


def test_the_seminars_past_talks_are_named_by_their_title_lines(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = inspect_corpus_page(capsys, "jekyll-cleanblog-dhai-seminar-past-2021-04")
    dated = [(row["start"][:10], row["title"]) for row in rows]
    assert len(dated) == 22  # 21 talks; Gentelet's talk again under its French title
    assert ("2020-03-02", "The Sphere. Knowledge System Evolution and the Shared Scientific "
            "Identity of Europe") in dated  # fmt: skip
    assert (
        "2021-03-16",
        "Stavros Lazaris, Alexandre Guilbaud, Tom Monnier et Mathieu Aubry",
    ) in dated
    assert not any(title.startswith("Humanity/") for _, title in dated)  # a link in an abstract


# --- „<h3>TBA</h3><p>February 09, 2015 at 6pm - CSI</p>“; „… at 6pm - TBA“ ---


def _meetings(rows: list[tuple[str, str]]) -> str:
    blocks = "".join(
        f'<div class="meeting"><h3>{title}</h3><p><em>{line}</em></p><p>{title}</p>'
        '<h4>Locations</h4><ul><li><a href="https://www.google.com/maps/place/x">Murray State '
        'University, Business Building, Room 551</a></li><li><a href="https://www.google.com/'
        'maps/place/y">Paducah Campus, Room 215 (via video)</a></li></ul></div>'
        for title, line in rows
    )
    return (
        '<html><body><div class="sidebar"><h1>WKY Developers</h1></div><div class="page">'
        f'<h1 class="page-title">Meetings</h1><div class="meetings">{blocks}</div></div>'
        "</body></html>"
    )


_PLAN = [
    ("Building Applications with Redis", "September 08, 2014 at 6pm - Brad Young"),
    ("REST, Hypermedia, and HTTP", "November 10, 2014 at 6pm - Stephen Mizell"),
    ("TBA", "February 09, 2015 at 6pm - CSI"),
    ("TBA", "April 13, 2015 at 6pm - TBA"),
]


def test_a_talk_to_come_is_named_by_the_speaker_after_its_days_dash() -> None:
    rows = readings_on(_meetings(_PLAN), date(2014, 10, 2))
    assert [(title, start) for title, start, _ in rows] == [
        ("Building Applications with Redis", "2014-09-08T18:00"),
        ("REST, Hypermedia, and HTTP", "2014-11-10T18:00"),
        ("CSI", "2015-02-09T18:00"),
    ]  # „TBA“ by „TBA“ only holds a date in the plan


def test_a_place_heading_in_the_block_gives_the_first_place_listed_under_it() -> None:
    places = {place for _, _, place in readings_on(_meetings(_PLAN), date(2014, 10, 2))}
    assert places == {"Murray State University, Business Building, Room 551"}


def test_the_user_groups_meetings_are_named_and_placed(capsys: pytest.CaptureFixture[str]) -> None:
    rows = inspect_corpus_page(capsys, "jekyll-hyde-wkydev-meetings-2014-10")
    assert [(row["start"][:16], row["title"]) for row in rows][-2:] == [
        ("2015-02-09T18:00", "CSI"),
        ("2015-03-09T18:00", "CSI"),
    ]
    assert rows[0]["location"] == "Murray State University, Business Building, Room 551"


# --- „<h3>TBA</h3><p class="seminar-meta"><strong>Sarisht Wadhwa</strong> — Duke University“ ---


def _cards(talks: list[tuple[str, str, str]]) -> str:
    cards = "".join(
        f'<div class="seminar-card"><div class="seminar-date"><span class="month">Apr</span>'
        f'<span class="day">{day}</span><span class="year">2026</span></div>'
        f'<div class="seminar-info"><h3>{title}</h3><p class="seminar-meta"><strong>{speaker}'
        '</strong> — Some University</p><p class="seminar-time">11:00 AM ET</p></div></div>'
        for day, title, speaker in talks
    )
    return (
        "<html><body><h1>Seminar</h1><h2>Upcoming Talks</h2>"
        f'<div class="seminar-full-list">{cards}</div></body></html>'
    )


def test_a_card_titled_tba_is_named_by_the_bold_speaker_of_its_byline() -> None:
    html = _cards(
        [
            ("03", "Characterizing Off-Chain Fee Mechanisms", "Aadityan Ganesh"),
            ("10", "TBA", "Sarisht Wadhwa"),
            ("17", "Cryptography and Machine Learning", "Jonathan Shafer"),
            ("24", "TBA", "François-Xavier Wicht"),
        ]
    )
    rows = readings_on(html, date(2026, 4, 3))
    assert [(title, start) for title, start, _ in rows] == [
        ("Characterizing Off-Chain Fee Mechanisms", "2026-04-03T11:00"),
        ("Sarisht Wadhwa", "2026-04-10T11:00"),
        ("Cryptography and Machine Learning", "2026-04-17T11:00"),
        ("François-Xavier Wicht", "2026-04-24T11:00"),
    ]


def test_the_labs_cards_to_come_are_named_by_their_speakers(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = inspect_corpus_page(capsys, "jekyll-yacl-seminar-2026-04")
    titles = [row["title"] for row in rows]
    assert "TBA" not in titles
    assert titles[-1] == "Ke Wu"


# --- „Time: Wed. 4-5“ / „Room: Northwest Building B150 (SEAS Basement Area)“ over the table ---


def _term(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td> {day} </td><td><a href='#'>{name}</a></td><td>X</td></tr>" for day, name in rows
    )
    return (
        "<html><body><article><h1>Talks</h1><ul><li>Time: Wed. 4-5</li><li>Room: Northwest "
        "Building B150 (SEAS Basement Area)</li><li>Open to any interested party</li></ul>"
        "<h3> Spring 2016 </h3><table><tr><th>Date</th><th>Paper</th><th>Presenter</th></tr>"
        f"{cells}</table></article></body></html>"
    )


def test_a_labelled_weekly_slot_gives_its_afternoon_hours_and_room_to_its_weekdays() -> None:
    html = _term(
        [
            ("Feb 3", "Character-Aware Language Modeling"),
            ("Feb 10", "Compressing LSTMs into CNNs"),
            ("Mar 14", "Talk: Edward Grefenstette (DeepMind)"),  # a Monday
            ("Mar 23", "Talk: Kai-Wei Chang (MSR)"),
        ]
    )
    rows = readings_on(html, date(2016, 4, 23))
    place = "Northwest Building B150 (SEAS Basement Area)"
    assert rows == [
        ("Character-Aware Language Modeling", "2016-02-03T16:00", place),
        ("Compressing LSTMs into CNNs", "2016-02-10T16:00", place),
        ("Talk: Edward Grefenstette (DeepMind)", "2016-03-14", None),
        ("Talk: Kai-Wei Chang (MSR)", "2016-03-23T16:00", place),
    ]


def test_the_reading_groups_wednesdays_take_the_slot(capsys: pytest.CaptureFixture[str]) -> None:
    rows = inspect_corpus_page(capsys, "jekyll-harvardml-reading-group-meetings-2016-04")
    timed = [row for row in rows if row["start"][11:16] == "16:00"]
    assert len(timed) == 13
    assert all(row["location"].startswith("Northwest Building B150") for row in timed)


# --- „Tuesday, 15th November 2016.“ / „… will be speaking on ‘The Origins of the Universe’“ ---


def test_the_talk_of_a_speakers_sentence_names_it() -> None:
    assert (
        talk_of_the_sentence(
            "Professor Lucio Piccirillo (University of Manchester) will be speaking on "
            "‘The Origins of the Universe’"
        )
        == "The Origins of the Universe"
    )
    assert (
        talk_of_the_sentence(
            "Dr Allan Chapman, (Wadham College, Oxford), will be speaking on ‘Mary Somerville, "
            "1780 to 1872. Under the World of Science,’"
        )
        == "Mary Somerville, 1780 to 1872. Under the World of Science"
    )
    assert (
        talk_of_the_sentence(
            "Dr. Eamonn Kerrins (University of Manchester). The Donald Rumsfeld guide to "
            "exoplanets."
        )
        == "The Donald Rumsfeld guide to exoplanets"
    )
    assert (
        talk_of_the_sentence(
            "Rhian Jones (University of Manchester). Topic title on Meteorites TBC."
        )
        == "Rhian Jones"
    )
    assert talk_of_the_sentence("We offer three official meetings each month.") is None


def test_a_sentence_states_the_hour_of_all_meetings() -> None:
    assert (
        start_for_all("All meetings start at 20:00 and last approximately 90 minutes.") == "20:00"
    )
    assert start_for_all("All our lectures begin at 7.30pm.") == "7.30pm"
    assert start_for_all("All meetings start at 8 members.") is None
    assert start_for_all("The meeting starts at 20:00.") is None  # one meeting, not all


_LECTURES = """<html><body><div class="text1"><h4>2016/7 Lectures</h4>
<p>We offer three official meetings each month.</p>
<p>All meetings start at 20:00 and last approximately 90 minutes.</p></div>
<div class="text1"><p><b>Speakers booked for 2016…</b></p><ul class="links">
<li>Tuesday, 15th November 2016. </li>
<p>Professor Lucio Piccirillo (University of Manchester) will be speaking on ‘The Origins of
the Universe’ </p><p></p>
<li>Saturday, 7th January 2017.</li>
<p>Dr Allan Chapman, (Wadham College, Oxford), will be speaking on ‘Mary Somerville’</p>
<p>19:30 at Calvary Church Hall, Macclesfield. (<a href="maps.php">details</a>)</p><p></p>
<li>Tuesday, 21st February 2017. </li>
<p>John Timmins (FRAS) will be speaking on ‘Optical Quality and how to improve your
telescope’.</p><p></p>
<li>Tuesday, 16th May 2017.</li>
<p>Rhian Jones (University of Manchester). Topic title on Meteorites TBC. </p>
</ul></div></body></html>"""


def test_bare_day_lines_are_named_by_the_speakers_sentence_under_them() -> None:
    rows = readings_on(_LECTURES, date(2016, 11, 19))
    assert rows == [
        ("The Origins of the Universe", "2016-11-15T20:00", None),
        ("Mary Somerville", "2017-01-07T19:30", "Calvary Church Hall, Macclesfield"),
        ("Optical Quality and how to improve your telescope", "2017-02-21T20:00", None),
        ("Rhian Jones", "2017-05-16T20:00", None),
    ]


def test_the_societys_lectures_are_read_from_its_day_lines(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = inspect_corpus_page(capsys, "php-maccastro-lectures-2016-11")
    assert [(row["start"][:16], row["title"]) for row in rows][:2] == [
        ("2016-11-15T20:00", "The Origins of the Universe"),
        ("2016-12-20T20:00", "The Donald Rumsfeld guide to exoplanets: from known knowns to "
         "unknown unknowns"),
    ]  # fmt: skip
    assert len(rows) == 7
