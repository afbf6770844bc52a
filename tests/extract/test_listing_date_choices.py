"""A card's "Termin auswählen" select lists every showing of its event: one record per dated
option (a real programme page of tests/realpages/, held out), while a month picker or a select
that does not offer the card's own day adds nothing."""

from __future__ import annotations

from pathlib import Path

from netdir.extract import extract_page
from tests.extract.conftest import page_from_text

PAGES = Path(__file__).parents[1] / "realpages" / "pages"


def records(html: str) -> list[tuple[str, str | None, str]]:
    page = page_from_text(html, "https://re-leuchtet.de/programm")
    return [
        (r.title or "", r.date_text, r.field_sources.get("date_text", ""))
        for r in extract_page(page).records
    ]


def test_each_dated_option_of_a_card_is_one_showing_of_its_event() -> None:
    html = (PAGES / "wordpress-releuchtet-programm.html").read_text(encoding="utf-8")
    found = records(html)
    assert [(title, date_text) for title, date_text, _ in found] == [
        ("Vivian Swoboda", "Fr, 23.10.2026 · 18:00–20:00 Uhr"),
        ("Vivian Swoboda", "Mo, 02.11.2026 · 19:00–21:00 Uhr"),
        ("Eröffnung von Recklinghausen leuchtet 2026", "Fr, 23.10.2026 · 19:30 Uhr"),
    ]
    assert "day 2 of 2 in its select" in found[1][2]


CARD = """<article class="card"><h3><a href="/e/{n}">Konzert {n}</a></h3>
<p class="meta">Sa, {day}.10.2026 · 19:00 Uhr</p>
<label>Wählen<select>{options}</select></label></article>"""


def page_of_cards(options: str) -> str:
    cards = "".join(CARD.format(n=n, day=10 + n, options=options) for n in range(1, 4))
    return f"<html><body><main>{cards}</main></body></html>"


def test_a_month_picker_inside_each_card_adds_no_records() -> None:
    found = records(page_of_cards("<option>Oktober 2026</option><option>November 2026</option>"))
    assert [title for title, _, _ in found] == ["Konzert 1", "Konzert 2", "Konzert 3"]


def test_a_dated_select_that_does_not_offer_the_cards_day_adds_no_records() -> None:
    options = "<option>Sa, 01.11.2026</option><option>So, 02.11.2026</option>"
    found = records(page_of_cards(options))
    assert [date_text for _, date_text, _ in found] == [
        "Sa, 11.10.2026 · 19:00 Uhr",
        "Sa, 12.10.2026 · 19:00 Uhr",
        "Sa, 13.10.2026 · 19:00 Uhr",
    ]
