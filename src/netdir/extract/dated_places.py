"""The place a row's prose names right before its day.

Academic and concert pages write what happened, where and when in one sentence, the place and
the day last, set off by commas: „Tagung des Instituts für Germanistik …, Universität Bonn,
4.-6.10.2006.“, „Workshop … mit Diedrich Diederichsen, Universität zu Köln, 22.12.2000.“,
„… am Deutschen Haus der Columbia University, New York, 13.2.2009.“, „Filmreihe … im Kino der
Brücke, Köln, 30.3.-11.4.2001.“. The comma part before the day is the place when the name it
ends in holds a venue word („Universität“, „Haus“, „Kino“); a town after such a name joins it;
a known town alone („…), Köln, 12.-23.5.2007“) is the place too. A part that ends in a name
without a venue word („… Kunst und Fernsehen, 14.-15. Januar 2016“) names what, not where.
"""

from __future__ import annotations

from collections.abc import Callable

from netdir import lazy_re
from netdir.extract.date_cues import DATE_LIKE
from netdir.extract.place_lines import names_a_venue_word
from netdir.normalize.gazetteer import load_gazetteer
from netdir.records import RawRecord

#: Provenance of a place read from before the row's day in its prose.
BEFORE_THE_DAY = "listing: place before the day in the row's prose"
# Small words inside a venue's name („Universität zu Köln“, „Haus der Columbia University“,
# „Ausstellungshalle der Bundesrepublik Deutschland in Bonn“, „University of North Carolina at
# Chapel Hill“).
_JOINERS = frozenset(
    {"zu", "der", "des", "dem", "den", "von", "für", "in", "of", "the", "de", "at"}
)
# A bracket of capitalised words is part of the name („Universität Köln (Schloß Wahn)“); one
# with other words is a note („(gefördert durch die DFG)“) and is left out.
_TRAILING_NOTE = lazy_re.compile(r"\s*\((?P<inner>[^()]*)\)\s*$")
_NAME_WORD = lazy_re.compile(r"^\(?[A-ZÄÖÜ][\w.'’&-]*\)?$")
_MAX_NAME_WORDS = 8
# The comma before the day, and the first day of a run written before it („4.-6.10.2006“,
# whose date starts at „6.10.2006“ for the pattern of a day).
_COMMA_BEFORE_THE_DAY = lazy_re.compile(r",\s*(?:\d{1,2}\.?\s*[-–]\s*)?$")
_MAX_TOWN_WORDS = 3


def name_at_the_end(part: str) -> str:
    """The run of capitalised words (and the small words between them) a comma part ends in."""
    note = _TRAILING_NOTE.search(part)
    if note is not None and not all(_NAME_WORD.match(w) for w in note["inner"].split()):
        part = part[: note.start()]
    kept: list[str] = []
    for word in reversed(part.split()):
        if len(kept) >= _MAX_NAME_WORDS:
            break
        if _NAME_WORD.match(word) or (kept and word in _JOINERS):
            kept.append(word)
            continue
        break
    while kept and kept[-1] in _JOINERS:
        kept.pop()  # „in der Universität …“: the words before the name are no part of it
    return " ".join(reversed(kept))


def _a_town(part: str) -> bool:
    words = part.split()
    return (
        0 < len(words) <= _MAX_TOWN_WORDS
        and all(_NAME_WORD.match(w) for w in words)
        and load_gazetteer().lookup(part) is not None
    )


def place_before_the_day(text: str) -> str | None:
    """The place the text names in the comma part right before its first day, if any."""
    day = DATE_LIKE.search(text)
    if day is None:
        return None
    comma = _COMMA_BEFORE_THE_DAY.search(text[: day.start()])
    if comma is None:
        return None
    return place_in_the_last_parts([part.strip() for part in text[: comma.start()].split(",")])


def place_in_the_last_parts(
    parts: list[str], is_venue: Callable[[str], bool] = names_a_venue_word
) -> str | None:
    """The place the last of a sentence's comma parts names: the venue its name ends in, a venue
    and the town after it, or a known town alone."""
    last = parts[-1]
    name = name_at_the_end(last)
    if len(parts) >= 2 and name == last and _a_town(last):
        # „…, Leibniz-Institut für Deutsche Sprache, Mannheim“: the venue and its town (a town
        # whose name ends like a venue word, „Mannheim“, is still the town after the venue).
        venue = name_at_the_end(parts[-2])
        if venue and is_venue(venue):
            return f"{venue}, {last}"
    if name and is_venue(name):
        return name
    town_words = last.split()
    if len(parts) >= 2 and 0 < len(town_words) <= _MAX_TOWN_WORDS and name == last:
        # „… am Deutschen Haus der Columbia University, New York, 13.2.2009“
        venue = name_at_the_end(parts[-2])
        if venue and is_venue(venue):
            return f"{venue}, {last}"
    return last if _a_town(last) else None


def places_before_their_days(group: list[RawRecord]) -> None:
    """Each record without a place whose prose names one right before its day takes it."""
    for record in group:
        if record.location_text is not None or not record.description:
            continue
        place = place_before_the_day(" ".join(record.description.split()))
        if place is not None:
            record.location_text = place
            record.field_sources["location_text"] = BEFORE_THE_DAY
