"""iCalendar (ICS) bodies → raw records, one per event.

A series with an RRULE becomes ONE record: its next occurrence from the fetch day (within
``RECURRENCE_HORIZON``, moved or changed instances included) carrying the rule in
``recurrence`` — a weekly Stammtisch is one offering that repeats, not 52; a series that ended
before the fetch day is one record at its last occurrence, as a past single event is kept. A series of explicit
dates only (RDATE) is expanded into one record per date from the fetch day on — the list is
finite, so every listed date counts, beyond the horizon too. Single events are kept whatever
their date (the normalizer decides what is past).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from netdir.extract.context import PageContext, clean_text, set_field
from netdir.extract.description_place import is_placeholder, place_in_description
from netdir.extract.exceptions import MalformedPayloadError
from netdir.extract.glued_teasers import title_before_teaser, with_prepositions_apart
from netdir.extract.ical_contained_twins import without_contained_twins
from netdir.extract.ical_day_hours import hours_in_the_description, place_in_a_line
from netdir.extract.ical_event_zones import event_zone
from netdir.extract.ical_glued_properties import with_glued_properties_apart
from netdir.extract.ical_hall_lines import halls_of_the_form, place_records_in_halls
from netdir.extract.ical_joined import one_calendar
from netdir.extract.ical_location_links import page_address
from netdir.extract.ical_orphan_overrides import is_orphan_override, series_uids
from netdir.extract.ical_repair import without_unreadable_calendar_properties
from netdir.extract.ical_run_ends import with_run_ends_joined
from netdir.extract.ical_source_twins import without_source_twins
from netdir.extract.ical_stream_clock import broadcast_zone, english_utc_zone
from netdir.extract.ical_title_clocks import clock_in_the_title
from netdir.extract.ical_title_runs import without_bracketed_days
from netdir.extract.ical_title_trails import without_shared_trail
from netdir.extract.ical_twin_events import without_placeless_twins, without_restated_twins
from netdir.extract.ical_unfolded_lines import with_broken_lines_joined
from netdir.extract.ical_utc_midnight_days import stamped_day, writes_days_at_utc_midnight
from netdir.extract.ical_zone_spelling import with_zone_spelled
from netdir.extract.location_countries import zone_of_countries
from netdir.extract.moved_day_titles import moved_to
from netdir.extract.referred_places import place_it_refers_to, refers_elsewhere
from netdir.normalize.when_zone import zone_of_us_addresses
from netdir.records import RawRecord
from netdir.zone_names import named_zone

if TYPE_CHECKING:
    # icalendar and recurring_ical_events (~0.05 CPU-s) are imported by the first calendar a
    # process reads, not with the extractors: a run imports those on its one busy core before
    # it forks its workers, and most pages are no calendar.
    import icalendar

EXTRACTOR = "ical"
RECURRENCE_HORIZON = timedelta(days=365)
# X-WR-TIMEZONE values that only restate UTC (upper-cased)
_UTC_NAMES = frozenset(
    {"UTC", "ETC/UTC", "GMT", "ETC/GMT", "Z", "ZULU", "UNIVERSAL", "ETC/UNIVERSAL"}
)


def looks_like_ical(text: str, content_type: str | None) -> bool:
    if content_type and "text/calendar" in content_type.lower():
        return True
    return text.lstrip("\ufeff \r\n\t").startswith("BEGIN:VCALENDAR")


def extract_ical(text: str, context: PageContext) -> list[RawRecord]:
    calendar = _calendar(text.lstrip("\ufeff \r\n\t"))
    with_zone_spelled(calendar)  # „EUROPE/Berlin“ must not lose every series (ical_zone_spelling)
    zone = _calendar_zone(calendar) or _zone_of_places(text) or _zone_of_countries(calendar)
    # An English schedule of streams that names no zone and no place keeps its UTC clock.
    zone = zone or broadcast_zone(calendar)
    # An English calendar all in UTC that names no zone, its hours in American zones' letters
    # („11:00 AM EDT“): the one clock it states (ical_stream_clock.english_utc_zone).
    zone = zone or english_utc_zone(calendar)
    # „DTSTART:20260319T000000Z“ for the day 19 March (ical_utc_midnight_days)
    utc_days = writes_days_at_utc_midnight(calendar)
    recurring_uids: set[str] = set()
    rules: dict[str, str] = {}  # UID → RRULE of the series
    records: list[RawRecord] = []
    series = series_uids(calendar)
    for event in calendar.walk("VEVENT"):
        if is_orphan_override(event, series):
            # An occurrence exported without its series (Bedework): one event on its day.
            if (record := _record(event, context, zone, utc_days=utc_days)) is not None:
                records.append(record)
            continue
        if "RRULE" in event or "RDATE" in event or "RECURRENCE-ID" in event:
            uid = str(event.get("UID", ""))
            recurring_uids.add(uid)
            if "RRULE" in event and "RECURRENCE-ID" not in event:
                rules[uid] = _rule_text(event["RRULE"])
            continue
        if (record := _record(event, context, zone, utc_days=utc_days)) is not None:
            records.append(record)
    if recurring_uids:
        _align_midnight_overrides(calendar)
        window_start = context.fetched_at.date()
        horizon = RECURRENCE_HORIZON
        if not rules:
            # Only explicit dates (RDATE, moved instances): a finite list, all of it is shown.
            horizon = max(horizon, _last_listed(calendar) - window_start + timedelta(days=1))
        import recurring_ical_events

        occurrences = recurring_ical_events.of(calendar, skip_bad_series=True).between(
            window_start, window_start + horizon
        )
        ruled_done: set[str] = set()
        for occurrence in sorted(occurrences, key=_start_key):
            uid = str(occurrence.get("UID", ""))
            if uid not in recurring_uids or uid in ruled_done:
                continue
            if (record := _record(occurrence, context, zone, recurring=True)) is None:
                continue
            if uid in rules:
                ruled_done.add(uid)  # the next occurrence stands for the whole series
                set_field(record, "recurrence", rules[uid], "ical:RRULE")
            records.append(record)
        if ended := {uid: rule for uid, rule in rules.items() if uid not in ruled_done}:
            records.extend(_last_occurrences(calendar, ended, context, zone, window_start))
    # „Categorie: Expo\nDe Passage\nMeer info: …“: the hall on the form's one bare line.
    place_records_in_halls(records, halls_of_the_form(calendar))
    records = without_restated_twins(without_placeless_twins(records))
    # „PŘ1 HC Kometa Brno - … - Winning Group Arena“ and the club's „HC Kometa Brno - …“: one game.
    records = without_contained_twins(records)
    records = with_run_ends_joined(without_source_twins(records))
    # „HPC Carpentry - ACM SIGHPC Education Chapter - …“ on every event: the site's trail, no name.
    without_shared_trail(records)
    return records


def _align_midnight_overrides(calendar: Any) -> None:
    """Exchange writes an override's RECURRENCE-ID at midnight of the night it changes
    („RECURRENCE-ID;TZID=W. Europe Standard Time:20231207T000000“ for the 12:00 occurrence of a
    series starting at 12:00): every occurrence of a series starts at its DTSTART's time of day,
    so a midnight RECURRENCE-ID of a series that does not start at midnight means that day's
    occurrence, and it is moved to the series' time so that the override replaces it."""
    times = {
        str(event.get("UID", "")): start
        for event in calendar.walk("VEVENT")
        if "RRULE" in event
        and "RECURRENCE-ID" not in event
        and isinstance(start := _decoded(event, "DTSTART"), datetime)
    }
    for event in calendar.walk("VEVENT"):
        series = times.get(str(event.get("UID", "")))
        moved = _decoded(event, "RECURRENCE-ID") if "RECURRENCE-ID" in event else None
        if series is None or not isinstance(moved, datetime) or moved.time() != time(0):
            continue
        if series.time() != time(0):
            params = event["RECURRENCE-ID"].params
            from icalendar.prop import vDDDTypes

            event["RECURRENCE-ID"] = vDDDTypes(
                datetime.combine(moved.date(), series.time(), moved.tzinfo)
            )
            event["RECURRENCE-ID"].params.update(params)


