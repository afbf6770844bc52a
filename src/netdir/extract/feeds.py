"""RSS and Atom feeds → raw records (via feedparser).

A feed item is an announcement: its date is when it was *published*, never the offering's date
(the landscape notes Kommune21 teasers whose "[26.05.2025]" is the news date). The date of the
offering, if any, is in the title or summary for the normalizer to find; a title that names a
day ("StR-Sitzung Finanzausschuss am Donnerstag, 15. Oktober 2026, 14:00 Uhr") is the item's
``date_text``, and so is a summary that opens with a day ("Sa, 01.08.2026, 19:00 Uhr") — a council system's feed may publish a meeting with the meeting's own time as
``pubDate``, which must not make the title's date look like a publication date. Feeds of event
plugins state the event in elements of their own namespace (``<event_listing:start_date>`` of WP
Event Manager, ``<ev:startdate>`` of the RSS event module): those are the offering's start, end
and place. A feed whose items are published after the feed was built is no news feed — nothing
is published in the future: an event plugin's feed (The Events Calendar, Modern Events Calendar)
gives each event's start as its pubDate, and those items take it as their start. So does a
feed named for its events whose pubDates are set by hand (a static site's event section, see
``feed_event_dates``); there the pubDate is no publication date at all, and an item whose title or
summary names a day of its own is dated by that text („Date: 11.11.2023“ under a post of August).
An item whose description lists its showings (a venue's production with „<li>Sa. 10.10.2026,
20:30 Uhr</li>“ lines, a week's programme under day headings) is one record per showing
(``feed_showings``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from netdir import lazy_re
from netdir.extract.block_places import title_and_place_at
from netdir.extract.block_text import names_a_day
from netdir.extract.bracketed_title import BracketLayout, bracket_layout, read_bracketed
from netdir.extract.context import PageContext, clean_text, plain_text, set_field
from netdir.extract.date_cues import DATE_PHRASE, TIME_LIKE
from netdir.extract.description_place import PLACE_IN_TEXT
from netdir.extract.discourse_event import carries_discourse_events, discourse_event
from netdir.extract.feed_event_dates import (
    announces_events,
    dates_its_events,
    event_start,
    feed_instant,
    named_for_events,
)
from netdir.extract.feed_labelled_dates import labelled_event_days, posting_stamp, summary_lines
from netdir.extract.feed_link_days import link_day
from netdir.extract.feed_local_times import LOCAL_KEYS, placeholder_end, venue_clock
from netdir.extract.feed_news_items import (
    EVENT_LINE_SOURCE,
    POSTING_LINE_SOURCE,
    without_news_items,
)
from netdir.extract.feed_posting_stamps import posting_stamps
from netdir.extract.feed_showings import showings
from netdir.extract.feed_title_days import without_leading_start
from netdir.extract.microformats import events_in_fragment
from netdir.extract.prose_times import prose_time
from netdir.extract.title_text import title_in_text
from netdir.extract.title_venue_tails import name_before_its_venue
from netdir.records import RawRecord

EXTRACTOR = "feed"
_FEED_ROOT = lazy_re.compile(r"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_LEADING_DAY_SPAN = 80  # a date phrase with weekday, range and times fits
_STRAY_BEFORE_BAR = 4  # "Uhr" repeated by a generator may stand between the day and the bar
_SHORT_PLACE = 100
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
_SHOWING = "feed:item.summary li (a showing)"
# A summary's parts stand for a block's lines in prose_time (which passes over a line too long or
# naming another day): split after every stop, whatever follows — unlike
# sentence_ends.SENTENCE_END also after a day's dot, an abbreviation or before a small letter.
_SENTENCE_END = lazy_re.compile(r"(?<=[.!?])\s+")


def looks_like_feed(text: str, content_type: str | None) -> bool:
    if content_type and any(t in content_type.lower() for t in _FEED_TYPES):
        return True
    head = text.lstrip("\ufeff \r\n\t")[:2000]
    return (
        head.startswith("<")
        and not head[:200].lower().startswith(("<!doctype html", "<html"))
        and bool(_FEED_ROOT.search(head))
    )


def extract_feed(text: str, context: PageContext) -> list[RawRecord]:
    # Imported by the first feed a process reads (~0.03 CPU-s), not with the extractors: a run
    # imports those on its one busy core before it forks its workers.
    import feedparser

    # feedparser's sanitizer drops data-* attributes, and with them a Discourse event's dates
    parsed = feedparser.parse(text, sanitize_html=not carries_discourse_events(text))
    layout = bracket_layout([clean_text(entry.get("title")) for entry in parsed.entries])
    pairs = [
        (entry, one)
        for entry in parsed.entries
        if (record := _record(entry, context, layout))
        for one in _by_showing(entry, record)
    ]
    if announces_events(parsed, context.fetched_at):
        for entry, record in pairs:
            if _a_showing(record):
                continue  # dated by its own line
            if record.start is None and (start := event_start(entry.get("published"))):
                set_field(record, "start", start, "feed:item.pubDate (an event feed's start)")
    elif dates_its_events(parsed):
        posted = posting_stamps(parsed, context.fetched_at.date())
        for entry, record in pairs:
            if not _a_showing(record):
                _date_by_event(entry, record, posted)
    if named_for_events(parsed):
        for entry, record in pairs:
            _date_by_link(entry, record)
    # „Snow Removal Subscription Service“ between „Event date:“ items: the aggregator's news
    return without_news_items([record for _, record in pairs])


def _by_showing(entry: Any, record: RawRecord) -> list[RawRecord]:
    """The item's record, or one per showing its description lists (``feed_showings``)."""
    summary = entry.get("summary") or _first_content(entry)
    if record.start is not None or not summary:
        return [record]  # an event plugin's own start, or nothing to list
    found, place = showings(str(summary))
    if not found:
        return [record]
    out = []
    for showing in found:
        copy = replace(record, field_sources=dict(record.field_sources), extra=dict(record.extra))
        if showing.title is not None:
            copy.title = showing.title
            copy.field_sources["title"] = "feed:item.summary li (the showing's name)"
        copy.date_text = showing.date_text
        copy.field_sources["date_text"] = _SHOWING
        set_field(copy, "location_text", showing.place or place, "feed:item.summary (its place)")
        out.append(copy)
    return out


