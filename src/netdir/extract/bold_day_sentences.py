"""A paragraph that opens with its day in bold, then a short sentence naming the event, then the
description: the short sentence is the name.

A pub's special-events page writes „<p><b>Tuesday, 28th June at 9pm</b> Allan's Carnival Quiz.
Come along and join this fun general knowledge quiz - teams of up-to 4, £2 per team.</p>“ and
„<p><b>Thursday, 30th June at 6pm</b> BBQ. Cheer home the brave souls who …</p>“. The bold day
went to the date and the rest of the paragraph became the title, description and all. A reader
names the evening by the first sentence. Only a paragraph whose bold opening is its day, and only
a first sentence of one to six words closed by a full stop after a word (not an initial or an
abbreviation: „St. Mary's …“, „Dr. Smith …“, „Ital. Abend“; one word only when it is in capitals,
„BBQ.“), not inside quotation marks, with a capitalised sentence after it.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.inline_text import visible_text

SOURCE = " (the sentence after the bold day)"
_BOLD = frozenset({"b", "strong"})
_MAX_WORDS = 6
# „Allan's Carnival Quiz. Come along …“: a short sentence, a full stop, a capitalised sentence
_FIRST_SENTENCE = lazy_re.compile(r"^(?P<name>[^.!?]{0,80}?[^\W\d_]{2})\.\s+(?=[A-ZÄÖÜ])")
# quotation marks: a full stop after one is inside a quoted name (the apostrophe „’“ is none)
_QUOTES = frozenset('„“”"«»‚‘')
# words a full stop follows without ending a sentence
_ABBREVIATIONS = frozenset(
    {"st", "dr", "mr", "mrs", "ms", "prof", "rev", "no", "nr", "co", "ltd", "inc", "vs", "jr", "sr"}
)


def _opens_with_its_bold_day(segment: list[LexborNode], date_text: str) -> bool:
    """The block's first element is a paragraph whose first child is a bold day."""
    first = next((node for node in segment if not node.is_text_node), None)
    if first is None:
        return False
    opening = first.child
    while opening is not None and opening.is_text_node and not (opening.text() or "").strip():
        opening = opening.next
    if opening is None or opening.tag not in _BOLD:
        return False
    bold = " ".join(visible_text(opening).split())
    return bool(bold) and bold in " ".join(date_text.split())


def name_before_the_description(
    segment: list[LexborNode], title: str, date_text: str | None
) -> str | None:
    """The first sentence of ``title`` when the block opens with its bold day and that sentence
    is a short name before the description (see module)."""
    if not date_text or ". " not in title or not _opens_with_its_bold_day(segment, date_text):
        return None
    found = _FIRST_SENTENCE.match(title)
    if found is None:
        return None
    name = found["name"].strip()
    words = name.split()
    if not 1 <= len(words) <= _MAX_WORDS or words[-1].lower() in _ABBREVIATIONS:
        return None
    if any(mark in name for mark in _QUOTES):
        return None  # „„Gewusste Wahrheit. Über Fakten …““: the full stop is inside a quoted name
    if len(words) == 1 and not name.isupper():
        return None  # „Ital. Abend“: one word before a full stop is an abbreviation, „BBQ.“ a name
    return name
