"""The place after a date line's last dash, in a list whose lines say where after the day.

An association's list of meeting papers writes each line as the meeting's day (or its year and
name and day) and, after a dash, where it met::

    12 April 2022 - Kosciusko Chamber of Commerce
    March 2022 - Kosciusko Chamber of Commerce
    14 July 2021 - Laurelwood Drive
    2018 Annual Residents Meeting Agenda - April 10 - First Christian Church

The name of the meetings stands above the lines (the list's heading) or before the day, so what
follows the day's dash is a note or the place. It is the place when it names a venue or an
address (``place_lines.names_a_venue_or_address``: „First Christian Church“, „2165 Lindenwood
Ave“), or when it is a name of two words or more that ends two or more of the list's dated lines
(„Kosciusko Chamber of Commerce“, „Laurelwood Drive“: the rooms a board meets in, named again and
again). A note is no place: a tail in capitals throughout („KEIN FLOHMARKT“), one that says a
meeting is off or moved („No meeting“, „abgesagt“), or one with a day or a clock of its own.

Two readers meet such lines. The date lines under one name (``named_date_lines``) take the place
beside the name above; a list of them (``listing``) had named each row by its own text after the
day — the place — so a row whose only name is a place the rows name again and again is named by
the heading above its rows, as a row of a bare day is, and the place is where
(``name_rows_at_their_places``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import text_chunks
from netdir.extract.date_cues import DATE_LIKE, TIME_LIKE
from netdir.extract.heading_item_name import item_name
from netdir.extract.name_notes import without_name_notes
from netdir.extract.place_lines import names_a_venue_or_address
from netdir.extract.title_text import is_junk_title

# „ - “, „ – “, „ — “: a dash between spaces parts the line („Mid-Year“ keeps its hyphen)
_DASH = lazy_re.compile(r"\s+[–—-]\s+")
# a name: capitalised (or a house number first), no sentence, label or bracket
_TAIL = lazy_re.compile(r"^[A-ZÄÖÜ0-9][^;:!?()\[\]]{1,60}$")
# a note on the meeting, not where it is: off, moved, full, none
_NOTE = lazy_re.compile(
    r"\b(?:no|not|kein\w*|cancel\w*|postponed|rescheduled|moved|abgesagt|entfällt|fällt|"
    r"verschoben|ausgebucht|ausverkauft|sold|tba|tbd|online|zoom)\b",
    re.IGNORECASE,
)
_PARTS = 2  # the part before the dash and the tail
_MIN_RECURRING = 2  # lines that end in the same name
_MIN_WORDS = 2  # a recurring name of one word is as often a note or a kind („Training“)


def dash_tail(text: str) -> str | None:
    """What follows the last spaced dash of a line whose part before it holds a day or a month,
    when it may be a place (a name, no note, no day or clock); None otherwise."""
    parts = _DASH.split(text.strip())
    if len(parts) < _PARTS:
        return None
    tail = parts[-1].strip(" .,")
    if not _TAIL.match(tail) or tail.isupper() or _NOTE.search(tail):
        return None
    if DATE_LIKE.search(tail) or TIME_LIKE.search(tail):
        return None
    before = " - ".join(parts[:-1])
    return tail if DATE_LIKE.search(before) else None


def places_after_dashes(texts: Iterable[str], *, recurring_only: bool = False) -> frozenset[str]:
    """The dash tails of these lines that are places: each name of two or more words that ends
    two or more of the lines, and (unless ``recurring_only``) each that names a venue or an
    address."""
    tails = Counter(tail for text in texts if (tail := dash_tail(text)) is not None)
    return frozenset(
        tail
        for tail, count in tails.items()
        if (count >= _MIN_RECURRING and len(tail.split()) >= _MIN_WORDS)
        or (not recurring_only and names_a_venue_or_address(tail))
    )


_SOURCE_TITLE = "listing:heading above (rows name only where they met, after the day's dash)"
_SOURCE_PLACE = "listing:place after the row's day and dash"


def name_rows_at_their_places(
    segments: list[list[LexborNode]], readings: list[BlockReading], headings: list[str | None]
) -> None:
    """Name each dated row titled only by the place after its day's dash by the heading above its
    rows (``headings``: each row's section heading), the place going to its location, when the
    rows under that heading name that place again and again (``places_after_dashes``): the rooms
    a board meets in. A singer's list of appearances, „17. August – Kurpark-Residenz Bellevue,
    Baden-Baden“ under „Meine nächsten Auftritte“, names each row by a venue of its own — the
    row is known by it (``title_venues.rows_named_by_their_venue``)."""
    under: dict[str, list[tuple[list[str], BlockReading]]] = {}
    for segment, reading, heading in zip(segments, readings, headings, strict=True):
        if heading:
            under.setdefault(heading, []).append((text_chunks(segment), reading))
    for heading, rows in under.items():
        places = places_after_dashes(
            (line for lines, _ in rows for line in lines), recurring_only=True
        )
        if not places:
            continue
        name = item_name(without_name_notes(heading))
        if is_junk_title(name):
            # „<h1>Events 📅</h1>“ over „Freitag, 08. Mai - 19 Uhr - Auf ein Bier mit dem
            # Galgenberg“ seven times: a heading that only says the list holds events names no
            # row — the name the rows repeat after their day is the series' own, no room
            continue
        for lines, reading in rows:
            title = " ".join((reading.title or "").split())
            if reading.date_text is None or title not in places:
                continue
            if not any(dash_tail(line) == title for line in lines):
                continue  # the place is the row's name elsewhere than after its day
            reading.title = name
            reading.sources["title"] = _SOURCE_TITLE
            if reading.location_text is None:
                reading.location_text = title
                reading.sources["location_text"] = _SOURCE_PLACE
