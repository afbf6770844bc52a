"""The real-page corpus: saved pages of public sites and what a human reads on each.

Every page in ``pages/`` has a truth file ``truth/<page stem>.yaml`` naming where the page came
from (repository, path, commit, original URL, licence), its site family, language, the URL it
was saved from and the day it was saved (``today``: relative and yearless dates resolve as on
that day), and the items a reader sees on it. ``dates.yaml`` holds real date/time strings taken
from these pages and fixtures with what ``netdir parse when`` should make of them.

This module only loads and validates; scoring is in ``evaluate.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from netdir import yaml_text

CORPUS_DIR = Path(__file__).resolve().parent
PAGES_DIR = CORPUS_DIR / "pages"
TRUTH_DIR = CORPUS_DIR / "truth"
DATES_FILE = CORPUS_DIR / "dates.yaml"

# A day, or a day with a wall-clock time as the page states it (no offset: pages say "19 Uhr").
_WHEN = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
# French: a structured page of batch U (journee-mondiale.com); its microdata is read like any other.
# Slovene: a Carinthian choir's dates file of structured batch CG (its keys German, its titles Slovene).
LANGUAGES = {"cs", "da", "de", "el", "en", "es", "fi", "fr", "it", "lt", "nl", "no", "sl"}
KINDS = {"listing", "detail", "structured"}

# Reserved for independent evaluation (issue #11): nothing in the corpus or the date rounds may
# come from these, nor from any repository of City-Bureau.
RESERVED_REPOS = frozenset({
    "scrapinghub/extruct", "gruenes-brett/eventscraper", "steffkes/eis-kempten",
    "simonsimonb/calendar-aggregator", "codeformunich/muenchen-transparent",
    "museumsbahn-it-community/museumsbahn-events", "th-koeln/mi-wpf-digitale-kommunikation",
    "jugda/jugda.github.io", "jugaugsburg/www.jug-augsburg.de", "andrekraemer/dnug-koblenz-hp",
    "md-weber/digital-cafe-karlsruhe", "django-de/django-de-v5",
    "tobias-who/sg-breitenguessbach-website", "vogellacompany/larp-hamburg",
    "fablabnbg/homepage-nikola", "woleonard/volksentscheid-transparenz.de",
    "podcast-muc/podcast-muc.github.io", "dk0ru/dk0ru.github.io", "jakopako/goskyr",
    "knugie/ortschaftsrat-leipzig",
})  # fmt: skip
_RESERVED_OWNERS = frozenset({"city-bureau"})
# A fork or copy of a reserved repository holds its pages under another owner
# (kadhonn/museumsbahn-events beside museumsbahn-it-community/museumsbahn-events): a repository of
# a reserved repository's name is kept too, as is every city-scrapers* one. An unrelated
# repository of the same name is then passed over, which costs nothing.
_RESERVED_NAMES = frozenset(repo.split("/")[1] for repo in RESERVED_REPOS)
# „owner/name“ as a text writes it: in a GitHub address or standing alone
_REPO_NAME = re.compile(r"(?<![\w.-])([A-Za-z0-9][A-Za-z0-9-]*)/([A-Za-z0-9._-]+)")


def is_reserved(repo: str) -> bool:
    """Whether ``owner/name`` is kept for independent evaluation (or is a fork or copy of one)."""
    owner, _, name = repo.casefold().partition("/")
    return (
        repo.casefold() in RESERVED_REPOS
        or owner in _RESERVED_OWNERS
        or name in _RESERVED_NAMES
        or name.startswith("city-scrapers")
    )


def reserved_repos_named(text: str) -> set[str]:
    """The reserved repositories a text names as „owner/name“ (in an address or alone)."""
    named = set()
    for found in _REPO_NAME.finditer(text):
        repo = f"{found[1]}/{found[2].rstrip('.')}"
        if is_reserved(repo):
            named.add(repo)
    return named


class CorpusError(ValueError):
    """A truth or dates file that does not say what the corpus needs; the message names it."""


@dataclass(frozen=True, slots=True)
class Item:
    title: str
    start: str
    end: str | None = None
    place: str | None = None


@dataclass(frozen=True, slots=True)
class Origin:
    repo: str
    path: str
    commit: str
    licence: str
    url: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Truth:
    page: Path
    family: str
    kind: str
    language: str
    base_url: str
    today: date
    origin: Origin
    items: tuple[Item, ...] = field(default_factory=tuple)

    @property
    def page_id(self) -> str:
        return self.page.stem


@dataclass(frozen=True, slots=True)
class DateCase:
    text: str
    today: date
    start: str | None
    end: str | None
    all_day: bool | None
    source: str


def _text(data: dict[str, Any], key: str, where: str, *, required: bool = True) -> str | None:
    value = data.get(key)
    if value is None:
        if required:
            raise CorpusError(f"{where}: '{key}' is missing")
        return None
    if isinstance(value, date):  # YAML reads 2026-07-02 as a date
        return value.isoformat()
    if not isinstance(value, str) or not value.strip():
        raise CorpusError(f"{where}: '{key}' must be a non-empty text, found {value!r}")
    return value.strip()


def _when(data: dict[str, Any], key: str, where: str, *, required: bool) -> str | None:
    value = _text(data, key, where, required=required)
    if value is not None and not _WHEN.match(value):
        raise CorpusError(
            f"{where}: '{key}' is {value!r}; write YYYY-MM-DD or YYYY-MM-DDTHH:MM (page's wall time)"
        )
    return value


def _day(data: dict[str, Any], key: str, where: str) -> date:
    value = data.get(key)
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise CorpusError(f"{where}: '{key}' must be a day YYYY-MM-DD, found {value!r}") from exc


def load_truth(path: Path) -> Truth:
    """Read and check one truth file; a CorpusError names the file and the field."""
    where = f"truth/{path.name}"
    try:
        data = yaml_text.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise CorpusError(f"{where}: not valid YAML ({exc}); quote texts that hold ': '") from exc
    if not isinstance(data, dict):
        raise CorpusError(f"{where}: expected a mapping at the top")
    page = PAGES_DIR / str(_text(data, "page", where))
    if not page.is_file():
        raise CorpusError(f"{where}: page {page.name} is not in {PAGES_DIR}")
    if page.stem != path.stem:
        raise CorpusError(f"{where}: truth file must be named after its page ({page.stem}.yaml)")
    origin_data = data.get("origin")
    if not isinstance(origin_data, dict):
        raise CorpusError(f"{where}: 'origin' (repo, path, commit, licence, url) is missing")
    origin = Origin(
        repo=str(_text(origin_data, "repo", f"{where} origin")),
        path=str(_text(origin_data, "path", f"{where} origin")),
        commit=str(_text(origin_data, "commit", f"{where} origin")),
        licence=str(_text(origin_data, "licence", f"{where} origin")),
        url=_text(origin_data, "url", f"{where} origin", required=False),
        note=_text(origin_data, "note", f"{where} origin", required=False),
    )
    if not re.fullmatch(r"[0-9a-f]{40}", origin.commit):
        raise CorpusError(f"{where}: origin commit must be 40 hex digits")
    language = str(_text(data, "language", where))
    if language not in LANGUAGES:
        raise CorpusError(f"{where}: language {language!r} is not one of {sorted(LANGUAGES)}")
    kind = str(_text(data, "kind", where))
    if kind not in KINDS:
        raise CorpusError(f"{where}: kind {kind!r} is not one of {sorted(KINDS)}")
    raw_items = data.get("items")
    # An explicit empty list is a page that announces no event (a post about a radio link, a
    # report): every record netdir makes of it is a false positive, so it measures precision.
    # A missing key or a bare „items:“ (None) is still refused.
    if not isinstance(raw_items, list):
        raise CorpusError(f"{where}: 'items' must list what a reader sees on the page")
    items = []
    for number, raw in enumerate(raw_items, 1):
        at = f"{where} item {number}"
        if not isinstance(raw, dict):
            raise CorpusError(f"{at}: expected title/start/end/place")
        items.append(
            Item(
                title=str(_text(raw, "title", at)),
                start=str(_when(raw, "start", at, required=True)),
                end=_when(raw, "end", at, required=False),
                place=_text(raw, "place", at, required=False),
            )
        )
    return Truth(
        page=page,
        family=str(_text(data, "family", where)),
        kind=kind,
        language=language,
        base_url=str(_text(data, "base_url", where)),
        today=_day(data, "today", where),
        origin=origin,
        items=tuple(items),
    )


def load_corpus() -> list[Truth]:
    """Every truth file, sorted by page; raises CorpusError on the first bad one."""
    return [load_truth(path) for path in sorted(TRUTH_DIR.glob("*.yaml"))]


def load_dates() -> list[DateCase]:
    """The date-string cases of ``dates.yaml``."""
    data = yaml_text.safe_load(DATES_FILE.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise CorpusError(f"{DATES_FILE.name}: expected a list of cases")
    cases = []
    for number, raw in enumerate(data, 1):
        at = f"{DATES_FILE.name} case {number}"
        if not isinstance(raw, dict):
            raise CorpusError(f"{at}: expected text/today/start/end/all_day/source")
        all_day = raw.get("all_day")
        if all_day is not None and not isinstance(all_day, bool):
            raise CorpusError(f"{at}: all_day must be true, false or absent")
        cases.append(
            DateCase(
                text=str(_text(raw, "text", at)),
                today=_day(raw, "today", at),
                start=_when(raw, "start", at, required=False),
                end=_when(raw, "end", at, required=False),
                all_day=all_day,
                source=str(_text(raw, "source", at)),
            )
        )
    return cases
