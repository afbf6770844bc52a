"""Cards dated by a badge of weekday and day alone, under a heading that names their month.

A village's shared calendar groups its cards by year and month: a divider badge „2026“, then per
month a heading „Februar“ (with a count badge „7 Veranstaltungen“ beside it) over a grid of
cards, each opening with a badge of the short weekday and the day alone — „<div class="badge">
<span>Mi</span><span>18</span></div>“ — over its name, hour and venue. The badge names only the
18th; a reader takes the month from the heading above the grid and the year from the divider
above the month. When every card of a grid holds exactly one such badge and the element right
before the grid (or before one of its nearest containers) is short and holds a heading that
says only a month, the month — and the year of a year-only element before the month's section,
when there is one and it agrees with the badges' weekdays — is written after each badge's day
(„Mi 18. Februar 2026“), as ``month_label_days`` writes a list label's month after its items'
bare days. A single card is left alone: one badge could be a stray label.
"""

from __future__ import annotations

import re
from datetime import date

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import HEADING_TAGS
from netdir.extract.calendar_days import month_number
from netdir.extract.date_cues import MONTH_WORD
from netdir.extract.element_siblings import element_before, element_siblings
from netdir.extract.inline_text import visible_line
from netdir.normalize.when_words import WEEKDAY_ABBREVIATIONS, alternation

# „Mi 18“, „Sa. 7“, „Fr, 20.“: a weekday's short name and a day number, nothing else.
_WEEKDAY_DAY = lazy_re.compile(
    rf"^(?P<w>{alternation(WEEKDAY_ABBREVIATIONS)})\.?,?\s*(?P<d>0?[1-9]|[12]\d|3[01])\.?$",
    re.IGNORECASE,
)
# „Februar“, „März 2026“: a month word, maybe its year.
_MONTH_HEADING = lazy_re.compile(r"^(?P<month>[^\W\d_]{3,}\.?)(?:\s+(?P<year>(?:19|20)\d\d))?$")
_YEAR_ONLY = lazy_re.compile(r"^(?:19|20)\d\d$")
_BADGE_CHARS = 16  # „Donnerstag, 22.“ is the longest such badge
_LABEL_CHARS = 40  # „Februar 7 Veranstaltungen“: a month heading and its count, not a paragraph
_CONTAINER_LEVELS = 2  # the grid, the month's section: where the heading sits before
_YEAR_SIBLINGS = 12  # the month sections of a year between its year divider and this month
_MIN_CARDS = 2
_HEADINGS = ",".join(sorted(HEADING_TAGS))
_GRID_LEVELS = 6  # badge, its card body, the card, the grid: a few levels at most
_DAY_NUMBER = lazy_re.compile(r"^\s*(?:0?[1-9]|[12]\d|3[01])\.?\s*$")


def write_heading_months_into_day_badges(body: LexborNode) -> None:
    """Write the month (and year) of a grid's month heading after each card badge's bare day."""
    badges = _day_badges(body)
    if len(badges) < _MIN_CARDS:
        return  # (most pages: no badge of a weekday and a day at all)
    for grid in _grids_around(badges):
        cards = [child for child in grid.iter(include_text=False) if visible_line(child)]
        if len(cards) < _MIN_CARDS:
            continue
        in_cards = [[b for b in badges.values() if _contains(card, b)] for card in cards]
        if any(len(found) != 1 for found in in_cards):
            continue
        found = _month_heading(grid)
        if found is None:
            continue
        month, year, label = found
        card_badges = [found_in[0] for found_in in in_cards]
        days = [_day_node(badge) for badge in card_badges]
        if any(day is None for day in days):
            continue
        if year is None:
            year = _year_before(label, month, card_badges)
        words = f"{month}{f' {year}' if year else ''}"
        for day in days:
            if day is None:
                continue
            text = day.text() or ""
            number = text.strip().rstrip(".")
            day.replace_with(text.replace(text.strip(), f"{number}. {words}", 1))


def _day_badges(body: LexborNode) -> dict[int, LexborNode]:
    """The page's innermost elements that are only a weekday and a day number, by ``mem_id``:
    found from their day's text node („18“), whose element or the one around it is the badge."""
    found: dict[int, LexborNode] = {}
    for node in body.traverse(include_text=True):
        if not node.is_text_node or not _DAY_NUMBER.match(node.text() or ""):
            continue
        element = node.parent
        for _ in range(2):
            if element is None:
                break
            text = visible_line(element)
            if len(text) > _BADGE_CHARS:
                break
            if _WEEKDAY_DAY.match(text):
                found[element.mem_id] = element
                break
            element = element.parent
    return found


def _grids_around(badges: dict[int, LexborNode]) -> list[LexborNode]:
    """The elements a few levels above the badges, nearest first: where their cards' grid is."""
    grids: dict[int, LexborNode] = {}
    for badge in badges.values():
        node = badge.parent
        for _ in range(_GRID_LEVELS):
            if node is None or node.tag == "body":
                break
            grids.setdefault(node.mem_id, node)
            node = node.parent
    return list(grids.values())


def _contains(outer: LexborNode, inner: LexborNode) -> bool:
    node: LexborNode | None = inner.parent
    while node is not None:
        if node.mem_id == outer.mem_id:
            return True
        node = node.parent
    return False


def _day_node(badge: LexborNode) -> LexborNode | None:
    """The badge's last text node, which holds its day number."""
    last: LexborNode | None = None
    for node in badge.traverse(include_text=True):
        if node.is_text_node and (node.text() or "").strip():
            last = node
    if last is None or not (last.text() or "").strip().rstrip(".").isdigit():
        return None
    return last


def _month_heading(grid: LexborNode) -> tuple[str, str | None, LexborNode] | None:
    """The month (and year) a short element right before the grid (or one of its nearest
    containers) names in a heading of its own, with that element."""
    node: LexborNode | None = grid
    for _ in range(_CONTAINER_LEVELS):
        if node is None or node.tag == "body":
            return None
        before = element_before(node)
        if before is not None:
            if len(visible_line(before)) > _LABEL_CHARS:
                return None
            headings = [before] if before.tag in HEADING_TAGS else before.css(_HEADINGS)
            for heading in headings:
                label = _MONTH_HEADING.match(visible_line(heading))
                if label is not None and MONTH_WORD.match(label["month"]):
                    return label["month"], label["year"], before
            return None  # something else stands between the grid and any heading above
        node = node.parent
    return None


def _year_before(label: LexborNode, month: str, badges: list[LexborNode]) -> str | None:
    """The year of a year-only element before the month's section (the section holding the
    month heading, or its container), when every badge's weekday falls on its day then."""
    number = month_number(month)
    if number is None:
        return None
    node: LexborNode | None = label
    for _ in range(_CONTAINER_LEVELS + 1):
        if node is None or node.tag == "body":
            return None
        for sibling in element_siblings(node, "prev", _YEAR_SIBLINGS):
            text = visible_line(sibling)
            if _YEAR_ONLY.match(text):
                return text if _weekdays_agree(int(text), number, badges) else None
        node = node.parent
    return None


def _weekdays_agree(year: int, month: int, badges: list[LexborNode]) -> bool:
    for badge in badges:
        match = _WEEKDAY_DAY.match(visible_line(badge))
        if match is None:
            return False
        try:
            day = date(year, month, int(match["d"]))
        except ValueError:
            return False
        if day.weekday() != WEEKDAY_ABBREVIATIONS[match["w"].lower()]:
            return False
    return True
