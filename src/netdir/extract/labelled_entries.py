"""Seminar entries written as labelled lines: a day line opens each entry, „Title:“ lines name it.

A research group's seminar page lists its talks as plain paragraphs between rules, one field a
paragraph, no list, no heading per talk::

    <p><strong>Hour</strong>: 14h00 (14pm WET)</p> <p><strong>Room</strong>: 0.05 (…)</p> <hr/>
    <p><strong>Date:</strong> 23 June 2023</p> <p><strong>Speaker:</strong> André Sequeira</p>
    <p><strong>Title:</strong> Barren Plateaus in Quantum Policy Gradients [slides]</p> …

    <p><strong>06 February 2025</strong></p>
    <p><strong>Title:</strong> <strong>SITAR enhancements …</strong></p> <p>Speaker: …</p>
    <p><strong>Title:</strong> <strong>Bayesian Implementation of …</strong></p> …

No group of repeated elements holds a talk (each paragraph is one field), so the listing
detector finds nothing, and the date-line reader names each day by the title *above* it — the
previous talk's. A reader sees one talk per „Title:“ line, on the day of the entry it stands in:

- a day line is a line of nothing but a day, labelled („Date: 23 June 2023“) or wholly bold
  („22 January 2026“); it opens an entry;
- each „Title:“ line („Talk title:“, „Seminar title:“) of the entry is a talk on that day (two
  titles under one day are two talks); a trailing bracketed link („[slides]“) is no part of it;
- „Hour:“/„Time:“ and „Room:“/„Location:“/„Venue:“ lines give the entry's clock and place; the
  same lines before the first entry give them for every entry that states none („Valid until
  the end of the academic year“); a sentence before the first entry that says where all of
  them are held („Seminar sessions are held on Teams, usually on a Thursday …“, read by
  extract.all_meetings) gives the place of every entry that has no room line.

Read only when the page's list is not strong, and only with ``_MIN_TALKS`` titled entries.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from netdir import lazy_re
from netdir.extract.all_meetings import place_for_all
from netdir.extract.bold_sections import br_lines
from netdir.extract.context import PageContext, set_field
from netdir.extract.date_cues import TIME_LIKE, search_date_phrase
from netdir.extract.title_text import only_a_day
from netdir.records import RawRecord

EXTRACTOR = "listing"
TITLE_SOURCE = "listing:labelled title line of a dated entry"
DATE_SOURCE = "listing:day line opening the entry"
HOUR_SOURCE = "listing:labelled hour line"
PLACE_SOURCE = "listing:labelled room line"
FOR_ALL_SOURCE = "listing:sentence above the entries (where all of them are held)"
_MIN_TALKS = 3
_MAX_LINE = 300

_DAY_LABEL = lazy_re.compile(r"^(?:date|day|when)\s*:\s*(?P<value>.+)$", re.I)
_TITLE_LABEL = lazy_re.compile(
    r"^(?:(?:seminar|talk|lecture|presentation)\s+)?title\s*:\s*(?P<value>\S.*)$", re.I
)
_HOUR_LABEL = lazy_re.compile(r"^(?:hour|hours|time)\s*:\s*(?P<value>.+)$", re.I)
_PLACE_LABEL = lazy_re.compile(r"^(?:room|location|venue|place|where)\s*:\s*(?P<value>.+)$", re.I)
# „[ slides ]“, „[Video]“ after the title: the talk's files, no part of its name.
_TRAILING_BRACKETS = lazy_re.compile(r"(?:\s*\[[^\]]{1,30}\])+\s*$")
# „14h00 (14pm WET)“: the clock, without the bracketed restatement.
_BRACKETED = lazy_re.compile(r"\s*\([^)]*\)")


class _Entry:
    __slots__ = ("day", "for_all", "hour", "place", "titles")

    def __init__(self, day: str) -> None:
        self.day = day
        self.hour: str | None = None
        self.place: str | None = None
        self.for_all: str | None = None  # (the preface's) place a sentence names for all
        self.titles: list[str] = []


def labelled_entries(tree: LexborHTMLParser, context: PageContext) -> list[RawRecord]:
    """One record per „Title:“ line of each entry a day line opens (see the module docstring);
    [] when fewer than ``_MIN_TALKS`` entries have a title."""
    body = tree.body
    if body is None:
        return []
    entries: list[_Entry] = []
    preface = _Entry("")  # the fields stated once above the first entry
    for line in br_lines(body):
        text = line.text.replace(" :", ":")
        if not entries and preface.for_all is None:
            # (a welcome paragraph of any length may say it: the sentence is read alone)
            preface.for_all = place_for_all(text)
        if len(text) > _MAX_LINE:
            continue
        if (day := _day_line(text, bold=line.bold)) is not None:
            entries.append(_Entry(day))
            continue
        entry = entries[-1] if entries else preface
        _read_field(entry, text, titled=bool(entries))
    titled = [entry for entry in entries if entry.titles]
    if len(titled) < _MIN_TALKS:
        return []
    return [record for entry in titled for record in _records(entry, preface, context)]


def _day_line(text: str, bold: bool) -> str | None:
    """The day of a line that says nothing but a day: after a „Date:“ label, or wholly bold."""
    if (label := _DAY_LABEL.match(text)) is not None:
        value = label["value"].strip()
        phrase = search_date_phrase(value)
        if phrase is not None and phrase.start() == 0 and only_a_day(value):
            return value
        return None
    if bold and only_a_day(text) and (phrase := search_date_phrase(text)) is not None:
        return text if phrase.start() == 0 else None
    return None


def _read_field(entry: _Entry, text: str, titled: bool) -> None:
    """Note a title, hour or room line of the entry (titles only inside an entry)."""
    if titled and (title := _TITLE_LABEL.match(text)) is not None:
        name = _TRAILING_BRACKETS.sub("", title["value"]).strip()
        if len(name.split()) >= 2:
            entry.titles.append(name)
    elif (hour := _HOUR_LABEL.match(text)) is not None and TIME_LIKE.search(hour["value"]):
        entry.hour = entry.hour or _BRACKETED.sub("", hour["value"]).strip()
    elif (place := _PLACE_LABEL.match(text)) is not None:
        entry.place = entry.place or place["value"].strip()


def _records(entry: _Entry, preface: _Entry, context: PageContext) -> list[RawRecord]:
    hour = entry.hour or preface.hour
    date_text = entry.day
    if hour and not TIME_LIKE.search(date_text):
        date_text = f"{date_text}, {hour}"
    place = entry.place or preface.place
    place_source = PLACE_SOURCE
    if place is None and preface.for_all is not None:
        place, place_source = preface.for_all, FOR_ALL_SOURCE
    records = []
    for title in entry.titles:
        record = context.new_record(EXTRACTOR, title, confidence=0.5)
        record.field_sources["title"] = TITLE_SOURCE
        set_field(record, "date_text", date_text, DATE_SOURCE)
        set_field(record, "location_text", place, place_source)
        records.append(record)
    return records
