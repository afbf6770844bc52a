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

A garden club's year table writes the clock right after the name and the place after the clock
(„Jahreshauptversammlung, 19:00 Uhr im Gasthaus "Weisses Kreuz".“, „Mostersitzung, 19:00 Uhr
altes Feuerwehrhaus“, „Flurreinigung 17:00 Uhr, Treffpunkt am Dorfweiher.“, „Vereinsabend,
19:30 im Gasthaus …“; an association's card „Kinder–Weihnachtsbasteln, 9–13 Uhr im Pfarreitreff“
with its span of hours): the name, the clock or span (with „Uhr“, or with its minutes when a
place's preposition follows) and a place — led by its preposition, or a phrase holding a venue word —
and nothing else. A name that is a sentence of its own („Kräuterwanderung. 16:00 Uhr bei Fr. …“)
is cut there whatever follows its clock (held at the host's address when the line gives one:
„bei Fr. Anita Schrödel, Oberdorf 5, Lindelburg.“), and that clock outranks a meeting time the row's
further lines state („Abfahrt in Fahrgemeinschaften um 15:45 Uhr“): people meet before the
start. A row that writes its place before the clock at the end („Helferessen, im Weissen
Kreuz, 19:00 Uhr“) is held at the place its preposition leads.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.place_lines import names_a_venue_word
from netdir.extract.place_prepositions import PLACE_OR_AM_PREPOSITION, PLACE_PREPOSITION

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

# „Jahreshauptversammlung, 19:00 Uhr im Gasthaus …“, „Kräuterwanderung. 16:00 Uhr bei …“: a
# short name, a comma, a full stop or a space, the clock (with „Uhr“, or with its minutes before
# a place's preposition), then the rest of the line.
_CLOCK_MID = (
    rf"(?:(?:um|ab|von)\s+)?(?:(?:{_SPAN}|{_CLOCK})\s*Uhr\b"
    rf"|{_HOUR}[:.][0-5]\d(?=\s+{PLACE_OR_AM_PREPOSITION}\s))"
)
_NAME_THEN_CLOCK = lazy_re.compile(
    r"^(?P<name>[A-ZÄÖÜ\"„][^,.:;()\d]{1,60}?)(?P<sep>\s*,\s*|\.\s+|\s+)"
    rf"(?P<clock>{_CLOCK_MID})\s*(?P<rest>.*)$",
    re.DOTALL,
)
# What follows the clock when it is only where: „im Gasthaus "Weisses Kreuz".“, „altes
# Feuerwehrhaus“, „, Treffpunkt am Dorfweiher.“ (a meeting point's cue and its preposition off).
_WHERE_AFTER = lazy_re.compile(
    r"^,?\s*(?:Treffpunkt\s*:?\s+)?"
    rf"(?:(?P<prep>{PLACE_OR_AM_PREPOSITION})\s+)?(?P<place>[^,.;:!?()\d\s][^,.;:!?()\d]{{2,60}}?)\s*[.!]?$"
)
# „Helferessen, im Weissen Kreuz“ (the clock after it already cut): the place its preposition leads.
_NAME_THEN_WHERE = lazy_re.compile(
    rf"^(?P<name>[^,]*?\w[^,]*?),\s+{PLACE_PREPOSITION}\s+(?P<place>[^\W\d][^,.;:!?()\d]{{2,40}})$"
)
# „bei Fr. Anita Schrödel, Oberdorf 5, Lindelburg.“: at a host's, given by the host's address.
_AT_A_HOST = lazy_re.compile(
    r"^bei\s+[^,]{3,40},\s*(?P<place>[A-ZÄÖÜ][\w.-]*(?:\s[\w.-]+)?\s+\d+[a-z]?,\s*[A-ZÄÖÜ][\w-]+"
    r"(?:\s[A-ZÄÖÜ][\w-]+)?)\s*\.?$"
)
_MAX_NAME_WORDS = 5
_MAX_PLACE_WORDS = 5


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
    if town is None and (held := _held_at(name)) is not None:
        name, town = held  # „Helferessen, im Weissen Kreuz, 19:00 Uhr“
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


def _held_at(name: str) -> tuple[str, str] | None:
    """``(name, place)`` of „Helferessen, im Weissen Kreuz“; None when no short place its
    preposition leads ends the name."""
    match = _NAME_THEN_WHERE.match(name)
    if match is None or len(match["place"].split()) > _MAX_PLACE_WORDS:
        return None
    if not any(word[:1].isupper() for word in match["place"].split()):
        return None
    return match["name"].strip(), match["place"].strip()


def hours_inside_the_title(title: str) -> tuple[str, str, str | None] | None:
    """``(name, clock, place)`` of a title that goes on from its name to its clock and then to
    where („Mostersitzung, 19:00 Uhr altes Feuerwehrhaus“); a name that is a sentence of its own
    („Kräuterwanderung. 16:00 Uhr bei …“) whatever follows (its place None). None otherwise."""
    if _DIGIT.search(title) is None:
        return None
    first_line = title.strip().split("\n", 1)[0]
    match = _NAME_THEN_CLOCK.match(first_line)
    if match is None:
        return None
    name = match["name"].strip()
    if sum(ch.isalpha() for ch in name) < _MIN_NAME_LETTERS or len(name.split()) > _MAX_NAME_WORDS:
        return None
    rest = match["rest"].strip()
    where = _WHERE_AFTER.match(rest) if rest else None
    if where is not None and len(where["place"].split()) <= _MAX_PLACE_WORDS:
        place = where["place"].strip()
        if where["prep"] or names_a_venue_word(place):
            return name, match["clock"], place
    if match["sep"].startswith(".") or not rest:
        host = _AT_A_HOST.match(rest)
        # the name a sentence of its own, or the clock ends it
        return name, match["clock"], host["place"] if host is not None else None
    return None


def time_inside_the_title(reading: BlockReading) -> None:
    """The title goes on from its name to its clock and its place („Jahreshauptversammlung,
    19:00 Uhr im Gasthaus "Weisses Kreuz".“): the name is the title, the clock times the day —
    over a meeting time the row's further lines stated —, the place is where (unless known)."""
    assert reading.title is not None and reading.date_text is not None
    found = hours_inside_the_title(reading.title)
    if found is None:
        return
    name, clock, place = found
    reading.title = name
    source = reading.sources.get("date_text", "listing:")
    if source.endswith(_PROSE_TIME):
        # „Treffpunkt … Abfahrt … um 15:45 Uhr“ below timed the day: the name's clock is the start.
        reading.date_text = reading.date_text.rsplit(", ", 1)[0]
        source = source.removesuffix(_PROSE_TIME)
    if not TIME_LIKE.search(reading.date_text):
        reading.date_text = f"{reading.date_text}, {clock}"
        reading.sources["date_text"] = source + " + time:title inside"
    if place and reading.location_text is None:
        reading.location_text = place
        reading.sources["location_text"] = (
            reading.sources.get("title", "listing:") + " (place after the clock)"
        )


_PROSE_TIME = " + time:prose"
