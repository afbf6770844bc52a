"""Held-out batch BY (English listings: an NLP group's seminar cards, a biostatistics seminar's
accordion buttons, a mathematics education group's Quarto seminar page): each general cause it
showed, on its real page and on a minimal snippet."""

from __future__ import annotations

from datetime import date

from netdir.extract.block_text import date_like
from netdir.extract.place_lines import names_a_venue_or_address
from netdir.extract.speaker_lines import _AFFILIATED
from netdir.extract.weekly_slot import WeeklySlot, weekly_slot
from tests.extract.realpage_inspect import readings_on, saved_page_readings, saved_page_spans

# --- „📅 Time: 2025/11/12“: the year first, with slashes ---

_CARDS = """<html><body><h1>Seminars</h1><ul>
<div class="paper-box"><div><a href="a.html"><b>Thoughts You Can Trust? Evaluating Explanations</b>
</a><br><br><span>Speaker: Dr. Ada Lovelace</span><br><br><span>📅 Time: 2025/11/12</span></div></div>
<div class="paper-box"><div><a href="b.html"><b>Learning and Data in the Age of LLMs</b></a><br><br>
<span>Speaker: Professor Alan Turing</span><br><br><span>📅 Time: 2025/10/22</span></div></div>
<div class="paper-box"><div><a href="c.html"><b>Extracting Interpretation in Language Models</b></a>
<br><br><span>Speaker: Grace Hopper</span><br><br><span>📅 Time: 2025/10/15</span></div></div>
</ul></body></html>"""


def test_a_year_first_slashed_date_dates_a_card() -> None:
    # The cards were read undated: „2025/11/12“ was no date to the listing's date test.
    assert [(title, start) for title, start, _ in readings_on(_CARDS, date(2026, 6, 20))] == [
        ("Thoughts You Can Trust? Evaluating Explanations", "2025-11-12"),
        ("Learning and Data in the Age of LLMs", "2025-10-22"),
        ("Extracting Interpretation in Language Models", "2025-10-15"),
    ]


def test_a_path_a_season_or_a_bare_post_day_is_no_year_first_date() -> None:
    assert date_like("Time: 2025/11/12") is not None
    assert date_like("2025/11/12 18:00") is not None  # with its clock
    # a blog theme's post day („<time>2024/05/15</time>“ under a news card's summary)
    assert date_like("2024/05/15") is None
    assert date_like("see /archive/2025/11/12/3 for it") is None  # a fourth part runs on
    assert date_like("Season 2024/2025") is None
    assert date_like("2024/25") is None


def test_real_page_a_parish_news_cards_post_days_stay_stamps() -> None:
    # The cards' „<time>2024/05/15</time>“ read as days made the time lines a list of their
    # own, each named by the page's heading; the fest is on the day its summary announces.
    readings = saved_page_readings("hugo-st-marien-aktuelles")
    assert [start for _, start, _ in readings if start] == ["2024-06-15T14:00"]


def test_real_page_the_nlp_groups_seminar_cards_are_dated() -> None:
    readings = saved_page_readings("static-kclnlp-seminars-2026-06")
    assert [start for _, start, _ in readings] == [
        "2025-11-12",
        "2025-10-22",
        "2025-10-15",
        "2025-09-17",
        "2025-07-16",
    ]


# --- „2026-08-17 <br> Dr. X, University of Y <br> <talk>“: the institution after a comma ---

_BUTTONS = """<html><body>
<button class="accordion">2026-08-17 <br> Abhisek Banerjee, University of Missouri Columbia <br>
Fast and Lean: Julia Tools for Omics</button><div class="panel"><p>Modern omics studies …</p></div>
<button class="accordion">2026-05-11 <br> Dr. Ernest Fokoue, Rochester Institute of Technology <br>
Harnessing Generative AI for Statistical Practice</button><div class="panel"><p>The rapid …</p></div>
<button class="accordion">2025-09-22 <br> Ziyi (Zoey) Zhang, University of North Carolina <br>
Supporting Reproducibility and Transparency</button><div class="panel"><p>Data …</p></div>
</body></html>"""


def test_a_speaker_with_the_institution_after_a_comma_names_no_talk() -> None:
    # Each seminar was named by its speaker line; the talk's title is the line after it.
    titles = [title for title, _, _ in readings_on(_BUTTONS, date(2026, 8, 18))]
    assert titles == [
        "Fast and Lean: Julia Tools for Omics",
        "Harnessing Generative AI for Statistical Practice",
        "Supporting Reproducibility and Transparency",
    ]


