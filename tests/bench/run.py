"""`make bench`: netdir beside its obvious alternatives, in one run, as ratios.

Writes ``tests/bench/results.json`` and ``tests/bench/results.md`` (the table the README shows,
with the machine it ran on and the share of CPU time the host stole from it, over the bench and
per row, from /proc/stat: a contended host's timings say so) and replaces the table between the
bench markers in README.md.
Every figure is the median of ``REPEATS`` runs with min and max. Results are reported, not
asserted (correctness of the same things is asserted in the test suite).

Rows:
- crawl (first run): ``netdir refresh`` (crawl, extraction, normalization, warehouse, every
  publish format) vs ``scrapy runspider`` (real Scrapy from PyPI in ``.bench/scrapy-venv``,
  HTTP cache off, items to a JSON-lines feed) vs a bare httpx loop, each a fresh process, on a
  generated web (tests/bench/genweb.py) of 1,000 and 5,000 pages over 20 hosts on 127.0.0.x,
  16 requests at once, 4 per host, no delay.
- unchanged re-run: ``netdir refresh`` again (every page 304) vs httpx sending the same
  conditional GETs.
- peak RSS of the first runs at both sizes.
  The bare-httpx rows and the unchanged re-run are measured at the first size only: at 5,000
  pages they would add ~3 minutes to a bench that must stay under 10 on 2 cores, and the
  targets they serve do not depend on the size (the re-run's fixed costs weigh most at the
  small size). The larger size measures what its targets need: first run vs Scrapy and RSS.
- polite mode: delay 1 s, 1 per host, vs the bound the delays impose.
- extraction per page, with JSON-LD and without (listing detector), vs selectolax parse-only.
- extraction + normalization of every real-page corpus page (tests/realpages: pages as sites
  wrote them, not generated), CPU per page, vs a bare selectolax parse of the same pages; with
  the median, 95th percentile and slowest page, where a reader gone quadratic shows first.
- normalization + merge of the generated web's records and the labelled dedup set.
- warehouse load vs DuckDB ``read_parquet`` of the same offerings.
- publish, per format.
- end to end through Prefect vs direct.

Run: ``.venv/bin/python tests/bench/run.py [--sizes 1000,5000] [--repeats 3] [--quick]``
(``--quick``: 80 pages, 1 repeat, written to ``.bench/quick-results.*``, README left alone; for
checking the bench itself).
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.bench.genweb import (  # noqa: E402
    GeneratedWeb,
    catalog_yaml,
    generate_events,
    render_page,
    serving,
    start_urls,
)

BIN = Path(sys.executable).parent
SCRAPY_VENV = REPO / ".bench" / "scrapy-venv"
TODAY = "2026-11-30"
QUICK = "--quick" in sys.argv
# A --quick run checks the bench itself: its figures go to .bench/ (not tracked), never over the
# committed results.
RESULTS_DIR = REPO / ".bench" if QUICK else REPO / "tests" / "bench"
RESULTS = RESULTS_DIR / ("quick-results.json" if QUICK else "results.json")
TABLE = RESULTS_DIR / ("quick-results.md" if QUICK else "results.md")
README = REPO / "README.md"


def _option(name: str, default: str) -> str:
    if name in sys.argv:
        return sys.argv[sys.argv.index(name) + 1]
    return default


REPEATS = int(_option("--repeats", "1" if QUICK else "3"))
#: The whole bench must finish within this on 2 cores (issue #12).
BUDGET_SECONDS = 600
#: Pages of the generated webs (20 hosts each; pages per host = pages / 20).
SIZES = [int(size) for size in _option("--sizes", "80" if QUICK else "1000,5000").split(",")]


@dataclass
class Figure:
    runs: list[float] = field(default_factory=list)

    def add(self, value: float) -> None:
        self.runs.append(value)

    @property
    def median(self) -> float:
        return statistics.median(self.runs)

    def json(self) -> dict[str, Any]:
        return {
            "median": self.median,
            "min": min(self.runs),
            "max": max(self.runs),
            "runs": self.runs,
        }

    def text(self, unit: str, digits: int = 2) -> str:
        return (
            f"{self.median:.{digits}f} {unit} ({min(self.runs):.{digits}f}–"
            f"{max(self.runs):.{digits}f})"
        )


def run_measured(
    command: Sequence[str], env: dict[str, str] | None = None
) -> tuple[float, float, str]:
    """Like ``timed_process``, with the child's own peak RSS from wait4 (not its siblings')."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=REPO
    )
    out_chunks: list[bytes] = []
    err_chunks: list[bytes] = []

    def drain(stream: Any, into: list[bytes]) -> None:
        for chunk in iter(lambda: stream.read(65536), b""):
            into.append(chunk)

    readers = [
        threading.Thread(target=drain, args=(process.stdout, out_chunks)),
        threading.Thread(target=drain, args=(process.stderr, err_chunks)),
    ]
    for reader in readers:
        reader.start()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    for reader in readers:
        reader.join()
    code = os.waitstatus_to_exitcode(status)
    stdout = b"".join(out_chunks).decode("utf-8", "replace")
    if code not in (0, 4):
        stderr = b"".join(err_chunks).decode("utf-8", "replace")
        raise RuntimeError(f"{' '.join(map(str, command[:4]))} failed ({code}): {stderr[-3000:]}")
    return elapsed, usage.ru_maxrss / 1024, stdout


