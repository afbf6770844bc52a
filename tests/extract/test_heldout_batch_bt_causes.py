"""Held-out batch BT (English listings: a university working group's talks, a homeowners
association's calendar, a volunteer mountain rescue unit's meetings and trainings, an amateur
radio club's calendar): each general cause it showed, on its real page and on a minimal
snippet."""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.bold_name_cells import bold_name_and_place
from netdir.extract.legend_marks import page_marks, without_marks
from netdir.extract.weekly_slot import labelled_day_slot
from netdir.normalize.title_icons import without_leading_icons
from tests.extract.realpage_inspect import (
    readings_on,
    saved_page_readings,
    saved_page_spans,
    spans_on,
)

# --- „<td><b>Skills Night</b> ROC Garage</td><td>Sep 7</td>“: the bold names, the rest says where ---


def _cells(html: str) -> tuple[str, str | None] | None:
    tree = LexborHTMLParser(html)
    return bold_name_and_place([tree.css_first("div.item")])


def test_the_bold_opening_a_rows_first_cell_is_its_name_and_the_words_after_it_the_place() -> None:
    row = '<div class="item"><table><tr><td><b>{}</b> {}</td><td>{}</td></tr></table></div>'
    assert _cells(row.format("Skills Night", "ROC Garage", "Sep 7")) == (
        "Skills Night",
        "ROC Garage",
    )
    # the footnote's star is a mark, „TBD“ says where is not known yet
    assert _cells(row.format("Low Angle *", "TBD", "Oct 3")) == ("Low Angle", None)
    # a folded description after the summary is no part of the cell's line
    folded = row.format(
        "",
        "",
        "May 22-23",
    ).replace(
        "<td><b></b> </td>",
        "<td><details><summary><b>Search Management</b> Bear Valley</summary> We will spend two"
        " days planning and executing a search in rugged terrain. </details></td>",
    )
    assert _cells(folded) == ("Search Management", "Bear Valley")
    # a label, a sentence or a row without a day is no such cell
    assert _cells(row.format("Time:", "7 pm", "Sep 7")) is None
    long_rest = "with our friends from the county who will show us how"
    assert _cells(row.format("Skills Night", long_rest, "Sep 7")) is None
    assert _cells(row.format("Skills Night", "ROC Garage", "members only")) is None


def test_a_mark_the_pages_legend_explains_is_no_part_of_a_name() -> None:
    tree = LexborHTMLParser(
        "<p>'G' marks training events that are open to Guests. Asterisks * mark the core program"
        " for first-year trainees.</p><p id='x'>SAR Basic * G</p>"
    )
    marks = page_marks(tree.css_first("#x"))
    assert marks == frozenset({"G", "*"})
    assert without_marks("SAR Basic * G", marks) == "SAR Basic"
    assert without_marks("Mock SAR G", marks) == "Mock SAR"
    # a letter no legend explains stays: „Plan B“ is a name
    assert without_marks("Plan B", frozenset({"*"})) == "Plan B"
    assert page_marks(LexborHTMLParser("<p id='x'>Plan B</p>").css_first("#x")) == frozenset()


_TRAININGS = """<html><head><title>Calendar of Events</title></head><body>
<h1>Calendar of Events</h1><p>'G' marks training events that are open to Guests.</p>
<h4>Trainings</h4>
<div class="col"><div class="calendar-item"><table><tr><td><b>Skills Night</b> ROC Garage</td>
<td>Sep 7 </td></tr></table></div></div>
<div class="col"><div class="calendar-item"><table><tr><td><details><summary><b>Personal Rock
Skills (PRS) *</b> Indian Springs, North Tahoe</summary> This two day course covers general rock
skills. </details></td><td>Sep 18-20 </td></tr></table></div></div>
<div class="col"><div class="calendar-item"><table><tr><td><b>Low Angle *</b> TBD</td>
<td>Oct 3 </td></tr></table></div></div>
<div class="col"><div class="calendar-item"><table><tr><td><b>Mock SAR G</b> TBD</td>
<td>Oct 13 </td></tr></table></div></div>
</body></html>"""


