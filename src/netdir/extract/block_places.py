"""A listing block's place: classed or labelled elements, pin icons, address lines, a place
after the date or the title, a place stated in prose."""

from __future__ import annotations

import re
from itertools import pairwise

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.address_above_town import address_above_town
from netdir.extract.block_columns import PLACE_COLUMN, VENUE_COLUMN
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import (
    HEADING_TAGS,
    css_matches,
    first_class,
    loose_lines,
    node_text,
    text_chunks,
    text_lines,
)
from netdir.extract.context import clean_text
from netdir.extract.date_cues import TIME_LIKE, iter_date_like, search_date_like
from netdir.extract.header_class_columns import place_under_the_header_label
from netdir.extract.kind_labelled_places import kind_labelled_place
from netdir.extract.kind_venue_meta import kind_and_venue_place
from netdir.extract.label_marks import LABEL_MARK
from netdir.extract.label_over_value import place_below_its_label
from netdir.extract.meta_line import line_parts
from netdir.extract.pictograph_facts import pin_marked_place
from netdir.extract.place_above_title import place_above_the_title
from netdir.extract.place_headings import SOURCE as PLACE_HEADING_SOURCE
from netdir.extract.place_headings import place_under_a_place_heading
from netdir.extract.place_labels import BLOCK_WORDS
from netdir.extract.place_lines import (
    labelled_place_in_prose,
    names_a_place,
    venue_ending_a_sentence,
    venue_then_address,
    where_of_a_when_where_line,
    with_the_town_below,
)
from netdir.extract.places_named_in_full import place_named_in_full
from netdir.extract.room_codes import names_a_room
from netdir.extract.route_link_places import place_before_its_route_link
from netdir.extract.term_labelled_places import term_labelled_place
from netdir.extract.title_text import EDGE_NOISE, FIELD_LABEL
from netdir.extract.tour_start_points import start_point_in_prose
from netdir.extract.town_state_lines import place_of_a_town_and_state_line
from netdir.extract.weekday_town_lines import town_after_its_weekday
from netdir.normalize.gazetteer import load_gazetteer
from netdir.normalize.place import known_town

# Whole class words ("event-venue", "ort") and compounds that say which part of a place they
# hold ("venuename", "venuetown", "eventVenue", "locationName"); not "placeholder".
_PLACE_CLASS = lazy_re.compile(
    r"(^|[-_ ])(?:event|veranstaltungs)?(ort|location|loc|venue|place|city|stadt|adresse|address"
    r"|where|wo|raum|room|sitzungsort|veranstaltungsort|tagungsort)"
    r"(?:name|town|title|info|text|details|address)?([-_ ]|$)",
    re.I,
)
PLACE_LABEL = lazy_re.compile(
    rf"^{LABEL_MARK}(?:{BLOCK_WORDS})(?:\s+(?:and|und|&)\s+(?:{BLOCK_WORDS}))?\s*[:：]\s*(.{{2,120}})$",
    re.I,
)
# "Treffpunkt Parkplatz bei Alpsee Bikes (ehem. Baby Bolz)": a meeting point without a colon
# names the place when a name follows ("Treffpunkt jeweils 8:00 Uhr am …" says when).
_MEETING_POINT = lazy_re.compile(r"^Treffpunkt\s+([A-ZÄÖÜ][^:]{2,118})$")
# "14.09.2026 | Berlin", "Tuesday, October 13 at 6:30pm -- Confucius Plaza Community Room".
DATE_PLACE_SEPARATOR = lazy_re.compile(r"\s(?:[|·•]|--)\s")
# Also glued to the clock ("7:00pm", "19h"): no letter may touch the word on either side.
# A clock's time zone is the clock's too: „17:00 UTC-3“, „19:00 CET“ name no place.
_CLOCK_WORDS = lazy_re.compile(
    r"(?<![^\W\d_])(?:Uhr|h|ab|bis|um|am|pm|a\.m\.?|p\.m\.?|utc|gmt|ces?t|mes?z|bst|[ecmp][sd]t)"
    r"(?![^\W\d_])",
    re.I,
)
# A word of its own left beside the clock ("18:00 Uhr c.t." keeps two letters and is a clock).
_LETTERS = lazy_re.compile(r"[^\W\d_]{3}")
# "… in das Dorfgemeinschaftshaus Hoitlingen ein.", "… im Rathaus statt.", also with its street
# („im Calenberger Hof, Göttinger Str. 26 in 30982 Pattensen, statt“: the street's abbreviating
# dot ends no sentence; a venue with street and town runs longer than a bare name).
_INVITED_INTO = lazy_re.compile(
    r"\b(?:in\s+(?:das|den|die|der)|ins|im)\s+"
    r"(?P<place>[A-ZÄÖÜ](?:[^.!?;:]|(?<=[Ss]tr)\.){2,80}?)\s+(?:ein|statt)\b"
)
# „… laden wir Euch herzlich zum Fest „Frühlingserwachen“ auf den Mendelejewplatz ein!“: invited
# onto a square or a meadow. Only after „laden“ — „stimmen … auf den Advent ein“ is no place.
_INVITED_ONTO = lazy_re.compile(
    r"\blade[nt]?\b[^.!?]*?\sauf\s+(?:den|die|das)\s+(?P<place>[A-ZÄÖÜ][^.!?;:„“\"]{2,60}?)\s+ein\b"
)
# „… findet … der Tag der Städtebauförderung auf dem Hospital Gelände statt.“: held on a site.
_HELD_ON = lazy_re.compile(
    r"\bfinde[nt]\b[^.!?]*?\sauf\s+(?:dem|der)\s+(?P<place>[A-ZÄÖÜ][^.!?;:„“\"]{2,60}?)\s+statt\b"
)
# "Rathaus, Johannes-Rau-Platz 1, 52249 Eschweiler": a German postcode before a place name.
ADDRESS_LINE = lazy_re.compile(r"(?<![\d.,])\b\d{5}\s+[A-ZÄÖÜ][\w.-]+")
# A street address as English pages write it: "59 East 4th Street", "166 Essex Street"; or a
# house on a numbered highway, as rural American addresses go: „545 Hwy 155“, „473 Highway 70“.
_STREET_ADDRESS = lazy_re.compile(
    r"\b\d{1,5}\s+(?:[A-Z0-9][\w.'’-]*\s+){1,3}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Place|Pl|Square|Sq)\b\.?|"
    r"\b\d{1,5}\s+(?:(?:US|State|County)\s+)?(?:Hwy|Highway|Route|Rte)\.?\s+\d{1,4}\b"
)
MAX_PLACE_LINE = 160


