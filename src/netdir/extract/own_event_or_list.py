"""The last two steps of reading a page without rules or structured data: the page's own event
(one event's page, its list an agenda, a programme or a sidebar; a schedule of its meetings; an
article that offers nothing), else its dated list or the first reader that finds what the page
shows. ``dispatch._read_html_auto`` gathers what the page holds (``AutoReading``) and asks
``the_pages_event`` first; each branch there names the shape of page it decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.bold_sections import extract_bold_sections
from netdir.extract.clock_heading_programme import programme_heading_points
from netdir.extract.clock_list_programme import programme_list_points
from netdir.extract.clock_table_programme import programme_table_points
from netdir.extract.competition_rounds import might_list_rounds, offerings_beside_its_rounds
from netdir.extract.context import PageContext
from netdir.extract.date_lines import dates_under_their_kind, extract_date_lines
from netdir.extract.day_list_lines import day_list_records
from netdir.extract.day_month_lines import day_month_lines
from netdir.extract.definition_list import extract_dated_definitions
from netdir.extract.embedded_json import records_from_json_texts
from netdir.extract.event_days_rows import rows_in_the_events_days, without_the_events_labels
from netdir.extract.event_page import extract_event_page
from netdir.extract.event_page_labels import EXTRACTOR as EVENT_PAGE
from netdir.extract.event_programme import (
    agenda_of_the_announced,
    own_event_over_its_programme,
    places_from_the_event,
    rows_on_one_day,
    running_order,
)
from netdir.extract.event_told_again import tells_its_event_again
from netdir.extract.heading_announcements import announced_in_headings
from netdir.extract.local_actions import local_actions
from netdir.extract.named_date_lines import named_date_lines
from netdir.extract.neighbour_years import years_from_the_event
from netdir.extract.next_meeting_lines import next_meeting_records
from netdir.extract.next_talk_box import row_told_in_the_box
from netdir.extract.notice_sentences import meetings_of_a_told_day, notice_sentence_records
from netdir.extract.own_event_rows import without_the_events_row
from netdir.extract.programme_section import programme_section_rows
from netdir.extract.published_day import dated_by_its_stamp
from netdir.extract.room_slot_talks import room_slot_talks
from netdir.extract.rule_only_page import rule_only_event
from netdir.extract.run_over_its_programme import run_over_the_programme
from netdir.extract.saved_minutes import lists_saved_minutes
from netdir.extract.schedule_lines import is_schedule, with_the_notices_hour_and_place
from netdir.extract.season_meeting_days import season_meeting_records
from netdir.normalize.when import parse_when
from netdir.records import RawRecord

if TYPE_CHECKING:
    from netdir.extract.dispatch import ExtractResult

# A list of three or more records, most of them dated, is a list in its own right: the page's
# own event must then be told by a label or a box, never by a lone heading's day.
STRONG_LISTING_ITEMS = 3


@dataclass(frozen=True, slots=True)
class AutoReading:
    """What ``dispatch._read_html_auto`` found on the page before its last two steps (the page's own
    event, else its list or what else shows), handed to each of them whole."""

    tree: LexborHTMLParser
    context: PageContext
    result: ExtractResult
    listing: list[RawRecord]
    lines: list[RawRecord] | None  # named date lines; None when the list is strong
    published: date | None  # the page's publication day
    scripts_json: list[str]  # collected before the readers take scripts out of the tree
    dated: int  # how many listing records state their day (``dispatch._dated``)
    strong: bool  # three or more listing records, most of them dated


def the_pages_event(reading: AutoReading) -> bool:
    """The page's own event, when the page is one event's (its list its agenda or a sidebar),
    a schedule of its meetings, or an article that offers nothing; whether that read the page
    (an event beside its list leaves the list to be read)."""
    tree, context, result, listing = reading.tree, reading.context, reading.result, reading.listing
    if not reading.strong:
        # A meeting's or an event's own page: its one event, not the agenda items
        # or document links around it. Beside dated teasers only a labelled date
        # ("Termin:") makes the page one event's.
        found = extract_event_page(tree, context, labelled_only=reading.dated >= 2)
        today = context.fetched_at.date()
        event = [] if lists_saved_minutes(found, today) else found  # a thread's <time> stamps
        event = [
            record for record in event if not dated_by_its_stamp(record, reading.published, today)
        ]
        if len(event) == 1 and (notices := meetings_of_a_told_day(tree, context, event[0])):
            # „Am Sonntag, 27.07.2025 finden beide Gemeindestunden (…) vormittags statt. Der
            # Gottesdienst startet … um 9:30 Uhr. …“ read as one event „Finden beide …“: the
            # meetings the sentences after it set on that day (``notice_sentences``)
            result.add("event_page", notices)
            return True
        if reading.lines and is_schedule(reading.lines, event, today):
            # „Regular Meeting Schedule“ over twenty bare days, the page's one event the first:
            # the days are the page's meetings, held where and when its notice says.
            with_the_notices_hour_and_place(tree, reading.lines)
            result.add("listing", reading.lines)
            return True
        # („Termin: 16.06.2011 um 18.00 Uhr“ under „In Kürze“ repeats the lead's day: the
        # post tells its one event twice, it lists no two shows)
        if (
            event
            and not (
                _one_of_the_listed(event, listing)
                and not tells_its_event_again(event, listing, today)
            )
            and not _heads_the_list(event, listing)
            and not _first_of_the_listed_days(event, listing)
        ):
            result.add("event_page", event)
            if len(event) == 1 and (
                points := programme_table_points(tree, context, event[0], today)
                # „- 19:00 Begrüßung: …“ / „- 20:00 Anonym Surfen mit TOR (…)“: a list of them
                or programme_list_points(tree, context, event[0], today)
                # „<h3>09.00 - 09.15: Begrüßung</h3>“ … under a track's day: its points
                or programme_heading_points(tree, context, event[0], today)
                # „Aktionstag am 29. Mai“ over „<li><strong>Aachen</strong>: Fahrraddemo 18 h
                # Elisenbrunnen</li>“ …: the day's actions, town by town
                or local_actions(tree, context, event[0], today)
                # „<strong>Digitransit</strong><span class="room">12:00 Uhr - Q-THEK / ERKER |
                # CODE FOR MÜNSTER</span>“ …: the day's talk cards, each at its clock and room
                or room_slot_talks(tree, context, event[0], today)
            ):
                # „Zeit | Programm“ / „12:15 | Einführung 3D-Druck“ under the festival's day:
                # its points on that day (``clock_table_programme``)
                result.add("event_page", points)
            if programme_section_rows(event, listing, tree, today):
                # „Bräischbocher Kerb 2025“ over its „programm“ section's two evenings
                years_from_the_event(event[0], listing)
                places_from_the_event(event[0], listing)
                result.add("listing", listing)
            return True
        if not reading.dated and ((found and not event) or reading.published is not None):
            # The page's one day is when it was published: an article, whose undated lists
            # (a test's products, related posts) offer nothing either.
            return True
    elif (event := extract_event_page(tree, context, sole_labelled=True)) and (
        told := row_told_in_the_box(tree, event, listing, context.fetched_at.date())
    ):
        # „30 October 2025 – Claire Rebello (…)“ among the upcoming talks, and the box „Next
        # Talk“ with her talk's title, hour and room: both read, the row giving way to the box
        result.add("event_page", event)
        listing.remove(told)
        return False
    elif (
        might_list_rounds(listing)
        and (
            others := offerings_beside_its_rounds(
                tournament := extract_event_page(tree, context, labelled_only=True),
                listing,
                context.fetched_at.date(),
            )
        )
        is not None
    ):
        # „Datum“ / „22.08.2026“ over a „Zeitplan“ of „Anmeldung“, „1. Runde“ … „Siegerehrung“:
        # the tournament from its first round, and a row of its own („Blitz Turnier“) beside
        result.add("event_page", tournament)
        places_from_the_event(tournament[0], others)
        result.add("listing", others)
        return True
    elif (
        event
        and not _repeats_a_row(event, listing, context)
        # („<h2>20 Jahre SIPT</h2>“, „Datum: Freitag, 21. und Samstag, 22. August 2026“ over a
        # programme whose rows each start on those days: the event and its programme, below)
        and not own_event_over_its_programme(event, listing, context)
    ):
        # A meeting's page whose agenda documents ("Bekanntmachung (exportiert:
        # 18.09.2026)") look like a dated list: its labelled header names the event.
        result.add("event_page", event)
        return True
    elif rows_on_one_day(listing, context.fetched_at.date()) and agenda_of_the_announced(
        event := extract_event_page(tree, context), listing, context.fetched_at.date()
    ):
        # A post's one announced event whose agenda lines the detector took for a list (the
        # list's one day asked first: reading the page as one event costs a whole extraction).
        result.add("event_page", event)
        return True
    elif (
        beside := _own_event_beside_the_list(
            event := extract_event_page(tree, context, labelled_only=True), listing
        )
        # („<h1>Open Innovation Hour</h1>“ over cards of „Datum:“ / „Zeit:“ / „Ort:“ rows: the
        # labels read are the first card's, its day and hour — no event of the page's own)
        and not _repeats_a_row(event, listing, context)
    ) or own_event_over_its_programme(event, listing, context):
        # An event's own page ("<h1>Dorffest …</h1>", "Wann" / "Wo" rows) beside a sidebar of
        # the site's other dated events, or over its own programme (a race series' races on
        # its two days): both are offerings, the page's event first.
        result.add("event_page", event)
        if not beside and running_order(event[0], listing, context.fetched_at.date()):
            # „Wann? … bis …“ over supper, the opening, the clearing up: the event's own hours
            return True
        years_from_the_event(event[0], listing)
        if not beside:
            # („Festakt am 06.06.2026“ under the fact card „Ort“ / „Festplatz Pöttmes“)
            places_from_the_event(event[0], listing)
        else:
            # „Meetup 2025-04 in Wolfsburg“ on the day of the page's „DENOG Meetup 2025-04 -
            # Wolfsburg“: the list names the page's own event again
            listing[:] = without_the_events_row(event[0], listing, context.fetched_at.date())
            # „14. Juli: How to be an Awesome social dancer“ within a summer's workshops'
            # „Date(s) 14. 07. 2012.29. 07. 2012“ under „Location“: held where the event is
            places_from_the_event(
                event[0], rows_in_the_events_days(event[0], listing, context.fetched_at.date())
            )
        listing[:] = without_the_events_labels(event[0], listing)  # „Date/Time“
    return False


def the_listing_or_what_shows(reading: AutoReading) -> None:
    """The page's dated list, else the first reader that finds what the page shows: bold
    sections, dated definitions, date lines, its scripts' JSON, named date lines, a rule."""
    tree, context, result, listing = reading.tree, reading.context, reading.result, reading.listing
    if not reading.dated and (sections := extract_bold_sections(tree, context)):
        # No dated list, but one element announces events as bold-named <br> sections.
        result.add("listing", sections)
        return
    start = len(result.records)
    result.add("listing", listing)
    if listing:
        # „PowerPoint-Karaoke-Schlonz am 23. Mai 2017 um 20 Uhr im AKK“ over its own section.
        result.add("listing", announced_in_headings(tree, context, listing))
        # „Vom 22. bis 26. September 2025 veranstalten wir … eine Erstiwoche.“ over its evenings.
        result.add("listing", run_over_the_programme(tree, context, listing))
    if not listing:
        # One meeting in a month: "<dt>Freitag, 09. Oktober 2026</dt><dd>GVA</dd>".
        result.add("listing", extract_dated_definitions(tree, context))
    if len(result.records) == start:
        # One event's days as the bare date lines of one box, named in the sentence over it.
        result.add("listing", extract_date_lines(tree, context))
    if len(result.records) == start:
        # „📆 Unsere nächsten digitalen Onboarding-Termine:<br>🕘 30.05. – 22:00 Uhr<br>…“ closing
        # a post's paragraph: the dates after the label, named by the kind it names.
        result.add("listing", dates_under_their_kind(tree, context))
    # A script-rendered page shows nothing without JavaScript: its events are JSON.
    if len(result.records) == start:
        result.add("embedded_json", records_from_json_texts(reading.scripts_json, context))
    if len(result.records) == start and reading.lines != []:
        # No list, no event: plain date lines under the names of what they date. Read again, not
        # reused: the event-page reader has taken the page's furniture and publication stamps
        # out of the tree since, and a menu's or footer's date line is none. A page whose first
        # reading found none finds none now (taking elements out adds no name, no date line).
        result.add("listing", named_date_lines(tree, context))
    if len(result.records) == start:
        # „17/1“, „28/2“ … „23/10 (AGM)“ under „2012 Meeting Dates“: the year's meeting days.
        result.add("listing", day_month_lines(tree, context))
    if len(result.records) == start:
        # Nothing dated shows but a rule („Jeden 3. Mittwoch im Monat um 20:00 Uhr“).
        result.add("event_page", rule_only_event(tree, context))
    if len(result.records) == start:
        # „Die Gebets- und Bibelstunde vom Mittwoch, 24.12.2025 findet … statt, am Dienstag,
        # 23.12.2025“: a notice's meetings on their new days (``notice_sentences``)
        result.add("event_page", notice_sentence_records(tree, context))
    # „Termine: 23.04 / 7.05 / 14.05 …“ under a course's heading: each day that course.
    result.add("listing", day_list_records(tree, context, result.records))
    # „Next Meeting: September 29th“ over the archive of past meetings: the one to come.
    result.add("listing", next_meeting_records(tree, context, result.records))
    # „Our meeting dates for 2025 – 26 will be 10th September, 8th October (AGM), …“.
    result.add("listing", season_meeting_records(tree, context, result.records))


