"""The place the sentence naming an event states with a preposition, whatever its verb.

„… „Das Haus in Montevideo“ von Curt Goetz wird auf der Freilichtbühne im Historischen Ortskern
von Kaisersesch an folgenden Tagen aufgeführt:“, „Am 1. Adventswochenende 2010 präsentieren wir
im Historischen Ortskern am Prison unser diesjähriges <strong>Krippenspiel</strong>.“: the words
after „auf der“/„im“/„in der“ … run as capitalised names (joined by „im“, „am“, „von“, „an der“
…) until a lower-case word; that run is where the event is. Not a frame, a time or a manner
(„im Rahmen …“, „im Mai“, „im Freien“).

An outing told as a visit names its place as what is visited: „Am Samstag, 7. Juni 2025 besuchen
wir den Erinnerungsort BADEHAUS in Wolfratshausen-Waldram.“ (``visited_place``); a walk or outing
names it as where people meet, right after the hour: „Treffpunkt ist um 13:00 Uhr am Dorfplatz.“
(``meeting_place``)."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import INLINE_TAGS, text_chunks
from netdir.extract.context import clean_text
from netdir.extract.stated_venues import first_named_place, stated_venue
from netdir.extract.where_then_when import where_then_when
from netdir.normalize.when_words import GERMAN_WEEKDAY_ALT

_NAME_WORD = r"[A-ZÄÖÜ][\w.-]*"
# „im Hotel zum Kloster Rohr“, „im Gasthof zur Post“: an inn is named with „zum“/„zur“ after its
# kind, and the name runs on through it (only after an inn's word: „im Vereinsheim zur
# Jahreshauptversammlung“ is where, then what for).
_INN_NAMED_WITH_ZUM = (
    r"(?:Hotel|Landhotel|Gasthaus|Landgasthaus|Gasthof|Landgasthof|Gaststätte|Wirtshaus"
    r"|Brauhaus|Restaurant|Café|Cafe|Weinstube)\s+zu[mr]\s+"
)
# (Not place_prepositions.PLACE_PREPOSITION: in a sentence „beim …“ mostly leads what one does,
# „Verweilen Sie danach noch etwas beim Ausklang.“, not where.)
_PLACE_PHRASE = lazy_re.compile(
    r"\b(?:auf\s+der|auf\s+dem|in\s+der|in\s+dem|im)\s+"
    rf"(?P<place>(?:{_INN_NAMED_WITH_ZUM})?{_NAME_WORD}"
    rf"(?:\s+(?:(?:im|am|vom|von|an\s+der|auf\s+der|der|des)\s+)?{_NAME_WORD})*)"
)


# „Am Samstag, 7. Juni 2025 besuchen wir den Erinnerungsort BADEHAUS in Wolfratshausen-Waldram.“,
# „Wir besichtigen das Kloster Ettal.“: an outing told as a visit; what is visited (with the town
# it is in) is where the group goes. No full stop inside a name here: „… Wolfratshausen-Waldram.
# Um 14 Uhr …“ ends it at the sentence.
_VISIT_WORD = r"[A-ZÄÖÜ][\w'’-]*"
_VISITED = lazy_re.compile(
    r"\b(?:(?:besuchen|besichtigen|erkunden)\s+wir|\b[Ww]ir\s+(?:besuchen|besichtigen|erkunden))"
    r"\s+(?:gemeinsam\s+|zusammen\s+)?(?:den|die|das)\s+"
    rf"(?P<place>{_VISIT_WORD}(?:\s+(?:(?:in|im|am|bei|an\s+der|auf\s+der|des|der|vom|von)\s+)?{_VISIT_WORD}){{0,6}})"
)
# „Treffpunkt ist um 13:00 Uhr am Dorfplatz.“, „Wir treffen uns um 10.30 Uhr am Schützenhaus und
# wandern …“, „Treffpunkt um 9:30 Uhr auf dem Dürerplatz!“: where one meets, right after the hour.
# („Treffpunkt war am Vorplatz des Bahnhofs in Völs.“: a report's meeting point, told without
# the hour)
# („Die Bruchpiloten treffen sich um 10 Uhr an der Endstation der Metro Linie Rot (Shady Grove)
# beim rechten Ausgang.“: the group meets; a bracketed name after the place is part of it)
_MEETING_PLACE = lazy_re.compile(
    r"\b(?:(?:Treff(?:punkt)?(?:\s+ist)?|[Tt]reffen\s+(?:wir\s+)?uns|[Ww]ir\s+treffen\s+uns"
    r"|(?:treffen|trifft)\s+sich"
    # „Treffpunkt zu Critical Mass ist um 18:00 am Stiftsplatz“: whose meeting point, then „ist“
    r"|Treffpunkt(?:\s+(?:zu[mr]?|für\s+(?:den|die|das))(?:\s+[\w&-]+){1,3})?\s+ist"
    # „Wir werden uns am 12.6. um 18:00 an der TU wieder treffen“: the meeting told ahead, its
    # day between (the verb comes after the place)
    r"|[Ww]ir\s+werden\s+uns(?:\s+am\s+\d{1,2}\.\d{1,2}\.(?:\d{2,4})?)?)\s+(?:um|ab|von)\s+"
    # „Treff ist von 8:00 bis 12:00 Uhr am Vereinshaus“: the hours the group meets for; a clock
    # with its minutes needs no „Uhr“ („um 18:00 am Stiftsplatz“)
    r"(?:\d{1,2}(?:[:.]\d{2})?(?:\s*(?:bis|-|–)\s*\d{1,2}(?:[:.]\d{2})?)?\s*Uhr"
    r"|\d{1,2}:\d{2}(?![\d:]))"
    r"|Treffpunkt\s+(?:ist|war))"
    r"\s+(?:am|im|beim|bei\s+der|bei\s+dem|vor\s+dem|auf\s+dem|an\s+der|in\s+der)\s+"
    # („bei der DAA (Deutsche Angestellten Akademie) in der Richard-Wagner-Strasse 1“: a short
    # name spelt out in brackets, then its street)
    rf"(?P<place>{_VISIT_WORD}(?:\s+\([^()]{{1,40}}\))?(?:\s+(?:(?:in\s+den|in\s+der|im|am|des|der)\s+)?"
    r"(?:[A-ZÄÖÜ][\w'’-]*|\d{1,4}[a-z]?\b)){0,6}(?:\s+\([^()]{1,40}\))?)"
)
#: Provenance of a place read from the visit an item's sentence tells.
VISIT_SOURCE = "listing:the place its sentence visits"
#: Provenance of a place read from where the item's prose says people meet.
MEETING_SOURCE = "listing:where its prose says to meet"
#: Provenance of a place a short line names right before the hour it starts.
WHERE_THEN_WHEN_SOURCE = "listing:where its line says, then from when"
#: Provenance of a place read from the venue a sentence of the item's prose states.
STATED_VENUE_SOURCE = "listing:the venue its prose states"


# „… bereits um 19:00 Uhr und nicht im Gewerbehof, sondern an einem Plätzchen im Karlsruher
# Schlossgarten.“: a place the sentence denies is where the event is not.
_DENIED = lazy_re.compile(r"\b(?:nicht|nie|statt)\s+$", re.I)


def place_in_sentence(sentence: str) -> str | None:
    """The first prepositional run of names in ``sentence`` that is no frame, time or manner,
    and that the sentence does not deny („nicht im Gewerbehof, sondern …“)."""
    return first_named_place(
        match["place"]
        for match in _PLACE_PHRASE.finditer(sentence)
        if _DENIED.search(sentence, max(match.start() - _DENIAL_CHARS, 0), match.start()) is None
    )


_DENIAL_CHARS = 8  # „nicht “ right before the preposition


def visited_place(text: str) -> str | None:
    """The place „besuchen wir den …“ names in ``text`` (``_VISITED``), or None."""
    return _first_place(_VISITED, text)


# „Wir treffen uns um 19 Uhr am Montag“: a day, not where.
_A_DAY_OR_PART = lazy_re.compile(
    rf"^(?:{GERMAN_WEEKDAY_ALT}|Wochenende"
    r"|Abend|Morgen|Vormittag|Nachmittag|Mittag|Feiertag|Tag)\b"
)


# „Wir treffen uns bei der T-Systems MMS und thematisch geht es um …“, „… trifft sich beim
# Vereinswirt“: the group meets at its host's premises, named after „bei der“ / „bei dem“ /
# „beim“, no hour needed (an hour-less „treffen uns am …“ names a day as often as a place).
_MEETING_AT_THE_HOSTS = lazy_re.compile(
    r"\b(?:[Ww]ir\s+treffen\s+uns|[Tt]reffen\s+wir\s+uns|(?:treffen|trifft)\s+sich)"
    r"(?:\s+(?:wieder|diesmal|dieses\s+Mal|wie\s+immer|erneut))?\s+(?:bei\s+der|bei\s+dem|beim)\s+"
    rf"(?P<place>{_VISIT_WORD}(?:\s+{_VISIT_WORD}){{0,4}})"
)


def meeting_place(text: str) -> str | None:
    """The place „Treffpunkt ist um 13:00 Uhr am …“ names in ``text`` (``_MEETING_PLACE``), else
    the host's premises „Wir treffen uns bei der …“ names (``_MEETING_AT_THE_HOSTS``)."""
    place = _first_place(_MEETING_PLACE, text)
    if place is None or _A_DAY_OR_PART.match(place):
        place = _first_place(_MEETING_AT_THE_HOSTS, text)
    return None if place is None or _A_DAY_OR_PART.match(place) else place


