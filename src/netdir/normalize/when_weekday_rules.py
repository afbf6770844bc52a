"""Rules named by a weekday after "jeden"/"every"/"the n-th" (``jeden ersten Donnerstag im
Monat``, ``every Monday-Friday``, ``1st & 3rd Saturdays``, ``jährlich am zweiten Sonntag im
September``) → an RRULE; the word fragments the other recurrence patterns share. Split from
``when_recurrence.py`` (which asks ``by_weekday`` among its rules); the rules are unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from netdir import lazy_re
from netdir.normalize.when_words import (
    MONTHS,
    ORDINALS,
    RRULE_DAYS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    alternation,
    fold_letters,
)

_FLAGS = re.IGNORECASE
WD = alternation(WEEKDAYS)
# "Jeden Sa 10 Uhr", "jeden ersten So. im Monat": the short German names after "jeden" (capitalised
# only: "so" and "da" are words).
WD_OR_SHORT = rf"(?:{WD}|(?-i:Mo|Di|Mi|Do|Fr|Sa|So)(?=\.|\s|,|$))"
# "the first four Tuesdays of every month": the month's first n such days
_FIRST_N = r"(?:first|ersten)\s+(?:two|three|four|zwei|drei|vier)"
_FIRST_N_COUNT = {"two": 2, "three": 3, "four": 4, "zwei": 2, "drei": 3, "vier": 4}
ORD = _FIRST_N + "|" + alternation(ORDINALS).replace(".", r"\.") + "|other|anderen"
AND = (
    r"\s*(?:,\s*(?:and|und|&)?|und|and|&|sowie|or|oder)\s*"  # "First, Second, and Third"
    # ("1., 3. und ggf. 5. Dienstag im Monat": a fifth "if there is one")
    r"(?:ggf\.\s*|gegebenenfalls\s+|evtl\.\s*|if\s+any\s+)?"
)
_TO = r"\s*(?:-|bis|to|through|thru)\s*"
# Between the ordinal and its weekday: a space, or none after a dotted ordinal ("1.Freitag im
# Monat ab 19:30 Uhr", typed without the space).
_ORD_GAP = r"(?:\s+|(?<=\.)(?=[^\W\d]))"
# ("the 4th Thursday of most months": a rule with exceptions unsaid)
_MONTH_WORD = (
    # ("am ersten Sonntag eines jeden Monats"; "am ersten Montag jeden Monats", the genitive
    # without its article, round 207)
    r"(?:im|des|eines(?:\s+jeden)?|jede[ns]|of\s+the|of\s+each|of\s+every|of\s+most|in\s+the|each"
    r"|every|a)\s+(?:monats?|months?)\b"
)
_MONTHLY_PREFIX = r"(?:monatlich|monthly)\s+(?:jeweils\s+)?(?:am|an\s+jedem|on\s+the|on\s+every)"
_BY_WEEKDAY = lazy_re.compile(
    rf"\b(?:(?P<monthly_before>{_MONTHLY_PREFIX})|jede[nrs]?|every|each|an\s+jedem|(?:an\s+)?allen|all"
    rf"|(?P<lead>am|on\s+the|the|der|die))\s+"
    rf"(?P<ords>(?:{ORD})(?:{AND}(?:{ORD}))*{_ORD_GAP})?"
    # "on the first and third Mondays", "an allen Sonntagen", "jeden Freitagabend"
    # "every Monday-Friday", "jeden Montag bis Freitag": a span of weekdays
    # ("jeden Mittwoch- und Freitagnachmittag": a hyphen where a compound's part of the day is left out)
    # ("jeden letzten Donnerstagsabend": the part of the day joined with an "s")
    rf"(?P<wds>{WD_OR_SHORT}(?:(?:-?{AND}|{_TO}){WD_OR_SHORT})*)(?:s?(?:abend|morgen|nachmittag|vormittag)|s|en)?\b"
    rf"\.?(?:\s*(?P<monthly_after>{_MONTH_WORD}))?",
    _FLAGS,
)

# "First Thursday of each month", "2nd Tuesday of every month" (a heading or date field without
# "every"/"the" before it): the month word after the weekday makes it a rule.
_BARE_ORDINAL_MONTHLY = lazy_re.compile(
    rf"(?<![\w.])(?P<ords>(?:{ORD})(?:{AND}(?:{ORD}))*){_ORD_GAP}"
    # ("des letzten Donnerstages im Monat": the genitive in -es)
    rf"(?P<wds>(?:{WD})(?:{AND}(?:{WD}))*)(?:s|es|en)?\s+(?P<monthly_after>{_MONTH_WORD})",
    _FLAGS,
)
# "1st & 3rd Saturdays Storytimes are held at 9:30 a.m.": ordinals before plural weekdays are
# the month's such days, without a month word.
_BARE_ORDINAL_PLURAL = lazy_re.compile(
    rf"(?<![\w.])(?P<ords>(?:{ORD})(?:{AND}(?:{ORD}))+|(?:{ORD}))\s+"
    rf"(?P<wds>(?:{WD})s(?:{AND}(?:{WD})s)*)\b(?!\s+(?:in|of|im)\s)",
    _FLAGS,
)

# "Letzter Freitag · Monatlich · 15:30–18:00": a field opening with the month's n-th weekday, the
# frequency word further on (a calendar's series line split by middots or bars).
_LEADING_ORDINAL = lazy_re.compile(
    rf"^\W*(?P<ords>(?:{ORD})(?:{AND}(?:{ORD}))*)\s+(?P<wds>{WD})\b(?=\s*[·•|,;:–-])", _FLAGS
)

# "on the first Friday and third Saturday of the month", "am ersten Freitag und dritten Samstag im
# Monat", "monthly on the second Saturday for men and on the last Saturday for women": pairs of an
# ordinal and its own weekday, each pair one of the month's days (the text names the month
# elsewhere; ``by_weekday`` checks).
_PAIR = rf"(?:{ORD}){_ORD_GAP}(?:{WD})(?:s|en)?(?:\s+for\s+[^\W\d]+)?"
_ORDINAL_WEEKDAY_PAIRS = lazy_re.compile(
    rf"(?<![\w.])(?P<pairs>{_PAIR}(?:{AND}(?:(?:on\s+the|am|an\s+jedem|jeden)\s+)?{_PAIR})+)\b",
    _FLAGS,
)
_MONTH_WORD_ANYWHERE = lazy_re.compile(_MONTH_WORD, _FLAGS)
# "1st Friday / 3rd Saturday from 10am": two or more such pairs joined by slashes are the month's
# days without a month word (a slash between two n-th weekdays lists them, no single day does).
_SLASHED_ORDINAL_WEEKDAY_PAIRS = lazy_re.compile(
    rf"(?<![\w.])(?P<pairs>{_PAIR}(?:\s*/\s*{_PAIR})+)\b", _FLAGS
)

_MONTHLY_ELSEWHERE = lazy_re.compile(
    r"\b(?:monatlich|monthly|(?:im|jeden|pro|each|every|a|per)\s+(?:monat|month))\b"
    # "bei diesem Monatsmarkt am ersten Donnerstag": a gathering named for its month
    r"|monats(?:markt|treff|stammtisch|gottesdienst|konzert|wanderung|versammlung)",
    _FLAGS,
)

# "jährlich am zweiten Sonntag im September": a yearly word before the month's n-th weekday.
_YEARLY_BEFORE = lazy_re.compile(
    r"\b(?:all)?(?:j(?:ä|ae)hrlich|jedes\s+jahr|every\s+year|each\s+year|annually)\s*,?\s*$", _FLAGS
)
# "findet … nun immer am 3. Samstag im Juli statt": "always" before a named month's n-th weekday
# is a yearly rule too (without a month's name "immer am Dienstag" stays one day here).
# "Die Jahreshauptversammlung … findet (meist) am letzten Montag im März statt" (round 211): a
# habit's hedge ("meist", "in der Regel", "usually"), bracketed or not, says the same.
_ALWAYS_BEFORE = lazy_re.compile(
    r"\b(?:immer|stets|always|meist(?:ens)?|in\s+der\s+regel|normalerweise|(?:ü|ue)blicherweise"
    r"|gew(?:ö|oe)hnlich|usually|normally)\)?\s*$",
    _FLAGS,
)
_OF_NAMED_MONTH = lazy_re.compile(rf"\s+(?:im|in|of)\s+(?P<mn>{alternation(MONTHS)})\b", _FLAGS)
# "am 1. und 2. Sonntag nach Ostern", "im Advent": days counted from a feast or a season, no month's
_RELATIVE_AFTER = lazy_re.compile(r"\s+(?:nach|vor|im|in|des|der|after|before|of)\b", _FLAGS)
# "Unser Probetag ist der Montag": a group's standing day of the week (its rehearsal, practice or
# meeting day) named with "der" is every such weekday; "Ruhetag" (the closed day) is not one.
_STANDING_DAY_BEFORE = lazy_re.compile(
    r"\b(?:probe|proben|übungs|uebungs|trainings|chor|spiel|treff|vereins|gruppen)tag\s+"
    r"(?:ist|bleibt|war\s+und\s+ist)\s+(?:immer\s+|jeweils\s+|nach\s+wie\s+vor\s+)?$",
    _FLAGS,
)


@dataclass(frozen=True)
class RecurrenceMention:
    """A recurrence found in a text: its RRULE and where it was written."""

    rule: str
    start: int
    end: int


def by_weekday(text: str) -> RecurrenceMention | None:
    found = None
    if "onat" in text or "onth" in text:
        match = _ORDINAL_WEEKDAY_PAIRS.search(text)
        if _MONTH_WORD_ANYWHERE.search(text) or _MONTHLY_ELSEWHERE.search(text):
            found = _ordinal_weekday_pairs(text, match)
    if found is None:
        found = _by_weekday_after_word(text)
    if found is None and ("onat" in text or "onth" in text):
        found = monthly_from_ordinals(text, _BARE_ORDINAL_MONTHLY.search(text))
    if found is None:
        found = monthly_from_ordinals(text, _BARE_ORDINAL_PLURAL.search(text))
    if found is None and _MONTHLY_ELSEWHERE.search(text) is not None:
        found = monthly_from_ordinals(text, _LEADING_ORDINAL.match(text))
    return found


def slashed_ordinal_pairs(text: str) -> RecurrenceMention | None:
    """ "1st Friday / 3rd Saturday from 10am": the month's n-th weekdays listed by slashes, which
    need no cue word (the slash-joined pairs are one only as a rule)."""
    return _ordinal_weekday_pairs(text, _SLASHED_ORDINAL_WEEKDAY_PAIRS.search(text))


def _ordinal_weekday_pairs(text: str, match: re.Match[str] | None) -> RecurrenceMention | None:
    """ "the first Friday and third Saturday of the month", "1st Friday / 3rd Saturday": each
    ordinal with its own weekday."""
    if match is None or _negated(text, match):
        return None
    pairs = re.findall(rf"({ORD}){_ORD_GAP}({WD})", match["pairs"], _FLAGS)
    byday = []
    for word, weekday in pairs:
        numbers = ordinal_numbers([word])
        if not numbers or numbers[0] == 0:
            return None
        byday.append(f"{numbers[0]}{RRULE_DAYS[WEEKDAYS[weekday.lower()]]}")
    return RecurrenceMention(f"FREQ=MONTHLY;BYDAY={','.join(byday)}", *match.span())


def monthly_from_ordinals(text: str, match: re.Match[str] | None) -> RecurrenceMention | None:
    """ "First Thursday of each month", "1st & 3rd Saturdays": the month's n-th weekdays."""
    if match is None or _negated(text, match):
        return None
    days = [WEEKDAYS[w.lower()] for w in re.findall(WD, match["wds"], _FLAGS)]
    ordinals = ordinal_numbers(re.findall(ORD, match["ords"], _FLAGS))
    byday = ",".join(f"{n}{RRULE_DAYS[d]}" for n in ordinals if n != 0 for d in days)
    return RecurrenceMention(f"FREQ=MONTHLY;BYDAY={byday}", *match.span()) if byday else None


