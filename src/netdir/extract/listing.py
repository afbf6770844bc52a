"""The listing detector: find the repeated blocks of a listing page and read each one.

Candidates are groups of similar sibling blocks — cards, list items, table rows, ``dt``/``dd``
pairs, heading+paragraph runs. Each group is scored on what distinguishes offerings from page
furniture: repetition, heading-like titles of several words, date-like text, text beyond the
links, distinct targets, and where it sits (menus, footers, tag clouds, breadcrumbs and
pagination sit in ``nav``/``footer``/``aside`` or carry such class names). The best group wins
and its score is each record's confidence.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from itertools import islice, pairwise
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir.extract.address_rows import name_address_rows
from netdir.extract.block_columns import table_column_labels
from netdir.extract.block_dates import (
    RECURRENCE_LINE_SOURCE,
    WEEKDAY_LINE_SOURCE,
    add_time_cell,
    dated_only_by_stamp,
    undate_stamped_posts,
)
from netdir.extract.block_places import place_ending_the_prose
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import (
    HEADING_TAGS,
    css_matches,
    names_a_day,
    node_text,
    reading_one_document,
    text_chunks,
)
from netdir.extract.block_titles import block_links
from netdir.extract.calendar_days import (
    PageMonth,
    bare_day,
    cell_month_shift,
    day_of_cell,
    is_month_of_year,
    page_month,
    weekday_days,
)
from netdir.extract.context import PageContext, clean_text, set_field
from netdir.extract.date_choices import choices_of_block, dated_choices
from netdir.extract.date_cues import (
    DATE_LIKE,
    MONTH_WORD,
    MONTH_YEAR,
    SHORT_YEAR_TAB,
    TIME_LIKE,
    YEAR,
    has_year,
    iter_date_phrases,
    sub_date_phrases,
)
from netdir.extract.inline_text import visible_text
from netdir.extract.kind_columns import Kind, kind_columns, kind_readings
from netdir.extract.lead_sentence import is_question, lead_of_list, page_name
from netdir.extract.lead_times import times_from_the_lead
from netdir.extract.link_around import take_link_around
from netdir.extract.listing_features import complete_from_surroundings, read_block
from netdir.extract.neighbour_years import years_from_neighbours
from netdir.extract.ordered_days import number_month_items
from netdir.extract.prose_announcements import announces_a_day
from netdir.extract.running_years import years_along_the_list
from netdir.extract.split_ranges import join_month_split_ranges
from netdir.extract.sub_items import (
    date_led_lines,
    events_listed_under_the_day,
    listed_occurrences,
    timed_entries,
    titled_date_lines,
    titled_sections,
)
from netdir.extract.title_places import (
    move_bracketed_places,
    move_bracketed_when_and_where,
    move_slashed_town,
    move_trailing_towns,
    move_venue_parts,
)
from netdir.extract.title_text import is_document_link, is_junk_title
from netdir.extract.weekday_lines import may_hold_a_weekly_line, weekly_rule
from netdir.normalize.when import parse_when
from netdir.normalize.when_context import PAGE_YEAR
from netdir.normalize.when_lists import occurrences
from netdir.normalize.when_recurrence import find_recurrence
from netdir.normalize.when_words import WEEKDAYS, alternation
from netdir.records import RawRecord

EXTRACTOR = "listing"
MIN_SCORE = 0.4
MIN_ITEMS = 2
# „Kommende Veranstaltung“, „Nächste Termine“, „Upcoming events“: a section of coming events.
_COMING_HEADING = re.compile(
    r"^(?:kommende|nächste|naechste|anstehende|aktuelle|upcoming|next)\s+"
    r"(?:veranstaltung|termin|event|treffen|konzert|aufführung)",
    re.I,
)
# „event-list__item“, „termine-event-item“: a block (or list) its page builds for an event
# („termine-info-block“ only stands on a dates page).
_EVENT_CLASS = re.compile(r"(?<![a-z])(?:event|veranstaltung)", re.I)
_SCORING_SAMPLE = 20  # blocks read to score a group; enough to tell a listing from a menu
_MAX_BLOCK_TEXT = 1200  # characters: a long teaser is ~400
_MAX_BLOCK_LINKS = 5
_WEEKLY_CARD_CHARS = 300  # a group's name, its weekday line, an age range and a room
_UNREADABLE_TAGS = ["script", "style", "noscript", "template", "svg", "iframe", "select"]
# A class a site builder sets on what its conditional visibility hides for good ("w-condition-
# invisible" beside the shown copy of a card's name and day). Not "hidden" (toggled by scripts:
# accordions, tabs) nor "visually-hidden" (read aloud, and it may name the show).
_NEVER_SHOWN_CLASS = re.compile(r"^(?:[\w-]+-)?invisible$")
_SHOWN_ELSEWHERE = ("visible-", "d-", "show")  # a breakpoint's or a script's own display
# Table cells are parts of a row (or of a layout table), never items of their own.
_NOT_ITEM_TAGS = frozenset({"br", "hr", "img", "input", "option", "span", "b", "strong", "em", "i", "td", "th", *HEADING_TAGS, "dt", "dd"})  # fmt: skip
# Not "form": ASP.NET WebForms sites wrap the whole page, listing included, in one <form>.
_FURNITURE_TAGS = frozenset({"nav", "header", "footer", "aside", "menu"})
# Words that make a class name furniture as its first or last word ("main-nav", "railNav").
_FURNITURE_WORDS = frozenset(
    {
        "nav", "navi", "navbar", "navigation", "menu", "menue", "menü", "mainmenu", "submenu",
        "footer", "breadcrumb", "breadcrumbs", "pagination", "pager", "paging", "pagenav",
        "tagcloud", "schlagworte", "sidebar", "cookie", "cookies", "skiplinks", "toolbar",
        "servicenavigation", "topbar", "header", "comments", "comment", "megamenu", "dropdown",
        "offcanvas", "sitemap", "socialmedia",
    }
)  # fmt: skip
# Names that are furniture only as a whole: "widget" alone (WordPress sidebars), not
# "elementor-widget"; "tags" alone, not "tags-event".
_FURNITURE_NAMES = frozenset(
    {
        "widget", "tags", "tag", "social", "share", "sharing", "skip", "meta", "service",
        "list-group", "nav-tabs", "nav-pills", "menu-item", "sub-menu", "tabs",
    }
)  # fmt: skip
_NAME_WORDS = re.compile(r"[A-Z]?[a-z0-9äöüß]+|[A-Z]+(?![a-z])")
_ZEBRA = re.compile(
    r"(?:^|(?<=[-_]))(?i:alternating|alternate|alt|odd|even|zebra)(?=$|[-_A-Z])"
    r"|(?<=[a-z0-9])(?:Alternating|Alternate|Alt|Odd|Even|Zebra)(?=$|[-_A-Z])"
)
_HEADING_BEFORE = "listing:heading-before"
_GROUP_HEADER_LEVELS = 3  # containers walked up from a row to find its day header
_GROUP_HEADER_SIBLINGS = 2  # elements looked at before each container
_GROUP_HEADER_CHARS = 60
_GROUP_LABEL_CHARS = 60  # a bold label naming the rows below it; a row's place line is as short
_DAY_SECTION_SIBLINGS = 30  # elements walked back from a heading to its day's heading
_GROUP_HEADER_ROWS = 40  # item rows walked back over to the heading row of their day
# "von 9:30 bis 11 Uhr", "ab 18 Uhr", "10 bis 11:30 Uhr", "2–4 pm": what may lead a time cell's clock.
_TIME_LEAD = re.compile(
    r"(?:von|vom|ab|um|gegen|ca\.?|from|at)\s+|\d{1,2}(?:[:.]\d{2})?\s*(?:bis|[-–—]|to)\s*", re.I
)
_TIME_CELL_CHARS = 40
_RULE_LINE_CHARS = 80  # "First and third Wednesday of every month"; longer is prose
_DAY_ABOVE_ELEMENTS = 300  # elements walked back over (in document order) to a row's day
# An ongoing exhibition listed under each day has no clock time but "laufend".
_ALL_DAY = re.compile(r"^(?:laufend|ganzt(?:ä|ae)gig|ganztags|all[ -]day|ongoing)$", re.I)
_YEAR_HEADINGS = 6  # headings looked at above a row for its year
_MONTH_HEADINGS = 2  # headings looked at above a "Wed 18 - Sun 22" row for its month
_YEAR_HEADING_CHARS = 80  # a longer heading is a title that mentions a year, not a section
_FINER_SCORE_SHARE = 0.9  # a group of rows inside the best group's blocks, scoring this share
_FINER_MORE_BLOCKS = 1.5  # ... with this many times its blocks
_FINER_DATED = 0.8  # ... and this share dated, is read instead
_SECOND_GROUP_SHARE = 0.6  # another group is kept when it scores at least this share of the best
# ... and this share of its items is dated: a month grid's week rows beside the list (only the
# weeks with a day header read as dated) are another view of the same meetings, not a list
_SECOND_GROUP_DATED = 0.75
# A fully dated group over the same paragraphs as an undated best one wins at this share of its
# score (``_dated_reading_first``).
_DATED_READING_SHARE = 0.85
_NOISE_CLASS_PREFIXES = ("category-", "tag-", "status-", "format-", "type-", "has-", "is-")
# Per-item states and calendar marks: rows of one list differ in these, not in what they are.
_STATE_CLASSES = frozenset(
    {
        "odd", "even", "first", "last", "active", "current", "selected", "today", "past",
        "future", "upcoming", "sameday", "weekend", "holiday", "cancelled", "canceled",
        "abgesagt", "highlight", "featured", "new", "mon", "tue", "wed", "thu", "fri", "sat",
        "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    }
)  # fmt: skip
_HAS_DIGIT = re.compile(r"\d")
_CAPTION_TAGS = frozenset({"caption", "th", "h1", "h2", "h3"})
_OWN_CONTAINER_LEVELS = 3  # a link inside a div inside a cell inside its row


@dataclass(slots=True)
class Candidate:
    containers: list[LexborNode]  # the parent(s) of the blocks; several for a pooled listing
    segments: list[list[LexborNode]]
    item_signature: str  # "ul.termine>li": provenance and grouping of sibling listings
    column_labels: dict[int, str]
    in_furniture: bool = False  # a container or one of its ancestors is nav/footer/aside/...
    score: float = 0.0
    dated_share: float = 0.0
    readings: list[BlockReading] = field(default_factory=list)  # of the scored sample
    own_containers: dict[int, int] | None = None  # ancestor id → blocks under it (a few levels)
    last_day: str | None = None  # the calendar day of the row above ("sameday" rows leave it out)


def extract_listing(tree: LexborHTMLParser, context: PageContext) -> list[RawRecord]:
    """Records of the listings on the page; [] when nothing looks like one."""
    with reading_one_document():
        return records_of(detect_listings(tree, context), context)


def extract_listing_and_lists(
    tree: LexborHTMLParser, context: PageContext, *, beside_an_event: bool = False
) -> tuple[list[RawRecord], list[list[RawRecord]]]:
    """``extract_listing``'s records, and the records of each list element a pooled group
    spans, one list at a time (see ``lists_of_pooled_groups``). ``beside_an_event``: the lists
    beside an event page's own event — only what is shown (``_drop_hidden``), and also the
    lists whose every item is dated, however low the furniture they stand in scores them."""
    with reading_one_document():
        if beside_an_event and tree.body is not None:
            _drop_hidden(tree.body)
        detection = detect_listings(tree, context)
        parts = list(lists_of_pooled_groups(detection, context.base_url, beside_an_event))
        if beside_an_event:
            parts.extend(_dated_lists_left_out(detection))
        lists = [
            records_of(Detection([part], outline=detection.outline), context) for part in parts
        ]
        return records_of(detection, context), lists


def _dated_lists_left_out(detection: Detection) -> Iterator[Candidate]:
    """The single lists the detector considered and did not choose whose every item is dated:
    beside an event page's own event, a sidebar widget of the site's next two events
    („27. November 2016 15:00“ / „kleiner Weihnachtsmarkt“) scores below the threshold as
    furniture (see ``lists_of_pooled_groups`` for pooled ones)."""
    chosen = {id(candidate) for candidate in detection.chosen}
    for candidate in detection.considered:
        if (
            id(candidate) not in chosen
            and len(candidate.containers) == 1
            and len(candidate.segments) >= MIN_ITEMS
            and candidate.dated_share == 1.0
        ):
            yield candidate


def lists_of_pooled_groups(
    detection: Detection, base_url: str, beside_an_event: bool = False
) -> Iterator[Candidate]:
    """The list elements of the considered groups that pool several, each scored on its own.

    Pooling reads one listing split under month headings as one; a page whose tabs share their
    markup ("ul.tab_link_entries" for its events and for its blog posts) pools two lists, and
    the dated one is read only as part of the mixed pool. A reader of the page that looks for
    one such list (an event page's list of the site's other events) asks for them here."""
    for candidate in detection.considered:
        if len(candidate.containers) < 2:
            continue
        for container in candidate.containers:
            segments = [s for s in candidate.segments if s[0].parent == container]
            if len(segments) < MIN_ITEMS:
                continue
            part = Candidate(
                [container],
                segments,
                candidate.item_signature,
                candidate.column_labels,
                in_furniture=candidate.in_furniture,
            )
            score = _score(part, base_url, detection.outline)
            # A footer's widget of the site's next nights ("30.07.26, 18:00 - Soda Social
            # Club" beside the footer's menus) scores low as furniture, yet every item is dated.
            if score >= MIN_SCORE or (beside_an_event and part.dated_share == 1.0):
                yield part


@dataclass(slots=True)
class Detection:
    """What the detector considered on one page and what it chose (``netdir inspect`` shows it)."""

    chosen: list[Candidate] = field(default_factory=list)
    considered: list[Candidate] = field(default_factory=list)  # scored > 0, best first
    outline: Outline | None = None

    @property
    def unsure(self) -> bool:
        """No group, or the best is weak or barely ahead of a different one."""
        if not self.chosen:
            return bool(self.considered)
        best = self.chosen[0].score
        chosen = {id(c) for c in self.chosen}
        rivals = [c for c in self.considered if id(c) not in chosen]
        return best < 0.55 or any(rival.score >= best - 0.05 for rival in rivals)


def _drop_never_shown(body: LexborNode) -> None:
    """Remove the elements a page marks as never shown: a hidden duplicate of a card's name and
    day would otherwise split one card into two blocks of the same show."""
    for node in body.css('[class*="invisible"]'):
        classes = (node.attributes.get("class") or "").split()
        if any(_NEVER_SHOWN_CLASS.match(name) for name in classes):
            node.decompose()


def _drop_hidden(body: LexborNode) -> None:
    """Remove the elements hidden by Bootstrap 3's "hidden" (display: none on every screen;
    Tailwind's "hidden md:block" is shown on wider screens). Only for a list read beside an
    event page's own event: a tab a script shows is read by the detector, but a shop's list of
    its next dates that no reader sees ("<ul class="hidden">", for search engines) is no
    sidebar of the site's other events."""
    for node in body.css('[class~="hidden"]'):
        classes = (node.attributes.get("class") or "").split()
        if not any(":" in name or name.startswith(_SHOWN_ELSEWHERE) for name in classes):
            node.decompose()


