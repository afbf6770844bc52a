"""A list item that is a day and a bracketed remark on it is still a day of the list.

Under „Nächste Termine für 2018 (jeweils am zweiten Donnerstag eines Monats):“ a history group
lists its meetings one per item — „12. April“, „14. Juni“ — and adds why a day is as it is:
„8. März (Hamburger Frühjahrsferien)“, „17. Mai (wegen des Himmelfahrtstags am 10. Mai)“. The
bracket explains the day (a holiday moved the meeting a week); the group still meets on it, and
the day it names inside the bracket is no meeting. Only a bracket that gives a reason or names
the holidays is such a remark; one that calls the day off („(entfällt)“, „(abgesagt)“) leaves no
day — the item says nobody meets then — and one that names a place is the day's row.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.block_text import names_a_day
from netdir.extract.date_cues import DATE_PHRASE
from netdir.extract.status_badge import is_status_remark

# „ (Hamburger Frühjahrsferien)“: one bracket, and nothing after it.
_REMARK = lazy_re.compile(r"\s*\((?P<remark>[^()]{1,60})\)\s*[.;,]?")
# What such a bracket says: why the day is as it is — a reason („wegen …“, „statt …“) or the
# holidays or feast it falls in or avoids. A bracket that names a place („(Zum Alten Markt)“,
# „(Hövels Brauerei)“) says where that day's meeting is: its line is read as a row of its own.
_WHY = lazy_re.compile(
    r"^(?:wegen|wg\.|aufgrund|statt|anstatt|anstelle|ersatz|verlegt|vorgezogen)\b"
    r"|ferien|feiertag|himmelfahrt|pfingst|oster|weihnacht|fronleichnam|brückentag|karneval"
    r"|fasching|rosenmontag|urlaub",
    re.I,
)


def day_of_a_list_line(line: str) -> str | None:
    """The day ``line`` is, alone or before a bracketed remark on it (see the module's
    docstring); None for a line that says more, or whose remark calls the day off."""
    text = line.strip()
    if DATE_PHRASE.fullmatch(text):
        return text if names_a_day(text) else None
    match = DATE_PHRASE.match(text)
    if match is None or not names_a_day(match.group(0)):
        return None
    remark = _REMARK.fullmatch(text[match.end() :])
    if remark is None or not is_a_day_remark(remark["remark"]):
        return None
    return match.group(0).strip()


def is_a_day_remark(text: str) -> bool:
    """Whether a bracket's ``text`` says why its day is as it is (see the module's docstring),
    and does not call the day off."""
    remark = text.strip()
    return _WHY.search(remark) is not None and not is_status_remark(remark)
