"""`netdir inspect` of a saved real page of the corpus, as the held-out causes' tests read it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from netdir.cli.main import main
from netdir.extract import extract_page
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text
from tests.realpages.corpus import load_truth

PAGES = Path(__file__).parents[1] / "realpages" / "pages"
TRUTH = PAGES.parent / "truth"


def inspect_page(capsys: pytest.CaptureFixture[str], page: str, url: str, today: str) -> list[dict]:
    """The records `netdir inspect PAGE --base-url URL --today TODAY --json` prints."""
    code = main(["inspect", str(PAGES / page), "--base-url", url, "--today", today, "--json"])
    assert code == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def inspect_corpus_page(capsys: pytest.CaptureFixture[str], page_id: str) -> list[dict]:
    """The records `netdir inspect` prints for a corpus page (HTML, feed or iCalendar), at the
    base URL and the day its truth file gives."""
    truth = load_truth(TRUTH / f"{page_id}.yaml")
    return inspect_page(capsys, truth.page.name, truth.base_url, truth.today.isoformat())


def page_records(
    page: str, url: str, today: date
) -> list[tuple[str | None, str | None, str | None]]:
    """(title, normalized start, location text) of each record extracted from a corpus page."""
    html = (PAGES / f"{page}.html").read_text(encoding="utf-8")
    records = extract_page(page_from_text(html, url)).records
    return [(r.title, normalize_record(r, today=today).start, r.location_text) for r in records]


def starts_by_title(page: str, url: str, today: date) -> dict[str | None, str | None]:
    return {title: start for title, start, _ in page_records(page, url, today)}


def places_by_title(page: str, url: str, today: date) -> dict[str | None, str | None]:
    return {title: place for title, _, place in page_records(page, url, today)}
