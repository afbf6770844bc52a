"""Date lines under one name: plain lines that each give a day of the offering named above them.

A small venue's page names an offering once — a heading, or a bold line in the text — and lists
its days below as plain lines or paragraphs, no list, no heading per day, no links::

    <h3>Puppentheater Kollin Kläff</h3> <p><b>Handpuppentheater mit und von Maya Raue</b></p> …
    <p><u>Am Sonntag, 15. Oktober 17 um 11 Uhr und um 15 Uhr</u></p>
    <p><u>Am Sonntag, 5. November 17 um 11 und um 15 Uhr</u></p> …

    <b>Ölmalerei</b> <p>Mit Farben experimentieren …</p>
    <b>Beginn:</b> Montag, 6.2.17, von 10-13 Uhr<br>Kursleitung: Margrit Werner<br>
    <b>Beginn:</b> Montag, 6.2.17, von 18.30-21.30 Uhr<br>…

No group of repeated blocks holds them, so the listing detector finds nothing, and the page fell
back to one event. A reader sees one offering per date line (per start, when a line names two
showings or two days), named by the nearest name above it:

- a date line (no heading) opens with its day (after „Beginn:“, „Termin:“, „Am“, a weekday, „den“) and says
  nothing more than the hours, the place („im KIKU, Kinderkulturhaus“) or a note after a
  semicolon, or further days and nothing else („February 4, 2026    February 18, 2026“, a
  schedule's line of two meetings); a line that names its own offering after the day is the
  listing's business, one that names it before a dash and the day is that offering
  („Reorganization/Regular – January 7, 2026“, extract/schedule_lines.py) or before a label
  („Kurs 2021, Start: 24. April 2020“, a follow-up course);
- a name is a heading or a wholly bold line, capitalised, that is no sentence, no label, no weekday heading
  („Montag / Donnerstag“) and holds no day or clock; consecutive headings are one name split
  over two lines, and a bold line right under a heading is its subtitle, not a new name;
- a line „Jeweils von 10 bis 17 Uhr“ — or one of nothing but hours, „von 11.00 – 14.00 Uhr“, or
  a course's weekly hours „freitags, 19:00 - 20:30 Uhr“ — under the same name gives the hours of
  its days that state none.
- a name that calls its days a schedule („Regular Meeting Schedule“) names them without that
  word („Regular Meeting“).

A club's events page of flat paragraphs writes each event's name right under its date line
instead, under one heading over them all („Previous Events“)::

    <h2>May 2023</h2> <p><span class="date">Friday, May 05 2023</span></p>
    <p><span class="event-title">Sparrow ID with Tim Poole</span>; Hosted by Westman Naturalists</p>
    <p>The Manitoba Breeding Bird Atlas …</p> <p><strong>Time</strong>: 7:00 PM<br>
    <strong>Location</strong>: Brodie Building Rm 3-47, Brandon University &amp; Online</p>

When (nearly) every date line has such a name line right below it — no heading, no date, a
capitalised line that is no sentence or label — each date line is named by the line below it,
its host's credit cut (``credit_endings.drop_host_credits``), and the „Time:“ and „Location:“
lines before the next date line give its clock and place (``_names_below``).

A society's lecture calendar writes a sentence about the speaker under each bare day line
instead („Tuesday, 15th November 2016.“ / „Professor … will be speaking on ‘The Origins of the
Universe’“): the talk that sentence names names the day (``speaker_sentences``), a line „20:00 at
Calvary Church Hall, Macclesfield.“ below gives its hour and place, and „All meetings start at
20:00“ above the first day gives the hour of every day line without one (``start_for_all``).

An archive of a group's own evenings names none of them: under a heading that only says dates
follow („Vergangene Events“, „Weitere Termine“) the site's name in the document title names each
day („Webmontag Köln × Vergangene Events“ → „Webmontag Köln“, ``lead_sentence.page_name``), and a
heading that is only a year („<h3>2016</h3>“ over pills „29. Februar“ … „05. Dezember“) is the year
of the date lines under it, no name (``_year_heading``).

Read only when the page gives nothing else (no list, no event): ``_MIN_LINES`` named date lines.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from netdir import lazy_re
from netdir.extract.block_text import names_a_day
from netdir.extract.bold_sections import Line, br_lines
from netdir.extract.context import PageContext, set_field
from netdir.extract.country_names import COUNTRY_NAMES
from netdir.extract.credit_endings import drop_host_credits
from netdir.extract.dash_tail_places import dash_tail, places_after_dashes
from netdir.extract.date_cues import DATE_LIKE, TIME_LIKE, WEEKDAY_WORD, iter_date_phrases
from netdir.extract.deadline_titles import names_a_guests_step
from netdir.extract.heading_item_name import item_name
from netdir.extract.lead_sentence import names_only_the_list, page_name
from netdir.extract.neighbour_years import give_year
from netdir.extract.news_list_rows import press_row_lines
from netdir.extract.place_lines import names_a_venue_or_address
from netdir.extract.place_prepositions import PLACE_PREPOSITION
from netdir.extract.schedule_lines import days_only, named_day, scheduled_name
from netdir.extract.speaker_sentences import talk_of_the_sentence
from netdir.extract.start_for_all import start_for_all
from netdir.extract.title_text import FIELD_LABEL
from netdir.extract.year_led_lines import year_led_day
from netdir.normalize.when import parse_when
from netdir.normalize.when_lists import occurrences
from netdir.records import RawRecord

EXTRACTOR = "listing"
TITLE_SOURCE = "listing:name above its date lines"
OWN_TITLE_SOURCE = "listing:name before its date line's dash"
_DASH_PLACE_SOURCE = "listing:place after its date line's dash"
DATE_SOURCE = "listing:date line under its name"
SITE_TITLE_SOURCE = "listing:page title (date lines under a list-of-dates heading)"
YEAR_SOURCE = " + year:heading above its date lines"
FOR_ALL_SOURCE = "time:the hour a sentence above states for all meetings"
_MIN_LINES = 3
_MAX_LINE = 100
_MAX_NAME = 100
_MAX_NAME_BELOW = 160  # a talk's title and its host's credit on the line under its day
# What may stand before the day: a label, „Am“, a weekday, „den“ („Sa, den 04.02.2017“).
_LEAD = lazy_re.compile(
    r"^(?:(?:beginn|kursbeginn|start|termine?|datum|wann)\s*:\s*)?(?:am\s+)?"
    r"(?:(?:mo|di|mi|do|fr|sa|so)[a-z]*\.?,?\s*)?(?:den\s+)?$",
    re.I,
)
# After the day: nothing, more hours or days, a note set off („; Uhrzeiten nach Absprache“), or
# where („im KIKU, Kinderkulturhaus“).
# („15. Oktober 17 um 11 Uhr“: a year of two digits, which the date phrase leaves out)
# („Tuesday, 15th November 2016.“: the day closed by a full stop is still a bare day.)
_PLAIN_REST = lazy_re.compile(r"^(?:\d{2}\b\s*)?(?:[,;/|–—-]|(?:um|ab|von|bis|und)\b|\.?$)", re.I)
_PLACE_REST = lazy_re.compile(rf"^,?\s*{PLACE_PREPOSITION}\s+(?P<place>[A-ZÄÖÜ][^;]{{1,80}})$")
# „Jeweils von 10 bis 17 Uhr“, „Jeweils um 11 und um 15 Uhr“: the hours of every day listed;
# so is a line of nothing but hours under the days („von 11.00 – 14.00 Uhr“, „19-22 Uhr“), or a
# course's weekly hours over its start („freitags, 19:00 - 20:30 Uhr“ — the weekday left out).
_EACH_DAY_HOURS = lazy_re.compile(
    r"^(?:jeweils\b.*\d\s*uhr"
    r"|(?:(?:mon|diens|mittwoch|donners|frei|sams|sonn)tags,?\s+)?"
    r"(?P<hours>(?:(?:von|ab|um)\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:uhr\s*)?(?:[-–]|bis)\s*"
    r"\d{1,2}(?:[.:]\d{2})?\s*uhr\.?)$)",
    re.I,
)
# „Kurs 2021, Start: 24. April 2020“: a course that names itself, a label, then its day.
_OWN_NAME_LABEL = lazy_re.compile(
    r"^(?P<name>[A-ZÄÖÜ][^\d,:;.!?]{1,40}?(?:\s+\d{1,4})?)\s*,\s*"
    r"(?:start|beginn|kursbeginn|termin|datum)\s*:\s*$",
    re.I,
)
# A name line ends in none of these (a sentence's or a label's end): only the line's last
# character counts, not sentence_ends' ends inside a text.
_SENTENCE_END = (".", ":", "!", "?")


class _Name:
    __slots__ = ("heading", "hours", "text")

    def __init__(self, text: str, heading: str | None) -> None:
        self.text = text
        self.heading = heading
        self.hours: str | None = None


# (name above, date line, the line's own name, the year heading above it, the place after its dash)
_Found = tuple[_Name, str, str | None, str | None, str | None]


def named_date_lines(tree: LexborHTMLParser, context: PageContext) -> list[RawRecord]:
    """One record per start of each date line under a name (see the module docstring); [] when
    the page has fewer than ``_MIN_LINES`` such lines."""
    body = tree.body
    if body is None:
        return []
    name: _Name | None = None
    just_named = False  # the line before named a heading's offering
    found: list[_Found] = []
    year: _YearHeading | None = None  # „<h3>2016</h3>“ over the date lines of that year
    lines = br_lines(body)
    if press := press_row_lines(body):
        # „12.05.2017“ / „… stellt Aktionsplan vor“ in a row classed as a press item: a release
        lines = [line for line in lines if line.text not in press]
    # „12 April 2022 - Kosciusko Chamber of Commerce“: where, after the day's dash
    dash_places = places_after_dashes(line.text for line in lines)
    at: list[int] = []  # the index of each found date line without a name of its own
    for_all: str | None = None  # „All meetings start at 20:00“ above the first date line
    for index, line in enumerate(lines):
        under, just_named = (name if just_named else None), False
        if not found and for_all is None:
            for_all = start_for_all(line.text)
        if (
            name is not None
            and (hours := _EACH_DAY_HOURS.match(line.text))
            and not DATE_LIKE.search(line.text)
        ):
            name.hours = name.hours or hours["hours"] or line.text
        elif not line.heading and (day := _date_line(line.text)) is not None:
            # („Anmeldung“ / „27.11.2024“ in a „FRISTEN“ card: the day to sign up by, no showing
            # of the offering named above)
            if name is not None and not (
                index and names_a_guests_step(lines[index - 1].text, line.text)
            ):
                in_year = year.year if year is not None else None
                found.append((name, day, None, in_year, _place(line.text, dash_places)))
                at.append(index)
        elif not line.heading and name is not None and (own := _own_named_day(line.text)):
            # „Reorganization/Regular – January 7, 2026“
            in_year = year.year if year is not None else None
            found.append((name, own[1], own[0], in_year, _place(line.text, dash_places)))
        elif (stated := _year_heading(line)) is not None:
            year = stated  # the name above still names the days; only their year changes
        elif _names(line):
            if year is not None and line.heading and line.heading < year.tag:
                year = None  # a heading above the year's ranks opens another part of the page
            if under is not None and line.heading == under.heading:
                # one name over two heading lines — but a number heading („<h2>Kurs 2012</h2>
                # <h2>Fortgeschrittene Gruppe 1</h2>“) only counts the name below, which names it
                joined = not _NUMBERED.match(under.text)
                under.text = f"{under.text} {line.text}" if joined else line.text
                just_named = True
            elif under is None or line.heading:
                name = _Name(line.text, line.heading)
                just_named = line.heading is not None
            # else: a bold line right under the heading is its subtitle
    if len(found) < _MIN_LINES:
        return []
    if len(at) != len(found):
        found = _once_each(found)  # (no names below are read then: ``at`` need not align)
    below = _names_below(lines, at) if len(at) == len(found) else None
    title = tree.css_first("head title")
    site = page_name(title.text(strip=True) if title is not None else None)
    records: list[RawRecord] = []
    for number, (owner, text, own_name, in_year, dash_place) in enumerate(found):
        if below is not None and (named := below[number]) is not None:
            read = _records(owner, named.day(text), context, named.name)
            for record in read:
                if named.place:
                    set_field(record, "location_text", named.place, _LABEL_SOURCE)
            drop_host_credits(read)
        else:
            read = _records(owner, text, context, own_name, site)
        if in_year is not None:
            for record in read:
                give_year(record, in_year, YEAR_SOURCE)
        if dash_place is not None:
            for record in read:
                if record.location_text is None:
                    set_field(record, "location_text", dash_place, _DASH_PLACE_SOURCE)
        records.extend(read)
    if for_all is not None:
        for record in records:
            if record.date_text and not TIME_LIKE.search(record.date_text):
                record.date_text = f"{record.date_text}, {for_all}"
                record.field_sources["date_text"] = f"{DATE_SOURCE} + {FOR_ALL_SOURCE}"
    return records if len(records) >= _MIN_LINES else []


def _place(text: str, places: frozenset[str]) -> str | None:
    """The place after the line's last dash, when the list's lines name it as a place."""
    tail = dash_tail(text)
    return tail if tail is not None and tail in places else None


def _once_each(found: list[_Found]) -> list[_Found]:
    """The found lines without a repeat of one own name on one day under one name and year:
    „2016 Annual Residents Meeting Minutes - March 29“ and „… Agenda - March 29“ are the papers
    of one meeting (the same „29. Februar“ under two year headings is two evenings)."""
    seen: set[tuple[int, str, str | None, str | None]] = set()
    once: list[_Found] = []
    for entry in found:
        owner, text, own_name, in_year, _ = entry
        key = (id(owner), text, own_name, in_year)
        if own_name is None or key not in seen:
            seen.add(key)
            once.append(entry)
    return once


class _Below:
    """The name line right under a date line, and the clock and place its labels give."""

    __slots__ = ("clock", "name", "place")

    def __init__(self, name: str) -> None:
        self.name = name
        self.clock: str | None = None
        self.place: str | None = None

    def day(self, date_line: str) -> str:
        """The date line with the labelled clock, when the line states none of its own."""
        if self.clock and not TIME_LIKE.search(date_line):
            return f"{date_line}, {self.clock}"
        return date_line


_LABEL_SOURCE = "listing:label line under its date line"
_MIN_NAMED_BELOW = 0.8  # of the date lines that have a name line right below them
# „Time: 7:00 PM“, „Location: Brodie Building Rm 3-47, Brandon University & Online“
_TIME_LABEL = lazy_re.compile(r"^(?:time|times|uhrzeit|zeit)\s*:\s*(?P<value>.+)$", re.I)
_PLACE_LABEL = lazy_re.compile(r"^(?:location|place|venue|where|ort)\s*:\s*(?P<value>.+)$", re.I)
# „Kursleitung: Margrit Werner“, „Leitung: …“: one word and a colon label a field; a name may
# hold a colon after several words („Species at Risk Spotlight: Red-headed Woodpeckers“)
_ONE_WORD_LABEL = lazy_re.compile(r"^[^\s:]{1,30}\s*:\s")
# „20:00 at Calvary Church Hall, Macclesfield. (details)“: a line of the hour and the place.
_CLOCK_AT_PLACE = lazy_re.compile(
    r"^(?P<clock>\d{1,2}[:.][0-5]\d(?:\s*[ap]\.?m\.?)?)\s+at\s+(?P<place>[A-Z][^.;()]{2,100})"
)
# „… & Online“, „… and online via Zoom“: the room is the place; joining online is no place
_ONLINE_TOO = lazy_re.compile(r"\s*(?:&|and|\+|/|or)\s+online\b.*$", re.I)


def _names_below(lines: list[Line], at: list[int]) -> list[_Below | None] | None:
    """For each date line (its index ``at``) the name line right below it with its labels,
    when nearly all date lines have one; None when they do not."""
    starts = set(at)
    below: list[_Below | None] = []
    for index in at:
        after = lines[index + 1] if index + 1 < len(lines) else None
        name_at = index + 1
        if _caseless_over_a_name(lines, index + 1, starts):
            # „波士顿东方之声合唱团…音乐朗诵会“ / „Chinese Poetry and Music Festival at Tufts
            # University“: on a bilingual page the line in the page's script names it
            after, name_at = lines[index + 2], index + 2
        if (named_above := _where_under_a_name_above(lines, index, starts)) is not None:
            below.append(named_above)  # „<b>2012 World Choral Festival …</b>“ / „Dec 3 - 5, 2012“
            continue
        talk = None if after is None or after.heading else talk_of_the_sentence(after.text)
        if after is None or index + 1 in starts or not (talk or _name_line(after)):
            below.append(None)
            continue
        own = _Below(talk or after.text)
        for line in lines[name_at + 1 :]:
            if line.heading or _date_line(line.text) is not None:
                break  # the next date line or section: the item ends
            if own.clock is None and (clock := _TIME_LABEL.match(line.text)):
                own.clock = clock["value"] if TIME_LIKE.search(clock["value"]) else None
            elif own.place is None and (where := _PLACE_LABEL.match(line.text)):
                own.place = _ONLINE_TOO.sub("", where["value"]).strip(" ,") or None
            elif own.clock is None and (both := _CLOCK_AT_PLACE.match(line.text)):
                # „20:00 at Calvary Church Hall, Macclesfield. (details)“ under the talk
                own.clock, own.place = both["clock"], both["place"].strip(" ,")
        following = lines[name_at + 1] if name_at + 1 < len(lines) else None
        if own.place is None and following is not None and not following.heading:
            # „Budapest Music Festival“ / (a photo) / „Budapest, Hungary“: the line under the
            # name says where, when it is a venue, an address or a town and its country
            own.place = following.text if _a_place_line(following.text) else None
        below.append(own)
    named = sum(own is not None for own in below)
    return below if named >= _MIN_NAMED_BELOW * len(at) else None


def _caseless_over_a_name(lines: list[Line], at: int, starts: set[int]) -> bool:
    """Whether the line at ``at`` is written in a script without capitals (a Chinese line) and
    the line under it, no date line, is a name in capitals: the page's own language names it."""
    if at + 1 >= len(lines) or at in starts or at + 1 in starts:
        return False
    line, under = lines[at], lines[at + 1]
    return (
        not line.heading
        and _CASED.search(line.text) is None
        and _CASED.search(under.text) is not None
        and _name_line(under)
        and not _a_place_line(under.text)  # („2015 波士顿千人黄河大合唱“ over its arena: the name)
    )


