"""A heading that names only the kind of event before its day takes its subject from the bold
line right below it.

A history archive's start page gives each announcement an h2 and its first paragraph in bold:
„Gedenkveranstaltung am Do, 19. September 2019“ over „<strong>75 Jahre Außenlager
Falkenbergsweg</strong>“. Once the day is read out of the heading, one word is left — what kind
of evening it is; the bold line under it says what is remembered. A reader names the evening by
both: „Gedenkveranstaltung: 75 Jahre Außenlager Falkenbergsweg“. Only a one-word name the
heading keeps beside its day, and a short bold line of its own that names no day, are so read: a
heading that names its event in several words („Der historische Dorfkern Neugraben“) keeps its
name, a bold day line („Sonntag, 8. September 2019, 12:00-17:00 Uhr“) says when, not what, and a
bold label („Alle Eckdaten:“ over a list of facts) introduces what follows.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import HEADING_TAGS, node_text
from netdir.extract.date_cues import DATE_LIKE, TIME_LIKE

#: Provenance of a title extended by the bold line below its heading.
SOURCE = " + the bold subject line below"

_MIN_KIND = 5  # „Gedenkveranstaltung“, „Vortrag“, „Lesung“: a noun, not „Neu“ or „Info“
_SUBJECT_WORDS = (2, 10)


def subject_below(segment: list[LexborNode], title: str) -> str | None:
    """The bold line right below the block's heading that names what the heading's one-word
    kind is about (see the module's docstring); None when the block is not so."""
    if not segment or segment[0].tag not in HEADING_TAGS:
        return None
    heading = node_text(segment[0]) or ""
    if len(title.split()) != 1 or len(title) < _MIN_KIND or not title.isalpha():
        return None
    if title == heading or not DATE_LIKE.search(heading):
        return None
    below = segment[1] if len(segment) > 1 else None
    if below is None or below.tag != "p":
        return None
    line = node_text(below) or ""
    bold = below.css_first("strong, b")
    if bold is None or (node_text(bold) or "") != line:
        return None
    low, high = _SUBJECT_WORDS
    if not low <= len(line.split()) <= high or DATE_LIKE.search(line) or TIME_LIKE.search(line):
        return None
    if line.rstrip().endswith(":"):
        return None  # „<strong>Alle Eckdaten:</strong>“ over a list: a label, no subject
    return f"{title}: {line}"
