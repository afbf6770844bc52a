"""A page about one event (a meeting's page, an event's detail page) read as one record.

Such pages state their event as label/value pairs ("Termin:" / "Di, 29.09.2026 16:30 Uhr",
"Ort: Rathaus", a header row "DATUM | ORT | GREMIUM" above its values) or as a heading with the
date in or right under it ("Sitzung Rat am 03.09.2026"). The reader walks the page's lines once
(furniture left out), pairs labels with values, and builds one record when it finds a day
named as the event's: a labelled date, or a date in or right below the heading that titles it.
A page that states its days only as ``<time datetime>`` elements (one event on several days)
gives one record per day. Without a heading the ``<title>`` (without the site's name) names
the event; a ``<title>`` that holds the day names it before a committee label does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir.extract.block_places import invited_place
from netdir.extract.block_text import HEADING_TAGS, names_a_day, text_lines
from netdir.extract.context import PageContext, clean_text, set_field
from netdir.extract.date_cues import DATE_LIKE, DATE_PHRASE, TIME_LIKE
from netdir.extract.inline_text import visible_text
from netdir.extract.meta_line import meta_parts
from netdir.extract.sole_date_line import sole_dated_line
from netdir.extract.title_text import is_junk_title, named_invitation, title_in_text
from netdir.records import RawRecord

EXTRACTOR = "event_page"
CONFIDENCE = 0.6
_FURNITURE = "nav, header, footer, aside, [role=navigation], [role=banner], [role=contentinfo]"
_LABEL = r"\s*[:：]?\s*$"
# One qualifying word may precede a label: "Geplanter Sitzungstermin:", "Nächster Termin:".
# A publication note ("Veröffentlicht am:", "Updated date:") is no event date.
_QUALIFIER = (
    r"(?:(?!(?:veröffentlicht|erstellt|aktualisiert|geändert|published|updated|posted|"
    r"modified|last|letzte)\b)[A-Za-zÄÖÜäöüß]+\s+)?"
)
_DATE_LABEL = re.compile(
    rf"^{_QUALIFIER}(?:datum|termin|sitzungstermin|sitzungsdatum|veranstaltungstermin|"
    r"veranstaltungsdatum|datum und uhrzeit|datum ?[/&] ?(?:uhr)?zeit|wann|startdatum|beginnt am|"
    r"date|dates|when|"
    r"start date|event date|date and time|date & time|date/time|meeting date|"
    r"meeting date/time|sitzung am|am)" + _LABEL,
    re.I,
)
_TIME_LABEL = re.compile(
    r"^(?:uhrzeit|zeit|beginn|sitzungsbeginn|anfang|start|time|start time)" + _LABEL, re.I
)
_BARE_TIME_LINE = re.compile(
    r"^(?P<label>uhrzeit|beginn|start|anfang|time|start time)\s+"
    r"(?P<value>\d{1,2}(?:[:.]\d{2})?\s*(?:uhr|h|am|pm)?)$",
    re.I,
)
_BARE_DATE_LINE = re.compile(r"^(?:datum|termin|date)\s+(?P<value>\d.*)$", re.I)
_PLACE_LABEL = re.compile(
    r"^(?:ort|wo|sitzungsort|veranstaltungsort|raum|sitzungsraum|location|where|venue|"
    r"meeting location|adresse|address)" + _LABEL,
    re.I,
)
# Ordered: the first label found in this list names the event.
_TITLE_LABELS = tuple(
    re.compile(rf"^(?:{words})" + _LABEL, re.I)
    for words in (
        "sitzung|sitzungsname|veranstaltung|veranstaltungsname|titel|event|event name|"
        "meeting name|bezeichnung|title",
        "gremium|name",
    )
)
# A bare "Title" (of a talk, a paper) below the date names a part of the event, not the event.
_PART_TITLE_LABEL = re.compile(r"^(?:title|titel)\s*[:：]?$", re.I)
_INLINE_LABEL = re.compile(r"^(?P<label>[A-Za-zÄÖÜäöüß ]{2,25}?)\s*[:：]\s+(?P<value>\S.*)$")
_LABELS = (("date", _DATE_LABEL), ("time", _TIME_LABEL), ("place", _PLACE_LABEL))
# At most this many words follow the date in a subheading that only dates the heading above it
# ("Freitag, 25. September 2015 - Kassel").
_DATE_LINE_ADDENDUM_WORDS = 3
_GENERIC_HEADINGS = re.compile(
    r"^(?:tagesordnung|sitzung|termin|termine|veranstaltung|veranstaltungen|details?|"
    r"kalender|sitzungskalender|event|events|überblick|übersicht)$",
    re.I,
)
_PUBLISHED_CUE = re.compile(
    r"(?:veröffentlicht|stand|erstellt|aktualisiert|geändert|posted|published|updated)"
    r"(?:\s+(?:am|vom|on))?\W*$|\[$",
    re.I,
)  # "[19.11.2026] Der Kongress …": a bracketed date opening a teaser is its news date
_META_CLASS = re.compile(
    r"meta|byline|posted|publish|author|news|blog|entry-date|date(?:Published|Modified|Created)|"
    r"updated|changed|submitted",
    re.I,
)
_EVENT_CUE = re.compile(r"\b(?:sitzung|termin|veranstaltung|beginn|findet|am|vom|on)\b", re.I)
_NEAR_HEADING_LINES = 4
_MAX_TAG_CHARS = 40  # a tag list's item ("Tickets Required (Price Varies)"), not a paragraph
_DATE_LINE_LEAD = 25  # "Sitzung am 27.01.2026": a date line opens with its date; prose does not  # a date this close under the title heading is the event's
_MAX_LINES = 400  # an event page states its facts near the top
_MAX_EVENT_HEADER_CHARS = 1500  # an event's own <header>: name, host, day, time, place, tags
_RUN_LINES = 5  # "May 23" "-" "Sep 7" "10:00 AM" "-" "5:00 PM": a day's run of short lines
_RUN_LINE_CHARS = 30
_RUN_SEPARATOR = re.compile(r"^(?:[-–—]|to|bis|until)$", re.I)
_PLACE_AFTER_DATE_LINES = 12  # an event's place stands near its day, not in a teaser below
_PLACE_LEVELS = 3  # a line's element and two around it may say that they hold a place
# "event-venue", "dtp-meeting-venue", "location", "event-single__address", "veranstaltungsort"
_PLACE_NAME = re.compile(
    r"(?:^|[-_])(?:venue|location|address|adresse|ort|veranstaltungsort|sitzungsort)(?:$|[-_])",
    re.I,
)
_MAX_CONTINUATION = 4  # lines of one address cell
_MAX_CONTINUATION_CHARS = 60  # an address line, not a paragraph
_CELLS = frozenset({"td", "th"})
_MAX_OCCURRENCES = 50
_MACHINE_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}(?:$|[T ]\d)")
_TITLE_PART_WORDS = 3  # a first part of <title> this long names the event, not the site
_SITE_SUFFIX = re.compile(r"\s+[-|–—·:]{1,2}\s+")


def extract_event_page(
    tree: LexborHTMLParser,
    context: PageContext,
    *,
    labelled_only: bool = False,
    sole_labelled: bool = False,
) -> list[RawRecord]:
    """One record for a page about one event (one per day when it states several machine-
    readable days); [] for any other page. ``labelled_only``: only a labelled date ("Termin:")
    counts, for a page that also lists dated teasers. ``sole_labelled``: only a page whose
    header names its event and its one date by labels ("Sitzung:" / "Termin:", a date label
    nowhere else) — a meeting's page whose agenda documents look like a dated list."""
    labelled_only = labelled_only or sole_labelled
    body = tree.body
    if body is None:
        return []
    document_title = _document_title(tree)
    for node in body.css(_FURNITURE):
        if not _is_event_header(node):
            node.decompose()
    lines = _label_lines_apart(text_lines([body])[:_MAX_LINES])
    facts = _labelled_facts(lines)
    if sole_labelled and not _labelled_header(lines, facts):
        return []
    headings = _headings(lines)
    date = facts.get("date")
    sole = None
    if date is None and not labelled_only and not headings and _has_generic_heading(lines):
        # "<h1>Termine</h1>" over one event in plain lines (``sole_date_line``).
        sole = sole_dated_line(lines)
        if sole is not None:
            date = Fact(sole.date_text, "line below the event's name", sole.date_index)
    if date is None and not labelled_only:
        # A page that labels a time or a place ("Uhrzeit" / "13.00 bis 15.30 Uhr", "Ort" / …)
        # tells of an event: the bare date line under its heading is that event's day.
        labelled = "time" in facts or "place" in facts
        date = _date_under_a_heading(lines, headings, labelled_facts=labelled)
    elif date is None and not sole_labelled:
        # Beside dated teasers ("More Events"), the page's own <h1> with its day and time right
        # under it still names the page's event.
        date = _date_under_a_heading(lines, [h for h in headings if h.where == "h1"], timed=True)
    occurrences: list[tuple[str, str | None]] = []
    if (date is None or not names_a_day(date.value)) and not labelled_only:
        occurrences = _time_elements(body)
        if not occurrences:
            return []
        date = None
    elif date is None or not names_a_day(date.value):
        return []
    title = _title(
        facts, headings, date.index if date is not None else len(lines), _dated_title(tree)
    )
    if sole is not None:
        title = Fact(sole.name, "line above the page's one date line", sole.name_index)
    if title is None and document_title is not None:
        title = Fact(document_title, "title", -1)
    if title is None:
        return []
    if date is not None and 0 <= title.index <= date.index:
        between = " ".join(text for text, _ in lines[title.index + 1 : date.index + 1])
        invited = named_invitation(title.value, between)
        if invited is not None:
            title = Fact(invited, f"{title.where} + invitation text", title.index)
            # "… in das Dorfgemeinschaftshaus Hoitlingen ein." in the lines after the date.
            after = " ".join(text for text, _ in lines[title.index + 1 : date.index + 3])
            if (where := invited_place(after)) is not None:
                facts.setdefault("place", Fact(where, "invitation text", date.index))
    # "Sonntag, 15.02.2026 · 14:00 Uhr · Volkshaus Langenwang" under the h1: its hours and its
    # place are parts of the date's own line.
    meta = meta_parts(lines[date.index][0]) if date is not None and date.index >= 0 else None
    place = (
        facts.get("place")
        or (
            Fact(sole.place, "line below the date", sole.date_index + 1)
            if sole and sole.place
            else None
        )
        or (
            Fact(meta.place, f"{date.where} meta line", -1)
            if date and meta and meta.place
            else None
        )
        or _place_by_markup(lines, date.index if date is not None else 0)
        or _place_after_the_date(headings, title)
        or _dashed_place(lines, date, title)
    )
    place_text = _with_continuation(lines, place) if place is not None else None
    if date is None:
        return [
            _record(context, title, place, place_text, start=start, end=end)
            for start, end in occurrences
        ]
    date_text = _with_open_end(lines, date)
    time = facts.get("time") or _time_below(lines, date)
    if time is None and meta is not None and meta.time and not TIME_LIKE.search(date_text):
        date_text = f"{date_text}, {meta.time}"
    if time is not None and "time" not in facts and not TIME_LIKE.search(date_text):
        run = _with_run_below(lines, date)
        if len(run) > len(f"{date_text} {time.value}"):
            time = None  # "May 15" / "7:30 PM" / "-" / "9:30 PM": the run holds the end too
    if time is None and not TIME_LIKE.search(date_text):
        # "May 23" / "-" / "Sep 7" / "10:00 AM" / "-" / "5:00 PM": the day's run of short lines.
        date_text = _with_run_below(lines, date)
    elif time is not None and not TIME_LIKE.search(date_text) and TIME_LIKE.search(time.value):
        date_text = f"{date_text}, {time.value}"
    record = _record(context, title, place, place_text)
    set_field(record, "date_text", date_text, f"{EXTRACTOR}:{date.where}")
    return [record]


