"""Bad catalogs are rejected with messages that name the source and the field."""

from __future__ import annotations

from typing import Any

import pytest

from netdir.catalog import CatalogError, parse_catalog


def _catalog(**overrides: Any) -> dict[str, Any]:
    source: dict[str, Any] = {
        "id": "negz-termine",
        "name": "NEGZ Termine",
        "start_urls": ["https://negz.org/termine/"],
    }
    source.update(overrides)
    return {"sources": [source]}


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"start_urls": ["negz.org/termine"]}, "start_urls.0"),
        ({"start_urls": []}, "start_urls"),
        ({"extract": "magic"}, "extract"),
        ({"level": "Europa"}, "level"),
        ({"extract": "rules"}, "(entry)"),
        ({"rules": {"item": ".termin", "fields": {"url": "a@href"}}}, "rules"),
        ({"rules": {"item": ".t", "fields": {"title": {"select": "h2", "regex": "(("}}}}, "rules"),
        ({"unknown_key": 1}, "unknown_key"),
        ({"settings": {"delay_seconds": -1}}, "settings.delay_seconds"),
    ],
)
def test_bad_entry_names_source_and_field(overrides: dict[str, Any], field: str) -> None:
    with pytest.raises(CatalogError) as excinfo:
        parse_catalog(_catalog(**overrides), origin="test.yaml")
    message = str(excinfo.value)
    assert "test.yaml" in message
    assert "source 'negz-termine'" in message
    assert f"field '{field}" in message


def test_duplicate_ids_are_rejected() -> None:
    data = _catalog()
    data["sources"].append(dict(data["sources"][0]))
    with pytest.raises(CatalogError, match="duplicate source id 'negz-termine'"):
        parse_catalog(data)


def test_id_must_be_a_slug() -> None:
    with pytest.raises(CatalogError, match="lower-case"):
        parse_catalog(_catalog(id="NEGZ Termine"))


def test_rules_without_title_say_which_field_is_missing() -> None:
    with pytest.raises(CatalogError, match="must define 'title'"):
        parse_catalog(_catalog(rules={"item": ".termin", "fields": {"url": "a@href"}}))
