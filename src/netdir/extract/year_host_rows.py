"""Rows named only by their year and their host under a heading that names the series: „Annual
Meetings“ over „2026: Cargill, Lewisburg, Ohio“, „2025: University of Idaho“, „2021: Online“.

A committee's site lists its yearly meetings, each post titled by the year and where it met; a
reader calls each „2026 NCCC170 Annual Meeting“ and reads the host as its place. When every
dated row under one heading is named „<year>: <host>“ with the year its own day's, and the
heading names a series of meetings in the plural (``heading_item_name.item_name``: „Annual
Meetings“ → „Annual Meeting“), each row is titled by its year, the site's name from the document
title („Annual Meetings | NCCC170“) and the heading's singular, and the host is its place — unless
it only says the meeting was held online. Rows whose names say more („2026: Spring Meeting in
Ohio“ under „Past Workshops“) keep them: the heading must name the series, the rows only hosts.
"""

from __future__ import annotations

import re
from collections import defaultdict

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.heading_item_name import item_name

# „2026: Cargill, Lewisburg, Ohio“: the year, a colon, the rest.
_YEAR_AND_HOST = lazy_re.compile(r"^(?P<year>(?:19|20)\d{2})\s*:\s+(?P<host>\S.*)$")
# „Online“, „Virtual“, „Zoom“: a host that is no place.
_NO_PLACE = lazy_re.compile(r"^(?:online|virtual|remote|zoom|hybrid)(?:\s+meeting)?\.?$", re.I)
# A row's own day: the year it is held in.
_YEAR = lazy_re.compile(r"\b(?:19|20)\d{2}\b")
_MIN_ROWS = 3
_SOURCE = " + the series of its heading (named by its year and host)"


def name_year_host_rows(
    readings: list[BlockReading], headings: list[str | None], site: str | None
) -> None:
    """Title each „<year>: <host>“ row under a plural meeting heading „<year> <site> <meeting>“
    and give it the host as its place (``site``: the site's name, None when the title has none)."""
    groups: dict[str, list[BlockReading]] = defaultdict(list)
    for reading, heading in zip(readings, headings, strict=True):
        if heading and reading.date_text and reading.title and reading.title != heading:
            groups[heading].append(reading)
    for heading, rows in groups.items():
        one = item_name(heading)
        if one == heading or len(rows) < _MIN_ROWS:
            continue
        named = [_YEAR_AND_HOST.match(row.title or "") for row in rows]
        if not all(
            match and _its_year(match["year"], row) for match, row in zip(named, rows, strict=True)
        ):
            continue
        series = one if site is None or site.casefold() in one.casefold() else f"{site} {one}"
        for match, row in zip(named, rows, strict=True):
            assert match is not None
            host = match["host"].strip()
            if row.location_text is None and not _NO_PLACE.match(host):
                row.location_text = host
                row.sources["location_text"] = "listing:the host after the row's year"
            row.title = f"{match['year']} {series}"
            row.sources["title"] = row.sources.get("title", "listing:") + _SOURCE


def _its_year(year: str, row: BlockReading) -> bool:
    """Whether the row's day falls in ``year`` (the year names when it met, not a count)."""
    return year in _YEAR.findall(row.date_text or "")