def _last_occurrences(
    calendar: Any, rules: dict[str, str], context: PageContext, zone: Any, before: date
) -> list[RawRecord]:
    """Series without an occurrence from ``before`` on (UNTIL or COUNT reached): one record at
    the last night each held — a reader of the calendar sees those nights like its past single
    events („Allgemeine Sicherheitsunterweisung“ fortnightly until 21 Sep)."""
    records: list[RawRecord] = []
    for uid, occurrence in _last_nights(calendar, set(rules), before).items():
        if (record := _record(occurrence, context, zone, recurring=True)) is not None:
            set_field(record, "recurrence", rules[uid], "ical:RRULE")
            records.append(record)
    return records


def _last_nights(calendar: Any, uids: set[str], before: date) -> dict[str, Any]:
    """The last occurrence of each ended series, by UID. Only the stretch where a series can
    have ended is expanded (``_series_windows``), so a daily series kept since 2008 is not
    unrolled night by night, while a series that ended years before the calendar was saved (a
    church's fortnightly group „until 16 Jul 2018“ in an export of November 2019) still shows
    its last night. Series with the same stretch are expanded together."""
    import recurring_ical_events

    windows = _series_windows(calendar, uids, before)
    default = (before - RECURRENCE_HORIZON, before)
    last: dict[str, Any] = {}
    for window in sorted(set(windows.values()), reverse=True):
        group = {uid for uid, stretch in windows.items() if stretch == window}
        source = calendar if window == default else _only_series(calendar, group)
        occurrences = recurring_ical_events.of(source, skip_bad_series=True).between(*window)
        for occurrence in sorted(occurrences, key=_start_key):
            if (uid := str(occurrence.get("UID", ""))) in group:
                last[uid] = occurrence
    return last


