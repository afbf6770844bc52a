"""A listing block's date text: dated elements and lines, news stamps, weekday lines and rules,
clocks in their own elements or cells, days held in attributes or link labels."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import pairwise

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.archive_years import run_to_the_last_day, stated_by_its_year_column
from netdir.extract.attribute_days import day_in_attributes
from netdir.extract.block_places import DATE_PLACE_SEPARATOR
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import (
    HEADING_TAGS,
    css_matches,
    date_like,
    first_class,
    names_a_day,
    node_text,
    text_chunks,
    text_lines,
)
from netdir.extract.bold_name_rows import bold_name_before_the_day
from netdir.extract.bracketed_lengths import with_bracketed_length
from netdir.extract.calendar_days import day_and_month, days_and_months
from netdir.extract.collection_post_days import dated_by_its_collection
from netdir.extract.context import clean_text
from netdir.extract.contradicted_stamps import contradicted
from netdir.extract.date_block_parts import month_part_of_a_date_block
from netdir.extract.date_cues import (
    DATE_LIKE,
    DATE_PHRASE,
    TIME_LIKE,
    WEEKDAY_WORD,
    only_a_moved_day,
    registration_deadline,
    role_of_dates,
    search_date_like,
    search_date_phrase,
    without_publication_notes,
)
from netdir.extract.date_remarks import is_dashed_remark
from netdir.extract.doors_then_start import start_after_the_doors
from netdir.extract.dotted_line_clocks import clock_piece
from netdir.extract.fuller_day_beside import fuller_day_beside
from netdir.extract.hours_then_place import hours_then_place
from netdir.extract.introduced_clocks import performance_clock
from netdir.extract.labelled_start_lines import start_and_end
from netdir.extract.long_prose_dates import announced_day
from netdir.extract.machine_stamps import well_formed_stamp
from netdir.extract.mid_title_days import day_before_the_place
from netdir.extract.name_then_day import names_then_its_day
from netdir.extract.numbered_day_lines import day_of_a_numbered_day_line
from netdir.extract.pictograph_facts import clock_fact, hours_and_place
from netdir.extract.pill_clocks import clock_beside_a_pill
from netdir.extract.place_lines import names_a_place
from netdir.extract.prose_times import prose_time
from netdir.extract.readable_stamps import readable_stamp
from netdir.extract.relative_days import is_relative_day
from netdir.extract.restated_days import heading_restates_the_day
from netdir.extract.run_around_the_day import run_holding_the_day, run_opened_by_the_day
from netdir.extract.run_daily_hours import daily_hours_of_the_run
from netdir.extract.run_end_lines import dates_only_an_end
from netdir.extract.snippet_days import day_the_snippet_opens_with
from netdir.extract.spelled_out_days import spelled_out_days
from netdir.extract.split_clocks import split_clock
from netdir.extract.stamp_years import year_from_the_stamp
from netdir.extract.sub_item_days import in_a_nested_item
from netdir.extract.time_elements import midnight_beside_its_clock, with_its_hours
from netdir.extract.title_text import (
    LABELLED,
    is_junk_title,
    title_in_text,
    without_when_parts,
)
from netdir.extract.weekday_hour_lines import hours_of_the_weekday_line
from netdir.normalize.when import DEADLINE
from netdir.normalize.when_lists import day_list
from netdir.normalize.when_run_lists import run_list
from netdir.normalize.when_words import WEEKDAYS, alternation

_DATE_CLASS = lazy_re.compile(r"date|datum|termin|zeit|when|wann|time", re.I)
# „termin_container“, „date-wrapper“: a class that holds a date word but names a container.
_CONTAINER_CLASS = lazy_re.compile(r"container|wrapper|holder", re.I)
_MAX_TIME_CHARS = 30
# „Täglich 10:00–13:00 &amp; 14:00–17:00“ in a course's element classed „…__zeiten“: the hours of
# each of its days, morning and afternoon — longer than one time, still only hours.
_DAILY = lazy_re.compile(r"^(?:täglich|jeweils|daily|each\s+day)\b", re.I)
_MAX_DAILY_CHARS = 45
# An element classed or worded as the doors' time ("doors-cal", "(Doors: 7:00 PM)", "Einlass"):
# when the doors open, not when the show starts.
#: Provenance of a place a heading title names after its day („… am 10.12.2022 ab 15:00 Uhr
#: an der Christophoruskirche“).
MID_TITLE_PLACE = "listing:the place its title names after its day"
_DOORS_MENTIONED = lazy_re.compile(r"door|einlass|gates|admission", re.I)
# „Einlass: 19:00 Uhr“ above „Beginn: 20:00 Uhr“: a line that opens with the doors' time.
_DOORS_LINE = lazy_re.compile(r"^(?:einlass|saalöffnung|doors?(?:\s+open)?)\b", re.I)
# "Typ: Termin , Datum: 09.12.2026" (GSB meta lines): the date is what follows the label.
_DATE_LABEL = lazy_re.compile(r"^(?:.*?\b)?(?:Termin|Datum|Wann|Zeit)\s*[:：]\s*", re.I)
_NEWS_DATE = lazy_re.compile(r"^\[(\d{1,2})\.(\d{1,2})\.(\d{4})\]\s*")
_LEADING_DATE_CHARS = 30


def date_out_of_title(reading: BlockReading) -> None:
    """ "6. Oktober 2026 09:30 Uhr - Sozialausschuss": the link text opens with the date. The
    title keeps what the line names; the date text takes the phrase if it says more."""
    assert reading.title is not None and reading.date_text is not None
    if (cut := day_before_the_place(reading.title)) is not None:
        # „Sitzung des Ortsrates … am 16.01.2023 um 19:30 Uhr in der Christophoruskirche“: the
        # day between the name and its place is the date, the name keeps its place — which is
        # where it takes place, when nothing else said.
        reading.title = cut[0]
        if reading.location_text is None:
            reading.location_text = cut[1]
            reading.sources["location_text"] = MID_TITLE_PLACE
        return
    match = search_date_phrase(reading.title)
    if match is None or (match.start() > 0 and match.end() < len(reading.title)):
        return  # a date inside the title ("Forum 12.3. Nachlese") belongs to its name
    title = title_in_text(reading.title)
    if title is None:
        return
    phrase = match.group(0)
    if not names_a_day(phrase) and phrase not in reading.date_text:
        return  # "DevconTLV January 2014" beside "Jan 29, 2014": the month names the edition
    if TIME_LIKE.search(phrase) and not TIME_LIKE.search(reading.date_text):
        reading.date_text = phrase
        reading.sources["date_text"] = reading.sources.get("title", "listing:")
    reading.title = title


_META_SEPARATOR = lazy_re.compile(r"\s[·|•]\s")
_DOORS = lazy_re.compile(r"\b(?:doors?|einlass)\b", re.I)
_MAX_META_LINE = 120


def _same_day_with_time(segment: list[LexborNode], reading: BlockReading) -> None:
    """A card's badge „22 AUG“ and its meta line „Samstag, 22. August 2026 · 14.00–19.30 Uhr ·
    propfaeffikersee.ch“: the line that names the badge's day again, with its hours, dates the
    card (its date and time parts; a line naming a second day is a season, not that day)."""
    assert reading.date_text is not None
    day = day_and_month(reading.date_text)
    if day is None:
        return
    for line in text_chunks(segment):
        if len(line) > _MAX_META_LINE or len(DATE_LIKE.findall(line)) != 1:
            continue
        if not TIME_LIKE.search(line) or day_and_month(line) != day or _DOORS.search(line):
            continue  # („Feb 12 (Doors: 7:00 PM)“: when the doors open, not when it starts)
        if (hours := daily_hours_of_the_run(reading.date_text, line)) is not None:
            # „20.–22. Oktober 2026“ over „10:00–17:00 Uhr, am 22.10. Abschlusskonzert“: the
            # course's daily hours; the run's last day named after them is its concert's
            reading.date_text = f"{reading.date_text}, {hours}"
            reading.sources["date_text"] += " + the run's daily hours"
            return
        pieces = _META_SEPARATOR.split(line)
        parts = [p for p in pieces if search_date_like(p) or TIME_LIKE.search(p)]
        reading.date_text = ", ".join(parts)
        where = reading.sources["date_text"]
        reading.sources["date_text"] = f"{where} + the same day's line with its time"
        # „Sonntag, 15.02.2026 · 14:00 Uhr · Volkshaus Langenwang“: the one other piece after
        # the day and hours names where, when it reads as a venue or an address (a domain
        # „propfaeffikersee.ch“ does not).
        rest = [p.strip() for p in pieces[len(parts) :]]
        if (
            reading.location_text is None
            and pieces[: len(parts)] == parts
            and len(rest) == 1
            and names_a_place(rest[0])
        ):
            reading.location_text = rest[0]
            reading.sources["location_text"] = f"{where} + the place ending the same day's line"


def _add_classed_time(segment: list[LexborNode], reading: BlockReading) -> None:
    """ "<span class="event-date">Feb 12</span> <span class="event-time">8:00 PM</span>
    <span class="door-time">(Doors: 7:00 PM)</span>": the day's own element has no time, an
    element classed as a time holds only one; doors opening is not when the show starts."""
    for node in segment:
        for candidate in css_matches(node, "[class]"):
            classes = candidate.attributes.get("class") or ""
            if not _DATE_CLASS.search(classes) or _DOORS_MENTIONED.search(classes):
                continue
            text = node_text(candidate)
            if not text or _DOORS_MENTIONED.search(text):
                continue
            daily = _DAILY.match(text)
            if len(text) > (_MAX_DAILY_CHARS if daily else _MAX_TIME_CHARS):
                continue
            if (
                TIME_LIKE.search(text)
                and not search_date_like(text)
                and title_in_text(text[daily.end() :] if daily else text) is None
            ):
                reading.date_text = f"{reading.date_text}, {text}"
                reading.sources["date_text"] += f" + {candidate.tag}.{first_class(candidate)}"
                return


def add_time_cell(segment: list[LexborNode], reading: BlockReading) -> bool:
    """A row with the day in one cell and "19:30 Uhr" in the next: the date text gets both.
    A box that lists „Einlass: 19:00 Uhr“ and „Beginn: 20:00 Uhr“ begins at the second."""
    chunks = text_chunks(segment)
    labelled = _labelled_hours(chunks)
    if labelled is not None:
        reading.date_text = f"{reading.date_text}, {labelled}"
        return True
    # „18:30 Einlass · 19:30 Beginn“ on one line: the doors' clock, then the show's.
    for chunk in chunks:
        if (start := start_after_the_doors(chunk)) is not None:
            reading.date_text = f"{reading.date_text}, {start}"
            return True
    # „Einlass: ab 9.30 Uhr“ / „gemeinsamer Start: 10.00 Uhr“ / „Ende: ca. 16.30 Uhr“
    labelled = start_and_end(chunks)
    if labelled is not None:
        reading.date_text = f"{reading.date_text}, {labelled}"
        return True
    for chunk in chunks:
        # „🕘 16:00 Uhr · 📍 Dorfplatz Adnet“ under a badge's day: its hours and its place.
        facts = hours_and_place(chunk)
        if facts is not None:
            reading.date_text = f"{reading.date_text}, {facts[0]}"
            if facts[1] is not None and reading.location_text is None:
                reading.location_text = facts[1]
                reading.sources["location_text"] = "listing:place in the line of facts"
            return True
    for chunk in chunks:
        # „📅 Sa., 01. August 2026 🕗 20:00 Uhr 📍 Marktplatz Witzenhausen“: the clock's fact.
        if (hours := clock_fact(chunk)) is not None:
            reading.date_text = f"{reading.date_text}, {hours}"
            return True
    if (facts := hours_then_place(chunks)) is not None:
        # „<p>19:30 Uhr – Vereinslokal</p>“ under a card's name: its hours, then its place
        reading.date_text = f"{reading.date_text}, {facts[0]}"
        if facts[1] is not None and reading.location_text is None:
            reading.location_text = facts[1]
            reading.sources["location_text"] = "listing:place after the hours in their line"
        return True
    if (clock := _clock_before_the_place(chunks, reading.location_text)) is not None:
        # „<i class="fa-clock"></i> 19:00 Uhr <i class="fa-location-dot"></i> Schützenheim“: the
        # icons are empty elements, so the hours and the place the pin names make one line
        reading.date_text = f"{reading.date_text}, {clock}"
        return True
    # „19:00 | Einführung“ before „19:30 -<br>22:45“: the performance's clocks, not the talk's.
    # Each line is read as a time line once: the pairing and the loop below ask the same lines.
    read: dict[str, str | None] = {}

    def time_line_of(line: str) -> str | None:
        if line not in read:
            read[line] = _time_line(line)
        return read[line]

    paired = performance_clock(chunks, lambda line: time_line_of(line) is not None)
    if paired is not None:
        reading.date_text = f"{reading.date_text}, {paired}"
        return True
    doors: str | None = None
    for line in chunks:
        time_line = time_line_of(line)
        if time_line is None:
            continue
        if doors is None and _DOORS_LINE.match(time_line):
            doors = time_line
            continue
        reading.date_text = f"{reading.date_text}, {time_line}"
        return True
    if doors is not None:
        reading.date_text = f"{reading.date_text}, {doors}"
        return True
    for line in chunks:
        # „8 Jahreszeiten · Vivaldi & Piazzolla · 20:00 Uhr“: the piece that is only the hours.
        if (piece := clock_piece(line)) is not None:
            reading.date_text = f"{reading.date_text}, {piece}"
            return True
    clock = _clock_after_a_repeated_line(chunks)
    if clock is not None:
        reading.date_text = f"{reading.date_text}, {clock}"
        return True
    # „<span>18:00 Uhr</span><span class="pill">Veranstaltung</span>“: the clock beside a pill
    if (clock := clock_beside_a_pill(segment, _time_line_alone)) is not None:
        reading.date_text = f"{reading.date_text}, {clock}"
        return True
    return False


def _time_line_alone(text: str) -> str | None:
    """``text`` when it is a time line with no words beside its clock (see ``pill_clocks``)."""
    return text if _time_line(text) == text and title_in_text(text) is None else None


def _clock_before_the_place(chunks: list[str], place: str | None) -> str | None:
    """The hours of a line that is a clock and then the block's place, read already."""
    if not place:
        return None
    for chunk in chunks:
        if chunk != place and chunk.endswith(f" {place}"):
            time_line = _time_line(chunk[: -len(place)].strip(" ·|,–-"))
            if time_line is not None:
                return time_line
    return None


