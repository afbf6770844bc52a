"""Errors of the warehouse stage; each message says what happened and what to do."""

from __future__ import annotations


class WarehouseError(Exception):
    """Something is wrong with the warehouse file or what was asked of it."""


class WarehouseLocked(WarehouseError):
    """Another process holds the DuckDB file (DuckDB allows one process per file)."""


class SchemaTooNew(WarehouseError):
    """The file was written by a newer netdir than this one; it is not touched."""
