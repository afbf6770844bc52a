"""Rows whose only words beside their day are one caption the template writes into every row:
„<h2><a href="…April 18, 2020.pdf">April 18, 2020</a></h2><p class="intro">Meeting document from
2020.</p><p><a>View PDF</a></p>“, the same again for May 2, June 6 ….

A club's minutes page lists its meetings by the days of their minutes; the line under each day
is the template's caption, the same in every row but for the year. A reader names no meeting
„Meeting document from 2020.“: each day is a meeting of the body whose page it is, as under a
heading „2023 Minutes“ (``heading_item_name.item_name``). When three or more dated rows of a
list are named by text that holds the row's own year and is the same in every row once its
numbers are left out (a name the rows share without a year is the series' own: „Parish Council
Meeting“ under every day), and the nearest heading above them that is not a day or a year names
a list of meetings or minutes („Meeting Minutes“ → „Meeting“), each row takes that name: „Board
Meeting“ as it stands, a bare „Meeting“ after the site's name — the document title's, or when
that only names the page („<title>Meeting Minutes</title>“) the head's site name
(``site_name_tags``). Rows named each by their own words, or under a heading that names no
meetings, keep their names.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.context import clean_text
from netdir.extract.date_cues import DATE_LIKE
from netdir.extract.heading_item_name import item_name
from netdir.extract.inline_text import visible_text
from netdir.extract.listing_groups import Outline

_NUMBERS = lazy_re.compile(r"\d+")
# „2020“, „2019/20“: a heading that only sorts the rows by their year.
_ONLY_A_YEAR = lazy_re.compile(r"^\s*(?:19|20)\d{2}(?:\s*[-/–]\s*\d{2,4})?\s*$")
# A year in a row's day and in its caption.
_YEAR = lazy_re.compile(r"\b(?:19|20)\d{2}\b")
_MIN_ROWS = 3
_SOURCE = "listing:heading above the rows' caption"


def name_rows_over_a_caption(
    segments: list[list[LexborNode]],
    readings: list[BlockReading],
    outline: Outline | None,
) -> None:
    """Name each row of a list named only by a repeated caption after the heading above it."""
    if outline is None or len(readings) < _MIN_ROWS:
        return
    if not all(_captioned(reading) for reading in readings):
        return
    captions = {_NUMBERS.sub("#", reading.title or "").casefold() for reading in readings}
    if len(captions) != 1:
        return
    heading = _heading_of_the_list(segments[0][0], outline)
    if heading is None:
        return
    name = item_name(heading)
    if name == heading:
        return
    if name == "Meeting":
        body = outline.page_name
        if body is None or item_name(body) != body:
            body = outline.site_name  # the title only names the page: „Meeting Minutes“
        if body:
            name = f"{body} meeting"
    for reading in readings:
        reading.title = name
        reading.sources["title"] = _SOURCE


def _captioned(reading: BlockReading) -> bool:
    """A dated row named by a line of its text (not by a link or a heading of its own) that
    holds the row's year: the template fills the caption in („Meeting document from 2020.“),
    where a name the rows share is the series' own („Parish Council Meeting“ under every day)."""
    source = reading.sources.get("title", "")
    if not (reading.date_text and reading.title and source.endswith(":text")):
        return False
    years = set(_YEAR.findall(reading.date_text))
    return bool(years) and bool(years & set(_YEAR.findall(reading.title)))


def _heading_of_the_list(node: LexborNode, outline: Outline) -> str | None:
    """The nearest heading above ``node`` that is neither a day (another row's) nor a year."""
    for heading in outline.headings_before(node):
        text = clean_text(visible_text(heading))
        if not text or _ONLY_A_YEAR.match(text) or DATE_LIKE.search(text):
            continue
        return text
    return None
