"""Causes found on held-out batch 30 (a church brass choir's iWeb dates list, a yacht club's
year table, a fiddler's dates page, a practice's weekly meetings, a shooting club's news cards),
each pinned on its real page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_page as _inspect

POSAUNENCHOR = (
    "iweb-posaunenchor-dresden-termine-2016.html",
    "http://www.pcmlk-dresden.de/termine/",
    "2016-12-07",
)


def test_a_bullet_written_as_text_does_not_hide_the_rows_clock_and_place(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # iWeb's list: „‣ 11.12.2016   Turmblasen &nbsp … 16.40 Uhr<br>Treffen: 16.30 Uhr;
    # Martin-Luther-Kirche“. The bullet glyph opened the line, so the date did not open it and
    # the clock after the name was not read: the two „Turmblasen“ of 11 December (16.40 and
    # 19.40) were one record and no row had its time. The line under the name says where the
    # players gather („Treffen: <clock>; <place>“) — its place is the row's, its clock is not
    # the start.
    rows = _inspect(capsys, *POSAUNENCHOR)
    by_start = {r["start"][:16]: (r["title"], r["location"]) for r in rows}
    assert by_start["2016-12-11T16:40"] == ("Turmblasen", "Martin-Luther-Kirche")
    assert by_start["2016-12-11T19:40"] == ("Turmblasen", "Martin-Luther-Kirche")
    assert by_start["2016-11-11T17:30"] == ("St.Martin", "Garnisonkirche")
    assert by_start["2016-11-27T10:00"] == ("Gottsdienst", "JVA Dresden")
    # A row without a clock: its second line is only the place.
    assert by_start["2016-09-24"] == ("Bläserschnuppertag", "Martin-Luther-Kirche")
    assert len(rows) == 8


def test_a_year_tables_days_off_are_no_events(capsys: pytest.CaptureFixture[str]) -> None:
    # The yacht club's year table lists public holidays and the school holidays' first and last
    # day among its regattas („02.04.2021 | Karfreitag“, „13.05.2021 | Herrentag / Vatertag“,
    # „21.06.2021 | Ferienbeginn (bis 31.7.2021)“, „31.07.2021 | Ferienende“): each was a record.
    rows = _inspect(
        capsys, "hugo-mycr-rostock-termine-2021.html", "https://hg.mycr.de/termine/", "2021-06-11"
    )
    titles = {r["title"] for r in rows}
    assert not titles & {"Karfreitag", "Ostermontag", "Herrentag / Vatertag", "Ferienende"}
    assert not [t for t in titles if t.startswith("Ferienbeginn")]
    # The regatta named after the holiday, on that day, stays.
    assert "Herrentagsregatta" in titles and len(rows) == 34


def test_a_day_off_with_a_clock_or_a_kindergartens_holidays_stay() -> None:
    from netdir.extract.notices import is_day_off

    assert is_day_off("Ostermontag", "05.04.2021")
    assert not is_day_off("Karfreitag", "02.04.2021, 15:00 Uhr")  # a service on that day
    # A kindergarten's own closed weeks are what its calendar is read for.
    assert not is_day_off("Osterferien", "03.04.2023")
    assert not is_day_off("Brückentag (Kita geschlossen)", "09.06.2023")
    assert not is_day_off("Heiligabend", "24.12.2021")


def test_a_news_cards_heading_names_its_day_over_the_post_stamp(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The shooting club's home page: news cards „<h4>Einladung zum Schützenfest am 16. Juni
    # 2024</h4> <p class="author-category">am 9. Juni 2024</p> <p class="intro">…</p>“. The
    # shorter stamp (when the post went up) dated each card, so every card was a record on its
    # posting day; and a card whose heading names no day („Wir haben eine neue Königsfamilie“ /
    # „am 1. April 2024“) is news, not an event on 1 April.
    rows = _inspect(
        capsys, "hugo-sv-haimbach-start-2024.html", "https://sv-haimbach-rodges.de/", "2024-06-09"
    )
    starts = {r["start"][:10] for r in rows}
    assert starts == {"2024-06-16", "2024-05-05"}
    assert not [r for r in rows if "Königsfamilie" in r["title"]]
    fest = [r for r in rows if r["start"].startswith("2024-06-16")]
    # The intro repeats the heading's day („findet am Sonntag, 16. Juni 2024 im Schützenheim,
    # Bürgerhaus Haimbach statt“): one offering's lines, so its place is read.
    assert [r["location"] for r in fest] == ["Schützenheim, Bürgerhaus Haimbach"]


def test_events_under_a_dates_heading_are_named_by_their_lower_headings(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The fiddler's page: the navigation bar's „<h1><a href="https://www.fiddlestomper.com/">
    # Fiddlestomper</a></h1>“, „<h1>Termine</h1>“, then per concert „<h5>Konzert in KIM …</h5>
    # <ul><li>Wo: KIM - Neue Arbeit Brockensammlung</li><li>Wann: 2023-05-25, 19:00</li>…“. The
    # page was read as one event named after the site; its „Wo:“ took the whole list's text.
    rows = _inspect(
        capsys,
        "hugo-fiddlestomper-termine-2023.html",
        "https://www.fiddlestomper.com/termine/",
        "2023-04-01",
    )
    assert [(r["title"], r["start"][:16], r["location"]) for r in rows] == [
        (
            "Konzert in KIM mit the Steeldrivers",
            "2023-05-25T19:00",
            "KIM - Neue Arbeit Brockensammlung",
        ),
        ("Konzert, KUNST-Gala Göttingen", "2023-03-26T19:54", "Deutsches Theater Göttingen"),
    ]


def test_a_clock_change_or_a_us_federal_day_off_is_a_calendar_mark() -> None:
    from netdir.extract.notices import is_day_off

    # A radio club's schedule: „Mar 10th | Daylight Savings Time Starts“, „Jun 14th | Flag Day“.
    assert is_day_off("Daylight Savings Time Starts", "Mar 10th")
    assert is_day_off("Daylight Saving Time Ends", "Nov 3rd")
    assert is_day_off("Flag Day", "Jun 14th")
    assert is_day_off("Memorial Day", "May 27")
    # A parade or a picnic on the day is an offering.
    assert not is_day_off("Memorial Day Parade", "May 27")
    assert not is_day_off("Labor Day Picnic", "Sep 2")
