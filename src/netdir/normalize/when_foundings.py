"""The day something was founded: „Am Montag, dem 16.02.2004, wurde an der … Gesamtschule nach der
Idee von … eine Rollstuhlbasketball AG ins Leben gerufen“, „ein gemeinnütziger Verein …, der sich
am 19. November 2005 gegründet hat“, „1. April 2011. Gründungstag von Quarteera e. V.“.

A club's or a group's history names the day it began. That day is a record's (``published``), no
offering's (rounds 253, 254). ``when_roles`` already reads „Am 25.06.1999 wurde … gegründet“ with
the participle a few words after the day; here the participle may close a long clause (the
founders and the place between), follow the day at once in a relative clause („der sich am … gegründet
hat“), or a „Gründungstag“ label may follow the day.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

#: Lower-case pieces one of the cues needs (``when_roles.may_hold_roles`` asks for them).
FOUNDING_HINTS = (
    "gegründet",
    "ins leben gerufen",
    "gründungstag",
    "gründungsdatum",
    "gründungsversammlung",
    "jahre alt",
)

#: How far after the day a founding's participle may close its clause.
_REACH = 200

# „, wurde an der Schule … eine AG ins Leben gerufen“: the passive's auxiliary right after the
# day, the participle closing the same clause (no stop, semicolon or comma-led new clause between).
_FOUNDED_PASSIVE_AFTER = lazy_re.compile(
    r"^\s*,?\s*(?:wurde|wurden)\s+[^.!?;]{0,160}?\b(?:gegründet|ins\s+leben\s+gerufen)\b",
    FLAGS,
)
# „der sich am 19. November 2005 gegründet hat“, „die am 3. Mai 1990 ins Leben gerufen wurde“:
# a relative clause's participle and auxiliary right after the day.
_FOUNDED_RELATIVE_AFTER = lazy_re.compile(
    r"^\s*,?\s*(?:gegründet|ins\s+leben\s+gerufen)\s+(?:hat|haben|hatte|hatten|wurde|wurden"
    r"|worden)\b",
    FLAGS,
)
# „1. April 2011. Gründungstag von Quarteera e. V.“: a history's label after its day (a party for
# the anniversary names its own day: „Feier zum Gründungstag am …“ keeps it).
_FOUNDING_LABEL_AFTER = lazy_re.compile(
    r"^\s*[.:|–-]?\s*gründungs(?:tag|datum)\s+(?:von|des|der|unseres|unserer)\b",
    FLAGS,
)


def founded_on(after: str) -> bool:
    """Whether the date before this text is the day something was founded."""
    following = after[:_REACH]
    return (
        _FOUNDED_PASSIVE_AFTER.match(following) is not None
        or _FOUNDED_RELATIVE_AFTER.match(following) is not None
        or _FOUNDING_LABEL_AFTER.match(following) is not None
    )


# „Die Gründungsversammlung der Sportfreunde Sümmern fand am 29.12.1956 im ehemaligen Haus
# Sondermann … statt.“ (round 277, a club's chronicle): the founding meeting told in the past is the
# founding's record, as the day a club „wurde … gegründet“.
_FOUNDING_MEETING_BEFORE = lazy_re.compile(
    r"\bgründungsversammlung\b[^.!?;]{0,80}?\b(?:fand|war)\s+(?:[^\W\d]+\s+){0,2}?am\s+$",
    FLAGS,
)


def founding_meeting_on(before: str) -> bool:
    """Whether the date after this text is the day of a founding meeting told in the past."""
    tail = before[-140:]
    return "ründungsv" in tail and _FOUNDING_MEETING_BEFORE.search(tail) is not None


# „Der KtT wird heute (11.07.2017) sechs Jahre alt und das wollen wir am Freitag den 14.07.2017
# … feiern.“ (round 275): today's day in brackets, the day the writer's club turns n years old, is
# the writing's stamp; the party is on its own day. (An anniversary named by its day alone, „Die
# Gemeinde wird am 31. Dezember 50 Jahre alt“, round 9, stays the day.)
_TODAY_BRACKET_BEFORE = lazy_re.compile(r"\bheute\s*\(\s*$", FLAGS)
_TURNS_YEARS_AFTER = lazy_re.compile(
    r"^\s*\)\s*(?:\d{1,3}|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\w+zig"
    r"|hundert)\s+jahre\s+alt\b",
    FLAGS,
)


def turns_years_today(before: str, after: str) -> bool:
    """Whether the date is today's, in brackets after „heute“, the day something turns n years."""
    return (
        _TODAY_BRACKET_BEFORE.search(before[-12:]) is not None
        and _TURNS_YEARS_AFTER.match(after[:60]) is not None
    )
