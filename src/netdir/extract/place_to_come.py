"""A table row known by its place, and a place cell whose place is still to be set.

A fishing club's schedule has the columns „Date | Lake | Results“: each row is the club's
tournament on the lake it names („03/21/2026 | Council Grove City Lake | TBD“), and the results
column holds only „TBD“ until the day is fished. No column names the tournament; the lake does,
and it is where the tournament is held. The last row reads „10/03/2026 | Championship TBD |
TBD“: the championship, its lake still to be decided — „Championship“ names the row, „TBD“ holds
the place of the lake. A reader takes the lake for the row's name and its place, and the
championship for a name without a place.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.talk_title_labels import is_title_to_come

# „Championship TBD“, „Club Final – to be confirmed“: words, then the placeholder that holds the
# place of what the column gives (the lake, the hall) after them.
_NAME_THEN_PLACEHOLDER = lazy_re.compile(
    r"^(?P<name>[^\W\d][^()]{1,60}?)[\s,;:–—-]+"
    r"(?:tbd|tba|tbc|to\s+be\s+(?:announced|confirmed|determined|decided))\W*$",
    re.IGNORECASE,
)


def name_before_a_place_to_come(text: str) -> str | None:
    """What a place cell names before the placeholder of a place still to be set
    („Championship TBD“ → „Championship“); None for a place („Wilson Lake“) or a bare
    placeholder („TBD“)."""
    match = _NAME_THEN_PLACEHOLDER.match(" ".join(text.split()))
    return match["name"].strip() if match is not None else None


def only_things_to_come(texts: list[str | None]) -> bool:
    """Whether the cells hold nothing but placeholders („TBD“, „–“) or nothing at all, and at
    least one placeholder: a column of results or remarks still to come, no name."""
    filled = [text for text in texts if text and text.strip()]
    return bool(filled) and all(is_title_to_come(text) for text in filled)
