"""The venue a post's heading names beside the event and its day: „Erster Stammtisch:
„Neurodivergente Runde“ im Traumtänzer am 20.09.2023“ — the name, „im <venue>“, „am <day>“ —
or after the day: „Freifunk-Treffen am 19.1. im Hackerspace“ — the name, „am <day>“, „im <venue>“.

A heading that names its event, where and when in one line reads like the sentence of an
invitation: the words after „im“ / „in der“ / „auf dem“ / „bei“ and before „am <day>“ are the
place, when they are a name (capitalized, a few words, no digits) and not a phrase that frames
the event („im Rahmen der …“, „im Mai“, „in Präsenz“).
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.block_text import names_a_day
from netdir.extract.date_cues import DATE_PHRASE

_PREPOSITION = r"(?:im|in\s+der|in\s+dem|in|auf\s+dem|auf\s+der|bei|beim)"
_NAME_PLACE_DAY = lazy_re.compile(
    rf"^(?P<name>\S.{{2,}}?)\s+{_PREPOSITION}\s+"
    r"(?P<place>[A-ZÄÖÜ][^\d,;:|()]{1,40}?)\s+am\s+(?P<day>\d.*)$"
)
# „Freifunk-Treffen am 19.1. im Hackerspace“: the day first, the venue closing the heading.
_NAME_DAY_PLACE = lazy_re.compile(
    rf"^(?P<name>\S.{{2,}}?)\s+am\s+(?P<day>\d[^,;:|()]*?)\s+{_PREPOSITION}\s+"
    r"(?P<place>[A-ZÄÖÜ][^\d,;:|()]{1,40}?)\s*$"
)
_PLACE_WORDS = 4
# What follows „im“ / „in“ without being a place: a frame, a season, a month, a mode.
_NO_PLACE = lazy_re.compile(
    r"^(?:rahmen|anschluss|zuge|vorfeld|namen|auftrag|gedenken|sinne|zeichen|monat|jahr|sommer|"
    r"winter|frühjahr|frühling|herbst|januar|februar|märz|april|mai|juni|juli|august|september|"
    r"oktober|november|dezember|präsenz|person|kürze|zukunft|wechsel|gespräch|dialog|kooperation|"
    r"zusammenarbeit|rückblick|vorgriff|folge|form|format|livestream|stream|netz|internet)\b",
    re.I,
)


def name_and_venue_before_the_day(heading: str) -> tuple[str, str] | None:
    """„Erster Stammtisch: „Neurodivergente Runde“ im Traumtänzer am 20.09.2023“ (or
    „Freifunk-Treffen am 19.1. im Hackerspace“) split into the event's name and its venue
    („Traumtänzer“, „Hackerspace“); None for a heading of any other shape."""
    found = _NAME_PLACE_DAY.match(heading.strip())
    if found is None:
        found = _NAME_DAY_PLACE.match(heading.strip())
        if found is None or DATE_PHRASE.fullmatch(found["day"]) is None:
            return None
    day = DATE_PHRASE.match(found["day"])
    if day is None or not names_a_day(day.group(0)):
        return None
    place = found["place"].strip()
    if len(place.split()) > _PLACE_WORDS or _NO_PLACE.match(place):
        return None
    return found["name"].strip(), place


def strip_the_venue(title: str, venue: str) -> str:
    """``title`` without the „im <venue>“ it ends on (as it is when it does not), and without
    the „am <day>“ before it („Freifunk-Treffen am 19.1. im Hackerspace“: the name).

    A bare „in“ names a town („25. Magento-Meetup am 02.05.2018 in Wels“): the name keeps it, as
    the corpus names a meetup of a town („Meetup 2025-03 in Berlin“), and loses only the day —
    „25. Magento-Meetup in Wels“, its place still „Wels“."""
    ending = re.search(rf"\s+(?P<prep>{_PREPOSITION})\s+{re.escape(venue)}\s*$", title)
    rest = title[: ending.start()].strip() if ending is not None else title.strip()
    day = _DAY_AT_THE_END.search(rest)
    if day is not None and rest != title and DATE_PHRASE.fullmatch(day["day"]) is not None:
        rest = rest[: day.start()].strip()
        if ending is not None and ending["prep"] == "in":
            rest = f"{rest} in {venue}"
    return rest or title


_DAY_AT_THE_END = lazy_re.compile(r"\s+am\s+(?P<day>\d[^,;:|()]*?)\s*$")
# „… am 20. Februar 2026 in Wangels“: the day, then the town the name ends on.
_DAY_THEN_TOWN = lazy_re.compile(
    r"\s+am\s+(?P<day>\d[^,;:|()]*?)\s+in\s+(?P<town>[^,;:|()\d]+?)\s*$"
)


def without_the_day_before_the_town(title: str, place: str) -> str | None:
    """„Symposion am 20. Februar 2026 in Wangels“ (a ``<title>`` or heading) read with its place
    „Wangels“: the name without its day and with its town, „Symposion in Wangels“ — as
    ``strip_the_venue`` names „25. Magento-Meetup am 02.05.2018 in Wels“. Cutting only the town
    (``title_place_tails``) would leave the day in the name. None for a title of another shape."""
    found = _DAY_THEN_TOWN.search(title)
    if (
        found is None
        or found["town"].strip() != place.strip()
        or DATE_PHRASE.fullmatch(found["day"]) is None
    ):
        return None
    name = strip_the_venue(title, place)
    return name if name != title.strip() else None
