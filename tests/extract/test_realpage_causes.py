"""Causes of lost items, each pinned on a real page of the corpus (tests/realpages/)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from netdir.extract import extract_page
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text

PAGES = Path(__file__).parents[1] / "realpages" / "pages"


def starts(name: str, url: str, today: date) -> list[tuple[str, str | None]]:
    page = page_from_text((PAGES / name).read_text(encoding="utf-8"), url)
    records = extract_page(page).records
    return [(r.title, normalize_record(r, today=today).start) for r in records]


def test_unlinked_rows_in_month_boxes_take_the_year_of_the_heading_above() -> None:
    # RIS-NG year overview: "<h2>2026</h2>" then a box per month with "27.01. – 17:00 Uhr: Gemeinderat".
    found = starts(
        "risng-beilstein-sitzungen.html",
        "https://ratsinformationssystem.beilstein.de/ris",
        date(2026, 10, 1),
    )
    assert len(found) == 38  # one per line, not one per month box
    assert found[0] == ("Ausschuss für Umwelt und Technik", "2026-01-27T17:00:00+01:00")
    assert ("Gemeinderat", "2024-12-10T18:30:00+01:00") in found  # under "<h2>2024</h2>"


def test_date_opening_a_link_text_leaves_the_title_and_keeps_its_time() -> None:
    found = starts(
        "ris-muenchen-str-kalender.html",
        "https://risi.muenchen.de/risi/sitzung/kalender/str",
        date(2026, 10, 1),
    )
    assert found == [
        ("Kinder- und Jugendhilfeausschuss", "2026-10-06T09:30:00+02:00"),
        ("Sozialausschuss", "2026-10-06T09:30:00+02:00"),
        ("Stadtentwässerungsausschuss", "2026-10-06T14:00:00+02:00"),
        ("Verwaltungs- und Personalausschuss", "2026-10-14T13:30:00+02:00"),
    ]  # and the month switcher ("August 2026" …) above the list is no item


def test_a_tag_list_between_the_name_and_its_date_line_counts_as_one_line() -> None:
    # Pacific Science Center: <h1>Science After Dark</h1>, then a tag list of four short items
    # ("Tickets Required (Price Varies)", "Adults 21+", "Special Event", "Pacific Science
    # Center"), then "February 14, 7:00 p.m. - 10:00 p.m.": five lines down, yet the event's date.
    found = starts(
        "wordpress-pacsci-event.html",
        "https://pacificsciencecenter.org/events/science-after-dark/",
        date(2026, 2, 13),
    )
    assert found == [("Science After Dark", "2026-02-14T19:00:00-08:00")]


def test_only_short_undated_list_items_fold_into_one_line() -> None:
    # A list of long items (a listing's teasers, not tags) keeps one line per item: the date five
    # lines under the heading stays out of reach, as before.
    items = "".join(f"<li>Lesung {n} mit anschließendem Gespräch im Saal</li>" for n in range(4))
    html = (
        "<html><body><h1>Veranstaltungen im Stadtteil</h1><ul>"
        + items
        + "</ul><p>am 12.03.2026 um 19 Uhr</p></body></html>"
    )
    records = extract_page(page_from_text(html, "https://example.org/e")).records
    assert records == []
    short = html.replace(" mit anschließendem Gespräch im Saal", "")
    records = extract_page(page_from_text(short, "https://example.org/e")).records
    assert [(r.title, r.date_text) for r in records] == [
        ("Veranstaltungen im Stadtteil", "12.03.2026 um 19 Uhr")
    ]
