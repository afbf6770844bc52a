"""A year programme's rows under month headings ("Jahresprogramm 2015 | November | 14./15.
Heimatabend mit Theater", "Januar 2016 | 10. Tanzsonntag"): a cell that holds only a month (and
perhaps its year) names the month of the bare day that opens the next cell. The row is read as
the heading cells before the month, then the day with its month written after it ("14./15.
November 2016 Heimatabend"); a day cell that names its own month ("19. Januar 2016 GV") is left
as it is. A weekday may stand before the bare day ("Juni | Do 12. Hauptprobe 19.30 Uhr", a band's
half-year plan): it is kept before the day ("Do 12. Juni Hauptprobe"). An ordinal before a named
competition or congress ("April 2017 | 10. Hilde Zadek Wettbewerb") counts editions: no day."""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT, WD_ALT

# A cell with nothing but a month name (an abbreviation's dot, a year, a colon may follow).
_MONTH_CELL = lazy_re.compile(
    rf"^\s*(?P<month>(?:{MONTH_ALT})\.?(?:\s+(?:19|20)\d{{2}})?)\s*:?\s*$",
    FLAGS,
)
# The next cell opens with a bare day or two ("28.", "14./15.", "8. bis 18.", "10. - 13.") that
# is neither followed by a month name nor by a month's number ("14.11." names its own month).
_DAY_OPENING = lazy_re.compile(
    r"^\s*(?P<wd>(?:" + WD_ALT + r")\.?,?\s+)?"
    r"(?P<days>\d{1,2}\.(?:\s*(?:/|-|–|bis|und|&)\s*\d{1,2}\.)?)"
    # (a number after the day is a month's only with its dot: "20. 50 Jahre Sporthalle" is a day)
    rf"(?!\s*\d{{1,2}}\.)(?!\s*\d{{3,}})(?!\d)(?!\s*(?:{MONTH_ALT})\b)",
    FLAGS,
)
# "Wettbewerb | April 2017 | 10. Hilde Zadek Wettbewerb | …": an ordinal before a named
# competition, congress or festival counts its editions — no day of that month.
_EDITION_TITLE = lazy_re.compile(
    r"^\s+(?:(?-i:[A-ZÄÖÜ])[\w'’-]*\s+){1,4}[\w-]*(?:wettbewerb|kongress|symposi(?:on|um)|festival|turnier)\b",
    FLAGS,
)


def with_month_heading(text: str) -> str:
    """``text`` with its first bare-day cell after a month cell given that month, else as is."""
    if " | " not in text:
        return text
    cells = text.split(" | ")
    for index in range(len(cells) - 1):
        month = _MONTH_CELL.match(cells[index])
        if month is None:
            continue
        days = _DAY_OPENING.match(cells[index + 1])
        if days is None or _EDITION_TITLE.match(cells[index + 1][days.end() :]):
            continue
        weekday = days["wd"] or ""
        row = f"{weekday}{days['days']} {month['month'].strip()}{cells[index + 1][days.end() :]}"
        return " | ".join([*cells[:index], row, *cells[index + 2 :]])
    return text
