"""The site's name that a calendar writer appends to every event's title, left off again.

A site's template may title each VEVENT as its pages' <title> reads: the event, then the
section and the site („SUMMARY:HPC Carpentry - ACM SIGHPC Education Chapter - AMC SIGHPC
Education Chapter“, Hugo's ``{{ .Title }} - {{ .Parent.Parent.Title }} - {{ .Site.Title }}``).
Where every event of a calendar of four or more ends in the same trail of two parts or more, each
after a title separator („ - “, „ – “, „ | “) — the section and the site, as a page's <title>
trails them —, the trail names where the calendar comes from, not any one event: each title is
what stands before it. One part alone („Containerized Builds & Beesting - CNCF Linz“) is how a
group may name its own events, and stays; so does a trail that some event lacks (an arena's
„… - Winning Group Arena“ beside the club's own entries), and a title with nothing before it.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.records import RawRecord

_MIN_EVENTS = 4
_MIN_TRAIL_PARTS = 2
# A title separator between the event's name and the site's: a dash or bar with spaces around.
_SEPARATOR = lazy_re.compile(r"\s+[-–—|]\s+")


def without_shared_trail(records: list[RawRecord]) -> None:
    """Each SUMMARY-titled record's title without the trail every one of them ends in."""
    titled = [
        r
        for r in records
        if r.title and r.field_sources.get("title", "").startswith("ical:SUMMARY")
    ]
    if len(titled) < _MIN_EVENTS or len(titled) < len(records):
        return
    trail = _shared_trail([r.title or "" for r in titled])
    if trail is None:
        return
    for record in titled:
        record.title = (record.title or "")[: -len(trail)].rstrip()
        record.field_sources["title"] = (
            f"{record.field_sources['title']} without the calendar's trail"
        )


def _shared_trail(titles: list[str]) -> str | None:
    """The longest trail from a separator to the end that every title ends in and that leaves
    each of them a name before it, or None."""
    first = titles[0]
    for separator in _SEPARATOR.finditer(first):
        trail = first[separator.start() :]
        parts = [part for part in _SEPARATOR.split(trail) if part.strip()]
        if len(parts) < _MIN_TRAIL_PARTS:
            continue
        if all(_ends_in(title, trail) for title in titles):
            return trail
    return None


def _ends_in(title: str, trail: str) -> bool:
    """Whether ``title`` ends in ``trail`` and keeps a name of its own before it."""
    return title.endswith(trail) and bool(title[: -len(trail)].strip())
