"""Hours that a listed row writes at the end of its title cell.

„1. Bundesliga, 4. Spieltag in Gärtringen, Beginn 18.00 Uhr“ below the day: the cell names the
event, where, and when it starts. A choir's year table writes its rehearsal days the same way,
with hours instead of a start („Chörchenprobentag in Groß Kienitz, 10-14:30 Uhr“), or without the
comma („Generalprobe ab 10 Uhr“, „Chörchenprobentag 10-14:30“). The clock times the row's day
(unless the row is timed already), an „in <Town>“ right before it is the place, the rest is
the name. Without a comma only a clock that says it is one — opened by „ab/um/von“ or a span
of hours — is taken: „Gruppe 3 Uhr“ is not read, „Tag der offenen Tür 10-16 Uhr“ is. A list's
row may put the clock between the name and the place, each between commas („Sommerfest, 18:00,
Hauptplatz“, „Workshop, 15:00–17:00, Hauptgebäude“): a clock with its minutes there is the
hours, the one part after it the place.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.date_cues import TIME_LIKE

_HOUR = r"(?:[01]?\d|2[0-3])"
_CLOCK = rf"{_HOUR}(?:[:.][0-5]\d)?"
_SPAN = rf"{_CLOCK}\s*(?:-|–|—|bis)\s*{_CLOCK}"
_LEAD = r"(?:Beginn|Start|Anpfiff|ab|um|von)\s+"
# After a comma: one clock or a span, with „Uhr“, or a span whose end has its minutes.
_AFTER_COMMA = (
    rf"(?:{_LEAD})?(?:{_SPAN}|{_CLOCK})\s*Uhr|{_HOUR}(?:[:.][0-5]\d)?\s*[-–]\s*{_HOUR}:[0-5]\d"
)
# Without a comma: a clock opened by its lead word, or a span of hours.
_AFTER_SPACE = rf"{_LEAD}(?:{_SPAN}|{_CLOCK})\s*Uhr|{_SPAN}\s*Uhr|{_HOUR}(?:[:.][0-5]\d)?\s*[-–]\s*{_HOUR}:[0-5]\d"
_TOWN = r"(?:\s+in\s+(?P<town>[A-ZÄÖÜ][\w-]+(?:\s[A-ZÄÖÜ][\w-]+)?))?"
_WHEN_AT_END = lazy_re.compile(
    rf"^(?P<name>.*?\w.*?){_TOWN}(?:,\s*(?P<clock>{_AFTER_COMMA})|\s+(?P<bare>{_AFTER_SPACE}))\.?$"
)
_MIN_NAME_LETTERS = 3
# „12:00 Uhr Mobile Schadstoffsammlung …“, „ab 19 Uhr Karnevalsauftakt“: a row's text cell that
# opens with the clock (with „Uhr“, or a span with its minutes) before a capitalised name.
_WHEN_AT_START = lazy_re.compile(
    rf"^(?P<clock>(?:{_LEAD})?(?:{_SPAN}|{_CLOCK})\s*Uhr|{_HOUR}[:.][0-5]\d\s*[-–]\s*{_HOUR}[:.][0-5]\d)"
    r"[\s:,–—-]+(?P<name>[A-ZÄÖÜ\"„“].*)$"
)
_DIGIT = lazy_re.compile(r"\d")
# „Sommerfest, 18:00, Hauptplatz“: name, a clock with its minutes (or a span of them), place.
_MINUTES_CLOCK = rf"{_HOUR}[:.][0-5]\d(?:\s*(?:-|–|—|bis)\s*{_HOUR}[:.][0-5]\d)?(?:\s*Uhr)?"
_WHEN_THEN_WHERE = lazy_re.compile(
    rf"^(?P<name>[^,]*?\w[^,]*?),\s*(?P<clock>{_MINUTES_CLOCK}),\s*(?P<town>[^,\d]*[^\W\d][^,]{{0,40}})$"
)


def _ends_in_hours(title: str) -> bool:
    """What ``_WHEN_AT_END`` asks of the end: „Uhr“ or a digit, a dot after it, and ``$`` (the
    end or a last line break)."""
    end = title.removesuffix("\n").removesuffix(".")
    return end.endswith("Uhr") or end[-1:].isdecimal()


def hours_at_the_title_end(title: str) -> tuple[str, str, str | None] | None:
    """``(name, clock, town)`` when ``title`` ends in its hours; None otherwise."""
    # Both forms hold a clock, so a digit; the first ends in its hours. Asked first, as
    # ``_WHEN_AT_END`` tries every end of its lazy name (a long title's cell costs ~0.2 ms).
    if _DIGIT.search(title) is None:
        return None
    match = (_WHEN_AT_END.match(title) if _ends_in_hours(title) else None) or (
        _WHEN_THEN_WHERE.match(title)
    )
    if match is None or sum(ch.isalpha() for ch in match["name"]) < _MIN_NAME_LETTERS:
        return None
    clock = match["clock"] or match["bare"]
    return match["name"].strip(" ,;–—-"), clock, match["town"]


def time_at_the_title_end(reading: BlockReading) -> None:
    """The title ends in „, Beginn 18.00 Uhr“ or „ab 10 Uhr“: the clock times the day (unless it
    is timed), an „in <Town>“ right before it is the place, the rest is the name."""
    assert reading.title is not None and reading.date_text is not None
    found = hours_at_the_title_end(reading.title)
    if found is None:
        return
    name, clock, town = found
    reading.title = name
    if not TIME_LIKE.search(reading.date_text):  # the block's prose may have timed it already
        reading.date_text = f"{reading.date_text}, {clock}"
        reading.sources["date_text"] = (
            reading.sources.get("date_text", "listing:") + " + time:title"
        )
    if town and reading.location_text is None:
        reading.location_text = town
        reading.sources["location_text"] = reading.sources.get("title", "listing:") + " in"


def time_at_the_title_start(reading: BlockReading) -> None:
    """The title opens with its clock („12:00 Uhr Mobile Schadstoffsammlung“ beside the row's
    day „16.11.“): the clock times the day (unless it is timed), the rest is the name."""
    assert reading.title is not None and reading.date_text is not None
    match = _WHEN_AT_START.match(reading.title)
    if match is None or sum(ch.isalpha() for ch in match["name"]) < _MIN_NAME_LETTERS:
        return
    reading.title = match["name"].strip()
    if not TIME_LIKE.search(reading.date_text):
        reading.date_text = f"{reading.date_text}, {match['clock']}"
        reading.sources["date_text"] = (
            reading.sources.get("date_text", "listing:") + " + time:title start"
        )
