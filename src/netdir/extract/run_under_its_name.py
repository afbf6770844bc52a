"""An exhibition named in plain lines over a line that is only its run of days.

A museum's exhibition page has no heading: „<p class="page-title">Erinnerungstank
Haldengut</p><p class="city-mark">8.5.26 – 4.4.27</p>“ opens it, prose follows. Its exhibitions
page shows the current one under a section label: „<h2>Aktuell</h2> <a>Erinnerungstank
Haldengut<br>– Wir zapfen Geschichte!<br><span class="dates">8.5.26 – 4.4.27</span></a>“. A
reader takes the run of days as the exhibition's and the one or two short lines right above it
as its name — not the label over them („Aktuell“ says only that it is on now), nor the page's
kind („Ausstellungen“).

The run must stand alone on its line (a day, a dash or „bis“, a day): a single day on a line of
its own is as often a post's stamp. The name lines are the page's first line (nothing above
them) or lines of the run's own block (the card or link it closes), under no heading or under a
label that says only when („Aktuell“, „Demnächst“).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import HEADING_TAGS, names_a_day
from netdir.extract.date_cues import DATE_PHRASE

Lines = list[tuple[str, LexborNode | None]]

# a day, then a dash or „bis“ and the next day's digits: „8.5.26 – 4.4.27“, „13.–14. Oktober“
_RUN = lazy_re.compile(r"[\s.](?:[–-]|bis)\s*\d")
# a heading that says only that what follows is on now or soon
_NOW_LABEL = lazy_re.compile(
    r"^(?:aktuell|aktuelles|derzeit|zurzeit|momentan|jetzt|demnächst|current|now|upcoming)$",
    re.I,
)
_NAME_LINES = 2
_NAME_CHARS = 80
_NAME_WORDS = 12


def is_bare_run(text: str) -> bool:
    """Whether the line is only a run of days („8.5.26 – 4.4.27“)."""
    text = text.strip()
    return DATE_PHRASE.fullmatch(text) is not None and _RUN.search(text) is not None


def run_opening_the_page(lines: Lines) -> int | None:
    """The index of the page's second line when it is the page's only line naming a day and only
    a run of days, under a first line that can be a name; else None."""
    if len(lines) < 2 or not is_bare_run(lines[1][0]) or _headed(lines[0]):
        return None
    if any(names_a_day(text) for text, _ in lines[2:]):
        return None  # other days on the page: a list or a post, not one exhibition's page
    return 1 if _name_like(lines[0][0]) else None


def name_over_the_run(lines: Lines, date_index: int) -> tuple[str, int] | None:
    """The name the plain lines right above a bare run of days give it, with the first name
    line's index; None when the day line is no bare run or no such lines name it."""
    if not 0 < date_index < len(lines) or not is_bare_run(lines[date_index][0]):
        return None
    block = lines[date_index][1]
    first = date_index
    while first > 0 and date_index - first < _NAME_LINES:
        _text, above = lines[first - 1]
        if _headed(lines[first - 1]) or above is None or (above is not block and first - 1 > 0):
            break
        first -= 1
    if first == date_index:
        return None
    if first > 0:
        heading = lines[first - 1]
        if not (_headed(heading) and _NOW_LABEL.match(heading[0].strip())):
            return None  # under a heading that names something: that heading names the event
    elif lines[0][1] is not block and date_index != 1:
        return None
    name = " ".join(text.strip() for text, _ in lines[first:date_index])
    return (name, first) if _name_like(name) else None


def _headed(line: tuple[str, LexborNode | None]) -> bool:
    return line[1] is not None and line[1].tag in HEADING_TAGS


def _name_like(text: str) -> bool:
    text = text.strip()
    return (
        0 < len(text) <= _NAME_CHARS
        and len(text.split()) <= _NAME_WORDS
        and not names_a_day(text)
        and any(ch.isalpha() for ch in text)
    )
