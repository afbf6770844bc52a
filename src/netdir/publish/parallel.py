"""Render some publish formats in a second process while this one renders the others.

Rendering 10,000 offerings is pure Python on one core; the machine has a second. The second
process is a fresh interpreter, not a fork: a fork shares every page of this process, and by the
time a refresh publishes, this process holds the crawl's, the merge's and the load's leftovers
(5,000 pages: the forked child started at ~620 MB and peaked at ~960 MB, the run's largest
process). A fresh one starts small (~35 MB with the renderers), imports them while this process
prepares the rows, and gets the rows as the NDJSON text this process writes anyway
(overview.ndjson: ~0.02 CPU-s per 10,000 rows to read back), in parts while this process reads
them from the warehouse when it writes that file (``stream``). It sends back only what a renderer
returns (the facts of the files it wrote itself, or their bytes for a remote target), or the
error, re-raised here under the format's name.
"""

from __future__ import annotations

import os
import pickle
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from netdir.publish.target import PublishTarget

#: Below this many rows a second process (~0.25 CPU-s to start and import) costs more than it saves.
MIN_ROWS_TO_FORK = 1000
#: A child that has not answered by then is stuck: it is killed.
ANSWER_TIMEOUT_SECONDS = 900.0
#: Rendered by the second process, in this order (the publishing process takes back from the
#: end those it has not started once it is done with its own, see ``claim``): pure Python, the
#: slowest (CPU-s for 50,044 offerings, best of 3, load ~1: ics 0.74, csv 0.68 (0.45 overview.csv,
#: 0.36 overview.rfc4180.csv, each with the columns' 0.12), parquet 0.36; html, json, the
#: changes and the DuckDB snapshot are this process's, which also reads the rows from the
#: warehouse and makes them JSON-ready first). A job is a format, or one file of the CSV format
#: (``JOB_FORMAT``): whole, the CSV files were too large a last step for either process to take
#: back, and the second one finished last (5,000 pages: ics + csv 2.73 CPU-s after the read
#: there vs 1.68 here, load ~8). overview.ndjson is written here: its text is how the rows
#: reach the second process.
CHILD_JOBS = ("ics", "csv", "parquet", "csv.rfc4180")
#: The format of a job that is not a whole format: "csv" is then overview.csv alone.
JOB_FORMAT = {"csv.rfc4180": "csv"}


def format_of(job: str) -> str:
    """The format a job of CHILD_JOBS renders (all of it, or one of its files)."""
    return JOB_FORMAT.get(job, job)


CHILD_MODULE = "netdir.publish.render_child"