def _a_showing(record: RawRecord) -> bool:
    return record.field_sources.get("date_text") == _SHOWING


def _date_by_event(entry: Any, record: RawRecord, posted: set[datetime]) -> None:
    """An item of a feed that dates its events: its pubDate is no publication; the day its own
    text names is the event's, else the pubDate is — unless another item's text shows that
    stamp to be a posting time (``feed_posting_stamps``)."""
    record.published = None
    record.field_sources.pop("published", None)
    if record.start is not None or record.date_text is not None:
        return
    if record.description and names_a_day(record.description):
        return  # the summary's own day („01.10.2022 - 23.10.2022“) is read by the normalizer
    if feed_instant(entry.get("published")) in posted:
        return  # posted with items whose own days differ: no day of this item's
    if start := event_start(entry.get("published")):
        set_field(record, "start", start, "feed:item.pubDate (the event's, set by hand)")


def _date_by_link(entry: Any, record: RawRecord) -> None:
    """An event feed's item that its pubDate (Hugo's zero date) and its own text leave undated:
    the day its link's last part opens with („/events/2019-04-30-tanz-in-den-mai/“,
    ``feed_link_days``)."""
    if record.start is not None or record.date_text is not None:
        return
    if record.description and names_a_day(record.description):
        return  # the summary's own day is read by the normalizer
    if feed_instant(entry.get("published")) is not None:
        return
    if day := link_day(record.url):
        set_field(record, "start", day, "feed:item.link (the day its address opens with)")


