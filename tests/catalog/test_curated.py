"""Curated entries: they validate, map onto raw records, and carry no personal data."""

from __future__ import annotations

import re
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest
import yaml

from netdir.catalog import CatalogError
from netdir.catalog.curated import (
    curated_source,
    load_curated,
    load_curated_entries,
    parse_curated,
)
from netdir.privacy import is_functional_email, personal_data_in
from netdir.records import RawRecord

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


@pytest.fixture(scope="module")
def curated_records() -> list[RawRecord]:
    return load_curated()


def _entry(**overrides: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": "n3gz-fruehjahrstagung",
        "title": "N3GZ-Frühjahrstagung",
        "kind": "conference",
        "organizer": "NEGZ e.V.",
        "url": "https://n3gz.org/",
        "source_url": "https://n3gz.org/2024/07/03/x/",
        "verified_on": "2026-11-27",
    }
    entry.update(overrides)
    return entry


def test_shipped_curated_file_covers_the_offerings_without_a_listing(
    curated_records: list[RawRecord],
) -> None:
    titles = " | ".join(record.title for record in curated_records)
    for expected in (
        "Open Source in der Verwaltung",
        "What's NExT?",
        "NExTperspektiven",
        "NExT-to-meet-you",
        "RuDi",
        "BayKoNet",
        "N3GZ-Frühjahrstagung",
        "NEGZ-Stammtisch",
        "Verwaltungsrebellen-Netz",
        "GoverBreak",
        "Digital-Impulse",
        "KGSt®-FORUM 2026",
        "Fachkongress des IT-Planungsrats",
        "Digitaler Staat 2026",
        "eGovernment Summit",
        # Offerings added after the archive check of issue 16.
        "eGovernment-Wettbewerb",
        "eGov-Campus",
        "FORUM ‹föderal+digital›",
        "Zukunftskongress Bayern 2026",
        "MPSC-Kongress",
        "Digitalakademie@bw",
        "re@di",
        "Netzwerk Digitale Dörfer Rheinland-Pfalz",
        "Digital-Lotsen-Sachsen",
        "Brandenburger Digitaltag",
        "Science Dialog",
        "DIGITAL-Award",
    ):
        assert expected in titles


def test_curated_records_have_provenance_per_field(curated_records: list[RawRecord]) -> None:
    entries = {entry.id: entry for entry in load_curated_entries()}
    for record in curated_records:
        entry_id = record.extra["curated_id"]
        assert record.source_id == "curated" and record.extractor == "curated"
        assert record.page_url == str(entries[entry_id].source_url)
        assert record.field_sources["title"] == f"curated:{entry_id}"
        assert set(record.field_sources.values()) == {f"curated:{entry_id}"}


def test_known_facts_arrive_in_the_record_fields(curated_records: list[RawRecord]) -> None:
    by_id = {record.extra["curated_id"]: record for record in curated_records}
    impulse = by_id["digital-impulse-junge-buergermeister"]
    assert impulse.date_text == "jeden ersten Donnerstag im Monat, ab 16:00 Uhr"
    itpr = by_id["itpr-fachkongress-2026"]
    assert (itpr.start, itpr.end, itpr.location_text) == (
        "2026-03-18",
        "2026-03-19",
        "Rostock-Warnemünde",
    )
    open_source = by_id["next-cop-open-source"]
    assert "cop-opensource-request@verteiler.next-netz.de" in (open_source.description or "")
    assert "Seit 10.23" in (open_source.description or "")
    assert "umbenannt" in (by_id["verwaltungsrebellen-netz"].status_text or "")
    # GoverBreak ran at every re:publica 2014–2019 (plus Köln 2015), not only in 2014.
    goverbreak = by_id["goverbreak"]
    assert "2019" in (goverbreak.status_text or "")
    assert goverbreak.date_text == "jährlich zur re:publica, 2014 bis 2019"
    assert "Köln" in (goverbreak.location_text or "")
    summit = by_id["egovernment-summit-2026"]
    assert summit.location_text == "Schloss Neuhardenberg (Brandenburg)"
    # The 2026 text of digitaler-staat.org names no place; "Berlin" came from the 2018 copy.
    assert by_id["digitaler-staat-2026"].location_text is None


def test_curated_output_has_no_personal_email_addresses(curated_records: list[RawRecord]) -> None:
    addresses = [
        address
        for record in curated_records
        for value in asdict(record).values()
        for address in EMAIL.findall(str(value))
    ]
    assert addresses, "the NExT mailing list should be there as a functional address"
    assert [a for a in addresses if not is_functional_email(a)] == []


