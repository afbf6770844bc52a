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

A label may also stand on a line of its own and name the offering itself: a Pikler play group
in Vienna writes each cycle as „<span class="strong">Elternabende (ohne Kinder):</span><br/>Do,
3.5. / 17.5. / 7.6. <br/>jeweils 18-19.30 Uhr“ and „Spielräume:<br/>mittwochs 8.1. / 15.1. / …“.
A short line that ends with a colon over a line of three or more such days (each may follow its
weekday, „Do,“, „Mi“, „mittwochs“) names each of them; a label that only says they are dates
(„Termine:“) leaves the name to the heading, as above.
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
LABEL_SOURCE = "listing:the label over its line of days"
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
# „Elternabende (ohne Kinder):“ on a line of its own: a short label naming what the days below are.
_LABEL_LINE = lazy_re.compile(r"^(?P<label>[A-ZÄÖÜ][^:\d]{1,58}?)\s*:$")
_MAX_LABEL_WORDS = 6
# The generic labels that say only that dates follow: the heading names the offering then.
_DATES_LABEL = lazy_re.compile(r"^(?:(?:die|unsere)\s+)?(?:\w+\s+)?(?:termine|daten|dates)$", re.I)
# „Do, 3.5. / 17.5. / 7.6.“, „Di, 7.1. / Do, 16.1. / Do, 30.1.“, „mittwochs 8.1. / 15.1. / …“: a
# line of only days, each maybe after its weekday.
_WEEKDAY = (
    r"(?:(?:mo|di|mi|do|fr|sa|so)\.?,?|(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
    r"sonntag)s?,?)\s*"
)
_DAYS_LINE = lazy_re.compile(
    rf"^(?P<days>(?:{_WEEKDAY})?{_NOTED_DAY}(?:\s*(?:[/,;]|und)\s*(?:{_WEEKDAY})?{_NOTED_DAY}){{2,}})"
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
        name = heading
        match = _LIST.match(line.text)
        if match is None:
            labelled = _labelled_days(lines, index)
            if labelled is None:
                continue
            label, match = labelled
            name = label or heading
            index += 1  # the hours stand below the line of days, not below the label
        # no heading above (a page header's h1 is furniture by now): the document title names
        # the page's offering („In Würde zu sich stehen - Selbsthilfegruppe“)
        name = name or _document_title(tree)
        if name is None:
            continue
        lead = match.groupdict().get("lead")
        hours = _hours(match["rest"], lines[index + 1 : index + 2]) or _lead_hours(lead)
        service = video_service(lead) if lead else None
        previous: str | None = None  # the day before on the line: the days run forward
        for noted in _ONE_DAY.finditer(match["days"]):
            day = noted["day"]
            date_text = day if day.count(".") >= 2 else f"{day}."
            if match["year"] and date_text.endswith("."):
                date_text = f"{date_text}{match['year']}"  # the year written once, after the last
            own = _note_hours(noted["note"])
            clock = f", {own or hours}" if own is not None or hours is not None else ""
            start = parse_when(f"{date_text}{clock}", today=today).start
            if start is not None and previous is not None and start[:4] < previous[:4]:
                # „mittwochs 8.1. / … / 22.1. / 29.1.“ seen in July: a yearless day read into a
                # year before the day listed ahead of it is in that day's year (a list out of
                # order within one year, „21.05 / 4.05 / 11.05“, keeps its year)
                later = parse_when(f"{date_text}{previous[:4]}{clock}", today=today).start
                if later is not None:
                    date_text, start = f"{date_text}{previous[:4]}", later
            date_text = f"{date_text}{clock}"
            previous = start[:10] if start is not None else previous
            if start is None or _held(name, start[:10], beside, today):
                continue
            record = context.new_record(EXTRACTOR, name, confidence=0.5)
            record.field_sources["title"] = TITLE_SOURCE if name == heading else LABEL_SOURCE
            set_field(record, "date_text", date_text, DATE_SOURCE)
            if service is not None:
                # „… als Zoom-Meeting von 18 bis 20 Uhr statt.“ before the label
                set_field(record, "location_text", service, "listing:the line's video service")
            records.append(record)
    return records


def _labelled_days(lines: list[Line], index: int) -> tuple[str | None, re.Match[str]] | None:
    """„Elternabende (ohne Kinder):“ over „Do, 3.5. / 17.5. / 7.6.“: the label (None for a bare
    „Termine:“) and the match of the line of days below it; None for any other line."""
    label = _LABEL_LINE.match(lines[index].text)
    if label is None or index + 1 >= len(lines) or lines[index + 1].heading:
        return None
    name = label["label"].strip()
    if len(name.split()) > _MAX_LABEL_WORDS:
        return None
    days = _DAYS_LINE.match(lines[index + 1].text)
    if days is None:
        return None
    return (None if _DATES_LABEL.match(name) else name), days


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
