"""A teaser whose headline names a yearless day, and whose text gives that day in full.

A sports department's home page lists its news; three teasers are invitations: „<h2><a>
Jahreshauptversammlung 2021 der Basketball-Abteilung am 24. Juli</a></h2>“ over „Datum:
Samstag, 24. Juli 2021, um 14:00 Uhr (bis ca. 18:00 Uhr),<br>Ort: TB 1888 Erlangen e.V. –
Vereinsgaststätte …“. The headline's „24. Juli“ has no year and no clock, and read alone it fell
in the year the page was saved. The labelled date line of the teaser („Datum:“, „Termin:“,
„Wann:“, „Zeit:“) that names the same day and month is the fuller statement of the same day:
its year and clock are the event's.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import text_chunks
from netdir.extract.calendar_days import day_and_month
from netdir.extract.context import clean_text
from netdir.extract.date_cues import has_year, search_date_phrase

# „Datum: Samstag, 24. Juli 2021, um 14:00 Uhr“, „Termin: 20. September 2020, 11 Uhr“.
_DATE_LABEL = lazy_re.compile(r"^(?:datum|termin|wann|zeit|tag)\s*:\s*(?P<when>\S.{4,120})$", re.I)
_TIME_WORD = lazy_re.compile(r"\d{1,2}[:.]\d{2}|\d{1,2}\s*uhr\b", re.I)
#: What the provenance adds when the labelled line replaced the headline's day.
TOLD_IN_FULL = " (told in full on its labelled date line)"


def day_told_in_full(segment: list[LexborNode], reading: BlockReading) -> None:
    """Replace a yearless, clockless date the title names with the block's labelled date line
    for the same day, when that line says more (its year or its clock)."""
    if reading.date_text is None or reading.title is None:
        return
    if reading.date_text not in reading.title or has_year(reading.date_text):
        return
    named = day_and_month(reading.date_text)
    if named is None:
        return
    for chunk in text_chunks(segment):
        match = _DATE_LABEL.match(clean_text(chunk) or "")
        if match is None:
            continue
        when = match["when"].rstrip(" ,;")
        phrase = search_date_phrase(when)
        if phrase is None or day_and_month(phrase.group(0)) != named:
            continue
        if not (has_year(when) or _TIME_WORD.search(when[phrase.end() :])):
            continue
        reading.date_text = when
        reading.sources["date_text"] = reading.sources.get("date_text", "listing:") + TOLD_IN_FULL
        return