def test_a_training_row_is_named_by_its_bold_and_placed_by_the_words_after_it() -> None:
    assert readings_on(_TRAININGS, date(2026, 8, 20)) == [
        ("Skills Night", "2026-09-07", "ROC Garage"),
        ("Personal Rock Skills (PRS)", "2026-09-18", "Indian Springs, North Tahoe"),
        ("Low Angle", "2026-10-03", None),
        ("Mock SAR", "2026-10-13", None),
    ]


def test_real_page_the_rescue_units_trainings_are_named_and_placed() -> None:
    rows = saved_page_readings("hugo-bamru-calendar-2026-08")
    assert len(rows) == 33
    assert rows[5] == ("Navigation and Tracking", "2026-08-29", "Bear Valley")
    assert rows[6] == ("Skills Night", "2026-09-07", "ROC Garage")
    assert rows[11] == ("Low Angle", "2026-10-03", None)
    assert rows[26] == ("Medical", "2027-02-27", None)
    assert rows[31] == ("Mock SAR", "2027-06-13", None)
    assert not any("TBD" in (title or "") or "*" in (title or "") for title, _, _ in rows)


# --- „Meeting time: Fridays at 1:30pm“: the slot of every talk, no meeting of its own ---


def test_a_labelled_meeting_time_with_a_single_hour_is_a_weekly_slot() -> None:
    tree = LexborHTMLParser("<p>Meeting time: Fridays at 1:30pm</p>")
    slot = labelled_day_slot(tree.css_first("p"), "Meeting time: Fridays at 1:30pm")
    assert slot is not None
    assert (slot.weekday, slot.hours) == ("fri", "1:30pm")
    # the labelled hours without am/pm of a reading group still read as before
    older = labelled_day_slot(tree.css_first("p"), "Time: Wed. 4-5")
    assert older is not None
    assert (older.weekday, older.hours) == ("wed", "4-5 pm")


_TALKS = """<html><head><title>Working Group</title></head><body><div class="measure">
<h2>IFDS Working Group</h2>
<p>Welcome to the page of the IFDS Working Group.</p>
<p><strong>Meeting time</strong>: Fridays at 1:30pm<br/><strong>Meeting location</strong>: Variable
<strong>Organizers</strong>: <a href="https://example.org/zh">Zaid Harchaoui</a></p>
<h2>Quarter: Fall 2019</h2>
<p><strong>11/15/2019</strong> Mitas Ray, <em>UW</em><br/><a href="https://example.org/a">Welfare
maximization with production costs</a></p>
<p><strong>11/8/2019</strong> Yue Sun, <em>UW</em><br/><a href="https://example.org/b">Escaping
saddle on manifold</a></p>
<p><strong>10/25/2019</strong> Alec Greaves-Tunnell, <em>UW</em><br/><a
href="https://example.org/c">Optimal spectral transportation</a></p>
<p><strong>10/11/2019</strong> Zhaoqi Li, <em>UW</em><br/><a href="https://example.org/d">LanczosNet:
Multi-Scale Deep Graph Convolutional Networks</a></p>
</div></body></html>"""


def test_the_meeting_time_above_the_talks_times_each_and_is_no_row() -> None:
    assert readings_on(_TALKS, date(2020, 11, 12)) == [
        ("Welfare maximization with production costs", "2019-11-15T13:30", None),
        ("Escaping saddle on manifold", "2019-11-08T13:30", None),
        ("Optimal spectral transportation", "2019-10-25T13:30", None),
        ("LanczosNet: Multi-Scale Deep Graph Convolutional Networks", "2019-10-11T13:30", None),
    ]


def test_real_page_the_working_groups_talks_are_at_half_past_one() -> None:
    rows = saved_page_readings("jekyll-uw-ifds-working-group-2019-11")
    assert len(rows) == 20
    assert "Meeting time" not in [title for title, _, _ in rows]
    assert {start[11:] for _, start, _ in rows if start} == {"13:30"}


# --- „Vincent Roulet, <em>UW</em><br/>Iterative …“: the line the list's talks are named on ---

