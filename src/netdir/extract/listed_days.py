"""One structured event, several days on its page: each listed day is an occurrence.

A course or meditation page prints one Event in its JSON-LD (Contao's event reader names only
the first date) while the page lists the event's days in one cell or list: "Termine:
20.06.2025 / 25.07.2025 / … / 19.12.2025" as ``<br>`` lines, or one ``<li>`` per day. A reader
sees seven evenings of the same event. When such a list holds the structured event's own day
and only days (one date per line, nothing else), every other day of it is that event again:
the same name, place and clock times on that day.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.date_cues import DATE_PHRASE
from netdir.normalize.when import parse_when
from netdir.records import RawRecord

_MIN_DAYS = 2  # the structured day and at least one other
_MAX_LINES = 60
_MAX_CHARS = 40  # a line that is one date ("Freitag, 19.12.2025, 18:00 Uhr")
_DAY = lazy_re.compile(r"^\d{4}-\d{2}-\d{2}")
_CLOCK = lazy_re.compile(r"T(\d{2}:\d{2}(?::\d{2})?)")


def listed_days(
    structured: list[RawRecord], tree: LexborHTMLParser, today: date
) -> list[RawRecord]:
    """The further days of a page's one structured event that the page lists with its own day
    (see the module docstring); [] when the page has no such list."""
    if len(structured) != 1:
        return []
    record = structured[0]
    if record.start is None or not _DAY.match(record.start):
        return []
    own = record.start[:10]
    body = tree.body
    if body is None:
        return []
    for days, where in _day_lists(body, today):
        if own in days:
            return [_on_day(record, day, clock, where) for day, clock in days.items() if day != own]
    return []


def _day_lists(body: LexborNode, today: date) -> list[tuple[dict[str, str | None], str]]:
    """Elements whose lines are each one date: ``<br>`` lines of one element, or the items of a
    list; their days (with a clock time a line states) in page order."""
    found: list[tuple[dict[str, str | None], str]] = []
    seen: set[int] = set()
    parents = [br.parent for br in body.css("br")] + body.css("ul, ol")
    for parent in parents:
        if parent is None or parent.mem_id in seen:
            continue
        seen.add(parent.mem_id)
        if parent.tag in ("ul", "ol"):
            lines = [
                (li.text(separator=" ") or "").strip() for li in parent.iter() if li.tag == "li"
            ]
        else:
            lines = [line.strip() for line in (parent.text(separator="\n") or "").split("\n")]
        lines = [line for line in lines if line]
        days = _days_of(lines, today)
        if days is not None:
            found.append((days, parent.tag or ""))
    return found


def _days_of(lines: list[str], today: date) -> dict[str, str | None] | None:
    if not _MIN_DAYS <= len(lines) <= _MAX_LINES:
        return None
    days: dict[str, str | None] = {}
    for line in lines:
        if len(line) > _MAX_CHARS:
            return None
        match = DATE_PHRASE.match(line)
        if match is None or match.end() != len(line.rstrip(" .,;")):
            return None
        when = parse_when(line, today=today)
        if when.start is None or (when.end is not None and when.end[:10] != when.start[:10]):
            return None  # a period ("04.07. bis 06.07.2025") is one event, not a day
        days.setdefault(when.start[:10], _wall_clock(when.start))
    return days if len(days) >= _MIN_DAYS else None


def _on_day(record: RawRecord, day: str, clock: str | None, where: str) -> RawRecord:
    """``record`` moved to ``day``: its own clock times (or the line's), without the stated
    offset (a December evening is not in summer time; the page's zone places it)."""
    assert record.start is not None
    shift = date.fromisoformat(day) - date.fromisoformat(record.start[:10])
    source = f"{record.field_sources.get('start', record.extractor)} + listed day ({where})"
    start_clock = clock or _wall_clock(record.start)
    start = f"{day}T{start_clock}" if start_clock else day
    end = None
    if record.end and _DAY.match(record.end):
        end_day = (date.fromisoformat(record.end[:10]) + shift).isoformat()
        end_clock = _wall_clock(record.end)
        end = f"{end_day}T{end_clock}" if end_clock else end_day
    sources = dict(record.field_sources)
    sources["start"] = source
    if end is not None:
        sources["end"] = source
    return replace(
        record, start=start, end=end, field_sources=sources, extra=dict(record.extra),
        topics=list(record.topics),
    )  # fmt: skip


def _wall_clock(stamp: str) -> str | None:
    clock = _CLOCK.search(stamp)
    return clock.group(1) if clock else None
