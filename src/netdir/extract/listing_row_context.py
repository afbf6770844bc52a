"""What a listed row takes from around it: its day from a group header, a month heading, a
calendar's day cell or the day above; its title from the row above, a group label or a lead
sentence; its year from the headings above."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from functools import cache

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.artist_work_titles import artist_and_work
from netdir.extract.block_dates import (
    add_time_cell,
)
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import (
    HEADING_TAGS,
    css_matches,
    names_a_day,
    node_text,
    text_chunks,
)
from netdir.extract.bold_day_paragraphs import SOURCE as PARAGRAPH_BELOW_SOURCE
from netdir.extract.bold_day_paragraphs import name_in_the_paragraph_below
from netdir.extract.calendar_days import (
    PageMonth,
    cell_month_shift,
    day_in_row_above,
    day_of_cell,
    is_month_of_year,
    month_number,
    weekday_days,
)
from netdir.extract.card_heading_titles import name_from_the_cards_heading
from netdir.extract.card_title_lines import named_by_its_card
from netdir.extract.context import PageContext
from netdir.extract.date_cues import (
    DATE_LIKE,
    MONTH_WORD,
    TIME_LIKE,
    YEAR,
)
from netdir.extract.day_column import SOURCE as DAY_COLUMN_SOURCE
from netdir.extract.day_column import day_of_the_day_column
from netdir.extract.day_item_paragraphs import SOURCE as PARAGRAPH_AFTER_SOURCE
from netdir.extract.day_item_paragraphs import name_in_the_paragraph_after
from netdir.extract.day_of_row_before import date_from_the_row_before
from netdir.extract.day_toggle import chosen_day
from netdir.extract.element_siblings import element_siblings
from netdir.extract.heading_hours import hours_of_the_heading
from netdir.extract.heading_item_name import item_name
from netdir.extract.heading_run_years import year_of_the_item
from netdir.extract.heading_year_above import year_heading_above
from netdir.extract.inline_text import visible_text
from netdir.extract.introduced_clocks import performance_clock
from netdir.extract.lead_sentence import (
    is_question,
    lead_of_list,
    names_it_in_full,
    names_only_a_season,
    names_only_the_list,
    page_heading,
    place_below_list,
    points_back,
)
from netdir.extract.list_label_headings import (
    is_day_remark,
    list_label,
    named_above_the_label,
)
from netdir.extract.list_labels import label_above_the_list
from netdir.extract.listing_features import read_block
from netdir.extract.listing_groups import Candidate, Outline, signature
from netdir.extract.marked_year_tabs import MARKED_YEAR, marked_year
from netdir.extract.meeting_lead import meeting_of_the_lead
from netdir.extract.meeting_note_below import meeting_below_the_list
from netdir.extract.month_card_series import named_over_month_cards
from netdir.extract.neighbour_years import give_year
from netdir.extract.one_of_the_named import SOURCE as ONE_OF_THE_NAMED_SOURCE
from netdir.extract.one_of_the_named import one_of_the_named
from netdir.extract.opening_hours_lead import names_one_day, opening_hours_above
from netdir.extract.own_table_labels import labels_of_the_rows_table
from netdir.extract.poster_names import name_of_the_poster
from netdir.extract.relative_days import today_of_heading
from netdir.extract.row_day_cells import cells_before, row_of
from netdir.extract.schedule_titled_posts import named_instead_of_a_schedule_title
from netdir.extract.session_rows import session_of_the_row_above
from netdir.extract.spanning_rows import bare_clock_cell, is_spanning_row
from netdir.extract.start_end_clock_lines import start_and_end_lines
from netdir.extract.status_badge import CALLED_OFF
from netdir.extract.table_cells import table_holding
from netdir.extract.title_text import is_junk_title, title_in_text, without_novelty_mark
from netdir.extract.weekday_month import (
    clock_of_leading_line,
    day_in_month,
    day_of_row,
    place_after_the_clock,
)
from netdir.extract.where_only_rows import where_instead_of_a_name
from netdir.extract.year_rows import WHERE as YEAR_ROW
from netdir.extract.year_rows import year_row_above
from netdir.normalize.when_recurrence import find_recurrence
from netdir.records import RawRecord

# „listing:h2“, „listing:div.termine-content>h2+p h2“: a title taken from a heading
_OWN_HEADING_TITLE = lazy_re.compile(r"[:\s>]h[1-6]$")
_GROUP_HEADER_LEVELS = 3  # containers walked up from a row to find its day header
_GROUP_HEADER_SIBLINGS = 2  # elements looked at before each container
_GROUP_HEADER_CHARS = 60
_GROUP_LABEL_CHARS = 60  # a bold label naming the rows below it; a row's place line is as short
_DAY_SECTION_SIBLINGS = 30  # elements walked back from a heading to its day's heading
_GROUP_HEADER_ROWS = 40  # item rows walked back over to the heading row of their day
# "von 9:30 bis 11 Uhr", "ab 18 Uhr", "10 bis 11:30 Uhr", "2–4 pm": what may lead a time cell's clock.
# „ab ca. 15.00 Uhr“, „um ca. 9 Uhr“: the preposition and the circa both lead it.
_TIME_LEAD = lazy_re.compile(
    r"(?:(?:von|vom|ab|um|gegen|from|at)\s+)?(?:ca\.?|circa|etwa|approx\.?)\s+"
    r"|(?:von|vom|ab|um|gegen|from|at)\s+|\d{1,2}(?:[:.]\d{2})?\s*(?:bis|[-–—]|to)\s*",
    re.I,
)
_TIME_CELL_CHARS = 40
_NAME_AFTER_THE_HOURS = lazy_re.compile(r"\s*[:|]\s+\S")
_RULE_LINE_CHARS = 80  # "First and third Wednesday of every month"; longer is prose
_DAY_ABOVE_ELEMENTS = 300  # elements walked back over (in document order) to a row's day
# An ongoing exhibition listed under each day has no clock time but "laufend".
_ALL_DAY = lazy_re.compile(r"^(?:laufend|ganzt(?:ä|ae)gig|ganztags|all[ -]day|ongoing)$", re.I)
_MONTH_HEADINGS = 2  # headings looked at above a "Wed 18 - Sun 22" row for its month
_OWN_CONTAINER_LEVELS = 3  # a link inside a div inside a cell inside its row
DAY_ROW_SOURCE = "listing:day row above + month heading"
# A timed row dated by a row of its own list that is only a day („Donnerstag, 9. September 2021“).
DAY_LINE_ROW_SOURCE = "listing:day line among the rows"
_TAB_PANE_LEVELS = 6  # a row inside a few builder wrappers inside its tab pane
# A grid cell that only says the day's usual entry is off.
_CANCELLED = lazy_re.compile(r"^(?:" + CALLED_OFF + r")[.!]?$", re.I)


def read_in_context(
    segment: list[LexborNode], base_url: str, candidate: Candidate, outline: Outline | None
) -> BlockReading:
    def heading_before(nearest: bool = False) -> str | None:
        if outline is None:
            return None
        if nearest:  # the nearest heading above, a sibling of the block included
            headings = outline.headings_before(segment[0])[:1]
            return node_text(headings[0]) if headings else None
        above = outline.headings_before(segment[0])[:1]
        if above and named_by_its_card(segment[0], above[0]):
            # „15.6.“ in a teaser's list under the page's far „Sprungmarken“: the teaser's own
            # „<div class="headline">“ names it, the heading heads the teasers.
            return None
        return outline.section_heading(segment[0]) or _heading_over_bare_days(
            segment, candidate, outline
        )

    # The row's own time („19:30 Uhr“), asked by up to three of the readings below: read once.
    row_time = cache(lambda: _row_time(segment))
    # Tables pooled by their class: each row by its own table's header (own_table_labels).
    labels = labels_of_the_rows_table(segment, candidate)
    reading = read_block(segment, base_url, labels, heading_before)
    if reading.sources.get("title", "").endswith(("h1", "h2", "h3", "h4", "h5", "h6")):
        _named_by_artist_and_work(segment, reading)
    # „&nbsp; | &nbsp; | &nbsp; | Robert Heimbach | Investigation of …“ under a dated talk.
    session_of_the_row_above(segment, labels, reading, base_url)
    if _a_list_row(segment, candidate) and (
        where_instead_of_a_name(reading)
        or (
            reading.title is None
            and _bare_days(candidate) >= _BARE_DAY_SHARE * len(candidate.segments)
        )
    ):
        # „Freitag, 17. Jänner 2020, 17:00-19:00 in der VHS Horn“ under „Termine“: the row says
        # when (and where); nothing in it names it.
        _named_by_the_page(reading, outline, heading_before)
    if outline is not None:
        # „<h3>November 2022</h3>“ over „05. November“ under „Flohmarkttermine 2022“: a flea market
        named_over_month_cards(segment, reading, outline)
    if reading.sources.get("title") in _FROM_A_HEADING and outline is not None:
        _named_above_a_list_label(segment, reading, outline)
    elif outline is not None and is_day_remark(reading.title):
        _named_above_a_list_label(segment, reading, outline, remark=True)
    if len(segment) == 1 and (named := name_in_the_paragraph_after(segment[0])) is not None:
        # „<ul><li>25th February 2019</li></ul><p><strong>Composition</strong> – …“: the day's
        # meeting is named below its bulleted day, not by the heading over all the days.
        reading.title = named
        reading.sources["title"] = PARAGRAPH_AFTER_SOURCE
    elif len(segment) == 1 and (named := name_in_the_paragraph_below(segment[0])) is not None:
        # „<p><strong>Montag, 11.7.2022 - 10:00 - 11:00 Uhr</strong></p><p>Science Club - …</p>“:
        # the bold day heads the plain paragraph below it, which names the day's offering.
        reading.title = named
        reading.sources["title"] = PARAGRAPH_BELOW_SOURCE
    if reading.sources.get("title") == "listing:heading-before" and len(segment) == 1:
        _named_by_lead_sentence(segment[0], reading, outline)
    if (
        reading.sources.get("title") == "listing:heading-before"
        and len(segment) == 1
        and reading.date_text
        and (named := one_of_the_named(segment[0])) is not None
    ):
        # „… an einem der Online-Onboardings teilzunehmen:“ over „So 6.11. 10:00-11:30 oder“:
        # each slot is one of what the sentence names, not the heading over the post
        reading.title = named
        reading.sources["title"] = ONE_OF_THE_NAMED_SOURCE
    if (
        reading.title
        and outline is not None
        and outline.page_name
        and _OWN_HEADING_TITLE.search(reading.sources.get("title", "")) is not None
        and names_only_a_season(reading.title)
    ):
        # „<h2>FRÜHJAHR 2027</h2><p>Samstag, 06.03.2027 …</p>“, „<h2>HERBST 2026</h2>“ on a
        # bazaar's dates page: the season heading says when; the site's name says what. (A
        # row's own link „Summer 2025“ names its term's segment, jekyll-nycpact-meetings-2025-09.)
        reading.title = outline.page_name
        reading.sources["title"] = "listing:page title (under a season heading)"
    if reading.title and _SAME_AS_ABOVE.match(reading.title):
        _title_from_row_above(segment[0], reading, base_url, candidate)
    if reading.date_text is None and reading.title is not None:
        _date_from_own_rule(segment, reading, row_time())
    if _without_a_day(reading.date_text) and reading.title is not None:
        # A timetable's row whose date column holds only its hours („9:00 – 10:45 Uhr“ |
        # „Workshops“) is dated by its day's header as a row without a date column is.
        hours = reading.date_text
        reading.date_text = None
        clock = hours or row_time()
        if clock and (day := day_of_the_day_column(segment[0])) is not None:
            # „ | 18:30 | En Avant Dance …“ under „Friday | 12:00 | …“: the day column's day;
            # only a row with its own clock („ | Climbing at Joshua Tree NP“ under a dated row
            # describes that row's trip)
            reading.date_text = f"{day}, {clock}"
            reading.date_leads = True
            reading.sources["date_text"] = DAY_COLUMN_SOURCE
        if reading.date_text is None and outline is not None:
            # „<a href="#day-2" data-bs-toggle="tab">(Mittwoch, 24. Mai)</a>“: the pane that holds
            # the row is that tab's day — before any header above, which may be the tab strip
            # itself, its first tab's day standing for all the panes
            _date_from_tab_label(segment, reading, outline, hours)
        if reading.date_text is None:
            _date_from_group_header(segment, reading)
        if reading.date_text is None and outline is not None:
            _date_from_day_above(segment, reading, outline, row_time())
        if reading.date_text is None:
            # „Um 12 Uhr findet …“ under the row of „am Sonntag, dem 23. August“: that day.
            date_from_the_row_before(segment, reading)
        if reading.date_text is None:
            reading.date_text = hours
    if reading.date_text is None and reading.title_from_heading:
        _date_from_day_section(segment, reading)
    if name_from_the_cards_heading(segment, reading):
        pass  # „<h4>Editing with Ed</h4><h6>25 September 2015</h6><p>An introductory …</p>“
    elif reading.sources.get("title") == "listing:text" and reading.url is None:
        _title_from_group_label(segment, reading)
    elif reading.sources.get("title") == "listing:heading above" and reading.url is None:
        label = label_above_the_list(segment[0])
        if label is not None:
            reading.title = label
            reading.sources["title"] = "listing:bold label above the list"
    # „<a>Termine 2023</a>“ over „Matjes-Essen am 26.05.2023 um 19:00 Uhr …“: the sentence names it.
    named_instead_of_a_schedule_title(reading)
    if outline is not None and reading.title is not None:
        _date_from_month_heading(segment, reading, outline)
    undated = reading.date_text is None or not DATE_LIKE.search(reading.date_text)
    if undated and reading.title is not None and outline is not None:
        _date_from_day_row_above(segment, reading, outline)
        undated = reading.date_text is None or not DATE_LIKE.search(reading.date_text)
    if undated and reading.title is not None and (today := today_of_heading(heading_before())):
        # „Around the World Today“ over rows without a date: each is today's.
        reading.date_text = today
        reading.sources["date_text"] = "listing:day word of the section heading"
        undated = False
    month = outline.month if outline is not None else None
    if undated and reading.title is not None and month is not None:
        # A "Datum" column that holds only the weekday ("Do") names no day yet.
        _date_from_calendar_day(segment, reading, candidate, month)
    if reading.date_text is not None and not TIME_LIKE.search(reading.date_text):
        # „Bibelstunden (Mittwochs, 19:30 Uhr)“ over rows of days: each day at that hour.
        hours = hours_of_the_heading(heading_before(nearest=True))
        if hours is not None and names_a_day(reading.date_text):
            reading.date_text = f"{reading.date_text}, {hours}"
            reading.sources["date_text"] = (
                reading.sources.get("date_text", "listing:") + " + hours of the heading"
            )
    if (
        reading.date_text is not None
        and segment
        and not TIME_LIKE.search(reading.date_text)
        and names_one_day(reading.date_text)
        and (hours := opening_hours_above(segment[0])) is not None
    ):
        # „Wir haben von 11 - 14 Uhr für euch geöffnet“ over counter boxes „26.07“ / „Juli“
        reading.date_text = f"{reading.date_text}, {hours}"
        reading.sources["date_text"] = (
            reading.sources.get("date_text", "listing:") + " + the opening hours above"
        )
    if reading.date_text is not None and (
        not TIME_LIKE.search(reading.date_text) or reading.location_text is None
    ):
        _met_as_the_lead_says(segment, reading)
    return reading


def _named_by_artist_and_work(segment: list[LexborNode], reading: BlockReading) -> None:
    """„<h2>Erna Hürzeler</h2><p class="exhibit-title">Mädesüss trifft Teufelskralle</p>“: the
    artist and the work name the card (``artist_work_titles``); the work's name is no place."""
    named = artist_and_work(segment, reading.title)
    if named is None:
        return
    reading.title, work = named
    reading.sources["title"] += " + the title line below the artist"
    if reading.location_text == work:
        reading.location_text = None
        reading.sources.pop("location_text", None)