def labelled_place(tree: LexborHTMLParser) -> tuple[str, str] | None:
    """The place the page labels ("Ort:" / "Therapiezentrum Paderwall" / "Paderwall 13" / …)
    with the short lines that continue it, and where it stands; None when no line is labelled
    as a place. Leaves the tree as it is (other readers still read the whole page)."""
    body = tree.body
    if body is None:
        return None
    lines = text_lines([body])[:_MAX_LINES]
    place = _labelled_facts(lines).get("place")
    if place is None:
        return None
    return _with_continuation(lines, place), f"{EXTRACTOR}:{place.where}"


def labelled_time(tree: LexborHTMLParser) -> tuple[str, str | None, str] | None:
    """The clock the page labels ("Start" / "20:00", "Beginn: 19 Uhr"), the date it labels
    beside it (or None) and where the clock stands; None when no line labels a time."""
    body = tree.body
    if body is None:
        return None
    lines = text_lines([body])[:_MAX_LINES]
    facts = _labelled_facts(lines)
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


def _labelled_header(lines: list[tuple[str, LexborNode | None]], facts: dict[str, Fact]) -> bool:
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


def _record(
    context: PageContext,
    title: Fact,
    place: Fact | None,
    place_text: str | None,
    *,
    start: str | None = None,
    end: str | None = None,
) -> RawRecord:
    record = context.new_record(EXTRACTOR, title.value, confidence=CONFIDENCE)
    record.field_sources["title"] = f"{EXTRACTOR}:{title.where}"
    set_field(record, "start", start, f"{EXTRACTOR}:time@datetime")
    set_field(record, "end", end, f"{EXTRACTOR}:time@datetime")
    if place is not None:
        set_field(record, "location_text", place_text, f"{EXTRACTOR}:{place.where}")
    set_field(record, "url", context.base_url, "page")
    return record


