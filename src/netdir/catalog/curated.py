"""Curated offerings: public facts that no crawlable listing carries (issue 7).

Login-only platforms (RuDi, BayKoNet), mailing-list communities (the NExTcommunities), recurring
Stammtische stated in prose and conferences whose dates only appear in press texts are kept in
``curated.yaml``. Each entry names the public page its facts come from (``source_url``), the day
they were checked (``verified_on``, with ``verified_by`` saying what that day is) and, per fact,
the page that states it (``evidence``): a date, a place or a recurrence without its own evidence
line is rejected when the file is loaded. Recurring offerings carry an RFC 5545 RRULE
(``recurrence``). They become ``RawRecord``s of the pseudo source ``curated`` and flow through the
same normalization, dedup and publishing as crawled records.

Personal data stays out: every text field is checked for e-mail addresses of individuals and for
"Frau Dr. …"-style names when the file is loaded, so a bad entry fails loudly instead of being
published.
"""

from __future__ import annotations

from dataclasses import fields as dataclass_fields
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    HttpUrl,
    ValidationError,
    field_validator,
    model_validator,
)

from netdir.catalog.exceptions import CatalogError
from netdir.catalog.model import Source
from netdir.privacy import personal_data_in
from netdir.records import RawRecord
from netdir.yaml_text import safe_load

CURATED_SOURCE_ID = "curated"

OfferingKind = Literal[
    "community_of_practice",
    "conference",
    "platform",
    "network",
    "barcamp",
    "meetup",
    "award",
    "workshop",
    "event_series",
    "event",
    "overview_page",
]
Format = Literal["in_person", "online", "hybrid"]
#: What ``verified_on`` is: the date the stored copy of the page shows, the day the archive was
#: searched (the stored copy carries no date), or the day the page was fetched live.
VerifiedBy = Literal["stored_copy_date", "archive_check_date", "live_check"]


def _page_address(value: str) -> str:
    """An evidence address exactly as stored: http(s), a host, no fragment.

    Kept as text, not ``HttpUrl``: that type adds a trailing slash to a bare host, and for
    digitaler-staat.org the address with and without the slash hold different stored texts.
    """
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{value!r} is not an http(s) page address")
    if parts.fragment or value.endswith("#"):
        raise ValueError(f"{value!r} has a #fragment: cite the page, not a place on it")
    if any(ch.isspace() for ch in value):
        raise ValueError(f"{value!r} contains whitespace")
    return value


PageAddress = Annotated[str, AfterValidator(_page_address)]

#: Evidence keys that stand for a group of fields: a date is stated by start, end or date_text,
#: a place by location_text. Every other key names the field it sources.
_EVIDENCE_GROUPS = {"date": ("start", "end", "date_text"), "place": ("location_text",)}
_EVIDENCE_ALIASES = {
    field: group for group, members in _EVIDENCE_GROUPS.items() for field in members
}
_SOURCEABLE_FIELDS = frozenset(
    {
        "title", "organizer", "url", "format", "audience", "topics", "cost_text",
        "description", "status_text", "recurrence",
    }
)  # fmt: skip


def _recurrence_rule(value: str) -> str:
    """An RFC 5545 RRULE value (without the ``RRULE:`` prefix), parsed by icalendar."""
    from icalendar import vRecur  # ~0.2 s to import: only when an entry has a recurrence

    text = value.strip().removeprefix("RRULE:")
    try:
        rule = vRecur.from_ical(text)
    except (ValueError, TypeError) as exc:
        raise ValueError(f"{value!r} is not an RFC 5545 RRULE: {exc}") from exc
    if "FREQ" not in rule:
        raise ValueError(f"{value!r} is not an RFC 5545 RRULE: FREQ is missing")
    return text


