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
FOUNDING_HINTS = ("gegründet", "ins leben gerufen", "gründungstag", "gründungsdatum")

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
