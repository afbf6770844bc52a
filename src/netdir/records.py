"""The record types that flow one way through the pipeline.

``Page`` (crawl) → ``RawRecord`` (extract) → ``Offering`` (normalize) → warehouse → publish.
Every hop carries its provenance along, so an analyst can always ask "where did this come from?".
These types are the contract between the stages: change them only together with every stage.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, Protocol

from netdir.fast_pickle import pickled_by_fields

#: What a source run ended as. ``unreachable``: no page could be fetched at all (DNS, offline).
SourceStatus = Literal["ok", "partial", "failed", "unreachable", "skipped"]


@dataclass(frozen=True, slots=True)
class PageValidators:
    """What the warehouse remembers of a page, so the next run can ask "changed since?"."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None
    # The next listing page found last time: a 304 has no body to find it in again.
    next_url: str | None = None


class StoredBody(Protocol):
    """A page body kept outside the page (see ``netdir.warehouse.body_spool``)."""

    def read(self) -> bytes: ...


@pickled_by_fields
@dataclass(slots=True)
class Page:
    """One fetched page (or one not-modified answer) of one source."""

    source_id: str
    url: str  # canonical URL as requested
    final_url: str  # after redirects; relative links resolve against this
    status: int  # HTTP status; 304 means "not modified", body is then None
    fetched_at: datetime  # timezone-aware UTC
    content_type: str | None = None
    encoding: str | None = None  # the charset the text was decoded with
    body: bytes | None = None
    text: str | None = None  # decoded body
    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None  # sha256 hex of body (or of the last body on 304)
    changed: bool = True  # False on 304 or when the hash equals the last run's
    truncated: bool = False  # body was cut at the size limit
    next_url: str | None = None  # pagination link found on (or remembered for) this page
    elapsed_ms: float | None = None
    # The body written aside (the run's spool file) once the page arrived; ``body`` is then None.
    body_aside: StoredBody | None = None

    def stored_body(self) -> bytes | None:
        """The body, wherever it is kept."""
        if self.body is not None or self.body_aside is None:
            return self.body
        return self.body_aside.read()


@pickled_by_fields
@dataclass(slots=True)
class RawRecord:
    """One offering as a page states it, before normalization.

    Text fields hold what the page says (``date_text`` "12.–14. März 2027, 9:00 Uhr");
    ``start``/``end`` hold machine-readable values where the page offers them (JSON-LD, iCal).
    ``field_sources`` maps a field name to where it came from, e.g. ``"jsonld:Event.startDate"``
    or ``"rules:.termin-datum"``.
    """

    source_id: str
    page_url: str
    extractor: str  # jsonld | microdata | ical | feed | tec | rules | listing | curated
    title: str
    url: str | None = None  # the offering's own page (absolute)
    description: str | None = None
    date_text: str | None = None
    start: str | None = None  # ISO 8601 date or datetime, if the source gives one
    end: str | None = None
    all_day: bool | None = None
    recurrence: str | None = None  # RFC 5545 RRULE (iCal's RRULE); start is then one occurrence
    location_text: str | None = None  # free text: "GLS Campus, Berlin" or "online via Webex"
    venue: str | None = None
    city: str | None = None
    attendance_mode: str | None = None  # schema.org value or text ("online", "hybrid", ...)
    organizer: str | None = None
    kind: str | None = None  # the source's default kind or what the page says
    status_text: str | None = None  # "EventCancelled", "abgesagt", "STATUS:CANCELLED"
    cost_text: str | None = None
    audience_text: str | None = None
    topics: list[str] = field(default_factory=list)
    published: str | None = None  # publication date of a news item: never an event date
    confidence: float = 1.0  # 1.0 for structured data; the listing detector's score otherwise
    field_sources: dict[str, str] = field(default_factory=dict)
    extra: dict[str, str] = field(default_factory=dict)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class SourceRef:
    """One place an offering was found."""

    source_id: str
    url: str  # the offering's URL at that source, or the page it was listed on
    extractor: str = ""


