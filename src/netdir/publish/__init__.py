"""Publish stage: the only code that writes published files.

``publish(rows, out)`` writes overview.json (+ schema), NDJSON, two CSVs, Parquet, an iCal feed,
an offline web page, the DuckDB marts snapshot, changes.json and open-data metadata into a
directory or fsspec URL, all-or-nothing.
"""

from netdir.publish.exceptions import PublishError
from netdir.publish.metadata import DatasetMetadata
from netdir.publish.publisher import FORMAT_FILES, FORMATS, PublishReport, publish, write_overview
from netdir.publish.schema import load_overview_schema, validate_overview
from netdir.publish.target import check_target

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
