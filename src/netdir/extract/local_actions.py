"""The local actions of a day of action, listed by place under the page's one event.

An alliance calls for a decentralised day of protest: its page names the day once, in the
heading and the prose („Aktionstag am 29. Mai“, „Am Freitag, den 29.5. wollen wir …“), and then
lists where it happens, one item per town, the town in bold::

    <p><strong>Protestiert wird unter anderem in:</strong></p>
    <ul><li><strong>Aachen</strong>: Fahrraddemo 18 h Elisenbrunnen</li>
    <li><strong>Berlin: </strong>Fahrraddemo 12.30 Uhr vom VDA, Bebelplatz zum Kanzleramt</li>
    <li><strong>Kassel</strong>: Mahnwache 10 h, Fahrraddemo 16 h</li>
    <li><strong>Celle</strong></li> …</ul>

No item names a day, so only the day of action itself was read. A reader sees each item as an
action of that day in that town: named by the town and what is done („Aachen: Fahrraddemo“, the
town alone when the item says nothing more), starting at its clock („18 h“, „13.30 h“, „12.30
Uhr“), held where the words after the clock say. An item of two clocks each after its own name
(„Mahnwache 10 h, Fahrraddemo 16 h“) holds two actions; a clock with no name before it is a stop
of the one before („Fahrraddemo 16 h Deutzer Werft, 17 h Rudolfplatz, 18 h Heumarkt“).

Read only on the page's one event of one day, for a list of three or more items that each open
with a bold place of at most four capitalised words (followed by a colon or alone), most of them
giving a clock and none a day of its own — a list of towns, not the points of a programme.
"""

from __future__ import annotations

import re
from datetime import date

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.clock_list_programme import lists_on_the_one_day
from netdir.extract.context import PageContext, clean_text, set_field
from netdir.extract.date_cues import DATE_LIKE
from netdir.extract.inline_text import visible_text
from netdir.records import RawRecord

EXTRACTOR = "event_page"
_WHERE = "event_page:local action of the day (a town's list item)"
_CONFIDENCE = 0.55
_MIN_ITEMS = 3
_PLACE_WORDS = 4
_BOLD = frozenset({"b", "strong"})
# „Aachen“, „Berlin-Pankow“, „Frankfurt am Main“: capitalised words (a particle between)
_TOWN = lazy_re.compile(r"^[A-ZÄÖÜ][\w.-]*(?:\s+(?:am|an|im|in|ob|[A-ZÄÖÜ][\w.-]*))*$")
# „18 h“, „13.30 h“, „12.30 Uhr“, „16:00“: an hour with „h“ or „Uhr“, or a clock with minutes
_CLOCK = lazy_re.compile(
    r"(?<![\d.:])(?P<h>[01]?\d|2[0-3])(?:[.:](?P<m>[0-5]\d))?\s*(?:h|Uhr)\b"
    r"|(?<![\d.:])(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)(?![\d.:])",
    re.IGNORECASE,
)


def local_actions(
    tree: LexborHTMLParser, context: PageContext, event: RawRecord, today: date
) -> list[RawRecord]:
    """The actions of the page's lists of towns on the event's one day (see the module's doc)."""
    found = lists_on_the_one_day(tree, event, today)
    if found is None:
        return []
    day = found[0][:10]
    actions: list[RawRecord] = []
    for _listed, items in found[1]:
        if len(items) < _MIN_ITEMS:
            continue
        towns: list[tuple[str, str]] = []
        for item in items:  # the first item that opens with no town ends the look
            town = _town_and_rest(item)
            if town is None:
                break
            towns.append(town)
        if len(towns) < len(items):
            continue
        if sum(1 for town in towns if _CLOCK.search(town[1])) * 2 < len(items):
            continue
        for town in towns:
            actions.extend(_actions(context, day, *town))
    return actions


def _town_and_rest(item: LexborNode) -> tuple[str, str] | None:
    """The bold town an item opens with and the words after it, when the item is so made and
    names no day of its own."""
    first = item.child
    while first is not None and first.is_text_node and not (first.text() or "").strip():
        first = first.next
    if first is None or first.tag not in _BOLD:
        return None
    text = clean_text(visible_text(item)) or ""
    bold = (clean_text(visible_text(first)) or "").strip()
    if not text.startswith(bold) or DATE_LIKE.search(text):
        return None
    town = bold.rstrip(": ").strip()
    rest = text[len(bold) :].strip()
    if rest.startswith(":"):
        rest = rest[1:].strip()
    elif rest and not bold.endswith(":"):
        return None  # „<b>Achtung</b> …“: a bold lead of a sentence, no town
    if len(town.split()) > _PLACE_WORDS or not _TOWN.match(town):
        return None
    return town, rest


def _actions(context: PageContext, day: str, town: str, rest: str) -> list[RawRecord]:
    """One record per clock of the item that follows a name of its own; the item's town alone
    (or with what is done) on the day when it gives no clock."""
    clocks = list(_CLOCK.finditer(rest))
    if not clocks:
        return [_record(context, f"{town}: {rest}" if rest else town, day, None, None)]
    found: list[tuple[str, str, int]] = []  # name, clock, where its place starts
    ends: list[int] = []  # where each found action's place ends
    start = 0
    for clock in clocks:
        lead = rest[start : clock.start()]
        before, comma, name = lead.rpartition(",")
        if not comma:
            before, name = "", lead
        if found and len(ends) < len(found):
            ends.append(start + len(before))
        name = name.strip(" ,;–-")
        if name:
            hour = clock["h"] or clock["h2"]
            minute = clock["m"] or clock["m2"] or "00"
            found.append((name, f"{int(hour):02d}:{minute}", clock.end()))
        start = clock.end()
    if len(ends) < len(found):
        ends.append(len(rest))
    return [
        _record(context, f"{town}: {name}", day, clock, rest[begin:end].strip(" ,;–-") or None)
        for (name, clock, begin), end in zip(found, ends, strict=True)
    ]


def _record(
    context: PageContext, name: str, day: str, clock: str | None, place: str | None
) -> RawRecord:
    record = context.new_record(EXTRACTOR, name, confidence=_CONFIDENCE)
    record.field_sources["title"] = _WHERE
    set_field(record, "date_text", f"{day} {clock}" if clock else day, _WHERE)
    set_field(record, "url", context.base_url, "page")
    if place is not None:
        set_field(record, "location_text", place, f"{_WHERE}: the words after its clock")
    return record