def after_the_hours(line: str, reading: BlockReading) -> str:
    """ "18:00–19:30 Uhr · Lietzenseeufer 10 · 14057 Berlin" under the day of an event: the
    line opens with the event's hours, the parts after them are its place. Read whole, the
    hours were the start of the place and the event stayed all-day."""
    parts = line_parts(line)
    if len(parts) < 2 or not TIME_LIKE.search(parts[0]) or search_date_like(parts[0]):
        return line
    if reading.date_text is not None and not TIME_LIKE.search(reading.date_text):
        reading.date_text = f"{reading.date_text}, {parts[0]}"
        reading.sources["date_text"] = (
            reading.sources.get("date_text", "listing:") + "+time:place-line"
        )
    return ", ".join(parts[1:])


def invited_place(text: str) -> str | None:
    """ "… lade ich zur 33. Gemeinderatssitzung am … in das Dorfgemeinschaftshaus Hoitlingen
    ein": where the invitation asks people to come."""
    match = _INVITED_INTO.search(text)
    return match["place"].strip() if match else None


# "im Rahmen des Stadtfests statt", "im Mai statt", "im Freien statt": what follows "im" before
# "statt" or "ein" is then a frame, a time or a manner, no place.
NOT_A_PLACE_WORD = lazy_re.compile(
    r"^(?:rahmen|anschluss|vorfeld|nachgang|wechsel|zuge|namen|auftrag|laufe|zeitraum|jahr|"
    r"frühjahr|frühling|sommer|herbst|winter|freien|internet|netz|original|gedenken|sinne|"
    r"januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|"
    r"kreise|beisein|anwesenheit|zusammenhang|gegensatz|vergleich|verlauf|monat|wochen|"
    # „findet auf der Suche nach … statt“, „auf der Grundlage …“: a manner, no site
    r"suche|grundlage|basis|ebene)\b",
    re.I,
)
_MANNER_AFTER_PLACE = lazy_re.compile(r"\s+(?:bei|mit)\s.*$")
_CLOCK_AFTER_PLACE = lazy_re.compile(r"\s+(?:ab|um|von)\s+\d{1,2}(?:[:.]\d{2})?\s?(?:Uhr)?$")


def stated_place(lines: list[str]) -> str | None:
    """The place an event's sentence names before its separable verb ends: „Unsere
    Hauptversammlung findet am 24. März 2023 im Depot61 statt.“, „… laden wir alle herzlich
    zum Fondue-Plausch im Nördli ein.“ (``_INVITED_INTO``); not „im Rahmen des Festes statt“."""
    for line in lines:
        for match in _INVITED_INTO.finditer(line):
            rest = line[match.end() :].lstrip()
            if rest and rest[0] not in ".!?":
                continue  # "ins Innere des Protons – ein Science-Slam": "ein" is an article
            # "im Netzwerk Bürgerengagement bei Kaffee und Keksen statt": how, not where.
            place = _MANNER_AFTER_PLACE.sub("", match["place"]).strip()
            # „in den Räumen des CCCHH (Zeiseweg 9) ab 19 Uhr statt“: the clock is the start's.
            place = _CLOCK_AFTER_PLACE.sub("", place)
            if not NOT_A_PLACE_WORD.match(place) and not search_date_like(place):
                return place
    for line in lines:
        onto = _INVITED_ONTO.search(line) or _HELD_ON.search(line)
        place = onto["place"].strip() if onto is not None else ""
        if place and not search_date_like(place) and not NOT_A_PLACE_WORD.match(place):
            return place
    return _place_before_the_subject(lines)


