"""One line that gives the doors' clock and then the show's: „18:30 Einlass · 19:30 Beginn“.

A venue's programme row writes both clocks on one line, each beside a word that says what it
is — „18:30 Einlass · 19:30 Beginn“, „Einlass 18:30 · Vorspeise 19:00“ (a dinner show opens with
its starter), „Doors 7 pm | Show 8 pm“. The doors open before the event; the other clock is when
it begins. Read whole, the line starts at its first clock (the doors), and a line of two named
clocks reads as no time line at all. The line is read here only when it splits into exactly two
pieces, each one clock with at most two words beside it, and one of them names the doors.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.date_cues import DATE_LIKE, TIME_LIKE

# The pieces of the line: „·“, „|“, „•“, „;“ or a comma between them.
_PIECES = lazy_re.compile(r"\s*[·|•;,]\s*")
_DOORS = lazy_re.compile(
    r"\b(?:einlass|saalöffnung|türöffnung|doors?(?:\s+open)?|gates?\s+open)\b", re.I
)
# A piece is one clock (perhaps with its end) and a label of up to two words around it:
# „19:30 Beginn“, „Vorspeise 19:00“, „Beginn: ab 20 Uhr“.
_MAX_LABEL_WORDS = 2
_FILLER = lazy_re.compile(r"\b(?:ab|um|ca\.?|uhr)\b|[:()]", re.I)
_MAX_LINE = 60


def start_after_the_doors(line: str) -> str | None:
    """The start's clock („19:30“) of a line naming the doors' clock and the start's; None for
    any other line."""
    if len(line) > _MAX_LINE or DATE_LIKE.search(line):
        return None
    pieces = [piece for piece in _PIECES.split(line.strip()) if piece]
    if len(pieces) != 2:
        return None
    doors = [piece for piece in pieces if _DOORS.search(piece)]
    if len(doors) != 1:
        return None
    start = next(piece for piece in pieces if piece is not doors[0])
    if not (_one_labelled_clock(doors[0]) and _one_labelled_clock(start)):
        return None
    clocks = list(TIME_LIKE.finditer(start))
    return start[clocks[0].start() : clocks[-1].end()]


def _one_labelled_clock(piece: str) -> bool:
    """One clock (or a clock and its end) and a label of a word or two, no more."""
    clocks = list(TIME_LIKE.finditer(piece))
    if not clocks or len(clocks) > 2:
        return False
    label = TIME_LIKE.sub(" ", piece)
    label = _FILLER.sub(" ", label).replace("-", " ").replace("–", " ")
    words = label.split()
    return 0 < len(words) <= _MAX_LABEL_WORDS and all(w.isalpha() for w in words)