def _time_line(line: str) -> str | None:
    """The line as the block's time line, None when it is none."""
    # „Zeit: 14:00 - 16:00 Uhr (Anschließend bei Bedarf Zeit zum Austausch)“: a remark in
    # brackets after the hours says what follows them; the hours are the time line. „Zeit:
    # 16:30 Uhr (1,5 Stunden)“: the bracket is the length, the hours run until 18:00.
    chunk = with_bracketed_length(line) or _REMARK_AFTER.sub("", line)
    # „Mittwoch, 18:30 Uhr · Eintritt frei“: the admission after the hours is no name beside them
    chunk = _ADMISSION_AFTER.sub("", chunk)
    # "Samstag, 9:30 Uhr bis 12:30 Uhr": a weekday with its hours is still a time line.
    if (
        len(chunk) <= 40
        and TIME_LIKE.search(chunk)
        and not search_date_like(chunk)
        and _no_name_beside_the_clock(chunk)
    ):
        return chunk
    return None


# „· Eintritt frei“, „| Eintritt: 5 €“, „· kostenlos“ after a line's hours: what it costs.
_ADMISSION_AFTER = lazy_re.compile(
    r"\s*[·|•]\s*(?:Eintritt(?:\s+frei|\s*:?\s*[^·|•]{1,20})|kostenlos|kostenfrei|gratis)\s*$",
    re.I,
)
# A closing remark in brackets that names no number („(Fragen im Anschluss)“); „(bis 16 Uhr)“
# holds the end and stays.
_REMARK_AFTER = lazy_re.compile(r"\s*\((?![^()]*\d)[^()]{3,80}\)\s*$")
# „Show starts 8:00 PM“, „Doors open 7:00 PM“, „Beginn 20 Uhr“: words that only say what the
# clock is, no name of an event beside it.
# („Commencing 6:30 pm“ under a council meeting's day: when the meeting opens; „🕒 Starts 9:00
# AM“: a clock's icon before the label)
_CLOCK_LABEL = lazy_re.compile(
    r"^\W*(?:(?:show|concert|event|film|music|meeting|konzert|musik)\s+)?"
    r"(?:beginn|begins?|starts?|commenc(?:e|es|ing)|anfang|doors?(?:\s+open)?|einlass)\s*:?$",
    re.I,
)


