"""Small helpers the crawl tests share: running a coroutine, building a catalog source."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

from netdir.catalog.model import CrawlSettings, Follow, SettingsOverride, Source

T = TypeVar("T")

#: No politeness delay and a handful of retries, so tests measure behaviour rather than wait.
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
    """A catalog source with the given start URLs; keyword overrides become its settings."""
    follow = Follow(next=next_selector, max_pages=max_pages) if next_selector or max_pages else None
    return Source(
        id=source_id,
        name=source_id,
        start_urls=list(urls),
        follow=follow,
        settings=SettingsOverride(**overrides) if overrides else None,
    )