def claim(claims: str, fmt: str) -> bool:
    """Whether this process may render ``fmt``: the first of the two processes to ask gets it
    (an exclusive create in the claims directory, atomic across processes). The second process
    renders ``CHILD_JOBS`` in their order, the publishing one takes back from the end those
    not yet started once its own formats are done: whichever process is free renders them."""
    try:
        os.close(os.open(os.path.join(claims, fmt), os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return False
    except FileNotFoundError:  # the publish is over (its claims removed): nothing to take
        return False
    return True


#: Renders one format's files from the rows: (name, bytes) pairs, or (name, parts) where the
#: parts joined are the file's bytes (never joined: written one after the other). Must be
#: picklable (a module's function or a ``functools.partial`` of one): it is sent to the second
#: process.
Renderer = Callable[[list[dict[str, Any]]], Iterable[tuple[str, bytes | list[bytes]]]]


class RenderProcess:
    """The second interpreter, started ahead of the rows: it imports the renderers meanwhile.

    A refresh starts it as soon as it knows it will publish enough rows (``started_early``), so
    the ~0.2 CPU-s start overlaps the merge and the load instead of publish. Unused, ``close``
    ends it (the child reads the end of its job pipe and exits)."""

    def __init__(self) -> None:
        job_read, job_write = os.pipe()
        result_read, result_write = os.pipe()
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-m", CHILD_MODULE, str(job_read), str(result_write)],
                pass_fds=(job_read, result_write),
                stdin=subprocess.DEVNULL,
                env=_child_environment(),
            )
        finally:
            os.close(job_read)
            os.close(result_write)
        self.jobs = Connection(job_write, readable=False)
        self.receiver = Connection(result_read, writable=False)
        self.taken = False

    def close(self) -> None:
        """End a process nobody handed rows to (a no-op once ``RenderedElsewhere`` took it)."""
        if self.taken:
            return
        self.taken = True
        self.jobs.close()
        self.receiver.close()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@contextmanager
def started_early(expected_rows: int) -> Iterator[RenderProcess | None]:
    """A ``RenderProcess`` for a publish of about ``expected_rows`` rows (None when so few
    would be rendered here, ``MIN_ROWS_TO_FORK``), closed on leaving unless publish took it."""
    process = RenderProcess() if expected_rows >= MIN_ROWS_TO_FORK else None
    try:
        yield process
    finally:
        if process is not None:
            process.close()


class RenderedElsewhere:
    """Formats rendered in a second process; ``hand_over`` gives it the rows, ``result(fmt)``
    waits for them. The process starts (and imports the renderers) at construction, unless
    one started early (``started_early``) is given."""

    def __init__(
        self, formats: Sequence[str], target: PublishTarget, process: RenderProcess | None = None
    ) -> None:
        self.formats = list(formats)
        self._results: dict[str, tuple[str, Any]] | None = None
        if process is None or process.taken:
            process = RenderProcess()
        process.taken = True
        self._process = process.process
        self._jobs = process.jobs
        self._receiver = process.receiver
        # A local target's files are written by the child itself; a remote one's come back.
        self._target = None if target.remote else target
        self._sender: threading.Thread | None = None
        self._parts: queue.SimpleQueue[bytes | None] | None = None  # see ``stream``
        self._child_gone = False
        self._claims = tempfile.mkdtemp(prefix="netdir-publish-claims-")
        self.taken_back: list[str] = []  # formats this process rendered after all
        self._verdict: bool | None = None
        self._verdict_read = False

    def take_back(self) -> str | None:
        """The last format the second process has not started yet, which this process then
        renders itself (see ``claim``); None once it has started them all. Asked again after
        each one: whichever process is free takes the next."""
        for fmt in reversed(self.formats):
            if fmt in self.taken_back:
                continue
            if claim(self._claims, fmt):
                self.taken_back.append(fmt)
                return fmt
            return None  # it renders in order: it has started every earlier one too
        return None

    def hand_over(self, renderers: Mapping[str, Renderer], rows_ndjson: bytes) -> None:
        """Send the renderers of ``formats`` and the rows as NDJSON (``overview_ndjson_bytes``):
        a thread writes them into the pipe while this one goes on (the child may still be
        importing)."""
        job = self._job(renderers, streamed=False)
        self._sender = threading.Thread(
            target=self._send, args=(job, rows_ndjson), name="netdir-publish-rows", daemon=True
        )
        self._sender.start()

    def stream(
        self, renderers: Mapping[str, Renderer], check: Mapping[str, Any] | None = None
    ) -> None:
        """Send the renderers of ``formats`` now and the rows' NDJSON text in parts while it is
        made (``send``), ended by ``end_stream``: the child reads each part as it comes, while
        this process reads the next rows from the warehouse (at 50,000 offerings ~3.5 CPU-s),
        and renders as soon as the last part is in. A thread writes them into the pipe (the
        child may still be importing); a stream never ended (the publish failed) is no rows at
        all to the child: it renders nothing. ``check``: the overview document's fields other
        than its offerings; the child then checks each part against the schema as it arrives
        (``schema.rows_valid``) and says whether all passed (``checked``)."""
        self._parts = queue.SimpleQueue()
        self._sender = threading.Thread(
            target=self._send_parts,
            args=(self._job(renderers, streamed=True, check=check),),
            name="netdir-publish-rows",
            daemon=True,
        )
        self._sender.start()

    def send(self, part: bytes) -> None:
        """One part of the streamed rows' NDJSON (whole lines)."""
        assert self._parts is not None, "stream() first"
        if part and not self._child_gone:  # an empty part would end the stream
            self._parts.put(part)

    def end_stream(self) -> None:
        """Every row was sent: the child renders now."""
        assert self._parts is not None, "stream() first"
        self._parts.put(b"")

    def _send_parts(self, job: bytes) -> None:
        assert self._parts is not None
        try:
            self._jobs.send_bytes(job)
            while (part := self._parts.get()) is not None:
                self._jobs.send_bytes(part)
                if not part:  # the end: b"" tells the child so
                    break
        except OSError:
            self._child_gone = True  # the child died: result() says so; send() keeps nothing
        finally:
            self._jobs.close()

    def _job(
        self,
        renderers: Mapping[str, Renderer],
        *,
        streamed: bool,
        check: Mapping[str, Any] | None = None,
    ) -> bytes:
        return pickle.dumps(
            (
                {fmt: renderers[fmt] for fmt in self.formats},
                self._target,
                self._claims,
                streamed,
                dict(check) if check is not None else None,
            ),
            protocol=pickle.HIGHEST_PROTOCOL,
        )

    def _send(self, job: bytes, rows_ndjson: bytes) -> None:
        try:
            self._jobs.send_bytes(job)
            self._jobs.send_bytes(rows_ndjson)
        except OSError:
            pass  # the child died: result() says so
        finally:
            self._jobs.close()

    def checked(self) -> bool | None:
        """Whether every streamed row passed the child's schema check (``stream``'s ``check``):
        True, False, or None when it checked nothing (not asked to, no rows, or it died). Waits
        until it has read the last row; asked before the results, which follow it."""
        if not self._verdict_read:
            self._verdict_read = True
            try:
                if self._receiver.poll(ANSWER_TIMEOUT_SECONDS):
                    self._verdict = self._receiver.recv()
            except (EOFError, OSError):
                self._verdict = None  # ``result`` says why: it reads the same pipe
        return self._verdict

    def result(self, fmt: str) -> Any:
        """The files of ``fmt``; its rendering error is raised here, as if rendered here.
        Not for a format taken back (``take_back``)."""
        if fmt in self.taken_back:
            raise ValueError(f"{fmt} was taken back: rendered by this process")
        if self._results is None:
            self._results = self._collect()
        status, value = self._results[fmt]
        if status == "error":
            raise value
        return value

    def cancel(self) -> None:
        """Stop the child now (the publish failed): what it wrote is the caller's to remove."""
        self._process.kill()
        self._process.wait()
        self._finish_sending()
        self._receiver.close()
        shutil.rmtree(self._claims, ignore_errors=True)

    def close(self) -> None:
        self._receiver.close()
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._finish_sending()
        shutil.rmtree(self._claims, ignore_errors=True)

    def _finish_sending(self) -> None:
        if self._parts is not None:
            self._parts.put(None)  # a stream not ended: its sender stops without the end mark
        if self._sender is not None:
            self._sender.join()
        elif not self._jobs.closed:
            self._jobs.close()  # never handed over: the child reads the end and exits

    def _collect(self) -> dict[str, tuple[str, Any]]:
        try:
            self.checked()  # the verdict comes first
            if not self._receiver.poll(ANSWER_TIMEOUT_SECONDS):
                raise TimeoutError
            results: dict[str, tuple[str, Any]] = self._receiver.recv()
        except (EOFError, OSError):  # TimeoutError is an OSError
            self._process.kill()
            code = self._process.wait()
            failure = RuntimeError(f"the rendering process died or hung (exit code {code})")
            results = {fmt: ("error", failure) for fmt in self.formats}
        if any(status == "taken" for status, _ in results.values()):
            # Only this process takes formats from the second one, and only those it took back.
            assert {fmt for fmt, (status, _) in results.items() if status == "taken"} <= set(
                self.taken_back
            ), "the second process skipped a format nobody took back"
        self.close()
        return results


def _child_environment() -> dict[str, str]:
    """This environment, with this process's module path: the child imports what this process
    would (netdir from this checkout, a renderer from wherever it was defined)."""
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join(path for path in sys.path if path)
    return environment


def picklable(exc: Exception) -> Exception:
    """``exc`` if it survives pickling (to be sent back), else a RuntimeError naming it."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc
