"""The second publish process (see ``netdir.publish.parallel``): ``python -m
netdir.publish.render_child JOB_FD RESULT_FD``.

Reads from JOB_FD the renderers and the target, then the rows as NDJSON text, whole or
streamed in parts ended by an empty one; checks streamed rows against the overview schema as
they arrive, when asked to (the publishing process then need not: ``RenderedElsewhere.checked``);
renders each format, writes a local target's temp files itself, and answers on RESULT_FD first
with the check's verdict (None: not checked), then with each format's files (their facts, or
their bytes for a remote target) or its error.
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
from netdir.publish.schema import prepare_validation, rows_valid

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
    if target is not None:
        try:
            target.wait_synced()  # the files are on disk before they are reported written
        except OSError as exc:
            failure = picklable(exc)
            results = {
                fmt: ("error", failure) if status == "ok" else (status, value)
                for fmt, (status, value) in results.items()
            }
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
    if not jobs.poll(0):
        # Nothing to do until the job comes (a refresh starts this process as its merge
        # begins): the validator is compiled now, not when the first rows arrive. There it
        # came first of the child's work, after which the publishing process waited for the
        # verdict (polite row, 1,600 rows: compiling 0.1-0.15 s after the first part came).
        prepare_validation()
    try:
        renderers, target, claims, streamed, check = pickle.loads(jobs.recv_bytes())
        if all(os.path.exists(os.path.join(claims, fmt)) for fmt in renderers):
            # The publishing process took every format back before this one started any (a
            # small publish): the rows need not be read.
            _answer(answers, {fmt: ("taken", None) for fmt in renderers}, None)
            return
        valid: bool | None = None
        if streamed:  # parts of the text while the publishing process reads the rows
            if check is not None:
                prepare_validation()  # while the first rows are read there
                valid = True
            rows = []
            while part := jobs.recv_bytes():  # b"": every row was sent
                part_rows = rows_of(part)
                del part
                # Checked while the next part is read there: the publishing process's own check
                # of every row came after its read, on the run's critical path (~0.2 CPU-s per
                # 10,000 rows and the validator's compiling).
                valid = valid and rows_valid(check, part_rows)
                rows.extend(part_rows)
                del part_rows
        else:
            text = jobs.recv_bytes()
            rows = rows_of(text)
            del text
    except EOFError:
        return  # the publish ended before it handed everything over
    jobs.close()
    try:
        answers.send(valid)  # the publishing process waits for it before it renders its own
    except OSError:
        answers.close()
        return  # it no longer listens (see _answer)
    _answer(answers, render_formats(renderers, target, rows, claims))


def _answer(answers: Connection, results: dict[str, tuple[str, Any]], *before: Any) -> None:
    """Send the results (after ``before``: the verdict not sent yet); a publishing process that
    no longer listens took every format back (it reads no answer then) or gave up the publish
    (it kills this process)."""
    try:
        for message in before:
            answers.send(message)
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
