"""Boxes numbered by the day of a month that the text above them names as a run of days.

An Advent calendar of a village („Adventsfenster“, „Adventskalender“, „lebendiger Advent“) lays
out one box per day, the box showing only its number („<div class="flip-front">3</div>“) and on
its back the host and the address; the text above says which days they are: „Vom 1. bis 24.
Dezember wird jeden Abend um 18:00 Uhr ein neues Fenster … eröffnet.“ A reader takes box 3 as
the 3rd of December; the markup holds no month at all, so no box was dated and the calendar was
lost. When the boxes of one container each open with a bare number, the numbers rise, and a
short text before the container names a run of days of one month („vom 1. bis 24. Dezember“,
„1.–24. Dezember“) that holds every number, the month is written after each box's number
(„3. Dezember“), as the reader reads it. A grid of numbers without such a run (a ranking, the
steps of a guide) is left as it is.

Such a box names only who hosts the day („Familie Bütler“, „Jubla“); what takes place is what
the calendar's heading says („Adventsfenster 2025“). A reader calls the evening „Adventsfenster
Familie Bütler“: the heading's name (without its year, a few words) is written before the box's
first line, unless that line says it already or says the day is still free („Verfügbar“).
"""

from __future__ import annotations

from itertools import pairwise

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import HEADING_TAGS
from netdir.extract.date_cues import MONTH_WORD
from netdir.extract.inline_text import visible_text
from netdir.extract.lead_times import lead_elements
from netdir.extract.no_event_titles import is_open_slot
from netdir.extract.ordered_days import first_text_node

# „Vom 1. bis 24. Dezember“, „1.–24. Dezember“, „1. - 24. Dez.“: a run of days of one month.
_RUN = lazy_re.compile(
    r"(?<![\d.])(?P<first>0?[1-9]|[12]\d|3[01])\.\s*(?:bis|[-–—])\s*"
    r"(?P<last>0?[1-9]|[12]\d|3[01])\.\s*(?P<month>[^\W\d_]{3,}\.?)"
)
_BARE_NUMBER = lazy_re.compile(r"^\s*(?P<day>0?[1-9]|[12]\d|3[01])\s*$")
_MIN_BOXES = 3  # a calendar's few boxes, not a stray number
_LEAD_SIBLINGS = 4
_LEAD_CHARS = 1200  # an intro section: its heading and a paragraph or two
_LEAD_LEVELS = 4  # the grid, its container, the section's wrapper, the section


def write_run_months(body: LexborNode) -> None:
    """Write the month of the run the lead names after each numbered box's day."""
    for container in body.traverse(include_text=False):
        boxes = [child for child in container.iter(include_text=False)]
        if len(boxes) < _MIN_BOXES or len({box.tag for box in boxes}) != 1:
            continue
        openings = [first_text_node(box) for box in boxes]
        days: list[int] = []
        for text in openings:
            match = _BARE_NUMBER.match(text.text() or "") if text is not None else None
            if match is None:
                break
            days.append(int(match["day"]))
        if len(days) != len(boxes) or any(b <= a for a, b in pairwise(days)):
            continue
        found = _run_month(boxes[0], days[0], days[-1])
        if found is None:
            continue
        month, name = found
        for box, text, day in zip(boxes, openings, days, strict=True):
            if text is None:
                continue
            if name is not None:
                _name_the_host(box, text, name)
            text.replace_with(f"{day}. {month}")


def _run_month(first: LexborNode, low: int, high: int) -> tuple[str, str | None] | None:
    """The month of the run of days a text before the boxes names, when it holds them all, and
    the name the heading of that text gives the calendar."""
    for node, text in lead_elements(first, _LEAD_SIBLINGS, _LEAD_CHARS, _LEAD_LEVELS):
        for match in _RUN.finditer(text):
            if not MONTH_WORD.match(match["month"]):
                continue
            if int(match["first"]) <= low and high <= int(match["last"]):
                return match["month"], _calendar_name(node)
    return None


_YEAR = lazy_re.compile(r"\b(?:19|20)\d\d\b")
_MAX_NAME_WORDS = 3  # „Adventsfenster“, „Lebendiger Adventskalender“: a name, not a sentence


def _calendar_name(lead: LexborNode) -> str | None:
    """The name the heading of the lead (or the lead itself, a heading) gives, without a year."""
    heading = lead if lead.tag in HEADING_TAGS else lead.css_first("h1, h2, h3")
    if heading is None:
        return None
    name = " ".join(_YEAR.sub(" ", visible_text(heading)).split()).strip(" :–-")
    words = name.split()
    return name if 0 < len(words) <= _MAX_NAME_WORDS else None


def _name_the_host(box: LexborNode, number: LexborNode, name: str) -> None:
    """Write the calendar's name before the first line after the box's number."""
    seen = False
    for node in box.traverse(include_text=True):
        if not node.is_text_node:
            continue
        if node.mem_id == number.mem_id:
            seen = True
            continue
        line = (node.text() or "").strip()
        if not seen or not line:
            continue
        if not is_open_slot(line) and name.casefold() not in line.casefold():
            node.replace_with(f"{name} {line}")
        return