def netdir_env(prefect_api: str | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("PREFECT_HOME", str(REPO / ".prefect"))
    env.pop("PREFECT_API_URL", None)  # no server unless the row started one
    if prefect_api:
        env["PREFECT_API_URL"] = prefect_api
    # As in the Makefile (also when this script runs on its own); a slow start is not a failure.
    env.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    env.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
    env.setdefault("PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW", "ignore")
    env.setdefault("DO_NOT_TRACK", "1")
    return env


def netdir_refresh(
    catalog: Path, db: Path, out: Path, *, prefect_api: str | None = None
) -> tuple[float, float, str]:
    """One ``netdir refresh`` process; ``prefect_api``: through the Prefect flow, against the
    server at that API URL."""
    command = [
        str(BIN / "netdir"), "refresh", "--catalog", str(catalog), "--db", str(db),
        "--out", str(out), "--allow-private-hosts", "--today", TODAY, "--no-progress",
    ]  # fmt: skip
    if prefect_api:
        command.append("--prefect")
    return run_measured(command, netdir_env(prefect_api))


def compile_bytecode(*environments: Path) -> None:
    """Write the .pyc files an ordinary ``pip install`` writes, for netdir and Scrapy alike.

    uv installs without them and this machine sets PYTHONDONTWRITEBYTECODE, so without this
    step every measured process compiles every module it imports from source: 4-7 CPU-s of
    ``compile()`` per ``netdir refresh`` (cProfile), which says nothing about either program.
    """
    for environment in environments:
        # compileall checks every file even when all are compiled (~10 s for both environments
        # on 2 cores, most of the bench's setup row): skipped when no .py file and no directory
        # (a file added or removed, a __pycache__ cleaned) changed since it last ran.
        key = hashlib.sha256(str(environment.resolve()).encode()).hexdigest()[:16]
        stamp = REPO / ".bench" / f"bytecode-{key}.stamp"
        if stamp.exists() and stamp.stat().st_mtime >= _newest_change(environment):
            continue
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", "-j", "0", str(environment)],
            check=False,  # a file that does not compile (test data in a package) is no reason to stop
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        stamp.parent.mkdir(parents=True, exist_ok=True)
        stamp.touch()  # after compiling: its own __pycache__ directories are older


def _newest_change(directory: Path) -> float:
    """The latest modification time of a .py file or a directory under ``directory``."""
    newest = 0.0
    pending = [str(directory)]
    while pending:
        try:
            with os.scandir(pending.pop()) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        pending.append(entry.path)
                        newest = max(newest, entry.stat(follow_symlinks=False).st_mtime)
                    elif entry.name.endswith(".py"):
                        newest = max(newest, entry.stat(follow_symlinks=False).st_mtime)
        except OSError:
            continue
    return newest


def ensure_scrapy() -> Path:
    scrapy = SCRAPY_VENV / "bin" / "scrapy"
    if not scrapy.exists():
        print("installing Scrapy into .bench/scrapy-venv (once) …", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(SCRAPY_VENV)], check=True)
        uv = BIN / "uv"
        installer = (
            [str(uv), "pip", "install", "--quiet", "--python", str(SCRAPY_VENV / "bin" / "python")]
            if uv.exists()
            else [str(SCRAPY_VENV / "bin" / "pip"), "install", "--quiet"]
        )
        subprocess.run([*installer, "scrapy"], check=True)
    return scrapy


def scrapy_crawl(
    scrapy: Path, web: GeneratedWeb, port: int, feed: Path
) -> tuple[float, float, str]:
    feed.unlink(missing_ok=True)
    command = [
        str(scrapy), "runspider", str(REPO / "tests" / "bench" / "scrapy_spider.py"),
        "-a", "start_urls=" + ",".join(start_urls(web, port)),
        "-o", f"{feed}:jsonlines",
        "-s", "CONCURRENT_REQUESTS=16", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=4",
        "-s", "DOWNLOAD_DELAY=0", "-s", "HTTPCACHE_ENABLED=False", "-s", "ROBOTSTXT_OBEY=True",
        "-s", "LOG_LEVEL=WARNING", "-s", "TELNETCONSOLE_ENABLED=False",
        "-s", "AUTOTHROTTLE_ENABLED=False",
    ]  # fmt: skip
    result = run_measured(command)
    items = sum(1 for _ in feed.open(encoding="utf-8"))
    if items != web.events:
        raise RuntimeError(f"Scrapy found {items} events, expected {web.events}")
    return result


