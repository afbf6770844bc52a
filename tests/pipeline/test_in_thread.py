"""InThread: a call runs in a named thread while the caller goes on; what it returned comes back
from result(), what it raised is raised there (in the caller's thread); wait() and error() only
wait."""

from __future__ import annotations

import threading

import pytest

from netdir.in_thread import InThread


def test_the_call_runs_beside_the_caller_and_result_hands_back_its_value() -> None:
    go_on = threading.Event()
    names: list[str] = []

    def call() -> str:
        names.append(threading.current_thread().name)
        assert go_on.wait(10), "the caller went on while the call waited"
        return "netdir.duckdb"

    job = InThread(call, name="netdir-snapshot")
    go_on.set()  # the call is still waiting for this: it runs beside the caller
    assert job.result() == "netdir.duckdb"
    assert job.error() is None
    assert names == ["netdir-snapshot"]


def test_what_the_call_raised_is_raised_by_result_in_the_callers_thread() -> None:
    def call() -> None:
        raise ValueError("database is locked")

    job = InThread(call, name="netdir-open")
    job.wait()  # waiting alone raises nothing
    error = job.error()
    assert isinstance(error, ValueError)
    with pytest.raises(ValueError, match="database is locked") as raised:
        job.result()
    assert raised.value is error
    assert raised.traceback[-1].name == "call", "the traceback still shows where it was raised"


def test_a_base_exception_of_the_call_is_kept_not_lost_in_the_thread() -> None:
    def call() -> None:
        raise KeyboardInterrupt

    job = InThread(call, name="netdir-load")
    with pytest.raises(KeyboardInterrupt):
        job.result()


def test_a_call_returning_none_has_no_error() -> None:
    job = InThread(lambda: None, name="netdir-load")
    assert job.result() is None
    assert job.error() is None