def _repeats_a_row(event: list[RawRecord], listing: list[RawRecord], context: PageContext) -> bool:
    """A labelled header „Nächster Termin / Event - 26.11.22 - 10:00 Uhr“ above a team's list
    whose first row is that day and hour: the header points at a listed row, the page is the
    list's (a meeting's own header names a day none of its agenda documents has)."""
    if len(event) != 1 or not event[0].date_text:
        return False
    today = context.fetched_at.date()
    start = parse_when(event[0].date_text, today=today).start
    if start is None or len(start) <= len("2026-01-01"):
        return False  # only a day: the meeting's documents may share it
    return any(
        record.date_text and parse_when(record.date_text, today=today).start == start
        for record in listing
    )


def _own_event_beside_the_list(event: list[RawRecord], listing: list[RawRecord]) -> bool:
    """The page's ``<h1>`` names one event whose day and place stand under labels ("Wann" /
    "06.07.2013 20:00 bis", "Wo" / "Ziegelmeier-Hof") and that the dated list beside it does
    not name: the page is that event's, the list is the site's other events."""
    if len(event) != 1:
        return False
    sources = event[0].field_sources
    labelled = all(
        sources.get(name, "").startswith(f"{EVENT_PAGE}:") and sources[name].endswith(":")
        for name in ("date_text", "location_text")
    )
    listed = {record.title for record in listing}
    return labelled and sources.get("title") == f"{EVENT_PAGE}:h1" and event[0].title not in listed


