"""Fixtures for crawl tests: fast settings and local sites on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack

import pytest

from netdir.catalog.model import CrawlSettings
from tests.crawl.helpers import FAST
from tests.crawl.site_server import Route, SiteServer


@pytest.fixture
def fast_settings() -> CrawlSettings:
    return FAST


@pytest.fixture
def start_site() -> Iterator[Callable[..., SiteServer]]:
    """A factory: ``start_site({"/": html("…")})`` returns a running ``SiteServer``."""
    with ExitStack() as stack:

        def start(routes: dict[str, Route] | None = None) -> SiteServer:
            return stack.enter_context(SiteServer(routes))

        yield start
