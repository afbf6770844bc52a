"""The place a list states once, in its lead, for every row below it.

A user group's page says above its list of days „Von daher finden unsere Treffen ab Januar 2020
im Library Lab der Stadtbibliothek Düsseldorf hinter dem Hauptbahnhof (Bertha-von-Suttner-Platz)
statt.“ and each row names only the day. A reader takes that venue for every meeting. When no row
of a list has a place and a short paragraph just before it says where things take place („… finden
… im/in der <venue> statt“), each row without a place takes that venue; its provenance says so.
The venue must name one (a venue word, a street with its number): „finden in der Regel statt“
names none. An address in brackets after it is part of it („Sie finden im Café Netzwerk
(Luisenstr. 11, 80333 München) statt.“).

A venue's own page says it once in a section of its own beside the list: a heading „Adresse“
(„Anschrift“, „Veranstaltungsort“, „Location“, „So finden Sie uns“) over the address
(„Hagerhüsli 1, 3315 Bätterkinden“). When the lead names no venue, the rows take that address;
a heading over anything but an address (a contact name, a map link) gives none.
"""

from __future__ import annotations

import re
from typing import Literal

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_places import NOT_A_PLACE_WORD, is_pin_icon
from netdir.extract.block_text import HEADING_TAGS, css_matches, node_text, text_chunks
from netdir.extract.element_siblings import element_after, element_before, element_siblings
from netdir.extract.lead_times import lead_elements, lead_texts
from netdir.extract.place_for_all import SOURCE as FOR_ALL_SOURCE
from netdir.extract.place_for_all import lead_place_for_all
from netdir.extract.place_lines import is_address, names_a_venue_or_address
from netdir.extract.place_prepositions import PLACE_PREPOSITION
from netdir.extract.street_dots import hide_street_dots, show_street_dots
from netdir.extract.table_place_rows import SOURCE as LABEL_ROW_SOURCE
from netdir.extract.table_place_rows import place_of_the_label_row
from netdir.extract.title_line_towns import SOURCE as TITLE_LINE_SOURCE
from netdir.extract.title_line_towns import town_of_the_title_line
from netdir.extract.where_lines import venue_of_a_where_line
from netdir.records import RawRecord