def _where_under_a_name_above(lines: list[Line], index: int, starts: set[int]) -> _Below | None:
    """The bold name line right above the date line at ``index``, placed by the line right
    below it when that line says where („The Golden Hall of Musikverein, Musikvereinsplatz 1,
    1010 Vienna, Austria“) — a name, not a place, is what the line under a day should give."""
    if index < 1 or index - 1 in starts or index + 1 >= len(lines) or index + 1 in starts:
        return None
    above, under = lines[index - 1], lines[index + 1]
    if not above.bold or above.heading or not _name_line(above) or under.heading:
        return None
    if not _a_place_line(under.text) or _a_place_line(above.text):
        return None
    own = _Below(above.text)
    own.place = under.text
    return own


# A letter with a case: Latin, Greek, Cyrillic — a line without any is in another script.
_CASED = lazy_re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]")
_MAX_PLACE_WORDS = 14
# „Budapest, Hungary“, „Saint John, New Brunswick, Canada“, „Boston, MA“: comma parts closing
# with a country or a two-letter state.
_TOWN_AND_COUNTRY = lazy_re.compile(
    rf"^[^,.!?:;]{{2,60}}(?:,\s+[^,.!?:;]{{2,40}}){{0,3}},\s+(?:{COUNTRY_NAMES}|[A-Z]{{2}})$"
)


