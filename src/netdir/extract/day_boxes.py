"""A month grid of day boxes: each box a short day label over the entries of that day.

School and club calendars lay a month out as boxes, one per day — „<div>Mon, Nov 28</div>“
followed by one block per entry (a title link, „9:45 AM - 11:05 AM“, a place line). Read as a
list, each box was one block with several titles, and only boxes holding a single entry came
out. Each entry is an offering of its box's day, at the clock its block states; a line after
the clock is its place, and so is the rest of the clock's own line when no line follows (a
design week's card „11:30 am“ and its pin-icon venue in spans of one element); a booking badge
above the name („Sold Out!“) is no name. Only a grid of boxes that repeat (the same markup for every box and every
entry) and where several boxes hold more than one entry is read so: a list of dated rows is the
listing detector's.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir.extract.block_text import text_chunks
from netdir.extract.clock_line_places import place_after_the_clock
from netdir.extract.context import PageContext, absolute_url, set_field
from netdir.extract.date_cues import TIME_LIKE, has_year, search_date_like
from netdir.extract.day_box_wrappers import (
    entries_beside_the_day,
    line_allowance,
    name_heading,
    timed,
)
from netdir.extract.heading_year_above import year_heading_above
from netdir.extract.inline_text import visible_line, visible_text
from netdir.extract.listing_groups import Outline
from netdir.extract.neighbour_years import give_year
from netdir.normalize.title_status import is_booking_status
from netdir.normalize.when import parse_when
from netdir.records import RawRecord

EXTRACTOR = "listing"
CONFIDENCE = 0.7
_LABEL_CHARS = 25  # „Mon, Nov 28“, „Sa 13.09.“: a day label, not a sentence
_MIN_BOXES = 3  # boxes of the same markup holding entries
_MIN_CROWDED = 2  # boxes holding more than one entry: what the listing detector cannot split
_MIN_ENTRIES = 5
_ENTRY_LINES = 4  # title, clock, place (and a note): an entry, not a section of prose


def day_box_records(tree: LexborHTMLParser, context: PageContext) -> list[RawRecord]:
    """One record per entry of a month grid's day boxes, or nothing when the page has none."""
    body = tree.body
    if body is None:
        return []
    today = context.fetched_at.date()
    read = [(node, _box(node, today)) for node in body.traverse()]
    shapes = Counter(box[0] for _, box in read if box is not None)
    if not shapes:
        return []
    shape, count = shapes.most_common(1)[0]
    strict = [(box[2], box[3]) for _, box in read if box is not None and box[0] == shape]
    crowded = sum(len(entries) > 1 for _, entries in strict)
    sizes = {len(entries) for _, entries in strict}
    each_timed = all(timed(entry) for _, entries in strict for entry in entries)
    if count < _MIN_BOXES or crowded < _MIN_CROWDED or (len(sizes) < 2 and not each_timed):
        # A card is a date over its own title, clock and place lines, the same parts in every
        # card; a day holds as many entries as it has, more on one day than on another — or as
        # many as the others when each entry states its own clock (a festival's three days of
        # four programme points each).
        return []
    label_kind = shape.partition(">")[0]
    chosen: list[tuple[LexborNode, str, list[LexborNode]]] = []
    for node, box in read:
        if box is not None and box[0] == shape:
            chosen.append((box[1], box[2], box[3]))
        elif box is None and (loose := _loose_box(node, today, label_kind)) is not None:
            chosen.append((node, *loose))
    records: list[RawRecord] = []
    outline: Outline | None = None
    for element, label, entries in chosen:
        year = None
        if not has_year(label):
            outline = outline or Outline.of(body)
            # The headings inside the boxes before this one are theirs (a card's day „9“, its
            # name „Osterdisco 2027“): only a section's heading dates the box.
            above = year_heading_above(element, outline, past_earlier_twins=True)
            year = above[0] if above is not None else None
        for entry in entries:
            if (record := _entry(label, entry, context)) is not None:
                if year is not None:
                    give_year(record, year, " + year:heading above the box")
                records.append(record)
    return records if len(records) >= _MIN_ENTRIES else []


