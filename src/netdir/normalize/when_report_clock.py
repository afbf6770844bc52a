"""A clock told in a report's earlier sentence is not a coming day's: "Pünktlich um 0:00 Uhr ging
die Hexe in Flammen auf. Das Gejammer war groß, aber am 11.11.06 ist es ja wieder soweit." — the
midnight belongs to what happened, the day named after it lies ahead and has no clock."""

from __future__ import annotations

from datetime import date

from netdir import lazy_re
from netdir.normalize.when_grammar import PAST_TENSE

# The end of a sentence: a word's last letter, its stop, a capital next ("5. März" and "ca. 10"
# are none). Unlike sentence_ends.SENTENCE_END the match takes the space (its end is where the next
# sentence begins) and a stop after an abbreviation („Dr. Schmitt“) ends one too.
_SENTENCE_END = lazy_re.compile(r"(?<=[^\W\d])[.!?]\s+(?=[A-ZÄÖÜ])")


def told_before(text: str, day_at: int, day: date, today: date) -> int:
    """Where the sentence of the day at ``day_at`` begins when the sentences before it report the
    past (a past-tense verb) and ``day`` lies after ``today``; 0 otherwise (every clock counts)."""
    if day <= today:
        return 0
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, day_at)]
    if not ends or PAST_TENSE.search(text, 0, ends[-1]) is None:
        return 0
    return ends[-1]