# „Am Samstag … findet von 13:00 Uhr bis 17:00 Uhr im Eigenbaukombinat ein Arduino Workshop,
# durchgeführt von den Codegirls, statt.“: the place stands before the sentence's subject (an
# article opens it), the verb „findet … statt“ around both.
# „… veranstaltet die Heinrich-Böll-Stiftung … am Samstag, 31. Januar 2015, zwischen 10:00 und
# 17:00 Uhr im Stuttgarter Rathaus ihre diesjährige Jahrestagung …“: the place before the
# object the host holds there.
_PLACE_BEFORE_THE_SUBJECT = lazy_re.compile(
    r"\bfinde[nt]\b[^.!?]*?\s(?:im|in\s+der|in\s+dem|ins)\s+"
    r"(?P<place>[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,2})\s+"
    r"(?:ein|eine|unser|unsere)\s[^.!?]*\bstatt\b"
    r"|\bveranstalte[nt]\b(?:[^.!?]|(?<=\d)\.)*?\s(?:im|in\s+der|in\s+dem)\s+"
    r"(?P<held>[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,2})\s+"
    r"(?:ihre[n]?|seine[n]?|unsere[n]?|eine[n]?|ein|den|die|das)\s"
)


def _place_before_the_subject(lines: list[str]) -> str | None:
    for line in lines:
        match = _PLACE_BEFORE_THE_SUBJECT.search(line)
        place = (match["place"] or match["held"]) if match is not None else None
        if place is not None and not NOT_A_PLACE_WORD.match(place):
            return place
    return None


def place_ending_the_prose(segment: list[LexborNode], reading: BlockReading) -> None:
    """„Gemeinsam Schach spielen in der Eugen-Hohly-Halle.“ under a card's name and day: the
    venue its sentence ends on is its place — the last resort, after the block's place lines,
    labels and the address line around it (a sentence "… in der Gymnasialkirche" does not
    outrank "Gymnasialkirche Petrinum, Steinstraße 1" below it)."""
    if reading.location_text is not None or reading.date_text is None or reading.holds_several:
        return
    for line in text_chunks(segment):
        if reading.title and line != reading.title and line in reading.title:
            continue  # „Kunst im Lagerraum+“, the work named in „Arturo Di Maria – …“: a name
        if (place := venue_ending_a_sentence(line)) is not None:
            reading.location_text = place
            reading.sources["location_text"] = "listing:venue a sentence ends on"
            return


# "19:45 Uhr, Vereinsraum Alt Schwanheim 6", "Abfahrt 09:29 Uhr ab Frankfurt (Main) Hbf": a
# place cell that opens with the event's clock time.
_PLACE_AFTER_CLOCK = lazy_re.compile(
    r"^(?:(?:beginn|abfahrt|treffpunkt|start|ab|um)\s+)?(?P<clock>\d{1,2}[:.]\d{2}\s*(?:uhr|h)\b)"
    r"[\s,;:–—-]*(?:(?:ab|im|in|am)\s+)?(?P<place>\S.*)$",
    re.I,
)


# „Kreisverwaltung, Niedernhausen — 17:00 Uhr“, „Wiesbaden — 10:00 Uhr“ (a pupils' council's
# cards, the line after a pin icon): a place line that closes with the clock after a spaced dash
# or a middle dot.
_PLACE_BEFORE_CLOCK = lazy_re.compile(
    r"^(?P<place>\S[^–—·|]*?)\s+[–—·|-]\s+(?:(?:ab|um)\s+)?"
    r"(?P<clock>\d{1,2}[:.]\d{2}\s*(?:uhr|h)?)\s*$",
    re.I,
)


def time_out_of_place(reading: BlockReading) -> None:
    """The day has no time and the place cell opens (or, after a dash, closes) with one: the
    time joins the date, the rest is the place."""
    assert reading.location_text is not None and reading.date_text is not None
    match = _PLACE_AFTER_CLOCK.match(reading.location_text) or _PLACE_BEFORE_CLOCK.match(
        reading.location_text
    )
    if match is None or sum(ch.isalpha() for ch in match["place"]) < 3:
        return
    reading.date_text = f"{reading.date_text}, {match['clock']}"
    reading.location_text = match["place"]
    where = reading.sources.get("location_text", "listing:")
    reading.sources["date_text"] = f"{reading.sources.get('date_text', 'listing:')} + time:{where}"


def split_date_and_place(reading: BlockReading) -> None:
    """ "14.09.2026 | Berlin", "12.03.2027 · Köln", "08.05.2026 · 18:00 Uhr · Trafoturm Beuren,
    Tiefenbachstraße 27": one line holding the date (and its time) and, last, the place."""
    assert reading.date_text is not None
    separators = list(DATE_PLACE_SEPARATOR.finditer(reading.date_text))
    if not separators or len(separators) > 2:
        return
    last = separators[-1]
    head = [part.strip() for part in DATE_PLACE_SEPARATOR.split(reading.date_text[: last.start()])]
    place = reading.date_text[last.end() :].strip()
    if not search_date_like(head[0]) or search_date_like(place):
        return
    if any(not _is_clock(part) for part in head[1:]):
        return  # "Sa 12.03. · Konzert · Köln": the middle part is no time
    if not place or len(place) > 80 or _is_clock(place):
        return  # "Fr, 23.10.2026 · 18:00–20:00 Uhr": the time, not a place
    if reading.title and (place in reading.title or reading.title in place):
        # „<summary>2026-07-08 · Marktgemeinderat 13 TOP</summary>“ heads the block: the part
        # after the dot is the name the heading gives, not a place.
        return
    reading.date_text = reading.date_text[: last.start()].strip()
    reading.location_text = place
    reading.sources["location_text"] = reading.sources.get("date_text", "listing:")


