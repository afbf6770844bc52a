"""A club's weekend preview: the home games are in the hall its lead names, the away games not.

A basketball department's post „Volles Programm zum 3. Advent!“ opens „… am Wochenende haben
wir nochmal ein richtig großes Programm in der Röthelheimhalle …“ and lists its games under
„Heimspiele am Samstag:“ and „Auswärts am Samstag:“. The hall the lead names is where the home
games are played — the club's own — and the away games are at the other clubs', which the post
does not name. So a game under a label that calls its lines home games („Heimspiele“,
„Heimspiel“, „Heimspieltag“, "Home games") takes the venue the lead's sentences name after „in
der“/„im“ (``sentence_places.place_in_sentence``), when that names a venue
(``place_lines.names_a_place``: „Röthelheimhalle“, not „im Programm“).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import HEADING_TAGS, node_text
from netdir.extract.element_siblings import element_siblings
from netdir.extract.place_lines import names_a_place
from netdir.extract.sentence_places import place_in_sentence

SOURCE = "listing:the hall the preview's lead names (a home game)"
_HOME_LABEL = lazy_re.compile(r"^(?:heimspiel(?:e|tag)?|home\s+games?)\b", re.IGNORECASE)
_LEAD_PARAGRAPHS = 4  # the lead stands right under the post's heading


def is_home_label(label: str) -> bool:
    """Whether a block's label calls its lines home games („Heimspiele am Samstag:“)."""
    return _HOME_LABEL.match(label.strip()) is not None


def hall_of_the_lead(first_block: LexborNode) -> str | None:
    """The venue the paragraphs between the post's heading and its first labelled block name
    after „in der“/„im“; None when they name none."""
    for sibling in element_siblings(first_block, "prev", _LEAD_PARAGRAPHS):
        if sibling.tag in HEADING_TAGS:
            return None
        place = place_in_sentence(node_text(sibling) or "")
        if place is not None and names_a_place(place):
            return place
    return None
