"""Per-field validity: junk titles and missing links flag a source below its threshold."""

from __future__ import annotations

from netdir.extract import check_validity, extract_page
from netdir.records import RawRecord
from tests.extract.conftest import PageFromFixture, SourceFactory


def record(title: str, url: str | None, extractor: str = "listing") -> RawRecord:
    return RawRecord(
        source_id="test-source",
        page_url="https://example.org/",
        extractor=extractor,
        title=title,
        url=url,
    )


def test_detector_output_on_a_good_page_is_valid(
    fixture_page: PageFromFixture, make_source: SourceFactory
) -> None:
    source = make_source()
    records = extract_page(fixture_page("listing_cards.html"), source).records
    report = check_validity(source, records)
    assert report.ok and report.issue is None
    assert report.total == 4
    assert report.ratios == {"title": 1.0, "url": 1.0}


def test_junk_titles_below_the_threshold_are_flagged(make_source: SourceFactory) -> None:
    source = make_source(min_valid_ratio=0.9)
    records = [
        record(f"Fachtag Digitale Verwaltung {n}", f"https://example.org/t/{n}") for n in range(7)
    ]
    records += [
        record("Weiterlesen", "https://example.org/t/a"),
        record("»", "https://example.org/t/b"),
        record("mehr", "https://example.org/t/c"),
    ]
    report = check_validity(source, records, page_url="https://example.org/termine/")

    assert not report.ok
    assert report.ratios["title"] == 0.7
    assert report.issue is not None
    assert report.issue.stage == "validity"
    assert report.issue.url == "https://example.org/termine/"
    assert "70% valid titles in 10 records, expected at least 90%" in report.issue.message
    assert "'Weiterlesen'" in report.issue.message


def test_overlong_titles_and_relative_urls_are_invalid(make_source: SourceFactory) -> None:
    source = make_source(min_valid_ratio=0.5)
    records = [record("x" * 301, "https://example.org/a"), record("Netzwerktreffen", "/relativ/b")]
    report = check_validity(source, records)
    assert report.ratios == {"title": 0.5, "url": 0.5}
    assert report.ok  # exactly at the (lowered) threshold


def test_url_ratio_only_counts_extractors_that_provide_urls(make_source: SourceFactory) -> None:
    source = make_source()
    ical_without_urls = [record(f"Stammtisch {n}", None, extractor="ical") for n in range(5)]
    report = check_validity(source, ical_without_urls)
    assert report.ok
    assert "url" not in report.ratios
    listing_without_urls = [record(f"Stammtisch {n}", None) for n in range(5)]
    assert not check_validity(source, listing_without_urls).ok


def test_no_records_is_not_a_validity_failure(make_source: SourceFactory) -> None:
    report = check_validity(make_source(), [])
    assert report.ok and report.total == 0 and report.issue is None
