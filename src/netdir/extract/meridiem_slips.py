"""The half of the day a card's labelled time line gives, against its date line's slip.

A generated card may write its date line with a 12-hour clock that lost its half of the day
— a time entered as „1:00 P.M.“, parsed without its meridiem and rendered again — and keep the
time as it was entered on a labelled line below: „Monday, October 13, 2025 • 1:00 am“ over
„Time: 1:00 P.M.“. A reader takes the labelled line: a committee meets at one in the
afternoon. Only when both lines hold the same hour and minutes and differ in nothing but am/pm;
a labelled line with another clock (a start and a later session) changes nothing.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import text_chunks

SOURCE = "listing: date line's clock with the labelled time line's am/pm"

_CLOCK = r"(?P<hour>\d{1,2}):(?P<minute>\d{2})\s*(?P<half>[ap])\.?\s?m\.?(?![\w])"
# „• 1:00 am“ in the date line.
_DATE_CLOCK = lazy_re.compile(_CLOCK, re.IGNORECASE)
# „Time: 1:00 P.M.“, „Start time: 01:00 PM“: a line of its own, labelled as the time.
_LABELLED = lazy_re.compile(
    r"^\s*(?:start(?:ing)?\s+)?time\s*:\s*" + _CLOCK + r"\s*$", re.IGNORECASE
)


def meridiem_of_the_time_line(segment: list[LexborNode], reading: BlockReading) -> None:
    """Give the date text's clock the half of the day the block's „Time:“ line states, when the
    two lines state the same clock in different halves (see the module docstring)."""
    if reading.date_text is None or reading.holds_several:
        return
    clocks = list(_DATE_CLOCK.finditer(reading.date_text))
    if len(clocks) != 1:
        return
    clock = clocks[0]
    for line in text_chunks(segment):
        labelled = _LABELLED.match(line)
        if labelled is None:
            continue
        same = int(labelled["hour"]) == int(clock["hour"]) and labelled["minute"] == clock["minute"]
        if not same or labelled["half"].lower() == clock["half"].lower():
            return
        half = "pm" if labelled["half"].lower() == "p" else "am"
        text = reading.date_text
        reading.date_text = f"{text[: clock.start()]}{clock['hour']}:{clock['minute']} {half}"
        reading.date_text += text[clock.end() :]
        reading.sources["date_text"] = SOURCE
        return
