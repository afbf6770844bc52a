"""Session 37, leftovers of earlier batches: general causes of misses, extras and wrong places on
pages already in the real-page corpus (each with a minimal snippet and the real page)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

from selectolax.lexbor import LexborHTMLParser

from netdir.extract import extract_page
from netdir.extract.announcing_headings import announced_online
from netdir.extract.block_places import split_title_at_place, stated_place
from netdir.extract.block_reading import BlockReading
from netdir.extract.follow_up_parts import follow_up_part
from netdir.extract.prose_link_rows import is_prose_around_a_link, labelled_place_row
from netdir.extract.title_text import is_job_ads_heading, is_junk_title
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import PAGES, TRUTH
from tests.realpages.corpus import load_truth


def _records(page_id: str) -> list[tuple[str | None, str | None, str | None]]:
    """(title, start, place) of a corpus page's records, read on the day it was saved."""
    truth = load_truth(TRUTH / f"{page_id}.yaml")
    html = (PAGES / f"{page_id}.html").read_text(encoding="utf-8")
    saved = datetime.combine(truth.today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html, truth.base_url), fetched_at=saved)
    records = extract_page(page).records
    return [
        (r.title, normalize_record(r, today=truth.today).start, r.location_text) for r in records
    ]


def _page(html: str, today: date) -> list[tuple[str | None, str | None, str | None]]:
    """(title, start, place) of a snippet's records, read on ``today``."""
    saved = datetime.combine(today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html, "https://example.org/"), fetched_at=saved)
    records = extract_page(page).records
    return [(r.title, normalize_record(r, today=today).start, r.location_text) for r in records]


# Cause 1: a heading announcing its event as held online („Die Luzerner Rollenspieltage finden
# online statt!“) gave the subject as the name but no place; the reader knows it is online.


def test_an_announcement_held_online_says_where() -> None:
    assert announced_online("Die Kieler Kulturnacht findet online statt!")
    assert announced_online("Startseite Die Kieler Kulturnacht findet digital statt")
    assert not announced_online("Die Kieler Kulturnacht findet am")
    assert not announced_online("Online-Kulturnacht Kiel")


def test_a_heading_announcing_an_online_event_gives_online_as_its_place() -> None:
    html = (
        "<html><head><title>Kulturnacht | Startseite</title></head><body><main>"
        "<h1>Die Kieler Kulturnacht findet online statt!<br><small>12. + 13. Juni 2026</small>"
        "</h1><p>Ein Wochenende voller Musik.</p></main></body></html>"
    )
    assert _page(html, date(2026, 5, 1)) == [("Kieler Kulturnacht", "2026-06-12", "online")]


def test_the_online_convention_of_2020_is_online() -> None:
    assert _records("hugo-rollenspieltage-luzern-2020-online") == [
        ("Luzerner Rollenspieltage", "2020-08-29", "online")
    ]


# Cause 2: a village calendar's row without a day that tells when and where to meet for the
# row above („28.12. | Traditionswanderungen …“ over „ | Treffen für beide Wanderungen um 10:00
# Uhr vorm Wald“) left the hike day-only and placeless; and a row „Abfahrt am Parkplatz vorm
# Wald zur Wanderung …“ was titled by its departure, not by the hike it departs to.

_VILLAGE_TABLE = (
    "<html><body><main><h2>Termine 2026</h2><table><thead><tr><th>Datum</th><th></th></tr>"
    "</thead><tbody>"
    "<tr><td>03.11.</td><td>Heimatnachmittag des Schützenvereins</td></tr>"
    "<tr><td>09.11.</td><td>Konzert der Musikkapelle</td></tr>"
    "<tr><td>17.11.</td><td>09:00 Uhr Abfahrt am Parkplatz am Sportheim zur Wanderung nach "
    "Herbram (ca. 14 km)</td></tr>"
    "<tr><td>28.12.</td><td>Traditionswanderung des Heimatvereins</td></tr>"
    "<tr><td></td><td>Treffen für beide Wanderungen um 10:00 Uhr vorm Wald</td></tr>"
    "<tr><td></td><td>1. Wanderung zur Schutzhütte (direkt; ca. 4 km)</td></tr>"
    "</tbody></table></main></body></html>"
)


def test_the_row_below_gives_the_meeting_hour_and_point() -> None:
    records = _page(_VILLAGE_TABLE, date(2026, 11, 1))
    assert ("Traditionswanderung des Heimatvereins", "2026-12-28T10:00:00+01:00", "vorm Wald") in (
        records
    )
    assert ("Heimatnachmittag des Schützenvereins", "2026-11-03", None) in records