def httpx_floor(mode: str, etags: Path, web: GeneratedWeb, port: int) -> tuple[float, float, str]:
    command = [
        str(BIN / "python"), str(REPO / "tests" / "bench" / "httpx_floor.py"), mode, str(etags),
        *start_urls(web, port),
    ]  # fmt: skip
    return run_measured(command)


def _published_generated(out: Path) -> int:
    """Offerings of the generated web in overview.json (curated entries are published too)."""
    import orjson  # netdir's own dependency: ~3x json.loads on the 5,000-page overview

    document = orjson.loads((out / "overview.json").read_bytes())
    return sum(
        any(ref["source_id"].startswith("gen-") for ref in offering["sources"])
        for offering in document["offerings"]
    )


# --- crawl rows ------------------------------------------------------------------------------


def crawl_rows(web: GeneratedWeb, scrapy: Path, scratch: Path, *, full: bool) -> dict[str, Any]:
    """First run vs Scrapy and peak RSS; with ``full`` also the bare-httpx floors and the
    unchanged re-run."""
    names = ["netdir_first", "scrapy", "netdir_rss", "scrapy_rss"]
    if full:
        names += ["netdir_rerun", "httpx_first", "httpx_conditional"]
    figures = {name: Figure() for name in names}
    published = rerun_unchanged = 0
    with serving(web) as port:
        catalog = scratch / f"catalog-{web.pages}.yaml"
        catalog.write_text(catalog_yaml(web, port), encoding="utf-8")
        for repeat in range(REPEATS):
            db, out = scratch / f"w{web.pages}-{repeat}.duckdb", scratch / f"p{web.pages}-{repeat}"
            elapsed, rss, _ = netdir_refresh(catalog, db, out)
            figures["netdir_first"].add(elapsed)
            figures["netdir_rss"].add(rss)
            published = _published_generated(out)
            if full:
                elapsed, _, stdout = netdir_refresh(catalog, db, out)
                figures["netdir_rerun"].add(elapsed)
                rerun_unchanged += "unchanged:" in stdout
            elapsed, rss, _ = scrapy_crawl(scrapy, web, port, scratch / "items.jsonl")
            figures["scrapy"].add(elapsed)
            figures["scrapy_rss"].add(rss)
            if full:
                etags = scratch / "etags.json"
                figures["httpx_first"].add(httpx_floor("first", etags, web, port)[0])
                elapsed, _, stdout = httpx_floor("conditional", etags, web, port)
                if int(stdout.strip()) != web.pages:
                    raise RuntimeError(
                        f"httpx conditional: {stdout.strip()} of {web.pages} were 304"
                    )
                figures["httpx_conditional"].add(elapsed)
            print(
                f"  {web.pages} pages, run {repeat + 1}: "
                + ", ".join(f"{k} {v.runs[-1]:.2f}" for k, v in figures.items()),
                flush=True,
            )
            shutil.rmtree(out, ignore_errors=True)
            db.unlink(missing_ok=True)
    return {
        "pages": web.pages,
        "hosts": web.hosts,
        "events": web.events,
        "published_events": published,
        **({"reruns_unchanged": f"{rerun_unchanged}/{REPEATS}"} if full else {}),
        **{name: figure.json() for name, figure in figures.items()},
    }


# --- polite mode -----------------------------------------------------------------------------


def polite_row(scratch: Path) -> dict[str, Any]:
    """Default politeness (1 s between requests to a host, 1 at a time): the bound is one
    host's requests (robots.txt + its pages) spaced by the delay. Timed inside the process
    (refresh() alone), because the bound says nothing about interpreter start-up."""
    from netdir.pipeline import RefreshOptions, refresh

    web = GeneratedWeb(hosts=20, pages_per_host=8)
    delay = 1.0  # the default politeness settings: 1 s between a host's requests, 1 at a time
    figure = Figure()
    with serving(web) as port:
        catalog = scratch / "polite.yaml"
        catalog.write_text(
            catalog_yaml(web, port, delay_seconds=delay, concurrency_per_host=1, concurrency=8),
            encoding="utf-8",
        )
        for repeat in range(REPEATS):
            options = RefreshOptions(
                catalog=catalog, db_path=scratch / f"polite-{repeat}.duckdb",
                out=scratch / f"polite-{repeat}", allow_private_hosts=True,
                today=date.fromisoformat(TODAY), include_curated=False,
            )  # fmt: skip
            started = time.perf_counter()
            refresh(options)
            figure.add(time.perf_counter() - started)
    # Each host's robots.txt and pages, one request per delay: the first of every host at 0 s,
    # the last (robots.txt + pages_per_host requests) at pages_per_host delays. The transfer
    # of that last page is not counted: the bound is a little lower than any real crawl.
    bound = web.pages_per_host * delay
    return {"hosts": web.hosts, "pages_per_host": web.pages_per_host, "bound_s": bound,
            "netdir": figure.json(), "ratio": figure.median / bound}  # fmt: skip