def test_a_comma_after_a_name_needs_a_place_of_work_after_it() -> None:
    assert _AFFILIATED.match("Se-Ran Jun, Ph.D., University of Arkansas for Medical Sciences")
    assert _AFFILIATED.match(
        "Dr. Deepak Venugopal, Department of Computer Science, The University of Memphis"
    )
    assert not _AFFILIATED.match("Hot Club, Berlin")  # a band and its town
    assert not _AFFILIATED.match("Percussion Night, Bolando, Bollschweil")


def test_real_page_the_biostatistics_seminars_are_named_by_their_talks() -> None:
    readings = saved_page_readings("static-uthsc-biostat-seminars-2026-08")
    assert len(readings) == 19
    assert readings[0] == (
        "Fast and Lean: Julia Tools for High-Dimensional Omics",
        "2026-08-17",
        None,
    )
    assert (
        "Generative AI & Chatbots: The Substitute Who Knew Too Much",
        "2025-04-14",
        None,
    ) in readings


# --- „All seminars are held in <room> on Wednesdays 13:15-14:05.“ ---


def test_a_slot_may_name_the_room_first_and_the_hours_on_the_24_hour_clock() -> None:
    assert weekly_slot(
        "All seminars are held in Wolfson Lecture Theatre 4W 1.7 on Wednesdays 13:15-14:05. "
        "All the talks will be broadcasted live."
    ) == WeeklySlot("wednesday", "13:15-14:05", "Wolfson Lecture Theatre 4W 1.7")
    # a bare number without its minutes is no 24-hour slot
    assert weekly_slot("The club meets in the Village Hall on Tuesdays 8.") is None


_SLOTTED = """<html><body>
<p>All seminars are held in <strong>Wolfson Lecture Theatre 4W 1.7</strong> on
<strong>Wednesdays 13:15-14:05</strong>.</p>
<h2>Previous Seminars</h2>
<section class="talk"><h3><strong>08/10/2025</strong> MathTASK and its Pedagogy</h3>
<p>Speaker: Irene Biza</p></section>
<section class="talk"><h3><strong>19/11/2025</strong> Flipping the Foundations</h3>
<p>Speaker: Robert Wilson</p></section>
<section class="talk"><h3><strong>04/03/2026</strong> Re-engagement Tutorials</h3>
<p>Speaker: Thomas Cottrell</p></section>
</body></html>"""


def test_the_slot_reaches_days_whose_order_the_list_decides() -> None:
    # „08/10/2025“ read as 10 August (a Sunday) kept no slot: the list's „19/11/2025“ says the
    # day comes first, and 8 October 2025 is a Wednesday.
    assert readings_on(_SLOTTED, date(2026, 4, 21)) == [
        ("MathTASK and its Pedagogy", "2025-10-08T13:15", "Wolfson Lecture Theatre 4W 1.7"),
        ("Flipping the Foundations", "2025-11-19T13:15", "Wolfson Lecture Theatre 4W 1.7"),
        ("Re-engagement Tutorials", "2026-03-04T13:15", "Wolfson Lecture Theatre 4W 1.7"),
    ]


def test_real_page_every_seminar_has_the_slots_hours_and_room() -> None:
    spans = saved_page_spans("quarto-prime-bath-seminars-2026-04")
    assert len(spans) == 18
    for _title, start, end, place in spans:
        assert start is not None and start[11:16] == "13:15"
        assert end is not None and end[11:16] == "14:05"
        assert place == "Wolfson Lecture Theatre 4W 1.7"


# --- one upcoming seminar built as the previous ones, all inside a „page-navbar“ container ---


def _seminar(day: str, title: str, speaker: str) -> str:
    """One seminar's section as the Quarto build writes it (logo, speaker, abstract callout)."""
    return (
        f'<section class="level3"><h3 class="anchored"><strong>{day}</strong> {title}</h3>'
        '<div class="columns"><div class="column"><p><img src="logo.png"></p></div>'
        '<div class="column"></div><div class="column">'
        f"<p><strong>Speaker</strong>: <a href='https://x.org/p'>{speaker}</a></p>"
        '<div class="callout callout-note"><div class="callout-header">Abstract</div>'
        '<div class="callout-body"><p>The talk explores how students learn.</p></div></div>'
        "</div></div><hr></section>"
    )


_FURNITURE_PAGE = (
    '<html><body><div id="quarto-content" class="quarto-container page-columns page-navbar">'
    '<main class="content"><section class="level1 unnumbered"><h1>Upcoming Seminars</h1><hr>'
    + _seminar(
        "13/05/2026",
        "Beyond the Mathematics of the Moment: Boundary Crossing Practices in Secondary Schools"
        " and in Higher Education",
        "Evi Papadaki",
    )
    + '</section><section class="level1"><h1>Previous Seminars</h1><div class="panel-tabset">'
    '<ul class="nav nav-tabs"><li><a href="">2025/2026</a></li><li><a href="">2024/2025</a></li>'
    '</ul><div class="tab-content"><div class="tab-pane active">'
    + _seminar("08/10/2025", "MathTASK and its Pedagogy", "Irene Biza")
    + _seminar("19/11/2025", "Flipping the Foundations", "Robert Wilson")
    + '</div><div class="tab-pane">'
    + _seminar("13/11/2024", "Statistical Models For Maths Tests", "Adam Coates")
    + _seminar("20/11/2024", "HEA Fellowships in Maths", "Waleed Ali")
    + "</div></div></div></section></main></div></body></html>"
)