def test_a_departure_row_is_named_by_the_event_it_departs_to() -> None:
    records = _page(_VILLAGE_TABLE, date(2026, 11, 1))
    assert ("Wanderung nach Herbram", "2026-11-17T09:00:00+01:00", "Parkplatz am Sportheim") in (
        records
    )


def test_the_village_hikes_have_their_hours_and_meeting_points() -> None:
    records = _records("hugo-klassengeist-meerhof-termine-2024")
    assert (
        "Tranditionswanderungen des EGV-Meerhof „Zwischen den Feiertagen“",
        "2024-12-28T10:00:00+01:00",
        "vorm Wald",
    ) in records
    assert (
        "Wanderung des EGV-Meerhof von Herbram-Wald nach Herbram",
        "2024-11-17T09:00:00+01:00",
        "Parkplatz vorm Wald",
    ) in records


# Cause 3: undated furniture read as offerings beside a page's dated ones — a paragraph that
# only mentions a link („Weitere Infos … findest du unter <a>Aktionen</a>.“, „Ihr findet uns auch
# auf dem <a>Mobilitätswende-Camp</a> auf der Theresienwiese:“) where the dated paragraphs are
# few; the „Location“ term of the page's event and its linked value; a dialog the page opens on
# demand („Premium erforderlich“).


def test_a_sentence_leading_into_the_paragraphs_below_only_mentions_its_link() -> None:
    row = "Ihr findet Sand im Getriebe auch auf dem Mobilitätswende-Camp auf der Theresienwiese:"
    assert is_prose_around_a_link(row, "Mobilitätswende-Camp")
    assert not is_prose_around_a_link("Mobilitätswende-Camp: Programm", "Mobilitätswende-Camp")


def test_a_place_term_and_its_value_are_no_offering() -> None:
    row = page_from_text(
        "<html><body><p><strong>Location</strong><br><a href='/loc/'>B-Swingt Berlin</a></p>"
        "<p><strong>Tanzschule</strong><br><a href='/k/'>Balboa Kurs</a></p></body></html>"
    )
    tree = LexborHTMLParser(row.text or "")
    first, second = tree.css("p")
    assert labelled_place_row([first], "B-Swingt Berlin")
    assert not labelled_place_row([second], "Balboa Kurs")


def test_undated_furniture_beside_a_posts_dated_paragraphs_is_left_out() -> None:
    assert [t for t, _s, _p in _records("ca-taste-the-waste-2022")] == [
        "Partizipative Baustelle",  # the sentence's subject (session 53)
        "10 Milliarden – Wie werden wir alle satt?",
    ]  # not „Aktionen“ (the link of „… findest du unter Aktionen.“)
    assert all(start for _t, start, _p in _records("wordpress-sandimgetriebe-sig-programm-2021-09"))
    assert "B-Swingt Berlin" not in [
        t for t, _s, _p in _records("wp-em-hopit-bswingt-sommerworkshops-2012")
    ]
    assert _records("spielerplus-spiel-2023-01") == []  # only its closed dialogs had titles


# Cause 4: a post's fair „… laden wir Euch herzlich zum Fest … auf den Mendelejewplatz ein!“ had
# no place (only „in den/im … ein“ was read), and the film that closes its day („Zum Abschluss
# zeigen wir ab 16:30 Uhr in der Aula des CA den Film „Ernte teilen““) was no record.


def test_invited_onto_a_square_is_the_place() -> None:
    line = "Am Sonntag laden wir Euch herzlich zum Fest „Frühling“ auf den Marktplatz ein!"
    assert stated_place([line]) == "Marktplatz"
    assert stated_place(["Wir stimmen Euch auf den Advent ein."]) is None


def test_the_named_part_closing_the_day_is_an_offering_of_its_own() -> None:
    lines = [
        "Sonntag, 21. April 2026 von 14:30 bis 16:30 Uhr",
        "Zum Abschluss zeigen wir ab 16:30 Uhr in der Aula den Film „Ernte teilen“ über Höfe.",
    ]
    part = follow_up_part(lines, 0, lines[0])
    assert part is not None
    assert (part.title, part.date_text, part.place) == (
        "Film „Ernte teilen“",
        "21. April 2026, 16:30 Uhr",
        "Aula",
    )
    assert (
        follow_up_part(
            ["21. April 2026", "Anschließend gibt es um 17 Uhr Kuchen."], 0, "21. April 2026"
        )
        is None
    )
    html = (
        "<html><head><title>Frühlingsfest</title></head><body><main><h1>Frühlingsfest im Hof</h1>"
        "<p>Am Sonntag, <strong>21. April 2026 von 14:30 bis 16:30 Uhr</strong> laden wir Euch "
        "herzlich zum Fest auf den Marktplatz ein!</p><p>Es gibt ein buntes Programm.</p>"
        "<p>Zum Abschluss zeigen wir ab 16:30 Uhr in der Aula den Film „Ernte teilen“.</p>"
        "</main></body></html>"
    )
    assert _page(html, date(2026, 4, 1)) == [
        ("Frühlingsfest im Hof", "2026-04-21T14:30:00+02:00", "Marktplatz"),
        ("Film „Ernte teilen“", "2026-04-21T16:30:00+02:00", "Aula"),
    ]


