"""dcat.jsonld checked the way a portal checks it: parsed as RDF and validated with pyshacl
against the DCAT-AP.de 2.0 SHACL shapes (vendored in shacl/, see its README)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from pyshacl import validate
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import DCAT, DCTERMS

from netdir.catalog import parse_catalog
from netdir.cli.main import main
from netdir.publish import DatasetMetadata, publish
from tests.publish.conftest import GENERATED_AT, TODAY, fake_snapshot

SHACL = Path(__file__).parent / "shacl"
PUBLIC = "https://daten.example.de/netdir/"


@cache
def _shapes() -> Graph:
    shapes = Graph()
    for path in sorted(SHACL.glob("dcat-ap*.ttl")):
        shapes.parse(path, format="turtle")
    return shapes


def _shacl_results(data: Graph) -> tuple[bool, str]:
    vocabularies = Graph().parse(SHACL / "vocabulary-excerpt.ttl", format="turtle")
    conforms, _, text = validate(data + vocabularies, shacl_graph=_shapes(), inference="none")
    return bool(conforms), str(text)


def _publish_metadata(out: Path, rows: list[dict[str, Any]], meta: DatasetMetadata) -> None:
    publish(
        rows, out, generated_at=GENERATED_AT, today=TODAY, snapshot=fake_snapshot, metadata=meta
    )


def _graph(path: Path, base: str) -> Graph:
    return Graph().parse(data=path.read_text("utf-8"), format="json-ld", publicID=base)


@pytest.fixture
def settings_meta() -> DatasetMetadata:
    catalog = parse_catalog(
        {
            "publish": {
                "public_url": PUBLIC.rstrip("/"),
                "publisher": {
                    "name": "Geschäftsstelle Vernetzung",
                    "url": "https://vernetzung.example.de/",
                    "email": "kontakt@vernetzung.example.de",
                },
                "contributor_id": "http://dcat-ap.de/def/contributors/vernetzungExample",
            },
            "sources": [],
        }
    )
    return DatasetMetadata.from_settings(catalog.publish)


def test_dcat_conforms_to_the_dcat_ap_de_shapes_without_warnings(
    publish_dir: Path, overview_rows: list[dict[str, Any]], settings_meta: DatasetMetadata
) -> None:
    _publish_metadata(publish_dir, overview_rows, settings_meta)
    graph = _graph(publish_dir / "dcat.jsonld", PUBLIC)

    conforms, report = _shacl_results(graph)
    assert conforms, report
    assert "Results" not in report  # not even a warning
    [catalog] = graph.subjects(RDF.type, DCAT.Catalog)
    [dataset] = graph.objects(catalog, DCAT.dataset)
    publisher = graph.value(dataset, DCTERMS.publisher)
    assert publisher == URIRef("https://vernetzung.example.de/")
    downloads = {str(url) for url in graph.objects(None, DCAT.downloadURL)}
    assert PUBLIC + "overview.parquet" in downloads and PUBLIC + "netdir.duckdb" in downloads


def test_the_shapes_catch_a_dataset_without_a_title(
    publish_dir: Path, overview_rows: list[dict[str, Any]], settings_meta: DatasetMetadata
) -> None:
    _publish_metadata(publish_dir, overview_rows, settings_meta)
    graph = _graph(publish_dir / "dcat.jsonld", PUBLIC)
    [dataset] = graph.subjects(RDF.type, DCAT.Dataset)
    graph.remove((dataset, DCTERMS.title, None))

    conforms, report = _shacl_results(graph)
    assert not conforms
    assert "dct:title" in report


def test_without_a_public_url_no_file_path_leaks_and_ids_resolve_where_served(
    publish_dir: Path, overview_rows: list[dict[str, Any]]
) -> None:
    _publish_metadata(publish_dir, overview_rows, DatasetMetadata())  # no public URL anywhere

    for name in ("dcat.jsonld", "datapackage.json"):
        text = (publish_dir / name).read_text("utf-8")
        assert "file:" not in text and str(publish_dir) not in text, name
    mirror = "https://mirror.example.org/any/where/"
    graph = _graph(publish_dir / "dcat.jsonld", mirror)
    downloads = {str(url) for url in graph.objects(None, DCAT.downloadURL)}
    assert mirror + "overview.json" in downloads
    conforms, report = _shacl_results(graph)
    assert conforms, report


def test_export_takes_the_public_url_and_publisher_from_the_catalog(
    warehouse_file: Path, tmp_path: Path
) -> None:
    catalog = tmp_path / "catalog.yaml"
    catalog.write_text(
        "settings:\n  publish:\n    public_url: https://daten.example.de/netdir\n"
        "    publisher: {name: Amt für Vernetzung, email: daten@amt.example.de}\n"
        "sources: []\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert (
        main(["export", "--db", str(warehouse_file), "--out", str(out), "--catalog", str(catalog)])
        == 0
    )

    package = json.loads((out / "datapackage.json").read_text("utf-8"))
    assert package["homepage"] == PUBLIC + "index.html"
    assert package["contributors"][0]["title"] == "Amt für Vernetzung"
    dcat = (out / "dcat.jsonld").read_text("utf-8")
    assert "file:" not in dcat and PUBLIC + "overview.csv" in dcat
