"""Score the held-out date rounds one by one: ``PYTHONPATH=src:. python -m
tests.normalize.heldout_rounds [FIRST [LAST]] [-v]`` prints each round's right/total from FIRST
(default 1), the pooled sum, and with ``-v`` every miss — to compare two checkouts round by round
(no round may lose a string it had)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from tests.normalize.test_heldout_dates import HELDOUT_FILE, load_heldout, score


def round_files() -> dict[int, Path]:
    """Each round's file by its number; round 1 is the first held-out set."""
    rounds = {1: HELDOUT_FILE}
    for path in HELDOUT_FILE.parent.glob("date_strings_heldout_round*.yaml"):
        number = re.search(r"round(\d+)", path.name)
        if number:
            rounds[int(number.group(1))] = path
    return rounds


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    bounds = [int(arg) for arg in argv if arg != "-v"]
    first = bounds[0] if bounds else 1
    last = bounds[1] if len(bounds) > 1 else sys.maxsize
    rounds = round_files()
    right_all = total_all = 0
    for number in sorted(n for n in rounds if first <= n <= last):
        cases = load_heldout(rounds[number])
        results = [(case, *score(case)) for case in cases]
        right = sum(ok for _, ok, _ in results)
        right_all, total_all = right_all + right, total_all + len(cases)
        print(f"round {number}: {right}/{len(cases)} = {right / len(cases):.1%}")
        for case, ok, got in results if verbose else ():
            if not ok:
                wanted, read = f"{case.start}..{case.end}", f"{got.get('start')}..{got.get('end')}"
                print(f"   MISS {case.text!r} want {wanted} got {read}")
    shown_last = min(last, max(rounds))
    rate = right_all / max(total_all, 1)
    print(f"rounds {first}-{shown_last}: {right_all}/{total_all} = {rate:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
