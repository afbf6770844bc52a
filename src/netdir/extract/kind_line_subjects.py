"""A section of one kind of evening whose bold day line names only that kind takes the evening's
subject from the first sentence of the paragraph below.

A history archive's „Termine“ gives each kind of event a section, and under „Themenabende“ the
evening as a bold line of its number, its kind and its day, then a paragraph that opens with the
talk's title as a sentence of its own and goes on about the speaker::

    <h2>Themenabende</h2>
    <p><strong>Erster Themenabend am 22. März 2018</strong></p>
    <p>Altenwerder - Verlust einer Kulturlandschaft. Dr. Gisela Betram, Geschäftsführerin der
    Stiftung … berichtet über die Arbeit der Stiftung …</p>

The section heading says the kind, and so does the bold line once its day and number are read
out; what the evening is about is the title sentence — a reader names it „Altenwerder - Verlust
einer Kulturlandschaft“. Only so read when the bold line says nothing but an ordinal, the
heading's kind (in the singular) and its day, and the sentence is a title: short, with no day or
clock, every word capitalised but the small ones („einer“, „und“) — no verb, so no report
(„Wir laden herzlich ein.“) — and more follows it.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import HEADING_TAGS, node_text
from netdir.extract.date_cues import DATE_LIKE, TIME_LIKE, sub_date_phrases

#: Provenance of a title read from the first sentence under the kind's bold day line.
SOURCE = " + the title sentence under its bold day line"

# „Erster“, „Zweiter“, „3.“, „Nächster“: which evening of the kind the line means
_ORDINAL = lazy_re.compile(
    r"^(?:\d{1,2}\.|erste[rsn]?|zweite[rsn]?|dritte[rsn]?|vierte[rsn]?|fünfte[rsn]?|"
    r"nächste[rsn]?|letzte[rsn]?)$",
    re.IGNORECASE,
)
# the words a day line may hold beside the kind and the day: „am“, „vom“, a weekday's comma
_LINK_WORDS = frozenset({"am", "vom", "den", "um", "ab"})
# „Altenwerder - Verlust einer Kulturlandschaft.“ then more: the title sentence and its stop
_FIRST_SENTENCE = lazy_re.compile(r"^(?P<sentence>[A-ZÄÖÜ][^.!?:;]{3,90}?)\.\s+(?=\S)")
# the small words a German or English title keeps in lower case
_SMALL_WORDS = frozenset(
    {
        "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem",
        "und", "oder", "im", "in", "am", "an", "auf", "zu", "zur", "zum", "für", "von", "vom",
        "mit", "bei", "nach", "über", "unter", "vor", "aus", "als", "wie", "gegen", "ohne",
        "the", "of", "and", "a", "on", "at", "for", "to", "with", "from",
    }
)  # fmt: skip
_SUBJECT_WORDS = (2, 10)
_HEADING_LINE_AND_PROSE = 3  # the section's heading, the bold day line, the paragraph
_PLURAL_END = 2  # „Themenabend|e“, „Lesung|en“: the plural's ending („Vorträge“ is not so read)
_MIN_KIND = 5  # „Themenabend“, „Vortrag“: a noun of its own


def subject_of_the_kind_line(segment: list[LexborNode], title: str) -> str | None:
    """The title sentence under the block's bold day line when the section's heading (the
    block's ``title``) and that line name only the kind of evening (see the module's
    docstring); None when the block is not so."""
    if len(segment) < _HEADING_LINE_AND_PROSE or segment[0].tag not in HEADING_TAGS:
        return None
    if (node_text(segment[0]) or "").strip() != title.strip():
        return None
    kind = _kind_of_the_line(segment[1])
    if kind is None or not _same_kind(kind, title):
        return None
    if segment[2].tag != "p":
        return None
    match = _FIRST_SENTENCE.match(" ".join((node_text(segment[2]) or "").split()))
    if match is None:
        return None
    sentence = match["sentence"].strip()
    return sentence if _a_title(sentence) else None


def _kind_of_the_line(node: LexborNode) -> str | None:
    """The kind a wholly bold paragraph names beside its day and ordinal („Erster Themenabend
    am 22. März 2018“ → „Themenabend“); None for any other line."""
    if node.tag != "p":
        return None
    line = " ".join((node_text(node) or "").split())
    bold = node.css_first("strong, b")
    if bold is None or " ".join((node_text(bold) or "").split()) != line:
        return None
    if not DATE_LIKE.search(line):
        return None
    words = [
        word
        for word in sub_date_phrases(line).replace(",", " ").split()
        if word.casefold() not in _LINK_WORDS and not _ORDINAL.match(word)
    ]
    if len(words) != 1 or len(words[0]) < _MIN_KIND or not words[0].isalpha():
        return None
    return words[0]


def _same_kind(kind: str, heading: str) -> bool:
    """„Themenabend“ under „Themenabende“: the heading is the kind, or its plural."""
    folded, plural = kind.casefold(), heading.strip().casefold()
    return plural == folded or (
        plural.startswith(folded) and len(plural) - len(folded) <= _PLURAL_END
    )


def _a_title(sentence: str) -> bool:
    """A sentence that is a title: a few words, no day or clock, each capitalised (or a dash, or
    a small word)."""
    low, high = _SUBJECT_WORDS
    words = sentence.split()
    if not low <= len(words) <= high or DATE_LIKE.search(sentence) or TIME_LIKE.search(sentence):
        return False
    return all(
        word[:1].isupper() or word[:1].isdigit() or word in "-–—" or word in _SMALL_WORDS
        for word in words
    )
