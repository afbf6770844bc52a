"""A heading whose words run together where its inner lines meet takes the title's spacing.

A bazaar's page sets its name in two lines, the place over the kind — „<h1><span>Tespe</span>
Kinderbasar</h1>“, the span a block of its own by the stylesheet. Read as text the lines run
together („TespeKinderbasar“); the document title spells the name as a reader sees it („Tespe
Kinderbasar – 28. November 2026“). When a part of the title is the heading letter for letter, only
with more spaces, the title's part is the heading's wording.
"""

from __future__ import annotations

from netdir import lazy_re

# The parts of a document title: „Tespe Kinderbasar – 28. November 2026“, „Termine | Verein“.
_TITLE_PARTS = lazy_re.compile(r"\s+[|–—·-]\s+|\s*::\s*")


def spaced_as_the_title(heading: str, document_title: str | None) -> str:
    """``heading`` as the document title spaces it, when a part of the title is the heading's
    letters with more spaces between them; else ``heading`` unchanged."""
    if not document_title:
        return heading
    letters = _letters(heading)
    if not letters:
        return heading
    for part in _TITLE_PARTS.split(document_title):
        part = part.strip()
        if _letters(part) == letters and part.count(" ") > heading.strip().count(" "):
            return part
    return heading


def _letters(text: str) -> str:
    return "".join(text.split()).casefold()
