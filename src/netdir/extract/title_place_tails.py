"""An event page's name that ends on where the event is held, without that ending.

A school's post is headed „UNICEF-Konzert 2024 am Schiller“, a literary society's „37.
Südthüringer Literaturwerkstatt in Rohr“, a festival's page „Fête du Seeee 2025 im Strandbad
Tegelsee“; each page says again where, in its text („… im Hotel zum Kloster Rohr“) or its meta
line („Strandbad Tegelsee“). A reader notes the event by the words before the preposition and
its place as where. The ending counts only when it is the event's place as read: the same words,
the place's last words („Rohr“ of „Hotel zum Kloster Rohr“; not the area a spot lies in,
„Weststadt“ of „Wilhelmsplatz in Heidelberger Weststadt“: „Alternativer Weihnachtsmarkt in der
Weststadt“ is that district's market) or the short name a compound place
starts with („Schiller“ of „Schillergymnasium“). Any other ending („Konzert im Advent“, „Lesung
in der Reihe Lyrik“) is part of the name; a name of one word before the preposition stays whole
(„Sommerfest im Park“ read with its place „Park“ keeps its name: „Sommerfest“ says too little).
"""

from __future__ import annotations

from netdir import lazy_re

# the name, the last „im“/„in“/„am“/„auf dem“ … of the title, and what follows it
_NAME_THEN_PLACE = lazy_re.compile(
    r"^(?P<name>\S.*\S)\s+(?:im|in\s+der|in\s+dem|in|am|an\s+der|auf\s+dem|auf\s+der|beim)\s+"
    r"(?P<tail>[A-ZÄÖÜ][^,;:|()\d]{0,60})$"
)
_WORD = lazy_re.compile(r"[^\W_]+")
_SHORT_NAME = 5  # a compound's head at least this long („Schiller“ of „Schillergymnasium“)
_NAME_WORDS = 2  # what the name keeps at least


def name_without_its_place(title: str, place: str | None) -> str | None:
    """The title without its closing „<preposition> <place>“ when that is ``place``, else None."""
    if not place:
        return None
    match = _NAME_THEN_PLACE.match(title.strip())
    if match is None or len(_words(match["name"])) < _NAME_WORDS:
        return None
    tail, where = _words(match["tail"]), _words(place.split(",")[0])
    if not tail or not where:
        return None
    if where == tail or _short_name_of(tail, where):
        return match["name"].strip()
    if where[-len(tail) :] == tail and not _AREA_WORDS.intersection(where[: -len(tail)]):
        return match["name"].strip()
    return None


# „Wilhelmsplatz in Heidelberger Weststadt“: a spot in the area the title ends on — the title
# names the event of that area („Alternativer Weihnachtsmarkt in der Weststadt“), not its venue.
_AREA_WORDS = frozenset({"in", "im", "am", "an", "auf"})


def _short_name_of(tail: tuple[str, ...], where: tuple[str, ...]) -> bool:
    """„Schiller“ for „Schillergymnasium“: one word that starts the place's one-word name."""
    return (
        len(tail) == 1
        and len(where) == 1
        and len(tail[0]) >= _SHORT_NAME
        and where[0].startswith(tail[0])
        and where[0] != tail[0]
    )


def _words(text: str) -> tuple[str, ...]:
    return tuple(word.casefold() for word in _WORD.findall(text))
