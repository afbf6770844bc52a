"""One game a scraper's calendar lists twice, once under each source's name for it.

A calendar written from an arena's event pages and from the home club's schedule holds each
play-off game twice: „PŘ1 HC Kometa Brno - Banes Motor České Budějovice - Winning Group Arena“
(the arena's page: the round before, the arena after) and „HC Kometa Brno - Banes Motor České
Budějovice“ (the club's), both at 18:00 to 21:00 on 9 March at „Winning Group Arena, Brno“. When
the club later drops a game from its schedule the scraper keeps its entry as called off —
„[ZRUSENO] HC Kometa Brno - HC Dynamo Pardubice“ with STATUS:CANCELLED — beside the arena's
„ČF3 HC Kometa Brno - HC Dynamo Pardubice - Winning Group Arena“ at the same hour. A reader sees
one game listed twice.

Two timed records are one event here when they start and end alike at the same place (both
name it) and every word of one title stands in the other in the same order, the shorter naming
at least three words; the mark a called-off entry carries before its name („[ZRUSENO]“,
„[ABGESAGT]“) is no word of the name. The record listed first is kept. Different places,
hours or names (the same evening against „Soupeř neznámý“, an opponent still unknown) stay
separate events, and so do a series' occurrences.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.records import RawRecord

_MIN_WORDS = 3
_WORD = lazy_re.compile(r"\w+")
# „[ZRUSENO] …“, „[ABGESAGT] …“: a status in brackets before a called-off entry's name.
_STATUS_MARK = lazy_re.compile(r"^\s*\[[^\[\]]{1,30}\]\s*")


def without_contained_twins(records: list[RawRecord]) -> list[RawRecord]:
    """``records`` without each timed record that names an event another record listed before
    it names already, at the same start, end and place."""
    kept: list[RawRecord] = []
    names: dict[tuple[str, str | None, tuple[str, ...]], list[list[str]]] = {}
    for record in records:
        slot = _slot(record)
        if slot is None:
            kept.append(record)
            continue
        words = _name_words(record)
        earlier = names.setdefault(slot, [])
        if any(_one_name(words, other) for other in earlier):
            continue
        earlier.append(words)
        kept.append(record)
    return kept


def _slot(record: RawRecord) -> tuple[str, str | None, tuple[str, ...]] | None:
    """The start, end and place words of a timed, placed record that is no series' occurrence."""
    if record.recurrence or "T" not in (record.start or "") or not record.location_text:
        return None
    return record.start or "", record.end, tuple(_words(record.location_text))


def _one_name(words: list[str], other: list[str]) -> bool:
    shorter, longer = sorted((words, other), key=len)
    return len(shorter) >= _MIN_WORDS and _in_order(shorter, longer)


def _name_words(record: RawRecord) -> list[str]:
    title = record.title
    if record.status_text:
        title = _STATUS_MARK.sub("", title)
    return _words(title)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _in_order(words: list[str], within: list[str]) -> bool:
    """Whether ``words`` stand in ``within`` in the same order (not necessarily side by side)."""
    rest = iter(within)
    return all(word in rest for word in words)
