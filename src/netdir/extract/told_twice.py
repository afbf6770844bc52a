"""The same event told again in a page's second language: one record.

An alliance's post lists its onboarding slots („So 6.11. 10:00-11:30 oder“, „Di 8.11. 14:30 –
16:00 oder“, „Do 10.11. 19:00 – 20:30“) and, under „***** English version *****“, the same slots
again („Sun 6. 11. 10:00-11:30 or“ …). Both runs were read, each slot twice under the same name.
A reader sees three slots, not six: a later record with the same name, start, end and place as an
earlier one, whose day is written in the other language (an English weekday or month where the
first has a German one, or the other way round), tells that event again.

Only then: the same day written the same way twice is no proof of one event — an archive of
yearless days („04. April“ of two years under one name, middleman-webmontagkoeln-archiv-2019-06)
or two performances of one piece on a day without their hours („26.6.“, „26.6.“,
hamburgische-staatsoper-startseite-2026-06) are two items for the corpus's readers.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from netdir import lazy_re
from netdir.normalize.when import parse_when
from netdir.records import RawRecord

# Weekday and month words only one of the two languages writes („November“, „April“, „Sa“ are
# both's or ambiguous and say nothing).
_GERMAN = lazy_re.compile(
    r"\b(?:so|mo|di|mi|do|fr|sonntag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
    r"sonnabend|januar|jänner|februar|märz|mai|juni|juli|oktober|dezember|uhr)\b",
    re.IGNORECASE,
)
_ENGLISH = lazy_re.compile(
    r"\b(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sunday|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|january|february|march|may|june|july|october|december|pm)\b",
    re.IGNORECASE,
)
Key = tuple[str, str, str | None, str | None]


def without_events_told_twice(records: list[RawRecord], today: date) -> list[RawRecord]:
    """``records`` without each one that tells an earlier record's event again in the page's
    other language (same name, start, end and place)."""
    names = Counter(_name(record) for record in records if record.title)
    if not any(count > 1 for count in names.values()):
        return records  # the common case: every name once, nothing parsed
    languages: dict[Key, set[str]] = {}
    kept: list[RawRecord] = []
    for record in records:
        key = _key(record, today) if record.title and names[_name(record)] > 1 else None
        language = _language(record.date_text or "")
        if key is not None and language is not None:
            told = languages.setdefault(key, set())
            if told and language not in told:
                continue  # „Sun 6. 11. …“ after „So 6.11. …“
            told.add(language)
        kept.append(record)
    return kept


def _language(date_text: str) -> str | None:
    german, english = _GERMAN.search(date_text), _ENGLISH.search(date_text)
    if (german is None) == (english is None):
        return None  # neither, or both: no telling which
    return "de" if german is not None else "en"


def _name(record: RawRecord) -> str:
    return " ".join((record.title or "").casefold().split())


def _key(record: RawRecord, today: date) -> Key | None:
    if not record.date_text:
        return None
    when = parse_when(record.date_text, today=today)
    if not when.start:
        return None
    place = " ".join(record.location_text.casefold().split()) if record.location_text else None
    return _name(record), when.start, when.end, place
