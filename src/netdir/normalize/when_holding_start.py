"""When a membership, a share or a subscription starts is no offering's time: „Einführung und
Infos zur Mitgliedschaft ab Mai 2017“, „Wenn Sie Interesse an einem Ernteanteil ab April 2018
haben …“ (round 206, a community-supported farm). The month after „ab“ (its year with it) is
blanked, so a day the text names besides is read and a text naming only the start names none."""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT

# the holding's noun, then "ab" and its month: "Mitgliedschaft ab Mai 2017", "einem Ernteanteil
# ab April 2018", "Abo ab Januar"
_HOLDING_FROM = lazy_re.compile(
    r"\b(?:mitgliedschaft|\w*anteil|abo|abonnement|vertrag|vertragsbeginn|mitgliedsbeitrag)\s+ab\s+"
    r"(?P<when>(?:anfang\s+|mitte\s+)?(?:" + MONTH_ALT + r")\b\.?(?:\s+\d{4}(?!\d))?)",
    FLAGS,
)
_HINTS = ("itglied", "nteil", "abo", "Abo", "ertrag")


def without_holding_starts(text: str) -> str:
    """The text with a holding's first month blanked (see the module docstring)."""
    if " ab " not in text or not any(map(text.__contains__, _HINTS)):
        return text
    return _HOLDING_FROM.sub(_blanked_time, text)


def _blanked_time(found: re.Match[str]) -> str:
    start = found.start("when") - found.start()
    return found.group(0)[:start] + " " * (found.end("when") - found.start("when"))
