"""``extract_page``: choose the extractor(s) for a page and collect records and issues.

``auto`` reads structured data first (a calendar, feed or TEC body as such; JSON-LD, then
microdata, RDFa, microformats in HTML) and falls back to the source's rules or the listing detector only when a
page states nothing machine-readable; a page whose HTML shows nothing at all is read for the JSON
its scripts would render.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from selectolax.lexbor import LexborHTMLParser

from netdir import lazy_re
from netdir.catalog.model import Source
from netdir.extract.article_posts import article_post_records
from netdir.extract.author_stamps import is_stamp_by_author
from netdir.extract.availability_notices import is_availability_notice
from netdir.extract.bracketed_day_lines import bracketed_day_line_records
from netdir.extract.button_labels import show_button_labels
from netdir.extract.caps import cap_record
from netdir.extract.card_clocks import read_clocks_of_linked_cards
from netdir.extract.column_day_months import dot_column_day_months
from netdir.extract.context import PageContext, set_field, without_invisible_marks
from netdir.extract.csv_rows import csv_objects
from netdir.extract.daily_run_rows import runs_of_daily_rows
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.dated_grid import dated_grid_records
from netdir.extract.dateless_structured import listing_dates_the_dateless
from netdir.extract.day_boxes import day_box_records
from netdir.extract.day_column_cells import day_column_records
from netdir.extract.day_hours_pairs import day_hours_records
from netdir.extract.day_stamped_posts import day_stamped_post_records
from netdir.extract.deadline_titles import names_a_day_kind
from netdir.extract.doubled_day_dots import mend_doubled_day_dots
from netdir.extract.embedded_json import json_texts, records_from_json_texts
from netdir.extract.event_page_labels import labelled_place, labelled_time
from netdir.extract.event_programme import (
    programme_of,
    runs_several_days,
)
from netdir.extract.exceptions import MalformedPayloadError
from netdir.extract.feeds import extract_feed, looks_like_feed
from netdir.extract.file_links import names_a_dated_document
from netdir.extract.frab import extract_frab, frab_conference
from netdir.extract.heading_permalinks import drop_heading_permalinks
from netdir.extract.headings_in_paragraphs import mend_headings_in_paragraphs
from netdir.extract.home_team import name_the_home_team
from netdir.extract.ical import extract_ical, looks_like_ical
from netdir.extract.js_assigned_data import assigned_data
from netdir.extract.json_document import looks_like_json_document
from netdir.extract.jsonld import (
    extract_jsonld,
    looks_like_jsonld_document,
    parse_jsonld_text,
    records_from_documents,
)
from netdir.extract.labelled_end import end_from_labelled_range
from netdir.extract.labelled_entries import labelled_entries
from netdir.extract.link_and_credit_rows import is_bare_link, is_site_credit
from netdir.extract.listed_days import listed_days
from netdir.extract.listing import extract_listing, extract_listing_and_lists
from netdir.extract.microdata import extract_microdata
from netdir.extract.microformats import extract_microformats
from netdir.extract.month_heading_day_lines import month_heading_day_line_records
from netdir.extract.month_meeting_grid import month_grid_records
from netdir.extract.named_date_lines import named_date_lines
from netdir.extract.no_event_titles import is_open_slot, is_test_entry
from netdir.extract.notices import (
    announces_a_later_session,
    is_attention_notice,
    is_closure_notice,
    is_day_off,
    is_farewell,
    is_no_session_notice,
    is_report,
    reports_its_end,
    reports_no_session,
)
from netdir.extract.own_event_or_list import (
    STRONG_LISTING_ITEMS,
    AutoReading,
    the_listing_or_what_shows,
    the_pages_event,
)
from netdir.extract.past_year_titles import undated_of_a_past_year
from netdir.extract.performance_days import performance_day_records
from netdir.extract.programme_posts import programme_post_records
from netdir.extract.prose_announcements import announces_a_day
from netdir.extract.published_day import published_day
from netdir.extract.rdfa import extract_rdfa
from netdir.extract.rules import extract_with_rules
from netdir.extract.run_over_its_programme import run_over_the_programme
from netdir.extract.schema_org import ORGANIZATION_TYPES, names_the_source
from netdir.extract.script_cards import read_clocks_of_script_cards
from netdir.extract.script_dates import complete_from_scripts, dateless_events
from netdir.extract.script_markup import with_script_markup
from netdir.extract.series_places import name_rows_by_a_heading_of_months
from netdir.extract.session_breaks import without_breaks
from netdir.extract.shown_ranges import read_zoneless_utc_by_shown_ranges
from netdir.extract.stamped_post_articles import stamped_post_records
from netdir.extract.struck_dates import drop_struck_dates
from netdir.extract.structured import extract_structured
from netdir.extract.structured_motto import name_by_title_and_motto
from netdir.extract.structured_place_shown import place_shown_instead
from netdir.extract.tec import extract_tec, looks_like_tec, parse_tec
from netdir.extract.this_venue import place_rows_at_the_venue
from netdir.extract.time_zone_notes import zone_of_time_notes
from netdir.extract.told_twice import without_events_told_twice
from netdir.extract.utc_clocks import (
    read_shifted_stamps_as_shown,
    read_utc_stamps_as_shown,
    read_zoneless_utc_as_shown,
)
from netdir.extract.visible_listing import (
    complete_with_visible_listing,
    other_events_of_the_site,
    replaces_stale_structured,
    shows_other_days,
)
from netdir.extract.weekday_clock_lines import weekday_clock_records
from netdir.extract.weekday_grid import weekday_grid_records
from netdir.extract.weekly_plan_grid import weekly_plan_records
from netdir.extract.xml_records import EXTRACTOR as XML_EXTRACTOR
from netdir.extract.xml_records import looks_like_xml_document, xml_document_records
from netdir.fast_pickle import pickled_by_fields
from netdir.html_depth import parse_html
from netdir.normalize.when import parse_when
from netdir.normalize.when_order import infer_day_first
from netdir.normalize.when_zone import BERLIN_ZONE, zone_of_stated_offsets, zone_of_us_addresses
from netdir.records import Page, RawRecord, SourceIssue

if TYPE_CHECKING:
    from netdir.crawl.pagination import NextLink


@pickled_by_fields
@dataclass(slots=True)
class ExtractResult:
    records: list[RawRecord] = field(default_factory=list)
    issues: list[SourceIssue] = field(default_factory=list)
    extractors: list[str] = field(default_factory=list)  # which extractors produced records
    next_url: str | None = None  # a TEC answer's next_rest_url (the next page of events)
    # The page's next-page link as the crawler looks for it (``find_next``): None if not asked.
    next_link: NextLink | None = None

    def add(self, extractor: str, records: list[RawRecord]) -> None:
        # A calendar's "Closed for Memorial Day" marks a day without offering, and „! Achtung:
        # weißer Sonntag“ among its events is a warning about the day.
        # „No Meeting“ on a day of a troop's calendar data, „Keine Probe am Freitag, den 08.03.2024“
        # in a list: the day the usual session is off, whatever read it. „Test 2“ in a club's
        # calendar is its developer's trial entry; „Verfügbar“ on an Advent calendar's day is a
        # window nobody has taken yet. „Presence at Work Award – Payment Date“ dates a payment.
        records = [
            record
            for record in records
            if not is_closure_notice(record.title)
            and not names_a_day_kind(record.title)
            and not is_attention_notice(record.title)
            and not is_no_session_notice(record.title)
            and not is_test_entry(record.title)
            and not is_open_slot(record.title)
        ]
        if extractor == "listing":
            # Counted as rows of a dated list (an events portlet lists them), read as no offering.
            records = [r for r in records if not is_report(r.title, r.date_text)]
            # „Der Anfängerkurs ist beendet worden.“ under a dated heading: the day it ended.
            records = [record for record in records if not reports_its_end(record.description)]
            # „Happy Fourth of July“ over „No meeting this month. See you in August.“: the month's
            # entry says the session is off.
            records = [r for r in records if not reports_no_session(r.description)]
            # „Next Meeting Will Be November …“ dated in October; „… has run its course.“
            records = [
                r
                for r in records
                if not announces_a_later_session(r.title, r.date_text)
                and not is_farewell(r.description)
            ]
            # A year table's „Karfreitag“ or „Ferienbeginn“ row marks a day off, no offering.
            records = [r for r in records if not is_day_off(r.title, r.date_text)]
            # A row named only by a web address (a live stream's link under the performance it
            # streams) or the site's credit line („Theme by …“) is no offering of the list.
            records = [
                r
                for r in records
                if not is_bare_link(r.title) and not is_site_credit(r.description)
            ]
            # „Hier die <a href="….pdf">Rangliste</a> vom 15. Juni.“: a document of that day.
            records = [
                r for r in records if not names_a_dated_document(r.title, r.url, r.date_text)
            ]
            # „Ab diesem Tag ist die Einsicht in das Wählerverzeichnis möglich“: from when, no event.
            records = [r for r in records if not is_availability_notice(r)]
            # „01 Nov 2021 - Martin“ under a post's h1: the day it went up and its author.
            records = [r for r in records if not is_stamp_by_author(r.date_text)]
        if extractor in ("listing", "embedded_json"):
            # A timetable's „Mittagspause“ or „Coffee break“ row is a gap between sessions, and so
            # is a camp's „Dinner“ at 17:50 in the calendar data its app keeps — there only where
            # the day goes on after it (a congregation's Sunday „Mittagessen“ is an entry).
            records = without_breaks(records, between_sessions=extractor == "embedded_json")
        if records:
            # The extraction boundary: no field leaves extraction longer than its cap.
            self.records.extend(cap_record(record) for record in records)
            if extractor not in self.extractors:
                self.extractors.append(extractor)


def extract_page(
    page: Page, source: Source | None = None, *, find_next: bool = False
) -> ExtractResult:
    """All records one page yields for ``source`` (or, without a source, in ``auto`` mode).

    ``find_next``: also the page's next-page link (``ExtractResult.next_link``), found on the
    tree parsed for extraction: the crawler then need not parse the page again for it."""
    result = ExtractResult()
    text = _page_text(page)
    mode = source.extract if source is not None else "auto"
    if text and mode != "none":
        _extract_and_note(text, page, source, mode, result, find_next)
    if find_next and result.next_link is None:
        # Not read as an HTML tree (a feed, iCal, JSON), or extraction failed before it parsed.
        result.next_link = _next_link(text or "", page, source)
    return result


def _extract_and_note(
    text: str,
    page: Page,
    source: Source | None,
    mode: str,
    result: ExtractResult,
    find_next: bool,
) -> None:
    context = PageContext.of(page, source)
    try:
        _extract(text, page, source, mode, context, result, find_next)
        today = context.fetched_at.date()  # „Bericht Mitgliederversammlung 2022“, undated, in 2023
        result.records = [r for r in result.records if not undated_of_a_past_year(r, today)]
        # „Sun 6. 11. 10:00-11:30 or“ under „English version“ after „So 6.11. 10:00-11:30 oder“
        result.records = without_events_told_twice(result.records, today)
    except (MalformedPayloadError, json.JSONDecodeError, ValueError) as exc:
        result.issues.append(_unreadable_issue(context, page, mode, str(exc)))
    except Exception as exc:
        # Third-party readers (icalendar, feedparser, recurring-ical-events) raise their own
        # types on odd input; one odd page must not fail its whole source, and the issue
        # names the exception so the report shows what broke.
        result.issues.append(_unreadable_issue(context, page, mode, f"{type(exc).__name__}: {exc}"))


def _next_link(page_html: str | LexborHTMLParser, page: Page, source: Source | None) -> NextLink:
    from netdir.crawl.pagination import find_next_link

    selector = source.follow.next if source is not None and source.follow else None
    return find_next_link(page_html, page.final_url, selector)


def _unreadable_issue(context: PageContext, page: Page, mode: str, found: str) -> SourceIssue:
    return SourceIssue(
        context.source_id,
        page.url,
        "extract",
        f"the {mode} extractor could not read this page "
        f"({page.content_type or 'no content type'}): {found}",
        hint="check the body with `netdir inspect URL`; set `extract:` to what the page is",
    )


def _extract(
    text: str,
    page: Page,
    source: Source | None,
    mode: str,
    context: PageContext,
    result: ExtractResult,
    find_next: bool = False,
) -> None:
    text = without_invisible_marks(text)
    if mode in ("auto", "ical") and (mode == "ical" or looks_like_ical(text, page.content_type)):
        result.add("ical", extract_ical(text, context))
        return
    if mode in ("auto", "tec") and (
        mode == "tec" or looks_like_tec(text, page.final_url or page.url)
    ):
        payload = parse_tec(text)
        result.add("tec", extract_tec(payload, context))
        result.next_url = context.absolute_url(payload.get("next_rest_url"))
        return
    if mode in ("auto", "frab") and (conference := frab_conference(text)) is not None:
        result.add("frab", extract_frab(conference, context))
        return
    # A site's own XML of its events (no feed): read when it names dated events.
    if (
        mode == "auto"
        and looks_like_xml_document(text, page.content_type)
        and (records := xml_document_records(text, context))
    ):
        result.add(XML_EXTRACTOR, records)
        return
    if mode in ("auto", "feed") and (mode == "feed" or looks_like_feed(text, page.content_type)):
        result.add("feed", extract_feed(text, context))
        # A town's feed of events at „Spearfish, SD 57783“: its „Event Time“ lines are local
        # there, as a page's are (a German feed names no such address: nothing changes).
        _mark_zone(result.records, text, _feed_language(text))
        return
    if mode in ("auto", "jsonld") and looks_like_jsonld_document(text, page.content_type):
        documents = parse_jsonld_text(text)
        result.add("jsonld", records_from_documents(documents, context, "jsonld"))
        return
    if mode == "auto" and looks_like_json_document(text, page.content_type):
        result.add("embedded_json", records_from_json_texts([text], context, document=True))
        # An events API's answer of Tampa Bay meetups in UTC („13:00:00.000Z“) beside venues at
        # „Tampa, FL 33602“: its events are at Florida's clock, as a feed's are (a JSON body
        # names no language of its own; a German answer names no US address: nothing changes).
        _mark_zone(result.records, text, None)
        return
    # A site's dates as a CSV table („datum_von,datum_bis,titel,ort“): its rows as data objects.
    if (
        mode == "auto"
        and (rows := csv_objects(text, page.content_type)) is not None
        and (records := records_from_json_texts([rows], context, document=True))
    ):
        result.add("embedded_json", records)
        return
    # A script file that only names its data („var events = {…};“): that data, as a JSON body.
    if mode == "auto" and (data := assigned_data(text)) is not None:
        result.add("embedded_json", records_from_json_texts([data], context, document=True))
        return
    tree = parse_html(with_script_markup(text))
    show_button_labels(tree)
    dot_column_day_months(tree)
    mend_doubled_day_dots(tree, text)  # „18..05.2026“
    drop_struck_dates(tree)
    drop_heading_permalinks(tree)  # „<h1>Gentoo Workshop 2015<a class="headerlink">¶</a></h1>“
    mend_headings_in_paragraphs(tree)  # „<p><h3>Gemeinde-Gebet:</h3> Sonntag, den 15.01. …</p>“
    if find_next:  # before any extractor takes scripts or furniture out of the tree
        result.next_link = _next_link(tree, page, source)
    language = _page_language(tree)
    _extract_html(tree, source, mode, context, result, page_text=text)
    name_the_home_team(result.records, text)  # „vs HC Skulls“ → „Grizzlies vs HC Skulls“
    _mark_day_order(result.records, language)
    _mark_zone(result.records, text, language)


def _page_language(tree: LexborHTMLParser) -> str | None:
    root = tree.css_first("html")
    return (root.attributes.get("lang") or None) if root is not None else None


def _mark_day_order(records: list[RawRecord], language: str | None) -> None:
    """``09/07/23``: 9 July or 7 September? Decided once per page, from all its dates and its
    ``<html lang>``, and handed to the normalizer as ``extra["day_first"]``."""
    day_first = infer_day_first(
        [record.date_text for record in records if record.date_text], language
    )
    if day_first is None:
        return
    for record in records:
        record.extra.setdefault("day_first", "true" if day_first else "false")


def _mark_zone(records: list[RawRecord], text: str, language: str | None) -> None:
    """A non-German page that notes the zone its times are shown in („Date and time are shown
    in: GMT+8“, ``time_zone_notes``) states its times there; so does one whose US postal
    addresses ("Seattle, WA 98101") all lie in one time zone, and so does one whose structured
    stamps all state the offsets of one zone (a month grid's "6:00 pm" beside JSON-LD
    "2024-09-12T18:00:00-04:00"), or whose records name one zone only (``_the_one_zone_stated``): records without a zone of their own
    get it as ``extra["zone"]`` (the normalizer keeps the clock, see
    ``normalize.when_zone``)."""
    if not records or (language or "").casefold().startswith("de"):
        return
    if all("zone" in record.extra for record in records):
        return
    zone = (
        zone_of_time_notes(text)  # the page says whose clocks it shows: that before any clue
        or zone_of_us_addresses(text)
        or zone_of_stated_offsets([record.start for record in records if record.start])
        or _the_one_zone_stated(records)
    )
    if zone is None or zone == BERLIN_ZONE:
        return
    for record in records:
        record.extra.setdefault("zone", zone)


_FEED_LANGUAGE = lazy_re.compile(r"<(?:language|dc:language)>\s*([A-Za-z-]+)", re.I)


def _feed_language(text: str) -> str | None:
    """The language a feed's channel states (RSS „<language>en-us</language>“), if any."""
    found = _FEED_LANGUAGE.search(text[:4000])
    return found.group(1) if found else None


