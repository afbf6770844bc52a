"""The programme of an event's own page, written as a list whose items open with their clock.

A community's invitation gives the event's day in its prose („Am 13. April 2016 ist es wieder so
weit! … unsere Cryptoparty“, „Los geht es um 19:00 Uhr …“) and its talks as a Markdown list:
„- 19:00 Begrüßung: Wer ist dieser Crypto …? (Lukas Laufenberg - Computerwerk Darmstadt e.V.)“,
„- 20:00 Anonym Surfen mit TOR (Chaos Darmstadt e.V.)“. No item names a day, so only the event
was read. As with a programme table (``clock_table_programme``), a reader sees each item as a
point of the event on its day at its clock.

Read only on the page's one event of one day, for a list of two or more items that all open
with a bare clock, go on with a name and close with the speakers or hosts in brackets — talks,
each given by someone. A day's schedule without them („14:00 Uhr: Familiengottesdienst“,
„15:00 Uhr: Kaffee und Kuchen“ under a parish fête's „Programm“, hugo-st-marien-gemeindefest-2024;
„10.00 Uhr | Bibelarbeit - Die Einladung“, static-ostseebibelkonferenz-2017) holds parts of the
event, not points the corpus counts. The bracket is no part of the point's name; breaks, doors and
close stay out as in a table.

A day's panels name themselves in quotes before who sits on them — „<strong>13:00 Uhr: „(K)ein
Drama ohne Daten“</strong> mit Judith Brückmann (…), Dr. Melanie Gruß (…) und Sina Schmidt
(Deutscher Bühnenverein)“ (jekyll-rdf-dataweek-fachtag-hinterbuehne-2025-06): the quoted words
are the point's name, the panel's members after „mit“ are not.

A meetup's agenda says who gives its talks another way, after „von“: „Talk 1: <b>Die Top-10
Missverständnisse zwischen Dev und Ops</b> von Christian Rusa“, and gives a clock only to some
items: „18:30 Uhr: Kennenlernen bei Pizza und Getränken“, „19:00 Uhr: Einleitung & Magento News“,
then talks without one (jekyll-mage-meetup-austria-18-wien-2016-11); „17:30 Uhr: <b>Application
Observability mittels OpenTelemetry</b> von Konrad Androsch“ with its abstract in the same item
(…-41-wien-2025-04). A list with two or more talks given by persons so is the event's agenda: its
items with a clock are points, named by the item's first line without the speakers, except the
doors, breaks and the getting-together („Kennenlernen …“, „Networking“). The event without a
clock of its own begins at the agenda's first clock, as with a programme table.
"""

from __future__ import annotations

import re
from datetime import date

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.clock_table_programme import names_a_point
from netdir.extract.context import PageContext, set_field
from netdir.extract.inline_text import visible_text
from netdir.extract.talk_speakers import names_persons
from netdir.normalize.when import parse_when
from netdir.records import RawRecord

EXTRACTOR = "event_page"
_WHERE = "event_page:programme list item (the event's day)"
_CONFIDENCE = 0.55
# „19:00 Begrüßung: …“, „9.30 Uhr Einführung“: a clock, then the point's name
_CLOCK_ITEM = lazy_re.compile(
    r"^(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?:\s*uhr)?\s*[-–—:|]?\s+(?P<name>\S.*)$", re.I
)
# „(Lukas Laufenberg - Computerwerk Darmstadt e.V.)“ closing the item: who speaks or hosts
_CLOSING_BRACKET = lazy_re.compile(r"\s*\([^()]*\)\s*$")
# „… erwarten euch in Raum 123 (1. Stock):“: the lead's place before its colon
_LEAD_ROOM = lazy_re.compile(r"\b(?:in|im)\s+(?P<room>[^\s:][^:]{0,60}?)\s*:$")
_MIN_POINTS = 2
# „… von Christian Rusa“, „… von Ivan Dotsenko (in English)“, „… by Tsvetan Stoychev“: who gives
# the talk, after the talk's name (a bracket after the person, the talk's language, may follow)
_GIVEN_BY = lazy_re.compile(r"\s(?:von|by)\s+(?=[^\W\d])")
_TRAILING_BRACKET = lazy_re.compile(r"\s*\([^()]{1,40}\)\s*$")
# „Kennenlernen bei Pizza und Getränken“, „Networking“, „Gemütliches Plaudern“: the attendees
# meeting each other, before or after the talks — no point of the programme
_MINGLING = lazy_re.compile(
    r"^\W*(?:(?:gemütliches\s+)?(?:kennenlernen|plaudern|beisammensein)|get-?together|"
    r"networking|netzwerken)\b",
    re.I,
)
_MIN_TALKS = 2


def is_mingling(name: str) -> bool:
    """Whether a programme line's name is the attendees meeting each other („Networking“)."""
    return _MINGLING.match(name) is not None


def one_day_start(event: RawRecord, today: date) -> str | None:
    """The event's start („2016-04-13“, „2016-04-13T19:00“) when it is held on one day, else
    None: its programme's points or its local actions are set on that day."""
    if event.date_text is None:
        return None
    when = parse_when(event.date_text, today=today)
    if not when.start or (when.end and when.end[:10] != when.start[:10]):
        return None
    return when.start


