"""The shipped JSON Schema of overview.json and validation against it."""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import fastjsonschema

from netdir.publish.exceptions import PublishError

if TYPE_CHECKING:
    # Only to say what is wrong once the compiled validator rejected a document: imported then
    # (~0.4 s with its dependencies, which every publish paid for at start-up).
    from jsonschema import Draft202012Validator

SCHEMA_FILE = "overview.schema.json"
#: How many validation errors a PublishError lists before it stops.
MAX_ERRORS_SHOWN = 5


def schema_text() -> str:
    """The schema file's bytes as text, for the copy published next to overview.json."""
    return resources.files("netdir.publish").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


def load_overview_schema() -> dict[str, Any]:
    """The JSON Schema (Draft 2020-12) that overview.json must satisfy."""
    return json.loads(schema_text())


@cache
def _validator() -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    schema = load_overview_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


@cache
def _compiled_validator() -> Any:
    """The schema compiled to Python code: 10,000 offerings in ~0.1 s where jsonschema's
    interpreting validator took ~1.3 s. jsonschema stays the judge of what exactly is wrong."""
    return fastjsonschema.compile(load_overview_schema())


def prepare_validation() -> None:
    """Compile the validator now (~0.1-0.2 s), e.g. while a crawl waits, not when publishing."""
    _compiled_validator()


def validate_overview(document: dict[str, Any]) -> None:
    """Raise PublishError naming the offending offering ids if the document breaks the schema."""
    try:
        _compiled_validator()(document)
    except fastjsonschema.JsonSchemaException as exc:
        errors = sorted(_validator().iter_errors(document), key=lambda e: list(e.absolute_path))
        if not errors:  # the two validators disagree: reject, saying what the fast one saw
            raise PublishError(
                f"overview.json does not match {SCHEMA_FILE}: {exc} → the previous "
                "overview.json was kept; fix the rows (normalize/warehouse) and publish again",
                format="json",
            ) from exc
    else:
        reject_duplicate_ids(document)
        return
    lines = [_describe(error, document) for error in errors[:MAX_ERRORS_SHOWN]]
    more = f" (+{len(errors) - MAX_ERRORS_SHOWN} more)" if len(errors) > MAX_ERRORS_SHOWN else ""
    raise PublishError(
        f"overview.json does not match {SCHEMA_FILE}: {len(errors)} error(s){more}: "
        + "; ".join(lines)
        + " → the previous overview.json was kept; fix the rows (normalize/warehouse) and publish again",
        format="json",
    )


def _describe(error: Any, document: dict[str, Any]) -> str:
    path = list(error.absolute_path)
    where = "/".join(str(part) for part in path) or "(document)"
    if len(path) >= 2 and path[0] == "offerings" and isinstance(path[1], int):
        offerings = document.get("offerings") or []
        offering = offerings[path[1]] if path[1] < len(offerings) else {}
        offering_id = offering.get("id") if isinstance(offering, dict) else None
        field = "/".join(str(part) for part in path[2:]) or "(offering)"
        return f"offering {offering_id!r} field {field}: {error.message}"
    return f"{where}: {error.message}"


def rows_valid(top: dict[str, Any], rows: list[dict[str, Any]]) -> bool:
    """Whether a document of ``top``'s fields and ``rows`` as its offerings passes the compiled
    validator: the second publish process checks the rows a part at a time as they arrive
    (``netdir.publish.parallel``). The schema constrains each offering on its own and the
    document's other fields apart from them, so the parts pass exactly when the whole does. A
    False says no more: ``validate_overview`` of the whole document says what is wrong."""
    try:
        _compiled_validator()({**top, "count": len(rows), "offerings": rows})
    except fastjsonschema.JsonSchemaException:
        return False
    return True


def reject_duplicate_ids(document: dict[str, Any]) -> None:
    # The schema cannot say "unique by id"; calendar UIDs and changes.json rely on it.
    counts = Counter(offering["id"] for offering in document["offerings"])
    duplicates = sorted(offering_id for offering_id, count in counts.items() if count > 1)
    if duplicates:
        raise PublishError(
            f"overview.json would list offering id(s) {', '.join(map(repr, duplicates[:5]))} more "
            "than once → ids must be unique; check the dedup in normalize/warehouse",
            format="json",
        )