def _is_clock(part: str) -> bool:
    """ "18:00 Uhr", "19h", "ab 7:00pm": a time and no other word."""
    return bool(TIME_LIKE.search(part)) and not _LETTERS.search(_CLOCK_WORDS.sub("", part))


_AT_PLACE = lazy_re.compile(r"\s+@(?:\s+(?P<place>\S.*))?$")
# „Data Science @ LHC 2015 Workshop“: after the „@“ a meeting of its own (its name ends in the
# kind of gathering) — the talk or track is part of that workshop, not held at a venue so named.
_GATHERING_AFTER_AT = lazy_re.compile(
    r"\b(?:workshops?|conference|symposium|summit|colloquium|congress|school|meetup|hackathon|"
    r"tagung|konferenz|kolloquium|kongress)$",
    re.I,
)


def title_and_place_at(title: str) -> tuple[str, str] | None:
    """ "Look at my toys! @ Dorotheenstraße 101, 53111 Bonn": the name before an "@" set off by
    spaces and the venue after it (empty when nothing follows); None when the title has no such
    "@", or what follows it is a date or longer than a place line."""
    match = _AT_PLACE.search(title)
    if match is None or match.start() < 2:
        return None
    place = (match["place"] or "").strip()
    if len(place) > MAX_PLACE_LINE or search_date_like(place):
        return None
    if _GATHERING_AFTER_AT.search(place):
        return None
    return title[: match.start()].strip(), place


def split_title_at_place(reading: BlockReading, row_text: str = "") -> None:
    """ "Joshua Tree Indian Cove [G] @ Joshua Tree Indian Cove": English listings name the
    venue after an "@" set off by spaces (an address "a@b.org" or a handle "@x" is not). A row
    that names its venue in a bracket after the name („<a>GorillaT @ System Saturdays</a>
    (<a>LMH</a>)“) keeps the „@“ in the name: there it joins an act to its party series."""
    assert reading.title is not None
    if (split := title_and_place_at(reading.title)) is None:
        return
    if re.search(rf"{re.escape(reading.title)}\s*\([^()\d]{{1,40}}\)", " ".join(row_text.split())):
        return
    reading.title, place = split
    if place and reading.location_text is None:
        reading.location_text = place
        reading.sources["location_text"] = reading.sources.get("title", "listing:") + " after @"
        if (full := place_named_in_full(place, " ".join(row_text.split()))) is not None:
            # „… Office Hours @ Mugar“ over „Stop in to Mugar Library from 2:00-3:00“
            reading.location_text = full
            reading.sources["location_text"] += ", named in full in the block"


# „03 Aug - 29 Sep 13“, „18 Jun - 31 Dec 13“: a run over days; a show's hour starts one day.
_A_RUN = lazy_re.compile(r"\d\s*[-–—]\s*\d|\s[-–—]\s|\bto\b|\buntil\b", re.I)


def place_below_date(segment: list[LexborNode], reading: BlockReading) -> None:
    """ "Thursday, October 22, 2026 - 6:30pm<br>Community Board 3 Office - 59 East 4th Street":
    the line right below the date line, when it is an address, is the place."""
    assert reading.date_text is not None
    for above, line in pairwise(text_chunks(segment)):
        if reading.date_text not in above:
            continue
        if (labelled := kind_labelled_place(line)) is not None:
            # „Event:Concert Hall, doors open at 6.30pm, show commences at 7.30pm“
            reading.location_text, clock = labelled
            reading.sources["location_text"] = "listing:kind-labelled line below the date"
            if clock and not TIME_LIKE.search(reading.date_text) and not _A_RUN.search(above):
                reading.date_text = f"{reading.date_text}, {clock}"
                reading.sources["date_text"] = (
                    reading.sources.get("date_text", "listing:") + "+time:show start below"
                )
            return
        if (
            names_a_room(line)
            and not _in_the_title(line, reading)
            and not _named_by_its_day(reading)
        ):
            # „16/05/2023“ over „HDB.1.06 Learning Lab“: a room's dotted code („room_codes“); a
            # block so far named by its day alone is cut from its card's name, not yet read
            reading.location_text = line
            reading.sources["location_text"] = "listing:room code below the date"
            return
        if search_date_like(line) or len(line) > MAX_PLACE_LINE:
            continue
        if _STREET_ADDRESS.search(line) or ADDRESS_LINE.search(line):
            reading.location_text = line
            reading.sources["location_text"] = "listing:address line below the date"
        elif _venue_line(line) and not _in_the_title(line, reading):
            # „07.11.2023 / Online per Zoom“, „17.03.2023 / Musterschule in Frankfurt am Main“:
            # a venue or an online room on the line below the day, before the name.
            reading.location_text = line
            reading.sources["location_text"] = "listing:venue line below the date"
        return