def _met_as_the_lead_says(segment: list[LexborNode], reading: BlockReading) -> None:
    """„Wir treffen uns ab 20 Uhr im Garten des Rosenhofs von Mollis.“ above the sections of
    the evenings (``meeting_lead``): a section without its own clock or place meets so."""
    assert reading.date_text is not None
    meeting = meeting_of_the_lead(segment[0]) if segment else None
    if meeting is None and segment:
        # „Treffpunkt Elisabethstraße 17 um 16 Uhr“ under the list of dates (``meeting_note_below``)
        meeting = meeting_below_the_list(segment[0])
    if meeting is None:
        return
    clock, place = meeting
    if not TIME_LIKE.search(reading.date_text) and names_a_day(reading.date_text):
        reading.date_text = f"{reading.date_text}, {clock}"
        reading.sources["date_text"] = (
            reading.sources.get("date_text", "listing:") + " + the lead's meeting clock"
        )
    if reading.location_text is None:
        reading.location_text = place
        reading.sources["location_text"] = "listing:the lead's meeting place"


_FROM_A_HEADING = ("listing:heading-before", "listing:heading above")
_BARE_DAY_CHARS = 60  # „Saturday, November 16, 2024- 9:00 am“: a line that is a day and its hour
_BARE_DAY_SHARE = 0.8  # of the group's blocks that are bare days


