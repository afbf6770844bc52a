"""Days under a question heading are the days of the section named before the question.

A course's page sets its facts in boxes of one card, each with a heading of the same rank::

    <h2>Kursinformationen</h2>
    <div><h3>Musikkurs für Kinder (Pfinztal)</h3><h4>Was dich erwartet</h4> …</div>
    <div><h3>Wann und wo findet der Kurs statt?</h3>
      <h4>Ort</h4><p>Dieselstrasse 1, 76327 Pfinztal</p>
      <h4>Termine & Uhrzeit</h4><p>Immer montags um 15:10 …</p><ul><li>12.10.2026</li> …</ul></div>

The days stand under labels („Termine & Uhrzeit“, „Ort“) and a question („Wann und wo findet
der Kurs statt?“) that asks when and where the thing named just before it takes place — the
course of the h3 of the same rank before the question, not the card's h2 „Kursinformationen“.
Only headings inside the card are read; a question whose rank has no naming heading before it
(or none at all over the list) leaves the card's name as it is.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import HEADING_TAGS, node_text
from netdir.extract.lead_sentence import is_question, names_only_the_list
from netdir.extract.list_label_headings import list_label

# „Ort“, „Termine & Uhrzeit“, „Datum und Zeit:“, „Kosten“: a heading that labels one fact of the
# card, not what the card is about.
_FACT_LABEL = lazy_re.compile(
    r"^(?:(?:ort|orte|termine?|uhrzeit(?:en)?|zeit(?:en)?|datum|daten|wann|wo|kosten|preise?|dauer"
    r"|treffpunkt|anfahrt|gruppengröße)\s*(?:&|und|,|/)?\s*)+:?$",
    re.I,
)


def name_before_the_question(segment: list[LexborNode], day_list: LexborNode) -> LexborNode | None:
    """The heading of the question's rank before the question that heads ``day_list`` within
    the card ``segment``; None when no question heads the list."""
    order: list[LexborNode] = []
    for node in segment:
        order.extend(node.traverse(include_text=False))
    position = next((i for i, node in enumerate(order) if node.mem_id == day_list.mem_id), None)
    if position is None:
        return None
    above = [node for node in order[:position] if node.tag in HEADING_TAGS][::-1]
    question_rank: int | None = None
    for heading in above:
        text = " ".join((node_text(heading) or "").split())
        if not text or _labels_a_fact(text):
            continue
        rank = int((heading.tag or "h6")[1])
        if question_rank is None:
            if not is_question(text):
                return None  # the nearest naming heading names the days itself
            question_rank = rank
        elif rank < question_rank:
            return None  # the card's own heading over the question: no section before it
        elif rank == question_rank and not is_question(text):
            return heading
    return None


def _labels_a_fact(text: str) -> bool:
    return (
        _FACT_LABEL.match(text) is not None
        or names_only_the_list(text)
        or list_label(text) is not None
    )
