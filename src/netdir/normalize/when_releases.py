"""A book, an issue or a record that comes out on a day: its release, no event's day.

A library's news page lists a saga's volumes: „„Die Geschichte der getrennten Wege“ (Band 3)
…erscheint im Mai 2017“ (round 243); parish letters write „Die nächste Ausgabe erscheint am 15.
März“. The month or day is when something is published — nothing anyone attends. Only „erscheint“
or „erscheinen“ beside a publication's name counts („Band“, „Ausgabe“, „Heft“, „Buch“, „Roman“,
„Album“ …), never „Der Nikolaus erscheint am 6. Dezember um 17 Uhr auf dem Marktplatz“.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

_PUBLICATION = (
    r"(?:band|bände|buch|bücher|ausgabe|heft|roman|album|cd|zeitschrift|gemeindebrief|newsletter"
    r"|jahrbuch|katalog|neuauflage|auflage|fortsetzung|folgeb(?:and|ände))"
)
# The publication named, then (in the same sentence) „erscheint“ and the time it comes out; or the
# verb first: „Im Mai erscheint Band 3“.
_RELEASE = lazy_re.compile(
    r"\b" + _PUBLICATION + r"\b[^.!?]{0,80}?\berschein(?:t|en)\b"
    r"|\berschein(?:t|en)\b\s+(?:[^\W\d]+\s+){0,3}?" + _PUBLICATION + r"\b",
    FLAGS,
)


def is_release(text: str) -> bool:
    """Whether the (cleaned) text tells when a publication comes out (see the module)."""
    return "rschein" in text and _RELEASE.search(text) is not None
