"""A post's information line with its hit counter: „Ortsgemeinde 28. Dezember 2023 Zugriffe: 36411“.

Content systems such as Joomla print above each article its category, the day it was written and
how often it was read („Zugriffe: 36411“, „Aufrufe: 120“, „Hits: 57“). That day dates the post,
not what the post tells (round 332: „Seniorennachmittag in Oberkail | Ortsgemeinde 23. November
2023 Zugriffe: 40456 | Für Sonntag, 19. November 2023, hatte die Ortsgemeinde … eingeladen.“ is
the Sunday's report; „Ortsgemeinde 28. Dezember 2023 Zugriffe: 36411 | Vielleicht findet Ihr Euer
Haus …“ names no day at all). The counter's number after a colon is what marks the line: a
bare „Zugriffe“ in a sentence stays text. The line is taken out before the text is read.
"""

from __future__ import annotations

import re

from netdir import lazy_re

# Up to three capitalised words of a category, the full day with its year (a clock may follow),
# the counter's word, a colon and its number, and the cell's bar after it.
_HIT_LINE = lazy_re.compile(
    r"(?:(?-i:[A-ZÄÖÜ])[\w-]*\s+){0,3}"
    r"\d{1,2}\.\s?(?:\d{1,2}\.\s?\d{2,4}|[^\W\d]+\s+\d{4})"
    r"(?:,?\s+\d{1,2}:\d{2}(?:\s*Uhr)?)?"
    r"\s+(?:Zugriffe|Aufrufe|Hits)\s*:\s*\d[\d.]*\s*(?:\|\s*)?",
    re.IGNORECASE,
)
#: Substrings one of which every hit line holds (a cheap test before the pattern).
HIT_HINTS = ("ugriffe", "ufrufe", "Hits")


def without_hit_lines(text: str) -> str:
    """The text without the post information lines that carry a hit counter."""
    return _HIT_LINE.sub("", text)