def _heading_over_bare_days(
    segment: list[LexborNode], candidate: Candidate, outline: Outline
) -> str | None:
    """„<h1>Meeting Dates</h1>“ in the same box as „<p>Saturday, January 20, 2024 – 9:00 am</p>
    <p>…“: blocks that are each only a day (and its hour), siblings under a heading of their own
    box, are that heading's list (``Outline.heading_over_siblings``). Blocks that say more —
    a meeting page's rows, a card's fields — keep to the section heading."""
    if not _a_bare_day(segment):
        return None
    bare = _bare_days(candidate)
    if bare < _BARE_DAY_SHARE * len(candidate.segments):
        return None  # („Saturday, To be announced – 09:00 am“ among them is no day)
    return outline.heading_over_siblings(segment[0], candidate.segments)


def _bare_days(candidate: Candidate) -> int:
    """How many of the group's blocks are bare days: counted once for the group (every sampled
    row asks; counting per row made a 25,000-row list cost 3.5 CPU-s)."""
    segments = candidate.segments
    known = candidate.bare_days
    if known is not None and known[0] is segments and known[1] == len(segments):
        return known[2]
    bare = sum(1 for block in segments if _a_bare_day(block))
    candidate.bare_days = (segments, len(segments), bare)
    return bare


def _a_bare_day(block: list[LexborNode]) -> bool:
    text = " ".join(node_text(node) or "" for node in block).strip()
    return (
        0 < len(text) <= _BARE_DAY_CHARS
        and DATE_LIKE.search(text) is not None
        and title_in_text(text) is None
    )


# „Meeting Dates“, „Upcoming Meetings“: a list heading that says its days are meetings.
_MEETINGS_WORD = lazy_re.compile(r"\bmeetings?\b", re.I)
# A site name that already says what its days are („Python Meetup Graz“, „Stammtisch …“).
_GATHERING_NAME = lazy_re.compile(r"\b(?:meeting|meetup|treffen|stammtisch|club\s+night)s?\b", re.I)


def _meeting_of(page: str, heading: str) -> str:
    """The days under „Meeting Dates“ on the Savannah River Woodturners' site are the club's
    meetings — „Savannah River Woodturners meeting“: the site's name alone would name the club,
    not what meets on each day. A heading of other days („Weitere Termine“, „Upcoming Events“)
    or a site name that says it already („Python Meetup Graz“) leaves the name as it is."""
    if _MEETINGS_WORD.search(heading) is None or _GATHERING_NAME.search(page):
        return page
    return f"{page} meeting"


