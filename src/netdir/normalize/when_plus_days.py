"""Days joined by a plus sign that do not follow each other: a list of separate days, not a period.

Minutes and notices join days with „+“ („Wahlen: 21.+22.6.“, „Infoveranstaltung der Wahlvorstände:
30.5. + 2.6.“). Two following days so joined are one period (the range reader keeps them), but
days further apart are separate dates — the first is the start and there is no end, as with
„und“ (round 212). A weekday may stand before the second day („Mo 3.5. + Do 6.5.“).
"""

from __future__ import annotations

from datetime import date

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, WD_ALT
from netdir.normalize.when_mentions import Mention
from netdir.normalize.when_pairs import following_days

_PLUS_GAP = lazy_re.compile(
    r"\s*\+\s*(?:am\s+|on\s+)?(?:(?:" + WD_ALT + r")\.?,?\s*)?(?:den\s+|dem\s+)?$", FLAGS
)


def plus_joined_apart(text: str, first: Mention, second: Mention, reference: date) -> bool:
    """Whether only a „+“ joins two days that do not follow each other (separate days)."""
    return (
        first.feast is None
        and second.feast is None
        and "+" in text[first.end : second.start]
        and _PLUS_GAP.match(text, first.end, second.start) is not None
        and not following_days(first, second, reference)
    )
