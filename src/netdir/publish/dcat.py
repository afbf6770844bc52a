"""dcat.jsonld: the publish as a DCAT-AP.de catalog, built as an RDF graph with rdflib.

One ``dcat:Catalog`` holds one ``dcat:Dataset`` (the overview) with one ``dcat:Distribution`` per
data file. The graph is checked against the DCAT-AP.de SHACL shapes in the tests. Without a
public URL, ids are written relative to dcat.jsonld itself (JSON-LD resolves them against where
the file was fetched from), so the metadata never names the build machine's directory.
"""

from __future__ import annotations

import json
from typing import Any

from rdflib import RDF, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF

from netdir.publish.metadata import DESCRIBED_FILES, DatasetMetadata, FileFacts

DCATDE = Namespace("http://dcat-ap.de/def/dcatde/")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
EU = "http://publications.europa.eu/resource/authority/"
IANA = "https://www.iana.org/assignments/media-types/"
#: Stands in for the publish directory while the graph is built without a public URL.
_RELATIVE_BASE = "https://netdir.invalid/publish/"

CONTEXT = {
    "dcat": str(DCAT),
    "dct": str(DCTERMS),
    "dcatde": str(DCATDE),
    "foaf": str(FOAF),
    "vcard": str(VCARD),
    "xsd": str(XSD),
}


def dcat_graph(files: list[FileFacts], meta: DatasetMetadata, modified: str) -> Graph:
    """The catalog, its dataset and one distribution per data file, as RDF."""
    base = meta.base_url or _RELATIVE_BASE
    graph = Graph()
    for prefix, namespace in CONTEXT.items():
        graph.bind(prefix, namespace)
    when = Literal(modified, datatype=XSD.dateTime)
    licence = URIRef(meta.licence_uri)
    graph.add((licence, RDF.type, DCTERMS.LicenseDocument))

    publisher = URIRef(meta.publisher_url) if meta.publisher_url else BNode("publisher")
    # Both types: the shapes check foaf:Agent without RDFS inference.
    graph.add((publisher, RDF.type, FOAF.Agent))
    graph.add((publisher, RDF.type, FOAF.Organization))
    graph.add((publisher, FOAF.name, Literal(meta.publisher_name)))

    catalog = URIRef(base + "#catalog")
    dataset = URIRef(base + "#dataset")
    graph.add((catalog, RDF.type, DCAT.Catalog))
    graph.add((catalog, DCTERMS.title, Literal(meta.title, lang="de")))
    graph.add((catalog, DCTERMS.description, Literal(meta.description, lang="de")))
    graph.add((catalog, DCTERMS.publisher, publisher))
    graph.add((catalog, DCTERMS.license, licence))
    graph.add((catalog, DCTERMS.modified, when))
    graph.add((catalog, DCTERMS.language, URIRef(EU + "language/DEU")))
    graph.add((catalog, FOAF.homepage, URIRef(base + "index.html")))
    graph.add((catalog, DCAT.dataset, dataset))

    graph.add((dataset, RDF.type, DCAT.Dataset))
    graph.add((dataset, DCTERMS.identifier, Literal(str(dataset))))
    graph.add((dataset, DCTERMS.title, Literal(meta.title, lang="de")))
    graph.add((dataset, DCTERMS.description, Literal(meta.description, lang="de")))
    graph.add((dataset, DCTERMS.publisher, publisher))
    graph.add((dataset, DCTERMS.modified, when))
    graph.add((dataset, DCTERMS.language, URIRef(EU + "language/DEU")))
    graph.add((dataset, DCAT.theme, URIRef(EU + "data-theme/GOVE")))
    graph.add((dataset, DCTERMS.accrualPeriodicity, URIRef(EU + "frequency/DAILY")))
    graph.add(
        (dataset, DCTERMS.spatial, URIRef("http://dcat-ap.de/def/politicalGeocoding/stateKey/00"))
    )
    graph.add((dataset, DCAT.landingPage, URIRef(base + "index.html")))
    for keyword in meta.keywords:
        graph.add((dataset, DCAT.keyword, Literal(keyword, lang="de")))
    if meta.contributor_id:
        graph.add((dataset, DCATDE.contributorID, URIRef(meta.contributor_id)))
    if meta.contact_email:
        contact = BNode("contact")
        graph.add((dataset, DCAT.contactPoint, contact))
        graph.add((contact, RDF.type, VCARD.Kind))
        graph.add((contact, RDF.type, VCARD.Organization))
        graph.add((contact, VCARD.fn, Literal(meta.publisher_name)))
        graph.add((contact, VCARD.hasEmail, URIRef("mailto:" + meta.contact_email)))

    for facts in files:
        described = DESCRIBED_FILES.get(facts.name)
        if described is None or not described.distribution:
            continue
        url = URIRef(base + facts.name)
        distribution = URIRef(base + facts.name + "#distribution")
        graph.add((dataset, DCAT.distribution, distribution))
        graph.add((distribution, RDF.type, DCAT.Distribution))
        graph.add((distribution, DCTERMS.title, Literal(described.title, lang="de")))
        graph.add((distribution, DCAT.accessURL, url))
        graph.add((distribution, DCAT.downloadURL, url))
        media_type = URIRef(IANA + described.mediatype)
        graph.add((media_type, RDF.type, DCTERMS.MediaType))
        graph.add((distribution, DCAT.mediaType, media_type))
        file_type = URIRef(EU + "file-type/" + described.file_type)
        graph.add((file_type, RDF.type, DCTERMS.MediaTypeOrExtent))
        graph.add((distribution, DCTERMS.format, file_type))
        graph.add((distribution, DCTERMS.license, licence))
        graph.add((distribution, DCATDE.licenseAttributionByText, Literal(meta.attribution)))
        graph.add((distribution, DCTERMS.modified, when))
        if facts.size is not None:
            # DCAT-AP 2.1 types the size as xsd:decimal. Checksums live in datapackage.json:
            # DCAT-AP.de wants the algorithm from its own hash vocabulary.
            size = Literal(str(facts.size), datatype=XSD.decimal)
            graph.add((distribution, DCAT.byteSize, size))
    return graph


def dcat_jsonld_bytes(files: list[FileFacts], meta: DatasetMetadata, modified: str) -> bytes:
    graph = dcat_graph(files, meta, modified)
    document = json.loads(graph.serialize(format="json-ld", context=CONTEXT, auto_compact=True))
    if not meta.base_url:
        document = _relative_ids(document)
    document = _in_stable_order(document)
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _in_stable_order(node: Any) -> Any:
    """Sort every JSON-LD set (all arrays but an ``@list``'s) by its items' text.

    rdflib writes a graph's nodes and a property's values in hash order, which differs from
    process to process: the same data gave a different dcat.jsonld each run, so a mirror or a
    checksum saw a change where there was none. A set's order carries no meaning in JSON-LD.
    """
    if isinstance(node, dict):
        return {
            key: value if key == "@list" else _in_stable_order(value) for key, value in node.items()
        }
    if isinstance(node, list):
        items = [_in_stable_order(item) for item in node]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))
    return node


def _relative_ids(node: Any) -> Any:
    """Replace the stand-in base in every ``@id`` by nothing: ids relative to dcat.jsonld."""
    if isinstance(node, dict):
        return {
            key: (
                value.removeprefix(_RELATIVE_BASE)
                if key == "@id" and isinstance(value, str)
                else _relative_ids(value)
            )
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_relative_ids(item) for item in node]
    if isinstance(node, str) and node.startswith(_RELATIVE_BASE):
        return node.removeprefix(_RELATIVE_BASE)  # dct:identifier of the dataset
    return node
