"""Events a page keeps as JSON for its scripts to render → raw records.

Script-rendered calendars show nothing without JavaScript, but carry their events in the
page: FullCalendar's event objects in a ``data-*`` attribute (``[{"title": …, "start":
"2026-10-21 19:00"}]``), a Vue or React component's props in an inline script
(``{"titel": "20. Sitzung des Stadtrates", "datum": "2026-09-10"}``). An object with a title
and a start that is an ISO date is read as an event, wherever it is nested. Dispatch asks for
these only when the page's HTML gave nothing: in a page that shows its events, the same JSON
would only repeat them (or be a news feed's data).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from copy import deepcopy
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from selectolax.lexbor import LexborHTMLParser

from netdir import lazy_re
from netdir.extract.api_event_times import (
    api_end,
    api_start,
    clocks_apart,
    php_datetime,
    zoned_local,
)
from netdir.extract.calendar_api_times import calendar_time, last_day
from netdir.extract.clock_notes import end_on_day
from netdir.extract.context import PageContext, clean_text, set_field
from netdir.extract.duration_ends import end_after
from netdir.extract.gdata_json import TEXT_KEY, WHEN_KEY, WHERE_KEY, gdata_when, gdata_where
from netdir.extract.hal_embedded import with_embedded_place
from netdir.extract.js_object_literal import json_of_js_literal
from netdir.extract.json_all_day_flags import all_day_flag, flagged_days
from netdir.extract.json_answer_zones import (
    place_zone_key,
    stated_zone_key,
    zone_of_clock_letters,
)
from netdir.extract.json_bare_rows import bare_rows
from netdir.extract.json_clock_text import (
    described_clocks,
    end_from_the_clock_label,
    worded_clocks,
)
from netdir.extract.json_course_times import COURSE_TIME_KEYS, course_times
from netdir.extract.json_date_arrays import array_stamp
from netdir.extract.json_date_parts import (
    DAY_KEYS,
    GROUP_DAY,
    GROUP_UTC_MIDNIGHT,
    MONTH_KEYS,
    YEAR_KEYS,
    Parts,
    grouped_day,
    parted_days,
    stated_parts,
)
from netdir.extract.json_date_parts import TITLE_KEYS as PARTED_TITLE_KEYS
from netdir.extract.json_date_texts import text_days
from netdir.extract.json_day_hours import listed_hours
from netdir.extract.json_day_lists import (
    DAY_LIST_KEYS,
    clock_of_group,
    group_clock,
    listed_days,
    paired_places,
    stamp_list,
)
from netdir.extract.json_file_objects import is_file_object
from netdir.extract.json_floating_seconds import floating_end, floating_start
from netdir.extract.json_key_case import spellings, with_known_keys
from netdir.extract.json_label_facts import with_label_facts
from netdir.extract.json_language_keys import with_language_keys
from netdir.extract.json_language_objects import with_language_objects
from netdir.extract.json_languages import language_text
from netdir.extract.json_local_clocks import at_offset, local_offset
from netdir.extract.json_midnight_days import midnight_day
from netdir.extract.json_named_dates import with_inherited_names
from netdir.extract.json_numeric_days import (
    dashed_day_first,
    numeric_day,
    numeric_range,
    slashed_day_first,
)
from netdir.extract.json_offsite_places import is_away, titled_place
from netdir.extract.json_place_ids import PlaceNames, place_by_id, place_names
from netdir.extract.json_place_text import described_place, meta_line_place, place_text
from netdir.extract.json_rule_days import RuleDay, rule_day
from netdir.extract.json_text_lines import dated_lines
from netdir.extract.json_timetables import timetable
from netdir.extract.json_title_clocks import opening_clock
from netdir.extract.json_town_addresses import address_in_town, town_address
from netdir.extract.json_untitled import (
    address_of,
    name_by_kind,
    name_by_label,
    name_by_place,
    name_by_sides,
    name_by_topic,
    town_of,
)
from netdir.extract.json_venue_locations import places_agree, venue_at_location
from netdir.extract.json_withdrawn import withdrawn_key
from netdir.extract.json_worded_days import worded_day, worded_run
from netdir.extract.jsonld import repaired_json
from netdir.extract.local_clock_objects import clock_unset, local_time_object
from netdir.extract.schema_org import iso_padded
from netdir.extract.utc_midnight_days import utc_midnight_days
from netdir.records import RawRecord
from netdir.zone_names import named_zone

EXTRACTOR = "embedded_json"
CONFIDENCE = 0.7
# „kurs“: a course list names each course so („"kurs": "Seepferdchen Natter"“); a share price
# under that key is a number, no title text.
_TITLE_KEYS = ("title", "titel", "name", "summary", "bezeichnung", "subject", "betreff", "kurs")
# The object's name and its texts: a line of facts is none of them (``meta_line_place``).
_NOT_A_META_LINE = (*_TITLE_KEYS, "desc", "description", "beschreibung", "text", "content", "teaser", "body", "subtitle", "untertitel")  # fmt: skip
# Sessionize's sessions say "startsAt"/"endsAt", its speaker profiles' events "eventStartDate";
# Luma's answers (and Rails-style APIs) "start_at"/"starts_at", Mobilizon's "beginsOn"/"endsOn";
# Opendatasoft's event data sets "date_start"/"date_end" (a record without a "timetable"),
# pretix's REST API "date_from"/"date_to" (its "presale_start" is the ticket sale's, not read),
# a club's dates table "datum_von"/"datum_bis" (csv_rows).
# A „Termin“ (appointment) row says the day with its clock („So. 14.06.2026, 19.00 Uhr“) where
# the „datum“ beside it shows the day alone.
_START_KEYS = ("start", "startDate", "start_date", "date_start", "start_time", "startTime", "startsAt", "start_at", "starts_at", "beginsOn", "eventStartDate", "startdatum", "beginndatum", "termin", "datum", "dtstart", "beginn", "begin", "date_from", "datum_von")  # fmt: skip
_END_KEYS = ("end", "endDate", "end_date", "date_end", "end_time", "endTime", "endsAt", "end_at", "ends_at", "endsOn", "eventEndDate", "enddatum", "endedatum", "ende", "dtend", "date_to", "datum_bis")  # fmt: skip
# The length after the start, when no end is stated (a .NET TimeSpan „04:00:00“, „PT2H“).
_DURATION_KEYS = ("duration",)
# A whole JSON body is an answer about events: its objects' bare "date" is their day. In a page's
# scripts a "date" beside a title is as often a post's publication day, so it counts only there.
# Meetup's GraphQL answers (and the APIs that pass them on) say "dateTime" beside an event's
# "title" and "duration"; in a page's scripts it as often stamps a post, so only in an answer.
# A data file's "dateRange"/"zeitraum" is the event's run as its page prints it („19. Februar –
# 8. März 2026“): its first day the start, its last the end (json_worded_days.worded_run).
# „zeiten“ last: a course's times text, read by its summary (json_course_times).
_DOCUMENT_START_KEYS = (*_START_KEYS, "date", "dateTime", "dateRange", "date_range", "zeitraum", *COURSE_TIME_KEYS)  # fmt: skip
# A title written as an object of its text and markup (Eventbrite's "name": {"text", "html"}).
_TITLE_TEXT_KEY = "text"
# „placename“: the City of Paris's open-data events (Opendatasoft); Meetup's "venues" (a list
# of the one venue, json_place_text); Luma's venue object
# "geo_address_info" (its public API: "geo_address_json"), Mobilizon's "physicalAddress"; an
# open-data aggregator's "location_name" (its "location" would be an object or a text); a family
# excursion map's "ort_name" beside the "ort_id" slug of one of its own places.
# A production's "theater"; an association's list's "adresse_vollständig" (read last: a bare
# address beside a venue key is the venue's).
_PLACE_KEYS = ("location", "veranstaltungsort", "ort", "place", "venue", "sitzungsort", "raum", "room", "venueName", "venue_name", "location_name", "locationName", "ort_name", "placename", "place_name", "geo_address_info", "geo_address_json", "physicalAddress", "venues", "theater", "theatre", "adresse_vollständig")  # fmt: skip
# A venue's name with its address apart („"VenueName": "Maison des Associations", "VenueAddr":
# "3 Pl. Guy Hersant Toulouse"“, „"location_name": "Schloßtheater", "address": "An der Meerwiese
# 25"“): the address follows the name.
_VENUE_NAME_KEYS = ("venueName", "venue_name", "location_name", "locationName")
_VENUE_ADDRESS_KEYS = ("venueAddr", "venueAddress", "venue_address")
# Beside a venue's name key, a plain "address" is the venue's (not the organiser's).
_NAMED_VENUE_ADDRESS_KEYS = (*_VENUE_ADDRESS_KEYS, "address")
# A room inside the site a place key names: Indico's "roomFullname" („4/2-037 - TH meeting
# room“) before its bare "room".
_ROOM_KEYS = ("roomFullname", "room", "raum")
_URL_KEYS = (
    "url",
    "full_url",
    "event_url",
    "link",
    "href",
    "permalink",
    "source_url",
    "public_url",
)
# The zone an object names for its stamps (a site builder's events: UTC stamps beside
# "timeZoneId": "America/Los_Angeles", what the widget shows them in).
_ZONE_KEYS = ("timeZoneId", "timeZone", "timezone", "tz")
_UTC_ZONE = "UTC"  # the zone of an entry whose local clock is UTC's own
# Where an event object keeps its day when not beside its title: Wix's "scheduling.config".
_SCHEDULE_DEPTH = 2
_OFFSET = lazy_re.compile(r"T.*(Z|[+-]\d{2}:?\d{2})$")
_ISO = lazy_re.compile(
    r"^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$"
)
_JSON_START = lazy_re.compile(r"[\[{]\s*\"")  # an object or array that opens with a quoted key
_SCRIPT_TYPES = ("", "text/javascript", "application/javascript", "application/json", "module")
# How a JSON value opens inside an attribute in the page's source (quotes escaped as entities
# in a double-quoted attribute, raw in a single-quoted one).
_JSON_ATTRIBUTE = ('="[{&quot;', '="{&quot;', '="[&quot;', '="[{&#34;', '="{&#34;', "='[", "='{")
# Every key the readers look for, by its case-folded form (a .NET export's "Title", "Start").
_KNOWN_KEYS = spellings(
    _TITLE_KEYS,
    _DOCUMENT_START_KEYS,
    _END_KEYS,
    _DURATION_KEYS,
    _PLACE_KEYS,
    _VENUE_ADDRESS_KEYS,
    _URL_KEYS,
    _ZONE_KEYS,
    PARTED_TITLE_KEYS,
    DAY_LIST_KEYS,
    DAY_KEYS,
    MONTH_KEYS,
    YEAR_KEYS,
)
_MAX_TEXT = 2_000_000  # characters of one script or attribute read at most
_MAX_DEPTH = 30
_MAX_RECORDS = 1000


def extract_embedded_json(tree: LexborHTMLParser, context: PageContext) -> list[RawRecord]:
    return records_from_json_texts(json_texts(tree), context)


def records_from_json_texts(
    texts: list[str], context: PageContext, *, document: bool = False
) -> list[RawRecord]:
    """Records of the event objects in ``texts`` (from :func:`json_texts`, or the one text of a
    body that is all JSON: ``document``)."""
    parsed: list[list[Any] | None] = [None] * len(texts)
    if document:
        readable = [_readable(text) for text in texts]
        texts = [text for text, _ in readable]
        parsed = [values for _, values in readable]
    reading = _Reading(_DOCUMENT_START_KEYS if document else _START_KEYS, texts, document)
    if document:
        reading.today = context.fetched_at.date()
    values = (
        found if found is not None else _decoded_from(text)
        for text, found in zip(texts, parsed, strict=True)
    )
    return _records(values, context, reading)


def records_from_document_value(
    value: Any, words: list[str], context: PageContext
) -> list[RawRecord]:
    """Records of the event objects in a document already parsed into ``value`` (a site's XML
    export read as the JSON objects it spells), as :func:`records_from_json_texts` reads a body
    that is all JSON; ``words`` are the document's keys and texts, whose slashed dates tell
    whether they are day first."""
    reading = _Reading(_DOCUMENT_START_KEYS, words, document=True)
    reading.today = context.fetched_at.date()
    return _records([[value]], context, reading)


def _records(
    value_lists: Iterable[Iterable[Any]], context: PageContext, reading: _Reading
) -> list[RawRecord]:
    records: list[RawRecord] = []
    seen: dict[tuple[str, str], list[tuple[str | None, str | None, str | None]]] = {}
    for values in value_lists:
        for value in values:
            names = place_names(value)
            # „"timezone": "America/Los_Angeles"“ at the answer's top: whose clocks it writes.
            answer_zone = stated_zone_key(value) if isinstance(value, dict) else None
            if reading.document:
                # A production's performances: dated objects named by the object around them.
                value = with_inherited_names(value, _TITLE_KEYS, reading.start_keys, _PLACE_KEYS)
                records.extend(_in_answer_zone(_line_records(value, context), answer_zone))
                records.extend(_in_answer_zone(_bare_row_records(value, context), answer_zone))
            for node, around in _objects(value, 0, {}):
                if withdrawn_key(node) is not None:
                    continue  # deleted or a draft: the site no longer shows it
                record = _record(node, around, context, reading, names)
                if record is None or record.start is None:
                    continue
                zone = (
                    stated_zone_key(node)
                    or zone_of_clock_letters(node)
                    or place_zone_key(node, _PLACE_KEYS)
                    or answer_zone
                )
                _in_answer_zone([record], zone)
                for occurrence in _occurrences(record, node, reading):
                    about = _what_about(node, record.title)
                    if _seen_before(occurrence, seen, about, _identity(node)):
                        continue  # FullCalendar repeats an event in its extendedProps
                    records.append(occurrence)
                    if len(records) >= _MAX_RECORDS:
                        return records
    return records


def _in_answer_zone(records: list[RawRecord], zone: str | None) -> list[RawRecord]:
    """``records`` with the zone the answer states for their local clocks (json_answer_zones),
    unless a record already knows its own."""
    if zone is not None:
        for record in records:
            record.extra.setdefault("zone", zone)
    return records


def _line_records(value: Any, context: PageContext) -> list[RawRecord]:
    """A record for each dated line of text the document keeps („12.01. Göttingen - Apex 20:00“
    under "2018")."""
    records = []
    for line in dated_lines(value):
        record = context.new_record(EXTRACTOR, line.text, confidence=CONFIDENCE)
        record.field_sources["title"] = f"{EXTRACTOR}:{line.key}[] text"
        set_field(record, "start", line.start, f"{EXTRACTOR}:{line.key}[] text")
        if len(line.start) == 10:
            record.all_day = True
            record.field_sources["all_day"] = f"{EXTRACTOR}:{line.key}[] text"
        if line.town is not None:
            set_field(record, "location_text", line.town, f"{EXTRACTOR}:{line.key}[] town")
        set_field(record, "url", context.base_url, "page")
        records.append(record)
    return records


def _bare_row_records(value: Any, context: PageContext) -> list[RawRecord]:
    """A record for each row of bare cells under a day key („So 05.05.2019“ over [„11:30“, hall,
    number, league, home, guest, score]: json_bare_rows)."""
    records = []
    for row in bare_rows(value):
        source = f"{EXTRACTOR}:{row.key}[] row"
        record = context.new_record(EXTRACTOR, row.title, confidence=CONFIDENCE)
        record.field_sources["title"] = source
        set_field(record, "start", row.start, source)
        if len(row.start) == 10:
            record.all_day = True
            record.field_sources["all_day"] = source
        if row.place is not None:
            set_field(record, "location_text", row.place, source)
        set_field(record, "url", context.base_url, "page")
        records.append(record)
    return records


def _seen_before(
    record: RawRecord,
    seen: dict[tuple[str, str], list[tuple[str | None, str | None, str | None]]],
    about: str | None = None,
    identity: str | None = None,
) -> bool:
    """Whether an event of this title and start was read already at this place (or either names
    none: a copy of an event may leave its place out). Same-named events of one day in
    different places (a release party in thirty towns) are as many events, and so are a user
    group's two talks of one evening that name different subjects (``about``: „GDG Riga“ with
    „What's new in kotlin1.1?“ and with „Kotlin in real life“), and two entries the answer
    keeps under different identifiers (``identity``: Hong Kong's poetry exhibition as programme
    177709 and 177887, shown in two libraries the export names only by number). Notes
    ``record``."""
    key = (record.title.casefold(), record.start or "")
    place = record.location_text.casefold() if record.location_text else None
    entries = seen.setdefault(key, [])
    for other_place, other_about, other_identity in entries:
        same_place = place is None or other_place is None or place == other_place
        same_subject = about is None or other_about is None or about == other_about
        same_entry = identity is None or other_identity is None or identity == other_identity
        if same_place and same_subject and same_entry:
            return True
        if (
            same_subject
            and place
            and other_place
            and place != other_place
            and places_agree(place, other_place)
        ):
            # Two sources of one show, each under an identifier of its own, each writing the
            # hall its way („Cinema Teatro PalaDolomiti, Pinzolo“, „PalaDolomiti - Pinzolo“). One
            # hall written alike under two identifiers is the answer's own two entries (three
            # groups co-hosting a summit, a programme shown twice) and stays two.
            return True
    entries.append((place, about, identity))
    return False


# The keys an answer names each of its entries by.
_IDENTITY_KEYS = ("id", "uid", "uuid", "_id")


def _identity(node: dict[str, Any]) -> str | None:
    """The identifier the answer gives this entry, or None."""
    for key in _IDENTITY_KEYS:
        value = node.get(key)
        if isinstance(value, str | int) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()
    return None


# The keys that say what an event is about beside its name: a talk's subject or its speaker.
_ABOUT_KEYS = ("subject", "topic", "thema", "speaker")


def _what_about(node: dict[str, Any], title: str) -> str | None:
    """The subject (or speaker) ``node`` names beside its title ``title``, folded; None if none."""
    for key in _ABOUT_KEYS:
        value = node.get(key)
        if isinstance(value, str) and value.strip() and value.strip() != title:
            return value.strip().casefold()
    return None


def json_texts(tree: LexborHTMLParser, page_text: str | None = None) -> list[str]:
    """The ``data-*`` attribute values and inline scripts that may hold JSON, as text: cheap to
    collect before other readers change the tree, decoded only when they are needed. With the
    page's source at hand, attributes are walked only when the source has one that opens a JSON
    value (walking every element's attributes costs up to ~30 ms on a large page)."""
    texts: list[str] = []
    body = tree.body
    if body is not None and (page_text is None or any(m in page_text for m in _JSON_ATTRIBUTE)):
        for node in body.css("*"):
            for name, raw in node.attributes.items():
                if not name.startswith("data-") or not raw or len(raw) > _MAX_TEXT:
                    continue
                text = raw.strip()
                if text[:1] in ("[", "{") and '"' in text[:3]:
                    texts.append(text)
    for script in tree.css("script"):
        if "src" in script.attributes:
            continue
        kind = (script.attributes.get("type") or "").strip().lower()
        if kind not in _SCRIPT_TYPES:
            continue  # JSON-LD is read as such; templates are no data
        text = script.text(deep=True) or ""
        if '"' in text and len(text) <= _MAX_TEXT:
            texts.append(text)
    return texts


def _decoded_from(text: str) -> Iterator[Any]:
    """Every JSON value in ``text`` that starts at ``{"`` or ``[{"``, outermost first
    (a script holds JSON inside JavaScript: ``props: {…},``)."""
    decoder = json.JSONDecoder(strict=False)
    position = 0
    while (match := _JSON_START.search(text, position)) is not None:
        try:
            value, end = decoder.raw_decode(text, match.start())
        except (json.JSONDecodeError, RecursionError):
            position = match.start() + 1
            continue
        yield value
        position = end


@dataclass(slots=True)
class _Reading:
    """How one call reads its texts: the keys a start stands under, and (decided once, from all
    the texts, when a slashed date first needs it) whether slashed dates are day first."""

    start_keys: tuple[str, ...]
    texts: list[str]
    document: bool = False  # the texts are a body that is all JSON (an answer about events)
    today: date | None = None  # set for a document: its worded days are read (json_worded_days)
    _day_first: bool | None = field(default=None, init=False)
    _dashed_day_first: bool | None = field(default=None, init=False)

    def day_first(self) -> bool:
        if self._day_first is None:
            self._day_first = slashed_day_first(self.texts)
        return self._day_first

    def dashed_day_first(self) -> bool:
        if self._dashed_day_first is None:
            self._dashed_day_first = dashed_day_first(self.texts)
        return self._dashed_day_first


def _readable(text: str) -> tuple[str, list[Any] | None]:
    """A body that is all JSON as it parses, or with the commas a hand edit left before a closing
    bracket dropped (a Jekyll data file kept with „},\n]“); with the values :func:`_decoded_from`
    would read from it when the parse that tells already gave them."""
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        # Node's util.inspect or a script's literal: single quotes, bare keys (js_object_literal)
        spelled = json_of_js_literal(text)
        return (repaired_json(text) if spelled is None else spelled), None
    start = _JSON_START.search(text)
    if start is not None and not text[: start.start()].strip():
        # The value opens where _decoded_from would start and runs to the end (what is after it
        # is white space): it would decode this one value again, so it is taken as it is.
        return text, [value]
    return text, None


def _objects(value: Any, depth: int, around: Parts) -> Iterator[tuple[dict[str, Any], Parts]]:
    """Every object in ``value`` with the year and month the objects around it state (a
    calendar nested by year and month)."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, list):
        for item in value:
            yield from _objects(item, depth + 1, around)
    elif isinstance(value, dict):
        # „"infos": [{"label": "Ort", "wert": …}]“: rows of facts read as the keys they name.
        # „"fr": {"title": …}, "en": {"title": …}“ beside the event's day: one language's texts.
        # „"titlec": …, "titlee": …“: one field per language under keys of its own.
        node = with_embedded_place(
            with_known_keys(
                with_language_keys(with_language_objects(with_label_facts(value), _TITLE_KEYS)),
                _KNOWN_KEYS,
            ),
            _PLACE_KEYS,
        )
        yield node, around
        inner = stated_parts(node, around)
        titled = any(_title_text(node.get(key)) is not None for key in _TITLE_KEYS)
        if titled:
            inner.pop(GROUP_DAY, None)  # an event's venue or host object is dated by no group
            inner.pop(GROUP_UTC_MIDNIGHT, None)
        elif (clocks := clocks_apart(node)) is not None:
            # A programme's „"Beginn": "20:30 Uhr"“ over its films: the clock of each screening.
            inner = group_clock(clocks[0], inner)
        for key, item in value.items():
            if isinstance(item, list) and not titled:
                # A day's group of events (``{"date": "2025-10-08", "events": [{"title": …,
                # "time": "7:00 PM"}]}``): the day stands on the group, the clock on each event.
                yield from _objects(item, depth + 1, grouped_day(node, key, inner))
            elif isinstance(item, dict | list):
                yield from _objects(item, depth + 1, inner)


def _record(
    node: dict[str, Any],
    around: Parts,
    context: PageContext,
    reading: _Reading,
    names: PlaceNames,
) -> RawRecord | None:
    if is_file_object(node):
        return None  # an OParl meeting's invitation, dated the day it was written
    title_key = next((k for k in _TITLE_KEYS if _title_text(node.get(k)) is not None), None)
    # A fixture list's match without a title: named by its two sides; a gig list's object by
    # what its place key says it is.
    sides = name_by_sides(node) if title_key is None and reading.document else None
    # A data file's entry by its label („"label": "Beschlussfassung Stadtrat"“), before its kind.
    by_label = name_by_label(node) if title_key is None and reading.document and not sides else None
    # An association's entry by its kind („"typ": "Monatsversammlung"“), before its place.
    by_kind = name_by_kind(node) if title_key is None and reading.document and not sides else None
    # A course's session by its subject („"topic": "Testing"“), before the venue it is held at.
    by_topic = name_by_topic(node) if title_key is None and reading.document and not sides else None
    untitled = (
        sides
        or by_label
        or by_kind
        or by_topic
        or (name_by_place(node) if title_key is None and reading.document else None)
    )
    titled = title_key is not None or untitled is not None
    # Opendatasoft's „timetable“ of start–end pairs, OpenAgenda's „timings“: the first occurrence
    # here, each further one a copy (_occurrences).
    table = timetable(node) if titled else None
    # A Google Data feed's entry: its own times in "gd$when" (its "gd$originalEvent" holds the
    # series' original start, which the entry may have moved).
    when = gdata_when(node) if titled and table is None else None
    timed = table is not None or when is not None
    found = _schedule_of(node, reading) if titled and not timed else None
    api = api_start(node) if titled and found is None and not timed else None
    if api is None and titled and found is None and not timed:
        # Unix seconds under a day counted as UTC: their UTC clock is the programme's own.
        api = floating_start(node, _START_KEYS, around.get(GROUP_UTC_MIDNIGHT))
    # A film's „"Termine": ["07.04.16", "12.04.16"]“: the first screening here, the others copies.
    listed = (
        stamp_list(node, lambda v: _stamp(v, reading))
        if titled and found is None and api is None and not timed
        else None
    )
    parted = None
    # A weekly course's „"date": "Jeden Mittwoch"“: its next meeting, with the rule.
    ruled = (
        rule_day(node, reading.start_keys, reading.today)
        if titled
        and reading.today is not None
        and found is None
        and api is None
        and listed is None
        and not timed
        else None
    )
    if found is None and api is None and listed is None and not timed and ruled is None:
        # A day written in parts (day, month, year apart; month and year maybe around it).
        parted = parted_days(node, around, context.fetched_at.date())
        keys = (*_TITLE_KEYS, *PARTED_TITLE_KEYS)
        title_key = next((k for k in keys if _title_text(node.get(k)) is not None), None)
        if parted is None or title_key is None:
            return None
    if title_key is None and untitled is not None:
        title_key = untitled[1]
        title: str | None = untitled[0]
    else:
        title = clean_text(_title_text(node[title_key])) if title_key is not None else None
    if title is None:
        return None
    record = context.new_record(EXTRACTOR, title, confidence=CONFIDENCE)
    record.field_sources["title"] = f"{EXTRACTOR}:{title_key}"
    if table is not None:
        _set_occurrence(record, table[0], *table[1][0])
    elif when is not None:
        _set_gdata_times(record, *when)
    elif found is not None:
        _set_iso_times(record, node, *found, reading, clock_of_group(around))
    elif listed is not None:
        key, stamps = listed
        set_field(record, "start", stamps[0], f"{EXTRACTOR}:{key}[]")
        if len(stamps[0]) == 10:
            _set_clocks_apart(record, node, "", f"{key}[]", False, clock_of_group(around))
    elif api is not None:
        # An API answer's epoch stamp or split local day and clock (Meetup's events).
        set_field(record, "start", api[0], f"{EXTRACTOR}:{api[1]}")
        set_field(record, "end", api_end(node, api[0]), f"{EXTRACTOR}:duration")
        if record.end is None and (ended := floating_end(node, _END_KEYS, api[0])) is not None:
            set_field(record, "end", ended[0], f"{EXTRACTOR}:{ended[1]}")
    elif parted is not None:
        _set_parted_days(record, node, *parted)
    elif ruled is not None:
        _set_rule_day(record, ruled)
    named_by_place = (
        untitled is not None
        and sides is None
        and by_label is None
        and by_kind is None
        and by_topic is None
        and title_key == untitled[1]
    )
    _set_place_of(record, node, context, reading, names, named_by_place)
    _set_called_off(record, node)
    return record


# A flag an answer sets on a session that was called off („"cancelled": true“), kept in its list.
_CALLED_OFF_KEYS = ("cancelled", "canceled", "isCancelled", "is_cancelled", "abgesagt", "entfaellt", "entfällt")  # fmt: skip


def _set_called_off(record: RawRecord, node: dict[str, Any]) -> None:
    """The record is called off when its object's flag says so (a boolean true, not a text)."""
    key = next((k for k in _CALLED_OFF_KEYS if node.get(k) is True), None)
    if key is not None:
        set_field(record, "status_text", "cancelled", f"{EXTRACTOR}:{key}")


def _set_place_of(
    record: RawRecord,
    node: dict[str, Any],
    context: PageContext,
    reading: _Reading,
    names: PlaceNames,
    named_by_place: bool,
) -> None:
    """The record's place (and url) from its object's place fields, else from what else the
    object or the answer says of it; ``named_by_place``: its place key named the event."""
    _set_place_and_url(record, node, context)
    if is_away(record.location_text):
        # „"location": "Offsite"“: no place; the park its title names, if it names one.
        source = record.field_sources.pop("location_text", EXTRACTOR)
        record.location_text = None
        set_field(record, "location_text", titled_place(record.title), f"{source}+title")
    if named_by_place:
        # Its place key named the event; the town beside it is where it is.
        record.location_text = None
        record.field_sources.pop("location_text", None)
        town = town_of(node)
        if (address := address_of(node)) is not None:
            # „"venue": "Kirchenhof Seidnitz", "adresse": "Altseidnitz 12, 01277 Dresden"“: a name
            # with its street is a place, whatever occasion it also names; the town follows an
            # address that leaves it out („Schloßstraße 10/12“ in Bautzen).
            place, keys = f"{record.title}, {address[0]}", f"{untitled_key(record)}+{address[1]}"
            if town is not None and town[0].casefold() not in address[0].casefold():
                place, keys = f"{place}, {town[0]}", f"{keys}+{town[1]}"
            set_field(record, "location_text", place, f"{EXTRACTOR}:{keys}")
        elif town is not None:
            set_field(record, "location_text", town[0], f"{EXTRACTOR}:{town[1]}")
    if record.location_text is None and (where := gdata_where(node)) is not None:
        set_field(record, "location_text", where, f"{EXTRACTOR}:{WHERE_KEY}")
    if record.location_text is None and (named := place_by_id(node, names)) is not None:
        # Sessionize's "roomId", named in the answer's "rooms".
        set_field(record, "location_text", named[0], f"{EXTRACTOR}:{named[1]}")
    # An export's empty place fields („siehe Beschreibungstext“) and a description saying
    # „Veranstaltungsort: Istituto Valdese“.
    if (
        record.location_text is None
        and reading.document
        and (described := described_place(node)) is not None
    ):
        set_field(record, "location_text", described[0], f"{EXTRACTOR}:{described[1]}")
    if record.location_text is None and reading.document and (town := town_of(node)) is not None:
        # A data file's event whose venue fields are empty but whose "city" is stated: the
        # town is where it is, as much as the file says — with the street where it states one
        # (json_town_addresses.town_address).
        place, keys = town_address(town, address_of(node))
        set_field(record, "location_text", place, f"{EXTRACTOR}:{keys}")
    if (
        record.location_text is None
        and reading.document
        and (meta := meta_line_place(node, _NOT_A_META_LINE)) is not None
    ):
        # „"meta": "Kulturzentrum LUISE, München · 240 €"“: a line of facts opening with the place.
        set_field(record, "location_text", meta[0], f"{EXTRACTOR}:{meta[1]} (first part)")
    if record.location_text is None and named_by_place:
        # Its place key named it and nothing beside says where: the named venue is where it is
        # too (an ice-cream stand's stop „"ort": "Reitverein Tangerhütte"“, no town apart).
        set_field(record, "location_text", record.title, f"{EXTRACTOR}:{untitled_key(record)}")


def untitled_key(record: RawRecord) -> str:
    """The key whose text named an untitled record (its title's source)."""
    return record.field_sources.get("title", "").removeprefix(f"{EXTRACTOR}:")


def _occurrences(record: RawRecord, node: dict[str, Any], reading: _Reading) -> list[RawRecord]:
    """``record`` once for each occurrence its object's timetable (or list of days) names
    (itself for the first)."""
    table = timetable(node)
    if table is None and "[]" in record.field_sources.get("start", ""):
        listed = stamp_list(node, lambda v: _stamp(v, reading))
        if listed is not None:
            return [record, *(_on_day(record, stamp[:10]) for stamp in listed[1][1:])]
    if table is None and reading.document and record.start is not None:
        days = listed_days(node, record.start[:10], reading.start_keys)
        if days is not None:
            copies = [record, *(_on_day(record, day) for day in days[1:])]
            _pair_places(copies)
            return copies
    if table is None and reading.document and (hourly := _at_hours(record, node)) is not None:
        return hourly  # „17 Jan 2026 (Sat) 3:30pm, 4:30pm“: a performance at each hour
    if table is None or len(table[1]) < 2:
        return [record]
    key, pairs = table
    copies = [record]
    for start, end in pairs[1:]:
        copy = deepcopy(record)
        _set_occurrence(copy, key, start, end)
        copies.append(copy)
    return copies


def _at_hours(record: RawRecord, node: dict[str, Any]) -> list[RawRecord] | None:
    """``record`` and a copy at each further hour its start value lists after its one day
    (json_day_hours); None when the value lists no hours or its first is not the start's."""
    start = record.start or ""
    key = record.field_sources.get("start", "").removeprefix(f"{EXTRACTOR}:")
    value = node.get(key)
    hours = listed_hours(value) if isinstance(value, str) and len(start) > 15 else None
    if hours is None or start[11:16] != hours[0]:
        return None
    copies = [record]
    for hour in hours[1:]:
        copy = deepcopy(record)
        copy.start = f"{start[:11]}{hour}{start[16:]}"
        copy.end = None  # the end stated belongs to the first performance
        copy.field_sources.pop("end", None)
        copy.field_sources["start"] = f"{record.field_sources['start']} (hour)"
        copies.append(copy)
    return copies


def _pair_places(copies: list[RawRecord]) -> None:
    """Each copy at the place of its rank when the place text names one per day."""
    places = paired_places(copies[0].location_text, len(copies))
    if places is None:
        return
    source = copies[0].field_sources.get("location_text", EXTRACTOR)
    for copy, place in zip(copies, places, strict=True):
        copy.location_text = place
        copy.field_sources["location_text"] = f"{source} (part)"


def _on_day(record: RawRecord, day: str) -> RawRecord:
    """A copy of ``record`` on ``day`` at its clocks (an end on its own day moves along)."""
    copy = deepcopy(record)
    first = (record.start or "")[:10]
    copy.start = day + (record.start or "")[10:]
    if record.end is not None and record.end[:10] == first:
        copy.end = day + record.end[10:]
    else:
        copy.end = None
        copy.field_sources.pop("end", None)
    copy.field_sources["start"] = f"{record.field_sources.get('start')}+{DAY_LIST_KEYS[0]}"
    return copy


def _set_occurrence(record: RawRecord, key: str, start: str, end: str | None) -> None:
    record.end = None
    record.field_sources.pop("end", None)
    set_field(record, "start", start, f"{EXTRACTOR}:{key}")
    set_field(record, "end", end, f"{EXTRACTOR}:{key}")


def _set_gdata_times(record: RawRecord, start: str, end: str | None) -> None:
    set_field(record, "start", start, f"{EXTRACTOR}:{WHEN_KEY}.startTime")
    set_field(record, "end", end, f"{EXTRACTOR}:{WHEN_KEY}.endTime")
    if len(start) == 10:  # a day alone: an all-day entry
        record.all_day = True
        record.field_sources["all_day"] = f"{EXTRACTOR}:{WHEN_KEY}.startTime"


def _set_iso_times(
    record: RawRecord,
    node: dict[str, Any],
    holder: dict[str, Any],
    path: str,
    start_key: str,
    start_stamp: str,
    reading: _Reading,
    group_clock: str | None = None,
) -> None:
    zone = _zone(holder) or _zone(node)
    if zone is not None and holder is not node:
        # „"when": {"start": "2026-08-25T19:30:00", "timeZone": "America/New_York"}“: the object
        # holding the start names the zone its clocks are at, for the normalizer too.
        record.extra.setdefault("zone", zone.key)
    ending = _first_stamp(holder, _END_KEYS, reading)
    end_key, end_stamp = ending if ending is not None else (None, None)
    if all_day_flag(holder) is not None and (flagged := flagged_days(start_stamp, end_stamp)):
        # „"start": "2026-09-15T00:00:00+02:00", "all_day": true“: the midnight is the day.
        start_stamp, end_stamp = flagged
    if (days := utc_midnight_days(start_stamp, end_stamp)) is not None:
        # A server's days at midnight UTC (a speaker profile's conferences).
        start_stamp, end_stamp = days
    if (day := midnight_day(start_stamp)) is not None and clocks_apart(holder) is not None:
        # „"date": "2026-08-22T00:00:00", "start_time": "1:00 PM PT"“: a day at midnight.
        start_stamp = day
    if zone is None and (offset := local_offset(holder, start_stamp)) is not None:
        # „"start": "…T18:30:00.000Z", "displayTime24": "19:30"“: the event's own clock.
        start_stamp, end_stamp = _at_local_clock(record, start_stamp, end_stamp, offset)
    start = _in_zone(start_stamp, zone)
    if len(start) > 10 and clock_unset(holder):
        # „"time_tbd": true“ beside „"datetime_local": "…T03:30:00"“: a placeholder clock.
        start = start[:10]
    set_field(record, "start", start, f"{EXTRACTOR}:{path}{start_key}")
    if end_key is not None and end_stamp is not None:
        # An all-day end object names the day after.
        end = last_day(_in_zone(end_stamp, zone), holder[end_key])
        if end != start:
            set_field(record, "end", end, f"{EXTRACTOR}:{path}{end_key}")
    elif start_key in COURSE_TIME_KEYS:
        # „4 Tage, 05.12.2025 - 13.12.2025 Freitag, 16:00 - 19:15 Uhr …“: the course's last day.
        if reading.today is not None and (times := course_times(holder[start_key], reading.today)):
            set_field(record, "end", times[1], f"{EXTRACTOR}:{path}{start_key}")
    elif (run := _numeric_run(holder.get(start_key), reading)) is not None:
        # „"datum": "24.08.2019 12:00 - 27.08.2019 23:59"“: the run's end in the same value.
        set_field(record, "end", run[1], f"{EXTRACTOR}:{path}{start_key}")
    elif (last := _worded_run(holder.get(start_key), start, reading)) is not None:
        # „"dateRange": "19. Februar – 8. März 2026"“: the run's last day in the same words.
        set_field(record, "end", last, f"{EXTRACTOR}:{path}{start_key}")
    else:
        # „"Start": "2025-01-21T18:30:00+01:00", "Duration": "04:00:00"“: until 22:30.
        key = _DURATION_KEYS[0]
        set_field(record, "end", end_after(start, holder.get(key)), f"{EXTRACTOR}:{path}{key}")
    if (texts := text_days(holder, start, record.end, reading.today)) is not None:
        # „"originalString": "08. und 09. Februar 2025"“ beside a stamp of the 9th alone: the
        # page's own text names the days (json_date_texts).
        text_key, first, last = texts
        set_field(record, "start", first, f"{EXTRACTOR}:{path}{text_key}")
        record.end = None
        record.field_sources.pop("end", None)
        set_field(record, "end", last, f"{EXTRACTOR}:{path}{text_key}")
        return
    if len(start) == 10:
        # An end day equal to the start day says no more than the start: the end clock kept
        # apart („"end_date": "2026-09-11", "end_time": "21:00"“) is the end.
        _set_clocks_apart(record, holder, path, start_key, record.end is not None, group_clock)


def _at_local_clock(
    record: RawRecord, start: str, end: str | None, offset: int
) -> tuple[str, str | None]:
    """The UTC stamps ``start`` and ``end`` on the clock ``offset`` minutes ahead of UTC that
    their entry states (json_local_clocks); a clock equal to UTC's is UTC's, not Berlin's."""
    if offset == 0:
        record.extra["zone"] = _UTC_ZONE
        return start, end
    return at_offset(start, offset), (at_offset(end, offset) if end is not None else None)


def _set_rule_day(record: RawRecord, ruled: RuleDay) -> None:
    source = f"{EXTRACTOR}:{ruled.keys}"
    set_field(record, "start", ruled.start, source)
    set_field(record, "end", ruled.end, source)
    set_field(record, "recurrence", ruled.recurrence, source)
    set_field(record, "location_text", ruled.place, source)  # a place key read later wins
    if len(ruled.start) == 10:
        record.all_day = True
        record.field_sources["all_day"] = source


def _set_parted_days(
    record: RawRecord, node: dict[str, Any], start: str, end: str | None, keys: str
) -> None:
    set_field(record, "start", start, f"{EXTRACTOR}:{keys}")
    set_field(record, "end", end, f"{EXTRACTOR}:{keys}")
    _set_clocks_apart(record, node, "", keys, end is not None)


def _set_clocks_apart(
    record: RawRecord,
    holder: dict[str, Any],
    path: str,
    start_key: str,
    has_end: bool,
    group_clock: str | None = None,
) -> None:
    """A day-only start completed by the clock (or range of clocks) its object keeps apart
    ("time": "13:00–14:30", "zeit_von"/"zeit_bis") or, without one, the clock the group around
    it states for all its events (``group_clock``); without either, an all-day start."""
    day = record.start or ""
    clocks = clocks_apart(holder)
    if clocks is None and len(day) == 10:
        # „"uhrzeit": "Dienstag, 18 bis 21 Uhr<br />"“: hours as the page writes them.
        clocks = worded_clocks(holder, day)
    if clocks is None and len(day) == 10:
        # „"time": null, "description": "Martedì 17 settembre - ore 20:45"“: an empty clock slot.
        clocks = described_clocks(holder, day)
    if clocks is None and len(day) == 10 and (opening := opening_clock(record.title, day)):
        # „6:30pm La Vieille Chéchette Choir“ on a day alone: the hour its name opens with.
        clocks = (*opening, "title")
    if clocks is None and group_clock is not None:
        clocks = (group_clock, None, "(group)")
    if clocks is not None:
        start_clock, end_clock, clock_keys = clocks
        set_field(
            record, "start", f"{day}T{start_clock}", f"{EXTRACTOR}:{path}{start_key}+{clock_keys}"
        )
        # „"time": "10:00", "timeLabel": "10  bis  17 Uhr"“: the end only in the printed hours.
        if (
            end_clock is None
            and not has_end
            and len(day) == 10
            and (labelled := end_from_the_clock_label(holder, day, start_clock)) is not None
        ):
            end_clock, clock_keys = labelled
        if not has_end and end_clock is not None:
            # „19:30–00:30 Uhr“: the next morning.
            end = end_on_day(day, start_clock, end_clock)
            set_field(record, "end", end, f"{EXTRACTOR}:{path}{clock_keys}")
        elif end_clock is not None and record.end is not None and len(record.end) == 10:
            # An end day of its own and the end clock apart: that day at that clock.
            end = f"{record.end}T{end_clock}"
            set_field(record, "end", end, f"{record.field_sources.get('end')}+{clock_keys}")
        return
    record.all_day = True
    record.field_sources["all_day"] = f"{EXTRACTOR}:{path}{start_key}"


def _set_place_and_url(record: RawRecord, node: dict[str, Any], context: PageContext) -> None:
    place_key = next((k for k in _PLACE_KEYS if place_text(node.get(k))), None)
    if place_key is not None:
        place = place_text(node[place_key])
        address_keys = _NAMED_VENUE_ADDRESS_KEYS if place_key in _VENUE_NAME_KEYS else ()
        address_key = next((k for k in address_keys if place_text(node.get(k))), None)
        address = place_text(node[address_key]) if address_key is not None else None
        if place and address and place_key in _VENUE_NAME_KEYS and address not in place:
            place, place_key = f"{place}, {address}", f"{place_key}+{address_key}"
        elif place and (at_location := venue_at_location(place, place_key, node)) is not None:
            # „"venue": "Teatro Lux", "location": "Pergine Valsugana"“: the hall in that town.
            place, place_key = at_location
        elif place and isinstance(node[place_key], str):
            # „"location": "Munich", "address": "Residenzstr. 1"“: the street in that town.
            in_town = address_in_town(place, place_key, node)
            place, place_key = in_town or _with_room(*_with_town(place, place_key, node), node)
        set_field(record, "location_text", place, f"{EXTRACTOR}:{place_key}")
    if isinstance(node.get("slug"), str):
        record.extra["slug"] = node["slug"]
    url_key = next((k for k in _URL_KEYS if isinstance(node.get(k), str)), None)
    url = context.absolute_url(node[url_key]) if url_key is not None else None
    if url is not None and url_key is not None:
        set_field(record, "url", url, f"{EXTRACTOR}:{url_key}")
    else:
        set_field(record, "url", context.base_url, "page")


def _with_town(place: str, place_key: str, node: dict[str, Any]) -> tuple[str, str]:
    """„"venue": "Arche", "city": "Dittelbrunn"“: the town after the venue, as a reader writes it
    (once: a venue text that already names it stays as it is)."""
    town = town_of(node)
    if town is None or town[0].casefold() in place.casefold():
        return place, place_key
    return f"{place}, {town[0]}", f"{place_key}+{town[1]}"


def _with_room(place: str, place_key: str, node: dict[str, Any]) -> tuple[str, str]:
    """„"location": "CERN", "room": "4/2-037"“ (Indico's events; „"ort": "Rathaus", "raum":
    "Sitzungssaal"“): the room inside the site follows it; a room the text names already, or
    the place read from the room key itself, stays as it is."""
    if place_key in _ROOM_KEYS:
        return place, place_key
    for key in _ROOM_KEYS:
        room = place_text(node.get(key)) if isinstance(node.get(key), str) else None
        if room:
            if room.casefold() in place.casefold():
                return place, place_key
            return f"{place}, {room}", f"{place_key}+{key}"
    return place, place_key


def _schedule_of(
    node: dict[str, Any], reading: _Reading
) -> tuple[dict[str, Any], str, str, str] | None:
    """The object holding the event's start, the path to it, the start's key and its stamp: the
    event itself, or an untitled object inside it (``"scheduling": {"config": {"startDate": …}}``)
    — a titled one is another event's."""
    if (start := _first_stamp(node, reading.start_keys, reading)) is not None:
        return node, "", *start
    level: list[tuple[dict[str, Any], str]] = [(node, "")]
    for _ in range(_SCHEDULE_DEPTH):
        deeper: list[tuple[dict[str, Any], str]] = []
        for holder, path in level:
            for key, value in holder.items():
                if not isinstance(value, dict) or any(k in value for k in _TITLE_KEYS):
                    continue
                if (start := _first_stamp(value, reading.start_keys, reading)) is not None:
                    return value, f"{path}{key}.", *start
                deeper.append((value, f"{path}{key}."))
        level = deeper
    return None


def _first_stamp(
    holder: dict[str, Any], keys: tuple[str, ...], reading: _Reading
) -> tuple[str, str] | None:
    """The first of ``keys`` whose value in ``holder`` reads as a stamp, with that stamp; a key's
    ISO twin first (``"datumISO": "2026-05-15"`` beside ``"datum": "15. bis 23. Mai"``: the
    page's text has no year, the twin kept for sorting has)."""
    for key in keys:
        if key in COURSE_TIME_KEYS:
            if reading.today is not None and (
                times := course_times(holder.get(key), reading.today)
            ):
                return key, times[0]
            continue
        for name in (*_iso_twins(key), key):
            if (stamp := _stamp(holder.get(name), reading)) is not None:
                return name, stamp
    return None


def _iso_twins(key: str) -> tuple[str, ...]:
    return (f"{key}ISO", f"{key}_iso", f"{key}Iso")


def _stamp(value: object, reading: _Reading) -> str | None:
    """An ISO stamp, a time object of a local clock and its zone (Eventbrite's, a calendar
    API's, PHP's DateTime), a day written in numbers as the page shows it („14.08.2026“, „05/25/2026“), or in
    a document one written in words („01. September 2016“, „Dec 4, 2022“)."""
    if not isinstance(value, str):
        return (
            zoned_local(value)
            or local_time_object(value)
            or calendar_time(value)
            or php_datetime(value)
            or array_stamp(value)
        )
    if (stamp := _iso(value)) is not None:
        return stamp
    # Dots are day first; slashes and dashes in the order all the document's dates agree on.
    if any(c.isdigit() for c in value[:2]) and (
        stamp := numeric_day(value, _day_first(value, reading))
    ):
        return stamp
    if (run := _numeric_run(value, reading)) is not None:
        return run[0]  # „24.08.2019 12:00 - 27.08.2019 23:59“: its end is read with the end
    return worded_day(value, reading.today) if reading.today is not None else None


def _numeric_run(value: object, reading: _Reading) -> tuple[str, str] | None:
    """A start value that is a whole run in numbers, as its start and its end."""
    if not isinstance(value, str) or not any(c.isdigit() for c in value[:2]):
        return None
    first = value.split(" ", 1)[0]
    return numeric_range(value, _day_first(first, reading))


def _worded_run(value: object, start: str, reading: _Reading) -> str | None:
    """The last day of a start value that writes a whole run of days in words, when its first
    day is the start read from it; None for one day, a number-only value or no today."""
    if not isinstance(value, str) or reading.today is None:
        return None
    run = worded_run(value, reading.today)
    return run[1] if run is not None and run[0] == start[:10] else None


def _day_first(value: str, reading: _Reading) -> bool:
    if "/" in value:
        return reading.day_first()
    return reading.dashed_day_first() if "-" in value else True


def _title_text(value: object) -> str | None:
    if isinstance(value, dict):
        # Eventbrite's {"text", "html"}, Google Data's {"$t"}, pretix's {"de": …, "en": …}.
        value = value.get(_TITLE_TEXT_KEY, value.get(TEXT_KEY)) or language_text(value)
    return value if isinstance(value, str) else None


def _zone(node: dict[str, Any]) -> ZoneInfo | None:
    for key in _ZONE_KEYS:
        name = node.get(key)
        if isinstance(name, str) and "/" in name:
            return named_zone(name)
    return None


def _in_zone(stamp: str, zone: ZoneInfo | None) -> str:
    """A stamp with an offset, as the wall-clock time of the zone its object names
    (``2025-04-12T17:30Z`` in America/Los_Angeles → ``2025-04-12T10:30-07:00``)."""
    if zone is None or not _OFFSET.search(stamp):
        return stamp  # a date, or no offset: already the wall-clock time
    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone(zone)
    return moment.isoformat(timespec="minutes")


def _iso(value: object) -> str | None:
    """``2026-10-21 19:00`` → ``2026-10-21T19:00``; a date alone stays a date. An iCalendar
    value in the basic format („20251217T160000Z“: the PHP ics-parser's Event objects a
    WordPress route returns as JSON) is read as the stamp it writes."""
    if not isinstance(value, str):
        return None
    if value[:8].isdigit():
        value = iso_padded(value) or value
    match = _ISO.match(value.strip())
    if match is None:
        return None
    day, time, offset = match.groups()
    if time is None:
        return day
    return f"{day}T{time}{offset or ''}"
