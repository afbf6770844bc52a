"""The generated web's server survives the race between probing a free port and binding it."""

from __future__ import annotations

import socket

import httpx
import pytest

import tests.bench.genweb as genweb
from tests.bench.genweb import GeneratedWeb, serving


def test_a_server_whose_port_was_taken_meanwhile_starts_again_on_another(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # CI once saw a parallel test take the probed port before the child bound it; the fixture
    # then waited 60 s for a child that had died and failed the test.
    probed = genweb.free_port_on_all_hosts
    taken: list[socket.socket] = []

    def first_port_taken_meanwhile(hosts: int) -> int:
        port = probed(hosts)
        if not taken:
            thief = socket.socket()
            thief.bind(("127.0.0.1", port))
            thief.listen()
            taken.append(thief)
        return port

    monkeypatch.setattr(genweb, "free_port_on_all_hosts", first_port_taken_meanwhile)
    try:
        with serving(GeneratedWeb(hosts=2, pages_per_host=1)) as port:
            assert port != taken[0].getsockname()[1]
            answer = httpx.get(f"http://127.0.0.2:{port}/robots.txt", timeout=10)
            assert answer.status_code == 200
    finally:
        taken[0].close()