def _the_one_zone_stated(records: list[RawRecord]) -> str | None:
    """The zone every record that names one lies in: a widget's JSON-LD whose Places give
    their region for some events ("Ann Arbor, MI") and not for others ("Ann Arbor") holds
    all of them in the one place (Zingerman's UTC stamps, 22:30Z, are 6:30 pm in Michigan for
    each event, not only for those whose address names the state). None when no record names
    a zone or they name several (a tour)."""
    zones = {record.extra["zone"] for record in records if "zone" in record.extra}
    return zones.pop() if len(zones) == 1 else None


def _extract_html(
    tree: LexborHTMLParser,
    source: Source | None,
    mode: str,
    context: PageContext,
    result: ExtractResult,
    page_text: str | None = None,
) -> None:
    html_extractors: dict[str, Callable[[LexborHTMLParser, PageContext], list[RawRecord]]] = {
        "jsonld": extract_jsonld,
        "microdata": extract_microdata,
        "rdfa": extract_rdfa,
        "microformats": extract_microformats,
        "listing": extract_listing,
    }
    if mode in html_extractors:
        result.add(mode, html_extractors[mode](tree, context))
        if mode == "listing" and not result.records:
            result.issues.append(_no_listing_issue(context))
        return
    if mode == "rules" or mode == "auto":
        if mode == "auto" and _structured_data_first(tree, source, context, result, page_text):
            return
        if source is not None and source.rules is not None:
            outcome = extract_with_rules(tree, source.rules, context)
            result.add("rules", outcome.records)
            result.issues.extend(outcome.issues)
        elif mode == "auto":
            _read_html_auto(tree, context, result, page_text)


