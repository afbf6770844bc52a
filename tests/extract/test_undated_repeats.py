"""An undated card repeated with the same title and the same linked page is one record."""

from __future__ import annotations

from netdir.extract import extract_page
from tests.extract.conftest import page_from_text

_DATED = [
    ("Führung", "/termin/fuehrung-1", "So, 13. September 2026, 11:00 Uhr"),
    ("Vortrag", "/termin/vortrag-2", "Di, 15. September 2026, 19:00 Uhr"),
]


def _titles(undated: list[tuple[str, str, str]]) -> list[str | None]:
    cards = "".join(
        f'<article class="teaser"><h3><a href="{href}">{title}</a></h3>'
        f'<p class="date">{when}</p></article>'
        for title, href, when in [_DATED[0], *undated, _DATED[1]]
    )
    html = f"<html><body><main>{cards}</main></body></html>"
    return [record.title for record in extract_page(page_from_text(html)).records]


def test_an_undated_card_shown_on_each_day_is_one_record() -> None:
    titles = _titles(
        [
            ("Audioguide", "/termin/audioguide-18143", "Immer im Museum"),
            ("Audioguide", "/termin/audioguide-18143?calDate=15092026", "Immer im Museum"),
        ]
    )
    assert titles.count("Audioguide") == 1


def test_undated_cards_linking_different_pages_stay_apart() -> None:
    titles = _titles([("Kurs", "/kurs/a", "Auf Anfrage"), ("Kurs", "/kurs/b", "Auf Anfrage")])
    assert titles.count("Kurs") == 2
