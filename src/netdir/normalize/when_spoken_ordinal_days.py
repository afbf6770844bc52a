"""A German day written as a spoken ordinal in digits („am Sonntag den 11ten Januar 2026“, „der
1te Mai“, „zum 21sten Juni“): the number with the ending of the word read aloud („elften“)
instead of the dot. The ending hides the day, so the month alone was read; with the dot,
„11. Januar 2026“ is read as any German day is."""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT

# The endings a German ordinal takes („1te“, „2ten“, „3ter“, „4tem“, „20sten“, „1stes“), only
# before a month name: „zum 2ten Mal“ and „die 3te Klasse“ name no day.
_SPOKEN_ORDINAL_DAY = lazy_re.compile(
    rf"(?<![\d.,:])(?P<d>[12]?\d|3[01])(?:s?te[nmrs]?)\s+(?=(?:{MONTH_ALT})\b)",
    FLAGS,
)


def spoken_ordinal_days_dotted(text: str) -> str:
    """``text`` with each day written „11ten“ before a month name as „11.“."""
    if "te" not in text:
        return text
    return _SPOKEN_ORDINAL_DAY.sub(r"\g<d>. ", text)
