"""A notice's sentences that move a regular meeting to another day or hour.

A church's start page shows a notice box over its welcome, in prose only:

- „Die Gebets- und Bibelstunde vom Mittwoch, 24.12.2025 findet ausnahmsweise einen Tag eher
  statt, am Dienstag, 23.12.2025. Die Gebets- und Bibelstunde vom Mittwoch, 31.12.2025 findet
  dagegen einen Tag später statt, am Donnerstag, 01.01.2026. Die Stunden starten jeweils wie
  gewohnt um 19:30 Uhr.“ — each meeting is held on the day after „am“, not on the day it was due
  („vom …“), at the hour „jeweils“ gives them all;
- „Am Sonntag, 27.07.2025 finden beide Gemeindestunden (Gottesdienst mit Abendmahl, sowie
  Predigt) vormittags statt. Der Gottesdienst startet wie gewohnt um 9:30 Uhr. Die Predigt
  beginnt dann im Anschluss gegen 11:00 Uhr.“ — the day, then each meeting with its clock, named
  in full where the bracket after the day lists it.

Several days and no heading that names them: the page's one event was none, nothing was read
(or, the day told once, one event named by the sentence's rest, „Finden beide Gemeindestunden
(…) vormittags statt“). A reader notes each meeting on its day and hour. Read when nothing else
on the page was, or in place of an event named by the verb of a sentence that sets meetings.
"""

from __future__ import annotations

import re
from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir import lazy_re
from netdir.extract.context import PageContext, set_field
from netdir.extract.inline_text import visible_line
from netdir.normalize.when import parse_when
from netdir.normalize.when_words import GERMAN_WEEKDAY_ALT
from netdir.records import RawRecord

EXTRACTOR = "event_page"
_CONFIDENCE = 0.5
_SEVERAL = 2
_WEEKDAY = f"(?:{GERMAN_WEEKDAY_ALT})"
_DAY = rf"(?:{_WEEKDAY},?\s+(?:den\s+)?)?\d{{1,2}}\.\s?\d{{1,2}}\.(?:\d{{4}})?"
_NAME = r"[A-ZÄÖÜ][^\s,.!?()]*(?:\s+[^\s,.!?()]+){0,4}?"
# „Die Gebets- und Bibelstunde vom Mittwoch, 24.12.2025 findet … statt, am Dienstag, 23.12.2025“
_MOVED = lazy_re.compile(
    rf"\b(?:die|der|das)\s+(?P<name>{_NAME})\s+vom\s+(?P<due>{_DAY})\s+(?:findet|wird)\s+"
    rf"[^.!?]{{0,60}}?\b(?:statt|verlegt)\s*,?\s+(?:am|auf\s+den)\s+(?P<day>{_DAY})",
    re.I,
)
# „Die Stunden starten jeweils wie gewohnt um 19:30 Uhr.“
_EACH_AT = lazy_re.compile(
    r"\bjeweils\b[^.!?]{0,60}?\b(?:um|ab)\s+(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)\s*uhr", re.I
)
# „Am Sonntag, 27.07.2025 finden beide Gemeindestunden (Gottesdienst mit Abendmahl, sowie
# Predigt) vormittags statt.“
_DAY_SENTENCE = lazy_re.compile(
    rf"\bam\s+(?P<day>{_DAY})\s+(?:findet|finden)\b(?P<rest>[^!?]{{0,200}}?)\bstatt\b", re.I
)
# „Der Gottesdienst startet wie gewohnt um 9:30 Uhr.“, „Die Predigt beginnt dann … gegen 11:00 Uhr.“
_CLOCKED = lazy_re.compile(
    r"\b(?:der|die|das)\s+(?P<name>[A-ZÄÖÜ][\w-]+)\s+(?:startet|beginnt|findet)\b[^.!?]{0,60}?"
    r"\b(?:um|gegen|ab)\s+(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)\s*uhr",
    re.I,
)
_BRACKET = lazy_re.compile(r"\(([^()]{3,120})\)")
_LIST_JOIN = lazy_re.compile(r"\s*(?:,\s*(?:sowie|und)?|\bsowie\b|\bund\b)\s*", re.I)
_CUES = ("statt", "startet", "beginnt")
# „Finden beide Gemeindestunden … statt“: a title that is a sentence's rest after its day.
_VERB_FIRST = lazy_re.compile(r"^(?:findet|finden)\s", re.I)


def _day_of(text: str, today: date) -> str | None:
    start = parse_when(text, today=today).start
    return start[:10] if start else None


def _record(
    context: PageContext, name: str, day: str, clock: re.Match[str] | None, where: str
) -> RawRecord:
    record = context.new_record(EXTRACTOR, name, confidence=_CONFIDENCE)
    record.field_sources["title"] = where
    stamp = f"{day} {int(clock['h']):02d}:{clock['m']}" if clock is not None else day
    set_field(record, "date_text", stamp, where)
    set_field(record, "url", context.base_url, "page")
    return record


def _moved(text: str, context: PageContext, today: date) -> list[RawRecord]:
    moved = list(_MOVED.finditer(text))
    if not moved:
        return []
    each = _EACH_AT.search(text, moved[-1].end())
    where = "event_page:a notice moving a meeting to the day after „am“"
    records = []
    for found in moved:
        if (day := _day_of(found["day"], today)) is not None:
            records.append(_record(context, found["name"], day, each, where))
    return records


def _full_name(short: str, listed: list[str]) -> str:
    """„Gottesdienst mit Abendmahl“ for „Gottesdienst“ when the bracket lists it so."""
    return next((item for item in listed if item.casefold().startswith(short.casefold())), short)


def _clocked(text: str, context: PageContext, today: date) -> list[RawRecord]:
    records = []
    days = list(_DAY_SENTENCE.finditer(text))
    where = "event_page:a notice's meeting with its clock on the day the notice names"
    for index, found in enumerate(days):
        day = _day_of(found["day"], today)
        if day is None:
            continue
        bracket = _BRACKET.search(found["rest"])
        listed = [part for part in _LIST_JOIN.split(bracket.group(1)) if part] if bracket else []
        stop = days[index + 1].start() if index + 1 < len(days) else len(text)
        for clocked in _CLOCKED.finditer(text, found.end(), stop):
            name = _full_name(clocked["name"], listed)
            records.append(_record(context, name, day, clocked, where))
    return records


def notice_sentence_records(tree: LexborHTMLParser, context: PageContext) -> list[RawRecord]:
    """The meetings a notice's sentences move or set on a day (see the module's doc); [] when
    the page holds no such sentences."""
    body = tree.body
    if body is None:
        return []
    text = visible_line(body) or ""
    if not any(cue in text for cue in _CUES):
        return []
    today = context.fetched_at.date()
    return _moved(text, context, today) or _clocked(text, context, today)


def meetings_of_a_told_day(
    tree: LexborHTMLParser, context: PageContext, event: RawRecord
) -> list[RawRecord]:
    """The meetings a notice sets on its day when the page's one event is named by the verb of
    that sentence („Finden beide Gemeindestunden (…) vormittags statt“); [] otherwise."""
    if not event.title or _VERB_FIRST.match(event.title) is None:
        return []
    meetings = notice_sentence_records(tree, context)
    return meetings if len(meetings) >= _SEVERAL else []