def detect_listings(tree: LexborHTMLParser, context: PageContext) -> Detection:
    """Score every candidate group; choose the best one and every other good dated group that
    does not overlap a chosen one (one list per committee, tab, year, or upcoming and past)."""
    body = tree.body
    if body is None:
        return Detection()
    outline = Outline()
    outline.dated_choices = dated_choices(body)
    tree.strip_tags(_UNREADABLE_TAGS)
    _drop_never_shown(body)
    _flatten_nested_definition_lists(body)
    number_month_items(body)
    candidates = find_candidates(body, outline)
    title = tree.css_first("title")
    outline.month = page_month(
        outline.captions + ([title] if title is not None else []), context.page_url
    )
    outline.page_name = page_name(node_text(title)) if title is not None else None
    for candidate in candidates:
        _score(candidate, context.base_url, outline)
    considered = sorted(
        (c for c in candidates if c.score > 0),
        key=lambda c: (c.score, len(c.segments)),
        reverse=True,
    )
    considered = _dated_reading_first(_finer_first(considered))
    chosen: list[Candidate] = []
    for candidate in considered:
        if candidate.score < MIN_SCORE:
            break
        if chosen and (
            candidate.score < _SECOND_GROUP_SHARE * chosen[0].score
            or candidate.dated_share < _SECOND_GROUP_DATED
        ):
            continue
        if any(_overlaps(candidate, other) for other in chosen):
            rest = _outside_chosen(candidate, chosen, context.base_url, outline)
            if rest is not None and rest.score >= MIN_SCORE:
                chosen.append(rest)
            continue
        chosen.append(candidate)
    chosen.extend(_lone_listed(outline, chosen, context.base_url))
    return Detection(chosen, considered, outline)


def _lone_listed(outline: Outline, chosen: list[Candidate], base_url: str) -> list[Candidate]:
    """An events list that holds one event today: „Kommende Veranstaltung“ over one
    ``article.event-list__item`` (a day, a name, hours and place) beside the archive's six
    ``article.archive-entry``. A group needs two blocks to be a list, so the one upcoming event
    was no record. A lone classed block is an item when the heading of its section names coming
    events, or its class or its list's names an event, and it reads as an item named by its
    heading and dated by a day."""
    found: list[Candidate] = []
    for lone in outline.lone:
        block = lone.segments[0][0]
        if lone.in_furniture or is_furniture(block):
            continue  # a calendar's header with its date picker
        if any(_overlaps(lone, other) for other in chosen + found):
            continue
        heading = outline.section_heading(block) or ""
        names = f"{block.attributes.get('class') or ''} {lone.containers[0].attributes.get('class') or ''}"
        if not (_COMING_HEADING.search(heading) or _EVENT_CLASS.search(names)):
            continue
        reading = _read(lone.segments[0], base_url, lone, outline)
        if not is_item(reading) or is_junk_title(reading.title):
            continue
        # Named by its heading and dated by a day of the calendar: not an event page's details
        # box („vCal“ beside „06.07.2013 20:00“), its main event („Joji“, „20:00 Uhr“) or a
        # weekly offer („Karaoke“, „Mondays, 10:00 PM“; „Jeden Dienstag ab 19:00 Uhr“).
        if not reading.title_from_heading or not DATE_LIKE.search(reading.date_text or ""):
            continue
        if reading.sources.get("date_text") == RECURRENCE_LINE_SOURCE:
            continue
        lone.readings = [reading]
        lone.score = MIN_SCORE
        lone.dated_share = 1.0
        found.append(lone)
    return found


