"""Open-data metadata: a Frictionless Data Package (here) and DCAT-AP.de (``dcat.py``).

Both describe the files of one publish, with sizes and checksums where the file was written in
that publish, so a harvester (GovData, CKAN) or ``frictionless validate`` can check what it got.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from netdir.normalize.classify import KINDS
from netdir.normalize.gazetteer import STATES
from netdir.publish.csv_export import CSV_COLUMNS

if TYPE_CHECKING:
    # Only named in annotations: the second publish process (render_child) imports this module
    # and would otherwise import the catalog's pydantic models for nothing (~0.4 of 0.7 s).
    from netdir.catalog.publish_settings import PublishSettings

LICENSE_DL_BY_DE = "http://dcat-ap.de/def/licenses/dl-by-de/2.0"
LICENSE_DL_BY_DE_PAGE = "https://www.govdata.de/dl-de/by-2-0"


@dataclass(frozen=True)
class DatasetMetadata:
    """What a portal shows about the dataset.

    ``base_url``: where the files are downloadable (the catalog's ``publish.public_url``). None
    writes ids relative to the metadata file itself, so they resolve wherever it is served from
    and never name the build machine's directory.
    """

    base_url: str | None = None
    title: str = "Vernetzungsangebote für die öffentliche Verwaltung"
    description: str = (
        "Automatisch aktualisierte Übersicht über Vernetzungsangebote für Beschäftigte der "
        "öffentlichen Verwaltung in Deutschland: Communities of Practice, Konferenzen, "
        "Plattformen und Netzwerke, mit Terminen, Orten, Themen und Quellen."
    )
    name: str = "netdir-overview"
    publisher_name: str = "netdir"
    publisher_url: str | None = None
    contact_email: str | None = None
    #: DCAT-AP.de: the portal's contributor id (assigned by GovData on registration), if any.
    contributor_id: str | None = None
    licence_uri: str = LICENSE_DL_BY_DE
    licence_page: str = LICENSE_DL_BY_DE_PAGE
    licence_name: str = "dl-de-by-2.0"
    licence_title: str = "Datenlizenz Deutschland – Namensnennung – Version 2.0"
    attribution: str = "netdir, Datenlizenz Deutschland – Namensnennung – Version 2.0"
    impressum_url: str | None = None  # linked from index.html
    accessibility_url: str | None = None  # Barrierefreiheitserklärung, linked from index.html
    keywords: tuple[str, ...] = (
        "Verwaltung",
        "Vernetzung",
        "Community of Practice",
        "Konferenz",
        "Digitalisierung",
    )

    @classmethod
    def from_settings(
        cls, settings: PublishSettings, *, public_url: str | None = None
    ) -> DatasetMetadata:
        """The catalog's ``publish:`` block; ``public_url`` (``--public-url``) overrides its URL."""
        base = public_url or settings.public_url
        return cls(
            base_url=base.rstrip("/") + "/" if base else None,
            publisher_name=settings.publisher.name,
            publisher_url=settings.publisher.url,
            contact_email=settings.publisher.email,
            contributor_id=settings.contributor_id,
            licence_uri=settings.licence_uri,
            licence_page=settings.licence_page,
            licence_name=settings.licence_name,
            licence_title=settings.licence_title,
            attribution=settings.attribution_text,
            impressum_url=settings.impressum_url,
            accessibility_url=settings.accessibility_url,
        )


@dataclass(frozen=True)
class FileFacts:
    """A file a metadata record describes. Size and hash only when written in this publish:
    taken when it is written, so its bytes need not be kept until the metadata is."""

    name: str
    size: int | None = None
    sha256: str | None = None  # hex digest

    @classmethod
    def of(cls, name: str, data: bytes | Sequence[bytes]) -> FileFacts:
        """Of a file's bytes, or of the parts that are its bytes in order."""
        parts = [data] if isinstance(data, bytes) else data
        digest = hashlib.sha256()
        for part in parts:
            digest.update(part)
        return cls(name, sum(map(len, parts)), digest.hexdigest())


@dataclass(frozen=True)
class DescribedFile:
    """How the metadata names one published file."""

    resource: str  # Data Package resource name
    title: str  # German title for portals
    mediatype: str  # IANA media type
    file_type: str  # EU file-type authority code (DCAT dct:format)
    format: str  # Data Package format
    distribution: bool = True  # a DCAT distribution (data), or only listed in the package


#: Every file a publish can write, except datapackage.json itself, in the order described.
DESCRIBED_FILES: dict[str, DescribedFile] = {
    "overview.rfc4180.csv": DescribedFile(
        "overview-csv", "Übersicht als CSV (RFC 4180, UTF-8, Komma)", "text/csv", "CSV", "csv"
    ),
    "overview.csv": DescribedFile(
        "overview-csv-excel",
        "Übersicht als CSV für Excel (UTF-8 mit BOM, Semikolon, deutsche Spaltennamen)",
        "text/csv",
        "CSV",
        "csv",
    ),
    "overview.json": DescribedFile(
        "overview-json",
        "Übersicht als JSON (Schema: overview.schema.json)",
        "application/json",
        "JSON",
        "json",
    ),
    "overview.ndjson": DescribedFile(
        "overview-ndjson",
        "Übersicht als NDJSON (ein Angebot je Zeile)",
        "application/x-ndjson",
        "JSON",
        "ndjson",
    ),
    "overview.parquet": DescribedFile(
        "overview-parquet",
        "Übersicht als Apache Parquet",
        "application/vnd.apache.parquet",
        "PARQUET",
        "parquet",
    ),
    "upcoming.ics": DescribedFile(
        "upcoming-ics", "Kommende Termine als iCalendar-Abonnement", "text/calendar", "ICS", "ics"
    ),
    "netdir.duckdb": DescribedFile(
        "marts-duckdb",
        "Auswertungstabellen als DuckDB-Datei",
        "application/vnd.duckdb",
        "BIN",
        "duckdb",
    ),
    "changes.json": DescribedFile(
        "changes-json",
        "Änderungen gegenüber der vorigen Veröffentlichung (JSON)",
        "application/json",
        "JSON",
        "json",
    ),
    "overview.schema.json": DescribedFile(
        "overview-schema",
        "JSON Schema von overview.json",
        "application/schema+json",
        "JSON",
        "json",
        distribution=False,
    ),
    "index.html": DescribedFile(
        "index-html",
        "Durchsuchbare Übersicht als Webseite (offline nutzbar)",
        "text/html",
        "HTML",
        "html",
        distribution=False,
    ),
    "dcat.jsonld": DescribedFile(
        "dcat-jsonld",
        "Metadaten nach DCAT-AP.de (JSON-LD)",
        "application/ld+json",
        "JSON_LD",
        "jsonld",
        distribution=False,
    ),
}
DESCRIBED_FILES.update(
    {
        f"upcoming-{kind}.ics": DescribedFile(
            f"upcoming-{kind.replace('_', '-')}-ics",
            f"Kommende Termine der Art {kind} als iCalendar-Abonnement",
            "text/calendar",
            "ICS",
            "ics",
            distribution=False,
        )
        for kind in KINDS
    }
)
#: Read as a table by Frictionless (types, enums, unique id checked); the rest as plain files
#: whose size and checksum it verifies.
TABULAR_FILES = ("overview.rfc4180.csv",)


def datapackage_bytes(files: list[FileFacts], meta: DatasetMetadata, modified: str) -> bytes:
    resources = [_package_resource(facts) for facts in files if facts.name in DESCRIBED_FILES]
    package: dict[str, Any] = {
        "name": meta.name,
        "title": meta.title,
        "description": meta.description,
        "created": modified,
        "keywords": list(meta.keywords),
        "licenses": [
            {"name": meta.licence_name, "path": meta.licence_page, "title": meta.attribution}
        ],
        "contributors": [_publisher(meta)],
        "resources": resources,
    }
    if meta.base_url:
        package["homepage"] = meta.base_url + "index.html"
    return (json.dumps(package, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _publisher(meta: DatasetMetadata) -> dict[str, Any]:
    publisher: dict[str, Any] = {"title": meta.publisher_name, "role": "publisher"}
    if meta.publisher_url:
        publisher["path"] = meta.publisher_url
    if meta.contact_email:
        publisher["email"] = meta.contact_email
    return publisher


def _package_resource(facts: FileFacts) -> dict[str, Any]:
    described = DESCRIBED_FILES[facts.name]
    resource: dict[str, Any] = {
        "name": described.resource,
        "title": described.title,
        "path": facts.name,
        "format": described.format,
        "mediatype": described.mediatype,
    }
    if facts.name in TABULAR_FILES:
        resource.update(
            profile="tabular-data-resource",
            encoding="utf-8",
            dialect={"delimiter": ",", "header": True, "lineTerminator": "\r\n"},
            schema=csv_table_schema(),
        )
    elif facts.name == "overview.json":
        resource.update(profile="data-resource", encoding="utf-8")
    else:
        # A plain file to Frictionless (reading Parquet or NDJSON with nested lists as a table
        # would need extra plugins); its size and checksum are still verified.
        resource["type"] = "file"
    if facts.size is not None:
        resource["bytes"] = facts.size
        resource["hash"] = "sha256:" + str(facts.sha256)
    return resource


def csv_table_schema() -> dict[str, Any]:
    """Table Schema of overview.rfc4180.csv: types and allowed values a consumer can rely on."""
    types = {
        "all_day": "boolean",
        "free": "boolean",
        "confidence": "number",
        "first_seen": "datetime",
        "last_seen": "datetime",
        "stale_since": "datetime",
    }
    enums = {
        "kind": list(KINDS),
        "format": ["in_person", "online", "hybrid"],
        "state": list(STATES),
        "status": ["scheduled", "cancelled", "postponed", "past"],
        "date_precision": ["minute", "day", "week", "month", "season", "year"],
    }
    fields: list[dict[str, Any]] = []
    for column in CSV_COLUMNS:
        field: dict[str, Any] = {"name": column, "type": types.get(column, "string")}
        constraints: dict[str, Any] = {}
        if column in ("id", "title"):
            constraints["required"] = True
        if column == "id":
            constraints["unique"] = True
        if column in enums:
            constraints["enum"] = enums[column]
        if column == "confidence":
            constraints.update(minimum=0, maximum=1)
        if column in ("audience", "topics", "source_ids"):
            field["description"] = "Liste, getrennt durch ', '"
        if column == "source_urls":
            field["description"] = "Liste, getrennt durch Leerzeichen"
        if column in ("start", "end"):
            field["description"] = "ISO 8601: Datum oder Zeitpunkt mit UTC-Versatz"
        if column == "state":
            field["description"] = "Bundesland"
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    return {"fields": fields, "primaryKey": ["id"], "missingValues": [""]}
