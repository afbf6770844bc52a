"""Where a meeting is held, written into its name after a dash.

A clerk's meeting list names each meeting and, when it is not in the usual hall, adds where
after a dash::

    Regular Meeting of the Flood Mitigation Task Force - Room 500
    Regular Meeting of the Flood Mitigation Task Force - One Texas Center, room 325
    Land, Facilities and Programs Committee Meeting - The meeting will be held at the PARD
        Annex Bldg located at 919 W. 28 1/2 St. (Shoal Creek Rm)
    Joint Committee of the Environmental Board and Parks Board Meeting - Meeting location:
        Zilker Botanical Garden - Auditorium, 2220 Barton Springs Road.

What follows the dash is the place only when it says so: a place label („Meeting location:“),
a sentence that the meeting is held at a place, or a short part that ends on a room number. A
dash before anything else („Concert - Jazz“, „Budget Work Session - Day 2“) stays in the name.

A radio club's calendar names its meetings „Monthly Club Meeting - Calabash EMS“ and „Monthly
Club Meeting - BEMC“ over the card's line „Location: Calabash EMS Building, 9031 Beach Dr SW, …“
/ „BEMC HQ, 795 Ocean Hwy, …“: the part after the dash opens the place the record already has,
so it says where, not what (``without_the_place_repeated``). A part that is the place's whole first
name („DMC Wesensprüfung … – Herdecke“ at „Herdecke (Nordrhein-Westfalen)“) names the event's town
and stays.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.place_labels import ENGLISH_BLOCK_WORDS
from netdir.records import RawRecord

_DASH = lazy_re.compile(r"\s+[-–—]\s+")
_LABELLED = lazy_re.compile(
    rf"^(?:meeting\s+)?(?:{ENGLISH_BLOCK_WORDS})\s*:\s*(?P<place>\S.*?)\.?$", re.I
)
# „The meeting will be held at the …“, „Regular meeting to be held at …“
_HELD_AT = lazy_re.compile(
    r"^(?:the\s+)?(?:[a-z]+\s+){0,2}?meetings?\s+(?:will\s+be|to\s+be|is|are)\s+held\s+"
    r"(?:at|in)\s+(?:the\s+)?(?P<place>\S.*?)\.?$",
    re.I,
)
# „Room 500“, „One Texas Center, room 325“: a short part that ends on a room and its number.
_ROOM = lazy_re.compile(r"^(?P<place>(?:[^,]{1,40},\s*)?(?:room|rm\.?)\s+\d+[a-z]?)$", re.I)
_MIN_NAME_WORDS = 2


def dashed_place(title: str) -> tuple[str, str] | None:
    """(name, place) of a meeting's name that states its place after a dash (see above)."""
    parts = _DASH.split(title.strip(), maxsplit=1)
    if len(parts) != 2 or len(parts[0].split()) < _MIN_NAME_WORDS:
        return None
    name, rest = parts
    for pattern in (_LABELLED, _HELD_AT, _ROOM):
        match = pattern.match(rest.strip())
        if match is not None:
            return name.strip(), match["place"].strip()
    return None


def move_dashed_meeting_places(records: list[RawRecord]) -> None:
    """Give a record without a place the place its name states after a dash; the name keeps
    the part before it."""
    placed: set[str] = set()
    for record in records:
        if not record.title or record.location_text not in (None, record.title):
            continue  # (a label inside the name made the whole name its place: the part says)
        split = dashed_place(record.title)
        if split is None:
            continue
        where = record.field_sources.get("title", "listing:")
        record.title, record.location_text = split
        record.field_sources["location_text"] = f"{where} (place after the name's dash)"
        placed.add(split[0].casefold())
    _room_codes_of_placed_names(records, placed)


# „OTC 325“: a building's short code and a room number.
_ROOM_CODE = lazy_re.compile(r"^[A-Z]{2,5}\s+\d{1,4}[A-Za-z]?$")


def _room_codes_of_placed_names(records: list[RawRecord], placed: set[str]) -> None:
    """„Regular Meeting of the Flood Mitigation Task Force - OTC 325“ beside the same meeting's
    „- Room 500“ and „- One Texas Center, room 325“: the list writes each meeting's place after
    the dash, so a building's code and room number there is the place too."""
    for record in records:
        if not record.title or record.location_text is not None:
            continue
        parts = _DASH.split(record.title.strip(), maxsplit=1)
        if len(parts) != 2 or parts[0].strip().casefold() not in placed:
            continue
        if _ROOM_CODE.match(parts[1].strip()):
            where = record.field_sources.get("title", "listing:")
            record.title, record.location_text = parts[0].strip(), parts[1].strip()
            record.field_sources["location_text"] = f"{where} (room code after the name's dash)"


def without_the_place_repeated(records: list[RawRecord]) -> None:
    """Cut from a record's name the part after its last dash whose words open the record's
    place („Monthly Club Meeting - Calabash EMS“ at „Calabash EMS Building, …“)."""
    for record in records:
        if not record.title or not record.location_text:
            continue
        parts = _DASH.split(record.title.strip())
        if len(parts) < 2:
            continue
        name = record.title.strip()[: record.title.strip().rindex(parts[-1])].rstrip(" -–—")
        if len(name.split()) < _MIN_NAME_WORDS or not _opens_a_longer_name(
            parts[-1], record.location_text
        ):
            continue
        record.title = name
        record.field_sources["title"] = (
            record.field_sources.get("title", "listing:") + " (without the place after its dash)"
        )


def _opens_a_longer_name(part: str, place: str) -> bool:
    """Whether ``part`` is the short form the place's name opens with, its name going on with a
    word („Calabash EMS“ of „Calabash EMS Building, …“, „BEMC“ of „BEMC HQ, …“) — not the whole
    town a name ends on („… – Herdecke“ at „Herdecke (Nordrhein-Westfalen)“: the name's town)."""
    words = part.split()
    pattern = r"\s+".join(re.escape(word) for word in words) + r"\s+\w"
    return bool(words) and re.match(pattern, place.strip(), re.I) is not None