def _outside_chosen(
    candidate: Candidate, chosen: list[Candidate], base_url: str, outline: Outline
) -> Candidate | None:
    """A page whose newer events are ``<h3>`` blocks and whose older ones each have an ``<h2>``
    title above their ``<h3>`` day line: the ``h2`` runs win and hold the later ``h3``; the
    ``h3`` runs above the first ``h2`` are events too. Only heading runs of the chosen group's
    own container are split so; the blocks of ``candidate`` that share no element with a
    chosen group are scored as a group of their own (all dated, at least two)."""
    if not candidate.item_signature.endswith("+p"):
        return None
    containers = {id(node) for node in candidate.containers}
    taken: set[int] = set()
    for other in chosen:
        if not other.item_signature.endswith("+p"):
            continue
        if not {id(node) for node in other.containers} & containers:
            continue
        taken.update(node.mem_id for segment in other.segments for node in segment)
    if not taken:
        return None
    rest = [s for s in candidate.segments if not any(node.mem_id in taken for node in s)]
    if len(rest) < MIN_ITEMS or len(rest) == len(candidate.segments):
        return None
    part = Candidate(
        candidate.containers,
        rest,
        candidate.item_signature,
        candidate.column_labels,
        in_furniture=candidate.in_furniture,
    )
    _score(part, base_url, outline)
    return part if part.dated_share == 1.0 else None


def describe_candidates(
    tree: LexborHTMLParser, context: PageContext, limit: int = 6
) -> tuple[bool, list[dict[str, object]]]:
    """Whether the detector is unsure on this page, and the groups it weighed (best first):
    signature, score, blocks, dated share, whether it was chosen and a sample title."""
    with reading_one_document():
        detection = detect_listings(tree, context)
    chosen = {id(candidate) for candidate in detection.chosen}
    rows: list[dict[str, object]] = []
    for candidate in detection.considered[:limit]:
        titles = [r.title for r in candidate.readings if r.title and is_item(r)]
        rows.append(
            {
                "group": candidate.item_signature,
                "score": candidate.score,
                "blocks": len(candidate.segments),
                "dated": round(candidate.dated_share, 2),
                "chosen": id(candidate) in chosen,
                "sample": titles[0] if titles else None,
            }
        )
    return detection.unsure, rows


def records_of(detection: Detection, context: PageContext) -> list[RawRecord]:
    records: list[RawRecord] = []
    seen: set[tuple[str, str | None, str | None]] = set()
    earlier: set[tuple[str, str | None]] = set()  # (title, start) of the groups already read
    for candidate in detection.chosen:
        group = _records(candidate, context, detection.outline, seen)
        _name_address_rows(group, candidate, detection.outline)
        move_bracketed_places(group)
        move_bracketed_when_and_where(group)
        move_slashed_town(group)
        move_trailing_towns(group)
        move_venue_parts(group)
        years_from_neighbours(group)  # "05.03.2026 | 12.03. | 20.03.2026": the middle row's year
        # „30 Mai“ … „12 Sep“, „28 Dez“: a yearless list running forward stays in its year.
        years_along_the_list(group, context.fetched_at.date())
        if candidate.segments and candidate.segments[0]:
            # „Der Konzertbeginn ist um 19:00 Uhr.“ above a season of days without a time.
            times_from_the_lead(group, candidate.segments[0][0])
        # A featured strip's "24 Jun, 22:00" repeats the list's "Wed 24 Jun, 22:00": one show.
        # (Within one group the same name twice on a day is left to the page: two sections.)
        keys = [(record.title or "", _when_key(record.date_text, context)) for record in group]
        group = [
            r for r, key in zip(group, keys, strict=True) if key[1] is None or key not in earlier
        ]
        earlier.update((title, when) for title, when in keys if when is not None)
        records.extend(group)
    return join_month_split_ranges(_without_same_day_twins(records), context.fetched_at.date())


# Quotes and marks around a name: "«Klaushock»" and "Klaushock", "Helm ab*" and "Helm ab".
_NAME_MARKS = re.compile(r"[«»„“”‚‘’\"'*†]")


def _twin_key(record: RawRecord) -> tuple[str, str] | None:
    day = DATE_LIKE.search(record.date_text or "")
    if day is None:
        return None
    name = " ".join(_NAME_MARKS.sub("", record.title).casefold().split())
    # "06. Januar" under the summary "2018" and under "2017": the years the page gave them
    # keep the two concerts apart.
    year = str(record.extra.get(PAGE_YEAR, ""))
    return name, re.sub(r"\W+", "", day.group(0).casefold()) + year


def _without_same_day_twins(records: list[RawRecord]) -> list[RawRecord]:
    """One evening listed in two sections ("«Klaushock»" with its hours under the practice
    evenings, "Klaushock" again under the social events): the same name on the same day is
    one event when at most one of the two states a time (two showings at two times stay
    two) and they link to no two different pages. The timed one is kept, in the first place."""
    kept: list[RawRecord] = []
    first: dict[tuple[str, str], int] = {}
    for record in records:
        key = _twin_key(record)
        index = first.get(key) if key is not None else None
        if index is None:
            if key is not None:
                first[key] = len(kept)
            kept.append(record)
            continue
        twin = kept[index]
        timed = [bool(TIME_LIKE.search(r.date_text or "")) for r in (twin, record)]
        if all(timed) or (twin.url and record.url and twin.url != record.url):
            kept.append(record)
            continue
        if timed[1]:
            kept[index] = record
    return kept


def _finer_first(considered: list[Candidate]) -> list[Candidate]:
    """A day's group of several events ("Di 01.12.2026" above three rows) scores like one item
    of a list of days; when the rows inside those groups score nearly as well and are many more,
    each row is an event and the finer group is read instead of only each day's first row."""
    if len(considered) < 2:
        return considered
    best = considered[0]
    for finer in considered[1:]:
        if finer.score < _FINER_SCORE_SHARE * best.score:
            break
        roots = {n.mem_id for segment in best.segments for n in segment}
        # Inside the best group's blocks, or the very paragraphs its heading runs are made of
        # ("<h3>Vereinsleben</h3>" over four dated paragraphs, each an event).
        members = all(segment[0].mem_id in roots for segment in finer.segments)
        if (
            len(finer.segments) >= _FINER_MORE_BLOCKS * len(best.segments)
            and finer.dated_share >= _FINER_DATED
            and (members or _inside_any(finer, roots))
        ) or (finer.dated_share == 1.0 and _splits_every_block(best, finer)):
            return [finer, *(c for c in considered if c is not finer)]
    return considered


def _dated_reading_first(considered: list[Candidate]) -> list[Candidate]:
    """The same paragraphs read two ways: as undated paragraphs, each named by the longest link
    in its prose (a programme's speakers), or as dated blocks, each a heading over its
    paragraph („<h3>Publikationsworkshop</h3><p>…</p>“ under „<h2>Dienstag, 10. März
    2015</h2>“). When the best group dates none of its blocks and a group made of the same
    paragraphs dates all of its own and scores nearly as well, that group is the list."""
    if len(considered) < 2 or considered[0].dated_share > 0:
        return considered
    best = considered[0]
    for other in considered[1:]:
        if other.score < max(MIN_SCORE, _DATED_READING_SHARE * best.score):
            break
        if other.dated_share == 1.0 and _overlaps(other, best):
            return [other, *(c for c in considered if c is not other)]
    return considered


def _splits_every_block(best: Candidate, finer: Candidate) -> bool:
    """Every block of ``best`` holds blocks of ``finer`` and some hold two or more: a
    calendar's day boxes over their events („17 Do“ over a 17:30 and a 19:30 lecture). Read
    as day boxes, a day's second event was lost however few days hold two."""
    if len(finer.segments) <= len(best.segments):
        return False
    owners = {segment[0].mem_id: index for index, segment in enumerate(best.segments)}
    held: set[int] = set()
    for segment in finer.segments:
        node = segment[0].parent
        while node is not None and node.mem_id not in owners:
            node = node.parent
        if node is None:
            return False
        held.add(owners[node.mem_id])
    return len(held) == len(best.segments)


def _overlaps(candidate: Candidate, other: Candidate) -> bool:
    """Whether one group's blocks lie inside (or are) the other's. A block of a heading run
    is all its nodes: the list under "<h2>Workshops</h2>" is inside that run."""
    mine = {node.mem_id for segment in candidate.segments for node in segment}
    theirs = {node.mem_id for segment in other.segments for node in segment}
    if mine & theirs:
        return True
    return _inside_any(candidate, theirs) or _inside_any(other, mine)


def _inside_any(candidate: Candidate, roots: set[int]) -> bool:
    for segment in candidate.segments[:_SCORING_SAMPLE]:
        node = segment[0].parent
        while node is not None and node.tag not in ("body", "html"):
            if node.mem_id in roots:
                return True
            node = node.parent
    return False


class Outline:
    """Document order of the page's elements and its headings: the section heading above a
    block (a row's title, a year for its dates) is found by bisecting."""

    def __init__(self) -> None:
        self.order: dict[int, int] = {}
        self.nodes: list[LexborNode] = []  # every element, in document order
        self.heading_positions: list[int] = []
        self.headings: list[LexborNode] = []
        self.captions: list[LexborNode] = []  # captions, table headers, top headings
        self.month: PageMonth | None = None  # the one month a calendar page shows
        self.page_name: str | None = None  # the site's name in the document title
        # ancestor id → the days a "Termin auswählen" select inside it offers (dated_choices)
        self.dated_choices: dict[int, list[str]] = {}
        self.lone: list[Candidate] = []  # classed groups of one block (see _lone_listed)

    def add(self, node: LexborNode) -> None:
        position = len(self.order)
        self.order[node.mem_id] = position
        self.nodes.append(node)
        if node.tag in HEADING_TAGS:
            self.heading_positions.append(position)
            self.headings.append(node)
        if node.tag in _CAPTION_TAGS:
            self.captions.append(node)

    def headings_before(self, node: LexborNode) -> list[LexborNode]:
        """Headings above ``node`` in document order, nearest first (not those inside it)."""
        position = self.order.get(node.mem_id)
        if position is None:
            return []
        index = bisect.bisect_left(self.heading_positions, position)
        return self.headings[:index][::-1]

    def section_heading(self, node: LexborNode) -> str | None:
        """The nearest heading above ``node`` that heads its list, not a sibling inside the
        same block (a card's own ``h2`` above its date field titles the card, not the field)."""
        headings = self.headings_before(node)[:1]
        container = node.parent
        if not headings or container is None:
            return None
        ancestor = headings[0].parent
        while ancestor is not None:
            if ancestor.mem_id == container.mem_id:
                return None
            ancestor = ancestor.parent
        if _inside_an_earlier_twin(headings[0], node):
            return None
        return clean_text(visible_text(headings[0]))


