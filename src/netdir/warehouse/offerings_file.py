"""A run's merged offerings as an Arrow IPC stream file: written by the process that merged them,
read by the load one batch at a time.

The background normalizer merges the run's offerings in its own process. Pickled back to the
pipeline, 50,000 offerings (5,000 pages) were unpickled into as many objects (~1 CPU-s), only to
be turned into Arrow columns by the load (~0.5 CPU-s) and let go, all on the run's critical path
after the crawl. The worker writes the Arrow batches the load reads instead (``offerings_batches``,
the same columns), and the pipeline hands the load this file: no offering object is made in the
pipeline's process, and only one batch of columns is in its memory at a time.

The file lies beside the warehouse (like the run's page bodies, netdir.warehouse.body_spool) and
is removed by the pipeline once the load has read it (``offerings_path``).
"""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from netdir.records import Offering

if TYPE_CHECKING:
    import pyarrow as pa


@dataclass(frozen=True, slots=True)
class OfferingsFile:
    """Where the offerings are, how many, and which ids more than one of them has (the load
    refuses those, as it refuses a list of offerings with them)."""

    path: Path
    count: int
    duplicate_ids: tuple[str, ...] = ()

    def __len__(self) -> int:
        return self.count

    def batches(self) -> pa.RecordBatchReader:
        """The offerings' rows, read from the file batch by batch (each call reads it anew:
        a load retried without its memory limit reads them again)."""
        import pyarrow as pa

        return pa.ipc.open_stream(pa.OSFile(str(self.path)))


def repeated_ids(offerings: Iterable[Offering]) -> tuple[str, ...]:
    """The ids that more than one of ``offerings`` has (a load refuses them)."""
    counts = Counter(offering.id for offering in offerings)
    return tuple(offering_id for offering_id, n in counts.items() if n > 1)


def new_offerings_path(directory: Path | str | None) -> Path:
    """A fresh file name for a run's offerings in ``directory`` (the system's temporary one if
    it does not exist)."""
    where = Path(directory) if directory is not None else None
    if where is not None and not where.is_dir():
        where = None
    fd, name = tempfile.mkstemp(prefix=".netdir-offerings-", suffix=".arrows", dir=where)
    os.close(fd)
    return Path(name)


def write_offerings_file(offerings: Sequence[Offering], path: Path) -> OfferingsFile:
    """Write ``offerings`` to ``path`` as the load's Arrow batches (``offerings_batches``)."""
    import pyarrow as pa

    from netdir.warehouse.arrow_tables import OFFERINGS_SCHEMA, offerings_batches

    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_stream(sink, OFFERINGS_SCHEMA) as writer:
        for batch in offerings_batches(offerings):
            writer.write_batch(batch)
    return OfferingsFile(path, len(offerings), repeated_ids(offerings))


@contextmanager
def offerings_path(directory: Path | str | None) -> Iterator[Path]:
    """``new_offerings_path(directory)`` meanwhile, removed at the end (written or not)."""
    path = new_offerings_path(directory)
    try:
        yield path
    finally:
        path.unlink(missing_ok=True)
