"""Held-out batch BM (English listings: a conference agenda's day tables with a room per column,
a reading group's year-headed talks, a conference schedule grid, a basketball club's fixture
cards and one fixture day's table of games): each general cause it showed, on its real page and
on a minimal snippet."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page, readings_on

# --- „June 27th: STOR-i boardroom <br> Speaker <br> <em>Title</em> [paper]“ under „<h1>2024“ ---

_TALKS = [
    ("June 27th", "STOR-i boardroom", "Chris Sherlock", "Tuning pseudo-marginal samplers"),
    ("June 20th", "STOR-i boardroom", "Claire Gormley", "Nonparametric network models"),
    ("April 11th", "A53 (PSC)", "François-Xavier Briol", "Robust Gaussian process regression"),
    ("March 14th", "Lecture Theatre (PSC)", "Theo Papamarkou", "Sampling Bayesian networks"),
]


def _talks(talks: list[tuple[str, str, str, str]]) -> str:
    items = "".join(
        f"<li><p>{day}: {room} <br>\n {speaker} <br>\n <em>{title}</em> "
        '[<a href="https://arxiv.org/pdf/1.pdf">arxiv</a>]</p></li>'
        for day, room, speaker, title in talks
    )
    return (
        '<html><body><main><h3>Talks</h3><h1 id="2024">2024</h1><hr>'
        f"<ul>{items}</ul></main></body></html>"
    )


def test_a_talk_is_named_by_its_italic_line_and_held_in_the_room_after_its_day() -> None:
    rows = readings_on(_talks(_TALKS), date(2024, 7, 12))
    assert rows == [
        ("Tuning pseudo-marginal samplers", "2024-06-27", "STOR-i boardroom"),
        ("Nonparametric network models", "2024-06-20", "STOR-i boardroom"),
        ("Robust Gaussian process regression", "2024-04-11", "A53 (PSC)"),
        ("Sampling Bayesian networks", "2024-03-14", "Lecture Theatre (PSC)"),
    ]


def test_a_single_italic_word_is_an_emphasis_and_leaves_the_row_its_name() -> None:
    talks = [(day, room, speaker, "Seminar") for day, room, speaker, _ in _TALKS]
    titles = [title for title, _, _ in readings_on(_talks(talks), date(2024, 7, 12))]
    assert "Seminar" not in titles


def test_a_title_on_its_own_line_keeps_the_row_over_its_italic_speaker() -> None:
    days = [("Dienstag, 03.06.2025", "Gewusste Wahrheit", "Prof. Dr. Konrad Liessmann, Wien"),
            ("Mittwoch, 04.06.2025", "Gefühlte Wahrheit", "Prof. Dr. Fritz Breithaupt, Indiana"),
            ("Donnerstag, 05.06.2025", "Algorithmische Wahrheit?", "Dr. Veronika Solopova, Berlin")]  # fmt: skip
    blocks = "".join(
        f'<div class="ce-bodytext"><h3><strong>{day}</strong></h3><p><strong>„{title}”</strong>'
        f"</p><p><i>{speaker}</i></p><p>Ein Abend über Wahrheit und Lüge im Wandel der Zeit.</p>"
        "</div>"
        for day, title, speaker in days
    )
    rows = readings_on(f"<html><body><main>{blocks}</main></body></html>", date(2025, 5, 1))
    titles = [title or "" for title, _, _ in rows]
    assert len(titles) == 3
    assert not any("Prof." in title or "Dr." in title for title in titles)


def test_the_reading_groups_talks_are_named_by_their_titles(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = inspect_corpus_page(capsys, "hugo-simpleblox-csml-lancaster-talks-2024-07")
    assert len(rows) == 21
    by_day = {row["start"][:10]: (row["title"], row.get("location")) for row in rows}
    assert by_day["2024-06-27"][0] == (
        "Tuning pseudo-marginal Metropolis-Hastings: a vase or two faces?"
    )
    assert (
        by_day["2023-11-02"][0]
        == "Gaussian processes, inverse problems and Markov chain Monte Carlo"
    )
    assert not any(title == "STOR-i boardroom" for title, _ in by_day.values())


# --- „<time datetime="December 07T09:00"> 09<span>00</span></time>“ in a schedule grid ---


def _slot(start: str, end: str, title: str, speaker: str) -> str:
    def clock(name: str, value: str) -> str:
        hour, minute = value.split(":")
        return (
            f'<time class="{name}-time" itemprop="{name}Date" datetime="December 07T{value}"> '
            f"{hour}<span>{minute}</span> </time>"
        )

    return (
        '<div class="timeslot"><div class="timeslot-label">'
        f"{clock('start', start)}{clock('end', end)}</div>"
        '<div class="timeslot-elements"><div class="slot" data-slot-detail="Conference Room">'
        f'<div class="slot-content"><h5 class="slot-title">{title}</h5>'
        f'<ul class="slot-speakers"><li><p class="speaker-name">{speaker}</p></li></ul>'
        "</div></div></div></div>"
    )


_SLOTS = [
    ("09:00", "09:50", "Securing PostgreSQL", "Joe Conway"),
    ("09:50", "10:30", "Unconventional query optimization in PostgreSQL", "Maxim Boguk"),
    ("11:30", "12:10", "Queues in PostgreSQL", "Thomas Munro"),
    ("13:00", "13:50", "Distributed PostgreSQL", "Simon Riggs"),
    ("13:50", "14:30", "How to contribute to PostgreSQL", "Hari Babu Kommi"),
]


def _schedule() -> str:
    slots = "".join(_slot(*slot) for slot in _SLOTS)
    return (
        "<html><head><title>Event schedule • PGDay Down Under 2018</title></head><body>"
        '<section class="schedule"><div class="schedule-table">'
        f'<h4 class="schedule-table-heading">December 07</h4>{slots}</div></section></body></html>'
    )


def test_a_slot_is_dated_by_the_readable_day_and_clock_of_its_time_elements() -> None:
    rows = readings_on(_schedule(), date(2018, 9, 6))
    assert [(title, start) for title, start, _ in rows] == [
        ("Securing PostgreSQL", "2018-12-07T09:00"),
        ("Unconventional query optimization in PostgreSQL", "2018-12-07T09:50"),
        ("Queues in PostgreSQL", "2018-12-07T11:30"),
        ("Distributed PostgreSQL", "2018-12-07T13:00"),
        ("How to contribute to PostgreSQL", "2018-12-07T13:50"),
    ]


def test_software_the_titles_are_about_is_no_town_they_are_held_in() -> None:
    rows = readings_on(_schedule(), date(2018, 9, 6))
    assert len(rows) == 5
    assert all(place is None for _, _, place in rows)  # not „PostgreSQL“ of „… in PostgreSQL“


def test_a_town_ending_the_titles_still_places_them() -> None:
    html = (
        "<html><body><ul>"
        "<li>12.05.2026 Weihnachtsmarkt in Illingen</li>"
        "<li>19.05.2026 Jugend-Hallenspieltag in Illingen</li>"
        "<li>26.05.2026 Sommerfest des Vereins</li>"
        "</ul></body></html>"
    )
    places = {title: place for title, _, place in readings_on(html, date(2026, 5, 1))}
    assert places["Weihnachtsmarkt in Illingen"] == "Illingen"


def test_the_conferences_sessions_come_with_their_hours(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = inspect_corpus_page(capsys, "jekyll-hoverboard-pgdu-schedule-2018-09")
    by_title = {row["title"]: row for row in rows}
    queues = by_title["Queues in PostgreSQL"]
    assert (queues["start"][:16], queues["end"][:16]) == ("2018-12-07T11:30", "2018-12-07T12:10")
    # „in PostgreSQL“ names the talk's topic, not a place; the room is the grid's one column
    # („Time | Conference Room“, session 49: track_header_rooms)
    assert queues.get("location") == "Conference Room"
    assert by_title["Lightning Talk Session"]["start"][:16] == "2018-12-07T15:30"


# --- „Time | Hollenfels | Vianden - Wiltz | Schengen“ over „09:30 | Workshop (Speaker) | …“ ---


def _workshops(header: list[str]) -> str:
    head = "".join(f"<th>{label}</th>" for label in header)
    rows = [
        ("09:30", ["ARM IoT Firmware Emulation", "Introduction to Bro", ""]),
        ("13:30", ["Hacking mobile data", "Modern fuzzing techniques", "Unpacking for Dummies"]),
    ]
    body = "".join(
        f"<tr><td>{clock}</td>"
        + "".join(
            f'<td><a href="https://example.org/talks/#{i}">{name}</a> '
            f'(<a href="https://example.org/talks/#s{i}">Someone Speaking</a>)</td>'
            if name
            else "<td> </td>"
            for i, name in enumerate(names)
        )
        + "</tr>"
        for clock, names in rows
    )
    return (
        '<html><body><section class="page__content">'
        '<h2 id="tue">Tuesday 16 October 2018 (Workshops)</h2>'
        f'<table class="table"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
        "</section></body></html>"
    )


def test_each_room_column_of_a_timetable_row_holds_one_session() -> None:
    rows = readings_on(
        _workshops(["Time", "Hollenfels", "Vianden - Wiltz", "Schengen"]), date(2019, 5, 2)
    )
    assert sorted(rows) == sorted(
        [
            ("ARM IoT Firmware Emulation", "2018-10-16T09:30", "Hollenfels"),
            ("Introduction to Bro", "2018-10-16T09:30", "Vianden - Wiltz"),
            ("Hacking mobile data", "2018-10-16T13:30", "Hollenfels"),
            ("Modern fuzzing techniques", "2018-10-16T13:30", "Vianden - Wiltz"),
            ("Unpacking for Dummies", "2018-10-16T13:30", "Schengen"),
        ]
    )


def test_columns_of_one_sessions_fields_are_no_rooms() -> None:
    rows = readings_on(_workshops(["Time", "Title", "Speaker", "Notes"]), date(2019, 5, 2))
    assert all(place is None for _, _, place in rows)
    assert len(rows) == 2  # one session per row, as before


# --- „Monday 15 October 2018 PM (pre-event)“ over a paragraph; „(after-event)“ over a list ---


_DAY_TALKS = [
    ("09:30", "Come to the dark side"),
    ("10:30", "Hypervisor-level debugger: benefits and challenges"),
    ("10:50", "Risk Assessment Optimisation with MONARC"),
    ("11:15", "Real World: Threat Intelligence"),
    ("13:00", "Let me Yara that for you!"),
    ("13:30", "The path towards automated heap exploitation"),
    ("14:15", "The Snake keeps reinventing itself"),
    ("16:00", "Trojans in SS7"),
]


def test_a_day_heading_that_only_labels_its_day_names_its_events_below() -> None:
    html = (
        "<html><body><section>"
        "<h2>Monday 15 October 2018 PM (pre-event)</h2>"
        '<p><a href="https://example.org/summit/">MISP Threat Intelligence Summit 0x04</a></p>'
        "<h2>Tuesday 16 October 2018 (Talk)</h2>"
        "<table><tr><th>Time</th><th>Talks and Speakers</th></tr>"
        + "".join(
            f"<tr><td>{clock}</td><td><a href='https://example.org/t/{i}'>{talk}</a> (Speaker)"
            "</td></tr>"
            for i, (clock, talk) in enumerate(_DAY_TALKS)
        )
        + "</table>"
        "<h2>Friday 19 October 2018 (after-event)</h2>"
        "<ul><li>BSides Luxembourg</li><li>EU ATT&amp;CK community user-group meeting</li></ul>"
        "</section></body></html>"
    )
    rows = {(title, start) for title, start, _ in readings_on(html, date(2019, 5, 2))}
    assert ("MISP Threat Intelligence Summit 0x04", "2018-10-15") in rows
    assert ("BSides Luxembourg", "2018-10-19") in rows
    assert ("EU ATT&CK community user-group meeting", "2018-10-19") in rows
    assert not any(title.startswith("PM") for title, _ in rows)


def test_the_agendas_workshops_are_placed_in_their_rooms(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = inspect_corpus_page(capsys, "jekyll-minimal-mistakes-hacklu-agenda-2019-05")
    assert len(rows) == 32
    by_title = {row["title"]: row for row in rows}
    unpacking = by_title["Unpacking for Dummies"]
    assert (unpacking["start"][:16], unpacking.get("location")) == ("2018-10-17T13:30", "Schengen")
    assert by_title["Log Hunting with Sigma"].get("location") == "Echternach - Diekirch"
    assert by_title["BSides Luxembourg"]["start"][:10] == "2018-10-19"


# --- „<h1>CTBA Fixtures: 27 July</h1>“ over „211 | 16B | Home | Away | 13:00 - 14:30 | UCT 1“ ---

_GAMES = [
    ("211", "Cathkin Rookies", "CNP Thunder", "13:00 - 14:30", ""),
    ("212", "WPSBA", "Tafelsig MOD Stars", "13:00 - 14:30", ""),
    ("213", "Montana Vikings", "WPSBA", "13:00 - 14:30", ' class="mvbc"'),
    ("214", "CNP Thunder", "WCSS", "14:30 - 16:00", ""),
    ("215", "Eagles", "Cape Waves", "14:30 - 16:00", ""),
    ("216", "Montana Vikings", "Future Stars", "14:30 - 16:00", ' class="mvbc"'),
    ("218", "Delf Umoja", "Eagles", "16:00 - 17:30", ""),
]


def _fixtures(games: list[tuple[str, str, str, str, str]]) -> str:
    rows = "".join(
        f"<tr{marked}><td>{number}</td><td>16B</td><td>{home}</td><td>{away}</td>"
        f"<td>{hours}</td><td>UCT 1</td></tr>"
        for number, home, away, hours, marked in games
    )
    return (
        '<html><body><div id="mast"><div class="container"><div class="wrapper">'
        '<header class="post-header"><h1>CTBA Fixtures: 27 July</h1></header>'
        f"<table>{rows}</table></div></div></div></body></html>"
    )


def test_a_game_row_is_timed_under_its_days_heading_and_named_by_both_sides() -> None:
    rows = readings_on(_fixtures(_GAMES), date(2014, 6, 27))
    assert sorted((title, start) for title, start, _ in rows) == sorted(
        [
            ("Cathkin Rookies – CNP Thunder", "2014-07-27T13:00"),
            ("WPSBA – Tafelsig MOD Stars", "2014-07-27T13:00"),
            ("Montana Vikings – WPSBA", "2014-07-27T13:00"),
            ("CNP Thunder – WCSS", "2014-07-27T14:30"),
            ("Eagles – Cape Waves", "2014-07-27T14:30"),
            ("Montana Vikings – Future Stars", "2014-07-27T14:30"),
            ("Delf Umoja – Eagles", "2014-07-27T16:00"),
        ]
    )


def test_columns_without_a_shared_name_leave_the_row_its_first_name() -> None:
    games = [
        ("211", "Cathkin Rookies", "CNP Thunder", "13:00 - 14:30", ""),
        ("212", "WPSBA", "Tafelsig MOD Stars", "13:00 - 14:30", ""),
        ("214", "Eagles", "WCSS", "14:30 - 16:00", ""),
    ]
    titles = {title for title, _, _ in readings_on(_fixtures(games), date(2014, 6, 27))}
    assert not any("–" in (title or "") for title in titles)


def test_the_clubs_fixture_day_gives_every_game(capsys: pytest.CaptureFixture[str]) -> None:
    rows = inspect_corpus_page(capsys, "jekyll-mvbc-basketball-ctba-fixture-2014-07")
    games = sorted((row["start"][:16], row["title"]) for row in rows)
    assert len(games) == 9
    assert ("2014-07-27T14:30", "Montana Vikings – Future Stars") in games
    assert ("2014-07-27T16:00", "Delf Umoja – Eagles") in games
