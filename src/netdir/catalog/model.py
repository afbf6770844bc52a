"""The catalog format: which pages to crawl and how to read them (a contract, see README)."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, field_validator, model_validator

from netdir import lazy_re
from netdir.catalog.publish_settings import PublishSettings

ExtractMode = Literal[
    "auto",
    "jsonld",
    "microdata",
    "rdfa",
    "microformats",
    "ical",
    "feed",
    "tec",
    "frab",
    "rules",
    "listing",
    "none",
]
Level = Literal["Bund", "Land", "Kommune", "mixed"]
#: What a source's start URL is: a ``listing`` of several dated offerings, a ``single`` page about
#: one offering or one (often past) event, a ``landing`` page of a site or series that may show
#: the next date, or a ``feed``. ``netdir sources check`` compares it with what the page shows.
StartPage = Literal["listing", "single", "landing", "feed"]

_ID_PATTERN = lazy_re.compile(r"^[a-z0-9][a-z0-9_-]*$")

#: What a source's records are by default: the offering kinds normalization knows, plus the kinds
#: of pages that list them (a calendar, an overview, a news feed of announcements).
SOURCE_KINDS = frozenset(
    {
        "conference", "community_of_practice", "platform", "network", "barcamp", "webinar",
        "workshop", "training", "meetup", "award", "event", "event_series", "course",
        "event_calendar", "overview_page", "announcement", "news",
    }
)  # fmt: skip


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CrawlSettings(_Strict):
    """Politeness and limits. Top-level defaults; each source may override any of them."""

    # HTTP headers are ASCII only (httpx refuses anything else): no umlauts here.
    user_agent: str = "netdir/0.1 (+https://github.com/netdir/netdir; overview of networking offerings for public administration)"
    delay_seconds: float = Field(1.0, ge=0)
    concurrency_per_host: int = Field(1, ge=1, le=8)
    concurrency: int = Field(8, ge=1, le=64)
    timeout_seconds: float = Field(20.0, gt=0)
    max_pages: int = Field(20, ge=1, le=1000)
    max_bytes: int = Field(5_000_000, ge=1024)
    retries: int = Field(3, ge=0, le=10)
    # Wall time one page may take to extract (in a worker process) before it is skipped.
    extract_deadline_seconds: float = Field(5.0, gt=0, le=600)
    # Offerings whose every source has failed this many days are retired (status "retired").
    retire_after_days: int = Field(14, ge=1, le=3650)


class SettingsOverride(_Strict):
    """The same fields as ``CrawlSettings``, all optional."""

    user_agent: str | None = None
    delay_seconds: float | None = Field(None, ge=0)
    concurrency_per_host: int | None = Field(None, ge=1, le=8)
    concurrency: int | None = Field(None, ge=1, le=64)
    timeout_seconds: float | None = Field(None, gt=0)
    max_pages: int | None = Field(None, ge=1, le=1000)
    max_bytes: int | None = Field(None, ge=1024)
    retries: int | None = Field(None, ge=0, le=10)
    extract_deadline_seconds: float | None = Field(None, gt=0, le=600)


class FieldRule(_Strict):
    """How to read one field inside a listing item.

    ``select`` is a CSS selector relative to the item ("" or "." means the item itself);
    ``attr`` takes an attribute instead of the text (``href``); ``regex`` keeps the first group
    (or the whole match) of the text. A string shorthand in YAML is accepted: ``"h3 a"``,
    ``"a@href"``.
    """

    select: str = ""
    attr: str | None = None
    regex: str | None = None
    all: bool = False  # join the texts of all matches with " | " (e.g. several topic tags)

    @field_validator("regex")
    @classmethod
    def _regex_compiles(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"invalid regex {value!r}: {exc}") from exc
        return value


class Rules(_Strict):
    """Declarative extraction rules for a listing page."""

    item: str  # CSS selector of one listing item
    fields: dict[str, FieldRule]  # title, url, date_text, location_text, description, ...
    min_items: int = Field(1, ge=0)

    @field_validator("fields", mode="before")
    @classmethod
    def _expand_shorthand(cls, value: object) -> object:
        if not isinstance(value, dict):
            return value
        expanded: dict[str, object] = {}
        for name, rule in value.items():
            if isinstance(rule, str):
                select, _, attr = rule.partition("@")
                expanded[name] = {"select": select.strip(), "attr": attr.strip() or None}
            else:
                expanded[name] = rule
        return expanded

    @model_validator(mode="after")
    def _needs_title(self) -> Rules:
        if "title" not in self.fields:
            raise ValueError("rules.fields must define 'title'")
        return self


class Follow(_Strict):
    """Pagination: which link leads to the next listing page."""

    next: str | None = None  # CSS selector of the next-page link; rel=next and "Weiter" always work
    max_pages: int | None = Field(None, ge=1, le=1000)


class Detail(_Strict):
    """Optionally follow each record's link and enrich it from the detail page."""

    enabled: bool = True
    rules: Rules | None = None  # else JSON-LD / microdata on the detail page
    max_pages: int = Field(30, ge=1, le=500)


