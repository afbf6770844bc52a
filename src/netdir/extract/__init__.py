"""Extract stage: pages in, raw records out. Pure: never fetches, never writes.

Public surface:

- ``extract_page(page, source=None) -> ExtractResult`` (records + issues + which extractors ran).
- ``enrich_from_detail(record, page, source) -> RawRecord``.
- ``check_validity(source, records, page_url=None) -> ValidityReport``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from netdir.extract.exceptions import ExtractError, MalformedPayloadError
from netdir.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from netdir.extract.detail import enrich_from_detail
    from netdir.extract.dispatch import ExtractResult, extract_page
    from netdir.extract.validity import ValidityReport, check_validity

# Imported on first use: the extractors pull in feedparser, the iCal reader and the normalize
# rules (~0.5 s), which an unchanged re-run (every page 304) never needs.
_LAZY = {
    "enrich_from_detail": "netdir.extract.detail",
    "ExtractResult": "netdir.extract.dispatch",
    "extract_page": "netdir.extract.dispatch",
    "ValidityReport": "netdir.extract.validity",
    "check_validity": "netdir.extract.validity",
}


__getattr__ = lazy_exports(__name__, globals(), _LAZY)


__all__ = [
    "ExtractError",
    "ExtractResult",
    "MalformedPayloadError",
    "ValidityReport",
    "check_validity",
    "enrich_from_detail",
    "extract_page",
]
