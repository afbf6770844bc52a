"""Leftovers of earlier held-out batches (session 40): general causes of what netdir still missed
on pages already in the corpus, each with a minimal snippet and the real page."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

from netdir.extract import extract_page
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import Span, saved_page_stamps, stamps_on

_Record = Span


def _day_of(records: list[_Record], title: str) -> str | None:
    return next((start[:10] for t, start, _, _ in records if t == title and start), None)


# Cause 1: a heading that is a day and then the event („<h3>Sonnabend, 08.06. Kindertour 10
# km</h3>“) between two lists of rides: the announcing-heading reader knew only „Name am DAY“.
# And a heading named again in the dated sentence below it, whose first word is capitalised only
# because it opens the heading („<h1>Start mit Radelfrühstück im Storchennest</h1><p>… starten
# das Stadtradeln am Sonntag, dem 26. Mai mit einem Radelfrühstück im Storchennest …“).

_RIDES = """<html><head><title>Touren</title></head><body><div class="post">
<h1>Start mit Radelfrühstück im Storchennest des SC Westerfeld</h1>
<p>Die Stadt und der ADFC starten das Stadtradeln gemeinsam am Sonntag, dem 26. Mai mit einem
Radelfrühstück im Storchennest des SC Westerfeld. Wir starten um 09:00 Uhr am Rathaus.</p>
<h3>Sonntagsradtouren:</h3>
<ul>
<li>Sonntag, 02.06. von 12 bis ca. 17 Uhr Radtour durch das Calenberger Land</li>
<li>Sonntag, 09.06. von 12 bis ca. 17 Uhr 4-Seen Radtour durch das Grüne Hannover</li>
</ul>
<h3>Sonnabend, 08.06. Kindertour 10 km</h3>
<p>Kleine Radtour für Familien und Kinder nach Wilkenburg.</p>
<h3>Feierabendradtouren:</h3>
<ul>
<li>Mittwoch, 05.06. von 16 bis ca. 19 Uhr Rund um Hemmingen und Pattensen</li>
<li>Mittwoch, 12.06. von 16 bis ca. 19 Uhr Radtour in den Westen der Region</li>
</ul>
<h3>Dezember 2023: Seminar mit Frank</h3>
<p>Anfang Dezember kam Frank für ein Seminar zurück.</p>
</div></body></html>"""


def test_a_heading_of_a_day_and_its_event_beside_the_lists_is_an_event() -> None:
    records = stamps_on(_RIDES, date(2024, 5, 14))
    assert _day_of(records, "Kindertour 10 km") == "2024-06-08"
    assert _day_of(records, "Radtour durch das Calenberger Land") == "2024-06-02"
    # A month's news („Dezember 2023: …“) names no day: no event of its own.
    assert not [r for r in records if r[0] == "Seminar mit Frank"]


def test_a_heading_capitalised_at_its_start_is_named_again_below() -> None:
    records = stamps_on(_RIDES, date(2024, 5, 14))
    title = "Start mit Radelfrühstück im Storchennest des SC Westerfeld"
    assert _day_of(records, title) == "2024-05-26"


def test_the_real_stadtradeln_page_has_the_childrens_ride_and_the_breakfast() -> None:
    records = saved_page_stamps("pelican-adfc-hemmingen-stadtradeln-2024")
    assert _day_of(records, "Kindertour 10 km") == "2024-06-08"
    title = "Start mit Radelfrühstück im Storchennest des SC Hemmingen-Westerfeld"
    assert _day_of(records, title) == "2024-05-26"


def test_the_real_news_page_keeps_its_month_headings_out() -> None:
    titles = {r[0] for r in saved_page_stamps("static-taichi-dao-koeln-aktuelles-2026")}
    assert "Seminar mit Frank" not in titles
    assert "Zusätzlicher Trainingsort und -tag" not in titles


# Cause 2: a row that is one sentence about its day whose words after the day open with its verb
# („Am Samstag, den 12. Oktober 2024 spielen wir im Seepark ab 13.30 Uhr Doublette Supermêlée.“,
# „Am 5. Oktober kamen 26 Spieler … in den Seepark“) was titled by that verb-led rest; the
# heading above names the event (a heading that is a sentence by its subject), the sentence the
# round played that day, and the place before its clock is where.

_CUP = """<html><head><title>Aktuelles</title></head><body><main><div id="inhalt">
<h3>Der Sommercup läuft</h3>
<p>Am Samstag, den 12. Oktober 2024 spielen wir im Seepark ab 13.30 Uhr Doublette Supermêlée.
Das Spiel ist lizenzfrei.</p>
<p>Der Einsatz pro Spieler beträgt 5 EUR.</p>
<p>Am 5. Oktober kamen 26 Spieler und Spielerinnen bei schönstem Herbstwetter.</p>
<p>Am Samstag, den 28. September 2024 kamen bei Regen zur Doublette Formée 20 Spieler.</p>
</div></main></body></html>"""


def test_a_verb_led_sentence_row_is_named_by_the_heading_and_its_round() -> None:
    records = stamps_on(_CUP, date(2024, 10, 8))
    by_title = {title: (start, place) for title, start, _, place in records}
    assert by_title["Sommercup: Doublette Supermêlée"] == ("2024-10-12T13:30:00+02:00", "Seepark")
    assert by_title["Sommercup"][0] == "2024-10-05"
    assert by_title["Sommercup: Doublette Formée"][0] == "2024-09-28"


def test_the_real_october_page_names_the_cup_of_the_fifth() -> None:
    records = saved_page_stamps("php-bpv-freiburg-aktuelles-2024-10")
    assert _day_of(records, "Sommercup") == "2024-10-05"
    assert ("Sommercup: Doublette Supermêlée", "2024-10-12T13:30:00+02:00") in {
        (r[0], r[1]) for r in records
    }
    assert [r[3] for r in records if r[0] == "Sommercup: Doublette Supermêlée"] == ["Seepark"]


_NAMED_SUBJECT = """<html><head><title>Aktuelles</title></head><body><main><div id="inhalt">
<h3>Taste the Waste</h3>
<p>Am Sonntag (17.7.) geht die partizipative Baustelle in die nächste Runde.</p>
<p>Am Donnerstag (21.7.) zeigen wir um 20:30 Uhr einen Film.</p>
<p>Am Samstag (23.7.) kamen 26 Spieler zum Turnier.</p>
</div></main></body></html>"""


def test_a_verb_sentence_naming_its_subject_keeps_its_words() -> None:
    titles = [r[0] or "" for r in stamps_on(_NAMED_SUBJECT, date(2022, 7, 12))]
    # „geht die partizipative Baustelle …“: the subject is the event, the heading is not.
    assert any("partizipative baustelle" in title.casefold() for title in titles)
    assert "Taste the Waste" in titles  # „kamen 26 Spieler“ names none: the heading does


def test_the_real_summer_cup_page_names_the_round_after_the_count() -> None:
    records = saved_page_stamps("php-bpv-freiburg-aktuelles-2025-07")
    assert _day_of(records, "Sommercup: Doublette Formée") == "2025-06-21"
    titles = {r[0] for r in saved_page_stamps("ca-taste-the-waste-2022")}
    assert "Partizipative Baustelle" in titles  # the sentence's subject (session 53)


# Cause 3: the section of a heading named again below tells the rest of its event's day after the
# sentence that dated it: the hour it starts („Wir starten um 09:00 Uhr“) and events later that
# day, each an event noun with its clock („wo um 12:30 Uhr die Sternfahrt des regionalen ADFC zum
# Maschsee startet“, „Von 13 bis 18 Uhr feiern wir unter dem Motto „Maschsee Autofrei“ am … Ufer
# mit einem großen Fahrradfest“); a step of the outing with a clock and no event noun is none.


def test_events_later_that_day_are_the_clocked_event_nouns() -> None:
    from netdir.extract.later_that_day import events_later_that_day, start_clock

    text = (
        "Wir starten um 09:00 Uhr am Rathaus. Gegen 11:15 Uhr geht es weiter zum Hanomag-Gelände,"
        " wo um 12:30 Uhr die Sternfahrt des regionalen ADFC zum Maschsee startet. Von 13 bis 18"
        " Uhr feiern wir unter dem Motto „Maschsee Autofrei“ am Bennigsen-Ufer mit einem großen"
        " Fahrradfest, gutem Essen und Trinken."
    )
    assert start_clock(text) == "um 09:00 Uhr"
    assert [(e.name, e.clock, e.place) for e in events_later_that_day(text)] == [
        ("Sternfahrt des regionalen ADFC zum Maschsee", "12:30 Uhr", "Hanomag-Gelände"),
        ("Fahrradfest „Maschsee Autofrei“", "13 bis 18 Uhr", "Bennigsen-Ufer"),
    ]
    assert events_later_that_day("Gegen 11:15 Uhr geht es unter Führung des ADFC weiter.") == []


def test_the_real_stadtradeln_page_tells_the_opening_days_events() -> None:
    records = {r[0]: r for r in saved_page_stamps("pelican-adfc-hemmingen-stadtradeln-2024")}
    start = records["Start mit Radelfrühstück im Storchennest des SC Hemmingen-Westerfeld"]
    assert (start[1], start[3]) == (
        "2024-05-26T09:00:00+02:00",
        "Storchennest des SC Hemmingen-Westerfeld",
    )
    ride = records["Sternfahrt des regionalen ADFC zum Maschsee"]
    assert (ride[1], ride[3]) == ("2024-05-26T12:30:00+02:00", "Hanomag-Gelände")
    fest = records["Fahrradfest „Maschsee Autofrei“"]
    assert fest[1:] == (
        "2024-05-26T13:00:00+02:00",
        "2024-05-26T18:00:00+02:00",
        "Rudolf-von-Bennigsen-Ufer",
    )


# Cause 4: one sentence calls an event off for another held that day instead („Am Samstag, den
# 27. Juli 2024 findet der Sommercup nicht statt, weil das NOCTURNE ab 16.30 Uhr stattfindet.“):
# two events — the cup called off, the night tournament at its clock — not one titled by the
# sentence with the other's clock.

_INSTEAD = """<html><head><title>Aktuelles</title></head><body><main><div id="inhalt">
<h3>Der Sommercup ist ins Wasser gefallen</h3>
<p>Am Samstag, den 27. Juli 2024 findet der Sommercup nicht statt, weil das Nocturne ab 16.30
Uhr stattfindet.</p>
<p>Am Samstag, den 20. Juli 2024 spielen wir im Seepark ab 13.30 Uhr Doublette Formée.</p>
</div></main></body></html>"""


def test_a_sentence_calling_one_event_off_for_another_gives_both() -> None:
    saved = datetime.combine(date(2024, 7, 22), time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(_INSTEAD), fetched_at=saved)
    read = [normalize_record(r, today=date(2024, 7, 22)) for r in extract_page(page).records]
    by_title = {r.title: (r.start, r.status) for r in read}
    assert by_title["Sommercup"] == ("2024-07-27", "cancelled")
    assert by_title["Nocturne"] == ("2024-07-27T16:30:00+02:00", "scheduled")


def test_the_real_july_page_has_the_called_off_cup_and_the_nocturne() -> None:
    records = saved_page_stamps("php-bpv-freiburg-aktuelles-2024-07")
    assert _day_of(records, "Sommercup") == "2024-07-27"
    assert ("NOCTURNE", "2024-07-27T16:30:00+02:00") in {(r[0], r[1]) for r in records}


# Cause 5: a German note under the lists says where each event is („Die Radtouren des ADFC
# starten und enden jeweils am Rathausplatz in Hemmingen.“); only English notes on all meetings
# were read, and only beside the list's first row.


def test_a_note_with_jeweils_places_each_event_of_the_list() -> None:
    from netdir.extract.place_for_each import place_for_each

    assert place_for_each("Die Radtouren starten und enden jeweils am Rathausplatz in Hemmingen.")
    assert place_for_each("Die Proben finden jeweils im Gemeindesaal statt.") == "Gemeindesaal"
    assert place_for_each("Die Proben finden jeweils am Montag statt.") is None
    assert place_for_each("Die Radtouren starten am Rathausplatz.") is None  # no „jeweils“


def test_the_real_stadtradeln_rides_start_at_the_town_hall_square() -> None:
    records = {r[0]: r[3] for r in saved_page_stamps("pelican-adfc-hemmingen-stadtradeln-2024")}
    assert records["Radtour durch das Calenberger Land"] == "Rathausplatz in Hemmingen"
    assert records["Radtour in den Westen der Region"] == "Rathausplatz in Hemmingen"
