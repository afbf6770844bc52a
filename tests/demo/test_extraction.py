"""What extraction reads from each site of the sample web, checked against the pages' facts."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.demo import SampleWeb
from netdir.demo.expected import WEEK_LATER, Listed, listed, titles
from netdir.extract import extract_page
from netdir.normalize import parse_when
from tests.demo.site_records import TODAY, FetchPage, extract_site


def _facts(site: str, version: str = "v1") -> dict[str, Listed]:
    return {item.title: item for item in listed(version) if item.site == site}


@pytest.mark.parametrize(
    "site", ["wp-events", "typo3-termine", "gsb-aktuelles", "rss-news", "cop-overview"]
)
def test_each_site_yields_exactly_its_listed_offerings(
    sample_web: SampleWeb, fetch_page: FetchPage, site: str
) -> None:
    records = extract_site(sample_web, fetch_page, site)
    assert sorted(r.title for r in records) == sorted(titles(site))
    assert all(r.url and r.url.startswith(sample_web.base_urls[site]) for r in records)


def test_json_ld_events_carry_dates_status_and_city(
    sample_web: SampleWeb, fetch_page: FetchPage
) -> None:
    facts = _facts("wp-events")
    for record in extract_site(sample_web, fetch_page, "wp-events"):
        fact = facts[record.title]
        assert record.extractor == "jsonld"
        assert record.start and record.start[:10] == fact.start, record.title
        assert ("Cancelled" in (record.status_text or "")) == fact.cancelled, record.title
        if fact.city:
            assert fact.city in (record.location_text or ""), record.title


def test_tec_rest_json_is_the_same_calendar(sample_web: SampleWeb, fetch_page: FetchPage) -> None:
    page = fetch_page("wp-events", "/wp-json/tribe/events/v1/events")
    records = extract_page(page).records
    facts = _facts("wp-events")
    assert {r.extractor for r in records} == {"tec"}
    assert {r.title for r in records} <= set(facts) and len(records) == 5
    for record in records:
        assert record.start and record.start[:10] == facts[record.title].start
        assert "&" not in record.title and "&" not in (record.location_text or "")
    online = next(r for r in records if r.title.startswith("Webinar"))
    assert online.venue is None, "venue [] means no venue"


@pytest.mark.parametrize("site", ["typo3-termine", "gsb-aktuelles"])
def test_rule_read_date_texts_parse_to_the_listed_days(
    sample_web: SampleWeb, fetch_page: FetchPage, site: str
) -> None:
    facts = _facts(site)
    for record in extract_site(sample_web, fetch_page, site):
        fact = facts[record.title]
        when = parse_when(record.date_text, today=TODAY)
        assert when.start and when.start[:10] == fact.start, (record.title, record.date_text)
        if fact.end:
            assert when.end and when.end[:10] == fact.end, (record.title, record.date_text)
        if fact.city:
            assert fact.city in (record.location_text or ""), record.title


def test_ical_feed_keeps_the_monthly_stammtisch_as_one_rule_and_the_cancellation(
    sample_web: SampleWeb, fetch_page: FetchPage
) -> None:
    records = extract_site(sample_web, fetch_page, "ical-feed")
    facts = _facts("ical-feed")
    assert {r.title for r in records} <= set(facts)
    single = {r.title: r for r in records if not facts[r.title].recurring}
    for title, record in single.items():
        assert record.start and record.start[:10] == facts[title].start, title
        assert ("CANCELLED" in (record.status_text or "")) == facts[title].cancelled, title
    assert set(single) >= {t for t, f in facts.items() if not f.recurring and f.start > "2026-12"}
    stammtische = [r for r in records if facts[r.title].recurring]
    assert len(stammtische) == 1, "a monthly RRULE is one record at its next occurrence"
    rule = stammtische[0].recurrence or ""
    assert set(rule.split(";")) == {"FREQ=MONTHLY", "BYDAY=1TH", "UNTIL=20270701T140000Z"}
    for record in stammtische:
        day = date.fromisoformat(record.start[:10]) if record.start else None
        assert day and day.isoweekday() == 4 and day.day <= 7, "first Thursday of the month"
        assert record.start and record.start[11:16] == "16:00"
    klausur = single["Klausurtagung Arbeitskreis Digitale Kommune Süd"]
    assert klausur.all_day and klausur.start == "2027-02-24"


def test_feed_items_keep_publication_and_event_dates_apart(
    sample_web: SampleWeb, fetch_page: FetchPage
) -> None:
    facts = _facts("rss-news")
    for record in extract_site(sample_web, fetch_page, "rss-news"):
        fact = facts[record.title]
        assert record.start is None, "a pubDate is never the event date"
        assert record.published and record.published[:10] != fact.start
        when = parse_when(record.description, today=TODAY)
        assert when.start and when.start[:10] == fact.start, record.description


def test_latin1_community_overview_has_umlauts_and_no_dates(
    sample_web: SampleWeb, fetch_page: FetchPage
) -> None:
    records = extract_site(sample_web, fetch_page, "cop-overview")
    assert "Wissensmanagement & Öffentlichkeitsarbeit" in {r.title for r in records}
    for record in records:
        assert record.kind == "community_of_practice"
        assert record.start is None and record.end is None, (record.title, record.date_text)
        assert "Ã" not in record.title and "\ufffd" not in record.title


def test_a_week_later_extraction_sees_the_move_the_cancellation_and_the_changes(
    sample_web: SampleWeb, fetch_page: FetchPage
) -> None:
    sample_web.switch("v2")
    wp = {r.title: r for r in extract_site(sample_web, fetch_page, "wp-events")}
    typo3 = {r.title for r in extract_site(sample_web, fetch_page, "typo3-termine")}
    ical = {r.title for r in extract_site(sample_web, fetch_page, "ical-feed")}

    title, _, new_day = WEEK_LATER.moved
    assert (wp[title].start or "")[:10] == new_day
    assert "Cancelled" in (wp[WEEK_LATER.cancelled].status_text or "")
    assert typo3 == titles("typo3-termine", "v2") and WEEK_LATER.removed not in typo3
    assert WEEK_LATER.added.title in ical


@pytest.mark.parametrize("site", ["wp-events", "typo3-termine", "gsb-aktuelles", "rss-news"])
def test_every_listed_offering_links_to_its_own_detail_page(
    sample_web: SampleWeb, fetch_page: FetchPage, site: str
) -> None:
    for record in extract_site(sample_web, fetch_page, site):
        assert record.url
        detail = fetch_page(site, record.url.removeprefix(sample_web.base_urls[site]))
        assert record.title.split(":")[0] in (detail.text or ""), record.url


def test_wordpress_detail_pages_carry_one_event_each(
    sample_web: SampleWeb, fetch_page: FetchPage
) -> None:
    facts = _facts("wp-events")
    for record in extract_site(sample_web, fetch_page, "wp-events"):
        assert record.url
        detail = extract_page(
            fetch_page("wp-events", record.url.removeprefix(sample_web.base_urls["wp-events"]))
        )
        assert [(r.title, (r.start or "")[:10]) for r in detail.records] == [
            (record.title, facts[record.title].start)
        ]
