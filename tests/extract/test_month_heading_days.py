"""A block dated by a month alone whose text names the day (month_heading_days)."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract.block_reading import BlockReading
from netdir.extract.month_heading_days import day_of_the_month
from tests.extract.realpage_inspect import inspect_corpus_page


def _read(date_text: str, html: str) -> str | None:
    segment = [LexborHTMLParser(f"<div>{html}</div>").css_first("div")]
    reading = BlockReading()
    reading.date_text = date_text
    day_of_the_month(segment, reading)
    return reading.date_text


def test_the_day_of_the_month_in_the_text_dates_the_block() -> None:
    html = (
        "<h3>Juli 2023: Sommerfest</h3><p>Am Samstag, den 29. Juli 2023, treffen wir uns ab "
        "15 Uhr auf der Uni-Wiese.</p>"
    )
    assert _read("Juli 2023", html) == "29. Juli 2023, 15 Uhr"


def test_of_several_days_the_one_with_a_clock() -> None:
    html = (
        "<h3>Januar 2023: Neujahrsfest</h3><p>Am 22. Januar 2023 beginnt in China das Jahr des "
        "Hasen. Am Dienstag, den 24. Januar, wollen wir feiern! Treffpunkt ist ab 20 Uhr.</p>"
    )
    assert _read("Januar 2023", html) == "24. Januar 2023, 20 Uhr"


@pytest.mark.parametrize(
    ("date_text", "html"),
    [
        ("Dezember 2023", "<p>Anfang Dezember kam Frank zurück.</p>"),  # no day named
        ("Juli 2023", "<p>Am 3. August 2023 um 15 Uhr.</p>"),  # another month
        ("Mai 2024", "<p>Am 4. Mai und am 11. Mai, jeweils 10 Uhr.</p>"),  # two days with clocks
        ("29. Juli 2023", "<p>Am 30. Juli 2023 um 15 Uhr.</p>"),  # the block has its day
    ],
)
def test_otherwise_the_date_stays(date_text: str, html: str) -> None:
    assert _read(date_text, html) == date_text


def test_the_club_news_posts_headed_by_a_month_get_their_days(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Held-out batch 63: „Juli 2023: Sommerfest“ and „Januar 2023: Neujahrsfest“ over the day.
    records = inspect_corpus_page(capsys, "static-taichi-dao-koeln-aktuelles-2026")
    starts = {r["title"]: (r.get("start") or "")[:16] for r in records}
    assert starts["Sommerfest"] == "2023-07-29T15:00"
    assert starts["Neujahrsfest"] == "2023-01-24T20:00"


def test_days_listed_before_the_month_word_share_it() -> None:
    # „am 10., 11. und 17. November 2018“: the list, for the listing to split day by day
    html = "<p>Eröffnung am 10., 11. und 17. November 2018 im Museum.</p>"
    assert _read("November 2018", html) == "10., 11. und 17. November 2018"