# --- in-process stage rows ---------------------------------------------------------------------


def best_of(function: Callable[[], object], repeats: int = REPEATS) -> Figure:
    figure = Figure()
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        figure.add(time.perf_counter() - started)
    return figure


def extraction_rows() -> dict[str, Any]:
    from selectolax.lexbor import LexborHTMLParser

    from netdir.catalog.model import Source
    from netdir.extract import extract_page
    from netdir.records import Page

    web = GeneratedWeb(hosts=1, pages_per_host=20)
    bodies = [render_page(web, 1, page, 8000) for page in range(1, 21)]
    without = [re.sub(rb'<script type="application/ld\+json">.*?</script>', b"", b) for b in bodies]
    source = Source(id="gen-01", name="x", start_urls=["http://127.0.0.1:8000/veranstaltungen/"])

    def pages(raw: list[bytes]) -> list[Page]:
        return [
            Page(
                source_id="gen-01",
                url=f"http://127.0.0.1:8000/veranstaltungen/?seite={n}",
                final_url=f"http://127.0.0.1:8000/veranstaltungen/?seite={n}",
                status=200,
                fetched_at=datetime.now(UTC),
                content_type="text/html; charset=utf-8",
                encoding="utf-8",
                body=body,
                text=body.decode("utf-8"),
            )
            for n, body in enumerate(raw, start=1)
        ]

    rows: dict[str, Any] = {}
    for label, raw in (("with_jsonld", bodies), ("without_jsonld", without)):
        page_list = pages(raw)
        records = sum(len(extract_page(page, source).records) for page in page_list)
        netdir = best_of(lambda pl=page_list: [extract_page(p, source) for p in pl])
        parse = best_of(lambda pl=page_list: [LexborHTMLParser(p.text) for p in pl])
        rows[label] = {
            "pages": len(page_list), "records": records,
            "netdir_ms_per_page": Figure([t / len(page_list) * 1000 for t in netdir.runs]).json(),
            "selectolax_ms_per_page": Figure([t / len(page_list) * 1000 for t in parse.runs]).json(),
        }  # fmt: skip
    return rows


def realpage_row(scratch: Path) -> dict[str, Any]:
    """Extraction + normalization over the real-page corpus, a fresh process per run (the
    driver of tests/bench/ab_realpages.py with this tree's ``src``)."""
    from tests.bench.ab_realpages import corpus_entries, one_run

    entries = corpus_entries()
    pages_file = scratch / "realpages.json"
    pages_file.write_text(json.dumps(entries), encoding="utf-8")
    runs = [one_run(REPO / "src", pages_file, scratch / f"real{n}.json") for n in range(REPEATS)]
    per_page = {stem: min(run["extract"][stem] for run in runs) for stem in runs[0]["extract"]}
    ordered = sorted(per_page.values())
    slowest = max(per_page, key=per_page.__getitem__)
    return {
        "pages": len(entries),
        "megabytes": sum(Path(path).stat().st_size for _, path, _, _ in entries) / 1e6,
        "netdir_ms_per_page": Figure(
            [sum(run["extract"].values()) / len(entries) * 1000 for run in runs]
        ).json(),
        "selectolax_ms_per_page": Figure(
            [sum(run["parse"].values()) / len(entries) * 1000 for run in runs]
        ).json(),
        "median_ms": statistics.median(ordered) * 1000,
        "p95_ms": ordered[int(len(ordered) * 0.95)] * 1000,
        "slowest_ms": per_page[slowest] * 1000,
        "slowest_page": slowest,
    }


def generated_records(web: GeneratedWeb) -> tuple[list[Any], dict[str, Any]]:
    from netdir.catalog.model import Source
    from netdir.records import RawRecord

    records = [
        RawRecord(
            source_id=f"gen-{e.host:02d}",
            page_url=f"http://127.0.0.{e.host}/veranstaltungen/",
            extractor="jsonld",
            title=e.title,
            url=f"http://127.0.0.{e.host}:8000/veranstaltung/{e.slug}/",
            start=f"{e.day.isoformat()}T09:30:00+01:00",
            end=f"{e.day.isoformat()}T16:00:00+01:00",
            location_text=f"Rathaus {e.town}",
            venue=f"Rathaus {e.town}",
            city=e.town,
            organizer=f"Verwaltungsnetz {e.host}",
        )
        for e in generate_events(web)
    ]
    sources = {
        f"gen-{h:02d}": Source(id=f"gen-{h:02d}", name="x", start_urls=[f"http://127.0.0.{h}/"])
        for h in range(1, web.hosts + 1)
    }
    return records, sources


