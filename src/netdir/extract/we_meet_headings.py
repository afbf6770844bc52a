"""A heading that says where the group meets names its meeting.

„<h3>Wir treffen uns im Schlossgarten!</h3>“ over „Wir treffen uns also am Donnerstag, den 21.
Juli bereits um 19:00 Uhr und nicht im Gewerbehof, sondern an einem Plätzchen im Karlsruher
Schlossgarten.“: the heading is a sentence, its subject the hosts; the event it announces is the
meeting there — „Treffen im Schlossgarten“. Read as it stands, the name kept „Wir … uns“, and once
the place was cut from its end only „Wir treffen uns“ was left, which names nothing.
"""

from __future__ import annotations

from netdir import lazy_re

_WE_MEET = lazy_re.compile(
    r"(?:[Ww]ir\s+treffen\s+uns|[Tt]reffen\s+wir\s+uns)(?:\s+(?:wieder|diesmal|heute|morgen))?\s+"
    r"(?P<where>(?:im|am|in\s+der|in\s+dem|auf\s+dem|auf\s+der|beim|bei\s+der|bei\s+dem)\s+"
    r"[A-ZÄÖÜ][^.!?:;,]{1,60}?)\s*[!.]*"
)


def meeting_the_heading_tells(heading: str) -> str | None:
    """„Treffen im Schlossgarten“ for „Wir treffen uns im Schlossgarten!“; None for any heading
    that is not that whole sentence."""
    if "reffen" not in heading:  # (cheap)
        return None
    match = _WE_MEET.fullmatch(heading.strip())
    return f"Treffen {match['where'].strip()}" if match is not None else None
