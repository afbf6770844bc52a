"""Words set in bold with a row's day, where the list's other rows bold their day alone: a label.

A seminar page heads each talk „<h3><strong>08/10/2025</strong> MathTASK: Challenging …</h3>“ —
the day in bold, then the talk's title. One talk of a guest series is headed „<h3><strong>
25/03/2026 Distinguished Seminar Series</strong> Oral Assessment of Mathematics …</h3>“: the
series' name shares the day's bold, and the row was named „Distinguished Seminar Series Oral
Assessment …“. The bold sets the day and what kind of talk it is apart from the title; when most
other dated rows bold their day and nothing else, the words after the day in that bold are no
part of the name, and the name is the rest — in a heading only, and only when the rest opens a
title of its own (a capital letter): a paragraph's bold „<strong>12.08 7pm Onlinecall</strong>for
Internationals“ opens a sentence the bold's words begin, the name bold and all.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import HEADING_TAGS, css_matches, node_text
from netdir.extract.element_ancestors import enclosing
from netdir.extract.row_majority import most_rows_show

SOURCE = " (the words bold with its day are a label)"
_BOLD = "strong, b"
_MAX_LABEL_WORDS = 6  # a series' or a kind's name, not a sentence


def labels_bold_with_the_day(
    segments: list[list[LexborNode]], readings: list[BlockReading]
) -> None:
    """Drop from each row's name the words its day's bold adds to the day, when most other
    dated rows bold their day alone (see the module docstring); changes ``readings`` in place."""
    dated = [
        (segment, reading)
        for segment, reading in zip(segments, readings, strict=True)
        if reading.date_text and reading.title
    ]
    alone = 0
    labelled: list[tuple[BlockReading, str]] = []
    for segment, reading in dated:
        day = _day_of(reading)
        for bold in (b for node in segment for b in css_matches(node, _BOLD)):
            text = " ".join((node_text(bold) or "").split())
            if text == day:
                alone += 1
                break
            if text.startswith(f"{day} ") and (label := text[len(day) + 1 :]):
                title = reading.title or ""
                if (
                    _reads_as_a_label(label)
                    and title.startswith(f"{label} ")
                    and title[len(label) + 1 :][:1].isupper()
                    and _in_a_heading(bold)
                ):
                    labelled.append((reading, label))
                break
    if not labelled or not most_rows_show(alone, len(dated)):
        return
    for reading, label in labelled:
        rest = (reading.title or "")[len(label) :].strip(" -–—:")
        if len(rest.split()) >= 2:
            reading.title = rest
            reading.sources["title"] = reading.sources.get("title", "listing:") + SOURCE


def _day_of(reading: BlockReading) -> str:
    """The day as the row's date text first states it („25/03/2026“ of „25/03/2026, 13:15“)."""
    return " ".join((reading.date_text or "").split(",")[0].split())


def _reads_as_a_label(label: str) -> bool:
    words = label.split()
    return 0 < len(words) <= _MAX_LABEL_WORDS and not any(c.isdigit() for c in label)


def _in_a_heading(node: LexborNode) -> bool:
    """Whether ``node`` stands in a heading element (the row's heading line, not its prose)."""
    return enclosing(node, HEADING_TAGS) is not None
