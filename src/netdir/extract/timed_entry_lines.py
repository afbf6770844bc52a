"""A programme entry written on lines of its own: the time alone on its first line, then the
point's name, the speaker and the quoted talk title, the room.

A conference programme keeps each point of a day in a box of lines — „<div class=time>9:00
am</div><div class=speaker>Nikta Fakhri, MIT</div><div class=title>"Nonreciprocal living
matter"</div>“, „<p><span class=time>10:30 am</span> - Coffee Break<br><span
class=location>Tan Hall Lobby</span></p>“. Read as one run of text, the speaker, the title and
the room run into one name, a lowercase „am“ is left over in front of it (the German
preposition is never a clock's last word on its own line) and the room never leaves the name,
so „Coffee Break Tan Hall Lobby“ is no break any more. Read line by line: the point is named by
its quoted talk title when it has one, else by the first line after the time; a later line that
names a place is its room.

A day's session holds several such boxes („<div class=session><p>2:00 pm - Registration…</p>
<p>4:00 pm - Poster Session I…</p></div>“): each box is an entry of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import text_lines
from netdir.extract.context import clean_text
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.inline_text import visible_text
from netdir.extract.place_lines import names_a_place

# The clock of an English programme, its „am“ in either case: on a line of its own, or opening
# a line before a dash („10:30 am - Coffee Break“) — never the German „am“ before a day.
_CLOCK = r"\d{1,2}(?::\d{2})?\s?(?:[ap]\.?m\.?)"
# („18.30 – 19.30 Uhr“ over „Apéro“: the line holds the point's hours, its end after a dash)
_CLOCK_LINE = lazy_re.compile(
    rf"^(?P<clock>(?:{_CLOCK}|{TIME_LIKE.pattern})(?:\s*[–—-]\s*(?:{_CLOCK}|{TIME_LIKE.pattern}))?)$",
    re.IGNORECASE,
)
_CLOCK_DASH = lazy_re.compile(
    rf"^(?P<clock>{_CLOCK}|{TIME_LIKE.pattern})\s*[-–—:|]\s*(?P<rest>\S.*)$", re.IGNORECASE
)
# A talk title standing in quotes on its own line; an inner quote („Finding the "needle" in
# the trillion molecule haystack“) stays inside: the title runs to the line's last closing mark.
# A short label may precede it („Referat 1: «Trauma – …»“, „Keynote: “…”“): the point's kind and
# number, the title in quotes names the talk.
_QUOTED_LINE = lazy_re.compile(
    r"^(?:[^\W\d][\w-]*(?:\s+[\w-]+){0,2}\s*:\s*)?[“„\"«](?P<title>[^\n]{3,240}?)[”“\"»][\s.,;]*$"
)
# A box that opens with its clock („2:00 pm - Registration“, „9:00 am Alexandra Zidovska …“).
_OPENING_CLOCK = lazy_re.compile(rf"^(?:{_CLOCK}|{TIME_LIKE.pattern})(?!\w)", re.IGNORECASE)
_MAX_PLACE = 80


@dataclass(frozen=True)
class EntryLines:
    """What an entry's lines say: its clock, its name, and the room a line of it names."""

    clock: str
    name: str
    place: str | None


def entry_lines(entry: LexborNode) -> EntryLines | None:
    """The clock, name and room of an entry whose first line is its time (alone, or before a
    dash) and that has a line more; None for any other entry (one run of text keeps its
    reading)."""
    lines = [line for line, _ in text_lines([entry])]
    if len(lines) < 2:
        return None
    if (alone := _CLOCK_LINE.match(lines[0])) is not None:
        clock, rest = alone["clock"], lines[1:]
    elif (dashed := _CLOCK_DASH.match(lines[0])) is not None:
        clock, rest = dashed["clock"], [dashed["rest"], *lines[1:]]
    else:
        return None
    quoted = next((m["title"].strip() for line in rest if (m := _QUOTED_LINE.match(line))), None)
    place = next(
        (line for line in rest[1:] if len(line) <= _MAX_PLACE and names_a_place(line)), None
    )
    return EntryLines(clock=clock, name=quoted or rest[0], place=place)


def timed_boxes(entries: list[LexborNode]) -> list[LexborNode]:
    """``entries`` with each box that holds two or more timed entries of its own (a day's
    session of paragraphs) replaced by those entries, in order."""
    flat: list[LexborNode] = []
    for entry in entries:
        inner = list(entry.iter(include_text=False)) if entry.is_element_node else []
        timed = [child for child in inner if _opens_with_a_clock(child)]
        flat.extend(inner if len(timed) >= 2 else [entry])
    return flat


def _opens_with_a_clock(node: LexborNode) -> bool:
    text = clean_text(visible_text(node)) or ""
    return _OPENING_CLOCK.match(text) is not None


def session_place(entry: LexborNode) -> str | None:
    """The room a session's line names on its own under the session heading („<div
    class=location>120 Latimer Hall</div>“): the room of the talks below it."""
    text = clean_text(visible_text(entry)) if entry.is_element_node else None
    if not text or len(text) > _MAX_PLACE or TIME_LIKE.search(text) or not names_a_place(text):
        return None
    return text