def place_of_a_when_where_line(segment: list[LexborNode], reading: BlockReading) -> None:
    """„16. August 2025<br>19:00 & 20:00 Uhr, Collegienstr. 62A“, „18. April 2026 | 14:00 - 18:00
    Uhr<br>19. April 2026 | …<br>Collegienstr. 62A“: a line of the block that gives only hours and
    a place, or only a street address, is the block's place."""
    chunks = text_chunks(segment)
    for index, line in enumerate(chunks):
        place = where_of_a_when_where_line(line)
        if place is None or place == reading.title:
            continue
        if place == line.strip() and index + 1 < len(chunks):
            place = with_the_town_below(place, chunks[index + 1])  # „Sunnyvale, CA 94087“
        reading.sources["location_text"] = "listing:hours-and-place line"
        if len(line_parts(line)) > 1:
            # „18:00–19:30 Uhr · Lietzenseeufer 10 · 14057 Berlin“: the parts after the hours
            reading.location_text = after_the_hours(line, reading)
            return
        reading.location_text = place
        hours = EDGE_NOISE.sub("", line[: line.rfind(place)])
        # („im Hamburg Haus, Doormannsweg 12, …“: the word before the venue is no hour)
        has_hours = any(ch.isdigit() for ch in hours)
        if has_hours and reading.date_text and not TIME_LIKE.search(reading.date_text):
            # „18:00–19:30 Uhr · Lietzenseeufer 10“ under „<time>16. September 2026</time>“;
            # „Sa, 27.06.2026 12:30 Uhr 72770 Reutlingen“ restates the block's day before its
            # hours: the line's own day and hours (joined, the day was listed twice, two events)
            restated = reading.date_text.strip() in hours
            reading.date_text = hours if restated else f"{reading.date_text}, {hours}"
            reading.sources["date_text"] = (
                reading.sources.get("date_text", "listing:") + "+time:place-line"
            )
        return
    # „<h1>…</h1>im Hamburg Haus, Doormannsweg 12, 20259 Hamburg<br>“: bare text between the
    # block's elements that names a venue and its address (a bare address there is left to the
    # venue a date heading names, date_heading_places).
    for line in loose_lines(segment):
        if (place := venue_then_address(line)) is not None:
            reading.location_text = place
            reading.sources["location_text"] = "listing:venue and address between the elements"
            return


def place_in_town_cells(segment: list[LexborNode], reading: BlockReading) -> None:
    """A row of sibling spans „14.05.2020“ / „Hot Jazz Club“ / „Münster“ / „Jazzgebläse“ (a gig
    list's link): a span that is only a town the gazetteer knows is the place, with the span
    before it, when that one is no date or time, as its venue („Hot Jazz Club, Münster“)."""
    for node in segment:
        for row in [node, *node.traverse(include_text=False)]:
            cells = [child for child in row.iter() if child.is_element_node]
            if len(cells) < _MIN_CELLS or any(cell.tag != "span" for cell in cells):
                continue
            texts = [node_text(cell) or "" for cell in cells]
            for index, text in enumerate(texts[1:], start=1):
                if len(text.split()) > _MAX_TOWN_WORDS or load_gazetteer().lookup(text) is None:
                    continue
                before = texts[index - 1]
                venue = before and not search_date_like(before) and not TIME_LIKE.search(before)
                reading.location_text = f"{before}, {text}" if venue else text
                reading.sources["location_text"] = "listing:town span (and the span before)"
                return


_MIN_CELLS = 3  # a day, a name and a town at least
_MAX_TOWN_WORDS = 3


# „Online per Zoom“, „Online-Veranstaltung“, „virtuell via Teams“: where an online meeting is.
_ONLINE_PLACE = lazy_re.compile(
    r"^(?:online|virtuell|digital)(?:[\s-]+(?:per|via|über|auf|veranstaltung|meeting|treffen)\b.{0,30})?$",
    re.I,
)


def _venue_line(line: str) -> bool:
    """A venue („Musterschule in Frankfurt am Main“: the venue, then its town) or an online room."""
    if len(line.split()) < 2:
        return False  # „<span class="type">Markt</span>“: a venue word alone is the event's kind
    venue, _, town = line.partition(" in ")
    return bool(
        names_a_place(line)
        or _ONLINE_PLACE.match(line)
        or (town[:1].isupper() and len(town.split()) <= 4 and names_a_place(venue))
    )


def _named_by_its_day(reading: BlockReading) -> bool:
    """The block's name so far is its date line („<h5>16/05/2023</h5>“ of a card whose name
    stands above the block)."""
    return reading.title is not None and reading.title.strip() == (reading.date_text or "").strip()


def _in_the_title(line: str, reading: BlockReading) -> bool:
    """The line is (or holds) the block's name: „Weihnachtsmarkt“ below its day names it."""
    title = reading.title
    # (without a name yet, the line may be the one the block is named by below)
    return title is None or line in title or title in line


