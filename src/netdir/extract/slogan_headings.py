"""A post headed by a slogan whose day's sentence names the event in bold.

A community's news post heads its invitation with a question („<h3>Nichts zu verbergen? Wie
langweilig.</h3>“) and names the event in the sentence that gives its day: „Am <strong>13. April
2016</strong> ist es wieder so weit! … veranstalten wir zum dritten Mal unsere <strong>Cryptoparty
</strong>.“ The slogan asks the reader; the bold word of the day's sentence that is no day names
what happens. The name is taken when the heading asks (a question mark) and the day's line holds
exactly one such bold name: a short capitalised name, no date, no clock.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.date_cues import DATE_LIKE, TIME_LIKE
from netdir.extract.inline_text import visible_text

_MAX_NAME_WORDS = 5  # a name, not an emphasised clause


def bold_name_in_the_day_line(heading: str, day_line: LexborNode | None) -> str | None:
    """The one bold name of the day's line under a heading that asks a question; None when the
    heading asks nothing, or the line bolds no name or several."""
    if day_line is None or "?" not in heading:
        return None
    names = [
        text
        for node in day_line.css("strong, b")
        if (text := visible_text(node).strip(" .,:;!")) and _a_name(text)
    ]
    return names[0] if len(names) == 1 else None


def _a_name(text: str) -> bool:
    """„Cryptoparty“, „Freifunk 1k300 Lounge“: capitalised, short, no day and no clock."""
    return (
        text[:1].isupper()
        and len(text.split()) <= _MAX_NAME_WORDS
        and DATE_LIKE.search(text) is None
        and TIME_LIKE.search(text) is None
    )
