"""The next meeting a labelled line announces beside a list of past ones.

A board's page heads its archive with the meeting still to come, on a line of its own::

    <h1>ODIDA Board Meetings</h1> …
    <p><strong>Next Meeting:</strong> September 29th</p>
    <ul><li><strong>August 25, 2026</strong> – ODIDA Communications Updates | <a>View Agenda</a></li> …

The list is read as the listing; the line stands outside it, and a reader sees the coming meeting
first. A line is such an announcement when it is short, opens with the label „Next Meeting:“
(„Next Session:“, „Nächste Sitzung:“, „Nächstes Treffen:“, „Nächster Termin:“ …) and the rest
names a day. The meeting is named by the page's main heading, one of its plural meeting words
made singular („ODIDA Board Meetings“ → „ODIDA Board Meeting“, ``heading_item_name``); a page
without a main heading names nothing, and so gives no record. A day a record beside it holds
already is not added again. The page's labelled details say where and at what hour its meetings
are („When: Last Tuesday of each month at 5:30 PM“, „Where: RDG Planning & Design, …“): the
announced day takes that place, and that clock when the „When:“ line names no day of its own.

A sentence may announce it instead: „The next Board of Directors meeting is Thursday, September 17
at 5 p.m., and will be held at the Omaha-Douglas Civic Center, …“. Its day is the meeting's, the
clock after the day its start, the place after „held at“ its place; the meeting is named by the
sentence's own words („Board of Directors meeting“). When a record beside it holds that day (the
schedule below lists it), that record takes the sentence's place when it names none.

A reading series' site shows a badge in its header, „Nächste Lesung am:<br />8.10.2020“ („Nächste
Lesebühne: 8.6.23“), over its pages of past evenings: the badge's label names the kind of evening
to come and is its only name — the page's heading („Lesende“, „Galerie“) names the archive.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from netdir import lazy_re
from netdir.extract.block_text import names_a_day, node_text
from netdir.extract.context import PageContext, set_field
from netdir.extract.date_cues import DATE_PHRASE, TIME_LIKE
from netdir.extract.event_page_labels import facts_by_label, labelled_place, page_lines
from netdir.extract.heading_item_name import item_name
from netdir.extract.start_days import day_of_record
from netdir.extract.title_text import is_junk_title
from netdir.normalize.when import parse_when
from netdir.records import RawRecord

EXTRACTOR = "listing"
TITLE_SOURCE = "listing:h1 of the page (next meeting line)"
DATE_SOURCE = "listing:next meeting line"
_MAX_LINE = 80  # a label and a day, maybe its hour: not a paragraph
_NEXT = lazy_re.compile(
    r"^\s*(?:(?:the\s+)?next\s+(?:\w+\s+)?(?:meeting|session|gathering|meetup|hearing)"
    r"|nächste[rs]?\s+(?:\w+\s+)?(?:sitzung|treffen|termin|versammlung|stammtisch))"
    r"\s*:\s*(?P<day>.+?)\s*$",
    re.I,
)
# „Nächste Lesung am:<br />8.10.2020“, „Nächste Lesebühne: 8.6.23“, „Nächstes Konzert: …“: a
# badge naming the kind of event to come, in the site's header beside its archive of past ones.
# The label is its only name („Nächste Lesung“): the page's heading („Lesende“, „Galerie“) names
# the archive, not the evening.
_NEXT_KIND = lazy_re.compile(
    r"^\s*(?P<label>nächste[rs]?\s+(?:lesung|lesebühne|vorstellung|aufführung|konzert"
    r"|veranstaltung|führung|ausstellung|vernissage|premiere|probe|ausgabe))"
    r"(?:\s+am)?\s*:\s*(?P<day>.+?)\s*$",
    re.I,
)
_MAX_SENTENCE = 300
# „The next Board of Directors meeting is Thursday, September 17 at 5 p.m., and …“: the name
# stands before „is“ and the day after it. (``announced_name._NEXT_ONE_IS`` reads „The next
# Section Meeting is our Fall 2018 Meeting on …“ the other way round: a name of its own after „is
# our“, the day left to the post's date reader — one pattern cannot say which words are the
# meeting's name in both.)
_NEXT_SENTENCE = lazy_re.compile(
    r"^\s*the\s+next\s+(?P<name>(?:[\w&'-]+\s+){0,5}?(?:meeting|session|hearing))\s+"
    r"(?:is|will\s+be)\s+(?:(?:held\s+)?on\s+)?(?P<rest>.+)$",
    re.I,
)
# „… and will be held at the Omaha-Douglas Civic Center, 2nd Floor …, 1819 Farnam St., Omaha Neb.“
_HELD_AT = lazy_re.compile(
    r"\bheld\s+(?:at|in)\s+(?:the\s+)?(?P<place>[A-Z][^;!?]{2,160}?)\s*(?:\.\s|\.?$)"
)
SENTENCE_SOURCE = "listing:next meeting sentence"


def next_meeting_records(
    tree: LexborHTMLParser, context: PageContext, beside: list[RawRecord]
) -> list[RawRecord]:
    """The meeting each „Next Meeting: <day>“ line or „The next … meeting is <day>“ sentence of
    the page announces (see the module docstring) that no record ``beside`` it holds on that
    day; [] when there is none."""
    body = tree.body
    if body is None:
        return []
    heading = body.css_first("h1")
    name = node_text(heading) if heading is not None else None
    name = None if name is None or is_junk_title(name) else item_name(name)
    held = {day for record in beside if (day := day_of_record(record, context.fetched_at.date()))}
    records: list[RawRecord] = []
    for node in body.css("p, li, div, dd"):
        text = node_text(node)
        if text and len(text) <= _MAX_SENTENCE and (told := _NEXT_SENTENCE.match(text)):
            records.extend(_announced(told, beside, held, context))
        elif name and text and len(text) <= _MAX_LINE and (line := _NEXT.match(text)):
            records.extend(_labelled(tree, line["day"], name, held, context))
        elif text and len(text) <= _MAX_LINE and (badge := _NEXT_KIND.match(text)):
            records.extend(_labelled(tree, badge["day"], badge["label"], held, context))
    return records


def _labelled(
    tree: LexborHTMLParser, day: str, name: str, held: set[str], context: PageContext
) -> list[RawRecord]:
    """The meeting a „Next Meeting: <day>“ line announces, named ``name``, at the page's
    labelled clock and place; [] when the line names no day or a record holds it."""
    start = parse_when(day, today=context.fetched_at.date()).start if names_a_day(day) else None
    if start is None or start[:10] in held:
        return []
    held.add(start[:10])
    record = context.new_record(EXTRACTOR, name, confidence=0.5)
    record.field_sources["title"] = TITLE_SOURCE
    clock = _standing_clock(tree) if TIME_LIKE.search(day) is None else None
    when = f"{day}, {clock[0]}" if clock else day
    set_field(record, "date_text", when, f"{DATE_SOURCE} + {clock[1]}" if clock else DATE_SOURCE)
    if (place := labelled_place(tree)) is not None:
        set_field(record, "location_text", place[0], place[1])
    return [record]


def _standing_clock(tree: LexborHTMLParser) -> tuple[str, str] | None:
    """The clock of the page's labelled „When:“ line when that line names no day („Last
    Tuesday of each month at 5:30 PM“: the hour every meeting starts), and where it stands."""
    lines = page_lines(tree)
    when = facts_by_label(lines).get("date") if lines is not None else None
    if when is None or names_a_day(when.value):
        return None
    clock = TIME_LIKE.search(when.value)
    return (clock.group(0), f"clock of {when.where}") if clock is not None else None


def _announced(
    told: re.Match[str], beside: list[RawRecord], held: set[str], context: PageContext
) -> list[RawRecord]:
    """The meeting a „The next … meeting is <day> …“ sentence announces: a new record, or the
    clock and place it adds to the record ``beside`` that holds its day."""
    rest = told["rest"]
    day = DATE_PHRASE.search(rest)
    if day is None or not names_a_day(day.group(0)):
        return []
    when = day.group(0)
    if TIME_LIKE.search(when) is None and (clock := TIME_LIKE.match(rest, day.end())) is not None:
        when = f"{when} {clock.group(0)}"
    start = parse_when(when, today=context.fetched_at.date()).start
    if start is None:
        return []
    place = _HELD_AT.search(rest, day.end())
    today = context.fetched_at.date()
    listed = [r for r in beside if day_of_record(r, today) == start[:10]]
    if listed:
        for record in listed:
            if place is not None and not record.location_text:
                set_field(record, "location_text", place["place"], SENTENCE_SOURCE)
        _named_in_full(listed[0].title, told["name"], beside)
        return []
    if start[:10] in held:
        return []
    held.add(start[:10])
    record = context.new_record(EXTRACTOR, told["name"], confidence=0.5)
    record.field_sources["title"] = SENTENCE_SOURCE
    set_field(record, "date_text", when, SENTENCE_SOURCE)
    if place is not None:
        set_field(record, "location_text", place["place"], SENTENCE_SOURCE)
    return [record]


FULL_NAME_SOURCE = "listing:next meeting sentence (the series' full name)"


def _named_in_full(title: str | None, name: str, beside: list[RawRecord]) -> None:
    """„<h3>2026 Board Meetings Schedule</h3>“ names each listed day a „Board Meeting“; the
    sentence above says „The next Board of Directors meeting is Thursday, September 17 …“ — the
    same words and more, in their order: the series' full name, for every day of the series."""
    if not title or not _says_more_of(name, title):
        return
    for record in beside:
        if record.title == title:
            record.title = name
            record.field_sources["title"] = FULL_NAME_SOURCE


def _says_more_of(name: str, title: str) -> bool:
    """Whether ``name`` holds every word of ``title`` in order, and more words."""
    words = iter(w.casefold() for w in _WORD.findall(name))
    wanted = [w.casefold() for w in _WORD.findall(title)]
    return len(_WORD.findall(name)) > len(wanted) > 1 and all(w in words for w in wanted)


_WORD = lazy_re.compile(r"[\w'&-]+")
