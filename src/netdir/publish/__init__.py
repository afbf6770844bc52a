"""Publish stage: the only code that writes published files.

``publish(rows, out)`` writes overview.json (+ schema), NDJSON, two CSVs, Parquet, an iCal feed,
an offline web page, the DuckDB marts snapshot, changes.json and open-data metadata into a
directory or fsspec URL, all-or-nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from netdir.lazy_exports import lazy_exports
from netdir.publish.exceptions import PublishError
from netdir.publish.formats import FORMATS
from netdir.publish.target import check_target

if TYPE_CHECKING:
    from netdir.publish.metadata import DatasetMetadata
    from netdir.publish.publisher import FORMAT_FILES, PublishReport, publish, write_overview
    from netdir.publish.schema import load_overview_schema, validate_overview

# Imported on first use: the renderers pull in pyarrow, rdflib, jsonschema and icalendar
# (~0.5 s), which an unchanged re-run, `netdir --help` or a check of --out never need.
_LAZY = {
    "DatasetMetadata": "netdir.publish.metadata",
    "FORMAT_FILES": "netdir.publish.publisher",
    "PublishReport": "netdir.publish.publisher",
    "publish": "netdir.publish.publisher",
    "write_overview": "netdir.publish.publisher",
    "load_overview_schema": "netdir.publish.schema",
    "validate_overview": "netdir.publish.schema",
}


__getattr__ = lazy_exports(__name__, globals(), _LAZY)


__all__ = [
    "FORMATS",
    "FORMAT_FILES",
    "DatasetMetadata",
    "PublishError",
    "PublishReport",
    "check_target",
    "load_overview_schema",
    "publish",
    "validate_overview",
    "write_overview",
]