def _a_place_line(text: str) -> bool:
    """A line of its own that says where: a venue, an address, or a town and its country."""
    if len(text.split()) > _MAX_PLACE_WORDS or text.endswith(_SENTENCE_END):
        return False
    return _TOWN_AND_COUNTRY.match(text) is not None or names_a_venue_or_address(text)


def _name_line(line: Line) -> bool:
    """A line that can name the date line above it: no heading, capitalised, short, no sentence
    or label, no day or clock."""
    text = line.text
    if line.heading or len(text) > _MAX_NAME_BELOW or text.endswith(_SENTENCE_END):
        return False
    if not (text[:1].isupper() or text[:1].isdigit()) or FIELD_LABEL.match(text.lower()):
        return False
    if _ONE_WORD_LABEL.match(text):
        return False  # „Kursleitung: Margrit Werner“ under a course's day: who leads it
    return not (DATE_LIKE.search(text) or TIME_LIKE.search(text))


# „Kurs 2012“, „Gruppe 3“, „Nr. 7“: one word and a number, a course's or group's number.
class _YearHeading:
    """A heading that is only a year, and its tag („h3“): the year of the date lines under it."""

    __slots__ = ("tag", "year")

    def __init__(self, year: str, tag: str) -> None:
        self.year = year
        self.tag = tag


