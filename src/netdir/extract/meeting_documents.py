"""A meeting listed by its documents: „Council Meeting Agenda - 25 August 2026“.

A council's page of agendas and minutes gives each meeting a day heading and below it the links to
its files: „Council Meeting Agenda - 28 July 2026 (PDF, 24MB)“, „Council Meeting Minutes
(unconfirmed) - 28 July 2026“, „Council Meeting Recording - 28 July 2026“. Each link is dated and
they repeat like a list, so each became an offering named by its file. The files are not
offerings; the meeting they belong to is: its name is the link's text before the kind of file
(„Council Meeting“, „Special Council Meeting“), and the agenda and the minutes of one day are one
meeting. Only a name that says it is a meeting (a meeting, council, committee, board … word at its
end) is read so: „Annual Report Summary“ or „Reading Minutes“ stay as the page writes them.
"""

from __future__ import annotations

import re
from datetime import date

from netdir import lazy_re
from netdir.extract.start_days import day_of_record
from netdir.records import RawRecord

# The name of a meeting, then the kind of file, then (optionally) a note, a dash and the day.
_MEETING_DOCUMENT = lazy_re.compile(
    r"^(?P<name>[^\W\d_][^()]{0,80}?\b(?:meeting|council|committee|board|commission|panel"
    r"|forum|hearing|assembly|sitzung|ratssitzung|ausschuss|ausschusses|gemeinderat|stadtrat"
    r"|kreistag|ortsrat|beirat|versammlung)"
    # „Council Meeting No. 661 - Agenda - 21 July 2026“: the meeting's number is its name's
    r"(?:\s+(?:no\.?|nr\.?|number|#)\s*\d+)?)\s*(?:[-–—:]\s*)?"
    r"(?P<kind>(?:supplementary\s+|revised\s+|late\s+)?(?:agenda|minutes|recording|attachments?"
    r"(?:\s+booklet)?|business\s+papers|papers|webcast|livestream|video|audio|tagesordnung"
    r"|niederschrift|protokoll|einladung))\b"
    r"(?P<rest>\s*(?:\([^()]{0,40}\))?\s*(?:[-–—:,|]\s*.{0,60})?)$",
    re.I,
)
SOURCE = " (the meeting its document belongs to)"


def meeting_of_document(title: str) -> str | None:
    """The meeting's name in a document link's text („Council Meeting Minutes (unconfirmed) -
    28 July 2026“ → „Council Meeting“), None when the text names no meeting's file."""
    match = _MEETING_DOCUMENT.match(title.strip())
    return match["name"].strip() if match is not None else None


def merge_meeting_documents(records: list[RawRecord], today: date) -> list[RawRecord]:
    """Name each record that is a meeting's file by its meeting, and keep one record per meeting
    and day (the first of its files)."""
    kept: list[RawRecord] = []
    seen: set[tuple[str, str]] = set()
    for record in records:
        name = meeting_of_document(record.title or "")
        if name is None:
            kept.append(record)
            continue
        day = day_of_record(record, today)
        key = (name.casefold(), day or record.date_text or "")
        if key in seen:
            continue
        seen.add(key)
        record.title = name
        record.field_sources["title"] = record.field_sources.get("title", "") + SOURCE
        kept.append(record)
    return kept
