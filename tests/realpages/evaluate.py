"""Score netdir's extraction on the real-page corpus: ``make eval``.

Each page is read exactly as a user reads it — ``netdir inspect PAGE --base-url URL --today DAY
--json``, run in this process through the CLI's own ``main`` — and its records are matched to
the page's truth items. An item counts as found when a record has its start day and most of its
title words (more than half of the significant words); records and items pair one to one, so a
duplicate record is a false positive. Reported per page, per family and overall:

- recall: truth items found / truth items; precision: records matched / records;
- title: matched records whose title is the item's title (word sets ≥ 80 % alike);
- time: matched items with a stated start time whose record has that wall-clock time;
- place: matched items with a place whose record's location names most of its words;
- dates: ``netdir parse when`` on the real date strings of ``dates.yaml``, start, end and
  all_day all right.

``--save-baseline FILE`` keeps the numbers as JSON; ``--baseline FILE`` shows them as the
"before" column. ``--netdir-src DIR`` scores another checkout's ``src`` (e.g. an older main).
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

try:  # imported by the tests as tests.realpages.evaluate
    from .corpus import CORPUS_DIR, DateCase, Item, Truth, load_corpus, load_dates
except ImportError:  # run as a script: `python tests/realpages/evaluate.py`
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from corpus import CORPUS_DIR, DateCase, Item, Truth, load_corpus, load_dates  # type: ignore[no-redef]

REPO = CORPUS_DIR.parent.parent
RESULTS_FILE = CORPUS_DIR / "RESULTS.md"
BASELINE_FILE = CORPUS_DIR / "baseline.json"
README_START = "<!-- realpages-eval:start -->"
README_END = "<!-- realpages-eval:end -->"

# Words that say nothing about which event is meant; they do not count towards "most words".
_STOPWORDS = frozenset(
    {
        "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "und", "oder",
        "im", "in", "am", "an", "auf", "zu", "zur", "zum", "für", "fur", "von", "vom", "mit", "bei",
        "the", "of", "and", "a", "on", "at", "for", "to", "with", "by",
    }
)  # fmt: skip
_WORD = re.compile(r"\w+")
TITLE_MATCH = 0.5  # an item is found when more than half of its title words are in the record's
TITLE_SAME = 0.8  # a title is right when the word sets are this alike (Jaccard)


def words(text: str | None) -> list[str]:
    if not text:
        return []
    folded = unicodedata.normalize("NFKC", text).casefold().replace("ß", "ss")
    return _WORD.findall(folded)


def significant(text: str | None) -> set[str]:
    all_words = words(text)
    kept = {w for w in all_words if w not in _STOPWORDS}
    return kept or set(all_words)


def overlap(truth: str | None, found: str | None) -> float:
    """Share of the truth text's significant words that the found text has."""
    wanted = significant(truth)
    if not wanted:
        return 0.0
    return len(wanted & set(words(found))) / len(wanted)


def title_words(text: str | None) -> set[str]:
    """Significant words without numbers: a title that repeats its date is still the title."""
    return {w for w in significant(text) if not w.isdigit()}


def jaccard(a: str | None, b: str | None) -> float:
    left, right = title_words(a), title_words(b)
    if not left and not right:
        return 1.0
    return len(left & right) / len(left | right)


def wall_time(iso: str | None) -> str | None:
    """``2026-07-02T17:00:00+02:00`` → ``2026-07-02T17:00``: the time as the page states it."""
    if not iso:
        return None
    if len(iso) >= 16 and iso[10] == "T":
        return iso[:16]
    return iso[:10]


@dataclass(slots=True)
class PageScore:
    page: str
    family: str
    kind: str
    language: str
    items: int = 0
    records: int = 0
    found: int = 0
    title_right: int = 0
    timed: int = 0
    time_right: int = 0
    placed: int = 0
    place_right: int = 0
    error: str | None = None
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)


def inspect_records(truth: Truth) -> tuple[list[dict[str, Any]], str | None]:
    """The records ``netdir inspect --json`` prints for the page (and its error text, if any)."""
    from netdir.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    argv = [
        "inspect",
        str(truth.page),
        "--base-url",
        truth.base_url,
        "--today",
        truth.today.isoformat(),
        "--json",
    ]
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = main(argv)
    except Exception as exc:  # a crash on one page is a result, not the end
        return [], f"crashed: {type(exc).__name__}: {exc}"
    records = [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]
    problem = None if code in (0, 1) else f"exit {code}: {err.getvalue().strip()[:200]}"
    return records, problem


def _location_text(record: dict[str, Any]) -> str:
    return " ".join(str(record.get(key) or "") for key in ("location", "city"))


def match(items: Sequence[Item], records: Sequence[dict[str, Any]]) -> list[tuple[int, int]]:
    """Pairs (item index, record index), one to one, best title overlap first."""
    candidates = []
    for i, item in enumerate(items):
        for r, record in enumerate(records):
            start = record.get("start")
            if not start or str(start)[:10] != item.start[:10]:
                continue
            score = overlap(item.title, record.get("title"))
            if score > TITLE_MATCH:
                candidates.append((score, -i, -r, i, r))
    pairs, used_items, used_records = [], set(), set()
    for _score, _ni, _nr, i, r in sorted(candidates, reverse=True):
        if i not in used_items and r not in used_records:
            pairs.append((i, r))
            used_items.add(i)
            used_records.add(r)
    return sorted(pairs)