def _record(entry: Any, context: PageContext, layout: BracketLayout | None) -> RawRecord | None:
    title = clean_text(entry.get("title"))
    if title is None:
        return None
    record = context.new_record(EXTRACTOR, title)
    record.field_sources["title"] = "feed:item.title"
    set_field(record, "url", context.absolute_url(entry.get("link")), "feed:item.link")
    fields = read_bracketed(title, layout)
    if fields is not None:
        # "[Morges] [Vortrag] [Café - Récit] [16.06.2026 - 16.06.2026]": an aggregator's fields
        record.title = fields.name
        set_field(record, "date_text", fields.days, "feed:item.title [its days]")
    elif (match := DATE_PHRASE.search(title)) is not None and names_a_day(match.group(0)):
        set_field(record, "date_text", title, "feed:item.title")
        record.title = title_in_text(title) or title  # "StR-Sitzung Finanzausschuss"
        if (split := title_and_place_at(record.title)) is not None and split[1]:
            # „[2026-06-05 20:00] Casual Linkup (1FR) @ Dorotheenstraße 101, 53111 Bonn“: a
            # calendar script's item title holds when, what and, after the „@“, where.
            record.title = split[0]
            set_field(record, "location_text", split[1], "feed:item.title (after @)")
    summary = entry.get("summary") or _first_content(entry)
    description = plain_text(summary)
    set_field(record, "description", description, "feed:item.summary")
    if description and (labelled := PLACE_IN_TEXT.search(description)) is not None:
        set_field(
            record, "location_text", labelled["value"], f"feed:item.summary {labelled['label']}:"
        )
    if record.date_text is not None and description:
        _add_summary_clock(record, record.date_text, description)
    lines = summary_lines(summary) if summary else []
    if record.date_text is None and (days := labelled_event_days(lines)) is not None:
        # „Event date: April 4, 2026“ / „Event Time: 10:00 AM - 10:30 AM“ (feed_labelled_dates)
        set_field(record, "date_text", days, EVENT_LINE_SOURCE)
    if (stamp := posting_stamp(lines)) is not None:
        # „Date: Wed, 11 Mar 2026 12:37:05 -0600“: when the entry was posted, not the event
        set_field(record, "published", stamp.isoformat(), POSTING_LINE_SOURCE)
    if record.location_text is None and fields is not None:
        set_field(record, "location_text", fields.town, "feed:item.title [its town]")
    if summary:
        _microformat_event(str(summary), record)
        if record.start is None and (found := discourse_event(str(summary))) is not None:
            set_field(
                record, "start", found[0], "feed:item.summary discourse-post-event data-start"
            )
            set_field(record, "end", found[1], "feed:item.summary discourse-post-event data-end")
    _event_fields(entry, record)
    if record.field_sources["title"] == "feed:item.title" and (
        name := without_leading_start(record.title, record.start)
    ):
        # „8/16 7:00 PM Miami University Women's Soccer at Xavier“: the listing's day and hour
        # restate the item's own start (``feed_title_days``).
        record.title = name
        record.field_sources["title"] = "feed:item.title (after its own day and hour)"
    if (
        description
        and record.date_text is None
        and record.start is None
        and (day := _leading_day(description))
    ):
        # "Sa, 01.08.2026, 19:00 Uhr | Plenarsaal": a generated meeting feed puts the meeting's
        # day first in the summary; a news summary that mentions a day later is no event date.
        set_field(record, "date_text", day, "feed:item.summary")
        if record.location_text is None and (room := _place_after_day(description, day)):
            set_field(record, "location_text", room, "feed:item.summary (after the day, |)")
    if record.field_sources["title"] == "feed:item.title" and (
        name := name_before_its_venue(record.title, record.location_text)
    ):
        # „Coyote Anderson — 21st Amendment“ with „Venue: 21st Amendment“: the show, not where
        record.title = name
        record.field_sources["title"] = "feed:item.title (before its venue)"
    for key in ("published", "updated", "created"):
        if published := _iso_date(entry.get(key), entry.get(f"{key}_parsed")):
            set_field(record, "published", published, f"feed:item.{key}")
            break
    topics = [t for tag in entry.get("tags", []) if (t := clean_text(tag.get("term")))]
    set_field(record, "topics", topics, "feed:item.category")
    if entry.get("id"):
        record.extra["guid"] = str(entry["id"])
    return record


# feedparser names a namespaced element "<prefix>_<local name>": event_listing_start_date, ev_startdate.
_EVENT_KEYS = {
    "start": lazy_re.compile(r"^[a-z][\w-]*?_(?:start_?date|event_?start|dtstart|start)$", re.I),
    "end": lazy_re.compile(r"^[a-z][\w-]*?_(?:end_?date|event_?end|dtend|end)$", re.I),
    "location_text": lazy_re.compile(r"^[a-z][\w-]*?_(?:location|venue)$", re.I),
}
_ISO_STAMP = lazy_re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2})?)(\S*))?$")
_LETTER = lazy_re.compile(r"[^\W\d_]")