# „<h3>2016</h3>“: a year of this or the last century and nothing else.
_YEAR_ONLY = lazy_re.compile(r"(?:19|20)\d{2}")


def _year_heading(line: Line) -> _YearHeading | None:
    """The year a heading line states when it is nothing but that year; None otherwise."""
    text = line.text.strip()
    if line.heading is None or not _YEAR_ONLY.fullmatch(text):
        return None
    return _YearHeading(text, line.heading)


_NUMBERED = lazy_re.compile(r"^[^\W\d_]+\.?\s+\d{1,4}$")


def _date_line(text: str) -> str | None:
    """The line when it opens with its day and says no more than hours, days, a place or a note."""
    if len(text) > _MAX_LINE:
        return None
    phrase = next(iter_date_phrases(text), None)
    if phrase is None or _LEAD.match(text[: phrase.start()]) is None:
        return None
    if not names_a_day(phrase.group(0)):
        # „March 2022 - Kosciusko Chamber of Commerce“ among „12 April 2022 - …“: a meeting
        # the page knows only by its month gives no day to go on.
        return None
    rest = text[phrase.end() :].strip()
    if _name_after_the_clock(text) is not None:
        return None  # „2. Juni, 11:00, Ökumenischer Familiengottesdienst“: its own name
    if (
        _PLAIN_REST.match(rest) is None
        and _PLACE_REST.match(rest) is None
        and days_only(text) is None  # „February 4, 2026  February 18, 2026“: two days
    ):
        return None  # „12.03. Vortrag über …“: the line names its own offering
    return text


