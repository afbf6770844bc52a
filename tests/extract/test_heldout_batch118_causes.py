"""Causes found on held-out German batch 118 of the real-page corpus (professional networks and
the economy), each pinned on a minimal page and on its real page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from netdir.extract.context import PageContext
from netdir.extract.listing import extract_listing
from netdir.extract.title_text import is_junk_title
from netdir.html_depth import parse_html
from netdir.normalize import normalize_record
from tests.extract.conftest import FETCHED_AT

PAGES = Path(__file__).parents[1] / "realpages" / "pages"


def _starts(html: str, url: str, today: date) -> list[tuple[str, str | None]]:
    tree = parse_html(html)
    records = extract_listing(tree, PageContext("test-source", url, url, None, FETCHED_AT))
    return [(r.title, normalize_record(r, today=today).start) for r in records]


def _day(number: int, *titles: str, other: bool = False) -> str:
    links = "".join(
        f'<div class="ev"><a href="/e/{i}{number}">{t}</a></div>' for i, t in enumerate(titles)
    )
    marker = " other-month" if other else ""
    return f'<li class="day{marker}"><div class="date">{number}</div>{links}</li>'


def _grid() -> str:
    week1 = "".join(
        [
            '<li class="weeknumber">23</li>',
            _day(1),
            _day(2, "Businessplan Wettbewerb: Q&amp;A"),
            _day(3, "Gründerinnen Café"),
            _day(4),
            _day(5, "Marken- und Patentsprechtag (IHK)", "Gründerstammtisch Würzburg"),
            _day(6),
            _day(7),
        ]
    )
    week2 = "".join(
        [
            '<li class="weeknumber">27</li>',
            _day(29),
            _day(30, "Beratungssprechstunde der Aktivsenioren"),
            _day(1, "CIO-Network Mainfranken", other=True),
            _day(2, "IHK: Fördermittelsprechtag", other=True),
            _day(3, other=True),
            _day(4, other=True),
            _day(5, other=True),
        ]
    )
    return (
        "<html><head><title>Gründerzentrum — Veranstaltungen Juni 2026</title></head><body>"
        '<div class="calendar"><ul class="nav"><li><a href="/2026/month/5">Mai</a></li>'
        "<li><span>2026</span><span>Juni</span></li><li><a href='/2026/month/7'>Juli</a></li></ul>"
        f'<ul class="days">{week1}</ul><ul class="days">{week2}</ul></div></body></html>'
    )


def test_a_month_grid_written_as_a_list_per_week_dates_each_link_by_its_cell() -> None:
    # A TYPO3 month grid of lists: <ul> per week, <li> per day opening with the day's number,
    # the events' title links below it; the month and year only in the page's title. The link
    # is on the day of its list item; the greyed cells after the 30th are the next month's.
    starts = _starts(_grid(), "https://example.org/2026/month/6", date(2026, 6, 26))
    assert ("Businessplan Wettbewerb: Q&A", "2026-06-02") in starts
    assert ("Gründerinnen Café", "2026-06-03") in starts
    assert ("Marken- und Patentsprechtag (IHK)", "2026-06-05") in starts
    assert ("Gründerstammtisch Würzburg", "2026-06-05") in starts
    assert ("Beratungssprechstunde der Aktivsenioren", "2026-06-30") in starts
    assert ("CIO-Network Mainfranken", "2026-07-01") in starts
    assert ("IHK: Fördermittelsprechtag", "2026-07-02") in starts


def test_a_list_of_numbered_links_is_no_month_grid() -> None:
    # Pagination („1 2 3 4 5“) opens every item with a bare number too, but holds no events.
    html = (
        "<html><head><title>Veranstaltungen Juni 2026</title></head><body><main>"
        '<ul class="pagination">'
        + "".join(f'<li><a href="?page={n}">{n}</a></li>' for n in range(1, 7))
        + "</ul></main></body></html>"
    )
    assert _starts(html, "https://example.org/veranstaltungen", date(2026, 6, 26)) == []


def test_the_founders_centre_grid_of_june_2026_is_read_day_by_day() -> None:
    url = "https://startbahn27.de/2026/month/6"
    html = (PAGES / "typo3-startbahn27-veranstaltungen-2026-06.html").read_text(encoding="utf-8")
    starts = _starts(html, url, date(2026, 6, 26))
    assert len(starts) == 51
    assert ("3. Netzwerktreffen Defence", "2026-06-18") in starts
    assert starts.count(("KI-Start-up-Lunch-Pitches", None)) == 0
    assert [s for t, s in starts if t == "KI-Start-up-Lunch-Pitches"] == [
        "2026-06-22",
        "2026-06-23",
        "2026-06-24",
        "2026-06-25",
        "2026-06-26",
    ]
    assert ("IHK: Fördermittelsprechtag", "2026-07-02") in starts


def test_an_arrowed_registration_link_in_a_day_row_names_nothing() -> None:
    # A week plan's row: the day, then „Coworken, 8.00 bis 17.00 Uhr <br><a>→ Anmeldung</a>“.
    # The arrowed link leads to the sign-up form; the programme before it is the item's name.
    rows = "".join(
        f'<tr><th scope="row">{weekday}, <br><span>{day}. Februar</span></th>'
        f'<td>Coworken, 8.00 bis 17.00 Uhr <br><a href="/events/{day}/">&rarr; Anmeldung</a></td>'
        "</tr>"
        for weekday, day in (("Montag", 23), ("Dienstag", 24), ("Mittwoch", 25), ("Donnerstag", 26))
    )
    html = (
        "<html><body><main><h1>Coworking Woche - Der Plan</h1><h2>Wochenplan</h2>"
        f"<table><thead><tr><th>Datum</th><th>Tagesprogramm</th></tr></thead><tbody>{rows}"
        "</tbody></table></main></body></html>"
    )
    starts = _starts(html, "https://example.org/blog/coworking-woche/", date(2015, 2, 17))
    assert starts == [
        ("Coworken", "2015-02-23T08:00:00+01:00"),
        ("Coworken", "2015-02-24T08:00:00+01:00"),
        ("Coworken", "2015-02-25T08:00:00+01:00"),
        ("Coworken", "2015-02-26T08:00:00+01:00"),
    ]


def test_a_bare_registration_day_keeps_its_name() -> None:
    # „Anmeldung“ without an arrow may be a school's enrolment day: still a title.
    assert is_junk_title("→ Anmeldung")
    assert is_junk_title("» Tickets")
    assert not is_junk_title("Anmeldung")


def test_the_coworking_week_plan_names_its_day_programme() -> None:
    url = "https://www.effinger.ch/blog/coworking-woche-plan/"
    html = (PAGES / "hugo-effinger-coworking-woche-2015-02.html").read_text(encoding="utf-8")
    starts = _starts(html, url, date(2015, 2, 17))
    assert [t for t, _ in starts].count("Coworken") == 5
    assert ("Coworken", "2015-02-23T08:00:00+01:00") in starts
    assert all("Anmeldung" not in t for t, _ in starts)
