"""Temp files of a killed publish are removed by the next one (when old enough to be dead)."""

from __future__ import annotations

import os
import time
from pathlib import Path

from netdir.publish import publish
from netdir.publish.target import LEFTOVER_AGE_SECONDS
from tests.publish.conftest import offering


def test_the_next_publish_removes_what_a_killed_one_left(tmp_path: Path) -> None:
    out = tmp_path / "publish"
    out.mkdir()
    dead = [out / ".overview.json.0a1b2c3d.tmp", out / ".netdir-write-check.deadbeef"]
    running = out / ".overview.csv.12345678.tmp"  # a publish staging right now
    unrelated = out / ".keep.tmp"
    for path in [*dead, running, unrelated]:
        path.write_bytes(b"partial")
    long_ago = time.time() - LEFTOVER_AGE_SECONDS - 60
    for path in [*dead, unrelated]:
        os.utime(path, (long_ago, long_ago))

    publish([offering(id="a")], out, formats=["json"])

    assert not any(path.exists() for path in dead)
    assert running.exists() and unrelated.exists()
    assert (out / "overview.json").exists()
