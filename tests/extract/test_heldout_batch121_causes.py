"""Causes found on held-out German batch 121 of the real-page corpus (municipal listings: GOEST,
the Göttinger Stadtinfo's event pages), each pinned on a minimal page and on its real page."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from netdir.extract.context import PageContext
from netdir.extract.credited_date_lines import CREDIT_CUT
from netdir.extract.listing import extract_listing
from netdir.html_depth import parse_html
from netdir.normalize import normalize_record
from netdir.records import RawRecord

PAGES = Path(__file__).parents[1] / "realpages" / "pages"
SAVED = datetime(2019, 6, 8, 8, 0, tzinfo=UTC)
TODAY = date(2019, 6, 8)


def _listing(html: str, url: str) -> list[RawRecord]:
    return extract_listing(parse_html(html), PageContext("test-source", url, url, None, SAVED))


def _cards(subtitles: list[str]) -> str:
    cards = "".join(
        f'<div class="card-body"><h3><a href="/show/{n}/">Stück {n}</a></h3>'
        f"<h5>{subtitle}\n{10 + n:02d}. 06. 2019,\n20:00</h5>"
        f'Beschreibung {n} <a href="/show/{n}/"> ... mehr </a></div>'
        for n, subtitle in enumerate(subtitles)
    )
    return f'<html><body><main><div class="card-columns">{cards}</div></main></body></html>'


def test_a_card_line_crediting_the_author_before_the_day_dates_the_showing() -> None:
    # „Von Max Frisch 11. 06. 2019, 20:00“ among „Komödie von Ulrich Hub 14. 06. 2019, 10:00“:
    # the play's credit, not an article's byline and its stamp.
    html = _cards(
        [
            "Komödie von Ulrich Hub",
            "",
            "Von Max Frisch",
            "Farce von Ray Cooney",
            "Von Erich Kästner",
        ]
    )
    records = _listing(html, "https://example.org/theater/")
    starts = {r.title: normalize_record(r, today=TODAY).start for r in records}
    assert starts["Stück 2"] == "2019-06-12T20:00:00+02:00"
    assert starts["Stück 4"] == "2019-06-14T20:00:00+02:00"
    assert starts["Stück 0"] == "2019-06-10T20:00:00+02:00"
    credited = next(r for r in records if r.title == "Stück 2")
    assert credited.field_sources["date_text"].endswith(CREDIT_CUT)


def test_a_news_list_of_bylines_keeps_them_as_stamps() -> None:
    # Every row's line is an author's byline and the post's stamp: no row is an offering's day.
    html = _cards(["Von Irina Steinmann", "Von Thomas Kölsch", "Von Verena Düren"])
    records = _listing(html, "https://example.org/news/")
    assert all(normalize_record(r, today=TODAY).start is None for r in records)
    assert not any(r.field_sources.get("date_text", "").endswith(CREDIT_CUT) for r in records)


DT = "hugo-goest-goettingen-deutsches-theater-2019-06.html"


def test_the_theatre_cards_credited_von_author_are_dated_on_the_real_page() -> None:
    url = "https://localhost:1313/event/deutschestheater/"
    records = _listing((PAGES / DT).read_text(encoding="utf-8"), url)
    assert len(records) == 50
    starts = [(r.title, normalize_record(r, today=TODAY).start) for r in records]
    assert all(start is not None for _, start in starts)
    assert ("Biografie: Ein Spiel", "2019-06-11T20:00:00+02:00") in starts
    assert ("4.48 Psychose", "2019-05-24T20:00:00+02:00") in starts


def _day_list(rows: list[tuple[str, str, str]]) -> str:
    items = "".join(
        f'<dt>{clock}</dt><dd><a href="/e/{n}/"><strong>{name}</strong> , <em>{venue}</em></a></dd>'
        for n, (clock, name, venue) in enumerate(rows)
    )
    return (
        "<html><body><main><h2>Heute, 08.06.</h2>"
        f'<div class="container"><dl>{items}</dl></div></main></body></html>'
    )


_SHARED_VENUES = [
    ("18:00", "Der Kissenmann", "ThOP"),
    ("19:00", "Personal Jesus", "Junges Theater"),
    ("20:00", "Der kleine Prinz", "Junges Theater"),
    ("20:15", "Die Wunderübung", "Junges Theater"),
    ("21:00", "Ein Sommernachtstraum", "ThOP"),
]


def test_a_venue_the_place_column_names_once_leaves_the_title() -> None:
    # „»30 Jahre Mauerfall«: After Work mit Gregor Gysi , Altes Rathaus, Rathaushalle“ in a list
    # whose titles end in „Junges Theater“ and „ThOP“: a venue named once is a place too.
    html = _day_list(
        [
            *_SHARED_VENUES,
            ("19:30", "After Work mit Gregor Gysi", "Altes Rathaus, Rathaushalle"),
            ("21:00", "Show: POLKAGEIST", "EXIL Live Music Club"),
        ]
    )
    records = _listing(html, "https://example.org/event/")
    placed = {(r.title, r.location_text) for r in records}
    assert ("After Work mit Gregor Gysi", "Altes Rathaus, Rathaushalle") in placed
    assert ("Show: POLKAGEIST", "EXIL Live Music Club") in placed


def test_a_title_ending_in_what_was_framed_keeps_it() -> None:
    # „Musikalische Umrahmung, Jubiläum Trachtengruppe Wittnau“ names no venue after its comma.
    html = _day_list(
        [*_SHARED_VENUES, ("19:30", "Musikalische Umrahmung", "Jubiläum Trachtengruppe Wittnau")]
    )
    records = _listing(html, "https://example.org/event/")
    framed = next(r for r in records if r.title.startswith("Musikalische Umrahmung"))
    assert framed.title == "Musikalische Umrahmung , Jubiläum Trachtengruppe Wittnau"
    assert framed.location_text is None


GOEST = "hugo-goest-goettingen-veranstaltungen-2019-06.html"


def test_the_town_listing_places_its_once_named_venues_on_the_real_page() -> None:
    url = "https://localhost:1313/event/"
    records = _listing((PAGES / GOEST).read_text(encoding="utf-8"), url)
    placed = {(r.title, r.location_text) for r in records}
    assert ("Show: POLKAGEIST", "EXIL Live Music Club") in placed
    assert (
        "»30 Jahre Mauerfall«: After Work mit Gregor Gysi",
        "Altes Rathaus, Rathaushalle",
    ) in placed
    assert ("Der Kissenmann", "ThOP") in placed
