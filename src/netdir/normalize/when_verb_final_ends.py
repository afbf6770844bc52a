"""A period told in a clause whose verbs come last: „der am 10. Juni mit der Laufnacht beginnt und
am 11.06 mit der Sparkassen Gala als Höhepunkt ausklingt“.

German puts the verb at the end of a relative or subordinate clause, so the verbs of beginning and
ending follow their days instead of leading them („beginnt am … und endet am …“, which
``when_pairs.ENDS_ON`` reads). Two days, the first one's clause ending in „beginnt“ and „und“, the
second one's in a verb of ending („endet“, „ausklingt“, „aufhört“, „zu Ende geht“) within the same
sentence, are one period from the first to the second (round 226).
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS
from netdir.normalize.when_mentions import Mention

# Between the days: a few words of the first clause, its verb of beginning, „und“, „am“.
_BEGINS_AND = lazy_re.compile(
    r"[^.!?;]{0,80}?\b(?:beginnt|beginnen|startet|starten|anfängt|anfangen)\s*,?\s+und\s+"
    r"(?:(?:dann|schließlich|endet|klingt)\s+)?(?:am|bis\s+zum)\s+$",
    FLAGS,
)
# After the second day: its clause's verb of ending before the sentence ends.
_ENDS_AFTER = lazy_re.compile(
    r"[^.!?;]{0,80}?\b(?:endet|enden|ausklingt|ausklingen|aufhört|aufhören|schließt"
    r"|zu\s+ende\s+geht|zu\s+ende\s+gehen)\b",
    FLAGS,
)


def ends_in_clause(text: str, first: Mention, second: Mention) -> bool:
    """Whether ``second`` ends the period ``first`` begins, both days told before their verbs."""
    return (
        _BEGINS_AND.fullmatch(text, first.end, second.start) is not None
        and _ENDS_AFTER.match(text, second.end) is not None
    )
