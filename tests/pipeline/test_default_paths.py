"""Where the commands put things when the user does not say."""

from __future__ import annotations

from pathlib import Path

import pytest

from netdir.cli.common import default_out


def test_each_warehouse_publishes_into_its_own_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NETDIR_OUT", raising=False)
    assert default_out() == str(Path("warehouse/publish"))
    assert default_out(Path("warehouse/netdir.duckdb")) == str(Path("warehouse/publish"))
    assert default_out(Path("warehouse/demo.duckdb")) == str(Path("warehouse/demo-publish"))
    assert default_out(Path("/srv/netdir/test.duckdb")) == "/srv/netdir/test-publish"


def test_netdir_out_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NETDIR_OUT", "s3://bucket/netdir")
    assert default_out(Path("warehouse/demo.duckdb")) == "s3://bucket/netdir"


def test_source_takes_several_ids_either_way() -> None:
    from netdir.cli.main import build_parser

    parser = build_parser()
    assert parser.parse_args(["refresh", "--source", "a", "b"]).sources == ["a", "b"]
    assert parser.parse_args(["refresh", "--source", "a", "--source", "b"]).sources == ["a", "b"]
    assert parser.parse_args(["refresh"]).sources == []
