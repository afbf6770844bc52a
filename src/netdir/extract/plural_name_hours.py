"""The hours a sentence above a list gives the rows it names in the plural.

An astronomy society's page opens „The … Society hosts public Open Nights during the winter
months (April to September). Open Nights run from 7:30 p.m. to 9:00 p.m. on designated Friday
nights, weather permitting.“ and, several paragraphs below, lists the nights by their days alone
(each row named „Open Night“ by the table's heading). A reader takes 7:30 to 9:00 p.m. for each.
When every dated row of a list (two or more) has one name and a text above the list says that
name in the plural, followed by a verb of running or being held and an am/pm hour or hours („Open
Nights run from 7:30 p.m. to 9:00 p.m.“, „Club nights are held at 7.30pm“), each untimed row
takes them; its date's provenance says so. The sentence must name the rows: a clock in any other
sentence of the page is not theirs, so the texts may stand further up than a lead's.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir.extract.kind_hours import untimed_days
from netdir.extract.lead_times import add_shared_time, lead_texts
from netdir.normalize.when_grammar import AM_PM
from netdir.records import RawRecord

_CLOCK = r"(?:[01]?\d)(?:[:.][0-5]\d)?"
_HOURS = rf"(?P<hours>{_CLOCK}(?:\s*{AM_PM})?(?:\s*(?:-|–|to|until)\s*{_CLOCK})?\s*{AM_PM})"
_VERB = r"(?:run|are\s+held|take\s+place|are\s+open|start|begin|are)"
_SIBLINGS = 10  # paragraphs above the list on each level: the page's introduction
_LEVELS = 3
_CHARS = 600
_MIN_ROWS = 2
#: Provenance suffix of a date text whose hours a sentence naming the rows states.
SOURCE = " + time:a sentence above the list naming its rows"


def hours_of_the_named_rows(group: list[RawRecord], first: LexborNode) -> None:
    """Give the rows of ``group`` (``first`` its first row's node), all of one name, the hours a
    text above them states for that name in the plural."""
    dated = [record for record in group if record.date_text]
    names = {" ".join((record.title or "").split()).casefold() for record in dated}
    if len(dated) < _MIN_ROWS or len(names) != 1:
        return
    name = dated[0].title or ""
    words = name.split()
    if not words or len(words) > 4:
        return
    plural = r"\s+".join(re.escape(word) for word in words) + r"(?:s|es)"
    sentence = re.compile(rf"\b{plural}\s+{_VERB}\s+(?:from\s+|at\s+)?{_HOURS}", re.I)
    for text in lead_texts(first, _SIBLINGS, _CHARS, _LEVELS):
        if match := sentence.search(" ".join(text.split())):
            add_shared_time(untimed_days(dated), " ".join(match["hours"].split()), SOURCE)
            return
