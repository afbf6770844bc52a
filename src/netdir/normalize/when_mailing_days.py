"""The day a link, an invitation or access data come by e-mail: no offering's day.

A conference's page tells its online participants „TL;DR: get Firefox, sign up at the link you
will be getting via email on the 27th August.“ (round 272, a programme page): the day the sign-up
link is mailed was read as the conference's. German pages say the same with the day before the
mail („Die Zugangsdaten werden am 3. Mai per E-Mail verschickt“). Both are reported nowhere, as a
missed session's or a former day is.
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
