"""Causes found on held-out batch 56 (a user group's meeting posts and a TeX user group's
Stammtisch page: the PHP Usergroup Leipzig's bilingual blog and the TeX-Stammtisch München),
each pinned on its real page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract.address_rows import _KIND_OF_LIST
from netdir.extract.event_page_dates import is_article_header, title_heading
from netdir.extract.event_page_labels import Fact
from netdir.extract.language_twins import drop_translations
from netdir.extract.title_text import _without_edge_dates
from tests.extract.realpage_inspect import inspect_page

_SITE = "https://phpugl.de"
# page → (base URL, day it was saved), as its truth file gives them
_SAVED = {
    "php-phpugl-treffen-2015-09": (f"{_SITE}/2015/09/18/Treffen-im-September/", "2015-09-18"),
    "php-phpugl-treffen-2018-05": (f"{_SITE}/2018/04/26/Treffen-im-Mai/", "2018-04-26"),
    "php-phpugl-dug-2013-06": (f"{_SITE}/2013/06/18/DUG-im-Juni/", "2013-06-18"),
    "php-phpugl-hacking-day-2015-03": (f"{_SITE}/2015/03/16/Hacking_Day_am_26.3./", "2015-03-16"),
}


def _one(capsys: pytest.CaptureFixture[str], page: str) -> dict:
    url, today = _SAVED[page]
    records = inspect_page(capsys, f"{page}.html", url, today)
    assert len(records) == 1
    return records[0]


def test_a_translation_beside_its_original_is_dropped() -> None:
    tree = LexborHTMLParser(
        '<html lang="de"><body><header><h2 lang="de">Treffen am 24.9.</h2>'
        '<h2 lang="en">Meetup on 24 September</h2></header>'
        '<div lang="de">Zeit: 20:30 Uhr</div><div lang="en">Time: 8.30 pm</div>'
        '<p lang="en">An English quote with no German twin.</p></body></html>'
    )
    drop_translations(tree)
    assert tree.body is not None
    assert [n.text() for n in tree.body.css("h2")] == ["Treffen am 24.9."]
    assert [n.text() for n in tree.body.css("div")] == ["Zeit: 20:30 Uhr"]
    assert tree.body.css_first("p") is not None  # no sibling in the page's language


def test_without_a_page_language_nothing_is_dropped() -> None:
    tree = LexborHTMLParser('<html><body><h2 lang="de">A</h2><h2 lang="en">B</h2></body></html>')
    drop_translations(tree)
    assert tree.body is not None
    assert len(tree.body.css("h2")) == 2


def test_an_articles_h2_header_heads_a_page_without_h1() -> None:
    page = "<html><body>{}<main><article><header><h2>Treffen im Mai</h2></header></article></main>"
    tree = LexborHTMLParser(page.format(""))
    assert is_article_header(tree.css_first("article header"))
    tree = LexborHTMLParser(page.format("<h1>Site</h1>"))
    assert not is_article_header(tree.css_first("article header"))


def test_the_one_h2_is_the_title_only_without_h1() -> None:
    h2 = Fact("DUG im Juni", "h2", 0)
    assert title_heading([h2]) == h2
    assert title_heading([Fact("Site", "h1", 0), h2]) == Fact("Site", "h1", 0)
    assert title_heading([h2, Fact("Meetup", "h2", 3)]) is None
    assert (
        title_heading([Fact("Jahrestagungen", "h2", 0), Fact("15. Jahrestagung", "h3", 1)]) is None
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Treffen im Mai", "Treffen im Mai"),
        ("Stammtisch im Juni", "Stammtisch im Juni"),
        ("Stammtisch Juni", "Stammtisch"),
        ("Treffen im Mai 2018", "Treffen im"),
    ],
)
def test_a_month_after_im_stays_in_the_name(title: str, expected: str) -> None:
    assert _without_edge_dates(title) == expected


def test_bilingual_post_is_one_meeting_with_its_place(capsys: pytest.CaptureFixture[str]) -> None:
    record = _one(capsys, "php-phpugl-treffen-2015-09")
    assert record["title"] == "September-Treffen"
    assert record["start"].startswith("2015-09-24T20:30")
    assert "Sternwartenstraße 31" in record["location"]


def test_time_label_with_its_day(capsys: pytest.CaptureFixture[str]) -> None:
    # the post's badge „<time pubdate datetime="2018-04-26T21:09:55+01:00">Apr 26</time>“
    # under the h2 is when it was written, not the meeting's day
    record = _one(capsys, "php-phpugl-treffen-2018-05")
    assert record["title"] == "Treffen im Mai"
    assert record["start"].startswith("2018-05-31T20:30")


def test_lead_sentence_under_the_one_h2(capsys: pytest.CaptureFixture[str]) -> None:
    record = _one(capsys, "php-phpugl-dug-2013-06")
    assert record["start"].startswith("2013-06-20T19:00")
    assert record["location"] == "Villa Leipzig"


def test_dayless_when_label_gives_the_hours(capsys: pytest.CaptureFixture[str]) -> None:
    record = _one(capsys, "php-phpugl-hacking-day-2015-03")
    assert record["title"] == "Hacking Day"
    assert record["start"].startswith("2015-03-26T09:00")


@pytest.mark.parametrize("heading", ["Terminvorschau", "Terminübersicht", "Vorschau"])
def test_a_preview_heading_names_only_the_kind_of_list(heading: str) -> None:
    assert _KIND_OF_LIST.match(heading)


def test_a_bare_preview_row_is_named_by_the_page(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_page(
        capsys,
        "static-dante-texstammtisch-muenchen-2025-09.html",
        "https://stammtisch-muenchen.dante.de/",
        "2025-09-23",
    )
    preview = [r for r in records if r["start"].startswith("2025-12-04")]
    assert [r["title"] for r in preview] == ["TeX-Stammtisch in München"]