# „Am kommenden Pfingstmontag treffen wir uns ab 18.30 mit unserem Plenum abweichend im COWO21 in
# der Holzhofallee 21.“: where the hosts meet, a few words after the hour (with whom, how), with
# the street it is in.
_MEETING_PLACE_AFTER_WORDS = lazy_re.compile(
    r"\b(?:[Tt]reffen\s+wir\s+uns|[Ww]ir\s+treffen\s+uns)\s+(?:um|ab)\s+\d{1,2}(?:[:.]\d{2})?"
    r"(?:\s*Uhr)?\s+(?:[^\s.,;:!?]+\s+){1,5}?(?:im|in\s+der|in\s+dem|auf\s+dem|beim)\s+"
    rf"(?P<place>{_VISIT_WORD}(?:\s+{_VISIT_WORD}){{0,3}})"
    r"(?:\s+(?:in\s+der|in\s+dem|am|an\s+der)\s+"
    r"(?P<street>[A-ZÄÖÜ][\w'’-]*(?:\s+[A-ZÄÖÜ][\w'’-]*)?\s+\d{1,4}[a-z]?)\b)?"
)


def meeting_place_after_words(text: str) -> str | None:
    """Where „treffen wir uns ab 18.30 mit unserem Plenum abweichend im …“ says the hosts meet,
    with its street („COWO21, Holzhofallee 21“); None when ``text`` says no such thing."""
    if "reffen" not in text:  # (cheap)
        return None
    for match in _MEETING_PLACE_AFTER_WORDS.finditer(text):
        place = first_named_place([match["place"]])
        if place is None or _A_DAY_OR_PART.match(place):
            continue
        return f"{place}, {match['street']}" if match["street"] else place
    return None


