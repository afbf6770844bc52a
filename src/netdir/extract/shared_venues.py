"""A venue one row of a list names in its place, another row names in its prose.

„SALÒ … / Factory Magdeburg Sandbreite 2, Magdeburg“ beside „Zweite Jugend Konzert / … Tanzt zur
elektronischen Körpermusik durch die Nacht in der Factory Magdeburg …“: the second row has no
place field, but its text puts the evening „in der“ venue the list already knows. Only a venue
of the same list counts — a name after „in der“ alone may be anything („in der Adventszeit“).
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.place_prepositions import PLACE_OR_AM_PREPOSITION
from netdir.records import RawRecord

# „in der Factory Magdeburg“, „im Kulturhaus“, „auf dem Marktplatz“: where the prose puts it.
_AT = rf"(?:{PLACE_OR_AM_PREPOSITION}|in|at\s+the|at)\s+"
# A venue is named by at least two words of the other row's place, or one of six letters or
# more („Kulturhaus“), so that „im Mai“ or „am Haus“ never match a place's first word.
_MIN_WORDS = 2
_MIN_SINGLE_WORD = 6


def _names(location: str) -> list[str]:
    """The leading word runs of a place, longest first: „Factory Magdeburg Sandbreite 2,
    Magdeburg“ → „Factory Magdeburg Sandbreite 2“, „Factory Magdeburg Sandbreite“, …"""
    words = location.split(",")[0].split()
    names = []
    for count in range(len(words), 0, -1):
        name = " ".join(words[:count])
        last = words[count - 1][:1]
        if not (last.isupper() or last.isdigit()) and count < len(words):
            continue  # „Gasthof zum“ of „Gasthof zum Rotem Kreuz“ is a name cut short; „Zeiseweg
            # 9“ of „Zeiseweg 9 in den Räumen des CCCHH“ ends on its house number, a whole name
        if count >= _MIN_WORDS or (len(name) >= _MIN_SINGLE_WORD and name[:1].isupper()):
            names.append(name)
    return names


def places_from_other_rows(records: list[RawRecord]) -> None:
    """Give a record without a place the venue another record of the list has, when its
    description or title puts it „in der“ / „im“ / „at the“ that venue."""
    venues = [r.location_text for r in records if r.location_text]
    if not venues:
        return
    for record in records:
        if record.location_text is not None:
            continue
        text = " ".join(t for t in (record.title, record.description) if t)
        found = _venue_in(text, venues)
        if found is not None:
            record.location_text = found
            record.field_sources["location_text"] = "listing: a venue of another row, in the prose"


def _venue_in(text: str, venues: list[str]) -> str | None:
    # Each name's pattern is built for this text only, so the test that the name stands in the
    # text at all comes first: compiling the pattern cost more than all the rest of this reader.
    folded = text.casefold()
    for venue in venues:
        for name in _names(venue):
            if name.casefold() not in folded:
                continue
            match = re.search(rf"\b{_AT}{re.escape(name)}\b", text, re.I)
            if match is not None:
                return name + _name_goes_on(text[match.end() :])
    return None


# „ Ostheim“, „ Mümmelmannsberg“: capitalised words right after the venue's name, no comma or
# stop between — the prose's venue is longer than the other row's („in der Grundschule
# Mümmelmannsberg für 2. Klassen“ beside a row at „Grundschule“): a school of its own
_GOES_ON = lazy_re.compile(r"^(?:[ \t]+[A-ZÄÖÜ][^\W\d_]+(?:-[^\W\d_]+)*){1,3}(?=[\s,.;:!?)]|$)")
# („… im Kulturhaus Am Markt“: a capitalised word after the name may open a street's name too;
# only words that are no small word of a street or a sentence go on)
_NOT_A_NAME = frozenset({"Am", "An", "Auf", "Im", "In", "Zum", "Zur", "Und", "Der", "Die", "Das"})


def _name_goes_on(after: str) -> str:
    """The capitalised words that go on from a venue's name in the prose („ Ostheim“); ""
    when a small word, a comma or a lower-case word follows it."""
    match = _GOES_ON.match(after)
    if match is None:
        return ""
    words = match.group(0).split()
    kept = []
    for word in words:
        if word in _NOT_A_NAME:
            break
        kept.append(word)
    return "".join(f" {word}" for word in kept)
