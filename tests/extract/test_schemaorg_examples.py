"""The schema.org project's own Event examples: the same events in JSON-LD, microdata and RDFa.

``fixtures/schemaorg/event_examples.json`` holds every example of schemaorg/schemaorg (Apache-2.0,
``data/*examples.txt`` and ``data/ext/**``, commit cc71c8e064859e912aac8b11ec06e6bc53255b6a) whose
JSON-LD has a named, dated Event (any subtype, nested anywhere: ``TouristAttraction.event``,
``EventReservation.reservationFor``, ``LiveBlogPosting.about``, ``BroadcastEvent.broadcastOfEvent``,
``Person.lifeEvent``, …). The expected events are read from the JSON-LD by this file's own walker,
never from netdir; each syntax of the example must give them with their day, most title words,
end and place.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from netdir.extract import extract_page
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.realpages.evaluate import overlap

EXAMPLES = json.loads(
    (Path(__file__).parent / "fixtures" / "schemaorg" / "event_examples.json").read_text("utf-8")
)
# Examples whose syntaxes disagree with their own JSON-LD (the example is wrong, not netdir).
_INCONSISTENT = {
    ("eg-0436", "rdfa"): "its RDFa states 2016-10-01 in content=, its JSON-LD 2016-09-15",
    (
        "eg-0437",
        "microdata",
    ): "its microdata names 'Las Fallas 2017' first, its JSON-LD 'The Falles'",
    ("eg-0437", "rdfa"): "its RDFa names 'Las Fallas 2017' first, its JSON-LD 'The Falles'",
}
_SCRIPT = re.compile(r"<script[^>]*>(.*?)</script>", re.S)


def _types(node: dict[str, Any]) -> set[str]:
    raw = node.get("@type", [])
    return {
        str(t).rsplit("/", 1)[-1].rsplit(":", 1)[-1]
        for t in (raw if isinstance(raw, list) else [raw])
    }


def _text(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value"))
    return None if value is None else str(value)


def _place(value: object) -> str | None:
    if isinstance(value, dict) and value.get("name"):
        return str(value["name"])
    if isinstance(value, dict) and isinstance(value.get("address"), dict):
        return str(value["address"].get("addressLocality") or "") or None
    return value if isinstance(value, str) else None


def expected_events(example: dict[str, Any]) -> list[dict[str, str | None]]:
    script = _SCRIPT.search(example["JSON"])
    found: list[dict[str, Any]] = []

    def walk(node: object) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            if any(t.endswith("Event") or t == "CourseInstance" for t in _types(node)):
                found.append(node)
            for value in node.values():
                walk(value)

    walk(json.loads(script.group(1) if script else example["JSON"]))
    return [
        {"title": _text(e.get("name")), "start": _text(e.get("startDate")),
         "end": _text(e.get("endDate")), "place": _place(e.get("location"))}
        for e in found if e.get("name") and e.get("startDate")
    ]  # fmt: skip


def page_of(example: dict[str, Any], syntax: str) -> str:
    if syntax == "jsonld":
        body = example["JSON"]
        if "<script" not in body:
            body = f'<script type="application/ld+json">{body}</script>'
    else:
        body = example["MICRODATA" if syntax == "microdata" else "RDFA"]
    return f"<!DOCTYPE html><html><head><title>Example</title></head><body>{body}</body></html>"


def _cases() -> list[Any]:
    cases = []
    for example in EXAMPLES:
        for syntax, key, marker in (("jsonld", "JSON", ""), ("microdata", "MICRODATA", "itemscope"), ("rdfa", "RDFA", "typeof")):  # fmt: skip
            if marker in (example.get(key) or "") and example.get(key):
                marks = []
                if (example["id"], syntax) in _INCONSISTENT:
                    marks = [
                        pytest.mark.xfail(reason=_INCONSISTENT[example["id"], syntax], strict=True)
                    ]
                cases.append(
                    pytest.param(example, syntax, id=f"{example['id']}-{syntax}", marks=marks)
                )
    return cases


def _found(expected: dict[str, str | None], records: list[RawRecord]) -> RawRecord | None:
    """The record of the expected event's day with most of its title words (the best one)."""
    same_day = [
        (overlap(expected["title"], record.title), index, record)
        for index, record in enumerate(records)
        if record.start and expected["start"] and record.start[:10] == expected["start"][:10]
    ]
    best = max(same_day, key=lambda item: (item[0], -item[1]), default=None)
    return best[2] if best is not None and best[0] > 0.5 else None


@pytest.mark.parametrize(("example", "syntax"), _cases())
def test_every_syntax_of_an_example_gives_its_events(example: dict[str, Any], syntax: str) -> None:
    records = extract_page(page_from_text(page_of(example, syntax))).records
    for expected in expected_events(example):
        record = _found(expected, records)
        assert record is not None, (expected, [(r.title, r.start) for r in records])
        assert record.field_sources["start"].startswith(f"{syntax}:")
        if expected["end"]:
            assert record.end is not None and record.end[:10] == expected["end"][:10]
        if expected["place"]:
            location = " ".join(filter(None, (record.location_text, record.venue, record.city)))
            assert overlap(expected["place"], location) >= 0.5, (expected["place"], location)


def test_the_examples_cover_every_syntax_and_many_event_types() -> None:
    cases = _cases()
    assert len(cases) >= 50
    types = {t for example in EXAMPLES for t in example["types"].replace(",", " ").split()}
    assert {"MusicEvent", "TheaterEvent", "BroadcastEvent", "ExhibitionEvent"} <= types
