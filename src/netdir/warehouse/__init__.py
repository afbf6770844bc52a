"""Warehouse stage: the only code that talks to DuckDB. SQL lives in ``warehouse/`` at the top.

Layers: ``raw`` (pages and records as fetched and read), ``core`` (offerings with SCD2 history,
sources, runs, per-run source health), ``mart`` (analyst views). See ``warehouse/README.md``.
"""

from netdir.warehouse.exceptions import SchemaTooNew, WarehouseError, WarehouseLocked
from netdir.warehouse.model import PriorState, RunInput, RunSummary
from netdir.warehouse.warehouse import Warehouse

__all__ = [
    "PriorState",
    "RunInput",
    "RunSummary",
    "SchemaTooNew",
    "Warehouse",
    "WarehouseError",
    "WarehouseLocked",
]