def _by_weekday_after_word(text: str) -> RecurrenceMention | None:
    for match in _BY_WEEKDAY.finditer(text):
        monthly = bool(match["monthly_before"] or match["monthly_after"])
        if match["lead"] and not monthly and match["ords"]:
            # "einmal im Monat, jeweils am dritten Donnerstag": the month is said elsewhere.
            monthly = _MONTHLY_ELSEWHERE.search(text) is not None
            # "Am 1. und 3. Sonntag feiern wir miteinander Abendmahl" (round 284): two n-th
            # weekdays joined by "und" name no one day — the month's such days, unless a month
            # or a feast is named after them ("am 1. und 2. Sonntag im Mai", "… nach Ostern")
            monthly = monthly or (
                len(re.findall(ORD, match["ords"], _FLAGS)) > 1
                and _OF_NAMED_MONTH.match(text, match.end()) is None
                and _RELATIVE_AFTER.match(text, match.end()) is None
            )
        before = text[: match.start()]
        yearly = bool(match["lead"]) and (
            _YEARLY_BEFORE.search(before) is not None
            or (
                bool(match["ords"])
                and _ALWAYS_BEFORE.search(before) is not None
                and _OF_NAMED_MONTH.match(text, match.end()) is not None
            )
        )
        standing = (match["lead"] or "").lower() == "der" and (
            _STANDING_DAY_BEFORE.search(before) is not None
        )
        if match["lead"] and not monthly and not yearly and not standing:
            continue  # "am Dienstag" is one day, not a rule
        days = spanned_days(match["wds"])
        words = [o.lower() for o in re.findall(ORD, match["ords"] or "", _FLAGS)]
        instead = _corrected(text, match)
        if instead is None and _negated(text, match):
            continue  # "dieses Mal nicht wie gewohnt am letzten Samstag des Monats"
        if instead is not None:
            words = [o.lower() for o in re.findall(ORD, instead["ords"], _FLAGS)]
            if instead["wds"]:
                days = [WEEKDAYS[instead["wds"].lower()]]
            byday = ",".join(
                f"{n}{RRULE_DAYS[d]}" for n in ordinal_numbers(words) if n != 0 for d in days
            )
            if not byday:
                continue
            return RecurrenceMention(f"FREQ=MONTHLY;BYDAY={byday}", match.start(), instead.end())
        ordinals = ordinal_numbers(words)
        if not ordinals:
            in_month = _OF_NAMED_MONTH.match(text, match.end()) if not monthly else None
            if in_month is not None:
                # "Jeden Montag im November": every such weekday of that month
                month = MONTHS[in_month["mn"].lower()]
                rule = f"FREQ=WEEKLY;BYMONTH={month};BYDAY={rrule_days(days)}"
                return RecurrenceMention(rule, match.start(), in_month.end())
            return RecurrenceMention(f"FREQ=WEEKLY;BYDAY={rrule_days(days)}", *match.span())
        second = words[0] in _GERMAN_SECOND and len(words) == 1 and not (monthly or yearly)
        if ordinals == [0] or second:
            # "jeden zweiten Dienstag", "every other Tuesday": every other week (but the US
            # "every second Tuesday" is the month's second one).
            rule = f"FREQ=WEEKLY;INTERVAL=2;BYDAY={rrule_days(days)}"
            return RecurrenceMention(rule, *match.span())
        byday = ",".join(f"{n}{RRULE_DAYS[d]}" for n in ordinals if n != 0 for d in days)
        named = None if monthly else _OF_NAMED_MONTH.match(text, match.end())
        if yearly and named is None:
            continue  # "jährlich am zweiten Sonntag" without its month: no rule to state
        if named is not None:
            month = MONTHS[named["mn"].lower()]
            rule = f"FREQ=YEARLY;BYMONTH={month};BYDAY={byday}"
            return RecurrenceMention(rule, match.start(), named.end())
        return RecurrenceMention(f"FREQ=MONTHLY;BYDAY={byday}", *match.span())
    return None


