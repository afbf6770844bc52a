"""The day sign-up, ticket sales or ticket handouts open, or the presale ends: no event's day (``when_roles`` reports it
as the deadline, the sign-up date).

"Registration begins March 21", "Der Vorverkauf beginnt am 1. Dezember", "Vorverkauf ab 8.
Dezember 2023 im Rathaus", "Kostenlose Eintrittskarten gibt es ab 13. Juni", "Die gibt es ab
Samstag, 13. Dezember, kostenlos beim Kartenservice", "Reserve a space online starting at noon on
Monday, April 4", "Die nächste Anmeldephase beginnt am 8. November um 15 Uhr", "Am Sonntag den
10.11.2019 ab 15 Uhr ist es möglich sich für die Freizeiten … anzumelden".
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.when_words import has_any, optional_weekday

_FLAGS = re.IGNORECASE
# "Registration for the Spring session … begins Monday, March 13", "Einschreibungsbeginn ist am
# …": when sign-up opens is no event's day either (reported as the deadline, the sign-up date).
_SIGNUP_OPENS = lazy_re.compile(
    # ("Die nächste Anmeldephase beginnt am 8. November um 15 Uhr", "Die Anmeldephase für
    # Freizeiten … startet am Samstag, den 11.11.2017": the sign-up phase, a weekday and "den")
    r"\b(?:registration|anmeldung|anmelde(?:phase|start|zeitraum)|einschreibung|(?:karten|ticket)(?:vor)?verkauf"
    r"|vorverkauf|ticket\s+sales)\b[^.!?\d]{0,80}?"
    # ("zur Anmeldung, offen ab 18.01.2025": a link's label saying when sign-up opens)
    r"\b(?:begins|opens|starts|beginnt|startet|offen\s+ab|freigeschaltet\s+ab)\s+"
    # ("Die Anmeldung startet am Mittwoch, den 16. Oktober 2013 um 10 Uhr": "den" after the
    # weekday, round 266)
    r"(?:on\s+|am\s+|ab\s+)?" + optional_weekday("den") + r"$",
    _FLAGS,
)
# "Kostenlose Eintrittskarten gibt es ab 13. Juni 2017 in der Stadtbibliothek", "Tickets are
# available from May 2": the day tickets can be had is no event's day (reported as the deadline,
# like the day sales open).
_TICKETS_FROM = lazy_re.compile(
    # ("Karten (€ 30,-; ermäßigt € 25,-; …) gibt es ab 23. März": the prices in brackets)
    r"\b(?:\w*karten|tickets?)\b(?:\s*\([^()]{0,200}\))?[^.!?\d]{0,60}?\b(?:gibt\s+es|gibt's|sind|erhältlich|erhalten"
    r"|verkauft|available|on\s+sale|go\s+on\s+sale)\b[^.!?\d]{0,30}?"
    r"\b(?:ab|from|starting|beginning)\s+(?:dem\s+|on\s+)?" + optional_weekday("den") + r"$",
    _FLAGS,
)
# "Eintrittskarten gibt es bis Freitag 24.11.17 im Vorverkauf für 10,00 €": the presale's last day
# is no event's day either (reported as the deadline); the presale is named after the date.
_TICKETS_UNTIL = lazy_re.compile(
    r"\b(?:\w*karten|tickets?)\b[^.!?\d]{0,40}?\b(?:gibt\s+es|gibt's|sind|erhältlich)\s+"
    r"(?:noch\s+)?bis\s+(?:zum\s+)?" + optional_weekday("den") + r"$",
    _FLAGS,
)
_IN_PRESALE_AFTER = lazy_re.compile(r"^\S*\s+(?:im|in\s+den|beim)\s+vorverkauf\b", _FLAGS)
# "Reserve a space online starting at noon on Monday, April 4": when reservations or ticket
# requests open is no event's day either (reported as the deadline, as the day sales open).
_REQUESTS_OPEN = lazy_re.compile(
    r"\b(?:reserve|reservations?|requests?|book|sign\s+up)\b[^.!?\d]{0,60}?"
    r"\b(?:starting|beginning|opens?|open)\b"
    r"(?:\s+at\s+(?:noon|\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?))?\s+(?:on\s+|from\s+)?"
    + optional_weekday()
    + r"$",
    _FLAGS,
)
# "Vorverkauf ab 8. Dezember 2023 im Rathaus Biberach", "Kartenverkauf ab Montag, 3. März":
# sales named with "ab" alone, no verb.
_SALES_FROM = lazy_re.compile(
    r"\b(?:(?:karten|ticket)(?:vor)?verkauf|vorverkauf|ticket\s+sales)\s*:?\s+(?:ab|from|starting)\s+"
    r"(?:dem\s+|on\s+)?" + optional_weekday("den") + r"$",
    _FLAGS,
)
# "Für den Einlass wird eine Platzkarte benötigt. Die gibt es ab Samstag, 13. Dezember, kostenlos
# beim Kartenservice im Rathaus und an der Abendkasse": what is handed out is named before the
# sentence, the ticket office after the date.
_GIVEN_FROM = lazy_re.compile(
    r"\b(?:gibt\s+es|gibt's|erhältlich|erhalten\s+sie)\s+(?:sie\s+)?(?:ab|from)\s+(?:dem\s+)?"
    + optional_weekday("den")
    + r"$",
    _FLAGS,
)
_AT_THE_TICKET_OFFICE = lazy_re.compile(
    r"^[^.!?;]{0,80}?\b(?:kartenservice|kartenvorverkauf|vorverkaufsstellen?|ticketshop"
    r"|theaterkasse|abendkasse|tageskasse)\b",
    _FLAGS,
)

# "Karten für die Kappensitzung … können am 16.12.2017 ab 14:30 im Gasthof … erworben werden":
# the day tickets can be bought, its verb after the date.
_TICKETS_CAN_BE_HAD_ON = lazy_re.compile(
    # ("bzw. den Ü60-Karneval": an abbreviation's dot before a small letter ends no sentence)
    r"\b(?:\w*karten|tickets?)\b(?:[^.!?]|\.(?=\s+(?-i:[a-zäöüß]))){0,120}?"
    r"\bkönnen\s+(?:am|ab)\s+(?:dem\s+)?" + optional_weekday("den") + r"$",
    _FLAGS,
)
_BOUGHT_AFTER = lazy_re.compile(
    r"^[^.!?;]{0,120}?\b(?:erworben|gekauft|abgeholt|reserviert|bestellt)\s+werden\b", _FLAGS
)

# "Die Einschreibung beginnt am Sonntag ab 9 Uhr, Start ist um 10 Uhr": a check-in on the event's
# day, its clock and then the start's, is no sign-up opening — the day is the event's.
_CHECK_IN_THEN_START = lazy_re.compile(
    r"^[\s,]*(?:ab|um)\s+\d{1,2}(?:[:.]\d{2})?\s*uhr\b[^.!?;]{0,40}?\b(?:start|beginn)\w*\b"
    r"[^.!?;\d]{0,40}?\d{1,2}(?:[:.]\d{2})?\s*uhr\b",
    _FLAGS,
)

# "Der Anmeldestart für das Zeltlager ist am Montag, den 2. März", "Anmeldebeginn: 1.10.2026": the
# noun names the opening itself, "ist" or a colon before the date.
_SIGNUP_START_NOUN = lazy_re.compile(
    r"\b(?:anmelde(?:start|beginn)|(?:start|beginn)\s+der\s+anmeldung(?:en)?)\b[^.!?\d]{0,60}?"
    r"(?:\bist\s+|:\s*)(?:am\s+|ab\s+)?" + optional_weekday("den") + r"$",
    _FLAGS,
)
# "Am Sonntag den 10.11.2019 ab 15 Uhr ist es möglich sich für die Freizeiten … in 2020
# anzumelden": the day sign-up opens, told by the clause after it.
_SIGNUP_POSSIBLE_AFTER = lazy_re.compile(
    r"^[^.!?;]{0,30}?\bist\s+es\s+(?:\w+\s+)?möglich,?\s+sich\b[^.!?;]{0,120}?\banzumelden\b",
    _FLAGS,
)

# "Um Punkt 12 Uhr startete am Sonntag der Vorverkauf für das Mega-Festival 2025" (round 287, a
# news digest): the verb before the day, the sales after it, the sentence turned round.
_STARTED_BEFORE = lazy_re.compile(
    r"\b(?:startet|startete|beginnt|begann|läuft|lief|öffnet|öffnete)\s+(?:am\s+|ab\s+)?"
    + optional_weekday("den")
    + r"$",
    _FLAGS,
)
_SALES_AFTER = lazy_re.compile(
    r"^\s*,?\s*(?:der|die)\s+(?:(?:karten|ticket)(?:vor)?verkauf|vorverkauf|presale)\b", _FLAGS
)
# „Morgen (11.02.) beginnt um 11:11 Uhr der Verkauf der restlichen Tickets …“ (round 290, a
# retweet): the day, then the verb and its clock, then the sale of tickets; „Am kommenden Sonntag,
# 21. September beginnt der Run auf die Eintrittskarten“ (round 321, a press agency's news): the
# verb right after the day, the rush for the tickets its subject; „… beginnt der Vorverkauf“.
_STARTS_THEN_TICKET_SALES_AFTER = lazy_re.compile(
    r"^[\s.),]*(?:beginnt|startet|öffnet)\s+(?:(?:um|ab)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:uhr\s+)?)?"
    r"(?:der|die)\s+(?:"
    r"(?:\w*karten|ticket)(?:vor)?verkauf\b|vorverkauf\b"
    r"|verkauf\b(?=[^.!?]{0,40}?\b(?:\w*karten|tickets?)\b)"
    r"|(?:run|ansturm|jagd)\s+(?:auf|nach)\s+(?:die\s+)?(?:\w*karten|tickets?)\b)",
    _FLAGS,
)
# "Am Mittwoch, 20.11. ab 10:00 Uhr: Telekom Prio Tickets", "Ab Donnerstag, 21.11. ab 10:00 Uhr:
# Tickets für alle Fans im Ticketmaster Presale" (round 287): a presale's stages, each a day and
# a clock before a colon and the tickets it opens (a concert's own listing names its show, not
# its tickets).
_PRESALE_LABEL_AFTER = lazy_re.compile(
    r"^\s*(?:,?\s*(?:ab|um)\s+\d{1,2}(?:[:.]\d{2})?\s*uhr)?\s*:\s*(?:[\w+.-]+\s+){0,3}?"
    r"(?:prio[- ]?tickets?|presale|vorverkauf|tickets?\s+für\s+alle)\b",
    _FLAGS,
)

_SIGNUP_HINTS = ("registration", "anmeldung", "anmelde", "einschreibung", "verkauf", "ticket sales")
_TICKET_HINTS = ("karten", "ticket")
_REQUEST_HINTS = ("reserv", "request", "book", "sign up")
#: Substrings one of these texts holds (``when_roles.may_hold_roles``'s pre-check).
SALES_HINTS = (*_SIGNUP_HINTS, *_TICKET_HINTS, *_REQUEST_HINTS, "anzumelden")


# „es ist so weit: am Mittwoch früh gibt es die Tickets für das BarCamp RheinMain!“, „Hier geht’s
# am Mittwoch zur Anmeldung“ (round 266, a barcamp's newsletter): the day tickets or sign-up are
# to be had, told after the day (not at the door: „am Samstag gibt es Karten an der Abendkasse“).
# (a weekday's reading takes „am“ into its match: then a clause opens right before it)
_AM_BEFORE = lazy_re.compile(r"(?:(?:^|[^\w])(?:am|ab)|^|[:.!?])\s*$", _FLAGS)
_TICKETS_THAT_DAY_AFTER = lazy_re.compile(
    r"^\s*,?\s*(?:früh|morgens|vormittags|mittags|\(?ab\s+\d{1,2}(?:[:.]\d{2})?\s*uhr\)?)?\s*,?\s*"
    r"gibt\s+es\s+(?:die\s+|eure\s+|unsere\s+|alle\s+)?(?:\w*karten|tickets?)\b"
    r"(?![^.!?;]{0,40}?\b(?:abendkasse|tageskasse|an\s+der\s+kasse))",
    _FLAGS,
)
_GOES_TO_SIGNUP_BEFORE = lazy_re.compile(r"\bgeht['’]?s\s+(?:es\s+)?(?:(?:am|ab)\s+)?$", _FLAGS)
_TO_SIGNUP_AFTER = lazy_re.compile(
    r"^\s*(?:früh\s+)?zur\s+(?:\w*anmeldung|registrierung|einschreibung|ticketbuchung)\b", _FLAGS
)


def _to_be_had_that_day(before: str, after: str) -> bool:
    head = after[:60].lower()
    if "gibt es" in head and _AM_BEFORE.search(before[-8:]):
        return _TICKETS_THAT_DAY_AFTER.match(after) is not None
    if "zur " in head and "geht" in before[-16:].lower():
        return bool(_GOES_TO_SIGNUP_BEFORE.search(before[-16:]) and _TO_SIGNUP_AFTER.match(after))
    return False


def sales_open(before: str, after: str, lowered: str) -> bool:
    """Whether the date between these texts is the day sign-up, sales or handouts open;
    ``lowered``: ``before.lower()`` (the caller has it: this runs for every date)."""
    if (
        has_any(lowered, _SIGNUP_HINTS)
        and (
            _SIGNUP_OPENS.search(before)
            or _SALES_FROM.search(before)
            or _SIGNUP_START_NOUN.search(before)
        )
        and _CHECK_IN_THEN_START.match(after) is None
    ):
        return True
    if has_any(lowered, _TICKET_HINTS) and (
        _TICKETS_FROM.search(before)
        or (_TICKETS_CAN_BE_HAD_ON.search(before) and _BOUGHT_AFTER.match(after))
        or (_TICKETS_UNTIL.search(before) and _IN_PRESALE_AFTER.match(after))
    ):
        return True
    if has_any(lowered, _REQUEST_HINTS) and _REQUESTS_OPEN.search(before):
        return True
    if _to_be_had_that_day(before, after):
        return True
    if ":" in after[:40] and _PRESALE_LABEL_AFTER.match(after):
        return True
    if _SALES_AFTER.match(after) and _STARTED_BEFORE.search(before[-60:]):
        return True
    if has_any(after[:80].lower(), ("erkauf", "karten", "ticket")) and (
        _STARTS_THEN_TICKET_SALES_AFTER.match(after)
    ):
        return True
    if "anzumelden" in after[:160] and _SIGNUP_POSSIBLE_AFTER.match(after):
        return True
    return bool(
        "ab" in lowered[-40:]
        and has_any(after[:100].lower(), ("karten", "kasse", "ticket", "vorverkauf"))
        and _GIVEN_FROM.search(before)
        and _AT_THE_TICKET_OFFICE.match(after)
    )
