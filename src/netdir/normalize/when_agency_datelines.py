"""A press dateline whose author or agency stands in brackets between the day and the dash.

„Regensburg, 21. Mai 2015 (orv) – Regensburg erwartet am 6. Juni …“, „Regensburg, 06. Juni 2010
(Ring) - Es waren an diesem 5. Juni …“, „Regensburg, 12. Juni 2008 (leichtathletik.de) – … traf
… am vergangenen Sonntag …“: news pages open their articles with the town, the day of writing,
the writer's or the agency's short name in brackets and a dash before the first sentence (as
„(dpa)“ in a paper). That day dates the article, not the event it names (round 226); the
article's own weekdays („am kommenden Samstag“, „am vergangenen Sonntag“) count from it.
``when_stamps`` knows the dateline without a bracket („Berlin, 02.11.2019 - In ihren jährlichen
Berichten …“) and asks for a sentence of ten words after the dash, so that a listing row
„Hamburg, 12.05.2025 - Konzert im Stadtpark“ keeps its day; the bracketed writer is a press
note's own mark, so a shorter sentence (six words up to its full stop: „Ende März hat der DLV
seine Nominierungswettkämpfe bekanntgegeben.“) is enough here.
"""

from __future__ import annotations

import re

from netdir import lazy_re

# A teaser's headings before its dateline („Bouleturnier am Wasserturm | Ladenburg, 02. Oktober
# 2014. (red/pm) …“): up to three cells, each closed by a bar.
_HEADINGS = r"(?:[^|\n]{1,120}\|\s*){0,3}"
# The town (or towns joined by slashes: „Ilvesheim/Edingen-Neckarhausen/Ladenburg“), a comma, the
# full day with its year, then either the bracketed mark without a figure (a clock „(10 Uhr)“ or
# a day „(Sa., 12.03.)“ holds one) and a dash, or the dateline's full stop and an editor's mark
# in small letters and slashes („(red/pm)“, „(red/ld/zef)“, „(red)“: the news blogs' own sign —
# a bracket of that shape after a full stop is no weekday or place), then the sentence's capital.
_AGENCY_DATELINE = lazy_re.compile(
    _HEADINGS + r"\s*[A-ZÄÖÜ][\w.\-/ ]{1,50},\s*"
    r"(?P<day>\d{1,2}\.\s?(?:\d{1,2}\.\s?\d{2}(?:\d{2})?|[^\W\d]+\.?\s+\d{4}))"
    r"(?:\s*\((?=[^()\d]*[^\W\d])[^()\d]{1,30}\)\s*[-–—]\s+"
    r"|\.\s*\((?-i:[a-z]{2,8}(?:/[a-z]{1,8}){0,3})\)\s+)"
    r"(?P<rest>[A-ZÄÖÜ].*)",
    re.DOTALL,
)
# The first sentence up to its full stop (not a day's dot after a figure).
_SENTENCE_END = lazy_re.compile(r"(?<!\d)[.!?](?:\s|$)")
_WORD = lazy_re.compile(r"[„“\"»«(]?[^\W\d][\w.:/-]*")
_MIN_WORDS = 6


def agency_dateline(text: str) -> tuple[str, str] | None:
    """The dateline's day and the article's text after the dash (or the editor's mark), when the
    text opens with a town, a full day, a bracketed writer and a dash — or a full stop and an
    editor's mark — before a sentence of six words or more."""
    found = _AGENCY_DATELINE.match(text)
    if found is None:
        return None
    rest = found["rest"]
    end = _SENTENCE_END.search(rest)
    first = rest[: end.start()] if end is not None else rest
    if len(_WORD.findall(first)) < _MIN_WORDS:
        return None
    return found["day"], rest