# "nicht – wie bisher – an jedem letzten Sonntag im Monat …, sondern jeweils am ersten": the
# rule named after "sondern" replaces the negated one (its weekday may be left out).
# "bis auf den letzten Sonntag im Monat", "außer am ersten Montag", "except the third Tuesday": a
# rule's exception, not the rule.
_EXCEPTED_BEFORE = lazy_re.compile(
    r"\b(?:bis\s+auf|außer|ausser|ausgenommen|mit\s+ausnahme|except(?:\s+for|\s+on)?)"
    r"\s+(?:(?:an|am|on|des|der|den|dem|the)\s+)*$",
    _FLAGS,
)
_NOT_BEFORE = lazy_re.compile(r"\b(?:nicht|not)\b[^.!?]{0,30}$", _FLAGS)
_INSTEAD = lazy_re.compile(
    rf"[^.!?]{{0,80}}?\b(?:sondern|but)\s+(?:jeweils\s+|immer\s+)?(?:am|an\s+jedem|jeden|on\s+the)\s+"
    rf"(?P<ords>(?:{ORD})(?:{AND}(?:{ORD}))*)\b(?:\s+(?P<wds>{WD}))?",
    _FLAGS,
)


def _negated(text: str, match: re.Match[str]) -> bool:
    if _EXCEPTED_BEFORE.search(text[max(0, match.start() - 30) : match.start()]) is not None:
        return True  # "Sonntags um 10 Uhr … bis auf den letzten Sonntag im Monat": the exception
    if "nicht" not in text and "not" not in text:
        return False
    return _NOT_BEFORE.search(text[max(0, match.start() - 40) : match.start()]) is not None