def score_page(truth: Truth) -> PageScore:
    records, error = inspect_records(truth)
    score = PageScore(
        page=truth.page_id,
        family=truth.family,
        kind=truth.kind,
        language=truth.language,
        items=len(truth.items),
        records=len(records),
        error=error,
    )
    pairs = match(truth.items, records)
    score.found = len(pairs)
    for i, r in pairs:
        item, record = truth.items[i], records[r]
        if jaccard(item.title, record.get("title")) >= TITLE_SAME:
            score.title_right += 1
        if "T" in item.start:
            score.timed += 1
            if wall_time(record.get("start")) == item.start:
                score.time_right += 1
        if item.place:
            score.placed += 1
            if overlap(item.place, _location_text(record)) > TITLE_MATCH:
                score.place_right += 1
    matched_items = {i for i, _ in pairs}
    matched_records = {r for _, r in pairs}
    score.missed = [
        f"{item.start} {item.title}" for i, item in enumerate(truth.items) if i not in matched_items
    ]
    score.extra = [
        f"{rec.get('start')} {rec.get('title')}"
        for r, rec in enumerate(records)
        if r not in matched_records
    ]
    return score


@dataclass(slots=True)
class DateScore:
    text: str
    expected: dict[str, Any]
    got: dict[str, Any]
    right: bool


def parse_when_json(case: DateCase) -> dict[str, Any]:
    from netdir.cli.main import main

    out = io.StringIO()
    with redirect_stdout(out), redirect_stderr(io.StringIO()):
        main(["parse", "when", case.text, "--today", case.today.isoformat()])
    return dict(json.loads(out.getvalue()))


def score_date(case: DateCase) -> DateScore:
    try:
        got = parse_when_json(case)
    except Exception as exc:  # a crash is a wrong answer, reported as such
        got = {"error": f"{type(exc).__name__}: {exc}"}
    expected = {"start": case.start, "end": case.end, "all_day": case.all_day}
    right = wall_time(got.get("start")) == case.start and wall_time(got.get("end")) == case.end
    if case.all_day is not None:
        right = right and got.get("all_day") == case.all_day
    return DateScore(case.text, expected, got, right)


# ---------------------------------------------------------------- totals and the table


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def totals(scores: Iterable[PageScore]) -> dict[str, Any]:
    scores = list(scores)
    items = sum(s.items for s in scores)
    records = sum(s.records for s in scores)
    found = sum(s.found for s in scores)
    return {
        "pages": len(scores),
        "items": items,
        "records": records,
        "found": found,
        "recall": _ratio(found, items),
        "precision": _ratio(found, records),
        "title": _ratio(sum(s.title_right for s in scores), found),
        "time": _ratio(sum(s.time_right for s in scores), sum(s.timed for s in scores)),
        "place": _ratio(sum(s.place_right for s in scores), sum(s.placed for s in scores)),
    }


GROUPS: dict[str, Any] = {
    "German pages": lambda s: s.language == "de",
    "English pages": lambda s: s.language == "en",
    "listing pages": lambda s: s.kind == "listing",
    "single-event pages": lambda s: s.kind == "detail",
    "structured data (feeds, iCalendar, JSON-LD, microdata)": lambda s: s.kind == "structured",
}


def summarize(scores: list[PageScore], dates: list[DateScore]) -> dict[str, Any]:
    by_family: dict[str, list[PageScore]] = defaultdict(list)
    for s in scores:
        by_family[s.family].append(s)
    return {
        "overall": totals(scores),
        "groups": {name: totals(s for s in scores if test(s)) for name, test in GROUPS.items()},
        "families": {name: totals(group) for name, group in sorted(by_family.items())},
        "pages": {s.page: totals([s]) for s in scores},
        "dates": {
            "cases": len(dates),
            "right": sum(d.right for d in dates),
            "accuracy": _ratio(sum(d.right for d in dates), len(dates)),
        },
    }


def pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.0f} %"


def _before(baseline: dict[str, Any] | None, *path: str) -> float | None:
    node: Any = baseline
    for key in path:
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    return node if isinstance(node, float | int) else None


def _pair(now: float | None, before: float | None, baseline: dict[str, Any] | None) -> str:
    if baseline is None or (now is None and before is None):
        return pct(now)
    return f"{pct(before)} → {pct(now)}"


