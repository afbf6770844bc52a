"""Fixtures for the sample web: a running web, and plain HTTP access to it."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from netdir.demo import SampleWeb


@pytest.fixture(scope="module")
def running_web() -> Iterator[SampleWeb]:
    """The bundled sample web, started once per test module, back on v1 and with an empty log."""
    with SampleWeb() as web:
        yield web


@pytest.fixture
def sample_web(running_web: SampleWeb) -> Iterator[SampleWeb]:
    running_web.switch("v1")
    running_web.requests.clear()
    yield running_web
    running_web.switch("v1")


@pytest.fixture(scope="module")
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=5, trust_env=False) as client:
        yield client
