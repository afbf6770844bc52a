"""„bis“ right before a day: the shared grammar of the deadline readers (``when_hand_ins``,
``when_task_deadlines``).

A homework's and a chore's last day are both told as „bis (zum|am|spätestens) [Wochentag,] Tag“;
the same words close a period („vom 3. bis 5. Mai“), whose end stays an event's day.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.when_words import GERMAN_WEEKDAY_ALT

_FLAGS = re.IGNORECASE

# A weekday right before the day, written out or abbreviated („Di.“, „Fr., den“).
_WEEKDAY = (
    rf"(?:(?:{GERMAN_WEEKDAY_ALT})"
    r"|(?:mo|di|mi|do|fr|sa|so)\.?)"
)
WEEKDAY_BEFORE_DAY = rf"(?:{_WEEKDAY},?\s+(?:den\s+)?)?"
#: „bis (zum|am|spätestens) [weekday,] “ right before the day (a pattern's text, to be composed).
UNTIL = rf"\bbis\s+(?:zum\s+|am\s+|spätestens\s+(?:zum\s+|am\s+)?)?{WEEKDAY_BEFORE_DAY}"
#: The text before a day ends in „bis …“.
UNTIL_BEFORE = lazy_re.compile(rf"{UNTIL}$", _FLAGS)
#: „vom 3. bis 5. Mai“, „ab Montag bis Freitag, 8. Mai“, „von Mo. bis Fr. 8. Mai“: the day
#: ends a period, no deadline (a day's or an abbreviated weekday's dot stays inside it).
PERIOD_BEFORE = lazy_re.compile(
    r"\b(?:vom|von|ab|zwischen|seit)\s+(?:[^.!?;]|(?<=\d)\.|(?<=mo|di|mi|do|fr|sa|so)\.){0,40}?"
    r"\bbis\s+(?:zum\s+|am\s+)?"
    r"(?:[^\W\d]+\.?,?\s+(?:den\s+)?)?$",
    _FLAGS,
)