@pickled_by_fields
@dataclass(slots=True)
class Offering:
    """One real-world offering after normalization and dedup.

    ``start``/``end`` are ISO 8601 strings: a date (``2027-03-12``) or a datetime with UTC
    offset (``2027-03-12T09:30:00+01:00``); None when unknown. ``first_seen``/``last_seen`` are
    filled by the warehouse.
    """

    id: str  # stable across runs
    title: str
    kind: str | None = None
    url: str | None = None
    start: str | None = None
    end: str | None = None
    all_day: bool | None = None
    date_precision: str | None = None  # minute | day | week | month | season | year
    date_text: str | None = None
    # RFC 5545 RRULE ("FREQ=MONTHLY;BYDAY=1TH") when the offering repeats; start/end are then its
    # next occurrence as of the refresh day (or unknown, for a rule without a weekday).
    recurrence: str | None = None
    format: str | None = None  # in_person | online | hybrid
    venue: str | None = None
    city: str | None = None
    state: str | None = None  # Bundesland
    organizer: str | None = None
    audience: list[str] = field(default_factory=list)  # Bund, Land, Kommune
    topics: list[str] = field(default_factory=list)
    cost: str | None = None
    free: bool | None = None
    status: str = "scheduled"  # scheduled | cancelled | postponed | past
    description: str | None = None
    confidence: float = 1.0
    sources: list[SourceRef] = field(default_factory=list)
    field_provenance: dict[str, str] = field(default_factory=dict)  # field -> source_id
    first_seen: str | None = None
    last_seen: str | None = None


@dataclass(frozen=True, slots=True)
class SourceIssue:
    """A problem with one source: what happened, where, and what to do about it."""

    source_id: str
    url: str | None
    stage: str  # catalog | robots | crawl | extract | normalize | validity
    message: str
    hint: str | None = None
    status_code: int | None = None

    def __str__(self) -> str:
        message = self.message.strip()
        # The URL once: messages that already name it ("not an http(s) URL: …") keep theirs.
        where = f" {self.url}" if self.url and self.url not in message else ""
        code = f" (HTTP {self.status_code})" if self.status_code else ""
        hint = f" → {self.hint.strip()}" if self.hint and self.hint.strip() else ""
        return f"[{self.source_id}] {self.stage}:{where}{code} {message}{hint}"


@dataclass(slots=True)
class CrawlResult:
    """What the crawler brought back for one source."""

    source_id: str
    pages: list[Page] = field(default_factory=list)
    issues: list[SourceIssue] = field(default_factory=list)
    robots_skipped: list[str] = field(default_factory=list)  # URLs robots.txt disallowed
    requests: int = 0
    unreachable: bool = False  # nothing could be fetched at all (DNS failure, offline)
    complete: bool = True  # every start page and followed page was fetched or not-modified


@dataclass(slots=True)
class SourceResult:
    """One source's whole run: crawl + extraction, ready for normalization and loading."""

    source_id: str
    status: SourceStatus
    pages: list[Page] = field(default_factory=list)
    # current records, incl. carried over (those left unread: see ``unread_records``)
    records: list[RawRecord] = field(default_factory=list)
    issues: list[SourceIssue] = field(default_factory=list)
    robots_skipped: list[str] = field(default_factory=list)
    # True only when the source was crawled completely and passed its health checks: only then
    # may the warehouse retire offerings this source no longer lists.
    healthy: bool = False
    pages_fetched: int = 0
    pages_unchanged: int = 0
    # True when ``records`` are all the last run's (the source failed or lost everything):
    # nothing was seen this run, so the warehouse does not move last_seen for them.
    carried: bool = False
    # A partial run: the offering URLs (``url or page_url``) of records carried from pages that
    # failed this time. Not seen now, so the warehouse keeps their last_seen (and starts
    # stale_since) while the rest of the source's records count as seen.
    carried_urls: list[str] = field(default_factory=list)
    # What this run's pages yielded before any fall-back to last-known records (``records`` then
    # holds the last good ones): the number compared with the source's recent median.
    records_found: int | None = None
    # A source whose pages all answered "not modified" after a healthy run lists exactly the
    # records it listed then: they stay unread (``records`` empty) unless the run needs them;
    # an unchanged run only counts them. ``netdir.pipeline`` reads them before normalizing.
    # A refresh's report counts its records here too: loaded, they are read from the warehouse.
    unread_records: int = 0

    @property
    def record_count(self) -> int:
        """The records this source lists now, read or not."""
        return len(self.records) + self.unread_records

    def __repr__(self) -> str:
        # Short: orchestration logs print results (a Failed task state's data), and the pages'
        # bodies must not flood them.
        return (
            f"SourceResult(source_id={self.source_id!r}, status={self.status!r}, "
            f"pages={len(self.pages)}, records={self.record_count}, issues={len(self.issues)})"
        )
