"""What goes into and comes out of a warehouse load."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from netdir.catalog.model import Source
from netdir.records import Offering, PageValidators, RawRecord, SourceResult


@dataclass(slots=True)
class PriorState:
    """What the last runs left for one source: validators per page URL and its last records."""

    validators: dict[str, PageValidators] = field(default_factory=dict)
    records_by_page: dict[str, list[RawRecord]] = field(default_factory=dict)


@dataclass(slots=True)
class RunInput:
    """Everything one refresh run produced, loaded in one transaction."""

    run_id: str
    started_at: datetime  # timezone-aware; offering history and first/last_seen use it
    finished_at: datetime
    sources: Sequence[Source]
    results: Sequence[SourceResult]
    offerings: Sequence[Offering]
    today: date  # reference date for "past"


@dataclass(frozen=True, slots=True)
class RunSummary:
    run_id: str
    added: int  # new offerings, and removed ones that are listed again
    changed: int
    removed: int
    unchanged: int
    offerings_current: int  # listed offerings after the load (everything but removed)
