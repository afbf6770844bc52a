"""A/B of a first ``netdir refresh`` on the generated web: two source trees, alternating pairs.

Run: ``.venv/bin/python tests/bench/ab_first_run.py A_SRC B_SRC [--pages 1000] [--pairs 4]``
(``A_SRC``/``B_SRC``: the ``src`` directories of two checkouts, e.g. a detached worktree of main
and a branch). Each pair runs A then B, the next pair B then A, so a busy moment of a shared
machine hits both alike. Prints each run's wall time and CPU seconds (the refresh and every
process it waited for: extraction workers, the normalizer, publish's render process) and the
medians. Both trees' ``.pyc`` files are written first, as ``make bench`` does.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.bench.genweb import GeneratedWeb, catalog_yaml, serving  # noqa: E402

BIN = Path(sys.executable).parent
TODAY = "2026-11-30"


def one_run(src: Path, catalog: Path, scratch: Path) -> tuple[float, float, float]:
    """Wall and CPU seconds and peak RSS (MB, as ``make bench`` takes it) of one first run
    with ``src`` on the module path."""
    db, out = scratch / "w.duckdb", scratch / "out"
    env = dict(os.environ, PYTHONPATH=str(src))
    command = [
        str(BIN / "netdir"), "refresh", "--catalog", str(catalog), "--db", str(db),
        "--out", str(out), "--allow-private-hosts", "--today", TODAY, "--no-progress",
    ]  # fmt: skip
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=REPO
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 4):
        assert process.stderr is not None
        raise RuntimeError(f"{src}: exit {code}: {process.stderr.read().decode()[-2000:]}")
    shutil.rmtree(out, ignore_errors=True)
    for leftover in scratch.glob("w.duckdb*"):
        leftover.unlink()
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("a", type=Path)
    parser.add_argument("b", type=Path)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--pairs", type=int, default=4)
    args = parser.parse_args()
    for src in (args.a, args.b):
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", "-j", "0", str(src)],
            check=False,
            stdout=subprocess.DEVNULL,
        )
    web = GeneratedWeb(20, max(1, args.pages // 20))
    runs: dict[str, list[tuple[float, float, float]]] = {"A": [], "B": []}
    with tempfile.TemporaryDirectory(prefix="netdir-ab-") as name, serving(web) as port:
        scratch = Path(name)
        catalog = scratch / "catalog.yaml"
        catalog.write_text(catalog_yaml(web, port), encoding="utf-8")
        one_run(args.a, catalog, scratch)  # warm the page cache and the server
        for pair in range(args.pairs):
            order = ("A", "B") if pair % 2 == 0 else ("B", "A")
            for label in order:
                src = args.a if label == "A" else args.b
                runs[label].append(one_run(src, catalog, scratch))
            print(
                f"pair {pair + 1}: "
                + ", ".join(
                    f"{label} {runs[label][-1][0]:.2f} s / {runs[label][-1][1]:.2f} CPU-s / "
                    f"{runs[label][-1][2]:.0f} MB"
                    for label in ("A", "B")
                ),
                f"(load {os.getloadavg()[0]:.1f})",
                flush=True,
            )
    for label, src in (("A", args.a), ("B", args.b)):
        walls, cpus, rss = (list(column) for column in zip(*runs[label], strict=True))
        print(
            f"{label} {src}: wall median {statistics.median(walls):.2f} s "
            f"({min(walls):.2f}-{max(walls):.2f}), CPU median {statistics.median(cpus):.2f} s "
            f"({min(cpus):.2f}-{max(cpus):.2f}), peak RSS median {statistics.median(rss):.0f} MB"
        )


if __name__ == "__main__":
    main()
