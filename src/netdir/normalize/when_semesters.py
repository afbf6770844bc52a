"""A German university semester named as a weekly rule's season ("im WS 2015/16, dienstags
17.45–19.15 Uhr", "Sommersemester 2026, mittwochs 10–12 Uhr").

Without it the rule had no season and ran from today on: a lecture series of 2015 became a
weekly event every Tuesday from now. A semester is a fixed period: at universities the winter
semester runs from 1 October to 31 March, the summer semester from 1 April to 30 September
(lecture periods lie inside; some Fachhochschulen start a month earlier, which a text without
days cannot tell). Written as that period, the rule reads like any other season ("vom 1.
Oktober 2015 bis 31. März 2016, dienstags …").
"""

from __future__ import annotations

from netdir import lazy_re

_WINTER = lazy_re.compile(
    r"\b(?:WS|WiSe|Wintersemester)\s*(?P<first>(?:19|20)\d{2})\s*/\s*(?P<second>\d{2}|\d{4})\b"
)
_SUMMER = lazy_re.compile(r"\b(?:SS|SoSe|Sommersemester)\s*(?P<year>(?:19|20)\d{2})\b")


def semester_as_period(text: str) -> str | None:
    """``text`` with its one semester written as its period, or None without exactly one."""
    winters = list(_WINTER.finditer(text))
    summers = list(_SUMMER.finditer(text))
    if len(winters) + len(summers) != 1:
        return None
    if winters:
        found = winters[0]
        first = int(found["first"])
        second = int(found["second"][-2:])
        if second != (first + 1) % 100:  # "WS 2015/17" is no semester
            return None
        period = f"1.10.{first} bis 31.3.{first + 1}"
    else:
        found = summers[0]
        period = f"1.4.{found['year']} bis 30.9.{found['year']}"
    return text[: found.start()] + period + text[found.end() :]
