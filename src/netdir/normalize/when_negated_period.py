"""„Salzburger Schulcup (wird zur Gänze gestrichen und auch nicht im Herbst nachgetragen)“: a
season or month the text denies.

„nicht im Herbst“, „auch nicht im Juli“ say the thing will not happen then; read as the coming
autumn, the cancelled cup got a period. Only a period named right after „nicht“ (with „auch“ or
„mehr“ between at most): „nicht erst im Herbst“ (already before autumn) and „nicht nur im Juli“
(in July too) still name their period.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT
from netdir.normalize.when_words import SEASONS, alternation

_NOT_IN_PERIOD = lazy_re.compile(
    r"\bnicht\s+(?:mehr\s+)?(?:im|in\s+diesem|in\s+den\s+monaten)\s+(?:(?:"
    + alternation(SEASONS)
    + r")|(?:"
    + MONTH_ALT
    + r"))\b",
    FLAGS,
)


def negated_period(clean: str) -> bool:
    """Whether ``clean`` says its season or month is when something will not happen."""
    return "nicht" in clean and _NOT_IN_PERIOD.search(clean) is not None
