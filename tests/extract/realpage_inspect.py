"""`netdir inspect` of a saved real page of the corpus, as the held-out causes' tests read it."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from netdir.cli.main import main
from netdir.extract import extract_page
from netdir.normalize import normalize_record
from netdir.records import RawRecord
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


#: (normalized title, start to the minute, location text) of a record, as a reader checks it.
Reading = tuple[str | None, str | None, str | None]


def saved_page_readings(page_id: str) -> list[Reading]:
    """Each record of a corpus page as read on the day it was saved (its truth's ``today``)."""
    return [_minute_reading(stamp) for stamp in saved_page_stamps(page_id)]


def readings_on(html: str, today: date) -> list[Reading]:
    """Each record of a page snippet as read on ``today``."""
    return [_minute_reading(stamp) for stamp in stamps_on(html, today)]


def _minute_reading(stamp: Span) -> Reading:
    title, start, _, place = stamp
    return (title, start[:16] if start else None, place)


#: (normalized title, start, end, location text) of a record, with its start and end as
#: ``spans`` trim them to the minute, ``stamps`` keep them whole (with the offset); a ``Reading``
#: is a stamp without its end, its start to the minute.
Span = tuple[str | None, str | None, str | None, str | None]


def saved_page_spans(page_id: str) -> list[Span]:
    """Each record of a corpus page as read on the day it was saved, start and end to the minute."""
    return [_minute_span(stamp) for stamp in saved_page_stamps(page_id)]


def spans_on(html: str, today: date) -> list[Span]:
    """Each record of a page snippet as read on ``today``, start and end to the minute."""
    return [_minute_span(stamp) for stamp in stamps_on(html, today)]


def saved_page_stamps(page_id: str) -> list[Span]:
    """Each record of a corpus page as read on the day it was saved, start and end whole."""
    truth = load_truth(TRUTH / f"{page_id}.yaml")
    html = (PAGES / f"{page_id}.html").read_text(encoding="utf-8")
    return _stamps(html, truth.base_url, truth.today)


def stamps_on(html: str, today: date) -> list[Span]:
    """Each record of a page snippet as read on ``today``, start and end whole."""
    return _stamps(html, None, today)


def _stamps(html: str, url: str | None, today: date) -> list[Span]:
    saved = datetime.combine(today, time(12), tzinfo=UTC)
    page = page_from_text(html, url) if url else page_from_text(html)
    records: list[RawRecord] = extract_page(dataclasses.replace(page, fetched_at=saved)).records
    read = ((normalize_record(r, today=today), r.location_text) for r in records)
    return [(n.title, n.start, n.end, place) for n, place in read]


def _minute_span(stamp: Span) -> Span:
    title, start, end, place = stamp
    return (
        title,
        start[:16] if start is not None else None,
        end[:16] if end is not None else None,
        place,
    )
