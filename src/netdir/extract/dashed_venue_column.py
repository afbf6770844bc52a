"""A list that writes each event's venue after a dash, as a column.

A city magazine's concert calendar is one line per concert, the day, the act and the hall set
off by dashes::

    02.11.2022 - Placebo - Stadthalle
    03.11.2022 - Grandbrothers - Flex
    05.11.2022 - Muff Potter - Flex
    05.11.2022 - Dives - WUK !

With the day read off, each title is „Grandbrothers - Flex“. One such title cannot say which
part is the place — „Gemeinderat - Sitzung“, „Workshop - Fortgeschrittene“ name what — so the
evidence is the list's: the part after the dash repeats across different names (several acts
play the Flex, several the Stadthalle) and takes several values, as a venue column does. A part
that recurs under one name only, or a list of one or two tails, keeps its titles.
"""

from __future__ import annotations

from collections import defaultdict

from netdir import lazy_re
from netdir.records import RawRecord

# The last dash with a space after it: „Aymz- Grelle Forelle“ too; „Jean-Guihen“ has none.
_LAST_DASH = lazy_re.compile(r"^(?P<name>.*\S)\s*[-–—]\s+(?P<tail>[^-–—]+)$")
# A marker after the venue („WUK !“: the magazine's tip).
_TRAILING_MARK = lazy_re.compile(r"\s*[!*]+$")
_MAX_TAIL_WORDS = 4
_MIN_SPLIT = 4  # titles with a dash tail, for the list to show a column
_MIN_TAILS = 3  # distinct tails: a column of places, not a recurring label
_MIN_SHARED = 2  # tails written after two different names or more


def _split(title: str) -> tuple[str, str] | None:
    match = _LAST_DASH.match(title.strip())
    if match is None:
        return None
    tail = _TRAILING_MARK.sub("", match["tail"]).strip()
    if not tail or len(tail.split()) > _MAX_TAIL_WORDS or not tail[0].isalnum():
        return None
    if tail[0].isdigit() and not any(ch.isalpha() for ch in tail):
        return None  # „Teil - 2“, a year, a time: no place
    return match["name"].strip(), tail


def _a_venue_column(splits: dict[int, tuple[str, str]], total: int) -> bool:
    """Most titles split; several tails, some each after two different names or more, and no
    tail that is also one of the names (a list of „A - B“ and „B - C“ pairs names teams)."""
    if len(splits) < _MIN_SPLIT or 2 * len(splits) <= total:
        return False
    names_of: dict[str, set[str]] = defaultdict(set)
    for name, tail in splits.values():
        names_of[tail.casefold()].add(name.casefold())
    names = {name.casefold() for name, _ in splits.values()}
    if len(names_of) < _MIN_TAILS or names & set(names_of):
        return False
    shared = sum(1 for named in names_of.values() if len(named) >= 2)
    return shared >= _MIN_SHARED


def move_dashed_venue_column(records: list[RawRecord]) -> None:
    """Give each record of a list whose titles end in a venue column after a dash (see above)
    that venue as its place, and its title without it. Records that have a place keep theirs."""
    titled = [r for r in records if r.title]
    splits = {id(r): s for r in titled if (s := _split(r.title or ""))}
    if not _a_venue_column(splits, len(titled)):
        return
    for record in titled:
        split = splits.get(id(record))
        if split is None or record.location_text is not None:
            continue
        where = record.field_sources.get("title", "listing:")
        record.title, record.location_text = split
        record.field_sources["location_text"] = f"{where} (venue column after the dash)"
