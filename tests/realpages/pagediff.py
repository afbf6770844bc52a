"""Compare two checkouts of netdir on the real-page corpus, page by page and measure by measure.

    python tests/realpages/pagediff.py dump OUT.json        # every page's score with this netdir
    python tests/realpages/pagediff.py compare BEFORE.json AFTER.json

Run ``dump`` with ``PYTHONPATH=<checkout>/src:.`` to measure another checkout. ``compare`` names
each page that got better or worse (items found, titles, times and places right, precision),
the pages only one side has, and both sides' totals — the check behind "0 pages worse" in the
held-out log. ``make eval`` gives the totals alone.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

MEASURES = ("found", "title_right", "time_right", "place_right")


def dump(out: Path) -> int:
    from tests.realpages.evaluate import page_scores

    scores = [asdict(score) for score in page_scores()]
    out.write_text(json.dumps(scores, indent=0, ensure_ascii=False), encoding="utf-8")
    print(f"{len(scores)} pages -> {out}", file=sys.stderr)
    return 0


def _load(path: Path) -> dict[str, dict[str, Any]]:
    return {score["page"]: score for score in json.loads(path.read_text(encoding="utf-8"))}


def _precision(score: dict[str, Any]) -> float:
    return score["found"] / score["records"] if score["records"] else 1.0


def page_changes(old: dict[str, Any], new: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(gains, losses) of one page between two dumps."""
    gains = [f"{m} {old[m]}->{new[m]}" for m in MEASURES if new[m] > old[m]]
    losses = [f"{m} {old[m]}->{new[m]}" for m in MEASURES if new[m] < old[m]]
    if new["records"] != old["records"]:
        note = f"records {old['records']}->{new['records']}"
        (losses if _precision(new) < _precision(old) else gains).append(note)
    if new.get("error") and not old.get("error"):
        losses.append(f"error {new['error']}")
    return gains, losses


def _totals(label: str, pages: dict[str, dict[str, Any]]) -> str:
    items = sum(page["items"] for page in pages.values())
    records = sum(page["records"] for page in pages.values())
    found = sum(page["found"] for page in pages.values())
    return (
        f"{label}: {len(pages)} pages, {items} items, found {found} = {found / max(items, 1):.1%}, "
        f"precision {found}/{records} = {found / max(records, 1):.1%}"
    )


def compare(before_path: Path, after_path: Path) -> int:
    before, after = _load(before_path), _load(after_path)
    better = worse = changed = 0
    for page in sorted(set(before) & set(after)):
        old, new = before[page], after[page]
        gains, losses = page_changes(old, new)
        if losses:
            worse += 1
            also = f" (also {', '.join(gains)})" if gains else ""
            print(f"WORSE  {page}: {', '.join(losses)}{also}")
        elif gains:
            better += 1
            print(f"BETTER {page}: {', '.join(gains)}")
        elif sorted(new["missed"] + new["extra"]) != sorted(old["missed"] + old["extra"]):
            changed += 1
            print(f"CHANGED {page} (same counts, other missed or extra lines)")
    new_pages = sorted(set(after) - set(before))
    gone = sorted(set(before) - set(after))
    if gone:
        print(f"GONE {len(gone)}: {' '.join(gone)}")
    print(_totals("before", before))
    print(_totals("after", after))
    print(f"{better} better, {worse} worse, {changed} changed, {len(new_pages)} new")
    return 1 if worse else 0


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "dump":
        return dump(Path(argv[1]))
    if len(argv) == 3 and argv[0] == "compare":
        return compare(Path(argv[1]), Path(argv[2]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
