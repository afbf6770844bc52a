"""Places that a listing writes into its titles.

"Breakfast Spike (Heldenplatz)", "Breakfast Spike (Sporthalle)", "Training (Heldenplatz)": a
list whose titles end in a bracketed name, where the same event appears with different
brackets and the same bracket with different events, uses the bracket as its place column. One
title alone cannot say it — "Sommerfest (Kutterrudern)", "Fastnacht (Kita geschlossen)",
"Verwaltungsausschuss (VA)" bracket what or which, not where — so the evidence is the list's:
names crossed with places.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from netdir import lazy_re
from netdir.extract.country_names import COUNTRY_NAMES
from netdir.extract.date_cues import DATE_PHRASE, TIME_LIKE
from netdir.extract.place_labels import PLACE_WORDS
from netdir.extract.place_lines import is_address, names_a_venue_word, venue_part_of_title
from netdir.extract.place_prepositions import PLACE_PREPOSITION
from netdir.extract.speaker_affiliations import lists_speakers
from netdir.extract.title_text import title_in_text
from netdir.normalize.place import known_town
from netdir.records import RawRecord

# "(Heldenplatz)", "(Auer-Welsbach-Park)", "(AWP)": up to four words, the first capitalised,
# no digit (a time, an age "ab 6", a part "Teil 2" are no places).
_BRACKETED_END = lazy_re.compile(r"^(?P<name>.*\S)\s+\((?P<place>[A-ZÄÖÜ][^()\d]{0,60})\)$")
_MAX_PLACE_WORDS = 4
# Brackets that state a status, not a place, even when they vary like one.
_STATUS = lazy_re.compile(
    r"abgesagt|entfällt|verschoben|ausverkauft|ausgebucht|geschlossen|freigegeben|neu|"
    r"cancel|postponed|sold out|completed|new|online",
    re.I,
)


def _split(title: str) -> tuple[str, str] | None:
    match = _BRACKETED_END.match(title.strip())
    if match is None:
        return None
    place = match["place"].strip()
    if len(place.split()) > _MAX_PLACE_WORDS or _STATUS.search(place):
        return None
    return match["name"].strip(), place


# „Offener Treffpunkt (in der Bücherhalle Neugraben)“: a closing bracket that opens with a place's
# preposition says where the named meeting is held, whatever the rest of the list does.
_PREPOSITIONED_BRACKET = lazy_re.compile(
    rf"^(?P<name>.*[^\W\d_].*?)\s+\({PLACE_PREPOSITION}\s+(?P<place>[A-ZÄÖÜ][^()]{{2,80}})\)$"
)


def move_prepositioned_brackets(records: list[RawRecord]) -> None:
    """Give a record without a place the place its title's closing bracket names after „im“,
    „in der“, „auf dem“ …, and its title without that bracket."""
    for record, title in _unplaced(records):
        match = _PREPOSITIONED_BRACKET.match(title.strip())
        if match is None or DATE_PHRASE.search(match["place"]) or TIME_LIKE.search(match["place"]):
            continue
        record.title = match["name"].strip()
        _place_from_title(record, match["place"].strip(), "bracket led by a place's preposition")


def move_bracketed_places(records: list[RawRecord]) -> None:
    """Give each record of one list whose title ends in a bracketed place that place, and its
    title without it — when the list crosses names and places (one name with two places and
    one place with two names). Records that already have a place keep theirs and their
    title."""
    splits = {id(r): s for r in records if r.location_text is None and (s := _split(r.title))}
    places_of: dict[str, set[str]] = defaultdict(set)
    names_of: dict[str, set[str]] = defaultdict(set)
    for name, place in splits.values():
        places_of[name.casefold()].add(place.casefold())
        names_of[place.casefold()].add(name.casefold())
    crossed = any(len(p) >= 2 for p in places_of.values()) and any(
        len(n) >= 2 for n in names_of.values()
    )
    if not crossed:
        _move_bracketed_addresses(records)
        return
    for record in records:
        split = splits.get(id(record))
        if split is None:
            continue
        name, place = split
        record.title = name
        _place_from_title(record, place, "bracketed place of a list")


# "Caritasverband für Stuttgart e.V. (Haus St. Ulrich, 70378 Stuttgart)": a bracket that holds
# a street and number or a postcode and town says where, whatever the rest of the list does.
_BRACKETED_TAIL = lazy_re.compile(r"^(?P<name>.*\S)\s+\((?P<place>[^()]{5,100})\)$")


def _move_bracketed_addresses(records: list[RawRecord]) -> None:
    for record, title in _unplaced(records):
        match = _BRACKETED_TAIL.match(title.strip())
        if match is None or not is_address(match["place"]):
            continue
        record.title = match["name"].strip()
        _place_from_title(record, match["place"].strip(), "bracketed address")


# „Stammtisch (Ort: Marquardtei, Herrenberger Str. 34)“: a bracket that opens with a place's
# label holds the place, wherever it stands in the title and whatever the rest of the list does.
_LABELLED_BRACKET = lazy_re.compile(
    rf"\s*\((?:{PLACE_WORDS})\s*:\s*(?P<place>[^()]{{3,100}}?)\s*\)", re.I
)


def move_labelled_brackets(records: list[RawRecord]) -> None:
    """Give a record without a place the place its title states in a labelled bracket, and its
    title without that bracket."""
    for record, title in _unplaced(records):
        match = _LABELLED_BRACKET.search(title)
        if match is None:
            continue
        name = (title[: match.start()] + title[match.end() :]).strip()
        if sum(ch.isalpha() for ch in name) < 3:
            continue  # the bracket was all there was: no name is left to keep
        record.title = name
        _place_from_title(record, match["place"].strip(), "labelled bracket")


def move_venue_parts(records: list[RawRecord]) -> None:
    """ "Altes Schulhaus - Gemeinderat", "Fischerfest, Anglerheim": of a title's two parts the
    one that is a venue is the place of a record that has none."""
    for record in records:
        if record.location_text is not None:
            continue
        split = venue_part_of_title(record.title)
        if split is None:
            continue
        record.title = split[0]
        _place_from_title(record, split[1], "venue part of the title")


# "Percussion Night, Bolando, Bollschweil": a name, then its venue and its town, set off by
# commas. Up to five words a part, each capitalised as a name is, no digit (a year, a time, a
# date stay with the name).
_COMMA_PARTS = lazy_re.compile(r"\s*,\s+")
_MAX_TOWN_WORDS = 5


def _comma_split(title: str) -> tuple[str, list[str]] | None:
    parts = _COMMA_PARTS.split(title.strip())
    if len(parts) < 2:
        return None
    if parts[0].count("(") > parts[0].count(")"):
        # „… in Nieder-Olm (die Ausschreibung wird … gestellt, Veranstaltungsinformationen)“:
        # a comma inside a bracket parts the bracket's words, not the name from its place.
        return None
    rest = parts[1:]
    if any(len(p.split()) > _MAX_TOWN_WORDS or any(ch.isdigit() for ch in p) for p in rest):
        return None
    if not all(p[:1].isupper() for p in rest):
        return None  # "Jean-Guihen Queyras, cello, with Alexandre Tharaud, piano": roles
    return parts[0], rest


def move_trailing_towns(records: list[RawRecord]) -> None:
    """A list whose titles end in the same comma part after different names ("Konzert mit Chor
    Crescendo, Möhlinhalle, Bollschweil", "Percussion Night, Bolando, Bollschweil") writes its
    place column into the titles: that shared end and the parts before it, after the name,
    are the place. One title alone cannot say it ("Musikalische Umrahmung, Jubiläum
    Trachtengruppe Wittnau" names what, not where), so the evidence is the list's: one end
    after two names. Records that already have a place keep theirs and their title. A list of
    speakers („Prof. Harish Seshadri, IISc, Bangalore“) ends its rows in the speakers'
    institutions, not in places (``speaker_affiliations``)."""
    if lists_speakers(record.title for record in records):
        return
    splits = {id(r): s for r in records if r.location_text is None and (s := _comma_split(r.title))}
    names_before: dict[str, set[str]] = defaultdict(set)
    for name, rest in splits.values():
        names_before[rest[-1].casefold()].add(name.casefold())
    shared = {end for end, names in names_before.items() if len(names) >= 2}
    towns_column = _a_towns_column(list(splits.values()), shared)
    for record in records:
        split = splits.get(id(record))
        if split is None:
            continue
        if (
            split[1][-1].casefold() not in shared
            and not (towns_column and (_town_shaped(split[1]) or _venue_shaped(split[1])))
            and not _ends_in_a_country(split[1])
        ):
            continue
        name, rest = split
        town = _town_before_a_country(name, rest)
        if town is not None:
            # „Evangelisation Priekule, Lettland“: the title names the town, the place is both
            _place_from_title(record, f"{town}, {rest[0]}", "town and country ending the title")
            continue
        record.title = name
        _place_from_title(record, ", ".join(rest), "place parts shared by the list's titles")


# „Evangelisation Priekule“: a kind of event, then the capitalised name of the town it is held
# in (two or three words, no digit).
_KIND_AND_TOWN = lazy_re.compile(r"^[A-ZÄÖÜ][\w-]+(?:\s+[\w-]+)?\s+(?P<town>[A-ZÄÖÜ][^\s\d,]+)$")


def _town_before_a_country(name: str, rest: list[str]) -> str | None:
    """The town a title names right before its country („Evangelisation Priekule, Lettland“,
    „Evangelisation Jūrmalciems, Lettland“): a country alone is no place a reader goes to, and
    the word before the comma is where in it. The title keeps both (the list names its events
    so); the place is „Priekule, Lettland“."""
    if len(rest) != 1 or _COUNTRY.fullmatch(rest[0]) is None:
        return None
    match = _KIND_AND_TOWN.match(name)
    if match is None or names_a_venue_word(name):
        return None
    return match["town"]


def _a_towns_column(splits: list[tuple[str, list[str]]], shared: set[str]) -> bool:
    """Most titles of the list end in a town shared with another row („Dichtungsring,
    Winterthur“, „Slam 59, Luzern“): then a row ending in one comma part of a town's shape
    that the list names once („Offene Bühne, Basel“) ends in its town too."""
    in_shared = sum(1 for _, rest in splits if rest[-1].casefold() in shared)
    return in_shared >= _TOWNS_COLUMN_ROWS and 2 * in_shared >= len(splits)


def _town_shaped(rest: list[str]) -> bool:
    """One comma part of one or two words („Basel“, „Linz AT“); „Jubiläum Trachtengruppe
    Wittnau“ after „Musikalische Umrahmung“ names what the music framed."""
    return len(rest) == 1 and len(rest[0].split()) <= _TOWN_WORDS


def _venue_shaped(rest: list[str]) -> bool:
    """Comma parts that name a venue („Altes Rathaus, Rathaushalle“ after „»30 Jahre Mauerfall«:
    After Work mit Gregor Gysi“ in a list ending in „Junges Theater“, „ThOP“): a place the list
    names once; „Jubiläum Trachtengruppe Wittnau“ names no venue."""
    return names_a_venue_word(", ".join(rest))


_TOWNS_COLUMN_ROWS = 3
_TOWN_WORDS = 2
# „Kirchenkonzert, Contz-les-Bains, Frankreich“: a town, then its country, closing the title.
_COUNTRY = lazy_re.compile(rf"(?:{COUNTRY_NAMES})")


def _ends_in_a_country(rest: list[str]) -> bool:
    """The comma parts are a town and its country („Contz-les-Bains, Frankreich“): a place even
    when no other row of the list ends so (a concert abroad in a list of local ones)."""
    return len(rest) == 2 and _COUNTRY.fullmatch(rest[-1]) is not None and _town_shaped(rest[:1])


# "Richtlinie “Grenzen wahren” (03.11.2025, 13 - 14 Uhr, U11/00.16)": a name, then in brackets
# its day, its hours and its room.
_WHEN_BRACKET = lazy_re.compile(r"^(?P<name>.*?\S)\s*\((?P<inner>[^()]{4,100})\)\s*$")
_HOURS_FIRST = lazy_re.compile(
    r"^[\s,;]*(?P<clock>(?:(?:ab|um|von)\s+)?\d{1,2}(?:[.:]\d{2})?\s*"
    r"(?:(?:bis|[-–])\s*\d{1,2}(?:[.:]\d{2})?\s*)?Uhr)(?P<rest>.*)$",
    re.I,
)
_EDGES = lazy_re.compile(r"^[\s,;:|·–-]+|[\s,;:|·–-]+$")


def move_bracketed_when_and_where(records: list[RawRecord]) -> None:
    """A title that ends in a bracket opening with the record's own day ("… (03.11.2025, 13 -
    14 Uhr, U11/00.16)") carries its when and where: the name ends before the bracket, the
    hours join the day and what follows them is the place — or, with no hours, the short name
    after the day („artbeerbowlothek (27.6.2020, artothek)“). A bracket closing with the day
    („Palastastisch (Kulturpalast, 6.11.22)“) holds the place before it. A bracket that holds
    no day ("Konzert (Benefiz)", "Sommerfest (2. Teil)") stays part of the name, and a remark
    beside the day („(3.5.2024, ausverkauft)“) is no place."""
    for record in records:
        day = record.date_text
        match = _WHEN_BRACKET.match(record.title or "") if day else None
        if match is None or day is None:
            continue
        inner = match["inner"]
        if inner.startswith(day):
            rest, opening = inner[len(day) :], True
        elif inner.rstrip(" .").endswith(day):
            rest, opening = inner.rstrip(" .")[: -len(day)], False
        else:
            continue
        name = _EDGES.sub("", match["name"])
        if sum(ch.isalpha() for ch in name) < 3:
            continue
        where = record.field_sources.get("title", "listing:")
        record.title = name
        hours = _HOURS_FIRST.match(rest) if opening else None
        if hours is None:
            place = _EDGES.sub("", rest)
            if _short_place(place) and _no_place_but_the_prose(record):
                _place_from_title(record, place, "place beside the day in the title's bracket")
            continue
        if not TIME_LIKE.search(day):
            record.date_text = f"{day}, {hours['clock'].strip()}"
            record.field_sources["date_text"] = f"{where} (hours in the title's bracket)"
        place = _EDGES.sub("", hours["rest"])
        if place and record.location_text is None:
            _place_from_title(record, place, "place in the title's bracket")


_BRACKET_PLACE_WORDS = 5
# „ausverkauft“, „abgesagt“, „entfällt“, „verschoben“, „online“, „Teil 2“: a remark beside the
# day, not where.
_BRACKET_REMARK = lazy_re.compile(
    r"^(?:ausverkauft|abgesagt|entfällt|entfallen|verschoben|fällt\s+aus|online|digital|"
    r"virtuell|neu|neuer\s+termin|geändert|teil\s+\d|sold\s+out|cancel+ed|postponed)\b",
    re.I,
)


# „studierte am Literaturinstitut Hildesheim“: a place a reader's biography below the heading
# names after a preposition — weaker than the place the heading's own bracket gives.
_PROSE_PLACE_SOURCE = "after a place's preposition in the card's line"


def _no_place_but_the_prose(record: RawRecord) -> bool:
    """The record has no place yet, or only one read from a sentence of its card's prose."""
    return record.location_text is None or record.field_sources.get("location_text", "").endswith(
        _PROSE_PLACE_SOURCE
    )


def _short_place(text: str) -> bool:
    """A short name beside a bracket's day („artothek“, „Zukunftswerkstatt Ihme-Zentrum“, „24
    grad“): a few words, no clock, no remark."""
    return (
        bool(text)
        and len(text.split()) <= _BRACKET_PLACE_WORDS
        and any(ch.isalpha() for ch in text)
        and not TIME_LIKE.search(text)
        and _BRACKET_REMARK.match(text) is None
    )


# "Wien / 26. Februar 2026 / Lesung, Bootleg": fields set off by slashes — a town, the day, the
# name. A town field is one to three capitalised words without digits.
_SLASH = lazy_re.compile(r"\s+/\s+")
_TOWN_FIELD = lazy_re.compile(r"^[A-ZÄÖÜ][\w.'’-]*(?:\s+[A-ZÄÖÜa-zäöüß(][\w.()'’-]*){0,2}$")


def move_slashed_town(records: list[RawRecord]) -> None:
    """A title written as slashed fields whose second field is only a day ("Wien / 26. Februar
    2026 / Lesung, Bootleg") is a row of columns: the fields after the day are the name, and
    the town before it is the place of a record that has none — after the venue the name ends
    on ("Crailsheim / … / Lesung, Volkshochschule Crailsheim"). A slash inside a name ("Kaffee /
    Kuchen am 3. Mai") has no field that is only a day."""
    for record in records:
        fields = _SLASH.split((record.title or "").strip())
        if len(fields) < 3 or not _only_a_day(fields[1]):
            continue
        town, name = fields[0].strip(), " / ".join(fields[2:]).strip()
        if _TOWN_FIELD.match(town) is None or any(ch.isdigit() for ch in town):
            continue
        if sum(ch.isalpha() for ch in name) < 3:
            continue
        record.title = name
        if record.location_text is not None:
            continue
        venue = venue_part_of_title(name) or _venue_after_the_comma(name)
        if venue is not None:
            record.title = venue[0]
        place = town if venue is None else _venue_in_town(venue[1], town)
        _place_from_title(record, place, "town field before the day")


# „Lesung, Büchercafé Kapitel Drei“, „Lesung, Öffentliche Bücherei der Marktgemeinde
# Felixdorf“: the name, then after its last comma the house it is held in.
_LAST_COMMA = lazy_re.compile(r"^(?P<name>[^,]{3,80}),\s+(?P<venue>[^,]{3,80})$")


def _venue_after_the_comma(name: str) -> tuple[str, str] | None:
    """(name, venue) of a slashed row's name field whose part after its comma names a venue word
    anywhere („Büchercafé Kapitel Drei“; venue_part_of_title wants it last) and whose part before
    it does not. The town field already said where: what the comma sets off is the house there."""
    match = _LAST_COMMA.match(name)
    if match is None:
        return None
    first, second = match["name"].strip(), match["venue"].strip()
    if not names_a_venue_word(second) or names_a_venue_word(first) or not second[:1].isupper():
        return None
    return first, second


def _venue_in_town(venue: str, town: str) -> str:
    """„Öffentliche Bücherei der Marktgemeinde Felixdorf“ names its town already."""
    if re.search(rf"(?<!\w){re.escape(town)}(?!\w)", venue, re.I):
        return venue
    return f"{venue}, {town}"


def _only_a_day(field: str) -> bool:
    return DATE_PHRASE.search(field) is not None and title_in_text(field.strip()) is None


# „''Berliner Frühregatta'' in Berlin/Grünau“, „„Rose vom Wörthersee“ in Velden/Klagenfurt
# (AUT)“: a quoted name, then „in“ and a capitalised place that ends the title.
_QUOTED_NAME_IN_PLACE = lazy_re.compile(
    r"(?:''|\"|„|“|”|«|»)(?P<name>[^'\"„“”«»]{3,80})(?:''|\"|“|”|«|»)"
    r"\s+in\s+(?P<place>[A-ZÄÖÜ][^\"„“”«»!?;:]{1,50})$"
)
# „„Hamlet“ in Englisch“: the language it is given in, not where.
_LANGUAGE = lazy_re.compile(
    r"^(?:englisch|deutsch|französisch|spanisch|italienisch|english)\b", re.I
)


# „Nachhaltigkeits-Experten im Dialog“, „Finanzierungs-Experten im Dialog“, „Schule im
# Wandel“: „im“ before a noun of a state or a manner says how, not where.
_STATE = lazy_re.compile(
    r"(?:Dialog|Gespräch|Wandel|Fokus|Blick|Überblick|Vergleich|Einsatz|Detail|Alltag|Kontext"
    r"|Diskurs|Austausch|Aufbruch|Umbruch|Spannungsfeld|Mittelpunkt|Visier|Trend)"
)


def place_after_a_quoted_name(records: list[RawRecord]) -> None:
    """A record without a place whose title ends in a quoted name and „in <place>“ is held at
    that place; the title keeps the words (the page names the event so)."""
    for record, title in _unplaced(records):
        match = _QUOTED_NAME_IN_PLACE.search(title.strip())
        if match is None or _LANGUAGE.match(match["place"]):
            continue
        _place_from_title(record, match["place"].strip(), "place after the quoted name")


# „Flohmarkt Fritz-Schäffer-Straße“, „Flohmarkt Hanns-Seidel-Platz“, „Fest Mainzer Straße“: a
# name that ends on a street or square — one capitalised word ending in a street word
# („Kaiserstraße“, „Fritz-Schäffer-Straße“), or „Straße“/„Platz“ after a capitalised word — is
# held there („auf dem Platz“ names none). Only the words
# that name streets and squares count: „-weg“, „-ring“ end „Kreuzweg“, „Jakobsweg“ and rings of
# every kind, which are events, not places.
_STREET_ENDING = lazy_re.compile(
    r"\s(?P<street>[A-ZÄÖÜ][\w-]+(?i:stra(?:ß|ss)e|platz|allee|gasse)"
    r"|[A-ZÄÖÜ][\w.-]*\s(?:Stra(?:ß|ss)e|Platz|Allee|Gasse))$"
)


# „Fasnachtsfeuer beim Röttler Parkplatz“, „Maibaumfest am Großer Marktplatz“: after „beim“ /
# „am“ / „auf dem“, the square's name is the town's adjective with it, not the compound alone.
_NAMED_SQUARE_ENDING = lazy_re.compile(
    r"\s(?:beim|am|auf\s+dem|vor\s+dem)\s+(?P<street>[A-ZÄÖÜ][\w-]*er\s+[A-ZÄÖÜ][\w-]+"
    r"(?i:stra(?:ß|ss)e|platz|allee|gasse))$"
)


def place_in_a_street_ending(records: list[RawRecord]) -> None:
    """A record without a place whose title ends on a street or square („Flohmarkt
    Fritz-Schäffer-Straße“) is held at that street; the title keeps the words (the page names
    the event so)."""
    for record, title in _unplaced(records):
        match = _NAMED_SQUARE_ENDING.search(title.strip()) or _STREET_ENDING.search(title.strip())
        if match is None:
            continue
        _place_from_title(record, match["street"], "street the title ends on")


# „Dorf- und Kelterfest in Illingen“, „Jugendcamp 2015 im Eichwaldpark Illingen“: a name, then
# „in“/„im“ and one to three capitalised words that end the title.
_IN_PLACE_END = lazy_re.compile(
    rf"\s(?:in|{PLACE_PREPOSITION})\s+(?P<place>[A-ZÄÖÜ][^\s\d]*(?:\s+[A-ZÄÖÜ][^\s\d]*){{0,2}})$"
)


def places_in_a_shared_town(records: list[RawRecord]) -> None:
    """A list whose titles end in „in <town>“ after different names („Weihnachtsmarkt in
    Illingen“, „Jugend-Hallenspieltag in Illingen“) names where each is: the words after „in“
    are the place of a record that has none; the title keeps them. One title alone cannot say
    it („Einführung in Python“), so the evidence is the list's: one last word after two
    names."""
    found: dict[int, tuple[str, str]] = {}
    for record, title in _unplaced(records):
        match = _IN_PLACE_END.search(title.strip())
        if match is None or _LANGUAGE.match(match["place"]) or _STATE.fullmatch(match["place"]):
            continue
        found[id(record)] = (title[: match.start()].casefold(), match["place"])
    names_before: dict[str, set[str]] = defaultdict(set)
    for name, place in found.values():
        names_before[place.split()[-1].casefold()].add(name)
    # „Süddeutsche Hallenmeisterschaften im Bahngehen in Karlsruhe“, „SLV-Hallenmeistersch.
    # Aktive/U18 in Sindelfingen“, „… in Regensburg“: a championship calendar whose titles each
    # end in another town. When most of a list's titles end in „in <a town the gazetteer
    # knows>“, that town is each one's place, shared or not.
    towns = {key for key, (_, place) in found.items() if known_town(place) is not None}
    by_the_list = len(towns) >= _TOWN_ROWS and 2 * len(towns) >= len(records)
    for record in records:
        split = found.get(id(record))
        if split is None or _the_lists_topic(split[1], records, found):
            continue
        if len(names_before[split[1].split()[-1].casefold()]) >= 2:
            _place_from_title(record, split[1], "town shared by the list's titles")
        elif by_the_list and id(record) in towns:
            _place_from_title(record, split[1], "town ending most of the list's titles")


_TOWN_ROWS = 3
_TOPIC_ROWS = 2


def _the_lists_topic(
    place: str, records: list[RawRecord], found: dict[int, tuple[str, str]]
) -> bool:
    """Whether the words after „in“ are what the list's other titles are about: a conference's
    talks „Queues in PostgreSQL“ and „… query optimization in PostgreSQL“ beside „Distributed
    PostgreSQL“ and „How to contribute to PostgreSQL“ name the software they treat, not a town.
    A town is where events are held; titles that name it without „in“ before it — two or more —
    make it their subject — unless the gazetteer knows it as a town („Weihnachtsmarkt in
    Illingen“ beside „Sportfest des SV Illingen“: a club named after its town)."""
    if known_town(place) is not None:
        return False
    words = rf"(?<!\w){re.escape(place)}(?!\w)"
    about = sum(
        1
        for record in records
        if id(record) not in found and record.title and re.search(words, record.title, re.I)
    )
    return about >= _TOPIC_ROWS


def _unplaced(records: list[RawRecord]) -> Iterator[tuple[RawRecord, str]]:
    """The records with a title and no place yet (each looked at when its turn comes: a
    record given its place before is not), each with its title."""
    for record in records:
        if record.location_text is None and record.title:
            yield record, record.title


def _place_from_title(record: RawRecord, place: str, why: str) -> None:
    """Hold ``record`` at ``place``, a part of its title: the place's provenance is the title's,
    with why that part is a place."""
    where = record.field_sources.get("title", "listing:")
    record.location_text = place
    record.field_sources["location_text"] = f"{where} ({why})"


# „Design Thinking - Online oder Offline je nach Anmeldung“, „Vibe Coding for No-Coders -
# Online“, „Stammtisch – hybrid“: the row's last dash field says how one takes part, not what
# the event is called. „Online“ alone is where it is held; a choice („online oder offline“)
# names no place.
_ATTENDANCE_WORD = r"(?:online|offline|hybrid|digital|virtuell|in\s+präsenz|präsenz|vor\s+ort)"
_ATTENDANCE_TAIL = lazy_re.compile(
    rf"^(?P<name>.*\S)\s+[–—-]\s+(?P<how>{_ATTENDANCE_WORD}"
    rf"(?:\s*(?:oder|und|/|&)\s*{_ATTENDANCE_WORD})?)"
    r"(?:\s*\(?\s*(?:je\s+nach\s+(?:anmeldung|teilnehmerzahl|lage))\s*\)?)?\s*$",
    re.IGNORECASE,
)
_ONLY_ONLINE = lazy_re.compile(r"^(?:online|digital|virtuell)$", re.IGNORECASE)


def move_dashed_attendance(records: list[RawRecord]) -> None:
    """A title whose last dash field only says how one takes part („… - Online“, „… - Online
    oder Offline je nach Anmeldung“) is named by what stands before it; „Online“ alone is the
    place of a record that has none."""
    for record in records:
        match = _ATTENDANCE_TAIL.match((record.title or "").strip())
        if match is None or sum(ch.isalpha() for ch in match["name"]) < 3:
            continue
        record.title = match["name"]
        if _ONLY_ONLINE.match(match["how"].strip()) and record.location_text is None:
            _place_from_title(record, match["how"].strip(), "how one takes part, after a dash")
