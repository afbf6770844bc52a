"""Whether a paragraph announces an event on a day: the sentence that names the day also invites
to it or says it takes place, or gives its clock.

A heading over paragraphs is one offering when its text says so. News told in prose names days
too („Am 3. März beschloss der Rat …“), so a day inside a sentence dates nothing by itself; a
sentence that invites („laden … am Dienstag, den 31. Oktober 2023, … ein“), says the event takes
place („findet am 11. und 12. Februar … statt“) or gives the clock it starts at („am 31. Oktober,
um 15.30 Uhr“) announces it.
"""

from __future__ import annotations

import re

from netdir.extract.block_text import names_a_day
from netdir.extract.date_cues import iter_date_phrases

# A sentence ends at „.“, „!“ or „?“ after a word (not after a day's number: „31. Oktober“) and
# before the next sentence's capital.
_SENTENCE_END = re.compile(r"(?<=[^\W\d])[.!?](?=\s+[„\"»]?[A-ZÄÖÜ])")
_INVITES = re.compile(
    r"\b(?:lädt|laden|ladet)\b.{0,200}?\bein\b"
    r"|\beingeladen\b"
    r"|\b(?:findet|finden)\b.{0,200}?\bstatt\b"
    r"|\b(?:öffnet|öffnen)\b.{0,200}?\bTür(?:en)?\b"
    r"|\b(?:join\s+us|(?:is|are)\s+invited|invites?\s+(?:you|all|everyone))\b"
    r"|\b(?:takes?|will\s+take)\s+place\b",
    re.I,
)
# „um 15.30 Uhr“, „ab 16 Uhr“, „von 16 – 21 Uhr“, „ab 17:00“; „at 7 pm“, „from 10:00 am“.
_CLOCK = re.compile(
    r"\b(?:um|ab|von)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[-–]\s*\d{1,2}(?:[:.]\d{2})?\s*)?Uhr\b"
    r"|\b(?:um|ab)\s+\d{1,2}[:.]\d{2}\b"
    r"|\b(?:at|from)\s+\d{1,2}(?::\d{2})?\s*[ap]\.?m\b",
    re.I,
)


def announces_a_day(text: str | None) -> bool:
    """A sentence of ``text`` names a day and invites to it, says it takes place or gives its
    clock."""
    if not text:
        return False
    for sentence in _SENTENCE_END.split(text):
        if not (_INVITES.search(sentence) or _CLOCK.search(sentence)):
            continue
        if any(names_a_day(match.group(0)) for match in iter_date_phrases(sentence)):
            return True
    return False
