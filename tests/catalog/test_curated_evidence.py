"""Every curated date, place and recurrence names the page that states it (issue 16)."""

from __future__ import annotations

from typing import Any

import pytest

from netdir.catalog import CatalogError
from netdir.catalog.curated import CuratedEntry, load_curated, load_curated_entries, parse_curated

PAGE = "https://negz.org/fruhjahrstagung-2025-ruckblick/"


def _entry(**overrides: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": "n3gz-fruehjahrstagung",
        "title": "N3GZ-Frühjahrstagung",
        "kind": "barcamp",
        "organizer": "NEGZ e.V.",
        "url": PAGE,
        "source_url": PAGE,
        "verified_on": "2026-11-30",
    }
    entry.update(overrides)
    return entry


def _rejection(**overrides: Any) -> str:
    with pytest.raises(CatalogError) as excinfo:
        parse_curated({"entries": [_entry(**overrides)]}, origin="curated.yaml")
    return str(excinfo.value)


@pytest.mark.parametrize(
    ("fact", "group"),
    [
        ({"date_text": "jedes Frühjahr"}, "date"),
        ({"start": "2025-03-21"}, "date"),
        ({"location_text": "Goslar"}, "place"),
        ({"recurrence": "FREQ=YEARLY"}, "recurrence"),
    ],
)
def test_a_fact_without_evidence_is_rejected_naming_entry_and_fact(
    fact: dict[str, Any], group: str
) -> None:
    message = _rejection(**fact)
    assert "entry 'n3gz-fruehjahrstagung'" in message
    assert f"no evidence for {group}" in message and f"evidence: {{{group}:" in message


def test_evidence_for_another_fact_does_not_cover_the_date() -> None:
    message = _rejection(date_text="21. März 2025", evidence={"place": PAGE})
    assert "no evidence for date ('21. März 2025')" in message


@pytest.mark.parametrize(
    "evidence",
    [
        {"date": PAGE},
        {"start": PAGE},  # a field of the date group names it just as well
        {"date_text": [PAGE, "https://negz.org/rueckschau-kommdigitale-2024/"]},
    ],
)
def test_date_evidence_is_accepted_by_group_or_field(evidence: dict[str, Any]) -> None:
    (entry,) = parse_curated({"entries": [_entry(date_text="21. März 2025", evidence=evidence)]})
    assert entry.evidence_for("date")


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"evidence": {"weather": PAGE}}, "unknown evidence key(s) weather"),
        ({"evidence": {"date": "negz.org/termine"}}, "not an http(s) page address"),
        ({"evidence": {"date": PAGE + "#wann"}}, "#fragment"),
        ({"source_url": PAGE + "#top"}, "#fragment"),
        ({"recurrence": "jeden ersten Donnerstag", "evidence": {"recurrence": PAGE}}, "RRULE"),
        ({"recurrence": "BYDAY=1TH", "evidence": {"recurrence": PAGE}}, "FREQ is missing"),
        ({"verified_by": "looked at it"}, "verified_by"),
    ],
)
def test_malformed_evidence_is_rejected(overrides: dict[str, Any], expected: str) -> None:
    assert expected in _rejection(**overrides)


def test_source_url_is_kept_exactly_as_stored() -> None:
    # digitaler-staat.org holds its 2026 text without the trailing slash, 2018 text with it.
    (entry,) = parse_curated({"entries": [_entry(source_url="https://www.digitaler-staat.org")]})
    assert entry.source_url == "https://www.digitaler-staat.org"


@pytest.fixture(scope="module")
def shipped() -> list[CuratedEntry]:
    return load_curated_entries()


def test_every_shipped_date_place_and_recurrence_names_an_https_or_stored_page(
    shipped: list[CuratedEntry],
) -> None:
    for entry in shipped:
        for group in entry.facts_needing_evidence():
            addresses = entry.evidence_for(group)
            assert addresses, f"{entry.id}: {group}"
            for address in addresses:
                # Only the junge-buergermeisterinnen.de page was stored under plain http.
                assert address.startswith("https://") or "junge-buergermeisterinnen" in address


def test_every_shipped_entry_says_what_its_verified_on_date_is(
    shipped: list[CuratedEntry],
) -> None:
    assert {entry.verified_by for entry in shipped} <= {
        "stored_copy_date",
        "archive_check_date",
        "live_check",
    }
    undated = [e.id for e in shipped if e.verified_by == "archive_check_date"]
    assert all(e.verified_on.isoformat() == "2026-11-30" for e in shipped if e.id in undated)


def test_recurring_offerings_carry_an_rrule_into_the_record() -> None:
    by_id = {record.extra["curated_id"]: record for record in load_curated()}
    assert by_id["digital-impulse-junge-buergermeister"].extra["recurrence"] == (
        "FREQ=MONTHLY;BYDAY=1TH;BYHOUR=16;BYMINUTE=0"
    )
    assert by_id["digital-lotsen-sachsen-fruehstueck"].extra["recurrence"] == (
        "FREQ=MONTHLY;BYDAY=3FR;BYHOUR=9;BYMINUTE=30"
    )
    assert by_id["vitako-mitgliederversammlung"].extra["recurrence"] == "FREQ=YEARLY;BYMONTH=4,9,11"
    # A Stammtisch whose rhythm no page states carries no invented rule.
    assert "recurrence" not in by_id["negz-stammtisch"].extra


def test_evidence_addresses_are_not_published(shipped: list[CuratedEntry]) -> None:
    # Some evidence pages carry a byline in their address; only source_url reaches the record.
    records = {record.extra["curated_id"]: record for record in load_curated()}
    goverbreak = next(entry for entry in shipped if entry.id == "goverbreak")
    assert "author" in goverbreak.evidence_for("date")[0]
    assert "author" not in repr(records["goverbreak"])


def test_rrule_reaches_the_record_field_once_records_have_one() -> None:
    from dataclasses import fields

    from netdir.records import RawRecord

    if "recurrence" not in {field.name for field in fields(RawRecord)}:
        pytest.skip("records carry no recurrence field yet; the RRULE rides in extra")
    by_id = {record.extra["curated_id"]: record for record in load_curated()}
    impulse = by_id["digital-impulse-junge-buergermeister"]
    assert impulse.recurrence == "FREQ=MONTHLY;BYDAY=1TH;BYHOUR=16;BYMINUTE=0"
    assert by_id["negz-stammtisch"].recurrence is None


def test_a_curated_start_is_what_its_date_text_says(shipped: list[CuratedEntry]) -> None:
    # start/end are typed by hand beside the quoted date text: a typo in either must show.
    from datetime import date

    from netdir.normalize.when import parse_when

    disagreeing = [
        (entry.id, entry.start.isoformat(), entry.date_text)
        for entry in shipped
        if entry.start
        and (parse_when(entry.date_text, today=date(2026, 11, 30)).start or "")[:10]
        != entry.start.isoformat()
    ]
    assert disagreeing == []
    assert sum(1 for entry in shipped if entry.start) >= 10