def _no_name_beside_the_clock(chunk: str) -> bool:
    name = title_in_text(_OPEN_END.sub("", chunk))
    return name is None or bool(_CLOCK_LABEL.match(name.strip()))


def _clock_after_a_repeated_line(chunks: list[str]) -> str | None:
    """„Mainstage Theatre, Seattle“ under the name, then a tooltip repeating it with the show's
    clock run on in the same link („Mainstage Theatre, Seattle 7:30PM“): what is left after the
    repeated line is the block's time. Only one such clock (two shows in one box have none)."""
    # A line another line starts with shares its first three characters: each line is only
    # compared with the lines opening as it does (a page of 500 lines made this 250,000 pairs).
    openings: dict[str, list[str]] = {}
    for other in chunks:
        if len(other) >= 3:
            openings.setdefault(other[:3], []).append(other)
    clocks = set()
    for chunk in chunks:
        for other in openings.get(chunk[:3], ()):
            if other == chunk or not chunk.startswith(other):
                continue
            rest = chunk[len(other) :].strip(" ,·|–-")
            if rest and len(rest) <= _MAX_TIME_CHARS and TIME_LIKE.fullmatch(rest):
                clocks.add(rest)
    return clocks.pop() if len(clocks) == 1 else None


# „18:00 Uhr - open end“, „19 Uhr bis Ende offen“: a time line whose end is left open.
_OPEN_END = lazy_re.compile(
    r"\s*(?:-|–|bis)?\s*(?:open[\s-]?end|ende\s+offen|offenes\s+ende)\W*$", re.I
)
# A label in a cell of its own over (or beside) the clock in the next one: „Treffen | 18:25 |
# Beginn | 18:30 | Ende | 20:00“ (a team's meeting time, then the session's start and end).
_START_LABEL = lazy_re.compile(r"^(?:beginn|start|anfang|spielbeginn|anpfiff|starts?)\s*:?$", re.I)
_END_LABEL = lazy_re.compile(r"^(?:ende|end|ends|schluss)\s*:?$", re.I)
_LONE_CLOCK = lazy_re.compile(r"^\d{1,2}[:.]\d{2}(?:\s?uhr)?$", re.I)


def _labelled_hours(chunks: list[str]) -> str | None:
    """„Beginn“ and „Ende“ each in a cell of their own, each followed by a lone clock: the
    start and the end („18:30 - 20:00“); a clock under another label (the meeting time
    „Treffen“, the doors) is not the start. None without a labelled start."""
    start = end = None
    for label, value in pairwise(chunks):
        if not _LONE_CLOCK.match(value):
            continue
        if start is None and _START_LABEL.match(label):
            start = value
        elif start is not None and end is None and _END_LABEL.match(label):
            end = value
    if start is None:
        return None
    return f"{start} - {end}" if end is not None else start


def add_prose_time(segment: list[LexborNode], reading: BlockReading) -> None:
    """ "Wir treffen uns um 17:30 Uhr am Eingang …" under the day of one offering: the start
    time its prose states (``prose_times``); a box of several dated items has no one time."""
    assert reading.date_text is not None
    if reading.holds_several:
        return
    clock = prose_time(text_chunks(segment), reading.date_text)
    if clock is not None:
        reading.date_text = f"{reading.date_text}, {clock}"
        reading.sources["date_text"] = (
            reading.sources.get("date_text", "listing:") + " + time:prose"
        )


def date_opens_the_block(segment: list[LexborNode], texts: list[str]) -> bool:
    """A dated row, not prose that mentions a date: the date opens the block or stands in a
    line (cell, badge, ``<br>`` line) of its own."""
    # Clean first: a badge's "05" and "Apr" on indented lines of their own are "05 Apr".
    match = search_date_like(clean_text(" ".join(texts)) or "")
    if match is not None and match.start() <= _LEADING_DATE_CHARS:
        return True
    if bold_name_before_the_day(segment) is not None:
        return True  # „<strong>POWERGEN Europe</strong> - June 3-5, 2014 in Cologne, Germany“
    lines = text_lines(segment)
    if lines and lines[0][1] is not None and names_then_its_day(lines[0][0], lines[0][1]):
        return (
            True  # <h3>Landeslehrgang … in Bad Dürkheim, 23.-24. November 2024</h3> over its report
        )
    return any(
        search_date_like(chunk) is not None
        and (title_in_text(chunk) is None or _opens_with_a_day(chunk))
        for chunk, _ in lines
    )


# What a post stamp says around its date: „am 9. Juni 2024“, „Veröffentlicht am …“, „Posted on …“.
_STAMP_LEAD = lazy_re.compile(
    r"^\W*(?:(?:veröffentlicht|erstellt|geschrieben|gepostet|posted|published)(?:\s+(?:am|on))?|"
    r"am|vom|on)?\s*$",
    re.I,
)


