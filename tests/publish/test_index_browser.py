"""index.html in a real headless Chromium from file://: search, filters, escaping."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.publish.conftest import XSS_TITLE

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="needs Debian's chromium at /usr/bin/chromium (apt-get install -y chromium)",
    ),
]


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    """A headless Debian chromium driven by playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def index_page(chromium: Any, published_dir: Path) -> Iterator[tuple[Any, list[str]]]:
    """The published index.html opened from file://, with dialogs and script errors recorded."""
    page = chromium.new_page(viewport={"width": 1100, "height": 900})
    incidents: list[str] = []

    def record_dialog(dialog: Any) -> None:
        incidents.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", record_dialog)
    page.on("pageerror", lambda error: incidents.append(f"error: {error}"))
    page.goto((published_dir / "index.html").as_uri())
    yield page, incidents
    page.close()


def _visible_titles(page: Any) -> list[str]:
    return page.locator("#offerings li.offering h2 .title").all_text_contents()


def test_search_box_filters_the_visible_list(index_page: tuple[Any, list[str]]) -> None:
    page, incidents = index_page
    assert page.locator("#count").text_content() == "7 von 8 Angeboten"  # "nur kommende"
    assert len(_visible_titles(page)) == 7

    page.locator("#q").press_sequentially("muenchen")  # typed; umlaut-free spelling matches
    assert _visible_titles(page) == ["Public Sector Stammtisch München"]
    assert page.locator("#count").text_content() == "1 von 8 Angeboten"

    page.locator("#q").fill("Digitalisierung")
    assert sorted(_visible_titles(page)) == [
        "15. Fachkongress des IT-Planungsrats",
        "NExT Herbstkonferenz: Künstliche Intelligenz in Behörden",
    ]
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "index.png"), full_page=True)
    page.locator("#q").fill("gibt es nicht")
    assert _visible_titles(page) == []
    assert page.get_by_text("Keine Angebote gefunden.").is_visible()

    page.locator("#q").fill("")
    page.select_option("#state", "Hessen")
    assert _visible_titles(page) == ["15. Fachkongress des IT-Planungsrats"]
    assert incidents == []


def test_filters_by_kind_format_topic_and_month(index_page: tuple[Any, list[str]]) -> None:
    page, _ = index_page
    page.select_option("#format", "online")
    assert sorted(_visible_titles(page)) == [
        '=HYPERLINK("https://evil.example";"Community of Practice Wissensmanagement")',
        "Webinar: Open Source in der Verwaltung",
    ]
    page.select_option("#format", "")
    page.select_option("#kind", "network")
    assert _visible_titles(page) == ["Public Sector Stammtisch München"]
    page.select_option("#kind", "")
    page.select_option("#topic", "KI")
    assert _visible_titles(page) == ["NExT Herbstkonferenz: Künstliche Intelligenz in Behörden"]
    page.select_option("#topic", "")
    page.select_option("#month", "2027-05")
    assert _visible_titles(page) == ["15. Fachkongress des IT-Planungsrats"]
    assert page.locator("#month option[value='2027-10']").count() == 0  # "Herbst 2027" is no month


def test_offerings_link_to_their_page_and_sources(index_page: tuple[Any, list[str]]) -> None:
    page, _ = index_page
    item = page.locator("li.offering[data-id='fachkongress-2027']")

    title_link = item.locator("h2 a.title")
    assert title_link.get_attribute("href") == "https://www.it-planungsrat.de/fachkongress-2027"
    source_links = item.locator(".sources a")
    assert source_links.all_text_contents() == ["itplr", "negz"]
    assert source_links.nth(1).get_attribute("href") == "https://negz.org/termine/"
    assert item.locator(".when").text_content() == "04.05.2027, 09:30 Uhr – 05.05.2027, 16:00 Uhr"
    assert item.locator("time.when").get_attribute("datetime") == "2027-05-04T09:30:00+02:00"
    same_day = page.locator("li.offering[data-id='webinar-heute'] .when").text_content()
    assert same_day == "27.11.2026, 10:00–11:00 Uhr"
    season = page.locator("li.offering[data-id='herbst-2027'] .when").text_content()
    assert season == "Herbst 2027"


