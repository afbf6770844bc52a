"""Causes found on held-out batch 27 (German market directory, scouts, academic, choir and festival
pages), each pinned on its real page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

import pytest

from netdir.extract.block_columns import table_column_labels
from netdir.extract.meta_line import MetaParts, meta_parts
from netdir.extract.weekday_lines import weekly_rule
from netdir.html_depth import parse_html
from tests.extract.realpage_inspect import PAGES
from tests.extract.realpage_inspect import inspect_page as _inspect


def test_a_from_and_an_until_column_date_a_row_from_first_to_last_day(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The Marktkalendarium's table „Von | Bis | Veranstaltung | Ort | Platz | Webseite |
    # Veranstalter“ (a header of plain cells): „Von“ and „Bis“ were no date columns, so the
    # header was not read, each row was titled by its Google-Maps or organiser link and the
    # table lost to the page's boxes — no record. The rows run from „Von“ to „Bis“, at the
    # „Platz“ in the „Ort“; the advertising rows („Werbung“ over a banner) name nothing.
    page = "php-marktkalendarium-maerkte-2022.html"
    # The page is UTF-8 with a few Latin-1 bytes in comments of its included parts.
    tree = parse_html((PAGES / page).read_text(encoding="utf-8", errors="replace"))
    table = next(t for t in tree.css("table") if "Veranstaltung" in (t.text() or "")[:200])
    labels = table_column_labels(table.css("tr")[:3])
    assert labels == {0: "date_text", 1: "end", 2: "title", 3: "location_text", 4: "venue"}
    rows = _inspect(capsys, page, "https://www.marktkalendarium.de/maerkte2022.php", "2021-05-01")
    assert [(r["title"], r["start"][:10], r["end"][:10], r["location"]) for r in rows[:2]] == [
        (
            "Mittelaltermarkt Burg Wildenstein",
            "2022-05-07",
            "2022-05-08",
            "Burg Wildenstein, D-88637 Leibertingen",
        ),
        (
            "Mittelalterfest & Ritterspiele",
            "2022-05-26",
            "2022-05-30",
            "Schloss Burg, D-42659 Solingen",
        ),
    ]
    assert len(rows) == 7
    assert not [r for r in rows if r["title"] == "Werbung"]


def test_an_unlinked_heading_over_prose_that_names_its_day_is_an_item(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Brigitte Weingart's events page: h4 names over paragraphs that say in prose what, where and
    # when („Internationales Symposium der Kunst- und Ausstellungshalle … in Bonn (gefördert durch
    # die DFG), 17.-19.1.2002. Konzeption und Organisation …“). The linked h4s were records, dated
    # from their prose; the unlinked ones („VIRUS!“, „Visual Culture“) were not items at all.
    rows = _inspect(
        capsys,
        "static-weingart-veranstaltungen-2019.html",
        "http://www.brigitte-weingart.de/veranstaltungen.html",
        "2019-04-09",
    )
    dated = {r["title"]: (r["start"][:10], (r["end"] or "")[:10]) for r in rows}
    assert dated["VIRUS!"] == ("2002-01-17", "2002-01-19")
    assert dated["Visual Culture"] == ("2000-12-21", "")
    assert dated["Originalkopie. Praktiken des Sekundären"] == ("2003-05-22", "2003-05-24")
    assert dated["Fama: Die Kommunikation der Gerüchte"] == ("2006-10-04", "2006-10-06")
    # The lecture series „im WS 2015/16, Dienstags 17.45–19.15 Uhr“ runs in its semester, not
    # weekly from the page's day on (when_semesters).
    series = "Mega-Stars, Micro-Celebrities – Medienkulturen der Berühmtheit / Media Cultures of Famousness"
    assert dated[series] == ("2015-10-01", "2016-03-31")
    assert len([r for r in rows if r["start"] < "2017"]) == 13  # every one with its day


def test_the_hours_and_the_place_in_the_date_line_of_an_event_page(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The scouts' ball: h1 „Kindermaskenball 2026“ over „Sonntag, 15.02.2026 · 14:00 Uhr ·
    # Volkshaus Langenwang“. The date phrase stopped at the first „·“: the day was read, the
    # hours and the hall beside it were lost (time 0 %, place 0 %).
    assert meta_parts("Sonntag, 15.02.2026 · 14:00 Uhr · Volkshaus Langenwang") == MetaParts(
        "Sonntag, 15.02.2026", "14:00 Uhr", "Volkshaus Langenwang"
    )
    assert meta_parts("Lesung | Eintritt frei") is None  # no day: no meta line of a date
    rows = _inspect(
        capsys,
        "hugo-pfadfinder-langenwang-kindermaskenball-2026.html",
        "https://beta.pfadfinder-langenwang.at/termine/kindermaskenball-2026/",
        "2026-02-20",
    )
    assert [(r["title"], r["start"][:16], r["location"]) for r in rows] == [
        ("Kindermaskenball 2026", "2026-02-15T14:00", "Volkshaus Langenwang")
    ]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Samstag, 14:00 Uhr", "FREQ=WEEKLY;BYDAY=SA"),
        ("Di 18.30–20 Uhr", "FREQ=WEEKLY;BYDAY=TU"),
        ("Montag und Mittwoch, 17:00 Uhr", "FREQ=WEEKLY;BYDAY=MO,WE"),
        ("Friday at 7 pm", "FREQ=WEEKLY;BYDAY=FR"),
        ("Donnerstag ab 19 Uhr", "FREQ=WEEKLY;BYDAY=TH"),
        ("Samstag, nach Absprache", None),  # no clock: the group meets when it agrees
        ("Samstag 14", None),  # a weekday and a number, no time
        ("Samstag, 14.03.2026, 14:00 Uhr", None),  # a day of its own: no weekly rule
        ("Heimstunde am Samstag, 14:00 Uhr", None),  # a sentence, not a card's line
    ],
)
def test_a_cards_weekday_and_clock_line_is_a_weekly_rule(line: str, rule: str | None) -> None:
    assert weekly_rule(line) == rule


def test_group_cards_with_a_weekday_and_a_clock_meet_weekly(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The scouts' dates page: under „Zeiten & Gruppen“ one card per group, its name over
    # „Samstag, 14:00 Uhr“ and an age badge, no link and no day. The cards were not even
    # weighed (a block needed a link or a day): the four groups that meet weekly were lost.
    # „Caravelles“ meets „Samstag, nach Absprache“ — no clock, no item.
    rows = _inspect(
        capsys,
        "hugo-pfadfinder-langenwang-termine-2026.html",
        "https://beta.pfadfinder-langenwang.at/termine/",
        "2026-02-20",
    )
    weekly = [(r["title"], r["start"][:16], r["recurrence"]) for r in rows if r["recurrence"]]
    assert weekly == [
        ("Wichtel", "2026-02-21T14:00", "FREQ=WEEKLY;BYDAY=SA"),
        ("Guides", "2026-02-21T15:00", "FREQ=WEEKLY;BYDAY=SA"),
        ("Wölflinge", "2026-02-21T14:00", "FREQ=WEEKLY;BYDAY=SA"),
        ("Späher", "2026-02-21T15:00", "FREQ=WEEKLY;BYDAY=SA"),
    ]


def test_the_place_that_ends_a_cards_day_and_hours_line_is_the_cards_place(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The one coming event's card: a day badge „15“ / „Feb '26“ and the line „Sonntag,
    # 15.02.2026 · 14:00 Uhr · Volkshaus Langenwang“. The line gave the day and the hours but
    # dropped the hall, so the contact box below the list („Noch Fragen? Jeden Dienstag ab
    # 19:00 Uhr im Pfadfinderheim …“, classed venue-cta-block) was read as the place.
    rows = _inspect(
        capsys,
        "hugo-pfadfinder-langenwang-termine-2026.html",
        "https://beta.pfadfinder-langenwang.at/termine/",
        "2026-02-20",
    )
    (ball,) = [r for r in rows if r["title"] == "Kindermaskenball 2026"]
    assert ball["start"][:16] == "2026-02-15T14:00"
    assert ball["location"] == "Volkshaus Langenwang"
    assert ball["field_sources"]["location_text"].endswith("the place ending the same day's line")
