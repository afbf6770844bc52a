"""A fixture's title keeps the „vs“ before its opponent's name (versus_titles)."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.block_reading import BlockReading
from netdir.extract.versus_titles import versus_name


def _named(html: str, title: str) -> str | None:
    segment = [LexborHTMLParser(html).css_first("div.fx")]
    reading = BlockReading(title=title)
    versus_name(segment, reading, segment[0].text(separator=" "))
    return reading.title


def test_the_marker_before_the_name_past_a_crest_joins_the_title() -> None:
    html = (
        '<div class="fx"><div>11<small>Okt</small></div><div class="t"><span>vs</span>'
        '<img src="skulls.png" alt=""><span class="name">HC Skulls</span></div></div>'
    )
    assert _named(html, "HC Skulls") == "vs HC Skulls"


def test_a_title_without_a_marker_before_it_stays() -> None:
    html = '<div class="fx"><span>Heim</span><span class="name">HC Skulls</span> gegen 19 Uhr</div>'
    assert _named(html, "HC Skulls") == "HC Skulls"