# The last „im/in der …“ before „statt“ in a sentence with „findet/finden“ (the nearest to the
# verb's end is where; „finden ab Januar im …“ may name a time first). Present tense only, unlike
# prose_announcements.TAKES_PLACE: a lead says where the list's coming rows take place; a past
# „fanden … im … statt“ above a list reports where earlier ones were.
_TAKES_PLACE = lazy_re.compile(
    rf"\bfinde[nt]\b[^.!?]*\s(?:{PLACE_PREPOSITION}|bei\s+der|bei\s+dem)\s+"
    # („im "Hicc Up" in Dorstfeld“: the venue's name may stand in quotes)
    r"(?P<place>[„“\"‚']?[A-ZÄÖÜ][^.!?;()]{2,100}?)\s*(?:\((?P<bracket>[^()]*)\)\s*)?statt\b"
    r"(?:\s*\((?P<after>[^()]*)\))?"
)
# „Die Vorträge … finden statt vom 3. bis 5. Juni, jeweils um 19.15 Uhr, in der AULA der
# Universität, Dominikanerstraße 2a.“: „statt“ first, then after a comma where, to the sentence's end.
_TAKES_PLACE_AFTER = lazy_re.compile(
    rf"\bfinde[nt]\s+statt\b[^!?]{{0,120}}?,\s*{PLACE_PREPOSITION}\s+"
    r"(?P<place>[A-ZÄÖÜ][^!?;()]{2,100}?)\s*(?:\.\s*$|\.\s+(?=[A-ZÄÖÜ])|$)"
)
# „Die Coworking Woche findet an der Aarbühlstrasse 17 in Wabern statt.“: „an der“ or „am“ before
# a street with its number (read only when the words are an address: „am Abend“ is no place).
_TAKES_PLACE_AT_STREET = lazy_re.compile(
    r"\bfinde[nt]\b[^.!?]*\s(?:an\s+der|an\s+dem|am)\s+"
    r"(?P<place>[A-ZÄÖÜ][^.!?;()]{2,100}?)\s*statt\b"
)
# „Zeitgleich findet in der Quartiershalle ein Flohmarkt statt“: an indefinite article after the
# venue opens the sentence's subject — something else takes place there.
_SUBJECT_AFTER = lazy_re.compile(r"\s(?:ein|eine|einen)\s")
# „… Stadtbibliothek Düsseldorf hinter dem Hauptbahnhof“: the way there follows the venue.
_DIRECTIONS = lazy_re.compile(
    r"\s+(?:hinter|neben|gegenüber|nahe|unweit|direkt|oberhalb|unterhalb)\s.*$"
)
_SPACE_BEFORE_COMMA = lazy_re.compile(r"\s+,")
# The quotes around a venue's name („im "Hicc Up"“, „im „Kulturbahnhof““).
_QUOTES = lazy_re.compile(r"[„“”\"‚‘’']")
# „findet in der rewirpower-Lounge im Stadion des Vfl Bochums statt“: the words between.
_TAKES_PLACE_SPAN = lazy_re.compile(r"\bfinde[nt]\b(?P<where>[^.!?]{3,140}?)\bstatt\b")
# „Die rewirpower-Lounge (Castroper Straße 145, 44791 Bochum) erreichen Sie“: a name (not „Die“)
# with its address in brackets.
_NAMED_ADDRESS = lazy_re.compile(r"(?P<name>[^\W\d][\w-]{3,})\s*\((?P<address>[^()]{5,100})\)")
_SIBLINGS = 6  # the lead may sit a few paragraphs above the list („Wo treffen wir uns?“)
_LEAD_CHARS = 800  # a welcome paragraph that also says how to get there
_WHERE_SIBLINGS = 12  # a page's where line heads all its tables, each under its heading
_WHERE_CHARS = 120  # the where line is short; the tables between are passed over
#: Provenance of a place the list's lead states.
FROM_LEAD = "listing: lead paragraph (where the list's events take place)"
#: Provenance of the address a section of its own beside the list gives.
FROM_ADDRESS_SECTION = "listing: address section beside the list (the venue's own address)"
# The heading of a venue's address section, alone on its line.
# („Ort“ over „Die Coworking Woche findet an der Aarbühlstrasse 17 in Wabern statt.“: the section
# below a post's week plan saying where all of it is.)
_ADDRESS_HEADING = lazy_re.compile(
    r"^(?:adresse|anschrift|veranstaltungsort|tagungsort|ort|treffpunkt|location|venue|address|"
    r"so\s+finden\s+sie\s+uns|"
    r"anfahrt|wo\s+finden\s+sie\s+uns\??)\s*:?$",
    re.I,
)
_LEVELS = 3  # the list's container and two around it
#: Provenance of the address a pin icon marks above the list.
FROM_PINNED_ADDRESS = "listing: address marked by a map pin above the list"
_LABEL_PLACE = "place in the list's label"  # listing_row_context's provenance
_PINNED_CHARS = 160  # a venue, its street and town; longer is a paragraph
_SECTION_SIBLINGS = 8  # the address section may follow a closing paragraph or two


def places_from_the_lead(
    group: list[RawRecord], first: LexborNode, last: LexborNode | None = None
) -> None:
    """Each row of ``group`` (``first`` its first row's node, ``last`` the last node of its
    last row) takes the venue the list's lead names, when no row has a place of its own."""
    _pinned_over_the_label(group, first)
    if not group or any(r.location_text for r in group):
        return
    place, why = _lead_place(first), FROM_LEAD
    if place is None:
        # „Meeting place for all hikes will be Prince George City Hall parking area, …“
        place, why = lead_place_for_all(first), FOR_ALL_SOURCE
    if place is None:
        # „… hacken können. (Veranstaltungsort: Tempelhofer Ufer 23-24, 10963 Berlin)“
        place, why = _labelled_in_the_lead(first), FROM_LEAD_LABEL
    if place is None:
        # „<strong>Ort</strong><span>Ku(h)riosum am Kronenplatz, Bietigheim-Bissingen</span>“ in
        # the facts box above the market days
        place, why = _place_fact_above(first), FROM_PLACE_FACT
    if place is None:
        # „Austragungsort: | Kegelsportzentrum“ / „| Graf-Recke-Str. 162“ / „| 40237 Düsseldorf“
        place, why = place_of_the_label_row(first), LABEL_ROW_SOURCE
    if place is None:
        # Around the first row; then after the last one (a long list ends far from it).
        place = _address_section(first, first)
        if place is None and last is not None:
            place = _address_section(first, last)
        why = FROM_ADDRESS_SECTION
    if place is None:
        place, why = pinned_address(first), FROM_PINNED_ADDRESS
    if place is None:
        # „Niederrhein-Meisterschaften 2007 in Kamp-Lintfort“ over a championship's timetable
        place, why = town_of_the_title_line(first), TITLE_LINE_SOURCE
    if place is None:
        return
    for record in group:
        record.location_text = place
        record.field_sources["location_text"] = why


