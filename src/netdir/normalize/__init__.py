"""Normalize stage: raw records in, comparable offerings out; one offering per real one. Pure.

Public surface:

- ``parse_when(text, *, today, page_date=None) -> When`` and ``parse_place(text) -> Place``.
- ``normalize_record(raw, *, today, source=None) -> Offering``.
- ``merge_offerings(offerings, *, precedence=None) -> list[Offering]``.
- ``normalize_all(records, *, today, sources) -> list[Offering]``: both steps.
"""
