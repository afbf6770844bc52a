"""Calendars pasted into one iCalendar body, read as one calendar.

A calendar kept by hand is sometimes two exports pasted into one file: a second
``BEGIN:VCALENDAR`` follows the first calendar's events — with the first calendar's
``END:VCALENDAR`` or without it, so that the second begins inside the first — or the file ends
without closing its calendar. The icalendar library wants exactly one complete calendar and
refuses such a body whole, losing every event. The events of each pasted calendar are events of
the file: they are gathered under the first calendar's own properties (its name, its zone), a
later calendar's own properties are dropped, and a time-zone definition met twice is kept once.
"""

from __future__ import annotations

from netdir.extract.ical_repair import logical_lines


def one_calendar(text: str) -> str | None:
    """``text`` as a single closed VCALENDAR holding the components of every calendar pasted
    into it, or None when it is one closed calendar already (or holds none)."""
    header: list[str] = []
    blocks: list[list[str]] = []
    open_names: list[str] = []  # components open below the calendar
    calendars = 0
    closed = False
    for line in logical_lines(text):
        head, _, value = line.partition(":")
        head, name = head.upper(), value.strip().upper()
        if head == "BEGIN" and name == "VCALENDAR":
            calendars += 1
            open_names, closed = [], False
            continue
        if head == "END" and name == "VCALENDAR":
            open_names, closed = [], True
            continue
        if calendars == 0:
            continue
        if not open_names:
            if head == "BEGIN":
                blocks.append([line])
                open_names.append(name)
            elif head != "END" and calendars == 1:
                header.append(line)
            continue
        blocks[-1].append(line)
        if head == "BEGIN":
            open_names.append(name)
        elif head == "END" and name in open_names:
            del open_names[open_names.index(name) :]
    if calendars == 0 or (calendars == 1 and closed):
        return None
    kept = [line for block in _without_repeated_zones(blocks) for line in _closed(block)]
    return "\r\n".join(["BEGIN:VCALENDAR", *header, *kept, "END:VCALENDAR"]) + "\r\n"


def _without_repeated_zones(blocks: list[list[str]]) -> list[list[str]]:
    """The blocks without a VTIMEZONE whose TZID an earlier one already defines."""
    seen: set[str] = set()
    kept: list[list[str]] = []
    for block in blocks:
        if block[0].upper().startswith("BEGIN:VTIMEZONE"):
            tzid = next((line for line in block if line.upper().startswith("TZID")), "")
            if tzid in seen:
                continue
            seen.add(tzid)
        kept.append(block)
    return kept


def _closed(block: list[str]) -> list[str]:
    """The block with the END lines of components a pasted calendar left open."""
    open_names: list[str] = []
    for line in block:
        head, _, value = line.partition(":")
        if head.upper() == "BEGIN":
            open_names.append(value.strip())
        elif head.upper() == "END" and value.strip().upper() in (n.upper() for n in open_names):
            upper = [n.upper() for n in open_names]
            del open_names[upper.index(value.strip().upper()) :]
    return block + [f"END:{name}" for name in reversed(open_names)]