def date_named_by_the_title(reading: BlockReading) -> None:
    """A news card „<h4>Einladung zum Schützenfest am 16. Juni 2024</h4> <p>am 9. Juni
    2024</p>“: the heading names the event's day; a bare other date beside it (no clock, at
    most „am“ before it) is when the post went up — it becomes ``published``."""
    assert reading.title is not None and reading.date_text is not None
    named = search_date_phrase(reading.title)
    if named is None or reading.date_text in reading.title:
        return
    title_day = day_and_month(named.group(0))
    stamp = _bare_stamp(reading.date_text)
    if title_day is None or stamp is None:
        return
    stamp_days = days_and_months(stamp.group(0))
    # A post goes up on one day: a run „12.06. - 19.07.“ or „30.10. und 31.10.“ beside a title
    # that mentions a day („public viewing (am 20.06. Dorfplatz)“) is the event's own days.
    if not stamp_days or stamp_days[0] == title_day or len(set(stamp_days)) > 1:
        return
    reading.published = stamp.group(0)
    reading.sources["published"] = reading.sources.get("date_text", "listing:")
    reading.date_text = named.group(0)
    reading.sources["date_text"] = reading.sources.get("title", "listing:") + _NAMES_THE_DAY


_NAMES_THE_DAY = " names the day"


def _bare_stamp(date_text: str) -> re.Match[str] | None:
    """ "am 1. April 2024": a date with at most a stamp's word before it, nothing after (its
    date phrase); None for any other date text."""
    stamp = search_date_phrase(date_text)
    if (
        stamp is None
        or date_text[stamp.end() :].strip(" .,")
        or _STAMP_LEAD.match(date_text[: stamp.start()]) is None
        or TIME_LIKE.search(date_text)
    ):
        return None
    return stamp


def undate_stamped_posts(
    readings: list[BlockReading], segments: list[list[LexborNode]] | None = None
) -> None:
    """Cards of one list whose headings name their days over stamps „am 9. Juni 2024“ (two or
    more of them): the stamp element is when each post went up, so a card of the same list
    dated only by it („Wir haben eine neue Königsfamilie“ / „am 1. April 2024“) is a news post
    with no day of its own — its stamp becomes ``published``, marked as a stamp."""
    stamped = [
        r.sources["published"]
        for r in readings
        if _NAMES_THE_DAY in r.sources.get("date_text", "") and "published" in r.sources
    ]
    if len(stamped) < 2:
        return
    for index, reading in enumerate(readings):
        where = reading.sources.get("date_text")
        if where in stamped and reading.date_text and _bare_stamp(reading.date_text) is not None:
            if segments is not None and heading_restates_the_day(
                segments[index], reading.date_text
            ):
                continue  # „08.12.2023 – Nikolausschießen“ over „8. Dezember 2023“: its day
            reading.published = reading.date_text
            reading.sources["published"] = STAMP_SOURCE
            reading.date_text = None
            del reading.sources["date_text"]
            if segments is not None:
                # „Hitzeaktionstag!“ over „Am diesjährigen Hitzeaktionstag am 04.06.2025 …“
                day_the_snippet_opens_with(segments[index], reading)
                if reading.date_text is not None:
                    reading.sources["published"] = where  # the post's stamp, its event dated


def _opens_with_a_day(line: str) -> bool:
    """ "Tuesday, October 13 at 6:30pm -- Confucius Plaza …": a line that opens with the day
    (and names its place after it) is the block's date line, not prose that mentions a day."""
    match = DATE_PHRASE.match(line)
    return match is not None and names_a_day(match.group(0))


#: Where ``published`` came from when a block's only date is its change stamp.
STAMP_SOURCE = "listing:stamp"


def dated_only_by_stamp(sources: Mapping[str, str]) -> bool:
    """A block's (or its record's) provenance says its only date is its change stamp (a news
    teaser's own date is no stamp)."""
    return sources.get("published") == STAMP_SOURCE


def read_news_date(segment: list[LexborNode], reading: BlockReading) -> str | None:
    """A teaser opening with "[26.05.2025]" states when it was published (Kommune21 and others).

    Sets ``published`` and returns the teaser text after the bracket; None for other blocks.
    """
    for node in segment:
        for candidate in [node, *css_matches(node, "p, span, div")]:
            text = node_text(candidate) or ""
            match = _NEWS_DATE.match(text)
            if match is None:
                continue
            day, month, year = (int(group) for group in match.groups())
            try:
                reading.published = date(year, month, day).isoformat()
            except ValueError:
                return None
            reading.sources["published"] = f"listing:{candidate.tag}"
            return text[match.end() :]
    return None


# A post's publication stamp: the class of the element around it names the post's meta line
# („post-meta“, Bootstrap's blog template's „blog-post-meta“ — „22 Jul 2019 by <a>Author</a>“
# under each post's h2 —, a theme's „meta-item“, WordPress's „posted-on“, a „byline“). Not
# „entry-meta“ or „newsDate“: an events archive's cards (Blocksy's event post type) and a
# museum's list of its events show the event's day there; nor an event plugin's „event-meta“.
_PUBLICATION_CLASS = lazy_re.compile(
    r"^(?:(?:blog[-_]?)?post[-_]?meta|meta[-_]item|posted[-_]on|byline)$", re.I
)


# Only elements whose class holds one of these words can carry a stamp class: lexbor finds them,
# and the class names are checked on those few, not on every classed element of every block.
_PUBLICATION_SELECTOR = '[class*="meta" i], [class*="posted" i], [class*="byline" i]'


@dataclass(frozen=True, slots=True)
class _Stamps:
    """The elements of a block that state when its post was published (a news widget's
    „<div class="post-meta"><span class="date">27. Oktober 2023</span></div>“): the post's
    stamp, not the day of anything it tells of."""

    ids: frozenset[int]  # the stamps' ``mem_id``
    roots: frozenset[int]  # the block's roots', where looking up for a stamp ends
    texts: list[str]

    @classmethod
    def of(cls, segment: list[LexborNode]) -> _Stamps:
        stamps = [
            candidate
            for node in segment
            for candidate in css_matches(node, _PUBLICATION_SELECTOR)
            if any(
                _PUBLICATION_CLASS.match(name)
                for name in (candidate.attributes.get("class") or "").split()
            )
            and search_date_like(node_text(candidate) or "")
            # „<span class="post-meta">Aug 26, 2025</span> <a href="/meetings/2025/08/26/…">“:
            # a meeting filed at its day in its collection, dated by the meeting
            and not dated_by_its_collection(segment, node_text(candidate) or "")
        ]
        return cls(
            frozenset(stamp.mem_id for stamp in stamps),
            frozenset(root.mem_id for root in segment),
            [text for stamp in stamps if (text := node_text(stamp))],
        )

    def hold(self, node: LexborNode) -> bool:
        """Whether ``node`` is a stamp or lies within one."""
        current: LexborNode | None = node if self.ids else None
        while current is not None:
            if current.mem_id in self.ids:
                return True
            if current.mem_id in self.roots:
                return False
            current = current.parent
        return False

    def undate(self, text: str) -> bool:
        """Whether ``text`` names a date only in the stamps' words."""
        if not self.texts:
            return False
        for stamp in self.texts:
            text = text.replace(stamp, " ")
        return search_date_like(text) is None


