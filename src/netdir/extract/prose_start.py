"""The clock of a one-event page told in a sentence of its text, not by a label.

A post whose day stands in its heading („Bürgerrunde am 4. Juli 2019“) often tells its hour in the
prose below: „Ort des Picknicks ist der Garten direkt hinter dem Friedhof. Beginn ab 19:30.“, „Wir
treffen uns um 9:30 Uhr am Schafstall“ — the latter cut by the editor into two paragraphs („Wir
treffen uns um“ / „9:30 Uhr am Schafstall“). A sentence that says when it begins or when one
meets gives the event's start; other clocks in prose (a closing „gegen 12:00 Uhr“, doors) do not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_places import NOT_A_PLACE_WORD
from netdir.extract.event_page_labels import Fact
from netdir.extract.host_rooms import place_in_host_rooms
from netdir.extract.hybrid_places import in_person_place
from netdir.extract.lead_places import venue_taking_place, venue_with_address
from netdir.extract.meeting_links import meeting_link, met_on_a_service
from netdir.extract.next_sentence_clock import clock_opening_the_next_sentence
from netdir.extract.place_lines import names_a_venue_word, venue_then_address
from netdir.extract.sentence_ends import sentences
from netdir.extract.sentence_places import (
    meeting_place,
    meeting_place_after_words,
    place_in_sentence,
    visited_place,
)
from netdir.extract.weekday_clocks import clock_of_another_weekday
from netdir.normalize.online_services import SERVICE_WORDS
from netdir.normalize.when_words import GERMAN_WEEKDAY_ALT

# „Beginn ab 19:30“, „Beginn ist um 19 Uhr“, „Die Veranstaltung beginnt um 19:00 Uhr“, „Wir treffen
# uns um 9:30 Uhr“, „Los geht es um 18 Uhr“; „Das Fest beginnt am Mittwoch den 09.09. um 17:00 Uhr
# mit einer Vigil“ (its first day named on the way).
_START_SENTENCE = lazy_re.compile(
    r"\b(?:beginn(?:t|en)?|anfang|start|los\s+geht(?:'s|s|\s+es)|(?:wir\s+)?treffen\s+(?:wir\s+)?uns)"
    r"\b[^.!?:\d]{0,30}?(?:\bam\s+[^.!?:\d]{0,20}?\d{1,2}\.\s?\d{1,2}\.(?:\d{2,4})?\s+)?\b(?:um|ab)\s+"
    r"(?P<clock>(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?)\s*(?P<uhr>uhr|h\b)?",
    re.I,
)
# „Ab 9 Uhr geht es los mit einem kleinen Frühstück“: the hour before the words of starting.
_HOUR_THEN_START = lazy_re.compile(
    r"\b(?:um|ab)\s+(?P<clock>(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?)\s*(?P<uhr>uhr|h\b)?"
    r"\s+geht(?:'s|s)?\s+(?:es\s+)?los\b",
    re.I,
)
# „Wir kochen ab 19 Uhr gemeinsam griechisch!“: the hosts say when they start what they invite to.
_WE_FROM_HOUR = lazy_re.compile(
    r"\bwir\s+[a-zäöüß]+\s+(?:um|ab)\s+"
    r"(?P<clock>(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?)\s*(?P<uhr>uhr)\b",
    re.I,
)
# „Freitag, 15. März 2024, Beginn 19:30 Uhr“: the word of beginning right before its clock, with
# „Uhr“ or a colon (a bare „Beginn 2024“ is a year).
_BEGIN_CLOCK = lazy_re.compile(
    r"\b(?:beginn|anfang)\s*:?\s+"
    r"(?P<clock>(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?)\s*(?P<uhr>uhr\b)?",
    re.I,
)
# „Am Samstag, 04. Mai findet von 11:00 Uhr - 16:00 Uhr der Tag der Städtebauförderung … statt“:
# the verb of taking place right before its hours.
_TAKES_PLACE_FROM = lazy_re.compile(
    r"\bfinde[nt]\s+(?:(?:heute|morgen|wieder|erneut|dann)\s+)?(?:um|ab|von)\s+"
    r"(?P<clock>(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?)\s*(?P<uhr>uhr\b)?",
    re.I,
)
# „Die Gruppe der Harley Fahrer treffen sich am Ende der roten Metro Linie (Shady Grove), rechter
# Ausgang um 10 Uhr.“: a group meets at a place told first, its hour at the sentence's end.
_MEET_SENTENCE = lazy_re.compile(
    r"\b(?:treffen|trifft)\s+(?:wir\s+)?(?:sich|uns)\b[^.!?:\d]{0,70}?\b(?:um|ab)\s+"
    r"(?P<clock>(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?)\s*(?P<uhr>uhr\b)?",
    re.I,
)
# „Das Treffen findet im Erdgeschoss der T-Systems MMS 18.00 Uhr statt:“: the sentence that says
# where the event takes place gives its clock bare, with minutes and „Uhr“, no „um“ before it (not
# a clock after „bis“: when it ends).
_TAKES_PLACE_AT_CLOCK = lazy_re.compile(
    r"\bfinde[nt]\b[^.!?:\d]{0,80}?(?<!\bbis\s)(?P<clock>(?:[01]?\d|2[0-3])[:.][0-5]\d"
    # („Wie immer findet Hack'n'Snack um 18 Uhr im PING e.V. in Dortmund-Eichlinghofen statt.“:
    # a whole hour after „um“/„ab“, the venue with its association's „e.V.“ before „statt“)
    r"|(?<=\bum\s)(?:[01]?\d|2[0-3])|(?<=\bab\s)(?:[01]?\d|2[0-3]))\s*"
    r"(?P<uhr>uhr)\b(?:[^.!?\d]|e\.\s?V\.){0,60}?\bstatt\b",
    re.I,
)
# „Am Samstag ertönt um 10:30 Uhr der erste Anpfiff“, „Anpfiff ist um 15 Uhr“, „Anwurf um 18 Uhr“:
# a match day's kick-off (football's „Anpfiff“/„Anstoß“, handball's „Anwurf“, a race's
# „Startschuss“) is when it begins.
_KICKOFF = r"(?:anpfiff|anstoß|anstoss|anwurf|startschuss)"
_CLOCK_THEN_KICKOFF = lazy_re.compile(
    r"\b(?:um|ab)\s+(?P<clock>(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?)\s*(?P<uhr>uhr\b)?"
    rf"[^.!?\d]{{0,30}}?\b{_KICKOFF}\b",
    re.I,
)
_KICKOFF_THEN_CLOCK = lazy_re.compile(
    rf"\b{_KICKOFF}\b[^.!?\d]{{0,20}}?\b(?:um|ab)\s+"
    r"(?P<clock>(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?)\s*(?P<uhr>uhr\b)?",
    re.I,
)
_DANGLING = lazy_re.compile(r"\b(?:um|ab)$", re.I)  # „Wir treffen uns um“ / „9:30 Uhr …“
_LINES_AFTER = 8  # the hour follows the day within the post's first paragraphs


def _window(
    lines: list[tuple[str, LexborNode | None]], date: Fact
) -> tuple[int, list[tuple[str, LexborNode | None]]]:
    """Where the date's line stands, and it with the lines after it: the post's first
    paragraphs, where its hour and place are told."""
    start = max(date.index, 0)
    return start, lines[start : start + 1 + _LINES_AFTER]


def _joined_lines_after(
    lines: list[tuple[str, LexborNode | None]], date: Fact
) -> Iterator[tuple[int, str]]:
    """The date's line and the lines after it (the post's first paragraphs), each with its index,
    a line that breaks off after „um“ or „ab“ joined to the next („Wir treffen uns um“ / „9:30
    Uhr am Schafstall“)."""
    start, window = _window(lines, date)
    for position, (text, _) in enumerate(window):
        if _DANGLING.search(text) and position + 1 < len(window):
            text = f"{text} {window[position + 1][0]}"
        yield start + position, text


def start_in_prose(lines: list[tuple[str, LexborNode | None]], date: Fact) -> Fact | None:
    """The clock a sentence after the date gives as the start („Beginn ab 19:30.“), or None."""
    for index, text in _joined_lines_after(lines, date):
        starts = [
            _START_SENTENCE,
            _HOUR_THEN_START,
            _WE_FROM_HOUR,
            _BEGIN_CLOCK,
            _TAKES_PLACE_FROM,
            _MEET_SENTENCE,
            _TAKES_PLACE_AT_CLOCK,
            _CLOCK_THEN_KICKOFF,
            _KICKOFF_THEN_CLOCK,
        ]
        for match in [found for pattern in starts for found in pattern.finditer(text)]:
            clock = match.group("clock")
            if ":" not in clock and "." not in clock and match.group("uhr") is None:
                continue  # „Beginn ab 2020“: a year, not an hour
            if clock_of_another_weekday(match.group(0), date.value):
                continue  # „Der Workshop findet am Freitag ab 14:30 Uhr statt“ in a run from Do.
            # „um 18 Uhr“: the hour alone is read as „18:00“ (a bare „18“ names no clock)
            return Fact(_hours(clock), "start told in the text", index)
    if (
        date.index >= 0
        and (opening := clock_opening_the_next_sentence(lines[date.index][0], date.value))
        is not None
    ):
        # „Am Samstag, 7. Juni 2025 besuchen wir … . Um 14 Uhr haben wir …“
        how = "start opening the sentence after the day"
        return Fact(_hours(opening.first_hour), how, date.index)
    return None


def _hours(clock: str) -> str:
    """„18“, „18 Uhr“ → „18:00“; „9.30“ → „9:30“ (a bare „18“ names no clock)."""
    clock = clock.removesuffix("Uhr").strip()
    return clock.replace(".", ":") if ":" in clock or "." in clock else f"{clock}:00"


# „Ort des Picknicks ist der Garten direkt hinter dem Friedhof.“
_PLACE_SENTENCE = lazy_re.compile(
    r"\bOrt\s+(?:des|der)\s+\w+\s+ist\s+(?:der|die|das)\s+(?P<place>[^.!?;]{3,80})"
)
# „… um 9:30 Uhr am Schafstall“: where one meets, right after the hour.
_PLACE_AFTER_CLOCK = lazy_re.compile(
    # „… von 10-18 Uhr im Umweltforum in Berlin und virtuell stattfinden“: hours from–to, and a
    # hybrid event's second, online way to take part after the venue.
    r"\b(?:um|ab|von)\s+\d{1,2}(?:[:.]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[:.]\d{2})?)?\s*uhr\s+"
    r"(?:am|im|beim|vor\s+dem|auf\s+dem|in\s+der)\s+"
    # („im PING e.V. in Dortmund-Eichlinghofen statt“: an association's „e.V.“ goes on)
    r"(?P<place>[A-ZÄÖÜ](?:[^.,;!?]|e\.\s?V\.){1,60}?)"
    r"(?:\s+(?:und|sowie)\s+(?:online|virtuell|digital)\b[^.,;!?]*)?(?:\s+statt\w*)?"
    r"(?=[,;!?]|\.(?!\s?V\.)|$)",
    re.I,
)
# „Die Veranstaltung wird am 14. November 2015 von 11:00 bis 19:00 in unseren Räumlichkeiten am
# Wilhelm-Hamacher-Platz in Troisdorf stattfinden.“: the hosts' own rooms after the hours, where
# they are told after „am“/„im“ („unsere Räumlichkeiten“ alone says nothing a visitor can find).
_OUR_ROOMS_AFTER_THE_HOURS = lazy_re.compile(
    r"\b(?:um|ab|von)\s+(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?"
    r"(?:\s*(?:[-–]|bis)\s*(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?)?(?:\s*uhr)?\s+"
    r"in\s+unse(?:ren|rem|rer)\s+(?:räumlichkeiten|räumen|vereinsräumen|vereinsheim|clubräumen)\s+"
    r"(?:am|im|in\s+der|auf\s+dem)\s+"
    r"(?P<place>[A-ZÄÖÜ][^.,;!?]{1,60}?)(?:\s+statt\w*)?(?=[.,;!?]|$)",
    re.I,
)
# „Das Treffen findet im Erdgeschoss der T-Systems MMS 18.00 Uhr statt:“: where it takes place,
# told right before its bare clock.
_PLACE_BEFORE_THE_CLOCK = lazy_re.compile(
    r"\bfinde[nt]\s+(?:im|in\s+der|in\s+dem|beim|bei\s+der|bei\s+dem)\s+"
    r"(?P<place>[A-ZÄÖÜ][^.,;:!?\d]{1,60}?)\s+(?:(?:um|ab)\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d\s*uhr\s+"
    r"statt\b",
    re.I,
)
# „… findet … ein Festkolloquium in HG2 HS2 um 16:30 statt“: a room named by its code — capitals
# with digits, as a campus names its buildings and lecture halls („HG2 HS2“, „P2-O1-513“) — right
# before the clock the event takes place at.
_ROOM_CODE_BEFORE_THE_CLOCK = lazy_re.compile(
    # (an abbreviation's dot may stand between: „von PeP et al. ein Festkolloquium in …“)
    r"\bfinde[nt]\b(?:[^.!?]|\.(?=\s+(?-i:[a-zäöüß])))*?\sin\s+"
    r"(?P<place>(?-i:[A-ZÄÖÜ]{1,4}\d[\w-]*)(?:\s+(?-i:[A-ZÄÖÜ]{1,4}\d[\w-]*)){0,2})\s+"
    r"(?:um|ab)\s+(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*uhr)?\s+statt\b",
    re.I,
)
# „Das Webinar wird als ZOOM-Konferenz veranstaltet werden.“, „… findet per Videokonferenz statt“:
# an event held online, the meeting tool its place.
_HELD_ONLINE = lazy_re.compile(
    rf"\b(?:als|per|über|via)\s+(?P<place>(?:{SERVICE_WORDS}|video)"
    r"[\w-]*?-?(?:konferenz|meeting|call|chat)?)\b[^.!?]{0,40}\b"
    r"(?:veranstaltet|statt|durchgeführt|abgehalten)",
    re.I,
)


def held_online(text: str) -> str | None:
    """The meeting tool a sentence holds its event in („als ZOOM-Konferenz veranstaltet“)."""
    found = _HELD_ONLINE.search(text)
    return found["place"] if found is not None else None


# „Die bundesweite Vorbereitungstagung … findet am 11. und 12. Februar im Online-Format statt“,
# „… findet online statt“: held online, in the sentence that says it takes place.
_TAKES_PLACE_ONLINE = lazy_re.compile(
    r"\bfinde[nt]\b(?:[^.!?;]|(?<=\d)\.)*?\s(?:im\s+Online-Format|online|digital|virtuell|"
    r"als\s+Online-[\w-]+|als\s+Video-?konferenz)\s+statt\b",
    re.I,
)
# „Die nächste Sitzung findet am 17. Oktober 2023 ab 19:00 Uhr im Ludgerusforum statt.“
_TAKES_PLACE = lazy_re.compile(r"\bfindet\b.*\bstatt\b|\bstatt(?:finden|findet)\b", re.I)


# „… on Friday, November 16 and Saturday, November 17, 2018, at Southern New Hampshire University
# in Manchester, NH“: an English sentence naming the venue right after the day's year.
_AT_VENUE_AFTER_THE_YEAR = lazy_re.compile(
    r"\b(?:19|20)\d{2},?\s+at\s+(?!\d|noon\b|midnight\b)"
    r"(?P<place>[A-Z][\w.'’&-]*(?:(?:\s+|,\s*)[\w.'’&-]+){0,12}?)\s*[.!]?$"
)


# „… um 19:00 Uhr im Restaurant Grüner Turm, Turmstraße 9, 71032 Böblingen“, „… um 19:00 Uhr im
# Indian Palace via Meetup“, „… wird am 2018-11-15 um 18:00 Uhr bei FLYACTS stattfinden“: the
# words after the day's clock that say where (a venue, or the host whose premises they are).
_ASSOCIATION = r"(?:\s+e\.\s?V\.)?"  # „PING e.V.“: a registered association's suffix
_AFTER_THE_CLOCK = lazy_re.compile(
    # („werden wir ab 19:00 im Hackerspace … ein Basteltreffen veranstalten“: a clock with its
    # minutes needs no „Uhr“)
    r"\b(?:um|ab)\s+(?:[01]?\d|2[0-3])(?:(?:[:.][0-5]\d)?\s*Uhr|[:][0-5]\d)\s+"
    # („um 19:30 am Treffpunkt Heiligengeistschütt“: the meeting point after the clock)
    r"(?P<rest>(?P<by>im|am(?:\s+Treffpunkt)?|in\s+der|in\s+dem|beim|bei\s+der|bei\s+dem|bei)\s+"
    r"(?P<name>[A-ZÄÖÜ][\w.&'’-]*(?:\s+[A-ZÄÖÜ][\w.&'’-]*){0,4}"
    # („im Vereinsheim des PING e.V. statt“: the venue of its association, the association's
    # „e.V.“ with it)
    rf"{_ASSOCIATION}(?:\s+(?:des|der)\s+[A-ZÄÖÜ][\w&'’-]*(?:\s+[A-ZÄÖÜ][\w&'’-]*){{0,3}}"
    rf"{_ASSOCIATION})?)[^.!?;]*)"
)


def venue_after_the_clock(line: str) -> str | None:
    """The place the day's line names right after its clock: a venue with its street address
    (``venue_then_address``), else the capitalised name after the preposition („im Indian Palace
    via Meetup“ → „Indian Palace“, „bei FLYACTS stattfinden“ → „FLYACTS“); None when no such
    words follow the clock, or they name a month or a day („um 18 Uhr im Mai“)."""
    match = _AFTER_THE_CLOCK.search(line)
    if match is None:
        return None
    if (venue := venue_then_address(match["rest"].strip(" ,"))) is not None:
        return venue
    # („… am Treffpunkt Heiligengeistschütt. Neben …“: the name ends with its sentence; an
    # abbreviation's dot — „St. Pauli“ — is short and goes on)
    name = _SENTENCE_AFTER_THE_NAME.split(match["name"], maxsplit=1)[0]
    return None if NOT_A_PLACE_WORD.match(name) or _A_DAY.match(name) else name


_SENTENCE_AFTER_THE_NAME = lazy_re.compile(r"(?<=[a-zäöüß]{4})\.\s+")


# „am Montag um 18 Uhr im Juni“, „… bei Sonnenschein“: when or how, not where.
# „… um 19 Uhr am Abend“, „… am Ende“: a time of day or a part of the event, not a place.
_A_DAY = lazy_re.compile(
    rf"^(?:{GERMAN_WEEKDAY_ALT}|Sonnenschein|Regen|Wind|Morgen|Vormittag|Mittag|Nachmittag|"
    r"Abend|Wochenende|Ende|Anfang|Schluss|Tag)\b",
    re.I,
)


def place_in_prose(lines: list[tuple[str, LexborNode | None]], date: Fact) -> Fact | None:
    """The place a sentence after the date names: „Ort des Picknicks ist der Garten …“, or
    where the start sentence meets („Wir treffen uns um 9:30 Uhr am Schafstall“) or the event
    takes place („… findet am … ab 19:00 Uhr im Ludgerusforum statt“)."""
    if (at := _AT_VENUE_AFTER_THE_YEAR.search(date.value.strip())) is not None:
        # (the day's own sentence, as the date reader cut it from its line)
        return Fact(at["place"].strip(), "venue after the day's year", date.index)
    if 0 <= date.index < len(lines) and (venue := venue_after_the_clock(lines[date.index][0])):
        # „Nächster Termin: Donnerstag, 09. Oktober um 19:00 Uhr im Restaurant Grüner Turm,
        # Turmstraße 9, 71032 Böblingen“: the day's own line goes on to where.
        return Fact(venue, "venue after the day's clock", date.index)
    for index, text in _joined_lines_after(lines, date):
        match = (
            _PLACE_SENTENCE.search(text)
            or (
                _PLACE_AFTER_CLOCK.search(text)
                if _START_SENTENCE.search(text) or _TAKES_PLACE.search(text)
                else None
            )
            or _PLACE_BEFORE_THE_CLOCK.search(text)
            or _ROOM_CODE_BEFORE_THE_CLOCK.search(text)
            or _OUR_ROOMS_AFTER_THE_HOURS.search(text)
        )
        if match is not None:
            return Fact(match.group("place").strip(), "place told in the text", index)
        if (hosted := place_in_host_rooms(text)) is not None:
            # „… findet … Treffen in den Räumen des Section 77 e.V. in Offenburg statt.“
            return Fact(hosted, "host's rooms told in the text", index)
    start, window = _window(lines, date)
    for position, (text, _) in enumerate(window):
        # „Der diesjährige Gesellschaftsabend findet in der rewirpower-Lounge im Stadion des Vfl
        # Bochums statt.“ — and „Die rewirpower-Lounge (Castroper Straße 145, 44791 Bochum)
        # erreichen Sie …“ further down gives its address.
        later = [line for line, _ in lines[start + position + 1 :]]
        if (place := venue_with_address(text, later) or venue_taking_place(text)) is not None:
            return Fact(place, "venue told in the text", start + position)
        if (place := in_person_place(text)) is not None:
            # „… findet … live in Hamburg-Barmbek oder online über Microsoft Teams statt“
            return Fact(place, "place of a hybrid event told in the text", start + position)
    for position, (text, _) in enumerate(window):
        if (online := held_online(text)) is not None:
            return Fact(online, "online meeting told in the text", start + position)
        if (link := meeting_link(text)) is not None:
            # „Der Link für das Treffen ist: https://meet.ffmuc.net/FFKA-Treffen“
            return Fact(link, "the online meeting's link told in the text", start + position)
        if (service := met_on_a_service(text)) is not None:
            # „… hast Du die nächste Chance uns ab 19 Uhr auf Jitsi zu treffen“
            return Fact(service, "the service its sentence meets on", start + position)
        if _TAKES_PLACE_ONLINE.search(text) is not None:
            return Fact("online", "held online, told in the text", start + position)
    for position, (text, _) in enumerate(window):
        if (visited := visited_place(text)) is not None:  # „besuchen wir den Erinnerungsort …“
            return Fact(visited, "place visited in the text", start + position)
    for position, (text, _) in enumerate(window):
        if (meeting := meeting_place(text)) is not None:  # „Treffpunkt ist um 13 Uhr am …“
            return Fact(meeting, "meeting point told in the text", start + position)
    for position, (text, _) in enumerate(window):
        if (meeting := meeting_place_after_words(text)) is not None:
            # „… treffen wir uns ab 18.30 mit unserem Plenum abweichend im COWO21 in der …“
            return Fact(meeting, "where the hosts meet, told in the text", start + position)
    return _room_in_the_days_lines(window, start)


_ROOM_LINES = 2  # the day's own line and the next: where the lead says it happens


def _room_in_the_days_lines(window: list[tuple[str, LexborNode | None]], start: int) -> Fact | None:
    """A room or house the day's sentence (or the line after it) names with its preposition,
    whatever the verb: „Am Donnerstag, 29.2.24, … erhalten wir Besuch von Svenja Schulze … .
    Aus Anlass des Europaprojekttages … wird sie mit unserer Jgst. Q1 in der Aula … diskutieren.“
    — a word for a place people meet in („Aula“, „Ratssaal“, „Bürgerhaus“), not any name."""
    for position, (text, _) in enumerate(window[:_ROOM_LINES]):
        for sentence in sentences(text):
            room = place_in_sentence(sentence)
            if room is not None and names_a_venue_word(room):
                # „… im Foyer des Schauspiel Leipzig (Bosestraße 1, 04109 Leipzig)“: the house's
                # address in brackets right after it is part of where
                after = sentence.partition(room)[2]
                if (address := _BRACKETED_ADDRESS.match(after)) is not None:
                    room = f"{room} ({address['address']})"
                return Fact(room, "room named in the day's lines", start + position)
    return None


# „ (Bosestraße 1, 04109 Leipzig)“: a bracket holding a postcode — an address, not a remark
_BRACKETED_ADDRESS = lazy_re.compile(r"\s*\((?P<address>[^()]{0,80}\b\d{5}\b[^()]{0,40})\)")