# UNTIL is a UTC instant or a day; two days after it cover its local day in every zone.
_UNTIL_MARGIN = timedelta(days=2)


def _series_windows(calendar: Any, uids: set[str], before: date) -> dict[str, tuple[date, date]]:
    """Where each ended series' last night lies: the year before its UNTIL (two days after it,
    never after ``before``); a series ended by COUNT is finite, its whole run from DTSTART is
    expanded; else the year before ``before``."""
    windows = dict.fromkeys(uids, (before - RECURRENCE_HORIZON, before))
    for event in calendar.walk("VEVENT"):
        uid = str(event.get("UID", ""))
        if uid not in uids or "RRULE" not in event or "RECURRENCE-ID" in event:
            continue
        rule = event["RRULE"]
        if isinstance(rule, list):
            continue  # several rules: the default stretch
        if isinstance(until := _first(rule.get("UNTIL")), date):
            day = until.date() if isinstance(until, datetime) else until
            end = min(before, day + _UNTIL_MARGIN)
            windows[uid] = (end - RECURRENCE_HORIZON, end)
        elif _first(rule.get("COUNT")) and isinstance(start := _decoded(event, "DTSTART"), date):
            first = start.date() if isinstance(start, datetime) else start
            windows[uid] = (min(first, before - RECURRENCE_HORIZON), before)
    return windows


def _first(value: Any) -> Any:
    """The first value of a recurrence rule's part (icalendar keeps each part as a list)."""
    return value[0] if isinstance(value, list) and value else value


def _only_series(calendar: Any, uids: set[str]) -> Any:
    """A copy of the calendar with its time zones and only these series' events (overrides
    included), so that expanding them does not expand every other series of the file."""
    import icalendar

    part = icalendar.Calendar()
    part.update(calendar)
    part.subcomponents = [
        component
        for component in calendar.subcomponents
        if component.name == "VTIMEZONE"
        or (component.name == "VEVENT" and str(component.get("UID", "")) in uids)
    ]
    return part


def _last_listed(calendar: Any) -> date:
    """The latest DTSTART or RDATE of the calendar's events (a date, times cut to their day)."""
    latest = date.min
    for event in calendar.walk("VEVENT"):
        values: list[Any] = [_decoded(event, "DTSTART")]
        rdates = event.get("RDATE")
        for group in rdates if isinstance(rdates, list) else [rdates] if rdates else []:
            values.extend(entry.dt for entry in getattr(group, "dts", []))
        for value in values:
            if isinstance(value, tuple):  # a PERIOD: (start, end or duration)
                value = value[0]
            if isinstance(value, date):
                day = value.date() if isinstance(value, datetime) else value
                latest = max(latest, day)
    return latest


def _rule_text(value: Any) -> str:
    """The RRULE as RFC 5545 text ("FREQ=WEEKLY;BYDAY=TU"); the first of several."""
    rule = value[0] if isinstance(value, list) else value
    return bytes(rule.to_ical()).decode("ascii", "replace")


def _start_key(event: Any) -> str:
    """Occurrences in time order: DTSTART as UTC text (dates sort before times that day)."""
    start = _decoded(event, "DTSTART")
    if isinstance(start, datetime):
        return (start.astimezone(UTC) if start.tzinfo else start).strftime("%Y-%m-%dT%H:%M")
    return start.isoformat() if start is not None else ""


def _calendar(body: str) -> icalendar.Calendar:
    """The parsed body; a calendar-level property the library cannot read is dropped rather
    than losing every event (``ical_repair``), calendars pasted into one file are read as
    one (``ical_joined``), and a long text broken onto a line without the folding space is
    joined to its property first (``ical_unfolded_lines``) — the library would drop that line —,
    and a property a template ran into the title's line is set on its own again
    (``ical_glued_properties``)."""
    import icalendar

    body = with_broken_lines_joined(body) or body
    body = with_glued_properties_apart(body) or body
    try:
        return icalendar.Calendar.from_ical(body)
    except ValueError as exc:
        for repair in (without_unreadable_calendar_properties, one_calendar):
            repaired = repair(body)
            if repaired is not None:
                try:
                    return icalendar.Calendar.from_ical(repaired)
                except ValueError:
                    pass
        raise MalformedPayloadError(f"not a readable iCalendar body: {exc}") from exc


