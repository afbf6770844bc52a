"""Days an association's minutes name beside no event of their own (round 314, a makerspace's
minutes 2018-2021).

- a balance's day: „Der Kontostand am 28. Dezember 2018 betrug 632,65 €.“, „Am 27. Februar 2021
  betrug der Kontostand 1.855,49 € …“ — what the account held that day, a stamp;
- someone back from leave from a day: „Die Leiterin der Bibliothek ist ab 23.07. wieder aus dem
  Urlaub zurück, wir sollten dann einen … Termin mit ihr … vereinbaren.“ — from when she can be
  asked, no offering (a place open again from a day, „ist ab 23.07. wieder geöffnet“, stays);
- the meeting another is set after: „Die nächste reguläre Mitgliederversammlung nach dem Treffen
  mit den Angestellten der Bibliothek am 18.04.2018 wurde für Mittwoch, den 25.04.2018 um 17.30
  Uhr … angesetzt.“ — the first day only places the second, which the sentence sets for a day
  of its own („für …, den 25.04.2018“); without that second day the first stands („Nach dem großen
  Erfolg unseres zweiten … Jungen*tags am 18.09.2020 steht der Termin für den 3. … Jungentag schon
  fest, er wird am 24.09.2021 stattfinden.“ reports the past day);
- receipts or statements covering a span: „Kassenerfassungszettel vom 28.01.2019 bis 11.09.2019“
  — the days of the papers checked, no event's.

``when_roles.role_of_date`` asks ``minutes_day`` about each day.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT
from netdir.normalize.when_words import GERMAN_WEEKDAY_ALT

_WEEKDAY = rf"(?:{GERMAN_WEEKDAY_ALT})"
# „Der Kontostand am 28. Dezember 2018 betrug …“: the balance, then its day, then the verb
_BALANCE = r"(?:konto|kassen|barkassen|bank)?(?:stand|bestand|saldo)|guthaben|vermögen"
_BALANCE_BEFORE = lazy_re.compile(rf"\b\w*(?:{_BALANCE})\s+(?:am|zum|per|vom)\s+$", FLAGS)
_BALANCE_AFTER = lazy_re.compile(r"\s*(?:betrug|beträgt|lag|liegt|belief|beläuft)\b", FLAGS)
# „Am 27. Februar 2021 betrug der Kontostand …“: the day first
_ON_BEFORE = lazy_re.compile(r"(?:^|[.!?;:]\s*|\n\s*)(?:am|zum|per)\s+$", FLAGS)
_BALANCE_FOLLOWS = lazy_re.compile(
    rf"\s*(?:betrug|beträgt|lag|belief\s+sich)\s+(?:der|die|das|unser|unsere)\s+\w*(?:{_BALANCE})\b",
    FLAGS,
)
# „ist ab 23.07. wieder aus dem Urlaub zurück“: someone back from leave
_FROM_BEFORE = lazy_re.compile(r"\b(?:ab|seit)\s+(?:dem\s+)?$", FLAGS)
_BACK_FROM_LEAVE_AFTER = lazy_re.compile(
    r"\s*(?:wieder\s+)?(?:aus\s+(?:dem|der|den)\s+(?:urlaub|ferien|elternzeit|kur|krankenhaus)"
    r"|vom\s+urlaub)\s+zurück\b",
    FLAGS,
)
# „… nach dem Treffen mit … am 18.04.2018 wurde für Mittwoch, den 25.04.2018 … angesetzt“: the
# occasion placed after, then (in the same sentence) a day set „für“ or „auf“ something else
_AFTER_OCCASION_BEFORE = lazy_re.compile(
    r"\bnach\s+(?:dem|der|den)\s+[^\W\d][^.!?;:\d]{0,80}?\bam\s+$", FLAGS
)
# (a full day, its month written: „für den 3. geschlechterreflektierten Jungentag“ sets nothing)
_SET_FOR_DAY_AFTER = lazy_re.compile(
    rf"^(?:[^.!?;]|(?<=\d)\.){{0,40}}?\b(?:für|auf)\s+(?:{_WEEKDAY},?\s+)?(?:den\s+)?\d{{1,2}}\.\s*"
    rf"(?:\d{{1,2}}\.|(?:{MONTH_ALT})\b)",
    FLAGS,
)
# „Kassenerfassungszettel vom 28.01.2019 bis 11.09.2019“: receipts, statements or invoices dated
# from one day to another
_PAPERS_BEFORE = lazy_re.compile(
    r"\b\w*(?:zettel|belege?|quittung(?:en)?|kontoauszüge?|auszüge?|rechnungen)\s+"
    r"(?:vom\s+|von\s+|aus\s+der\s+zeit\s+vom\s+)(?:[\d.\s]{4,14}\bbis\s+(?:zum\s+)?)?$",
    FLAGS,
)

#: Lower-case pieces ``minutes_day`` needs (``when_roles.may_hold_roles`` asks for them).
MINUTES_HINTS = (
    "kontostand", "kassenstand", "bestand", "saldo", "guthaben", "vermögen", "urlaub", "ferien",
    "elternzeit", "krankenhaus", "nach dem", "nach der", "zettel", "beleg", "quittung", "auszüge",
    "rechnungen",
)  # fmt: skip


def minutes_day(before: str, after: str) -> str | None:
    """``"published"`` for a balance's day or papers' dates, ``"cancelled"`` (reported nowhere)
    for a return from leave or the occasion another meeting is set after; else None."""
    tail = before[-120:]
    lowered = tail.lower()
    if (_BALANCE_BEFORE.search(tail) and _BALANCE_AFTER.match(after)) or (
        _ON_BEFORE.search(tail[-12:]) and _BALANCE_FOLLOWS.match(after)
    ):
        return "published"
    if (
        ("ab" in lowered[-10:] or "seit" in lowered[-12:])
        and "zurück" in after[:60].lower()
        and _FROM_BEFORE.search(tail[-12:])
        and _BACK_FROM_LEAVE_AFTER.match(after)
    ):
        return "cancelled"
    if (
        "nach d" in lowered
        and _AFTER_OCCASION_BEFORE.search(tail)
        and _SET_FOR_DAY_AFTER.match(after)
    ):
        return "cancelled"
    if _PAPERS_BEFORE.search(tail[-80:]):
        return "published"
    return None
