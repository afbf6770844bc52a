"""The clock of a sentence that says the event takes place, or that opens with „Ab …“.

A Schützenverein's cards say when in a sentence of what is held: „Ab 19:30 Uhr findet die
Jahreshauptversammlung statt, wie gewohnt beim Alten Wirt …“, „Die Preisverteilung findet ab 19
Uhr in der Fahrzeughalle … statt.“, „Auf dem Kirchenparkplatz halten wir ab 18 Uhr wieder unser
Bierfest ab“, or in a line of only when and where, „Ab 18:30 Uhr beim Alten Wirt in Pfraundorf.“
No start word („Beginn“) and no meeting word („Treffpunkt“) stands there, yet a reader takes the
clock as the start: „findet … statt“ and „halten … ab“ say the event happens, „ab“ from when.
Doors, sign-up and opening hours are no start („Einlass ab 18 Uhr“, „Anmeldung ab …“,
„… geöffnet“).
"""

from __future__ import annotations

import re

from netdir import lazy_re

_CLOCK = r"(?P<clock>\d{1,2}[:.]\d{2}(?:\s?Uhr)?(?![\d.])|\d{1,2}\s?Uhr\b)"
# „findet … ab 19 Uhr … statt“, „halten wir ab 18 Uhr … ab“: the clock inside the clause that
# says the event is held (not one after it: „… findet der Sommercup nicht statt, weil das Nocturne
# ab 16.30 Uhr stattfindet“ is the other event's clock).
_HELD_AT = lazy_re.compile(
    rf"\bfinde[nt]\b(?P<held>[^.!?]*?)\b(?:um|ab)\s+{_CLOCK}[^.!?]*?\bstatt\b"
    rf"|\bhalten\b(?P<kept>[^.!?]*?)\b(?:um|ab)\s+{_CLOCK.replace('clock', 'kept_clock')}[^.!?]*\bab\b\W*$",
    re.I,
)
_OPENS_WITH_FROM = lazy_re.compile(rf"^\W*ab\s+{_CLOCK}", re.I)
_NOT = lazy_re.compile(r"\bnicht\b|\bkein\w*", re.I)
_NO_START = lazy_re.compile(
    r"\b(?:einlass|anmeld\w*|geöffnet|öffnungszeit\w*|sprechzeit\w*|bis)\b", re.I
)


def taking_place_clock(sentences: list[str]) -> str | None:
    """The clock after „um“/„ab“ in the first sentence that says the event is held, or that
    opens with „Ab <clock>“; None when no such sentence states one."""
    for sentence in sentences:
        if _NO_START.search(sentence):
            continue
        opening = _OPENS_WITH_FROM.match(sentence)
        if opening is not None:
            return opening["clock"]
        held = _HELD_AT.search(sentence)
        if held is not None and not _NOT.search(held["held"] or held["kept"] or ""):
            return held["clock"] or held["kept_clock"]
    return None