def stamp_texts(segment: list[LexborNode]) -> list[str]:
    """The texts of the block's publication stamps („22 Jul 2019 by Eduardo Rodrigues“ in a
    „blog-post-meta“ line): when its post went up, never a day of what the post tells of."""
    return _Stamps.of(segment).texts


def _keep_as_stamp(reading: BlockReading, stamp: str) -> None:
    """The block's only date is a stamp: its day becomes ``published``, marked as a stamp."""
    match = search_date_phrase(stamp)
    if match is not None and reading.published is None:
        reading.published = match.group(0)
        reading.sources["published"] = STAMP_SOURCE


@lru_cache(maxsize=1024)
def _date_class(classes: str) -> bool:
    """A class word that marks a date field: „date“, „event-datum“, „termin“ — not a container
    named after the appointment („termin_container“ around its day lines and its place).
    (Cached: a page repeats its few class attributes on every block, and each block's elements
    are asked — 95 % of the corpus's 239,465 calls repeat a class string of their page.)"""
    return any(
        _DATE_CLASS.search(word) and not _CONTAINER_CLASS.search(word) for word in classes.split()
    )


def read_date(segment: list[LexborNode], reading: BlockReading) -> None:
    stamps = _Stamps.of(segment)
    _read_date(segment, reading, stamps)
    # „<strong>05. November</strong><span>Samstag, 10:00 - 14:00 Uhr</span>“: the day's hours
    hours_of_the_weekday_line(segment, reading)
    bold = bold_name_before_the_day(segment) if reading.date_text else None
    if bold is not None and reading.date_text and reading.date_text.startswith(bold):
        # „POWERGEN Europe - June 3-5, 2014 in Cologne, Germany“ read whole: the bold name
        # before the dash is the row's name, not part of its date.
        reading.date_text = reading.date_text[len(bold) :].lstrip(" -–—:")
    if reading.date_text is None and stamps.texts:
        _keep_as_stamp(reading, stamps.texts[0])
    year_from_the_stamp(reading, stamps.texts)


def _read_date(segment: list[LexborNode], reading: BlockReading, stamps: _Stamps) -> None:
    """The block's date from the surest place that holds one: a ``<time>`` element, an
    element classed as a date, a labelled line, a bar line, else the shortest dated element
    (or, with none, a line that opens with a day or an announcing sentence)."""
    if (
        _date_of_a_time_element(segment, reading, stamps)
        or _date_of_a_date_class(segment, reading, stamps)
        or _date_of_a_labelled_line(segment, reading)
        or _date_of_a_bar_line(segment, reading, stamps)
    ):
        return
    best, stamp = _shortest_dated_element(segment, stamps)
    if best is None:
        if stamp is not None:
            # A folder's file "— zuletzt verändert: 21.03.2013 20:52": a dated stamp, no offering.
            _keep_as_stamp(reading, stamp)
        if not _date_of_a_day_line(segment, reading, stamps):
            _date_of_an_announcement(segment, reading, stamps)
        if reading.date_text is None and not stamps.texts:
            _day_opening_a_long_row(segment, reading)
        return
    if best[2] in _INLINE_TAGS and (heading := _day_of_the_heading(segment, best[1])):
        best = (len(heading), heading, _HEADING_DAY)
    # „5“ „Dez“ beside „Freitag, 5. Dezember 2025, 09:00 Uhr“: the line that names the same
    # day with its year is the row's date, the block only repeats its day
    best = fuller_day_beside(segment, best[1], set(stamps.texts)) or best
    _date_of_the_element(best, segment, reading)
    _run_around_an_inline_day(best[2], segment, reading)


_HEADING_DAY = "h"  # the tag a heading's day is read as (``_day_of_the_heading``)
_HEADING_CHARS = 200  # a heading, not a paragraph set as one


def _day_of_the_heading(segment: list[LexborNode], bold: str) -> str | None:
    """A post's heading that names its event's days („First HSF Visualization Workshop, CERN,
    Mar 28-30 2017“) over prose that sets another day in bold („A follow-up meeting will take
    place on <strong>Friday the 7th of April 2017</strong>“): the heading's text, whose days are
    the event's — the bold day is a further meeting the post mentions. None when the block has
    no such heading or the bold day is the heading's own („28th to the 30th of March 2017“)."""
    heading = next(
        (h for node in segment for h in css_matches(node, "h1, h2, h3, h4, h5, h6")), None
    )
    text = node_text(heading) if heading is not None else None
    if not text or len(text) > _HEADING_CHARS or (named := search_date_phrase(text)) is None:
        return None
    day = day_and_month(named.group(0))
    if day is None or not names_a_day(named.group(0)) or day in days_and_months(bold):
        return None
    return text


def _run_around_an_inline_day(tag: str, segment: list[LexborNode], reading: BlockReading) -> None:
    """A day set in bold inside the prose that announces the run of days holding it („Vom 23.06.
    bis 26.06.2023 findet das Jubiläumsfest … statt … am <b>Samstag, den 24.06.</b> dort …“):
    the run is the block's date (``run_around_the_day``)."""
    if tag not in _INLINE_TAGS or reading.date_text is None:
        return
    prose = " ".join(text for node in segment if (text := node_text(node)))
    if (run := run_holding_the_day(reading.date_text, prose)) is not None:
        reading.date_text = run
        reading.sources["date_text"] = f"listing:{tag} (the run its prose announces around it)"


def _date_of_a_time_element(
    segment: list[LexborNode], reading: BlockReading, stamps: _Stamps
) -> bool:
    """The day (and start) of the block's first ``<time>`` element that is no stamp."""
    for node in segment:
        times = [node] if node.tag == "time" else css_matches(node, "time")
        unstamped = [t for t in times if not stamps.hold(t)]
        time = with_its_hours(unstamped, node) if unstamped else None
        if time is not None:
            # „<time datetime="December 07T09:00"> 09<span>00</span></time>“: day and clock
            if (readable := readable_stamp(time, node)) is not None:
                reading.date_text = readable
                reading.date_leads = True
                reading.sources["date_text"] = "listing:time@datetime (a readable day)"
                return True
            machine = clean_text(time.attributes.get("datetime"))
            shown = node_text(time)
            if machine is None and shown and not search_date_like(shown):
                # "05.07.2025 - <time>15:00</time> Uhr bis <time>18:00</time> Uhr": a clock in
                # an element of its own; the day stands beside it, in the text around it.
                continue
            reading.date_text = shown or machine
            reading.date_leads = True  # a date element of its own
            reading.sources["date_text"] = "listing:time"
            if (
                machine
                and well_formed_stamp(machine)
                and not midnight_beside_its_clock(machine, shown)
                and not contradicted(machine, shown)
            ):
                reading.start = machine
                reading.sources["start"] = "listing:time@datetime"
            return True
    return False


