"""Day before month or month before day? For ``09/07/23`` and ``9-7-2023`` only.

A date with dots (``09.07.23``) is always day first: that is how German is written. Slashes and
dashes are the US convention (month first) as well as the British one (day first). Which one a
text means is decided, in this order:

1. the caller's hint (``day_first=True/False``), e.g. from the page's language or from
   :func:`infer_day_first` run over all dates of the page;
2. the numbers themselves: a first number above 12 can only be a day, a second one only a day;
3. the words around it: German words (``Uhr``, ``bis``, ``Dienstag``) → day first, English
   words (``Tuesday``, ``p.m.``, ``from``) → month first;
4. otherwise month first: German pages write dates with dots, so a bare ``09/07/23`` is most
   likely American.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from netdir import lazy_re
from netdir.normalize.when_words import ENGLISH_CUES, GERMAN_CUES

#: D/M/Y or M/D/Y with slashes or dashes (two- or four-digit year).
SLASHED_OR_DASHED = lazy_re.compile(
    r"(?<![\d/.\-])(?P<a>\d{1,2})(?P<sep>[/-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/\-:]|\.\d)"
)
_WORD = lazy_re.compile(r"[a-zäöüß]+(?:\.[a-z]\.)?", re.IGNORECASE)
_AMPM = lazy_re.compile(r"\d\s*(?:a\.?m\.?|p\.?m\.?)(?!\w)", re.IGNORECASE)


def infer_day_first(texts: Iterable[str], language: str | None = None) -> bool | None:
    """Whether the slashed/dashed dates of one page are day first, from all of them together.

    ``True`` when some date can only be day first (``25/03/2027``) and none only month first;
    ``False`` for the opposite; on a tie or no evidence, the page's ``language`` decides
    (``"de"`` → True, ``"en"`` → False, as the ``lang`` attribute gives it: ``en-US`` counts
    as English, ``en-GB`` as day first); ``None`` when nothing decides — ``parse_when`` then
    looks at each text's own words.
    """
    day_first_votes = month_first_votes = 0
    for text in texts:
        for match in SLASHED_OR_DASHED.finditer(text):
            first, second = int(match["a"]), int(match["b"])
            if first > 12 >= second:
                day_first_votes += 1
            elif second > 12 >= first:
                month_first_votes += 1
    if day_first_votes != month_first_votes:
        return day_first_votes > month_first_votes
    return language_day_first(language)


def language_day_first(language: str | None) -> bool | None:
    """``de``/``de-AT``/``en-GB``/… → True, ``en``/``en-US`` → False, unknown → None."""
    if not language:
        return None
    tag = language.strip().lower().replace("_", "-")
    if tag.startswith("en"):
        return tag[3:5] in ("gb", "ie", "au", "nz", "in", "za")
    return True if tag[:2] in ("de", "fr", "nl", "it", "es", "pl", "da") else None


def text_day_first(text: str) -> bool:
    """Step 3 and 4 of the module docstring for one text (no hint, numbers ambiguous)."""
    words = {word.lower() for word in _WORD.findall(text)}
    german = len(words & GERMAN_CUES)
    english = len(words & ENGLISH_CUES) + (1 if _AMPM.search(text) else 0)
    if german != english:
        return german > english
    return False


def looks_german(text: str) -> bool:
    """More German cue words than English ones (see ``when_words``)."""
    words = {word.lower() for word in _WORD.findall(text)}
    return len(words & GERMAN_CUES) > len(words & ENGLISH_CUES)


def looks_english(text: str) -> bool:
    """More English cue words than German ones (see ``when_words``)."""
    words = {word.lower() for word in _WORD.findall(text)}
    return len(words & ENGLISH_CUES) > len(words & GERMAN_CUES)


def resolve_day_month(first: int, second: int, day_first: bool) -> tuple[int, int]:
    """(day, month) of a slashed/dashed date; the numbers win over the hint when only one
    reading is a real date."""
    if first > 12 >= second:
        return first, second
    if second > 12 >= first:
        return second, first
    return (first, second) if day_first else (second, first)