# „(Veranstaltungsort: Tempelhofer Ufer 23-24, 10963 Berlin)“: a place label in the lead's
# prose, its value up to the bracket's or the sentence's end. Sports clubs label where their
# plan's sessions or games are held („Trainingsstätte: Turnhalle der … Schule, Bahnhofstraße 59“
# over a judo club's weekly cards; „Spielort:“, „Trainingsort:“, „Übungsort:“).
_LEAD_LABEL = lazy_re.compile(
    r"\b(?:Veranstaltungsort|Tagungsort|Treffpunkt|Trainings(?:ort|stätte)|Spiel(?:ort|stätte)|"
    r"Übungs(?:ort|stätte)|Sportstätte)\s*:\s*(?P<place>[^()\n]{4,100}?)\s*(?:\)|$|[.;!?](?:\s|$))"
)
#: Provenance of a place a label in the list's lead states.
FROM_LEAD_LABEL = "listing: place label in the lead paragraph (where the list's events are)"


def _labelled_in_the_lead(first: LexborNode) -> str | None:
    """The one place a label in the lead above the list states („(Veranstaltungsort: …)“); None
    when the lead labels none or several (each of those belongs to its own sentence)."""
    found = [
        match["place"].strip()
        for text in lead_texts(first, _SIBLINGS, _LEAD_CHARS)
        for match in _LEAD_LABEL.finditer(text)
    ]
    return found[0] if len(set(found)) == 1 else None


# „Ort“, „Veranstaltungsort:“, „Treffpunkt“: the label of a fact pair that says where.
_PLACE_FACT_LABEL = lazy_re.compile(
    r"^(?:ort|veranstaltungsort|treffpunkt|wo|location|venue|where)\s*:?$", re.I
)
#: Provenance of a place a label/value pair above the list states.
FROM_PLACE_FACT = "listing: place fact above the list (its label and value)"


def _place_fact_above(first: LexborNode) -> str | None:
    """The place a box of facts above the list states as a pair of its own — a bold label
    „Ort“ and the element right after it, the pair alone in its element („<div><strong>Ort
    </strong><span>Ku(h)riosum am Kronenplatz, Bietigheim-Bissingen</span></div>“ beside
    „Zeit“ and „Hinweis“ pairs): a venue or an address every row of the list is held at. None
    when no such pair stands above the list, or two say different places."""
    found: list[str] = []
    for node, _text in lead_elements(first, _SIBLINGS, _LEAD_CHARS):
        for label in css_matches(node, "strong, b, dt, th"):
            parent = label.parent
            value = element_after(label)
            if (
                parent is None
                or value is None
                or element_after(value) is not None
                or element_before(label) is not None
                or not _PLACE_FACT_LABEL.match(node_text(label) or "")
            ):
                continue
            place = " ".join((node_text(value) or "").split())
            if place and names_a_venue_or_address(place):
                found.append(place)
    return found[0] if len(set(found)) == 1 else None


def _pinned_over_the_label(group: list[RawRecord], first: LexborNode) -> None:
    """„Die nächsten Termine im Repair Café in Poll“ over the days: the label's „place“ is the
    café's own name; the address the pin marks above the list is where it meets."""
    named = [
        r
        for r in group
        if r.field_sources.get("location_text", "").endswith(_LABEL_PLACE)
        and not is_address(r.location_text or "")
    ]
    if named and (address := pinned_address(first)) is not None:
        for record in named:
            record.location_text = address
            record.field_sources["location_text"] = FROM_PINNED_ADDRESS


def pinned_address(first: LexborNode) -> str | None:
    """The address a block before the list (``first`` its first row's node) marks with a
    map-pin icon: „<div><a href=…maps…><span class="icon-location"></span></a> Bürgerzentrum
    Ehrenfeld<br>Venloer Straße 429<br>50825 Köln</div>“ under the sentence that says when the
    café opens. Its lines joined are the place when they read as an address."""
    for node, _text in lead_elements(first, _SIBLINGS, _LEAD_CHARS):
        if node.tag in HEADING_TAGS or not any(
            is_pin_icon(icon) for icon in css_matches(node, "i, span, img")
        ):
            continue
        address = ", ".join(line.strip(" ,") for line in text_chunks([node]))
        if len(address) <= _PINNED_CHARS and is_address(address):
            return address
    return None


