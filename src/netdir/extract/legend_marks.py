"""Marks a page's own legend explains, which stand after names and are no part of them.

A mountain rescue unit's calendar says above its list „'G' marks training events that are open to
Guests“ and „Asterisks * mark the core program for first-year trainees“, then names its trainings
„Medical * G“, „Mock SAR G“, „Snow Skills *“. A reader takes the letter and the star for what the
legend says they are — marks — and the training's name for „Medical“, „Mock SAR“. A lone letter
after a name is a mark only where the page says so („Plan B“, „Vitamin C“ are names); a star after a
name is a footnote's mark anyhow (``bold_name_cells``).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.inline_text import visible_text

# „'G' marks …“, „“G” marks …“, „Asterisks * mark …“, „An asterisk (*) marks …“: the mark
# the legend explains, one or two characters, quoted or bracketed or after the word for a star.
_LEGEND = lazy_re.compile(
    r"(?:[‘'\"“(]\s*(?P<quoted>[^\s‘'\"“”’()]{1,2})\s*[’'\"”)]"
    r"|\basterisks?\s+\(?(?P<star>\*{1,2})\)?)"
    r"\s+(?:marks?|denotes?|indicates?)\b",
    re.I,
)
_MARK_RUN = lazy_re.compile(r"(?:\s+\S{1,2})+$")


def page_marks(node: LexborNode) -> frozenset[str]:
    """The marks the legend of the page holding ``node`` explains (see the module docstring)."""
    top = node
    while top.parent is not None and top.parent.tag != "-undef":
        top = top.parent
    text = visible_text(top)
    marks = {match.group("quoted") or match.group("star") for match in _LEGEND.finditer(text)}
    return frozenset(mark for mark in marks if mark)


def without_marks(name: str, marks: frozenset[str]) -> str:
    """``name`` without the run of ``marks`` that ends it („Medical * G“ → „Medical“)."""
    if not marks:
        return name
    run = _MARK_RUN.search(name)
    if run is None:
        return name
    tokens = run.group(0).split()
    kept = len(tokens)
    while kept and tokens[kept - 1] in marks:
        kept -= 1
    if kept == len(tokens):
        return name
    cut = name[: run.start()] + "".join(" " + token for token in tokens[:kept])
    return cut.strip() or name