def _document_title(tree: LexborHTMLParser) -> str | None:
    """The page's ``<title>`` without the site's name ("Foodie Fridays - City of Prince
    George" → "Foodie Fridays"): the event's name when no heading states it."""
    node = tree.css_first("head title")
    text = node.text(strip=True) if node is not None else ""
    title = _SITE_SUFFIX.split(text, maxsplit=1)[0].strip()
    if not title or is_junk_title(title) or _GENERIC_HEADINGS.match(title):
        return None
    return title


def _dated_title(tree: LexborHTMLParser) -> Fact | None:
    """The part of ``<title>`` that holds a day-level date, without the date."""
    node = tree.css_first("head title")
    text = node.text(strip=True) if node is not None else ""
    segments = _SITE_SUFFIX.split(text)
    for index, segment in enumerate(segments):
        match = DATE_PHRASE.search(segment)
        if match is not None and names_a_day(match.group(0)):
            title = title_in_text(segment)
            if title and not any(ch.isalpha() for ch in segment[: match.start()]):
                # "Material 2018 — … — Friday, November 16th, Reykjavík": what follows a date
                # that opens its part says where, the page's headings name the event.
                return None
            if title and not is_junk_title(title):
                return Fact(title, "title", -1)
            # "SessionNet | Sitzung des Rates - 25.06.2012 - 17:00 Uhr": the date stands in a
            # part of its own, the event's name in the part before it (not the site's name
            # alone in front: "SessionNet | 25.06.2012").
            before = segments[index - 1].strip() if index else ""
            names_event = before and (index > 1 or len(before.split()) >= _TITLE_PART_WORDS)
            if names_event and not is_junk_title(before) and not _GENERIC_HEADINGS.match(before):
                return Fact(before, "title", -1)
            return None
    return None


