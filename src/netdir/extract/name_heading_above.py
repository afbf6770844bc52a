"""A name heading set right above the heading that dates the item.

A user group's page writes each meeting as „<h4>Kafka Special with Jakub Scholz</h4><h3>13.10.2020 -
18:30 Uhr CEST | English</h3><p>…</p>“: the block the listing reads opens with the date heading,
which names nothing, and its prose („Veranstaltungsort ist Google Meet.“) was taken for the name.
The heading just before it names the meeting. Only a heading of the same or a lower rank counts: a
higher one above the first date („<h2>Termine</h2><h3>13.10.2020</h3>“) heads the section, not
one item. And a date heading with a heading right below names its item there, the heading above
being the item before („<h3>MAIBAUMAUFSTELLEN AM PFARRPLATZ</h3><h2>01.05.2009</h2><h3>MAIBAUM-
AUFSTELLEN IN NEUSTIFT</h3>“).
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import HEADING_TAGS, node_text
from netdir.extract.element_siblings import element_after, element_before
from netdir.extract.title_text import is_junk_title

_NAME_CHARS = 160  # a longer heading is a sentence, not a name


def name_heading_above(date_heading: LexborNode) -> str | None:
    """The text of the heading right before ``date_heading`` (nothing but blanks between), when
    it is of the same or a lower rank and names something; None otherwise."""
    if date_heading.tag not in HEADING_TAGS:
        return None
    below = element_after(date_heading)
    if below is not None and below.tag in HEADING_TAGS:
        return None
    above = element_before(date_heading)
    if above is None or above.tag not in HEADING_TAGS or above.tag < date_heading.tag:
        return None
    text = node_text(above)
    if text is None or len(text) > _NAME_CHARS or is_junk_title(text):
        return None
    return text
