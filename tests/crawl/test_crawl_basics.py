"""End-to-end crawl of a local site: pages, umlauts, dedup, progress, logs, safety default."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from netdir.catalog.model import CrawlSettings
from netdir.crawl import BlockedHostError, Crawler, CrawlError, fetch_one
from tests.crawl.helpers import make_source, run
from tests.crawl.site_server import Reply, html
from tests.ports import refusing_port

GERMAN = "Netzwerktreffen in Köln – „Digitale Ämter“, Gebühr 20 €, Straße Übersee"


async def crawl(settings: CrawlSettings, *sources: Any, **crawler_options: Any) -> list[Any]:
    async with Crawler(settings, allow_private_hosts=True, **crawler_options) as crawler:
        return [await crawler.crawl_source(source, {}) for source in sources]


@pytest.mark.parametrize(
    ("charset", "declare"),
    [("iso-8859-1", True), ("iso-8859-1", False), ("cp1252", True), ("cp1252", False)],
)
def test_umlauts_arrive_intact_from_single_byte_pages(
    start_site: Any, fast_settings: CrawlSettings, charset: str, declare: bool
) -> None:
    text = GERMAN if charset == "cp1252" else "Grüße aus Düsseldorf, Übersicht der Ämter, Straße"
    site = start_site(
        {"/": html(f"<html><body><p>{text}</p></body></html>", charset=charset, declare=declare)}
    )
    [result] = run(crawl(fast_settings, make_source("s", site.url("/"))))
    [page] = result.pages
    assert text in page.text
    assert page.status == 200 and page.changed


def test_the_same_page_is_fetched_once_per_run_but_every_source_gets_it(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site({"/termine": html("<p>Termine</p>")})
    first = make_source("first", site.url("/termine"), site.url("/termine?utm_source=x#oben"))
    second = make_source("second", site.url("/termine#liste"))
    results = run(crawl(fast_settings, first, second))
    assert len(site.hits("/termine")) == 1
    assert [len(result.pages) for result in results] == [1, 1]
    assert [result.pages[0].source_id for result in results] == ["first", "second"]
    assert results[1].pages[0].text == "<p>Termine</p>"


def test_progress_is_reported_after_every_request(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site({"/a": html("a"), "/b": html("b")})
    calls: list[tuple[str, str, int | None]] = []
    run(
        crawl(
            fast_settings,
            make_source("s", site.url("/a"), site.url("/b"), site.url("/c")),
            progress=lambda *call: calls.append(call),
        )
    )
    assert sorted(calls) == sorted(
        [
            ("s", site.url("/robots.txt"), 404),
            ("s", site.url("/a"), 200),
            ("s", site.url("/b"), 200),
            ("s", site.url("/c"), 404),
        ]
    )


def test_every_request_is_logged_with_structured_fields(
    start_site: Any, fast_settings: CrawlSettings, caplog: pytest.LogCaptureFixture
) -> None:
    site = start_site({"/a": html("a")})
    with caplog.at_level(logging.INFO, logger="netdir.crawl"):
        run(crawl(fast_settings, make_source("s", site.url("/a"))))
    [record] = [r for r in caplog.records if getattr(r, "url", None) == site.url("/a")]
    fields = vars(record)  # the `extra` fields land on the record itself
    assert (fields["source_id"], fields["status"], fields["attempt"]) == ("s", 200, 1)
    assert fields["elapsed_ms"] >= 0


def test_a_404_is_an_issue_not_retried_and_the_crawl_incomplete(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site({"/ok": html("ok")})
    [result] = run(crawl(fast_settings, make_source("s", site.url("/ok"), site.url("/weg"))))
    assert [page.url for page in result.pages] == [site.url("/ok")]
    [issue] = result.issues
    assert (issue.url, issue.status_code, issue.stage) == (site.url("/weg"), 404, "crawl")
    assert "start_urls" in (issue.hint or "")
    assert len(site.hits("/weg")) == 1
    assert not result.complete and not result.unreachable


def test_user_agent_from_settings_is_sent(start_site: Any, fast_settings: CrawlSettings) -> None:
    site = start_site({"/": html("x")})
    agent = "netdir/9.9 (+https://example.org/kontakt)"
    run(
        crawl(
            fast_settings.model_copy(update={"user_agent": agent}), make_source("s", site.url("/"))
        )
    )
    assert {hit.headers["user-agent"] for hit in site.hits()} == {agent}


def test_private_hosts_are_refused_by_default_and_never_contacted(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site({"/": html("x")})

    async def crawl_default() -> Any:
        async with Crawler(fast_settings) as crawler:
            return await crawler.crawl_source(make_source("s", site.url("/")), {})

    result = run(crawl_default())
    assert site.hits() == []
    assert result.pages == [] and not result.complete
    [issue] = result.issues
    assert "127.0.0.1" in issue.message and "allow-private-hosts" in (issue.hint or "")
    with pytest.raises(BlockedHostError, match=r"127\.0\.0\.1"):
        run(fetch_one(site.url("/"), settings=fast_settings))
    assert site.hits() == []


def test_fetch_one_returns_the_page_or_raises_a_clear_error(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site({"/": html("<h1>Übersicht</h1>")})
    page = run(fetch_one(site.url("/#x"), settings=fast_settings, allow_private_hosts=True))
    assert page.text == "<h1>Übersicht</h1>" and page.url == site.url("/")
    with pytest.raises(CrawlError, match=r"/fehlt.*HTTP 404") as caught:
        run(fetch_one(site.url("/fehlt"), settings=fast_settings, allow_private_hosts=True))
    assert caught.value.status_code == 404 and caught.value.hint


def test_fetch_one_respects_robots_txt(start_site: Any, fast_settings: CrawlSettings) -> None:
    site = start_site({"/robots.txt": Reply(body=b"User-agent: *\nDisallow: /\n"), "/": html("x")})
    with pytest.raises(CrawlError, match=r"robots\.txt disallows") as caught:
        run(fetch_one(site.url("/"), settings=fast_settings, allow_private_hosts=True))
    assert caught.value.url == site.url("/") and caught.value.hint
    assert site.page_hits() == []


def test_unreachable_when_no_request_gets_any_answer(fast_settings: CrawlSettings) -> None:
    # A port nobody listens on (bound, never listening).
    port = refusing_port()
    settings = fast_settings.model_copy(update={"retries": 1})
    [result] = run(
        crawl(settings, make_source("s", f"http://127.0.0.1:{port}/"), backoff_base_seconds=0.01)
    )
    assert result.unreachable and not result.complete and result.pages == []
    assert result.requests == 2  # robots.txt tried twice (one retry), the page never
    assert any("no connection" in issue.message for issue in result.issues)


def test_binary_bodies_are_kept_but_not_decoded(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    pdf = b"%PDF-1.4 \xe4\xf6\xfc"
    site = start_site({"/flyer.pdf": Reply(body=pdf, headers={"Content-Type": "application/pdf"})})
    [result] = run(crawl(fast_settings, make_source("s", site.url("/flyer.pdf"))))
    [page] = result.pages
    assert page.body == pdf and page.text is None


def test_a_failing_progress_callback_does_not_stop_the_crawl(
    start_site: Any, fast_settings: CrawlSettings
) -> None:
    site = start_site({"/a": html("a")})

    def broken_progress(source_id: str, url: str, status: int | None) -> None:
        raise RuntimeError("terminal went away")

    [result] = run(crawl(fast_settings, make_source("s", site.url("/a")), progress=broken_progress))
    assert [page.text for page in result.pages] == ["a"] and result.issues == []
