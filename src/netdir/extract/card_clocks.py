"""A structured event stamped only with its day, and the clock of the card that links to it.

An event plugin's list writes one Event JSON-LD per card whose ``startDate`` is the bare day
(Modern Events Calendar: ``"startDate": "2026-02-11"``) while the card itself, whose title links
to the event's own URL, shows „11 Feb“ and „10:00 am - 4:00 pm“. The day alone loses the hours
a reader sees. When the records are a list (two or more with their own URLs), the card of a
bare-day record is the largest element around its links that links to no other record; a short
line of that card naming a clock (and no other clock in the card's short lines) gives the start,
and its end the end when the record ends that day. A card without a clock (an all-day market)
or with several (a schedule) keeps the day.
"""

from __future__ import annotations

from datetime import time
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.block_text import text_lines
from netdir.normalize.when_times import find_times
from netdir.records import RawRecord

BARE_DAY = lazy_re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SHORT_LINE = 40  # a card's time line, not a sentence of its description
_MIN_LINKED_RECORDS = 2


def read_clocks_of_linked_cards(
    records: list[RawRecord], tree: LexborHTMLParser, base_url: str, *, english: bool = False
) -> None:
    """Give each bare-day record the one clock its own card shows."""
    linked = {record.url for record in records if record.url}
    if len(linked) < _MIN_LINKED_RECORDS or tree.body is None:
        return
    anchors: dict[str, list[LexborNode]] = {}
    for anchor in tree.body.css("a[href]"):
        href = urljoin(base_url, anchor.attributes.get("href") or "")
        if href in linked:
            anchors.setdefault(href, []).append(anchor)
    for record in records:
        if not record.url or not stamped_with_its_day_only(record):
            continue
        card = _card(anchors.get(record.url, []), record.url, linked, base_url)
        clock = _the_one_clock(card, english) if card is not None else None
        if clock is None:
            continue
        time_the_day(record, clock, "clock of its linked card")


def stamped_with_its_day_only(record: RawRecord) -> bool:
    """A record whose start is a bare day and that ends that day (or never says)."""
    # A run over days is left alone: its hours are each day's, not its start's.
    return bool(BARE_DAY.match(record.start or "")) and record.end in (None, record.start)


def time_the_day(record: RawRecord, clock: tuple[time, time | None], how: str) -> None:
    """A bare-day record's start (and end, when the clock has a later one) on that day."""
    start, end = clock
    day = record.start
    record.start = f"{day}T{start:%H:%M}"
    if end is not None and end > start:
        record.end = f"{day}T{end:%H:%M}"
    record.field_sources["start"] = (
        record.field_sources.get("start", record.extractor) + f" ({how})"
    )


def _card(
    anchors: list[LexborNode], url: str, linked: set[str], base_url: str
) -> LexborNode | None:
    """The largest element around the record's links that links to no other record."""
    if not anchors:
        return None
    card: LexborNode | None = None
    own = 0  # the record's links inside the card
    node = anchors[0].parent
    while node is not None and node.tag not in ("body", "html"):
        hrefs = [urljoin(base_url, a.attributes.get("href") or "") for a in node.css("a[href]")]
        if any(href in linked and href != url for href in hrefs):
            break
        card, own = node, hrefs.count(url)
        node = node.parent
    else:
        return None  # the whole page: one record's page, no card of a list
    # A second card linking the same event (a featured strip) leaves the card unsure.
    return card if own == len(anchors) else None


def _the_one_clock(card: LexborNode, english: bool) -> tuple[time, time | None] | None:
    clocks = {
        found
        for line, _ in text_lines([card])
        if len(line) <= _SHORT_LINE and (found := find_times(line, english=english)) is not None
    }
    return clocks.pop() if len(clocks) == 1 else None