def _structured_data_first(
    tree: LexborHTMLParser,
    source: Source | None,
    context: PageContext,
    result: ExtractResult,
    page_text: str | None,
) -> bool:
    """The page's structured data, mended by what the page shows, and beside it the listing
    that dates it or replaces it; whether that read the page (else the rules or the page's own
    reading follow)."""
    structured = extract_structured(tree, context)
    everything = [record for records in structured.values() for record in records]
    if dateless := dateless_events(everything):
        # A widget's events named without a day: the day is in its script's data.
        complete_from_scripts(dateless, json_texts(tree, page_text), context)
    read_utc_stamps_as_shown(everything, tree)
    read_shifted_stamps_as_shown(everything, tree)
    read_zoneless_utc_as_shown(everything, tree)
    read_zoneless_utc_by_shown_ranges(everything, tree)
    english = (_page_language(tree) or "").lower().startswith("en")
    read_clocks_of_linked_cards(everything, tree, context.base_url, english=english)
    read_clocks_of_script_cards(everything, tree, english=english)
    # On a network's own site its Organization is the offering: it stays beside the
    # listing that wins over the structured data below.
    own_organizations = _own_organizations(structured, context)
    if everything and all(map(_names_only_an_organization, everything)):
        # The site's own Organization (a venue's JSON-LD beside its event list, a
        # theme's microdata header) is the publisher, not what the page lists: a dated
        # listing on the page wins, and so does the page's own event or a short list.
        listing = extract_listing(tree, context)
        dated = _dated(listing)
        if dated >= STRONG_LISTING_ITEMS and dated >= 0.8 * len(listing):
            _add_all(result, own_organizations)
            result.add("listing", listing)
            return True
        if source is None or source.rules is None:
            before = (len(result.records), len(result.extractors))
            _read_html_auto(tree, context, result, page_text, listing)
            if any(r.start or r.date_text for r in result.records[before[0] :]):
                _add_all(result, own_organizations)
                return True
            # Nothing dated besides it: the Organization is what the page offers.
            del result.records[before[0] :], result.extractors[before[1] :]
    if everything and len(dateless_events(everything)) == len(everything):
        # Events named without any day (a plugin's rows marked as Events, the day in
        # a row across the table above): the visible list that dates them wins.
        listing = extract_listing(tree, context)
        if listing_dates_the_dateless(everything, listing):
            result.add("listing", listing)
            return True
    if _all_in_the_past(everything, context):
        listing = extract_listing(tree, context)
        if replaces_stale_structured(everything, listing, context.fetched_at.date()):
            _add_all(result, own_organizations)
            result.add("listing", listing)
            return True
    # Completed before ``add`` copies the records: a date-only start may take a time.
    # The one event's further days its page lists ("Termine: 20.06.2025 / 25.07.2025 /
    # …"): read before the listing detector strips the tree; one other day is enough.
    if len(everything) == 1:
        name_by_title_and_motto(everything[0], tree)
        _place_from_label(everything[0], tree)
        _place_shown_instead(everything[0], tree, context)
        _time_from_label(everything[0], tree, context)
        end_from_labelled_range(everything[0], tree, context.fetched_at.date())
    days = listed_days(everything, tree, context.fetched_at.date())
    rows = _rows_beyond(everything, tree, context, days)
    if len(everything) == 1:
        place_rows_at_the_venue(everything[0], rows, tree)  # „Also at this venue“
    for extractor, records in structured.items():
        own = days and any(record is everything[0] for record in records)
        result.add(extractor, records + days if own else records)
    if result.records:
        result.add("listing", rows)
        return True
    return False