class CuratedEntry(BaseModel):
    """One curated offering. Text fields hold what the source page says, in German."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    title: str = Field(min_length=3)
    kind: OfferingKind
    organizer: str = Field(min_length=2)
    url: HttpUrl  # the offering's own page
    source_url: PageAddress  # the public page the facts below were read from
    verified_on: date
    verified_by: VerifiedBy = "archive_check_date"
    # Which page states which fact: {date|place|recurrence|<field>: address or [addresses]}.
    evidence: dict[str, PageAddress | list[PageAddress]] = Field(default_factory=dict)
    date_text: str | None = None
    start: date | None = None
    end: date | None = None
    recurrence: Annotated[str, AfterValidator(_recurrence_rule)] | None = None
    location_text: str | None = None
    format: Format | None = None
    audience: list[str] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    cost_text: str | None = None
    description: str | None = None
    status_text: str | None = None

    @field_validator(
        "title",
        "organizer",
        "date_text",
        "location_text",
        "cost_text",
        "description",
        "status_text",
    )
    @classmethod
    def _no_personal_data(cls, value: str | None) -> str | None:
        if value is None:
            return value
        found = personal_data_in(value)
        if found:
            raise ValueError(
                f"contains personal data {found!r}: name no individuals and use only functional "
                "addresses (info@, kontakt@, veranstaltungen@, a list's -request@ address)"
            )
        return value

    @field_validator("verified_on")
    @classmethod
    def _verified_not_in_future(cls, value: date) -> date:
        if value > date.today():
            raise ValueError(f"verified_on {value.isoformat()} lies in the future")
        return value

    @field_validator("evidence")
    @classmethod
    def _evidence_keys_are_known(cls, value: dict[str, Any]) -> dict[str, Any]:
        known = set(_EVIDENCE_GROUPS) | set(_EVIDENCE_ALIASES) | _SOURCEABLE_FIELDS
        unknown = sorted(set(value) - known)
        if unknown:
            raise ValueError(
                f"unknown evidence key(s) {', '.join(unknown)}; use date, place, recurrence or "
                f"a field name ({', '.join(sorted(_SOURCEABLE_FIELDS))})"
            )
        return value

    @model_validator(mode="after")
    def _dates_places_and_rules_have_evidence(self) -> CuratedEntry:
        """A date, a place or a recurrence is published only with the page that states it."""
        missing = [group for group in self.facts_needing_evidence() if not self.evidence_for(group)]
        if missing:
            lines = ", ".join(f"{group} ({self._stated(group)})" for group in missing)
            example = f"evidence: {{{missing[0]}: <address of the page that states it>}}"
            raise ValueError(f"no evidence for {lines}: add `{example}` or drop the fact")
        return self

    def facts_needing_evidence(self) -> list[str]:
        """The fact groups this entry states that must carry evidence: date, place, recurrence."""
        needed = []
        if self.date_text or self.start or self.end:
            needed.append("date")
        if self.location_text:
            needed.append("place")
        if self.recurrence:
            needed.append("recurrence")
        return needed

    def evidence_for(self, group: str) -> list[str]:
        """The addresses that state a fact group (``date`` also accepts start/end/date_text)."""
        keys = [group, *_EVIDENCE_GROUPS.get(group, ())]
        found: list[str] = []
        for key in keys:
            value = self.evidence.get(key)
            if value:
                found.extend([value] if isinstance(value, str) else value)
        return found

    def _stated(self, group: str) -> str:
        if group == "date":
            stated = self.date_text or self.start or self.end
            return repr(stated.isoformat() if isinstance(stated, date) else stated)
        if group == "place":
            return repr(self.location_text)
        return repr(self.recurrence)


class CuratedFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    entries: list[CuratedEntry]


def default_curated_path() -> Path:
    return Path(str(resources.files("netdir.catalog").joinpath("curated.yaml")))


def parse_curated(data: Any, *, origin: str = "<curated>") -> list[CuratedEntry]:
    """Validate curated data; raise ``CatalogError`` naming the entry id and field on problems."""
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise CatalogError(f"{origin}: expected a mapping with an 'entries' list")
    try:
        entries = CuratedFile.model_validate(data).entries
    except ValidationError as exc:
        raise CatalogError(_describe(exc, data["entries"], origin)) from exc
    seen: set[str] = set()
    for entry in entries:
        if entry.id in seen:
            raise CatalogError(f"{origin}: duplicate curated entry id {entry.id!r}")
        seen.add(entry.id)
        if entry.start and entry.end and entry.end < entry.start:
            raise CatalogError(
                f"{origin}: entry {entry.id!r}, field 'end': {entry.end} is before start "
                f"{entry.start}"
            )
    return entries


def _describe(exc: ValidationError, raw_entries: list[Any], origin: str) -> str:
    lines = [f"{origin}: invalid curated entries"]
    for error in exc.errors():
        location = list(error["loc"])
        where = ".".join(str(part) for part in location)
        if len(location) >= 2 and location[0] == "entries" and isinstance(location[1], int):
            index = location[1]
            raw = raw_entries[index] if index < len(raw_entries) else {}
            entry_id = raw.get("id", f"#{index + 1}") if isinstance(raw, dict) else f"#{index + 1}"
            field_path = ".".join(str(part) for part in location[2:]) or "(entry)"
            where = f"entry {entry_id!r}, field {field_path!r}"
        lines.append(f"  {where}: {error['msg']}")
    return "\n".join(lines)


def load_curated_entries(path: Path | None = None) -> list[CuratedEntry]:
    curated_path = path or default_curated_path()
    try:
        data = safe_load(curated_path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise CatalogError(f"{curated_path}: curated file not found") from exc
    except yaml.YAMLError as exc:
        raise CatalogError(f"{curated_path}: not valid YAML: {exc}") from exc
    return parse_curated(data, origin=str(curated_path))


def load_curated(path: Path | None = None) -> list[RawRecord]:
    """The curated entries as raw records of the pseudo source ``curated``."""
    return [to_raw_record(entry) for entry in load_curated_entries(path)]


def to_raw_record(entry: CuratedEntry) -> RawRecord:
    values: dict[str, Any] = {
        "title": entry.title,
        "url": str(entry.url),
        "description": entry.description,
        "date_text": entry.date_text,
        "start": entry.start.isoformat() if entry.start else None,
        "end": entry.end.isoformat() if entry.end else None,
        "all_day": True if entry.start else None,
        "location_text": entry.location_text,
        "attendance_mode": entry.format,
        "organizer": entry.organizer,
        "kind": entry.kind,
        "status_text": entry.status_text,
        "cost_text": entry.cost_text,
        "audience_text": ", ".join(entry.audience) or None,
        "topics": list(entry.topics),
    }
    extra = {
        "curated_id": entry.id,
        "verified_on": entry.verified_on.isoformat(),
        "verified_by": entry.verified_by,
    }
    if entry.recurrence:
        # The RRULE rides in ``extra`` until records carry a ``recurrence`` field of their own;
        # from then on it goes into that field as well.
        extra["recurrence"] = entry.recurrence
        if "recurrence" in _RAW_RECORD_FIELDS:
            values["recurrence"] = entry.recurrence
    provenance = f"{CURATED_SOURCE_ID}:{entry.id}"
    field_sources = {name: provenance for name, value in values.items() if value}
    return RawRecord(
        source_id=CURATED_SOURCE_ID,
        page_url=entry.source_url,
        extractor=CURATED_SOURCE_ID,
        field_sources=field_sources,
        extra=extra,
        **values,
    )


_RAW_RECORD_FIELDS = frozenset(field.name for field in dataclass_fields(RawRecord))


def curated_source() -> Source:
    """The pseudo source the curated records belong to; never crawled.

    Precedence 100: a maintainer checked these facts by hand, so they win over crawled guesses.
    """
    return Source(
        id=CURATED_SOURCE_ID,
        name="Kuratierte Einträge (netdir)",
        start_urls=["https://github.com/netdir/netdir"],
        kind="network",
        organizer="netdir",
        level="mixed",
        notes="Hand-kept facts from public pages without a crawlable listing; see curated.yaml.",
        enabled=False,
        precedence=100,
        min_valid_ratio=0.0,
    )
