"""The day a link, an invitation or access data come by e-mail: no offering's day.

A conference's page tells its online participants „TL;DR: get Firefox, sign up at the link you
will be getting via email on the 27th August.“ (round 272, a programme page): the day the sign-up
link is mailed was read as the conference's. German pages say the same with the day before the
mail („Die Zugangsdaten werden am 3. Mai per E-Mail verschickt“). Both are reported nowhere, as a
missed session's or a former day is.

So is the day an invitation went out, told before the days it invites to (round 313, a cooperative's
reminder): „am 11.05.2015 haben wir Dich zu BarCamp und Generalversammlung der C3S SCE eingeladen,
welche am 12. und 13.06.2015 in Potsdam stattfinden.“ — only when a later day of the sentence is
the one invited to („Am 5. Mai haben wir euch zum Grillen eingeladen.“ stays the party's day).
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

# What comes by mail: a link, an invitation, access data, a code, the programme's dial-in.
_MAILED_THINGS = (
    # (compounds end in the thing: „Einwahllink“, „Zugangscode“)
    r"\w*links?|invitations?|invites?|login|access|\w*codes?|credentials|\w*daten|\w*einladung(?:en)?"
)
# "… the link you will be getting via email on the 27th August": the thing, then the mail, then the day
_MAILED_ON_BEFORE = lazy_re.compile(
    rf"\b(?:{_MAILED_THINGS})\b[^.!?;\n]{{0,60}}?\b(?:via|by|per)\s+e-?mail\s+(?:on|am)\s+(?:the\s+)?$",
    FLAGS,
)
# „Die Zugangsdaten werden am 3. Mai per E-Mail verschickt“: the day, then the mail's verb
_MAILED_AFTER = lazy_re.compile(
    r"\s*(?:per|via|als)\s+e-?mail\s+(?:verschickt|versandt|versendet|zugeschickt|zugesandt|gesendet)\b",
    FLAGS,
)
_MAILED_THING_BEFORE = lazy_re.compile(rf"\b(?:{_MAILED_THINGS})\b", FLAGS)
#: Lower-case pieces ``mailed_on`` needs besides "mail" (``when_roles.may_hold_roles`` asks for them).
MAILED_HINTS = ("via e", "by e", "per e", "via mail", "by mail", "per mail", "als e")
# „am 11.05.2015 haben wir Dich zu … eingeladen, welche am 12. und 13.06.2015 … stattfinden“: the
# day, the perfect of inviting or writing to the reader, then (in the same sentence) the day of
# what was invited to
_INVITED_ON_BEFORE = lazy_re.compile(r"(?:^|\b)(?:am|on)\s+$", FLAGS)
_INVITED_ON_AFTER = lazy_re.compile(
    r"\s*(?:haben|hatten)\s+wir\s+(?:dich|euch|sie|ihnen|alle\s+[^\W\d]+)\b[^.!?;\n]{0,120}?"
    r"\b(?:eingeladen|angeschrieben)\b[^.!?;\n]{0,60}?\b(?:am|vom)\s+\d",
    FLAGS,
)
#: Lower-case pieces ``invited_on`` needs (``when_roles.may_hold_roles`` asks for them).
INVITED_HINTS = ("eingeladen", "angeschrieben")


def invited_on(before: str, after: str) -> bool:
    """Whether the date between these texts is the day an invitation went out to the reader,
    before the day it invites to („am 11.05.2015 haben wir Dich … eingeladen, welche am 12. …“)."""
    return (
        "wir" in after[:24].lower()
        and _INVITED_ON_BEFORE.search(before[-6:]) is not None
        and _INVITED_ON_AFTER.match(after) is not None
    )


def mailed_on(before: str, after: str) -> bool:
    """Whether the date between these texts is the day a link or access data are mailed."""
    tail = before[-100:]
    lowered = tail.lower()
    if "mail" in lowered[-24:] and _MAILED_ON_BEFORE.search(tail) is not None:
        return True
    return (
        "mail" in after[:24].lower()
        and _MAILED_AFTER.match(after) is not None
        and _MAILED_THING_BEFORE.search(tail) is not None
    )