def _records_of_a_post(tree: LexborHTMLParser, context: PageContext) -> list[RawRecord]:
    """One post of a page of whole posts, read as a page of its own."""
    result = ExtractResult()
    _read_html_auto(tree, context, result, None)
    return result.records


def _read_html_auto(
    tree: LexborHTMLParser,
    context: PageContext,
    result: ExtractResult,
    page_text: str | None,
    listing: list[RawRecord] | None = None,
) -> None:
    """The page read without structured data: its own event, its dated list, bold sections,
    dated definitions, or (when nothing shows) the events in its scripts' JSON."""
    if grid := (
        weekday_grid_records(tree, context)
        or dated_grid_records(tree, context)
        or day_column_records(tree, context)
        or weekly_plan_records(tree, context)
        or day_box_records(tree, context)
        or month_grid_records(tree, context)
    ):
        # A timetable whose columns are the weekdays of the page's run of days, or its days
        # (with a label column, or each cell opening with its hours); a week's plan of named
        # rows under weekday columns; a month grid of day boxes with several entries each; a
        # year's meetings as rows of months under meeting columns of day numbers.
        result.add("listing", grid)
        # „Vom 08.10-10.10 kannst du …“ over a programme of one column per day: the days as a whole.
        result.add("listing", run_over_the_programme(tree, context, grid))
        return
    if weekend := weekday_clock_records(tree, context):
        # A post's weekend programme: clock lines under „Heimspiele am Samstag:“ labels.
        result.add("listing", weekend)
        return
    if performances := performance_day_records(tree, context):
        # A piece's own page: „Aufführungen am 9. / 10. / 12. / 13. Juni um 19 Uhr im …“ under
        # its h1, each listed day one performance of it.
        result.add("listing", performances)
        return
    if festival_days := day_hours_records(tree, context):
        # „<h1>Corso Leopold September 2026</h1>“ over „Sa 12. September“ / „16:00 bis 23:00 Uhr“
        # / „So 13. September“ / „11.00 Uhr bis 21:00 Uhr“: the event's days, each an item.
        result.add("listing", festival_days)
        return
    if posts := article_post_records(tree, context):
        # A blog's category page of whole event posts, each stating its day on a „Datum:“ line.
        result.add("listing", posts)
        return
    if (stamped := stamped_post_records(tree, context, _records_of_a_post)) is not None:
        # Whole posts listed with the days they went up: each post read as a page of its own.
        result.add("listing", stamped)
        return
    if (stamped := day_stamped_post_records(tree, context, _records_of_a_post)) is not None:
        # „<h2>Workshopwochenende 2021</h2><p>20.07.2021</p>“ over „… findet … vom 13. - 15.
        # August statt“: posts under the bare days they went up, each read as a page of its own.
        result.add("listing", stamped)
        return
    # Collected before the other readers take scripts and furniture out of the tree.
    scripts_json = json_texts(tree, page_text)
    published = published_day(tree)
    if published is not None and (post := programme_post_records(tree, context, published)):
        # A meetup's post: its headline, its date and a table of bare clocks, no day in its text
        result.add("event_page", post)
        return
    if listing is None:
        listing = extract_listing(tree, context)
    dated = _dated(listing)
    strong = len(listing) >= STRONG_LISTING_ITEMS and dated >= 0.8 * len(listing)
    if not strong and len(entries := labelled_entries(tree, context)) > dated:
        # A seminar page of labelled paragraphs („Date: …“, „Title: …“): one talk per title.
        result.add("listing", entries)
        return
    lines = None if strong else named_date_lines(tree, context)
    # „Sa, 24.02. 10-18 Uhr“ … „Fr, 01.03. 10-18 Uhr“ under one heading: one week's run (a
    # list of seven days all the same still weighs as a list above, not as one event's lines).
    listing = runs_of_daily_rows(listing, context.fetched_at.date())
    name_rows_by_a_heading_of_months(listing)  # „Altbau-Workcamps im Februar und März“
    if lines is not None and _several_offerings(lines, dated):
        # A programme of several offerings, each named once over its date lines: no one event.
        result.add("listing", lines)
        return
    if not dated and (bracketed := bracketed_day_line_records(tree, context)):
        # „June Board Meeting (Monday, June 21 2021 @ 6:30pm)<br>July Board Meeting (…)“ in a
        # notice box: one event per line, where the page's list dates nothing.
        result.add("listing", bracketed)
        return
    if not dated and (under_months := month_heading_day_line_records(tree, context)):
        # „March 2024“ over „Thursday, March 28<br>RCMGA Meeting at Highland Rim 7PM to 9PM“:
        # one event per weekday's day line, named by the line below it.
        result.add("listing", under_months)
        return
    reading = AutoReading(
        tree=tree,
        context=context,
        result=result,
        listing=listing,
        lines=lines,
        published=published,
        scripts_json=scripts_json,
        dated=dated,
        strong=strong,
    )
    if the_pages_event(reading):
        return
    the_listing_or_what_shows(reading)


