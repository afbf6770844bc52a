"""A news item's month label over what has happened: „Juni 2022 | Druckfrisch sind die Einladungen
angeliefert worden.“ (round 328, a history society's news page, each item opened by its month and
year). The label dates the item — when it was written — and the sentence after it tells something
done, in the past or the perfect passive, naming no day or clock of its own: no offering's month.

The same goes for a label over a report of what was done: „Februar 2024: Unterwegs in der Region
Kyamulibwa | Bericht über unsere Hilfstätigkeit in der Region Kyamulibwa (Uganda)“ (round 324, an
aid club's news post: the label dates the report, the work it tells of has no day).

A label over a coming thing keeps its month („Juni 2026 | Das Sommerfest findet im Pfarrgarten
statt“), and so does a label over a title without a verb („Juni 2022 | Sommerfest im
Pfarrgarten“), or one ahead of the page's day.
"""

from __future__ import annotations

from datetime import date

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT
from netdir.normalize.when_words import MONTHS

# „Juni 2022 | …“, „12/2022: …“ is a stamp of its own elsewhere; the month's name, its year, a bar
# or a colon
_LABEL = lazy_re.compile(
    rf"^\s*(?P<mn>{MONTH_ALT})\.?\s+(?P<y>(?:19|20)\d{{2}})\s*[|:]\s*(?P<body>[^|]+(?:\|[^|]+)?)$",
    FLAGS,
)
# a report of what was done, named as such: „Bericht über unsere Hilfstätigkeit …“, „Rückblick
# auf das Sommerfest“
_REPORT = lazy_re.compile(r"\b(?:\w*bericht|rückblick)\s+(?:über|von|vom|aus|auf)\b", FLAGS)
# what has been done: the preterite of being, having, taking place, or the perfect passive
_DONE = lazy_re.compile(
    r"\b(?:wurde|wurden|worden|war|waren|hatte|hatten|fand|fanden|konnte|konnten|gab)\b", FLAGS
)
# what is to come, or a day or a clock of the item's own
_AHEAD = lazy_re.compile(
    r"\b(?:wird|werden|soll|sollen|findet|finden|kommt|kommen|lädt|laden|geplant|demnächst|bald)\b"
    r"|\d{1,2}\.|\d{1,2}[:.]\d{2}|\buhr\b",
    FLAGS,
)


def is_news_month_label(text: str, reference: date) -> bool:
    """Whether ``text`` is a news item whose month label (not after ``reference``'s month) stands
    over a sentence telling something done or a report of it (see the module)."""
    label = _LABEL.match(text)
    if label is None:
        return False
    month = MONTHS.get(label["mn"].lower())
    if month is None or (int(label["y"]), month) > (reference.year, reference.month):
        return False
    body = label["body"]
    done = _DONE.search(body) is not None or _REPORT.search(body) is not None
    return done and _AHEAD.search(body) is None