def _calendar_zone(calendar: Any) -> ZoneInfo | None:
    """The calendar's own time zone (X-WR-TIMEZONE), in which its readers see its UTC times.
    „X-WR-TIMEZONE:UTC“ beside UTC stamps (a fan's match plan: „…T183000Z“, the 20:30 kick-off
    in Germany) only says again that the stamps are UTC: it names no reader's zone."""
    name = clean_text(calendar.get("X-WR-TIMEZONE"))
    if not name or name.upper() in _UTC_NAMES:
        return None
    return named_zone(name)


def _zone_of_places(text: str) -> ZoneInfo | None:
    """A feed that names no zone but places in one US or Canadian zone ("Wheaton (Mass.)",
    "Seattle, WA 98101"): its readers there see its UTC times in that zone's clock, so an
    evening game stamped "…T003000Z" stays on its own day."""
    name = zone_of_us_addresses(text)
    return ZoneInfo(name) if name is not None else None


def _zone_of_countries(calendar: Any) -> ZoneInfo | None:
    """A calendar that names no zone but whose events' places end in one country of one clock
    („Koko Jazz Club, Hämeentie 3, Helsinki, FI“, GigPress under „X-WR-TIMEZONE:Etc/GMT“): its
    readers there see its UTC times at that country's clock (location_countries)."""
    places = (clean_text(event.get("LOCATION")) for event in calendar.walk("VEVENT"))
    name = zone_of_countries(place for place in places if place)
    return named_zone(name) if name is not None else None


def _is_utc(value: datetime) -> bool:
    """Whether a time's zone is UTC itself under any of its names: „TZID=GMT“ on a stamp
    written with „Z“ (GigPress), „Etc/GMT“ — no reader's zone, unlike London at +00:00."""
    key = getattr(value.tzinfo, "key", "UTC")
    return not isinstance(key, str) or key.upper() in _UTC_NAMES


def _event_zone(start: date | None, zone: ZoneInfo | None) -> str | None:
    """The IANA zone the event's times are local to: its DTSTART's TZID, else the calendar's."""
    if not isinstance(start, datetime):
        return None
    key = getattr(start.tzinfo, "key", None)
    if isinstance(key, str) and not _is_utc(start):
        return key
    return zone.key if zone is not None else None


def _in_zone(value: date | None, zone: ZoneInfo | None) -> date | None:
    """A UTC instant ("…T190000Z") as the calendar's wall-clock time with that offset; times
    the event states with their own TZID or floating times stay as they are."""
    if zone is None or not isinstance(value, datetime) or value.utcoffset() != timedelta(0):
        return value
    if value.tzinfo is not None and not _is_utc(value):
        return value  # a TZID zone that is at +00:00 (London in winter) is already local
    return value.astimezone(zone)


