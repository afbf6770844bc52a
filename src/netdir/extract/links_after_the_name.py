"""A link set after the name a row's line has already given.

„14.11.2025 14:00: Workshop: Hat eigentlich jemand mal die Platanen gefragt? — Wie man mit einem
Umwelt-Chatbot über Politik sprechen kann. <a>Ameldung</a>, 76133 Karlsruhe, …“: the row's line
names the event in a sentence of its own after its day, and only then comes a link — where to
register, more about it. A reader takes the sentence as the name and the link as an appendage to
it, whatever the link's words (a typo such as „Ameldung“ as much as „Info und Anmeldung“), so
the link does not title the row and its words are no part of the name.

Only a link that follows a finished sentence counts: at least three words before it, ended by a
full stop, a question or an exclamation mark. „12.03.: Vortrag: <a>Offene Daten in Ulm</a>“ (a
kind label before the link) and „12.03.: <a>Lab Treffen</a>“ stay titled by their links.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.inline_text import visible_text

#: Provenance of a title without the link after its name.
SOURCE = "listing:text (without the link after its name)"

_SENTENCE_END = lazy_re.compile(r"[.!?]$")
_WORD = lazy_re.compile(r"[^\W\d_]{2,}")
_MIN_WORDS = 3
_MAX_LINK_WORDS = 4


def _a_finished_sentence(text: str) -> bool:
    text = text.rstrip()
    return _SENTENCE_END.search(text) is not None and len(_WORD.findall(text)) >= _MIN_WORDS


def links_after_a_named_sentence(name: str, link_texts: list[str]) -> bool:
    """Whether all of ``link_texts`` stand in ``name`` (the row's line after its day), the first
    of them after a finished sentence that names the row."""
    places = [name.find(text.strip()) if text.strip() else -1 for text in link_texts]
    if not places or min(places) <= 0:
        return False
    # the first link of the line: the ones after it follow the same sentence
    return _a_finished_sentence(name[: min(places)])


def without_the_link_after_the_name(segment: list[LexborNode], reading: BlockReading) -> None:
    """Cut a link's words off the end of the row's title when a finished sentence stands before
    them („… sprechen kann. Ameldung“ → „… sprechen kann.“)."""
    title = reading.title
    if not title or reading.date_text is None:
        return
    for node in segment:
        for link in [node] if node.tag == "a" else node.css("a"):
            text = visible_text(link).strip()
            if not text or len(text.split()) > _MAX_LINK_WORDS or not title.endswith(text):
                continue
            before = title[: -len(text)]
            if not before[-1:].isspace() or not _a_finished_sentence(before):
                continue
            reading.title = before.strip()
            reading.sources["title"] = SOURCE
            return