def _date_of_a_date_class(
    segment: list[LexborNode], reading: BlockReading, stamps: _Stamps
) -> bool:
    """The text of the shortest element classed as a date that holds a day, with the hours a
    classed time element or the same day's timed line gives."""
    classed: tuple[int, str, LexborNode] | None = None
    for node in segment:
        for candidate in [*css_matches(node, "[class]"), node]:
            if not _date_class(candidate.attributes.get("class") or ""):
                continue
            if stamps.hold(candidate):
                continue
            text = node_text(candidate)
            if not text or len(text) > 100:
                continue
            if not search_date_like(text) and not is_relative_day(text):
                continue  # („Tomorrow“ in a date cell between „Sat, 11/18“ and „Mon, 1/8“)
            if reading.title and reading.title in text:
                # <div class="termin"> around the card's name and its day: the appointment,
                # not its date field.
                continue
            if classed is None or len(text) < classed[0]:
                classed = (len(text), text, candidate)
    if classed is None:
        return False
    _, text, candidate = classed
    if (whole := month_part_of_a_date_block(candidate, text, _date_class)) is not None:
        # <div class="event-date"><span class="date-day">Samstag</span><span class="date-num">
        # 18</span><span class="date-month">Apr 2026</span></div>: the month is one part.
        text, candidate = whole
    if "aria-label" in candidate.attributes and (spelled := spelled_out_days(candidate, text)):
        # „12/14/21“ over „Mär 2027“, labelled „12./14./21. März 2027“: the label's days.
        text = spelled
    reading.date_text = _without_label(text)
    reading.date_leads = True
    reading.sources["date_text"] = f"listing:{candidate.tag}.{first_class(candidate)}"
    if not TIME_LIKE.search(reading.date_text) and (
        run := run_opened_by_the_day(reading.date_text, text_chunks(segment))
    ):
        # „3 Sept“ in the badge, „📅 3 September 2026 – 3 December 2026“ below: the run.
        reading.date_text = run
        reading.sources["date_text"] += " (the run it opens, stated below)"
    if not TIME_LIKE.search(reading.date_text):
        _add_classed_time(segment, reading)
    if not TIME_LIKE.search(reading.date_text):
        _same_day_with_time(segment, reading)
    return True


def _date_of_a_labelled_line(segment: list[LexborNode], reading: BlockReading) -> bool:
    for line, owner in text_lines(segment):
        # "Datum: 31.10.2026 und 28.11.2026, jeweils 14–18 Uhr" (a <br> line of its own): the
        # page labels the offering's date; a shorter "Anmeldung bis 24.10.2026" is not it.
        labelled = LABELLED.match(line)
        if labelled is not None and search_date_like(line[labelled.end() :]):
            reading.date_text = line[labelled.end() :]
            reading.date_leads = True
            reading.sources["date_text"] = f"listing:{owner.tag if owner else ''} labelled"
            return True
    return False


def _date_of_a_bar_line(segment: list[LexborNode], reading: BlockReading, stamps: _Stamps) -> bool:
    """„Weihnachtsmarkt Verkauf | Donnerstag den 28. November bis Sonntag den 1. Dezember |
    Zeiten: …“: the name, its days and its hours in parts between bars — the line is the row's
    date field (the element around it may go on with the row's details). Not a line of a day and
    its hours alone („18. April 2026 | 14:00 - 18:00 Uhr“ over another day)."""

    def bar_line(line: str, _owner: LexborNode | None) -> bool:
        if "|" not in line:
            return False  # no bar, no parts (``without_when_parts``): most lines, told at once
        named = without_when_parts(line)
        return (
            len(line) <= 200
            and named != line
            and title_in_text(named) is not None
            and not stamps.undate(line)
        )

    return _date_of_a_whole_line(segment, reading, bar_line, "bar line")


def _shortest_dated_element(
    segment: list[LexborNode], stamps: _Stamps
) -> tuple[tuple[int, str, str] | None, str | None]:
    """The shortest element text that dates an offering (its length, text and tag) and the
    shortest that only stamps when the block was posted or changed. A day in a list item nested
    under another item („<li>Mock Interviews<ul><li>October 28</li>…“) is that item's: it dates
    the block only when nothing outside such items does."""
    best: tuple[int, str, str] | None = None
    nested: tuple[int, str, str] | None = None  # the shortest in a nested list item
    stamp: str | None = None
    for node in segment:
        for candidate in [node, *node.traverse(include_text=False)]:
            text = node_text(candidate)
            if text and len(text) > 200:
                text = _days_before_closing_links(text, candidate)
            if not text or len(text) > 200 or not date_like(text):
                continue
            if stamps.undate(text):
                continue
            if stamps.hold(candidate):
                # „<p class="post-meta"><time>8. Juni 2022</time> / Ilse Zenisek</p>“: the time
                # within the post's stamp line is that stamp too, its words fewer than the line's
                if stamp is None or len(text) < len(stamp):
                    stamp = text
                continue
            if registration_deadline(text) or _only_a_deadline(text):
                continue  # „ANMELDUNG BIS ZUM 25.5.2026“ above the card's own date line
            if dates_only_an_end(text):
                continue  # „06:00 Uhr · bis 07.09.“ beside the day box: the run's end, no day
            if only_a_moved_day(text):
                continue  # „… Agenda - adjourned from 22 December 2025“ under the day heading
            if _bold_day_of_a_deadline(candidate):
                continue
            if not date_like(without_publication_notes(text)):
                # Only when it was posted or changed: not the offering's date, the block's stamp.
                if stamp is None or len(text) < len(stamp):
                    stamp = text
                continue
            if in_a_nested_item(candidate, segment):
                if nested is None or len(text) < nested[0]:
                    nested = (len(text), text, candidate.tag or "")
                continue
            if best is None or len(text) < best[0]:
                best = (len(text), text, candidate.tag or "")
    return best or nested, stamp


def _date_of_a_day_line(segment: list[LexborNode], reading: BlockReading, stamps: _Stamps) -> bool:
    """Every element is longer than a date field (a paragraph that goes on with a video link and
    dial-in numbers after a <br>): the line that opens with the day is the date."""

    def day_line(line: str, owner: LexborNode | None) -> bool:
        if stamps.undate(line):
            return False
        return len(line) <= 200 and _opens_with_a_day(line) and owner is not segment[0]

    return _date_of_a_whole_line(segment, reading, day_line, "line")


def _date_of_a_whole_line(
    segment: list[LexborNode],
    reading: BlockReading,
    fits: Callable[[str, LexborNode | None], bool],
    kind: str,
) -> bool:
    """The first of the block's lines that ``fits`` is its date, a field of its own."""
    for line, owner in text_lines(segment):
        if fits(line, owner):
            reading.date_text = line
            reading.date_leads = True
            reading.sources["date_text"] = f"listing:{owner.tag if owner else ''} {kind}"
            return True
    return False


def _day_opening_a_long_row(segment: list[LexborNode], reading: BlockReading) -> None:
    """„30.09. Pforzheim, 5. Pforzheimer Wirtschaftswunder – … Infos: E-Mail: …, Tel. …“: a
    calendar's row that opens with its day runs past the length of a date field with its
    contacts; the day opening it dates it as it dates its shorter neighbours."""
    text = node_text(segment[0]) or ""
    match = DATE_PHRASE.match(text)
    if match is None or not names_a_day(match.group(0)):
        return
    reading.date_text = match.group(0)
    # „14.09. Planegg …, "Heide Volm", Bahnhofstr. 52, 20 Uhr, RocknRoll und Oldie-Party …“:
    # a field of the row that is only a clock is the day's start.
    clocks = [f.strip(" ()") for f in text[match.end() :].split(",") if _CLOCK_FIELD.match(f)]
    if clocks:
        reading.date_text = f"{reading.date_text}, {clocks[0]}"
    reading.date_leads = True
    reading.sources["date_text"] = f"listing:{segment[0].tag} day opening the row"