_SEVERAL_NAMES = 3
_MOSTLY = 0.8


def _several_offerings(lines: list[RawRecord], dated: int) -> bool:
    """Date lines under three or more names, more of them than the list dates, most with their
    hours: a course programme („Beginn: Montag, 6.2.17, von 10-13 Uhr“ under each course's bold
    name) — not a sidebar's bare post days („22. Januar 2025“ under „NEUIGKEITEN“)."""
    if len(lines) <= dated or len({record.title for record in lines}) < _SEVERAL_NAMES:
        return False
    timed = sum(1 for record in lines if TIME_LIKE.search(record.date_text or ""))
    return timed >= _MOSTLY * len(lines)


def _dated(listing: list[RawRecord]) -> int:
    """How many of the listing's records state their day: in a date field, or — a news article's
    tips, each a heading over prose — in a sentence of their text that invites to it („<h4>
    Halloween-Party …</h4><p>… laden am Dienstag, den 31. Oktober 2023, … ein.</p>“)."""
    return sum(
        1
        for record in listing
        if record.date_text or record.start or announces_a_day(record.description)
    )


def _place_from_label(record: RawRecord, tree: LexborHTMLParser) -> None:
    """A page's one structured event that names no place takes the place the page labels
    ("Ort: Therapiezentrum Paderwall, Paderwall 13, 33102 Paderborn": Contao's JSON-LD has no
    ``location``; a reader sees the row under the date)."""
    if record.location_text or record.venue or record.start is None:
        return
    if (found := labelled_place(tree)) is not None:
        set_field(record, "location_text", found[0], found[1])


