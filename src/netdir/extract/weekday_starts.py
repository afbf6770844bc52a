"""A post's sentence that starts its event on a weekday, at a clock, with no date in digits.

A makerspace's post „Rückkehr der Making Hours“ (stamped „12 Jun 2021 - Lukas“ under its h1)
ends: „Die Termine landen jetzt wieder … in unserem Kalender sobald sie feststehen. Los geht’s am
Mittwoch ab 18 Uhr mit Kim als Aufsicht, viel Spaß!“ — the first evening is the Wednesday after
the post. The date cues look for digits and month names and the relative-day words („kommenden
Freitag“), so the bare weekday was no day of the article. Only a sentence that starts something
(„Los geht’s“, „… beginnt“, „… startet“) on „am <Wochentag>“ at a clock counts: a weekly rule
(„jeden Mittwoch ab 18 Uhr“, „mittwochs“) or opening hours („Mittwoch 18–22 Uhr“) never reads so.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.sentence_ends import sentences
from netdir.normalize.when_words import GERMAN_WEEKDAY_ALT

# „Los geht’s am Mittwoch ab 18 Uhr“, „Es geht am Samstag um 10 Uhr los“ (the verb first),
# „Wir starten am Freitag um 19:30 Uhr“: the start, the weekday, its clock — in one clause.
_STARTS_ON_WEEKDAY = lazy_re.compile(
    r"\b(?:los\s+geht(?:\s+es|['’]s)?|beginnt|beginnen|startet|starten)\s+"
    rf"(?:[^\W\d]+\s+){{0,3}}?am\s+(?:{GERMAN_WEEKDAY_ALT}),?\s+(?:ab|um)\s+"
    r"\d{1,2}(?:[:.]\d{2})?\s*Uhr\b",
    re.I,
)


def start_on_a_weekday(text: str | None) -> str | None:
    """The first sentence of ``text`` that starts its event „am <Wochentag>“ at a clock, else
    None."""
    if not text or "am " not in text:
        return None
    for sentence in sentences(text):
        if _STARTS_ON_WEEKDAY.search(sentence):
            return sentence.strip()
    return None
