"""Normalize stage: raw records in, comparable offerings out; one offering per real one. Pure.

Public surface:

- ``parse_when(text, *, today, page_date=None, day_first=None) -> When`` and
  ``parse_place(text) -> Place``. ``When.recurrence`` holds an RFC 5545 RRULE for repeating
  dates; ``When.deadline``/``When.published`` a date the text names that is not the event's.
- ``date_role(text, *, today) -> "deadline" | "published" | None``: whether a text's only dates
  are a deadline or a page stamp (an extractor then looks for the event date elsewhere).
- ``infer_day_first(texts, language=None) -> bool | None``: whether the slashed dates of one
  page (``09/07/23``) are day first, from all its date texts and its language;
  ``language_day_first("en-US")`` from the language alone. Pass the result to ``parse_when``.
- ``next_occurrence(rule, first, today) -> date | None``: the next day of an RRULE.
- ``normalize_record(raw, *, today, source=None) -> Offering``.
- ``merge_offerings(offerings, *, precedence=None, domains=None) -> list[Offering]``.
- ``normalize_all(records, *, today, sources) -> list[Offering]``: both steps.

The rules live in the docstrings of ``when``, ``place``, ``classify``, ``merge`` and
``identity`` (stable ids); the topic taxonomy in ``data/topics.yaml``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from netdir.lazy_exports import lazy_exports
from netdir.normalize.exceptions import NormalizeError

if TYPE_CHECKING:
    from netdir.normalize.merge import merge_offerings
    from netdir.normalize.place import Place, parse_place
    from netdir.normalize.record import normalize_record
    from netdir.normalize.stage import normalize_all
    from netdir.normalize.topics import load_taxonomy
    from netdir.normalize.when import date_role, parse_when
    from netdir.normalize.when_order import infer_day_first, language_day_first
    from netdir.normalize.when_recurrence import next_occurrence
    from netdir.normalize.when_value import When

# Imported on first use: a submodule (the extractors need only when_order) must not drag in
# every rule, rapidfuzz and the gazetteer code.
_LAZY = {
    "merge_offerings": "netdir.normalize.merge",
    "Place": "netdir.normalize.place",
    "parse_place": "netdir.normalize.place",
    "normalize_record": "netdir.normalize.record",
    "normalize_all": "netdir.normalize.stage",
    "load_taxonomy": "netdir.normalize.topics",
    "When": "netdir.normalize.when",
    "parse_when": "netdir.normalize.when",
    "date_role": "netdir.normalize.when",
    "infer_day_first": "netdir.normalize.when_order",
    "language_day_first": "netdir.normalize.when_order",
    "next_occurrence": "netdir.normalize.when_recurrence",
}


__getattr__ = lazy_exports(__name__, globals(), _LAZY)


__all__ = [
    "NormalizeError",
    "Place",
    "When",
    "date_role",
    "infer_day_first",
    "language_day_first",
    "load_taxonomy",
    "merge_offerings",
    "next_occurrence",
    "normalize_all",
    "normalize_record",
    "parse_place",
    "parse_when",
]