# „Treffpunkt ist um 8:15 Uhr am Schützenhaus in Pfraundorf.“: the village the meeting point
# stands in, ending the clause, is part of where (the readers that cut the meeting point from a
# row's name keep reading the point alone).
_TOWN_ENDING_THE_CLAUSE = lazy_re.compile(r"\s+in\s+(?P<town>[A-ZÄÖÜ][\w'’-]*)\s*(?:[.!;]|$)")


def with_its_town(line: str, place: str) -> str:
    """``place`` with the town „in …“ that follows it in ``line`` and ends the clause."""
    at = line.find(place)
    town = _TOWN_ENDING_THE_CLAUSE.match(line, at + len(place)) if at >= 0 else None
    return f"{place} in {town['town']}" if town is not None else place


# „… wenn wir vom 05. - 06. Juli auf der Theaterwiese in Villenbach unser Fest feiern!“: a town
# after the place that does not end the clause, read only when the event's name names that town
# („Die Freiwillige Feuerwehr Villenbach feiert …“) — „in der Aula in Kleingruppen diskutieren“
# names no town.
_TOWN_AFTER_THE_PLACE = lazy_re.compile(r"\s+in\s+(?P<town>[A-ZÄÖÜ][\w'’-]*)\b")
_WORD_OF_THE_NAME = lazy_re.compile(r"[^\W\d_][\w'’-]*")


