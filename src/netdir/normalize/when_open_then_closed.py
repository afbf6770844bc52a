"""A place still open until a day, then closed from the next: „Die Bibliothek wird noch bis
einschließlich 18.06.2025 geöffnet sein und dann vom 19.06.2025 zunächst bis Ende August
geschlossen bleiben.“ — the news is the closure, read as a period (as every closure is); the
last open day is only where it begins."""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

# „(noch) bis … geöffnet (sein/haben) und dann/danach/anschließend … geschlossen“, one sentence.
# (a date's dots end no clause: „18.06.2025“)
_CLAUSE = r"(?:[^.!?;]|(?<=\d)\.)"
_OPEN_UNTIL_THEN_CLOSED = lazy_re.compile(
    rf"\bbis\b{_CLAUSE}{{0,60}}?\b(?:geöffnet|offen)\b{_CLAUSE}{{0,30}}?"
    rf"\b(?:dann|danach|anschließend)\b(?P<closed>{_CLAUSE}*?\bgeschlossen\b{_CLAUSE}*)",
    FLAGS,
)


def closure_after_opening(text: str) -> str | None:
    """The closure's clause of such a text (see the module), or None."""
    if "geschlossen" not in text:
        return None
    match = _OPEN_UNTIL_THEN_CLOSED.search(text)
    return None if match is None else match["closed"]
