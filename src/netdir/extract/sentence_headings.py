"""A heading written as a sentence under the page's name heads the story, not the dates.

A show's page names the show in its ``<h1>`` („Santa<br/>Baby“) and tells its story under a
heading that is a sentence of its own — „<h2>Ein festliches Matchmaking mit Folgen.</h2>“ over
the plot, then „Termine 2026 / 27“ (a kicker, no heading) and the date rows. Read as an outline,
the sentence is the nearest heading over every row, and each performance was named by the
story's headline. A heading of a few words that ends in a full stop (or „!“) and states no date
is such a headline; when the nearest heading above it is the page's ``<h1>``, that ``<h1>`` names
the rows below. A heading that names something („Termine 2026“, „Konzerte im Mai“) ends in no
full stop and is read as before.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.date_cues import search_date_like
from netdir.extract.inline_text import visible_text

_MIN_WORDS = 3  # „Ein festliches Matchmaking mit Folgen.“; „Termine.“ is a label, not a sentence
_MAX_WORDS = 15
# Ends as a sentence does; not an abbreviation („Gebr.“, „e.V.“) nor a number („3.“).
_SENTENCE_END = lazy_re.compile(r"[^\W\d_]{3,}[.!]$")


def is_a_sentence_heading(heading: LexborNode) -> bool:
    """Whether ``heading`` reads as a sentence: a few words, a closing full stop, no date."""
    text = " ".join(visible_text(heading).split())
    words = text.split()
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS:
        return False
    return bool(_SENTENCE_END.search(text)) and search_date_like(text) is None


def page_name_over_a_headline(headings: list[LexborNode]) -> LexborNode | None:
    """The ``<h1>`` right above a sentence heading (``headings`` nearest first), which names what
    the rows under the sentence are; None when the nearest heading is no such headline."""
    if len(headings) < 2 or headings[0].tag == "h1" or headings[1].tag != "h1":
        return None
    return headings[1] if is_a_sentence_heading(headings[0]) else None
