"""Where the warehouse SQL lives: ``warehouse/migrations`` and ``warehouse/views`` of the checkout.

The SQL is kept at the repository top so analysts review it like code; ``NETDIR_SQL_DIR`` points
elsewhere (a directory holding ``migrations/`` and ``views/``), e.g. for an installed wheel.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from netdir import lazy_re
from netdir.warehouse.exceptions import WarehouseError

SQL_DIR_ENV = "NETDIR_SQL_DIR"
_MIGRATION_NAME = lazy_re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def sql_dir() -> Path:
    """The directory holding ``migrations/`` and ``views/``.

    ``NETDIR_SQL_DIR`` if set; else ``warehouse/`` of the checkout (src/netdir/warehouse/… →
    parents[3]); else ``netdir/warehouse/sql`` inside an installed wheel, where a hatch
    ``force-include`` can copy the same files.
    """
    override = os.environ.get(SQL_DIR_ENV)
    if override:
        candidates = [Path(override)]
    else:
        here = Path(__file__).resolve()
        candidates = [here.parents[3] / "warehouse", here.parent / "sql"]
    for directory in candidates:
        if (directory / "migrations").is_dir():
            return directory
    raise WarehouseError(
        f"warehouse SQL not found: expected {candidates[0] / 'migrations'} with NNN_*.sql files; "
        f"run from a checkout or set {SQL_DIR_ENV} to the directory holding migrations/ and views/"
    )


def migrations(directory: Path | None = None) -> list[Migration]:
    """Numbered migrations in order; a gap or a duplicate number is an error, not a surprise."""
    folder = (directory or sql_dir()) / "migrations"
    found: list[Migration] = []
    for path in sorted(folder.glob("*.sql")):
        match = _MIGRATION_NAME.match(path.name)
        if match is None:
            raise WarehouseError(
                f"migration file {path} is not named NNN_lower_case_name.sql; rename it"
            )
        found.append(Migration(int(match.group(1)), path.stem, path.read_text(encoding="utf-8")))
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise WarehouseError(
                f"migrations in {folder} must be numbered 001, 002, … without gaps: "
                f"expected {expected:03d}, found {migration.name}"
            )
    return found


def views(directory: Path | None = None) -> list[tuple[str, str]]:
    """(file name, SQL) of every view file, in file-name order (views may build on earlier ones)."""
    folder = (directory or sql_dir()) / "views"
    return [(path.name, path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.sql"))]
