"""What became of one URL this run, and one source's tally while its URLs are fetched."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from netdir.crawl.fetcher import Tally
from netdir.records import CrawlResult, Page, SourceIssue


@dataclass(slots=True)
class UrlOutcome:
    """What became of one canonical URL this run (cached, so other sources can reuse it)."""

    owner: str
    page: Page | None = None
    issues: list[SourceIssue] = field(default_factory=list)
    robots_skipped: bool = False
    answered: bool = False  # the host gave any HTTP answer (robots.txt included)
    blocked: bool = False
    tally: Tally = field(default_factory=Tally)

    def for_source(self, source_id: str) -> UrlOutcome:
        if source_id == self.owner:
            return self
        return UrlOutcome(
            owner=self.owner,
            page=dataclasses.replace(self.page, source_id=source_id) if self.page else None,
            issues=[dataclasses.replace(issue, source_id=source_id) for issue in self.issues],
            robots_skipped=self.robots_skipped,
            answered=self.answered,
            blocked=self.blocked,
        )


@dataclass(slots=True)
class SourceRun:
    """Collects one source's pages, issues and counts while its URLs are fetched."""

    source_id: str
    visited: set[str] = field(default_factory=set)
    issues: list[SourceIssue] = field(default_factory=list)
    robots_skipped: list[str] = field(default_factory=list)
    requests: int = 0
    attempted: int = 0
    answered: int = 0
    complete: bool = True

    def absorb(self, url: str, outcome: UrlOutcome) -> None:
        self.attempted += 1
        self.answered += int(outcome.answered)
        self.requests += outcome.tally.requests
        for issue in outcome.issues:
            self.add_issue(issue)
        if outcome.robots_skipped:
            self.robots_skipped.append(url)
        if outcome.page is None or outcome.page.truncated:
            self.complete = False

    def add_issue(self, issue: SourceIssue) -> None:
        # Once per source: a robots.txt problem or a broken selector concerns many URLs.
        if issue not in self.issues:
            self.issues.append(issue)

    def result(self, pages: list[Page]) -> CrawlResult:
        return CrawlResult(
            source_id=self.source_id,
            pages=pages,
            issues=self.issues,
            robots_skipped=self.robots_skipped,
            requests=self.requests,
            unreachable=self.attempted > 0 and self.answered == 0,
            complete=self.complete,
        )
