"""A second post about the same event: the same day and clock, a title that extends the first.

A meetup's blog announces its „Geekfem - Meet & Geek (19. Mai 18:00)“ in April and posts its
programme in May as „Geekfem - Meet & Geek (19. Mai 18:00): Programm“: two posts, one event.
Within one page, a linked block whose date text (with its clock) is that of a block already read
and whose title is the other's title followed by a colon and more words (or the other way round)
tells of the same event and makes no record of its own. A dash does not extend a name the same
way: „Faschingsvolkstanz – Scheebrunna Danzlmusi“ and „Faschingsvolkstanz“ at the same hour are
two dances in two towns.
"""

from __future__ import annotations

from collections.abc import Iterable

from netdir import lazy_re
from netdir.extract.date_cues import TIME_LIKE

# „: Programm“, „: Nachlese“: what a later post adds after the first one's title.
_EXTENSION = lazy_re.compile(r"^\s*:\s*[^\W\d_]")


def restates(
    title: str | None,
    url: str | None,
    date_text: str | None,
    seen: Iterable[tuple[str, str | None, str | None]],
) -> bool:
    """Whether a block already read (``seen``: title, link, date text) has the same date text,
    with a clock, and a title that this linked block's extends after a colon or that extends
    this one's so."""
    if not title or not url or not date_text or not TIME_LIKE.search(date_text):
        return False
    for other, _, other_date in seen:
        if other_date != date_text or not other or other == title:
            continue
        short, long = (other, title) if len(other) < len(title) else (title, other)
        if long.startswith(short) and _EXTENSION.match(long[len(short) :]):
            return True
    return False
