"""Lines an iCalendar writer broke without folding them, joined to the property they continue.

RFC 5545 folds a long content line by opening each continuation with a space or a tab. Some
writers break a long text at a word but leave the space out — the TYPO3 „cal" extension's export
of kirche-mv.de writes ``SUMMARY:Ausstellung Scharade des Lichts und Bilder Ausstrellung von`` and
on the next line ``Lichtobjekten von Kerstin Schneggenburger …``. The icalendar library drops such
a line, so a title loses its end (and with it „verschoben auf 10.12.2022“) and a description its
middle. A line that is no property line — it does not open with an upper-case name the format
knows, or an ``X-`` name, followed by „;“ or „:“ — continues the line before it; the writer broke
the text where a space stood, so the two are joined by one.
"""

from __future__ import annotations

from netdir import lazy_re

# The property names of RFC 5545, 5546, 7986 and 9073 (and the component brackets): a line that
# opens with one of them, written all upper-case as writers do (or all lower-case, as a few hand-
# written calendars do — „Location: UZH“ in a text is neither), is a property line of its own.
_PROPERTY_NAMES = frozenset(
    {
        "BEGIN", "END", "VERSION", "PRODID", "CALSCALE", "METHOD", "UID", "DTSTAMP", "DTSTART",
        "DTEND", "DURATION", "DUE", "COMPLETED", "SUMMARY", "DESCRIPTION", "LOCATION", "GEO",
        "CLASS", "CREATED", "LAST-MODIFIED", "ORGANIZER", "PRIORITY", "SEQUENCE", "STATUS",
        "TRANSP", "URL", "RECURRENCE-ID", "RRULE", "RDATE", "EXDATE", "EXRULE", "ATTACH",
        "ATTENDEE", "CATEGORIES", "COMMENT", "CONTACT", "RELATED-TO", "RESOURCES",
        "REQUEST-STATUS", "PERCENT-COMPLETE", "FREEBUSY", "TZID", "TZNAME", "TZOFFSETFROM",
        "TZOFFSETTO", "TZURL", "ACTION", "REPEAT", "TRIGGER", "NAME", "REFRESH-INTERVAL",
        "SOURCE", "COLOR", "IMAGE", "CONFERENCE", "ACKNOWLEDGED", "PROXIMITY", "STRUCTURED-DATA",
        "STYLED-DESCRIPTION", "LOCATION-TYPE", "PARTICIPANT-TYPE", "CALENDAR-ADDRESS",
    }
)  # fmt: skip
_NAME = lazy_re.compile(r"([A-Za-z][A-Za-z0-9-]*)[;:]")


def with_broken_lines_joined(text: str) -> str | None:
    """``text`` with each unfolded continuation joined to its property line (as a folded
    continuation after one space), or None when every line is a property line already."""
    lines: list[str] = []
    joined = False
    inside = False  # within a component: the calendar's own first line has nothing to continue
    for raw in text.splitlines():
        if not raw.strip():
            continue  # a blank line continues nothing (Bedework writes one inside each VEVENT)
        if raw[:1] in (" ", "\t") or _is_property_line(raw):
            lines.append(raw)
            inside = inside or raw.upper().startswith("BEGIN:")
            continue
        if inside and lines:
            lines.append("  " + raw)  # fold (CRLF + space) and the space the writer broke at
            joined = True
        else:
            lines.append(raw)
    return "\r\n".join(lines) + "\r\n" if joined else None


def _is_property_line(line: str) -> bool:
    match = _NAME.match(line)
    if match is None:
        return False
    name = match.group(1)
    if not (name.isupper() or name.islower()):
        return False
    name = name.upper()
    return name in _PROPERTY_NAMES or name.startswith("X-")