_CLOCK_FIELD = lazy_re.compile(
    r"^\s*\(?(?:(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?\s*Uhr|(?:[01]?\d|2[0-3])[.:][0-5]\d)\)?\s*$"
)


def _date_of_an_announcement(
    segment: list[LexborNode], reading: BlockReading, stamps: _Stamps
) -> None:
    # A post's excerpt (the block has its publication stamp): its day may stand in a
    # later sentence of a long paragraph.
    # So may a section under its own heading (a news column's item: „<h1>Offene
    # Projekt-Börse</h1><p class="lead">… triff uns am Mi, 28. August im Betahaus …“).
    announced = (
        announced_day(segment, stamped=bool(stamps.texts))
        if stamps.texts or segment[0].tag in HEADING_TAGS
        else _opening_announcement(segment)
    )
    if announced is not None:
        reading.date_text, tag = announced
        reading.sources["date_text"] = f"listing:{tag} announcing sentence"


def _opening_announcement(segment: list[LexborNode]) -> tuple[str, str] | None:
    """A lone paragraph that opens by announcing its event („Die 5. Nationale Impfkonferenz
    findet am 10.05. und 11.05.2017 in Oldenburg … statt. Das Programm …“): its first sentence's
    day, read as the long paragraphs of posts are. Not a day told later in the prose."""
    if len(segment) != 1:
        return None
    if segment[0].tag != "p":
        # „<a><h3>Einladung Schützenfest 2023</h3><div>Der Schützenverein Padberg feiert sein
        # diesjähriges Schützenfest vom 17.05. - 19.05.2023. …</div></a>“: a teaser whose text
        # box opens with the sentence announcing its day. Only a teaser that links to its post
        # (the card a link, or its heading one): a section's heading over its prose is left to
        # the readers of prose.
        heading = segment[0].css_first("h1, h2, h3, h4, h5, h6")
        if heading is None or (segment[0].tag != "a" and heading.css_first("a") is None):
            return None
        return announced_day(segment, stamped=False, teaser=True)
    announced = announced_day(segment, stamped=False)
    if announced is None:
        return None
    text = node_text(segment[0]) or ""
    return announced if text.startswith(announced[0][:_OPENING_CHARS]) else None


# How much of the sentence must open the paragraph: its first words.
_OPENING_CHARS = 24


def _date_of_the_element(
    best: tuple[int, str, str], segment: list[LexborNode], reading: BlockReading
) -> None:
    """The date phrase of the shortest dated element's text (``best``), or the whole text when
    it is a field of its own."""
    _, text, tag = best
    text = _without_label(_days_on_lines(best[1], segment) or text)
    if (day := day_of_a_numbered_day_line(text)) is not None:
        # „Lesson 4 - October 17th - Using knitr“: the day between the dashes, not a run from
        # the label's number to it.
        reading.date_text = day
        reading.sources["date_text"] = f"listing:{tag} numbered day line"
        return
    match = search_date_phrase(text)
    # „16. August 2025 19:00 & 20:00 Uhr, …“: the day's further start times belong to it.
    more = _MORE_STARTS.match(text, match.end()) if match else None
    end = more.end() if more else match.end() if match else 0
    # A teaser sentence around the date ("[20.11.2026] Wie Kommunen …"): keep the phrase.
    rest = text[end:] if match else ""
    # "Feb 14 & 21, Mar 14 & 21, Apr 11 & 18": a list of days is the date, not its first day.
    if match and (day_list(text) is not None or run_list(text) is not None):
        match = None  # („April 13–17, June 22–26, July 6–10“: a camp's weeks, likewise)
    if match and DATE_PLACE_SEPARATOR.match(f" {rest.lstrip()}"):
        match = None  # "… at 6:30pm -- Confucius Plaza Community Room": date, then place
    closing = _CLOSING_PARENTHESES.search(_without_closing_links(text, segment)) if match else None
    if closing is not None and match is not None and closing.start("inner") == match.start():
        # „(29. Mai – 1. Juni 1980)“: a run into the next month is the days' phrase to its end
        end = run_to_the_last_day(text, end, closing.end("inner"))
    if (
        closing is not None
        and match is not None
        and closing.start("inner") == match.start()
        # only the days: „(03.11.2025, 13 - 14 Uhr, U11/00.16)“ holds the room too, read apart
        and not text[end : closing.end("inner")].strip(" .,;")
        and all(
            1990 <= int(year) <= 2100 or stated_by_its_year_column(year, segment)
            for year in _YEAR.findall(closing["inner"])
        )
    ):
        # „Achtes Internationales Hamann-Kolloquium an der …: »…« (3.–7. März 2002)“: the
        # days in parentheses closing the row are its own, as a date column's would be.
        reading.date_text = text[match.start() : end].strip()
        reading.date_leads = True
        reading.sources["date_text"] = f"listing:{tag} closing parentheses"
        return
    if match and (
        len(rest) > 20
        or match.start() > 30
        or text == reading.title
        or (match.start() == 0 and rest.lstrip().startswith(":"))  # "27.01. – 17 Uhr: Rat"
    ):
        # „Am Sonntag - 22.07.2018 von 10:00 bis 13:00 Uhr - Ausnahme! (Sommerferien)“ in a
        # field of its own: a remark after a dash, no sentence around the date.
        remarked = (
            (tag != segment[0].tag or len(segment) > 1)
            and text != reading.title
            and match.start() <= 30
            and is_dashed_remark(rest)
        )
        # "am Samstag, 6. und am Sonntag, 7. September 2025" in the lead: the first day,
        # named without its month, belongs to the phrase.
        first = _FIRST_DAY_BEFORE.search(text, 0, match.start())
        text = text[first.start() if first else match.start() : end]
        if remarked:
            reading.date_leads = True
    elif tag != segment[0].tag or len(segment) > 1:
        reading.date_leads = True  # an element holding just the date: a field, not prose
    reading.date_text = text
    reading.sources["date_text"] = f"listing:{tag}"


def _without_closing_links(text: str, segment: list[LexborNode]) -> str:
    """``text`` without the links that end it: „… (29. März bis 1. April 2023) → Details
    🖹 Tagungsprogramm“ — the row's detail page and files follow its days; what the row says ends
    at the parentheses."""
    links = {
        found
        for node in segment
        for link in ([node] if node.tag == "a" else node.css("a"))
        if (found := node_text(link))
    }
    shorter = text.rstrip(_LINK_MARKS)
    while shorter:
        last = next((link for link in links if shorter.endswith(link)), None)
        if last is None:
            break
        shorter = shorter[: -len(last)].rstrip(_LINK_MARKS)
    return shorter if shorter != text.rstrip(_LINK_MARKS) else text


def _days_before_closing_links(text: str, node: LexborNode) -> str:
    """A long row's text up to its closing parentheses of days, when only links follow them
    („… Johann Georg Hamann in Königsberg« (29. März bis 1. April 2023) → Details
    🖹 Tagungsprogramm“: the links' words make the row too long to be read as a date field);
    else the text as it is."""
    shorter = _without_closing_links(text, [node])
    return shorter if _CLOSING_PARENTHESES.search(shorter) else text


