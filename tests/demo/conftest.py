"""Fixtures for the sample web: a running web, and plain HTTP access to it."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest

from netdir.demo import SampleWeb
from netdir.records import Page
from tests.demo.site_records import FETCHED_AT


@pytest.fixture(scope="module")
def running_web() -> Iterator[SampleWeb]:
    """The bundled sample web, started once per test module, back on v1 and with an empty log."""
    with SampleWeb() as web:
        yield web


@pytest.fixture
def sample_web(running_web: SampleWeb) -> Iterator[SampleWeb]:
    running_web.switch("v1")
    running_web.requests.clear()
    yield running_web
    running_web.switch("v1")


@pytest.fixture(scope="module")
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=5, trust_env=False) as client:
        yield client


@pytest.fixture
def fetch_page(sample_web: SampleWeb, http: httpx.Client) -> Callable[[str, str], Page]:
    """Fetch ``path`` of a site as the crawler would hand it on: decoded with its header charset."""

    def fetch(site: str, path: str) -> Page:
        url = sample_web.base_urls[site] + path
        response = http.get(url)
        assert response.status_code == 200, url
        encoding = response.charset_encoding or "utf-8"
        return Page(
            source_id=site,
            url=url,
            final_url=str(response.url),
            status=response.status_code,
            fetched_at=FETCHED_AT,
            content_type=response.headers.get("content-type"),
            encoding=encoding,
            body=response.content,
            text=response.content.decode(encoding),
            etag=response.headers.get("etag"),
        )

    return fetch