def test_scraped_markup_renders_as_text_and_never_runs(index_page: tuple[Any, list[str]]) -> None:
    page, incidents = index_page
    page.locator("#q").fill("alert")
    item = page.locator("li.offering[data-id='xss']")

    assert item.get_by_text(XSS_TITLE, exact=True).is_visible()
    assert item.locator("script, img").count() == 0
    assert item.locator("a").count() == 0  # javascript: URLs are not turned into links
    assert "<img src=x onerror=alert(3)>" in item.locator(".description").text_content()
    page.wait_for_timeout(200)  # give an injected handler the chance to fire
    assert incidents == []
    assert page.evaluate("document.querySelectorAll('script:not([type])').length") == 1


def test_filters_live_in_the_address_and_open_again_from_it(
    chromium: Any, index_page: tuple[Any, list[str]]
) -> None:
    page, incidents = index_page
    page.select_option("#state", "Bayern")
    page.locator("#q").fill("stammtisch")
    shared = page.evaluate("location.href")  # page.url follows replaceState only later
    assert "state=Bayern" in shared and "q=stammtisch" in shared

    other = chromium.new_page()
    other.goto(shared)
    assert other.locator("#state").input_value() == "Bayern"
    assert other.locator("#q").input_value() == "stammtisch"
    assert other.locator("#offerings li.offering h2 .title").all_text_contents() == [
        "Public Sector Stammtisch München"
    ]
    other.close()
    assert incidents == []


def test_upcoming_only_is_on_by_default_and_facets_count(
    index_page: tuple[Any, list[str]],
) -> None:
    page, _ = index_page
    assert page.locator("#upcoming").is_checked()
    assert "Klausurtagung 2025" not in _visible_titles(page)
    groups = page.locator("#offerings li.group").all_text_contents()
    assert groups == [
        "Kommende Termine",
        "Termin steht noch nicht fest",
        "Angebote ohne festen Termin",
    ]
    assert page.locator("#state option[value='Hessen']").text_content() == "Hessen (1)"

    page.locator("#upcoming").uncheck()
    assert page.locator("#count").text_content() == "8 von 8 Angeboten"
    assert page.locator("#offerings li.group").all_text_contents()[-1] == "Vergangen"
    assert "alle=1" in page.evaluate("location.href")


def test_without_javascript_the_page_still_lists_the_offerings(
    chromium: Any, published_dir: Path
) -> None:
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto((published_dir / "index.html").as_uri())
    listed = page.locator("noscript ul.noscript-list li, ul.noscript-list li")
    texts = listed.all_text_contents()
    context.close()
    assert any("15. Fachkongress des IT-Planungsrats" in t for t in texts)
    assert not any("Klausurtagung 2025" in t for t in texts)


def test_page_links_subscriptions_downloads_and_licence(
    index_page: tuple[Any, list[str]],
) -> None:
    page, _ = index_page
    subscribe = page.locator("a.subscribe")
    files = [subscribe.nth(i).get_attribute("data-file") for i in range(subscribe.count())]
    assert files[0] == "upcoming.ics" and "upcoming-conference.ics" in files
    footer = page.locator("footer")
    hrefs = [
        footer.locator("a").nth(i).get_attribute("href") for i in range(footer.locator("a").count())
    ]
    for name in (
        "overview.csv",
        "overview.parquet",
        "netdir.duckdb",
        "datapackage.json",
        "dcat.jsonld",
    ):
        assert name in hrefs
    assert "https://www.govdata.de/dl-de/by-2-0" in hrefs
    assert page.locator("a.skip").get_attribute("href") == "#offerings"
