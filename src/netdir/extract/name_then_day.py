"""A block's heading „name, day“: a news list's heading that says what and then when.

„Landeslehrgang zur Prüfungsvorbereitung in Bad Dürkheim, 23.-24. November 2024“ over a short
report: the day closes the heading after a comma, and nothing follows it. Such a line is the
block's date line as much as one that opens with its day, however long the name before it — a
sentence that ends in a day („Wir feiern am Freitag, 23. Juni 2024“) puts a weekday or „am“
before the comma or runs longer than a name, and a letter's dateline („Offenbach a.M., 14.
September 2026“) is no heading.

A network's events grid writes the same in its cards' headings with a dash, a soft hyphen or a
space instead of the comma: „Mit Green Teams Nachhaltigkeit in Unternehmen fördern - 05.11.2024“,
„Stellar Approach mit Simon Berkler ­ 28.01.2025“ (U+00AD between two spaces), „Spiele-Garten …
zur HSW 02.07.2026“, „E4F Vernetzungstreffen 06.12.23“. A day written in digits that closes the
heading after such a break is the heading's day as much; a day in words after a bare space
(„Wir feiern am Freitag 23. Juni“) stays with the sentence it ends.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import names_a_day
from netdir.extract.date_cues import DATE_LIKE, DATE_PHRASE, WEEKDAY_WORD

_MAX_NAME_WORDS = 12
# What ends a sentence's lead-in to its day rather than a name: „am“, „vom“, „bis“, „ab“, „den“.
_LEAD_IN = lazy_re.compile(r"\b(?:am|vom|von|bis|ab|den|dem|seit|on|from)\s*$", re.I)


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def names_then_its_day(line: str, element: LexborNode) -> bool:
    """Whether ``line`` (the text of ``element``, a heading) is „name, day“: a day (not a month
    alone) after the last comma closes it, and the part before is a name — at most twelve
    words, no date, no weekday or lead-in word right before the comma."""
    if element.tag not in _HEADINGS:
        return False
    name, comma, tail = line.rpartition(",")
    tail = tail.strip().rstrip(".").strip()
    name = name.strip()
    if not comma or not name or not tail:
        name, tail = _split_at_a_break(line)
        if not name:
            return False
    if DATE_PHRASE.fullmatch(tail) is None or not names_a_day(tail):
        return False
    if len(name.split()) > _MAX_NAME_WORDS or DATE_LIKE.search(name) is not None:
        return False
    last_word = name.split()[-1]
    return WEEKDAY_WORD.match(last_word) is None and _LEAD_IN.search(name) is None


# „… fördern - 05.11.2024“, „… Berkler ­ 28.01.2025“, „… 02. & 07.10.2025“, „… 06.12.23“: a day
# in digits (two days of one month joined by „&“/„und“) that closes the line after a dash, a
# soft hyphen or a space.
_DAY_AFTER_A_BREAK = lazy_re.compile(
    r"^(?P<name>.*?\S)\s*(?:[-–—\u00ad]\s*)?\s"
    r"(?P<day>(?:\d{1,2}\.\s*(?:&|und|\+)\s*)?\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?)\s*\.?\s*$"
)


def _split_at_a_break(line: str) -> tuple[str, str]:
    """The name and the day of a heading that closes with a day in digits after a dash, a
    soft hyphen or a space; two empty strings when it does not."""
    match = _DAY_AFTER_A_BREAK.match(line.strip())
    if match is None:
        return "", ""
    return match["name"].rstrip(" -–—\u00ad").strip(), match["day"]
