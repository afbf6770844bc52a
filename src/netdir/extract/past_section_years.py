"""The year of a yearless row in a section headed as past events.

A project's „Termine“ page saved on 24 April 2018: under „<h2>Vergangene</h2>“ the buttons „3.
Oktober: Wahlreform jetzt! …“, „30. September: Wikidata Wahldaten Workshop …“, then „11. 3. 2017:
…“. Alone, „3. Oktober“ goes to the year nearest the page's day (``when.infer_year``): October
2018, five months ahead rather than seven back. A reader of a section the page heads as past
(„Vergangene“, „Vergangene Termine“, „Rückblick“, „Past events“) reads its rows as
past: last October. So a yearless row under such a heading whose nearest year lies ahead of the
page's day goes to the year before — unless its weekday („Sa 3. Oktober“) does not fit that
year. The row carries the year for the normalizer (``extra["page_year"]``, as
``neighbour_years`` does) and its date's provenance says so; its date text stays as the page
writes it.
"""

from __future__ import annotations

import re
from datetime import date

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import names_a_day, node_text
from netdir.extract.listing_groups import Outline
from netdir.extract.neighbour_years import give_year, yearless
from netdir.normalize.when import parse_when
from netdir.normalize.when_weekday_check import weekday_refuses
from netdir.records import RawRecord

# The heading says only that its events are past: the word alone („Vergangene“, „Rückblick“) or
# over a noun of events („Vergangene Termine“, „Past events“) — not „Past Papers“, a reading
# group's list of its papers, whose rows run on into the next term.
_PAST_EVENTS_HEADING = lazy_re.compile(
    r"^\W*(?:(?:bisherige|vergangene|frühere|zurückliegende|past|previous)"
    r"(?:\s+(?:termine|veranstaltungen|treffen|sitzungen|aktionen|events|meetings|meetups))?"
    r"|rückblick)\W*$",
    re.I,
)

#: Provenance suffix of a date text whose year came from a section headed as past.
FROM_PAST_SECTION = " + year:a section of past events"


def years_of_a_past_section(
    records: list[RawRecord], first: LexborNode, outline: Outline | None, today: date
) -> list[RawRecord]:
    """``records`` (one listing's rows, ``first`` its first block) with the year before for a
    yearless row read into the future when the heading right above the list heads past events."""
    headings = outline.headings_before(first)[:1] if outline is not None else []
    if not headings or not _PAST_EVENTS_HEADING.match(node_text(headings[0]) or ""):
        return records
    for record in records:
        if not yearless(record) or not names_a_day(record.date_text or ""):
            continue
        when = parse_when(record.date_text, today=today)
        if not when.start or date.fromisoformat(when.start[:10]) <= today:
            continue
        year = date.fromisoformat(when.start[:10]).year - 1
        if weekday_refuses(record.date_text or "", year, today):
            continue
        give_year(record, year, FROM_PAST_SECTION)
    return records
