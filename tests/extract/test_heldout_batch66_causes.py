"""Held-out German batch 66 (issue #11): the causes its pages showed, each with a unit test and
a test on the real page.

- ``contradicted_stamps``: a ``<time datetime>`` whose own text names another day with its year
  (a template's sample value on every card) does not date the block; the text does.
- ``night_rows``: the rows of a night's programme that borrow one day from above, after the
  evening's rows, in the small hours are on the next day; and a day label above the rows is
  not looked for past a heading that outranks the rows' own (``listing_row_context``).
- ``stamp_years``: a post's yearless event day lies near the post's publication stamp.
- ``long_prose_dates``: in a post's excerpt, a long paragraph's sentence that announces a day
  dates the block.
- ``heading_clock_boxes``: a heading that opens with a box „20:00 HS B.“ is named by the rest;
  the box's words after the clock are the place.
- ``restated_posts``: a second post on the same day and clock whose title extends the first's
  („…: Programm“) makes no second record.
"""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract import extract_page
from netdir.extract.block_reading import BlockReading
from netdir.extract.contradicted_stamps import contradicted
from netdir.extract.heading_clock_boxes import name_after_clock_box
from netdir.extract.night_rows import past_midnight
from netdir.extract.restated_posts import restates
from netdir.extract.stamp_years import STAMP_FOR_THE_YEAR, year_from_the_stamp
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

_BASE = "https://example.org/"


def _starts(html: str, today: str = "2024-01-10") -> dict[str, str | None]:
    from datetime import date

    records = extract_page(page_from_text(html, _BASE)).records
    normalized = [normalize_record(r, today=date.fromisoformat(today)) for r in records]
    return {n.title: n.start for n in normalized}


# contradicted_stamps ---------------------------------------------------------------------------


def test_a_datetime_that_its_text_contradicts_with_a_year_is_a_leftover() -> None:
    assert contradicted("2011-01-12", "18. Mai - 19. Juni 2009")
    assert not contradicted("2023-11-11", "Nov 11 2023")
    assert not contradicted("2023-11-11T20:00", "11 November, 2023 20:00 - 22:30")
    assert not contradicted("2011-01-12", "18. Mai")  # no year: the attribute says more
    assert not contradicted("2011-01-12", None)


def test_cards_whose_time_elements_share_a_sample_datetime_are_dated_by_their_text() -> None:
    cards = "".join(
        f'<article><a href="#">Galerie {n}</a><h2><a href="#">Ausstellung {n}</a></h2>'
        f'<time datetime="2011-01-12">{text}</time></article>'
        for n, text in enumerate(("18. Mai - 19. Juni 2009", "15. August - 18. November 2007"))
    )
    found = _starts(f"<html lang='de'><body><main>{cards}</main></body></html>")
    assert found["Ausstellung 0"].startswith("2009-05-18")
    assert found["Ausstellung 1"].startswith("2007-08-15")


def test_the_collections_exhibitions_are_dated_by_their_runs(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, "static-sammlung-mueller-ausstellungen")
    assert [(r["start"][:10], (r["end"] or "")[:10]) for r in records] == [
        ("2009-05-18", "2009-06-19"),
        ("2007-08-15", "2007-11-18"),
        ("2001-09-09", "2001-09-29"),
        ("1996-09-13", "1996-10-12"),
    ]


# night_rows and the heading above the rows -----------------------------------------------------


def test_rows_after_midnight_of_an_evening_move_to_the_next_day() -> None:
    day = "Nacht der Wissenschaft 28. Oktober 2016"
    texts = [f"{day}, 20:00 HS B.", f"{day}, 23:00 HS R.", f"{day}, 00:00 HS B.", None]
    assert past_midnight(texts) == [
        texts[0],
        texts[1],
        "29.10.2016, 00:00 HS B.",
        None,
    ]


def test_morning_rows_or_rows_of_different_days_stay() -> None:
    morning = ["Sa 12. Mai 2018, 09:00", "Sa 12. Mai 2018, 07:30"]
    assert past_midnight(morning) == morning  # no evening before them
    two_days = ["Fr 11. Mai 2018, 22:00", "Sa 12. Mai 2018, 01:00"]
    assert past_midnight(two_days) == two_days
    yearless = ["Fr 11. Mai, 22:00", "Fr 11. Mai, 01:00"]
    assert past_midnight(yearless) == yearless


def test_the_science_nights_talks_are_on_its_day_and_after_midnight_on_the_next(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, "static-ndw-karlsruhe-programm-2016-10")
    # The next event's section above „<h2>Programm</h2>“ is an offering of its own
    # (heading_announcements); its day in bold, 23 May, dates none of the talks.
    talks = [r for r in records if r["title"] != "PowerPoint-Karaoke-Schlonz"]
    assert len(talks) == len(records) - 1
    starts = [r["start"][:16] for r in talks]
    assert starts[:3] == ["2016-10-28T20:00"] * 3
    assert starts[12:] == ["2016-10-29T00:00"] * 3 + [
        "2016-10-29T01:00",
        "2016-10-29T02:00",
        "2016-10-29T03:00",
    ]


