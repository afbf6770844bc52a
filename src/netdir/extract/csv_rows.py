"""A site's dates kept as a CSV table, read as the data objects its rows are.

A small site builds its „Termine“ box from a file of rows, not from JSON: a chess club's
``termine.csv`` opens with the header ``datum_von,datum_bis,tag_anzeige,titel,ort,link_url,
link_text`` and holds one tournament a row (``2026-06-04,2026-06-07,"4.–7.","Seebach
Open","Großenseebach",…``). Each row is the object its header names — the same as a JSON data
file's ``{"datum_von": "2026-06-04", "titel": "Seebach Open", "ort": "Großenseebach"}`` — and is
read by the JSON reader (``embedded_json``) as such a file's objects are.

Only a body that is a table is read so: a first line of three or more names (letters, digits,
„_“, „-“, „.“ or spaces) split by a comma or a semicolon, and every other line a row of as many
fields. An HTML page, a feed, JSON or prose never passes: their first line is markup, one field,
or words with other marks in them.
"""

from __future__ import annotations

import csv
import io
import json

from netdir import lazy_re

_DELIMITERS = (",", ";")
_MIN_COLUMNS = 3
_MAX_CHARS = 2_000_000  # a table of events, not a data dump
_NAME = lazy_re.compile(r"^[^\W][\w .-]*$")  # a column's name: „datum_von“, „Start Date“
_TYPES = ("text/csv", "application/csv", "text/comma-separated-values")


def csv_objects(text: str, content_type: str | None = None) -> str | None:
    """The rows of a CSV body as a JSON array of objects keyed by its header; None when the
    body is no CSV table."""
    body = text.lstrip("\ufeff")
    if len(body) > _MAX_CHARS or not body.strip():
        return None
    first = body.split("\n", 1)[0]
    typed = (content_type or "").split(";", 1)[0].strip().casefold() in _TYPES
    if not typed and ("<" in first or "{" in first or "[" in first):
        return None  # markup or JSON, the cheap test before any parsing
    for delimiter in _DELIMITERS:
        rows = _table(body, delimiter)
        if rows is not None:
            header, *values = rows
            objects = [dict(zip(header, row, strict=True)) for row in values]
            return json.dumps(objects, ensure_ascii=False)
    return None


def _table(body: str, delimiter: str) -> list[list[str]] | None:
    """The header and the rows when every line splits into as many fields as the header names."""
    first = body.split("\n", 1)[0]
    if delimiter not in first:
        return None
    # The header alone first: a page whose first line is no row of names is not parsed further.
    header = [name.strip() for name in first.rstrip("\r").split(delimiter)]
    if len(header) < _MIN_COLUMNS or not all(_NAME.match(name) for name in header):
        return None
    try:
        rows = [row for row in csv.reader(io.StringIO(body), delimiter=delimiter) if any(row)]
    except csv.Error:
        return None
    if len(rows) < 2 or any(len(row) != len(header) for row in rows[1:]):
        return None
    return [header, *rows[1:]]
