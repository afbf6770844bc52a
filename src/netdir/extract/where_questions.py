"""The answer to a page's own question where the event is held.

A festival's page keeps its facts in an FAQ: „<h3>Wo findet das Event statt?</h3>“ over
„Biblioteket Sønderborg (Nørre Havnegade 15, 6400 Sønderborg, Dänemark)“ and the map links; in
English „Where is the event located?“. No label says „Ort:“, but the question does: the line that
answers it is where, as a reader takes it from the FAQ. Only a heading that asks where the event
(„das Event“, „die Veranstaltung“, „es“, „der Stammtisch“ …) takes place is read, and only a short
dateless line right under it that does not defer the answer („wird noch bekannt gegeben“).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import HEADING_TAGS
from netdir.extract.date_cues import DATE_LIKE

# „Wo findet das Event statt?“, „Wo findet die Veranstaltung statt?“, „Wo finden die Workshops
# statt?“, „Wo ist das?“, „Where is the event located?“, „Where does it take place?“
_ASKS_WHERE = lazy_re.compile(
    r"^(?:wo\s+(?:findet|finden)\s+(?:\S+\s+){0,3}statt"
    r"|wo\s+(?:ist|sind)\s+(?:das|die|der|es)(?:\s+\S+){0,2}"
    r"|where\s+(?:is|are|does|do|will)\s+(?:\S+\s+){0,3}(?:located|held|take\s+place|be(?:\s+held)?))"
    r"\s*\?$",
    re.I,
)
_MAX_WORDS = 16
_TO_COME = lazy_re.compile(
    r"\b(?:wird|werden)\s+(?:noch\s+)?(?:bekannt\s?gegeben|mitgeteilt)\b|\b(?:folgt|tba|tbd)\b",
    re.I,
)


def answer_to_where(lines: list[tuple[str, LexborNode | None]]) -> tuple[str, int] | None:
    """(text, index) of the line under the page's heading that asks where the event is held;
    None when no heading asks or its answer is no short dateless line."""
    for index, (text, block) in enumerate(lines[:-1]):
        if (
            block is None
            or block.tag not in HEADING_TAGS
            or not text[:5].lower().startswith(("wo ", "where"))
            or _ASKS_WHERE.match(" ".join(text.split())) is None
        ):
            continue
        answer, answer_block = lines[index + 1][0].strip(), lines[index + 1][1]
        if (
            answer
            and len(answer.split()) <= _MAX_WORDS
            and not DATE_LIKE.search(answer)
            and not _TO_COME.search(answer)
            and answer_block is not None
            and answer_block.tag not in HEADING_TAGS
        ):
            return answer, index + 1
        return None
    return None
