"""Once the warehouse holds a run's records, the run lets go of them: publish and the report
need neither (issue #12: peak memory must not grow with every record of a 5,000-page crawl).

Checked in a fresh interpreter: the crawl freezes the collector's view of what exists when the
first page is read (``reading_ready._prepare_reading``), and whatever the objects made before that moment
reference stays alive; an interpreter that imported the readers before skips that moment.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

PROBE = """
import gc
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, {repo!r})
import netdir.pipeline as pipeline
from netdir.records import RawRecord, SourceResult
from tests.bench.genweb import GeneratedWeb, catalog_yaml, serving

alive = []
publish_rows = pipeline._publish_rows


def publish_rows_counting_records(*args, **kwargs):
    generated = [
        o for o in gc.get_objects()
        if type(o) is RawRecord and o.source_id.startswith("gen-")
    ]
    with_records = [o for o in gc.get_objects() if type(o) is SourceResult and o.records]
    alive.append((len(generated), len(with_records)))
    del generated, with_records
    return publish_rows(*args, **kwargs)


pipeline._publish_rows = publish_rows_counting_records

if __name__ == "__main__":
    web = GeneratedWeb(hosts=2, pages_per_host=3)
    with serving(web) as port, tempfile.TemporaryDirectory() as scratch:
        catalog = Path(scratch) / "catalog.yaml"
        catalog.write_text(catalog_yaml(web, port), encoding="utf-8")
        report = pipeline.refresh(
            pipeline.RefreshOptions(
                catalog=catalog, db_path=Path(scratch) / "w.duckdb", out=Path(scratch) / "out",
                allow_private_hosts=True, today=date(2026, 11, 30), include_curated=False,
            )
        )
    assert report.offerings_published == web.events, report.offerings_published
    assert sum(result.record_count for result in report.results) == web.events
    print(alive)
"""


def test_the_records_are_let_go_once_loaded_before_publishing(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(PROBE.format(repo=str(REPO)), encoding="utf-8")
    answer = subprocess.run(
        [sys.executable, str(probe)], capture_output=True, text=True, timeout=180, cwd=tmp_path
    )
    assert answer.returncode == 0, answer.stderr[-2000:]
    assert answer.stdout.strip() == "[(0, 0)]"
