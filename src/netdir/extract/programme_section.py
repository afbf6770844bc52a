"""A short programme beside the page's own event, in a section the page marks as its programme.

A Kerb's page names its festival under the h1 („Bräischbocher Kerb 2025“, „Wann?“ / „Freitag,
29. August 2025“) and, in a section ``<section id="programm">``, its two evenings: „Freitag<br>29.
Aug“ beside „<h4>Clubnight mit DJ Jey Aux Platines</h4>“ and „Einlass: 21:30 Uhr“. Two dated rows
are too few for a list to outweigh the page's event (``event_programme``'s three: two rows inside
a run may be chance), so only the festival was read. Where every row stands in an element whose
id or class calls it the programme („programm“, „programme“, „program“), each starts with its
hours and all start within the week from the event's first day, they are its programme points.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.context import clean_text
from netdir.extract.inline_text import visible_text
from netdir.normalize.when import parse_when
from netdir.records import RawRecord

_PROGRAMME = lazy_re.compile(r"(?:^|[-_\s])(?:programm|programme|program)(?:$|[-_\s])", re.I)
_WEEK = 6  # days after the event's first: a festival week's evenings
_MIN_ROWS = 2


def programme_section_rows(
    event: list[RawRecord], listing: list[RawRecord], tree: LexborHTMLParser, today: date
) -> bool:
    """Whether the listing's rows are the programme of the page's one event: at least two rows,
    each with a day and an hour within the week from the event's first day, each named in the
    text of one element the page marks as its programme."""
    if len(event) != 1 or not event[0].date_text or len(listing) < _MIN_ROWS:
        return False
    first = parse_when(event[0].date_text, today=today).start
    if not first:
        return False
    opens = date.fromisoformat(first[:10])
    last = opens + timedelta(days=_WEEK)
    for row in listing:
        start = row.start or parse_when(row.date_text or "", today=today).start
        if not start or "T" not in start:
            return False
        if not opens <= _on_the_events_year(start, opens) <= last:
            return False
    sections = [clean_text(visible_text(node)) or "" for node in _programme_sections(tree)]
    return all(row.title and any(row.title in text for text in sections) for row in listing)


def _on_the_events_year(start: str, opens: date) -> date:
    """The row's day in the event's year (a yearless row „29. Aug“ is read in the event's)."""
    day = date.fromisoformat(start[:10])
    try:
        return day.replace(year=opens.year)
    except ValueError:  # 29 February
        return day


def _programme_sections(tree: LexborHTMLParser) -> list[LexborNode]:
    body = tree.body
    if body is None:
        return []
    return [
        node
        for node in body.traverse()
        if _PROGRAMME.search(node.attributes.get("id") or "")
        or _PROGRAMME.search(node.attributes.get("class") or "")
    ]
