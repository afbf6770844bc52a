"""A labelled line of days: one offering's dates written on one line, each bookable alone.

A small workshop's page names a course in a heading and lists its dates on one line::

    <h2>Mittwochstöpfern: Für Kinder & Erwachsene</h2>
    <p>Termine: 23.04 / 7.05 / 14.05 / 21.05 / 4.05 / 11.05 (können einzeln gebucht werden)</p>
    <p>Mittwochs von 15:30 - 17:30 Uhr</p>

No list or row holds the days, so no reader sees them; a reader sees the course six times. A
line is such a list when a label („Termine:“, „Daten:“, „Dates:“) opens it and three or more
days follow, each a day and a month (a year may follow; the closing dot may be missing, as
the label says they are days), set apart by „/“, „,“, „;“ or „und“ — a note in brackets may close
it or follow a day („28.9. (Beginn 19 Uhr)“: that day's start), one year after the last day holds
for all („Die nächsten Termine sind: 26.10., 9.11., 23.11.,
7.12. und 21.12. 2022“), and a sentence may come before the label in the same paragraph.
Each day is the offering named by the nearest heading above the line (else the document
title), at the hours the line
itself states after its days or the line right below states alone („Mittwochs von 15:30 -
17:30 Uhr“, no day of its own).
"""

from __future__ import annotations

import re
from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir import lazy_re
from netdir.extract.bold_sections import Line, br_lines
from netdir.extract.context import PageContext, set_field
from netdir.extract.date_cues import DATE_LIKE, TIME_LIKE
from netdir.extract.lead_sentence import video_service
from netdir.normalize.when import parse_when
from netdir.records import RawRecord

EXTRACTOR = "listing"
TITLE_SOURCE = "listing:heading above its line of days"
DATE_SOURCE = "listing:labelled line of days"
_MIN_DAYS = 3
_MAX_HOURS_LINE = 60
# „23.04“, „7.05.“, „20.06.2025“: a day 1–31, a month 1–12, maybe a year.
_DAY = r"(?:3[01]|[12]\d|0?[1-9])\.(?:1[0-2]|0?[1-9])(?!\d)(?:\.(?:\d{4}|\d{2})?(?!\d))?"
_NOTED_DAY = rf"{_DAY}(?:\s*\([^()]{{1,40}}\))?"
_LIST = lazy_re.compile(
    # „Die Gruppe findet alle 14 Tage … von 18 bis 20 Uhr statt. Die nächsten Termine sind: …“:
    # a sentence before the label, in the same paragraph, may give the hours
    r"^(?:(?P<lead>[^:]*?[.!?])\s+)?"
    r"(?:(?:die|unsere)\s+)?(?:nächsten\s+|kommenden\s+|weiteren\s+)?"
    r"(?:termine|daten|dates|kurstermine)(?:\s+sind)?\s*:\s*"
    # „26.10., 9.11., 23.11., 7.12. und 21.12. 2022“: „und“ before the last, one year after it
    rf"(?P<days>{_NOTED_DAY}(?:\s*(?:[/,;]|und)\s*{_NOTED_DAY}){{2,}})"
    r"(?:\s+(?P<year>(?:19|20)\d\d)(?!\d))?"
    r"\s*(?P<rest>.*)$",
    re.I,
)
# A day with its bracketed note: „28.9. (Beginn 19 Uhr)“ — that day's own start.
_ONE_DAY = lazy_re.compile(rf"(?P<day>{_DAY})(?:\s*\((?P<note>[^()]{{1,40}})\))?")
_NOTE = lazy_re.compile(r"^\([^()]*\)\s*[.,;]?\s*")
# „15:30 - 17:30 Uhr“, „von 19 bis 21 Uhr“, „19 Uhr“: the hours a line states.
_HOURS = lazy_re.compile(
    rf"(?:{TIME_LIKE.pattern}|\d{{1,2}}(?=\s*(?:-|–|bis)\s*\d))"
    rf"(?:\s*(?:-|–|bis)\s*(?:{TIME_LIKE.pattern}))?",
    re.I,
)


