"""A first run's curated entries are normalized by the background worker while the crawl runs,
not by the main process after it (where they held up the merge), and published as before."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

import netdir.normalize.background as background
import netdir.normalize.stage as stage
from netdir.demo.server import SampleWeb
from netdir.pipeline import refresh

from .conftest import read_overview, sample_options


def test_curated_entries_are_normalized_in_the_background_during_the_crawl(
    sample_web: SampleWeb, workdir: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Batches of 10: the curated entries go to the worker at once (the sample web has fewer
    # records than a batch of the usual size, which would keep them waiting for more).
    monkeypatch.setattr(background, "BATCH_RECORDS", 10)
    here = os.getpid()
    done_here: list[str] = []
    real = stage.normalize_one

    def recorded(raw: Any, **kwargs: Any) -> Any:
        if os.getpid() == here:  # the worker, forked, runs this too: only this process counts
            done_here.append(raw.source_id)
        return real(raw, **kwargs)

    monkeypatch.setattr(stage, "normalize_one", recorded)
    report = refresh(sample_options(sample_web, workdir, include_curated=True))
    assert report.curated_records > 0
    assert "curated" not in done_here
    published = read_overview(workdir["out"])["offerings"]
    curated = [o for o in published if any(s["source_id"] == "curated" for s in o["sources"])]
    assert curated