def normalize_rows() -> tuple[dict[str, Any], list[Any]]:
    from netdir.normalize import normalize_all
    from tests.normalize.dedup_set import pairwise_score
    from tests.normalize.dedup_set_large import LARGE_DEDUP_SET, LARGE_DEDUP_SOURCES

    web = GeneratedWeb(hosts=20, pages_per_host=10 if QUICK else 50)
    records, sources = generated_records(web)
    labelled = [item.record for item in LARGE_DEDUP_SET]
    mixed = records + labelled
    all_sources = {**sources, **LARGE_DEDUP_SOURCES}
    today = date.fromisoformat(TODAY)
    offerings: list[Any] = []

    def run() -> None:
        offerings[:] = normalize_all(mixed, today=today, sources=all_sources)

    figure = best_of(run)
    score = pairwise_score(LARGE_DEDUP_SET, offerings)
    distinct = sum(1 for o in offerings if any(r.source_id.startswith("gen-") for r in o.sources))
    return {
        "records": len(mixed), "seconds": figure.json(),
        "records_per_s": len(mixed) / figure.median,
        "generated_events": len(records), "generated_events_kept": distinct,
        "dedup_records": len(labelled), "dedup_precision": score.precision,
        "dedup_recall": score.recall,
    }, offerings  # fmt: skip


def load_rows(offerings: list[Any], scratch: Path) -> tuple[dict[str, Any], Path]:
    import duckdb
    import pyarrow.parquet as pq

    from netdir.warehouse import RunInput, Warehouse
    from netdir.warehouse.arrow_tables import offerings_table

    figure, floor = Figure(), Figure()
    db = scratch / "load.duckdb"
    for repeat in range(REPEATS):
        db.unlink(missing_ok=True)
        with Warehouse.open(db) as warehouse:
            warehouse.migrate()
            run = RunInput(
                run_id=f"bench-{repeat}", started_at=datetime.now(UTC), finished_at=datetime.now(UTC),
                sources=[], results=[], offerings=offerings, today=date.fromisoformat(TODAY),
            )  # fmt: skip
            started = time.perf_counter()
            warehouse.load_run(run)
            figure.add(time.perf_counter() - started)
        parquet = scratch / "offerings.parquet"
        started = time.perf_counter()
        pq.write_table(offerings_table(offerings), parquet)
        con = duckdb.connect(str(scratch / "floor.duckdb"))
        con.execute(f"CREATE OR REPLACE TABLE t AS SELECT * FROM read_parquet('{parquet}')")
        con.close()
        floor.add(time.perf_counter() - started)
        (scratch / "floor.duckdb").unlink(missing_ok=True)
    return {"offerings": len(offerings), "netdir": figure.json(), "read_parquet": floor.json(),
            "ratio": figure.median / floor.median}, db  # fmt: skip


def publish_rows(db: Path, scratch: Path) -> dict[str, Any]:
    """``publish(formats=[fmt])`` per format: each includes validating overview.json once,
    which is also shown alone."""
    from netdir.publish import publish
    from netdir.publish.overview_json import overview_document
    from netdir.publish.rows import json_ready_rows
    from netdir.publish.schema import validate_overview
    from netdir.warehouse import Warehouse

    with Warehouse.open(db) as warehouse:
        rows = warehouse.overview_rows()
        document = overview_document(json_ready_rows(rows), datetime.now(UTC))
        today = date.fromisoformat(TODAY)
        result: dict[str, Any] = {"offerings": len(rows)}
        result["validate"] = best_of(lambda: validate_overview(document)).json()
        for fmt in ("json", "ndjson", "csv", "parquet", "ics", "html", "duckdb"):
            out = scratch / f"publish-{fmt}"
            result[fmt] = best_of(
                lambda fmt=fmt, out=out: publish(
                    rows, out, formats=[fmt], today=today, snapshot=warehouse.export_marts
                )
            ).json()
    return result


#: The bench's own Prefect server keeps its database here between benches (a fresh one
#: takes ~16 s longer to start: migrations).
PREFECT_SERVER_HOME = REPO / ".bench" / "prefect-home"


