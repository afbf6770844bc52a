"""A list of posts under a news heading, each row its posting day and its title link.

A village association's pages carry a sidebar „Letzte Meldungen“ that repeats every post of the
news page as „13.01.2024<br><a>Termine für Grünkohlessen und Jahreshauptversammlung …</a>“. The
day is when the post went up, not when anything takes place; read as rows of a listing, each post
became an event on its posting day. The sidebar is no ``<aside>`` and carries no class (the site's
own ``<postlist>`` element), so the furniture rule for „Neueste Beiträge“ does not see it; the
shape does: a row that is a day and a link and nothing else, under a heading that names news
(``NEWS_HEADING``: „Letzte Meldungen“, „Neueste Beiträge“, „Recent Posts“). A row whose link
itself names a day („Sitzung des Ortsrates … am 16.01.2023 um 19:30 Uhr“) announces that day and
stays.

A district's CMS marks each row of its news page as a press release (brain-GeoCMS: „<li
class="zeile_0 schema_presse"><span class="articlelist-listview-showdate">12.05.2017</span><br>
<strong><a>Behinderten- und Inklusionsbeirat … stellt Aktionsplan vor</a></strong></li>“) and
heads the list with no heading at all (its name „Aktuelles“ only in the menu and the document
title). A row of that shape whose own class calls it a press item („presse“, „press-release“,
„pressemitteilung“) is a release dated by its publication, wherever it stands
(``a_press_release_by_its_day``).

The news page's own entries carry their stamp („(Eintrag vom 13.01.2024)“ under the title): an
entry with that stamp and no day of its own („Aktuelles zur Hochwassersituation …“, „Neue
Webseite – neue Adresse“) is a post, no offering (``a_stamped_post_without_a_day``).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import names_a_day
from netdir.extract.date_cues import DATE_PHRASE, PUBLICATION_NOTE
from netdir.extract.inline_text import visible_text

_SLACK = 3  # a separator or a bracket beside the day
# „schema_presse“, „press-release“, „pressemitteilung“, „news-press“: a class token naming a press item
_PRESS_CLASS = lazy_re.compile(
    r"(?:^|[-_])(?:presse|pressemitteilung(?:en)?|press-?releases?|pressemeldung(?:en)?)(?:$|[-_])",
    re.I,
)


def a_press_release_by_its_day(segment: list[LexborNode], reading: BlockReading) -> bool:
    """Whether the block is a row its own class marks as a press item, its text the day the
    release went out and its title link (the shape ``a_post_by_its_day`` reads under a news
    heading); a link that names a day announces it and stays."""
    if len(segment) != 1 or not any(
        _PRESS_CLASS.search(token) for token in (segment[0].attributes.get("class") or "").split()
    ):
        return False
    return a_post_by_its_day(segment, reading, "")


def press_row_lines(body: LexborNode) -> set[str]:
    """The text lines of the rows whose class marks them as press items (their day and their
    title): the page's last-resort readers of bare date lines leave them out as the listing
    does (``named_date_lines``)."""
    lines: set[str] = set()
    for row in body.css("[class*='ress']"):  # one query: „presse“, „Press-Release“
        if any(_PRESS_CLASS.search(token) for token in (row.attributes.get("class") or "").split()):
            for part in row.css("span, a, strong, b, p, div"):
                if text := " ".join(visible_text(part).split()):
                    lines.add(text)
    return lines


def a_post_by_its_day(
    segment: list[LexborNode], reading: BlockReading, heading: str | None
) -> bool:
    """Whether the block is one post of a news list: under a heading that names news
    (``heading`` already matched by the caller's NEWS_HEADING), its text the day it was posted
    and its title link, the link naming no day of its own."""
    if heading is None or len(segment) != 1 or reading.date_text is None:
        return False
    links = segment[0].css("a[href]")
    if len(links) != 1:
        return False
    link_text = " ".join(visible_text(links[0]).split())
    if not link_text or DATE_PHRASE.search(link_text) is not None:
        return False  # „Sitzung … am 16.01.2023 um 19:30 Uhr“: the title announces its day
    rest = " ".join(visible_text(segment[0]).split()).replace(link_text, " ").strip()
    day = DATE_PHRASE.search(rest)
    if day is None or not names_a_day(day.group(0)):
        return False
    return len(rest) - len(day.group(0)) <= _SLACK


def a_stamped_post_without_a_day(segment: list[LexborNode], reading: BlockReading) -> bool:
    """Whether the block names no day but carries a post's publication stamp („(Eintrag vom
    13.01.2024)“, „veröffentlicht am …“): a news post, not an offering."""
    if reading.date_text is not None:
        return False
    return any(PUBLICATION_NOTE.search(visible_text(node)) for node in segment)
