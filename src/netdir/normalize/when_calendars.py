"""A day written in both calendars: Orthodox parishes and monasteries date their feasts twice,
„5. Januar 2019 (jul.) / 18. Januar 2019 (greg.)“, „10.11.2020 / a. St. 28.10.2020“, „10. November
2019 (n.K.) / 28. Oktober 2019 (a.K.)“. Both name the same day; the civil day is the Gregorian one
(new style), so the Julian (old-style) twin is taken out before the rules read the text — read
first, it put the service thirteen days early."""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT

# One written day: „5. Januar 2019“, „06.01.2019“, „28.10.“, „28. Oktober“.
_DAY = r"\d{1,2}\.\s?(?:\d{1,2}\.(?:\d{4}|\d{2}(?!\d))?|(?:" + MONTH_ALT + r")\.?(?:\s\d{4})?)"
# The old style named after the day („(jul.)“, „(julianisch)“, „(a.K.)“, „(alter Kalender)“,
# „(a. St.)“, „(old style)“, „(O.S.)“) or before it („a. St. 28.10.2020“, „alter Stil: …“).
_OLD_AFTER = (
    r"\s*\((?:jul(?:ian(?:isch(?:er\s+Kalender)?)?)?\.?|a\.\s?K\.?|alte[rnm]?\s+(?:Kalender|Stils?)"
    r"|a\.\s?St\.?|old\s+style|o\.\s?s\.)\)"
)
_OLD_BEFORE = r"\b(?:a\.\s?St\.|alte[rnm]?\s+(?:Kalender|Stils?)\s*:?)\s*"
_OLD_STYLE = lazy_re.compile(
    r"(?:\s*/\s*)?(?:" + _DAY + _OLD_AFTER + r"|" + _OLD_BEFORE + _DAY + r")(?:\s*/\s*)?",
    FLAGS,
)
# The new style's own mark („(greg.)“, „(n.K.)“, „(neuer Kalender)“) says nothing more once its
# twin is gone.
_NEW_STYLE_MARK = lazy_re.compile(
    r"\s*\((?:greg(?:orianisch(?:er\s+Kalender)?)?\.?|n\.\s?K\.?|neue[rnm]?\s+(?:Kalender|Stils?)"
    r"|n\.\s?St\.?|new\s+style|n\.\s?s\.)\)",
    FLAGS,
)
_A_DIGIT = lazy_re.compile(r"\d")


# Unmarked twins in one month, the Julian day thirteen days before the civil one (1900-2099):
# „Am 6. / 19. Mai wurde … gefeiert“ (old / new), „Am 19 (6) Mai feiert das Kloster …“ (new, the
# old in brackets).
_TWIN_SLASH = lazy_re.compile(
    r"(?<![\d.])(?P<old>\d{1,2})\.\s*/\s*(?P<new>\d{1,2})\.?\s+(?=(?:" + MONTH_ALT + r")\b)", FLAGS
)
_TWIN_BRACKET = lazy_re.compile(
    r"(?<![\d.])(?P<new>\d{1,2})\.?\s*\((?P<old>\d{1,2})\.?\)\s*(?=(?:" + MONTH_ALT + r")\b)", FLAGS
)
_JULIAN_LAG = 13


def _civil_twin(found: re.Match[str]) -> str:
    if int(found["new"]) - int(found["old"]) != _JULIAN_LAG:
        return found[0]  # „am 2. / 9. Mai“: two days, not one day in two calendars
    return f"{found['new']}. "


def without_old_style(text: str) -> str:
    """The text with a day marked as Julian (old style) taken out when another day stays."""
    if "/" in text or "(" in text:
        text = _TWIN_BRACKET.sub(_civil_twin, _TWIN_SLASH.sub(_civil_twin, text))
    if "(" not in text and "St." not in text and "K." not in text and "alte" not in text:
        return text
    kept = _OLD_STYLE.sub(" ", text)
    if kept == text or _A_DIGIT.search(kept) is None:
        return text  # no twin, or the old-style day is the only one written: keep it
    return " ".join(_NEW_STYLE_MARK.sub("", kept).split())
