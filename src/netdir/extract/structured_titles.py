"""A structured event's name without the day and the venue its shop or CMS appends to it.

Ticket shops and club sites build ``name`` for search engines from the event, its day and its
venue: "POISON RUIN, SO36, 09.07.2026", "Ballermann Open Air - 15. August 2026 - Soda Club
Berlin". The page shows the event's name ("POISON RUIN", "Ballermann Open Air"); the day and
the venue are fields of their own. Trailing parts after a separator (" - ", " – ", " | ", ", ")
are dropped while each is only a date on the event's own day or only words of its place (venue,
city, location); the first part always stays, so a name that is all place stays whole, and a
part that is anything else ("Die mitreißende Liveshow …") ends the trimming.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from netdir import lazy_re
from netdir.extract.date_cues import WEEKDAY_WORD, iter_date_phrases
from netdir.normalize.when import parse_when
from netdir.records import RawRecord

_SEPARATOR = lazy_re.compile(r"\s+[-–—|]\s+|,\s+")
_WORD = lazy_re.compile(r"\w+")
SOURCE_NOTE = " (without the day and place appended to it)"


def trim_date_and_place(record: RawRecord, today: date, shown: Callable[[str], bool]) -> None:
    """Drop the trailing date and place parts of ``record.title`` (in place), unless the page
    shows the name as it stands (``shown``): a list whose rows read "Pitchveranstaltung,
    Mittwoch, 28.04.2021" names its events so."""
    if not record.start or not record.title:
        return
    parts = _SEPARATOR.split(record.title)
    if len(parts) < 2:
        return
    place_words = _words(" ".join(filter(None, (record.venue, record.city, record.location_text))))
    keep, dated = len(parts), False
    while keep > 1:
        part = parts[keep - 1]
        if _is_day_or_place(part, record.start[:10], place_words, today):
            dated = dated or not _words(part) <= place_words
        elif not (dated and WEEKDAY_WORD.match(part.strip())):
            break  # a weekday before the day ("…, Mittwoch, 28.04.2021") is the day's
        keep -= 1
    if keep == len(parts) or shown(record.title):
        return
    # The separators between kept parts stay as written: cut the title where part ``keep`` begins.
    cut = 0
    for _ in range(keep):
        match = _SEPARATOR.search(record.title, cut)
        if match is None:
            return
        cut = match.end()
        end = match.start()
    record.title = record.title[:end].strip()
    source = record.field_sources.get("title")
    if source is not None and not source.endswith(SOURCE_NOTE):
        record.field_sources["title"] = source + SOURCE_NOTE


def _is_day_or_place(part: str, day: str, place_words: set[str], today: date) -> bool:
    part = part.strip()
    words = _words(part)
    if not words:
        return False
    if place_words and words <= place_words:
        return True
    phrases = list(iter_date_phrases(part))
    if len(phrases) != 1 or len(phrases[0].group(0).strip()) < len(part) - 1:
        return False
    start = parse_when(part, today=today).start
    return start is not None and start[:10] == day


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def trim_subtitle(record: RawRecord, headings: Callable[[], tuple[set[str], set[str]]]) -> None:
    """A name joined from the page's ``<h1>`` and the heading below it: "Oh What A Night! -
    Die mitreißende Liveshow mit Hits von Grease bis Dirty Dancing" where the page's ``<h1>``
    reads "Oh What A Night!" and an ``<h2>`` the rest. The ``<h1>`` names the event, the rest is
    its subtitle. ``headings``: the page's ``<h1>`` texts and its other headings' texts."""
    parts = _name_and_rest(record.title)
    if parts is None:
        return
    first, rest = parts
    top, lower = headings()
    if first in top and rest in lower:
        _retitle(record, first, "the page's <h1>; the rest its subtitle")


def trim_site_name(
    record: RawRecord,
    headings: Callable[[], tuple[set[str], set[str]]],
    site_names: Callable[[], set[str]],
) -> None:
    """A name that opens with the site's own name: "Divites Quartett – Coldplay vs. Ed Sheeran"
    on a site whose document title reads "Termine – Divites Quartett", where the event's card
    shows "Coldplay vs. Ed Sheeran" as its heading. The site's name says whose event it is (every
    event of the site shares it); the heading the page gives the event names it. ``headings``:
    the page's ``<h1>`` texts and its other headings' texts; ``site_names``: the parts of the
    document title, casefolded."""
    parts = _name_and_rest(record.title)
    if parts is None:
        return
    first, rest = parts
    top, lower = headings()
    if rest in top | lower and first.casefold() in site_names():
        _retitle(record, rest, "without the site's name; its heading")


