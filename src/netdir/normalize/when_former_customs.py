"""A yearly custom told in the past: „Jedes Jahr am 15. August war die Wallfahrt in
Philippsreut.“, „Die ersten Konzerte dieser Art fanden als Weihnachtskonzert jährlich am 26.
Dezember statt.“ — how things used to be on that day every year, not a report of one year's
event and not a coming one: no offering's day.

A report of this year's instance says so („Am 12. September fand wie jedes Jahr ein Sommerfest
… statt“, „Wie jedes Jahr fand auch heuer …“, „das alljährliche Laternenfest“ as an adjective)
or names its year („Am 20.Jänner 2019 fand die alljährliche Verleihung … statt“); those keep
their day.
"""

from __future__ import annotations

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
