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

from netdir.extract.block_text import names_a_day, node_text
from netdir.extract.date_cues import TIME_LIKE, iter_date_phrases
from netdir.extract.prose_announcements import announcing_sentence

_FIELD_CHARS = 200  # the block reader's longest date element; longer text is read here


def announced_day(
    segment: list[LexborNode], *, stamped: bool = True, teaser: bool = False
) -> tuple[str, str] | None:
    """The announcing sentence of the block's first long paragraph that has one, and the
    paragraph's tag; None when there is none. Without a stamp (``stamped`` False: a section under
    its own heading) a paragraph whose clock stands outside that sentence dates nothing here:
    „Am Freitag, den 29. November, findet kein Training statt. An diesem Tag ist ab 18 Uhr unsere
    … Mitgliederversammlung“ is read whole by the normalizer, with its hour."""
    for node in segment:
        for candidate in [node, *node.traverse(include_text=False)]:
            if candidate.tag != "p" and not (teaser and _text_box(candidate)):
                continue
            text = node_text(candidate)
            if not text or len(text) <= _FIELD_CHARS:
                continue
            sentence = announcing_sentence(text, clock_counts=True)
            if teaser and sentence is not None and not text.startswith(sentence[:_OPENING]):
                continue  # a teaser's day told later in its prose is news, not its date
            if sentence is not None and len(sentence) > _FIELD_CHARS:
                sentence = _clause_with_the_day(sentence)
            if sentence is not None and not stamped and _clock_elsewhere(text, sentence):
                return None
            if sentence is not None:
                return sentence, candidate.tag or "p"
    return None


_OPENING = 24  # the first words of the teaser's text open the sentence
_BLOCKS = frozenset(
    ("div", "p", "ul", "ol", "li", "table", "section", "article", "h1", "h2", "h3", "h4", "h5")
)


def _text_box(node: LexborNode) -> bool:
    """A ``div`` that holds text only (a teaser's paragraph set as „<div class="line-clamp-2">“)."""
    if node.tag != "div":
        return False
    # (``css_first`` would match the div itself: its descendants are walked instead.)
    inner = (child for child in node.traverse(include_text=False) if child.mem_id != node.mem_id)
    return not any(child.tag in _BLOCKS for child in inner)


def _clause_with_the_day(sentence: str) -> str | None:
    """A sentence too long for a date field shortened to its clauses up to the one that names
    the day („Unter dem Motto … trafen sich am 3. März 150 Interessierte in der Körber-Stiftung,
    um spannende Projekte … auszuprobieren, …“ → up to „… in der Körber-Stiftung“) — or up to the
    clock after the day („… laden am Dienstag, den 31. Oktober 2023, … von 16 – 21 Uhr zu einer
    … Party … ein“ keeps its hours); None when that is still too long."""
    for match in iter_date_phrases(sentence):
        if not names_a_day(match.group(0)):
            continue
        clock = TIME_LIKE.search(sentence, match.end())
        comma = sentence.find(",", clock.end() if clock else match.end())
        clause = sentence[: comma if comma >= 0 else len(sentence)].rstrip()
        if len(clause) <= _FIELD_CHARS:
            return clause
        # „Die Linzer Autorin Claudia Werner stellt im Pfarrsaal Asten am 22. Juni 2022 um 19:00
        # Uhr ihr neues Buch … vor und präsentiert …“: no comma near, the clause runs on — up to
        # the clock of the day (in its phrase or after it), which keeps the day and its hour
        timed_end = (
            clock.end()
            if clock is not None
            else match.end()
            if TIME_LIKE.search(match.group(0))
            else None
        )
        if timed_end is not None and timed_end <= _FIELD_CHARS:
            return sentence[:timed_end].rstrip()
        return None
    return None


def _clock_elsewhere(paragraph: str, sentence: str) -> bool:
    """The paragraph states a clock, and the sentence does not."""
    return TIME_LIKE.search(paragraph) is not None and TIME_LIKE.search(sentence) is None
