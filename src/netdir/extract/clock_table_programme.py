"""The programme of an event's own page, written as a table of bare clocks under a column header.

A festival's or an online evening's page gives its day in the prose — „Wir starten 2022 mit
einem eintägigen Festival am 25. Juni (Samstag) von 12 Uhr bis 22 Uhr“, „Samstag (09.05.2020) ab
17:00 Uhr“ — and, under „Programm“, a Markdown table „Zeit | Programm“ (or „Uhrzeit |
Bezeichnung“, „When | What“) whose rows hold only a clock and a point's name: „12:15 | Einführung
3D-Druck“, „19:35 | **Talk:** k3se - Why and how …“. No row names a day, so only the event was
read. A reader sees each row as a point of the event on its day at its clock. An event of
several days sets one table per day under a heading naming the weekday („Friday - Day 1“,
„Samstag“): that table's rows are on the event's day of that weekday.

Read only on the page's one event, within its run (a week at most), for a table whose header
names a time column and a name column and no other (a third column — „Renndauer“ beside a race
day's heats — makes it the day's timetable, not its points), and only when two or more rows are
points. Rows that are
no point a visitor attends stay out: breaks and meals (``notices.names_a_break``), doors and
close, the shuttle, the set-up and the dismantling, markers such as „Start der Vorträge“, and
placeholders such as „Weitere Beiträge“. Text a browser does not show („<span
class="sr-only">(opens new window)</span>“ after a link) and struck-through parts
(„<s>DIY Cloud with Raspberry Pi</s>“, a talk called off) are no part of a name; a label before
the name („Talk:“) is dropped.

A meetup's talks are named without the speaker after the last comma („The one hour expression
language, Dan Leech“, ``talk_speakers``); „Abschluss“ closes the evening like „Ende“, and the
name column's header may be left empty („<th>Uhrzeit<th>“).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.block_text import HEADING_TAGS
from netdir.extract.context import PageContext, set_field
from netdir.extract.notices import names_a_break, only_opens_or_closes
from netdir.extract.talk_speakers import without_the_speakers
from netdir.normalize.when import parse_when
from netdir.normalize.when_words import GERMAN_WEEKDAY_ALT, WEEKDAYS
from netdir.records import RawRecord

EXTRACTOR = "event_page"
_WHERE = "event_page:programme table row (the event's day)"
_CONFIDENCE = 0.55

_TIME_HEAD = lazy_re.compile(r"^(?:uhrzeit|zeit|wann|when|time|beginn|start)\s*\??$", re.I)
_NAME_HEAD = lazy_re.compile(
    r"^(?:programm(?:punkt)?|programme|program|bezeichnung|was|what|veranstaltung|titel|title|"
    r"thema|topic|session|event)\s*\??$",
    re.I,
)
# „12:15“, „ab 14:00“, „9.30 Uhr“: the cell is only a clock (a span's start counts as its start).
_CLOCK = lazy_re.compile(
    r"^(?:ab\s+)?(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?:\s*uhr)?"
    r"(?:\s*(?:[-–—]|bis|to)\s*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*uhr)?)?$",
    re.I,
)
# „Talk:“, „Lightning Talks:“ stay a name's part when more follows; only a bare kind label goes.
_KIND_LABEL = lazy_re.compile(r"^(?:talk|vortrag|workshop|keynote)\s*:\s*(?=\S)", re.I)
# Rows that are no point a visitor attends (besides breaks, doors and close: ``notices``).
_NO_POINT = lazy_re.compile(
    r"^(?:shuttle\b.*|(?:bus|transfer)\s+(?:nach|von|from|to)\b.*|"
    r"start\s+(?:der|des)\s+(?:vorträge|talks|programms)|start\s+of\s+(?:the\s+)?talks|"
    r"(?:offizielles\s+)?ende|official\s+end|end\s+of\s+day(?:\s+\d+)?|"
    # „Abschluss“, „Abschluss & Netzwerken“: a meetup's close, as „Ende“ is
    r"abschluss(?:\s*(?:&|und|\+)\s*(?:netzwerken|networking))?|"
    r"set-?up|aufbau|abbau|dismantling|"
    r"doors?\s+open(?:ing)?(?:\s+day\s+\d+)?|"
    r"weitere\s+beiträge|more\s+talks|tba|tbd|open\s*end|openend)\W*$",
    re.I,
)
_HIDDEN_CLASS = lazy_re.compile(r"(?:^|\s)(?:sr-only|visually-hidden|screen-reader-text)(?:\s|$)")
_STRUCK = frozenset({"s", "del", "strike"})
_WEEKDAY_WORD = lazy_re.compile(
    rf"\b({GERMAN_WEEKDAY_ALT}|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.I,
)
_LIST_DASHES = lazy_re.compile(r":(?:\s*-)+\s+")
_COLUMNS = 2
# „Time | Speaker | Title“: a third column naming who gives each talk is the talks' own, not a
# timetable's measure (the name column still names the point).
_SPEAKER_HEAD = lazy_re.compile(
    r"^(?:speakers?|presenters?|referent(?:in|en|innen)?|sprecher(?:in)?|wer|who)\s*\??$", re.I
)
_RUN_DAYS = 7
_MIN_POINTS = 2
_MAX_NAME_CHARS = 200


def programme_table_points(
    tree: LexborHTMLParser, context: PageContext, event: RawRecord, today: date
) -> list[RawRecord]:
    """The points of the page's clock tables on the event's days (see the module's doc)."""
    body = tree.body
    if body is None or event.date_text is None:
        return []
    tables = body.css("table")
    if not tables:
        return []
    when = parse_when(event.date_text, today=today)
    if not when.start:
        return []
    first = date.fromisoformat(when.start[:10])
    last = date.fromisoformat(when.end[:10]) if when.end else first
    if not first <= last <= first + timedelta(days=_RUN_DAYS):
        return []
    points: list[RawRecord] = []
    for table in tables:
        columns = _time_and_name_columns(table)
        if columns is None:
            continue
        day = first if last == first else _day_of_the_table(table, first, last)
        if day is None:
            continue
        points.extend(_points(table, columns, day, context))
    return points if len(points) >= _MIN_POINTS else []


def _cells(row: LexborNode) -> list[LexborNode]:
    return [cell for cell in row.iter() if cell.tag in ("td", "th")]


def _time_and_name_columns(table: LexborNode) -> tuple[int, int] | None:
    header = next((row for row in table.css("tr") if any(c.tag == "th" for c in _cells(row))), None)
    if header is None:
        return None
    heads = [" ".join((cell.text() or "").split()) for cell in _cells(header)]
    if len(heads) == _COLUMNS + 1 and any(_SPEAKER_HEAD.match(text) for text in heads):
        # „Time | Speaker | Title“ (a one-day workshop's talks): the speakers' column aside
        heads = ["" if _SPEAKER_HEAD.match(text) else text for text in heads]
        time_at = next((i for i, text in enumerate(heads) if _TIME_HEAD.match(text)), None)
        name_at = next((i for i, text in enumerate(heads) if _NAME_HEAD.match(text)), None)
        return (time_at, name_at) if time_at is not None and name_at is not None else None
    if len(heads) != _COLUMNS:
        # „Uhrzeit | Programmpunkt | Renndauer“: a race day's timetable of heats and prize
        # givings, the day's schedule rather than points to attend (batch 42's Nightrace)
        return None
    time_at = next((i for i, text in enumerate(heads) if _TIME_HEAD.match(text)), None)
    # („<th>Uhrzeit<th>“: beside the time column's header the names' one left empty)
    name_at = next(
        (
            i
            for i, text in enumerate(heads)
            if _NAME_HEAD.match(text) or (i != time_at and not text)
        ),
        None,
    )
    if time_at is None or name_at is None or time_at == name_at:
        return None
    return time_at, name_at


def _day_of_the_table(table: LexborNode, first: date, last: date) -> date | None:
    """The event's day the nearest heading before the table names by its weekday."""
    node: LexborNode | None = table.prev
    while node is not None:
        if node.tag in HEADING_TAGS:
            found = _WEEKDAY_WORD.search(node.text() or "")
            if found is None:
                return None
            weekday = WEEKDAYS[found.group(1)]
            day = first
            while day <= last:
                if day.weekday() == weekday:
                    return day
                day += timedelta(days=1)
            return None
        node = node.prev
    return None


def _shown_text(cell: LexborNode) -> str:
    """The cell's text a browser shows: without hidden and struck-through elements."""
    parts: list[str] = []
    skip_below: set[int] = set()
    for node in cell.traverse(include_text=True):
        parent = node.parent
        if parent is not None and parent.mem_id in skip_below:
            if not node.is_text_node:
                skip_below.add(node.mem_id)
            continue
        if not node.is_text_node:
            if node.tag in _STRUCK or _HIDDEN_CLASS.search(node.attributes.get("class") or ""):
                skip_below.add(node.mem_id)
            continue
        parts.append(node.text_content or "")
    return " ".join(" ".join(parts).split())


def _point_name(cell: LexborNode) -> str | None:
    name = _shown_text(cell)
    # „Lightning Talks: - - A short chaotic story“ after the struck talk: the list's dashes go
    name = _LIST_DASHES.sub(": ", name).strip(" -–—")
    name = _KIND_LABEL.sub("", name)
    return name if counts_as_a_point(name) else None


def counts_as_a_point(name: str) -> bool:
    """Whether a timetable's name (its clock taken off) is a point the corpus counts: one a
    visitor attends (``names_a_point``), not the shuttle, the set-up or the close („Abschluss“)."""
    return names_a_point(name) and not _NO_POINT.match(name)


def names_a_point(name: str) -> bool:
    """Whether a programme line's name (its clock taken off) names a point a visitor attends: a
    short text with letters, no break („Kaffeepause“) and no opening or closing of the doors."""
    if not name or len(name) > _MAX_NAME_CHARS or not any(ch.isalpha() for ch in name):
        return False
    return not (names_a_break(name) or only_opens_or_closes(name))


def _points(
    table: LexborNode, columns: tuple[int, int], day: date, context: PageContext
) -> list[RawRecord]:
    rows = _clock_rows(table, columns)
    names = without_the_speakers([(_point_name(cell), _linked_tail(cell)) for _, cell in rows])
    points = []
    for (clock, _), name in zip(rows, names, strict=True):
        if name is None:
            continue
        record = context.new_record(EXTRACTOR, name, confidence=_CONFIDENCE)
        record.field_sources["title"] = _WHERE
        stamp = f"{day.isoformat()} {int(clock['h']):02d}:{clock['m']}"
        set_field(record, "date_text", stamp, _WHERE)
        set_field(record, "url", context.base_url, "page")
        points.append(record)
    return points


def _clock_rows(
    table: LexborNode, columns: tuple[int, int]
) -> list[tuple[re.Match[str], LexborNode]]:
    """Each data row's clock and name cell, in order."""
    time_at, name_at = columns
    rows = []
    for row in table.css("tr"):
        cells = _cells(row)
        if len(cells) <= max(time_at, name_at):
            # „09:30-09:45 | <td colspan="2">Introduction and registration</td>“: beside the
            # clock one cell spans the speaker's and the name's columns and names the point
            spanning = _spanning_name_cell(cells, time_at, name_at)
            if spanning is None:
                continue
            cells = [*cells[: time_at + 1], *([spanning] * (name_at - time_at))]
        if any(cell.tag == "th" for cell in cells) and not _spanning_th_name(cells, time_at):
            continue
        clock = _CLOCK.match(" ".join((cells[time_at].text() or "").split()))
        if clock is not None:
            rows.append((clock, cells[name_at]))
    return rows


def _spanning_th_name(cells: list[LexborNode], time_at: int) -> bool:
    """„<td>15:15-16:15</td><th colspan="2">Poster session</th>“: a data row whose point is set
    as a header cell spanning the row (the clock a plain cell), not the table's header row."""
    return cells[time_at].tag == "td" and all(
        cell.tag == "th" and (cell.attributes.get("colspan") or "").strip().isdigit()
        for index, cell in enumerate(cells)
        if index != time_at
    )


def _spanning_name_cell(cells: list[LexborNode], time_at: int, name_at: int) -> LexborNode | None:
    """The one cell after the clock that spans the columns up to the name's (its colspan)."""
    if time_at != 0 or name_at <= 1 or len(cells) != 2:
        return None
    span = (cells[1].attributes.get("colspan") or "").strip()
    return cells[1] if span.isdigit() and int(span) >= name_at else None


def _linked_tail(cell: LexborNode) -> str | None:
    """The text of a link that ends the cell („…, <a href=…>Michelle Sanver</a>“), if one does."""
    last = None
    for node in cell.traverse(include_text=True):
        if node.is_text_node:
            if (node.text_content or "").strip() and (
                node.parent is None or node.parent.tag != "a"
            ):
                last = None
        elif node.tag == "a":
            last = node
    return " ".join((last.text() or "").split()) if last is not None else None


def begins_at_the_first_clock(table: LexborNode, event: RawRecord, today: date) -> bool:
    """Give an event of one day without a clock the first clock of ``table`` when that is a
    programme table („19:00 | Ankommen“): it begins when its programme does. Whether it did."""
    if event.date_text is None:
        return False
    when = parse_when(event.date_text, today=today)
    if not when.start or "T" in when.start or (when.end and when.end[:10] != when.start[:10]):
        return False
    columns = _time_and_name_columns(table)
    rows = _clock_rows(table, columns) if columns is not None else []
    if not rows:
        return False
    clock = rows[0][0]
    stamp = f"{when.start[:10]} {int(clock['h']):02d}:{clock['m']}"
    set_field(event, "date_text", stamp, f"{_WHERE}: the programme's first clock")
    return True
