"""An emergency service's incident report names the weekday of its own day: „Am Dienstag wurde die
Feuerwehr … alarmiert“, „Am Donnerstagmorgen wurde die Feuerwehr … gerufen“, „Am Montagabend kam
es … zu einem folgenschweren Brand“. Fire brigades, rescue services and the police post such a
report on the day of the call (their pages date it with the call), so a weekday told in the past
there is the last such day on or before the report — the report's own day when the weekdays
match — not the week before, as in a club's report written days after its outing („Am Samstag
wurden 62 Motorradsportler … gestartet“ on a Saturday is the Saturday before).
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

# The call itself: alerted, called out, turned out; „kam es … zu einem Brand/Unfall“.
_CALLED_OUT = lazy_re.compile(
    r"\b(?:alarmiert|nachalarmiert|gerufen|ausgerückt|angefordert)\b"
    r"|\b(?:rückten?|rückte)\b[^.!?]{0,80}?\baus\b"
    r"|\bkam\s+es\b[^.!?]{0,80}?\bzu\s+(?:einem|einer)\s+[^.!?]{0,40}?"
    r"(?:brand|unfall|unglück|feuer|einsatz|explosion|zusammenstoß)",
    FLAGS,
)


def reported_on_the_day(text: str) -> bool:
    """Whether the (cleaned) text tells an emergency call in the past (see the module)."""
    return _CALLED_OUT.search(text) is not None
