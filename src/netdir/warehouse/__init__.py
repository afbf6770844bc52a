"""Warehouse stage: the only code that talks to DuckDB. SQL lives in ``warehouse/`` at the top."""
