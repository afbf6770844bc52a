"""What `netdir refresh` imports before it knows whether anything changed.

An unchanged re-run (every page 304) must not pay for extraction, normalization, publishing,
Prefect or other commands: each of these costs a noticeable part of a run that is otherwise a
few hundred conditional requests (see the bench's unchanged re-run row).
"""

from __future__ import annotations

import subprocess
import sys

NOT_NEEDED_YET = (
    "prefect",
    "icalendar",
    "jsonschema",
    "click",  # httpx's command-line client (netdir.httpx_without_cli)
    "pygments",
    "netdir.extract.dispatch",
    "netdir.extract.listing_features",
    "netdir.normalize.stage",
    "netdir.publish.publisher",
    "netdir.sources.scout",
    "netdir.demo.server",
    "pyarrow",  # ~0.1 s: loading a run needs it, not the crawl before it
)


def test_a_refresh_starts_without_extraction_normalization_or_publishers() -> None:
    probe = (
        "import sys\n"
        "from netdir.cli.main import build_parser\n"
        "build_parser(['refresh', '--no-progress'])\n"
        "import netdir.pipeline, netdir.cli.refresh_cmd\n"
        f"print(sorted(name for name in {NOT_NEEDED_YET!r} if name in sys.modules))\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    ).stdout.strip()
    assert loaded == "[]"


def test_httpx_still_has_its_command_line_client_for_whoever_asks() -> None:
    probe = "import netdir.crawl, httpx, httpx._main; print(httpx._main.main.name)"
    answer = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    ).stdout.strip()
    assert answer == "main"


def test_reading_is_prepared_without_the_calendar_and_feed_libraries() -> None:
    # A run prepares reading (the extractors, the normalizer, the gazetteer) on its one busy
    # core before it forks its workers: the libraries of calendars and feeds (~0.08 CPU-s) wait
    # for the first page that is one.
    probe = (
        "import sys\n"
        "from netdir.reading_ready import prepare_normalization\n"
        "prepare_normalization()\n"
        "libraries = ('icalendar', 'recurring_ical_events', 'feedparser')\n"
        "print(sorted(name for name in libraries if name in sys.modules))\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    ).stdout.strip()
    assert loaded == "[]"
