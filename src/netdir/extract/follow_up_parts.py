"""A named part that closes the day of a page's event, at its own hour.

A fair's post: „Am Sonntag, 21. April von 14:30 bis 16:30 Uhr laden wir Euch … auf den
Mendelejewplatz ein!“ and further down „Zum Abschluss zeigen wir ab 16:30 Uhr in der Aula des CA
den Film „Ernte teilen“ über solidarische Landwirtschaft.“ The film is an offering of its own: a
reader sees its name (a quoted title after the kind of work), its hour and its room, on the
fair's day. Only a sentence that says it follows („Zum Abschluss“, „Anschließend“, „Im
Anschluss“), gives a clock and names a work by its kind and quoted title counts; a programme
point without a name („Anschließend gibt es Kaffee und Kuchen“) is part of the event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from netdir import lazy_re
from netdir.extract.date_cues import search_date_like

_FOLLOW_UP = lazy_re.compile(
    r"\b(?:Zum\s+Abschluss|Anschließend|Im\s+Anschluss(?:\s+daran)?|Danach|Am\s+Abend)\b"
    r"[^.!?]*?\b(?:um|ab)\s+(?P<clock>(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?)\s*Uhr\b"
    r"(?:\s+(?:im|in\s+der|in\s+dem|auf\s+dem|auf\s+der|beim)\s+"
    r"(?P<place>[A-ZÄÖÜ][^.!?„“\"]{1,40}?))?"
    r"\s+(?:den|das|die|einen|ein|eine)\s+"
    r"(?P<kind>Film|Dokumentarfilm|Kurzfilm|Konzert|Vortrag|Lesung|Theaterstück|Hörspiel)\s+"
    r"[„\"](?P<name>[^“”\"]{2,80})[“”\"]",
    re.I,
)
# „Im Anschluss fand ab ca. 16 Uhr ein Abschlussfest am Vorplatz der Volksschule Völs mit vielen
# Aktivitäten … statt“: a party of its own that follows, at its own hour and place — a name for
# a gathering („…fest“, „…feier“, „…empfang“), told as taking place.
_CLOSING_GATHERING = lazy_re.compile(
    r"\b(?:Zum\s+Abschluss|Anschließend|Im\s+Anschluss(?:\s+daran)?|Danach)\s+"
    r"(?:fand|findet|folgte|folgt)\s+(?:um|ab)\s+(?:ca\.\s*)?"
    r"(?P<clock>(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?)\s*Uhr\s+(?:ein|eine)\s+"
    r"(?P<name>[A-ZÄÖÜ][\w-]*(?:fest|feier|empfang|party|konzert))\b"
    r"(?:\s+(?:am|im|in\s+der|auf\s+dem|auf\s+der|beim)\s+"
    r"(?P<place>[A-ZÄÖÜ][\w-]*(?:\s+(?:(?:der|des|am|im)\s+)?[A-ZÄÖÜ][\w-]*)*))?"
)
_LINES_BELOW = 30  # a post's paragraphs below its day


@dataclass(frozen=True, slots=True)
class FollowUp:
    title: str  # „Film „Ernte teilen““
    date_text: str  # the event's day and the part's own clock
    place: str | None
    index: int  # the line that names it


def follow_up_part(lines: list[str], date_index: int, date_text: str) -> FollowUp | None:
    """The named part that closes the day of ``date_text`` (see the module docstring), read in
    the lines after the day's; None when no line names one."""
    day = search_date_like(date_text)
    if day is None:
        return None
    for index in range(date_index + 1, min(len(lines), date_index + 1 + _LINES_BELOW)):
        found = _FOLLOW_UP.search(lines[index]) or _CLOSING_GATHERING.search(lines[index])
        if found is None or search_date_like(lines[index][: found.start("clock")]):
            continue  # (a day of its own before the clock: another day's part)
        if "kind" in found.groupdict():
            kind = found["kind"][:1].upper() + found["kind"][1:]
            title = f"{kind} „{found['name'].strip()}“"
        else:
            title = found["name"]
        return FollowUp(
            title,
            f"{day.group(0).rstrip(' ,')}, {found['clock']} Uhr",
            found["place"].strip() if found["place"] else None,
            index,
        )
    return None