def _named_above_a_list_label(
    segment: list[LexborNode], reading: BlockReading, outline: Outline, remark: bool = False
) -> None:
    """„<h2>Leben im All</h2><h3>Aufführungstermine in der Gemeindehalle Kutzenhausen:</h3>“
    over rows of days: the label says what kind of list follows and where; the heading above
    it names the rows (``list_label_headings``). A row titled by its remark on the day
    („15.05.2027 Pfingstsamstag“, ``remark``) is named so too; the remark describes it."""
    if not remark and list_label(reading.title) is None:
        return
    named = named_above_the_label(outline.headings_before(segment[0]))
    if named is None:
        return
    if remark and reading.description is None:
        reading.description = reading.title
    reading.title = item_name(named.name)
    reading.sources["title"] = "listing:heading above the list's label"
    if named.place and reading.location_text is None:
        reading.location_text = named.place
        reading.sources["location_text"] = "listing:place in the list's label"


def _title_from_row_above(
    block: LexborNode, reading: BlockReading, base_url: str, candidate: Candidate
) -> None:
    """ "13.03.2005 | siehe oben | siehe oben | St. Pauli-Kirche": the programme of the row
    above (across spacer rows and other repeats), given again on another day and place."""
    above = block.prev
    for _ in range(_ROWS_ABOVE):
        while above is not None and (above.is_text_node or not node_text(above)):
            above = above.prev
        if above is None:
            return
        title = read_block([above], base_url, labels_of_the_rows_table([above], candidate)).title
        if title and not _SAME_AS_ABOVE.match(title):
            reading.title = title
            reading.sources["title"] = "listing:row above (same as above)"
            return
        above = above.prev


# A list's own row: an item of a list or a paragraph or box of its own — not a table row (its
# columns name it, a blank name cell continues the row above or leaves the day empty), not a
# fragment inside a row (a date element of an event's line).
_LIST_ROW_TAGS = frozenset({"li", "p", "div", "dd"})


def _a_list_row(segment: list[LexborNode], candidate: Candidate) -> bool:
    """One block among siblings all of its own kind in the list's one container (the items of
    a ``ul``): a block beside other kinds of siblings (a card's date box beside its title box),
    or pooled from many containers (each card's date line), is a field of its card."""
    if len(segment) != 1 or segment[0].tag not in _LIST_ROW_TAGS or segment[0].parent is None:
        return False
    if len(candidate.containers) != 1:
        return False
    tag = segment[0].tag
    return all(sibling.tag == tag for sibling in segment[0].parent.iter(include_text=False))


def _named_by_the_page(
    reading: BlockReading, outline: Outline | None, heading_before: Callable[..., str | None]
) -> None:
    """A dated row that names nothing („Freitag, 31. August 2018, 17:00-19:00“) under a heading
    that only says dates follow („Termine“, „Weitere Termine“): a group's own page lists its own
    sessions — the site's name in the document title names them (a heading that names
    something titles such rows elsewhere, ``block_text_titles``)."""
    if reading.title is not None or not reading.date_text or outline is None:
        return
    heading = heading_before()
    if not outline.page_name or heading is None or not names_only_the_list(heading):
        return
    reading.title = _meeting_of(outline.page_name, heading)
    reading.sources["title"] = "listing:page title (dated rows under a list-of-dates heading)"


def _named_by_lead_sentence(
    block: LexborNode, reading: BlockReading, outline: Outline | None
) -> None:
    """A bare day ("7. Januar") under "Das Repair Café Datteln findet … jeweils von 14 bis 17
    Uhr statt": the lead sentence above the list names the offering and its hours, not the
    heading ("Reparaturtermine 2023") — unless the heading holds the lead's name and says more
    of it („Aspach Cup 2026/2027“ over „Unser Aspach Cup findet an zwei Wochenenden statt.“),
    then the heading is the fuller name; a lead whose subject only points back („Die Gruppe
    findet … statt“) leaves the naming to the page's h1. Under a question ("Wann treffen wir uns?") with no
    name in the lead, the days are the meetings of the page's own group: the site's name
    titles them ("Code for Düsseldorf")."""
    container = block.parent
    lead = lead_of_list(container) if container is not None else None
    if (
        lead is not None
        and lead.name is not None
        and points_back(lead.name)
        and outline is not None
        and (subject := page_heading(outline.headings))
    ):
        # „Die Gruppe findet … statt“: the group the page's h1 names
        reading.title = subject
        reading.sources["title"] = "listing:page heading (the lead sentence points back to it)"
    elif lead is not None and lead.name is not None:
        if reading.title is None or not names_it_in_full(reading.title, lead.name):
            reading.title = lead.name
            reading.sources["title"] = "listing:lead sentence above"
    elif reading.title and is_question(reading.title) and outline and outline.page_name:
        reading.title = outline.page_name
        reading.sources["title"] = "listing:page title (under a question heading)"
    elif (
        reading.title
        and names_only_the_list(reading.title)
        and (poster := name_of_the_poster(block))
    ):
        # „Past Events“ over a card of a poster „speed_friending_2021.png“ (no alt) and its
        # „When: April 9, 2021 @ 6-8PM“: the poster names the card, not the site
        reading.title = poster
        reading.sources["title"] = "listing:the card's poster file (under a list-of-dates heading)"
    elif reading.title and names_only_the_list(reading.title) and outline and outline.page_name:
        # „Weitere Termine“ over „3. März 2005“, „7. April 2005“ …: the days of the page's own
        # group (its name in the document title), as under a question heading.
        reading.title = _meeting_of(outline.page_name, reading.title)
        reading.sources["title"] = "listing:page title (under a list-of-dates heading)"
    if reading.location_text is None and container is not None:
        place = place_below_list(container)
        if place is not None:
            reading.location_text = place
            reading.sources["location_text"] = "listing:address below the list"
    if lead is None:
        return
    if lead.place is not None and reading.location_text is None:
        reading.location_text = lead.place  # „Die Gruppe findet … als Zoom-Meeting … statt“
        reading.sources["location_text"] = "listing:lead sentence above (its video service)"
    if lead.hours is not None and reading.date_text and not TIME_LIKE.search(reading.date_text):
        reading.date_text = f"{reading.date_text} {lead.hours}"
        reading.sources["date_text"] = reading.sources.get("date_text", "listing:") + "+hours:lead"


def _date_from_month_heading(
    segment: list[LexborNode], reading: BlockReading, outline: Outline
) -> None:
    """ "Wed 18 - Sun 22 | NW Flower & Garden Festival 2026" under the heading "February 2026":
    the row names its days only by weekday and number, the nearest heading above names the
    month and year. A note the row had as its date ("(Ends May 3)") stays after them."""
    chunks = text_chunks(segment)[:2]
    days = next((chunk for chunk in chunks if weekday_days(chunk)), None)
    if days is None:
        return
    for heading in outline.headings_before(segment[0])[:_MONTH_HEADINGS]:
        text = node_text(heading) or ""
        if is_month_of_year(text):
            note = f" {reading.date_text}" if reading.date_text else ""
            reading.date_text = f"{days} {text}{note}"
            reading.date_leads = True
            reading.sources["date_text"] = f"listing:day + month:{heading.tag} above"
            return


