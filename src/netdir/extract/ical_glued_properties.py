"""A property an iCalendar writer ran into the line before it, set on a line of its own again.

A template that trims the line end after a property (Hugo's ``{{- if .Params.Location }}`` right
after ``SUMMARY:{{ .Title }} - …``) writes the next property on the same line when the
condition is false: ``SUMMARY:HPC Carpentry - ACM SIGHPC Education ChapterDESCRIPTION:SIGHPC
Education Webinar HPC Carpentry YouTube Video …``. The library reads the whole line as the
title, so the event is named by its description, and has no description of its own. Where a
title or place line holds, glued to its last word, the name of an event property that the event
writes nowhere else — „…ChapterDESCRIPTION:“, „…2024LOCATION:“ — the writer lost a line end
there: the line is split before that name. A name after a space („… New DESCRIPTION: …“) or
inside an upper-case word („WEBINAR-URL:“) is text, and so is one the event has a line of its own
for.
"""

from __future__ import annotations

from netdir import lazy_re

# The lines a lost line end leaves another property glued to: the short texts an event is named
# and placed by (a long DESCRIPTION running on into CLASS harms nothing read from it).
_CARRIERS = ("SUMMARY", "LOCATION")
# The event properties a template writes after them.
_GLUED_NAMES = (
    "DESCRIPTION", "LOCATION", "URL", "CLASS", "UID", "STATUS", "DTSTART", "DTEND",
    "CATEGORIES", "ORGANIZER", "TRANSP", "SEQUENCE", "DTSTAMP",
)  # fmt: skip
# One of those names right after a lower-case letter, a digit or a closing bracket or mark,
# followed by its parameters or value: the seam of a lost line end. The pre-check for the whole
# body is the same pattern, so a calendar without such a seam is passed over in one search.
_SEAM = lazy_re.compile(r"(?<=[a-z0-9)\]\.!?])(" + "|".join(_GLUED_NAMES) + r")(?=[;:])")


def with_glued_properties_apart(text: str) -> str | None:
    """``text`` with each property glued to the end of a title or place line set on a line of
    its own, or None when no line holds one."""
    if _SEAM.search(text) is None:
        return None
    lines = text.splitlines()
    out: list[str] = []
    changed = False
    start = 0
    while start < len(lines):
        if lines[start].upper() != "BEGIN:VEVENT":
            out.append(lines[start])
            start += 1
            continue
        end = start + 1
        while end < len(lines) and lines[end].upper() != "END:VEVENT":
            end += 1
        block = lines[start:end]
        own = {line.split(":", 1)[0].split(";", 1)[0].upper() for line in block}
        for line in block:
            split = _split(line, own)
            changed = changed or len(split) > 1
            out.extend(split)
        start = end
    return "\r\n".join(out) + "\r\n" if changed else None


def _split(line: str, own: set[str]) -> list[str]:
    """The line, or its two halves where a property the event has no line of its own for is
    glued to the end of its title or place."""
    name = line.split(":", 1)[0].split(";", 1)[0].upper()
    if name not in _CARRIERS or ":" not in line:
        return [line]
    value_at = line.index(":") + 1
    for seam in _SEAM.finditer(line, value_at):
        glued = seam.group(1)
        if glued in own or glued == name:
            continue
        return [line[: seam.start()], line[seam.start() :]]
    return [line]