def _corrected(text: str, match: re.Match[str]) -> re.Match[str] | None:
    """The "sondern …" correction of a negated rule, or None when the rule is not negated."""
    return _INSTEAD.match(text, match.end()) if _negated(text, match) else None


_GERMAN_SECOND = frozenset({"zweiten", "zweite", "zweiter", "2."})


def ordinal_numbers(words: list[str]) -> list[int]:
    found: list[int] = []
    for word in words:
        lowered = fold_letters(word)
        if lowered in ("other", "anderen"):
            found.append(0)
        elif lowered in ORDINALS:
            found.append(ORDINALS[lowered])
        else:  # "first four"
            found.extend(range(1, _FIRST_N_COUNT[lowered.split()[-1]] + 1))
    return found


def spanned_days(words: str) -> list[int]:
    """ "Monday-Friday" → Monday to Friday; "Montag und Freitag" → the two days."""
    days: list[int] = []
    end = 0
    for found in re.finditer(WD_OR_SHORT, words, _FLAGS):
        day = WEEKDAY_ABBREVIATIONS[found[0].lower()]
        if days and re.fullmatch(_TO, words[end : found.start()], _FLAGS):
            first = days[-1]
            days.extend((first + step) % 7 for step in range(1, (day - first) % 7 + 1))
        else:
            days.append(day)
        end = found.end()
    return days


def rrule_days(days: list[int]) -> str:
    return ",".join(RRULE_DAYS[d] for d in sorted(set(days)))
