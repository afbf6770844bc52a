"""A column of venues: the short name in the element right after each row's day, repeated down
the list.

A student crew's archive of its shows lays each row out as three cells without a header — the
act („Caleb Hearon“), the day („April 20“), the hall („McConomy“, „Wiegand Gym“, „The Mall“) — and
a muted note below. No venue word or address marks the hall, but a reader sees a column of a
few names that come back from row to row after the day: where the shows were. So when most
dated rows of a list have, in the element right after their day's own element, a short
capitalised name (no date, no hour, no sentence, no labelled field like „Speaker: …“, not the
row's title nor the words it opens with, not a kind of event such as „Workshop“) and most of those names recur in other rows, each such row without a place takes
its name as the place.

A column its table's header labels says what it holds: an NHS code club's schedule „Session Date |
Module | Session Name | …“ repeats „Core concepts“, „Data Science“ down its Module column — a
strand of the syllabus, not a hall. (A venue column a header labels — „Location“, „Ort“ — is read
by the header's label.) So the name's cell must not stand under a header cell with words.

A button's label is no name: a township's meeting table shows after each day two buttons „View“
(the agenda, the minutes) — a word that recurs down the column as a hall's name would, but an
action, drawn as a button (``<button>``, ``role="button"``, an ``<input>`` button's label). Nor
is a file link's: a professor's lectures end each row „<a href="….pdf" download>PDF
herunterladen</a>“.
"""

from __future__ import annotations

import re
from collections import Counter

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import text_lines
from netdir.extract.date_cues import TIME_LIKE, search_date_like
from netdir.extract.inline_text import visible_text
from netdir.normalize.classify import canonical_kind

#: Provenance of a place read from the column of recurring names after the day.
VENUE_COLUMN_SOURCE = "listing: the recurring name in the element after the day"
_MIN_ROWS = 4
_DAY_CHARS = 30  # „April 20“, „Sat, Oct 21, 2017“: a day's own cell, not a sentence naming one
_NAME_WORDS = 4
_NAME_CHARS = 40
_SENTENCE_END = lazy_re.compile(r"[.!?:]$")
# „Speaker: Jeff Rushall (NAU)“ after a talk's „Date: …“: a labelled field, not a bare name.
_LABELLED = lazy_re.compile(r"^[^\W\d]+(?:\s+[^\W\d]+)?\s*:")
_BUTTONS = 'button, [role="button"]'
_CELL_LEVELS = 3  # the name's line inside a div inside a span inside its cell


def places_from_the_venue_column(
    segments: list[list[LexborNode]], readings: list[BlockReading]
) -> None:
    """Give the dated rows without a place the recurring name after their day (see module)."""
    picks: list[tuple[BlockReading, str]] = []
    dated = 0
    for segment, reading in zip(segments, readings, strict=True):
        if reading.date_text is None:
            continue
        dated += 1
        if reading.location_text:
            continue
        if (name := _name_after_the_day(segment, reading.title)) is not None:
            picks.append((reading, name))
    counts = Counter(name for _, name in picks)
    recurring = sum(count for count in counts.values() if count > 1)
    if len(picks) < _MIN_ROWS or 2 * len(picks) < dated or 2 * recurring < len(picks):
        return
    for reading, name in picks:
        reading.location_text = name
        reading.sources["location_text"] = VENUE_COLUMN_SOURCE


def _name_after_the_day(segment: list[LexborNode], title: str | None) -> str | None:
    lines = text_lines(segment)
    at = next((i for i, (text, _) in enumerate(lines) if search_date_like(text)), None)
    if at is None or at + 1 >= len(lines):
        return None
    day, day_node = lines[at]
    name, node = lines[at + 1]
    if len(day) > _DAY_CHARS or day_node is None or node is None or node.mem_id == day_node.mem_id:
        return None
    if _a_button_label(node, name) or _a_file_link(node, name) or _under_a_header_label(node):
        return None
    return name if _a_short_name(name, title) else None


def _under_a_header_label(node: LexborNode) -> bool:
    """Whether ``node`` is (inside) a table cell whose column the table's header row labels."""
    cell: LexborNode | None = node
    for _ in range(_CELL_LEVELS):
        if cell is None or cell.tag == "td":
            break
        cell = cell.parent
    row = cell.parent if cell is not None and cell.tag == "td" else None
    if cell is None or row is None or row.tag != "tr":
        return False
    column = next(
        (i for i, td in enumerate(row.iter()) if td.is_element_node and td.mem_id == cell.mem_id),
        None,
    )
    table = (
        row.parent.parent if row.parent is not None and row.parent.tag != "table" else row.parent
    )
    header = table.css_first("thead tr") if table is not None and table.tag == "table" else None
    if column is None or header is None:
        return False
    labels = [th for th in header.iter() if th.is_element_node and th.tag in ("th", "td")]
    return column < len(labels) and bool((labels[column].text() or "").strip())


def _a_button_label(node: LexborNode, name: str) -> bool:
    """Whether ``name``, the text of ``node``, is the label of a button (``node`` itself or one
    inside it)."""
    if node.tag == "button" or node.attributes.get("role") == "button":
        return True
    return any(" ".join(visible_text(button).split()) == name for button in node.css(_BUTTONS))


# „<a href="media/2019-10-24_….pdf" download>PDF herunterladen</a>“: the link to a file.
_FILE_HREF = lazy_re.compile(r"\.(?:pdf|docx?|odt|pptx?|xlsx?|zip|ics|mp3|mp4)(?:[?#].*)?$", re.I)


def _a_file_link(node: LexborNode, name: str) -> bool:
    """Whether ``name``, the text of ``node``, is the label of a link to a file („PDF
    herunterladen“ after each lecture's day): it recurs down the column as a hall's name would,
    but names the download."""
    links = [node] if node.tag == "a" else node.css("a[href]")
    return any(
        ("download" in link.attributes or _FILE_HREF.search(link.attributes.get("href") or ""))
        and " ".join(visible_text(link).split()) == name
        for link in links
    )


def _a_short_name(text: str, title: str | None) -> bool:
    if len(text) > _NAME_CHARS or len(text.split()) > _NAME_WORDS or not text[:1].isupper():
        return False
    if search_date_like(text) or TIME_LIKE.search(text) or _SENTENCE_END.search(text):
        return False
    if _LABELLED.match(text):
        return False
    if title is not None and title.casefold().startswith(text.casefold()):
        # „Next PAC meeting“ over the heading „Next PAC meeting: Wednesday, November 18“: the
        # card's eyebrow says again what its heading opens with, not where
        return False
    return not canonical_kind(text)
