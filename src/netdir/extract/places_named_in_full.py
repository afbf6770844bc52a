"""A place a title shortens, named in full in the block's own text.

A calendar names its item „Data Coordinating Center Office Hours @ Mugar“ and its excerpt says
„Stop in to Mugar Library from 2:00-3:00 for office hours with the DCC.“: the title's „Mugar“
is the library the excerpt names. Where the block's text goes on from the title's short place
with the word of a venue („Library“, „Hall“, „Center“ …), that longer name is the place.
"""

from __future__ import annotations

import re

from netdir.extract.place_lines import names_a_venue_word

# The capitalised words a short name may go on with before its venue word („Mugar Memorial
# Library“): at most this many.
_MAX_MORE_WORDS = 3


def place_named_in_full(place: str, text: str) -> str | None:
    """The fuller name of ``place`` that ``text`` gives — ``place`` and up to three capitalised
    words after it, the last a venue's word; None when the text names it no fuller."""
    short = " ".join(place.split())
    if not short or names_a_venue_word(short):
        return None  # „@ Town Hall“: the title's place is already a venue's name
    more = rf"(?:\s+[A-Z][\w'’&-]*){{1,{_MAX_MORE_WORDS}}}"
    for match in re.finditer(rf"(?<![\w-]){re.escape(short)}{more}", text):
        words = match.group(0).split()
        for end in range(len(short.split()) + 1, len(words) + 1):
            name = " ".join(words[:end])
            if names_a_venue_word(" ".join(words[len(short.split()) : end])):
                return name
    return None
