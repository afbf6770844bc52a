"""``netdir refresh``: crawl the catalog, update the warehouse, publish the overview."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape

from netdir.catalog import CatalogError
from netdir.cli.common import default_db, default_out, fail, iso_date, output_console
from netdir.cli.logs import add_logging_flags, logging_from_flags
from netdir.verdicts import EXIT_NOTHING_REFRESHED, EXIT_SOURCES_FAILED, exit_code_for

if TYPE_CHECKING:
    from netdir.pipeline import ProgressCallback, RefreshReport, StageCallback
    from netdir.records import SourceResult

#: Loading the warehouse or publishing failed (disk full, target gone): the warehouse keeps
#: its previous state; not a usage error.
EXIT_LOAD_OR_PUBLISH_FAILED = 5
EXIT_CODES = (
    f"Exit codes: 0 refreshed; 2 usage error, bad catalog or warehouse in use (after --wait); "
    f"{EXIT_NOTHING_REFRESHED} nothing could be refreshed (overview published from curated and "
    f"last-known data); {EXIT_SOURCES_FAILED} some sources failed or were unreachable (overview "
    "published; with --strict also sources that yielded far fewer records than their recent "
    "median or were only partly refreshed); 5 warehouse load or publish failed."
)

__all__ = [
    "EXIT_LOAD_OR_PUBLISH_FAILED",
    "EXIT_NOTHING_REFRESHED",
    "EXIT_SOURCES_FAILED",
    "register",
    "run",
]


def register(subcommands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subcommands.add_parser(
        "refresh",
        help="crawl the catalog, update the warehouse and publish the overview files",
        description=(
            "Refresh all (or the named) sources: crawl and extract them, load the warehouse and "
            "publish overview.json, CSV, Parquet, iCal, index.html, the DuckDB snapshot and "
            "open-data metadata to --out (checked for write access before the crawl). Runs through the Prefect flow when "
            "PREFECT_API_URL is set or --prefect is given, otherwise directly (no Prefect server "
            "start-up wait); if PREFECT_API_URL does not answer, it says so and runs directly. "
            + EXIT_CODES
        ),
    )
    parser.add_argument(
        "--catalog", type=Path, help="catalog YAML (default: the shipped real catalog)"
    )
    parser.add_argument("--db", type=Path, default=None, help="DuckDB warehouse file")
    parser.add_argument(
        "--out",
        default=None,
        help="publish directory or fsspec URL (default: $NETDIR_OUT, else warehouse/publish for the default warehouse and <db name>-publish beside any other)",
    )
    parser.add_argument(
        "--source",
        dest="sources",
        action="extend",
        nargs="+",
        default=[],
        metavar="ID",
        help="refresh only these sources: --source a b or --source a --source b",
    )
    parser.add_argument(
        "--allow-private-hosts",
        action="store_true",
        help="allow loopback/private addresses (local sources, tests)",
    )
    parser.add_argument(
        "--create-bucket",
        action="store_true",
        help="create the bucket of an s3://… --out if it does not exist (default: refuse)",
    )
    parser.add_argument("--prefect", action="store_true", help="run through the Prefect flow")
    parser.add_argument(
        "--today",
        type=iso_date,
        default=None,
        help="reference date for year inference and 'past' (default: today in Berlin)",
    )
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.add_argument(
        "--strict",
        action="store_true",
        help=f"exit {EXIT_SOURCES_FAILED} also when a source yields less than half its recent "
        "median of records or is only partly refreshed (default: only failed/unreachable sources)",
    )
    parser.add_argument(
        "--wait",
        type=float,
        default=0,
        metavar="SECONDS",
        help="if another process holds the warehouse, wait up to SECONDS for it (default: fail "
        "at once). The warehouse is held only while reading the last run and while loading.",
    )
    add_logging_flags(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with logging_from_flags(args):
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    # Imported here, not at the top: keeps `netdir --help` light.
    from netdir.pipeline import RefreshOptions, refresh
    from netdir.publish import PublishError, check_target
    from netdir.warehouse import WarehouseError, WarehouseLocked

    if args.wait < 0:
        return fail(f"--wait must be 0 or more seconds, got {args.wait:g}")
    db = args.db or default_db()
    out = args.out or default_out(db)
    use_prefect = args.prefect or bool(os.environ.get("PREFECT_API_URL"))
    if use_prefect and os.environ.get("PREFECT_API_URL"):
        unreachable = prefect_api_problem(os.environ["PREFECT_API_URL"])
        if unreachable and args.prefect:
            return fail(f"{unreachable}; start the server or unset PREFECT_API_URL")
        if unreachable:
            print(f"netdir: {unreachable}; refreshing directly without Prefect", file=sys.stderr)
            use_prefect = False
    console = Console(stderr=True)
    try:
        # Before the crawl (and before Prefect's start-up): a bad --out is known in a second.
        check_target(out, create_bucket=args.create_bucket)
    except PublishError as exc:
        return fail(str(exc))
    try:
        if use_prefect:
            report = _refresh_with_prefect(args, db, out)
        else:
            with _progress_bar(console, enabled=not (args.no_progress or args.quiet)) as progress:
                report = refresh(
                    RefreshOptions(
                        catalog=args.catalog,
                        db_path=db,
                        out=out,
                        source_ids=args.sources,
                        allow_private_hosts=args.allow_private_hosts,
                        today=args.today,
                        progress=progress.on_request if progress else None,
                        stage_progress=progress.on_stage if progress else None,
                        create_bucket=args.create_bucket,
                        wait_seconds=args.wait,
                    )
                )
    except (CatalogError, KeyError) as exc:
        return fail(str(exc).strip('"'))
    except WarehouseLocked as exc:
        return fail(str(exc))
    except (WarehouseError, PublishError) as exc:  # one clear line, not a traceback
        return fail(str(exc), EXIT_LOAD_OR_PUBLISH_FAILED)
    if args.quiet:
        print_summary_line(report, output_console())
    else:
        print_report(report, output_console())
    # Done: the warehouse is closed, every file published, every child process joined. The
    # interpreter's own teardown (freeing the run's millions of objects one by one) took
    # 3.8-5.8 s at load ~11 after a 1,000-page run; a direct run may skip it (see main()).
    args.exit_at_once = not use_prefect
    return exit_code_for(report.verdicts, refreshed_any=report.refreshed_any, strict=args.strict)


def prefect_api_problem(api_url: str, timeout: float = 3.0) -> str | None:
    """None when the Prefect API answers its health check, else one line saying what failed."""
    import httpx

    try:
        answer = httpx.get(f"{api_url.rstrip('/')}/health", timeout=timeout)
    except httpx.HTTPError as exc:
        return f"Prefect API {api_url} is unreachable ({type(exc).__name__})"
    if answer.status_code != 200:
        return f"Prefect API {api_url} answered HTTP {answer.status_code} to /health"
    return None


def _refresh_with_prefect(args: argparse.Namespace, db: Path, out: str) -> RefreshReport:
    # netdir's logs go to the run's logs as well (flows.observability raises the level).
    os.environ.setdefault("PREFECT_LOGGING_EXTRA_LOGGERS", "netdir")
    from flows.refresh import refresh_flow  # Prefect is imported only when asked for

    return asyncio.run(
        refresh_flow(
            catalog=str(args.catalog) if args.catalog else None,
            db=str(db),
            out=out,
            sources=args.sources or None,
            allow_private_hosts=args.allow_private_hosts,
            today=args.today.isoformat() if args.today else None,
            fail_if_nothing_refreshed=False,
            wait_seconds=args.wait,
        )
    )


@dataclass
class ProgressHooks:
    """The two callbacks the pipeline reports progress through."""

    on_request: ProgressCallback
    on_stage: StageCallback


@contextmanager
def _progress_bar(console: Console, *, enabled: bool) -> Iterator[ProgressHooks | None]:
    """Sources done out of all and the stage (extract, normalize, load, publish), with the
    last request beside it; nothing in pipes and logs."""
    if not enabled or not console.is_terminal:
        yield None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    columns = (
        TextColumn("{task.description:<9}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("sources"),
        TextColumn("[dim]{task.fields[last]}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=True) as bar:
        task_id = bar.add_task("extract", total=None, last="")

        def on_request(source_id: str, url: str, status: int | None) -> None:
            bar.update(task_id, last=f"{source_id} {status or 'ERR'} {url[-60:]}", refresh=True)

        def on_stage(stage: str, done: int, total: int) -> None:
            bar.update(task_id, description=stage, completed=done, total=total)
            if stage != "extract":
                bar.update(task_id, last="")  # the last request says nothing about loading
            bar.refresh()

        yield ProgressHooks(on_request, on_stage)


#: From this many sources that all failed DNS, the machine is taken to be offline.
NO_NETWORK_MIN_SOURCES = 3


def _no_dns_answer(result: SourceResult) -> bool:
    return any("could not be resolved" in issue.message for issue in result.issues[:1])


def print_report(report: RefreshReport, console: Console) -> None:
    from rich.table import Table

    table = Table(title=f"netdir refresh {report.run_id}", show_lines=False)
    for column in ("source", "status", "pages", "unchanged", "records", "issues"):
        table.add_column(
            column,
            justify="right" if column in {"pages", "unchanged", "records", "issues"} else "left",
        )
    style = {
        "ok": "green",
        "partial": "yellow",
        "failed": "red",
        "unreachable": "red",
        "skipped": "dim",
    }
    for result in sorted(report.results, key=lambda r: r.source_id):
        table.add_row(
            result.source_id,
            f"[{style.get(result.status, '')}]{result.status}[/]",
            str(result.pages_fetched),
            str(result.pages_unchanged),
            str(result.record_count),
            str(len(result.issues)),
        )
    if report.curated_records:
        table.add_row("curated", "[green]ok[/]", "-", "-", str(report.curated_records), "0")
    console.print(table)
    unreachable = sorted(
        (r for r in report.results if r.status == "unreachable"), key=lambda r: r.source_id
    )
    no_dns = [r for r in unreachable if _no_dns_answer(r)]
    if len(no_dns) >= NO_NETWORK_MIN_SOURCES:
        # Offline, every source fails the same way: one line, not one per source.
        console.print(
            f"[red]no network:[/] {len(no_dns)} sources unreachable (no DNS answer for any of "
            "their hosts) → check this machine's network and DNS, then run again"
        )
    for result in unreachable:
        if len(no_dns) >= NO_NETWORK_MIN_SOURCES and result in no_dns:
            continue
        first = result.issues[0] if result.issues else None
        reason = first.message.strip() if first else "no answer"
        if first and first.hint:
            reason = f"{reason} → {first.hint}"
        console.print(f"[red]unreachable[/] {result.source_id}: {escape(reason)}")
    for verdict in report.verdicts:
        if verdict.verdict == "low_yield":
            console.print(f"[yellow]low yield[/] {verdict.source_id}: {escape(verdict.reason)}")
    other = [i for r in report.results if r.status != "unreachable" for i in r.issues]
    for issue in other[:40]:
        console.print(str(issue), markup=False, highlight=False)
    if len(other) > 40:
        console.print(f"… and {len(other) - 40} more issues (see mart.source_health)")
    if report.unchanged:
        console.print(
            "unchanged: every page answered 'not modified' and catalog, curated entries and day "
            "are as in the last run; nothing re-extracted or re-published (last_seen moved)"
        )
    print_summary_line(report, console)
    if not report.refreshed_any:
        console.print(
            "[red]No source could be refreshed[/] (offline, or every host refused: see above). "
            "The overview was published from curated and last-known data."
        )
    sys.stdout.flush()


def print_summary_line(report: RefreshReport, console: Console) -> None:
    summary = report.summary
    broken = (
        f"; {len(report.broken)} sources broken: {', '.join(v.source_id for v in report.broken)}"
        if report.broken
        else ""
    )
    console.print(
        f"offerings: {report.offerings_published} published "
        f"(+{summary.added} new, {summary.changed} changed, {summary.removed} removed) "
        f"→ {report.published_to}{broken}",
        markup=False,
        highlight=False,
    )