@contextmanager
def prefect_server(log: Path) -> Iterator[tuple[str, float]]:
    """A real ``prefect server start`` on a free port for the Prefect row; yields its API URL and
    how long it took to answer /api/health. Stopped (its whole process group) on leaving."""
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    env = netdir_env()
    env["PREFECT_HOME"] = str(PREFECT_SERVER_HOME)
    PREFECT_SERVER_HOME.mkdir(parents=True, exist_ok=True)
    api = f"http://127.0.0.1:{port}/api"
    started = time.perf_counter()
    with log.open("wb") as output:
        server = subprocess.Popen(
            [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
            stdout=output, stderr=subprocess.STDOUT, env=env, cwd=REPO, start_new_session=True,
        )  # fmt: skip
    try:
        while True:
            if server.poll() is not None:
                raise RuntimeError(f"prefect server start exited ({server.returncode}): see {log}")
            if time.perf_counter() - started > 180:
                raise RuntimeError(f"the Prefect server did not answer within 180 s: see {log}")
            try:
                with urllib.request.urlopen(f"{api}/health", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                pass
            time.sleep(0.25)
        yield api, time.perf_counter() - started
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def prefect_row(scratch: Path) -> dict[str, Any]:
    """The same refresh directly and through the Prefect flow against a running Prefect server
    (how a deployment runs it): Prefect's cost per run. The server starts once for the row and
    its start-up is reported on its own; without a server each ``--prefect`` run would start a
    temporary one (~20 s, see the stack notes), which measures the server's start, not the flow."""
    web = GeneratedWeb(hosts=4, pages_per_host=5)
    direct, through = Figure(), Figure()
    with serving(web) as port:
        catalog = scratch / "prefect.yaml"
        catalog.write_text(catalog_yaml(web, port), encoding="utf-8")
        # The direct runs first, before the server starts: its background services would take
        # some CPU from them.
        for repeat in range(REPEATS):
            db, out = scratch / f"pf-{repeat}-direct.duckdb", scratch / f"pf-{repeat}-direct"
            direct.add(netdir_refresh(catalog, db, out)[0])
        with prefect_server(scratch / "prefect-server.log") as (api, start):
            for repeat in range(REPEATS):
                db, out = scratch / f"pf-{repeat}-prefect.duckdb", scratch / f"pf-{repeat}-prefect"
                through.add(netdir_refresh(catalog, db, out, prefect_api=api)[0])
    return {"pages": web.pages, "direct": direct.json(), "prefect": through.json(),
            "server_start_s": start, "ratio": through.median / direct.median}  # fmt: skip


# --- report --------------------------------------------------------------------------------------


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}, load average {load:.1f} at the start"
    )


def cpu_ticks() -> tuple[int, int] | None:
    """(all, steal) clock ticks of every CPU since boot, from /proc/stat's ``cpu`` line; None
    where there is none (not Linux)."""
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            fields = stat.readline().split()
    except OSError:
        return None
    if len(fields) < 9 or fields[0] != "cpu":
        return None
    # user nice system idle iowait irq softirq steal; guest time is counted in user already.
    ticks = [int(value) for value in fields[1:9]]
    return sum(ticks), ticks[7]


def steal_share(before: tuple[int, int] | None, after: tuple[int, int] | None) -> float | None:
    """The share of the CPU time between two ``cpu_ticks`` that the hypervisor gave to other
    guests (steal): on a contended host every timing in between is that much slower."""
    if before is None or after is None or after[0] <= before[0]:
        return None
    return (after[1] - before[1]) / (after[0] - before[0])


def steal_text(results: dict[str, Any]) -> str:
    """The machine line's CPU steal: over the whole bench and in the row that lost most."""
    steal = results.get("steal") or {}
    if steal.get("bench") is None:
        return ""
    rows = {name: share for name, share in steal.get("rows", {}).items() if share is not None}
    worst = max(rows, key=rows.__getitem__, default=None)
    return f", CPU steal {steal['bench']:.1%} over the bench" + (
        f" ({worst}: {rows[worst]:.1%})" if worst is not None else ""
    )


def _f(data: dict[str, Any], unit: str = "s", digits: int = 2) -> str:
    return Figure(list(data["runs"])).text(unit, digits)


