"""A structured event stamped only with its day, and the row of its own card naming that day's clock.

A site writes the JSON-LD of each event card inside the card (``<article>`` with its own
``<script type="application/ld+json">``), one Event per day with a bare-day ``startDate``, while
the card's visible rows read „Fr 25.09.2026 · Wiesnstart & Anstich, Alpenfuzzis ab 17:30 Uhr“.
The day alone loses the hour a reader sees. The card is the script's parent element; a row of it
that names the event's day (numerically, „25.09.2026“) and a clock gives the start of that
event's record (the same name, the same day), and its end when the row names one. Days the card
shows in no timed row, or in rows with different clocks, and days it does not show keep the day.
"""

from __future__ import annotations

from datetime import date, time
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from netdir import lazy_re
from netdir.extract.block_text import text_lines
from netdir.extract.card_clocks import BARE_DAY, stamped_with_its_day_only, time_the_day
from netdir.extract.jsonld import jsonld_scripts, parse_jsonld_text
from netdir.normalize.when_times import find_times
from netdir.records import RawRecord

_NUMERIC_DAY = lazy_re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)")
_PAGE_LEVEL = frozenset({"head", "body", "html"})


def read_clocks_of_script_cards(
    records: list[RawRecord], tree: LexborHTMLParser, *, english: bool = False
) -> None:
    """Give each bare-day record the clock its card's row for that day shows."""
    clocks: dict[tuple[str, str], tuple[time, time | None] | None] = {}
    for script in jsonld_scripts(tree):
        card = script.parent
        if card is None or card.tag in _PAGE_LEVEL:
            continue
        names = _bare_day_names(parse_jsonld_text(script.text(deep=True) or ""))
        if not names:
            continue
        for line, _ in text_lines([card]):
            days = {_iso(match) for match in _NUMERIC_DAY.finditer(line)} - {None}
            if len(days) != 1 or (found := find_times(line, english=english)) is None:
                continue
            (day,) = days
            for name in names:
                key = (name, str(day))
                clocks[key] = None if key in clocks and clocks[key] != found else found
    for record in records:
        if not stamped_with_its_day_only(record):
            continue
        clock = clocks.get(((record.title or "").strip(), record.start or ""))
        if clock is None:
            continue
        time_the_day(record, clock, "clock of its card's row")


def _bare_day_names(values: list[Any]) -> set[str]:
    """The names of the block's things whose start is a bare day."""
    names: set[str] = set()
    stack = list(values)
    while stack:
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, dict):
            start, name = value.get("startDate"), value.get("name")
            if isinstance(start, str) and BARE_DAY.match(start.strip()) and isinstance(name, str):
                names.add(name.strip())
            stack.extend(v for v in value.values() if isinstance(v, list | dict))
    return names


def _iso(match: Any) -> date | None:
    try:
        return date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    except ValueError:
        return None
