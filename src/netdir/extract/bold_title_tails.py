"""A bold name that the sentence after it carries on: „<strong>7pm Onlinecall </strong>for
Internationals. Here is the roomlink“.

A row whose bold part holds its day and name is titled by that bold part. When the text right
after the bold element goes on in lower case and ends its sentence within a few words, the bold
part stopped in the middle of the name: „Onlinecall“ + „for Internationals“ is the row's name,
what follows the full stop („Here is the roomlink“) is its note. A continuation that starts
with a place's preposition („im Rohrbruch …“) says where, not what; one that opens with a
capital („Link zum Onlineraum“) is a note of its own; one that runs on without ending its
sentence within ``_MAX_WORDS`` words is prose; none of them is taken.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.place_prepositions import PLACE_PREPOSITION

_MAX_WORDS = 4
_WORD = r"[^\W\d_][\w-]*"
# lower-case opening word, a few more words, then the sentence's end (a space or the text's end
# after it, so that „Dr.“ inside a name does not end it: its last word is checked below)
_TAIL = lazy_re.compile(
    rf"^\s*(?P<tail>[a-zäöüß][\w-]*(?:\s+{_WORD}){{0,{_MAX_WORDS - 1}}})\s*[.!?](?=\s|$)"
)
_PLACE_LEAD = lazy_re.compile(rf"^{PLACE_PREPOSITION}\b", re.I)
_SHORT_CAPITAL = lazy_re.compile(r"^[A-ZÄÖÜ][a-zäöü]{0,3}$")  # „Dr“, „Prof“, „St“: abbreviations
_BOLD = frozenset({"b", "strong"})


def bold_title_carried_on(segment: list[LexborNode], reading: BlockReading) -> None:
    """The title taken from a bold element, extended by the lower-case words that finish its
    sentence right after that element."""
    source = reading.sources.get("title", "")
    if reading.title is None or re.split(r"[\s:]", source)[-1] not in _BOLD:
        return
    bold = _bold_ending_with(segment, reading.title)
    if bold is None:
        return
    tail = _TAIL.match(_text_after(bold))
    if tail is None or _PLACE_LEAD.match(tail["tail"]):
        return
    if _SHORT_CAPITAL.match(tail["tail"].split()[-1]):
        return
    reading.title = f"{reading.title} {tail['tail']}"
    reading.sources["title"] = source + " + its sentence after it"


def _bold_ending_with(segment: list[LexborNode], title: str) -> LexborNode | None:
    for root in segment:
        for node in root.css("b, strong"):
            text = " ".join((node.text() or "").split())
            if text and text.endswith(title):
                return node
    return None


def _text_after(node: LexborNode) -> str:
    """The inline text right after ``node`` in its parent, up to the next element that is not
    plain text (a link, a line break, another bold part)."""
    parts: list[str] = []
    sibling = node.next
    while sibling is not None and not sibling.is_element_node:
        if sibling.is_text_node:
            parts.append(sibling.text() or "")
        sibling = sibling.next
    return " ".join("".join(parts).split())
