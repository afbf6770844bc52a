"""Held-out batch BW (English listings: a philosophy-of-technology speaker series' home page, a
research association SIG's seminar pages, a research centre's network seminar page): each
general cause it showed, on its real page and on a minimal snippet."""

from __future__ import annotations

from datetime import date

from netdir.extract.date_cues import TIME_LIKE, search_date_phrase
from netdir.extract.open_topics import names_no_topic_yet
from netdir.extract.retiming_notes import title_and_its_hour
from netdir.extract.speaker_cells import talk_of_the_cell
from netdir.extract.speaker_lines import _SPEAKER
from netdir.extract.weekly_slot import WeeklySlot, weekly_slot
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# --- „September 27, 2024, 11 am CDT“: an hour with its „am“ apart, before a time zone ---


def test_an_hour_with_am_apart_belongs_to_the_date_phrase_before_a_zone_or_the_end() -> None:
    phrase = search_date_phrase("September 27, 2024, 11 am CDT")
    assert phrase is not None and phrase.group(0) == "September 27, 2024, 11 am"
    comma = search_date_phrase("October 18, 2024, 9 am, Room 4")
    assert comma is not None and comma.group(0) == "October 18, 2024, 9 am"
    assert TIME_LIKE.search("Friday, 11 am EST")
    # the German preposition goes on to the day or the place it names: no clock — nor at the
    # end of a title whose day was cut out after it
    german = search_date_phrase("Sa 20.10.2026, 10 am Markt")
    assert german is not None and german.group(0) == "Sa 20.10.2026"
    assert not TIME_LIKE.search("OBR 10 am 20.10.2026")
    assert not TIME_LIKE.search("Tagesordnung der 5. Sitzung des OBR 10 am")


_SEMINARS = """<html><head><title>Upcoming Seminars</title></head><body><article>
<h1>Upcoming Seminars</h1><time datetime="2024-09-08T00:00:00Z">September 8, 2024</time>
<div class="post"><h2 id="a">September 27, 2024, 11 am CDT</h2>
<p><em><strong>Getting Meta-Analyses Done: Practical Perspectives</strong></em></p>
<ul><li><p>Speaker: <a href="https://a.org/">Dr. Carlton Fong</a>, Texas State University</p></li>
<li><p><a href="https://zoom.us/r">Register here</a>.</p></li></ul>
<h2 id="b">October 18, 2024, 9 am CDT</h2>
<p><em><strong>Fitting Flexible Meta-Analytic Models</strong></em></p>
<ul><li><p>Speaker: <a href="https://b.org/">Dr. Mike Cheung</a>, National University of
Singapore</p></li></ul></div></article></body></html>"""


def test_a_seminar_heading_with_its_day_and_hour_times_the_seminar() -> None:
    # The headings were read as their days only: „11 am“ (its „am“ apart) was no clock.
    assert readings_on(_SEMINARS, date(2024, 9, 8)) == [
        ("Getting Meta-Analyses Done: Practical Perspectives", "2024-09-27T11:00", None),
        ("Fitting Flexible Meta-Analytic Models", "2024-10-18T09:00", None),
    ]


def test_real_page_the_sigs_upcoming_seminars_have_their_hours() -> None:
    readings = saved_page_readings("hugo-srma-sig-upcoming-seminars-2024-09")
    assert [start for _, start, _ in readings] == [
        "2024-09-27T11:00",
        "2024-10-18T09:00",
        "2024-11-15T11:00",
        "2024-12-13T11:00",
    ]


# --- a speaker line over a line that names no topic yet: the speaker line names the talk ---


def test_a_line_saying_the_topic_is_open_names_no_talk() -> None:
    assert names_no_topic_yet("TBA. Please note irregular schedule. Wed 14:00 CET")
    assert names_no_topic_yet("Probably something on AI and the Future of Work")
    assert names_no_topic_yet("Something on ML ethics")
    assert names_no_topic_yet("Title: to be announced")
    assert not names_no_topic_yet("Something Old, Something New: Group Testing")
    assert not names_no_topic_yet("Artificial cognition")
    # the titled speaker's cell: the line after is no talk when it names none yet
    assert (
        talk_of_the_cell(["Dr. Arianna Manzini (Google DeepMind)", "Something on ML ethics"])
        is None
    )
    assert talk_of_the_cell(
        ["Dr. Jörg Kunze (Basler AG)", "[EN] Bayer Pattern and Image Quality"]
    ) == ("Bayer Pattern and Image Quality")


