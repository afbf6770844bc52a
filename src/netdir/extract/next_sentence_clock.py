"""The clock that opens the sentence after the one naming the day.

A club's programme tells an outing in two sentences: „Am <strong>Samstag, 7. Juni 2025</strong>
besuchen wir die Erinnerungsort BADEHAUS in Wolfratshausen-Waldram. Um 14 Uhr haben wir die
Gelegenheit, diesen besonderen Ort … im Rahmen einer Führung kennen zu lernen.“ The first says
which day, the second, opening with its hour, when it starts; or the second says it in words of
starting („Franz Kümmerle … startet um 14 Uhr mit seiner Führung“). A reader takes that hour as
the start. Only the very next sentence counts, only when it opens with „Um …“/„Ab …“ (or with
its hours, „Von 6 bis 15 Uhr …“) or says
„beginnt/startet um …“ or „treffen sich um …“, with „Uhr“ (or a colon), and only when the day's own sentence states no
clock: an hour further down the prose („Um 18 Uhr gibt es Abendessen“ after the programme)
belongs to something else.
"""

from __future__ import annotations

from typing import NamedTuple

from netdir import lazy_re
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.sentence_ends import SENTENCE_END

_CLOCK = r"(?P<clock>(?:[01]?\d|2[0-3])(?:[:.][0-5]\d\s*(?:Uhr\b)?|\s*Uhr\b))"
# „Um 14 Uhr haben wir …“, „Ab 19:30 Uhr gibt es …“, „Um 9.30 Uhr …“: the sentence's first words.
_OPENING_CLOCK = lazy_re.compile(r"\s*[„\"»]?(?:Um|Ab|Gegen)\s+" + _CLOCK)
# „Von 6 bis 15 Uhr können dort …“, „Zwischen 10 und 12 Uhr …“: the sentence opens with the hours
# of the day (the first clock may go without its „Uhr“). „Von 12:00 bis ca. 14:00 werden …“: an
# approximate end, and clocks with their minutes need no „Uhr“.
_OPENING_HOURS = lazy_re.compile(
    r"\s*[„\"»]?(?:Von|Zwischen)\s+(?P<clock>(?P<first>(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?)\s*"
    r"(?:Uhr\s+)?(?:bis|und|-|–)\s*(?:(?:ca\.|circa|etwa)\s*)?"
    r"(?:(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*Uhr\b|(?:[01]?\d|2[0-3]):[0-5]\d\b))"
)
# „Franz Kümmerle, zweiter Vorsitzender des Vereins, startet um 14 Uhr mit seiner Führung“: the
# next sentence says when it starts — or when its people meet („Die Bruchpiloten treffen sich um
# 10 Uhr an der Endstation …“ after „Dieses Vorprogramm findet am Donnerstag, den 15. Mai statt.“).
_STARTS_AT = lazy_re.compile(
    r"\b(?:beginnt|beginnen|startet|starten|(?:treffen|trifft)\s+sich)\s+(?:um|ab)\s+" + _CLOCK
)


class OpeningClock(NamedTuple):
    """What the sentence after the day opens with: its words and the hour the event starts."""

    clock: str  # „14 Uhr“, or the hours „6 bis 15 Uhr“ as written
    first_hour: str  # „14 Uhr“; of hours their first, „6 Uhr“


def clock_opening_the_next_sentence(line: str, date_text: str) -> OpeningClock | None:
    """The hour („14 Uhr“) or the hours („6 bis 15 Uhr“) that open the sentence right after the
    one holding ``date_text`` in ``line``, with the hour it starts; None when the day is not in
    the line, its sentence already states a clock, or the next sentence does not open with an
    hour."""
    at = line.find(date_text)
    if at < 0 or not date_text.strip():
        return None
    day_end = at + len(date_text)
    sentence_start = 0
    for end in SENTENCE_END.finditer(line):
        if end.start() < day_end:
            sentence_start = end.end()
            continue
        if TIME_LIKE.search(line[sentence_start : end.start()]):
            return None  # „Am 7. Juni um 10 Uhr …“: the day's own sentence has its clock
        if (hours := _OPENING_HOURS.match(line, end.end())) is not None:
            return OpeningClock(hours["clock"].strip(), f"{hours['first']} Uhr")
        opening = _OPENING_CLOCK.match(line, end.end())
        if opening is None:
            following = SENTENCE_END.search(line, end.end())
            opening = _STARTS_AT.search(
                line, end.end(), following.start() if following else len(line)
            )
        if opening is None:
            return None
        clock = opening["clock"].strip()
        return OpeningClock(clock, clock)
    return None