_UNLINKED = _TALKS.replace(
    "</div></body>",
    """<p><strong>5/3/2019</strong><br/>Vincent Roulet, <em>UW</em><br/>Iterative Linearized
Control: Stable Algorithms</p>
<p><strong>11/1/2019</strong> Aravind Rajeswaran, <em>UW</em><br/>Meta Learning with Implicit
Gradients. <a href="https://example.org/f">FTML</a> <a href="https://example.org/i">iMAML</a></p>
</div></body>""",
)


def test_a_row_is_named_on_the_line_the_lists_other_rows_are_named_on() -> None:
    rows = readings_on(_UNLINKED, date(2020, 11, 12))
    assert [title for title, _, _ in rows] == [
        "Welfare maximization with production costs",
        "Escaping saddle on manifold",
        "Optimal spectral transportation",
        "LanczosNet: Multi-Scale Deep Graph Convolutional Networks",
        "Iterative Linearized Control: Stable Algorithms",
        "Meta Learning with Implicit Gradients",
    ]


def test_real_page_the_talks_without_a_link_are_named_by_their_title() -> None:
    titles = [title for title, _, _ in saved_page_readings("jekyll-uw-ifds-working-group-2019-11")]
    assert titles[2] == "Meta Learning with Implicit Gradients"
    assert titles[11] == "Iterative Linearized Control: Stable Algorithms and Complexity Guarantees"
    assert titles[12] == "Learning to Control in Finite Time"
    assert titles[15] == "Learning in Non-Stationary Environments: Near-Optimal Guarantees"
    assert not {"Vincent Roulet", "iMAML", "Lillian Ratliff"} & set(titles)


# --- „📅 August 2026 Operations“ over one card: a month of one card is part of the calendar ---

_CARD = """<div style="border: 1px solid #e0e0e0;"><div style="background: #2e7d32;">📆 {day}</div>
<div><div><h3>{name}</h3><div>🕒 {hour}</div></div><div><a href="https://maps.example/?q=x">📍
<span><strong>Location:</strong> {place}</span></a></div></div></div>"""
_MONTHS = """<html><head><title>Official Club Calendar</title></head><body><main><article><div>
<h2>📅 June 2026 Operations</h2><div style="display: grid;">{june}{june2}</div>
<h2>📅 August 2026 Operations</h2><div style="display: grid;">{august}</div>
<h2>📅 September 2026 Operations</h2><div style="display: grid;">{september}</div>
</div></article></main></body></html>"""


def _club_calendar() -> str:
    place = "Calabash EMS Building, 9031 Beach Dr SW, Calabash, NC 28467"
    return _MONTHS.format(
        june=_CARD.format(
            day="June 10, 2026", name="Monthly Club Meeting", hour="6:00 PM", place=place
        ),
        june2=_CARD.format(
            day="June 27, 2026", name="VE Test Session", hour="9:30 AM", place=place
        ),
        august=_CARD.format(
            day="August 11, 2026", name="Monthly Club Meeting", hour="6:00 PM", place=place
        ),
        september=_CARD.format(
            day="September 16, 2026", name="Monthly Club Meeting", hour="6:00 PM", place=place
        ),
    )


def test_a_month_of_one_card_is_part_of_the_calendars_months() -> None:
    rows = readings_on(_club_calendar(), date(2026, 5, 22))
    assert [(title, start) for title, start, _ in rows] == [
        ("Monthly Club Meeting", "2026-06-10T18:00"),
        ("VE Test Session", "2026-06-27T09:30"),
        ("Monthly Club Meeting", "2026-08-11T18:00"),
        ("Monthly Club Meeting", "2026-09-16T18:00"),
    ]


def test_real_page_the_radio_clubs_lone_cards_are_read() -> None:
    rows = saved_page_readings("hugo-bsarc-club-calendar-2026-05")
    assert len(rows) == 14
    starts = [start for _, start, _ in rows]
    assert "2026-08-11T18:00" in starts
    assert "2026-09-16T18:00" in starts
    assert ("Annual Club Christmas Party", "2026-12-09") in [
        (title, start) for title, start, _ in rows
    ]


# --- „Monthly Club Meeting - Calabash EMS“ at „Calabash EMS Building, …“: the place repeated ---


