"""Structured data that covers only part of a listing: the visible list completes it.

A generated calendar page may print JSON-LD for its first weeks only, or give date-only
``startDate`` values where the rows show times. When a page's structured records are a list
(two or more) and the listing detector reads a dated list that repeats most of them (same day,
same title words), the visible list is the same list: its rows that no structured record
describes are added, and a structured record that only knows the day takes the row's time.
A page whose visible list is another list (teasers, "more events") adds nothing: most of the
structured records must be on it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from netdir import lazy_re
from netdir.extract.block_dates import dated_only_by_stamp
from netdir.extract.date_cues import iter_date_phrases
from netdir.extract.day_view_cells import is_day_view_cell
from netdir.normalize.when import parse_when
from netdir.records import RawRecord

_MIN_STRUCTURED = 2  # one structured event is an event's own page, not a listing
_MIN_ROWS = 3
_MIN_SITE_ROWS = 2  # an event page's sidebar of the site's next events, in its events' folder
_DATED_SHARE = 0.8  # of the visible rows, as the auto mode's "strong listing"
_SHARED_SHARE = 0.5  # of the structured records that must be rows of the visible list
_SAME_TITLE = 0.5  # word-set likeness (Jaccard) of two titles of one event
_WORD = lazy_re.compile(r"\w+")
_INDEX_PAGE = lazy_re.compile(r"/index\.html?$", re.I)
_DIGITS = lazy_re.compile(r"\d+")
_ISO_DAY = lazy_re.compile(r"^\d{4}-\d{2}-\d{2}(?!\d)")
_OTHER_DAYS = 2  # visible days no structured record has, before the listing is read
_MAX_PHRASES = 400  # date phrases looked at in the visible text


def shows_other_days(tree: LexborHTMLParser, structured: list[RawRecord], today: date) -> bool:
    """Whether the page's visible text names days that no structured record has: only then is
    the (costly) listing detector run to complete the structured list."""
    body = tree.body
    if body is None:
        return False
    for node in body.css("script, style, template"):
        node.decompose()
    known = {day for record in structured if (day := _event_day(record, today))}
    other: set[str] = set()
    # One space per run: the separator beside a badge's own spaces and no-break spaces
    # ("Fr.,\xa0 25.\xa0 September") would keep the phrase's parts apart.
    text = " ".join(body.text(separator=" ").split())
    for count, match in enumerate(iter_date_phrases(text)):
        if count >= _MAX_PHRASES:
            break
        start = parse_when(match.group(0), today=today).start
        if start and start[:10] not in known:
            other.add(start[:10])
            if len(other) >= _OTHER_DAYS:
                return True
    return False


def complete_with_visible_listing(
    structured: list[RawRecord],
    listing: list[RawRecord],
    today: date,
    lists: Sequence[list[RawRecord]] = (),
) -> list[RawRecord]:
    """The visible rows to add to ``structured`` (whose date-only starts may gain a row's time
    in place); empty when the visible list is not the structured one. ``lists``: the list
    elements the listing pools, each read on its own (``extract_listing_and_lists``): the rows
    of one that is another list (``_another_list``) are not added."""
    if len(structured) < _MIN_STRUCTURED or len(listing) < _MIN_ROWS:
        return []
    rows = [(row, _day_and_time(row, today)) for row in listing]
    dated = [(row, when) for row, when in rows if when[0] is not None]
    # A row dated only by its stamp ("zuletzt verändert: …", a folder's file beside its events)
    # is no undated row of the list: it neither counts against the list nor joins it.
    stamped = sum(
        1 for row, when in rows if when[0] is None and dated_only_by_stamp(row.field_sources)
    )
    if len(dated) < _DATED_SHARE * (len(listing) - stamped):
        return []
    pairs = list(_pairs(structured, dated, today))
    # „<a class="past-event-card" itemscope itemtype="…/Event">“ without a startDate, its day only
    # in the card's badge „14 / Dez. / 2025“: the visible row of that card dates it.
    dated_by_rows = list(_rows_of_the_dayless(structured, dated, pairs))
    if len(pairs) + len(dated_by_rows) < max(_MIN_STRUCTURED, _SHARED_SHARE * len(structured)):
        return []
    for record, (row, (_, start, end)) in pairs:
        _take_time(record, row, start, end)
    for record, (row, (_, start, end)) in dated_by_rows:
        _take_the_rows_day(record, row, start, end)
    pairs += dated_by_rows
    paired = {id(row) for _, (row, _) in pairs}
    unpaired = [record for record in structured if not any(record is r for r, _ in pairs)]
    unpaired_pages = _own_pages_of(unpaired, structured)
    others = {
        _row_key(row) for part in lists if _another_list(part, structured, today) for row in part
    }
    events_folders = _event_folders(structured)
    if events_folders:
        events_folders |= _event_folders(row for _, (row, _) in pairs)
    return [
        row
        for row, when in dated
        if id(row) not in paired
        and not is_day_view_cell(row, when[0])  # a month grid's day number („3“ → its day view)
        and not _leads_to_an_event(row, when[0], structured, today)
        and not (row.url and _page_key(row.url) in unpaired_pages)
        and _row_key(row) not in others
        and not _a_post_beside_the_events(row, when[0], events_folders, today)
    ]


def _event_folders(records: Iterable[RawRecord]) -> set[str]:
    """The one folder the events' own pages lie in (``_folder_shape``) below the site's root:
    where a site keeps its events ("/community-calendar-event/…", "/veranstaltung/…"). Empty
    when they lie in several (an aggregator's events on many sites) or at a root, or when a
    record has no page of its own (it took the page's URL: that says nothing of it)."""
    shapes = {
        _folder_shape(record.url)
        for record in records
        if record.url and record.field_sources.get("url") != "page"
    }
    if len(shapes) != 1:
        return set()
    (shape,) = shapes
    return {shape} if shape else set()


def _a_post_beside_the_events(
    row: RawRecord, day: str | None, folders: set[str], today: date
) -> bool:
    """The row is dated no later than the page's day and links to a page outside the folder of
    the events' pages: a post of another list the detector pooled with the events' (a news
    ticker „[ October 26, 2020 ] Absentee Ballots Are Slow to Return“ over KIOW's „Upcoming
    Events“, its posts in "/2020/10/26/"; a magazine's dated posts at its root beside the
    seminars in "/veranstaltung/"). A row without a link, a row of a later day (a portlet's
    next events may lead to pages at the root) or a page whose events lie in no one folder
    tells nothing."""
    return bool(
        folders
        and row.url
        and day is not None
        and day <= today.isoformat()
        and _folder_shape(row.url) not in folders
    )


def _folder_shape(url: str) -> str | None:
    """The folder of a page's path, its numbers made alike ("/events/2026/05" and
    "/events/2026/06" are one folder of a calendar's months); None for the site's root."""
    folder = urlsplit(_page_key(url)).path.rpartition("/")[0]
    return _DIGITS.sub("0", folder) if folder.strip("/") else None


def _own_pages_of(unpaired: list[RawRecord], structured: list[RawRecord]) -> set[str]:
    """The own pages of the structured events no row of their day describes: a row that links
    to one is that event's row, read on another day (KNect365's tile „Amsterdam, The
    Netherlands, 12 - 14 Mar 2018“ was read as 14 March beside its microdata's 12 March), not an
    event the structured data leaves out. Only pages no other structured event shares."""
    shared = Counter(_page_key(record.url) for record in structured if record.url)
    return {key for record in unpaired if record.url and shared[key := _page_key(record.url)] == 1}


def _another_list(part: list[RawRecord], structured: list[RawRecord], today: date) -> bool:
    """One of the listing's pooled list elements that is no part of the structured list: none of
    its rows is a structured event's (same day and title, or same page) and none of its links
    lies in a folder of the structured events' links (symfony.com's „News from the Symfony
    blog“, ``/blog/…`` posts with their dates, pooled with the training sessions and
    conferences whose JSON-LD links lead to ``training.sensiolabs.com`` and
    ``…live.symfony.com``). A calendar's later months, beyond its JSON-LD, link where its
    first weeks do."""
    dated = [(row, when) for row in part if (when := _day_and_time(row, today))[0] is not None]
    if not dated or any(True for _ in _pairs(structured, dated, today)):
        return False
    folders = {_folder(record.url) for record in structured if record.url}
    return not any(row.url and _folder(row.url) in folders for row in part)


def _folder(url: str) -> tuple[str | None, str]:
    parts = urlsplit(url)
    return parts.hostname, parts.path.rstrip("/").rpartition("/")[0]


def _row_key(row: RawRecord) -> tuple[str, str | None, str | None]:
    """One row as the pooled listing and its list elements each read it (separate records)."""
    return row.title, row.url, row.date_text


def _leads_to_an_event(
    row: RawRecord, day: str | None, structured: list[RawRecord], today: date
) -> bool:
    """The row's link leads to the page of a structured event of its day, or below it
    ("…/baby_keem_2026-09-01_20/tickets/" under "…/baby_keem_2026-09-01_20/"): a card's ticket
    button ("Tickets ab 65,00 €"), read as a row of its own beside the card, is that event's, and
    so is a second showing of the event whose row the list already paired (a slider of featured
    matches above the list of popular ones, both linking to the match's page). Only an event
    whose page is its own counts (records that fall back to the listing's URL own nothing, a
    page several events share is no one's), and only one in a folder of its site (not its
    root)."""
    if not row.url:
        return False
    below = _page_key(row.url)
    keys = [_page_key(record.url) for record in structured if record.url]
    for record in structured:
        if not record.url or _event_day(record, today) != day:
            continue
        event = _page_key(record.url)
        if (
            keys.count(event) == 1
            and urlsplit("http:" + event).path.strip("/")
            and (below == event or below.startswith(event + "/"))
        ):
            return True
    return False


def other_events_of_the_site(
    structured: list[RawRecord], listing: list[RawRecord], page_url: str, today: date
) -> list[RawRecord]:
    """The dated rows an event's own page lists besides its one structured event: a sidebar of
    the site's next shows ("Upcoming Events", each row a link to another event page of the same
    site, "Thursday, April 23, 2026") that the page's furniture holds. A reader sees dated shows
    of the same venue. Rows linking elsewhere (partners, a ticket shop), undated rows or a list
    that is mostly undated (news teasers) add nothing."""
    if len(structured) != 1 or len(listing) < _MIN_SITE_ROWS:
        return []
    if len(listing) < _MIN_ROWS and not _in_the_events_folder(listing, structured[0], page_url):
        return []
    host = urlsplit(page_url).hostname
    dated = [(row, when) for row in listing if (when := _day_and_time(row, today))[0] is not None]
    if host is None or len(dated) < _DATED_SHARE * len(listing):
        return []
    # The list may name the page's own event among the others ("Veranstaltungen": its four next
    # events, this one the third): that row is the structured event, not another.
    this = [
        row
        for row, _ in dated
        if _same_page(page_url, row.url) or _same_page(structured[0].url, row.url)
    ]
    own = [
        (row, when)
        for row, when in dated
        if row.url and _of_the_site(row.url, page_url) and not any(row is t for t in this)
    ]
    if len(own) + len(this) < len(dated):
        return []
    paired = {id(row) for _, (row, _) in _pairs(structured, own, today)}
    # The site's dated posts beside its events (the magazine's „Aktuelles Heft“ at its root,
    # the seminars in the folder of the event's page) are another list.
    folders = _event_folders(structured)
    return [
        row
        for row, when in own
        if id(row) not in paired and not _a_post_beside_the_events(row, when[0], folders, today)
    ]


def _in_the_events_folder(rows: list[RawRecord], event: RawRecord, page_url: str) -> bool:
    """Every row leads to a page in the folder of the event's own page (the page itself when
    the event names none): two rows of a sidebar („kleiner Weihnachtsmarkt“ →
    "/veranstaltung/kleiner-weihnachtsmarkt/" beside the page "/veranstaltung/887/") are the
    site's next events; two dated links elsewhere may be anything."""
    own = event.url if event.url and event.field_sources.get("url") != "page" else page_url
    folder = _folder_shape(own)
    return folder is not None and all(
        row.url and _folder_shape(row.url) == folder and not _same_page(row.url, own)
        for row in rows
    )


def _of_the_site(row: str, page_url: str) -> bool:
    """The row leads to the page's site, or to an event page built as this one is on a sister
    site of the same operator (the Velodrom's teasers of shows in its other halls:
    ``max-schmeling-halle.de/events/event/nena-…`` beside ``velodrom.de/events/event/joji-…``): the
    same folder path, at least one folder deep. A ticket shop or a partner's page is built
    otherwise."""
    row_parts, page_parts = urlsplit(row), urlsplit(page_url)
    if row_parts.hostname == page_parts.hostname:
        return True
    folder = page_parts.path.rstrip("/").rpartition("/")[0]
    return bool(folder.strip("/")) and row_parts.path.rstrip("/").rpartition("/")[0] == folder


def _pairs(
    structured: list[RawRecord],
    dated: list[tuple[RawRecord, tuple[str | None, str | None, str | None]]],
    today: date,
) -> Iterable[tuple[RawRecord, tuple[RawRecord, tuple[str | None, str | None, str | None]]]]:
    """Each structured record with the one visible row of its day whose title is most alike.
    A row leading to the record's own page is its row, whatever its title; among rows that all
    lead there (each card's „Quelle“ link to the same source article) the title decides."""
    free = list(dated)
    for record in structured:
        day = _event_day(record, today)
        if day is None:
            continue
        best, best_score = None, (_SAME_TITLE, -1.0)
        for candidate in free:
            if candidate[1][0] != day:
                continue
            title = _likeness(record.title, candidate[0].title)
            score = (1.0 if _same_page(record.url, candidate[0].url) else title, title)
            if score > best_score:  # of equals, the first in the page's order
                best, best_score = candidate, score
        if best is not None:
            free.remove(best)
            yield record, best


def replaces_stale_structured(
    structured: list[RawRecord], listing: list[RawRecord], today: date
) -> bool:
    """Whether the visible list is what the page offers and its structured events are left-overs:
    every structured event lies before ``today`` and on none of the list's days, while the page
    shows a dated list of its own that runs on (a venue's JSON-LD still naming last year's
    five shows above a card list of this month's). Both are then the page's, but only the list
    is read: the stale events are not on the page a reader sees."""
    if len(listing) < _MIN_ROWS or not structured:
        return False
    past = today.isoformat()
    known = {day for record in structured if (day := _event_day(record, today))}
    if not known or max(known) >= past:
        return False
    days = [when[0] for when in (_day_and_time(row, today) for row in listing) if when[0]]
    if len(days) < _DATED_SHARE * len(listing) or known & set(days):
        return False
    return sum(1 for day in days if day >= past) >= _DATED_SHARE * len(days)


def _event_day(record: RawRecord, today: date) -> str | None:
    """The day of a structured record's start. Most state it as ISO 8601; some write it as the
    page shows it (data-vocabulary.org's ``<span itemprop="startDate">21/03/18 19:45</span>``),
    which normalization reads later: compared here with the rows' days, it is read the same
    way."""
    if not record.start:
        return None
    if _ISO_DAY.match(record.start):
        return record.start[:10]
    start = parse_when(record.start, today=today).start
    return start[:10] if start else None


def _day_and_time(row: RawRecord, today: date) -> tuple[str | None, str | None, str | None]:
    """(day, start, end) of a visible row: its machine-readable start or its date text read."""
    if row.start:
        return row.start[:10], row.start, row.end
    when = parse_when(row.date_text, today=today)
    return (when.start[:10] if when.start else None), when.start, when.end


def _rows_of_the_dayless(
    structured: list[RawRecord],
    dated: list[tuple[RawRecord, tuple[str | None, str | None, str | None]]],
    pairs: list[tuple[RawRecord, tuple[RawRecord, tuple[str | None, str | None, str | None]]]],
) -> Iterable[tuple[RawRecord, tuple[RawRecord, tuple[str | None, str | None, str | None]]]]:
    """Each structured record without any day (microdata whose ``startDate`` is missing) with
    the one dated visible row that is its card: the row leads to the record's own page, or, when
    neither links, carries exactly its name. A name that two free rows carry (a yearly concert
    named alike each year) dates nothing."""
    taken = {id(row) for _, (row, _) in pairs}
    free = [candidate for candidate in dated if id(candidate[0]) not in taken]
    for record in structured:
        if record.start or record.date_text or not record.title:
            continue
        by_page = [c for c in free if record.url and _same_page(record.url, c[0].url)]
        named = [c for c in free if _words(c[0].title) == _words(record.title)]
        found = by_page if by_page else named
        if len(found) != 1:
            continue
        free.remove(found[0])
        yield record, found[0]


def _take_the_rows_day(
    record: RawRecord, row: RawRecord, start: str | None, end: str | None
) -> None:
    """A structured record without a day takes the day (and the hours) its visible row shows."""
    if not start:
        return
    source = f"listing:{row.field_sources.get('date_text', 'row')} (the row of this event)"
    record.start = start
    record.all_day = "T" not in start
    record.field_sources["start"] = source
    record.field_sources["all_day"] = source
    if row.date_text and not record.date_text:
        record.date_text = row.date_text
        record.field_sources["date_text"] = source
    if record.end is None and end is not None:
        record.end = end
        record.field_sources["end"] = source


def _take_time(record: RawRecord, row: RawRecord, start: str | None, end: str | None) -> None:
    """A structured record that states only the day takes the time its row shows."""
    if not record.start or len(record.start) > len("2026-12-01") or not start or "T" not in start:
        return
    source = f"listing:{row.field_sources.get('date_text', 'row')} (the row of this event)"
    record.start = start
    record.all_day = False
    record.field_sources["start"] = source
    record.field_sources["all_day"] = source
    if record.end is None and end is not None and "T" in end:
        record.end = end
        record.field_sources["end"] = source


def _same_page(structured: str | None, row: str | None) -> bool:
    """Both lead to one event's page ("…/pitch-28-04-2021/" and "…/pitch-28-04-2021/index.html"):
    one event, however differently the row titles it ("Pitchveranstaltung" beside the JSON-LD's
    "Pitchveranstaltung, Mittwoch, 28.04.2021")."""
    if not structured or not row:
        return False
    return _page_key(structured) == _page_key(row)


def _page_key(url: str) -> str:
    url = url.split("#", 1)[0]
    return _INDEX_PAGE.sub("", url).rstrip("/").removeprefix("https:").removeprefix("http:")


def _likeness(structured: str, row: str) -> float:
    """1.0 when the row's title holds every word of the structured one (a row's title may carry
    its badges: "Atem-Meditation Campus Emscherland Bildung") or, of two words or more, is held
    by it (the structured name may add the programme to the row's heading: „4. Meisterkonzert —
    Four Seasons – One World“ for the row's „4. Meisterkonzert“), else the word sets' Jaccard."""
    a, b = _words(structured), _words(row)
    if not a or not b:
        return 0.0
    if a <= b or (len(b) >= _HELD_ROW_WORDS and b <= a):
        return 1.0
    return len(a & b) / len(a | b)


_HELD_ROW_WORDS = 2  # a one-word row title („Konzert“) held by a structured name says little


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))
