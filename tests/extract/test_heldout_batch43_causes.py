"""Causes found on held-out batch 43 (German pages of owners N–Z: a flea market's accordions, a
singer's appearances, a football club's layout table, a beekeeper's market table, a music club's
Event microdata), each pinned on its real page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract.block_text import text_lines
from netdir.extract.date_cues import DATE_PHRASE
from netdir.extract.sub_items import own_days
from tests.extract.realpage_inspect import inspect_page


def test_day_only_list_items_under_the_blocks_heading(capsys: pytest.CaptureFixture[str]) -> None:
    # „<h2>Flohmarkt Fritz-Schäffer-Straße</h2>“ over collapsed accordion panels „Februar“ whose
    # items are only „<span>Sa.</span>03.02.2018“: one market on each listed day, named by the
    # heading. Before, each block was one undated record.
    records = inspect_page(
        capsys,
        "php-flohmarkt-neuperlach-termine-2018.html",
        "https://www.flohmarkt-neuperlach.de/termine.php",
        "2018-05-23",
    )
    saturdays = [r["start"] for r in records if r["title"] == "Flohmarkt Fritz-Schäffer-Straße"]
    sundays = [r["start"] for r in records if r["title"] == "Flohmarkt Hanns-Seidel-Platz"]
    assert len(saturdays) == 42 and saturdays[0].startswith("2018-02-03")
    assert len(sundays) == 9 and sundays[0].startswith("2018-03-04")
    # the struck-out days („17.03.2018 - KEIN FLOHMARKT“, „01.04.2018 - AUSGEFALLEN“) are none
    starts = {r["start"][:10] for r in records}
    assert "2018-03-17" not in starts and "2018-04-01" not in starts


def test_a_day_line_is_only_a_day() -> None:
    html = (
        "<div><h2>Flohmarkt Fritz-Schäffer-Straße</h2><p>Einlass: 7:45 Uhr</p><ul>"
        "<li><span>Sa.</span>03.02.2018</li><li><span>Sa.</span>10.02.2018</li>"
        "<li class=ausfall><span>Sa.</span>17.03.2018 - KEIN FLOHMARKT</li></ul>"
        "<p>So. 04.03.2018</p><ul><li><span>Sa.</span>24.03.2018</li></ul></div>"
    )
    block = LexborHTMLParser(html).css_first("div")
    assert block is not None
    # list items only: the struck-out day has a note, the paragraph's day is no list item
    assert own_days(text_lines([block])) == ["Sa.03.02.2018", "Sa.10.02.2018", "Sa.24.03.2018"]
    match = DATE_PHRASE.match("Sa.03.02.2018")  # the weekday's dot touching the day
    assert match is not None and match.group(0) == "Sa.03.02.2018"
