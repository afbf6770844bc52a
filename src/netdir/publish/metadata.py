"""Open-data metadata: a Frictionless Data Package and DCAT-AP.de (JSON-LD) for portals.

Both describe the files of one publish, with sizes and checksums where the file was written in
that publish, so a harvester (GovData, CKAN) or ``frictionless validate`` can check what it got.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from netdir.publish.csv_export import CSV_COLUMNS

LICENSE_DL_BY_DE = "http://dcat-ap.de/def/licenses/dl-by-de/2.0"
LICENSE_DL_BY_DE_PAGE = "https://www.govdata.de/dl-de/by-2-0"


@dataclass(frozen=True)
class DatasetMetadata:
    """What a portal shows about the dataset. ``base_url``: where the files are downloadable."""

    base_url: str
    title: str = "Vernetzungsangebote für die öffentliche Verwaltung"
    description: str = (
        "Automatisch aktualisierte Übersicht über Vernetzungsangebote für Beschäftigte der "
        "öffentlichen Verwaltung in Deutschland: Communities of Practice, Konferenzen, "
        "Plattformen und Netzwerke, mit Terminen, Orten, Themen und Quellen."
    )
    name: str = "netdir-overview"
    publisher_name: str = "netdir"
    publisher_url: str = "https://netdir.example/"
    contact_email: str = "netdir@netdir.example"
    # DCAT-AP.de asks for the portal's contributor id (assigned by GovData on registration).
    contributor_id: str = "http://dcat-ap.de/def/contributors/netdir"
    attribution: str = "netdir, Datenlizenz Deutschland – Namensnennung – Version 2.0"
    keywords: tuple[str, ...] = (
        "Verwaltung",
        "Vernetzung",
        "Community of Practice",
        "Konferenz",
        "Digitalisierung",
    )


@dataclass(frozen=True)
class FileFacts:
    """A file a metadata record describes. Sizes/hashes only when written in this publish."""

    name: str
    data: bytes | None = None


#: file name → (resource name, title, IANA media type, EU file-type code, Frictionless format)
DESCRIBED_FILES: dict[str, tuple[str, str, str, str, str]] = {
    "overview.rfc4180.csv": (
        "overview-csv",
        "Übersicht als CSV (RFC 4180, UTF-8, Komma)",
        "text/csv",
        "CSV",
        "csv",
    ),
    "overview.csv": (
        "overview-csv-excel",
        "Übersicht als CSV für Excel (UTF-8 mit BOM, Semikolon)",
        "text/csv",
        "CSV",
        "csv",
    ),
    "overview.json": (
        "overview-json",
        "Übersicht als JSON (Schema: overview.schema.json)",
        "application/json",
        "JSON",
        "json",
    ),
    "overview.ndjson": (
        "overview-ndjson",
        "Übersicht als NDJSON (ein Angebot je Zeile)",
        "application/x-ndjson",
        "JSON",
        "ndjson",
    ),
    "overview.parquet": (
        "overview-parquet",
        "Übersicht als Apache Parquet",
        "application/vnd.apache.parquet",
        "PARQUET",
        "parquet",
    ),
    "upcoming.ics": (
        "upcoming-ics",
        "Kommende Termine als iCalendar-Abonnement",
        "text/calendar",
        "ICS",
        "ics",
    ),
    "netdir.duckdb": (
        "marts-duckdb",
        "Auswertungstabellen als DuckDB-Datei",
        "application/vnd.duckdb",
        "BIN",
        "duckdb",
    ),
}
# Frictionless checks these resources' contents: the comma CSV as a table, the JSON as JSON.
DATA_PACKAGE_FILES = ("overview.rfc4180.csv", "overview.json", "overview.parquet")


def datapackage_bytes(files: list[FileFacts], meta: DatasetMetadata, modified: str) -> bytes:
    resources = [_package_resource(facts) for facts in files if facts.name in DATA_PACKAGE_FILES]
    package = {
        "name": meta.name,
        "title": meta.title,
        "description": meta.description,
        "homepage": meta.base_url,
        "created": modified,
        "keywords": list(meta.keywords),
        "licenses": [
            {"name": "dl-de-by-2.0", "path": LICENSE_DL_BY_DE_PAGE, "title": meta.attribution}
        ],
        "contributors": [
            {"title": meta.publisher_name, "path": meta.publisher_url, "role": "publisher"}
        ],
        "resources": resources,
    }
    return (json.dumps(package, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _package_resource(facts: FileFacts) -> dict[str, Any]:
    name, title, mediatype, _, fmt = DESCRIBED_FILES[facts.name]
    resource: dict[str, Any] = {
        "name": name,
        "title": title,
        "path": facts.name,
        "format": fmt,
        "mediatype": mediatype,
    }
    if fmt == "csv":
        resource.update(
            profile="tabular-data-resource",
            encoding="utf-8",
            dialect={"delimiter": ",", "header": True, "lineTerminator": "\r\n"},
            schema=csv_table_schema(),
        )
    elif fmt == "parquet":
        # A plain file to Frictionless: reading Parquet as a table would need pandas; its
        # size and checksum are still verified. Its column types live in the file itself.
        resource["type"] = "file"
    else:
        resource.update(profile="data-resource", encoding="utf-8")
    if facts.data is not None:
        resource["bytes"] = len(facts.data)
        resource["hash"] = "sha256:" + hashlib.sha256(facts.data).hexdigest()
    return resource


def csv_table_schema() -> dict[str, Any]:
    """Table Schema of overview.rfc4180.csv: types a consumer can rely on."""
    types = {
        "all_day": "boolean",
        "free": "boolean",
        "confidence": "number",
        "first_seen": "datetime",
        "last_seen": "datetime",
    }
    enums = {
        "format": ["in_person", "online", "hybrid"],
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
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    return {"fields": fields, "primaryKey": ["id"], "missingValues": [""]}


def dcat_jsonld_bytes(files: list[FileFacts], meta: DatasetMetadata, modified: str) -> bytes:
    base = meta.base_url.rstrip("/") + "/"
    dataset_id = base + "#dataset"
    distributions = [
        _distribution(facts, meta, base, modified)
        for facts in files
        if facts.name in DESCRIBED_FILES
    ]
    dataset = {
        "@id": dataset_id,
        "@type": "dcat:Dataset",
        "dct:identifier": dataset_id,
        "dct:title": {"@value": meta.title, "@language": "de"},
        "dct:description": {"@value": meta.description, "@language": "de"},
        "dct:publisher": {
            "@id": meta.publisher_url,
            "@type": "foaf:Organization",
            "foaf:name": meta.publisher_name,
        },
        "dcat:contactPoint": {
            "@type": "vcard:Organization",
            "vcard:fn": meta.publisher_name,
            "vcard:hasEmail": {"@id": "mailto:" + meta.contact_email},
        },
        "dct:license": {"@id": LICENSE_DL_BY_DE},
        "dcatde:licenseAttributionByText": meta.attribution,
        "dcatde:contributorID": {"@id": meta.contributor_id},
        "dcat:theme": {"@id": "http://publications.europa.eu/resource/authority/data-theme/GOVE"},
        "dct:language": {"@id": "http://publications.europa.eu/resource/authority/language/DEU"},
        "dct:spatial": {"@id": "http://dcat-ap.de/def/politicalGeocoding/stateKey/00"},
        "dcat:keyword": [{"@value": k, "@language": "de"} for k in meta.keywords],
        "dct:modified": {"@value": modified, "@type": "xsd:dateTime"},
        "dct:accrualPeriodicity": {
            "@id": "http://publications.europa.eu/resource/authority/frequency/DAILY"
        },
        "dcat:landingPage": {"@id": base + "index.html"},
        "dcat:distribution": [{"@id": d["@id"]} for d in distributions],
    }
    document = {"@context": DCAT_CONTEXT, "@graph": [dataset, *distributions]}
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


DCAT_CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "dcatde": "http://dcat-ap.de/def/dcatde/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "spdx": "http://spdx.org/rdf/terms#",
}


def _distribution(
    facts: FileFacts, meta: DatasetMetadata, base: str, modified: str
) -> dict[str, Any]:
    _, title, mediatype, file_type, _ = DESCRIBED_FILES[facts.name]
    url = base + facts.name
    distribution: dict[str, Any] = {
        "@id": url + "#distribution",
        "@type": "dcat:Distribution",
        "dct:title": {"@value": title, "@language": "de"},
        "dcat:accessURL": {"@id": url},
        "dcat:downloadURL": {"@id": url},
        "dcat:mediaType": {"@id": "https://www.iana.org/assignments/media-types/" + mediatype},
        "dct:format": {
            "@id": "http://publications.europa.eu/resource/authority/file-type/" + file_type
        },
        "dct:license": {"@id": LICENSE_DL_BY_DE},
        "dcatde:licenseAttributionByText": meta.attribution,
        "dct:modified": {"@value": modified, "@type": "xsd:dateTime"},
    }
    if facts.data is not None:
        distribution["dcat:byteSize"] = {
            "@value": str(len(facts.data)),
            "@type": "xsd:nonNegativeInteger",
        }
        distribution["spdx:checksum"] = {
            "@type": "spdx:Checksum",
            "spdx:algorithm": {"@id": "http://spdx.org/rdf/terms#checksumAlgorithm_sha256"},
            "spdx:checksumValue": hashlib.sha256(facts.data).hexdigest(),
        }
    return distribution
