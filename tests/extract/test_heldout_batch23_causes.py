"""Causes found on held-out batch 23 of the real-page corpus (German static sites) and still
open after its first fix, each pinned on its page."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from netdir.extract import extract_page
from netdir.normalize import normalize_record
from netdir.normalize.when_lists import day_list, occurrences
from netdir.records import Page
from tests.extract.conftest import page_from_text

PAGES = Path(__file__).parents[1] / "realpages" / "pages"
TEILCHENZOO = (
    "static-teilchenzoo-bremen-veranstaltungen",
    "http://www.teilchenzoo.de/veranstaltungen/",
)


def _page(page_id: str, url: str, today: date) -> Page:
    html = (PAGES / f"{page_id}.html").read_text(encoding="utf-8")
    fetched = datetime(today.year, today.month, today.day, 12, tzinfo=UTC)
    return replace(page_from_text(html, url), fetched_at=fetched)


def _events(page_id: str, url: str, today: date) -> list[tuple[str | None, str | None, str | None]]:
    got = []
    for record in extract_page(_page(page_id, url, today)).records:
        event = normalize_record(record, today=today)
        got.append((record.title, event.start, event.end))
    return got


def test_days_sharing_a_month_word_with_jeweils_are_separate_days() -> None:
    # Teilchenzoo: <p class="newsDate">09. und 10. November 2013: jeweils 12 Uhr bis 16 Uhr</p>
    # over „Offenes ForscherAtelier“: the same hours on each day, not one run from Saturday noon
    # to Sunday afternoon.
    got = _events(*TEILCHENZOO, date(2014, 6, 16))
    assert [(start, end) for title, start, end in got if "ForscherAtelier" in (title or "")] == [
        ("2013-11-09T12:00:00+01:00", "2013-11-09T16:00:00+01:00"),
        ("2013-11-10T12:00:00+01:00", "2013-11-10T16:00:00+01:00"),
    ]
    # Without "jeweils" such days stay one multi-day event.
    assert day_list("11., 12. und 13. Oktober 2026") is None
    assert day_list("Sa 13.06. und So 14.06.2026, 10-18 Uhr") is None
    assert day_list("Sa 13.06. und So 14.06.2026, jeweils 10-18 Uhr") == [
        "Sa 13.06.2026, 10-18 Uhr",
        "So 14.06.2026, 10-18 Uhr",
    ]


def test_several_start_times_of_one_day_are_several_showings() -> None:
    # Teilchenzoo: „23. November 2013: 13 Uhr und 15 Uhr“ over „PhilosophierZeit für Familien“
    # (one hour each): two showings that day.
    got = _events(*TEILCHENZOO, date(2014, 6, 16))
    assert [start for title, start, _ in got if title == "PhilosophierZeit für Familien"] == [
        "2013-11-23T13:00:00+01:00",
        "2013-11-23T15:00:00+01:00",
    ]
    # A range („zwischen 13 und 15 Uhr“) and a daily offer's showings are no such list.
    assert occurrences("12.05.2026 zwischen 13 und 15 Uhr") is None
    assert occurrences("täglich: 11 Uhr, 14 Uhr und 16 Uhr") is None
    assert occurrences("12.05.2026, Einlass 18 Uhr, Beginn 19 Uhr") is None


def test_an_unlinked_block_under_a_timed_rule_line_is_a_recurring_offer() -> None:
    # Teilchenzoo: „täglich: 11 Uhr, 14 Uhr und 16 Uhr“ over „Vorführung der Gravitationswaage“,
    # „jeden Freitag: 14 Uhr“ over „Begleiteter Rundgang“, and in the school column
    # „wochentags: 9.30 bis 12:00 Uhr“ over „ForscherZeiten“: no link, no day, a rule and its
    # clock — each an offer on its next day (today is Monday 16 June 2014).
    events = _events(*TEILCHENZOO, date(2014, 6, 16))
    got = {title: (start, end) for title, start, end in events}
    assert got["Vorführung der Gravitationswaage"] == ("2014-06-16T11:00:00+02:00", None)
    assert got["Begleiteter Rundgang"] == ("2014-06-20T14:00:00+02:00", None)
    assert got["ForscherZeiten"] == ("2014-06-16T09:30:00+02:00", "2014-06-16T12:00:00+02:00")
    # With it the school column's two blocks are a dated list too: its four listed days.
    kids = [start for title, start, _ in events if title == "PhilosophierZeit für Kinder"]
    assert [start[:10] for start in kids if start] == [
        "2013-12-05",
        "2014-02-11",
        "2014-04-18",
        "2014-05-13",
    ]


def test_a_rule_line_without_a_clock_makes_no_unlinked_offer() -> None:
    # Quartierverein Robenhausen: the card „Tatort Robenhausen“ (badge „2026“) with the meta line
    # „Jeden Samstag am Wuchemärt · Rössliplatz“ says where a crime series shows up, no offer.
    got = _events(
        "static-robehuuse-anlaesse-2026",
        "https://www.robenhausen.ch/anlaesse.html",
        date(2026, 8, 16),
    )
    assert [title for title, _, _ in got] == ["3. VPP-Treffen am See", "Märteröffnig & Wuchemärt"]


def test_one_event_in_plain_lines_under_a_generic_heading() -> None:
    # Museum SELMA bleibt (Hugo, theme Ananke): <h1>Termine</h1>, the post's <time> „April 12,
    # 2026“, then <p>Vernetzungs- und Aktionstag …</p><ul><li>am 18.04. ab 16:00-18:00 Uhr</li>
    # <li>auf dem Kulturhof Kalk, Dillenburger Str. 65, 51105 Köln (OSM link)</li></ul>.
    page = _page(
        "hugo-selma-bleibt-termine",
        "https://schlangenhanf.github.io/selma-bleibt/pages/termine/",
        date(2026, 4, 14),
    )
    records = extract_page(page).records
    assert len(records) == 1
    event = normalize_record(records[0], today=date(2026, 4, 14))
    assert records[0].title == "Vernetzungs- und Aktionstag der Initiative “Museum Selma bleibt”"
    assert (event.start, event.end) == ("2026-04-18T16:00:00+02:00", "2026-04-18T18:00:00+02:00")
    assert records[0].location_text == "Kulturhof Kalk, Dillenburger Str. 65, 51105 Köln"


def test_an_event_page_with_labelled_rows_beside_a_sidebar_of_events() -> None:
    # Plone's event view (held-out batch 22): „<h1>Dorffest Willmatshofen</h1>“ with „Was“ /
    # „Wann 06.07.2013 20:00 bis 07.07.2013 02:00“ / „Wo Willmatshofen / Ziegelmeier-Hof“ rows,
    # beside the „Termine“ portlet of the site's other events: the page's event first, then them.
    got = _events(
        "plone-tvw-dorffest",
        "http://tvwillmatshofen.de/aktuelles/termine/dorffest-willmatshofen/",
        date(2014, 6, 17),
    )
    assert got[0] == (
        "Dorffest Willmatshofen",
        "2013-07-06T20:00:00+02:00",
        "2013-07-07T02:00:00+02:00",
    )
    assert [start[:10] for _, start, _ in got[1:4] if start] == [
        "2014-10-30",
        "2014-09-28",
        "2014-06-29",
    ]


def test_the_place_after_the_date_and_time_in_a_meta_line() -> None:
    # Verein Historisches Beuren (held-out batch 21): each card's meta line „08.05.2026 · 18:00
    # Uhr · Trafoturm Beuren, Tiefenbachstraße 27“ above its h2: date, time, then the place.
    page = _page(
        "hugo-historisches-beuren-veranstaltungen",
        "https://historisches-beuren.de/veranstaltungen/",
        date(2026, 5, 1),
    )
    records = extract_page(page).records
    assert [(r.date_text, r.location_text) for r in records] == [
        ("08.05.2026 · 18:00 Uhr", "Trafoturm Beuren, Tiefenbachstraße 27"),
        ("23.06.2026 · 00:00 Uhr", "Trafoturm Beuren, Tiefenbachstraße 27"),
    ]