def test_two_speakers_of_one_talk_make_a_speaker_line() -> None:
    assert _SPEAKER.match("Dr. Fabio Tollon and Dr. Enrico Galvagni (Edinburgh)")
    assert _SPEAKER.match("Marco Nieschka & Kordula Marisa Hildebrandt (Creative Humanity AI Hub)")
    assert _SPEAKER.match("Professor Seth Lazar (Australian National University)")
    # one word before „and“ is no person's name
    assert not _SPEAKER.match("Simon and Garfunkel (USA)")


_TALKS = """<html><head><title>Talks</title></head><body><main class="main">
<article class="first-entry"><header><h1>Philosophy of Technology</h1></header>
<div class="entry-content">Welcome to the speaker series.</div></article>
<article class="post-entry"><header><h2>June 27: Professor Seth Lazar (Australian National
University)</h2></header><div class="entry-content"><p>On AI Personhood Without Sentience</p></div>
<a class="entry-link" href="/upcoming/seth/"></a></article>
<article class="post-entry"><header><h2>September 26: Dr. Fabio Tollon and Dr. Enrico Galvagni
(Edinburgh)</h2></header><div class="entry-content"><p>Conceptual engineering and responsibility</p>
</div><a class="entry-link" href="/upcoming/fabio/"></a></article>
<article class="post-entry"><header><h2>October 10: Professor Kate Vredenburgh (London School of
Economics)</h2></header><div class="entry-content"><p>Probably something on AI and the Future of
Work</p></div><a class="entry-link" href="/upcoming/kate/"></a></article>
<article class="post-entry"><header><h2>November 7: Dr. John Dorsch (Czech Academy of the
Sciences)</h2></header><div class="entry-content"><p>Critique of AI Welfare</p></div>
<a class="entry-link" href="/upcoming/john/"></a></article>
</main></body></html>"""


def test_talks_are_named_by_their_titles_and_untitled_ones_by_their_speakers() -> None:
    # The two speakers' card kept its heading (no speaker line for its „and“); the card whose
    # paragraph guesses at a subject was named by the guess.
    assert [title for title, _, _ in readings_on(_TALKS, date(2025, 6, 26))] == [
        "On AI Personhood Without Sentience",
        "Conceptual engineering and responsibility",
        "Professor Kate Vredenburgh (London School of Economics)",
        "Critique of AI Welfare",
    ]


def test_real_page_the_series_talks_are_named_as_a_reader_names_them() -> None:
    readings = saved_page_readings("hugo-philtechtalks-home-2025-06")
    assert [title for title, _, _ in readings] == [
        "On AI Personhood Without Sentience",
        "Ground projects in the age of artificial intelligence",
        "Conceptual engineering and responsibility",
        "Professor Shannon Vallor (Edinburgh)",
        "Professor Kate Vredenburgh (London School of Economics)",
        "Giuseppe Comerci (Bonn)",
        "Critique of AI Welfare",
        "Philosophical questions in AI evaluation",
    ]


# --- „talks will be held on Tuesdays at 10am CET“ over the talks; „(NB: … at 14:00 …)“ ---


def test_a_weekly_slot_may_give_its_clocks_zone_and_a_remark() -> None:
    assert weekly_slot(
        "Schedule change: Starting in February, talks will be held on Tuesdays at 10am CET "
        "(previously Fridays)."
    ) == WeeklySlot("tuesday", "10am", None)


def test_a_note_closing_a_talks_title_is_no_part_of_it_and_may_move_its_hour() -> None:
    assert title_and_its_hour(
        "Total deontic folk relationalism (NB: to be held at 14:00, not 10:00)"
    ) == ("Total deontic folk relationalism", "14:00")
    assert title_and_its_hour("Moral AI (Note: starts at 6 pm)") == ("Moral AI", "6 pm")
    assert title_and_its_hour("Moral AI (NB: in room 2)") == ("Moral AI", None)
    # a bracket that is no note stays in the title
    assert title_and_its_hour("Moral AI (in English)") is None
    assert title_and_its_hour("(NB: held at 14:00)") is None


_SERIES = """<html><head><title>Talks</title></head><body><main class="main">
<article class="first-entry"><header><h1>Philosophy of Technology</h1></header>
<div class="entry-content"><p>Welcome to the speaker series.</p><div><strong>Schedule change:</strong>
Starting in February, talks will be held on <strong>Tuesdays at 10am CET</strong> (previously
Fridays).</div></div></article>
<article class="post-entry"><header><h2>February 10: David Killoren (Grand Valley State
University)</h2></header><div class="entry-content"><p>Total deontic folk relationalism (NB: to be
held at 14:00, not 10:00)</p></div><a class="entry-link" href="/upcoming/david/"></a></article>
<article class="post-entry"><header><h2>February 24: Professor Matthieu Queloz (Bern)</h2></header>
<div class="entry-content"><p>Artificial cognition</p></div>
<a class="entry-link" href="/upcoming/matthieu/"></a></article>
<article class="post-entry"><header><h2>March 3: Dr. Luise Müller (FU Berlin)</h2></header>
<div class="entry-content"><p>AI and Agents</p></div><a class="entry-link" href="/upcoming/luise/"></a>
</article></main></body></html>"""