def table(results: dict[str, Any]) -> str:
    lines = [
        f"Measured {results['finished_at']} on {results['machine']}{steal_text(results)}; "
        "median of "
        f"{results['repeats']} runs (min–max). Command: `{results['command']}` "
        f"({results['bench_seconds'] / 60:.1f} minutes in all).",
        "",
        "| row | netdir | alternative | ratio |",
        "|---|---|---|---|",
    ]
    for crawl in results["crawl"]:
        n = crawl["pages"]
        first, scrapy = crawl["netdir_first"], crawl["scrapy"]
        floor = crawl.get("httpx_first")
        lines.append(
            f"| first run, {n:,} pages / {crawl['hosts']} hosts / {crawl['events']:,} events "
            f"(whole `netdir refresh`) | {_f(first)} | Scrapy {_f(scrapy)}"
            + (f"; bare httpx {_f(floor)}" if floor else "")
            + f" | {scrapy['median'] / first['median']:.2f}× Scrapy's speed"
            + (f"; {first['median'] / floor['median']:.1f}× httpx's time |" if floor else " |")
        )
        if "netdir_rerun" in crawl:
            lines.append(
                f"| unchanged re-run, {n:,} pages (all 304, reported 'unchanged' "
                f"{crawl['reruns_unchanged']}) | {_f(crawl['netdir_rerun'])} | httpx conditional "
                f"GETs {_f(crawl['httpx_conditional'])} | "
                f"{crawl['netdir_rerun']['median'] / crawl['httpx_conditional']['median']:.2f}× "
                "the floor |"
            )
        lines.append(
            f"| peak RSS, {n:,} pages | {_f(crawl['netdir_rss'], 'MB', 0)} | Scrapy "
            f"{_f(crawl['scrapy_rss'], 'MB', 0)} | — |"
        )
        lines.append(
            f"| distinct generated events published, {n:,} pages | "
            f"{crawl['published_events']:,} of {crawl['events']:,} | — | — |"
        )
    if len(results["crawl"]) == 2:
        small, large = results["crawl"]
        lines.append(
            f"| memory growth {small['pages']:,} → {large['pages']:,} pages | "
            f"{large['netdir_rss']['median'] / small['netdir_rss']['median']:.2f}× | Scrapy "
            f"{large['scrapy_rss']['median'] / small['scrapy_rss']['median']:.2f}× | target ≤ 1.3× |"
        )
    polite = results["polite"]
    lines.append(
        f"| polite (delay 1 s, 1 per host), {polite['hosts']} hosts × {polite['pages_per_host']} "
        f"pages | {_f(polite['netdir'])} | bound {polite['bound_s']:.0f} s | "
        f"{polite['ratio']:.2f}× the bound |"
    )
    for label, row in results["extract"].items():
        lines.append(
            f"| extraction, page {label.replace('_', ' ')} ({row['records']} records / "
            f"{row['pages']} pages) | {_f(row['netdir_ms_per_page'], 'ms', 1)} | selectolax "
            f"parse only {_f(row['selectolax_ms_per_page'], 'ms', 2)} | "
            f"{row['netdir_ms_per_page']['median'] / row['selectolax_ms_per_page']['median']:.1f}× |"
        )
    if "realpages" in results:
        real = results["realpages"]
        lines.append(
            f"| extraction + normalization, real-page corpus ({real['pages']:,} saved pages, "
            f"{real['megabytes']:.1f} MB; CPU per page) | {_f(real['netdir_ms_per_page'], 'ms', 1)}"
            f" mean; median {real['median_ms']:.0f} ms, p95 {real['p95_ms']:.0f} ms, slowest "
            f"{real['slowest_ms']:.0f} ms ({real['slowest_page']}) | selectolax parse only "
            f"{_f(real['selectolax_ms_per_page'], 'ms', 2)} | "
            f"{real['netdir_ms_per_page']['median'] / real['selectolax_ms_per_page']['median']:.0f}× |"
        )
    norm = results["normalize"]
    lines.append(
        f"| normalize + merge, {norm['records']:,} records | {_f(norm['seconds'])} "
        f"({norm['records_per_s']:,.0f} records/s); {norm['generated_events_kept']:,} of "
        f"{norm['generated_events']:,} distinct events kept; dedup set of "
        f"{norm['dedup_records']} records: precision {norm['dedup_precision']:.2f}, recall "
        f"{norm['dedup_recall']:.2f} | — | — |"
    )
    load = results["load"]
    lines.append(
        f"| warehouse load, {load['offerings']:,} offerings | {_f(load['netdir'])} | DuckDB "
        f"read_parquet (incl. writing it) {_f(load['read_parquet'])} | {load['ratio']:.1f}× |"
    )
    publish = results["publish"]
    formats = ", ".join(
        f"{fmt} {publish[fmt]['median']:.2f}" for fmt in
        ("validate", "json", "ndjson", "csv", "parquet", "ics", "html", "duckdb")
    )  # fmt: skip
    lines.append(
        f"| publish, {publish['offerings']:,} offerings, s per format | {formats} | — | — |"
    )
    prefect = results["prefect"]
    if "error" in prefect:
        lines.append("| end to end, Prefect vs direct | failed: see results.json | — | — |")
    else:
        lines.append(
            f"| end to end, {prefect['pages']} pages | direct {_f(prefect['direct'])} | through "
            f"Prefect, server running {_f(prefect['prefect'])} (its start, once: "
            f"{prefect['server_start_s']:.1f} s) | Prefect {prefect['ratio']:.1f}× |"
        )
    return "\n".join([*lines, "", row_times(results)]) + "\n"


