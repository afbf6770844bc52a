"""The catalog is data and validation that every stage may read: importing it pulls in no network code."""

from __future__ import annotations

import subprocess
import sys


def test_importing_the_catalog_loads_neither_crawl_nor_extract() -> None:
    probe = (
        "import sys, netdir.catalog, netdir.catalog.curated; "
        "print(sorted(m for m in sys.modules if m.startswith(('netdir.crawl', 'netdir.extract', "
        "'netdir.sources', 'httpx'))))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "[]"
