"""A month's end given to someone as a deadline, no run's end: „Er hat bis Ende September Zeit, die
Wahrheit zu sagen.“, „Wenn der Bundesrat bis Ende September nicht auf diese … Forderungen reagiert,
rufen wir … auf“ (round 289, a movement's ultimatum to the government): the time someone has, or
the condition that they act by then. Before, the month's end was read as the end of something
running until it („Wir werden bis Ende Oktober im Olympiastadion proben“)."""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

# „hat …“, „Ihr habt …“ in the same sentence before „bis“, „Zeit“ right after the month (a word
# between at most: „noch Zeit“; not „… zur gleichen Zeit geöffnet“)
_HAS_BEFORE = lazy_re.compile(
    r"\b(?:hat|haben|habt|hast|hätte|hätten|bekommt|bekommen|erhält|erhalten)\b[^.!?;]{0,60}$",
    FLAGS,
)
_TIME_AFTER = lazy_re.compile(r"(?:\s+(?!zur\b|zu\b|der\b|die\b)\w+)?\s+zeit\b", FLAGS)
# „Wenn …“ opening the clause (no comma between) and „nicht“ after the month
_CONDITION_BEFORE = lazy_re.compile(r"\b(?:wenn|falls|sofern)\b[^.!?;,]{0,80}$", FLAGS)
_NOT_AFTER = lazy_re.compile(r"[^.!?;]{0,80}?\bnicht\b", FLAGS)


def is_ultimatum(text: str, start: int, end: int) -> bool:
    """Whether the „bis Ende …“ at ``text[start:end]`` is the time someone is given or the
    condition they must meet by then."""
    before = text[:start]
    if _HAS_BEFORE.search(before) is not None and _TIME_AFTER.match(text, end) is not None:
        return True
    return _CONDITION_BEFORE.search(before) is not None and _NOT_AFTER.match(text, end) is not None
