"""A day and month opening a line without the month's closing dot: „19.07 Nürnberg, Climate
Action Bar Desi 19:00 Uhr“, „25.07 19:00 Uhr Onlinecall“, „23-27.08 Krk“, „26/27.08 Klimacamp“.

German lists of dates often leave the last dot out. Written like that, a day and month look like
a clock („19.07“ could be 19:07), so the rule asks for what a clock never is: both numbers with two
digits (as a date format pads them), a month that a clock's minutes are not written as in a list
of events (05 and 10 only with a day above 23, which no hour is), and after it a word that is no
„Uhr“ (nor a price's unit) or a clock of its own; and it reads only the first word of a text or a
line, where a list's row states its day — inside a sentence „28.03“ is a score, „16.04“ a version.
"""

from __future__ import annotations

import re

from netdir import lazy_re

#: A day and its month as numbers („21.09“, „3.4“), no groups: a context's other day.
DAY_MONTH = r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])"
#: The same, day and month in groups ``d`` and ``m``: a day whose month's closing dot is left out.
UNDOTTED_DAY_MONTH = r"(?P<d>0?[1-9]|[12]\d|3[01])\.(?P<m>0?[1-9]|1[0-2])"
#: What a match of UNDOTTED_DAY_MONTH becomes: the day, the month and the month's dot.
MONTH_DOT = r"\g<d>.\g<m>."

# At a line's opening no context proves a date, so both numbers are padded as a date format
# writes them (``DAY_MONTH`` reads „3.4“ where a context does).
_DAY = r"(?:0[1-9]|[12]\d|3[01])"
# the first day of a run or a pair before the day that carries the month: „23-“, „26/“
_RUN_START = rf"(?:{_DAY}\s?[-/]\s?)?"
# a clock after the day: „19:00“, „19 Uhr“, „7pm“
_CLOCK_AFTER = r"(?:[01]?\d|2[0-3])(?::[0-5]\d|\s?(?:uhr|pm|am)\b)"
# a word after the day that is no clock's „Uhr“/„h“ nor a price's or measure's unit
_WORD_AFTER = (
    r"(?!(?:uhr|h|eur|euro|euros|chf|usd|dollars?|cents?|ct|kg|km|prozent|percent)\b)"
    r"[^\W\d_]{2,}"
)
# the text's or a line's first word: „Rangnote von 28.03 den …“, „Ubuntu 16.04 is …“ inside a
# sentence are a score and a version; a list's row opens with its day
_OPENING = r"(?<![^\n])"
# for the extractors' cues, any word not inside a number, a date, a path or after a currency sign
# („$25.03 advance“ is a price): a block's text joins its rows, each opening with its day
_WORD_START = r"(?<![\w.:/,$€£¥+-])"
_END = r"(?![\d.])"


def _pattern(names: bool, boundary: str) -> str:
    clock = "?P<dm>" if names else "?:"
    word = "?P<dw>" if names else "?:"
    run = "?P<dr>" if names else "?:"
    # („05.08, 11:00 Uhr“: a list's reading joins the day and its clock with a comma)
    return (
        rf"{boundary}({clock}{_RUN_START}{_DAY}\.(?:0[1-9]|1[0-2])){_END}(?=,?\s+{_CLOCK_AFTER})"
        rf"|{boundary}({word}{_RUN_START}(?:{_DAY}\.(?:0[1-46-9]|1[12])|(?:2[4-9]|3[01])\.(?:05|10)))"
        rf"{_END}(?=,?\s+{_WORD_AFTER})"
        # a run or pair of days on its own („26/27.08“ in an element of its own): no clock has two
        rf"|{boundary}({run}{_DAY}\s?[-/]\s?{_DAY}\.(?:0[1-9]|1[0-2])){_END}(?=\s*$)"
    )


#: The undotted day and month before a clock (any month) or before a word (a month no clock's
#: minutes stand for, or 05/10 after a day no hour is), or a run of days alone. Groups ``dm``,
#: ``dw`` and ``dr`` end where the dot belongs.
UNDOTTED_OPENING_DAY = lazy_re.compile(_pattern(names=True, boundary=_OPENING), re.IGNORECASE)
#: The same without named groups and at the start of any word, for the extractors' date cues
#: (embedded in larger patterns).
UNDOTTED_OPENING_CUE = _pattern(names=False, boundary=_WORD_START)


def _dotted(found: re.Match[str]) -> str:
    return (found["dm"] or found["dw"] or found["dr"]) + "."


def dotted_opening_days(text: str) -> str:
    """„19.07 Nürnberg …“ → „19.07. Nürnberg …“: the month's dot the line left out."""
    if "." not in text:
        return text
    return UNDOTTED_OPENING_DAY.sub(_dotted, text)