def _date_from_tab_label(
    segment: list[LexborNode], reading: BlockReading, outline: Outline, hours: str | None
) -> None:
    """A timetable's row inside a tab pane whose day only its tab says: the strip „<a
    href="#pane-0" data-toggle="tab">Montag, 02.03.2020</a>“ over „<div id="pane-0"
    class="tab-pane">“ rows „13:30 – 17:00 | Workshop 1a …“. The nearest pane around the row
    that an in-page link names with a day gives that day, before the row's hours."""
    node = segment[0].parent
    for _ in range(_TAB_PANE_LEVELS):
        if node is None or node.tag in ("body", "html"):
            return
        label = outline.tab_labels.get(node.attributes.get("id") or "")
        if label is not None:
            if len(label) <= _GROUP_HEADER_CHARS and names_a_day(label):
                # the row's hours in a column of their own („<p><strong>13:30 – 17:00“)
                hours = hours or _hours_beside(segment, node)
                reading.date_text = f"{label}, {hours}" if hours else label
                reading.date_leads = True
                reading.sources["date_text"] = "listing:tab label of the pane"
            return
        node = node.parent


def _hours_beside(segment: list[LexborNode], pane: LexborNode) -> str | None:
    """A timetable row's hours: its own first lines („<p><strong>13:30 – 17:00“), or the
    column before the column that holds the session (the row's hours beside its sessions)."""
    own = next((chunk for chunk in text_chunks(segment)[:2] if is_time_cell(chunk)), None)
    if own is not None:
        return own
    node: LexborNode | None = segment[0]
    own = signature(segment[0])
    while node is not None and node.mem_id != pane.mem_id:
        before = next(
            (
                e
                for e in element_siblings(node, "prev")
                if e.text(strip=True) and signature(e) != own
            ),
            None,
        )  # the sessions beside it in the same column are skipped
        if before is not None:
            text = visible_text(before).strip()
            return text if len(text) <= _TIME_CELL_CHARS and is_time_cell(text) else None
        node = node.parent
    return None


def _date_from_day_row_above(
    segment: list[LexborNode], reading: BlockReading, outline: Outline
) -> None:
    """A month grid's event cell under its week's row of day numbers, the grid under a month
    heading („<h4>April</h4>“; its year, if the heading has none, is the one nearest the day
    the page was read, as for any yearless day): that day of that month, before the cell's own
    hours („15-18 Uhr“)."""
    found = day_in_row_above(segment[0])
    if found is None:
        return
    day, shift = found
    month = next(
        (
            number
            for heading in outline.headings_before(segment[0])[:_MONTH_HEADINGS]
            if (number := _month_of_heading(node_text(heading) or "")) is not None
        ),
        None,
    )
    if month is None:
        return
    chunks = text_chunks(segment)
    if len(chunks) == 1 and _CANCELLED.match(chunks[0]):
        return  # „entfällt“ in the cell of a weekly evening: no entry that day
    number = (month - 1 + shift) % 12 + 1
    hours = next((f" {chunk}" for chunk in chunks if is_time_cell(chunk)), "")
    reading.date_text = f"{day:02d}.{number:02d}.{hours}"
    reading.date_leads = True
    reading.sources["date_text"] = DAY_ROW_SOURCE


def _month_of_heading(text: str) -> int | None:
    """The month a grid's heading names alone („April“, „Mai“)."""
    text = text.strip()
    return month_number(text) if MONTH_WORD.match(text) else None


def _date_from_calendar_day(
    segment: list[LexborNode], reading: BlockReading, candidate: Candidate, month: PageMonth
) -> None:
    """ "Di | 1 | 15:02 | Sitzung …" or a grid cell "07" above its meetings: the row's day of
    the month the page shows. A row whose day cell is empty ("sameday") is on the day above."""
    chunks = text_chunks(segment)
    found = day_of_row(chunks, month)
    where = "day"
    shift = 0
    if found is None:
        day = day_of_cell(segment[0])
        found = (day, None) if day is not None else None
        where = "cell"
        shift = cell_month_shift(segment[0], day) if day is not None else 0
    if found is None and (before := cells_before(segment[0])):
        # „4 Fr | 4 | Fr | Kinder- und Jugendbeirat · 18:00 Uhr“: a meeting read inside its
        # row's meeting cell, the row's day in the cells before it.
        found = day_of_row(before, month)
        where = "day cells of the row"
    if found is not None:
        day, weekday = found
        year, number = month.year, month.month + shift
        if number < 1 or number > 12:  # the grid's December before January, or after it
            year, number = year + (1 if number > 12 else -1), 12 if number < 1 else 1
        try:
            date(year, number, day)
        except ValueError:
            return
        text = f"{day:02d}.{number:02d}.{year}"
        candidate.last_day = f"{weekday}, {text}" if weekday else text
    elif candidate.last_day is not None and _first_cell_empty(row_of(segment[0]) or segment[0]):
        where = "row above"
    else:
        return
    if candidate.last_day is None:
        return
    reading.date_text = candidate.last_day
    reading.date_leads = True
    reading.sources["date_text"] = f"listing:{where} + month:{month.where}"
    if not add_time_cell(segment, reading) and (clock := clock_of_leading_line(chunks)):
        reading.date_text = f"{reading.date_text}, {clock}"
        if reading.location_text is None and (place := place_after_the_clock(chunks)):
            reading.location_text = place
            reading.sources["location_text"] = "listing:after the clock"


def _first_cell_empty(row: LexborNode) -> bool:
    if row.tag != "tr":
        return False
    first = next(iter(row.iter(include_text=False)), None)
    return first is not None and first.tag == "td" and not first.text(strip=True)


def own_container(block: LexborNode, candidate: Candidate) -> LexborNode | None:
    """The largest element around ``block`` (a few levels up) that holds no other block of its
    group: a meeting's table cell or row around the link that names it."""
    if candidate.own_containers is None:
        counts: dict[int, int] = defaultdict(int)
        for segment in candidate.segments:
            node = segment[0].parent
            for _ in range(_OWN_CONTAINER_LEVELS):
                if node is None or node.tag in ("body", "html"):
                    break
                counts[node.mem_id] += 1
                node = node.parent
        candidate.own_containers = counts
    found = None
    node = block.parent
    for _ in range(_OWN_CONTAINER_LEVELS):
        if node is None or candidate.own_containers.get(node.mem_id, 0) != 1:
            break
        found = node
        node = node.parent
    return found


