"""Is a source broken after this run? One rule for the CLI's exit code and the flow's task states.

A source is *broken* when it failed, was unreachable, or yielded far fewer records than its
recent median (a relaunched site whose listing now parses to 3 records instead of 40 looks
"ok" to the crawler). Broken sources keep their last good records in the overview; the verdict
only decides what an operator is told: a Failed task and a ``netdir.source.broken`` event in
Prefect, exit code 4 from ``netdir refresh``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median
from typing import Literal

from netdir.records import SourceResult

#: Below this share of its recent median a source's yield counts as collapsed.
LOW_YIELD_SHARE = 0.5
#: Medians smaller than this are too noisy to judge (a source listing 2 events may list 0).
MIN_MEDIAN_TO_JUDGE = 4

Verdict = Literal["ok", "partial", "low_yield", "failed", "unreachable", "skipped"]
#: Verdicts that mean "broken": a Failed task, an event, exit code 4.
BROKEN: frozenset[Verdict] = frozenset({"failed", "unreachable", "low_yield"})

#: Exit codes of ``netdir refresh`` decided here (0 refreshed; 2 usage and 5 load/publish are
#: decided by the CLI).
EXIT_NOTHING_REFRESHED = 3
EXIT_SOURCES_FAILED = 4


@dataclass(frozen=True, slots=True)
class SourceVerdict:
    source_id: str
    verdict: Verdict
    url: str | None  # the page to look at first
    reason: str  # one line: what happened, for the task state, the event and the CLI

    @property
    def broken(self) -> bool:
        return self.verdict in BROKEN


def judge_source(
    result: SourceResult, start_url: str | None, recent_record_counts: Sequence[int]
) -> SourceVerdict:
    """The verdict on one source's run, given its record counts of recent answering runs."""
    first_issue = result.issues[0] if result.issues else None
    url = (first_issue.url if first_issue and first_issue.url else None) or start_url
    if result.status in ("failed", "unreachable"):
        reason = first_issue.message if first_issue else f"source {result.status}"
        if first_issue and first_issue.hint:
            reason = f"{reason} → {first_issue.hint}"
        return SourceVerdict(result.source_id, result.status, url, reason)
    if result.status == "skipped":
        return SourceVerdict(result.source_id, "skipped", url, "not crawled (login only)")
    found = result.records_found if result.records_found is not None else result.record_count
    usual = median(recent_record_counts) if recent_record_counts else 0
    if usual >= MIN_MEDIAN_TO_JUDGE and found < LOW_YIELD_SHARE * usual:
        return SourceVerdict(
            result.source_id,
            "low_yield",
            start_url,
            f"{found} records where the last {len(recent_record_counts)} runs found a median "
            f"of {usual:g} → the page layout may have changed: run `netdir inspect URL`",
        )
    if result.status == "partial":
        reason = str(first_issue) if first_issue else "some pages could not be fetched"
        return SourceVerdict(result.source_id, "partial", url, reason)
    return SourceVerdict(result.source_id, "ok", url, "")


def exit_code_for(verdicts: Sequence[SourceVerdict], *, refreshed_any: bool, strict: bool) -> int:
    """``netdir refresh``'s exit code: 0 refreshed, 3 nothing refreshed, 4 some sources failed.

    Without ``strict`` only failed and unreachable sources give 4; ``strict`` also counts a
    collapsed yield (far fewer records than the recent median) and partly refreshed sources.
    """
    if not refreshed_any:
        return EXIT_NOTHING_REFRESHED
    failing = {"failed", "unreachable"}
    if strict:
        failing |= {"low_yield", "partial"}
    return EXIT_SOURCES_FAILED if any(v.verdict in failing for v in verdicts) else 0