def test_a_lone_upcoming_block_like_the_chosen_ones_counts_in_page_wide_furniture() -> None:
    # The previous seminars' sections were chosen although the page-wide container („…
    # page-navbar“) makes every block furniture; the one upcoming section was passed over as a
    # lone block in furniture (its long title is no heading announcing one event either).
    readings = readings_on(_FURNITURE_PAGE, date(2026, 4, 21))
    assert readings[-1][:2] == (
        "Beyond the Mathematics of the Moment: Boundary Crossing Practices in Secondary Schools"
        " and in Higher Education",
        "2026-05-13",
    )
    assert len(readings) == 5


def test_real_page_the_upcoming_seminar_is_read() -> None:
    readings = saved_page_readings("quarto-prime-bath-seminars-2026-04")
    starts = {start[:10] for _, start, _ in readings if start}
    assert "2026-05-13" in starts


# --- BX's leftover: „Adobe Hills Pool side“ under the potluck's day ---

_HOA_CARDS = """<html><body><h2>Upcoming Events</h2><div>
<section><h2>Special Meeting</h2><time dateTime="April 6, 2023">April 6, 2023 at 7 PM - 8 PM</time>
<p>Adobe Hills Community Room</p></section>
<section><h2>Potluck Lunch</h2><time dateTime="April 9, 2023">April 9, 2023 - April 9, 2023</time>
<p>Adobe Hills Pool side</p></section>
</div></body></html>"""


def test_a_poolside_is_a_place() -> None:
    assert readings_on(_HOA_CARDS, date(2023, 3, 20))[1] == (
        "Potluck Lunch",
        "2023-04-09",
        "Adobe Hills Pool side",
    )
    assert names_a_venue_or_address("Community Pool")
    assert not names_a_venue_or_address("Pool Party")


def test_real_page_the_potluck_is_at_the_pool() -> None:
    readings = saved_page_readings("nextjs-adobe-hills-hoa-home-2023-03")
    assert ("Potluck Lunch", "2023-04-09", "Adobe Hills Pool side") in readings


# --- „<strong>25/03/2026 Distinguished Seminar Series</strong> Oral Assessment …“ ---

_BOLD_DAYS = """<html><body><h2>Seminars</h2>
<section class="talk"><h3><strong>08/10/2025</strong> MathTASK and its Pedagogy</h3>
<p>Speaker: Irene Biza</p></section>
<section class="talk"><h3><strong>19/11/2025</strong> Flipping the Foundations</h3>
<p>Speaker: Robert Wilson</p></section>
<section class="talk"><h3><strong>25/03/2026 Distinguished Seminar Series</strong> Oral Assessment
of Mathematics at University</h3><p>Speaker: Paola Iannone</p></section>
</body></html>"""


def test_words_bold_with_the_day_are_a_label_where_other_rows_bold_the_day_alone() -> None:
    titles = [title for title, _, _ in readings_on(_BOLD_DAYS, date(2026, 4, 21))]
    assert titles[-1] == "Oral Assessment of Mathematics at University"
    assert titles[:2] == ["MathTASK and its Pedagogy", "Flipping the Foundations"]


_BOLD_SENTENCES = """<html><body><h2>Termine</h2>
<p><strong>04.08</strong> Hannover: Vortrag</p>
<p><strong>08.08</strong> Kassel: Workshop</p>
<p><strong>12.08 Onlinecall</strong> for Internationals. Here is the roomlink</p>
</body></html>"""


def test_a_paragraphs_bold_day_and_words_open_its_sentence() -> None:
    # „<strong>12.08 Onlinecall</strong> for Internationals“: the bold words begin the name
    titles = [title for title, _, _ in readings_on(_BOLD_SENTENCES, date(2023, 7, 20))]
    assert not any(title and title.startswith("for Internationals") for title in titles)


def test_real_page_the_distinguished_seminar_is_named_by_its_talk() -> None:
    titles = {title for title, _, _ in saved_page_readings("quarto-prime-bath-seminars-2026-04")}
    assert (
        "Oral Assessment of Mathematics at University and its Role in a Transitions to Proof Course."
        in titles
    )
