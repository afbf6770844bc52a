"""No names or e-mail addresses of individuals reach the overview; mailing lists do."""

from __future__ import annotations

from datetime import date

from netdir.catalog import parse_catalog
from netdir.pipeline import normalize_run
from netdir.records import RawRecord, SourceResult


def test_crawled_descriptions_lose_personal_addresses_and_names_but_keep_mailing_lists() -> None:
    catalog = parse_catalog(
        {"sources": [{"id": "cop", "name": "CoP", "start_urls": ["https://cop.example.org/"]}]}
    )
    record = RawRecord(
        source_id="cop",
        page_url="https://cop.example.org/",
        extractor="listing",
        title="Community Open Source",
        url="https://cop.example.org/open-source",
        description=(
            "Leitung: Erika Mustermann (ZenDiS). Fragen an erika.mustermann@zendis.example; "
            "Anmeldung über cop-opensource-request@verteiler.example.org. "
            "Es spricht Frau Dr. Anna Beispiel."
        ),
    )
    result = SourceResult(source_id="cop", status="ok", records=[record], healthy=True)

    [offering] = normalize_run([result], [], catalog.sources, date(2026, 11, 27))

    assert offering.description is not None
    assert "Mustermann" not in offering.description
    assert "erika.mustermann@" not in offering.description
    assert "Anna Beispiel" not in offering.description
    assert "cop-opensource-request@verteiler.example.org" in offering.description
    assert "Leitung: [Name entfernt]" in offering.description
