"""Builders for raw records and catalog sources, so each test states only what it is about."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from netdir.catalog.model import Source
from netdir.records import RawRecord

TODAY = date(2026, 11, 27)


def make_source(source_id: str, **fields: Any) -> Source:
    fields.setdefault("name", source_id)
    fields.setdefault("start_urls", [f"https://{source_id}.example.org/"])
    return Source(id=source_id, **fields)


def make_raw(source_id: str = "site", title: str = "Fachtag", **fields: Any) -> RawRecord:
    fields.setdefault("page_url", f"https://{source_id}.example.org/termine")
    fields.setdefault("extractor", "rules")
    return RawRecord(source_id=source_id, title=title, **fields)


@pytest.fixture
def raw_record() -> Callable[..., RawRecord]:
    return make_raw


@pytest.fixture
def catalog_source() -> Callable[..., Source]:
    return make_source
