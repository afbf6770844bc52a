"""Causes found on held-out German batch 108 of the real-page corpus (culture: a wind orchestra's
concerts, a student choir's past concerts, a musician's gig list), each pinned on a minimal
snippet and on its page: the records a reader would list, with the day and where each event is."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

from netdir.extract import extract_page
from netdir.normalize import normalize_record
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import PAGES, TRUTH
from tests.realpages.corpus import load_truth

_Record = tuple[str | None, str | None, str | None]


def _records(page_id: str) -> list[_Record]:
    """(title, start, place) of a corpus page's records, read on the day it was saved."""
    truth = load_truth(TRUTH / f"{page_id}.yaml")
    html = (PAGES / f"{page_id}.html").read_text(encoding="utf-8")
    saved = datetime.combine(truth.today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html, truth.base_url), fetched_at=saved)
    return _read(extract_page(page).records, truth.today)


def _page(html: str, today: date) -> list[_Record]:
    saved = datetime.combine(today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html), fetched_at=saved)
    return _read(extract_page(page).records, today)


def _read(records: list[RawRecord], today: date) -> list[_Record]:
    read = [(raw, normalize_record(raw, today=today)) for raw in records]
    return [(n.title, _wall(n.start), raw.location_text) for raw, n in read]


def _wall(stamp: str | None) -> str | None:
    """The wall time of an ISO stamp („2023-03-18T20:00:00+01:00“ → „2023-03-18T20:00“)."""
    return stamp[:16] if stamp is not None and "T" in stamp else stamp


# Cause 1: a gig list of lines „day | hour | venue | programme“ kept the venue in the title
# („Blaue Fabrik Dresden | Vocal Night der HfM Dresden“) and no place. One line cannot tell which
# part is where (the programme ends on a town too); the list can: one position names a place in
# every line, the other in less than half (bar_venue_column).

_GIGS = """<html><body><main><h1>Konzerte</h1><ul>
<li>16.01.2026 | 20 Uhr | Blaue Fabrik Dresden | Vocal Night der HfM Dresden</li>
<li>09.02.2026 | 19 Uhr | Cafe Saite Dresden | Bethge/Luck Duo</li>
<li>12.03.2026 | 20 Uhr | Waldschenke Hellerau, Dresden | Bethge/Luck Duo</li>
</ul></main></body></html>"""


def test_a_bar_list_sets_its_venue_column_apart() -> None:
    assert _page(_GIGS, date(2026, 1, 12)) == [
        ("Vocal Night der HfM Dresden", "2026-01-16T20:00", "Blaue Fabrik Dresden"),
        ("Bethge/Luck Duo", "2026-02-09T19:00", "Cafe Saite Dresden"),
        ("Bethge/Luck Duo", "2026-03-12T20:00", "Waldschenke Hellerau, Dresden"),
    ]


def test_bar_parts_that_name_no_venue_column_stay_the_title() -> None:
    # Neither position reads as a place in every line: the titles keep both parts.
    html = _GIGS.replace("Blaue Fabrik Dresden", "Lesung").replace("Cafe Saite Dresden", "Kabarett")
    titles = [title for title, _, _ in _page(html, date(2026, 1, 12))]
    assert titles[:2] == ["Lesung | Vocal Night der HfM Dresden", "Kabarett | Bethge/Luck Duo"]


def test_the_gig_page_names_programme_and_venue() -> None:
    records = _records("quarto-tillbethge-konzerte-2026-01")
    assert ("Vocal Night der HfM Dresden", "2026-01-16T20:00", "Blaue Fabrik Dresden") in records
    assert ("Bethge/Luck Duo", "2026-03-12T20:00", "Waldschenke Hellerau, Dresden") in records


# Cause 2: a concert card's date paragraph that names the hall after a comma („1. Juni 2014,
# Chorforum Essen“) was read whole as the date, so the rest after the day — read as a place on a
# line that goes on past its date — was never looked at (day_line_places).

_CARDS = """<html><body><h1>Vergangene Konzerte</h1>
<div class="card"><div class="media-content"><p class="title">Musicals &amp; Carmen</p>
<p class="subtitle">1. Juni 2014, Chorforum Essen</p></div></div>
<div class="card"><div class="media-content"><p class="title">Draw On Sweet Night</p>
<p class="subtitle">30. November 2013</p></div></div>
<div class="card"><div class="media-content"><p class="title">Die Schöpfung</p>
<p class="subtitle">4. Mai 2013</p></div></div>
</body></html>"""


def test_a_date_line_naming_its_hall_after_a_comma_gives_the_place() -> None:
    assert _page(_CARDS, date(2020, 1, 15)) == [
        ("Musicals & Carmen", "2014-06-01", "Chorforum Essen"),
        ("Draw On Sweet Night", "2013-11-30", None),
        ("Die Schöpfung", "2013-05-04", None),
    ]


def test_the_choir_page_places_its_essen_concert() -> None:
    records = _records("static-studienstiftungschor-konzerte-2020")
    assert ("Musicals & Carmen", "2014-06-01", "Chorforum Essen") in records
    assert ("Winter Wonderland", "2019-12-08", None) in records


# Cause 3: the gig page's Markdown sections („#### Aktuell“ over three gigs, „#### Vergangen“ over
# one) are sections of their own, each with a plain list; plain lists are not pooled, so the past
# gig's one-item list was no group and was lost. A one-item list built like the chosen list (the
# same item markup, each item opening with its day) in a sibling section is one more list
# (sibling_lists) — also on a page whose body is classed as furniture („nav-fixed“).

_SECTIONS = """<html><body class="nav-fixed"><main>
<section id="aktuell"><h4>Aktuell</h4><ul>
<li>16.01.2026 | 20 Uhr | Blaue Fabrik Dresden | Vocal Night der HfM Dresden</li>
<li>09.02.2026 | 19 Uhr | Cafe Saite Dresden | Bethge/Luck Duo</li>
</ul></section>
<section id="vergangen"><h4>Vergangen</h4><ul>
<li>11.01.2026 | Neujahrskonzert Radeburg</li>
</ul></section>
<section id="links"><h4>Links</h4><ul><li>Impressum</li></ul></section>
</main></body></html>"""


def test_a_one_item_list_in_a_sibling_section_is_listed_too() -> None:
    records = _page(_SECTIONS, date(2026, 1, 12))
    assert [start for _, start, _ in records] == [
        "2026-01-16T20:00",
        "2026-02-09T19:00",
        "2026-01-11",
    ]
    assert records[2][0] == "Neujahrskonzert Radeburg"


def test_a_one_item_list_that_opens_with_no_day_stays_out() -> None:
    html = _SECTIONS.replace("11.01.2026 | Neujahrskonzert Radeburg", "Neujahrskonzert Radeburg")
    titles = [title for title, _, _ in _page(html, date(2026, 1, 12))]
    assert "Neujahrskonzert Radeburg" not in titles


def test_the_gig_page_lists_its_past_gig() -> None:
    starts = [start for _, start, _ in _records("quarto-tillbethge-konzerte-2026-01")]
    assert "2026-01-11" in starts
