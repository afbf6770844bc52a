"""`netdir inspect` of a saved real page of the corpus, as the held-out causes' tests read it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from netdir.cli.main import main

PAGES = Path(__file__).parents[1] / "realpages" / "pages"


def inspect_page(capsys: pytest.CaptureFixture[str], page: str, url: str, today: str) -> list[dict]:
    """The records `netdir inspect PAGE --base-url URL --today TODAY --json` prints."""
    code = main(["inspect", str(PAGES / page), "--base-url", url, "--today", today, "--json"])
    assert code == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]
