"""A library's new stock labelled with the months it came in: „Im August/September 2016 neu
eingestellt...“ over a list of books (round 243), „Neuerwerbungen März 2024“. The months tell when
the media were shelved — nothing anyone attends — so the label names no period. Only a month or
season counts (no day of the month): „Neu eingestellte Bücher ab 5. März ausleihbar“ is left to
the other rules.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

_NEW_STOCK = lazy_re.compile(
    r"\b(?:neu\s+eingestellt|neu\s+eingetroffen|neu\s+angeschafft|neu\s+im\s+bestand"
    r"|neuerwerbungen|neuzugänge|neuanschaffungen)\b",
    FLAGS,
)
# A day of the month: „5. März“, „05.03.“.
_DAY = lazy_re.compile(r"(?<![\d.])\d{1,2}\.\s*(?:\d{1,2}\.|[^\W\d]{3,})", FLAGS)


def is_new_stock_label(text: str) -> bool:
    """Whether the (cleaned) text labels new stock with months only (see the module)."""
    return _NEW_STOCK.search(text) is not None and _DAY.search(text) is None