# stamp_years -----------------------------------------------------------------------------------


def test_a_yearless_day_keeps_the_posts_stamp_for_its_year() -> None:
    reading = BlockReading()
    reading.date_text = "19. Mai 18:00"
    year_from_the_stamp(reading, ["Apr 20, 2017"])
    assert reading.published == "Apr 20, 2017"
    assert reading.sources["published"] == STAMP_FOR_THE_YEAR
    dated = BlockReading()
    dated.date_text = "20.02.2020"
    year_from_the_stamp(dated, ["Feb 13, 2020"])
    assert dated.published is None


# long_prose_dates and stamp_years on the meetup's post list ------------------------------------


def test_a_long_paragraphs_announcing_sentence_dates_the_post() -> None:
    filler = "Nach der langen Renovierungsphase sind die Räume zwar noch nicht ganz fertig, " * 2
    posts = (
        '<li><span class="post-meta">Nov 13, 2019</span><h2><a href="/a.html">Wieder da</a></h2>'
        f"<p>{filler}aber fertig genug! Wir treffen uns am Donnerstag den 21.11.2019 ab 19 Uhr "
        "dort!</p></li>"
        '<li><span class="post-meta">Jul 5, 2015</span><h2><a href="/b.html">Arduino</a></h2>'
        f"<p>{filler}und so haben wir uns am 18.06. kurzerhand zum Austausch von Erfahrungen "
        "getroffen.</p></li>"
        '<li><span class="post-meta">Feb 13, 2020</span><h2><a href="/c.html">Treffen Am '
        "20.02.2020</a></h2><p>Das nächste Treffen findet am 20.02.2020 statt.</p></li>"
    )
    found = _starts(f"<html lang='de'><body><ul class='post-list'>{posts}</ul></body></html>")
    assert found["Wieder da"].startswith("2019-11-21T19:00")
    assert "Arduino" not in found


def test_the_meetups_posts_are_dated_by_their_titles_and_sentences_in_their_years(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, "jekyll-geekfem-hamburg-posts-2024-01")
    by_url = {r["url"].rsplit("/", 1)[1]: r["start"][:16] for r in records}
    assert by_url["es-ist-endlich-wieder-so-weit.html"] == "2019-11-21T19:00"
    assert by_url["debugging-the-gender-gap.html"] == "2017-10-26T19:30"
    assert (
        by_url["geekfem-meet-and-geek-19-mai-18-00-programm.html"] == "2017-05-19T18:00"
    )  # not 2024
    assert by_url["big-data.html"][:10] == "2016-04-21"


# heading_clock_boxes ---------------------------------------------------------------------------


def _heading(html: str):
    node = LexborHTMLParser(html).css_first("h4")
    assert node is not None
    return node


def test_a_heading_opening_with_a_clock_box_is_named_by_the_rest() -> None:
    heading = _heading(
        '<h4><a href="#x"><div class="hoersaal"> 20:00 HS B.</div> Science Slam</a></h4>'
    )
    assert name_after_clock_box(heading, "20:00 HS B. Science Slam") == ("Science Slam", "HS B.")
    plain = _heading("<h4>20:00 Science Slam</h4>")
    assert name_after_clock_box(plain, "20:00 Science Slam") is None
    named = _heading("<h4><span>Science Slam</span> 20:00</h4>")
    assert name_after_clock_box(named, "Science Slam 20:00") is None


# restated_posts --------------------------------------------------------------------------------


def test_a_title_extended_after_a_colon_on_the_same_day_and_clock_restates_it() -> None:
    seen = {("Meet & Geek (19. Mai 18:00): Programm", None, "19. Mai 18:00")}
    assert restates("Meet & Geek (19. Mai 18:00)", "/a.html", "19. Mai 18:00", seen)
    assert not restates("Meet & Geek (19. Mai 18:00)", "/a.html", "20. Mai 18:00", seen)
    assert not restates("Meet & Geek (19. Mai 18:00)", None, "19. Mai 18:00", seen)  # no post
    assert not restates("Meet", "/a.html", "19. Mai 18:00", seen)  # no colon after it
    no_clock = {("Treffen: Programm", None, "19.05.2017")}
    assert not restates("Treffen", "/a.html", "19.05.2017", no_clock)  # a day may hold two
    dances = {("Faschingsvolkstanz – Scheebrunna Danzlmusi", None, "01.02.20, 20:00")}
    assert not restates("Faschingsvolkstanz", "/b.html", "01.02.20, 20:00", dances)


def test_the_meetups_two_posts_on_one_evening_are_one_record(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, "jekyll-geekfem-hamburg-posts-2024-01")
    assert [r["start"][:16] for r in records].count("2017-05-19T18:00") == 1
