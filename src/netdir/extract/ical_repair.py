"""An iCalendar body whose calendar-level property has an unreadable value, made readable.

The icalendar library tolerates a broken value inside an event but refuses the whole body when a
property of the VCALENDAR itself cannot be parsed — a calendar maker writing
``REFRESH-INTERVAL;VALUE=DURATION:P1H`` (RFC 5545 wants ``PT1H``) loses every event of the file.
Such properties (refresh interval, name, colour, …) describe the calendar, not its events, so the
lines whose value the library cannot read are dropped and the rest is read as written.
"""

from __future__ import annotations


def without_unreadable_calendar_properties(text: str) -> str | None:
    """``text`` without the VCALENDAR's own property lines whose value cannot be parsed, or None
    when it has none (the body is broken elsewhere, or not at all)."""
    kept: list[str] = []
    dropped = False
    depth = 0
    for line in logical_lines(text):
        head = line.split(":", 1)[0].upper()
        if head == "BEGIN":
            depth += 1
        elif head == "END":
            depth -= 1
        elif depth == 1 and not _readable(line):
            dropped = True
            continue
        kept.append(line)
    return "\r\n".join(kept) + "\r\n" if dropped else None


def logical_lines(text: str) -> list[str]:
    """The body's content lines, each with its folded continuations (kept as folded)."""
    lines: list[str] = []
    for raw in text.splitlines():
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] += "\r\n" + raw
        elif raw.strip():
            lines.append(raw)
    return lines


def _readable(line: str) -> bool:
    import icalendar  # imported by the first calendar read (see netdir.extract.ical)

    try:
        icalendar.Calendar.from_ical(f"BEGIN:VCALENDAR\r\n{line}\r\nEND:VCALENDAR\r\n")
    except ValueError:
        return False
    return True