def test_the_dashed_part_that_opens_the_place_is_cut_from_the_name() -> None:
    dashed = _club_calendar().replace(
        "<h3>Monthly Club Meeting</h3>", "<h3>Monthly Club Meeting - Calabash EMS</h3>"
    )
    rows = readings_on(dashed, date(2026, 5, 22))
    assert [title for title, _, _ in rows] == [
        "Monthly Club Meeting",
        "VE Test Session",
        "Monthly Club Meeting",
        "Monthly Club Meeting",
    ]
    # a dashed part that is not where the meeting is stays in the name
    other = _club_calendar().replace(
        "<h3>VE Test Session</h3>", "<h3>VE Test Session - Technician Exam</h3>"
    )
    assert readings_on(other, date(2026, 5, 22))[1][0] == "VE Test Session - Technician Exam"


def test_real_page_the_club_meetings_are_named_without_their_building() -> None:
    rows = saved_page_readings("hugo-bsarc-club-calendar-2026-05")
    meetings = [row for row in rows if row[0] and "Club Meeting" in row[0]]
    assert len(meetings) == 5
    assert {title for title, _, _ in meetings} == {"Monthly Club Meeting"}
    assert meetings[1][2] == "BEMC HQ, 795 Ocean Hwy, Supply, NC 28462"


# --- „🕒 Starts 9:00 AM“: a clock's icon before the label of the start ---


def test_a_start_label_after_a_clocks_icon_is_the_time_line() -> None:
    field_day = (
        _club_calendar()
        .replace("June 27, 2026", "June 27-28, 2026")
        .replace("9:30 AM", "Starts 9:00 AM")
    )
    spans = spans_on(field_day, date(2026, 5, 22))
    assert spans[1][:3] == ("VE Test Session", "2026-06-27T09:00", "2026-06-28")


def test_real_page_field_day_starts_at_nine() -> None:
    spans = saved_page_spans("hugo-bsarc-club-calendar-2026-05")
    assert ("ARRL Field Day", "2026-06-27T09:00", "2026-06-28") in [span[:3] for span in spans]


# --- „📆 Monthly Club Meeting“: the icon before a name is no part of it ---


def test_the_icons_opening_a_title_are_dropped() -> None:
    assert without_leading_icons("📆 Monthly Club Meeting") == "Monthly Club Meeting"
    assert without_leading_icons("🏕️ ARRL Field Day") == "ARRL Field Day"
    assert without_leading_icons("⚠️ 📚 VE Test Session") == "VE Test Session"
    # an icon that runs into the word, or a title of icons alone, stays as it is
    assert without_leading_icons("🎄Party") == "🎄Party"
    assert without_leading_icons("🎄 🎄") == "🎄 🎄"
    assert without_leading_icons("JARSfest") == "JARSfest"


def test_real_page_the_radio_clubs_titles_carry_no_icons() -> None:
    titles = [title for title, _, _ in saved_page_readings("hugo-bsarc-club-calendar-2026-05")]
    assert titles[2] == "ARRL Field Day"
    assert titles[-1] == "Annual Club Christmas Party"
    assert not [title for title in titles if title and not title[0].isalnum()]


# --- „📍 Location: Southport NC“ beside „🌐 Visit Event Website“: the labelled link is the place ---


def test_the_labelled_map_link_is_the_place_not_its_box_of_links() -> None:
    with_site = _club_calendar().replace(
        "</span></a></div></div></div>",
        '</span></a><a href="https://example.org/parade">🌐 Visit Event Website</a></div></div></div>',
    )
    rows = readings_on(with_site, date(2026, 5, 22))
    assert {place for _, _, place in rows} == {
        "Calabash EMS Building, 9031 Beach Dr SW, Calabash, NC 28467"
    }


def test_real_page_no_place_ends_with_the_events_website_link() -> None:
    rows = saved_page_readings("hugo-bsarc-club-calendar-2026-05")
    assert not [place for _, _, place in rows if place and "Website" in place]
    assert ("4th of July Parade", "2026-07-04T09:00", "Southport NC 28461") in rows