def _date_from_group_header(segment: list[LexborNode], reading: BlockReading) -> None:
    """Rows under a day header ("Do 01.01.2026" above a list whose rows say "10:00 Uhr", or a
    heading row "August 1, 2025" between the rows of one table): the header's day, joined
    with the row's own time. Rows without a time of their own (agenda items, documents) stay
    undated; "laufend"/"ganztägig" counts as a time (an ongoing exhibition listed that day)."""
    chunks = [without_novelty_mark(chunk) for chunk in text_chunks(segment)]
    times = [chunk for chunk in chunks if is_time_cell(chunk)]
    times = times or [chunk for chunk in chunks if _ALL_DAY.match(chunk)]
    block = segment[0]
    if not times and chunks and _AT_THE_SAME_TIME.match(chunks[0]):
        # „parallel | Pressekonferenz …“ under „12.00 Uhr | Mittagspause“: the row above's time
        times = [time] if (time := _time_of_the_row_before(block)) is not None else []
    # „18.00“ opening a table row: a clock only under a day row spanning the table
    bare = None if times else bare_clock_cell(block)
    if not times and bare is None:
        return  # only a row that states its own time takes its day from a header
    time = bare or (times[0] if is_time_cell(times[0]) else None)
    own = signature(block)
    own_spans = is_spanning_row(block)
    for sibling in element_siblings(block, "prev", _GROUP_HEADER_ROWS):
        if bare is None and signature(sibling) == own and is_a_day_row(sibling):
            # „<p><strong>Donnerstag, 9. September 2021</strong></p>“ among the „<p>9:00-13:00
            # Uhr: Aktionstraining</p>“ rows: a row that is only a day heads the timed rows after
            # it, before a date further out (the post's own date above the text) would.
            _take_header_day(sibling, time, reading)
            reading.sources["date_text"] = DAY_LINE_ROW_SOURCE
            return
        # the first other element above, or a day row across the table: a header, or nothing
        # (a row framed in one wide cell, like the rows of its list, spans as they all do)
        spanning = is_spanning_row(sibling) and not own_spans
        if signature(sibling) != own or spanning:
            if bare is None or spanning:
                _take_header_day(sibling, time, reading)
            if reading.date_text is not None or bare is not None:
                return
            break
    container = block.parent
    for _ in range(_GROUP_HEADER_LEVELS):
        if container is None or container.tag in ("body", "html"):
            return
        for sibling in element_siblings(container, "prev", _GROUP_HEADER_SIBLINGS):
            _take_header_day(sibling, time, reading)
            if reading.date_text is not None:
                return
        container = container.parent


def is_a_day_row(row: LexborNode) -> bool:
    """A sibling row whose whole text is a short day with its weekday or year („Donnerstag,
    9. September 2021“), without a time or a name: a day line heading the rows below it."""
    text = visible_text(row).strip()
    return (
        0 < len(text) <= _GROUP_HEADER_CHARS
        and _is_only_a_day(text)
        and not TIME_LIKE.search(text)
        and bool(_WEEKDAY_OR_YEAR.search(text))
    )


# A day line names its weekday or its year: „Donnerstag, 9. September 2021“, „Sa 14.02.“, not a
# bare „9. September“ that may be a row's own short date.
_WEEKDAY_OR_YEAR = lazy_re.compile(
    r"\b(?:(?:mo|di|mi|do|fr|sa|so)(?:\.|\b)|montag|dienstag|mittwoch|donnerstag|freitag|"
    r"samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"(?:19|20)\d\d)",
    re.I,
)


def _date_from_own_rule(segment: list[LexborNode], reading: BlockReading, time: str | None) -> None:
    """A card whose date line is a rule ("Every Friday", "First and third Wednesday of every
    month") above its time (``time``, "2:00 - 3:00pm") is dated by them: it must not borrow the
    day of a card above it (the day-above and group-header readings would)."""
    if time is None:  # only a timed card borrows a day from above
        return
    chunks = text_chunks(segment)
    rule = next(
        (c for c in chunks if len(c) <= _RULE_LINE_CHARS and find_recurrence(c) is not None), None
    )
    if rule is None or (
        reading.title is not None and (rule in reading.title or reading.title in rule)
    ):
        return
    reading.date_text = rule if time in rule else f"{rule}, {time}"
    reading.sources["date_text"] = "listing:rule line"


def _date_from_day_above(
    segment: list[LexborNode], reading: BlockReading, outline: Outline, time: str | None
) -> None:
    """A row with only its time (``time``, "11:00 a.m." | "Ghost") in a layout that wraps each
    row in its own boxes, the day ("February 15") in a short element above the first row of the
    day, several boxes away: the nearest such element before the row in document order."""
    position = outline.order.get(segment[0].mem_id)
    if time is None or position is None:
        return
    own_rank = _heading_rank(segment)
    for node in reversed(outline.nodes[max(0, position - _DAY_ABOVE_ELEMENTS) : position]):
        text = visible_text(node)
        # „<h2>Programm</h2>“ (a heading above the rows' own that is no day): another section
        # begins there, and a day further up („<b>Dienstag, 23.05.</b>“) is another event's.
        outranks = node.tag in HEADING_TAGS and int(node.tag[1]) < own_rank
        if len(text) > _GROUP_HEADER_CHARS or not text:
            if outranks:
                return
            continue
        if _in_a_table_beside(node, segment[0]):
            # „05.04.03“, the last row of a club's dated table, above its next table „Termine
            # wöchentlich:“ of hours and weekly rules („20.00 Uhr | … | jeden Mittwoch …“): the
            # day of another table's row dates none of this table's rows.
            return
        if _is_only_a_day(text):
            _take_header_day(node, time, reading)
            if reading.date_text is not None:
                reading.sources["date_text"] = f"listing:{node.tag} before"
            return
        if (day := _day_of_a_labelled_day(text)) is not None:
            # „<h2>WORKSHOP DAY - FRIDAY, SEPTEMBER 21</h2>“ over the day's rows of hours: the
            # heading names the day under its label.
            reading.date_text = f"{day}, {time}"
            reading.date_leads = True
            reading.sources["date_text"] = f"listing:{node.tag} before (labelled day)"
            return
        # „Fr 17.“ over a programme's rows: that day of the month the weekdays confirm
        month = outline.month
        day = day_in_month(text, month) if month is not None else None
        if day is not None and month is not None:
            reading.date_text = f"{day}, {time}"
            reading.date_leads = True
            reading.sources["date_text"] = f"listing:{node.tag} before + month:{month.where}"
            return
        if outranks:
            return


def _in_a_table_beside(node: LexborNode, row: LexborNode) -> bool:
    """Whether ``node`` stands in a table other than the one holding ``row``, neither table
    inside the other (a layout table around a day heading and the rows' own table stays one)."""
    theirs = table_holding(node)
    ours = table_holding(row.parent)
    if theirs is None or ours is None or theirs.mem_id == ours.mem_id:
        return False
    return not (_holds(theirs, ours) or _holds(ours, theirs))


