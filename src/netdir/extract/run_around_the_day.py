"""The run of days a block's prose announces, when the day it sets in bold lies inside it.

A fire brigade's post „<h3>Feuerwehrfest Viermünden</h3><p>Vom 23.06. bis 26.06.2023 findet das
Jubiläunsfest der Freiwilligen Feuerwehr Viermünden statt. … möchten am <b>Samstag, den 24.06.</b>
dort am Festzug … teilnehmen.</p>“: the bold day is the hosts' own day at the festival the
heading names; the festival is the offering and runs the four days. When the block's day is an
inline element (bold, span) and a sentence of the same text announces a run of days (``vom …
bis …`` that „findet … statt“) holding that day, the run is the block's date.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from netdir.extract.date_cues import iter_date_phrases
from netdir.extract.prose_announcements import announcing_sentence
from netdir.normalize.when import parse_when

# Any day serves: the run states its year, the bold day is read in that year.
_SOME_DAY = date(2000, 1, 3)


def run_holding_the_day(day_text: str, prose: str) -> str | None:
    """The phrase of the run of days the announcing sentence of ``prose`` names, when the day
    ``day_text`` names lies within it; None otherwise."""
    sentence = announcing_sentence(prose)
    if sentence is None or day_text in sentence:
        return None
    for match in iter_date_phrases(sentence):
        run = parse_when(match.group(0), today=_SOME_DAY)
        first, last = _day(run.start), _day(run.end)
        if first is None or last is None or last <= first:
            continue
        day = _day(parse_when(day_text, today=_SOME_DAY, year=last.year).start)
        if day is not None and first <= day <= last:
            return match.group(0)
    return None


def _day(stamp: str | None) -> date | None:
    return date.fromisoformat(stamp[:10]) if stamp else None


def run_opened_by_the_day(day_text: str, lines: list[str]) -> str | None:
    """„📅 3 September 2026 – 3 December 2026“ in a card whose date badge says „3 Sept“: the
    line's run of days that opens on the badge's day (read in the run's year) is the card's
    date — the badge shows only its first day. None when no line states such a run."""
    for line in lines:
        if line.strip() == day_text.strip():
            continue
        for phrase in _phrases_and_pairs(line):
            run = parse_when(phrase, today=_SOME_DAY)
            first, last = _day(run.start), _day(run.end)
            if first is None or last is None or last <= first:
                continue
            day = _day(parse_when(day_text, today=_SOME_DAY, year=first.year).start)
            if day == first:
                return phrase
    return None


def _phrases_and_pairs(line: str) -> list[str]:
    """The date phrases of ``line`` and each two neighbours with what joins them: „3 September
    2026 – 3 December 2026“ is two phrases to the date cues, one run to the parser."""
    found = list(iter_date_phrases(line))
    pairs = [line[left.start() : right.end()] for left, right in pairwise(found)]
    return [match.group(0) for match in found] + pairs
