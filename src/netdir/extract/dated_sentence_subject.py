"""The event the labelled date's sentence names, over a section heading that names none.

A one-page site sets its sections under h2 headings — „Die Idee“, „Datum & Zeit“, „Allgemeines“,
„Mitmachen“ — and says under „Datum & Zeit“: „Der Reckenfelder Dorftrödel findet am Sonntag den
06.07.2025 von 11:00 - 16:00 Uhr statt.“ The page's first heading („Die Idee“) heads the page's
first part, not its event; the sentence that gives the day names the event as its subject. When
the day is read from such a sentence under its label, the subject shares no word with the heading
taken for the name, and the page's <title> („Dorftrödel Reckenfeld“) shares one with the subject,
the subject is the name: the <title> confirms that the sentence names what the page is about.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.extract.announcing_headings import sentence_subject

_WORD = lazy_re.compile(r"[^\W\d_]{3,}")


def _words(text: str) -> set[str]:
    return {word.casefold() for word in _WORD.findall(text)}


def subject_naming_the_page(
    date_sentence: str, heading: str, document_title: str | None
) -> str | None:
    """The subject of ``date_sentence`` when it, not ``heading``, names what the page's
    ``document_title`` names; None otherwise."""
    if document_title is None:
        return None
    subject = sentence_subject(date_sentence)
    if subject is None:
        return None
    named = _words(subject)
    if not named or named & _words(heading) or not named & _words(document_title):
        return None
    return subject
