"""A day struck out and replaced by the one after it: „<s>25.10.2024</s> 08.11.2024 Generalversammlung“.

A list of dates kept by hand moves an event by striking its old day through (Markdown's
„~~25.10.2024~~“ becomes ``<s>``; editors write ``<del>`` or ``<strike>``) and writing the new
day beside it. A reader sees one event on the new day; the struck day is no longer its day, and
a reader of the text alone would take the first date it meets. The struck element leaves the
tree before any reader, but only when it holds nothing but a date or a clock and a date or a
clock follows right after it: a struck-out event („<del>Konzert am 3. Mai</del> abgesagt“) is
still listed, as cancelled, and stays.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.date_cues import DATE_LIKE, TIME_LIKE

_STRUCK_TAGS = "s, del, strike"
# Nothing but figures, dots, slashes, colons, dashes and spaces, maybe a closing „Uhr“.
_ONLY_FIGURES = lazy_re.compile(r"^[\d\s./:\-–]+(?:\s?Uhr)?$", re.IGNORECASE)
_FOLLOWING_CHARS = 40  # the text after the struck element looked at for the new date


def drop_struck_dates(tree: LexborHTMLParser) -> None:
    """Take out every struck element that is only a date or clock replaced by the next one."""
    for node in tree.css(_STRUCK_TAGS):
        text = node.text(deep=True).strip()
        if not text or not _ONLY_FIGURES.match(text) or not _is_date_or_clock(text):
            continue
        if _is_date_or_clock(_text_after(node)):
            node.decompose()


def _is_date_or_clock(text: str) -> bool:
    return bool(DATE_LIKE.match(text) or TIME_LIKE.match(text))


def _text_after(node: LexborNode) -> str:
    """The first characters of text after ``node`` within its parent."""
    parts: list[str] = []
    sibling = node.next
    while sibling is not None and sum(map(len, parts)) < _FOLLOWING_CHARS:
        parts.append(sibling.text(deep=True) or "")
        sibling = sibling.next
    return "".join(parts).strip()[:_FOLLOWING_CHARS]