def _one_of_the_listed(event: list[RawRecord], listing: list[RawRecord]) -> bool:
    """The "page's event" is the first of two dated shows the page lists: named by a lower
    heading (its ``<h1>`` heads the list, "Nächste Aufführungen") and by a dated listing
    record. The page lists them, it is about none of them. (An event's own page names it in
    its ``<h1>``, also when its teasers list it again.)"""
    listed = {record.title for record in listing if record.date_text}
    return len(listed) >= 2 and any(
        record.title in listed and record.field_sources.get("title") != f"{EVENT_PAGE}:h1"
        for record in event
    )


def _heads_the_list(event: list[RawRecord], listing: list[RawRecord]) -> bool:
    """ "<h1>Monatsvorschau</h1>" over date paragraphs ("Samstag, 1. August 2026, 12 Uhr (bis
    Sonntag, 6 Uhr)" / "Heideglühen #26", …): the day under the ``<h1>`` is the first listed
    night's, which its own line names; the ``<h1>`` heads the list of several named nights."""
    dated = [record for record in listing if record.date_text]
    if len(event) != 1 or len({record.title for record in dated}) < STRONG_LISTING_ITEMS:
        return False
    own = event[0]
    return bool(own.date_text) and any(
        (record.date_text or "").startswith(own.date_text or "") and record.title != own.title
        for record in dated
    )


def _first_of_the_listed_days(event: list[RawRecord], listing: list[RawRecord]) -> bool:
    """„<h1>Aktuell</h1>“ over „<h2>16. März 2017, 19:00 Uhr,</h2>“ … „<h2>11. Mai 2017, 19:00
    Uhr,</h2>“, each day over its place and its reading: the „page's event“ is the ``<h1>`` with
    the first day heading below it, a day the list reads as its first row under its own name.
    Two rows on two days, each named otherwise than the ``<h1>``, are the page's offerings; the
    ``<h1>`` heads them (``_heads_the_list`` asks three names for a day line that only starts the
    row's; here the day line is the row's whole date)."""
    if len(event) != 1:
        return False
    own = event[0]
    sources = own.field_sources
    if sources.get("title") != f"{EVENT_PAGE}:h1" or not own.date_text:
        return False
    if not sources.get("date_text", "").endswith("below h1"):
        return False  # a day labelled or told in the lead is the page's own event's
    dated = [record for record in listing if record.date_text]
    if len({record.date_text for record in dated}) < 2 or any(
        record.title == own.title for record in dated
    ):
        return False
    return any(record.date_text == own.date_text for record in dated)
