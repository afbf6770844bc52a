"""The publish formats by name: light, so the CLI can list them without importing renderers."""

FORMATS = ("json", "ndjson", "csv", "parquet", "ics", "html", "duckdb", "changes", "metadata")
