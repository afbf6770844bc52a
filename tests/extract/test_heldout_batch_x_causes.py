"""Held-out batch X (structured data): each general cause it showed, on its real page."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from netdir.extract.schema_org import minutes_from_serving
from netdir.extract.visible_listing import _leads_to_an_event
from netdir.records import RawRecord
from tests.extract.realpage_inspect import inspect_page as _inspect

_PAGE = "microdata-datavocabulary-betonvalue-home-2018-03.html"
_URL = "https://www.betonvalue.com/"


def _rows(capsys: pytest.CaptureFixture[str]) -> list[dict]:
    return _inspect(capsys, _PAGE, _URL, "2018-03-20")


def test_a_data_vocabulary_event_is_named_by_its_summary(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # BetOnValue's match rows are data-vocabulary.org Event scopes: itemprop="summary" names
    # the match, startDate is the shown "21/03/18 19:45". Without a name they gave no record
    # and the listing detector read the rows instead.
    rows = _rows(capsys)
    popular = [r for r in rows if r["field_sources"]["title"] == "microdata:Event.name"]
    assert [r["title"] for r in popular][:2] == ["Monaco - Nanterre", "BOS Celtics - OKC Thunder"]
    assert popular[0]["start"].startswith("2018-03-21T19:45")


def test_a_second_showing_of_a_structured_event_is_no_other_event(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The slider above the list shows "AS Monaco - JSF Nanterre" (21/03/18 19:45) and leads to
    # the page of the list's "Monaco - Nanterre": one match, not two records.
    titles = [r["title"] for r in _rows(capsys)]
    assert "AS Monaco - JSF Nanterre" not in titles
    assert "Boston Celtics - Oklahoma City Thunder" not in titles
    assert len(titles) == 10


def _record(title: str, url: str, start: str) -> RawRecord:
    record = RawRecord(source_id="s", page_url=_URL, extractor="microdata", title=title)
    record.url, record.start = url, start
    return record


def test_a_row_leads_to_the_page_of_an_event_of_its_day_written_as_shown() -> None:
    # The structured start is the page's text ("21/03/18 19:45"); its day is read to compare.
    event = [
        _record(
            "Monaco - Nanterre", "https://x.com/basketball/monaco-v-nanterre/", "21/03/18 19:45"
        )
    ]
    row = _record("AS Monaco - JSF Nanterre", "https://x.com/basketball/monaco-v-nanterre/", "")
    today = date(2018, 3, 20)
    assert _leads_to_an_event(row, "2018-03-21", event, today)
    assert not _leads_to_an_event(row, "2018-03-22", event, today)  # another day: another event


def test_live_matches_start_minutes_before_the_page_was_served(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # "Other Live Matches": startDate "-191 min" (the match began 191 minutes ago).
    served = datetime(2018, 3, 20, 23, 21, tzinfo=UTC)
    assert minutes_from_serving("-191 min", served) == "2018-03-20T20:10+00:00"
    assert minutes_from_serving("+20 min", served) == "2018-03-20T23:41+00:00"
    assert minutes_from_serving("21/03/18 19:45", served) is None
    live = [r for r in _rows(capsys) if r["title"] == "LA Angels - ARI Diamondbacks"]
    assert len(live) == 1 and live[0]["start"].startswith("2018-03-20")