def _place_shown_instead(record: RawRecord, tree: LexborHTMLParser, context: PageContext) -> None:
    """A page's one structured event whose venue its text names nowhere, while the text shows
    the event's day with another street address: the address a reader sees is where (a
    template's configured default venue in the JSON-LD; ``structured_place_shown``)."""
    venue = record.venue or (record.location_text or "").split(",")[0].strip() or None
    shown = place_shown_instead(tree, venue, record.start, context.fetched_at.date())
    if shown is not None:
        set_field(record, "location_text", shown, "page: the address its text shows beside the day")
        # (the structured venue and its town are the template's, not this event's)
        record.venue = None
        record.city = None
        record.field_sources.pop("venue", None)
        record.field_sources.pop("city", None)


def _time_from_label(record: RawRecord, tree: LexborHTMLParser, context: PageContext) -> None:
    """A page's one structured event whose start is only a day takes the clock the page labels
    ("Datum 02.08.2026 / Start 20:00 / Einlass 19:00": the theme's JSON-LD says
    ``"startDate": "2026-08-02"``), when the labelled date, if any, is that day."""
    if record.start is None or len(record.start) != len("2026-08-02"):
        return
    found = labelled_time(tree)
    if found is None:
        return
    clock, labelled_day, where = found
    today = context.fetched_at.date()
    if labelled_day is not None:
        day = parse_when(labelled_day, today=today).start
        if day is None or day[:10] != record.start:
            return
    year, month, day_of_month = record.start.split("-")
    start = parse_when(f"{day_of_month}.{month}.{year}, {clock}", today=today).start
    if start is None or start[:10] != record.start or "T" not in start:
        return
    record.start = start[:16]
    record.all_day = False
    record.field_sources["start"] = (
        f"{record.field_sources.get('start', record.extractor)} + {where}"
    )
    record.field_sources["all_day"] = record.field_sources["start"]


