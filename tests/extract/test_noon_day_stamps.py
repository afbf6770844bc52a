"""A microdata start at noon UTC stamps the day; the item's own line gives the clock."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir.extract import extract_page
from netdir.extract.noon_day_stamps import with_shown_clock
from tests.extract.conftest import page_from_text

_ITEM = """<div itemscope itemtype="https://schema.org/Event">
<time datetime="{start}" itemprop="startDate">13 Sep</time> bis
<time datetime="{end}" itemprop="endDate">{end_label}</time>
<h3 itemprop="name">{name}</h3>
<p><time datetime="13.09.2026 - 11:00:00">So. 13.09.2026 11:00</time> -
<time datetime="13.09.2026 - 21:00:00">21:00 Uhr</time></p>
<p itemprop="location">Ludwigstraße</p></div>"""


def _scope(html: str) -> LexborNode:
    node = LexborHTMLParser(html).css_first("[itemscope]")
    assert node is not None
    return node


def _listed(name: str, end: str = "2026-09-13T12:00:00Z", end_label: str = "13 Sep") -> str:
    return _ITEM.format(start="2026-09-13T12:00:00Z", end=end, end_label=end_label, name=name)


def test_a_noon_utc_day_stamp_takes_the_clock_its_item_shows() -> None:
    html = _listed("Zamanand Festival")
    (record,) = extract_page(page_from_text(f"<html><body>{html}</body></html>")).records
    assert record.title == "Zamanand Festival"
    assert record.start == "2026-09-13T11:00"  # not 14:00, noon UTC in Munich
    assert record.end == "2026-09-13T21:00"
    assert record.location_text == "Ludwigstraße"


def test_a_run_over_days_keeps_its_last_day_as_the_end() -> None:
    scope = _scope(_listed("Kalif Storch", end="2027-01-17T12:00:00Z", end_label="17 Jan."))
    item = {
        "@type": "Event",
        "startDate": "2026-09-13T12:00:00Z",
        "endDate": "2027-01-17T12:00:00Z",
    }
    shown = with_shown_clock(scope, item)
    assert shown["startDate"] == "2026-09-13T11:00"
    assert shown["endDate"] == "2027-01-17"


def test_other_stamps_and_items_without_a_shown_clock_stay_as_they_are() -> None:
    scope = _scope(_listed("Fest"))
    real = {"@type": "Event", "startDate": "2026-09-13T09:00:00Z"}
    assert with_shown_clock(scope, real) is real  # not a noon day stamp
    other_day = {"@type": "Event", "startDate": "2026-09-14T12:00:00Z"}
    assert with_shown_clock(scope, other_day) is other_day  # the line names another day
    bare = _scope(
        '<div itemscope><time itemprop="startDate" datetime="2026-09-13T12:00:00Z">'
        "13 Sep</time><h3 itemprop='name'>Fest</h3></div>"
    )
    noon = {"@type": "Event", "startDate": "2026-09-13T12:00:00Z"}
    assert with_shown_clock(bare, noon) is noon