_OPEN_END = re.compile(r"(?:\s|^)(?:bis|-|–|to|until)\s*$", re.I)


def _with_open_end(lines: list[tuple[str, LexborNode | None]], date: Fact) -> str:
    """ "06.07.2013 20:00 bis" | "07.07.2013 02:00" (Plone's „Wann“ row in two cells): a date
    that ends on "bis" goes on in the next line, when that line is a date or a time."""
    below = date.index + 1
    if not _OPEN_END.search(date.value) or not 0 < below < len(lines):
        return date.value
    text = lines[below][0]
    if len(text) > _RUN_LINE_CHARS or not (DATE_PHRASE.match(text) or TIME_LIKE.match(text)):
        return date.value
    return f"{date.value} {text}"


def _time_below(lines: list[tuple[str, LexborNode | None]], date: Fact) -> Fact | None:
    """The time in the line right under a labelled date, when that line has no label of its
    own ("Sitzungstermin:" / "08.10.26 (Donnerstag)" / "18:30 Uhr - 22:00 Uhr")."""
    below = date.index + 1
    if below >= len(lines):
        return None
    text = lines[below][0]
    if _label_name(text) or _INLINE_LABEL.match(text) or DATE_PHRASE.search(text):
        return None
    return Fact(text, f"{date.where} (next line)", below) if TIME_LIKE.match(text) else None


def _with_continuation(lines: list[tuple[str, LexborNode | None]], fact: Fact) -> str:
    """A value and the short lines that continue it in the same element or its siblings (an
    address cell: "Sitzungssaal" / "Rathausplatz 17" / "72805 Lichtenstein"; a venue heading
    and its ``<address>`` in one ``<dd>``), up to the next label."""
    if fact.index < 0 or fact.index >= len(lines) or lines[fact.index][0] != fact.value:
        return fact.value
    block = lines[fact.index][1]
    if block is None:
        return fact.value
    parts = [fact.value]
    for text, other in lines[fact.index + 1 : fact.index + 1 + _MAX_CONTINUATION]:
        if other is None or _label_name(text) or _INLINE_LABEL.match(text):
            break
        if not _continues(block, other) or len(text) > _MAX_CONTINUATION_CHARS:
            break
        if sum(ch.isalnum() for ch in text) < 2:
            break  # "^" (back to top), a separator
        parts.append(text)
    return ", ".join(parts)


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


def _time_elements(body: LexborNode) -> list[tuple[str, str | None]]:
    """Days the page states as ``<time datetime>``, each with the end its element pairs it
    with ("Fri, Jul 4 2025, 11am - 3pm" as two ``<time>`` in one line). A time in an
    article's meta line (byline, publication date) is left out."""
    occurrences: dict[str, str | None] = {}
    for node in body.css("time[datetime]"):
        value = (node.attributes.get("datetime") or "").strip()
        if not _MACHINE_DAY.match(value) or _is_meta(node):
            continue
        parent = node.parent
        siblings = parent.css("time[datetime]") if parent is not None else []
        values = [(n.attributes.get("datetime") or "").strip() for n in siblings]
        if len(values) == 2 and values[0] == value and values[1][:10] >= value[:10]:
            occurrences.setdefault(value, values[1])
        elif value not in values[1:2] or len(values) != 2:
            occurrences.setdefault(value, None)
    return list(occurrences.items())[:_MAX_OCCURRENCES]


def _is_meta(node: LexborNode) -> bool:
    current: LexborNode | None = node
    for _ in range(4):
        if current is None or not current.is_element_node:
            return False
        attributes = current.attributes
        classes = " ".join(filter(None, (attributes.get("class"), attributes.get("itemprop"))))
        if _META_CLASS.search(classes):
            return True
        current = current.parent
    return False


