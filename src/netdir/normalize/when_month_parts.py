"""A vague part of a month told in a sentence: no day of it is set.

„Ende Juni 2021 bereitete der Förderverein … eine besondere Überraschung“, „Ich schleudere nur
ein Mal pro Jahr, meist Ende Juli.“, „Ende Juni/Anfang August sollte es soweit sein“, „Ein
Kriacherl-Baum in voller Blüte, Ende März“ (rounds 204 and 208): the beginning, middle or end of
a month in prose names when something roughly happens, no event's time; before, the whole month
was read. A date cell or a row opening with it („Anfang Dezember“, „Mitte Oktober 2017 | AG
Marktplatz“) still gives its month (``when_periods``), and a range's end or start („bis Ende
Mai“, „ab Mitte Oktober“, „seit Ende Oktober“) is read where those words are.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT

_PART = r"(?:anfang|mitte|ende)"
# "Ende Juni 2021", "Ende März/Anfang April", "Ende April/Mai": a part of a month (or two joined
# by a slash, the second also vague)
_VAGUE_PART = lazy_re.compile(
    r"(?<![\w-])" + _PART + r"\s+(?:" + MONTH_ALT + r")\b(?:\.?\s*(?:19|20)\d\d\b)?"
    r"(?:\s*/\s*(?:" + _PART + r"\s+)?(?:" + MONTH_ALT + r")\b(?:\.?\s*(?:19|20)\d\d\b)?)?",
    FLAGS,
)
_ANY_MONTH = lazy_re.compile(r"\b(?:" + MONTH_ALT + r")\b", FLAGS)
# "bis Ende Mai", "von Anfang Mai bis …", "ab Mitte Oktober", "seit Ende Oktober": a range's
# bound, read by the rules for those words
_BOUND_BEFORE = lazy_re.compile(
    r"\b(?:bis|von|vom|ab|seit|zum|zur|gegen)\s+(?:(?:ca\.|circa|etwa|spätestens)\s+)?$", FLAGS
)
# „Für mich ist der Februar immer einer der entspanntesten Monate …“: a month with its article
# is talked about, no date of its own; „… im Vorfeld zum Oktober zu gewinnen“ (round 289): the
# article drawn into its preposition (zum, vom, beim: zu, von, bei dem) is one too
_ARTICLE_BEFORE = lazy_re.compile(r"\b(?:der|den|dem|des|zum|vom|beim)\s+$", FLAGS)
# "Wann: Anfang Dezember": a short label before a row's date
_LABEL = lazy_re.compile(r"^[^\W\d]+(?:\s+[^\W\d]+)?\s*:$")
_ROW_GOES_ON = "|–-:,("


def vague_month_part_in_prose(text: str) -> bool:
    """Whether every month the text names lies in a vague part of a month told in a sentence."""
    parts = list(_VAGUE_PART.finditer(text))
    if not parts:
        return False
    spans = [(part.start(), part.end()) for part in parts]
    for month in _ANY_MONTH.finditer(text):
        if not any(start <= month.start() < end for start, end in spans) and (
            _ARTICLE_BEFORE.search(text, 0, month.start()) is None
        ):
            return False  # another month stands alone: not only vague parts
    return not any(
        _BOUND_BEFORE.search(text, 0, part.start()) or _opens_row(text, part) for part in parts
    )


def _opens_row(text: str, part: re.Match[str]) -> bool:
    """„Anfang Dezember“, „Wann: Mitte März | Kirchplatz“: the part of a month is the row's date."""
    before = text[: part.start()].strip()
    after = text[part.end() :].lstrip()
    opens = not before or _LABEL.match(before) is not None
    return opens and (not after or after[0] in _ROW_GOES_ON)
