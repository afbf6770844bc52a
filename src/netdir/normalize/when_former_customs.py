"""A yearly custom told in the past: „Jedes Jahr am 15. August war die Wallfahrt in
Philippsreut.“, „Die ersten Konzerte dieser Art fanden als Weihnachtskonzert jährlich am 26.
Dezember statt.“ — how things used to be on that day every year, not a report of one year's
event and not a coming one: no offering's day.

A report of this year's instance says so („Am 12. September fand wie jedes Jahr ein Sommerfest
… statt“, „Wie jedes Jahr fand auch heuer …“, „das alljährliche Laternenfest“ as an adjective)
or names its year („Am 20.Jänner 2019 fand die alljährliche Verleihung … statt“); those keep
their day.

A span of years gone by names no coming day either: „In den Jahren 1947 – 1960 veranstaltete der
Verein Theateraufführungen an Weihnachten und Neujahr“ (round 235, a club's chronicle) tells what
was done on those feasts every year of the span, not next New Year's Day.

Likewise a weekly habit told in the past: „So bildete sich im Verlauf der Monate eine … Gruppe die
sich regelmäßig am Freitag Abend traf“ — how a group used to meet, no coming Friday's rule.
"""

from __future__ import annotations

from datetime import date

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, PAST_TENSE

# „jedes Jahr“ as an adverb (not „wie jedes Jahr“: this year's, as every year), „(all)jährlich“
# as an adverb (not „jährliche“, „alljährlichen“: the adjective of one instance).
_YEARLY_ADVERB = lazy_re.compile(
    r"(?<!wie\s)\bjedes\s+jahr\b|\b(?:all)?jährlich\b(?![a-zäöüß])", FLAGS
)
# This year's instance or a year named: a report, not a custom.
_THIS_TIME = lazy_re.compile(
    r"(?<!\d)(?:1[0-9]|20)\d\d(?!\d)|\b(?:heuer|dieses\s+jahr|diesem\s+jahr|wieder|erneut)\b",
    FLAGS,
)
# A day of the month named, its year not given.
_DAY = lazy_re.compile(r"(?<![\d.])\d{1,2}\.\s*(?:\d{1,2}\.|[^\W\d]{3,})")


def is_former_custom(text: str) -> bool:
    """Whether the (cleaned) text tells a yearly custom's day in the past (see the module)."""
    if "jahr" not in text.lower() and "jährlich" not in text.lower():
        return False
    return (
        _YEARLY_ADVERB.search(text) is not None
        and _DAY.search(text) is not None
        and PAST_TENSE.search(text) is not None
        and _THIS_TIME.search(text) is None
    )


def is_standing_custom(text: str) -> bool:
    """Whether the text tells a yearly custom in the present, its year not named: „Jedes Jahr am
    1. Adventswochenende verkaufen wir auf der Hobby- und Kunstausstellung … unsere Werke.“ (round
    324, an aid club's page of its actions, read in February) — the custom's coming day, not the
    one just gone (as when_nth's yearly n-th weekdays)."""
    if "jahr" not in text.lower() and "jährlich" not in text.lower():
        return False
    return (
        _YEARLY_ADVERB.search(text) is not None
        and PAST_TENSE.search(text) is None
        and _THIS_TIME.search(text) is None
    )


# „regelmäßig am Freitag Abend“, „immer dienstags“, „jeden Montag“: a weekly habit's words; „Jeden
# zweiten Sonntag im Monat um 14.30 Uhr boten drei Mitglieder … eine Führung … an.“ (round 322, a
# yearly review): a monthly one's, its weekday counted.
_WEEKLY_HABIT = lazy_re.compile(
    r"\b(?:regelmäßig|immer|stets|jeden|jede)\s+(?:am\s+)?"
    r"(?:(?:ersten|zweiten|dritten|vierten|letzten)\s+)?(?:montag|dienstag|mittwoch|donnerstag"
    r"|freitag|samstag|sonntag)s?\b",
    FLAGS,
)
# A sentence's end: not a clock's or a day's dot before a figure („um 14.30 Uhr“).
_SENTENCE_END = lazy_re.compile(r"[.!?](?!\d)")
# (not „…, die sich regelmäßig am Freitag trifft“: the present tells a standing habit)
_PRESENT_OR_COMING = lazy_re.compile(
    r"\b(?:trifft|treffen|findet|finden|ist|sind|wird|werden|gibt|bietet|bieten|kann|können)\b",
    FLAGS,
)


def is_former_weekly_habit(text: str) -> bool:
    """Whether the (cleaned) text tells a weekly habit in the past tense — a past verb after the
    habit in its clause („… die sich regelmäßig am Freitag Abend traf“), no present one in its
    sentence, no day of the month (see the module)."""
    habit = _WEEKLY_HABIT.search(text)
    if habit is None:
        return False
    opening = max(text.rfind(end, 0, habit.start()) for end in ".!?")
    after = _SENTENCE_END.search(text, habit.end())
    closing = after.start() if after is not None else len(text)
    clause_end = min(
        (at for end in ",;" if (at := text.find(end, habit.end(), closing)) >= 0), default=closing
    )
    sentence = text[opening + 1 : closing]
    return (
        PAST_TENSE.search(text, habit.end(), clause_end) is not None
        and _PRESENT_OR_COMING.search(sentence) is None
        and _DAY.search(text) is None
        and _THIS_TIME.search(sentence) is None
    )


# „In den Jahren 1947 – 1960“, „in den Jahren 1947 bis 1960“: a span of years as the time of what
# a sentence tells.
_YEARS_SPAN = lazy_re.compile(
    r"\bin\s+den\s+jahren\s+(?:1[0-9]|20)\d\d\s*(?:-|–|bis)\s*(?P<last>(?:1[0-9]|20)\d\d)\b", FLAGS
)


def is_past_years_habit(text: str, reference: date) -> bool:
    """Whether the (cleaned) text tells what was done in a span of years that ended before the
    reference's year, naming no day of the month (its feasts are that span's, see the module)."""
    if "jahren" not in text.lower():
        return False
    span = _YEARS_SPAN.search(text)
    return span is not None and int(span["last"]) < reference.year and _DAY.search(text) is None
