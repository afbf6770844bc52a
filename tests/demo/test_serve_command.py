"""``python -m netdir.demo.server``: serve for browsing until Ctrl-C."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from pathlib import Path

import httpx

from netdir.catalog import load_catalog


def test_module_serves_prints_urls_writes_a_catalog_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    catalog_path = tmp_path / "demo.yaml"
    process = subprocess.Popen(
        [sys.executable, "-m", "netdir.demo.server", "--catalog-out", str(catalog_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # A shell that started us in the background may have left SIGINT ignored.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        assert process.stdout is not None
        lines = []
        for line in process.stdout:
            lines.append(line)
            if "Ctrl-C" in line:
                break
        urls = dict(
            re.findall(r"^\s+([a-z0-9-]+)\s+(http://127\.0\.0\.1:\d+)/$", "".join(lines), re.M)
        )
        assert len(urls) == 6, lines
        robots = httpx.get(urls["wp-events"] + "/robots.txt", trust_env=False, timeout=5)
        assert "Disallow: /intern/" in robots.text
        catalog = load_catalog(catalog_path)
        assert str(catalog.source("wp-events").start_urls[0]).startswith(urls["wp-events"])
    finally:
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=10)
    assert process.returncode == 0, stderr
    assert "Stopped." in stdout
    assert "RuntimeWarning" not in stderr
