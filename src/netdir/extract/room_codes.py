"""A room given by its code, as a university writes where its courses and talks are held.

A British university names a room by its building's short code, the floor and the room's
number, dotted: „HDB.1.06 Learning Lab“, „KGVI.1.71B“, „BSTC.2.40.PC“ (a PC cluster),
„ARMB.2.49“. A research team's events list puts that code on the line under each event's day.
Such a line is the place. Its dotted numbers are no date („2.40.“ reads like one to a loose date
pattern), so the line is known by its shape before anything looks for a day in it.
"""

from __future__ import annotations

from netdir import lazy_re

# A building's code (two to six capitals, perhaps a digit: „KGVI“, „HDB“, „ARMB“), the floor and
# the room's number („1.06“, „2.40“, „1.71B“), perhaps a suffix for the kind of room („.PC“),
# then at most four words of the room's name („Learning Lab“).
_ROOM_CODE_LINE = lazy_re.compile(
    r"^[A-Z][A-Z0-9]{1,5}\.\d{1,2}\.\d{1,3}[A-Z]?(?:\.[A-Z]{1,3})?"
    r"(?:\s+[A-Z][\w&-]*(?:\s+[\w&-]+){0,3})?$"
)


def names_a_room(line: str) -> bool:
    """Whether ``line`` is a room's dotted code, perhaps with the room's name after it."""
    return _ROOM_CODE_LINE.match(" ".join(line.split())) is not None
