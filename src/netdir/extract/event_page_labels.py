"""What an event page labels: label/value pairs ("Termin:" / "Di, 29.09.2026 16:30 Uhr", "Ort:"
/ "Rathaus"), a header row of labels above its values, a label's value continued on short lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.block_text import HEADING_TAGS, text_lines
from netdir.extract.colon_values import value_going_on
from netdir.extract.context import clean_text
from netdir.extract.date_cues import DATE_PHRASE, TIME_LIKE
from netdir.extract.day_hours_place import day_hours_place
from netdir.extract.inline_text import visible_text
from netdir.extract.short_elements import texts_within
from netdir.extract.when_and_where_label import answers_under

EXTRACTOR = "event_page"
# „Wo?“ / „Wann?“ ask what the next line answers, as „Wo:“ / „Wann:“ state it.
_LABEL = r"\s*[:：?]?\s*$"
# One qualifying word may precede a label: "Geplanter Sitzungstermin:", "Nächster Termin:".
# A publication note ("Veröffentlicht am:", "Updated date:") is no event date.
_QUALIFIER = (
    # „Erschienen am:“, „Print Date:“, „Post date:“: when an article went up or was printed.
    r"(?:(?!(?:veröffentlicht|erstellt|aktualisiert|geändert|erschienen|publiziert|eingestellt|"
    r"published|updated|posted|post|print|publication|modified|last|letzte)\b)"
    # „All Day“ under a day (WordPress Events Manager's „Date(s) - …<br><i>All Day</i>“) is
    # the day's value, an event without hours: no label, or it takes the value of the label
    # below it („Location“ / „B-Swingt Berlin“) and that one the line after.
    r"(?!all\s+day\b)"
    r"[A-Za-zÄÖÜäöüß]+\s+)?"
)
_DATE_LABEL = lazy_re.compile(
    rf"^{_QUALIFIER}(?:datum|termin|sitzungstermin|sitzungsdatum|veranstaltungstermin|"
    r"veranstaltungsdatum|datum und uhrzeit|datum ?[/&] ?(?:uhr)?zeit|wann|startdatum|beginnt am|"
    r"date|dates|when|"
    # frab's public schedule: „Day:“ / „2016-12-29“ over „Start time:“ / „21:15“.
    r"day|"
    # „Zeitraum: 07.11. bis 08.11.2025“: a conference's or course's run of days.
    r"zeitraum|tagungszeitraum|veranstaltungszeitraum|"
    r"start date|event date|date and time|date & time|date/time|meeting date|"
    r"meeting date/time|sitzung am|am)" + _LABEL,
    re.I,
)
_TIME_LABEL = lazy_re.compile(
    # „Zeitpunkt: 14.00 Uhr“: an excursion's hour.
    r"^(?:uhrzeit|zeit|zeitpunkt|beginn|sitzungsbeginn|anfang|start|time|start time)" + _LABEL,
    re.I,
)
# „Anreise: 13.8. ab 10 Uhr“ under a weekend camp's „Wann?: 13. -15. August“: the hour it opens
# — only in one line with a clock (a bare „Anreise“ is a menu's directions page, php-gebf2015-…).
_ARRIVAL_LABEL = lazy_re.compile(r"^anreise\s*$", re.I)
_BARE_TIME_LINE = lazy_re.compile(
    r"^(?P<label>uhrzeit|beginn|start|anfang|time|start time)\s+"
    r"(?P<value>\d{1,2}(?:[:.]\d{2})?\s*(?:uhr|h|am|pm)?)$",
    re.I,
)
_BARE_DATE_LINE = lazy_re.compile(r"^(?:datum|termin|date)\s+(?P<value>\d.*)$", re.I)
_PLACE_LABEL = lazy_re.compile(
    r"^(?:ort|wo|sitzungsort|veranstaltungsort|raum|sitzungsraum|location|where|venue|room|"
    r"meeting location|adresse|address|"
    # a trip's or walk's page: „Reiseziel: Leipzig“, „Treffpunkt: Parkplatz am Friedhof“,
    # „Ausgangs- und Endpunkt: Ammergauer Haus, …“, „Startpunkt: Rathaus“
    r"reiseziel|ausflugsziel|treffpunkt|ausgangspunkt|startpunkt|ausgangs- und endpunkt|"
    r"start- und zielpunkt|"
    # a competition's hall: „<h2>Spiellokal</h2>“ / „Rathaus Ilmenau“ (a chess tournament's
    # call), „Austragungsort:“, „Spielort:“ (not „Tagungsort:“: on a conference's dinner page it
    # is the conference's, php-gebf2015-gesellschaftsabend)
    r"spiellokal|spielort|austragungsort)" + _LABEL,
    re.I,
)
# Ordered: the first label found in this list names the event.
TITLE_LABELS = tuple(
    lazy_re.compile(rf"^(?:{words})" + _LABEL, re.I)
    for words in (
        "sitzung|sitzungsname|veranstaltung|veranstaltungsname|titel|event|event name|"
        "meeting name|bezeichnung|title",
        "gremium|name",
    )
)
# "📅 Wann: Samstag, 07.11.2026", "📍 Wo: Eugen-Hohly-Halle": a pictogram may stand before the label.
# A label's words may be joined by a hyphen („Ausgangs- und Endpunkt:“); a label may ask and
# state at once („Wann?: 13. -15. August | Freitag früh bis Sonntag Nachmittag“).
_INLINE_LABEL = lazy_re.compile(
    r"^(?:[^\w\s]{1,3}\s*)?(?P<label>[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß -]{1,24}?\??)\s*[:：]\s+"
    r"(?P<value>\S.*)$"
)
# „Duration:“ / „00:30“ (frab's public schedule), „Dauer: 90 Minuten“: how long, from the start.
_LENGTH_LABEL = lazy_re.compile(r"^(?:dauer|duration|länge|length)" + _LABEL, re.I)
# „Beginn: 17:30 Uhr“ / „Ende: 22:30 Uhr“: the clock the event ends at.
_END_LABEL = lazy_re.compile(r"^(?:ende|endzeit|end|end time|ends)" + _LABEL, re.I)
_LABELS = (
    ("date", _DATE_LABEL),
    ("time", _TIME_LABEL),
    ("place", _PLACE_LABEL),
    ("length", _LENGTH_LABEL),
    ("end", _END_LABEL),
)
MAX_LINES = 400  # an event page states its facts near the top
_MAX_CONTINUATION = 4  # lines of one address cell
MAX_CONTINUATION_CHARS = 60  # an address line, not a paragraph
_CELLS = frozenset({"td", "th"})


def page_lines(tree: LexborHTMLParser) -> list[tuple[str, LexborNode | None]] | None:
    """The page's lines as its labels are read (the first ``MAX_LINES``), the tree left as it
    is; None for a page without a body."""
    body = tree.body
    return text_lines([body])[:MAX_LINES] if body is not None else None


def labelled_place(tree: LexborHTMLParser) -> tuple[str, str] | None:
    """The place the page labels ("Ort:" / "Therapiezentrum Paderwall" / "Paderwall 13" / …)
    with the short lines that continue it, and where it stands; None when no line is labelled
    as a place. Leaves the tree as it is (other readers still read the whole page)."""
    lines = page_lines(tree)
    if lines is None:
        return None
    place = facts_by_label(lines).get("place")
    if place is None:
        return None
    return with_continuation(lines, place), f"{EXTRACTOR}:{place.where}"


def labelled_time(tree: LexborHTMLParser) -> tuple[str, str | None, str] | None:
    """The clock the page labels ("Start" / "20:00", "Beginn: 19 Uhr"), the date it labels
    beside it (or None) and where the clock stands; None when no line labels a time."""
    lines = page_lines(tree)
    if lines is None:
        return None
    facts = facts_by_label(lines)
    time, date = facts.get("time"), facts.get("date")
    if time is None:
        # A details list of label and value in one line without a colon ("Datum 02.08.2026",
        # "Start 20:00"): only a clock after a time label counts.
        for index, (text, _block) in enumerate(lines):
            if (bare := _BARE_TIME_LINE.match(text)) is not None:
                time = Fact(bare["value"], bare["label"], index)
                break
        dates = (_BARE_DATE_LINE.match(text) for text, _block in lines)
        date = next((Fact(m["value"], "", 0) for m in dates if m is not None), date)
    if time is None or not TIME_LIKE.search(time.value):
        return None
    return time.value, date.value if date is not None else None, f"{EXTRACTOR}:{time.where}"


def labelled_header(lines: list[tuple[str, LexborNode | None]], facts: dict[str, Fact]) -> bool:
    """The page names its event and its one date by labels, each date label beside its value
    in one row ("Termin:" | "Di, 29.09.2026 16:30 Uhr"), not a listing's column header
    ("Datum | Veranstaltung | Ort" above many rows)."""
    if "title" not in facts or "date" not in facts:
        return False
    date_labels: list[tuple[int, bool]] = []
    for index, (text, _block) in enumerate(lines):
        inline = _INLINE_LABEL.match(text)
        if _DATE_LABEL.match(inline["label"] if inline is not None else text):
            date_labels.append((index, inline is not None))
    if len(date_labels) != 1:
        return False
    index, in_one_line = date_labels[0]
    if in_one_line:
        return True
    value = facts["date"]
    label_block, value_block = lines[index][1], lines[value.index][1]
    if label_block is None or value_block is None:
        return False
    label_row, value_row = label_block.parent, value_block.parent
    return label_row is not None and value_row is not None and label_row.mem_id == value_row.mem_id


def time_below(lines: list[tuple[str, LexborNode | None]], date: Fact) -> Fact | None:
    """The time in the line right under a labelled date, when that line has no label of its
    own ("Sitzungstermin:" / "08.10.26 (Donnerstag)" / "18:30 Uhr - 22:00 Uhr")."""
    below = date.index + 1
    if below >= len(lines):
        return None
    text = lines[below][0]
    if label_name(text) or _INLINE_LABEL.match(text) or DATE_PHRASE.search(text):
        return None
    # „Samstag, 23.02.2013“ / „Von 13.00 – 21.00h“: the hours may open with their preposition.
    clock = _HOURS_LEAD.sub("", text, count=1)
    if TIME_LIKE.match(clock) or _CLOCK_RANGE.fullmatch(clock):
        return Fact(text, f"{date.where} (next line)", below)
    return None


_HOURS_LEAD = lazy_re.compile(r"^(?:von|ab|um|from|at)\s+(?=\d)", re.I)
# „13.00 – 21.00h“: dotted hours whose „Uhr“ / „h“ only the end carries.
_CLOCK_RANGE = lazy_re.compile(r"\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}\s*(?:uhr|h)", re.I)


def with_continuation(lines: list[tuple[str, LexborNode | None]], fact: Fact) -> str:
    """A value and the short lines that continue it in the same element or its siblings (an
    address cell: "Sitzungssaal" / "Rathausplatz 17" / "72805 Lichtenstein"; a venue heading
    and its ``<address>`` in one ``<dd>``), up to the next label."""
    if fact.index < 0 or fact.index >= len(lines):
        return fact.value
    line, block = lines[fact.index]
    # „Wo: Haus der Jugend Anne Frank“ / „Mecklenburgische Str. 15, 10713 Berlin“: a value after
    # its label in one line goes on in the lines of its own element (a <br> line), no further.
    inline = line != fact.value
    if block is None or (inline and not line.endswith(fact.value)):
        return fact.value
    parts = [fact.value]
    for text, other in lines[fact.index + 1 : fact.index + 1 + _MAX_CONTINUATION]:
        if other is None or label_name(text) or _INLINE_LABEL.match(text):
            break
        if inline and other.mem_id != block.mem_id:
            break
        if text.rstrip().endswith("?"):
            break  # „Was erwartet Euch?“: the next question-label, not an address line
        if other.tag in HEADING_TAGS and block.tag not in HEADING_TAGS:
            break  # „<h4>Kontakt</h4>“ after the address: the next section's heading
        if not _continues(block, other) or len(text) > MAX_CONTINUATION_CHARS:
            break
        if sum(ch.isalnum() for ch in text) < 2:
            break  # "^" (back to top), a separator
        if _MAP_LINK_LINE.match(text):
            break  # „Google Maps (opens new window)“ under the address: a link to a map
        parts.append(text)
    return ", ".join(parts)


# „Google Maps“, „Open Street Map (opens new window)“, „OpenStreetMap“: a line that only links the
# address to a map service says nothing more of the place.
_MAP_LINK_LINE = lazy_re.compile(
    r"^(?:google\s*maps|open\s*street\s*map|osm|bing\s*maps|apple\s*maps)"
    r"(?:\s*\((?:opens\s+(?:in\s+)?(?:a\s+)?new\s+window|öffnet\s+in\s+neuem\s+fenster)\))?$",
    re.I,
)


def _continues(block: LexborNode, other: LexborNode) -> bool:
    """``other`` continues the value in ``block``: the same element, a child of it, a sibling,
    or an ``<address>`` (an element that says what it is)."""
    if other.mem_id == block.mem_id or other.tag == "address":
        return True
    parent, other_parent = block.parent, other.parent
    if other_parent is None:
        return False
    if other_parent.mem_id == block.mem_id:
        return True
    # Sibling cells of a table row are other columns' values, not more of this one.
    return (
        parent is not None
        and other_parent.mem_id == parent.mem_id
        and block.tag not in _CELLS
        and other.tag not in _CELLS
    )


@dataclass(frozen=True, slots=True)
class Fact:
    value: str
    where: str  # the label ("Termin:") or the element it was read from
    index: int  # its line on the page


def facts_by_label(lines: list[tuple[str, LexborNode | None]]) -> dict[str, Fact]:
    """The first value of each known label: "Termin:" then its value line, "Ort: Rathaus" in
    one line, or a row of labels ("DATUM", "ORT", "BEGINN") followed by as many values. Of
    several title labels, "Sitzung:" wins over "Gremium:" (the order of ``TITLE_LABELS``)."""
    facts: dict[str, Fact] = {}
    titles: list[tuple[int, Fact]] = []

    def keep(name: str, rank: int, fact: Fact) -> None:
        if name == "title":
            titles.append((rank, fact))
        else:
            facts.setdefault(name, fact)

    texts = [text for text, _block in lines]
    index = 0
    while index < len(lines):
        text = lines[index][0]
        inline = _INLINE_LABEL.match(text)
        if inline is not None and (found := label_name(inline["label"])) is not None:
            label = f"{inline['label'].strip()}:"
            if found[0] == "title" and (dated := day_hours_place(inline["value"])) is not None:
                # „Veranstaltung: 11. April 2024, 18:00 Uhr, Mehrzweckhalle Grone …“: the
                # value is when and where, not what.
                keep("date", 0, Fact(inline["value"], label, index))
                if dated.place is not None:
                    keep("place", 0, Fact(dated.place, f"{label} after the day", index))
            else:
                keep(found[0], found[1], Fact(inline["value"], label, index))
            index += 1
            continue
        if (
            inline is not None
            and _ARRIVAL_LABEL.match(inline["label"])
            and TIME_LIKE.search(inline["value"])
        ):
            keep("time", 0, Fact(inline["value"], f"{inline['label'].strip()}:", index))
            index += 1
            continue
        if inline is not None and _kind_with_its_day(inline["label"], inline["value"]):
            keep("date", 0, Fact(inline["value"], f"{inline['label'].strip()}:", index))
            index += 1
            continue
        if (pair := _label_element(text, lines[index][1])) is not None:
            label, value, found = pair
            keep(found[0], found[1], Fact(value, f"{label}:", index))
            index += 1
            continue
        if (answers := answers_under(texts, index, _is_label)) is not None:
            # „Wann und wo?“ over „Donnerstag, 3. September 2026“ / „12.30 - 13.30 Uhr“ / „Zoom“
            label = f"{text.strip().rstrip(' :：?')}:"
            keep("date", 0, Fact(texts[answers.day], label, answers.day))
            if answers.hours is not None:
                keep("time", 0, Fact(texts[answers.hours], label, answers.hours))
            if answers.place_in_the_day is not None:
                # „Zeit und Ort“ over „08.08.2016 - 12.08.2016, WIL/B221“
                keep("place", 0, Fact(answers.place_in_the_day, label, answers.day))
            elif answers.place is not None:
                keep("place", 0, Fact(texts[answers.place], label, answers.place))
            index = max(i for i in (answers.day, answers.hours, answers.place) if i is not None)
            index += 1
            continue
        run: list[tuple[tuple[str, int], str]] = []
        while index < len(lines) and (found := label_name(lines[index][0])) is not None:
            run.append((found, lines[index][0].rstrip(" :：")))
            index += 1
        if run and _heads_a_list_of_rows(lines[index - len(run)][1]):
            # „<th>Uhrzeit</th><th>Bezeichnung</th>“ over a programme's rows: the header names
            # the columns of many rows, not the facts of one event („Bezeichnung: Kleine
            # Eröffnung“ named the page's event by its first row).
            run = []
        columns = _cells_under_the_header(lines, index - len(run), index) if run else None
        for offset, ((name, rank), label) in enumerate(run):
            value_index = columns[offset] if columns is not None else index + offset
            if value_index < len(lines) and label_name(lines[value_index][0]) is None:
                if _heading_under_a_bare_word(lines, index - len(run) + offset, value_index):
                    continue
                value = lines[value_index][0]
                if name == "date":
                    # „Datum & Zeit“ / „… findet statt am:“ / „Sonntag, den 02.06.2024 …“
                    value = value_going_on(lines, value_index, label_name)
                keep(name, rank, Fact(value, f"{label}:", value_index))
        if not run:
            index += 1
    if titles:
        facts["title"] = min(titles, key=lambda item: (item[0], item[1].index))[1]
    return facts


_MIN_LIST_ROWS = 3  # the header row and two rows of values: a list, not one event's facts


def _heads_a_list_of_rows(block: LexborNode | None) -> bool:
    """Whether ``block`` is a cell of a table's header row (two or more ``<th>``, no ``<td>``)
    with two or more rows under it. (A table of labels down its side — „<tr><th>Datum</th>
    <td>…</td></tr>“ per row — gives one event's facts: its rows hold a ``<td>`` each.)"""
    if block is None or block.tag != "th":
        return False
    row = block.parent
    while row is not None and row.tag != "tr":
        row = row.parent
    table = row.parent if row is not None else None
    while table is not None and table.tag != "table":
        table = table.parent
    if row is None or table is None:
        return False
    cells = [cell.tag for cell in row.iter() if cell.tag in _CELLS]
    if cells.count("th") < 2 or "td" in cells:
        return False
    rows = sum(1 for node in table.traverse() if node.tag == "tr")
    return rows >= _MIN_LIST_ROWS


def _heading_under_a_bare_word(
    lines: list[tuple[str, LexborNode | None]], label_index: int, value_index: int
) -> bool:
    """The line under a label word written without colon or question mark is a heading: a post's
    tag link („Veranstaltung“) over the heading of what follows („<h4>Siehe auch</h4>“) — a
    heading heads its own part of the page, it answers no label that does not ask. A label that
    is a section's heading itself („<h3>Location</h3>“ over „<h6>Legion Prince George</h6>“)
    heads its value, as a template sets it."""
    block, label_block = lines[value_index][1], lines[label_index][1]
    if block is None or block.tag not in HEADING_TAGS:
        return False
    if label_block is not None and label_block.tag in HEADING_TAGS:
        return False
    return not lines[label_index][0].rstrip().endswith((":", "：", "?"))


# „📆 Konferenz: 06.11.2025“ beside „💡 Deadline für Einsendungen: 02.06.2025“: the event's kind
# labels its day (a deadline's label names what closes, never the kind).
_KIND_LABEL = lazy_re.compile(
    r"^(?:konferenz|kongress|tagung|fachtag|fachtagung|symposium|barcamp|hackathon|workshop|"
    r"seminar|forum|conference|summit)$",
    re.I,
)


def _kind_with_its_day(label: str, value: str) -> bool:
    """The label is an event kind and its value nothing but a day („Konferenz: 06.11.2025“)."""
    if _KIND_LABEL.match(label.strip()) is None:
        return False
    match = DATE_PHRASE.match(value.strip())
    return match is not None and match.group(0).strip(" .,;") == value.strip(" .,;")


def _label_element(text: str, block: LexborNode | None) -> tuple[str, str, tuple[str, int]] | None:
    """ "<span class=meta-label>Datum</span> <span class=meta-value>30. Mai 2026</span>": a label
    without a colon in an element of its own, its value beside it on the same line, as a reader
    sees a label and its value side by side."""
    if block is None or " " not in text:
        return None
    # (a label shorter than the line: the text of a long block's containers is never built)
    elements = block.css("span, strong, b, em, small, label, dt, div, p")
    for element, _ in texts_within(elements, len(text) - 1):
        label = visible_text(element).strip()
        if not label or label == text or not text.startswith(f"{label} "):
            continue
        found = label_name(label)
        value = text[len(label) :].strip()
        return (label, value, found) if found is not None and value else None
    return None


# "… 19:00 Uhr\nOrt: Bürgerhaus": a line break in the source, then a known label.
_BREAK_BEFORE_LABEL = lazy_re.compile(r"\n(?=[^\S\n]*[A-Za-zÄÖÜäöüß ]{2,25}?\s*[:：]\s)")


def _cells_under_the_header(
    lines: list[tuple[str, LexborNode | None]], first: int, after: int
) -> list[int] | None:
    """For a run of label lines that is a table's header row („<th>Datum</th><th>Uhrzeit</th>
    <th>Veranstaltung</th><th>Ort</th>“) over one row of cells, the index of the first line of
    the cell under each label. A cell of two lines („<p><b>! Ab 04.07.2025 !</b></p> An jedem
    1. Freitag im Monat“) shifted every later label onto its neighbour's value when the labels
    took the lines after them in turn: the clock became the place, the habit the name. None
    when the run is no header row or the row under it has not a cell for every label."""
    header = _row_of(lines[first][1])
    if header is None or any(
        (row := _row_of(block)) is None or row.mem_id != header.mem_id
        for _text, block in lines[first:after]
    ):
        return None
    cells = [node for node in header.iter() if node.tag in _CELLS]
    if any(cell.tag != "th" for cell in cells):
        return None
    # the column of each label: a header may hold cells that are no label („Teilnahmelink“)
    columns = [
        next((c for c, cell in enumerate(cells) if _within(block, cell)), None)
        for _text, block in lines[first:after]
    ]
    if any(column is None for column in columns):
        return None
    below = header.next
    while below is not None and below.tag != "tr":
        below = below.next
    if below is None:
        # „<thead><tr>…</tr></thead><tbody><tr>…</tr></tbody>“: the row under it opens the body
        section = header.parent
        following = section.next if section is not None else None
        while following is not None and following.tag not in {"tbody", "tr"}:
            following = following.next
        below = following
        if below is not None and below.tag == "tbody":
            below = next((node for node in below.iter() if node.tag == "tr"), None)
    if below is None:
        return None
    values = [node for node in below.iter() if node.tag in _CELLS]
    if len(values) != len(cells) or any(cell.tag != "td" for cell in values):
        return None
    firsts: list[int] = []
    for column in columns:
        cell = values[column or 0]
        found = next(
            (i for i in range(after, len(lines)) if _within(lines[i][1], cell)),
            None,
        )
        if found is None:
            return None
        firsts.append(found)
    return firsts


def _row_of(block: LexborNode | None) -> LexborNode | None:
    """The ``<tr>`` holding ``block`` (itself a header cell), if any."""
    if block is None or block.tag != "th":
        return None
    row = block.parent
    while row is not None and row.tag != "tr":
        row = row.parent
    return row


def _within(block: LexborNode | None, cell: LexborNode) -> bool:
    """Whether ``block`` is ``cell`` or lies inside it."""
    node = block
    while node is not None:
        if node.mem_id == cell.mem_id:
            return True
        node = node.parent
    return False


def label_lines_apart(
    lines: list[tuple[str, LexborNode | None]],
) -> list[tuple[str, LexborNode | None]]:
    """A paragraph whose source writes its label lines apart with plain line breaks, no
    ``<br>`` ("<p>Datum: 15. Februar 2025, 19:00 Uhr⏎Ort: Bürgerhaus Bösingen⏎Herzliche
    Einladung …</p>", a Markdown paragraph): a browser runs it into one line, so "Datum:" took
    the place and the invitation as its value and "Ort:" was never read. Split such a line at
    its breaks when the line opens with a known label and another known label follows a break."""
    split: list[tuple[str, LexborNode | None]] = []
    for text, block in lines:
        inline = _INLINE_LABEL.match(text)
        if block is None or inline is None or label_name(inline["label"]) is None:
            split.append((text, block))
            continue
        raw = block.text(deep=True, separator="", strip=False)
        parts = [clean_text(part) for part in raw.split("\n")]
        kept = [part for part in parts if part]
        labels = [
            found
            for part in kept[1:]
            if (found := _INLINE_LABEL.match(part)) and label_name(found["label"])
        ]
        if not _BREAK_BEFORE_LABEL.search(raw) or not labels or " ".join(kept) != text:
            split.append((text, block))
            continue
        split.extend((part, block) for part in kept)
    return split


def _is_label(text: str) -> bool:
    return label_name(text) is not None


def label_name(text: str) -> tuple[str, int] | None:
    for name, pattern in _LABELS:
        if pattern.match(text):
            return name, 0
    for rank, pattern in enumerate(TITLE_LABELS):
        if pattern.match(text):
            return "title", rank
    return None