def _name_and_rest(title: str | None) -> tuple[str, str] | None:
    """A structured name split at its first separator (a dash or bar between spaces), each side's
    spaces collapsed; None without one, or where the first separator is a comma."""
    match = _SEPARATOR.search(title) if title else None
    if not title or match is None or match.group(0).startswith(","):
        return None
    return " ".join(title[: match.start()].split()), " ".join(title[match.end() :].split())


def _retitle(record: RawRecord, title: str, why: str) -> None:
    record.title = title
    source = record.field_sources.get("title")
    if source is not None:
        record.field_sources["title"] = f"{source} ({why})"


# „Helmut Krenek - Ausg'steckt“: a name, then a label after the last dash or bar.
_LAST_PART = lazy_re.compile(r"^(?P<name>.+?)\s+[-–—|]\s+(?P<label>[^-–—|]+)$")
_MIN_SHARING = 3


def trim_shared_label(
    records: list[RawRecord], headings: Callable[[], tuple[set[str], set[str]]]
) -> None:
    """Names that all end in the same label after a dash: a Heurigen calendar's JSON-LD names each
    open Heuriger „Helmut Krenek - Ausg'steckt“, „Wieninger - Ausg'steckt“ (open today), while
    the page's cards head each with its name alone. A label every one of at least three events
    shares says what they all are, not which one is meant; the name before it is the event's
    when the page shows it as a heading. Different endings („Konzert - Bach“, „Konzert -
    Händel“), or names the page heads whole, stay."""
    split = [(record, _LAST_PART.match(record.title or "")) for record in records]
    labelled = [(record, match) for record, match in split if match is not None]
    if len(labelled) < _MIN_SHARING or len(labelled) < len(records) // 2:
        return
    labels = {" ".join(match["label"].split()).casefold() for _, match in labelled}
    names = {" ".join(match["name"].split()) for _, match in labelled}
    if len(labels) != 1 or len(names) < 2:
        return
    top, lower = headings()
    shown = top | lower
    if not all(" ".join(match["name"].split()) in shown for _, match in labelled):
        return
    for record, match in labelled:
        _retitle(record, " ".join(match["name"].split()), "without the label all names share")


# „Shane Torres @ FREMONT ABBEY“: the event's name, then „@“ and its venue.
_AT_VENUE = lazy_re.compile(r"^(?P<name>[^@]+?)\s+@\s+(?P<venue>[^@]+)$")
# „5/15 The Moth StorySLAM …“: a month/day opening the name.
_DAY_FIRST = lazy_re.compile(r"^(?P<day>\d{1,2}/\d{1,2})\s+(?=\w)")


def trim_venue_after_at(records: list[RawRecord], shown: Callable[[str], bool]) -> None:
    """A venue's ticket page names its events „Shane Torres @ FREMONT ABBEY“, „5/15 The Moth
    StorySLAM @ BLOEDEL HALL“ — the event, then „@“ and the hall its location names, the
    recurring ones led by their own month and day. The event's name is what stands before the
    „@“, without its day. Only when the part after the „@“ is the record's place (all its words
    but one among the location's) and the names before it differ between the events: an artist's
    page whose every show is „Vulvodynia @ O2 Academy Islington“, „Vulvodynia @ Legend Club“
    names each show by where it is. A name the page shows as it stands („Peter & der Wolf ·
    Klassik @ HGK“ on a concert list) stays: ``shown``."""
    cut: list[tuple[RawRecord, str]] = []
    for record in records:
        match = _AT_VENUE.match(record.title or "")
        if match is None or not record.start:
            continue
        places = _words(" ".join(filter(None, (record.venue, record.city, record.location_text))))
        venue = _words(match["venue"])
        # All the hall's words among the location's, but one of three or more („ST. MARK'S
        # CATHEDRAL“ for „Saint Mark's Cathedral“); „HGK“ for „Hochgebirgsklinik“ is none.
        if not venue & places - {"the"} or len(venue - places) > len(venue) // 3:
            continue
        if shown(record.title or ""):
            continue
        cut.append((record, _without_own_day(match["name"].strip(), record.start)))
    if len({name.casefold() for _, name in cut}) < 2:
        return
    for record, name in cut:
        _retitle(record, name, "without the venue after „@“")


def _without_own_day(name: str, start: str) -> str:
    """„5/15 The Moth StorySLAM“ → „The Moth StorySLAM“ when 5/15 is the event's own day (month
    and day, or day and month: the record's day decides, so „1/3“ of a series stays)."""
    match = _DAY_FIRST.match(name)
    if match is None or len(start) < 10:
        return name
    first, second = (int(part) for part in match["day"].split("/"))
    month, day = int(start[5:7]), int(start[8:10])
    return name[match.end() :] if (first, second) in ((month, day), (day, month)) else name
