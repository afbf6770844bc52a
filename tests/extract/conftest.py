"""Pages made from the saved fixture files, and catalog sources to read them with."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from netdir.catalog.model import Source
from netdir.records import Page

FIXTURES = Path(__file__).parent / "fixtures"
FETCHED_AT = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)

PageFromFixture = Callable[..., Page]
SourceFactory = Callable[..., Source]


def page_from_text(
    text: str,
    url: str = "https://example.org/veranstaltungen/",
    content_type: str | None = "text/html; charset=utf-8",
    source_id: str = "test-source",
) -> Page:
    return Page(
        source_id=source_id,
        url=url,
        final_url=url,
        status=200,
        fetched_at=FETCHED_AT,
        content_type=content_type,
        encoding="utf-8",
        body=text.encode("utf-8"),
        text=text,
    )


@pytest.fixture
def fixture_page() -> PageFromFixture:
    """A fetched page whose body is one of the saved files in tests/extract/fixtures/."""

    def make(
        name: str,
        url: str = "https://example.org/veranstaltungen/",
        content_type: str | None = "text/html; charset=utf-8",
    ) -> Page:
        return page_from_text((FIXTURES / name).read_text(encoding="utf-8"), url, content_type)

    return make


@pytest.fixture
def make_source() -> SourceFactory:
    """A catalog source with the given extract settings (ids and URLs filled in)."""

    def make(**fields: Any) -> Source:
        values: dict[str, Any] = {
            "id": "test-source",
            "name": "Testquelle",
            "start_urls": ["https://example.org/veranstaltungen/"],
        }
        values.update(fields)
        return Source.model_validate(values)

    return make
