"""A list whose lines set the venue apart by bars, as a column.

A musician's gig list writes each gig as one line of parts between bars, the day, the hour, the
venue and the programme::

    16.01.2026 | 20 Uhr | Blaue Fabrik Dresden | Vocal Night der HfM Dresden
    09.02.2026 | 19 Uhr | Cafe Saite Dresden | Bethge/Luck Duo
    12.03.2026 | 20 Uhr | Waldschenke Hellerau, Dresden | Bethge/Luck Duo

With the day and the hour read off, each title is „Cafe Saite Dresden | Bethge/Luck Duo“. One
such line cannot say which part is where („Vocal Night der HfM Dresden“ ends on a town too), so
the evidence is the list's: the parts in one position read as places in every line (a venue or
an address, or a name ending on a town the gazetteer knows), the parts in the other position in
less than half of them — that position is the venue column, the other the name. Lines of one
part, of three or more, or a list of one line keep their titles.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.extract.date_cues import DATE_LIKE, TIME_LIKE
from netdir.extract.place_lines import names_a_place
from netdir.normalize.place import known_town
from netdir.records import RawRecord

# The bar between two parts, spaced as the date's parts were (``title_text.without_when_parts``).
_BAR = lazy_re.compile(r"\s+\|\s+")
_MIN_LINES = 2  # split titles, for the list to show a column
_MAX_PLACE_WORDS = 6


def _two_parts(title: str) -> tuple[str, str] | None:
    parts = _BAR.split(title.strip())
    if len(parts) != 2 or not all(parts):
        return None
    return parts[0].strip(), parts[1].strip()


def _reads_as_a_place(part: str) -> bool:
    """„Blaue Fabrik Dresden“, „Waldschenke Hellerau, Dresden“, „Stadthalle“: a short part that
    names a venue or an address, or ends on a known town (after a comma or as its last word)."""
    words = part.split()
    if (
        not words
        or len(words) > _MAX_PLACE_WORDS
        or DATE_LIKE.search(part)
        or TIME_LIKE.search(part)
    ):
        return False
    if names_a_place(part):
        return True
    last = part.rsplit(",", 1)[-1].strip() if "," in part else words[-1]
    return known_town(last) is not None


def move_bar_venue_column(records: list[RawRecord]) -> None:
    """Give each record of a list whose titles are „venue | name“ (or „name | venue“) lines (see
    above) the venue as its place and the name as its title. Records with a place keep theirs."""
    splits = {id(r): s for r in records if r.title and (s := _two_parts(r.title))}
    if len(splits) < _MIN_LINES:
        return
    placed = [
        sum(1 for parts in splits.values() if _reads_as_a_place(parts[side])) for side in (0, 1)
    ]
    total = len(splits)
    sides = [side for side in (0, 1) if placed[side] == total and 2 * placed[1 - side] < total]
    if len(sides) != 1:
        return  # neither position, or both, reads as the venue column
    venue_side = sides[0]
    for record in records:
        split = splits.get(id(record))
        if split is None or record.location_text is not None:
            continue
        where = record.field_sources.get("title", "listing:")
        record.title, record.location_text = split[1 - venue_side], split[venue_side]
        record.field_sources["location_text"] = f"{where} (venue column between the bars)"