# Elements whose text runs several lines together; the labelled line is one of their children.
_LINE_CONTAINERS = frozenset({"ul", "ol", "dl", "table", "tbody"})


def read_place(segment: list[LexborNode], reading: BlockReading) -> None:
    for node in segment:
        cells: list[tuple[str, str]] = []
        for candidate in [*css_matches(node, "[class]"), node]:
            if candidate.tag in HEADING_TAGS or candidate.tag == "a":
                continue
            if _PLACE_CLASS.search(candidate.attributes.get("class") or ""):
                text = node_text(candidate)
                # not "Location:", nor a map link that only says "Location"
                if text and not FIELD_LABEL.fullmatch(text.lower().rstrip(":") + ":"):
                    source = f"{candidate.tag}.{first_class(candidate)}"
                    cells.append((PLACE_LABEL.sub(r"\1", text), source))
        if cells:
            reading.location_text, sources = _joined_place_cells(cells)
            reading.sources["location_text"] = "listing:" + "+".join(sources)
            return
        if not _may_hold_a_label(node.text(deep=True)):
            continue  # no element below can read „Ort: …“ (most blocks: no element is read)
        for candidate in node.traverse(include_text=False):
            if candidate.tag in _LINE_CONTAINERS:
                continue  # „<ul><li>Wo: KIM</li><li>Wann: …</li></ul>“: its line says it
            text = node_text(candidate)
            match = PLACE_LABEL.match(text or "")
            if match and (linked := _labelled_map_link(candidate)) is not None:
                # „<div><a href="…maps…">📍 Location: Southport NC</a> <a>🌐 Visit Event
                # Website</a></div>“: the labelled link holds the place, the box more links
                candidate, match = linked
            if match:
                reading.location_text = _up_to_the_next_label(candidate, clean_text(match.group(1)))
                reading.sources["location_text"] = f"listing:{candidate.tag}"
                return
    if (termed := term_labelled_place(segment)) is not None:
        reading.location_text = termed
        reading.sources["location_text"] = "listing:value of a place term"
        return
    lines = text_lines(segment)
    one_day: bool | None = None  # read once for the block, when a meeting point first asks
    for line, owner in lines:
        # "Datum: …<br>Ort: Selbsthilfe-Kontaktstelle, Oerweg 38": a labelled <br> line.
        match = PLACE_LABEL.match(line)
        if match is None and (meeting := _MEETING_POINT.match(line)) is not None:
            # A trip's programme of several days names a meeting point for each part. (Its days
            # are counted only for a line that is a meeting point: few blocks hold one.)
            if one_day is None:
                one_day = _one_day(lines)
            match = meeting if one_day else None
        if match:
            reading.location_text = clean_text(match.group(1))
            reading.sources["location_text"] = f"listing:{owner.tag if owner else ''} line"
            return
    if (below := place_below_its_label(lines)) is not None:
        # „Location:<br>Bonner Kinemathek • Kreuzstraße 16 • Bonn“: the label over its value
        reading.location_text = clean_text(below)
        reading.sources["location_text"] = "listing:line below a place label"
        return
    _place_by_pin_icon(segment, reading)
    if reading.location_text is None:
        _place_by_pin_pictograph(segment, reading)
    if reading.location_text is None:
        _place_by_column_header(segment, reading)
    if reading.location_text is None:
        place_under_the_header_label(segment, reading)  # „Was? | Wo? | Wann?“ over div rows
    if reading.location_text is None and (headed := place_under_a_place_heading(segment)):
        # „<h4>Locations</h4><ul><li><a>Murray State University, …, Room 551</a></li>…“
        reading.location_text = headed
        reading.sources["location_text"] = PLACE_HEADING_SOURCE
    if reading.location_text is None:
        place = labelled_place_in_prose([line for line, _ in lines])
        if place is not None:
            reading.location_text = place
            reading.sources["location_text"] = "listing:place label in the prose"
    if reading.location_text is None and (start := start_point_in_prose([t for t, _ in lines])):
        # „… überraschenden AusblickenAP: Wasserauen; Anmeldung …“: where the tour sets off
        reading.location_text = start
        reading.sources["location_text"] = "listing:the tour's start point in the prose"
    if reading.location_text is None:
        _town_of_its_own(lines, reading)
    if reading.location_text is None:
        place_of_a_town_and_state_line(lines, reading)  # „Herdecke (Nordrhein-Westfalen) · DMC“
    if reading.location_text is None:
        # „Rotunde der Bundesfinanzakademie, Brühl“ over the exhibition's <h2>.
        place_above_the_title(lines, reading, _venue_line)
    if reading.location_text is None:
        # „<span class="…meta"><span>Premiere</span><span>Institut Français Berlin</span></span>“
        kind_and_venue_place(segment, reading)
    if reading.location_text is None:
        # „Café MadaMe, Mehringplatz<br><a href="…/maps/dir//Café+MadaMe,…">Anfahrt</a>“
        place_before_its_route_link(segment, reading)
    if reading.location_text is None:
        town_after_its_weekday(segment, reading)  # „<h4>Backtag</h4><p>Samstag in Houverath</p>“


