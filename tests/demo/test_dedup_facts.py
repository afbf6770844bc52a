"""The sample web's built-in dedup cases, through extraction and normalization (no crawl, no DB)."""

from __future__ import annotations

from netdir.demo import SampleWeb
from netdir.demo.expected import NAME_COLLISION, THREE_WAY_DUPLICATE, TWO_WAY_DUPLICATE, listed
from netdir.normalize import normalize_all
from netdir.records import Offering, RawRecord
from tests.demo.site_records import TODAY, FetchPage, extract_site


def _offerings(sample_web: SampleWeb, fetch_page: FetchPage) -> list[Offering]:
    catalog = sample_web.catalog()
    records: list[RawRecord] = []
    for source in catalog.sources:
        records.extend(extract_site(sample_web, fetch_page, source.id))
    return normalize_all(records, today=TODAY, sources={s.id: s for s in catalog.sources})


def _sites(offering: Offering) -> set[str]:
    return {ref.source_id for ref in offering.sources}


def test_duplicates_merge_and_the_name_collision_does_not(
    sample_web: SampleWeb, fetch_page: FetchPage
) -> None:
    offerings = _offerings(sample_web, fetch_page)

    conference = [o for o in offerings if THREE_WAY_DUPLICATE in o.title]
    assert len(conference) == 1
    assert _sites(conference[0]) == {"wp-events", "typo3-termine", "rss-news"}
    assert conference[0].city == "Leipzig" and (conference[0].start or "")[:10] == "2027-03-16"

    forum = [o for o in offerings if TWO_WAY_DUPLICATE in o.title]
    assert len(forum) == 1 and _sites(forum[0]) == {"typo3-termine", "rss-news"}

    nexus = sorted((o for o in offerings if o.title in NAME_COLLISION), key=lambda o: o.start or "")
    assert [(o.city, _sites(o)) for o in nexus] == [
        ("Bonn", {"gsb-aktuelles"}),
        ("Nürnberg", {"ical-feed"}),
    ]


def test_every_listed_one_off_offering_appears_once_with_its_status(
    sample_web: SampleWeb, fetch_page: FetchPage
) -> None:
    offerings = _offerings(sample_web, fetch_page)
    one_offs = [item for item in listed() if not item.recurring]
    merged_away = 3  # the conference counts once instead of three times, the forum once of two
    recurring = [o for o in offerings if o.title == "Digitaler Stammtisch Kommunal"]
    assert len(offerings) - len(recurring) == len(one_offs) - merged_away
    # One offering for the whole series, at its next first Thursday, carrying the RRULE.
    assert len(recurring) == 1
    assert recurring[0].recurrence is not None and "BYDAY=1TH" in recurring[0].recurrence
    assert recurring[0].start == "2026-12-03T16:00:00+01:00"
    cancelled = {o.title for o in offerings if o.status == "cancelled"}
    assert cancelled == {item.title for item in one_offs if item.cancelled}
