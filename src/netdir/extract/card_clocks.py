"""A structured event stamped only with its day, and the clock of the card that links to it.

An event plugin's list writes one Event JSON-LD per card whose ``startDate`` is the bare day
(Modern Events Calendar: ``"startDate": "2026-02-11"``) while the card itself, whose title links
to the event's own URL, shows „11 Feb“ and „10:00 am - 4:00 pm“. The day alone loses the hours
a reader sees. When the records are a list (two or more with their own URLs), the card of a
bare-day record is the largest element around its links that links to no other record; a short
line of that card naming a clock (and no other clock in the card's short lines) gives the start,
and its end the end when the record ends that day. A card without a clock (an all-day market)
or with several (a schedule) keeps the day. The same event may be linked from more than one
card: Lanyrd's series page lists each MelbJS night as an hCalendar card „14th November 2012,
6pm“ and links two of them again from a „Calls for participation“ box („Call for speakers at
MelbJS on 14th November 2012“). A card that shows no clock says nothing against the one that
does; only cards showing different clocks leave the hour unsure.
"""

from __future__ import annotations

from datetime import time
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.block_text import text_lines
from netdir.extract.node_ancestry import lies_inside
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
        cards = _cards(anchors.get(record.url, []), record.url, linked, base_url)
        clocks = {clock for card in cards if (clock := _the_one_clock(card, english)) is not None}
        if len(clocks) != 1 or any(_clocks_of(card, english) - clocks for card in cards):
            continue
        time_the_day(record, clocks.pop(), "clock of its linked card")


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


def _cards(
    anchors: list[LexborNode], url: str, linked: set[str], base_url: str
) -> list[LexborNode]:
    """The cards around the record's links, one per element that holds some of them; none
    when a link lies in no card of a list (one record's own page)."""
    cards: list[LexborNode] = []
    held = 0  # the record's links inside the cards found
    for anchor in anchors:
        if any(lies_inside(anchor, card) for card in cards):
            continue
        card = _card(anchor, url, linked, base_url)
        if card is None:
            return []
        cards.append(card)
        held += sum(
            urljoin(base_url, a.attributes.get("href") or "") == url for a in card.css("a[href]")
        )
    return cards if held == len(anchors) else []


def _card(anchor: LexborNode, url: str, linked: set[str], base_url: str) -> LexborNode | None:
    """The largest element around one of the record's links that links to no other record."""
    card: LexborNode | None = None
    node = anchor.parent
    while node is not None and node.tag not in ("body", "html"):
        hrefs = [urljoin(base_url, a.attributes.get("href") or "") for a in node.css("a[href]")]
        if any(href in linked and href != url for href in hrefs):
            break
        card = node
        node = node.parent
    else:
        return None  # the whole page: one record's page, no card of a list
    return card


def _clocks_of(card: LexborNode, english: bool) -> set[tuple[time, time | None]]:
    return {
        found
        for line, _ in text_lines([card])
        if len(line) <= _SHORT_LINE and (found := find_times(line, english=english)) is not None
    }


def _the_one_clock(card: LexborNode, english: bool) -> tuple[time, time | None] | None:
    clocks = _clocks_of(card, english)
    return clocks.pop() if len(clocks) == 1 else None