def _inside_an_earlier_twin(heading: LexborNode, node: LexborNode) -> bool:
    """Whether ``heading`` stands inside an earlier element built like one that holds ``node``:
    the ``<h2>`` of the card before, when this card's own ``<h2>`` is empty ("Drag Show" cards
    of a venue list), names that other card, not a section this one belongs to."""
    inside: dict[int, LexborNode] = {}  # ancestor id → its child on the way down to the heading
    child = heading
    while child.parent is not None:
        inside[child.parent.mem_id] = child
        child = child.parent
    item = node
    while item.parent is not None and item.tag not in ("body", "html"):
        branch = inside.get(item.parent.mem_id)
        if branch is not None:  # the nearest element holding both
            return (
                branch.mem_id != item.mem_id
                and branch.tag == item.tag
                and branch.attributes.get("class") == item.attributes.get("class")
            )
        item = item.parent
    return False


def _flatten_nested_definition_lists(body: LexborNode) -> None:
    """A day's ``<dl>`` left open ("<dl><dt>Thu May 14</dt><dd>…</dd>" without ``</dl>``)
    makes the parser nest every later day's ``<dl>`` in it, one level deeper each. A browser
    shows them as one flat list; a ``<dl>`` can only sit in a ``<dl>`` by that error (inside a
    ``<dd>`` it is a real sub-list), so its terms are lifted into the list around it."""
    for nested in reversed(body.css("dl > dl")):
        nested.unwrap()


def find_candidates(body: LexborNode, outline: Outline | None = None) -> list[Candidate]:
    """Sibling groups, ``dt``/``dd`` runs and heading runs of every element under ``body``.

    Sibling groups whose signature names a class are pooled page-wide: a listing split by
    month headings into several ``ul.termine`` is one listing (and a one-item month is part
    of it). Groups inside page furniture pool separately so a sidebar copy cannot drag the
    main listing down.
    """
    candidates: list[Candidate] = []
    pooled: dict[tuple[str, bool], Candidate] = {}
    in_furniture: dict[int, bool] = {}
    for parent in body.traverse(include_text=False):
        if outline is not None:
            outline.add(parent)
        grandparent = parent.parent
        inherited = (
            in_furniture.get(grandparent.mem_id, False) if grandparent is not None else False
        )
        furniture = inherited or (parent.tag not in ("body", "html") and is_furniture(parent))
        in_furniture[parent.mem_id] = furniture
        children = [child for child in parent.iter(include_text=False)]
        if not children:
            continue
        parent_signature = signature(parent)
        # A list without classes inside a classed box ("div.month > ul > li", one list per
        # month or committee) pools with its siblings' lists under the box's name.
        pool_prefix = ""
        if "." not in parent_signature and grandparent is not None:
            grandparent_signature = signature(grandparent)
            if "." in grandparent_signature:
                pool_prefix = f"{grandparent_signature}>"
            elif grandparent.tag == "details":
                # An archive folded by year ("<details><summary>2018</summary><ul>…"): the
                # lists of all folds are one listing, and a year of one concert is part of it
                # (a dotted key pools, as a classed box does).
                pool_prefix = "details.>"
        groups: dict[str, list[LexborNode]] = defaultdict(list)
        shown: dict[str, str] = {}
        for child in children:
            if child.tag not in _NOT_ITEM_TAGS:
                child_signature = signature(child)
                # "tr.RowStyle" and "tr.AlternatingRowStyle" → one group, "tr.RowStyle".
                key = child_signature.lower()
                groups[key].append(child)
                shown.setdefault(key, child_signature)
        for key, nodes in groups.items():
            item_signature = f"{parent_signature}>{shown[key]}"
            pool_key = item_signature if "." in item_signature else pool_prefix + item_signature
            segments = [[node] for node in nodes]
            labels = _table_labels(parent) if nodes[0].tag == "tr" else {}
            if labels and "." not in pool_key:
                # "Veranstaltungskalender 2026" and "Vergangene Veranstaltungen": tables under
                # the same header row ("Datum | Veranstaltung | Details") are one listing, and
                # a table of one row is part of it.
                pool_key = f"{pool_key}.[{'|'.join(labels[i] for i in sorted(labels))}]"
            if "." in pool_key:
                pool = pooled.get((pool_key, furniture))
                if pool is None:
                    pooled[(pool_key, furniture)] = Candidate(
                        [parent], segments, item_signature, labels, in_furniture=furniture
                    )
                else:
                    pool.containers.append(parent)
                    pool.segments.extend(segments)
            elif len(nodes) >= MIN_ITEMS:
                candidates.append(
                    Candidate([parent], segments, item_signature, labels, in_furniture=furniture)
                )
        if parent.tag == "dl":
            runs = _runs(children, "dt")
            if len(runs) >= MIN_ITEMS:
                candidates.append(
                    Candidate(
                        [parent], runs, f"{parent_signature}>dt+dd", {}, in_furniture=furniture
                    )
                )
        dl_children = [child for child in children if child.tag == "dl"]
        if len(dl_children) >= MIN_ITEMS:
            # One <dl> per day ("<dl><dt>Fri May 1</dt><dd>7pm - …</dd></dl>"): each list has
            # too few terms for a group, its siblings' terms together are the listing.
            sibling_runs = [run for dl in dl_children for run in _runs(_elements(dl), "dt")]
            if len(sibling_runs) > max(len(_runs(_elements(dl), "dt")) for dl in dl_children):
                candidates.append(
                    Candidate(
                        dl_children,
                        sibling_runs,
                        f"{parent_signature}>{signature(dl_children[0])}>dt+dd",
                        {},
                        in_furniture=furniture,
                    )
                )
        child_tags = [child.tag for child in children]
        for heading_tag in HEADING_TAGS[1:]:
            if child_tags.count(heading_tag) >= MIN_ITEMS:
                runs = _dates_above_headings(_runs(children, heading_tag), children)
                candidates.append(
                    Candidate(
                        [parent],
                        runs,
                        f"{parent_signature}>{heading_tag}+p",
                        {},
                        in_furniture=furniture,
                    )
                )
        pairs = _pair_runs(children)
        if pairs:
            candidates.append(
                Candidate(
                    [parent],
                    pairs,
                    f"{parent_signature}>{signature(pairs[0][0])}+{signature(pairs[0][1])}",
                    {},
                    in_furniture=furniture,
                )
            )
    candidates.extend(pool for pool in pooled.values() if len(pool.segments) >= MIN_ITEMS)
    if outline is not None:
        outline.lone = [pool for pool in pooled.values() if len(pool.segments) == 1]
    return candidates


def signature(node: LexborNode) -> str:
    """Tag plus the first stable class: ``li``, ``article.teaser``, ``div.card``.

    Per-item classes (``post-123``, ``category-netzwerk``, ``odd``) are skipped so that the
    blocks of one listing share a signature.
    """
    classes = node.attributes.get("class")
    if not classes:
        return node.tag or ""
    return _signature(node.tag, classes)


@lru_cache(maxsize=4096)
def _signature(tag: str | None, classes: str) -> str:
    # Cached: every element's signature is asked as a child, a parent and a grandparent, and
    # a page repeats a few class lists many times.
    for token in classes.split():
        lowered = token.lower()
        if _HAS_DIGIT.search(lowered) or lowered in _STATE_CLASSES:
            continue
        if lowered.startswith(_NOISE_CLASS_PREFIXES):
            continue
        # Zebra stripes ("altRow", "rowAlternate", "AlternatingRowStyle") mark every other
        # row of the same table: the class without the stripe word is the row's signature.
        token = _ZEBRA.sub("", token).strip("-_")
        if len(token) < 2:
            continue
        return f"{tag}.{token}"
    return tag or ""


def _elements(node: LexborNode) -> list[LexborNode]:
    return list(node.iter(include_text=False))


def _runs(children: list[LexborNode], head_tag: str) -> list[list[LexborNode]]:
    """Split siblings into runs that each begin at a ``head_tag`` node (``dt``, ``h3``)."""
    runs: list[list[LexborNode]] = []
    stop_tags = set(HEADING_TAGS)
    for child in children:
        if child.tag == head_tag:
            runs.append([child])
        elif runs:
            # A heading of a higher level ("h2" < "h3") ends the run of lower ones; any
            # heading ends a term's run (a month heading inside a list left open).
            head = runs[-1][0].tag or "" if runs[-1] else ""
            if child.tag in stop_tags and (head not in stop_tags or (child.tag or "") < head):
                runs.append([])  # closes the run; the empty run is dropped below
            elif runs[-1]:
                runs[-1].append(child)
    return [run for run in runs if run]


def _dates_above_headings(
    runs: list[list[LexborNode]], children: list[LexborNode]
) -> list[list[LexborNode]]:
    """``<p class="newsDate">09. Mai 2014: 19 Uhr</p><h3>Vortrag …</h3><p>…</p>`` repeated: each
    name's date line stands right above its heading, so a run from one heading to the next
    would end with the next item's date. When the first heading and all but at most one of
    the others have a short date line right above them, that line opens their run instead."""
    if len(runs) < MIN_ITEMS:
        return runs
    before: dict[int, LexborNode] = {}
    for previous, child in pairwise(children):
        before[child.mem_id] = previous
    above = []
    for run in runs:
        line = before.get(run[0].mem_id)
        above.append(line if line is not None and _date_line(line) else None)
    if above[0] is None or sum(line is not None for line in above) < len(runs) - 1:
        # The first name has no date line above it: a date below each name ("<h5>
        # Wahlversammlung</h5><p>19.01.2027 um 19:00 Uhr …</p>") is its own, not the next one's.
        return runs
    moved = {line.mem_id for line in above if line is not None}
    return [
        ([line] if line is not None else []) + [node for node in run if node.mem_id not in moved]
        for run, line in zip(runs, above, strict=True)
    ]


