"""A post's summary that runs its list of dated entries together into one text.

A blog's list of posts shows each post's plain-text summary. A post that lists dates
(„<h1>Januar</h1><ul><li><p><strong>04.01.</strong> Ausschank</p><ul><li>🕕 18:00 Uhr</li>
…“) loses its list markup there: the summary reads „Januar 04.01. Ausschank 🕕 18:00 Uhr 🎸 Hot
Experience … 17.01. Ausschank 🕕 18:00 Uhr … 21.02. Brau-Seminar“, under the post's title
„Termine Ausschank Jan - Feb. 2020“ — a box dated by its months only. Each day there opens an
entry: the words right after it name it, the first clock before the next day is its hour, the
year is the one the box's own date gives. Three or more such entries, most of them with their
hour, make the box a list of offerings; fewer are days a post merely mentions.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import names_a_day, text_lines
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.sub_items import part_of

SOURCE = "listing:entry of a run-together summary"
_MIN_ENTRIES = 3
# „04.01. Ausschank“, „21.02. Brau-Seminar“: a day and month closed by its dot (no year: a year
# would date the entry beside the box), then up to five words.
_ENTRY = lazy_re.compile(
    r"(?<![\w.])(?P<day>(?:3[01]|[12]\d|0?[1-9])\.(?:1[0-2]|0?[1-9])\.)(?!\d)\s+"
    r"(?P<name>[^\W\d_][\w\-–]*(?:[ ][^\W\d_][\w\-–]*){0,4})"
)
_YEAR = lazy_re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def run_together_entries(segment: list[LexborNode], reading: BlockReading) -> list[BlockReading]:
    """One offering per dated entry of a box's run-together text (see the module docstring);
    [] unless the box is dated by a month (or months) of a stated year only and its text holds
    three or more entries, most of them with a clock."""
    if reading.title is None or reading.date_text is None or names_a_day(reading.date_text):
        return []
    year = _YEAR.search(reading.date_text)
    if year is None:
        return []
    text = " ".join(line for line, _ in text_lines(segment))
    matches = list(_ENTRY.finditer(text))
    if len(matches) < _MIN_ENTRIES:
        return []
    entries: list[tuple[str, str, str | None]] = []
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        clock = TIME_LIKE.search(text, match.end(), end)
        entries.append((match["name"], match["day"], clock.group(0) if clock else None))
    if 2 * sum(1 for _, _, clock in entries if clock) <= len(entries):
        return []
    return [
        part_of(
            reading, name, f"{day}{year.group(0)}" + (f", {clock}" if clock else ""), None, SOURCE
        )
        for name, day, clock in entries
    ]


def posts_beside_a_summary(segments: list[list[LexborNode]], readings: list[BlockReading]) -> bool:
    """Whether the list's every dated block is a post summarising its dated entries (above):
    then the list is a blog's posts, and a post that names no day („Unser Corona
    Hygienekonzept“, a poem) is no offering beside the entries."""
    dated = [index for index, reading in enumerate(readings) if reading.date_text is not None]
    return bool(dated) and all(
        run_together_entries(segments[index], readings[index]) for index in dated
    )
