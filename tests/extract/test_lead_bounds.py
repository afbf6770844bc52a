"""A list's lead ends at another dated list behind its heading (lead_bounds, in lead_texts)."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract import extract_page
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page


def _page(between: str) -> str:
    stamm = "".join(
        f"<tr><td>{day}</td><td>Stamm</td></tr>" for day in ("22. April", "17. Juni", "12. August")
    )
    board = "".join(
        f"<tr><td>{day}</td><td>Vorstandssitzung</td></tr>"
        for day in ("15. April", "4. Juni", "9. September")
    )
    return (
        "<html><body><div id='content'><h1>Agenda 2013</h1><h2>Stammtisch</h2>"
        "<p>Der Stamm findet jeweils ab 19 Uhr im Restaurant Beaulieu statt.</p>"
        f"<table><tbody>{stamm}</tbody></table>{between}"
        f"<table><tbody>{board}</tbody></table></div></body></html>"
    )


def _starts(html: str) -> dict[str, set[str | None]]:
    starts: dict[str, set[str | None]] = {}
    for record in extract_page(page_from_text(html)).records:
        start = normalize_record(record, today=date(2013, 4, 13)).start
        starts.setdefault(record.title, set()).add(start[11:16] if start else None)
    return starts


def test_the_lead_of_the_list_above_another_heading_is_not_this_lists() -> None:
    starts = _starts(_page("<h2>Vorstandssitzungen</h2>"))
    assert starts["Stamm"] == {"19:00"}
    assert starts["Vorstandssitzung"] == {""}  # a day without an hour


def test_without_a_heading_between_the_lists_share_the_lead() -> None:
    starts = _starts(_page(""))
    assert starts["Vorstandssitzung"] == {"19:00"}


def test_the_board_meetings_take_no_hour_or_place_of_the_stammtisch(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, "php-glp-stadt-bern-agenda-2013")
    board = [r for r in records if r["title"] == "Vorstandssitzung"]
    assert [r["start"] for r in board] == ["2013-04-15", "2013-06-04"]
    assert not any(r["location"] for r in board)


def test_a_where_line_above_all_sections_still_heads_the_later_lists() -> None:
    rows = "".join(
        f"<tr><td>{day}</td><td>{name}</td></tr>"
        for day, name in (("15. April", "Vorstandssitzung"), ("4. Juni", "Vorstandssitzung"))
    )
    stamm = "".join(
        f"<tr><td>{day}</td><td>Stamm</td></tr>" for day in ("22. April", "17. Juni", "12. August")
    )
    html = (
        "<html><body><div id='content'><h1>Agenda 2013</h1>"
        "<p>Alle Treffen finden im Gemeindehaus, Hauptstraße 5 statt.</p>"
        f"<h2>Stammtisch</h2><table><tbody>{stamm}</tbody></table>"
        f"<h2>Vorstandssitzungen</h2><table><tbody>{rows}</tbody></table></div></body></html>"
    )
    places = {r.title: r.location_text for r in extract_page(page_from_text(html)).records}
    assert places["Vorstandssitzung"] == places["Stamm"] == "Gemeindehaus, Hauptstraße 5"