def _rows_beyond(
    structured: list[RawRecord],
    tree: LexborHTMLParser,
    context: PageContext,
    days: list[RawRecord],
) -> list[RawRecord]:
    """The visible listing's rows that a partial structured list leaves out (only read when the
    structured data is itself a list), or the site's other dated events an event's own page
    lists beside its one structured event. ``days``: that event's further days its page lists,
    already read (days the visible text names that are no other event's)."""
    today = context.fetched_at.date()
    if len(structured) == 1 and runs_several_days(structured[0], today):
        # A festival's page: its programme's rows may name their days only by weekday and
        # number („Sa 18.“), days no date phrase finds, so they are looked for first.
        listing, lists = extract_listing_and_lists(tree, context, beside_an_event=True)
        if programme := programme_of(structured[0], (listing, *lists), today):
            return programme
    if not structured or not shows_other_days(tree, structured + days, today):
        return []
    if len(structured) > 1:
        listing, lists = extract_listing_and_lists(tree, context)
        return complete_with_visible_listing(structured, listing, today, lists)
    listing, lists = extract_listing_and_lists(tree, context, beside_an_event=True)
    # The site's other events may be one tab of several built alike (events, blog posts): the
    # detector pools the tabs, so each list is also tried on its own.
    for rows in (listing, *lists):
        if others := other_events_of_the_site(structured, rows, context.page_url, today):
            return others
    return []


