"""Causes found on held-out batch 41 (German pages with schema.org event data: the Astro build
of a Travemünde guide), each pinned on its real page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

from datetime import date

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract.calendar_days import PageMonth
from netdir.extract.event_programme import programme_of
from netdir.extract.weekday_month import (
    clock_of_leading_line,
    day_of_row,
    month_of_weekdays,
    page_month_of_weekdays,
    place_after_the_clock,
)
from netdir.records import RawRecord
from tests.extract.realpage_inspect import PAGES, inspect_page

_WOCHE = "https://travemuende-heute.de/travemuender-woche/"
_JULY = PageMonth(2026, 7, "weekdays")


def test_festival_concerts_beside_its_one_structured_event(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The page's JSON-LD names only the festival (17 to 26 July); its concerts „Sa / 18. / Nenad
    # / 19:30 Uhr · König Pilsener Bühne“ name weekday and day only. Before, the festival was
    # the page's one record; now each concert is one too, on its day in the festival's month.
    records = inspect_page(capsys, "astro-travemuende-woche-2026-07.html", _WOCHE, "2026-07-18")
    starts = {r["title"]: r["start"] for r in records}
    places = {r["title"]: r.get("location") or "" for r in records}
    assert "König Pilsener Bühne" in places["Nenad"]
    assert starts["137. Travemünder Woche 2026"].startswith("2026-07-17")
    assert starts["Nenad"].startswith("2026-07-18T19:30")
    assert starts["Tag der Helden"].startswith("2026-07-26T18:00")
    # the planner's rows under „Fr 17.“, their hours opening each row
    assert starts["Baltic Beats DJ"].startswith("2026-07-17T14:00")
    # the guide's news posts (14 to 17 July) are no part of the programme
    assert "Fulminanter Start in die TW" not in starts


def test_the_month_the_weekdays_confirm() -> None:
    page = (PAGES / "astro-travemuende-woche-2026-07.html").read_text()
    body = LexborHTMLParser(page).body
    assert body is not None
    nodes = list(body.traverse(include_text=False))
    assert page_month_of_weekdays(body, nodes) == _JULY
    # Saturday the 18th and Monday the 20th: July 2026 (named), not April 2026 (not named)
    days = {(5, 18), (0, 20)}
    assert month_of_weekdays(days, {(2026, 7), (2026, 8)}) == _JULY
    assert month_of_weekdays(days, {(2026, 8)}) is None
    assert month_of_weekdays({(5, 18)}, {(2026, 7)}) is None  # one text could be a stray label
    assert month_of_weekdays(days, {(2026, 4), (2026, 7)}) is None  # two fit: neither


def test_a_row_line_opening_with_weekday_and_day() -> None:
    line = "Sa 18. Nenad 19:30 Uhr · König Pilsener Bühne"
    assert day_of_row([line], _JULY) == (18, "Sa")
    assert clock_of_leading_line([line]) == "19:30 Uhr"
    assert place_after_the_clock([line]) == "König Pilsener Bühne"
    assert place_after_the_clock(["Sa 18. Nenad 19:30 Uhr"]) is None
    # a Sunday the 18th is no day of July 2026
    assert day_of_row(["So 18. Nenad 19:30 Uhr"], _JULY) is None


def test_programme_rows_lie_within_the_run() -> None:
    festival = _record("Woche", start="2026-07-17T10:00:00+02:00", end="2026-07-26T23:00")
    concerts = [_record(f"C{d}", date_text=f"{d}.07.2026, 19:30 Uhr") for d in (18, 20, 26)]
    news = [_record(f"N{d}", date_text=f"{d}.07.2026, 10:00 Uhr") for d in (14, 15, 17)]
    line_up = [_record(f"A{d}", date_text=f"{d}.07.2026") for d in (18, 18, 19)]
    today = date(2026, 7, 18)
    assert programme_of(festival, [concerts, news], today) == concerts
    # acts under the festival's days without hours name performers, not events of their own
    assert programme_of(festival, [line_up], today) == []
    one_day = _record("Abend", start="2026-07-18T19:00", end="2026-07-18T22:00")
    assert programme_of(one_day, [concerts], today) == []


def _record(title: str, **fields: str) -> RawRecord:
    return RawRecord(source_id="t", page_url=_WOCHE, extractor="listing", title=title, **fields)


def test_cards_sharing_a_source_link_pair_by_title(capsys: pytest.CaptureFixture[str]) -> None:
    # „Timmendorf strahlt“ and „Martinsritt“ (7 November) both link to the same source article,
    # as do five cards to ostsee-schleswig-holstein.de: paired by that link alone, the JSON-LD
    # „Timmendorf strahlt“ took the Martinsritt card and its own card was added a second time.
    records = inspect_page(
        capsys,
        "astro-travemuende-veranstaltungen-2026-11.html",
        "https://travemuende-heute.de/veranstaltungen/november-2026/",
        "2026-07-18",
    )
    titles = [r["title"] for r in records]
    assert len(titles) == 11
    assert titles.count("Timmendorf strahlt") == 1


def test_a_checked_on_stamp_dates_no_event(capsys: pytest.CaptureFixture[str]) -> None:
    # Each card's foot „Quelle: info-travemuende.de · geprüft am 29. Juni 2026“ (the day the
    # guide checked its entry) made a record „Quelle: …“ of that day beside the card's event.
    records = inspect_page(
        capsys,
        "astro-travemuende-veranstaltungen-heute-2026-07-18.html",
        "https://travemuende-heute.de/veranstaltungen/heute/",
        "2026-07-18",
    )
    assert not [r for r in records if r["title"].startswith(("Quelle", "Heute"))]
    assert len(records) == 9
