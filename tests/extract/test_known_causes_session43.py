"""Leftovers of earlier held-out batches (session 43): general causes of what netdir still missed
on pages already in the corpus, each with a minimal snippet and the real page."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

from netdir.extract import extract_page
from netdir.extract.banner_venues import days_and_venue
from netdir.normalize import normalize_record
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import PAGES, TRUTH
from tests.realpages.corpus import load_truth

_Record = tuple[str | None, str | None, str | None, str | None]


def _records(page_id: str) -> list[_Record]:
    """(title, start, end, place) of a corpus page's records, read on the day it was saved."""
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
    return [(n.title, n.start, n.end, raw.location_text) for raw, n in read]


# Cause: a colloquium's page names its days and its venue once, in a heading over the programme
# („29. März – 1. April 2023 im Ostpreußischen Landesmuseum in Lüneburg“): each talk is held
# there — also the two talks whose titles end „… in Königsberg“ (their subject, not their place),
# while the dinner that names its own house („Abendessen im Brömsehaus“) keeps it.

MARCH_2024 = date(2024, 3, 8)

_COLLOQUIUM = """<html><body><div class="main">
<h1>13. Internationales Hamann-Kolloquium</h1>
<h2>29. März – 1. April 2023 im Ostpreußischen Landesmuseum in Lüneburg</h2>
<h2>»… genaueste Localität«. Johann Georg Hamann in Königsberg</h2>
<p>Die Tagung ist die dreizehnte in der Reihe der Kolloquien, gegründet 1976 in Lüneburg.</p>
<h3>Tagungsprogramm</h3>
<div class="program">
<p class="font-bold">Mittwoch, 29. März 2023</p>
<table class="table-auto">
<tr><td>15:30</td><td>Begrüßung</td></tr>
<tr><td class="font-bold" colspan="2">Königsberger Lokalität I</td></tr>
<tr><td>15:45–16:30</td><td>Anna Alt<br/>Localität – Überlegungen zu einem Grundbegriff</td></tr>
<tr><td>16:30–17:15</td><td>Bernd Bär<br/>Die Ereignisorte Hamanns in Königsberg</td></tr>
</table>
<p class="font-bold">Donnerstag, 30. März 2023</p>
<table class="table-auto">
<tr><td>9:00–9:45</td><td>Clara Cors<br/>Lokalität, Individualität, Personalität</td></tr>
<tr><td>9:45–10:30</td><td>Dirk Dorn<br/>Geschichte des Nachlasses in Königsberg</td></tr>
<tr><td></td><td><em>Kaffeepause</em></td></tr>
<tr><td>11:00–11:45</td><td>Eva Eck<br/>Spuren Hamanns in Hippels Roman</td></tr>
<tr><td>11:45–12:30</td><td>Fritz Fink<br/>Hamann, Hippel und die Entvölkerung</td></tr>
<tr><td>14:30–15:15</td><td>Gerd Gans<br/>Der gelehrte Intelligence-Arbeiter</td></tr>
<tr><td>19:00</td><td>Abendessen und Gespräche im <em>Brömsehaus</em></td></tr>
</table>
<p class="font-bold">Samstag, 1. April 2023</p>
<table class="table-auto">
<tr><td>9:00–9:45</td><td>Hans Horn<br/>Kinderphysik und Göttersprache</td></tr>
<tr><td>9:45–10:30</td><td>Ida Iser<br/>Wozu Aufklärung? Hamann im Gespräch mit Kant</td></tr>
<tr><td>13:15–13:45</td><td><em>Abschlussdiskussion</em></td></tr>
</table>
</div>
</div></body></html>"""


def test_a_heading_of_days_im_venue_places_the_programme_within_those_days() -> None:
    places = {title: place for title, _, _, place in _page(_COLLOQUIUM, MARCH_2024)}
    venue = "Ostpreußischen Landesmuseum in Lüneburg"
    assert places["Begrüßung"] == venue
    assert places["Die Ereignisorte Hamanns in Königsberg"] == venue  # the subject, not the place
    assert places["Geschichte des Nachlasses in Königsberg"] == venue
    assert places["Lokalität, Individualität, Personalität"] == venue
    assert places["Abendessen und Gespräche im Brömsehaus"] == "Brömsehaus"  # its own


def test_a_german_banner_line_is_days_then_a_preposition_and_a_venue() -> None:
    assert days_and_venue(
        "29. März – 1. April 2023 im Ostpreußischen Landesmuseum in Lüneburg", MARCH_2024
    ) == ("2023-03-29", "2023-04-01", "Ostpreußischen Landesmuseum in Lüneburg")
    assert days_and_venue("15.–17. Mai 2024 in der Stadthalle Göttingen", MARCH_2024) == (
        "2024-05-15",
        "2024-05-17",
        "Stadthalle Göttingen",
    )
    assert days_and_venue("29. März 2023 im Museum", MARCH_2024) is None  # one day
    assert days_and_venue("29. März – 1. April 2023 im Zeichen der Aufklärung", MARCH_2024) is None


def test_the_hamann_programme_is_held_at_the_museum() -> None:
    records = _records("vite-hamann-kolloquium-tagungsprogramm-2023-03")
    places = [place for _, start, _, place in records if start and start < "2023-03-31T19"]
    assert len(places) >= 20
    assert all(place == "Ostpreußischen Landesmuseum in Lüneburg" for place in places)
