"""A weekday named in brackets as an occasional extra to a rule is no day of the rule (round 311,
a scout group's page): „Wir treffen uns wöchentlich, freitags zwischen 17:00 und 18:30 Uhr (und
machmal samstags) meistens in St. Antonius“ meets on Fridays; the Saturday is now and then only.

The aside opens with „und“ or „oder“ and an adverb of now and then („manchmal“, its slip
„machmal“, „gelegentlich“, „ab und zu“, „hin und wieder“, „mitunter“, „ausnahmsweise“) before the
weekday; „montags (und donnerstags) um 18 Uhr“ names a second day of the rule and stays.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

_OCCASIONAL_ASIDE = lazy_re.compile(
    r"\(\s*(?:und|oder)\s+(?:auch\s+)?(?:manchmal|machmal|gelegentlich|ab\s+und\s+zu|hin\s+und\s+wieder"
    r"|mitunter|ausnahmsweise)\s+(?:auch\s+)?(?:am\s+)?"
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)[a-z]{0,2}\s*\)",
    FLAGS,
)


def without_occasional_weekdays(clean: str) -> str:
    """``clean`` without a bracketed weekday that is an occasional extra to its rule."""
    if "(" not in clean:
        return clean
    return _OCCASIONAL_ASIDE.sub(" ", clean)
