"""Times a text only hopes for or sets as a condition are no offering's: „Die Instrumente könnten
schon im Herbst 2023 erklingen“ (what may happen then, in the subjunctive), „Wenn bis Ende dieses
Jahres noch 150.000 Euro Spenden zusammenkommen, …“ and „Wenn wir bis Januar 2023 noch Spenden
erhalten, …“ (the deadline of a condition, in the clause that opens with „Wenn“) — a fundraising
society's news (round 238); „Wir wünschen … ein Wiedersehen im September 2021“ (a reunion wished
for, round 243). The time is blanked, so a day the text names besides is still read.
An event planned under a condition keeps its time: „Wenn es die Corona-Entwicklungen zulassen,
wollen die Veranstalter … im Herbst …“ names no time inside the condition, „Wenn das gelingt,
können wir am 12.02.24 … beginnen“ names a day (not a season) after it.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT

# A season, a month or a feast with its year, or a year's end — never a day of the month.
_TIME = (
    r"(?:(?:frühjahr|frühling|sommer|herbst|winter|weihnachten|ostern|advent|" + MONTH_ALT + r")"
    r"\.?\s+(?:19|20)\d{2}(?!\d)|ende\s+(?:19|20)\d{2}(?!\d)"
    r"|ende\s+(?:des|dieses)\s+jahres)"
)
# „könnten schon im Herbst 2023 erklingen“: the subjunctive, then (a word or two) the time.
_MAY_HAPPEN = lazy_re.compile(
    r"\bkönnten?\s+(?:[^\W\d]+\s+){0,2}?(?P<when>(?:im|in|zu|zur|ab|bis)\s+(?:zum\s+)?"
    + _TIME
    + r")",
    FLAGS,
)
# „Wenn bis Ende dieses Jahres …,“ / „„Wenn wir bis Januar 2023 …,“: a condition's deadline,
# inside the clause opened by „Wenn“ (no comma between).
_CONDITION_UNTIL = lazy_re.compile(
    r"(?:^|[.!?;:„“\"]\s*)wenn\b[^,.!?;]{0,60}?(?P<when>\bbis\s+(?:zum\s+)?" + _TIME + r")",
    FLAGS,
)


# „Wir wünschen allen Bücherflohmarkt-Freunden Gesundheit und ein Wiedersehen im September 2021.“
# (round 243, the year's market called off): a reunion wished for at a time, no offering's.
_WISHED_REUNION = lazy_re.compile(
    r"\bwiedersehen\s+(?P<when>(?:im|in|zu|zur|ab)\s+(?:zum\s+)?" + _TIME + r")", FLAGS
)


def without_hoped_times(text: str) -> str:
    """The text with the times it only hopes for or sets as a condition blanked (see the module)."""
    lowered = text.lower()
    if "könnte" in lowered:
        text = _MAY_HAPPEN.sub(_blanked, text)
    if "wenn" in lowered and "bis" in lowered:
        text = _CONDITION_UNTIL.sub(_blanked, text)
    if "wiedersehen" in lowered and ("wünsch" in lowered or "hoff" in lowered):
        text = _WISHED_REUNION.sub(_blanked, text)
    return text


def _blanked(found: re.Match[str]) -> str:
    start = found.start("when") - found.start()
    return found.group(0)[:start] + " " * (found.end("when") - found.start("when"))
