"""A row's „add to Google Calendar“ link names the row's event as the site calls it.

A club's runsheet row reads „<a>CH4</a> #367 | Good Friday 03-04-2026 20:00 hrs | <a>Cafe
Ellebo</a> Sjælør Boulevard 49 … | hares | Full Moon Hash“ and ends in a button whose link fills
in the reader's calendar::

    https://www.google.com/calendar/event?action=TEMPLATE&text=CH4 # 367 (Full Moon Hash)
        &dates=20260403T180000Z/20260403T220000Z&location=Cafe Ellebo, Sjælør Boulevard 49, …

The row's own cells give it a club tag („CH4“) or its venue („Cafe Ellebo“) for a name; the
calendar entry the site wrote for it says what the event is called. Its ``text`` names the
row's event when the entry is for the row's day (``dates`` opens on it, give or take the day a
UTC stamp shifts) and the row's name is either a one-word tag that text holds („CH4“ of „CH4 #
367 (Full Moon Hash)“; a row named in words, „4. Meisterkonzert“ beside „4. Meisterkonzert —
Duo ViA!“, keeps its name) or the venue the entry's ``location`` opens with (the row was named by its
venue: the venue stays its place). Other links and other entries change nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from urllib.parse import parse_qs, urlsplit

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.context import set_field
from netdir.normalize.when import parse_when
from netdir.records import RawRecord

SOURCE = "listing:the row's Google Calendar link (text)"
PLACE_SOURCE = "listing:the row's Google Calendar link (location)"
_CALENDAR_HOSTS = ("google.com", "www.google.com", "calendar.google.com")
_WORD = lazy_re.compile(r"\w+")
_STAMP_DAY = lazy_re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})")
_MAX_NAME_CHARS = 200
#: A UTC stamp may fall on the day before or after the row's local day.
_UTC_SHIFT = timedelta(days=1)


def _entry(href: str) -> dict[str, str] | None:
    """The fields of a Google Calendar template link (``action=TEMPLATE``), else None."""
    parts = urlsplit(href.strip())
    if parts.hostname not in _CALENDAR_HOSTS or "/calendar" not in parts.path:
        return None
    query = {key.lower(): values[0] for key, values in parse_qs(parts.query).items() if values}
    if query.get("action", "").upper() != "TEMPLATE" or not query.get("text", "").strip():
        return None
    return query


def _entries(block: Iterable[LexborNode]) -> list[dict[str, str]]:
    found = []
    for node in block:
        links = [node] if node.tag == "a" else node.css("a[href]")
        for link in links:
            entry = _entry(link.attributes.get("href") or "")
            if entry is not None:
                found.append(entry)
    return found


def _entry_day(entry: dict[str, str]) -> date | None:
    match = _STAMP_DAY.match(entry.get("dates", ""))
    if match is None:
        return None
    try:
        return date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None


def _record_days(record: RawRecord, today: date) -> set[date]:
    """The days the row's date text can mean: „03-04-2026“ is 3 April or 4 March until the
    page's order is known (the normalizer decides it later, for the whole page)."""
    days: set[date] = set()
    if not record.date_text:
        return days
    for day_first in (True, False):
        start = parse_when(record.date_text, today=today, day_first=day_first).start
        if start is None:
            continue
        try:
            days.add(date.fromisoformat(start[:10]))
        except ValueError:
            continue
    return days


def _words(text: str) -> list[str]:
    return [word.casefold() for word in _WORD.findall(text)]


def _part_of(name: str, text: str) -> bool:
    """ "CH4" in „CH4 # 367 (Full Moon Hash)“: a row named by one word, a club's or series'
    tag, that the entry's name holds. A row's name of several words („4. Meisterkonzert“
    beside the entry „4. Meisterkonzert — Duo ViA!“) is a name already: the entry only adds
    who plays, and the row keeps its own."""
    name_words, text_words = _words(name), _words(text)
    return len(name_words) == 1 and len(text_words) > 1 and name_words[0] in text_words


def _opens_the_location(name: str, location: str) -> bool:
    """ "Cafe Ellebo" opening „Cafe Ellebo, Sjælør Boulevard 49, 2450 Copenhagen SV“."""
    name_words, place_words = _words(name), _words(location)
    return bool(name_words) and place_words[: len(name_words)] == name_words


def names_from_calendar_links(
    records: list[RawRecord], block_of: dict[int, list[LexborNode]], today: date
) -> None:
    """Name each record by its row's Google Calendar entry (see module)."""
    for record in records:
        block = block_of.get(id(record))
        if block is None or not record.title:
            continue
        entries = _entries(block)
        if not entries:
            # Most rows have no calendar link: their days are not read (two parses each).
            continue
        days = _record_days(record, today)
        for entry in entries:
            name = " ".join(entry["text"].split())
            entry_day = _entry_day(entry)
            if entry_day is None or not any(abs(entry_day - day) <= _UTC_SHIFT for day in days):
                continue
            if len(name) > _MAX_NAME_CHARS or name.casefold() == record.title.casefold():
                continue
            location = " ".join(entry.get("location", "").split())
            if location and _opens_the_location(record.title, location):
                if record.location_text is None:
                    set_field(record, "location_text", location, PLACE_SOURCE)
            elif not _part_of(record.title, name):
                continue
            record.title = name
            record.field_sources["title"] = SOURCE
            break