def _labelled_map_link(element: LexborNode) -> tuple[LexborNode, re.Match[str]] | None:
    """A link inside ``element`` whose own text is the labelled place, with its match."""
    for link in css_matches(element, "a"):
        match = PLACE_LABEL.match(node_text(link) or "")
        if match is not None:
            return link, match
    return None


def _may_hold_a_label(text: str) -> bool:
    """Whether some element of a node whose whole text is ``text`` may match ``PLACE_LABEL``:
    its colon is in the text, or an entity that ``clean_text`` decodes to one („&colon;“)."""
    return ":" in text or "：" in text or "&" in text


# „Dates:“, „Contact:“, „Tickets:“ opening a line: the next field, after the place's lines.
_NEXT_LABEL = lazy_re.compile(r"^[^\W\d_][\w .'’-]{0,24}?\s*[:：](?:\s|$)")


_SENTENCE_END = lazy_re.compile(r"[.!?…]\s*$")
_MOST_PLACE_LINE_CHARS = 80


def _describes(line: str) -> bool:
    """A line after the place that says what happens, not where: „Ort: Gerätehaus<br>Einführung
    in die Grundlagen des Brandschutzes.“ — a sentence (or a long line), where a street or a
    town line („Oerweg 38“, „33102 Paderborn“) is short and ends without a full stop."""
    text = line.strip()
    return len(text) > _MOST_PLACE_LINE_CHARS or (
        len(text.split()) >= 3 and _SENTENCE_END.search(text) is not None
    )


def _up_to_the_next_label(element: LexborNode, place: str | None) -> str | None:
    """The labelled place of an element of several lines, without the lines of the next labels
    („Venue and Location: Hotel Grand Chancellor, Palm Cove<br>Dates: 23-25 July 2017“) and
    without a line that describes the event; the place's own further lines (its street) stay."""
    if element.css_first("br") is None:
        return place
    lines = [line for line, _ in text_lines([element])]
    for index, line in enumerate(lines):
        if PLACE_LABEL.match(line):
            taken = [line]
            for after in lines[index + 1 :]:
                if _NEXT_LABEL.match(after) or _describes(after):
                    break
                taken.append(after)
            found = PLACE_LABEL.match(clean_text(" ".join(taken)) or "")
            return clean_text(found.group(1)) or place if found else place
    return place


def _town_of_its_own(lines: list[tuple[str, LexborNode | None]], reading: BlockReading) -> None:
    """ "<h3>Regionalübung</h3><p><span class="pill">Bonaduz</span></p>": a line of the block
    that is nothing but a known town (not the title) is where the event is held."""
    texts = [line for line, _ in lines]
    for index, (line, owner) in enumerate(lines):
        text = line.strip()
        if not text or text == reading.title or len(text.split()) > _MAX_TOWN_WORDS:
            continue
        if _TRAILS_OFF.search(text):
            continue  # „Reichenbach...“ over a ride's photos: a teaser naming the entry
        if known_town(text) is not None:
            # „Die Wohngemeinschaft - Theater“ / „Richard-Wagner-Straße 39“ / „50674“ above it
            address = address_above_town(texts, index, reading.title)
            reading.location_text = address or text
            line_kind = "address lines" if address else "town line"
            reading.sources["location_text"] = f"listing:{owner.tag if owner else ''} {line_kind}"
            return


# A line that trails off („Reichenbach...“, „Kirschblüte…“) leads into the entry's report: it
# names the entry (a ride to that town), where a town pill stands plain.
_TRAILS_OFF = lazy_re.compile(r"(?:\.{2,}|…)\s*$")


def _one_day(lines: list[tuple[str, LexborNode | None]]) -> bool:
    """The block's lines name one day at most (as written: „12.03.“ and „12. März“ are two)."""
    days: set[str] = set()
    for line, _ in lines:
        for match in iter_date_like(line):
            days.add(match.group(0))
            if len(days) > 1:  # a second day answers: a long programme's lines are not all read
                return False
    return True


# An icon that marks a place line: Feather/Lucide "map-pin", Font Awesome "fa-map-marker",
# Material "location_on", Bootstrap "bi-geo-alt".
_PIN_ICON = lazy_re.compile(
    r"map[-_ ]?(?:pin|marker)|\blocation(?:_on)?\b|\bgeo(?:-alt)?\b|\bpin\b", re.I
)
_ICON_ATTRIBUTES = ("class", "data-feather", "data-lucide", "data-icon", "aria-label", "alt")
_MAX_ICON_TEXT = len("location_on")
# "Ort wird noch bekannt gegeben", "Location TBA": the pin's line says there is no place yet.
_ANNOUNCED_LATER = lazy_re.compile(
    r"\b(?:wird|werden)\s+(?:noch\s+)?(?:bekannt\s?gegeben|mitgeteilt)\b"
    r"|\b(?:folgt|tba|tbd|to\s+be\s+announced)\b",
    re.I,
)


