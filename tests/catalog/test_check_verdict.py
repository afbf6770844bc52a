"""`netdir sources check` verdicts: a login link in the menu is not a login wall."""

from netdir.catalog import parse_catalog
from netdir.sources.check import UrlCheck, verdict
from netdir.sources.scout import PageSignals

SOURCE = parse_catalog(
    {"sources": [{"id": "wp", "name": "WP", "start_urls": ["https://verein.example.org/termine/"]}]}
).sources[0]
URL = "https://verein.example.org/termine/"


def test_a_page_with_a_login_link_that_lists_offerings_is_ok() -> None:
    check = UrlCheck(URL, 200, URL, signals=PageSignals(login_markers=["Login"]), records=6)
    assert verdict(SOURCE, [check]) == ["OK"]


def test_a_page_that_only_shows_a_login_is_flagged() -> None:
    check = UrlCheck(
        URL, 200, URL, signals=PageSignals(login_markers=["password field"]), records=0
    )
    assert verdict(SOURCE, [check]) == ["LOGIN MARKERS", "NO RECORDS"]


def test_an_event_source_whose_records_lack_dates_is_flagged() -> None:
    check = UrlCheck(URL, 200, URL, records=5, page_kind="empty")
    assert verdict(SOURCE, [check]) == ["NO DATES"]
    communities = SOURCE.model_copy(update={"kind": "community_of_practice"})
    assert verdict(communities, [check]) == ["OK"]  # communities have no dates by nature
    dated = UrlCheck(URL, 200, URL, records=5, page_kind="listing", dated=["2027-01-01"] * 2)
    assert verdict(SOURCE, [dated]) == ["OK"]
