"""A polite crawl mostly waits: the publishers are imported meanwhile, not after the crawl.

A run with politeness delays spends seconds waiting between a host's requests; what it does
after the last request (merge, load, publish) is what the user waits for on top of the delays.
So with delays the publishers are imported while the crawl waits; without delays the crawl
keeps both cores busy and they are imported when publishing, as before. Checked in a fresh
interpreter (imports are per process), at the moment the crawl hands over to ``finish_run``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

PROBE = """
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, {repo!r})
import netdir.pipeline as pipeline
from tests.bench.genweb import GeneratedWeb, catalog_yaml, serving

seen = []
finish_run = pipeline.finish_run


def finish_run_noting_imports(*args, **kwargs):
    seen.append("netdir.publish.publisher" in sys.modules)
    return finish_run(*args, **kwargs)


pipeline.finish_run = finish_run_noting_imports

if __name__ == "__main__":
    web = GeneratedWeb(hosts=2, pages_per_host=2)
    with serving(web) as port, tempfile.TemporaryDirectory() as scratch:
        catalog = Path(scratch) / "catalog.yaml"
        catalog.write_text(catalog_yaml(web, port, delay_seconds={delay}), encoding="utf-8")
        report = pipeline.refresh(
            pipeline.RefreshOptions(
                catalog=catalog, db_path=Path(scratch) / "w.duckdb", out=Path(scratch) / "out",
                allow_private_hosts=True, today=date(2026, 11, 30), include_curated=False,
            )
        )
    assert report.offerings_published == web.events, report.offerings_published
    print(seen)
"""


@pytest.mark.parametrize(("delay", "imported"), [(0.2, True), (0, False)])
def test_publishers_are_imported_during_the_crawl_only_when_it_waits_out_delays(
    tmp_path: Path, delay: float, imported: bool
) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(PROBE.format(repo=str(REPO), delay=delay), encoding="utf-8")
    answer = subprocess.run(
        [sys.executable, str(probe)], capture_output=True, text=True, timeout=180, cwd=tmp_path
    )
    assert answer.returncode == 0, answer.stderr[-2000:]
    assert answer.stdout.strip() == f"[{imported}]"


FIRST_RUN_PROBE = """
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, {repo!r})
import netdir.pipeline as pipeline
from netdir import reading_ready, source_step
from tests.bench.genweb import GeneratedWeb, catalog_yaml, serving

events = []
prepare_reading, extract = reading_ready._prepare_reading, source_step._Extractor.extract


def noting_preparation(*args, **kwargs):
    events.append("prepare")
    return prepare_reading(*args, **kwargs)


async def noting_extraction(self, page, **options):
    events.append("extract")
    return await extract(self, page, **options)


reading_ready._prepare_reading = noting_preparation
source_step._Extractor.extract = noting_extraction

if __name__ == "__main__":
    web = GeneratedWeb(hosts=2, pages_per_host=2)
    with serving(web) as port, tempfile.TemporaryDirectory() as scratch:
        catalog = Path(scratch) / "catalog.yaml"
        catalog.write_text(catalog_yaml(web, port, delay_seconds=0.2), encoding="utf-8")
        pipeline.refresh(
            pipeline.RefreshOptions(
                catalog=catalog, db_path=Path(scratch) / "w.duckdb", out=Path(scratch) / "out",
                allow_private_hosts=True, today=date(2026, 11, 30), include_curated=False,
            )
        )
    print(events[:2])
"""


def test_a_first_run_prepares_reading_before_its_first_page_arrives(tmp_path: Path) -> None:
    """No validators: every page comes back whole, so the imports and the gazetteer start with
    the crawl, not when the first page is there (its extraction then waited for them)."""
    probe = tmp_path / "probe.py"
    probe.write_text(FIRST_RUN_PROBE.format(repo=str(REPO)), encoding="utf-8")
    answer = subprocess.run(
        [sys.executable, str(probe)], capture_output=True, text=True, timeout=180, cwd=tmp_path
    )
    assert answer.returncode == 0, answer.stderr[-2000:]
    assert answer.stdout.strip() == "['prepare', 'extract']"


FORK_PROBE = """
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, {repo!r})
import netdir.pipeline as pipeline
from netdir import reading_ready, source_step
from netdir.extract import isolation
from tests.bench.genweb import GeneratedWeb, catalog_yaml, serving

events = []
crawlers = []
forked_early, extract = pipeline._forked_early, source_step._Extractor.extract
worker_init = isolation._Worker.__init__


def noting_early_forks(plan, preparing, crawler, pool, normalizer):
    crawlers.append(crawler)
    return forked_early(plan, preparing, crawler, pool, normalizer)


def noting_fork(self, *args, **kwargs):
    events.append(("fork", crawlers[0].requests_sent if crawlers else None))
    worker_init(self, *args, **kwargs)


async def noting_extraction(self, page, **options):
    events.append(("extract", None))
    return await extract(self, page, **options)


pipeline._forked_early = noting_early_forks
isolation._Worker.__init__ = noting_fork
source_step._Extractor.extract = noting_extraction

if __name__ == "__main__":
    # Imports and gazetteer as in a process that ran before (cold, they may take longer than
    # the delay on a busy machine: the first page's arrival then forks the workers, as before).
    reading_ready._prepare_reading(publishers=True)
    web = GeneratedWeb(hosts=3, pages_per_host=1)
    with serving(web) as port, tempfile.TemporaryDirectory() as scratch:
        catalog = Path(scratch) / "catalog.yaml"
        # 3 s, not the default 1: at load 12 the forks came after the first page (the test
        # is about their order, which a 1 s window does not guarantee on a busy machine).
        catalog.write_text(
            catalog_yaml(web, port, delay_seconds=3.0, concurrency_per_host=1), encoding="utf-8"
        )
        pipeline.refresh(
            pipeline.RefreshOptions(
                catalog=catalog, db_path=Path(scratch) / "w.duckdb", out=Path(scratch) / "out",
                allow_private_hosts=True, today=date(2026, 11, 30), include_curated=False,
            )
        )
    print(events[0], events[-1][0], sum(name == "fork" for name, _ in events))
"""


def test_a_polite_first_run_forks_its_workers_between_the_first_requests_and_the_pages(
    tmp_path: Path,
) -> None:
    """With delays, the extraction workers are forked while every host waits out its delay:
    after each host's first request (robots.txt; forks before them held those back), before
    the first page is there (forks on its arrival held back the requests due then)."""
    probe = tmp_path / "probe.py"
    probe.write_text(FORK_PROBE.format(repo=str(REPO)), encoding="utf-8")
    answer = subprocess.run(
        [sys.executable, str(probe)], capture_output=True, text=True, timeout=180, cwd=tmp_path
    )
    assert answer.returncode == 0, answer.stderr[-2000:]
    # The first fork saw the 3 robots.txt requests and no page request; the pages were read
    # by the workers forked then (as many as the pool holds: none forked later).
    first, last, forks = answer.stdout.split(")")[0] + ")", *answer.stdout.split(")")[1].split()
    assert first == "('fork', 3)"
    assert last == "extract"
    assert int(forks) == min(4, os.cpu_count() or 1)
