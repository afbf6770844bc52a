"""``netdir demo``: serve the bundled sample web on 127.0.0.1 and run a full refresh against it."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console

from netdir.cli.common import fail, iso_date, output_console
from netdir.cli.refresh_cmd import print_report

if TYPE_CHECKING:
    from netdir.demo.server import SampleWeb

DEMO_DB = Path("warehouse/demo.duckdb")
DEMO_OUT = Path("warehouse/demo-publish")
#: Offering ids derive from URLs, so repeated demos into one warehouse need the same ports: a
#: demo refuses to run on other ports into a warehouse filled on these.
DEMO_BASE_PORT = 8701

EXAMPLE_QUERIES = (
    (
        "Upcoming offerings by month",
        "SELECT strftime(start_date, '%Y-%m') AS month, count(*) AS offerings "
        "FROM mart.upcoming GROUP BY ALL ORDER BY month",
    ),
    (
        "Offerings found on more than one source",
        "SELECT title, len(sources) AS sources FROM mart.overview WHERE len(sources) > 1",
    ),
    (
        "Health of every source in the last run",
        "SELECT source_id, status, healthy, records, trend, pages_unchanged FROM mart.source_health ORDER BY source_id",
    ),
)


def register(subcommands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subcommands.add_parser(
        "demo",
        help="serve the bundled sample web on 127.0.0.1 and refresh it end to end",
        description=(
            "Runs the whole pipeline offline against the fictional sample web in the package "
            "and prints example queries. Offering ids derive from URLs, so into a warehouse "
            "filled with the sample web on other ports the demo refuses to run (use the same "
            "--base-port, or another --db)."
        ),
    )
    parser.add_argument(
        "--db", type=Path, default=DEMO_DB, help=f"warehouse file (default {DEMO_DB})"
    )
    parser.add_argument(
        "--out", default=str(DEMO_OUT), help=f"publish directory (default {DEMO_OUT})"
    )
    parser.add_argument(
        "--today", type=iso_date, default=None, help="reference date (default: today)"
    )
    parser.add_argument(
        "--base-port",
        type=int,
        default=DEMO_BASE_PORT,
        help=f"first port of the sample sites (default {DEMO_BASE_PORT}; 0 = any free ports)",
    )
    parser.add_argument(
        "--serve",
        action="store_true",
        help="keep serving the sample web after the refresh until Ctrl-C, and write its "
        "catalog (with the served ports) beside the warehouse",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from netdir.pipeline import RefreshOptions, refresh

    console = output_console()
    earlier_ports = _ports_in_warehouse(args.db)
    web = _start_sample_web(args.base_port, console, quiet=bool(earlier_ports))
    serving = {int(url.rsplit(":", 1)[1]) for url in web.base_urls.values()}
    if earlier_ports and not earlier_ports <= serving:
        web.stop()
        return fail(
            f"{args.db} holds offerings the sample web served on ports {_span(earlier_ports)}, "
            f"but this run would serve it on {_span(serving)}: offering ids derive from the "
            "URLs, so every offering would look new and the old ones removed → free those "
            f"ports (or pass --base-port {min(earlier_ports)}), or use another --db"
        )
    try:
        console.print("Sample web (fictional sites) serving on:")
        for site, url in sorted(web.base_urls.items()):
            console.print(f"  {site:16} {url}")
        report = refresh(
            RefreshOptions(
                catalog=web.catalog(),
                db_path=args.db,
                out=args.out,
                allow_private_hosts=True,  # the sample web lives on 127.0.0.1 by design
                today=args.today,
            )
        )
        print_report(report, console)
        console.print(
            f"\nWarehouse: [bold]{args.db}[/]   Overview: [bold]{Path(args.out) / 'overview.json'}[/]"
        )
        console.print("Try these queries:")
        for title, sql in EXAMPLE_QUERIES:
            console.print(
                f'  # {title}\n  {_netdir_command()} query --db {args.db} "{sql}"',
                markup=False,
                highlight=False,
                soft_wrap=True,
            )
        if args.serve:
            catalog_file = write_served_catalog(web, args.db)
            console.print(
                f"Catalog for the served sample web: {catalog_file}\n"
                f"  {_netdir_command()} sources check --catalog {catalog_file} "
                "--allow-private-hosts",
                markup=False,
                highlight=False,
                soft_wrap=True,
            )
            console.print("Serving until Ctrl-C …")
            try:
                while True:
                    time.sleep(3600)
            except KeyboardInterrupt:
                pass

    finally:
        web.stop()
    return 0 if report.refreshed_any else 3


def _start_sample_web(base_port: int, console: Console, *, quiet: bool) -> SampleWeb:
    from netdir.demo.server import SampleWeb

    if base_port:
        web = SampleWeb(base_port=base_port)
        try:
            web.start()
            return web
        except OSError as exc:
            if not quiet:  # a warehouse of earlier runs makes this an error, said by the caller
                console.print(
                    f"[yellow]{exc}[/] – serving on free ports instead (a new warehouse, so no "
                    "offering ids change)."
                )
    web = SampleWeb()
    web.start()
    return web


def write_served_catalog(web: SampleWeb, db: Path) -> Path:
    """The demo catalog with the served ports filled in, beside the warehouse, for
    ``netdir sources check --catalog`` and ``netdir inspect --catalog`` while serving."""
    path = Path(db).with_name(f"{Path(db).stem}-catalog.yaml")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(web.catalog_text(), encoding="utf-8")
    return path


def _ports_in_warehouse(db: Path) -> set[int]:
    """The 127.0.0.1 ports of the sample web the demo warehouse's offerings were found on."""
    if not Path(db).exists():
        return set()
    import duckdb

    try:
        with duckdb.connect(str(db), read_only=True) as con:
            rows = con.execute(
                "SELECT DISTINCT regexp_extract(s.url, '^https?://127\\.0\\.0\\.1:(\\d+)', 1) "
                "FROM core.offerings, unnest(sources) AS t(s) WHERE status <> 'removed'"
            ).fetchall()
    except duckdb.Error:
        return set()  # locked or not a netdir warehouse: the refresh says so in one line
    return {int(port) for (port,) in rows if port}


def _span(ports: set[int]) -> str:
    low, high = min(ports), max(ports)
    return str(low) if low == high else f"{low}–{high}"


def _netdir_command() -> str:
    """How this user started netdir (``.venv/bin/netdir`` from make), so the hints paste as-is."""
    invoked = Path(sys.argv[0])
    if invoked.name == "netdir" and not invoked.is_absolute():
        return str(invoked)
    return "netdir"
