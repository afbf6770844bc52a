"""Causes found on held-out batch 25 (German venue and concert pages), each pinned on its real
page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

import pytest

from netdir.extract.attribute_days import day_in_attributes
from netdir.extract.context import without_invisible_marks
from netdir.extract.date_cues import DATE_LIKE, DATE_PHRASE
from netdir.extract.listing_features import read_block
from netdir.extract.title_text import is_junk_title, title_in_text
from netdir.html_depth import parse_html
from tests.extract.realpage_inspect import PAGES
from tests.extract.realpage_inspect import inspect_page as _inspect


def _heidegluehen(capsys: pytest.CaptureFixture[str]) -> list[dict]:
    return _inspect(
        capsys,
        "beaverbuilder-heidegluehen-monatsvorschau-2026-08.html",
        "https://heidegluehen.berlin/monatsvorschau/",
        "2026-08-03",
    )


def test_a_word_break_opportunity_joins_the_words_around_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Parkbühne Wuhlheide writes the band "AnnenMay<wbr>Kantereit": a browser shows one word,
    # the text readers put a space at the element ("AnnenMay Kantereit"), so the title was wrong.
    html = (PAGES / "octobercms-wuhlheide-programm-2026.html").read_text(encoding="utf-8")
    assert "AnnenMay<wbr>Kantereit" in html
    assert without_invisible_marks("a<wbr>b<WBR/>c<wbr />d") == "abcd"
    rows = _inspect(
        capsys,
        "octobercms-wuhlheide-programm-2026.html",
        "https://www.wuhlheide.de/programm",
        "2026-08-03",
    )
    nights = [r["start"][:10] for r in rows if r["title"] == "AnnenMayKantereit"]
    assert nights == ["2026-08-13", "2026-08-14", "2026-08-15"]
    assert not [r for r in rows if "AnnenMay " in r["title"]]


def _duncker(capsys: pytest.CaptureFixture[str]) -> list[dict]:
    return _inspect(
        capsys,
        "static-duncker-programm-2026-07.html",
        "https://www.dunckerclub.de/start.html",
        "2026-07-03",
    )


def test_a_class_named_event_name_titles_the_row_not_its_dj_link(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The Dunckerclub's rows: <span class="eventname">Time Machine<br>and The Cure Special</span>,
    # genres, then the DJ as the row's only link: the link titled every night ("DJ Luidor").
    rows = {r["start"][:10]: r for r in _duncker(capsys)}
    assert rows["2026-07-10"]["title"] == "Time Machine and The Cure Special"
    assert rows["2026-07-10"]["field_sources"]["title"].endswith("span.eventname")
    assert rows["2026-07-06"]["title"] == "Dark Mønday"
    assert not [r for r in rows.values() if r["title"].startswith("DJ ")]


def test_three_numbers_out_of_day_and_month_range_are_no_date(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Das neue Partymaß 80-90-00“ names three decades; read as an M-D-YY date it was cut from
    # the title („Das neue Partymaß“).
    assert DATE_LIKE.search("Das neue Partymaß 80-90-00") is None
    assert DATE_LIKE.search("am 9-7-2023") is not None
    assert DATE_LIKE.search("12-31-24") is not None
    rows = {r["start"][:10]: r for r in _duncker(capsys)}
    assert rows["2026-07-03"]["title"] == "Das neue Partymaß 80-90-00"


def _urania_items() -> list:
    html = (PAGES / "urania-berlin-kalender-2026-09.html").read_text(encoding="utf-8")
    body = parse_html(html).body
    assert body is not None
    return body.css("div.c-event-calendar-item")


def test_the_highest_heading_of_a_block_names_it_not_the_kicker_above() -> None:
    # Urania's events: <h5>bzw.:BEZIEHUNGSWESEN</h5> (the series) <h3>Demokratie vor der
    # Wahl</h3> (the name) <h6>Podium zur Spielzeiteröffnung</h6> (the format): every record
    # was titled by its series.
    first = read_block([_urania_items()[0]], "https://www.urania.de/kalender/")
    assert first.title == "Demokratie vor der Wahl"
    assert first.sources["title"].startswith("listing:h3")


def test_a_day_stated_only_in_its_box_attribute_dates_the_events_inside() -> None:
    # Urania's day box shows "03" / "Do"; month and year are only in data-day="03-do-09-2026".
    item = _urania_items()[0]
    assert day_in_attributes(item) == ("03.09.2026", "div@data-day")
    # The attribute must be the day the box shows, and hold a year, a month and a day.
    shown = parse_html('<div data-day="04-fr-09-2026"><p>03 Do</p></div>').body
    assert shown is not None and day_in_attributes(shown.css_first("p")) is None
    # A clock in the box is no day number it shows: 19:30 on the 4th is not day 19.
    clock = parse_html('<div data-day="19-fr-09-2026"><p>04 Fr</p><p>19:30</p></div>').body
    assert clock is not None and day_in_attributes(clock.css_first("p")) is None
    month = parse_html('<div data-month="09-2026"><p>03 Do</p></div>').body
    assert month is not None and day_in_attributes(month.css_first("p")) is None
    iso = parse_html('<li data-date="2026-09-03"><p>3. Do</p></li>').body
    assert iso is not None and day_in_attributes(iso.css_first("p")) == (
        "03.09.2026",
        "li@data-date",
    )
    reading = read_block([item], "https://www.urania.de/kalender/")
    assert reading.date_text == "03.09.2026, 19:30 Uhr"


def test_the_urania_calendar_gives_its_lectures_with_day_and_time(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = _inspect(
        capsys,
        "urania-berlin-kalender-2026-09.html",
        "https://www.urania.de/kalender/",
        "2026-08-03",
    )
    starts = {r["title"]: r["start"][:16] for r in rows}
    assert starts["Demokratie vor der Wahl"] == "2026-09-03T19:30"
    assert starts["Zwischen Glanz und Elend der Weimarer Republik"] == "2026-10-22T17:30"
    assert starts["How Context Modulates Memory – in Flies and Humans (EN)"] == "2026-11-03T19:30"


def test_a_month_grid_day_link_is_not_dated_by_its_cell_attribute(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # HOLZWURM's month grid: <td data-datum="01.12.2026"><a class="kal-link">1</a></td> names no
    # event; dated by the attribute, each day became a record titled by the page's heading.
    rows = _inspect(
        capsys,
        "holzwurm-recklinghausen-termine-2026-12.html",
        "https://www.holzwurm-recklinghausen.de/",
        "2026-12-01",
    )
    assert not [r for r in rows if r["title"] == "Termine und Veranstaltungen in Recklinghausen"]


def test_a_bracketed_end_after_the_start_is_part_of_the_date_phrase() -> None:
    # „Samstag, 1. August 2026, 12 Uhr (bis Sonntag, 6 Uhr)“ above „Heideglühen #26“: the
    # bracket was left as the paragraph's title („(bis“).
    line = "Samstag, 1. August 2026, 12 Uhr (bis Sonntag, 6 Uhr) Heideglühen #26"
    phrase = DATE_PHRASE.search(line)
    assert phrase is not None and phrase.group(0).endswith("(bis Sonntag, 6 Uhr)")
    assert title_in_text(line) == "Heideglühen #26"
    other = DATE_PHRASE.search("am 3. Mai 2026, 19 Uhr (bis 12.5. anmelden)")
    assert other is not None and other.group(0) == "3. Mai 2026, 19 Uhr"


def test_an_h1_over_date_paragraphs_heads_the_list_not_an_event(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Heideglühen's „Monatsvorschau“: <h1> over five paragraphs „Samstag, 1. August 2026, 12
    # Uhr (bis …)“ / <strong>„Heideglühen #26“</strong>: the page was read as one event, the
    # h1's, on the first night's day.
    rows = _heidegluehen(capsys)
    nights = [(r["title"], r["start"][:16]) for r in rows if r["start"]]
    assert nights[0] == ("Heideglühen #26", "2026-08-01T12:00")
    assert ("14 Jahre Heideglühen (Heideglühen #28)", "2026-08-15T12:00") in nights
    assert len(nights) == 5
    assert not [r for r in rows if r["title"] == "Monatsvorschau"]


def test_the_programmes_disclaimer_and_news_pointer_are_no_offerings(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Under Heideglühen's five nights: „Änderungen vorbehalten. Lineup … findest du hier“ and
    # „Alle Infos … auf unserer Website, im Newsletter und auf Instagram“ (its only link
    # „Newsletter“): both linked, undated, and both were kept as offerings beside the nights.
    rows = _heidegluehen(capsys)
    assert [r["title"] for r in rows if not r["start"]] == []
    assert len(rows) == 5
    for boilerplate in (
        "Newsletter",
        "Irrtümer und Änderungen vorbehalten",
        "All times subject to change",
        "Weitere Infos auf unserer Website und bei Instagram",
    ):
        assert is_junk_title(boilerplate), boilerplate
    for name in ("Änderungen im Steuerrecht 2026", "Newsletter-Workshop für Vereine"):
        assert not is_junk_title(name), name
