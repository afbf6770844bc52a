"""A roster whose every line ends with who leads it: the name, not the title.

A fire brigade's duty roster writes each evening as „04. - 19.00 Uhr - Allgemeine Belange,
rechtliche Grundlagen - H. Friebel“: the topic, then after a dash the instructor as an initial
and a surname („St. Baumgarten“, „M.Cleem“, „N. Jentsch, M. Holbein“). A reader sees a column
of instructors beside the topics; the topic is the duty's name. One title alone cannot say it
(„Orgelkonzert - J. S. Bach“ names a composer in the name), so the evidence is the list's:
when at least three titles of one listing and nearly all of its titled rows (a line broken by
a ``<br>`` loses its ending) end so, the ending goes.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.records import RawRecord

# „H. Friebel“, „St. Baumgarten“, „M.Cleem“: one or two letters of a first name, a dot, a surname.
_PERSON = r"[A-ZÄÖÜ][a-zäöü]?\.\s?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
_CREDIT_END = lazy_re.compile(rf"\s+[-–—]\s+{_PERSON}(?:\s*(?:,|und|&)\s*{_PERSON})*\s*$")
_MIN_ROWS = 3
_MIN_SHARE = 0.8  # of the titled rows that end with a credit
_MIN_NAME_LETTERS = 3


def drop_credit_endings(records: list[RawRecord]) -> None:
    """Cut the instructor after the dash from every title of a list that ends each so."""
    titled = [record for record in records if record.title]
    if len(titled) < _MIN_ROWS:
        return
    ends = [_CREDIT_END.search(record.title or "") for record in titled]
    credited = [(record, end) for record, end in zip(titled, ends, strict=True) if end]
    if len(credited) < _MIN_ROWS or len(credited) < _MIN_SHARE * len(titled):
        return
    for record, end in credited:
        name = (record.title or "")[: end.start()].rstrip()
        if sum(ch.isalpha() for ch in name) >= _MIN_NAME_LETTERS:
            record.title = name
            source = record.field_sources.get("title", "listing:")
            record.field_sources["title"] = f"{source} - instructor column"


def ends_with_credit(text: str) -> bool:
    """Whether the text ends with who leads it after a dash („… - H. Friebel“)."""
    return _CREDIT_END.search(text) is not None
