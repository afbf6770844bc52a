"""Lines under month headings: a weekday's day on one line, the event's name on the next.

A county Master Gardeners' calendar is one run of ``<br>`` lines, no element per event::

    <u><b>March 2024</b></u><br><br>
    Sunday, March 3, 1 to 3<br>
    &emsp;<i>Blueberry Pruning<br>&emsp;Highland Rim</i><br><br>
    Thursday, March 28 <br>
    &emsp;<i>RCMGA Meeting at Highland Rim 7PM to 9PM</i><br><br>
    <u><b>April 2024</b></u><br><br> …

No repeated block holds the events, so the listing detector found nothing and the page gave no
record. A reader sees one event per day line: a line of nothing but a weekday and a day (and
maybe its hours), the year from the nearest line above that is only a month and a year; the next
line names the event. The name line may close with the event's place after „at“ or a dash and
its hours („Plant Sale at UT Extension Office 8AM to 2PM“, „Master Gardener County Meeting -
Highland Rim - 7:00pm“); where it names no place, short lines right below it are the place
(„UT-Extension Office“ / „Springfield, TN“), maybe with the hours after them („Highland Rim -
Downstairs Room 9AM-3PM“) — a sentence (closing with a full stop) ends them. Read only where the
page's list dates nothing, and only for two such day lines or more under a month heading; a
line without a day („No Monthly Meeting“, „Christmas Party/Monthly Meeting TBD“) is none.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from netdir import lazy_re
from netdir.extract.block_text import text_chunks
from netdir.extract.context import PageContext, set_field
from netdir.records import RawRecord

EXTRACTOR = "listing"
CONFIDENCE = 0.7
_SOURCE = "listing:day line under a month heading"
_MIN_EVENTS = 2
_LONGEST_LINE = 120  # a name or place line; longer lines are prose
_PLACE_WORDS = 10  # „Beth Hannabas' home 215 North Main St. Springfield, TN“
_WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)"
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_DAY = rf"{_WEEKDAY}\.?,? {_MONTH}\.? (?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_CLOCK = r"\d{1,2}(?::\d{2})? ?(?:[ap]\.?m\.?)?"
_HOURS = rf"{_CLOCK}(?: ?(?:-|–|to) ?{_CLOCK})?"
# „Thursday, March 28“, „Sunday, March 3, 1 to 3“, „Friday, June 28 & Saturday, Jun 29“
_DAY_LINE = lazy_re.compile(
    rf"^(?P<days>{_DAY}(?: ?(?:&|and|-|–) ?{_DAY})?)(?:,? (?P<hours>{_HOURS}))?$", re.IGNORECASE
)
_MONTH_HEADING = lazy_re.compile(rf"^{_MONTH}\.? (?P<year>(?:19|20)\d\d)$", re.IGNORECASE)
# The hours closing a name or place line, after a space or a dash: „… 7PM to 9PM“, „- 7:00pm“.
_TRAILING_HOURS = lazy_re.compile(rf"(?:^|\s[-–]\s|\s)(?P<hours>{_HOURS})$", re.IGNORECASE)
_AM_PM_OR_COLON = lazy_re.compile(r"[ap]\.?m\b|:", re.IGNORECASE)
_AM_PM = lazy_re.compile(r"[ap]\.?m\b", re.IGNORECASE)
_BARE_CLOCK = lazy_re.compile(r"\b(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?\b")
_LAST_AFTERNOON_HOUR = 6
_AT_PLACE = lazy_re.compile(r"^(?P<name>.+?) at (?P<place>[A-Z].*)$")
_DASH_PLACE = lazy_re.compile(r"^(?P<name>.+) [-–] (?P<place>[A-Z][^-–]*)$")
# A quick look before any line is split: a weekday, a comma and a month word.
_CUE = lazy_re.compile(rf"\b{_WEEKDAY},? {_MONTH}\b", re.IGNORECASE)


def month_heading_day_line_records(tree: LexborHTMLParser, context: PageContext) -> list[RawRecord]:
    """One record per day line of an element whose lines run under month headings (see module)."""
    body = tree.body
    if body is None or _CUE.search(" ".join(body.text(separator=" ").split())) is None:
        return []
    records: list[RawRecord] = []
    seen: set[int] = set()
    for br in tree.css("br"):
        element = br.parent
        if element is None or element.mem_id in seen:
            continue
        while element.tag in ("i", "em", "b", "strong", "u", "span", "font") and element.parent:
            element = element.parent
        if element.mem_id in seen:
            continue
        seen.add(element.mem_id)
        found = _events([" ".join(line.split()) for line in text_chunks([element])], context)
        if len(found) >= _MIN_EVENTS:
            records.extend(found)
    return records


def _events(lines: list[str], context: PageContext) -> list[RawRecord]:
    """The records of ``lines``: each day line under a month heading, named by the line below."""
    records: list[RawRecord] = []
    year: str | None = None
    for index, line in enumerate(lines):
        if (heading := _MONTH_HEADING.match(line)) is not None:
            year = heading["year"]
            continue
        day = _DAY_LINE.match(line)
        if day is None or year is None or index + 1 >= len(lines):
            continue
        below = lines[index + 1 :]
        if not _is_a_name(below[0]):
            continue
        records.append(_record(day, year, below, context))
    return records


def _is_a_name(line: str) -> bool:
    return (
        0 < len(line) <= _LONGEST_LINE
        and (line[0].isupper() or line[0].isdigit())
        and _DAY_LINE.match(line) is None
        and _MONTH_HEADING.match(line) is None
    )


def _record(day: re.Match[str], year: str, below: list[str], context: PageContext) -> RawRecord:
    name, place, hours = _name_place_hours(below[0])
    if place is None:
        place, place_hours = _place_lines(below[1:])
        hours = hours or place_hours
    hours = _on_the_clock(day["hours"] or hours)
    record = context.new_record(EXTRACTOR, name, confidence=CONFIDENCE)
    record.field_sources["title"] = f"{_SOURCE} (the line below it)"
    # The heading's year after the (last) day: „Thursday, March 28, 2024 7PM to 9PM“.
    when = f"{day['days']}, {year}" + (f" {hours}" if hours else "")
    set_field(record, "date_text", when, f"{_SOURCE} (its year from the heading)")
    if place:
        set_field(record, "location_text", place, f"{_SOURCE} (the place after its name)")
    return record


def _name_place_hours(line: str) -> tuple[str, str | None, str | None]:
    """A name line split into the name, the place after „at“ or a dash, and its closing hours."""
    rest, hours = _without_hours(line)
    if (at := _AT_PLACE.match(rest)) is not None:
        return at["name"].strip(), at["place"].strip(), hours
    if (dash := _DASH_PLACE.match(rest)) is not None and len(dash["name"].split()) >= 2:
        return dash["name"].strip(), dash["place"].strip(), hours
    return rest, None, hours


def _place_lines(lines: list[str]) -> tuple[str | None, str | None]:
    """The place the short lines below a name give (and hours closing them), up to a sentence,
    the next day line or heading."""
    parts: list[str] = []
    hours: str | None = None
    for line in lines:
        if (
            not line
            or len(line.split()) > _PLACE_WORDS
            or line.endswith((".", "!", "?", ":"))
            or _DAY_LINE.match(line) is not None
            or _MONTH_HEADING.match(line) is not None
        ):
            break
        rest, found = _without_hours(line)
        if rest:
            parts.append(rest.strip(" -–"))
        if found is not None:
            hours = found
            break
    return (", ".join(parts) or None), hours


def _on_the_clock(hours: str | None) -> str | None:
    """``hours`` as a reader of a club's calendar takes them: with am/pm as written; bare hours
    („1 to 3“ on a Sunday, „9 to 12“, a picnic at „4:00“) by the day's waking hours — one to six
    in the afternoon, seven to twelve as written (no club meets at 4 am)."""
    if hours is None or _AM_PM.search(hours):
        return hours
    return _BARE_CLOCK.sub(_afternoon, hours)


def _afternoon(clock: re.Match[str]) -> str:
    hour = int(clock["hour"])
    hour = hour + 12 if 1 <= hour <= _LAST_AFTERNOON_HOUR else hour
    return f"{hour:02d}:{clock['minute'] or '00'}"


def _without_hours(line: str) -> tuple[str, str | None]:
    """``line`` without the hours closing it (with am/pm or a colon), and those hours."""
    found = _TRAILING_HOURS.search(line) if len(line) <= _LONGEST_LINE else None
    if found is None or not _AM_PM_OR_COLON.search(found["hours"]):
        return line, None
    return line[: found.start()].rstrip(" -–"), found["hours"]
