"""``netdir demo``: serve the bundled sample web on 127.0.0.1 and run a full refresh against it."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console

from netdir.cli.common import iso_date, output_console
from netdir.cli.refresh_cmd import print_report

if TYPE_CHECKING:
    from netdir.demo.server import SampleWeb

DEMO_DB = Path("warehouse/demo.duckdb")
DEMO_OUT = Path("warehouse/demo-publish")
#: Offering ids derive from URLs, so repeated demos into one warehouse need the same ports.
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
        description="Runs the whole pipeline offline against the fictional sample web in the package.",
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
        help="keep serving the sample web after the refresh until Ctrl-C",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from netdir.pipeline import RefreshOptions, refresh

    console = output_console()
    web = _start_sample_web(args.base_port, console)
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
            console.print("Serving until Ctrl-C …")
            try:
                while True:
                    time.sleep(3600)
            except KeyboardInterrupt:
                pass

    finally:
        web.stop()
    return 0 if report.refreshed_any else 3


def _start_sample_web(base_port: int, console: Console) -> SampleWeb:
    from netdir.demo.server import SampleWeb

    if base_port:
        web = SampleWeb(base_port=base_port)
        try:
            web.start()
            return web
        except OSError as exc:
            console.print(
                f"[yellow]{exc}[/] – serving on free ports instead; offering ids will differ "
                "from earlier demo runs in the same warehouse (use --base-port to pick others)."
            )
    web = SampleWeb()
    web.start()
    return web


def _netdir_command() -> str:
    """How this user started netdir (``.venv/bin/netdir`` from make), so the hints paste as-is."""
    invoked = Path(sys.argv[0])
    if invoked.name == "netdir" and not invoked.is_absolute():
        return str(invoked)
    return "netdir"