def test_the_series_hour_times_its_talks_and_a_talks_note_moves_its_own() -> None:
    assert readings_on(_SERIES, date(2026, 2, 9)) == [
        ("Total deontic folk relationalism", "2026-02-10T14:00", None),
        ("Artificial cognition", "2026-02-24T10:00", None),
        ("AI and Agents", "2026-03-03T10:00", None),
    ]


def test_real_page_the_series_talks_are_timed_by_the_notice_and_the_note() -> None:
    readings = saved_page_readings("hugo-philtechtalks-home-2026-02")
    assert readings[0] == ("Total deontic folk relationalism", "2026-02-10T14:00", None)
    assert readings[5] == ("Dr. Arianna Manzini (Google DeepMind)", "2026-04-28T10:00", None)
    assert [start[11:] for _, start, _ in readings if start] == ["14:00"] + ["10:00"] * 6


# --- a bare card whose seminar a block of its own tells again with hour and venue ---

_TWICE = """<html><head><title>Network Seminar</title></head><body>
<div class="container"><h2>Network Seminar Series</h2><p>A technical discussion forum.</p></div>
<div class="container upcoming"><h3>Upcoming Seminar</h3><div class="row">
<a href="/seminars/2025-02-17/"><h5>Group testing: A survey</h5></a><p>Prof. Sidharth Jaggi</p>
<p>February 17, 2025 at 5:00 PM (IST)<br>Venue: GJ Hall and Online on Zoom</p></div></div>
<div class="container upcoming"><h3>Upcoming Seminar</h3><div class="row">
<a href="/seminars/2025-02-18/"><h5>Group Testing: Something old, Something new</h5></a>
<p>Prof. Nikhil Karamchandani</p>
<p>February 18, 2025 at 5:00 PM (IST)<br>Venue: Online on Zoom</p></div></div>
<div class="container"><h6>Past Seminars</h6><div class="row">
<div class="col past"><div class="card"><p>#231</p><a href="/seminars/2025-02-18/">
<h6>Group Testing: Something old, Something new</h6></a><p>Prof. Nikhil Karamchandani</p>
<p>February 18, 2025</p></div></div>
<div class="col past"><div class="card"><p>#230</p><a href="/seminars/2025-02-17/">
<h6>Group testing: A survey</h6></a><p>Prof. Sidharth Jaggi</p><p>February 17, 2025</p></div></div>
<div class="col past"><div class="card"><p>#229</p><a href="/seminars/2025-02-11/">
<h6>Redefining Caching for Generative AI</h6></a><p>Dr. Subrata Mitra</p><p>February 11, 2025</p>
</div></div></div></div></body></html>"""


def test_a_bare_card_takes_the_hour_and_venue_of_the_block_telling_it_again() -> None:
    # Only the card nearest the blocks took an hour (the one day the lead told again); none a
    # venue. A card no block tells again keeps its bare day.
    assert readings_on(_TWICE, date(2025, 2, 16)) == [
        ("Group Testing: Something old, Something new", "2025-02-18T17:00", "Online on Zoom"),
        ("Group testing: A survey", "2025-02-17T17:00", "GJ Hall and Online on Zoom"),
        ("Redefining Caching for Generative AI", "2025-02-11", None),
    ]


def test_a_block_of_another_day_or_of_several_days_tells_no_card_again() -> None:
    moved = _TWICE.replace("February 17, 2025 at 5:00 PM", "February 24, 2025 at 5:00 PM")
    assert readings_on(moved, date(2025, 2, 16))[1] == (
        "Group testing: A survey",
        "2025-02-17",
        None,
    )


def test_real_page_the_upcoming_seminars_keep_their_hours_and_venues() -> None:
    readings = saved_page_readings("eleventy-cni-iisc-network-seminars-2025-02")
    by_title = {title: (start, place) for title, start, place in readings}
    assert by_title["Group testing: A survey"] == ("2025-02-17T17:00", "GJ Hall and Online on Zoom")
    assert by_title["Group Testing: Something old, Something new, Something borrowed"] == (
        "2025-02-18T17:00",
        "Online on Zoom",
    )
    assert len(readings) == 8