class Source(_Strict):
    """One catalog entry."""

    id: str
    name: str
    start_urls: list[HttpUrl] = Field(min_length=1)
    kind: str = "event"
    extract: ExtractMode = "auto"
    start_page: StartPage | None = None
    rules: Rules | None = None
    follow: Follow | None = None
    detail: Detail | None = None
    settings: SettingsOverride | None = None
    organizer: str | None = None
    level: Level | None = None
    notes: str | None = None
    enabled: bool = True
    login_only: bool = False  # only a public description exists; no listing to crawl
    domains: list[str] = Field(default_factory=list)  # identity for dedup, e.g. next-netz.de
    precedence: int = Field(50, ge=0, le=100)  # higher wins when sources disagree on a field
    min_valid_ratio: float = Field(0.9, ge=0, le=1)

    @field_validator("kind")
    @classmethod
    def _kind_is_known(cls, value: str) -> str:
        if value not in SOURCE_KINDS:
            known = ", ".join(sorted(SOURCE_KINDS))
            raise ValueError(f"unknown kind {value!r}; use one of: {known}")
        return value

    @field_validator("id")
    @classmethod
    def _id_is_slug(cls, value: str) -> str:
        if not _ID_PATTERN.match(value):
            raise ValueError(f"id {value!r} must be lower-case letters, digits, '-' or '_'")
        return value

    @model_validator(mode="after")
    def _rules_when_mode_rules(self) -> Source:
        if self.extract == "rules" and self.rules is None:
            raise ValueError("extract: rules needs a 'rules' block")
        return self

    def effective_settings(self, defaults: CrawlSettings) -> CrawlSettings:
        """The catalog defaults with this source's overrides applied."""
        if self.settings is None:
            return defaults
        overrides = self.settings.model_dump(exclude_none=True)
        return defaults.model_copy(update=overrides)

    @property
    def max_pages(self) -> int | None:
        return self.follow.max_pages if self.follow else None


class Catalog(_Strict):
    settings: CrawlSettings = Field(default_factory=CrawlSettings)
    publish: PublishSettings = Field(default_factory=PublishSettings)
    sources: list[Source]

    @model_validator(mode="before")
    @classmethod
    def _publish_inside_settings(cls, data: Any) -> Any:
        """``settings: {publish: …}`` is accepted as well as a top-level ``publish:`` block."""
        if isinstance(data, dict) and isinstance(data.get("settings"), dict):
            settings = dict(data["settings"])
            if "publish" in settings:
                if "publish" in data:
                    raise ValueError("publish: given both at the top level and under settings")
                data = {**data, "publish": settings.pop("publish"), "settings": settings}
        return data

    @model_validator(mode="after")
    def _unique_ids(self) -> Catalog:
        seen: set[str] = set()
        for source in self.sources:
            if source.id in seen:
                raise ValueError(f"duplicate source id {source.id!r}")
            seen.add(source.id)
        return self

    def source(self, source_id: str) -> Source:
        for source in self.sources:
            if source.id == source_id:
                return source
        known = ", ".join(s.id for s in self.sources)
        raise KeyError(f"unknown source {source_id!r}; the catalog has: {known}")

    def select(self, source_ids: list[str] | None) -> list[Source]:
        """The enabled sources, or exactly the named ones (named ones even when disabled)."""
        if source_ids:
            return [self.source(source_id) for source_id in source_ids]
        return [source for source in self.sources if source.enabled]
