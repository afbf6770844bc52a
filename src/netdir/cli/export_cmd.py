"""``netdir export``: publish the overview from the warehouse in the requested formats."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from netdir.cli.common import default_db, default_out, fail

EXIT_FAILED = 1
ALL = "all"


def register(subcommands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``netdir export`` to the netdir parser."""
    from netdir.publish import FORMATS

    parser = subcommands.add_parser(
        "export",
        help="write overview files (JSON, CSV, Parquet, iCal, HTML, ...) from the warehouse",
        description=(
            "Publish the overview from the warehouse into a directory or fsspec URL "
            "(s3://bucket/prefix). Every file is written under a temporary name first and "
            "replaced only when all requested formats succeeded."
        ),
        epilog="Exit status: 0 published, 1 failed (nothing replaced), 2 usage error.",
    )
    parser.add_argument(
        "--format",
        dest="formats",
        action="extend",
        nargs="+",
        choices=(*FORMATS, ALL),
        metavar="FORMAT",
        help=f"one or more of {', '.join(FORMATS)}, or {ALL} (default): --format csv json",
    )
    parser.add_argument(
        "--db", default=None, help="warehouse file (default $NETDIR_DB or warehouse/netdir.duckdb)"
    )
    parser.add_argument(
        "--out",
        default=None,
        help="publish directory or fsspec URL (default: $NETDIR_OUT, else warehouse/publish for the default warehouse and <db name>-publish beside any other)",
    )
    parser.add_argument(
        "--where",
        default=None,
        metavar="SQL",
        help="one SQL condition over mart.overview's columns, e.g. \"state = 'Bayern'\"",
    )
    parser.add_argument(
        "--upcoming", action="store_true", help="only offerings that have not ended yet"
    )
    parser.add_argument(
        "--catalog",
        type=Path,
        default=None,
        help="catalog whose publish: block (public URL, publisher, licence) goes into the "
        "metadata and the page (default: the shipped catalog)",
    )
    parser.add_argument(
        "--public-url",
        default=os.environ.get("NETDIR_PUBLIC_URL"),
        help="where the files are downloadable (default $NETDIR_PUBLIC_URL, else the catalog's "
        "publish.public_url)",
    )
    parser.add_argument(
        "--create-bucket",
        action="store_true",
        help="create the bucket of an s3://… --out if it does not exist (default: refuse)",
    )
    parser.set_defaults(handler=run_export)


def run_export(args: argparse.Namespace) -> int:
    import duckdb

    from netdir.catalog import CatalogError, load_catalog
    from netdir.publish import FORMATS, DatasetMetadata, PublishError, check_target, publish
    from netdir.warehouse import Warehouse, WarehouseError

    requested = args.formats or [ALL]
    formats = list(FORMATS) if ALL in requested else list(dict.fromkeys(requested))
    db = args.db or default_db()
    out = args.out or default_out(db)
    try:
        catalog = load_catalog(args.catalog)
    except CatalogError as exc:
        return fail(str(exc))
    metadata = DatasetMetadata.from_settings(catalog.publish, public_url=args.public_url)
    source_names = {source.id: source.name for source in catalog.sources}
    try:
        with Warehouse.open(db, read_only=True) as warehouse:
            check_target(out, create_bucket=args.create_bucket)  # before reading any rows
            try:
                rows = warehouse.overview_rows(where=args.where, upcoming=args.upcoming)
            except (duckdb.Error, ValueError) as exc:
                first_line = str(exc).splitlines()[0]
                return fail(f"--where {args.where!r} is not a valid condition: {first_line}")
            report = publish(
                rows,
                out,
                formats=formats,
                snapshot=warehouse.export_marts,
                metadata=metadata,
                create_bucket=args.create_bucket,
                revisions_by_id=warehouse.offering_revisions(),
                source_names=source_names,
            )
    except WarehouseError as exc:  # includes WarehouseLocked and "no warehouse at ..."
        return fail(str(exc), EXIT_FAILED)
    except PublishError as exc:
        return fail(str(exc), EXIT_FAILED)
    print(
        f"published {report.count} offerings as {', '.join(report.formats)} "
        f"({len(report.files)} files) → {report.location}"
    )
    if report.changed or report.added or report.removed:
        print(f"changes since last publish: +{report.added} ~{report.changed} -{report.removed}")
    return 0