def lists_on_the_one_day(
    tree: LexborHTMLParser, event: RawRecord, today: date
) -> tuple[str, list[tuple[LexborNode, list[LexborNode]]]] | None:
    """The event's start on its one day (``one_day_start``) and each of the page's lists with its
    items — what a programme's clock lists and a day's local actions are read from; None when
    the event runs over several days or the page has no body."""
    body = tree.body
    start = one_day_start(event, today)
    if body is None or start is None:
        return None
    return start, [
        (listed, [node for node in listed.iter() if node.tag == "li"])
        for listed in body.css("ul, ol")
    ]


def programme_list_points(
    tree: LexborHTMLParser, context: PageContext, event: RawRecord, today: date
) -> list[RawRecord]:
    """The points of the page's clock lists on the event's one day (see the module's doc)."""
    found = lists_on_the_one_day(tree, event, today)
    if found is None:
        return []
    start, lists = found
    day = start[:10]
    points: list[RawRecord] = []
    for listed, items in lists:
        matches = [_CLOCK_ITEM.match(visible_text(item).strip()) for item in items]
        if len(items) < _MIN_POINTS or not all(
            match is not None and _CLOSING_BRACKET.search(match["name"]) for match in matches
        ):
            if len(items) >= _MIN_TALKS and any(match is not None for match in matches):
                points.extend(_agenda_points(items, event, day, context, timed="T" in start))
            continue
        room = _room_of_the_lead(listed)
        for match in matches:
            name = _point_name(match["name"]) if match is not None else None
            if match is None or name is None:
                continue
            record = context.new_record(EXTRACTOR, name, confidence=_CONFIDENCE)
            record.field_sources["title"] = _WHERE
            set_field(record, "date_text", f"{day} {int(match['h']):02d}:{match['m']}", _WHERE)
            set_field(record, "url", context.base_url, "page")
            if room is not None:
                set_field(record, "location_text", room, f"{_WHERE}: the list's lead")
            points.append(record)
    return points if len(points) >= _MIN_POINTS or _of_an_agenda(points) else []


def _of_an_agenda(points: list[RawRecord]) -> bool:
    return bool(points) and all(point.field_sources.get("title") == _AGENDA for point in points)


_AGENDA = "event_page:agenda item with a clock (the event's day)"


def _agenda_points(
    items: list[LexborNode], event: RawRecord, day: str, context: PageContext, *, timed: bool
) -> list[RawRecord]:
    """The points of a meetup's agenda whose talks are given „von <person>“ (see the module's
    doc); none unless two or more items name a talk so."""
    lines = [_first_line(item) for item in items]
    if sum(1 for line in lines if _speakers_split(line) is not None) < _MIN_TALKS:
        return []
    points: list[RawRecord] = []
    first_clock: str | None = None
    for line in lines:
        match = _CLOCK_ITEM.match(line)
        if match is None:
            continue
        clock = f"{int(match['h']):02d}:{match['m']}"
        first_clock = first_clock or clock
        split = _speakers_split(match["name"])
        name = (split if split is not None else match["name"]).strip(" -–—:,")
        if not names_a_point(name) or _MINGLING.match(name):
            continue
        record = context.new_record(EXTRACTOR, name, confidence=_CONFIDENCE)
        record.field_sources["title"] = _AGENDA
        set_field(record, "date_text", f"{day} {clock}", _AGENDA)
        set_field(record, "url", context.base_url, "page")
        points.append(record)
    if points and first_clock is not None and not timed:
        # the meetup of a day without its hour begins when its agenda does („18:30 Uhr:
        # Einleitung und Magento News“), as under a programme table
        set_field(event, "date_text", f"{day} {first_clock}", f"{_AGENDA}: the first clock")
    return points


def _first_line(item: LexborNode) -> str:
    """The item's own line: its first paragraph when its abstract follows in more of them."""
    first = item.child
    while first is not None and first.is_text_node and not (first.text() or "").strip():
        first = first.next
    if first is not None and first.tag == "p":
        return visible_text(first).strip()
    return visible_text(item).strip()


def _speakers_split(line: str) -> str | None:
    """The talk's name when ``line`` ends in „von <person(s)>“ (a short bracket after them may
    follow), else None. The first „von“ whose tail names persons splits: „Hyvä Commerce von
    Andreas von Studnitz“."""
    text = _TRAILING_BRACKET.sub("", line)
    for given in _GIVEN_BY.finditer(text):
        name, tail = text[: given.start()].strip(), text[given.end() :].strip()
        if name and any(ch.isalpha() for ch in name) and names_persons(tail):
            return name
    return None


def _room_of_the_lead(listed: LexborNode) -> str | None:
    """„Eine Menge spannende Vorträge erwarten euch in Raum 123 (1. Stock):“ right before the
    list: where its points are held, the words after the lead's last „in“/„im“."""
    lead = listed.prev
    while lead is not None and lead.is_text_node:
        lead = lead.prev
    if lead is None or lead.tag != "p":
        return None
    match = _LEAD_ROOM.search(visible_text(lead).strip())
    return match["room"].strip() if match is not None else None


# „„(K)ein Drama ohne Daten“ mit Judith Brückmann (…), Dr. Melanie Gruß (…) und Sina Schmidt“:
# the panel's quoted name, then who sits on it
_QUOTED_THEN_WHO = lazy_re.compile(
    r"^[„\"“»‚'](?P<name>[^“”\"«‘’]{3,150})[“”\"«‘’]\s+(?:mit|von|with|by)\s+(?=[^\W\d])"
)


def _point_name(text: str) -> str | None:
    name = _CLOSING_BRACKET.sub("", text).strip(" -–—")
    if (quoted := _QUOTED_THEN_WHO.match(name)) is not None:
        name = quoted["name"].strip()
    return name if names_a_point(name) else None