def row_times(results: dict[str, Any]) -> str:
    """Where the bench's own time went, row by row (wall-clock seconds, setup included)."""
    steal = (results.get("steal") or {}).get("rows", {})
    parts = ", ".join(
        f"{name} {seconds:.0f} s"
        + (f" (steal {steal[name]:.1%})" if steal.get(name) is not None else "")
        for name, seconds in results["row_seconds"].items()
    )
    return f"Bench time by row: {parts}; {results['bench_seconds']:.0f} s in all."


def update_readme(markdown: str) -> None:
    text = README.read_text(encoding="utf-8")
    start, end = "<!-- bench:start -->", "<!-- bench:end -->"
    if start in text and end in text:
        before, _, rest = text.partition(start)
        _, _, after = rest.partition(end)
        README.write_text(f"{before}{start}\n{markdown}{end}{after}", encoding="utf-8")


class RowClock:
    """Wall-clock seconds of each part of the bench, printed as it ends, so the 10-minute
    budget is visible while it runs and in the results."""

    def __init__(self, results: dict[str, Any], began: float) -> None:
        self.seconds: dict[str, float] = results.setdefault("row_seconds", {})
        self.steal: dict[str, Any] = results.setdefault("steal", {"bench": None, "rows": {}})
        self.began = began
        self.ticks_at_start = cpu_ticks()

    @contextmanager
    def row(self, name: str) -> Iterator[None]:
        print(f"== {name}", flush=True)
        started = time.perf_counter()
        ticks = cpu_ticks()
        try:
            yield
        finally:
            self.seconds[name] = time.perf_counter() - started
            share = self.steal["rows"][name] = steal_share(ticks, cpu_ticks())
            print(
                f"   {name}: {self.seconds[name]:.1f} s (bench so far "
                f"{time.perf_counter() - self.began:.0f} s of {BUDGET_SECONDS}; load "
                f"{os.getloadavg()[0]:.1f}"
                + (f"; CPU steal {share:.1%}" if share is not None else "")
                + ")",
                flush=True,
            )

    def finish(self) -> None:
        """The steal share over the whole bench (into the results)."""
        self.steal["bench"] = steal_share(self.ticks_at_start, cpu_ticks())


def main() -> None:
    began = time.perf_counter()
    arguments = " ".join(sys.argv[1:])
    command = f".venv/bin/python tests/bench/run.py {arguments}" if arguments else "make bench"
    results: dict[str, Any] = {
        "machine": machine(), "repeats": REPEATS, "quick": QUICK, "command": command,
    }  # fmt: skip
    clock = RowClock(results, began)
    with clock.row("setup (Scrapy's environment, bytecode)"):
        scrapy = ensure_scrapy()
        compile_bytecode(REPO / "src", Path(sys.prefix), SCRAPY_VENV)
    sizes = [GeneratedWeb(20, max(1, pages // 20)) for pages in SIZES]
    with tempfile.TemporaryDirectory(prefix="netdir-bench-") as name:
        scratch = Path(name)
        results["crawl"] = []
        smallest = min(web.pages for web in sizes)
        for web in sizes:
            with clock.row(f"crawl {web.pages} pages"):
                full = web.pages == smallest
                results["crawl"].append(crawl_rows(web, scrapy, scratch, full=full))
        with clock.row("polite mode"):
            results["polite"] = polite_row(scratch)
        with clock.row("extraction"):
            results["extract"] = extraction_rows()
        with clock.row("real-page corpus"):
            results["realpages"] = realpage_row(scratch)
        with clock.row("normalize + merge"):
            results["normalize"], offerings = normalize_rows()
        with clock.row("warehouse load"):
            results["load"], db = load_rows(offerings, scratch)
        with clock.row("publish"):
            results["publish"] = publish_rows(db, scratch)
        with clock.row("Prefect vs direct"):
            try:
                results["prefect"] = prefect_row(scratch)
            except RuntimeError as exc:  # reported in the table, the other rows still count
                results["prefect"] = {"error": str(exc)[-300:]}
    clock.finish()
    results["finished_at"] = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    results["bench_seconds"] = time.perf_counter() - began
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    markdown = table(results)
    TABLE.write_text(markdown, encoding="utf-8")
    if not QUICK:
        update_readme(markdown)
    print(markdown)
    print(f"bench took {results['bench_seconds']:.0f} s; wrote {RESULTS} and {TABLE}")
    if results["bench_seconds"] > BUDGET_SECONDS and not QUICK:
        print(
            f"over the {BUDGET_SECONDS // 60}-minute budget of issue #12 "
            f"({row_times(results)}): was the machine busy ({machine()})? Fewer runs are no "
            "way out (each figure needs 3)."
        )


if __name__ == "__main__":
    main()