def with_the_named_town(line: str, place: str, name: str) -> str:
    """``place`` with the town „in …“ that follows it in ``line`` when ``name`` names that town."""
    at = line.find(place)
    town = _TOWN_AFTER_THE_PLACE.match(line, at + len(place)) if at >= 0 else None
    if town is None or town["town"] not in _WORD_OF_THE_NAME.findall(name):
        return place
    return f"{place} in {town['town']}"


def _first_place(pattern: re.Pattern[str], text: str) -> str | None:
    return first_named_place(match["place"] for match in pattern.finditer(text))


def place_of_the_visit(segment: list[LexborNode], reading: BlockReading) -> None:
    """A dated item without a place takes the one its prose says is visited, or else where it
    says people meet, or else where a short line says it is right before its hour, or else the
    venue a sentence states (the last resorts, after its place lines, labels and the venue its
    sentence ends on)."""
    if reading.location_text is not None or reading.date_text is None or reading.holds_several:
        return
    for line in text_chunks(segment):
        if (place := visited_place(line)) is not None:
            reading.location_text = place
            reading.sources["location_text"] = VISIT_SOURCE
            return
    for line in text_chunks(segment):
        if (place := meeting_place(line)) is not None:
            if reading.title is not None and place in reading.title:
                # „Frühlingsradtour 2017 (…), Treffpunkt um 9:30 Uhr auf dem Dürerplatz!“: the
                # row's one line, its name cut from where to meet later (``title_venues``)
                return
            reading.location_text = with_its_town(line, place)
            reading.sources["location_text"] = MEETING_SOURCE
            return
    for line in text_chunks(segment):
        if (told := where_then_when(line)) is not None:
            # „Exkursion des NABU am Hammerwoog beim Hotel Blechhammer ab 19:25“
            reading.location_text = told.place
            reading.sources["location_text"] = WHERE_THEN_WHEN_SOURCE
            return
    for line in text_chunks(segment):
        if (place := stated_venue(line)) is not None:
            # „Veranstaltungsort ist Google Meet.“, „findet im Gemeindesaal statt“
            reading.location_text = place
            reading.sources["location_text"] = STATED_VENUE_SOURCE
            return


def sentence_of(node: LexborNode) -> str:
    """The text of the run of inline nodes ``node`` stands in (its sentence between blocks),
    or the text of ``node`` when it is a block itself."""
    if node.tag not in INLINE_TAGS:
        return clean_text(node.text(separator=" ")) or ""
    first = node
    while first.prev is not None and first.prev.tag in INLINE_TAGS:
        first = first.prev
    parts: list[str] = []
    current: LexborNode | None = first
    while current is not None and current.tag in INLINE_TAGS:
        parts.append(current.text(separator=" "))
        current = current.next
    return clean_text(" ".join(parts)) or ""
