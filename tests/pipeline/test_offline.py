"""Without internet: one clear line per unreachable source, and the overview still goes out."""

from __future__ import annotations

import json
import re
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from netdir.cli.main import main
from netdir.demo.server import SampleWeb
from netdir.pipeline import RefreshOptions, refresh

TODAY_ARGS = ["--today", "2026-11-27"]


async def no_dns(host: str, port: int) -> list[str]:
    raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")


def test_real_catalog_offline_says_no_network_in_one_line_and_publishes_curated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Play an offline machine without sending a single DNS query.
    monkeypatch.setattr("netdir.crawl.safety.resolve_with_event_loop", no_dns)
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    out = tmp_path / "publish"

    code = main(["refresh", "--db", str(tmp_path / "w.duckdb"), "--out", str(out), *TODAY_ARGS])

    printed = capsys.readouterr().out
    assert code == 3, "nothing could be refreshed"
    no_network = [line for line in printed.splitlines() if line.startswith("no network:")]
    assert len(no_network) == 1
    assert re.match(r"no network: \d{2} sources unreachable .* → check", no_network[0])
    assert not [line for line in printed.splitlines() if line.startswith("unreachable ")]
    assert all(len(line) <= 200 for line in printed.splitlines()), "no wrapping into a log"
    assert "Traceback" not in printed
    overview = json.loads((out / "overview.json").read_text(encoding="utf-8"))
    assert overview["count"] >= 10
    assert all(
        ref["source_id"] == "curated"
        for offering in overview["offerings"]
        for ref in offering["sources"]
    )


@contextmanager
def refused(base_urls: list[str]) -> Iterator[None]:
    """Hold the ports of stopped servers: bound but not listening, a port refuses every
    connection, and no server of a test running beside this one can take it over meanwhile
    (it did: a freed port answered 404 from another sample web)."""
    holders = []
    try:
        for base_url in base_urls:
            address = urlsplit(base_url)
            holder = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            holders.append(holder)
            where = (address.hostname or "127.0.0.1", address.port or 80)
            try:
                holder.bind(where)
            except OSError:
                # A closed connection of the server still waits on the port (TIME_WAIT); a
                # bound owner keeps the kernel from handing the port to a new server anyway.
                holder.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                holder.bind(where)
        yield
    finally:
        for holder in holders:
            holder.close()


def test_sources_that_go_offline_keep_their_last_known_offerings(tmp_path: Path) -> None:
    db, out = tmp_path / "w.duckdb", tmp_path / "publish"
    with SampleWeb() as web:
        catalog = web.catalog()
        base_urls = list(web.base_urls.values())
        first = refresh(
            RefreshOptions(catalog=catalog, db_path=db, out=out, allow_private_hosts=True)
        )
    before = json.loads((out / "overview.json").read_text(encoding="utf-8"))
    assert first.refreshed_any

    # The servers are gone now: every request is refused.
    with refused(base_urls):
        second = refresh(
            RefreshOptions(catalog=catalog, db_path=db, out=out, allow_private_hosts=True)
        )

    assert not second.refreshed_any
    assert {result.status for result in second.results} == {"unreachable"}
    assert second.summary.removed == 0
    after = json.loads((out / "overview.json").read_text(encoding="utf-8"))
    assert {o["id"] for o in after["offerings"]} == {o["id"] for o in before["offerings"]}
