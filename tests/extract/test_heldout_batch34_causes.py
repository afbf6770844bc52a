"""Causes found on held-out batch 34 of the real-page corpus (German conference programmes and an
event post: GEBF 2015's timetables, the OpenTechSummit 2016 schedule, HopIt!'s Events Manager
post), each pinned on its page."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from netdir.extract import extract_page
from netdir.extract.trailing_hours import hours_after_the_lines
from netdir.normalize import normalize_record
from netdir.records import Page, RawRecord
from tests.extract.conftest import page_from_text

PAGES = Path(__file__).parents[1] / "realpages" / "pages"
GEBF = "http://www.gebf2015.de/sites/"


def _page(name: str, url: str, today: date, encoding: str = "utf-8") -> Page:
    html = (PAGES / name).read_bytes().decode(encoding)
    fetched = datetime(today.year, today.month, today.day, 12, tzinfo=UTC)
    return replace(page_from_text(html, url), fetched_at=fetched)


def _read(
    name: str, url: str, today: date, encoding: str = "utf-8"
) -> list[tuple[str, str | None, str | None]]:
    records = extract_page(_page(name, url, today, encoding)).records
    got = []
    for record in records:
        event = normalize_record(record, today=today)
        got.append((record.title, event.start, event.end))
    return got


def test_timetable_rows_with_only_hours_in_the_date_column_take_the_day_of_the_heading() -> None:
    # GEBF 2015: per day an <h2>Mittwoch, 11.03.2015</h2> over a table „Zeit | Veranstaltung“
    # whose rows say „9:00 – 10:45 Uhr | Workshops der Haupttagung“. The hours were read as the
    # row's whole date, so no row had a day.
    got = _read(
        "php-gebf2015-tagungsprogramm.html",
        GEBF + "wissenschaftliches-programm/tagungsprogramm.php",
        date(2015, 1, 23),
        "cp1252",
    )
    assert got[0] == (
        "Workshops der Haupttagung",
        "2015-03-11T09:00:00+01:00",
        "2015-03-11T10:45:00+01:00",
    )
    assert (
        "Mitgliederversammlung",
        "2015-03-12T17:30:00+01:00",
        "2015-03-12T19:00:00+01:00",
    ) in got
    assert got[-1][:2] == ("Abschlussveranstaltung", "2015-03-13T17:30:00+01:00")
    # The header row „Zeit | Veranstaltung“ names no time and stays no record.
    assert all(title != "Veranstaltung" for title, _, _ in got)


def test_a_timetable_row_named_only_by_a_break_is_no_offering() -> None:
    # „13:00 – 14:00 Uhr | Mittagspause“, „10:45 – 11:15 Uhr | Kaffeepause“: the gaps between
    # the sessions; „Poster-Session und Kaffeepause“ is the poster session and stays.
    got = _read(
        "php-gebf2015-tagungsprogramm.html",
        GEBF + "wissenschaftliches-programm/tagungsprogramm.php",
        date(2015, 1, 23),
        "cp1252",
    )
    titles = [title for title, _, _ in got]
    assert len(titles) == 20
    assert "Mittagspause" not in titles and "Kaffeepause" not in titles
    assert titles.count("Poster-Session und Kaffeepause") == 3


def test_is_break_wants_the_break_alone_and_a_time() -> None:
    from netdir.extract.notices import is_break

    assert is_break("Mittagspause", "Mittwoch, 11.03.2015, 13:00 – 14:00 Uhr")
    assert is_break("Coffee break", "10:30")
    assert not is_break("Mittagspause", "11.03.2015")  # untimed: a page's own notice
    assert not is_break("Poster-Session und Kaffeepause", "15:45 – 16:15 Uhr")
    assert not is_break("Break Dance Workshop", "18:00")


def test_a_programme_whose_sessions_fold_away_their_abstracts_is_read_as_its_list() -> None:
    # OpenTechSummit 2016: per session a list-group item with its start („10:00“), an h4 title
    # and the room, under the track's „Do. 5. Mai / Thu, 5th May“; each item also holds its
    # abstract and the speakers' bios in Bootstrap „collapse“ boxes (~1,600 characters), so
    # the list was scored as page sections and the page read as one event („Workshops“).
    got = _read(
        "openevent-ots2016-programm-workshops.html",
        "http://2016.opentechsummit.net/programm/",
        date(2016, 6, 6),
    )
    assert len(got) == 17
    assert got[0][0].startswith("Workshop Paper Prototyping")
    assert got[0][1] == "2016-05-05T10:00:00+02:00"
    assert [start for _, start, _ in got[-2:]] == [
        "2016-05-05T14:00:00+02:00",
        "2016-05-05T16:00:00+02:00",
    ]


HOPIT = "wp-em-hopit-bswingt-sommerworkshops-2012.html"
HOPIT_URL = "http://www.hopit.de/events/berlin-b-swingt-sommerworkshops/"


def test_a_blogs_monthly_archive_links_are_no_dated_items() -> None:
    # „<h3 class="widgettitle">Archive</h3><ul><li><a>September 2019</a>&nbsp;(1)</li>…“: 76
    # months of posts, each read as a record „Archive“ on the first of its month.
    got = _read(HOPIT, HOPIT_URL, date(2026, 6, 13))
    assert got and all(title != "Archive" for title, _, _ in got)


def test_yearless_days_on_an_events_page_lie_in_the_year_the_event_states() -> None:
    # The archived post (saved 2026) of B-Swingt's summer workshops: „Date(s) - 14. 07.
    # 2012.29. 07. 2012“ under „Date/Time“, and „14. Juli: How to be an Awesome social
    # dancer<br>15. Juli: …“ in its text — read as July 2026, the July nearest the saving day.
    got = _read(HOPIT, HOPIT_URL, date(2026, 6, 13))
    starts = {title: (start or "")[:10] for title, start, _ in got}
    assert starts["How to be an Awesome social dancer"] == "2012-07-14"
    assert starts["Spin & Turn Technique Workshop"] == "2012-07-22"


def test_hours_stated_once_below_the_lines_are_each_lines_hours() -> None:
    # „14. Juli: How to be an Awesome social dancer<br>15. Juli: …<br>22. Juli: Spin & Turn
    # Technique Workshop“, then the paragraph „jeweils von 12:00 – 16:00, 36 Euro pro
    # Workshop“: the four workshops were read as whole days.
    got = {title: (start, end) for title, start, end in _read(HOPIT, HOPIT_URL, date(2026, 6, 13))}
    assert got["How to be an Awesome social dancer"] == (
        "2012-07-14T12:00:00+02:00",
        "2012-07-14T16:00:00+02:00",
    )
    assert got["Spin & Turn Technique Workshop"][0] == "2012-07-22T12:00:00+02:00"
    # The finale's own line „Und das Finale am 28/29 Juli:“ comes after the hours: its days stay.
    assert got["Internationaler Balboa & Laminu (Slowbal) Workshop"] == ("2012-07-28", "2012-07-29")


def test_a_button_in_a_sessions_heading_is_no_part_of_its_name() -> None:
    # „<h4 class="session-title">Coding Dojo&nbsp;<a class="session-link" href="#W-4">…</a>
    # <a href="…meetup…" class="btn btn-xs btn-sign-up"> Sign up </a></h4>“
    got = _read(
        "openevent-ots2016-programm-workshops.html",
        "http://2016.opentechsummit.net/programm/",
        date(2016, 6, 6),
    )
    titles = [title for title, _, _ in got]
    assert titles[:2] == [
        "Workshop Paper Prototyping",
        "Roboter mit Scratch und Blockly programmieren",
    ]
    assert not any(title.endswith("Sign up") for title in titles)


def test_a_days_workshops_under_its_day_heading_are_its_offerings() -> None:
    # „<h2>Dienstag, 10. März 2015</h2><h3>Publikationsworkshop</h3><p>…</p><div
    # class="expander"><h1>Publikationsworkshop</h1>…</div><h3>Methodenworkshop …</h3>…“: the
    # same paragraphs also read as undated prose named by their speakers' links, which won.
    got = _read(
        "php-gebf2015-nachwuchstagung-programm.html",
        GEBF + "nachwuchstagung/programm.php",
        date(2015, 1, 23),
        "cp1252",
    )
    assert [(title, start) for title, start, _ in got] == [
        ("Publikationsworkshop", "2015-03-10"),
        ("Methodenworkshop „Einführung in das Statistikprogrammpaket R“", "2015-03-10"),
        ("Methodenworkshop „Einführung in die Latent Class Analysis“", "2015-03-10"),
        ("Abschluss der Nachwuchstagung", "2015-03-10"),
    ]


def test_a_date_line_ending_in_a_colon_hands_the_name_to_the_line_below() -> None:
    # „Und das Finale am 28/29 Juli:<br>Internationaler Balboa & Laminu (Slowbal) Workshop<br>
    # mit Dan & Gemma …“: titled „das Finale am 28“ and dated the 29th (the slash read as a
    # two-digit year, so the page's event gave it no year either).
    got = _read(HOPIT, HOPIT_URL, date(2026, 6, 13))
    assert ("Internationaler Balboa & Laminu (Slowbal) Workshop", "2012-07-28", "2012-07-29") in got


def test_two_days_joined_by_a_slash_before_the_month_are_one_phrase_without_a_year() -> None:
    from netdir.extract.date_cues import DATE_PHRASE, has_year

    assert DATE_PHRASE.search("Und das Finale am 28/29 Juli:").group(0) == "28/29 Juli"
    assert not has_year("28/29 Juli")
    assert has_year("09/07/23") and has_year("Saison 24/25")


def test_only_a_paragraph_opening_with_shared_hours_gives_them() -> None:
    def lines() -> list[RawRecord]:
        return [
            RawRecord(source_id="t", page_url="u", extractor="listing", title=t, date_text=d)
            for t, d in (("Lindy Hop Beginner Workshop", "15. Juli"), ("Spin & Turn", "22. Juli"))
        ]

    assert hours_after_the_lines(lines(), "jeweils von 12:00 – 16:00, 36 Euro pro Workshop")
    assert not hours_after_the_lines(lines(), "36 Euro pro Workshop, jeweils 12:00 – 16:00 Uhr")
    assert not hours_after_the_lines(lines(), "jeweils 36 Euro pro Workshop")
    assert not hours_after_the_lines(lines()[:1], "jeweils von 12:00 – 16:00")
