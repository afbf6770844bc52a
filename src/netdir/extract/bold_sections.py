"""Several events written into one element as ``<br>`` lines, each opened by its bold name.

A home page's grid cell often announces what is coming as plain lines, no list, no links of
its own::

    <div grid-col="3"><b>Seattle Art Book Fair</b><br>
      <a href="https://washingtonhall.org/">Washington Hall</a><br>
      May 9–10, 2026<br> 11am–5pm <small>Sunday mask hours 11am–1pm</small><br><br>
      <b>Prepress Launch Party</b><br> <a …>Actualize AiR</a><br> May 8, 2026<br> 6–9pm …</div>

No group of repeated blocks holds these events, so the listing detector cannot see them. An
element whose lines form two or more sections, each opened by a line that is wholly bold (its
name) and holding a line that is a date, is one event per section: titled by the bold line,
dated by its date line (and a time that opens the line after it), placed by the line between
name and date when that line is neither date nor time.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.context import PageContext, clean_text, set_field
from netdir.extract.date_cues import DATE_LIKE
from netdir.extract.inline_text import InlineJoiner
from netdir.records import RawRecord

EXTRACTOR = "listing"
_BOLD_TAGS = frozenset({"b", "strong"})
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: The elements that keep their text on the line they stand in (``br_lines``).
INLINE_TAGS = frozenset({"a", "b", "strong", "em", "i", "small", "span", "u", "font", "mark"})
_MIN_SECTIONS = 2
_MAX_NAME = 100
_MAX_LINE = 80  # a date or place line is short; a sentence naming a day is prose
# A time (span) that opens a line: "11am–5pm …", "6–9pm", "19:00 – 22:00 Uhr", "7.30pm".
_CLOCK = r"\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\.?|uhr\b|h\b)?"
_OPENING_TIME = lazy_re.compile(
    rf"^(?:{_CLOCK}\s*(?:[-–—]|to|bis)\s*)?\d{{1,2}}(?:[:.]\d{{2}})?\s?(?:[ap]\.?m\.?|uhr\b)"
    rf"|^\d{{1,2}}:\d{{2}}(?:\s*[-–—]\s*\d{{1,2}}:\d{{2}})?",
    re.I,
)


class Line:
    __slots__ = ("bold", "heading", "link", "text")

    def __init__(self) -> None:
        self.text = ""
        self.bold = True  # every text of the line stands inside <b>/<strong>
        self.link: str | None = None
        self.heading: str | None = None  # the <h1>–<h6> the line's text stands in


def extract_bold_sections(tree: LexborHTMLParser, context: PageContext) -> list[RawRecord]:
    """One record per bold-named, dated section of the page's first element that has two or
    more of them (see the module docstring); [] when no element has."""
    body = tree.body
    if body is None:
        return []
    seen: set[int] = set()
    for bold in body.css("b, strong"):
        parent = bold.parent
        if parent is None or parent.mem_id in seen or parent.tag in INLINE_TAGS:
            continue
        seen.add(parent.mem_id)
        records = _sections(parent, context)
        if len(records) >= _MIN_SECTIONS:
            return records
    return []


def _sections(element: LexborNode, context: PageContext) -> list[RawRecord]:
    lines = br_lines(element)
    starts = [i for i, line in enumerate(lines) if line.bold and len(line.text) <= _MAX_NAME]
    if len(starts) < _MIN_SECTIONS:
        return []
    records: list[RawRecord] = []
    for number, first in enumerate(starts):
        section = lines[first + 1 : starts[number + 1] if number + 1 < len(starts) else None]
        record = _record(lines[first].text, section, context)
        if record is not None:
            records.append(record)
    return records if len(records) == len(starts) else []


def _record(name: str, section: list[Line], context: PageContext) -> RawRecord | None:
    dated = next(
        (
            i
            for i, line in enumerate(section)
            if len(line.text) <= _MAX_LINE and DATE_LIKE.search(line.text)
        ),
        None,
    )
    if dated is None:
        return None
    record = context.new_record(EXTRACTOR, name, confidence=0.6)
    record.field_sources["title"] = "listing:bold line opening a section"
    date_text = section[dated].text
    after = section[dated + 1].text if dated + 1 < len(section) else ""
    if time := _OPENING_TIME.match(after):
        date_text = f"{date_text} {time.group(0)}"
    set_field(record, "date_text", date_text, "listing:date line of the section")
    before = [line for line in section[:dated] if not _OPENING_TIME.match(line.text)]
    if before and len(before[0].text) <= _MAX_LINE:
        set_field(record, "location_text", before[0].text, "listing:line between name and date")
    return record


def br_lines(element: LexborNode) -> list[Line]:
    """The element's text split at ``<br>`` and at block children, each line knowing whether
    all its text is bold, its first link and the heading it stands in."""
    lines: list[Line] = []
    current = Line()
    parts: list[str] = []

    def flush() -> None:
        nonlocal current
        text = clean_text(" ".join(parts))
        if text:
            current.text = text
            lines.append(current)
        current = Line()
        parts.clear()

    joiner = InlineJoiner(element)  # "<span>DEPOT</span><span>61</span>" is one word
    for node in element.traverse(include_text=True):
        if node.mem_id == element.mem_id:
            continue
        if not node.is_text_node:
            joiner.element(node)
        if node.tag == "br" or (not node.is_text_node and node.tag not in INLINE_TAGS):
            flush()
            continue
        if node.tag == "a" and current.link is None:
            current.link = node.attributes.get("href")
        if not node.is_text_node:
            continue
        text = node.text() or ""
        joins = joiner.text(node, text)
        if not text.strip():
            continue
        if joins and parts:
            parts[-1] += text
        else:
            parts.append(text)
        if not _inside_bold(node, element):
            current.bold = False
        if current.heading is None:
            current.heading = _heading_of(node, element)
    flush()
    return lines


def _heading_of(node: LexborNode, stop: LexborNode) -> str | None:
    parent = node.parent
    while parent is not None and parent.mem_id != stop.mem_id:
        if parent.tag in _HEADING_TAGS:
            return parent.tag
        parent = parent.parent
    return None


def _inside_bold(node: LexborNode, stop: LexborNode) -> bool:
    parent = node.parent
    while parent is not None and parent.mem_id != stop.mem_id:
        if parent.tag in _BOLD_TAGS:
            return True
        parent = parent.parent
    return False
