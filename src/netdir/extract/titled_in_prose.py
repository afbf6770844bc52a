"""A section headed by a label of dates takes its evening's name from the title its prose
quotes.

A history archive announces its talks under „Themenabende 2019 - neue Termine“ and says in the
paragraph below: „Der dritte Themenabend in diesem Jahr findet am Donnerstag, 26. September
2019, um 19:30 Uhr im Stadtteilsaal des BGZ Süderelbe statt. Unter dem Titel “Vom NF 15 zu NF
65” wird die Siedlungsgeschichte von Neugraben und Fischbek dargestellt.“ The heading only says
that new dates follow; what the evening is called stands in quotes after „unter dem Titel“ („mit
dem Titel“, „zum Thema“). Only a heading that names dates („Termine“, „Daten“, „Veranstaltungen“)
gives way: a heading that names the event keeps its name, the quote is then its subtitle.
"""

from __future__ import annotations

import re

from netdir import lazy_re

#: Provenance of a title quoted in the block's prose.
SOURCE = "listing:the title its prose quotes"

# „Unter dem Titel “Vom NF 15 zu NF 65”“, „mit dem Titel „…““, „zum Thema "…"“.
_QUOTED_TITLE = lazy_re.compile(
    r"\b(?:unter\s+dem\s+titel|mit\s+dem\s+titel|zum\s+thema|titel\s*:)\s*"
    r"[„“\"»«](?P<title>[^„“”\"»«]{3,120})[“”\"«»]",
    re.I,
)
# „Themenabende 2019 - neue Termine“, „Termine“, „Veranstaltungen 2020“: a heading of dates.
_DATES_WORD = lazy_re.compile(r"\b(?:\w*termine|daten|veranstaltungen)\b", re.I)
_TITLE_WORDS = (2, 14)


def names_dates(heading: str) -> bool:
    """Whether ``heading`` labels dates rather than naming an event."""
    return _DATES_WORD.search(heading) is not None


def quoted_title(lines: list[str]) -> str | None:
    """The first title the lines quote after „unter dem Titel“ and the like; None without."""
    for line in lines:
        match = _QUOTED_TITLE.search(line)
        if match is None:
            continue
        title = " ".join(match["title"].split()).strip(" .,")
        low, high = _TITLE_WORDS
        if low <= len(title.split()) <= high:
            return title
    return None