def test_the_fair_and_its_closing_film_on_the_real_page() -> None:
    assert _records("ca-fruehlingserwachen-2024") == [
        ("Frühlingserwachen im CA", "2024-04-21T14:30:00+02:00", "Mendelejewplatz"),
        ("Film „Ernte teilen“", "2024-04-21T16:30:00+02:00", "Aula des CA"),
    ]


# Cause 5: „Am Samstag, 04. Mai findet von 11:00 Uhr - 16:00 Uhr der Tag der Städtebauförderung
# auf dem Hospital Gelände statt.“ — the verb of taking place before its hours gave no start, and
# „auf dem … statt“ no place.


def test_the_verb_of_taking_place_before_its_hours_gives_the_start() -> None:
    html = (
        "<html><head><title>Tag der offenen Tür</title></head><body><main>"
        "<h1>Tag der offenen Tür im Haus</h1><p>Am Samstag, 04. Mai 2026 findet von 11:00 Uhr - "
        "16:00 Uhr der Tag der offenen Tür auf dem Hospital Gelände statt.</p>"
        "<p>Zahlreiche Vereine bieten ein buntes Programm an.</p></main></body></html>"
    )
    assert _page(html, date(2026, 4, 20)) == [
        ("Tag der offenen Tür im Haus", "2026-05-04T11:00:00+02:00", "Hospital Gelände")
    ]
    assert stated_place(["Das Treffen findet auf der Suche nach Ideen statt."]) is None


def test_the_day_of_urban_renewal_has_its_hour_and_site() -> None:
    assert _records("ca-tag-der-staedtebaufoerderung-2024") == [
        ("Tag der Städtebauförderung im CA", "2024-05-04T11:00:00+02:00", "Hospital Gelände")
    ]


# Cause 6: „<a>GorillaT @ System Saturdays</a> (<a>LMH</a>)“ — a table that names each row's
# venue in a bracket after the name: the „@“ joins an act to its party series and is no place.


def test_an_at_sign_stays_in_a_name_whose_row_brackets_its_venue() -> None:
    series = BlockReading(title="GorillaT @ System Saturdays")
    split_title_at_place(series, "22:00 GorillaT @ System Saturdays (LMH)")
    assert (series.title, series.location_text) == ("GorillaT @ System Saturdays", None)
    trip = BlockReading(title="Climbing day @ Joshua Tree")
    split_title_at_place(trip, "Sat 12 Climbing day @ Joshua Tree")
    assert (trip.title, trip.location_text) == ("Climbing day", "Joshua Tree")


def test_the_london_table_keeps_the_party_series_in_the_name() -> None:
    titles = [t for t, _s, _p in _records("hugo-londonevents-table-2023-12")]
    assert "GorillaT @ System Saturdays" in titles


# Cause 7: „The next Section Meeting is our Fall 2018 Meeting on Friday, November 16 and
# Saturday, November 17, 2018, at Southern New Hampshire University in Manchester, NH.“ — the
# venue right after the day's year in the announcing sentence was no place.


def test_an_english_venue_after_the_days_year_is_the_place() -> None:
    html = (
        "<html><head><title>Meetings</title></head><body><main><h1>Section Meetings</h1>"
        "<h2>Next Meeting</h2><ul><li>The next Section Meeting is our Fall 2026 Meeting on "
        "Friday, November 13, 2026, at Keene State College in Keene, NH. More information "
        "will follow.</li></ul></main></body></html>"
    )
    records = _page(html, date(2026, 6, 1))
    assert [(start, place) for _t, start, place in records] == [
        ("2026-11-13", "Keene State College in Keene, NH")
    ]


def test_the_mathematical_societys_meeting_has_its_university() -> None:
    assert _records("php-nesmaa-meetings-2018-06") == [
        ("Fall 2018 Meeting", "2018-11-16", "Southern New Hampshire University in Manchester, NH")
    ]


# Cause 8: „<h2>Next Council Meeting</h2><p>Scheduled for 7.00pm Tuesday 18 August.</p>“ at the
# end of the page's introduction, above an accordion of days („18 August 2026“ over its agenda
# links): the row of that day took no hour from the lead that tells it again with its clock.