def _own_organizations(
    structured: dict[str, list[RawRecord]], context: PageContext
) -> dict[str, list[RawRecord]]:
    """The undated Organizations of each syntax that are the catalog source's own (a network's
    on its own site, ``names_the_source``)."""
    return {
        extractor: own
        for extractor, records in structured.items()
        if (
            own := [
                record
                for record in records
                if _names_only_an_organization(record) and names_the_source(record.title, context)
            ]
        )
    }


def _add_all(result: ExtractResult, found: dict[str, list[RawRecord]]) -> None:
    for extractor, records in found.items():
        result.add(extractor, records)


def _all_in_the_past(records: list[RawRecord], context: PageContext) -> bool:
    """Every dated structured record starts before the day the page was fetched, and the
    undated ones only name an organization (the venue that publishes the page)."""
    today = context.fetched_at.date().isoformat()
    dated = [record for record in records if record.start]
    if not dated or any(record.start[:10] >= today for record in dated):  # type: ignore[index]
        return False
    return all(_names_only_an_organization(r) for r in records if not r.start)


def _names_only_an_organization(record: RawRecord) -> bool:
    """A structured record of an Organization without any date (schema.org ``@type``)."""
    kind_source = record.field_sources.get("kind", "")
    typed = kind_source.split(":", 1)[-1].split(".", 1)[0]
    return typed in ORGANIZATION_TYPES and not (record.start or record.date_text)


def _page_text(page: Page) -> str | None:
    if page.text is not None:
        return page.text
    if page.body is not None:
        # The crawler decodes; a body without text only comes from hand-made pages (tests).
        return page.body.decode(page.encoding or "utf-8", errors="replace")
    return None


def _no_listing_issue(context: PageContext) -> SourceIssue:
    return SourceIssue(
        context.source_id,
        context.page_url,
        "extract",
        "extract: listing found no repeated blocks with a title and a link "
        "(expected at least 2 items scoring above the detector's threshold, found none)",
        hint="run `netdir inspect URL` to see the page; write `rules:` for this source",
    )