def _microformat_event(markup: str, record: RawRecord) -> None:
    """The event an item's description marks up as an h-event/vevent: its machine-readable start
    and end (with the venue's own offset) and its location are the offering's. The item's
    pubDate may be the feed's build time for every item, and a day in the description that
    equals it would otherwise pass for the publication date."""
    events = events_in_fragment(markup)
    if len(events) != 1:
        return  # several events in one item: no single offering to date
    event = events[0]
    for name, key in (("start", "startDate"), ("end", "endDate"), ("location_text", "location")):
        value = event.get(key)
        if isinstance(value, str) and (text := clean_text(value)):
            set_field(record, name, text, f"feed:item.summary microformats:Event.{key}")


def _event_fields(entry: Any, record: RawRecord) -> None:
    """The event's own start, end and place from an event plugin's namespaced elements."""
    for key, value in entry.items():
        for name, pattern in _EVENT_KEYS.items():
            text = clean_text(value) if isinstance(value, str) else None
            if text is None or not pattern.match(key) or getattr(record, name) is not None:
                continue
            if name == "location_text":
                if _LETTER.search(text):  # "-" stands for "the venue itself"
                    set_field(record, name, text, f"feed:item.{key}")
            elif (stamp := _ISO_STAMP.match(text)) is not None:
                day, clock, offset = stamp.groups()
                value_iso = day if clock is None else f"{day}T{clock}{offset or ''}"
                set_field(record, name, value_iso, f"feed:item.{key}")
    _at_venue_clock(entry, record)


def _at_venue_clock(entry: Any, record: RawRecord) -> None:
    """The venue's wall clock the feed states beside its UTC instant („s:localstartdate“) is
    the event's time (``feed_local_times``); a start without an hour has no end on its own day."""
    for key, value in entry.items():
        if not isinstance(value, str):
            continue
        for name, pattern in LOCAL_KEYS.items():
            if not pattern.match(key) or (text := clean_text(value)) is None:
                continue
            if (local := venue_clock(getattr(record, name), text)) is not None:
                set_field(record, name, local, f"feed:item.{key}")
    if placeholder_end(record.start, record.end):
        record.end = None
        record.field_sources.pop("end", None)


def _add_summary_clock(record: RawRecord, date_text: str, description: str) -> None:
    """A title's day without a clock takes the start its summary states („[…]
    [18.06.2026 - 18.06.2026]“ over „Start ist um 18:00 Uhr …“; ``prose_times``)."""
    if TIME_LIKE.search(date_text) is not None:
        return
    clock = prose_time(_SENTENCE_END.split(description), date_text)
    if clock is not None:
        record.date_text = f"{date_text}, {clock}"
        record.field_sources["date_text"] += " + time:feed:item.summary"


def _leading_day(description: str) -> str | None:
    """The date phrase a summary opens with, when it names a day."""
    match = DATE_PHRASE.search(description[:_LEADING_DAY_SPAN])
    if match is None or match.start() > 0 or not names_a_day(match.group(0)):
        return None
    return match.group(0)


def _place_after_day(description: str, day: str) -> str | None:
    """``… 19:00 Uhr | Feuerwehr Gladbeck, Lehrsaal``: a short field set off by a bar after the
    day is the room (a sentence is a description, not a place)."""
    rest = description[len(day) :].strip()
    bar = rest.find("|")
    if bar < 0 or bar > _STRAY_BEFORE_BAR:
        return None
    place = rest[bar + 1 :].strip()
    if not place or len(place) > _SHORT_PLACE or ". " in place:
        return None
    return place


def _first_content(entry: Any) -> str | None:
    contents = entry.get("content") or []
    return contents[0].get("value") if contents else None


def _iso_date(raw: object, parsed: Any) -> str | None:
    """The item's date with its own UTC offset (RFC 822 for RSS, RFC 3339 for Atom)."""
    stamp = feed_instant(raw)
    if stamp is not None:
        return stamp.isoformat()
    if parsed is not None:
        return datetime(*parsed[:6]).replace(tzinfo=UTC).isoformat()  # feedparser gives UTC
    return None
