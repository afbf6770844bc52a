"""Reading and validating catalog files."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from netdir.catalog.exceptions import CatalogError
from netdir.catalog.model import Catalog
from netdir.yaml_text import safe_load


def default_catalog_path() -> Path:
    """The shipped real catalog of German public-sector networking sources."""
    return Path(str(resources.files("netdir.catalog").joinpath("sources.yaml")))


def load_catalog(path: Path | str | None = None) -> Catalog:
    """Load and validate a catalog; raise ``CatalogError`` naming source and field on problems."""
    catalog_path = Path(path) if path is not None else default_catalog_path()
    try:
        data = safe_load(catalog_path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise CatalogError(f"{catalog_path}: catalog file not found") from exc
    except IsADirectoryError as exc:
        raise CatalogError(f"{catalog_path}: is a directory; pass the catalog YAML file") from exc
    except UnicodeDecodeError as exc:
        raise CatalogError(
            f"{catalog_path}: not UTF-8 text (byte {exc.start}: {exc.reason}); save the "
            "catalog as UTF-8"
        ) from exc
    except OSError as exc:
        raise CatalogError(f"{catalog_path}: cannot read the catalog ({exc.strerror})") from exc
    except yaml.YAMLError as exc:
        raise CatalogError(f"{catalog_path}: not valid YAML: {exc}") from exc
    return parse_catalog(data, origin=str(catalog_path))


def parse_catalog(data: Any, *, origin: str = "<catalog>") -> Catalog:
    if not isinstance(data, dict) or "sources" not in data:
        raise CatalogError(f"{origin}: expected a mapping with a 'sources' list")
    try:
        return Catalog.model_validate(data)
    except ValidationError as exc:
        raise CatalogError(_describe(exc, data, origin)) from exc


def _describe(exc: ValidationError, data: dict[str, Any], origin: str) -> str:
    """Turn pydantic's error locations into 'source <id>, field <path>: message' lines."""
    sources = data.get("sources") or []
    lines = [f"{origin}: invalid catalog"]
    for error in exc.errors():
        location = list(error["loc"])
        where = ".".join(str(part) for part in location) or "(top level)"
        if len(location) >= 2 and location[0] == "sources" and isinstance(location[1], int):
            index = location[1]
            entry = sources[index] if index < len(sources) else {}
            source_id = (
                entry.get("id", f"#{index + 1}") if isinstance(entry, dict) else f"#{index + 1}"
            )
            field_path = ".".join(str(part) for part in location[2:]) or "(entry)"
            where = f"source {source_id!r}, field {field_path!r}"
        lines.append(f"  {where}: {error['msg']}")
    return "\n".join(lines)
