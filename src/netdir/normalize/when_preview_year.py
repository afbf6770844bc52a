"""A yearless day of a preview whose year the text states elsewhere: "Denn auch 2026 heißt es
wieder Spielekünstla on Tour! … vom 23. bis 25. Oktober in Horn", read in February 2026, is
October 2026 — not the past October that the nearest-year rule (``when_value.infer_year``) picks
for a day eight months ahead.

Only a text naming one year, this one or the next, on its own (not inside a date, not a span
"2025/26"; "next year", "nächstes Jahr" name the next) counts, and only when the day read without it lies in the past while the stated year
puts it ahead: a report's days ("im Jahr 2025 … am 28.12.", read in January) stay where they are.

A report told in the past works the other way round: „Am Samstag, den 3. und Sonntag, den 4. Mai
fand in Perchtoldsdorf der Florianitag 2008 statt“, „Der Feuerwehrtag des Jahres 2011 fand am
17. Oktober … statt“, archived and read in 2025, are days of the one earlier year the sentence
names beside its event (``report_year``) — not a founding year („gegründet 1999“), a year of make
(„Baujahr 1908“) or a span's end.

An invitation works like a stated year: „Alle Eltern … sind herzlich eingeladen, am 19. Juli uns
… zu besuchen“, read in January, asks people to come, so its yearless day lies ahead even when the
nearest-year rule puts it last July (``invited_year``).
"""

from __future__ import annotations

import re
from datetime import date

from netdir import lazy_re

# (as ``when_context._HEADING_YEAR``: a year not inside a date, a span or a number)
_LONE_YEAR = lazy_re.compile(r"(?<![\d./–-])(?:19|20)\d{2}(?![\d./–-])")


# "a Diocesan pilgrimage to Walsingham next year, for 18th-22nd August": the year after the page's
_NEXT_YEAR = lazy_re.compile(
    r"\b(?:next\s+year|n(?:ä|ae)chste[ns]?\s+jahr(?:es)?|im\s+kommenden\s+jahr|kommende[ns]?\s+jahr(?:es)?)\b",
    re.IGNORECASE,
)


def preview_year(text: str, reference: date) -> int | None:
    """The one year the text names on its own ("auch 2026", "next year"), when it is the
    reference's or the next."""
    years = {int(year) for year in _LONE_YEAR.findall(text)}
    if ("ear" in text or "ahr" in text) and _NEXT_YEAR.search(text) is not None:
        years.add(reference.year + 1)
    if len(years) != 1:
        return None
    (year,) = years
    return year if year in (reference.year, reference.year + 1) else None


# A year that is no event's: a founding, a make, a birth, a span's ends, "since".
_NOT_EVENT_YEAR = lazy_re.compile(
    r"(?:seit|gegründet|gründung|baujahr|geboren|jahrgang|bis|von|ab|anno|vor|nach|zwischen)\s+"
    r"(?:(?:dem\s+)?jahre?\s+)?$",
    re.IGNORECASE,
)
# „des 1999 gegründeten Vereins“: a year before what it made
_NOT_EVENT_AFTER = lazy_re.compile(
    r"\s*(?:gegründet|geboren|erbaut|errichtet|eröffnet)", re.IGNORECASE
)
# The past of taking place, the sentence's verb for its event.
# („Am Wochenende des 17. und 18. Juni fanden auf der Anlage des Tennisclub Olching e.V. die
# Jugendclubmeisterschaften 2017 statt“ (round 203): an abbreviation's dot before a small word or
# inside it ends no sentence)
_TOOK_PLACE = lazy_re.compile(
    r"\b(?:fand|fanden)\b(?:[^.!?;]|(?<=\d)\.|\.(?=\S)|\.(?=\s(?-i:[a-zäöüß])))"
    r"{0,120}?\bstatt\b|\bstattgefunden\b|\bwurde\s+gefeiert\b"
    r"|\bgefeiert\b",
    re.IGNORECASE,
)