def _lead_place(first: LexborNode) -> str | None:
    for text in lead_texts(first, _SIBLINGS, _LEAD_CHARS):
        if (place := venue_taking_place(text)) is not None:
            return place
    # „im Gemeinschaftshaus <address>“ above several tables: further up than a lead sentence.
    for text in lead_texts(first, _WHERE_SIBLINGS, _WHERE_CHARS):
        if (place := venue_of_a_where_line(text)) is not None:
            return place
    return None


def venue_taking_place(text: str) -> str | None:
    """The venue a sentence says something takes place at („… findet im Raum K013 der OTH
    Regensburg statt (Galgenbergstraße 32, …)“), with its address in brackets before or right
    after „statt“; none when the words name no venue."""
    text = hide_street_dots(text)  # „an der Erlacherstr. 3 in Bern statt“: no sentence end
    for match in [*_TAKES_PLACE.finditer(text), *_TAKES_PLACE_AFTER.finditer(text)]:
        place = _DIRECTIONS.sub("", " ".join(show_street_dots(match["place"]).split())).strip(" ,")
        place = _QUOTES.sub("", place)
        # „im Café Netzwerk (Luisenstr. 11, 80333 München) statt“: its address in brackets
        bracket = match.groupdict().get("bracket") or match.groupdict().get("after") or ""
        address = _SPACE_BEFORE_COMMA.sub(",", " ".join(show_street_dots(bracket).split()))
        addressed = bool(address) and is_address(address)
        if (
            _SUBJECT_AFTER.search(f" {place} ")
            or not (
                names_a_venue_or_address(place)
                # („im "Hicc Up" in Dorstfeld (Wittener Straße 205 - 44149 Dortmund) statt“: a name
                # the bracketed street address says is a venue)
                or (addressed and place[:1].isupper() and not NOT_A_PLACE_WORD.match(place))
            )
        ):
            continue
        return f"{place}, {address}" if addressed else place
    for match in _TAKES_PLACE_AT_STREET.finditer(text):
        place = " ".join(show_street_dots(match["place"]).split()).strip(" ,")
        if is_address(place):
            return place
    return None


def venue_with_address(text: str, texts: list[str]) -> str | None:
    """The venue a sentence of ``text`` says things take place at, from the word that another
    text gives an address for in brackets: „… findet in der rewirpower-Lounge im Stadion des Vfl
    Bochums statt.“ and, under „Anfahrt“, „Die rewirpower-Lounge (Castroper Straße 145, 44791
    Bochum) erreichen Sie …“ → „rewirpower-Lounge im Stadion des Vfl Bochums, Castroper Straße
    145, 44791 Bochum“. None without such an address."""
    for sentence in _TAKES_PLACE_SPAN.finditer(text):
        for match in (found for line in texts for found in _NAMED_ADDRESS.finditer(line)):
            address = _SPACE_BEFORE_COMMA.sub(",", " ".join(match["address"].split()))
            where = sentence["where"].find(match["name"])
            if where >= 0 and is_address(address):
                venue = " ".join(sentence["where"][where:].split())
                return f"{venue}, {address}"
    return None


def _address_section(first: LexborNode, last: LexborNode) -> str | None:
    """The address under an „Adresse“ heading among the elements around the list (before its
    first row or after its last one, or a container of either, a few levels up): the first
    text of the section (``_address_under``)."""
    ends: dict[Literal["prev", "next"], LexborNode | None] = {"prev": first, "next": last}
    for _ in range(_LEVELS):
        for step, container in ends.items():
            if container is None or container.tag in ("body", "html"):
                return None
            for sibling in element_siblings(container, step, _SECTION_SIBLINGS):
                if (address := _address_under(sibling)) is not None:
                    return address
        ends = {step: node.parent if node is not None else None for step, node in ends.items()}
    return None


def _address_under(heading: LexborNode) -> str | None:
    """The first text under an „Adresse“ heading, when it is an address line or a sentence
    saying where the events take place („Die Veranstaltungen finden bei der FUU Privatschule
    Heidelberg statt.“ below the school's logo); elements without text (an image, a break)
    are passed over, the next heading ends the section."""
    if heading.tag not in HEADING_TAGS or not _ADDRESS_HEADING.match(node_text(heading) or ""):
        return None
    below = heading.next
    seen = 0
    while below is not None and seen < _UNDER_HEADING:
        if below.is_element_node:
            if below.tag in HEADING_TAGS:
                return None
            seen += 1
            lines = text_chunks([below])
            if lines:
                if (venue := venue_taking_place(" ".join(lines))) is not None:
                    return venue
                line = lines[0].strip(" ,.")
                return line if is_address(line) else None
        below = below.next
    return None


_UNDER_HEADING = 4  # a logo and a break or two may stand between the heading and its text
