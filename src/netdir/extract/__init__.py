"""Extract stage: pages in, raw records out. Pure: never fetches, never writes.

Public surface:

- ``extract_page(page, source=None) -> ExtractResult`` (records + issues + which extractor ran).
- ``enrich_from_detail(record, page, source) -> RawRecord``.
- ``check_validity(source, records, page_url=None) -> ValidityReport``.
"""
