"""The place a page states once for its regular dates, in a „Wann:“ / „Wo:“ pair.

A Repair Café's home page lists its next Saturdays as boxes („26.07“ / „Juli“ / „Samstag“) and
states in its contact section, once for all of them, when and where it meets: „<p><strong>Wann:
</strong><br>An jeweils einem Samstag im Monat</p><p><strong>Wo:</strong><br>Haus der Begegnung
<br>Karthaus 12, Xanten</p>“. The boxes name no place, so a reader takes the one the page states.
When the page holds exactly one paragraph labelled „Wo:“ („Ort:“, „Where:“) that names a venue or
an address, right after a paragraph labelled „Wann:“ („When:“, „Zeit:“) that names a rule and no
day — the pair tells the regular meeting, not one event's —, the dated records of a list none of
whose rows names a place of its own take that place (its lines joined by commas).

A seminar's post lists its four lessons („Lesson 1 - September 5th - Introduction to R and
RStudio“) and says below the list, once for all of them, „<p><strong>Where: 3600 Morrissey Hall
</strong></p><p><strong>When: Select Wednesdays from 1pm to 2pm</strong></p>“: the label and its
value on one line, the „When:“ after the „Where:“. The pair is read the same way in either order
and either layout, and the hours the „When:“ states („from 1pm to 2pm“) are the hours of each
dated record that states none of its own. Its series' next post lists the days in the „When:“
itself („When: Wednesdays (Jan. 24, Feb. 7, Feb. 21, & Mar. 7) from 1pm to 2pm“), and the list's
records are those days: the „Where:“ beside it is their place too.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.date_cues import TIME_LIKE, search_date_like
from netdir.extract.element_ancestors import document_root
from netdir.extract.element_siblings import element_after, element_before
from netdir.extract.lead_times import add_shared_time
from netdir.extract.place_lines import names_a_venue_or_address
from netdir.normalize.when_lists import occurrences
from netdir.records import RawRecord

SOURCE = "listing: the page's „Wo:“ beside its „Wann:“ (the place of its regular dates)"
HOURS_SOURCE = " + time:the page's „When:“ beside its „Where:“ (the hours of its regular dates)"
# The label alone on its line („Wo:“ / „Haus der Begegnung“) or before its value on the same line
# („Where: 3600 Morrissey Hall“); the value's first line is then what follows the label.
_WHERE_LABEL = lazy_re.compile(r"^(?:wo|ort|where)\s*[:：](?:\s*(?P<value>\S.*))?$", re.IGNORECASE)
_WHEN_LABEL = lazy_re.compile(r"^(?:wann|zeit|when)\s*[:：](?:\s*(?P<value>\S.*))?$", re.IGNORECASE)
# „from 1pm to 2pm“, „19:00 - 21:00“: the words between a range's two clocks.
_HOURS_BETWEEN = lazy_re.compile(r"\s*(?:to|until|till|bis|[-–—])\s*", re.IGNORECASE)
_VALUE_LINES = 3  # a venue, its street, its town
_VALUE_CHARS = 120


def places_from_the_where_label(group: list[RawRecord], row: LexborNode) -> None:
    """Give the dated records of ``group`` the place of the page's one „Wo:“ paragraph beside a
    „Wann:“ that names no day, when none of them has a place of its own (see the module
    docstring). ``row`` is a node of the list."""
    dated = [record for record in group if record.date_text]
    if len(dated) < 2 or any(record.location_text for record in dated):
        return
    root = document_root(row)
    labelled = [value for p in root.css("p") if (value := _labelled(p, _WHERE_LABEL)) is not None]
    if len(labelled) != 1:
        return
    paragraph, lines = labelled[0]
    place = ", ".join(lines)
    if not lines or len(place) > _VALUE_CHARS or not names_a_venue_or_address(place):
        return
    found = _when_beside(paragraph)
    if found is None or not found[1]:
        return
    when = found[1]
    if any(search_date_like(line) for line in when) and not _the_lists_days(when, dated):
        return  # one event's day beside its place — unless the list's days are that line's own
    for record in dated:
        record.location_text = place
        record.field_sources["location_text"] = SOURCE
    hours = _hours(" ".join(when))
    untimed = [record for record in dated if not TIME_LIKE.search(record.date_text or "")]
    if hours is not None and untimed:
        add_shared_time(untimed, hours, HOURS_SOURCE)


def _the_lists_days(when: list[str], dated: list[RawRecord]) -> bool:
    """Whether the days the „Wann:“ lines list are the dated records' days, one each."""
    days = occurrences(" ".join(when))
    return days is not None and sorted(days) == sorted(r.date_text or "" for r in dated)


def _when_beside(paragraph: LexborNode) -> tuple[LexborNode, list[str]] | None:
    """The „Wann:“ paragraph just before the „Wo:“ one, or else just after it, and its lines."""
    for neighbour in (element_before(paragraph), element_after(paragraph)):
        if neighbour is not None and (when := _labelled(neighbour, _WHEN_LABEL)) is not None:
            return when
    return None


def _hours(text: str) -> str | None:
    """The hours a „When:“ line states: its one clock („at 7pm“) or its range („from 1pm to
    2pm“), None when it states none or several."""
    clocks = list(TIME_LIKE.finditer(text))
    if len(clocks) == 1:
        return clocks[0].group()
    if len(clocks) == 2 and _HOURS_BETWEEN.fullmatch(text, clocks[0].end(), clocks[1].start()):
        return text[clocks[0].start() : clocks[1].end()]
    return None


def _labelled(paragraph: LexborNode, label: re.Pattern[str]) -> tuple[LexborNode, list[str]] | None:
    """(the paragraph, the lines after its label) when its first line is only ``label``, or
    ``label`` and the value's first line („Where: 3600 Morrissey Hall“)."""
    if paragraph.tag != "p":
        return None
    lines = [" ".join(line.split()) for line in paragraph.text(separator="\n").split("\n")]
    lines = [line for line in lines if line]
    if not lines or (match := label.match(lines[0])) is None or len(lines) > 1 + _VALUE_LINES:
        return None
    first = [match["value"]] if match["value"] else []
    return paragraph, [*first, *lines[1:]]
