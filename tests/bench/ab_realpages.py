"""A/B of extraction + normalization time on the real-page corpus: two source trees, alternating.

Run: ``.venv/bin/python tests/bench/ab_realpages.py A_SRC B_SRC [--pairs 2] [--top 12]``
(``A_SRC``/``B_SRC``: the ``src`` directories of two checkouts, e.g. a detached worktree of an
older main and the current one). Every page of ``tests/realpages`` is read as ``netdir inspect``
reads a saved file, extracted and each record normalized; the CPU seconds of that per page are
what counts (CPU, not wall time, so the other processes of a shared machine weigh less). Each
pair runs A then B, the next pair B then A; a page's time is its fastest run per tree.

The synthetic listing pages of ``bench_extract.py`` say how fast the detector is on one large
regular page; this says what the readers added session after session cost on pages as they
really are, and which pages got slower between the two trees.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.realpages.corpus import load_corpus  # noqa: E402

# Runs inside the measured tree's interpreter: only that tree's netdir is importable there.
_DRIVER = """
import json, sys, time
from datetime import date
from pathlib import Path
from selectolax.lexbor import LexborHTMLParser
from netdir.cli.inspect_cmd import _file_page
from netdir.extract import extract_page
from netdir.normalize import normalize_record

def read(path, base_url, day):
    page = _file_page(Path(path), base_url, None, day)
    for raw in extract_page(page, None).records:
        normalize_record(raw, today=day, source=None)
    return page

pages = json.loads(Path(sys.argv[1]).read_text())
# (the first page would pay for loading the gazetteer and compiling the patterns)
read(pages[0][1], pages[0][2], date.fromisoformat(pages[0][3]))
seconds, parse = {}, {}
for stem, path, base_url, today in pages:
    started = time.process_time()
    page = read(path, base_url, date.fromisoformat(today))
    seconds[stem] = time.process_time() - started
    started = time.process_time()
    LexborHTMLParser(page.text).body
    parse[stem] = time.process_time() - started
Path(sys.argv[2]).write_text(json.dumps({"extract": seconds, "parse": parse}))
"""


def one_run(src: Path, pages_file: Path, out: Path) -> dict[str, dict[str, float]]:
    """CPU seconds per page stem of one pass over the corpus with ``src`` on the module path:
    ``extract`` (reading the file, extraction, normalization) and ``parse`` (a bare selectolax
    parse of the same text, the floor)."""
    env = dict(os.environ, PYTHONPATH=str(src))
    subprocess.run(
        [sys.executable, "-c", _DRIVER, str(pages_file), str(out)],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=REPO,
    )
    seconds: dict[str, dict[str, float]] = json.loads(out.read_text())
    return seconds


def corpus_entries() -> list[tuple[str, str, str, str]]:
    """(stem, file, base URL, saved day) of every corpus page, as the driver reads them."""
    return [
        (truth.page_id, str(truth.page), truth.base_url, str(truth.today))
        for truth in load_corpus()
    ]


def fastest(runs: list[dict[str, float]]) -> dict[str, float]:
    return {stem: min(run[stem] for run in runs) for stem in runs[0]}


def summary(label: str, seconds: dict[str, float]) -> str:
    values = sorted(seconds.values())
    p95 = values[int(len(values) * 0.95)]
    return (
        f"{label}: {sum(values):6.1f} s CPU for {len(values)} pages; median "
        f"{statistics.median(values) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, "
        f"slowest {values[-1] * 1000:.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("a", type=Path)
    parser.add_argument("b", type=Path)
    parser.add_argument("--pairs", type=int, default=2)
    parser.add_argument("--top", type=int, default=12)
    args = parser.parse_args()
    for src in (args.a, args.b):
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", "-j", "0", str(src)],
            check=False,
            stdout=subprocess.DEVNULL,
        )
    corpus = corpus_entries()
    runs: dict[str, list[dict[str, float]]] = {"A": [], "B": []}
    with tempfile.TemporaryDirectory(prefix="netdir-ab-real-") as name:
        scratch = Path(name)
        pages_file = scratch / "pages.json"
        pages_file.write_text(json.dumps(corpus))
        for pair in range(args.pairs):
            order = ("A", "B") if pair % 2 == 0 else ("B", "A")
            for label in order:
                src = args.a if label == "A" else args.b
                runs[label].append(
                    one_run(src, pages_file, scratch / f"{label}{pair}.json")["extract"]
                )
                total = sum(runs[label][-1].values())
                print(f"pair {pair + 1} {label}: {total:.1f} s CPU", flush=True)
    a, b = fastest(runs["A"]), fastest(runs["B"])
    print(summary(f"A {args.a}", a))
    print(summary(f"B {args.b}", b))
    print(f"B / A: {sum(b.values()) / sum(a.values()):.2f}× the CPU time")
    print("\nslowest pages in B (ms, A → B):")
    for stem in sorted(b, key=b.__getitem__, reverse=True)[: args.top]:
        print(f"  {stem:70} {a.get(stem, 0) * 1000:7.0f} → {b[stem] * 1000:7.0f}")
    grown = [s for s in b if s in a and b[s] - a[s] > 0.02 and b[s] > 1.5 * a[s]]
    print(f"\npages at least 1.5× and 20 ms slower in B: {len(grown)}")
    for stem in sorted(grown, key=lambda s: b[s] - a[s], reverse=True)[: args.top]:
        print(f"  {stem:70} {a[stem] * 1000:7.0f} → {b[stem] * 1000:7.0f}")


if __name__ == "__main__":
    main()
