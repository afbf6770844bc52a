"""A book, an issue or a record that comes out on a day: its release, no event's day.

A library's news page lists a saga's volumes: „„Die Geschichte der getrennten Wege“ (Band 3)
…erscheint im Mai 2017“ (round 243); parish letters write „Die nächste Ausgabe erscheint am 15.
März“. The month or day is when something is published — nothing anyone attends. Only „erscheint“
or „erscheinen“ beside a publication's name counts („Band“, „Ausgabe“, „Heft“, „Buch“, „Roman“,
„Album“, a press „Artikel“ …), never „Der Nikolaus erscheint am 6. Dezember um 17 Uhr auf dem
Marktplatz“.

A software project's release is none either (round 248, a community network's firmware notes):
„… planen wir dieses Release am 16.04.2017 zum Stable zu machen“, „… ist 2016.2.4+mwu1 nicht wie
angekündigt am 05.04.2017 zum nächsten stable Release geworden“ — „Release“ beside a word of
software („stable“, „testing“, „beta“, „Firmware“, „Version“), never a release party.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

_PUBLICATION = (
    r"(?:band|bände|buch|bücher|ausgabe|heft|roman|album|cd|zeitschrift|gemeindebrief|newsletter"
    r"|jahrbuch|katalog|neuauflage|auflage|fortsetzung|folgeb(?:and|ände)"
    # („Artikel erscheint am 25.11.“ (round 314, a makerspace's minutes): a press article)
    r"|artikel|zeitungsartikel|presseartikel|pressebericht|interview|reportage)"
)
# The publication named, then (in the same sentence) „erscheint“ and the time it comes out; or the
# verb first: „Im Mai erscheint Band 3“.
_RELEASE = lazy_re.compile(
    r"\b" + _PUBLICATION + r"\b[^.!?]{0,80}?\berschein(?:t|en)\b"
    r"|\berschein(?:t|en)\b\s+(?:[^\W\d]+\s+){0,3}?" + _PUBLICATION + r"\b",
    FLAGS,
)
# The past too, when only a month names the time: „Im Januar 2015 erschien Band 12 der …
# Geschichtsblätter.“ (round 322) — when a volume came out is no more an event's month than when
# one will. A day named keeps its reading as the piece's publication day („Am 03.02.2018 erschien
# folgender Artikel in der NWZ“, round 206, ``when_roles``).
_RELEASED = lazy_re.compile(
    r"\b" + _PUBLICATION + r"\b[^.!?]{0,80}?\berschien(?:en)?\b"
    r"|\berschien(?:en)?\b\s+(?:[^\W\d]+\s+){0,3}?" + _PUBLICATION + r"\b",
    FLAGS,
)
_DAY_OF_MONTH = lazy_re.compile(r"(?<![\d.])\d{1,2}\.\s*(?:\d{1,2}\.|[^\W\d]{3,})")


_SOFTWARE_WORD = r"\b(?:stable|testing|beta|firmware|software|version)\b"
_RELEASE_WORD = r"\brelease\b(?![\s-]*(?:party|feier|konzert|show|event))"
# (the clause between may hold a date's dots: „Release am 16.04.2017 zum Stable“)
_IN_CLAUSE = r"(?:[^.!?]|(?<=\d)\.(?=\d)){0,60}?"
_SOFTWARE_RELEASE = lazy_re.compile(
    f"{_SOFTWARE_WORD}{_IN_CLAUSE}{_RELEASE_WORD}|{_RELEASE_WORD}{_IN_CLAUSE}{_SOFTWARE_WORD}",
    FLAGS,
)


def is_release(text: str) -> bool:
    """Whether the (cleaned) text tells when a publication or a software version comes out (see
    the module)."""
    if "rschein" in text and _RELEASE.search(text) is not None:
        return True
    if (
        "rschien" in text
        and _RELEASED.search(text) is not None
        and _DAY_OF_MONTH.search(text) is None
    ):
        return True
    return "elease" in text and _SOFTWARE_RELEASE.search(text) is not None
