"""A first run's crawl does not wait for the warehouse to be created: its first requests go
out while the file is made. A later run still reads its validators before the first request."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from netdir.demo.server import SampleWeb
from netdir.pipeline import RefreshOptions, refresh
from netdir.warehouse import Warehouse

from .conftest import TODAY


def test_a_new_warehouse_is_created_while_the_first_requests_are_in_flight(
    sample_web: SampleWeb, workdir: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = Warehouse.open.__func__  # type: ignore[attr-defined]
    seen_at_first_open: list[int] = []

    def open_after_a_request(cls: type[Warehouse], *args: Any, **kwargs: Any) -> Warehouse:
        if not seen_at_first_open:
            # Ordering, not timing: the first open waits (in its thread) for the server to
            # have seen a request. Were it made before the crawl, none would come: 20 s, then
            # it records 0 and goes on.
            deadline = time.monotonic() + 20
            while not sample_web.requests and time.monotonic() < deadline:
                time.sleep(0.01)
            seen_at_first_open.append(len(sample_web.requests))
        return real_open(cls, *args, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(Warehouse, "open", classmethod(open_after_a_request))
    report = refresh(
        RefreshOptions(
            catalog=sample_web.catalog(),
            db_path=workdir["db"],
            out=workdir["out"],
            allow_private_hosts=True,
            today=TODAY,
            include_curated=False,
        )
    )
    assert seen_at_first_open and seen_at_first_open[0] > 0
    assert report.offerings_published > 0
    assert workdir["db"].exists()


def test_a_second_run_sends_the_first_runs_validators(
    sample_web: SampleWeb, workdir: dict[str, Path]
) -> None:
    options = RefreshOptions(
        catalog=sample_web.catalog(),
        db_path=workdir["db"],
        out=workdir["out"],
        allow_private_hosts=True,
        today=TODAY,
        include_curated=False,
    )
    refresh(options)
    sample_web.requests.clear()
    refresh(options)
    pages = [r for r in sample_web.requests if not r.path.endswith("/robots.txt")]
    assert pages and all(r.if_none_match or r.if_modified_since for r in pages)