def report_year(text: str, reference: date) -> int | None:
    """The one earlier year a sentence told in the past names beside its event (see the module
    docstring), else None."""
    if _TOOK_PLACE.search(text) is None:
        return None
    years = set()
    for found in _LONE_YEAR.finditer(text):
        if (
            _NOT_EVENT_YEAR.search(text, max(0, found.start() - 30), found.start()) is not None
            or _NOT_EVENT_AFTER.match(text, found.end()) is not None
        ):
            return None
        years.add(int(found.group(0)))
    if len(years) != 1:
        return None
    (year,) = years
    return year if reference.year - 40 <= year < reference.year else None


# „Neu ab dem 11.01.2017: | Im neuen Jahr gibt es auch einen neuen Zouk-Anfängerkurs“ written
# in December 2017: the old year typed for a January day of the new one.
_NEW_YEAR = lazy_re.compile(
    r"\b(?:im|ins|zum)\s+neuen\s+jahr\b|\bin\s+the\s+new\s+year\b", re.IGNORECASE
)


def new_year_typed_old(text: str, start: str | None, reference: date) -> bool:
    """Whether ``start`` is a January day of the reference's year read in its December by a
    text that places it in the new year (the old year typed out of habit)."""
    if start is None or len(start) < 10 or reference.month != 12:
        return False
    if int(start[:4]) != reference.year or start[5:7] != "01":
        return False
    return ("neue" in text or "new" in text) and _NEW_YEAR.search(text) is not None


def lies_ahead_in(year: int, start: str | None, reference: date) -> bool:
    """Whether a start read in the stated ``year`` lies on or after the reference."""
    if start is None or len(start) < 10 or int(start[:4]) != year:
        return False
    return date.fromisoformat(start[:10]) >= reference


# „… sind herzlich eingeladen“, „Ihr seid eingeladen“, „wir laden euch ein“, "you are invited",
# "join us": a call to come in the present, not a report („waren eingeladen“, „luden … ein“).
_INVITED = lazy_re.compile(
    r"\b(?:sind|seid|bist|ist)\s+(?:(?:alle|herzlich|recht|ganz|auch|ebenfalls)\s+){0,3}eingeladen\b"
    r"|\b(?:laden|lädt|ladet)\s+(?:wir\s+)?(?:euch|sie|dich|alle|ihr)\b"
    r"|\byou\s+are\s+(?:(?:cordially|warmly|all)\s+)?invited\b|\bjoin\s+us\b",
    re.IGNORECASE,
)


def invited_year(text: str, start: str) -> int | None:
    """The year after ``start``'s when the text invites people to its event (see the module
    docstring): a yearless day the nearest-year rule put in the past lies ahead."""
    if _INVITED.search(text) is None or _TOOK_PLACE.search(text) is not None:
        return None
    return int(start[:4]) + 1


# „Die Kerwe steigt vom 13. bis 17. September“, „„Gloffer werd!“ heißt es wieder am 3. September“,
# „Das Fest findet am … statt“: an event announced in the present.
_ANNOUNCED = lazy_re.compile(
    r"\b(?:steigt|steigen|heißt\s+es\s+wieder)\b|\b(?:findet|finden)\s+[^.!?;]{0,80}?\bstatt\b",
    re.IGNORECASE,
)
#: How long before the page's day an announced day must lie to be next year's: within it the
#: present may tell an event still running or just over („… findet … statt: Die Frauen fahren
#: vom 12. bis 15. Juni“, read on 17 June).
_JUST_OVER_DAYS = 60


def announced_year(text: str, start: str, reference: date) -> int | None:
    """The year after ``start``'s when the text announces its event in the present and the
    nearest-year rule put its yearless day months in the past: the coming one is meant."""
    if (reference - date.fromisoformat(start[:10])).days <= _JUST_OVER_DAYS:
        return None
    if _ANNOUNCED.search(text) is None or _TOOK_PLACE.search(text) is not None:
        return None
    if _WEEKDAY.search(text) is not None:
        # „Die erste Gruppenstunde findet Freitag, 26. Mai … statt“ read in August: the weekday
        # written beside the day decides its year, not the present tense
        return None
    return int(start[:4]) + 1


_WEEKDAY = lazy_re.compile(
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)\b,?\s*(?:den\s+)?\d",
    re.IGNORECASE,
)
