"""A listing block dated by a rule instead of a day: „Jeden Mittwoch um 19:00“, „täglich: 11 Uhr“,
a weekday said as a habit („Freitags“, „Sonntags“ over „ab 14.30h“), a weekly line („Samstag,
14:00 Uhr“) or a weekly timetable's row. The date text is the rule's line; the normalizer reads
the rule and its next day. The sources name how the rule was found: a listing keeps a rule line
only with its clock (a series showing up somewhere), a named card's weekday habit always."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import text_chunks
from netdir.extract.date_cues import DATE_LIKE, TIME_LIKE
from netdir.extract.labelled_weekly_lines import labelled_weekly_line
from netdir.extract.title_text import title_in_text
from netdir.extract.weekday_cards import weekday_card_line
from netdir.extract.weekday_lines import weekly_row_line, weekly_rule
from netdir.normalize.when_recurrence import find_recurrence
from netdir.normalize.when_words import GERMAN_WEEKDAY_ALT, WEEKDAYS, alternation

# "Jeden Mittwoch um 19:00", "Jeden ersten Donnerstag im Monat, ab 16:00 Uhr", "Every Wednesday":
# a line that opens with a weekly or monthly rule (the normalizer reads the rule and its next day).
# "Jeden Sonnabend", "Jeden Sa 10 Uhr", "jeden ersten Do. im Monat": the short names the date
# cues know (capitalised, as "so" is a word).
_RECURRENCE_LINE = lazy_re.compile(
    r"^(?:jeden|jede|every)\s+(?:(?:ersten|zweiten|dritten|vierten|letzten|1\.|2\.|3\.|4\.|"
    rf"first|second|third|fourth|last)\s+)?(?:(?:{alternation(WEEKDAYS)})\b"
    r"|(?-i:Mo|Di|Mi|Do|Fr|Sa|So)(?=\.|\s|,|$))",
    re.IGNORECASE,
)


def date_from_recurrence(segment: list[LexborNode], reading: BlockReading) -> None:
    """A block without a day whose own line states its rule ("<h3>Offene Probe</h3> <h4>Jeden
    Mittwoch um 19:00</h4>", "<p>täglich: 11 Uhr, 14 Uhr und 16 Uhr</p>"): that line is its
    date."""
    chunks = text_chunks(segment)
    for chunk in chunks:
        if len(chunk) <= _RECURRENCE_LINE_CHARS and (
            _RECURRENCE_LINE.match(chunk) or _timed_rule_line(chunk)
        ):
            reading.date_text = chunk
            reading.sources["date_text"] = RECURRENCE_LINE_SOURCE
            if _named_below_its_rule_heading(chunks, chunk, reading):
                return
            if not _NAMES_A_WEEKDAY.search(chunk):
                # „Letzter Freitag“ in the card's date box, „Monatlich · 15:30 – 18:00 Uhr“
                # under the name: the box says which day of the month.
                box = next((c for c in chunks if _NTH_WEEKDAY.fullmatch(c)), None)
                if box is not None:
                    reading.date_text = f"{box}, {chunk}"
                    reading.sources["date_text"] = RECURRENCE_BOX_SOURCE
            return
    for index, chunk in enumerate(chunks):
        if _WEEKDAY_ADVERB.fullmatch(chunk):
            # „Freitags“ / „Stamm 578“, „Sonntags“ / „ab 14.30h“ on a card: every such day, at
            # the clock of the line below when that line is only a clock.
            below = chunks[index + 1] if index + 1 < len(chunks) else ""
            only_a_clock = TIME_LIKE.search(below) and not DATE_LIKE.search(below)
            clock = below if only_a_clock and title_in_text(below) is None else None
            reading.date_text = f"{chunk} {clock}" if clock else chunk
            reading.sources["date_text"] = WEEKDAY_HABIT_SOURCE
            return
    for chunk in chunks:
        # „Tag, Zeit: Samstag, 10.00 - 12.00 Uhr“: a label that says the line tells when.
        when_line = _WHEN_LABEL.sub("", chunk, count=1)
        if weekly_rule(when_line) is not None:  # "Wichtel" / "Samstag, 14:00 Uhr": meets weekly
            reading.date_text = when_line
            reading.sources["date_text"] = WEEKDAY_LINE_SOURCE
            return
    if segment and (line := weekly_row_line(segment[0])) is not None:
        reading.date_text = line  # "Montag | 19:00 | - | 20:30 | Chor Übung"
        reading.sources["date_text"] = WEEKDAY_LINE_SOURCE
        return
    if (line := weekday_card_line(segment)) is not None:
        reading.date_text = line  # „<h3>Montag</h3>“ over „<li><time>09:00–13:00</time> …“
        reading.sources["date_text"] = WEEKDAY_CARD_SOURCE
        return
    if (line := labelled_weekly_line(segment)) is not None:
        reading.date_text = line  # „Wann: Dienstag & Donnerstag“ over „Uhrzeit: 18:30–20:00 Uhr“
        reading.sources["date_text"] = WEEKDAY_LABELS_SOURCE


_NAMES_A_WEEKDAY = lazy_re.compile(rf"(?:{GERMAN_WEEKDAY_ALT})", re.IGNORECASE)
# „Letzter Freitag“, „1. Montag“, „Jeden dritten Dienstag“: which weekday of the month.
_NTH_WEEKDAY = lazy_re.compile(
    r"(?:jede[nrs]?\s+)?(?:[1-5]\.|erste[nrs]?|zweite[nrs]?|dritte[nrs]?|vierte[nrs]?|"
    rf"letzte[nrs]?)\s+(?:{GERMAN_WEEKDAY_ALT})",
    re.IGNORECASE,
)
# „Freitags“, „sonntags“: a line that is only a weekday said as a habit (every such day).
_WEEKDAY_ADVERB = lazy_re.compile(
    r"(?:montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags)", re.IGNORECASE
)
# „Tag, Zeit:“, „Wann:“, „Termin:“: the label of a card's line that only says when.
_WHEN_LABEL = lazy_re.compile(
    r"^(?:tag|zeit|datum|wann|termin|zeitpunkt|uhrzeit|day|time|when)"
    r"(?:\s*(?:,|/|&|und|and)\s*(?:tag|zeit|datum|uhrzeit|day|time))?\s*:\s*",
    re.IGNORECASE,
)
RECURRENCE_LINE_SOURCE = "listing:recurrence line"
RECURRENCE_BOX_SOURCE = "listing:recurrence line + weekday of the date box"
WEEKDAY_HABIT_SOURCE = "listing:weekday habit line"
WEEKDAY_LINE_SOURCE = "listing:weekday line"
# (a weekday line too, put together from the card's heading and the item's hours)
WEEKDAY_CARD_SOURCE = WEEKDAY_LINE_SOURCE + " of the card's weekday heading + the item's hours"
# (a weekday line put together from the block's „Wann:“ weekdays and its „Uhrzeit:“ hours)
WEEKDAY_LABELS_SOURCE = WEEKDAY_LINE_SOURCE + " of the block's labelled weekdays + hours"


def _named_below_its_rule_heading(chunks: list[str], rule: str, reading: BlockReading) -> bool:
    """„<h3>Jeden Sonntag während des Gottesdienstes:</h3><p>Kindergottesdienst oder
    Kinderbetreuung</p>“ among headings that name their offerings over the lines of their days:
    this heading states the rule, the one line below names the offering. The block is a weekly
    offering named by that line, with or without a clock, as a named card's weekday habit is."""
    if not reading.title_from_heading or chunks[:1] != [rule] or reading.title != rule:
        return False
    if len(chunks) != _RULE_AND_NAME:
        return False
    name = chunks[1].strip()
    if len(name) > _NAME_CHARS or DATE_LIKE.search(name) or TIME_LIKE.search(name):
        return False
    if not name[:1].isupper() or name.endswith((".", ":", "!", "?")):
        return False  # a sentence or a label, not a name
    reading.title = name
    reading.sources["title"] = RULE_HEADING_TITLE_SOURCE
    reading.sources["date_text"] = RULE_HEADING_SOURCE
    return True


_RULE_AND_NAME = 2  # the rule's heading and the one line that names the offering
_NAME_CHARS = 80
RULE_HEADING_SOURCE = "listing:recurrence heading over the offering's name"
RULE_HEADING_TITLE_SOURCE = "listing:the line below the recurrence heading"


def _timed_rule_line(line: str) -> bool:
    """A line that opens with a rule the normalizer reads ("täglich", "wochentags",
    "dienstags") and gives its clock ("täglich: 11 Uhr", "wochentags: 9.30 bis 12:00 Uhr");
    a rule inside a sentence ("… ist täglich geöffnet") is no date line."""
    if not TIME_LIKE.search(line):
        return False
    found = find_recurrence(line)
    return found is not None and found.start <= _RULE_AT_START


_RECURRENCE_LINE_CHARS = 80  # a rule's line, not a paragraph that mentions one
_RULE_AT_START = 1  # the rule opens the line (after at most an opening mark)
