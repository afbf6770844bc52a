"""The end of a one-event page's day told again further down, with its hours.

„**Veranstaltung: 18. April 2024, 17:00 Uhr, Im Holbornschen Haus …**“ heads the post; the letter
below says „Donnerstag, 18. April 2024 von 17 bis 19 Uhr“. Read from the labelled line alone, the
record had its start and no end; the short line that repeats the same day and the same start
gives the end.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.date_cues import DATE_PHRASE
from netdir.extract.place_lines import names_a_venue_or_address
from netdir.extract.prose_announcements import announcing_sentence, gives_its_clock
from netdir.extract.sentence_ends import sentences
from netdir.normalize.when import parse_when
from netdir.normalize.when_value import When
from netdir.normalize.when_words import GERMAN_WEEKDAY_ALT

_LINES_AFTER = 60  # the letter or post under the event's day
_MAX_LINE = 100  # a line of its own, not a sentence of the report
# „Am morgigen <b>Mittwoch um 20 Uhr</b> findet wieder unser Freifunk-Treffen … statt.“ under
# „<h3>Freifunk Treffen am Mittwoch den 24.08.2016</h3>“: the heading's day named by its weekday
# alone, right before the clock (the date grammar counts it from the post's day; the day read
# must still be the heading's).
_WEEKDAY_AT_A_CLOCK = lazy_re.compile(
    rf"\b(?:{GERMAN_WEEKDAY_ALT})\s+(?:um|ab)\s+(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*Uhr\b"
)


def end_told_again(
    lines: list[tuple[str, LexborNode | None]], date_index: int, date_text: str, today: date
) -> str | None:
    """The later short line that names the same day from the same clock to an end on that
    day; None when the date text has no clock or already an end, or no line repeats it."""
    first = parse_when(date_text, today=today)
    if first.start is None or "T" not in first.start or first.end is not None:
        return None
    start = first.start

    def ends_that_day(again: When) -> bool:
        return again.start == start and again.end is not None and again.end[:10] == start[:10]

    return _later_line_dated(lines, date_index, _MAX_LINE, today, ends_that_day)


def _later_line_dated(
    lines: list[tuple[str, LexborNode | None]],
    date_index: int,
    max_chars: int,
    today: date,
    fits: Callable[[When], bool],
) -> str | None:
    """The first line within reach after the date's line, at most ``max_chars`` long and naming
    a date, whose reading ``fits``; None when no line does."""
    for text, _block in lines[date_index + 1 : date_index + 1 + _LINES_AFTER]:
        if len(text) > max_chars or DATE_PHRASE.search(text) is None:
            continue
        if fits(parse_when(text, today=today)):
            return text
    return None


_MAX_SENTENCE = 320  # a lead's sentence that restates the run with its hours
# A post's sentence that tells its day again with its clock, its purpose after the clock: „Das
# nimmt sich die Ulmer OpenStreetMap-Community … zum Anlass, am Samstag, dem 9. Februar 2019 von
# 10:00 bis 18:00 Uhr die ÖPNV-Daten … auf den aktuellen Stand zu bringen, und dabei …“ (340).
_MAX_TOLD_AGAIN = 400


def hours_told_again(
    lines: list[tuple[str, LexborNode | None]], date_index: int, date_text: str, today: date
) -> str | None:
    """The later line that restates a run of days without hours („28. + 29. August 2021“ in the
    heading) with its hours („Vom 28.8.21 ab 13.00 Uhr bis am 29.8.21 um 19.00 Uhr werden …
    angeboten“): the same first and last day, now with a start and an end clock. None when the
    date text has hours already or no line restates its days."""
    first = parse_when(date_text, today=today)
    if first.start is None or "T" in first.start or first.end is None or "T" in first.end:
        return None
    first_day, last_day = first.start[:10], first.end[:10]

    def restates_with_hours(again: When) -> bool:
        return (
            again.start is not None
            and again.end is not None
            and "T" in again.start
            and "T" in again.end
            and again.start[:10] == first_day
            and again.end[:10] == last_day
        )

    return _later_line_dated(lines, date_index, _MAX_SENTENCE, today, restates_with_hours)


_MAX_TILE = 40  # a fact tile's short line: „25. Jänner 2025“, „19:30 Uhr“


def clock_beside_the_day_again(
    lines: list[tuple[str, LexborNode | None]], date_index: int, date_text: str, today: date
) -> tuple[str, str | None] | None:
    """The day told again further down as a bare line with a bare clock line right after it —
    an „Informationen“ box of icon tiles („25. Jänner 2025“ / „19:30 Uhr“ / „Sparkassensaal
    Wiener Neustadt“) under a lead that announced the day without its hour: the day with that
    clock, and the tile after the clock when it names a venue. None when the date text has a
    clock or an end, or no bare line repeats its day."""
    first = parse_when(date_text, today=today)
    if first.start is None or "T" in first.start or first.end is not None:
        return None
    start = date_index + 1
    after = lines[start : start + _LINES_AFTER]
    for offset, ((text, _block), (following, _next)) in enumerate(pairwise(after)):
        if len(text) > _MAX_TILE or len(following) > _MAX_TILE or DATE_PHRASE.search(following):
            continue
        again = parse_when(text, today=today)
        if again.start != first.start or again.end is not None:
            continue
        timed = parse_when(f"{text}, {following}", today=today)
        if timed.start is not None and timed.start[:10] == first.start and "T" in timed.start:
            tile = after[offset + 2][0] if offset + 2 < len(after) else ""
            venue = tile if len(tile) <= _MAX_TILE and names_a_venue_or_address(tile) else None
            return f"{text}, {following}", venue
    return None


def _weekday_sentence(text: str) -> str | None:
    """The first sentence of ``text`` that names a weekday right before its clock."""
    return next((s.strip() for s in sentences(text) if _WEEKDAY_AT_A_CLOCK.search(s)), None)


def clock_told_again_in_a_sentence(
    lines: list[tuple[str, LexborNode | None]], date_index: int, date_text: str, today: date
) -> str | None:
    """The sentence further down that invites to the heading's one day with its clock
    („<h1>Infoabend für neue 5er - Zusatztermin am 23.01.2024</h1>“ over „Wir laden alle
    Interessierten … am Dienstag, 23.01.2024 um 18 Uhr in die Aula des Schillergymnasiums
    ein.“): the day with its start (and end) told there. None when the date text has a clock or
    an end, or no announcing sentence restates its day with a clock."""
    first = parse_when(date_text, today=today)
    if first.start is None or "T" in first.start or first.end is not None:
        return None
    # The day's own line too: „Am Mittwoch, dem 19.7. diskutieren wir ab 18:00 Uhr, wie …“
    # gives „19.7.“ as the day, its clock after the verb (a start's: „Am 04.11.2008 findet der
    # Flohmarkt … bis 18.00 Uhr statt“ tells when it ends).
    for index, (text, _block) in enumerate(
        lines[date_index : date_index + 1 + _LINES_AFTER], start=date_index
    ):
        if DATE_PHRASE.search(text) is None:
            sentence = _weekday_sentence(text) if _WEEKDAY_AT_A_CLOCK.search(text) else None
        else:
            sentence = announcing_sentence(text, clock_counts=True)
        if sentence is None or len(sentence) > _MAX_TOLD_AGAIN:
            continue
        if index == date_index and not gives_its_clock(sentence):
            continue
        again = parse_when(sentence, today=today)
        if again.start is not None and "T" in again.start and again.start[:10] == first.start:
            return sentence
    return None
