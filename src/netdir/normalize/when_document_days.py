"""„2017-01-01 Einladung“, „2017-04-05 letzte Infos“: a day before a document's name, nothing
else — a download list's line dating the document (its link text after the day).

A call for entries, an invitation letter, minutes, a start list or results are dated by the day
they were issued; that day is no event's (the event is in the document). Only a line holding
the day and the document's name alone (with „(PDF)“ at most): „2017-01-01 Einladung zur
Hauptversammlung“ or „12.05. Ergebnisse und Siegerehrung“ name more and keep their day.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

_DOCUMENT_LINE = lazy_re.compile(
    r"\s*(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2}))\s*[:|-]?\s*"
    r"(?:(?:die|das|der)\s+)?(?:letzte[n]?\s+|neue[sn]?\s+|aktuelle[sn]?\s+)?"
    r"(?:einladung|ausschreibung|infos?|informationen|protokoll|startliste|ergebnisse"
    r"|ergebnisliste|flyer|anmeldeformular|pressemitteilung|newsletter|rundschreiben)"
    r"(?:\s*\(pdf\))?\s*",
    FLAGS,
)


def document_day(clean: str) -> bool:
    """Whether ``clean`` is a day and a document's name alone (the document's date)."""
    return len(clean) < 60 and _DOCUMENT_LINE.fullmatch(clean) is not None
