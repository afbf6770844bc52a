"""Fixtures for end-to-end runs over the bundled sample web."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from netdir.catalog import Catalog
from netdir.demo.server import SampleWeb

#: The sample web's pages were written for this day (some offerings past, most upcoming).
TODAY = date(2026, 11, 27)


@pytest.fixture
def sample_web() -> Iterator[SampleWeb]:
    with SampleWeb() as web:
        yield web


@pytest.fixture
def workdir(tmp_path: Path) -> dict[str, Path]:
    return {"db": tmp_path / "netdir.duckdb", "out": tmp_path / "publish"}


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


def free_port_block(size: int = 6) -> int:
    """A base port whose next ``size`` ports are free right now."""
    for base in range(18700, 19700, 10):
        sockets = []
        try:
            for offset in range(size):
                sock = socket.socket()
                sock.bind(("127.0.0.1", base + offset))
                sockets.append(sock)
            return base
        except OSError:
            continue
        finally:
            for sock in sockets:
                sock.close()
    raise RuntimeError("no free block of ports")
