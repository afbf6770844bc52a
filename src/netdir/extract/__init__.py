"""Extract stage: pages in, raw records out. Pure: never fetches, never writes.

Public surface:

- ``extract_page(page, source=None) -> ExtractResult`` (records + issues + which extractors ran).
- ``enrich_from_detail(record, page, source) -> RawRecord``.
- ``check_validity(source, records, page_url=None) -> ValidityReport``.
"""

from netdir.extract.detail import enrich_from_detail
from netdir.extract.dispatch import ExtractResult, extract_page
from netdir.extract.exceptions import ExtractError, MalformedPayloadError
from netdir.extract.validity import ValidityReport, check_validity

__all__ = [
    "ExtractError",
    "ExtractResult",
    "MalformedPayloadError",
    "ValidityReport",
    "check_validity",
    "enrich_from_detail",
    "extract_page",
]