def _own_named_day(text: str) -> tuple[str, str] | None:
    """(name, day) of a line that names its own offering before the day: after a dash
    („Reorganization/Regular – January 7, 2026“) or before a label („Kurs 2021, Start: 24. April
    2020“, a follow-up course), or after its year and name („2018 Annual Residents Meeting Agenda
    - April 10 - First Christian Church“)."""
    if own := named_day(text):
        return own
    if own := year_led_day(text):
        return own
    if own := _name_after_the_clock(text):
        return own
    if len(text) > _MAX_LINE or (phrase := next(iter_date_phrases(text), None)) is None:
        return None
    lead = _OWN_NAME_LABEL.match(text[: phrase.start()])
    if lead is None or _PLAIN_REST.match(text[phrase.end() :].strip()) is None:
        return None
    return lead["name"].strip(), text[phrase.start() :].strip()


# „, Ökumenischer Familiengottesdienst“: after the day's clock, a comma and a name of two or more
# words — no digits, no label, no brackets.
_COMMA_NAME = lazy_re.compile(r"^\s*,\s*(?P<name>[A-ZÄÖÜ][^\d:;()]{3,80}?)[\s.]*$")
_MIN_NAME_WORDS = 2
# „…, 20 Uhr, Eintritt frei“, „…, 19 Uhr, Treffpunkt Parkplatz“: a note on the day of the
# offering named above, not a name of its own.
_NOTE_AFTER_THE_CLOCK = lazy_re.compile(
    r"^(?:eintritt|einlass|anmeldung|kosten|preis|treffpunkt|beginn|ende|dauer|leitung|"
    r"ausverkauft|ausgebucht|abgesagt|entfällt|verschoben|restkarten|karten|tickets?)\b",
    re.I,
)


