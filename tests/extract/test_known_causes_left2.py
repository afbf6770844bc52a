"""Known causes left on pages already in the corpus (issue #11, session 21: the leftovers of
earlier held-out batches), each fixed generally and pinned on the real page that showed it."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.place import town_in_title
from tests.extract.realpage_inspect import (
    inspect_page,
    page_records,
    places_by_title,
    starts_by_title,
)

RCAKEN = "https://rc-aken.de/termine/"
PACSCI = "https://pacificsciencecenter.org/shows/laser-bad-bunny/"


def test_a_clock_run_on_after_a_repeated_place_line_is_the_shows_time() -> None:
    # Batch I (The Triple Door): a month grid's cell holds „<span>Mainstage Theatre,
    # Seattle</span>“ under the show's name and a tooltip repeating it in one link with the
    # clock after it („Mainstage Theatre, Seattle 7:30PM“): the clock is the show's time.
    got = starts_by_title(
        "zoogle-tripledoor-calendar",
        "https://thetripledoor.net/mainstage-calendar",
        date(2026, 5, 9),
    )
    assert got["Iris Dement"].startswith("2026-04-26T19:00")
    assert got["Sun Kil Moon"].startswith("2026-06-03T19:00")


def test_a_venue_pages_address_section_places_its_list() -> None:
    # Batch 43 (Kulturwerkstatt Hagerhus): „<h2>Bevorstehende Events</h2>“ lists evenings
    # („8. Januar 2027, 20.00 Uhr – Trio …“) with no place; below them „<h2>Adresse</h2>
    # <p>Hagerhüsli 1, 3315 Bätterkinden<br><a>Karte anzeigen</a></p>“ — the venue's own
    # address (a street without a street word before a Swiss postcode) is where they are.
    got = places_by_title(
        "html-ninatheater-hagerhus-2026",
        "https://ublueli.github.io/nina-theater/hagerhus/",
        date(2026, 12, 1),
    )
    assert got["Blue Acoustic Flavour"] == "Hagerhüsli 1, 3315 Bätterkinden"


def test_the_place_a_rows_prose_names_right_before_its_day() -> None:
    # Batch 27 (Brigitte Weingart): each h4 name over a sentence that ends with where and when,
    # set off by commas („…, Universität Bonn, 4.-6.10.2006.“, „… am Deutschen Haus der Columbia
    # University, New York, 13.2.2009.“, „… im Kino der Brücke, Köln, 30.3.-11.4.2001.“, a known
    # town alone „…), Köln, 12.-23.5.2007.“); a name without a venue word before the day („…
    # Kunst und Fernsehen, 14.-15. Januar 2016“) is no place.
    got = places_by_title(
        "static-weingart-veranstaltungen-2019",
        "http://www.brigitte-weingart.de/veranstaltungen.html",
        date(2019, 4, 9),
    )
    assert got["Fama: Die Kommunikation der Gerüchte"] == "Universität Bonn"
    assert got["Sights of Enchantment: Magic – Vision – Metaphor"] == (
        "Deutschen Haus der Columbia University, New York"
    )
    assert got["VIRUS!"] == "Ausstellungshalle der Bundesrepublik Deutschland in Bonn"
    assert got["50 Jahre AIDS im Kino. Latente Bilder, angesteckte Phantasien"] == (
        "Kino der Brücke, Köln"
    )
    assert got["Production Values. Filme über das Filmemachen"] == "Köln"
    assert got["Expanded Television"] is None


def test_the_town_a_title_ends_in_is_the_rows_city(capsys: pytest.CaptureFixture[str]) -> None:
    # Batch 25 (Ruderclub Aken): „23.09. - 01.10. Interboot Friedrichshafen“, „Bootsmesse
    # Düsseldorf“ — the fair's town ends its name; „Kunst- und Handwerkermarkt Bernau bei
    # Berlin“ is in Bernau. A person („mit Andreas Bach“), a team („FC 03 Radolfzell“) or an
    # everyday word („Gemeinsames Essen“) at the end names no town.
    records = inspect_page(capsys, "hugo-rcaken-termine-2017.html", RCAKEN, "2017-05-02")
    cities = {r["title"]: r["city"] for r in records}
    assert cities["Interboot Friedrichshafen"] == "Friedrichshafen"
    assert cities["Bootsmesse Düsseldorf"] == "Düsseldorf"
    bernau = town_in_title("Kunst- und Handwerkermarkt Bernau bei Berlin")
    assert bernau is not None and bernau.city.startswith("Bernau")
    assert town_in_title("Nachtschießen im freien Gelände mit Andreas Bach") is None
    assert town_in_title("SG Dettingen-Dingelsdorf – FC 03 Radolfzell") is None
    assert town_in_title("Gemeinsames Essen") is None


def test_a_title_ending_in_its_venue_over_the_town_or_address_line() -> None:
    # Batch 24 (William Cuthbertson): „<div class="boldTxt">Konzert im <a>Elfenau Park</a></div>
    # Bern, Schweiz.“, „Konzert im <a>Stiftung Beatus</a> … Bühlweg 2, 3655 Sigriswil,
    # Schweiz.“ — the line under the title is the town (and country) or the address written as a
    # sentence; the venue the title ends in is where in that town.
    got = places_by_title(
        "php-cuthbertson-konzerte-2016", "http://cuthbertson.de/concert.php", date(2016, 10, 29)
    )
    assert got["Konzert im Elfenau Park"] == "Elfenau Park, Bern, Schweiz"
    assert (
        got["Konzert im Stiftung Beatus"] == "Stiftung Beatus, Bühlweg 2, 3655 Sigriswil, Schweiz"
    )
    assert got["Konzert im Elztal Museum"] == "Elztal Museum, Kirchplatz 14, D-79183 Waldkirch"


def test_a_speakers_line_under_the_talk_is_no_place() -> None:
    # Batch 40 (Bamberger Hegelwoche): „<p><strong>„Gewusste Wahrheit …”</strong></p>
    # <p><i>Prof. Dr. Konrad Liessmann, Universität Wien</i></p>“ — the line under the talk's
    # name opens with the speaker's academic title: who speaks and where they teach, not where
    # the talk is (it is in Bamberg's AULA).
    got = places_by_title(
        "typo3-unibamberg-hegelwoche-2025",
        "https://www.uni-bamberg.de/events/hegelwoche/2025/",
        date(2025, 12, 24),
    )
    assert all(place is None or "Universität Wien" not in place for place in got.values())


def test_a_tips_heading_names_its_venue_though_only_its_prose_dates_it() -> None:
    # Batch 32 (Bernau LIVE): „<h4>Halloween-Party auf dem Sportplatz in Schönow</h4>“ over a
    # paragraph that invites to its day — dated by its prose, not by a date line, the heading's
    # venue after the name is still its place.
    got = places_by_title(
        "wp-bernaulive-veranstaltungstipps-2023",
        "https://bernau-live.de/veranstaltungstipps/veranstaltung/"
        "feiertag-in-bernau-und-drumherum-veranstaltungstipps",
        date(2023, 10, 31),
    )
    assert got["Halloween-Party auf dem Sportplatz in Schönow"] == "Sportplatz in Schönow"
    assert got["Halloween im Krafthaus am Schiffshebewerk Niederfinow"] == (
        "Krafthaus am Schiffshebewerk Niederfinow"
    )


def test_the_cell_under_a_small_tables_place_header_is_the_place() -> None:
    # Batch I (Pacific Science Center): each day a table of its own, „<caption>Saturday,
    # February 14, 2026</caption><tr class="visually-hidden"><th>Time</th><th>Location</th>
    # <th>Tickets</th></tr><tr><td>10:30 pm</td><td>Laser Dome</td>…“ — the cell under
    # „Location“ is where the showtime is.
    got = page_records("wordpress-pacsci-show-showtimes", PACSCI, date(2026, 2, 13))
    assert {place for _, _, place in got} == {"Laser Dome"}