def _box(node: LexborNode, today: date) -> tuple[str, LexborNode, str, list[LexborNode]] | None:
    """The markup shape, the box, its day label and entries of an element that opens with a day
    label over entries of one kind (the same tag and class, each a few lines)."""
    children = [child for child in node.iter(include_text=False) if child.tag != "-comment"]
    if len(children) < 2 or not _is_day_label(children[0], today):
        return None
    entries = children[1:]
    kinds = {_kind(entry) for entry in entries}
    if len(kinds) != 1 or kinds == {""}:
        return None
    if len(entries) == 1 and (beside := entries_beside_the_day(entries[0])) is not None:
        # The one box beside the day holds the day's timed entries; the box's shape stays the
        # wrapper's, as in the boxes whose entries stand beside the day themselves.
        entries = beside
    if any(not _compact(entry) or _is_day_label(entry, today) for entry in entries):
        return None
    label = visible_line(children[0])
    return f"{_kind(children[0])}>{kinds.pop()}", node, label, entries


def _loose_box(
    node: LexborNode, today: date, label_kind: str
) -> tuple[str, list[LexborNode]] | None:
    """A box whose label is marked up as the chosen boxes' labels but whose entries stray from
    their markup: a design week's Tuesday, its list closed empty right after the heading
    („<h2>Tuesday, Oct 24</h2><ul></ul><a class="… w-third-l … tuesday">…“) so that its cards
    stand beside it as links whose class lists differ by the card's width. Empty elements are
    passed over; the entries need only share their tag and a class."""
    children = [child for child in node.iter(include_text=False) if child.tag != "-comment"]
    if len(children) < 2 or _kind(children[0]) != label_kind:
        return None
    if not _is_day_label(children[0], today):
        return None
    entries = [child for child in children[1:] if visible_text(child).strip()]
    if not entries or len({entry.tag for entry in entries}) != 1:
        return None
    shared = set.intersection(*({*(e.attributes.get("class") or "").split()} for e in entries))
    if not shared or any(not _compact(e) or _is_day_label(e, today) for e in entries):
        return None
    return visible_line(children[0]), entries


def _kind(node: LexborNode) -> str:
    """An element's tag and class ("div.fsCalendarInfo"); "" for an element without a class."""
    classes = (node.attributes.get("class") or "").split()
    return f"{node.tag}.{'.'.join(sorted(classes))}" if classes else ""


def _is_day_label(node: LexborNode, today: date) -> bool:
    text = visible_line(node)
    if not text or len(text) > _LABEL_CHARS or not search_date_like(text):
        return False
    return parse_when(text, today=today).start is not None


def _compact(entry: LexborNode) -> bool:
    lines = text_chunks([entry])
    return 0 < len(lines) <= _ENTRY_LINES + line_allowance(entry)


def _entry(label: str, entry: LexborNode, context: PageContext) -> RawRecord | None:
    lines = text_chunks([entry])
    while lines and is_booking_status(lines[0]):
        # A box office's badge above the card's name („Sold Out!“ in a marquee) names no event.
        lines = lines[1:]
    heading = name_heading(entry)
    title = heading or (lines[0].strip() if lines else "")
    if not title or TIME_LIKE.fullmatch(title):
        return None
    record = context.new_record(EXTRACTOR, title, confidence=CONFIDENCE)
    record.field_sources["title"] = (
        "listing:day box entry heading" if heading else "listing:day box entry first line"
    )
    first = 0 if heading else 1  # a named entry's clock may come before its name
    clock_at = next(
        (i for i, line in enumerate(lines[first:], first) if TIME_LIKE.search(line)), None
    )
    when = label if clock_at is None else f"{label}, {lines[clock_at]}"
    set_field(record, "date_text", when, "listing:day box label (+ entry clock)")
    if clock_at is not None and clock_at + 1 < len(lines) and lines[clock_at + 1] != title:
        set_field(
            record, "location_text", lines[clock_at + 1], "listing:day box entry line after clock"
        )
    elif clock_at is not None and (place := place_after_the_clock(lines[clock_at])):
        set_field(record, "location_text", place, "listing:day box entry clock line after clock")
    link = entry.css_first("a[href]")
    href = link.attributes.get("href") if link is not None else None
    if href and not href.startswith("#") and (url := absolute_url(href, context.page_url)):
        set_field(record, "url", url, "listing:day box entry a@href")
    return record