# Arrows, icons and separators around a row's trailing links.
_LINK_MARKS = " \u00a0→»›|·–-🖹📄"


# „… (7.–10. Juni 1976)“, „… (23.–25. September 2010).“: days in parentheses ending the text.
# (A year the date grammar does not read, „(7.–10. Juni 1976)“, leaves a history's row alone.)
_YEAR = lazy_re.compile(r"\b(\d{4})\b")
_CLOSING_PARENTHESES = lazy_re.compile(r"\(\s*(?P<inner>[^()]{4,60})\)[\s.;,]*$")
# „ & 20:00 Uhr“, „, 17 und 19 Uhr“ after a day's first start time: more showings that day.
_MORE_STARTS = lazy_re.compile(
    r"(?:\s*(?:,|&|\bund\b|\bsowie\b)\s*(?:um\s+)?\d{1,2}(?:[:.]\d{2})?)+\s*Uhr\b", re.I
)
# The first day of two named under one month, right before the phrase of the second: "Samstag,
# 6. und am " before "Sonntag, 7. September 2025", "12. bis " before "14.03.2026".
_FIRST_DAY_BEFORE = lazy_re.compile(
    rf"(?:(?:{alternation(WEEKDAYS)})\.?,?\s+)?(?:0?[1-9]|[12]\d|3[01])\.\s*(?:und|&|bis|–|-)\s*"
    r"(?:(?:am|zum)\s+)?\Z",
    re.IGNORECASE,
)
# Words every deadline the normalizer knows contains: most date texts have none, and the
# normalizer is asked only when one stands in the text.
# („fiscal year ended“: the last day of an accounting period, ``when_roles``)
_DEADLINE_HINTS = (
    "schluss", "frist", "melde", "anmeld", "registr", "deadline", "einsend", "expir", "year end",
    "period end", "quarter end",
)  # fmt: skip


_INLINE_TAGS = frozenset({"strong", "b", "em", "i", "span", "u", "mark"})


def _bold_day_of_a_deadline(node: LexborNode) -> bool:
    """„Wir bitten um Anmeldung unter … bis <strong>30. Mai 2025.</strong>“: a day set apart
    inside the sentence (or after the label, „Anmeldeschluss: <strong>…</strong>“) that says by
    when to register is the deadline's, not an event's."""
    parent = node.parent
    if node.tag not in _INLINE_TAGS or parent is None:
        return False
    around = node_text(parent)
    if around is None or len(around) > 300:
        return False
    # „<li>Anmeldeschluss: <strong>Freitag, 13. November 2026</strong></li>“: the label before
    # the bold day says when entries close, as the sentence does.
    return registration_deadline(around) or _only_a_deadline(around)


def _only_a_deadline(text: str) -> bool:
    """„Meldebegin: 05.08.2025“, „Meldeschluss: 15.09.2025“ in a test's fact list under
    „<h3>Ausdauerprüfung 21.09.2025</h3>“: when entries open or close, not the event's day."""
    lowered = text.lower()
    return any(map(lowered.__contains__, _DEADLINE_HINTS)) and (role_of_dates(text) == DEADLINE)


_BARE_DAY = lazy_re.compile(r"^(?:0?[1-9]|[12]\d|3[01])\.?$")


def _weekday_and_day(line: str) -> bool:
    """ "Samstag 9", "So. 10.": a line that is only a weekday and a day number."""
    words = line.split()
    return len(words) == 2 and bool(WEEKDAY_WORD.match(words[0]) and _BARE_DAY.match(words[1]))


def _only_a_date(line: str) -> bool:
    """A line that is one date and nothing else („October 15“, „Di, 12.03.2026“)."""
    match = DATE_PHRASE.search(line)
    return (
        match is not None
        and len(line) - len(match.group(0)) <= 2
        and names_a_day(match.group(0))
        and TIME_LIKE.search(line) is None
    )


def _days_on_lines(text: str, segment: list[LexborNode]) -> str | None:
    """A date cell that gives each day a ``<br>`` line of its own under one month ("Samstag 9
    <br>Sonntag 10<br>September<br>17.00 Uhr"): its days joined by " / " ("Samstag 9 / Sonntag 10
    September 17.00 Uhr", the first day the start) — run together with a space the first day read
    as a stray number and was lost. None when the date text has no such lines."""
    if not any(char.isdigit() for char in text[:40]):
        return None
    for node in segment:
        for cell in [node, *node.traverse(include_text=False)]:
            if cell.css_first("br") is None or node_text(cell) != text:
                continue
            lines = [line for line, _ in text_lines([cell])]
            if len(lines) >= 2 and all(map(_only_a_date, lines)):
                # „September 17<br>October 15<br>November 19“ under „2026 Board Meetings
                # Schedule“: each line a day of its own, a list (one record per day).
                return " | ".join(lines)
            days = [_weekday_and_day(line) for line in lines]
            if sum(days) < 2:
                return None
            joined = lines[0]
            for (before, after), line in zip(pairwise(days), lines[1:], strict=True):
                joined += f" / {line}" if before and after else f" {line}"
            return joined
    return None


_LETTERS = lazy_re.compile(r"[^\W\d_]{3}")


def date_from_attributes(segment: list[LexborNode], reading: BlockReading) -> None:
    """A block without a date inside a day's box that shows only "03" / "Do" and states the
    day in ``data-day="03-do-09-2026"`` (``attribute_days``): that day, with the time an
    element of the block classed as a time holds ("19:30 Uhr"). A block that names nothing of
    its own — a month grid's day link "1" in ``<td data-datum="01.12.2026">`` — stays undated."""
    if reading.title is None or is_junk_title(reading.title) or not _LETTERS.search(reading.title):
        return
    found = day_in_attributes(segment[0])
    if found is None:
        return
    reading.date_text, where = found
    reading.date_leads = True
    reading.sources["date_text"] = f"listing:{where}"
    _add_classed_time(segment, reading)
    if TIME_LIKE.search(reading.date_text) is None:
        # „<span class="hh">09</span><span class="mm">45</span>“: the start the theme splits
        clock = split_clock(segment)
        if clock is not None:
            reading.date_text = f"{reading.date_text}, {clock[0]}"
            reading.sources["date_text"] += f" + {clock[1]}"


def date_from_link_label(links: list[tuple[LexborNode, str, str]], reading: BlockReading) -> None:
    """A calendar cell shows only the committee; its link's tooltip or screen-reader label
    says the day ("Details anzeigen: Rat der Stadt 08.07.2026")."""
    for link, _, _ in links:
        for attribute in ("title", "aria-label"):
            label = link.attributes.get(attribute) or ""
            match = search_date_phrase(label) if search_date_like(label) else None
            if match is not None and names_a_day(match.group(0)):
                reading.date_text = match.group(0)
                reading.date_leads = True  # a date field of its own, not prose
                reading.sources["date_text"] = f"listing:a@{attribute}"
                return


def _without_label(text: str) -> str:
    """Drop a leading "Datum:" (and what precedes it) unless the date itself sits before it."""
    rest = _DATE_LABEL.sub("", text, count=1)
    return rest if search_date_like(rest) else text
