"""„2017-01-01 Einladung“, „2017-04-05 letzte Infos“: a day before a document's name, nothing
else — a download list's line dating the document (its link text after the day).

A call for entries, an invitation letter, minutes, a start list or results are dated by the day
they were issued; that day is no event's (the event is in the document). Only a line holding
the day and the document's name alone (with „(PDF)“ at most): „2017-01-01 Einladung zur
Hauptversammlung“ or „12.05. Ergebnisse und Siegerehrung“ name more and keep their day.

So is a download link's label naming a paper „vom“ its day, then the file („Klausur vom 25.01.2013:
PDF“, „Klausur vom 22.07.14: [PDF]“, round 255: a course page's past exams): the paper's day, no
event's.
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

# „Klausur vom 25.01.2013: PDF“: a paper's name, „vom“ and its day, then the file's link
_PAPER_LINK = lazy_re.compile(
    r"\s*[-*•]?\s*\w+\s+vom\s+\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\s*:?\s*\[?\(?(?:pdf|docx?|odt)\)?\]?\s*",
    FLAGS,
)


def document_day(clean: str) -> bool:
    """Whether ``clean`` is a day and a document's name alone (the document's date), or a paper's
    download link („Klausur vom 25.01.2013: PDF“)."""
    return len(clean) < 60 and (
        _DOCUMENT_LINE.fullmatch(clean) is not None or _PAPER_LINK.fullmatch(clean) is not None
    )