def _holds(outer: LexborNode, inner: LexborNode) -> bool:
    """Whether ``inner`` stands inside ``outer``."""
    node = inner.parent
    while node is not None:
        if node.mem_id == outer.mem_id:
            return True
        node = node.parent
    return False


def _heading_rank(segment: list[LexborNode]) -> int:
    """The rank of the row's own highest heading (2 for an ``<h2>``), 7 when it has none."""
    headings = ",".join(HEADING_TAGS)
    nodes = [n for node in segment for n in (node, *css_matches(node, headings))]
    ranks = [int(n.tag[1]) for n in nodes if n.tag in HEADING_TAGS]
    return min(ranks, default=7)


def _without_a_day(date_text: str | None) -> bool:
    """No date yet, or only hours („9:00 – 10:45 Uhr“) that still need their day."""
    return date_text is None or (is_time_cell(date_text.strip()) and not names_a_day(date_text))


def _date_from_day_section(segment: list[LexborNode], reading: BlockReading) -> None:
    """A day's programme: „<h2>Dienstag, 10. März 2015</h2>“ over „<h3>Publikationsworkshop
    </h3><p>…</p>“, „<h3>Methodenworkshop …</h3><p>…</p>“. A block named by its own heading,
    without a date of its own, lies in the day that the section's higher heading names (its
    sibling above, over the blocks of that day)."""
    first = segment[0]
    if first.tag not in HEADING_TAGS:
        return
    rank = HEADING_TAGS.index(first.tag)
    for sibling in element_siblings(first, "prev", _DAY_SECTION_SIBLINGS):
        if sibling.tag not in HEADING_TAGS or HEADING_TAGS.index(sibling.tag) >= rank:
            continue
        text = node_text(sibling) or ""
        if len(text) <= _GROUP_HEADER_CHARS and _is_only_a_day(text):
            reading.date_text = text
            reading.date_leads = True
            reading.sources["date_text"] = f"listing:{sibling.tag} section"
        return


def _row_time(segment: list[LexborNode]) -> str | None:
    chunks = [without_novelty_mark(chunk) for chunk in text_chunks(segment)]
    # „19:00 | Einführung“ before „19:30 -<br>22:45 | DON GIOVANNI“: the performance's clocks.
    paired = performance_clock(chunks, is_time_cell)
    if paired is not None:
        return paired
    # „Communitytreffen“ / „7:00 PM“ / „10:00 PM“: the start's line and the end's below it
    if (hours := start_and_end_lines(chunks)) is not None:
        return hours
    own = next((chunk for chunk in chunks if is_time_cell(chunk)), None)
    if own is None and chunks and _AT_THE_SAME_TIME.match(chunks[0]):
        return _time_of_the_row_before(segment[0])
    return own


# „12.00 Uhr | Mittagspause“ then „parallel | Pressekonferenz auf gesonderte Einladung“: a row
# whose time cell says it runs alongside the row above starts when that row starts.
_AT_THE_SAME_TIME = lazy_re.compile(
    r"^(?:parallel|parallel\s+dazu|gleichzeitig|zeitgleich|"
    r"simultaneously|concurrently|in\s+parallel)\W*$",
    re.I,
)
_ROWS_BEFORE = 3  # a spacer row or two may stand between


def _time_of_the_row_before(row: LexborNode) -> str | None:
    """The own time of the nearest row before ``row`` that states one."""
    for sibling in element_siblings(row, "prev", _ROWS_BEFORE):
        time = next((c for c in text_chunks([sibling]) if is_time_cell(c)), None)
        if time is not None:
            return time
    return None


def is_time_cell(chunk: str) -> bool:
    """A row's own time: "19:30 Uhr", "7:00 p.m.", or a short span led by a preposition or by
    the hour it starts ("von 9:30 bis 11 Uhr", "ab 18 Uhr", "10 bis 11:30 Uhr")."""
    if TIME_LIKE.match(chunk):
        return True
    lead = _TIME_LEAD.match(chunk)
    time = TIME_LIKE.match(chunk, lead.end()) if lead is not None else None
    if time is None:
        return False
    # „11 - 16 Uhr : Schlaraffisches Golftournier“: hours that open the line and a colon or bar
    # before the name are the row's time however long the name, as „19 Uhr : Atzung …“ is.
    return len(chunk) <= _TIME_CELL_CHARS or bool(_NAME_AFTER_THE_HOURS.match(chunk, time.end()))


# „10 – 12 Uhr“, „19:30 Uhr“, „14:00–17:00“: a line that opens with its hours (one „Uhr“ may
# close the range).
_OPENING_HOURS = lazy_re.compile(
    r"^(?:\d{1,2}(?:[:.]\d{2})?\s*(?:uhr\s*)?[-–—]\s*)?\d{1,2}(?:[:.]\d{2}\s*(?:uhr)?|\s*uhr)\b",
    re.IGNORECASE,
)


_CLOCK_BADGE = lazy_re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*uhr)?", re.IGNORECASE)


def timed_card_under_a_day(node: LexborNode, outline: Outline) -> bool:
    """A card with its own heading over a line that opens with its hours („<h1>Deadfaces</h1>
    <p>11 – 18 Uhr | Horror</p>“), or beside a badge that is only its clock (a timeline's
    „<div>14:30</div>“ before „<h3>Fassanstich mit Freibier</h3>“), below a short element that
    is only a day („<p><em>28. August 2021</em></p>“ under „<h2>Samstag</h2>“, a day toggle's
    button): a round of that day's programme, useful to a list though it has no link and no day
    of its own (``_date_from_day_above`` dates it)."""
    heading = node.css_first("h1, h2, h3, h4, h5, h6")
    if heading is None or not TIME_LIKE.search(node.text() or ""):
        return False
    chunks = text_chunks([node])
    name = node_text(heading) or ""
    if name not in chunks:
        return False
    at = chunks.index(name)
    after = chunks[at + 1 :]
    # „<div class="rounded-full">14:00</div>“ beside the card's heading: a timeline's clock badge
    badge = at == 1 and _CLOCK_BADGE.fullmatch(chunks[0]) is not None
    if not badge and (
        not after or _OPENING_HOURS.match(after[0]) is None or DATE_LIKE.search(after[0])
    ):
        return False
    position = outline.order.get(node.mem_id)
    if position is None:
        return False
    for above in reversed(outline.nodes[max(0, position - _DAY_ABOVE_ELEMENTS) : position]):
        text = visible_text(above)
        if text and len(text) <= _GROUP_HEADER_CHARS and _is_only_a_day(text):
            return True
    return False


