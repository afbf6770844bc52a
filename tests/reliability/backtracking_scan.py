"""Find patterns that backtrack exponentially: every compiled pattern of netdir against runs of
hostile text.

Run: ``.venv/bin/python tests/reliability/backtracking_scan.py [--length 18] [--limit 0.1]``
(~2 CPU-minutes). Each module-level pattern (``re`` or ``lazy_re``) is searched, matched and
fullmatched against short repeated runs (``"a b, " * n``, ``"1:" * n``, …) that end where no
pattern wants them to. A pattern whose parts can take the same characters two ways needs 2^n
steps for such a run: at length 18 that is tenths of a second where every sound pattern takes
microseconds, so the scan names it with the run that showed it. What it finds gets a test in
tests/reliability/test_pattern_backtracking.py with its fix.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import time

import netdir
from netdir import lazy_re

RUNS = (
    "a", "ab ", "aa-", "1", " ", "a.", "Aa ", "12. ", "a, ", "A", "aA", "1 ", "1.", "1:", "a-",
    "a ", "ä", "Ab. ", "1.1. ", "a/", "(a ", "„a ", "Mo ", "März ", "am ", "und ", "10 ",
    "10:00 ", "a\n", "a b, ", "Aa Bb ", "a.b ", "-", "a'", "1-", "01.01. ",
)  # fmt: skip


def patterns() -> dict[str, re.Pattern[str]]:
    """Every module-level text pattern of netdir, by ``module.NAME``."""
    found: dict[str, re.Pattern[str]] = {}
    seen: set[tuple[str, int]] = set()
    for info in pkgutil.walk_packages(netdir.__path__, "netdir."):
        try:
            module = importlib.import_module(info.name)
        except Exception:  # (optional stages, a browser or Prefect, may not import)
            continue
        for name, value in vars(module).items():
            if isinstance(value, lazy_re._Compiled):
                source, flags = value._source
            elif isinstance(value, re.Pattern):
                source, flags = value.pattern, value.flags
            else:
                continue
            # (a pattern imported by many modules is scanned once, under its first name)
            if isinstance(source, str) and (source, flags) not in seen:
                seen.add((source, flags))
                found[f"{info.name}.{name}"] = re.compile(source, flags)
    return found


def slowest(pattern: re.Pattern[str], length: int) -> tuple[float, str]:
    """The longest single call on any hostile run, and the run."""
    worst, shown = 0.0, ""
    for run in RUNS:
        text = run * length + "!"
        for call in (pattern.search, pattern.match, pattern.fullmatch):
            # (CPU time: a busy machine's waits are no backtracking)
            started = time.process_time()
            call(text)
            seconds = time.process_time() - started
            if seconds > worst:
                worst, shown = seconds, text
    return worst, shown


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--length", type=int, default=18, help="repeats of each run")
    parser.add_argument("--limit", type=float, default=0.1, help="CPU seconds that count as slow")
    args = parser.parse_args()
    found = patterns()
    slow = 0
    for number, (name, pattern) in enumerate(sorted(found.items()), start=1):
        seconds, text = slowest(pattern, args.length)
        if seconds > args.limit:
            slow += 1
            print(f"SLOW {seconds:.2f} s  {name}  on {text[:40]!r}…", flush=True)
        if number % 200 == 0:
            print(f"… {number} of {len(found)} patterns", flush=True)
    print(f"{slow} of {len(found)} patterns took over {args.limit} CPU-s on a hostile run")


if __name__ == "__main__":
    main()
