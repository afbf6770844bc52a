"""Published files are fsynced in a thread (``SyncBehind``), all of them before any is moved into
place; a failed fsync replaces nothing."""

from __future__ import annotations

import errno
import os
import pickle
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from netdir.publish import PublishError, publish
from netdir.publish import sync_behind as sync_module
from netdir.publish import target as target_module
from netdir.publish.sync_behind import SyncBehind
from netdir.publish.target import PublishTarget
from tests.publish.conftest import TODAY, fake_snapshot, file_bytes


def _open(tmp_path: Path, name: str) -> int:
    return os.open(tmp_path / name, os.O_CREAT | os.O_WRONLY)


def test_each_file_is_synced_in_a_thread_and_closed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[tuple[int, str]] = []
    real_fsync = os.fsync

    def recording_fsync(fd: int) -> None:
        synced.append((fd, threading.current_thread().name))
        real_fsync(fd)

    monkeypatch.setattr(sync_module.os, "fsync", recording_fsync)
    syncs = SyncBehind()
    fds = [_open(tmp_path, f"f{n}") for n in range(3)]
    for fd in fds:
        syncs.sync(fd)
    syncs.wait()

    assert [fd for fd, _ in synced] == fds
    assert all(name.startswith("netdir-fsync") for _, name in synced)
    for fd in fds:
        with pytest.raises(OSError):
            os.fstat(fd)  # closed


def test_wait_raises_the_first_failure_after_every_file_ended(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []

    def failing_fsync(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 1:
            raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(sync_module.os, "fsync", failing_fsync)
    syncs = SyncBehind()
    fds = [_open(tmp_path, f"f{n}") for n in range(2)]
    for fd in fds:
        syncs.sync(fd)
    with pytest.raises(OSError, match="I/O error"):
        syncs.wait()

    assert calls == fds  # the second file was synced all the same
    for fd in fds:
        with pytest.raises(OSError):
            os.fstat(fd)
    syncs.wait()  # nothing pending any more


def test_a_pickled_one_has_nothing_pending(tmp_path: Path) -> None:
    syncs = SyncBehind()
    syncs.sync(_open(tmp_path, "f"))
    copy = pickle.loads(pickle.dumps(syncs))
    copy.wait()
    assert copy._pending == []
    syncs.wait()


def test_commit_moves_files_only_once_every_one_is_on_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def slow_fsync(fd: int) -> None:
        time.sleep(0.05)
        real_fsync(fd)
        events.append("synced")

    def recording_replace(source: Any, destination: Any) -> None:
        events.append("moved")
        real_replace(source, destination)

    monkeypatch.setattr(sync_module.os, "fsync", slow_fsync)
    monkeypatch.setattr(target_module.os, "replace", recording_replace)
    target = PublishTarget(tmp_path / "out")
    target.prepare()
    target.stage("a.json", b"{}")
    target.write_temp_stream("b.json", iter([b"[", b"]"]))
    target.adopt("b.json")
    assert events == []  # writing did not wait for the disk

    target.commit()

    assert events == ["synced", "synced", "moved", "moved"]
    assert (tmp_path / "out" / "b.json").read_bytes() == b"[]"


def test_a_failed_fsync_replaces_nothing(
    published_dir: Path, overview_rows: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = file_bytes(published_dir)

    def failing_fsync(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(sync_module.os, "fsync", failing_fsync)
    changed_rows = [{**row, "title": row["title"] + " (neu)"} for row in overview_rows]
    with pytest.raises(PublishError, match=r"No space left on device.*nothing was replaced"):
        publish(changed_rows, published_dir, today=TODAY, snapshot=fake_snapshot)

    assert file_bytes(published_dir) == before  # also: no temp files left behind


def test_the_second_process_reports_a_file_it_could_not_sync_as_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``render_child.render_formats`` (the second process's work) waits for its files' fsyncs
    before it answers: a failed one fails the formats it reported written."""
    from netdir.publish.publisher import _child_renderers
    from netdir.publish.render_child import render_formats
    from netdir.publish.rows import json_ready_rows
    from tests.publish.conftest import GENERATED_AT, offering

    def failing_fsync(fd: int) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(sync_module.os, "fsync", failing_fsync)
    target = PublishTarget(tmp_path / "out")
    target.prepare()
    renderers = _child_renderers(TODAY, GENERATED_AT, {})
    rows = json_ready_rows([offering(id=f"off-{n}") for n in range(3)])

    results = render_formats({"parquet": renderers["parquet"]}, target, rows)

    status, error = results["parquet"]
    assert status == "error" and "I/O error" in str(error)