_DATE_LINE_CHARS = 120  # a date line, not a paragraph that mentions a day


def _date_line(node: LexborNode) -> bool:
    """A short element that is no heading and states a day or a clock time ("23. November
    2013: 13 Uhr und 15 Uhr", "jeden Freitag: 14 Uhr", "täglich: 11 Uhr, 14 Uhr")."""
    if node.tag in HEADING_TAGS:
        return False
    text = node_text(node) or ""
    return 0 < len(text) <= _DATE_LINE_CHARS and bool(
        DATE_LIKE.search(text) or TIME_LIKE.search(text)
    )


def _pair_runs(children: list[LexborNode]) -> list[list[LexborNode]]:
    """Flat items of two classed sibling boxes each, without a box per item.

    ``<div class="box_heading">24.04. - 03.05.</div><div class="box_content">Fehringer</div>``
    repeated under one parent: no element holds an item, so no sibling group does either;
    the pair (head box, body box) is the item. Only strictly alternating runs of two
    different classed signatures count, at least ``MIN_ITEMS`` pairs in one run; other
    siblings (a picture, a heading) end a run, and every run of the same pair under the
    parent is part of the listing.
    """
    found: list[list[LexborNode]] = []
    key: tuple[str, str] | None = None
    run: list[list[LexborNode]] = []
    longest = 0
    index = 0
    while index + 1 < len(children):
        head, body = children[index], children[index + 1]
        pair = (signature(head), signature(body))
        if "." in pair[0] and "." in pair[1] and pair[0] != pair[1] and key in (None, pair):
            key = pair
            run.append([head, body])
            index += 2
            continue
        if run:
            found.extend(run)
            longest = max(longest, len(run))
            run = []
        index += 1
    found.extend(run)
    longest = max(longest, len(run))
    return found if longest >= MIN_ITEMS else []


def _table_labels(parent: LexborNode) -> dict[int, str]:
    table = parent if parent.tag == "table" else parent.parent
    if table is None or table.tag != "table":
        return {}
    return table_column_labels(table.css("tr")[:3])


def _score(candidate: Candidate, base_url: str, outline: Outline | None = None) -> float:
    sample = candidate.segments[:_SCORING_SAMPLE]
    useful = sum(1 for segment in sample if any(_has_link_or_date(node) for node in segment))
    if useful < MIN_ITEMS:  # cheap rejection: most groups on a page are parts of blocks
        candidate.score = 0.0
        return 0.0
    candidate.last_day = None
    readings = [_read(segment, base_url, candidate, outline) for segment in sample]
    candidate.readings = readings
    items = _without_own_headings([r for r in readings if is_item(r)])
    if len(items) < MIN_ITEMS:
        candidate.score = 0.0
        return 0.0
    count = len(items)
    repetition = min(1.0, (count - 1) / 5)
    # An empty spacer between the items ("<h3></h3><hr>" after each show) is no block.
    coverage = count / (sum(1 for r in readings if r.text_length) or 1)
    # A block dated only by its stamp ("zuletzt verändert: …": a folder's file beside its
    # events) neither dates nor undates the list.
    stamped = sum(1 for r in items if r.date_text is None and dated_only_by_stamp(r.sources))
    if 2 * stamped > count:
        # Most blocks dated only by when they were posted: a list of posts (a „read next“
        # slider whose few headlines name a day), whose stamps undate it.
        stamped = 0
    dated = sum(1 for r in items if r.date_text) / max(1, count - stamped)
    candidate.dated_share = dated
    headed = sum(1 for r in items if r.title_from_heading) / count
    words = sum(min(len(_name_words(r.title)), 6) for r in items) / count
    title_quality = max(0.0, min(1.0, (words - 1) / 4))
    text = sum(r.text_length for r in items) or 1
    textiness = max(0.0, 1 - sum(r.link_text_length for r in items) / text)
    junk = sum(1 for r in items if is_junk_title(r.title)) / count
    distinct = len({(r.title, r.url, r.date_text) for r in items}) / count
    score = (
        0.2 * repetition
        + 0.25 * dated
        + 0.15 * headed
        + 0.15 * textiness
        + 0.15 * title_quality
        + 0.1 * coverage
    )
    # Blocks that each hold several dated items are boxes (a month, a day), not items.
    boxes = sum(1 for r in items if r.holds_several) / count
    size = _size_factor(items)
    if size < 1.0:
        size = _size_factor(items, _shown_lengths(sample, readings, items))
    score *= (1 - junk) * distinct * _position_factor(candidate, dated) * size
    score *= 1 - 0.5 * boxes
    candidate.score = round(max(0.0, min(1.0, score)), 3)
    return candidate.score


def _name_words(title: str | None) -> list[str]:
    """The words of a title that name something: "Auftritt: 14.02.2024 | 20:00" (a heading
    that only dates its block under a label) has one, its date and time are no name."""
    if not title:
        return []
    if not any(map(str.isdigit, title)):
        return title.split()
    rest = TIME_LIKE.sub(" ", sub_date_phrases(title))
    return [word for word in rest.split() if any(map(str.isalnum, word))]


def _without_own_headings(items: list[BlockReading]) -> list[BlockReading]:
    """A section heading titles the several rows below it. Blocks that each borrow a different
    heading are parts of cards (the date field under each card's title), not items."""
    borrowed = [r.title for r in items if r.sources.get("title") == _HEADING_BEFORE]
    if len(borrowed) < 2 or len(set(borrowed)) < len(borrowed):
        return items
    return [r for r in items if r.sources.get("title") != _HEADING_BEFORE]


def is_item(reading: BlockReading) -> bool:
    """A block that names an offering: a title and a link, or a title and a leading date
    (calendars and timetables list dated rows without links)."""
    if not reading.title or _undecided(reading.title):
        return False
    if reading.url is not None:
        return not _month_archive_link(reading)
    # Unlinked, the row must state a day: "Oktober 2026" is a month switcher, not an item —
    # or a timed rule line of its own ("jeden Freitag: 14 Uhr", "täglich: 11 Uhr"): a
    # recurring offer ("Jeden Samstag am Wuchemärt" without a clock only says where a series
    # shows up).
    if reading.title_from_heading and _prose_names_a_day(reading.description):
        # "<h4>VIRUS!</h4><p>Internationales Symposium … in Bonn, 17.-19.1.2002. Konzeption und
        # Organisation …</p>": a heading over a paragraph that says what it was, where and then
        # when. That day dates the record as it dates the linked headings beside it; without a
        # link the block is still one offering.
        return True
    if reading.title_from_heading and announces_a_day(reading.description):
        # „<h4>Halloween-Party auf dem Sportplatz in Schönow</h4><p>… laden am Dienstag, den 31.
        # Oktober 2023, … von 16 – 21 Uhr zu einer … Party … ein.</p>“: a news article's tip
        # whose sentence invites to its day (a day in a sentence alone is news told in prose).
        return True
    if reading.title_from_heading and _prose_states_its_rule(reading.description):
        # "<h3>Minor Swing</h3> … <p>… Jeden Mittwoch ab 19:30 Uhr findet der Minor Swing im
        # Noels Ballroom statt.</p>": the weekly evening the heading names; its linked
        # neighbours were records, the unlinked section was none.
        return True
    if reading.date_text is None:
        return False
    if reading.sources.get("date_text") in (RECURRENCE_LINE_SOURCE, WEEKDAY_LINE_SOURCE):
        return TIME_LIKE.search(reading.date_text) is not None
    return reading.date_leads and names_a_day(reading.date_text)


def _month_archive_link(reading: BlockReading) -> bool:
    """A blog's archive widget: „<h3>Archive</h3><ul><li><a>September 2019</a> (1)“ — a link
    whose text is only a month (that month's posts), named by the widget's heading. A month
    names no day to attend; an event's own link names the event."""
    return (
        reading.sources.get("title") == "listing:heading-before"
        and reading.sources.get("date_text") == "listing:a"
        and reading.date_text is not None
        and MONTH_YEAR.fullmatch(reading.date_text.strip()) is not None
    )


def _prose_names_a_day(text: str | None) -> bool:
    """A description whose sentence closes on its day as its last comma part, as a programme
    or a list of one's conferences states it ("… Universität Bonn, 4.-6.10.2006. Konzeption …").
    A day inside a sentence ("the residents met on October 3, 2026 and talked about parking")
    is news told in prose, not the block's date."""
    if text is None:
        return False
    for match in iter_date_phrases(text):
        phrase = match.group(0)
        if not names_a_day(phrase) or not text[: match.start()].rstrip().endswith(","):
            continue
        after = text[match.end() :].lstrip()
        if phrase.endswith(".") or not after or after[0] in ".;":
            return True
    return False


# „Jeden Mittwoch ab 19:30 Uhr findet der Minor Swing … statt“, „Wir proben jeden Montag um
# 18:45 Uhr …“: a weekday rule with its clock in the sentence that says the event takes place.
# „Noch Fragen? Jeden Dienstag ab 19:00 Uhr im Pfadfinderheim oder einfach anrufen“ says when
# to ask, and stays no item.
_PROSE_RULE = re.compile(
    r"\b(?:jeden|jede|immer)\s+(?:\d\.\s+)?"
    rf"(?:{alternation(WEEKDAYS)})\w*"
    r"[^.!?]{0,40}?\b\d{1,2}(?:[:.]\d{2})?\s*Uhr[^.!?]*?\b(?:statt|proben|treffen)\b",
    re.I,
)


