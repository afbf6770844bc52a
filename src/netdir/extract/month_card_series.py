"""Month cards under the heading that says what their days are.

An association's calendar shows one card per month — „<article><header><h3>November
2022</h3></header>“, a grid of the month's days with the market day dotted, and the card's list
„<li><strong>05. November</strong><span>Samstag, 10:00 - 14:00 Uhr</span></li>“ — under the
section heading „Flohmarkttermine 2022“. The card's heading only says when (``is_junk_title``)
and nothing in the card names the day; the section heading does: its days are flea markets, each
row a „Flohmarkt“. The month heading gives the card's yearless day its year (an archived page
keeps 2022, however long after it is read).

Only a heading that is one compound ending in „termine“ (with the year it dates the list by)
names the rows this way, by the word before „termine“ — „Flohmarkttermine“ → „Flohmarkt“,
„Trainingstermine“ → „Training“ (the linking s after „-ung“, „-ing“, „-ion“ … dropped);
„Termine“ alone or a heading of several words says nothing about what the days hold.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import node_text
from netdir.extract.calendar_days import is_month_of_year
from netdir.extract.listing_groups import Outline

#: Provenance of a row's name read from the compound heading over its month cards.
SOURCE = "listing:the dates' heading over the month cards"
#: Provenance suffix of a day whose year the month card's heading gave.
YEAR_SOURCE = " + year:the month card's heading"

# „Flohmarkttermine 2022“, „Trainingstermine“: one compound of a thing and „termine“, the year
# after it optional.
_DATES_COMPOUND = lazy_re.compile(r"^(?P<thing>[^\W\d_]{3,}?)termine(?:\s+(?:19|20)\d{2})?$", re.I)
# The linking s of „Trainings-“, „Sitzungs-“, „Aktions-“, „Gemeinschafts-“ (not the s of „Kurs“).
_LINKING_S = lazy_re.compile(r"(?:ung|ing|ion|heit|keit|schaft|tät)s$", re.I)
_YEAR = lazy_re.compile(r"\b(?:19|20)\d{2}\b")
_HEADINGS_UP = 14  # the month headings of a year's cards above, then the section's


def series_of_the_dates(heading: str) -> str | None:
    """„Flohmarkttermine 2022“ → „Flohmarkt“; None for a heading that is no such compound."""
    match = _DATES_COMPOUND.match(" ".join(heading.split()))
    if match is None:
        return None
    thing = match["thing"]
    if _LINKING_S.search(thing):
        thing = thing[:-1]
    return thing[:1].upper() + thing[1:]


def named_over_month_cards(
    segment: list[LexborNode], reading: BlockReading, outline: Outline
) -> None:
    """Name a month card's row (or the card) by the dates' heading above its month heading, and
    give its yearless day the month heading's year (see the module docstring)."""
    if (
        not segment
        or not reading.date_text
        or (reading.title is not None and not is_month_of_year(reading.title))
    ):
        return
    month = reading.title
    name = None
    for heading in outline.headings_before(segment[0])[:_HEADINGS_UP]:
        text = node_text(heading) or ""
        if is_month_of_year(text):
            month = month or text
            continue
        name = series_of_the_dates(text)
        break
    if month is None or name is None:
        return
    reading.title = name
    reading.sources["title"] = SOURCE
    year = _YEAR.search(month)
    word = next((w.rstrip(".") for w in month.split() if not w[:1].isdigit()), "")
    if year is None or _YEAR.search(reading.date_text) is not None:
        return
    # „05. November, 10:00 - 14:00 Uhr“ under „November 2022“: the year after the month word
    # (only the card's own month: a day of another month is left to the nearest-year guess)
    text = reading.date_text
    start = text.casefold().find(word.casefold())
    if start < 0 or not word:
        return
    end = start + len(word)
    reading.date_text = f"{text[:end]} {year.group(0)}{text[end:]}"
    reading.sources["date_text"] = reading.sources.get("date_text", "listing:") + YEAR_SOURCE
