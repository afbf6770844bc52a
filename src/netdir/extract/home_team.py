"""A club's fixtures named „vs HC Skulls“ take the club's name the page writes before the „vs“.

A club's fixtures list leaves its own team out of every row — „vs [crest] HC Skulls“ — because
the whole page is the club's (``versus_titles`` keeps the marker, so the row names a match). The
page says who plays once, where it shows a match whole: a strip „Nächstes Spiel … <span>Grizzlies
<em>vs</em> HC Skulls</span>“. When an element's text is a name, „vs“ (or „gegen“) and one of the
rows' opponents, and every such element names the same team, that team opens each row's title:
„Grizzlies vs HC Skulls“, „Grizzlies vs HC Tuifl“. A page that names no such match, or several
teams before its opponents, leaves the titles as they are.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.context import clean_text
from netdir.extract.versus_titles import VERSUS
from netdir.html_depth import parse_html
from netdir.records import RawRecord

_LED = lazy_re.compile(r"^(?P<marker>vs\.?|gegen|versus)\s+(?P<away>\S.{1,60})$", re.I)
_MAX_MATCH = 100  # „Grizzlies vs HC Skulls“: a short element, not a report's paragraph
# One to three capitalised words, the marker, the rest: a match written whole.
_MATCH = lazy_re.compile(
    r"^(?P<home>[A-ZÄÖÜ][\w.'-]*(?:\s[A-ZÄÖÜ0-9][\w.'-]*){0,2})\s+(?i:vs\.?|gegen|versus)\s+"
    r"(?P<away>\S.*)$"
)


def name_the_home_team(records: list[RawRecord], page_text: str | None) -> None:
    """Open each „vs …“ title with the team the page names before one of its opponents."""
    led = [(record, match) for record in records if (match := _LED.match(record.title or ""))]
    if not led or not page_text:
        return
    body = parse_html(page_text).body
    if body is None:
        return
    opponents = {match["away"] for _, match in led}
    homes: set[str] = set()
    for node in body.traverse(include_text=False):
        text = clean_text(node.text(separator=" ")) or ""
        if len(text) > _MAX_MATCH or (found := _MATCH.match(text)) is None:
            continue
        if found["away"] in opponents and found["home"].lower() not in VERSUS:
            homes.add(found["home"])
    # „Nächstes Spiel Grizzlies vs HC Skulls“: the box around the match reads a longer name.
    homes = {home for home in homes if not any(home.endswith(f" {other}") for other in homes)}
    if len(homes) != 1:
        return
    home = homes.pop()
    for record, _ in led:
        record.title = f"{home} {record.title}"
        where = record.field_sources.get("title", "listing:")
        record.field_sources["title"] = f"{where} + home team named on the page"
