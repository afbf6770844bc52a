"""Rows named only by who leads them take the name of the kind of meeting their heading gives.

A fellowship's dates page keeps one table per kind of meeting under a heading that names it,
„<h2>Bibelstunden (Mittwochs, 19:30 Uhr)</h2>“ over „Datum | Wer gestaltet“ rows „09.09.2026 |
Otto, Markus“, „16.09.2026 | noch offen“. The row's only words are the person who leads that
evening (or that nobody does yet); a reader reads each row as one „Bibelstunde“ led by Markus Otto.
So when most of a list's titles are a person written „Surname, Firstname“ or an open slot („noch
offen“, „N.N.“), those rows are named by the heading's kind of meeting in the singular, the person
in brackets; a row that names something itself („Stadtparkgottesdienst“) keeps its name.

A forum's meetings page lists its past meetings under „CCA Meetings“ as „January 22-23, 2010,
Gleneden Beach, OR“: the days (a link to the agenda) and where the forum met, nothing else. A
town and its two-letter state („Bloomington, IN“) is no „Surname, Firstname“; it is where the
meeting was held. Rows named only by such a place are named by the heading's kind of meeting the
same way, the place going to the record's location (``_met_at``).
"""

from __future__ import annotations

import re
from collections import defaultdict

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.heading_item_name import item_name

# „Otto, Markus“, „Kazmirzak, Uwe“, „Müller-Lüdenscheidt, Hans J.“: surname, comma, first name.
_PERSON = lazy_re.compile(
    r"^[A-ZÄÖÜ][\wäöüß'’-]+,\s+[A-ZÄÖÜ][\wäöüß'’-]+(?:\s+[A-ZÄÖÜ][\wäöüß.'’-]*)?$"
)
# „Bloomington, IN“, „Salt Lake City, UT“, „Gleneden Beach, OR“: a town of one to four
# capitalised words and its two-letter state or province — where a row met, not who led it.
_TOWN_AND_STATE = lazy_re.compile(r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3},\s+[A-Z]{2}$")
# „noch offen“, „offen“, „N.N.“, „NN“, „tba“: nobody yet.
_OPEN = lazy_re.compile(r"^(?:noch\s+)?(?:offen|n\.\s?n\.?|nn|tba|tbd|n/a)$", re.I)
# „Bibelstunden (Mittwochs, 19:30 Uhr)“: the bracket gives when, not what.
_CLOSING_BRACKET = lazy_re.compile(r"\s*\([^()]*\)\s*$")
# The German plural of a kind of meeting at the heading's end and its singular's ending:
# „Bibelstunden“, „Gesprächsrunden“, „Chorproben“, „Sitzungen“, „Andachten“, „Gottesdienste“.
_GERMAN_PLURAL = lazy_re.compile(
    r"(?P<stem>\w*(?:stunde|runde|probe|gruppe|messe|feier))n$"
    r"|(?P<stem2>\w*(?:ung|andacht))en$"
    r"|(?P<stem3>\w*(?:dienst|abend|kurs))e$",
    re.I,
)
_MIN_SHARE = 0.5


def _kind_of_one(heading: str) -> str | None:
    """„Bibelstunden (Mittwochs, 19:30 Uhr)“ → „Bibelstunde“; „Frauenstunde (…)“ → itself;
    None for a heading that is no short name of a kind."""
    name = " ".join(_CLOSING_BRACKET.sub("", heading).split())
    if not name or len(name.split()) > 4 or any(ch.isdigit() for ch in name):
        return None
    words = name.split()
    match = _GERMAN_PLURAL.fullmatch(words[-1])
    if match is not None:
        words[-1] = match["stem"] or match["stem2"] or match["stem3"]
        return " ".join(words)
    return item_name(name)


def _led_by(title: str | None) -> str | None:
    """The person a row's title is (the empty string for an open slot); None otherwise."""
    text = " ".join((title or "").split())
    if _OPEN.match(text):
        return ""
    return text if _PERSON.match(text) and not _met_at(text) else None


def _met_at(title: str | None) -> str | None:
    """The town and state a row's title is („Bloomington, IN“); None otherwise."""
    text = " ".join((title or "").split())
    return text if _TOWN_AND_STATE.match(text) else None


def name_rows_led_by_people(readings: list[BlockReading], headings: list[str | None]) -> None:
    """Name each row titled only by a person (or an open slot) by the kind of meeting the
    heading above it names (``headings``: each row's section heading), when at least half the
    rows under that heading are such. Tables pooled by their columns („Datum | Wer gestaltet“
    under „Bibelstunden …“ and under „Frauenstunde …“) keep each its own heading."""
    under: dict[str, list[BlockReading]] = defaultdict(list)
    for reading, heading in zip(readings, headings, strict=True):
        if heading:
            under[heading].append(reading)
    for heading, rows in under.items():
        leaders = [_led_by(reading.title) for reading in rows]
        places = [_met_at(reading.title) for reading in rows]
        unnamed = sum(
            leader is not None or place is not None
            for leader, place in zip(leaders, places, strict=True)
        )
        if unnamed < max(1, _MIN_SHARE * len(rows)):
            continue
        kind = _kind_of_one(heading)
        if kind is None:
            continue
        for reading, leader, place in zip(rows, leaders, places, strict=True):
            if reading.date_text is None:
                continue
            if place is not None:
                reading.title = kind
                reading.location_text = reading.location_text or place
                reading.sources["title"] = "listing:heading above (rows name only where they met)"
                reading.sources.setdefault("location_text", "listing:the row's town and state")
            elif leader is not None:
                reading.title = f"{kind} ({leader})" if leader else kind
                reading.sources["title"] = "listing:heading above (rows name only who leads them)"