def _prose_states_its_rule(text: str | None) -> bool:
    """A description whose sentence says the event takes place on a weekday at a clock."""
    return text is not None and _PROSE_RULE.search(text) is not None


# "21.04. oder 29.04. erste Ausfahrt": the day is not decided yet, the line names two.
_OR_ANOTHER_DAY = re.compile(r"^(?:oder|or)\s+", re.I)


def _undecided(title: str) -> bool:
    """A title left after the row's day that opens with "oder" and another day."""
    match = _OR_ANOTHER_DAY.match(title)
    return match is not None and DATE_LIKE.match(title, match.end()) is not None


def _read(
    segment: list[LexborNode], base_url: str, candidate: Candidate, outline: Outline | None
) -> BlockReading:
    def heading_before(nearest: bool = False) -> str | None:
        if outline is None:
            return None
        if nearest:  # the nearest heading above, a sibling of the block included
            headings = outline.headings_before(segment[0])[:1]
            return node_text(headings[0]) if headings else None
        return outline.section_heading(segment[0])

    reading = read_block(segment, base_url, candidate.column_labels, heading_before)
    if reading.sources.get("title") == "listing:heading-before" and len(segment) == 1:
        _named_by_lead_sentence(segment[0], reading, outline)
    if reading.title and _SAME_AS_ABOVE.match(reading.title):
        _title_from_row_above(segment[0], reading, base_url, candidate)
    if reading.date_text is None and reading.title is not None:
        _date_from_own_rule(segment, reading)
    if _without_a_day(reading.date_text) and reading.title is not None:
        # A timetable's row whose date column holds only its hours („9:00 – 10:45 Uhr“ |
        # „Workshops“) is dated by its day's header as a row without a date column is.
        hours = reading.date_text
        reading.date_text = None
        _date_from_group_header(segment, reading)
        if reading.date_text is None and outline is not None:
            _date_from_day_above(segment, reading, outline)
        if reading.date_text is None:
            reading.date_text = hours
    if reading.date_text is None and reading.title_from_heading:
        _date_from_day_section(segment, reading)
    if reading.sources.get("title") == "listing:text" and reading.url is None:
        _title_from_group_label(segment, reading)
    if outline is not None and reading.title is not None:
        _date_from_month_heading(segment, reading, outline)
    undated = reading.date_text is None or not DATE_LIKE.search(reading.date_text)
    month = outline.month if outline is not None else None
    if undated and reading.title is not None and month is not None:
        # A "Datum" column that holds only the weekday ("Do") names no day yet.
        _date_from_calendar_day(segment, reading, candidate, month)
    return reading


def _name_address_rows(
    group: list[RawRecord], candidate: Candidate, outline: Outline | None
) -> None:
    """Rows that only say where after their day are named by their list (address_rows)."""
    if outline is None:
        return
    first = candidate.segments[0][0] if candidate.segments and candidate.segments[0] else None
    heading = outline.section_heading(first) if first is not None else None
    name_address_rows(group, heading, outline.page_name)


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
        title = read_block([above], base_url, candidate.column_labels).title
        if title and not _SAME_AS_ABOVE.match(title):
            reading.title = title
            reading.sources["title"] = "listing:row above (same as above)"
            return
        above = above.prev


def _named_by_lead_sentence(
    block: LexborNode, reading: BlockReading, outline: Outline | None
) -> None:
    """A bare day ("7. Januar") under "Das Repair Café Datteln findet … jeweils von 14 bis 17
    Uhr statt": the lead sentence above the list names the offering and its hours, not the
    heading ("Reparaturtermine 2023"). Under a question ("Wann treffen wir uns?") with no
    name in the lead, the days are the meetings of the page's own group: the site's name
    titles them ("Code for Düsseldorf")."""
    container = block.parent
    lead = lead_of_list(container) if container is not None else None
    if lead is not None and lead.name is not None:
        reading.title = lead.name
        reading.sources["title"] = "listing:lead sentence above"
    elif reading.title and is_question(reading.title) and outline and outline.page_name:
        reading.title = outline.page_name
        reading.sources["title"] = "listing:page title (under a question heading)"
    if lead is None:
        return
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


def _date_from_calendar_day(
    segment: list[LexborNode], reading: BlockReading, candidate: Candidate, month: PageMonth
) -> None:
    """ "Di | 1 | 15:02 | Sitzung …" or a grid cell "07" above its meetings: the row's day of
    the month the page shows. A row whose day cell is empty ("sameday") is on the day above."""
    chunks = text_chunks(segment)
    found = bare_day(chunks)
    where = "day"
    shift = 0
    if found is None:
        day = day_of_cell(segment[0])
        found = (day, None) if day is not None else None
        where = "cell"
        shift = cell_month_shift(segment[0], day) if day is not None else 0
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
    elif candidate.last_day is not None and _first_cell_empty(segment[0]):
        where = "row above"
    else:
        return
    if candidate.last_day is None:
        return
    reading.date_text = candidate.last_day
    reading.date_leads = True
    reading.sources["date_text"] = f"listing:{where} + month:{month.where}"
    add_time_cell(segment, reading)


def _first_cell_empty(row: LexborNode) -> bool:
    if row.tag != "tr":
        return False
    first = next(iter(row.iter(include_text=False)), None)
    return first is not None and first.tag == "td" and not first.text(strip=True)


def _own_container(block: LexborNode, candidate: Candidate) -> LexborNode | None:
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
    chunks = text_chunks(segment)
    times = [chunk for chunk in chunks if _is_time_cell(chunk)]
    times = times or [chunk for chunk in chunks if _ALL_DAY.match(chunk)]
    if not times:
        return  # only a row that states its own time takes its day from a header
    time = times[0] if _is_time_cell(times[0]) else None
    block = segment[0]
    own = signature(block)
    for sibling in islice(_elements_before(block), _GROUP_HEADER_ROWS):
        if signature(sibling) != own:  # the first other element above: a header, or nothing
            _take_header_day(sibling, time, reading)
            if reading.date_text is not None:
                return
            break
    container = block.parent
    for _ in range(_GROUP_HEADER_LEVELS):
        if container is None or container.tag in ("body", "html"):
            return
        for sibling in islice(_elements_before(container), _GROUP_HEADER_SIBLINGS):
            _take_header_day(sibling, time, reading)
            if reading.date_text is not None:
                return
        container = container.parent


def _date_from_own_rule(segment: list[LexborNode], reading: BlockReading) -> None:
    """A card whose date line is a rule ("Every Friday", "First and third Wednesday of every
    month") above its time ("2:00 - 3:00pm") is dated by them: it must not borrow the day of a
    card above it (the day-above and group-header readings would)."""
    time = _row_time(segment)
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
    segment: list[LexborNode], reading: BlockReading, outline: Outline
) -> None:
    """A row with only its time ("11:00 a.m." | "Ghost") in a layout that wraps each row in its
    own boxes, the day ("February 15") in a short element above the first row of the day,
    several boxes away: the nearest such element before the row in document order."""
    time = _row_time(segment)
    position = outline.order.get(segment[0].mem_id)
    if time is None or position is None:
        return
    for node in reversed(outline.nodes[max(0, position - _DAY_ABOVE_ELEMENTS) : position]):
        text = visible_text(node)
        if len(text) > _GROUP_HEADER_CHARS or not text:
            continue
        if _is_only_a_day(text):
            _take_header_day(node, time, reading)
            if reading.date_text is not None:
                reading.sources["date_text"] = f"listing:{node.tag} before"
            return


def _without_a_day(date_text: str | None) -> bool:
    """No date yet, or only hours („9:00 – 10:45 Uhr“) that still need their day."""
    return date_text is None or (_is_time_cell(date_text.strip()) and not names_a_day(date_text))


def _date_from_day_section(segment: list[LexborNode], reading: BlockReading) -> None:
    """A day's programme: „<h2>Dienstag, 10. März 2015</h2>“ over „<h3>Publikationsworkshop
    </h3><p>…</p>“, „<h3>Methodenworkshop …</h3><p>…</p>“. A block named by its own heading,
    without a date of its own, lies in the day that the section's higher heading names (its
    sibling above, over the blocks of that day)."""
    first = segment[0]
    if first.tag not in HEADING_TAGS:
        return
    rank = HEADING_TAGS.index(first.tag)
    for sibling in islice(_elements_before(first), _DAY_SECTION_SIBLINGS):
        if sibling.tag not in HEADING_TAGS or HEADING_TAGS.index(sibling.tag) >= rank:
            continue
        text = node_text(sibling) or ""
        if len(text) <= _GROUP_HEADER_CHARS and _is_only_a_day(text):
            reading.date_text = text
            reading.date_leads = True
            reading.sources["date_text"] = f"listing:{sibling.tag} section"
        return


def _row_time(segment: list[LexborNode]) -> str | None:
    chunks = text_chunks(segment)
    return next((chunk for chunk in chunks if _is_time_cell(chunk)), None)


def _is_time_cell(chunk: str) -> bool:
    """A row's own time: "19:30 Uhr", "7:00 p.m.", or a short span led by a preposition or by
    the hour it starts ("von 9:30 bis 11 Uhr", "ab 18 Uhr", "10 bis 11:30 Uhr")."""
    if TIME_LIKE.match(chunk):
        return True
    lead = _TIME_LEAD.match(chunk)
    return (
        lead is not None
        and len(chunk) <= _TIME_CELL_CHARS
        and bool(TIME_LIKE.match(chunk, lead.end()))
    )