def markdown(summary: dict[str, Any], baseline: dict[str, Any] | None, label: str) -> str:
    o = summary["overall"]
    before = (
        f"before = {baseline.get('label', 'baseline')} → after = {label}" if baseline else label
    )
    lines = [
        f"Real-page corpus: {o['pages']} pages, {len(summary['families'])} site families, "
        f"{o['items']} items; {before}.",
        "",
        "| scope | pages | items | records | recall | precision | title | time | place |",
        "|---|---|---|---|---|---|---|---|---|",
    ]

    def row(name: str, t: dict[str, Any], base: tuple[str, ...]) -> str:
        cells = [
            name.replace("|", "\\|"),  # a family named after a table „Datum | Ort“ stays one cell
            str(t["pages"]),
            str(t["items"]),
            str(t["records"]),
            _pair(t["recall"], _before(baseline, *base, "recall"), baseline),
            _pair(t["precision"], _before(baseline, *base, "precision"), baseline),
            _pair(t["title"], _before(baseline, *base, "title"), baseline),
            _pair(t["time"], _before(baseline, *base, "time"), baseline),
            _pair(t["place"], _before(baseline, *base, "place"), baseline),
        ]
        return "| " + " | ".join(cells) + " |"

    lines.append(row("**all pages**", o, ("overall",)))
    for name, t in summary["groups"].items():
        if t["pages"]:
            lines.append(row(name, t, ("groups", name)))
    d = summary["dates"]
    before_dates = _before(baseline, "dates", "accuracy")
    lines += [
        "",
        f"Real date strings (`netdir parse when`, start, end and all_day right): "
        f"{d['right']}/{d['cases']} = {_pair(d['accuracy'], before_dates, baseline)}.",
        "",
        "| family | pages | items | records | recall | precision | title | time | place |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, t in summary["families"].items():
        lines.append(row(name, t, ("families", name)))
    lines += [
        "",
        "| page | pages | items | records | recall | precision | title | time | place |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, t in summary["pages"].items():
        lines.append(row(f"`{name}`", t, ("pages", name)))
    return "\n".join(lines) + "\n"


def update_readme(readme: Path, table: str) -> None:
    """Put the family table between the README's markers (the rest of the README unchanged)."""
    text = readme.read_text(encoding="utf-8")
    start, end = text.find(README_START), text.find(README_END)
    if start < 0 or end < start:
        raise SystemExit(f"{readme}: markers {README_START} … {README_END} not found")
    head = text[: start + len(README_START)]
    text = f"{head}\n{table}{text[end:]}"
    readme.write_text(text, encoding="utf-8")


def readme_table(summary: dict[str, Any], baseline: dict[str, Any] | None, label: str) -> str:
    """The summary and family tables only (the per-page table stays in RESULTS.md)."""
    full = markdown(summary, baseline, label)
    return full.split("\n| page |")[0].rstrip("\n") + "\n"


def run(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--page", action="append", help="score only this page id (repeatable)")
    parser.add_argument("--verbose", "-v", action="store_true", help="list missed/extra records")
    parser.add_argument("--write", type=Path, help="write the markdown table to this file")
    parser.add_argument("--readme", type=Path, help="refresh the README section between markers")
    parser.add_argument("--baseline", type=Path, help="JSON of earlier numbers (before column)")
    parser.add_argument("--save-baseline", type=Path, help="write these numbers as JSON")
    parser.add_argument("--label", default="this checkout", help="what was measured")
    parser.add_argument("--netdir-src", type=Path, help="import netdir from this src directory")
    args = parser.parse_args(argv)
    if args.netdir_src:
        sys.path.insert(0, str(args.netdir_src.resolve()))
        for name in [m for m in sys.modules if m == "netdir" or m.startswith("netdir.")]:
            del sys.modules[name]
    import netdir

    print(f"netdir from {Path(netdir.__file__).parent}", file=sys.stderr)
    truths = [t for t in load_corpus() if not args.page or t.page_id in args.page]
    scores = [score_page(t) for t in truths]
    dates = [score_date(c) for c in load_dates()] if not args.page else []
    summary = summarize(scores, dates)
    if args.save_baseline:
        saved = {"label": args.label, **summary}
        args.save_baseline.write_text(json.dumps(saved, indent=1) + "\n", encoding="utf-8")
    baseline = None
    if args.baseline and args.baseline.is_file():
        baseline = json.loads(args.baseline.read_text(encoding="utf-8"))
    table = markdown(summary, baseline, args.label)
    print(table)
    if args.verbose:
        for s in scores:
            if s.error or s.missed or s.extra:
                print(f"## {s.page}" + (f" ({s.error})" if s.error else ""))
                for line in s.missed:
                    print(f"  missed: {line}")
                for line in s.extra:
                    print(f"  extra:  {line}")
        for d in dates:
            if not d.right:
                print(f"date: {d.text!r}: expected {d.expected}, got {d.got}")
    if args.write:
        args.write.write_text("# Extraction on real pages\n\n" + table, encoding="utf-8")
    if args.readme:
        update_readme(args.readme, readme_table(summary, baseline, args.label))
    return 0


def page_scores() -> list[PageScore]:
    """Every page's score with the installed netdir (for the guard test)."""
    return [score_page(t) for t in load_corpus()]


def as_json(scores: list[PageScore]) -> list[dict[str, Any]]:
    return [asdict(s) for s in scores]


if __name__ == "__main__":
    sys.exit(run())
