"""The second publish process (see ``netdir.publish.parallel``): ``python -m
netdir.publish.render_child JOB_FD RESULT_FD``.

Reads from JOB_FD the renderers and the target, then the rows as NDJSON text, whole or
streamed in parts ended by an empty one; renders each format,
writes a local target's temp files itself, and answers on RESULT_FD with each format's files
(their facts, or their bytes for a remote target) or its error.
"""

from __future__ import annotations

import gc
import json
import os
import pickle
import sys
from collections.abc import Mapping
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

import orjson

# Imported before the rows arrive: while the publishing process still prepares them.
import netdir.publish.csv_export
import netdir.publish.ical_export
import netdir.publish.parquet_export  # noqa: F401
from netdir.publish.metadata import FileFacts
from netdir.publish.parallel import Renderer, claim, picklable

if TYPE_CHECKING:
    from netdir.publish.target import PublishTarget


def rows_of(ndjson: bytes) -> list[dict[str, Any]]:
    """The rows of an NDJSON text (one JSON object per line, each line ending in a newline),
    read line by line without copying the text."""
    rows = []
    view = memoryview(ndjson)
    start, end = 0, len(ndjson)
    find = ndjson.find
    while start < end:
        stop = find(b"\n", start)
        if stop < 0:
            stop = end
        line = view[start:stop]
        try:
            rows.append(orjson.loads(line))
        except orjson.JSONDecodeError:  # NaN or a huge integer: the stdlib wrote this line
            rows.append(json.loads(bytes(line)))
        start = stop + 1
    return rows


def render_formats(
    renderers: Mapping[str, Renderer],
    target: PublishTarget | None,
    rows: list[dict[str, Any]],
    claims: str | None = None,
) -> dict[str, tuple[str, Any]]:
    """Each format's files, in the renderers' order; with ``claims``, a format the publishing
    process took back first (``parallel.claim``) is left to it: ("taken", None)."""
    results: dict[str, tuple[str, Any]] = {}
    for fmt, render in renderers.items():
        if claims is not None and not claim(claims, fmt):
            results[fmt] = ("taken", None)
            continue
        try:
            results[fmt] = ("ok", _written(render, target, rows))
        except Exception as exc:
            results[fmt] = ("error", picklable(exc))
    return results


def _written(
    render: Renderer, target: PublishTarget | None, rows: list[dict[str, Any]]
) -> dict[str, FileFacts] | dict[str, bytes | list[bytes]]:
    if target is None:  # a remote target: the publishing process writes the bytes
        return dict(render(rows))
    facts = {}
    for name, data in render(rows):
        target.write_temp(name, data)
        facts[name] = FileFacts.of(name, data)
        del data  # one file's bytes at a time
    return facts


def main(job_fd: int, result_fd: int) -> None:
    jobs = Connection(job_fd, writable=False)
    answers = Connection(result_fd, readable=False)
    try:
        renderers, target, claims, streamed = pickle.loads(jobs.recv_bytes())
        if all(os.path.exists(os.path.join(claims, fmt)) for fmt in renderers):
            # The publishing process took every format back before this one started any (a
            # small publish): the rows need not be read.
            _answer(answers, {fmt: ("taken", None) for fmt in renderers})
            return
        if streamed:  # parts of the text while the publishing process reads the rows
            rows = []
            while part := jobs.recv_bytes():  # b"": every row was sent
                rows.extend(rows_of(part))
                del part
        else:
            text = jobs.recv_bytes()
            rows = rows_of(text)
            del text
    except EOFError:
        return  # the publish ended before it handed everything over
    jobs.close()
    _answer(answers, render_formats(renderers, target, rows, claims))


def _answer(answers: Connection, results: dict[str, tuple[str, Any]]) -> None:
    """Send the results; a publishing process that no longer listens took every format back
    (it reads no answer then) or gave up the publish (it kills this process)."""
    try:
        answers.send(results)
    except OSError:  # BrokenPipeError
        pass
    finally:
        answers.close()


if __name__ == "__main__":
    # Rows, cells and lines form no cycles, and the process ends after one publish: without the
    # collector, 50,000 rows parsed here are not walked again and again as they accumulate.
    gc.disable()
    main(int(sys.argv[1]), int(sys.argv[2]))
    # No finalizers of 50,000 rows: the answer is sent.
    sys.stdout.flush()
    os._exit(0)
