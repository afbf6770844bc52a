"""The hall a venue complex's calendar names on the one unlabelled line of each description.

A script that writes a venue complex's agenda as iCalendar may leave LOCATION out and lay every
DESCRIPTION out as the same small form: labelled lines and one bare line, the hall within the
complex — „Categorie: Muziek\\nKanarie Club\\nMeer info: https://…“, „Categorie: Expo\\nDe
Passage\\nMeer info: …“. A reader of the agenda takes that line for where the entry is. Only
when the calendar's form is clear: at least ``_MIN_ENTRIES`` entries without a place whose
descriptions are labelled lines (and links) around exactly one bare line, that line a short
capitalised name (no clock, no day, no sentence), and those names few against the entries — a
complex has a handful of halls that its entries share, while a line naming each entry's own
speaker or work would differ from entry to entry.
"""

from __future__ import annotations

import re
from typing import Any

from netdir import lazy_re
from netdir.extract.context import clean_text, set_field
from netdir.extract.date_cues import DATE_LIKE, TIME_LIKE
from netdir.records import RawRecord

WHERE = "ical:DESCRIPTION bare line of a form (the hall)"
_MIN_ENTRIES = 3
_MAX_WORDS = 4
_MAX_CHARS = 40
# „Categorie: Film“, „Meer info: https://…“: a label of a few words, a colon, its value.
_LABELLED = lazy_re.compile(r"^[^\W\d][\w .'&/-]{1,30}:\s*\S")
_LINK = lazy_re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
# Small words inside a hall's name („De Passage“, „Hal van de Tram“).
_JOINERS = frozenset({"de", "het", "van", "der", "den", "am", "im", "la", "le", "of", "the"})


def bare_name_line(description: object) -> str | None:
    """The one line of a labelled description that is no label and no link, when it is a short
    name; None when the description is no such form."""
    lines = [clean_text(raw) for raw in str(description or "").splitlines()]
    kept = [line for line in lines if line]
    bare = [line for line in kept if not _LABELLED.match(line) and not _LINK.match(line)]
    if len(bare) != 1 or len(kept) < 2:
        return None
    name = bare[0]
    words = name.split()
    if len(name) > _MAX_CHARS or len(words) > _MAX_WORDS:
        return None
    if DATE_LIKE.search(name) or TIME_LIKE.search(name) or name[-1] in ".!?:;,":
        return None
    if not all(w[:1].isupper() or w.casefold() in _JOINERS for w in words):
        return None
    return name if words[0][:1].isupper() else None


def halls_of_the_form(calendar: Any) -> dict[str, str]:
    """UID → hall, for a calendar whose entries without LOCATION describe themselves in one
    form with a bare name line that takes few values; empty when the calendar is no such form."""
    halls: dict[str, str] = {}
    for event in calendar.walk("VEVENT"):
        if clean_text(event.get("LOCATION")) or not event.get("UID"):
            continue
        if (name := bare_name_line(event.get("DESCRIPTION"))) is not None:
            halls[str(event["UID"])] = name
    if len(halls) < _MIN_ENTRIES:
        return {}
    distinct = {name.casefold() for name in halls.values()}
    # A handful of halls shared by the entries, not a name of each entry's own.
    return halls if 2 * len(distinct) <= len(halls) else {}


def place_records_in_halls(records: list[RawRecord], halls: dict[str, str]) -> None:
    """Give each record without a place the hall its entry's description names."""
    if not halls:
        return
    for record in records:
        if record.location_text is not None:
            continue
        if (hall := halls.get(record.extra.get("uid", ""))) is not None:
            set_field(record, "location_text", hall, WHERE)