def _is_only_a_day(text: str) -> bool:
    """A short text that is only a day ("February 15", "Sa 14.02.")."""
    return names_a_day(text) and is_junk_title(text)


def _title_from_group_label(segment: list[LexborNode], reading: BlockReading) -> None:
    """Rows of date, time and place under a bold label ("<p><b>Vorstandssitzungen</b></p>"
    above "Do. 13.04.2023" / "20 Uhr" / "Kita im Treff"): the label names the meetings and the
    row's own short line is their place."""
    if reading.date_text is None or reading.location_text is not None or reading.title is None:
        return
    if len(reading.title) > _GROUP_LABEL_CHARS:
        return
    block = segment[0]
    own = signature(block)
    for sibling in islice(_elements_before(block), _GROUP_HEADER_ROWS):
        if signature(sibling) == own:
            continue
        label = _group_label(sibling)
        if label is not None:
            reading.location_text = reading.title
            reading.sources["location_text"] = reading.sources["title"]
            reading.title = label
            reading.sources["title"] = f"listing:{sibling.tag} label above"
        return


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
    return text


def _elements_before(node: LexborNode) -> Iterator[LexborNode]:
    """The element siblings above ``node``, nearest first (text and comments skipped)."""
    sibling = node.prev
    while sibling is not None:
        if sibling.is_element_node:
            yield sibling
        sibling = sibling.prev


def _take_header_day(header: LexborNode, time: str | None, reading: BlockReading) -> None:
    text = node_text(header) or ""
    if len(text) <= _GROUP_HEADER_CHARS and names_a_day(text):
        reading.date_text = f"{text}, {time}" if time else text
        reading.date_leads = True
        reading.sources["date_text"] = f"listing:{header.tag} above"


def _has_link_or_date(node: LexborNode) -> bool:
    if _has_link(node):
        return True
    # The clean line: "05" and "Apr" in boxes of their own, indented on lines of their own,
    # are one day ("05 Apr"), as a reader sees them side by side.
    text = node_text(node) or ""
    if DATE_LIKE.search(text) is not None:
        return True
    # A group's card that meets weekly: "Wichtel" / "Samstag, 14:00 Uhr".
    return (
        len(text) < _WEEKLY_CARD_CHARS
        and may_hold_a_weekly_line(text)
        and any(weekly_rule(line) is not None for line in text_chunks([node]))
    )


def _has_link(node: LexborNode) -> bool:
    # The block's links are read again (``_links``) if it is scored: one query serves both.
    return (node.tag == "a" and "href" in node.attributes) or bool(css_matches(node, "a[href]"))


def _size_factor(items: list[BlockReading], lengths: list[int] | None = None) -> float:
    """Whole page sections (``body > div``) repeat too, but an offering's block is small."""
    lengths = lengths if lengths is not None else [r.text_length for r in items]
    mean_text = sum(lengths) / len(items)
    mean_links = sum(r.link_count for r in items) / len(items)
    return (0.5 if mean_text > _MAX_BLOCK_TEXT else 1.0) * (
        0.5 if mean_links > _MAX_BLOCK_LINKS else 1.0
    )


def _shown_lengths(
    sample: list[list[LexborNode]], readings: list[BlockReading], items: list[BlockReading]
) -> list[int]:
    """Each item's text as a reader first sees it: a programme's session shows its time, name
    and room, its abstract and the speakers' bios fold out only when clicked (Bootstrap's
    ``collapse``, a closed ``<details>``). A page section is long in what it shows."""
    wanted = {id(reading) for reading in items}
    lengths: list[int] = []
    for segment, reading in zip(sample, readings, strict=True):
        if id(reading) not in wanted:
            continue
        whole = hidden = 0
        for block in segment:
            folded = css_matches(block, _FOLDED)
            ids = {node.mem_id for node in folded}
            whole += len(visible_text(block))
            hidden += sum(
                len(visible_text(node)) for node in folded if not _inside(node, block, ids)
            )
        # The block's length as scoring measures it, less the share folded away.
        shown = reading.text_length * (whole - hidden) / whole if whole else reading.text_length
        lengths.append(max(0, round(shown)))
    return lengths


# Folded until the reader opens it: Bootstrap's collapse (shown once it has "in"/"show").
_FOLDED = ".collapse:not(.in):not(.show), details:not([open]) > :not(summary)"


def _inside(node: LexborNode, block: LexborNode, ids: set[int]) -> bool:
    """Counted once: a folded element inside another folded one (``ids``) of ``block``."""
    parent = node.parent
    while parent is not None and parent.mem_id != block.mem_id:
        if parent.mem_id in ids:
            return True
        parent = parent.parent
    return False


def _position_factor(candidate: Candidate, dated: float) -> float:
    """Menus, footers, tag clouds and breadcrumbs live in furniture; listings do not.

    Furniture around the group marks it as a whole; furniture blocks inside it (``body > div``
    where the divs are header, main and footer) mark a group of page sections. A group whose
    blocks are nearly all dated is no menu, whatever its wrapper is called (page builders
    call every content box a "widget").
    """
    if candidate.in_furniture:
        return 0.7 if dated >= 0.8 else 0.25
    blocks = [segment[0] for segment in candidate.segments]
    furniture_share = sum(1 for block in blocks if is_furniture(block)) / len(blocks)
    return 1.0 - 0.75 * furniture_share


def is_furniture(node: LexborNode) -> bool:
    if node.tag in _FURNITURE_TAGS:
        return True
    attributes = node.attributes
    if not attributes:
        return False
    if attributes.get("role") in ("navigation", "menu", "menubar", "tablist"):
        return True
    names = f"{attributes.get('class') or ''} {attributes.get('id') or ''}".split()
    return any(_is_furniture_name(name) for name in names)


def _is_furniture_name(name: str) -> bool:
    """Whole class names decide: ``widget``, ``site-footer``, ``mainNav``, ``list-group`` are
    furniture; ``elementor-widget-container`` or ``has-sidebar-active`` are not.

    A compound name counts by its first or last word (``nav-wrapper``, ``railNav``,
    ``footer-widgets``), some words only as the whole name (``widget``, ``meta``, ``tags``).
    """
    lowered = name.lower()
    if lowered in _FURNITURE_NAMES or lowered in _FURNITURE_WORDS:
        return True
    words = [w.lower() for w in _NAME_WORDS.findall(name)]
    if len(words) < 2:
        return False
    return words[0] in _FURNITURE_WORDS or words[-1] in _FURNITURE_WORDS


#: At most this share of a list of linked headlines names a day for it to be news, not a
#: programme whose undated items are offerings too ("Wann: Auf Anfrage").
_FEW_DATED_HEADLINES = 0.25
_MIN_HEADLINES = 4


def _headlines_naming_a_few_days(candidate: Candidate) -> bool:
    """A municipality's news list: linked headlines, a few of which name a day in their own
    words („Einladung zur Gemeinderatssitzung am Mittwoch, 14. August 2013“) beside many
    that name none („Neues Adressbuch“, „Feststellung der Jahresrechnung 2012“). The dated
    ones invite to something; the undated ones are news, no offerings."""
    readings = candidate.readings
    if len(readings) < _MIN_HEADLINES or not 0 < candidate.dated_share <= _FEW_DATED_HEADLINES:
        return False
    pairs = list(zip(readings, candidate.segments, strict=False))
    if any(reading.url is None for reading, _ in pairs if reading.title):
        return False
    return all(
        any(reading.date_text in text for _, text, _ in block_links(segment))
        for reading, segment in pairs
        if reading.date_text
    )


def _records(
    candidate: Candidate,
    context: PageContext,
    outline: Outline | None,
    seen: set[tuple[str, str | None, str | None]],
) -> list[RawRecord]:
    """One record per item; the same title and date (or title and link, undated) seen before
    (a sidebar copy, a teaser repeated in two tabs) is one offering."""
    if kinds := _kinds_of(candidate):
        return _kind_records(candidate, kinds, context, outline, seen)
    records: list[RawRecord] = []
    readings = [
        candidate.readings[index]
        if index < len(candidate.readings)
        else _read(segment, context.base_url, candidate, outline)
        for index, segment in enumerate(candidate.segments)
    ]
    undate_stamped_posts(readings)
    headlines = _headlines_naming_a_few_days(candidate)
    for segment, reading in zip(candidate.segments, readings, strict=True):
        if not is_item(reading) or is_junk_title(reading.title):
            continue
        if headlines and reading.date_text is None:
            continue  # a news headline beside the few that invite to a dated meeting
        if candidate.in_furniture and _under_news_heading(segment[0], outline):
            continue
        if (
            reading.date_text is None
            and dated_only_by_stamp(reading.sources)
            and candidate.dated_share >= 0.5
        ):
            continue  # a file stamped "zuletzt verändert: …" beside dated offerings
        if reading.date_text is None and _a_file(reading.url) and candidate.dated_share >= 0.5:
            # Beside dated news blocks, an undated one that only links a PDF („Präsentation zur
            # Nahwärme – Sachstand 01/2025“) is a document, not an offering. Undated blocks that
            # lead to a page stay: a course „Wann: Auf Anfrage“, an exhibition „Through April“.
            continue
        if reading.title_from_heading and is_document_link(reading.title or ""):
            # A meeting page's "Tagesordnung" section beside its header block, dated only by
            # a minute it lists ("Protokoll Nr. 5/2026 vom 20.08.2026"): no meeting of its own.
            continue
        # The same title on the same day is one event even when its two blocks link to
        # different places (the event page and an "add to calendar" link).
        key = (reading.title or "", None if reading.date_text else reading.url, reading.date_text)
        if key not in seen:
            seen.add(key)
            if reading.date_text is not None and len(segment) == 1:
                # Only for the chosen group's items: scoring needs neither time nor place.
                around = _own_container(segment[0], candidate)
                if around is not None:
                    complete_from_surroundings(around, reading)
                    take_link_around(around, reading, context.base_url)
            place_ending_the_prose(segment, reading)
            parts = (
                events_listed_under_the_day(segment, reading)
                or timed_entries(segment, reading)
                or titled_sections(segment, reading)
                or listed_occurrences(segment, reading)
                or date_led_lines(segment, reading)
                or [reading]
            )
            parts += titled_date_lines(segment, reading)
            for part in parts:
                part_key = (part.title or "", None, part.date_text)
                if part is not reading and part_key in seen and part_key != key:
                    continue
                seen.add(part_key)
                records.extend(_one_per_listed_day(part, segment, candidate, context, outline))
    return records


