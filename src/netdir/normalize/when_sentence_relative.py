"""A relative day opening a later sentence, and „gleich“/„nachher“ before a clock (round 290, a
Twitter account's posts): „Assembly-Planung für den #33c3: Morgen um 20 Uhr auf …“, „Nicht
vergessen. Morgen um 19:00 ist Treffen …“, „RT @freifunk_LM: Heute ab 7 Uhr auf Sendung …“,
„Happy 15 Jahre …! Heute ab 12 Uhr: …“, „Übermorgen ist um 20 Uhr wieder das Planungsmumble“;
„Gleich um 20 Uhr treffen wir uns …“, „Denkt nachher dran, um 20 Uhr treffen wir uns …“.

A text opening with „Heute“ or „Morgen“ and a clock in its sentence was read; the same words
opening a sentence after a label, a retweet's „RT @name:“ or an exclamation were not, since inside
a text „Morgen“ may be a noun („am Morgen“). Written large right after a sentence's end, a colon
or the retweet marker, with a clock in the same sentence, the word is the relative day.
„Gleich“ and „nachher“ (soon, later on) name the day itself when a clock follows closely. A text
opening with „Heute!“ or „Heute geschlossen“ calls out the day itself."""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

# a clock: after „um“/„ab“/„von“ with „Uhr“ or with its minutes, or after a colon with „Uhr“
_CLOCK_AHEAD = (
    r"(?:\b(?:um|ab|von)\s+\d{1,2}(?:(?:[:.]\d{2})?\s*(?:(?:bis|-|–)\s*\d{1,2}(?:[:.]\d{2})?\s*)?"
    r"(?:uhr|h\b)|[:.][0-5]\d(?![\d.]))|[:,]\s*\d{1,2}(?:[:.]\d{2})?\s*uhr\b)"
)
# where a sentence starts inside a text: after its end, a colon, or a retweet's marker
_SENTENCE_START = lazy_re.compile(r"^\s*(?:RT\s+@\w+:\s+)?|[.!?:]\s+")
# the word written large at that start, a clock later in its sentence
_OPENING_WORD = lazy_re.compile(
    r"(?-i:(?P<rel>Heute|Morgen|Übermorgen|Uebermorgen))\b(?=[^.!?]{0,80}?" + _CLOCK_AHEAD + ")",
    FLAGS,
)
# „Gleich um 20 Uhr“, „Denkt nachher dran, um 20 Uhr …“: soon or later on the same day
_LATER_TODAY = lazy_re.compile(
    r"\b(?P<rel>gleich|nachher)\b(?=[^.!?\d]{0,20}?\b(?:um|ab)\s+\d{1,2}(?:[:.]\d{2})?\s*uhr\b)",
    FLAGS,
)


# „Heute! Spannung, ob …“, „Heute geschlossen: Die Wikipedia demonstriert …“ (round 290): a text
# opening with the word as an exclamation or with the day's closure or opening
_DAY_CALLED_OUT = lazy_re.compile(
    r"^\s*(?-i:(?P<rel>Heute|Morgen))(?:\s*!|\s+(?:geschlossen|geöffnet)\b)", FLAGS
)


def day_called_out(text: str) -> re.Match[str] | None:
    """The relative word (group ``rel``) opening the text as an exclamation or with a closure."""
    return _DAY_CALLED_OUT.match(text)


# „Stetig wächst die Zahl der Ulmverbesserer*innen …: Heute tagt bei uns das Jugendparlament“
# (round 292): „Heute“ opening a sentence with a verb of meeting right after it, no clock needed.
_MEETS_TODAY = lazy_re.compile(
    r"(?-i:(?P<rel>Heute))\s+(?:tagt|tagen|trifft\s+sich|treffen\s+sich|findet|finden|feiert"
    r"|feiern|spielt|spielen)\b",
    FLAGS,
)


def sentence_relative(text: str) -> re.Match[str] | None:
    """The relative word (group ``rel``) opening a sentence after the text's first, a clock in
    that sentence or a verb of meeting right after it (see the module docstring)."""
    for start in _SENTENCE_START.finditer(text):
        found = _OPENING_WORD.match(text, start.end()) or _MEETS_TODAY.match(text, start.end())
        if found is not None:
            return found
    return None


def later_today(text: str) -> re.Match[str] | None:
    """„gleich“ or „nachher“ (group ``rel``) before a clock: the day itself."""
    return _LATER_TODAY.search(text)
