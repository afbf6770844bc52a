"""The day something goes online: „Zeitplan ab 29.05.2014 im Internet unter www.lg-regensburg.de“,
„Zeitplan ab 28.05.2015 hier im Internet“, „Die Fotos sind ab 3. Juli online“.

A call for entries or a club's page tells from which day its timetable, results, entry list or
photos can be read on the web. That day is a publication's (``published``), no offering's (round
226). The thing published is named before „ab“, the web after the day.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

#: Lower-case pieces one of the cues needs (``when_roles.may_hold_roles`` asks for them).
ONLINE_HINTS = ("internet", "online", "webseite", "homepage", "website")

# What is published: a timetable, results, lists, a programme, pictures; then „ab“ before the day.
_PUBLISHED_THING_BEFORE = lazy_re.compile(
    r"\b(?:zeitpl[aä]n\w*|ergebnis\w*|startliste\w*|meldeliste\w*|teilnehmerliste\w*|programm\w*"
    r"|fotos?|bilder|galerie\w*|videos?|protokoll\w*)\b[^.!?;\d]{0,40}?\bab\s+(?:dem\s+)?$",
    FLAGS,
)
# The web right after the day: „im Internet“, „online“, „auf unserer Homepage“.
_ON_THE_WEB_AFTER = lazy_re.compile(
    r"^\s*(?:hier\s+|auch\s+|dann\s+)?(?:im\s+internet|online|auf\s+(?:unserer|der)\s+"
    r"(?:webseite|homepage|website|internetseite))\b",
    FLAGS,
)


def online_from(before: str, after: str) -> bool:
    """Whether the date between these texts is the day a timetable, results or pictures go on
    the web."""
    return (
        _ON_THE_WEB_AFTER.match(after) is not None
        and _PUBLISHED_THING_BEFORE.search(before[-80:]) is not None
    )