def day_list_records(
    tree: LexborHTMLParser, context: PageContext, beside: list[RawRecord]
) -> list[RawRecord]:
    """One record per day of each labelled line of days under a heading (see the module
    docstring) that no record ``beside`` it holds already (the same name on the same day); []
    when the page has no such line."""
    body = tree.body
    if body is None:
        return []
    lines = br_lines(body)
    today = context.fetched_at.date()
    heading: str | None = None
    records: list[RawRecord] = []
    for index, line in enumerate(lines):
        if line.heading:
            heading = line.text
            continue
        match = _LIST.match(line.text)
        if match is None:
            continue
        # no heading above (a page header's h1 is furniture by now): the document title names
        # the page's offering („In Würde zu sich stehen - Selbsthilfegruppe“)
        heading = heading or _document_title(tree)
        if heading is None:
            continue
        hours = _hours(match["rest"], lines[index + 1 : index + 2]) or _lead_hours(match["lead"])
        service = video_service(match["lead"]) if match["lead"] else None
        for noted in _ONE_DAY.finditer(match["days"]):
            day = noted["day"]
            date_text = day if day.count(".") >= 2 else f"{day}."
            if match["year"] and date_text.endswith("."):
                date_text = f"{date_text}{match['year']}"  # the year written once, after the last
            own = _note_hours(noted["note"])
            if own is not None or hours is not None:
                date_text = f"{date_text}, {own or hours}"
            start = parse_when(date_text, today=today).start
            if start is None or _held(heading, start[:10], beside, today):
                continue
            record = context.new_record(EXTRACTOR, heading, confidence=0.5)
            record.field_sources["title"] = TITLE_SOURCE
            set_field(record, "date_text", date_text, DATE_SOURCE)
            if service is not None:
                # „… als Zoom-Meeting von 18 bis 20 Uhr statt.“ before the label
                set_field(record, "location_text", service, "listing:the line's video service")
            records.append(record)
    return records


def _document_title(tree: LexborHTMLParser) -> str | None:
    title = tree.css_first("head > title")
    text = " ".join(title.text().split()) if title is not None else ""
    return text or None


def _held(title: str, day: str, records: list[RawRecord], today: date) -> bool:
    return any(
        record.title == title
        and (start := parse_when(record.date_text or record.start or "", today=today).start)
        and start[:10] == day
        for record in records
    )


def _note_hours(note: str | None) -> str | None:
    """The hour a day's bracketed note gives it („Beginn 19 Uhr“), else None."""
    if not note or not TIME_LIKE.search(note):
        return None
    found = _HOURS.search(note)
    return found.group(0) if found is not None else None


def _lead_hours(lead: str | None) -> str | None:
    """The hours the sentence before the label states („… als Zoom-Meeting von 18 bis 20 Uhr
    statt.“), when it states no day of its own."""
    if not lead or DATE_LIKE.search(lead) or not TIME_LIKE.search(lead):
        return None
    found = _HOURS.search(lead)
    return found.group(0) if found is not None else None


def _hours(rest: str, below: list[Line]) -> str | None:
    """The hours after the days („… / 11.05, jeweils 19 Uhr“), else of the line below when it
    states hours and no day („Mittwochs von 15:30 - 17:30 Uhr“)."""
    rest = _NOTE.sub("", rest.strip())
    if (found := _HOURS.search(rest)) is not None and TIME_LIKE.search(rest):
        return found.group(0)
    if not below or below[0].heading:
        return None
    text = below[0].text
    if len(text) > _MAX_HOURS_LINE or DATE_LIKE.search(text) or not TIME_LIKE.search(text):
        return None
    found = _HOURS.search(text)
    return found.group(0) if found is not None else None