@dataclass(frozen=True, slots=True)
class Fact:
    value: str
    where: str  # the label ("Termin:") or the element it was read from
    index: int  # its line on the page


def _labelled_facts(lines: list[tuple[str, LexborNode | None]]) -> dict[str, Fact]:
    """The first value of each known label: "Termin:" then its value line, "Ort: Rathaus" in
    one line, or a row of labels ("DATUM", "ORT", "BEGINN") followed by as many values. Of
    several title labels, "Sitzung:" wins over "Gremium:" (the order of ``_TITLE_LABELS``)."""
    facts: dict[str, Fact] = {}
    titles: list[tuple[int, Fact]] = []

    def keep(name: str, rank: int, fact: Fact) -> None:
        if name == "title":
            titles.append((rank, fact))
        else:
            facts.setdefault(name, fact)

    index = 0
    while index < len(lines):
        text = lines[index][0]
        inline = _INLINE_LABEL.match(text)
        if inline is not None and (found := _label_name(inline["label"])) is not None:
            keep(found[0], found[1], Fact(inline["value"], f"{inline['label'].strip()}:", index))
            index += 1
            continue
        if (pair := _label_element(text, lines[index][1])) is not None:
            label, value, found = pair
            keep(found[0], found[1], Fact(value, f"{label}:", index))
            index += 1
            continue
        run: list[tuple[tuple[str, int], str]] = []
        while index < len(lines) and (found := _label_name(lines[index][0])) is not None:
            run.append((found, lines[index][0].rstrip(" :：")))
            index += 1
        for offset, ((name, rank), label) in enumerate(run):
            value_index = index + offset
            if value_index < len(lines) and _label_name(lines[value_index][0]) is None:
                keep(name, rank, Fact(lines[value_index][0], f"{label}:", value_index))
        if not run:
            index += 1
    if titles:
        facts["title"] = min(titles, key=lambda item: (item[0], item[1].index))[1]
    return facts


def _label_element(text: str, block: LexborNode | None) -> tuple[str, str, tuple[str, int]] | None:
    """ "<span class=meta-label>Datum</span> <span class=meta-value>30. Mai 2026</span>": a label
    without a colon in an element of its own, its value beside it on the same line, as a reader
    sees a label and its value side by side."""
    if block is None or " " not in text:
        return None
    for element in block.css("span, strong, b, em, small, label, dt, div, p"):
        label = visible_text(element).strip()
        if not label or label == text or not text.startswith(f"{label} "):
            continue
        found = _label_name(label)
        value = text[len(label) :].strip()
        return (label, value, found) if found is not None and value else None
    return None


# "… 19:00 Uhr\nOrt: Bürgerhaus": a line break in the source, then a known label.
_BREAK_BEFORE_LABEL = re.compile(r"\n(?=[^\S\n]*[A-Za-zÄÖÜäöüß ]{2,25}?\s*[:：]\s)")


