"""A block dated only by the day or month something has held since.

A user group's welcome section: „Wir haben uns dazu entschlossen, dass seit März 2022 neben den
virtuellen Treffen auch wieder vor Ort Termine durchzuführen.“ The month is when a state began
(„seit“, „since“) — the meetings on site again —, not the day of an offering; read alone it made
the welcome heading an event of March 2022. A block whose only date stands right after „seit“ /
„since“ (a „dem“, „Anfang“, „Mitte“, „Ende“ between them) is no offering of the list.

So is a day from which something may be done: „Keine Zeit? Dann besteht ab dem 05.02.2018 unter
zukunftsstadt-ulm.de die Möglichkeit zur nachträglichen Teilnahme über einen Online-Dialog.“ —
the dialogue opens that day and stays open; nobody gathers. A date right after „ab“ („ab dem“)
whose sentence goes on to speak of a possibility („Möglichkeit“, „möglich“) is such a day („Ab
19 Uhr Grillen“ has no date after „ab“, „ab dem 4. Mai jeden Montag im Saal“ no possibility, and
„<h3>Einführungskurs ab 01. März 2026</h3> Am Sonntag … startet unser Schnupperkurs. Nähere
Informationen sowie die Möglichkeit zur Anmeldung …“ speaks of it in another sentence).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import node_text

# „seit März 2022“, „seit dem 06.09.2015“, „seit Anfang 2023“, „since May 2021“
_SINCE = lazy_re.compile(
    r"\b(?:seit|since)\s+(?:(?:dem|den|der|anfang|mitte|ende|early|late)\s+)?$", re.I
)

# „ab dem 05.02.2018“: from when; with a possibility in its sentence, from when it may be done
_FROM = lazy_re.compile(r"\bab\s+(?:dem\s+)?$", re.I)
_SENTENCE_END = lazy_re.compile(r"[.!?](?=\s+[A-ZÄÖÜ])")
_POSSIBILITY = lazy_re.compile(r"\b(?:möglichkeit|möglich)\b", re.I)


def dated_only_since(segment: list[LexborNode], date_text: str | None) -> bool:
    """Whether ``date_text`` stands in the block only right after „seit“ / „since“, or after
    „ab“ in a sentence that speaks of a possibility."""
    if not date_text:
        return False
    text = " ".join(node_text(node) or "" for node in segment)
    text = " ".join(text.split())
    found = list(_places_of(date_text, text))
    return bool(found) and all(
        _SINCE.search(text[:start]) is not None
        or (
            _FROM.search(text[:start]) is not None
            and _POSSIBILITY.search(_rest_of_the_sentence(text, start + len(date_text))) is not None
        )
        for start in found
    )


def _rest_of_the_sentence(text: str, start: int) -> str:
    """The words after ``start`` up to the end of their sentence (a full stop before a capital:
    „zukunftsstadt-ulm.de die …“ goes on)."""
    end = _SENTENCE_END.search(text, start)
    return text[start : end.start()] if end is not None else text[start:]


def _places_of(part: str, text: str) -> Iterator[int]:
    """Where ``part`` stands in ``text``, one place after another without overlap (as
    ``re.finditer`` on the escaped part, without compiling a pattern per block)."""
    start = text.find(part)
    while start != -1:
        yield start
        start = text.find(part, start + len(part))