def _when_key(date_text: str | None, context: PageContext) -> str | None:
    """The start a date text names, for telling repeats apart: a featured strip's "24 Jun,
    22:00" and the list's "Wed 24 Jun, 22:00" are one show. None for a text without a day of
    its own (a calendar cell's "8:00PM" takes its day from the grid later)."""
    if date_text is None or not names_a_day(date_text):
        return None
    return parse_when(date_text, today=context.fetched_at.date()).start


# "NEUIGKEITEN", "Neueste Beiträge", "Recent Posts", "Aus dem Blog": a sidebar's list of posts.
_NEWS_HEADING = re.compile(
    r"^(?:(?:neueste|letzte|aktuelle|recent|latest|aus\s+dem)\s+)?"
    r"(?:neuigkeiten|news|nachrichten|blog|beiträge|blogbeiträge|posts|artikel|"
    r"pressemitteilungen|presse)$",
    re.I,
)


def _under_news_heading(block: LexborNode, outline: Outline | None) -> bool:
    """A sidebar (or footer) list headed as news: its dates say when each post was published,
    not when something takes place; the sidebar's dates list ("TERMINE") stays."""
    heading = outline.section_heading(block) if outline is not None else None
    return heading is not None and bool(_NEWS_HEADING.match(heading.strip(" :")))


def _kinds_of(candidate: Candidate) -> list[Kind]:
    """The kind columns of a group of table rows ("Versammlungen … | Rennen …"), else []."""
    if not all(len(segment) == 1 and segment[0].tag == "tr" for segment in candidate.segments):
        return []
    return kind_columns([segment[0] for segment in candidate.segments])


def _kind_records(
    candidate: Candidate,
    kinds: list[Kind],
    context: PageContext,
    outline: Outline | None,
    seen: set[tuple[str, str | None, str | None]],
) -> list[RawRecord]:
    """A row of a table of kind columns holds one item per dated cell line."""
    records: list[RawRecord] = []
    for segment in candidate.segments:
        for reading in kind_readings(segment[0], kinds):
            key = (reading.title or "", None, reading.date_text)
            if key in seen:
                continue
            seen.add(key)
            records.extend(_one_per_listed_day(reading, segment, candidate, context, outline))
    return records


#: How many rows up a "siehe oben" looks for the row it repeats (repeats may follow repeats).
_ROWS_ABOVE = 8
# "siehe oben", "wie oben", "s. o.", "dto.", "ditto": the cell repeats the row above.
_SAME_AS_ABOVE = re.compile(r"^(?:(?:siehe|wie)\s+oben|s\.\s?o\.|dto\.?|ditto|detto)(?!\w)", re.I)
_FILE_SUFFIX = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|zip)$", re.I)


def _a_file(url: str | None) -> bool:
    return url is not None and _FILE_SUFFIX.search(urlsplit(url).path) is not None


def _one_per_listed_day(
    reading: BlockReading,
    segment: list[LexborNode],
    candidate: Candidate,
    context: PageContext,
    outline: Outline | None,
) -> list[RawRecord]:
    """ "Datum: 31.10.2026 und 28.11.2026, jeweils 14–18 Uhr": the same offering on each listed
    day, one record per day with the block's title and place; "23. November 2013: 13 Uhr und
    15 Uhr", one per start time (``when_lists.occurrences``)."""
    days = occurrences(reading.date_text) if reading.start is None else None
    how = "listed"
    if days is None and outline is not None and len(segment) == 1:
        # The select may sit beside the block, in the card around it ("Details & Termine").
        around = _own_container(segment[0], candidate) or segment[0]
        days = choices_of_block(outline.dated_choices, around, reading.date_text)
        how = "in its select"
    if days is None:
        return [_record(reading, segment, candidate, context, outline)]
    records: list[RawRecord] = []
    if reading.title and reading.sources.get("title", "").endswith("heading above"):
        # "<h3>Vorstandssitzungen 2026</h3>" over "12.03. | 23.04. | …": the heading names the
        # series, each listed day is one of it — "Vorstandssitzung", without the section's year.
        one = _one_of_series(reading.title)
        if one != reading.title:
            sources = dict(reading.sources)
            sources["title"] += " (one of the series)"
            reading = replace(reading, title=one, sources=sources)
    for number, day_text in enumerate(days, start=1):
        one_day = replace(reading, date_text=day_text, start=None, sources=dict(reading.sources))
        record = _record(one_day, segment, candidate, context, outline)
        record.field_sources["date_text"] += f" + day {number} of {len(days)} {how}"
        records.append(record)
    return records


_SECTION_YEAR = re.compile(r"\s+(?:19|20)\d{2}$")
# Regular German plurals of a series' name: "-ungen" (Sitzungen, Führungen, Lesungen) and
# the umlauted "-ätze", "-äge", "-üge", "-äufe" (Einsätze, Vorträge, Ausflüge, Läufe).
_PLURAL_ENDINGS = (("ungen", "ung"), ("ätze", "atz"), ("äge", "ag"), ("üge", "ug"), ("äufe", "auf"))


def _one_of_series(title: str) -> str:
    """ "Vorstandssitzungen 2026" → "Vorstandssitzung", "Arbeitseinsätze 2026" →
    "Arbeitseinsatz"; a title of several words keeps its words (without the year)."""
    name = _SECTION_YEAR.sub("", title).strip()
    if " " in name or not name:
        return name or title
    for plural, singular in _PLURAL_ENDINGS:
        if name.endswith(plural) and len(name) > len(plural) + 2:
            return name[: -len(plural)] + singular
    return name


def _record(
    reading: BlockReading,
    segment: list[LexborNode],
    candidate: Candidate,
    context: PageContext,
    outline: Outline | None,
) -> RawRecord:
    assert reading.title is not None
    record = context.new_record(EXTRACTOR, reading.title, confidence=candidate.score)
    prefix = f"listing:{candidate.item_signature} "
    for name in ("title", "url", "date_text", "start", "location_text", "description", "published"):
        where = reading.sources.get(name, "listing:")
        set_field(record, name, getattr(reading, name), prefix + where.removeprefix("listing:"))
    record.extra["listing_block"] = candidate.item_signature
    if reading.sources.get("date_text") == WEEKDAY_LINE_SOURCE and reading.date_text:
        set_field(record, "recurrence", weekly_rule(reading.date_text), prefix + "weekday line")
    if record.date_text and not record.start and not has_year(record.date_text):
        _add_page_year(record, segment, context, outline)
    return record


def _add_page_year(
    record: RawRecord, segment: list[LexborNode], context: PageContext, outline: Outline | None
) -> None:
    """ "27.01." under the heading "2026": the page states the year once, above its rows (or
    in its URL). The record carries that year (``extra["page_year"]``) for the normalizer, and
    its date's provenance says where it came from."""
    assert record.date_text is not None
    found = _year_above(segment[0], outline) if outline is not None else None
    if found is None:
        years = YEAR.findall(context.page_url)
        found = (years[-1], "url") if len(set(years)) == 1 else None
    if found is None:
        return
    year, where = found
    # The date text stays as the page writes it; the normalizer reads it in the stated year
    # (``parse_when(year=…)``: "10./11. Dezember", "Pfingstmontag", "KW 12" alike).
    record.extra[PAGE_YEAR] = year
    record.field_sources["date_text"] += f" + year:{where}"


def _disclosure_summary(node: LexborNode) -> str | None:
    """The text of the ``<summary>`` of the nearest ``<details>`` around ``node``: an archive
    folded by year ("<details><summary class="h3">2018</summary>") heads its rows with it as
    a heading would, though no heading element stands above them."""
    ancestor = node.parent
    while ancestor is not None and ancestor.tag not in ("body", "html"):
        if ancestor.tag == "details":
            summary = ancestor.css_first("summary")
            return visible_text(summary) if summary is not None else None
        ancestor = ancestor.parent
    return None


def _year_above(node: LexborNode, outline: Outline) -> tuple[str, str] | None:
    """The year in the nearest short heading above ``node`` ("2026", "Programm 2024", "’26")."""
    summary = _disclosure_summary(node)
    if summary is not None:
        # "<details><summary>2018</summary><ul>…": the summary heads what it folds away.
        years = set(YEAR.findall(summary))
        if len(years) == 1 and len(summary) <= _YEAR_HEADING_CHARS:
            return years.pop(), "summary"
    looked = 0
    for heading in outline.headings_before(node):
        text = visible_text(heading)
        if MONTH_WORD.match(text):
            continue  # "Juni" under "2025": a month of the year heading further up
        looked += 1
        if looked > _YEAR_HEADINGS:
            return None
        if len(text) > _YEAR_HEADING_CHARS:
            continue
        years = set(YEAR.findall(text))
        if len(years) == 1:
            return years.pop(), heading.tag or "heading"
        short = SHORT_YEAR_TAB.match(text)
        if short is not None:  # a heading or tab that is only "25" or "’25"
            return f"20{short['y']}", heading.tag or "heading"
    return None