def _label_lines_apart(
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
        if block is None or inline is None or _label_name(inline["label"]) is None:
            split.append((text, block))
            continue
        raw = block.text(deep=True, separator="", strip=False)
        parts = [clean_text(part) for part in raw.split("\n")]
        kept = [part for part in parts if part]
        labels = [
            found
            for part in kept[1:]
            if (found := _INLINE_LABEL.match(part)) and _label_name(found["label"])
        ]
        if not _BREAK_BEFORE_LABEL.search(raw) or not labels or " ".join(kept) != text:
            split.append((text, block))
            continue
        split.extend((part, block) for part in kept)
    return split


def _label_name(text: str) -> tuple[str, int] | None:
    for name, pattern in _LABELS:
        if pattern.match(text):
            return name, 0
    for rank, pattern in enumerate(_TITLE_LABELS):
        if pattern.match(text):
            return "title", rank
    return None


def _has_generic_heading(lines: list[tuple[str, LexborNode | None]]) -> bool:
    """The page's heading says only what kind of page it is ("Termine", "Veranstaltungen")."""
    return any(
        block is not None and block.tag in HEADING_TAGS[:3] and _GENERIC_HEADINGS.match(text)
        for text, block in lines
    )


def _headings(lines: list[tuple[str, LexborNode | None]]) -> list[Fact]:
    """The lines that are h1–h3 headings naming something (not "Tagesordnung", not "Date")."""
    found = []
    for index, (text, block) in enumerate(lines):
        if block is None or block.tag not in HEADING_TAGS[:3]:
            continue
        if _GENERIC_HEADINGS.match(text) or is_junk_title(text) or _label_name(text):
            continue
        found.append(Fact(text, block.tag or "heading", index))
    return found


def _date_under_a_heading(
    lines: list[tuple[str, LexborNode | None]],
    headings: list[Fact],
    *,
    timed: bool = False,
    labelled_facts: bool = False,
) -> Fact | None:
    """A day-level date in a heading itself or in the few lines right under it (``timed``: only
    one with a time in its line or in the short lines right after it; ``labelled_facts``: the
    page labels the event's time or place, so a line opening with a date dates the event)."""
    for heading in headings:
        for offset, index in _near_heading(lines, heading.index):
            text, block = lines[index]
            match = DATE_PHRASE.search(text)
            if match is None or not names_a_day(match.group(0)):
                continue
            if _PUBLISHED_CUE.search(text[: match.start()]):
                continue
            has_time = TIME_LIKE.search(text) is not None or _time_follows(lines, index)
            if timed and not has_time:
                continue
            if offset and (
                match.start() > _DATE_LINE_LEAD
                or not (
                    _states_an_event(text, block)
                    or _time_follows(lines, index)
                    or _announces_with_place(text, block)
                    or (labelled_facts and match.start() == 0 and not _is_meta_line(block))
                    or (offset == 1 and _only_a_day_range(text, match))
                    or _date_under_its_venue(lines, index, match)
                )
            ):
                continue  # "21. März 2018" under a news headline is when it was published
            where = block.tag if block is not None and block.tag else "text"
            if offset:
                where = f"{where} below {heading.where}"
            return Fact(match.group(0), where, index)
    return None


_BYLINE = re.compile(r"^\s*(?:by|von|posted|geschrieben|author|autor)\b", re.I)
_MAX_VENUE_CHARS = 60
_YEAR_ONLY = re.compile(
    r"^(?:,?\s*\d{4})?\s*$"
)  # "Tue 20th Dec, 2011": the phrase stops at the comma


def _date_under_its_venue(
    lines: list[tuple[str, LexborNode | None]], index: int, match: re.Match[str]
) -> bool:
    """A line that is only its date, right under a short undated line of the same box ("London
    99 Club @ Storm Nightclub" / "Tue 20th Dec, 2011" in one blockquote): an event's venue and
    day, not a byline and its publication date."""
    text, block = lines[index]
    rest = text[match.end() :]
    if match.start() != 0 or not _YEAR_ONLY.match(rest) or index == 0 or _is_meta_line(block):
        return False
    above, above_block = lines[index - 1]
    if (
        block is None
        or above_block is None
        or len(above) > _MAX_VENUE_CHARS
        or DATE_LIKE.search(above) is not None
        or _BYLINE.match(above) is not None
        or _is_meta_line(above_block)
    ):
        return False
    parent, above_parent = block.parent, above_block.parent
    return parent is not None and above_parent is not None and parent.mem_id == above_parent.mem_id


def _near_heading(lines: list[tuple[str, LexborNode | None]], start: int) -> list[tuple[int, int]]:
    """(distance, index) of the heading's line and the few lines under it. A run of short
    undated items of one list ("Adults 21+" / "Special Event" / "Pacific Science Center": a
    hero's tag list) is one step, like the single line it shows as; a list item with a date
    or a long text still counts alone, so a listing's items do not come nearer."""
    near = [(0, start)]
    distance = 0
    for index in range(start + 1, len(lines)):
        if not _same_tag_list(lines[index - 1], lines[index]):
            distance += 1
        if distance > _NEAR_HEADING_LINES:
            break
        near.append((distance, index))
    return near


def _same_tag_list(
    previous: tuple[str, LexborNode | None], line: tuple[str, LexborNode | None]
) -> bool:
    """Both lines are short undated items of one list."""
    if (
        previous[1] is None
        or line[1] is None
        or not (_is_tag_item(previous) and _is_tag_item(line))
    ):
        return False
    parent, previous_parent = line[1].parent, previous[1].parent
    return (
        parent is not None
        and previous_parent is not None
        and parent.mem_id == previous_parent.mem_id
    )


def _is_tag_item(line: tuple[str, LexborNode | None]) -> bool:
    text, block = line
    return (
        block is not None
        and block.tag == "li"
        and len(text) <= _MAX_TAG_CHARS
        and DATE_LIKE.search(text) is None
        and TIME_LIKE.search(text) is None
    )


def _only_a_day_range(text: str, match: re.Match[str]) -> bool:
    """ "<h1>Winter-ZaPF in Freiburg</h1><p>31.10.2019 - 3.11.2019</p>": a line right under
    the heading that is nothing but a span of days dates the event — a page is published on
    one day, not over several."""
    if text.strip(" .,;") != match.group(0).strip(" .,;"):
        return False
    return len(DATE_LIKE.findall(text)) >= 2 and _DAY_RANGE.search(text) is not None


# Between two days of a range: "31.10.2019 - 3.11.2019", "12. bis 14. Mai 2026".
_DAY_RANGE = re.compile(r"\s(?:-|–|—|bis)\s")


def _place_by_markup(lines: list[tuple[str, LexborNode | None]], after: int) -> Fact | None:
    """Without a "Ort:" label: the first line at or after the event's date that an
    ``<address>`` or an element named as a place holds ("dtp-meeting-venue",
    ``fs-list-field="location"``, ``itemprop="location"``)."""
    for index, (text, block) in enumerate(lines[after : after + _PLACE_AFTER_DATE_LINES], after):
        node = block
        for _ in range(_PLACE_LEVELS):
            if node is None or node.tag in ("body", "html"):
                break
            if _names_a_place(node):
                if DATE_PHRASE.search(text) or len(text) > _MAX_CONTINUATION_CHARS * 2:
                    break
                return Fact(text, f"{node.tag}.{_place_name(node)}", index)
            node = node.parent
    return None


def _names_a_place(node: LexborNode) -> bool:
    if node.tag == "address":
        return True
    return bool(_place_name(node))


def _place_name(node: LexborNode) -> str:
    """The class word or field name that says the element holds a place ("" if none)."""
    attributes = node.attributes
    for name in ("class", "itemprop", "fs-list-field", "data-field"):
        for word in (attributes.get(name) or "").split():
            if _PLACE_NAME.search(word):
                return word
    return "address" if node.tag == "address" else ""


def _is_event_header(node: LexborNode) -> bool:
    """A ``<header>`` that holds the page's ``<h1>`` and a day is the event's own header (its
    name, day and time above the description), not the site's banner."""
    if node.tag != "header" or node.css_first("h1") is None:
        return False
    text = visible_text(node)
    if len(text) > _MAX_EVENT_HEADER_CHARS:
        return False
    match = DATE_PHRASE.search(text)
    return match is not None and names_a_day(match.group(0))


def _short_run_line(text: str) -> str | None:
    """What a short line adds to a day's run: "sep" ("-", "to"), "time" ("7:30 PM", "2–4 pm"),
    "day" ("Sep 7"); None for any other line."""
    if len(text) > _RUN_LINE_CHARS:
        return None
    if _RUN_SEPARATOR.match(text):
        return "sep"
    if text[:1].isdigit() and TIME_LIKE.search(text) and not DATE_PHRASE.search(text):
        return "time"
    match = DATE_PHRASE.fullmatch(text)
    if match is not None and names_a_day(text):
        return "day"
    return None


def _time_follows(lines: list[tuple[str, LexborNode | None]], index: int) -> bool:
    """A time in the short lines right after line ``index`` ("February 22, 2026" / "2–4 pm")."""
    for text, _block in lines[index + 1 : index + 1 + _RUN_LINES]:
        kind = _short_run_line(text)
        if kind == "time":
            return True
        if kind is None:
            return False
    return False


def _with_run_below(lines: list[tuple[str, LexborNode | None]], date: Fact) -> str:
    """The date with the separators, days and times in the short lines right under it."""
    parts = [date.value]
    if 0 <= date.index < len(lines) and date.value in lines[date.index][0]:
        for text, _block in lines[date.index + 1 : date.index + 1 + _RUN_LINES]:
            if _short_run_line(text) is None:
                break
            parts.append(text)
    while len(parts) > 1 and _RUN_SEPARATOR.match(parts[-1]):
        parts.pop()
    return " ".join(parts)


def _is_meta_line(block: LexborNode | None) -> bool:
    classes = (block.attributes.get("class") or "") if block is not None else ""
    return _META_CLASS.search(classes) is not None


def _states_an_event(text: str, block: LexborNode | None) -> bool:
    """A date line under a heading dates an event when it has a time or says "Sitzung am",
    and is not an article's meta line (byline, publication date)."""
    classes = (block.attributes.get("class") or "") if block is not None else ""
    if _META_CLASS.search(classes):
        return False
    return TIME_LIKE.search(text) is not None or _EVENT_CUE.search(text) is not None


# "Friday, November 16th, 2018 — Reykjavík, Iceland": a day, a dash and a place, nothing else.
# A describing phrase: an article, then at least five more words.
_MIN_NAME_CHARS = 4
_TAGLINE = re.compile(r"^(?:a|an|the|ein|eine)\s+(?:\S+\s+){4,}\S+", re.I)
_DASHED_PLACE = re.compile(r"^\s*[—–-]\s*(?P<place>[^\W\d][^.!?:;]{1,50})$")


def _place_after_a_dash(text: str) -> str | None:
    """The place of a line that is only a date, a dash and where ("Friday, November 16th,
    2018 — Reykjavík, Iceland" under the conference's name): an announcement, not a news
    item's publication date, which is never followed by a place."""
    match = DATE_PHRASE.search(text)
    if match is None or any(ch.isalpha() for ch in text[: match.start()]):
        return None
    rest = _DASHED_PLACE.match(text[match.end() :])
    if rest is None or len(rest["place"].split()) > _DATE_LINE_ADDENDUM_WORDS:
        return None
    return rest["place"].strip()


def _announces_with_place(text: str, block: LexborNode | None) -> bool:
    """A date line with a place after a dash and no link: a teaser's line ("Freitag, 25.
    September 2015 - Kassel, mehr") links the page of its event."""
    linked = block is not None and block.css_first("a") is not None
    return not linked and _place_after_a_dash(text) is not None


def _name_above_a_date_line(headings: list[Fact], dated: Fact, rest: str) -> Fact | None:
    """ "<h1>Anwendertreffen der QGIS Anwendergruppe</h1> <h3>Freitag, 25. September 2015 -
    Kassel</h3>": a subheading that opens with its date and adds a word or two after it (the
    town, the venue) is the event's date line; the higher heading right above names it."""
    match = DATE_PHRASE.search(dated.value)
    if match is None or any(ch.isalpha() for ch in dated.value[: match.start()]):
        return None  # "Sitzung Rat am 03.09.2026": the name comes first
    if len(rest.split()) > _DATE_LINE_ADDENDUM_WORDS:
        return None
    above = [h for h in headings if h.index < dated.index]
    if not above or _heading_rank(above[-1]) >= _heading_rank(dated):
        return None
    return above[-1]


def _place_after_the_date(headings: list[Fact], title: Fact) -> Fact | None:
    """The words after the date in the date line under the title's heading ("… 2015 - Kassel"):
    where it takes place, when nothing else on the page says so."""
    for heading in headings:
        if heading.index <= title.index or not DATE_PHRASE.search(heading.value):
            continue
        rest = title_in_text(heading.value)
        if rest and _name_above_a_date_line(headings, heading, rest) == title:
            return Fact(rest, heading.where, heading.index)
        return None
    return None


def _dashed_place(
    lines: list[tuple[str, LexborNode | None]], date: Fact | None, title: Fact
) -> Fact | None:
    """The place after the dash of the event's date line — not of the heading that names it
    ("Mittwoch, 30. September 2026, 09:00 Uhr - Vollversammlung")."""
    if date is None or date.index == title.index or not 0 <= date.index < len(lines):
        return None
    place = _place_after_a_dash(lines[date.index][0])
    return Fact(place, f"{date.where} after the dash", date.index) if place else None


def _names_the_meeting(labelled: Fact | None, dated_title: Fact) -> bool:
    """ "Meeting Name:" / "City Council" inside the dated <title> "Meeting of City Council on
    …": the label gives the bare name the <title> wraps in words. A label value the <title>
    does not hold ("Sitzung:" / "Rat/05/2012", a meeting's number) leaves the <title>."""
    if labelled is None or _TITLE_LABELS[0].match(labelled.where) is None:
        return False
    name = labelled.value.strip().casefold()
    return len(name) >= _MIN_NAME_CHARS and name in dated_title.value.casefold()


def _heading_rank(fact: Fact) -> int:
    return int(fact.where[1]) if re.fullmatch(r"h[1-6]", fact.where) else 9


def _title(
    facts: dict[str, Fact], headings: list[Fact], date_index: int, dated_title: Fact | None = None
) -> Fact | None:
    """A heading holding the date ("Sitzung Rat am 03.09.2026") names the event best, then the
    page's ``<title>`` when it holds a date ("PARLIS - Tagesordnung der 5. Sitzung des OBR 10
    am 20.10.2026"); then a labelled title ("Sitzung:") unless it stands below the date under an
    ``<h1>`` above it; then the nearest heading above the date; then the first."""
    for heading in headings:
        if DATE_PHRASE.search(heading.value) and (title := title_in_text(heading.value)):
            named = _name_above_a_date_line(headings, heading, title)
            return named or Fact(title, heading.where, heading.index)
    labelled = facts.get("title")
    if dated_title is not None and not _names_the_meeting(labelled, dated_title):
        return dated_title
    main = next((h for h in headings if h.where == "h1" and h.index < date_index), None)
    if (
        labelled is not None
        and main is not None
        and labelled.index > date_index
        and _PART_TITLE_LABEL.match(labelled.where)
    ):
        # "<h1>MACRO Seminar: Diego Daruich</h1> … Date and Time … <h2>Title</h2> "The
        # Macroeconomics of …"": below the date, a "Title" names a part (the talk), the <h1>
        # above the date names the event.
        labelled = None
    if labelled is not None:
        title = title_in_text(labelled.value) or labelled.value
        if not is_junk_title(title):
            return Fact(title, labelled.where, labelled.index)
    above = [h for h in headings if h.index <= date_index]
    below = [h for h in headings if h.index > date_index]
    if (
        len(above) >= 2
        and above[-2].where == "h1"
        and above[-1].index == above[-2].index + 1
        and _TAGLINE.match(above[-1].value)
    ):
        # "<h1>Material 2018</h1><h2>A conference exploring the concept of …</h2>": a phrase
        # right under the <h1> describes what it names (a "<h2>Gemeinderat</h2>" under the
        # site's <h1> names the meeting).
        above.pop()
    for heading in [*reversed(above), *below]:
        if title := title_in_text(heading.value):
            return Fact(title, heading.where, heading.index)
    return None
