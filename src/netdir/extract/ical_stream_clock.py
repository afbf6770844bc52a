"""A calendar of online broadcasts that names no zone and no place: the clock it states is UTC.

netdir shows a UTC stamp at Berlin's clock, because almost every source is German
(``when_zone``), and at another zone's where the calendar names one or places in one
(``ical._calendar_zone``, ``_zone_of_places``, ``_zone_of_countries``). A calendar whose every
event is a stream or a video meeting — each LOCATION the bare web address of one, nowhere a
place — and that names no zone anywhere happens at no place: its readers watch from everywhere,
and the one clock it states is UTC. When its texts are English (a chess platform's broadcast
schedule: „Team Chess Battle 2024 Quarterfinals 1“ at „DTSTART:20240221T175000Z“, LOCATION
„https://www.twitch.tv/Chess“), Berlin's clock is a guess the file gives no ground for, so its
times stay at UTC. A German calendar of online meetings keeps Berlin's: its readers are there.

A calendar of concert halls' YouTube streams („Classical concert livestreams“) gives no LOCATION
at all: each event's URL is the video it is („https://www.youtube.com/watch?v=…“), so the stream's
address stands there. Its titles are the broadcasters' own — the ARD-Musikwettbewerb's „LIVE: 2.
Durchgang im Fach Fagott Tag 1 | ARD-Musikwettbewerb“ fifteen times over, beside Wigmore Hall's
English ones and OSESP's Portuguese: which language a calendar is written in is told by the little
words it uses, each counted once, not by how often one broadcaster's series repeats its one
phrase („im“ fifteen times is still one German word).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from netdir import lazy_re
from netdir.extract.clock_zone_letters import ZONE_AFTER_CLOCK
from netdir.extract.context import clean_text
from netdir.normalize.online_services import MEETING_ADDRESS

_BARE_ADDRESS = lazy_re.compile(r"^https?://[^\s/]+(?:/\S*)?$", re.I)
UTC_ZONE = ZoneInfo("UTC")
# The little words each language cannot do without, counted wherever they stand: which language
# a calendar's titles and descriptions are written in (names like „So“ or „Leko“ are neither).
_ENGLISH_WORDS = frozenset(
    {"the", "of", "and", "to", "in", "on", "at", "with", "for", "from", "by", "is", "are", "will", "who", "vs"}
)  # fmt: skip
_GERMAN_WORDS = frozenset(
    {"der", "die", "das", "und", "mit", "von", "zu", "im", "am", "für", "auf", "ist", "den", "dem", "des", "wir", "sich"}
)  # fmt: skip
_WORD = lazy_re.compile(r"[^\W\d_]+")


def _names_a_zone(calendar: Any) -> bool:
    """Whether the calendar names its zone (X-WR-TIMEZONE or a VTIMEZONE)."""
    return calendar.get("X-WR-TIMEZONE") is not None or any(
        True for _ in calendar.walk("VTIMEZONE")
    )


def broadcast_zone(calendar: Any) -> ZoneInfo | None:
    """UTC for an English calendar whose every event is stamped in UTC at a stream's or video
    meeting's web address (its LOCATION, or its URL where it has no LOCATION), and which names
    no zone (no X-WR-TIMEZONE, VTIMEZONE or TZID); None otherwise."""
    if _names_a_zone(calendar):
        return None
    texts: list[str] = []
    events = 0
    for event in calendar.walk("VEVENT"):
        events += 1
        # where it streams: its LOCATION, or its own URL when it names no LOCATION at all
        location = clean_text(event.get("LOCATION")) or clean_text(event.get("URL"))
        if (
            location is None
            or not _BARE_ADDRESS.match(location)
            or not MEETING_ADDRESS.search(location)
        ):
            return None
        if not _stamped_in_utc(event):
            return None
        texts += [clean_text(event.get(key)) or "" for key in ("SUMMARY", "DESCRIPTION")]
    if events == 0 or not _written_in_english(" ".join(texts)):
        return None
    return UTC_ZONE


def english_utc_zone(calendar: Any) -> ZoneInfo | None:
    """UTC for an English calendar that stamps every event in UTC, names no zone (no
    X-WR-TIMEZONE, VTIMEZONE or TZID) and whose texts give their clocks in American zones
    („11:00 AM EDT“, „10:00 AM ET“) and never in Central Europe's; None otherwise.

    Berlin's clock is netdir's guess for a source in Germany or its neighbours (an English
    seminar list of Gothenburg, a hacker camp's in Pescara are read right by it). A calendar whose
    own words set its hours in New York's or California's zone says its readers are not there,
    and it states one clock for all of them: a US chapter's webinars („DTSTART:20240612T160000Z“,
    „Join with zoom … 12 PM EDT“), each stated in its speaker's zone, are read at the UTC clock
    the file states, as a calendar of streams is (:func:`broadcast_zone`)."""
    if _names_a_zone(calendar):
        return None
    texts: list[str] = []
    events = 0
    for event in calendar.walk("VEVENT"):
        events += 1
        if not _stamped_in_utc(event):
            return None
        texts += [
            clean_text(event.get(key)) or "" for key in ("SUMMARY", "DESCRIPTION", "LOCATION")
        ]
    text = " ".join(texts)
    if events == 0 or not _written_in_english(text):
        return None
    zones = {match["zone"] for match in ZONE_AFTER_CLOCK.finditer(text)}
    if not zones or zones & _CENTRAL_EUROPEAN:
        return None
    return UTC_ZONE


# The letters of Central European (Summer) Time after a clock: the zone netdir's guess is in.
_CENTRAL_EUROPEAN = frozenset({"MEZ", "MESZ", "CET", "CEST"})


def _written_in_english(text: str) -> bool:
    """More of the English little words than of the German ones in ``text``, each word counted
    once (a series' title repeated is one phrasing)."""
    words = {word.casefold() for word in _WORD.findall(text)}
    return len(words & _ENGLISH_WORDS) > len(words & _GERMAN_WORDS)


def _stamped_in_utc(event: Any) -> bool:
    """Whether the event's DTSTART is a moment written in UTC („…T175000Z“), no TZID of its own."""
    prop = event.get("DTSTART")
    if prop is None or "TZID" in getattr(prop, "params", {}):
        return False
    value = getattr(prop, "dt", None)
    return isinstance(value, datetime) and value.utcoffset() == timedelta(0)
