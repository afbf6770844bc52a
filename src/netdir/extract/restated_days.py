"""A card whose heading names the day its date line names is an event's card, not a post.

A Schützenverein's „Alle Termine“ sets each event as „<p>08.12.2023 – Nikolausschießen mit
Brotzeit</p><p>8. Dezember 2023</p><p>…</p>“: the heading opens with the day, the line below
says it again in words. Where two of the cards disagree — a run „24. - 29.02.2024 –
Dorfkönigschießen“ over its last day, a copied date field under „11.10.2024 –
Jahreshauptversammlung“ — their lines read as post stamps, and the cards dated by the same
element were undated as news posts („Wir haben eine neue Königsfamilie“ / „am 1. April 2024“).
A post's stamp is a day its heading does not name; a line that repeats the day of the card's
own heading is that event's day, whatever two other cards say.

The heading may name the day in the very words of the stamp: Health for Future Dresden's news
list posts „<h3>Klimastreik am 14.11.2025</h3>“ over its stamp „14.11.2025“ on the strike's own
day. The stamp's text inside a longer line is that line naming the day, not the date line itself.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import text_lines
from netdir.extract.calendar_days import day_and_month

# A word of the line beside the stamp's text: „Klimastreik am 14.11.2025“ is a heading that names
# the day; „am 14.11.2025“ or „Veröffentlicht am 14.11.2025“ is still the stamp's own line.
_OTHER_WORD = lazy_re.compile(r"[^\W\d_]{3,}")
_STAMP_WORDS = frozenset(
    {"veröffentlicht", "erstellt", "geschrieben", "gepostet", "aktualisiert", "posted", "published",
     "updated", "vom"}
)  # fmt: skip


def _is_the_date_line(line: str, date_text: str) -> bool:
    """``line`` holds ``date_text`` and no word but a stamp's own."""
    if date_text not in line:
        return False
    rest = line.replace(date_text, " ", 1)
    return all(w.lower() in _STAMP_WORDS for w in _OTHER_WORD.findall(rest))


def heading_restates_the_day(segment: list[LexborNode], date_text: str) -> bool:
    """Whether a line of the block other than ``date_text``'s own names its day and month."""
    day = day_and_month(date_text)
    if day is None:
        return False
    for line, _ in text_lines(segment):
        if _is_the_date_line(line, date_text):
            continue  # the date line itself
        if day_and_month(line) == day:
            return True
    return False
