"""What goes into and comes out of a warehouse load."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from netdir.catalog.model import Source
from netdir.records import Offering, PageValidators, RawRecord, SourceResult

if TYPE_CHECKING:
    from netdir.warehouse.offerings_file import OfferingsFile


@dataclass(slots=True)
class PriorState:
    """What the last runs left for one source: validators per page URL and its last records."""

    validators: dict[str, PageValidators] = field(default_factory=dict)
    # Read from the warehouse as rows; a page's records are built when first asked for.
    records_by_page: Mapping[str, list[RawRecord]] = field(default_factory=dict)
    # Records of the source's last answering runs, newest first (for "far fewer than usual").
    recent_record_counts: list[int] = field(default_factory=list)
    # The run those records come from was ok and healthy: they passed every check then.
    records_healthy: bool = False


@dataclass(slots=True)
class RunInput:
    """Everything one refresh run produced, loaded in one transaction."""

    run_id: str
    started_at: datetime  # timezone-aware; offering history and first/last_seen use it
    finished_at: datetime
    sources: Sequence[Source]
    results: Sequence[SourceResult]
    # A list, or the file the process that merged them wrote (netdir.warehouse.offerings_file).
    offerings: Sequence[Offering] | OfferingsFile
    today: date  # reference date for "past"
    # What the run's result depends on besides the pages (catalog, curated, day, version): an
    # unchanged run needs the same fingerprint as the run before (netdir.pipeline computes it).
    inputs_fingerprint: str | None = None
    requests: int = 0  # HTTP requests the crawl sent, robots.txt and retries included
    # An offering only carried (none of its sources answered) this long is retired.
    retire_after_days: int = 14


@dataclass(frozen=True, slots=True)
class LastRun:
    """The latest run: what it depended on and how each source fared."""

    run_id: str
    inputs_fingerprint: str | None
    # source id -> (status, healthy, the run whose raw.records hold what the source listed)
    health: dict[str, tuple[str, bool, str]]
    # source id -> how many records it listed (an unchanged run lists as many again)
    record_counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RunSummary:
    run_id: str
    added: int  # new offerings, and removed ones that are listed again
    changed: int
    removed: int
    unchanged: int
    offerings_current: int  # listed offerings after the load (everything but removed)