def is_pin_icon(icon: LexborNode) -> bool:
    """Whether ``icon`` (an ``i``, ``span`` or ``img``) is a map-pin icon."""
    icon_text = node_text(icon) or ""
    if len(icon_text) > _MAX_ICON_TEXT:
        return False
    marks = " ".join(icon.attributes.get(name) or "" for name in _ICON_ATTRIBUTES)
    return _PIN_ICON.search(f"{marks} {icon_text}") is not None


def _place_by_pin_icon(segment: list[LexborNode], reading: BlockReading) -> None:
    """ "<div><i data-feather="map-pin"></i> Gasthaus "Zur Biene", Hadamar</div>": the line
    beside a map-pin icon is the place, as a reader takes it from the pin."""
    for node in segment:
        for icon in css_matches(node, "i, span, img"):
            if not is_pin_icon(icon) or icon.parent is None:
                continue
            icon_text = node_text(icon) or ""
            line = _line_after(icon) or node_text(icon.parent) or ""
            place = clean_text(line.removeprefix(icon_text)) if icon_text else line
            if (
                place
                and 2 <= len(place) <= MAX_PLACE_LINE
                and not search_date_like(place)
                and not _ANNOUNCED_LATER.search(place)
            ):
                reading.location_text = place
                reading.sources["location_text"] = f"listing:{icon.parent.tag} beside pin icon"
            return


def _place_by_pin_pictograph(segment: list[LexborNode], reading: BlockReading) -> None:
    """„<span>📅 3 September 2026 – 3 December 2026</span><span>📍 Cathcart Church of
    Scotland</span>“: an inline element opened by a pin pictograph is the place, also where
    its line of facts gives a day instead of hours (``pictograph_facts``)."""
    for node in segment:
        # („<div class="detail-item"><span class="detail-icon">📍</span><span>Museum der Region
        # Vorchdorf</span></div>“: the pin and the place in two spans of one small box)
        for element in css_matches(node, "span, li, div"):
            place = pin_marked_place(node_text(element) or "")
            if place is not None:
                reading.location_text = place
                reading.sources["location_text"] = f"listing:{element.tag} opened by a pin"
                return


def _line_after(icon: LexborNode) -> str | None:
    """ "<span><i>today</i>22. Juni 2018<br><i>location_on</i>musikum<br></span>": where the
    icon's element holds several lines apart by ``<br>``, the pin's line is what follows the
    icon up to the next break (None when nothing breaks the element's text)."""
    parent = icon.parent
    if parent is None or parent.css_first("br") is None:
        return None
    parts: list[str] = []
    sibling = icon.next
    while sibling is not None and sibling.tag != "br":
        parts.append(sibling.text(deep=True) or "")
        sibling = sibling.next
    return " ".join(part.strip() for part in parts if part.strip())


def _place_by_column_header(segment: list[LexborNode], reading: BlockReading) -> None:
    """A block that is a small table of its own — „<tr><th>Time</th><th>Location</th>…</tr>“
    over one row „10:30 pm | Laser Dome | Buy Tickets“: the cell under the place header is
    the place (several rows are several showtimes, read as rows of their own elsewhere)."""
    for node in segment:
        for table in css_matches(node, "table"):
            rows = css_matches(table, "tr")
            header = next((row for row in rows if css_matches(row, "th")), None)
            data = [row for row in rows if row is not header and css_matches(row, "td")]
            if header is None or len(data) != 1:
                continue
            labels = [node_text(cell) or "" for cell in css_matches(header, "th")]
            column = next((i for i, t in enumerate(labels) if _names_the_place(t)), None)
            cells = css_matches(data[0], "td")
            if column is None or len(cells) != len(labels):
                continue
            place = node_text(cells[column]) or ""
            if 2 <= len(place) <= MAX_PLACE_LINE and not search_date_like(place):
                reading.location_text = place
                reading.sources["location_text"] = "listing:cell under the table's place header"
                return


def _joined_place_cells(cells: list[tuple[str, str]]) -> tuple[str, list[str]]:
    """A row with "termin-stadt: Dülmen" and "termin-ort: Haus Visbeck, Dernekamp 40": both
    cells make the place ("Haus Visbeck, Dernekamp 40, Dülmen"), the bare town last; a cell
    whose text another cell already holds adds nothing (an outer box repeats its parts)."""
    kept: list[tuple[str, str]] = []
    for text, source in sorted(cells, key=lambda cell: -len(cell[0])):
        if not any(text.casefold() in other.casefold() for other, _ in kept):
            kept.append((text, source))
    kept = kept[:_MAX_PLACE_CELLS]
    order = {id(cell): index for index, cell in enumerate(cells)}
    # Page order, except that a one-word cell (the town) goes last.
    kept.sort(key=lambda cell: (" " not in cell[0] and "," not in cell[0], order.get(id(cell), 0)))
    return ", ".join(text for text, _ in kept), [source for _, source in kept]


_MAX_PLACE_CELLS = 3


def _names_the_place(label: str) -> bool:
    """A header over the place column: its venue („Location“, „Treffpunkt“) or its town."""
    return bool(PLACE_COLUMN.search(label) or VENUE_COLUMN.match(label))
