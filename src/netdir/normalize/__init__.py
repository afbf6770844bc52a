"""Normalize stage: raw records in, comparable offerings out; one offering per real one. Pure.

Public surface:

- ``parse_when(text, *, today, page_date=None) -> When`` and ``parse_place(text) -> Place``.
- ``normalize_record(raw, *, today, source=None) -> Offering``.
- ``merge_offerings(offerings, *, precedence=None, domains=None) -> list[Offering]``.
- ``normalize_all(records, *, today, sources) -> list[Offering]``: both steps.

The rules live in the docstrings of ``when``, ``place``, ``classify``, ``merge`` and
``identity`` (stable ids); the topic taxonomy in ``data/topics.yaml``.
"""

from netdir.normalize.exceptions import NormalizeError
from netdir.normalize.merge import merge_offerings
from netdir.normalize.place import Place, parse_place
from netdir.normalize.record import normalize_record
from netdir.normalize.stage import normalize_all
from netdir.normalize.topics import load_taxonomy
from netdir.normalize.when import When, parse_when

__all__ = [
    "NormalizeError",
    "Place",
    "When",
    "load_taxonomy",
    "merge_offerings",
    "normalize_all",
    "normalize_record",
    "parse_place",
    "parse_when",
]
