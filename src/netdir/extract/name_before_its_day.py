"""A list line that names its offering, then gives its days, then where: „IWS 24.11. bis
15.12.2020 in SPZ Ehrenfeld“.

A seminar's page lists its past runs one per line — „IWS 11.04. bis 02.05.2019 in der ambulanten
medizinischen Reha (Tagesklinik OSKAR) Köln“, „IWS 23.03. bis 20.04.2021 Online“, „IWS
16.02.2022 bis 09.03.2022 als Zoom-Online-Seminar“. The words before the days name the
seminar; what follows the days says where (after „in“, „im“, „in der“, or „Online“) or how
(„als Zoom-Online-Seminar“) it was held. Read whole, the line was the title, its dates and its
place in the name. A talk's line of the same build — „Vorstellung von IWS am 01.02.2022 in der
<strong>VHS Köln Mühlheim</strong>“, „Info-Vortrag … am 21.06.2021 auf einer Veranstaltung des
<a>Selbsthilfe-Freizeitwerkes e.V.</a> in Zinnowitz“ — sets the place or the host in bold or as
a link after its day: they name neither the talk. Only a line whose name has no digit and whose days are numeric („11.04.“,
„02.05.2019“, a run „… bis …“) and whose rest opens with such a word is read so: „Konzert am
12.05. mit der Band X“ keeps its band in the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from netdir import lazy_re

_DAY = r"(?:3[01]|[12]\d|0?[1-9])\.(?:1[0-2]|0?[1-9])\.(?:\d{4})?"
_LINE = lazy_re.compile(
    r"^(?P<name>[A-ZÄÖÜ][^\d]{1,60}?)\s+(?:(?:am|vom)\s+)?"
    rf"{_DAY}(?:\s*(?:bis|-|–)\s*(?:zum\s+)?{_DAY})?"
    r"(?:\s+und\s+am\s+[^\s]+(?:\s+\([^()]*\))?)?"
    r"\s+(?P<rest>(?:in|im|auf|bei|als|online)\b.*)$",
    re.IGNORECASE,
)
# „in der ambulanten … Köln“, „im Bürgerhaus“, „in SPZ Ehrenfeld“: where, after its preposition
# („auf einer Veranstaltung des …“ says at what occasion, not where)
_WHERE = lazy_re.compile(r"^(?:in|im)\s+(?:(?:der|dem|den|die|das)\s+)?(?P<place>.+)$", re.I)
#: A name of at most this many words: a longer opening is a sentence, not a name.
_NAME_WORDS = 8


@dataclass(frozen=True, slots=True)
class NamedLine:
    name: str
    place: str | None


def name_before_its_days(line: str) -> NamedLine | None:
    """The name before the line's days and the place after them (see the module docstring);
    None when the line is not read so."""
    match = _LINE.match(" ".join(line.split()))
    if match is None:
        return None
    name = match["name"].strip(" ,:–-")
    if not name or len(name.split()) > _NAME_WORDS:
        return None
    rest = re.sub(r"\s*\([^()]*\)\s*$", "", match["rest"]).strip(" .,")
    if rest.casefold() == "online":
        return NamedLine(name, "Online")
    where = _WHERE.match(rest)
    return NamedLine(name, where["place"].strip() if where else None)


def names_only_what_follows(line: str, part: str) -> bool:
    """True when ``line`` is read so and ``part`` (a link's or a bold run's text) stands after its
    days, not in its name: the host or the place, not the offering."""
    named = name_before_its_days(line)
    return named is not None and part.strip() not in named.name
