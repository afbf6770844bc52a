"""A heading that is only a part of a date badge names no event (date_badge_headings)."""

from __future__ import annotations

import pytest

from netdir.extract import extract_page
from netdir.extract.date_badge_headings import is_date_badge_part
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page


@pytest.mark.parametrize("text", ["13", "9.", "31", "Sep.", "März", "Sa", "Mo, 9.", " 05 "])
def test_a_date_box_part(text: str) -> None:
    assert is_date_badge_part(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "2026",
        "32",
        "Termine 2026",
        "Frühschoppen",
        "13 Uhr",
        "Sep. Treffen",
        "1. FC",
        "13 Sep.",
        "FRIDAY JUNE 28",
    ],
)
def test_a_name_or_a_year(text: str) -> None:
    assert not is_date_badge_part(text)


def test_a_long_text_is_read_quickly() -> None:
    assert not is_date_badge_part("13 " * 20000 + "x")


_CARD = (
    '<div class="termin"><div class="left"><h3 class="day">{day}</h3><div class="month">Okt.</div>'
    '</div><div class="right"><div class="time">19:30</div><div class="place">Vereinsheim</div>'
    '<h3 class="name">{name}</h3><div class="text">Alle sind eingeladen.</div></div></div>'
)


def test_the_card_is_named_by_its_name_heading_not_its_day_box() -> None:
    cards = "".join(
        _CARD.format(day=day, name=name)
        for day, name in [(3, "Kirmes-Umzug"), (10, "Vorstandssitzung"), (24, "Herbstball")]
    )
    html = f"<html><body><main><h2>Termine 2026</h2>{cards}</main></body></html>"
    records = extract_page(page_from_text(html)).records
    assert [r.title for r in records] == ["Kirmes-Umzug", "Vorstandssitzung", "Herbstball"]


def test_the_riflemens_dates_page(capsys: pytest.CaptureFixture[str]) -> None:
    """Batch 84: the Jungschützenverein Barlo's cards „<h3>13</h3><div>Sep.</div>“ beside „<h3>Früh­
    schoppen 2026</h3>“ were titled by the day; the page read as its four year headings."""
    records = inspect_corpus_page(capsys, "astro-jsv-barlo-termine-2026-08")
    titles = [r["title"] for r in records]
    assert "Frühschoppen 2026" in titles
    assert "Jahreshauptversammlung 2027" in titles
    assert not [t for t in titles if t.isdigit() or t.startswith("Termine ")]