def test_curated_output_names_no_individuals(curated_records: list[RawRecord]) -> None:
    # Names that appear on the source pages (community leads, authors): never in the overview.
    text = " ".join(str(value) for record in curated_records for value in asdict(record).values())
    assert personal_data_in(text) == []
    for name in ("Riedel", "Amberger", "Patermann"):
        assert name not in text


@pytest.mark.parametrize(
    ("address", "functional"),
    [
        ("cop-opensource-request@verteiler.next-netz.de", True),
        ("info@negz.org", True),
        ("kontakt@n3gz.org", True),
        ("veranstaltungen@kgst.de", True),
        ("erika.mustermann@bmi.bund.de", False),
        ("m.muster@stadt-beispiel.de", False),
    ],
)
def test_functional_email_check(address: str, functional: bool) -> None:
    assert is_functional_email(address) is functional


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("description", "Kontakt: erika.mustermann@bmi.bund.de"),
        ("description", "Ansprechpartnerin ist Frau Dr. Erika Mustermann."),
        ("description", "Leitung: Erika Mustermann (ZenDiS)"),
        ("organizer", "Herrn Max Muster"),
    ],
)
def test_entry_with_personal_data_is_rejected_naming_entry_and_field(
    field: str, value: str
) -> None:
    with pytest.raises(CatalogError) as excinfo:
        parse_curated({"entries": [_entry(**{field: value})]}, origin="curated.yaml")
    message = str(excinfo.value)
    assert "entry 'n3gz-fruehjahrstagung'" in message and f"field '{field}'" in message
    assert "personal data" in message


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"url": "n3gz.org"}, "url"),
        ({"kind": "party"}, "kind"),
        ({"verified_on": "gestern"}, "verified_on"),
        ({"verified_on": "2999-01-01"}, "verified_on"),
        ({"format": "virtuell"}, "format"),
        ({"colour": "blau"}, "colour"),
    ],
)
def test_bad_entry_names_entry_and_field(overrides: dict[str, Any], field: str) -> None:
    with pytest.raises(CatalogError) as excinfo:
        parse_curated({"entries": [_entry(**overrides)]}, origin="curated.yaml")
    assert f"entry 'n3gz-fruehjahrstagung', field '{field}'" in str(excinfo.value)


def test_missing_required_field_is_named() -> None:
    entry = _entry()
    del entry["verified_on"]
    with pytest.raises(CatalogError, match="field 'verified_on'"):
        parse_curated({"entries": [entry]})


def test_duplicate_ids_and_reversed_dates_are_rejected() -> None:
    with pytest.raises(CatalogError, match="duplicate curated entry id"):
        parse_curated({"entries": [_entry(), _entry()]})
    with pytest.raises(CatalogError, match="field 'end'"):
        parse_curated(
            {
                "entries": [
                    _entry(
                        start="2026-03-19",
                        end="2026-03-18",
                        evidence={"date": "https://n3gz.org/2024/07/03/x/"},
                    )
                ]
            }
        )


def test_load_curated_reads_another_file(tmp_path: Path) -> None:
    path = tmp_path / "curated.yaml"
    entry = _entry(date_text="jedes Frühjahr", evidence={"date": "https://n3gz.org/2024/07/03/x/"})
    path.write_text(yaml.safe_dump({"entries": [entry]}), "utf-8")
    (record,) = load_curated(path)
    assert record.title == "N3GZ-Frühjahrstagung" and record.date_text == "jedes Frühjahr"
    assert record.kind == "conference" and record.organizer == "NEGZ e.V."


def test_curated_pseudo_source_wins_field_conflicts() -> None:
    source = curated_source()
    assert source.id == "curated" and source.precedence == 100
    assert not source.enabled  # never crawled


def test_curated_offerings_have_distinct_urls() -> None:
    # Normalization merges records that share a URL: two curated offerings must not.
    urls = [str(entry.url) for entry in load_curated_entries()]
    assert len(urls) == len(set(urls))


def test_redaction_keeps_functional_and_removes_personal_addresses() -> None:
    from netdir.privacy import redact_personal_emails

    text = "Fragen an erika.mustermann@bmi.bund.de oder die Liste cop-opensource-request@verteiler.next-netz.de"
    assert redact_personal_emails(text) == (
        "Fragen an [E-Mail-Adresse entfernt] oder die Liste "
        "cop-opensource-request@verteiler.next-netz.de"
    )