def _record(
    event: Any,
    context: PageContext,
    zone: ZoneInfo | None = None,
    recurring: bool = False,
    utc_days: bool = False,
) -> RawRecord | None:
    title = clean_text(event.get("SUMMARY"))
    if title is None:
        return None
    source = "ical:SUMMARY"
    if (named := title_before_teaser(title)) is not None:
        # „FriedensgebetHier ist Zeit und Raum …“: the name, without the teaser glued to it.
        title, source = named, "ical:SUMMARY before its glued teaser"
    if (apart := with_prepositions_apart(title)) is not None:
        # „Offene Kirchemit Kirchenführung“: the second line's „mit“ set apart again.
        title, source = apart, f"{source}, glued „mit“/„für“ set apart"
    if (named := without_bracketed_days(title)) is not None:
        # „34. Kunsttage Dreieich (16.o4. - o3.5.2o26)“: the entry's own days once more.
        title, source = named, f"{source} without its bracketed days"
    record = context.new_record(EXTRACTOR, title)
    record.field_sources["title"] = source
    # „X-LIVEWHALE-TIMEZONE:America/New_York“: the event's own zone, before the calendar's.
    zone = event_zone(event) or zone
    start: date | None
    end: date | None
    start_source = "ical:DTSTART"
    stamped = stamped_day(event) if utc_days and not recurring else None
    if stamped is not None:
        # The writer's day at midnight UTC, its DTEND the last day itself: no clock to shift.
        start, end = stamped
        start_source = "ical:DTSTART (a day the calendar stamps at midnight UTC)"
    else:
        start = _in_zone(_decoded(event, "DTSTART"), zone)
        end = _in_zone(_decoded(event, "DTEND"), zone)
    all_day = isinstance(start, date) and not isinstance(start, datetime)
    if stamped is None and all_day and start is not None and _is_date(end):
        # DTEND of an all-day event is exclusive (RFC 5545 §3.6.1): the last day is one before.
        assert isinstance(end, date)
        end = max(start, end - timedelta(days=1))
    elif isinstance(start, datetime) and end == start:
        # A zero-length event: the writer repeated the start where it knew no end (an open-data
        # calendar's „Die Lofoten“ dinner, DTSTART = DTEND = 19:00): no end is stated.
        end = None
    set_field(record, "start", _iso(start), start_source)
    if (local := _event_zone(start, zone)) is not None:
        # The normalizer keeps this zone's clock (a London "+00:00" stays London time).
        record.extra["zone"] = local
    set_field(record, "end", _iso(end), "ical:DTEND")
    if start is not None:
        record.all_day = all_day
        record.field_sources["all_day"] = start_source
        if moved := moved_to(title, start if not isinstance(start, datetime) else start.date()):
            # „… - verschoben auf 10.12.2022“ at its first day: the event is on the new one.
            record.title, record.start, record.end = moved[0], moved[1], None
            record.all_day = len(moved[1]) == 10
            record.extra.pop("zone", None)
            for name in ("title", "start", "all_day"):
                record.field_sources[name] = "ical:SUMMARY moved-day notice"
            record.field_sources.pop("end", None)
    set_field(record, "url", context.absolute_url(event.get("URL")), "ical:URL")
    set_field(record, "description", clean_text(event.get("DESCRIPTION")), "ical:DESCRIPTION")
    location = clean_text(event.get("LOCATION"))
    if (link := page_address(location)) is not None:
        # The event's page as LOCATION: its link where it states none, and no place.
        if record.url is None:
            set_field(record, "url", context.absolute_url(link), "ical:LOCATION")
        location = None
    if location is not None and refers_elsewhere(location):
        # „Siehe Beschreibung“: no place of its own; the one the description names
        if record.description and (found := place_it_refers_to(record.description)):
            set_field(record, "location_text", found[0], f"ical:DESCRIPTION {found[1]}")
    elif location is not None and not is_placeholder(location):
        set_field(record, "location_text", location, "ical:LOCATION")
    elif record.description and (found := place_in_description(record.description)):
        set_field(record, "location_text", found[0], f"ical:DESCRIPTION {found[1]}")
    hours_in_the_description(record, event.get("DESCRIPTION"))  # „Do 17–22 Uhr, Marktplatz“
    clock_in_the_title(record)  # „End of Year Program 6 PM“ on its day
    place_in_a_line(record, event.get("DESCRIPTION"))  # „Wassergasse, Langen“
    status = clean_text(event.get("STATUS"))
    if status is not None and status.upper() != "CONFIRMED":
        set_field(record, "status_text", f"STATUS:{status.upper()}", "ical:STATUS")
    set_field(record, "organizer", _organizer(event.get("ORGANIZER")), "ical:ORGANIZER")
    set_field(record, "topics", _categories(event), "ical:CATEGORIES")
    if event.get("UID"):
        record.extra["uid"] = str(event["UID"])
    if recurring:
        record.extra["recurring"] = "true"
    return record


def _is_date(value: object) -> bool:
    return isinstance(value, date) and not isinstance(value, datetime)


def _decoded(event: Any, name: str) -> date | None:
    if name not in event:
        return None
    value = event.decoded(name)
    return value if isinstance(value, date) else None


def _iso(value: date | None) -> str | None:
    # Aware datetimes keep their offset; floating times stay local as the calendar states them.
    return value.isoformat() if value is not None else None


def _organizer(value: Any) -> str | None:
    if value is None:
        return None
    name = clean_text(getattr(value, "params", {}).get("CN"))
    return name or clean_text(str(value).removeprefix("mailto:").removeprefix("MAILTO:"))


def _categories(event: Any) -> list[str]:
    raw = event.get("CATEGORIES")
    if raw is None:
        return []
    groups = raw if isinstance(raw, list) else [raw]
    topics: list[str] = []
    for group in groups:
        categories = getattr(group, "cats", None) or [group]
        topics.extend(t for c in categories if (t := clean_text(c)))
    return topics
