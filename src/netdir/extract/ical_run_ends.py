"""A long event that a calendar shows as an opening and a closing entry, read as one event.

Some hand-kept calendars show an exhibition or a festival season by two entries: one on its
opening days, marked with an arrow pointing forward („—> Kunsttage …“, „→“, „->“), and one on
its closing days, marked with an arrow pointing back („<— Kunsttage …“, „←“, „<-“), often with
„Eröffnung“ and „Ende“ beside the same name. The closing entry is no event of its own: the
opening entry's event lasts until the closing entry's end, and the closing entry is dropped.
A closing entry without an opening entry of the same name before it stays as it is.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.records import RawRecord

_FORWARD = ("—>", "–>", "->", "→", "⟶")
_BACK = ("<—", "<–", "<-", "←", "⟵")
# Words that only say which end of the run an entry marks
_END_WORDS = frozenset(
    {"eröffnung", "ende", "beginn", "start", "vernissage", "finissage", "opening", "closing"}
)
_WORD = lazy_re.compile(r"\w+")


def with_run_ends_joined(records: list[RawRecord]) -> list[RawRecord]:
    """``records`` with each closing entry folded into the opening entry of its run."""
    openings: dict[str, RawRecord] = {}
    kept: list[RawRecord] = []
    for record in sorted(records, key=lambda r: r.start or ""):
        head = _marker_zone(record.title)
        key = _run_name(record.title)
        if any(arrow in head for arrow in _BACK) and key in openings:
            opening = openings.pop(key)
            if (last := record.end or record.start) is not None:
                opening.end = last
                opening.field_sources["end"] = "ical:DTEND of the run's closing entry"
            # „Burgfestspiele Dreieichenhain Eröffnung“ joined with its „… Ende“: the run is
            # named without the word that marked its opening day.
            if (named := _without_end_word(opening.title)) is not None:
                opening.title = named
                source = opening.field_sources.get("title", "ical:SUMMARY")
                opening.field_sources["title"] = f"{source} without its opening word"
            continue
        if any(arrow in head for arrow in _FORWARD) and key:
            openings[key] = record
        kept.append(record)
    order = {id(record): i for i, record in enumerate(records)}
    return sorted(kept, key=lambda r: order[id(r)])


def _marker_zone(title: str) -> str:
    """The title's lead before its first letter or digit, where a run marker stands."""
    match = re.search(r"[^\W_]", title)
    return title[: match.start()] if match else title


def _run_name(title: str) -> str:
    """The run's name: the title's words without the words naming its opening or end."""
    words = [w for w in _WORD.findall(title.lower()) if w not in _END_WORDS]
    return " ".join(words)


# „… Eröffnung“, „… (Vernissage)“: the word marking the run's end at the end of its title.
_LAST_END_WORD = lazy_re.compile(r"\s*[(–-]?\s*(?P<word>\w+)\)?\s*$")


def _without_end_word(title: str) -> str | None:
    match = _LAST_END_WORD.search(title)
    if match is None or match["word"].lower() not in _END_WORDS or match.start() == 0:
        return None
    return title[: match.start()].rstrip() or None