def _name_after_the_clock(text: str) -> tuple[str, str] | None:
    """(name, day) of a line that gives its day and clock, then after a comma the name of what
    happens then („2. Juni, 11:00, Ökumenischer Familiengottesdienst“ under „Aktuelles“): each
    line names its own offering. Not a venue or an address after the comma („…, 19 Uhr,
    Gemeindehaus“: where the offering named above takes place), nor a place after a
    preposition, nor one word (a note: „…, 19 Uhr, Anfänger“)."""
    if len(text) > _MAX_LINE or (phrase := next(iter_date_phrases(text), None)) is None:
        return None
    if _LEAD.match(text[: phrase.start()]) is None or not TIME_LIKE.search(phrase.group(0)):
        return None
    match = _COMMA_NAME.match(text[phrase.end() :])
    if match is None:
        return None
    name = match["name"].strip()
    if (
        len(name.split()) < _MIN_NAME_WORDS
        or _NOTE_AFTER_THE_CLOCK.match(name)
        or names_a_venue_or_address(name)
        or re.match(rf"{PLACE_PREPOSITION}\s", name, re.I)
    ):
        return None
    return name, text[: phrase.end()].strip()


def _names(line: Line) -> bool:
    text = line.text
    if not (line.heading or line.bold) or len(text) > _MAX_NAME or text.endswith(_SENTENCE_END):
        return False
    if not text[:1].isupper() and not text[:1].isdigit():
        return False  # „***“, „sondern am letzten Samstag …“: no name
    if DATE_LIKE.search(text) or TIME_LIKE.search(text):
        return False
    words = [word for word in re.split(r"[\s/&,+]+|\bund\b", text) if word]
    return not all(WEEKDAY_WORD.match(word) for word in words)  # „Montag / Donnerstag“


def _records(
    name: _Name,
    line: str,
    context: PageContext,
    own_name: str | None = None,
    site: str | None = None,
) -> list[RawRecord]:
    phrase = next(iter_date_phrases(line))
    place = _PLACE_REST.match(line[phrase.end() :].strip())
    records: list[RawRecord] = []
    for day in occurrences(line) or days_only(line) or [line]:
        date_text = day
        if name.hours and not TIME_LIKE.search(day):
            date_text = f"{day}, {name.hours}"
        if parse_when(date_text, today=context.fetched_at.date()).start is None:
            continue
        title = own_name or item_name(scheduled_name(name.text))
        source = OWN_TITLE_SOURCE if own_name else TITLE_SOURCE
        if not own_name and site and names_only_the_list(name.text):
            title, source = site, SITE_TITLE_SOURCE  # „Vergangene Events“ names no evening
        record = context.new_record(EXTRACTOR, title, confidence=0.5)
        record.field_sources["title"] = source
        set_field(record, "date_text", date_text, DATE_SOURCE)
        if place is not None:
            set_field(record, "location_text", place["place"].strip(" ,"), DATE_SOURCE)
        records.append(record)
    return records
