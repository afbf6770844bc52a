"""Causes found on held-out batch 10 of the real-page corpus (German pages), each pinned on its
page: the records a reader would list, with the day, the time and where each field came from."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from netdir.extract.context import PageContext
from netdir.extract.date_cues import DATE_PHRASE, iter_date_phrases
from netdir.extract.listing import extract_listing
from netdir.html_depth import parse_html
from netdir.normalize import normalize_record
from tests.extract.conftest import FETCHED_AT

PAGES = Path(__file__).parents[1] / "realpages" / "pages"


def _listing(page: str, url: str) -> list:
    tree = parse_html((PAGES / page).read_text(encoding="utf-8"))
    return extract_listing(tree, PageContext("test-source", url, url, None, FETCHED_AT))


def _starts(records: list, today: date) -> list[tuple[str, str | None]]:
    return [(r.title, normalize_record(r, today=today).start) for r in records]


def test_a_day_badge_on_indented_lines_of_its_own_dates_an_unlinked_card() -> None:
    # <div class="text-2xl …">05</div> / <div class="text-gray-600">Apr</div> on lines of
    # their own beside the card's <h3>, no link, under the heading „April 2024“: the raw text
    # „\n  05\n  Apr“ held no date; a reader sees „05 Apr“. The time and the place stand in
    # lines beside Feather icons („clock“, „map-pin“).
    records = _listing(
        "tailwind-imkerverein-hadamar-termine.html",
        "https://imkerverein-hadamar-dornburg.de/termine.html",
    )
    assert _starts(records, date(2025, 7, 4)) == [
        ("Monatlicher Imkerstammtisch", "2024-04-05T19:00:00+02:00"),
        ("Workshop: Frühjahrsrevision", "2024-04-13T10:00:00+02:00"),
        ("Exkursion: Blühwiesen", "2024-04-20T14:00:00+02:00"),
    ]
    assert records[0].field_sources["date_text"].endswith("+ year:h2")
    assert [r.location_text for r in records] == [
        'Gasthaus "Zur Biene", Hadamar',
        "Vereinsbienenstand",
        "Parkplatz Rathaus",  # the label „Treffpunkt:“ (batch 13) is left out
    ]
    assert records[0].field_sources["location_text"].endswith("div beside pin icon")


def test_the_short_month_mär_is_a_month_word() -> None:
    # „Kommende Termine“ buttons: day „12“, month „Mär“ (the site's short März) — the two
    # March events were lost while the February and April ones were read.
    records = _listing(
        "sveltekit-parklet-lehen-veranstaltungen.html", "https://anlehnen.eu/veranstaltungen"
    )
    starts = dict(_starts(records, date(2026, 3, 2)))
    assert starts["Pflanzentauschbörse"] == "2026-03-12T14:00:00+01:00"
    assert starts["Lesekreis auf dem Parklet"] == "2026-03-26T16:00:00+01:00"
    assert len(records) == 8
    assert [m.group(0) for m in iter_date_phrases("am 12 Mär 2026 und im Märchenwald")] == [
        "12 Mär 2026"
    ]


WELTLADEN = "static-weltladen-schongau-archiv.html"
WELTLADEN_URL = "http://www.weltladen-schongau.de/veranstaltungen_archiv.html"


def test_h3_events_above_the_first_h2_event_are_read_beside_the_h2_runs() -> None:
    # The newer events are <h3> boxes separated by <hr>; the older ones each have an <h2>
    # title over an <h3> day line. The h2 runs won and held the later h3s, so the three newer
    # events were lost: the h3 runs outside the chosen h2 runs are a group of their own.
    records = _listing(WELTLADEN, WELTLADEN_URL)
    assert _starts(records, date(2016, 10, 10)) == [
        (
            '"Mascobado - bittersüßer Zucker vom Panay Fair Trade Center - eine '
            'Erfolgsgeschichte nach dem schrecklichen Taifun Haiyan."',
            "2015-09-24T19:30:00+02:00",  # "Am <b>24.9.15</b> um <b>19:30 Uhr</b>" (prose_times)
        ),
        ("Faires Frühstück", "2015-09-26T09:30:00+02:00"),
        ("Gewerbeschau im Schongauer Eisstadion", "2015-07-11"),
        ("Weltladentag mit Fairem Frühstück", "2015-05-09T09:30:00+02:00"),
        ("Faires Frühstück", "2016-09-17T09:30:00+02:00"),
        ("Multivisionsshow Die Anden", "2016-09-24T19:30:00+02:00"),
        ("Faires Frühstück", "2016-05-07T09:30:00+02:00"),
    ]
    # A heading used as the event's whole box in <br> lines is titled by its bold part.
    assert records[5].field_sources["title"] == "listing:div>h3+p h3>b"
    assert records[0].field_sources["title"] == "listing:div>h2+p h2"


def test_a_day_before_a_slash_starts_the_range() -> None:
    # „11. / 12.07.15“ (Gewerbeschau): both days, not only the second.
    match = DATE_PHRASE.search("Gewerbeschau 11. / 12.07.15 Weitere Informationen")
    assert match is not None and match.group(0) == "11. / 12.07.15"
