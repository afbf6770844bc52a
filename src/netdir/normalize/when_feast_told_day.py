"""A feast's party held on another day the text names by a relative word (round 286, a family
blog): „Ich weiß, Halloween ist ja erst morgen, aber unsere Halloween Feier war schon gestern.“ —
the party was yesterday, the feast is only its theme; „haben wir Silvester einfach um eine knappe
Woche verschoben und feiern heute …“ — New Year's Eve moved to today.

Only a text without figures counts (a day or a clock in figures is read as written), and only a
relative day tied to its verb: „war(en) schon (or bereits) gestern“ (the party already held), or
„verschoben … feiern (findet, steigt) heute (morgen)“ (the feast moved to the day named)."""

from __future__ import annotations

from datetime import date, timedelta

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS
from netdir.normalize.when_relative import parse_relative
from netdir.normalize.when_value import When

_HELD_ALREADY = lazy_re.compile(
    r"\b(?:war|waren|fand|fanden)\s+(?:\w+\s+)?(?:schon|bereits)\s+(?P<word>(?:vor)?gestern)\b",
    FLAGS,
)
_MOVED_TO = lazy_re.compile(
    r"\bverschoben\b[^.!?]{0,60}?\b(?:feiern|findet|steigt)\s+(?:\w+\s+)?(?P<word>heute|morgen)\b",
    FLAGS,
)

_OFFSETS = {"vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1}


def feast_held_on_told_day(text: str, today: date) -> When | None:
    """The relative day a feast's party was held on or moved to („… Halloween Feier war schon
    gestern“), None if the text ties no relative day to its verb so."""
    if any(character.isdigit() for character in text):
        return None
    cue = None
    if "estern" in text:
        cue = _HELD_ALREADY.search(text)
    if cue is None and "verschoben" in text:
        cue = _MOVED_TO.search(text)
    if cue is None:
        return None
    told = parse_relative(text[cue.start() :], today)
    if told is not None and told.start is not None:
        return told  # „… findet morgen um 18 Uhr statt“: with its clock
    day = today + timedelta(days=_OFFSETS[cue["word"].lower()])
    return When(day.isoformat(), None, True, "day")
