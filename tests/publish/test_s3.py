"""Publishing to an fsspec URL, against a moto S3 server on 127.0.0.1 (never real AWS)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from netdir.publish import PublishError, publish
from netdir.publish import publisher as publisher_module
from tests.publish.conftest import GENERATED_AT, TODAY, fake_snapshot

pytestmark = pytest.mark.s3
BUCKET = "netdir-publish"


@pytest.fixture(scope="module")
def s3_endpoint() -> Iterator[str]:
    """The URL of a moto S3 server listening on 127.0.0.1 only."""
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def s3_options(s3_endpoint: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """s3fs storage options for the local server, with a fresh empty bucket."""
    import s3fs

    for name, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_EC2_METADATA_DISABLED": "true",
    }.items():
        monkeypatch.setenv(name, value)
    options: dict[str, Any] = {"client_kwargs": {"endpoint_url": s3_endpoint}}
    # s3fs caches the filesystem per options: publish and these checks share one client.
    fs = s3fs.S3FileSystem(**options)
    if fs.exists(BUCKET):
        fs.rm(BUCKET, recursive=True)
    fs.mkdir(BUCKET)
    return options


def _objects(options: dict[str, Any]) -> dict[str, bytes]:
    import s3fs

    fs = s3fs.S3FileSystem(**options)
    return {path.rsplit("/", 1)[1]: fs.cat_file(path) for path in fs.find(f"{BUCKET}/publish")}


def test_publish_round_trip_through_s3(
    s3_options: dict[str, Any], overview_rows: list[dict[str, Any]]
) -> None:
    url = f"s3://{BUCKET}/publish"
    report = publish(
        overview_rows,
        url,
        generated_at=GENERATED_AT,
        today=TODAY,
        snapshot=fake_snapshot,
        storage_options=s3_options,
    )

    objects = _objects(s3_options)
    assert report.location == url
    assert set(objects) == set(report.files)  # every file, no temp keys left
    assert objects["netdir.duckdb"][8:12] == b"DUCK"  # DuckDB's file magic: the real snapshot
    overview = json.loads(objects["overview.json"])
    assert [o["id"] for o in overview["offerings"]] == [r["id"] for r in overview_rows]
    dcat = json.loads(objects["dcat.jsonld"])
    urls = {n["dcat:downloadURL"]["@id"] for n in dcat["@graph"] if "dcat:downloadURL" in n}
    assert "overview.json" in urls  # relative to dcat.jsonld: s3:// is no public download URL

    # A second publish diffs against the overview.json stored in the bucket.
    publish(
        overview_rows[1:],
        url,
        generated_at=datetime(2026, 11, 28, 6, 0, tzinfo=UTC),
        today=TODAY,
        formats=["json", "changes"],
        storage_options=s3_options,
    )
    changes = json.loads(_objects(s3_options)["changes.json"])
    assert [r["id"] for r in changes["removed"]] == [overview_rows[0]["id"]]
    assert changes["previous_generated_at"] == "2026-11-27T06:30:00Z"


def test_failed_publish_leaves_the_bucket_untouched(
    s3_options: dict[str, Any],
    overview_rows: list[dict[str, Any]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = f"s3://{BUCKET}/publish"
    publish(overview_rows, url, today=TODAY, storage_options=s3_options)
    before = _objects(s3_options)

    def broken_ics(*args: object, **kwargs: object) -> bytes:
        raise ValueError("no calendar today")

    monkeypatch.setattr(publisher_module, "calendar_file_pairs", broken_ics)
    with pytest.raises(PublishError, match=r"upcoming\.ics"):
        publish(overview_rows[:2], url, today=TODAY, storage_options=s3_options)

    assert _objects(s3_options) == before