def _is_only_a_day(text: str) -> bool:
    """A short text that is only a day ("February 15", "Sa 14.02.")."""
    return names_a_day(text) and is_junk_title(text)


# „WORKSHOP DAY - FRIDAY, SEPTEMBER 21“, „Tag 2: Samstag, 22. September“, „Konferenztag –
# 22.09.“: a programme's day heading, its label (a word for „day“ in it) before the day.
_LABELLED_DAY = lazy_re.compile(
    r"^(?P<label>(?:[^\W\d]+\s+){0,2}(?:day|tag)(?:\s+\d{1,2})?"
    r"|(?:[^\W\d]+\s+){0,2}[^\W\d]+tag(?:\s+\d{1,2})?|\d{1,2}\.\s+tag)"
    r"\s*[-–—:|]\s*(?P<day>\S.*)$",
    re.IGNORECASE,
)


def _day_of_a_labelled_day(text: str) -> str | None:
    """The day of a short day heading under a label („WORKSHOP DAY - FRIDAY, SEPTEMBER 21“ →
    „FRIDAY, SEPTEMBER 21“), or None."""
    if len(text) > _GROUP_HEADER_CHARS:
        return None
    match = _LABELLED_DAY.match(text.strip())
    if match is None or not _is_only_a_day(match["day"]):
        return None
    return match["day"]


def _title_from_group_label(segment: list[LexborNode], reading: BlockReading) -> None:
    """Rows of date, time and place under a bold label ("<p><b>Vorstandssitzungen</b></p>"
    above "Do. 13.04.2023" / "20 Uhr" / "Kita im Treff"): the label names the meetings and the
    row's own short line is their place."""
    if reading.date_text is None or reading.location_text is not None or reading.title is None:
        return
    if len(reading.title) > _GROUP_LABEL_CHARS:
        return
    if _named_on_its_date_line(segment, reading.title):
        return  # „Kekse backen | Samstag den 16. November | Beginn: 15:00 Uhr“: the row's name
    block = segment[0]
    own = signature(block)
    for sibling in element_siblings(block, "prev", _GROUP_HEADER_ROWS):
        if signature(sibling) == own:
            continue
        label = _group_label(sibling)
        if label is not None:
            reading.location_text = reading.title
            reading.sources["location_text"] = reading.sources["title"]
            reading.title = label
            reading.sources["title"] = f"listing:{sibling.tag} label above"
        return


def _named_on_its_date_line(segment: list[LexborNode], title: str) -> bool:
    """The row's title opens the line that holds its day: it names the row, a place would stand
    on a line of its own."""
    return any(
        chunk.startswith(title) and DATE_LIKE.search(chunk, len(title))
        for chunk in text_chunks(segment)
    )


def _group_label(node: LexborNode) -> str | None:
    """The text of an element that is only a bold label or a low heading, without a date."""
    if node.tag in ("h4", "h5", "h6"):
        label_node: LexborNode | None = node
    else:
        children = [child for child in node.iter() if child.is_element_node]
        text_outside = "".join(
            child.text_content or "" for child in node.iter(include_text=True) if child.is_text_node
        ).strip()
        if len(children) != 1 or children[0].tag not in ("b", "strong") or text_outside:
            return None
        label_node = children[0]
    text = node_text(label_node) if label_node else None
    if not text or len(text) > _GROUP_LABEL_CHARS or DATE_LIKE.search(text) or is_junk_title(text):
        return None
    if states_hours(text):
        return None  # „<p><strong>Beginn: 19.30 Uhr</strong></p>“: the row above's hours
    return text


# „Beginn:“, „Einlass:“, „Uhrzeit:“ — a word and a colon before a time cell.
_HOURS_LABEL = lazy_re.compile(r"^[^\W\d_]{2,20}\s*:\s*")


def states_hours(text: str) -> bool:
    """A bold line that is hours, bare or labelled („10.00 - 18.00 Uhr“, „Beginn: 19.30 Uhr“,
    „Beginn: 19.30 Uhr - Veltlinersaal“): the last line of the row above in a flat run of
    heading, name and lines, not a label naming the rows below it."""
    return is_time_cell(_HOURS_LABEL.sub("", text.strip(), count=1))


def _take_header_day(header: LexborNode, time: str | None, reading: BlockReading) -> None:
    text = chosen_day(header) or node_text(header) or ""
    if len(text) <= _GROUP_HEADER_CHARS and names_a_day(text):
        reading.date_text = f"{text}, {time}" if time else text
        reading.date_leads = True
        reading.sources["date_text"] = f"listing:{header.tag} above"


#: How many rows up a "siehe oben" looks for the row it repeats (repeats may follow repeats).
_ROWS_ABOVE = 8
# "siehe oben", "wie oben", "s. o.", "dto.", "ditto": the cell repeats the row above.
_SAME_AS_ABOVE = lazy_re.compile(
    r"^(?:(?:siehe|wie)\s+oben|s\.\s?o\.|dto\.?|ditto|detto)(?!\w)", re.I
)


def add_page_year(
    record: RawRecord, segment: list[LexborNode], context: PageContext, outline: Outline | None
) -> None:
    """ "27.01." under the heading "2026": the page states the year once, above its rows (or
    in its URL). The record carries that year (``extra["page_year"]``) for the normalizer, and
    its date's provenance says where it came from."""
    assert record.date_text is not None
    # A news column's item: the other items' headings above it name no year of its own.
    found = year_of_the_item(segment[0]) if _opens_a_heading_run(segment) else None
    if found is None and (year := year_row_above(segment[0])) is not None:
        found = (year, YEAR_ROW)  # „2013 | | All commence at 8 p.m.“ over „03 January | …“
    if found is None and outline is not None:
        # The name headings of the tiles or cards before this one („<h4>Healing Landscapes</h4>“
        # in MEC's tile view) head those cards, not the section: passed over, they no longer use
        # up the few headings the search looks at before it reaches „October 2021“.
        found = year_heading_above(segment[0], outline, past_earlier_twins=True)
    if found is None and outline is not None and (year := marked_year(outline)) is not None:
        found = (year, MARKED_YEAR)  # „<li class="active"><a href="/2024/">2024</a></li>“
    if found is None:
        years = YEAR.findall(context.page_url)
        found = (years[-1], "url") if len(set(years)) == 1 else None
    if found is None:
        return
    year, where = found
    # The date text stays as the page writes it; the normalizer reads it in the stated year
    # (``parse_when(year=…)``: "10./11. Dezember", "Pfingstmontag", "KW 12" alike).
    give_year(record, year, f" + year:{where}")


def _opens_a_heading_run(segment: list[LexborNode]) -> bool:
    """The block is a heading's run of siblings (``div>h1+p``), not an element of its own."""
    return len(segment) > 1 and segment[0].tag in HEADING_TAGS
