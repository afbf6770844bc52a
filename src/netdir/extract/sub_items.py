"""Several offerings in one content box, each on lines of its own.

Two shapes, both strict enough that a date repeated inside a description does not count:

* titled date lines — "Vernissage: 01.12.2026, 15:00 bis 17:00 Uhr": a line that is a short
  name (no digits, not a date, place or deadline label), a colon, and a date opening what
  follows. It is an offering of its own beside the box's main one.
* titled sections — a box with two or more "Termin: …" lines, each below its own emphasised
  title line ("<p><strong>Vortrag: „Aus der Schwere …“</strong></p>"): one offering per
  section, each with the "Ort: …" line of its section. They replace the box's single record,
  which would name the box's headline with the first section's date.
* timed entries — a day's term or heading above entries that each open with their own time
  ("<dt>Sat May 2</dt><dd>7pm - Melissa Brewer Quintet - …</dd><dd>9:30pm - Ian Hughes
  Quartet …</dd>"): one offering per entry, on the head's day at the entry's time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import HEADING_TAGS, names_a_day, text_lines
from netdir.extract.context import clean_text
from netdir.extract.date_cues import (
    DATE_LIKE,
    DATE_PHRASE,
    TIME_LIKE,
    role_of_dates,
    search_date_like,
    search_date_phrase,
)
from netdir.extract.element_siblings import element_after
from netdir.extract.inline_text import visible_text
from netdir.extract.invitation_words import is_an_invitation
from netdir.extract.itinerary_lines import is_itinerary
from netdir.extract.lead_sentence import names_the_next_meeting
from netdir.extract.place_labels import LINE_WORDS
from netdir.extract.place_lines import names_a_place
from netdir.extract.quoted_talks import quoted_talk_title
from netdir.extract.remarked_days import day_of_a_list_line
from netdir.extract.sub_item_days import in_a_nested_item
from netdir.extract.timed_entry_lines import EntryLines, entry_lines, session_place, timed_boxes
from netdir.extract.title_text import is_junk_title, title_in_text
from netdir.extract.venue_address_lines import venue_and_address, venue_over_its_address

_TITLED_DATE = lazy_re.compile(r"^(?P<title>[^\W\d][^:\d]{1,38}?)\s*:\s*(?P<date>.+)$")
_DATE_LABEL = lazy_re.compile(r"^(?:Datum|Termine?|Wann|Zeit|Uhrzeit|Beginn|Ende|Dates?|When|Time)\s*:\s*", re.I)  # fmt: skip
_PLACE_LABEL = lazy_re.compile(rf"^(?:{LINE_WORDS})\s*:\s*(?P<place>.{{2,120}})$", re.I)
_NOT_TITLES = lazy_re.compile(
    r"^(?:ort|wo|veranstaltungsort|adresse|eintritt|preis|kosten|kontakt|telefon|e-?mail|hinweis"
    r"|anmeldung|einlass|stand|location|where|venue|price|admission|contact|note"
    r"|letzte|aktualisiert|aktualisierung|gültig|geöffnet|öffnungszeiten|last|updated|posted)\b",
    re.I,
)
_MAX_TITLE_LINE = 120
# "7pm - Title", "9:30pm – Title", "19:00 Uhr: Title": an entry that opens with its time.
_OPENING_TIME = lazy_re.compile(rf"^(?P<time>{TIME_LIKE.pattern})\s*(?:[-–—:|]\s*)?(?=\w)", re.I)
# Where an entry's name ends: its line-up ("Quintet - Melissa Brewer (vocals)"), a cover charge
# in parentheses, a sentence after it ("… / Art Anderson. Purchase tickets").
_NAME_END = lazy_re.compile(r"\s+[-–—]\s+|\s*\(|\s*\|\s+|(?<=\w\w)\.\s")
# A quoted show title after the act's name is part of the name, a line-up is not.
_QUOTED_SUBTITLE = lazy_re.compile(r"\s+[-–—]\s+(?P<subtitle>[\"“„«][^\"“”„«»]{2,80}[\"”“»])")
# A link label in brackets inside the name: "Blue Plate Special [Website] / Kat Jimenez".
_BRACKETED = lazy_re.compile(r"\s*\[[^\]]{0,40}\]")
_DAY_HEAD_CHARS = 60


def titled_date_lines(segment: list[LexborNode], reading: BlockReading) -> list[BlockReading]:
    """ "Vernissage: 01.12.2026, 15:00 bis 17:00 Uhr" lines of the box, other than its own date.
    None when the box bounds its own run by a start and an end line („Starts: Thursday 3rd
    September“ / „Ends: Thursday 3rd December“): its other labelled days („Holy Spirit Day:
    Saturday 7th November“) are days of that course, not offerings beside it."""
    found: list[BlockReading] = []
    lines = text_lines(segment)
    texts = [line for line, _ in lines]
    if any(_RUN_START.match(t) for t in texts) and any(_RUN_END.match(t) for t in texts):
        return []
    for index, (line, owner) in enumerate(lines):
        match = _TITLED_DATE.match(line)
        if match is None or _DATE_LABEL.match(line) or _NOT_TITLES.match(match["title"]):
            continue
        if reading.title is not None and is_an_invitation(match["title"]):
            # „Wir laden alle Mitglieder herzlich ein: Dienstag, 24.03.2026 …“: the words invite
            # to the box's own event, which ``invitation_lines.invited_day`` dates by the line
            continue
        if _opens_a_bracket(match["title"]):
            # „Gemeinsames Kegeln (Alternativtermin: 14.03.2026)“: the label and its day stand in
            # a bracketed remark on the box's own event (its fallback day), no offering beside it
            continue
        when = match["date"]
        if DATE_PHRASE.match(when) is None or not names_a_day(when):
            continue
        if when.strip() in (reading.date_text or ""):
            continue  # "Nächstes Netzwerktreffen: 14.04.2026": the box's own date, labelled
        if role_of_dates(line) is not None:
            continue  # "Anmeldung bis 24.10.2026: …"
        title = match["title"].strip()
        if names_the_next_meeting(title) and reading.title is not None:
            # „Nächstes Treffen: Donnerstag, 8. März 2018, 19:30 Uhr“ under „Geschichtsgruppe“:
            # the label only says it is the group's next meeting; the box names the group.
            title = reading.title
        # „Nächstes Treffen: Donnerstag, 8. März 2018, 19:30 Uhr“ over „Bücherhalle Neugraben“ /
        # „Am Neugrabener Markt 7“ / „21149 Hamburg.“: the venue over its address right below
        # the line is where (``venue_address_lines``)
        below = texts[index + 1 : index + 4]
        place = venue_and_address(below) if venue_over_its_address(below, 0) else None
        found.append(_part(reading, title, when, place, owner))
    return found


def _opens_a_bracket(label: str) -> bool:
    """Whether ``label`` (the words before a line's colon) leaves a bracket open."""
    return label.rfind("(") > label.rfind(")")


# „Starts: Thursday 3rd September“, „Ends: …“: the lines that bound the box's own run.
_RUN_START = lazy_re.compile(r"^(?:starts?|begins?|beginn|start)\s*:", re.I)
_RUN_END = lazy_re.compile(r"^(?:ends?|ende|finish(?:es)?)\s*:", re.I)


# „Seminar 1: Freitag, den 12.07. bis Sonntag, den 14.07.2024.“: the box's offering, numbered.
_NUMBERED_DATE = lazy_re.compile(r"^(?P<label>[^\W\d]{3,30}\s+\d{1,2})\s*:\s*(?P<date>.+)$")


def numbered_date_lines(segment: list[LexborNode], reading: BlockReading) -> list[BlockReading]:
    """ "<h3>Heki-Sommerseminare in Stuttgart, Juli 2024</h3><p>… Seminar 1: Freitag, den 12.07.
    bis Sonntag, den 14.07.2024.<br>Seminar 2: …</p>": a box headed by a month only whose lines
    number its offerings and give each its days — one offering per line, named by the box and
    the line's label („Heki-Sommerseminare in Stuttgart (Seminar 1)“); [] for fewer than two."""
    if reading.title is None:
        return []
    found: list[BlockReading] = []
    for line, owner in text_lines(segment):
        match = _NUMBERED_DATE.match(line)
        if match is None or not names_a_day(match["date"]) or role_of_dates(line) is not None:
            continue
        title = f"{reading.title} ({match['label']})"
        found.append(_part(reading, title, match["date"].strip(" ."), None, owner))
    return found if len(found) >= 2 else []


_DATE_LED_LINES = 3  # a box of several events, one per line; fewer are one event's days


def date_led_lines(segment: list[LexborNode], reading: BlockReading) -> list[BlockReading]:
    """ "Sa 30.07. Gemeinsames Warm-up + CSD Parade<br>Fr 12.08. Kanufahren<br>…": a box whose
    lines each open with a day and name an event there is one event per line; [] unless the
    box holds several dated lines (``holds_several``) and three or more such lines."""
    if not reading.holds_several:
        return []
    found: list[BlockReading] = []
    for line, owner in text_lines(segment):
        match = DATE_PHRASE.match(line)
        if match is None or not names_a_day(match.group(0)):
            continue
        rest = line[match.end() :]
        title = title_in_text(rest) if not search_date_like(rest) else None
        if title is None:
            continue
        found.append(_part(reading, title, match.group(0), None, owner))
    return found if len(found) >= _DATE_LED_LINES else []


def own_days(
    lines: list[tuple[str, LexborNode | None]], segment: list[LexborNode] | None = None
) -> list[str]:
    """The list items of a block that are a day and nothing else ("<li>Sa.03.02.2018</li>"),
    each once: an item with a note after its day ("17.03.2018 - KEIN FLOHMARKT") is none, and so
    is a day on a line of prose or over a programme ("Donnerstag 09.10." above the day's plan),
    and a day nested under another item („<li>CS Bonfire<ul><li>November 2nd</li>…“: the
    bonfire's day; ``segment``: the block the lines are of, where nesting is looked for)."""
    return [day for day, _ in own_day_lines(lines, segment)]


def own_day_lines(
    lines: list[tuple[str, LexborNode | None]], segment: list[LexborNode] | None = None
) -> list[tuple[str, str]]:
    """``own_days`` with the line each day stands on: a day with a bracketed remark after it
    („17. Mai (wegen des Himmelfahrtstags am 10. Mai)“) is that day (``remarked_days``)."""
    found: list[tuple[str, str]] = []
    for text, owner in lines:
        line = text.strip()
        if owner is None or owner.tag != "li":
            continue
        if segment is not None and in_a_nested_item(owner, segment):
            continue
        day = day_of_a_list_line(line)
        if day is not None and all(day != seen for seen, _ in found):
            found.append((day, line))
    return found


def day_only_lines(segment: list[LexborNode], reading: BlockReading) -> list[BlockReading]:
    """ "<h2>Flohmarkt Fritz-Schäffer-Straße</h2> … <li>Sa.03.02.2018</li><li>Sa.10.02.2018</li>
    …": a block under its own heading whose list items are days and nothing else is that
    offering on each day — named by the heading, at the block's place. [] unless the block lists
    three or more such days (``BlockReading.lists_its_days``)."""
    if not reading.lists_its_days or reading.title is None:
        return []
    lines = text_lines(segment)
    owners = {text.strip(): owner for text, owner in lines}
    day_lines = own_day_lines(lines, segment)
    listed = {line for _, line in day_lines}
    if any(len(DATE_LIKE.findall(text)) >= 2 for text in owners if text not in listed):
        # „Freitag, 7. August 2026 bis Sonntag, 9. August 2026“ over „<li>Freitag, 07.08.
        # 18:00 - 21:00 Uhr</li>…“: the days of one run's schedule, not occurrences.
        return []
    parts: list[BlockReading] = []
    for day, line in day_lines:
        part = _part(reading, reading.title, day, reading.location_text, owners[line])
        part.sources["title"] = reading.sources.get("title", "listing:")
        parts.append(part)
    return parts if len(parts) >= _DATE_LED_LINES else []


def titled_sections(segment: list[LexborNode], reading: BlockReading) -> list[BlockReading]:
    """One reading per "Termin: …" line under its own emphasised title line; [] unless every
    such line of the box (two or more) has a title line of its own above it."""
    lines = text_lines(segment)
    parts: list[BlockReading] = []
    title: str | None = None
    used: set[str] = set()
    for index, (line, owner) in enumerate(lines):
        if _is_title_line(line, owner):
            title = line
            continue
        label = _DATE_LABEL.match(line)
        if label is None or not search_date_like(line[label.end() :]):
            continue
        if title is None or title in used:
            return []  # a date without a title of its own: one offering's several dates
        used.add(title)
        name = _NOTE_AFTER.sub(" ", title).strip()
        parts.append(_part(reading, name, line[label.end() :], _place_after(lines, index), owner))
    return parts if len(parts) >= 2 else []


# „Treffpunkt: Tourist Information Freiburg, …“: where one choice of the box's slot starts.
_MEETING_OR_PLACE = lazy_re.compile(
    rf"^(?:{LINE_WORDS}|Treffpunkt)\s*:\s*(?P<place>.{{2,120}})$", re.I
)
_MAX_SECTION_LINES = 6  # a choice's name, its description's lines, its place line


def placed_choices(segment: list[LexborNode], reading: BlockReading) -> list[BlockReading]:
    """A box dated once by its head („Exkursionsangebot für Frühanreiser / Mittwoch, 22.
    Oktober 2014 um 16.30 Uhr“) over sections that each open with a bold name and close with
    their own place line („Treffpunkt: Tourist Information Freiburg, …“), no day of their own:
    one offering per section, on the box's day at its place (a description may name other
    days: „die am 27. November 1944 zerbombte Altstadt“). [] unless two or more sections are so
    and every bold name line has its place line."""
    if reading.date_text is None:
        return []
    lines = text_lines(segment)
    parts: list[BlockReading] = []
    title: tuple[str, int] | None = None
    for index, (line, owner) in enumerate(lines):
        if _is_bold_name_line(line, owner):
            if title is not None:
                return []  # a name without a place line: no list of placed choices
            title = (line, index)
            continue
        place = _MEETING_OR_PLACE.match(line)
        if place is None or title is None:
            continue
        if index - title[1] > _MAX_SECTION_LINES:
            return []
        name = _NOTE_AFTER.sub(" ", title[0]).strip()
        parts.append(_part(reading, name, reading.date_text, place["place"].strip(), owner))
        parts[-1].sources["date_text"] = reading.sources.get("date_text", "listing:")
        title = None
    return parts if len(parts) >= 2 and title is None else []


def _is_bold_name_line(line: str, owner: LexborNode | None) -> bool:
    """A line that is all one bold name in a paragraph or a cell of its own."""
    labels = (_DATE_LABEL, _MEETING_OR_PLACE, _NOT_TITLES)
    return _is_bold_line(line, owner, ("p", "td", "div", "li"), labels, _bold_is_all)


def _is_title_line(line: str, owner: LexborNode | None) -> bool:
    """A paragraph that is one bold title, perhaps with a note in parentheses after it."""
    return _is_bold_line(line, owner, ("p",), (_DATE_LABEL, _PLACE_LABEL), _bold_then_note)


def _bold_is_all(line: str, bold: LexborNode, owner: LexborNode) -> bool:
    return clean_text(visible_text(bold)) == line == clean_text(visible_text(owner))


def _bold_then_note(line: str, bold: LexborNode, owner: LexborNode) -> bool:
    text = visible_text(bold)
    # "<strong>Wein trifft Käse</strong> <span>(Safe the Date 2027)</span>": a note after it.
    return bool(text) and (text == line or _NOTE_AFTER.fullmatch(line[len(text) :]) is not None)


def _is_bold_line(
    line: str,
    owner: LexborNode | None,
    tags: tuple[str, ...],
    labels: tuple[re.Pattern[str], ...],
    is_all_bold: Callable[[str, LexborNode, LexborNode], bool],
) -> bool:
    """A short line of an owner with one of ``tags``, no date, no ``labels`` line, not ending in
    a colon, with a bold element that ``is_all_bold(line, bold, owner)`` finds the line to be."""
    if owner is None or owner.tag not in tags or len(line) > _MAX_TITLE_LINE:
        return False
    if line.endswith(":") or search_date_like(line) or any(label.match(line) for label in labels):
        return False
    emphasised = owner.css_first("strong, b")
    return emphasised is not None and is_all_bold(line, emphasised, owner)


_NOTE_AFTER = lazy_re.compile(r"\s*\([^()]{1,60}\)\s*")
# "Daten:", "Termine:" alone on a line: the lines below it are the offering's days; "Wann:
# jeweils um 18.30 Uhr" over the evenings of a lecture series states their hour once for all.
_DAYS_LABEL = lazy_re.compile(
    r"^(?:(?:daten|termine|dates)\s*:?|wann\s*:)(?:\s*jeweils\s+(?P<hours>.{1,30}))?$", re.I
)
_HOURS_LABEL = lazy_re.compile(
    r"^(?:beginn|uhrzeit|zeit|start)\s*:\s*(?:jeweils\s+)?(?P<time>.{1,30})$", re.I
)


def listed_occurrences(segment: list[LexborNode], reading: BlockReading) -> list[BlockReading]:
    """ "Daten:" over "Samstag, 5. September 2026 um 15 Uhr" / "Samstag, 10. Oktober 2026 um 11
    Uhr": the offering on each listed day (a line may add its own name after the day); a
    "Beginn: Jeweils 19 Uhr" line gives untimed days their time. [] without such a label or
    with fewer than two days below it."""
    lines = text_lines(segment)
    start = next((i for i, (line, _) in enumerate(lines) if _DAYS_LABEL.match(line)), None)
    if start is None or reading.title is None:
        return []
    label = _DAYS_LABEL.match(lines[start][0])
    assert label is not None
    if label["hours"] is not None and not TIME_LIKE.search(label["hours"]):
        return []  # "Wann: jeweils nach Absprache": no hour, and no list of days below it
    hours = label["hours"] or next(
        (
            m["time"]
            for line, _ in lines
            if (m := _HOURS_LABEL.match(line)) and TIME_LIKE.search(line)
        ),
        None,
    )
    parts: list[BlockReading] = []
    for line, owner in lines[start + 1 :]:
        match = DATE_PHRASE.match(line)
        if match is None or not names_a_day(match.group(0)):
            break
        when = match.group(0)
        if hours is not None and not TIME_LIKE.search(when):
            when = f"{when}, {hours}"
        rest = _NOTE_AFTER.sub(" ", line[match.end() :]).strip()
        name = title_in_text(rest) if rest else None
        place = reading.location_text
        if name is not None and names_a_place(name):
            # „Sonntag, 26. April 2026, 18:00 Uhr – Kulturzentrum Trudering“: where it is played
            # that day, under the card's own name.
            name, place = None, name
        part = _part(reading, name or reading.title, when, place, owner)
        if name is None:
            part.sources["title"] = reading.sources.get("title", "listing:")
        parts.append(part)
    return parts if len(parts) >= 2 else []


def _place_after(lines: list[tuple[str, LexborNode | None]], index: int) -> str | None:
    for line, owner in lines[index + 1 : index + 4]:
        if _is_title_line(line, owner):
            return None
        match = _PLACE_LABEL.match(line)
        if match is not None:
            return match["place"].strip()
    return None


def _part(
    reading: BlockReading, title: str, when: str, place: str | None, owner: LexborNode | None
) -> BlockReading:
    return part_of(
        reading, title, when, place, f"listing:{owner.tag if owner is not None else ''} line"
    )


def part_of(
    reading: BlockReading,
    title: str,
    when: str,
    place: str | None,
    where: str,
    *,
    when_where: str | None = None,
    own_place: bool = True,
) -> BlockReading:
    """One offering of a box: the box's reading with its own title, date text and place, each
    sourced to ``where`` (the date text to ``when_where`` when given: a day read elsewhere in
    the box; a place not ``own_place`` is the box's, read where the box read it)."""
    sources = {**reading.sources, "title": where, "date_text": when_where or where}
    if place is not None and own_place:
        sources["location_text"] = where
    return replace(
        reading,
        title=title,
        date_text=when.strip(),
        start=None,
        location_text=place,
        sources=sources,
    )


def timed_entries(segment: list[LexborNode], reading: BlockReading) -> list[BlockReading]:
    """One reading per entry under a day's ``<dt>`` or heading that opens with its own time;
    [] unless the block is such a day (its head names a day and nothing else) and at least one
    entry opens with a time. Entries without a time (a festival's banner) are no offerings."""
    segment = _day_and_entries(segment)
    if len(segment) < 2:
        return []
    head = segment[0]
    if head.tag != "dt" and head.tag not in HEADING_TAGS:
        return []
    day = clean_text(visible_text(head))
    if not day or len(day) > _DAY_HEAD_CHARS or not names_a_day(day) or not is_junk_title(day):
        return []  # "is junk" as a title: the head is only a date, it names no offering
    parts: list[BlockReading] = []
    room: str | None = None  # the room a session heading's own line names for its talks
    entries = timed_boxes(segment[1:])
    lines = {id(entry): entry_lines(entry) for entry in entries if entry.is_element_node}
    # The block's place read from one entry's room line is that entry's, no room of the others.
    rooms = {lined.place for lined in lines.values() if lined is not None}
    shared = reading.location_text if reading.location_text not in rooms else None
    named_before = False  # an entry without a time above: the name of the day's one event
    for entry in entries:
        if entry.tag in HEADING_TAGS:
            room = None
            continue
        text = clean_text(visible_text(entry)) if entry.is_element_node else None
        if text and named_before and is_itinerary(text):
            continue  # the stops of the event the entry above names, no offerings of their own
        named_before = named_before or bool(text and _OPENING_TIME.match(text) is None)
        lined = lines.get(id(entry)) if text is not None else None
        read = _lined_entry(lined, room) if lined is not None else _entry_text(entry, text)
        if read is None:
            room = (session_place(entry) or room) if text is not None else room
            continue
        name, clock, place = read
        if len(name) < 3 or is_junk_title(name):
            continue
        where = f"listing:{entry.tag} opening time"
        sources = {name: where for name, where in reading.sources.items() if name != "url"}
        sources.update(title=where, date_text=f"listing:{head.tag} + {where}")
        if place is not None:
            sources["location_text"] = where if place != room else f"listing:{entry.tag} room"
        parts.append(
            replace(
                reading,
                title=name,
                date_text=f"{day}, {clock}",
                start=None,
                url=None,
                location_text=place or (shared if lined is not None else reading.location_text),
                sources=sources,
            )
        )
    return parts


def _lined_entry(lined: EntryLines, room: str | None) -> tuple[str, str, str | None]:
    """An entry written on lines: its name, its clock, its own room or its session's."""
    return lined.name, lined.clock, lined.place or room


def _entry_text(entry: LexborNode, text: str | None) -> tuple[str, str, None] | None:
    """An entry that opens with its time in one run of text: its name and hours; None for an
    entry that does not open with a time."""
    match = _OPENING_TIME.match(text or "")
    if text is None or match is None:
        return None
    # „14:10-15:00 Plenary lecture: …“: the entry's hours, its end hour among them.
    hours = opening_hours(text)
    clock = hours["hours"] if hours is not None else match["time"]
    rest = _BRACKETED.sub("", text[hours.end() if hours is not None else match.end() :])
    name = (
        _headed_name(entry)
        or quoted_talk_title(rest)  # „Speaker (Institution) “Talk title”“
        or _NAME_END.split(rest, maxsplit=1)[0].strip(" .,;")
    )
    quoted = _QUOTED_SUBTITLE.match(rest, len(_NAME_END.split(rest, maxsplit=1)[0]))
    if quoted is not None:  # 'Lady 'A' - "Welcome to the Porch" - Blues and Soul Showcase'
        name = f"{name} - {quoted['subtitle']}"
    return name, clock, None


def _day_and_entries(segment: list[LexborNode]) -> list[LexborNode]:
    """ "<div class="day"><h1>Samstag 13.09.</h1><div class="event">10:00 …</div>…</div>": one
    block whose first child is a heading and whose other children are the day's entries reads
    as the head and its entries (a ``<dt>`` with its ``<dd>``s arrives so already)."""
    if len(segment) != 1:
        return segment
    children = list(segment[0].iter(include_text=False))
    if len(children) > 2 and children[0].tag in HEADING_TAGS:
        return children
    return segment


def _headed_name(entry: LexborNode) -> str | None:
    """ "<h2 class="time">10:00</h2><div><h2>Begrüßung</h2><p>durch Herrn Prof. …</p></div>":
    an entry whose time stands in a heading of its own is named by the heading after it (the
    line under that heading describes it)."""
    headings = [node for node in entry.traverse() if node.tag in HEADING_TAGS]
    if len(headings) < 2 or not TIME_LIKE.fullmatch(clean_text(visible_text(headings[0])) or ""):
        return None
    name = clean_text(visible_text(headings[1]))
    return name or None


_MAX_LISTED_NAME = 120
_OPENING_HOURS = lazy_re.compile(
    rf"^(?P<hours>(?:(?:ab|um|von|from)\s+)?(?:{TIME_LIKE.pattern})"
    rf"(?:\s*(?:[-–—]|bis|to)\s*(?:{TIME_LIKE.pattern}))?)\s*(?:[-–—:|]\s*)?(?=\w)",
    re.IGNORECASE,
)
_ARTICLE_BEFORE_DAY = lazy_re.compile(r"\bden\s+(?=\d)")


def events_listed_under_the_day(
    segment: list[LexborNode], reading: BlockReading
) -> list[BlockReading]:
    """ "<li>Freitag, den 2. Juni 2017<ul><li>Festakt in der Nydeggkirche</li><li>Cortège zur
    Schmiedstube</li></ul></li>": an item whose own text is only a day and whose one nested
    list names that day's events, undated and short, holds one offering per nested item (a
    Markdown programme of days). [] for any other block."""
    if len(segment) != 1 or reading.date_text is None:
        return []
    block = segment[0]
    lists = [child for child in block.iter(include_text=False) if child.tag in ("ul", "ol")]
    if not lists and (following := _list_right_after(block)) is not None:
        # "<li>Samstag 03.07.2021</li><ul><li>11:00 Uhr Waldspaziergang</li>…</ul>": the day's
        # list written after its item instead of inside it (a hand-written programme).
        lists = [following]
    if len(lists) != 1:
        return []
    own = " ".join(
        text
        for child in block.iter(include_text=True)
        if child.mem_id != lists[0].mem_id and (text := visible_text(child))
    )
    # "Freitag, den 2. Juni 2017": the article between weekday and day is part of the date.
    own = _ARTICLE_BEFORE_DAY.sub("", own)
    day = search_date_phrase(own)
    if day is None or not names_a_day(day.group(0)) or title_in_text(own) is not None:
        return []
    parts: list[BlockReading] = []
    for item in lists[0].iter(include_text=False):
        if item.tag != "li":
            return []
        name = clean_text(visible_text(item))
        when = day.group(0)
        if name and (clock := opening_hours(name)) is not None:
            # "14:00 – 17:00 Uhr LandArt Workshop", "Ab 10:00 Uhr Samenbomben bauen": the
            # entry's hours open its line.
            when, name = f"{when}, {clock['hours']}", name[clock.end() :].strip()
        if not name or len(name) > _MAX_LISTED_NAME or search_date_like(name):
            return []
        if is_junk_title(name):
            return []
        parts.append(_part(reading, name, when, None, item))
    return parts


def _list_right_after(block: LexborNode) -> LexborNode | None:
    """The ``<ul>``/``<ol>`` that is a list item's next sibling, nothing but blanks between."""
    if block.tag != "li":
        return None
    node = element_after(block)
    return node if node is not None and node.tag in ("ul", "ol") else None


def opening_hours(line: str) -> re.Match[str] | None:
    """ "14:00 – 17:00 Uhr LandArt Workshop", "Ab 10:00 Uhr …": the hours opening a line (group
    ``hours``), None when the line does not open with a clock."""
    return _OPENING_HOURS.match(line)
