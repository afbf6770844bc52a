"""Fixtures for end-to-end runs over the bundled sample web."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from netdir.catalog import Catalog
from netdir.demo.server import SampleWeb
from netdir.pipeline import RefreshOptions
from tests.ports import free_port_block as free_port_block  # re-exported for older imports

#: The sample web's pages were written for this day (some offerings past, most upcoming).
TODAY = date(2026, 11, 27)


@pytest.fixture
def sample_web() -> Iterator[SampleWeb]:
    with SampleWeb() as web:
        yield web


@pytest.fixture
def workdir(tmp_path: Path) -> dict[str, Path]:
    return {"db": tmp_path / "netdir.duckdb", "out": tmp_path / "publish"}


def sample_options(web: SampleWeb, workdir: dict[str, Path], **changes: Any) -> RefreshOptions:
    """A refresh of the sample web into ``workdir`` on ``TODAY`` without the curated entries,
    with ``changes`` to those fields."""
    fields: dict[str, Any] = {
        "catalog": web.catalog(),
        "db_path": workdir["db"],
        "out": workdir["out"],
        "allow_private_hosts": True,
        "today": TODAY,
        "include_curated": False,
    }
    return RefreshOptions(**{**fields, **changes})


def read_overview(out: Path) -> dict[str, Any]:
    return json.loads((out / "overview.json").read_text(encoding="utf-8"))


def with_source_changed(catalog: Catalog, source_id: str, **update: Any) -> Catalog:
    """The catalog with one source's fields replaced: a site that moved or was relaunched."""
    return catalog.model_copy(
        update={
            "sources": [
                source.model_copy(update=update) if source.id == source_id else source
                for source in catalog.sources
            ]
        }
    )
