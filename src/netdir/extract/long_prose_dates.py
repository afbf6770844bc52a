"""The day a block announces in a sentence of a long paragraph, when no shorter element dates it.

A meetup's post list gives each post its first paragraph, and some name the meeting's day only
in a later sentence of a long one: „Nach der langen Renovierungsphase sind die Räume des CCCHH
… fertig genug! Das wollen wir doch direkt nutzen und treffen uns am Donnerstag den 21.11.2019
ab 19 Uhr dort!“. A paragraph that long is prose, not a date field, so the block reader passes
it by; in a post's excerpt (a block that carries its publication stamp, „<span
class="post-meta">Nov 13, 2019</span>“) the sentence that names a day and invites to it, says it
takes place or gives its clock (``prose_announcements``) is the block's date. A sentence that only
reports a day („… haben wir uns am 18.06. kurzerhand … getroffen“) announces nothing; a club's
news paragraph without a stamp („Am Freitag, den 29. November, findet kein Training statt. An
diesem Tag ist ab 18 Uhr unsere … Mitgliederversammlung“) is left to the readers of prose.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import node_text
from netdir.extract.prose_announcements import announcing_sentence

_FIELD_CHARS = 200  # the block reader's longest date element; longer text is read here


def announced_day(segment: list[LexborNode]) -> tuple[str, str] | None:
    """The announcing sentence of the block's first long paragraph that has one, and the
    paragraph's tag; None when there is none."""
    for node in segment:
        for candidate in [node, *node.traverse(include_text=False)]:
            if candidate.tag != "p":
                continue
            text = node_text(candidate)
            if not text or len(text) <= _FIELD_CHARS:
                continue
            sentence = announcing_sentence(text, clock_counts=True)
            if sentence is not None and len(sentence) <= _FIELD_CHARS:
                return sentence, candidate.tag
    return None