def test_the_day_told_again_in_the_lead_gives_its_row_the_hour() -> None:
    intro = " ".join(["Council meetings are open to the public and streamed online."] * 8)
    html = (
        "<html><body><main><div class='intro'><p>" + intro + "</p>"
        "<h2>Next Council Meeting</h2><p>Scheduled for 7.00pm Tuesday 18 August.</p></div>"
        "<div class='acc'><h2>Agendas and Minutes</h2>"
        "<h3>18 August 2026</h3><div><p><a href='/a1.pdf'>Council Meeting No. 662 - Agenda</a></p></div>"
        "<h3>21 July 2026</h3><div><p><a href='/a2.pdf'>Council Meeting No. 661 - Agenda</a></p></div>"
        "<h3>16 June 2026</h3><div><p><a href='/a3.pdf'>Council Meeting No. 660 - Agenda</a></p></div>"
        "</div></main></body></html>"
    )
    assert [start for _t, start, _p in _page(html, date(2026, 8, 10))] == [
        "2026-08-18T19:00:00+02:00",
        "2026-07-21",
        "2026-06-16",
    ]


def test_brimbanks_next_meeting_has_its_hour() -> None:
    records = _records("drupal-brimbank-council-meetings-2026")
    assert records[0][:2] == ("Council Meeting No. 662", "2026-08-18T19:00:00+02:00")
    assert records[1][:2] == ("Council Meeting No. 661", "2026-07-21")


# Cause 9: „<h3>Nächster Termin 24.07.2025, Kulturfabrik Moabit</h3>“ over a jam session's labels
# titled the record by when and where the next one is; the page's <title> names what it is.


def test_a_heading_that_only_says_when_the_next_one_is_names_nothing() -> None:
    html = (
        "<html><head><title>Jamsession – Kulturinsel</title></head><body><main>"
        "<h1>Get up and jam!</h1><h3>Nächster Termin 24.07.2026, Kulturfabrik</h3>"
        "<p>Bringt eure Instrumente mit.</p><ul><li><strong>Ort:</strong> Kulturfabrik, "
        "Lehrter Str. 35, 10557 Berlin</li><li><strong>Datum:</strong> 24.07.2026</li>"
        "<li><strong>Uhrzeit:</strong> 19:00 Uhr</li></ul></main></body></html>"
    )
    assert [(t, s) for t, s, _p in _page(html, date(2026, 7, 1))] == [
        ("Jamsession", "2026-07-24T19:00:00+02:00")
    ]


def test_the_jam_session_is_named_by_its_page() -> None:
    assert [t for t, _s, _p in _records("html-kulturinselmoabit-jamsession-2025")] == ["Jamsession"]


# Cause 10: „<small><a href=…openstreetmap…>Link zu Open Streetmaps</a></small>“ under a map's
# iframe was an undated offering of its own.


def test_a_link_to_a_map_names_nothing() -> None:
    assert is_junk_title("Link zu Open Streetmaps")
    assert is_junk_title("View on Google Maps")
    assert is_junk_title("Karte anzeigen")
    assert not is_junk_title("Kartenvorverkauf")
    assert not is_junk_title("Mapping Party")
    assert "Link zu Open Streetmaps" not in [
        t for t, _s, _p in _records("static-physikerchor-mitmachen-2025")
    ]


# Cause 11: „Die bundesweite Vorbereitungstagung … findet am 11. und 12. Februar im Online-Format
# statt“: the sentence that says where it takes place says online.


def test_taking_place_in_the_online_format_is_online() -> None:
    html = (
        "<html><head><title>Tagung</title></head><body><main><h1>Vorbereitungstagung 2026</h1>"
        "<p>Die bundesweite Vorbereitungstagung 2026 findet am 11. und 12. Februar 2026 im "
        "Online-Format statt; unser Projekt wird daran teilnehmen.</p></main></body></html>"
    )
    assert [p for _t, _s, p in _page(html, date(2026, 2, 1))] == ["online"]


def test_the_preparatory_conference_is_online() -> None:
    records = _records("wp-feuerwehrverband-vorbereitungstagung-2022")
    assert [(s, p) for _t, s, p in records] == [("2022-02-11", "online")]


# Cause 12: „<h4>Aktuelle Stellenangebote aus und um Bernau</h4>“ over a post's job ads, beside its
# dated event tips, was an undated offering of its own.


def test_a_heading_of_job_ads_is_no_offering() -> None:
    assert is_job_ads_heading("Aktuelle Stellenangebote aus und um Bernau")
    assert is_job_ads_heading("Job openings")
    assert not is_job_ads_heading("Jobmesse Bernau")
    assert not is_job_ads_heading("Infoabend zu Stellenangeboten im Ehrenamt")
    titles = [t for t, _s, _p in _records("wp-bernaulive-veranstaltungstipps-2023")]
    assert "Aktuelle Stellenangebote aus und um Bernau" not in titles
