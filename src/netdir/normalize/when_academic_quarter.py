"""Clocks as a university's timetable writes them (a lecturer's course pages, round 267).

- „02.03. 14-16 c.t. - Registration“, „07.3. 10-12 c.t. - Aufnahme und Themen“: a span of hours
  cum tempore is the academic double lesson, from a quarter past the first hour to a quarter to
  the last (14:15 to 15:45). ``when_clean`` reads a single hour „18 Uhr c.t.“ as a quarter past;
  on a span it would move the end only („14-16:15“).
- „Di, 05.10. 2010, 14.oo c.t.“, „30.5. 08.3o-10.oo - Zwischenbericht“: the zeros of a clock typed
  as the letter o, before „c.t.“/„s.t.“ or in a span of two such clocks (``when_clean`` mends them
  before „Uhr“ only). A digit must stand in each clock, so words („oo.oo“) stay.
"""

from __future__ import annotations

import re

from netdir import lazy_re

# „14-16 c.t.“, „14 - 16 Uhr c.t.“ (``when_dated_bare_hours`` may have put the „Uhr“ after a
# day's hours), „10.00-12.00 c.t.“: whole hours only.
_QUARTER_SPAN = lazy_re.compile(
    r"(?<![\d.:])(?P<h1>[01]?\d|2[0-3])(?:[:.]00)?\s*-\s*(?P<h2>[01]?\d|2[0-3])(?:[:.]00)?"
    r"\s*(?:Uhr\s*)?c\.\s?t(?:\.|(?![^\W\d_]))",
    re.IGNORECASE,
)
_O_CLOCK = r"(?=[0-9oO]{1,2}[.:][0-9oO]{2}(?![\w.:]))(?=[^\s-]*\d)[0-9oO]{1,2}[.:][0-9oO]{2}"
# „14.oo c.t.“, „9.3o s.t.“: one clock before the academic mark.
_O_CLOCK_BEFORE_MARK = lazy_re.compile(
    rf"(?<![\w.:])(?P<c>{_O_CLOCK})(?=\s*[cs]\.\s?t\b)", re.IGNORECASE
)
# „08.3o-10.oo“: two clocks of a span, a letter o in one of them at least.
_O_CLOCK_SPAN = lazy_re.compile(
    rf"(?<![\w.:])(?P<a>{_O_CLOCK})(?P<dash>\s*-\s*)(?P<b>{_O_CLOCK})", re.IGNORECASE
)


def academic_clocks(text: str) -> str:
    """``text`` with a span of hours „c.t.“ as its academic quarter-past to quarter-to clocks and
    the letter-o zeros of timetable clocks as digits."""
    if "o" in text or "O" in text:
        text = _O_CLOCK_BEFORE_MARK.sub(lambda found: _zeros(found["c"]), text)
        text = _O_CLOCK_SPAN.sub(_o_span, text)
    if "c.t" in text or "c. t" in text:
        text = _QUARTER_SPAN.sub(_quarter_span, text)
    return text


def _o_span(found: re.Match[str]) -> str:
    if "o" not in found[0].lower():
        return found[0]
    return _zeros(found["a"]) + found["dash"] + _zeros(found["b"])


def _zeros(clock: str) -> str:
    return clock.replace("o", "0").replace("O", "0")


def _quarter_span(found: re.Match[str]) -> str:
    first, last = int(found["h1"]), int(found["h2"])
    if last <= first:
        return found[0]
    return f"{first}:15-{last - 1}:45 Uhr"
