"""Fixtures for crawl tests: fast settings and local sites on 127.0.0.1."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine, Iterator
from contextlib import ExitStack
from typing import Any, TypeVar

import pytest

from netdir.catalog.model import CrawlSettings, Follow, SettingsOverride, Source
from tests.crawl.site_server import Route, SiteServer

T = TypeVar("T")

#: No politeness delay and tiny backoff, so tests measure behaviour rather than waiting.
FAST = CrawlSettings(delay_seconds=0, concurrency_per_host=4, timeout_seconds=5, retries=2)


def run(coroutine: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coroutine)


def make_source(
    source_id: str,
    *urls: str,
    next_selector: str | None = None,
    max_pages: int | None = None,
    **overrides: Any,
) -> Source:
    follow = Follow(next=next_selector, max_pages=max_pages) if next_selector or max_pages else None
    return Source(
        id=source_id,
        name=source_id,
        start_urls=list(urls),
        follow=follow,
        settings=SettingsOverride(**overrides) if overrides else None,
    )


@pytest.fixture
def fast_settings() -> CrawlSettings:
    return FAST


@pytest.fixture
def start_site() -> Iterator[Any]:
    """A factory: ``start_site({"/": html("…")})`` returns a running ``SiteServer``."""
    with ExitStack() as stack:

        def start(routes: dict[str, Route] | None = None) -> SiteServer:
            return stack.enter_context(SiteServer(routes))

        yield start
