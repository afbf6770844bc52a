"""A title element that labels the link it holds: „<strong>Details: <a>name</a></strong>“.

A meetup group's cards open with „<p><strong>Details: <a href="/events/dmen-tap">Secret Furry
Gamers Meeting (Board Game Bar)</a></strong></p>“ over „When: …“ and „Venue: …“. The bold line is
the card's title element, but its first word is the label of a field, as „When:“ and „Venue:“
are: the link after it names the meeting. „Details: Secret Furry Gamers Meeting …“ is no name a
reader would give it.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re

# The labels that say the field is the event itself or leads to it — never a kind of event
# („Workshop: <a>…</a>“ keeps its kind) nor a field of its own („Venue:“, „Speaker:“).
_NAME_LABEL = lazy_re.compile(
    r"^(?:details|event|event\s+details|event\s+name|name|title|titel|veranstaltung)\s*[:：]$",
    re.IGNORECASE,
)


def name_after_its_label(title: str, links: list[tuple[LexborNode, str, str]]) -> str | None:
    """The text of the block's link that the title holds after a label naming no event
    („Details: <link text>“); None when the title holds no such label before a link's text."""
    for _node, text, _href in links:
        name = " ".join(text.split())
        if not name or not title.endswith(name) or len(name) >= len(title):
            continue
        label = " ".join(title[: len(title) - len(name)].split())
        if _NAME_LABEL.match(label):
            return name
    return None
