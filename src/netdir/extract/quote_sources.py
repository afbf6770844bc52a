"""A card that quotes someone, dated only by the quote's source.

A citizens' initiative's page on an operator's talk sets each statement as a card: a heading
(„Untergrund offen“), the statement in a <blockquote>, and under it where and when it was said
or printed — „Vortrag im Forum Peine, 13.05.2026 · PAZ 17.05.2026“, „Dirk Brozio · PAZ
10.05.2026“. Read as a list, each card became an event on the day of its source. A dated line
that follows the card's quotation attributes the quote: the day it was said, no offering. An
event's card whose day stands above a quoted praise, or whose dated line gives a clock, stays.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import css_matches
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.inline_text import visible_line


def dated_by_its_quote_source(segment: list[LexborNode], date_text: str | None) -> bool:
    """Whether the row's only dated line follows a quotation of the row (its attribution)."""
    if not date_text or TIME_LIKE.search(date_text):
        return False
    quotes = [
        quote
        for node in segment
        for quote in ([node] if node.tag == "blockquote" else css_matches(node, "blockquote"))
    ]
    for quote in quotes:
        if date_text in visible_line(quote):
            return False  # the day is part of what is quoted
        sibling = quote.next
        while sibling is not None:
            if sibling.tag not in ("-text", "-comment") and date_text in visible_line(sibling):
                return True
            sibling = sibling.next
    return False
