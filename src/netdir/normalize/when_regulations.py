"""Rules of access that apply from a day on: „Die COVID-Regelungen des Landes sehen für die
Weihnachtsferien, ab 27.12.2021, für Schülerinnen und Schüler geänderte Zugangsregelungen vor.“
(round 243). A regulation's first day is when a rule starts to apply — no offering anyone attends
(as ``when._ALLOWED_FROM``: what is allowed from a day on). Only a regulation's name
(„Regelung“, „Verordnung“, „Vorschrift“, „Zugangsregeln“) and „ab“ before the day in the same
sentence count; an event held under the rules („Leider kann aufgrund der aktuellen Vorschriften
unser Wandertag am 03. Oktober nicht stattfinden“) keeps its day.

A rule's season is no offering either (round 251, an allotment club's posts): quiet hours that
hold from a day on or over a period („ab dem 01. Oktober (bis zum 31. März) gelten die folgenden
Ruhezeiten:“, „Seit dem 01.10.2024 gelten wieder die Ruhezeiten …“), a protected season („Brut- und
Setzzeit vom 01.April bis 15.Juli beachten!“) and what is allowed or forbidden only over a period
(„Nur erlaubt von Oktober bis Februar“, „vom 1. März bis 30. September ist es verboten, …“). Only
these words count: a rule's name beside an event („Für den Basar am 12.11. gilt die 2G-Regel“)
keeps the event's day.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT

# The regulation named, then „ab“ and the day (with at most a few words and commas between).
_REGULATION_FROM = lazy_re.compile(
    # („Diese Hygieneordnung gilt ab dem 27. September 2021, bis sich wieder etwas ändert.“,
    # round 291: a house's rules of conduct; not a schedule, „Neue Gottesdienstordnung ab dem
    # 01.07.2024“, round 13, nor an agenda)
    r"\b[\w-]*(?:regelung(?:en)?|verordnung(?:en)?|vorschrift(?:en)?|zugangsregeln"
    r"|(?:hygiene|haus|benutzungs|nutzungs|platz|garten|bade)ordnung(?:en)?)\b"
    # („In Einklang mit … der … Infektionsschutzmaßnahmenverordnung werden wir … ab Montag 15.03.
    # wieder in den Trainingsbetrieb einsteigen“, round 293: what „wir“ do from that day is held
    # under the rule, not the rule's own first day)
    r"(?:(?!\bwir\b)[^.!?]){0,100}?[\s,(]ab\s+(?:dem\s+)?(?:(?:0?[1-9]|[12]\d|3[01])\.|(?:Montag|Dienstag"
    r"|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b)",
    FLAGS,
)


def is_regulation_from(text: str) -> bool:
    """Whether the (cleaned) text tells from which day a regulation applies (see the module)."""
    return _REGULATION_FROM.search(text) is not None


# Within one sentence: a dot may stand inside a day („01.10.2024“), after a day before its month
# („1. März“) or before „bis“ („01.10. bis 28.02.“), not before another sentence.
_IN_SENTENCE = (
    r"(?:[^.!?;]|\.(?=\S)|(?<=\d)\.\s+(?=(?:" + MONTH_ALT + r")\b)|(?<=\d)\.(?=\s+(?:bis|und)\b))"
)
# Quiet hours or a close season named with „gelten“/„gilt“ in the same sentence.
_QUIET_HOURS = r"[\w-]*(?:ruhezeit(?:en)?|mittagsruhe|nachtruhe|schonzeit(?:en)?)\b"
_RULE_HOLDS = lazy_re.compile(
    r"\b(?:gelten|gilt)\b" + _IN_SENTENCE + r"{0,120}?" + _QUIET_HOURS
    + r"|" + _QUIET_HOURS + _IN_SENTENCE + r"{0,120}?\b(?:gelten|gilt)\b",
    FLAGS,
)  # fmt: skip
# A protected season of wildlife named with its period.
_PROTECTED_SEASON = lazy_re.compile(
    r"\b(?:brut-\s*und\s+setzzeit|brut-\s*und\s+aufzuchtzeit|brutzeit|setzzeit|schonzeit)\b",
    FLAGS,
)
# What is allowed or forbidden only over a period: the verb before „von/vom/zwischen“, or after
# „vom … bis …“ in the same sentence.
_ALLOWED_DURING = lazy_re.compile(
    r"\b(?:erlaubt|gestattet|zulässig|verboten|untersagt)\s+(?:vo[mn]|zwischen)\b"
    r"|\bvom?\s" + _IN_SENTENCE + r"{1,60}?\bbis\b" + _IN_SENTENCE
    + r"{1,80}?\b(?:erlaubt|gestattet|zulässig|verboten|untersagt)\b",
    FLAGS,
)  # fmt: skip


# What must or may be done only within a period, with „werden müssen/dürfen“ or „dürfen … werden“
# („diese Hecken … in der Wintersaison (01.10. bis 28.02.) zurückgeschnitten (verjüngt) werden
# müssen“, „Hecken dürfen nur vom 1. Oktober bis 28. Februar geschnitten werden“): a rule's window.
_MODAL_WINDOW = lazy_re.compile(
    r"(?:\bvom?\s|\bzwischen\s|\(\s*(?=\d))" + _IN_SENTENCE + r"{1,40}?\b(?:bis|und)\b"
    + _IN_SENTENCE + r"{0,80}?\bwerden\s+(?:müssen|dürfen)\b"
    + r"|\b(?:dürfen|darf)\b" + _IN_SENTENCE + r"{0,60}?\b(?:vom?|zwischen)\s" + _IN_SENTENCE
    + r"{1,40}?\b(?:bis|und)\b" + _IN_SENTENCE + r"{0,80}?\bwerden\b",
    FLAGS,
)  # fmt: skip


def is_rule_period(text: str) -> bool:
    """Whether the (cleaned) text tells a rule's season or the day it holds from: quiet hours,
    a protected season, what is allowed only over a period (see the module)."""
    return (
        _RULE_HOLDS.search(text) is not None
        or _PROTECTED_SEASON.search(text) is not None
        or _ALLOWED_DURING.search(text) is not None
        or _MODAL_WINDOW.search(text) is not None
    )
