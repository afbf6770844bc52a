"""The one rule that says a source is broken, and the exit code it leads to."""

from __future__ import annotations

import pytest

from netdir.records import SourceIssue, SourceResult
from netdir.verdicts import exit_code_for, judge_source

URL = "https://example.org/termine/"


def result(status: str = "ok", found: int = 10, issues: int = 0) -> SourceResult:
    return SourceResult(
        source_id="s",
        status=status,  # type: ignore[arg-type]
        issues=[SourceIssue("s", URL, "crawl", "HTTP 500", hint="try later")] * issues,
        records_found=found,
    )


@pytest.mark.parametrize(
    ("found", "recent", "verdict"),
    [
        (4, [10, 12, 9], "low_yield"),  # under half of median 10
        (5, [10, 12, 9], "ok"),  # exactly half is still fine
        (0, [3, 3, 3], "ok"),  # medians under 4 are too small to judge
        (0, [], "ok"),  # a new source has no history
    ],
)
def test_a_collapsed_yield_is_judged_against_the_recent_median(
    found: int, recent: list[int], verdict: str
) -> None:
    assert judge_source(result(found=found), URL, recent).verdict == verdict


def test_failed_and_unreachable_sources_name_the_issue_and_its_hint() -> None:
    verdict = judge_source(result("unreachable", found=0, issues=1), URL, [10])
    assert verdict.broken and verdict.url == URL
    assert verdict.reason == "HTTP 500 → try later"
    assert not judge_source(result("partial", issues=1), URL, [10]).broken


def test_exit_codes() -> None:
    partial = judge_source(result("partial", issues=1), URL, [])
    low = judge_source(result(found=1), URL, [10])
    down = judge_source(result("failed", found=0, issues=1), URL, [])
    assert exit_code_for([partial, low], refreshed_any=True, strict=False) == 0
    assert exit_code_for([partial], refreshed_any=True, strict=True) == 4
    assert exit_code_for([low], refreshed_any=True, strict=True) == 4
    assert exit_code_for([down], refreshed_any=True, strict=False) == 4
    assert exit_code_for([down], refreshed_any=False, strict=False) == 3
