"""Date lines under one name: plain lines that each give a day of the offering named above them.

A small venue's page names an offering once — a heading, or a bold line in the text — and lists
its days below as plain lines or paragraphs, no list, no heading per day, no links::

    <h3>Puppentheater Kollin Kläff</h3> <p><b>Handpuppentheater mit und von Maya Raue</b></p> …
    <p><u>Am Sonntag, 15. Oktober 17 um 11 Uhr und um 15 Uhr</u></p>
    <p><u>Am Sonntag, 5. November 17 um 11 und um 15 Uhr</u></p> …

    <b>Ölmalerei</b> <p>Mit Farben experimentieren …</p>
    <b>Beginn:</b> Montag, 6.2.17, von 10-13 Uhr<br>Kursleitung: Margrit Werner<br>
    <b>Beginn:</b> Montag, 6.2.17, von 18.30-21.30 Uhr<br>…

No group of repeated blocks holds them, so the listing detector finds nothing, and the page fell
back to one event. A reader sees one offering per date line (per start, when a line names two
showings or two days), named by the nearest name above it:

- a date line (no heading) opens with its day (after „Beginn:“, „Termin:“, „Am“, a weekday, „den“) and says
  nothing more than the hours, the place („im KIKU, Kinderkulturhaus“) or a note after a
  semicolon, or further days and nothing else („February 4, 2026    February 18, 2026“, a
  schedule's line of two meetings); a line that names its own offering after the day is the
  listing's business, one that names it before a dash and the day is that offering
  („Reorganization/Regular – January 7, 2026“, extract/schedule_lines.py) or before a label
  („Kurs 2021, Start: 24. April 2020“, a follow-up course);
- a name is a heading or a wholly bold line, capitalised, that is no sentence, no label, no weekday heading
  („Montag / Donnerstag“) and holds no day or clock; consecutive headings are one name split
  over two lines, and a bold line right under a heading is its subtitle, not a new name;
- a line „Jeweils von 10 bis 17 Uhr“ — or one of nothing but hours, „von 11.00 – 14.00 Uhr“, or
  a course's weekly hours „freitags, 19:00 - 20:30 Uhr“ — under the same name gives the hours of
  its days that state none.
- a name that calls its days a schedule („Regular Meeting Schedule“) names them without that
  word („Regular Meeting“).

Read only when the page gives nothing else (no list, no event): ``_MIN_LINES`` named date lines.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from netdir import lazy_re
from netdir.extract.bold_sections import Line, br_lines
from netdir.extract.context import PageContext, set_field
from netdir.extract.date_cues import DATE_LIKE, TIME_LIKE, WEEKDAY_WORD, iter_date_phrases
from netdir.extract.heading_item_name import item_name
from netdir.extract.place_lines import names_a_venue_or_address
from netdir.extract.place_prepositions import PLACE_PREPOSITION
from netdir.extract.schedule_lines import days_only, named_day, scheduled_name
from netdir.normalize.when import parse_when
from netdir.normalize.when_lists import occurrences
from netdir.records import RawRecord

EXTRACTOR = "listing"
TITLE_SOURCE = "listing:name above its date lines"
OWN_TITLE_SOURCE = "listing:name before its date line's dash"
DATE_SOURCE = "listing:date line under its name"
_MIN_LINES = 3
_MAX_LINE = 100
_MAX_NAME = 100
# What may stand before the day: a label, „Am“, a weekday, „den“ („Sa, den 04.02.2017“).
_LEAD = lazy_re.compile(
    r"^(?:(?:beginn|kursbeginn|start|termine?|datum|wann)\s*:\s*)?(?:am\s+)?"
    r"(?:(?:mo|di|mi|do|fr|sa|so)[a-z]*\.?,?\s*)?(?:den\s+)?$",
    re.I,
)
# After the day: nothing, more hours or days, a note set off („; Uhrzeiten nach Absprache“), or
# where („im KIKU, Kinderkulturhaus“).
# („15. Oktober 17 um 11 Uhr“: a year of two digits, which the date phrase leaves out)
_PLAIN_REST = lazy_re.compile(r"^(?:\d{2}\b\s*)?(?:[,;/|–—-]|(?:um|ab|von|bis|und)\b|$)", re.I)
_PLACE_REST = lazy_re.compile(rf"^,?\s*{PLACE_PREPOSITION}\s+(?P<place>[A-ZÄÖÜ][^;]{{1,80}})$")
# „Jeweils von 10 bis 17 Uhr“, „Jeweils um 11 und um 15 Uhr“: the hours of every day listed;
# so is a line of nothing but hours under the days („von 11.00 – 14.00 Uhr“, „19-22 Uhr“), or a
# course's weekly hours over its start („freitags, 19:00 - 20:30 Uhr“ — the weekday left out).
_EACH_DAY_HOURS = lazy_re.compile(
    r"^(?:jeweils\b.*\d\s*uhr"
    r"|(?:(?:mon|diens|mittwoch|donners|frei|sams|sonn)tags,?\s+)?"
    r"(?P<hours>(?:(?:von|ab|um)\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:uhr\s*)?(?:[-–]|bis)\s*"
    r"\d{1,2}(?:[.:]\d{2})?\s*uhr\.?)$)",
    re.I,
)
# „Kurs 2021, Start: 24. April 2020“: a course that names itself, a label, then its day.
_OWN_NAME_LABEL = lazy_re.compile(
    r"^(?P<name>[A-ZÄÖÜ][^\d,:;.!?]{1,40}?(?:\s+\d{1,4})?)\s*,\s*"
    r"(?:start|beginn|kursbeginn|termin|datum)\s*:\s*$",
    re.I,
)
# A name line ends in none of these (a sentence's or a label's end): only the line's last
# character counts, not sentence_ends' ends inside a text.
_SENTENCE_END = (".", ":", "!", "?")


class _Name:
    __slots__ = ("heading", "hours", "text")

    def __init__(self, text: str, heading: str | None) -> None:
        self.text = text
        self.heading = heading
        self.hours: str | None = None


def named_date_lines(tree: LexborHTMLParser, context: PageContext) -> list[RawRecord]:
    """One record per start of each date line under a name (see the module docstring); [] when
    the page has fewer than ``_MIN_LINES`` such lines."""
    body = tree.body
    if body is None:
        return []
    name: _Name | None = None
    just_named = False  # the line before named a heading's offering
    found: list[tuple[_Name, str, str | None]] = []  # (name above, date line, the line's own name)
    for line in br_lines(body):
        under, just_named = (name if just_named else None), False
        if (
            name is not None
            and (hours := _EACH_DAY_HOURS.match(line.text))
            and not DATE_LIKE.search(line.text)
        ):
            name.hours = name.hours or hours["hours"] or line.text
        elif not line.heading and (day := _date_line(line.text)) is not None:
            if name is not None:
                found.append((name, day, None))
        elif not line.heading and name is not None and (own := _own_named_day(line.text)):
            found.append((name, own[1], own[0]))  # „Reorganization/Regular – January 7, 2026“
        elif _names(line):
            if under is not None and line.heading == under.heading:
                # one name over two heading lines — but a number heading („<h2>Kurs 2012</h2>
                # <h2>Fortgeschrittene Gruppe 1</h2>“) only counts the name below, which names it
                joined = not _NUMBERED.match(under.text)
                under.text = f"{under.text} {line.text}" if joined else line.text
                just_named = True
            elif under is None or line.heading:
                name = _Name(line.text, line.heading)
                just_named = line.heading is not None
            # else: a bold line right under the heading is its subtitle
    if len(found) < _MIN_LINES:
        return []
    records: list[RawRecord] = []
    for owner, text, own_name in found:
        records.extend(_records(owner, text, context, own_name))
    return records if len(records) >= _MIN_LINES else []


# „Kurs 2012“, „Gruppe 3“, „Nr. 7“: one word and a number, a course's or group's number.
_NUMBERED = lazy_re.compile(r"^[^\W\d_]+\.?\s+\d{1,4}$")


def _date_line(text: str) -> str | None:
    """The line when it opens with its day and says no more than hours, days, a place or a note."""
    if len(text) > _MAX_LINE:
        return None
    phrase = next(iter_date_phrases(text), None)
    if phrase is None or _LEAD.match(text[: phrase.start()]) is None:
        return None
    rest = text[phrase.end() :].strip()
    if _name_after_the_clock(text) is not None:
        return None  # „2. Juni, 11:00, Ökumenischer Familiengottesdienst“: its own name
    if (
        _PLAIN_REST.match(rest) is None
        and _PLACE_REST.match(rest) is None
        and days_only(text) is None  # „February 4, 2026  February 18, 2026“: two days
    ):
        return None  # „12.03. Vortrag über …“: the line names its own offering
    return text


def _own_named_day(text: str) -> tuple[str, str] | None:
    """(name, day) of a line that names its own offering before the day: after a dash
    („Reorganization/Regular – January 7, 2026“) or before a label („Kurs 2021, Start: 24. April
    2020“, a follow-up course)."""
    if own := named_day(text):
        return own
    if own := _name_after_the_clock(text):
        return own
    if len(text) > _MAX_LINE or (phrase := next(iter_date_phrases(text), None)) is None:
        return None
    lead = _OWN_NAME_LABEL.match(text[: phrase.start()])
    if lead is None or _PLAIN_REST.match(text[phrase.end() :].strip()) is None:
        return None
    return lead["name"].strip(), text[phrase.start() :].strip()


# „, Ökumenischer Familiengottesdienst“: after the day's clock, a comma and a name of two or more
# words — no digits, no label, no brackets.
_COMMA_NAME = lazy_re.compile(r"^\s*,\s*(?P<name>[A-ZÄÖÜ][^\d:;()]{3,80}?)[\s.]*$")
_MIN_NAME_WORDS = 2
# „…, 20 Uhr, Eintritt frei“, „…, 19 Uhr, Treffpunkt Parkplatz“: a note on the day of the
# offering named above, not a name of its own.
_NOTE_AFTER_THE_CLOCK = lazy_re.compile(
    r"^(?:eintritt|einlass|anmeldung|kosten|preis|treffpunkt|beginn|ende|dauer|leitung|"
    r"ausverkauft|ausgebucht|abgesagt|entfällt|verschoben|restkarten|karten|tickets?)\b",
    re.I,
)


def _name_after_the_clock(text: str) -> tuple[str, str] | None:
    """(name, day) of a line that gives its day and clock, then after a comma the name of what
    happens then („2. Juni, 11:00, Ökumenischer Familiengottesdienst“ under „Aktuelles“): each
    line names its own offering. Not a venue or an address after the comma („…, 19 Uhr,
    Gemeindehaus“: where the offering named above takes place), nor a place after a
    preposition, nor one word (a note: „…, 19 Uhr, Anfänger“)."""
    if len(text) > _MAX_LINE or (phrase := next(iter_date_phrases(text), None)) is None:
        return None
    if _LEAD.match(text[: phrase.start()]) is None or not TIME_LIKE.search(phrase.group(0)):
        return None
    match = _COMMA_NAME.match(text[phrase.end() :])
    if match is None:
        return None
    name = match["name"].strip()
    if (
        len(name.split()) < _MIN_NAME_WORDS
        or _NOTE_AFTER_THE_CLOCK.match(name)
        or names_a_venue_or_address(name)
        or re.match(rf"{PLACE_PREPOSITION}\s", name, re.I)
    ):
        return None
    return name, text[: phrase.end()].strip()


def _names(line: Line) -> bool:
    text = line.text
    if not (line.heading or line.bold) or len(text) > _MAX_NAME or text.endswith(_SENTENCE_END):
        return False
    if not text[:1].isupper() and not text[:1].isdigit():
        return False  # „***“, „sondern am letzten Samstag …“: no name
    if DATE_LIKE.search(text) or TIME_LIKE.search(text):
        return False
    words = [word for word in re.split(r"[\s/&,+]+|\bund\b", text) if word]
    return not all(WEEKDAY_WORD.match(word) for word in words)  # „Montag / Donnerstag“


def _records(
    name: _Name, line: str, context: PageContext, own_name: str | None = None
) -> list[RawRecord]:
    phrase = next(iter_date_phrases(line))
    place = _PLACE_REST.match(line[phrase.end() :].strip())
    records: list[RawRecord] = []
    for day in occurrences(line) or days_only(line) or [line]:
        date_text = day
        if name.hours and not TIME_LIKE.search(day):
            date_text = f"{day}, {name.hours}"
        if parse_when(date_text, today=context.fetched_at.date()).start is None:
            continue
        title = own_name or item_name(scheduled_name(name.text))
        record = context.new_record(EXTRACTOR, title, confidence=0.5)
        record.field_sources["title"] = OWN_TITLE_SOURCE if own_name else TITLE_SOURCE
        set_field(record, "date_text", date_text, DATE_SOURCE)
        if place is not None:
            set_field(record, "location_text", place["place"].strip(" ,"), DATE_SOURCE)
        records.append(record)
    return records
