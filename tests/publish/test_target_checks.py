"""The publish target is checked before any work: no credentials, no bucket, no write access.

A user who types ``--out s3://bucket/prefix`` without credentials, or a directory they cannot
write, gets one line at once — not a traceback after the whole crawl — and no bucket appears
unless ``--create-bucket`` was given. S3 is a moto server on 127.0.0.1, never real AWS.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from netdir.cli.main import main
from netdir.demo.server import SampleWeb

pytestmark = pytest.mark.s3


@pytest.fixture(scope="module")
def moto_endpoint() -> Iterator[str]:
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def no_credentials(moto_endpoint: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    """The environment of a machine with no AWS credentials anywhere; S3 is the moto server."""
    import s3fs

    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.setenv("AWS_ENDPOINT_URL", moto_endpoint)
    s3fs.S3FileSystem.clear_instance_cache()
    return moto_endpoint


@pytest.fixture
def credentials(no_credentials: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    return no_credentials


def _buckets() -> list[str]:
    import boto3

    return [b["Name"] for b in boto3.client("s3").list_buckets()["Buckets"]]


def _stderr_lines(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return [line for line in capsys.readouterr().err.splitlines() if line.strip()]


def _refresh(catalog: Path, db: Path, out: str) -> int:
    options = ["--allow-private-hosts", "--no-progress"]
    return main(["refresh", "--catalog", str(catalog), "--db", str(db), "--out", out, *options])


def test_export_to_s3_without_credentials_ends_in_one_line(
    no_credentials: str, warehouse_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["export", "--db", str(warehouse_file), "--out", "s3://netdir-nocreds/pub"])

    lines = _stderr_lines(capsys)
    assert code == 1
    assert len(lines) == 1, lines
    assert "NoCredentialsError" in lines[0] and "AWS_ACCESS_KEY_ID" in lines[0]


def test_export_never_creates_a_bucket_unless_asked(
    credentials: str, warehouse_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = "s3://netdir-new-bucket/pub"
    code = main(["export", "--db", str(warehouse_file), "--out", out, "--format", "json"])
    lines = _stderr_lines(capsys)
    assert code == 1
    assert lines == [
        f"netdir: publish: {out}: the bucket 'netdir-new-bucket' does not exist "
        "→ create it, or pass --create-bucket"
    ]
    assert "netdir-new-bucket" not in _buckets()

    code = main(["export", "--db", str(warehouse_file), "--out", out, "--create-bucket"])
    assert code == 0
    assert "netdir-new-bucket" in _buckets()


def test_refresh_checks_the_s3_target_before_crawling(
    no_credentials: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with SampleWeb() as web:
        catalog = tmp_path / "catalog.yaml"
        catalog.write_text(web.catalog_text(), encoding="utf-8")
        code = _refresh(catalog, tmp_path / "w.duckdb", "s3://netdir-nocreds/pub")
        requests = list(web.requests)

    lines = _stderr_lines(capsys)
    assert code == 2
    assert len(lines) == 1 and "NoCredentialsError" in lines[0], lines
    assert requests == []  # nothing was crawled


def test_refresh_refuses_an_unwritable_local_out_before_crawling(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    with SampleWeb() as web:
        catalog = tmp_path / "catalog.yaml"
        catalog.write_text(web.catalog_text(), encoding="utf-8")
        code = _refresh(catalog, tmp_path / "w.duckdb", str(blocker / "publish"))
        requests = list(web.requests)

    lines = _stderr_lines(capsys)
    assert code == 2
    assert lines == [
        f"netdir: publish: cannot write to the publish directory {blocker / 'publish'}: "
        "Not a directory → choose another --out or fix its permissions"
    ]
    assert requests == []
    assert not (tmp_path / "w.duckdb").exists()  # not even the warehouse was opened
