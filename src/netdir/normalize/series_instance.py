"""An ordinal before "weekly" counts one meeting of a series: no weekly rule.

„The fifth weekly Garden of Chaos tournament … To be held on Thursday the 25th of June 2020“: the
text is about the series' fifth tournament, on the day it names; "weekly" describes the series,
it announces no schedule (as "weekly on Thursdays" or "every week" do). So do "the 33rd weekly
meetup" and "our next weekly session".
"""

from __future__ import annotations

import re

from netdir import lazy_re

_ORDINAL_BEFORE = lazy_re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\d+(?:st|nd|rd|th)|next|last)\s+$",
    re.IGNORECASE,
)
_REACH = 16  # "seventh " and a space fit


def counts_an_instance(text: str, weekly_at: int) -> bool:
    """Whether the frequency word at ``weekly_at`` follows an ordinal ("the fifth weekly …")."""
    return _ORDINAL_BEFORE.search(text[max(0, weekly_at - _REACH) : weekly_at]) is not None
