"""datapackage.json checked by frictionless; dcat.jsonld checked for what DCAT-AP.de requires."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import frictionless

from netdir.publish import DatasetMetadata, publish
from tests.publish.conftest import TODAY

FRICTIONLESS_CLI = Path(sys.executable).with_name("frictionless")


def test_frictionless_cli_validates_the_data_package(published_dir: Path) -> None:
    completed = subprocess.run(
        [str(FRICTIONLESS_CLI), "validate", "datapackage.json"],
        cwd=published_dir,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_data_package_describes_every_published_file(published_dir: Path) -> None:
    package = json.loads((published_dir / "datapackage.json").read_text("utf-8"))
    resources = {r["path"]: r for r in package["resources"]}

    published = {p.name for p in published_dir.iterdir()} - {"datapackage.json"}
    assert set(resources) == published
    for name, resource in resources.items():
        if name != "netdir.duckdb":  # staged from disk by the snapshot callable: no bytes
            assert resource["hash"].startswith("sha256:"), name
    csv_schema = resources["overview.rfc4180.csv"]["schema"]
    csv_fields = [f["name"] for f in csv_schema["fields"]]
    header = (published_dir / "overview.rfc4180.csv").read_text("utf-8").splitlines()[0]
    assert csv_fields == header.split(",")
    enums = {
        f["name"]: f["constraints"]["enum"]
        for f in csv_schema["fields"]
        if "enum" in f.get("constraints", {})
    }
    assert "conference" in enums["kind"] and "community_of_practice" in enums["kind"]
    assert enums["format"] == ["in_person", "online", "hybrid"]
    assert len(enums["state"]) == 16 and "Bayern" in enums["state"]
    assert package["licenses"][0]["name"] == "dl-de-by-2.0"

    report = frictionless.validate(str(published_dir / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "message"])
    package_reader = frictionless.Package(str(published_dir / "datapackage.json"))
    rows = package_reader.get_resource("overview-csv").read_rows()  # type: ignore[attr-defined]
    by_id = {row["id"]: row for row in rows}
    assert len(by_id) == 8
    assert by_id["fachkongress-2027"]["confidence"] == Decimal("0.95")  # typed by the schema
    assert by_id["fachkongress-2027"]["free"] is True


def test_frictionless_notices_a_file_that_changed_after_publishing(published_dir: Path) -> None:
    with (published_dir / "overview.parquet").open("ab") as handle:
        handle.write(b"tampered")

    report = frictionless.validate(str(published_dir / "datapackage.json"))

    assert not report.valid
    assert {error.type for task in report.tasks for error in task.errors} & {
        "hash-count",
        "byte-count",
    }


def test_dcat_describes_the_dataset_and_one_distribution_per_file(
    publish_dir: Path, overview_rows: list[dict[str, Any]]
) -> None:
    meta = DatasetMetadata(base_url="https://daten.example.de/netdir/", publisher_name="Amt X")
    publish(overview_rows, publish_dir, today=TODAY, metadata=meta)
    document = json.loads((publish_dir / "dcat.jsonld").read_text("utf-8"))
    nodes = {node["@id"]: node for node in document["@graph"]}
    [dataset] = [n for n in nodes.values() if n["@type"] == "dcat:Dataset"]
    [catalog] = [n for n in nodes.values() if n["@type"] == "dcat:Catalog"]

    assert document["@context"]["dcatde"] == "http://dcat-ap.de/def/dcatde/"
    assert catalog["dcat:dataset"]["@id"] == dataset["@id"]
    assert dataset["dct:title"]["@value"] == meta.title
    distributions = [nodes[ref["@id"]] for ref in dataset["dcat:distribution"]]
    urls = {d["dcat:downloadURL"]["@id"] for d in distributions}
    assert urls == {
        "https://daten.example.de/netdir/" + name
        for name in (
            "overview.rfc4180.csv",
            "overview.csv",
            "overview.json",
            "overview.ndjson",
            "overview.parquet",
            "upcoming.ics",
            "changes.json",
        )  # no netdir.duckdb: this publish had no snapshot
    }
    for distribution in distributions:
        assert distribution["dcat:mediaType"]["@id"].startswith(
            "https://www.iana.org/assignments/media-types/"
        )
        assert distribution["dct:license"]["@id"] == "http://dcat-ap.de/def/licenses/dl-by-de/2.0"
        name = distribution["dcat:downloadURL"]["@id"].rsplit("/", 1)[1]
        size = int(distribution["dcat:byteSize"]["@value"])
        assert size == (publish_dir / name).stat().st_size


_DCAT_OF_FIXED_FACTS = """
from netdir.publish.dcat import dcat_jsonld_bytes
from netdir.publish.metadata import DESCRIBED_FILES, DatasetMetadata, FileFacts
files = [FileFacts(name, 1000 + i, "ab" * 32) for i, name in enumerate(sorted(DESCRIBED_FILES))]
meta = DatasetMetadata(base_url={base!r}, publisher_name="Amt X")
import sys
sys.stdout.buffer.write(dcat_jsonld_bytes(files, meta, "2026-12-01T10:00:00+00:00"))
"""


def test_dcat_is_the_same_bytes_in_every_process_for_the_same_files() -> None:
    """rdflib orders nodes by hash: without sorting, each run's dcat.jsonld differed."""
    for base in ("https://daten.example.de/netdir/", None):
        outputs = {
            subprocess.run(
                [sys.executable, "-c", _DCAT_OF_FIXED_FACTS.format(base=base)],
                capture_output=True,
                check=True,
                timeout=120,
                env={**os.environ, "PYTHONHASHSEED": str(seed)},
            ).stdout
            for seed in (1, 2, 3, 4)
        }
        assert len(outputs) == 1, base
        assert json.loads(outputs.pop())["@graph"]
