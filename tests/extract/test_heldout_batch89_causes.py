"""Held-out German batch 89 (listing pages: a user group's „Nächste Treffen“, a village
association's calendar table): the general causes of what netdir missed."""

from __future__ import annotations

from datetime import date

from netdir.extract import extract_page
from netdir.extract.acronym_names import spelt_out
from netdir.extract.status_badge import is_status_remark
from netdir.extract.title_text import is_junk_title
from netdir.normalize import normalize_record
from netdir.normalize.classify import classify_status
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import TRUTH
from tests.realpages.corpus import load_truth


def _records(html: str, today: date) -> list[tuple[str, str | None, str]]:
    records = extract_page(page_from_text(html, "https://example.org/")).records
    out = []
    for record in records:
        event = normalize_record(record, today=today)
        out.append((record.title, event.start, event.status))
    return out


def _page(page_id: str) -> list[tuple[str, str | None, str]]:
    truth = load_truth(TRUTH / f"{page_id}.yaml")
    html = (TRUTH.parent / "pages" / f"{page_id}.html").read_text(encoding="utf-8")
    records = extract_page(page_from_text(html, truth.base_url)).records
    return [
        (r.title, (e := normalize_record(r, today=truth.today)).start, e.status) for r in records
    ]


def _group_page(title: str, tagline: str, listing: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body><div class='container'>"
        f"<h1>{title}</h1><p>{tagline}</p><p>Wir treffen uns regelmäßig zum Austausch über "
        f"Projekte und Ideen.</p>{listing}<address>Hackerspace<br>Hauptstraße 1<br>"
        "12345 Beispielstadt</address></div></body></html>"
    )


# Cause 1: a site titled only by its acronym („PyStaDa“) names its group's bare meeting days by
# that acronym, though the page spells it out („die Webseite des Python Stammtisch Darmstadt“).


def test_an_acronym_is_spelt_out_by_the_words_that_open_with_its_parts() -> None:
    text = "PyStaDa pystada die webseite des python stammtisch darmstadt Wir verstehen uns"
    assert spelt_out("PyStaDa", text) == "Python Stammtisch Darmstadt"
    assert spelt_out("LUGT", "Willkommen bei der Linux User Group Tübingen!") == (
        "Linux User Group Tübingen"
    )
    # single letters need capitalised words; a plain name or an unspelt acronym stays
    assert spelt_out("LUGT", "lange und gute treffen") == "LUGT"
    assert spelt_out("Termine", "Termine des Vereins") == "Termine"
    assert spelt_out("PyStaDa", "Nächste Treffen") == "PyStaDa"


def test_bare_meeting_days_are_named_by_the_spelt_out_site_name() -> None:
    listing = (
        "<h2>Nächste Treffen</h2><ul><li><span>Donnerstag, 6. September 2018 um 19:00 Uhr"
        "</span></li><li><span>Donnerstag, 4. Oktober 2018 um 19:00 Uhr</span></li>"
        "<li><span>Donnerstag, 1. November 2018 um 19:00 Uhr</span></li></ul>"
    )
    html = _group_page("PyStaDa", "Die Webseite des Python Stammtisch Darmstadt", listing)
    records = _records(html, date(2018, 8, 8))
    assert [(title, start[:10] if start else None) for title, start, _ in records] == [
        ("Python Stammtisch Darmstadt", "2018-09-06"),
        ("Python Stammtisch Darmstadt", "2018-10-04"),
        ("Python Stammtisch Darmstadt", "2018-11-01"),
    ]


# Cause 2: what a day line says beside its day is no name when it is only a bracketed pointer
# to the meeting's agenda („(Agenda)“, „(Pad)“) or a remark on its status („fällt leider aus!“);
# the cancelled day keeps its status.


def test_a_bracketed_pointer_or_a_status_remark_names_nothing() -> None:
    assert is_junk_title("( Agenda )")
    assert is_junk_title("12. März 2014 um 19:30 Uhr (Pad)")
    assert not is_junk_title("Vortrag (Details folgen)")
    assert is_status_remark("fällt leider aus!")
    assert is_status_remark("Entfällt leider.")
    assert not is_status_remark("Sommerfest fällt aus")
    assert classify_status("Donnerstag um 19 Uhr fällt leider aus!", "") == "cancelled"
    assert classify_status(None, "Ausfallstraße gesperrt") == "scheduled"


def test_a_cancelled_or_agenda_linked_day_is_named_as_its_list_is() -> None:
    listing = (
        "<h2>Nächste Treffen</h2><ul><li><span>Donnerstag, 9. August 2018 um 19:00 Uhr fällt "
        "leider aus!</span></li><li><span>Donnerstag, 6. September 2018 um 19:00 Uhr "
        "(<a href='https://pads.example.org/2018-09-06'>Agenda</a>)</span></li>"
        "<li><span>Donnerstag, 4. Oktober 2018 um 19:00 Uhr</span></li></ul>"
    )
    html = _group_page("PyStaDa", "Die Webseite des Python Stammtisch Darmstadt", listing)
    records = _records(html, date(2018, 8, 8))
    assert [(title, start[:10] if start else None, status) for title, start, status in records] == [
        ("Python Stammtisch Darmstadt", "2018-08-09", "cancelled"),
        ("Python Stammtisch Darmstadt", "2018-09-06", "scheduled"),
        ("Python Stammtisch Darmstadt", "2018-10-04", "scheduled"),
    ]


# Cause 3: a page whose heading only announces the next meeting („<h2>Nächstes Treffen</h2>“
# over its day) was read as one event named „Nächstes Treffen“: the group's meeting, named by
# the site's name.


def test_a_next_meeting_heading_over_its_day_names_the_groups_meeting() -> None:
    listing = (
        "<h2>Nächstes Treffen</h2><p>12. März 2014 um 19:30 Uhr "
        "(<a href='https://pads.example.org/2014-03-12'>Pad</a>)</p>"
    )
    html = _group_page("PyStaDa", "Die Webseite des Python Stammtisch Darmstadt", listing)
    records = _records(html, date(2014, 2, 26))
    assert [(title, start) for title, start, _ in records] == [
        ("Python Stammtisch Darmstadt", "2014-03-12T19:30:00+01:00")
    ]


def test_the_user_groups_pages_name_each_meeting_by_the_group() -> None:
    assert _page("html-pystada-treffen-2014-02") == [
        ("Python Stammtisch Darmstadt", "2014-03-12T19:30:00+01:00", "scheduled")
    ]
    assert [(t, s[:10] if s else None) for t, s, _ in _page("html-pystada-treffen-2014-06")] == [
        ("Python Stammtisch Darmstadt", "2014-07-02"),
        ("Python Stammtisch Darmstadt", "2014-07-16"),
        ("Python Stammtisch Darmstadt", "2014-07-30"),
    ]
    assert [
        (t, s[:10] if s else None, st) for t, s, st in _page("html-pystada-treffen-2018-08")
    ] == [
        ("Python Stammtisch Darmstadt", "2018-08-09", "cancelled"),
        ("Python Stammtisch Darmstadt", "2018-09-06", "scheduled"),
        ("Python Stammtisch Darmstadt", "2018-10-04", "scheduled"),
    ]


# Cause 4: the address right below a list of bare meeting days is where they all take place.


def test_the_address_below_a_list_of_days_places_each_day() -> None:
    listing = (
        "<h2>Nächste Treffen</h2><ul><li>Mittwoch, 2. Juli 2014 um 19:30 Uhr</li>"
        "<li>Mittwoch, 16. Juli 2014 um 19:30 Uhr</li><li>Mittwoch, 30. Juli 2014 um 19:30 Uhr"
        "</li></ul><address><em>Trollhöhle</em> des Chaos-Darmstadt<br>Wilhelm-Leuschner-Straße"
        " 36<br>64293 Darmstadt</address>"
    )
    html = (
        "<html><head><title>PyStaDa</title></head><body><h1>PyStaDa</h1>"
        f"<p>Die Webseite des Python Stammtisch Darmstadt</p>{listing}</body></html>"
    )
    records = extract_page(page_from_text(html, "https://example.org/")).records
    assert {r.location_text for r in records} == {
        "Trollhöhle des Chaos-Darmstadt, Wilhelm-Leuschner-Straße 36, 64293 Darmstadt"
    }
    assert len(records) == 3


# Cause 5: a calendar table's text cell that opens with its clock („16.11.“ | „12:00 Uhr Mobile
# Schadstoffsammlung …“) kept the clock in the title and the day untimed.


def test_a_clock_opening_the_title_cell_times_the_rows_day() -> None:
    rows = "".join(
        f"<tr><td>{day}</td><td>{text}</td></tr>"
        for day, text in [
            ("03.11.", "Heimatnachmittag des Schützenvereins"),
            ("16.11.", "12:00 Uhr Mobile Schadstoffsammlung Bushaltestelle Ortsmitte"),
            ("17.11.", "09:00 Uhr Abfahrt zur Wanderung des Heimatvereins"),
            ("07.12.", "Weihnachtsbaumauslieferung am Feuerwehrhaus"),
        ]
    )
    html = (
        "<html><body><h2>Termine 2024</h2><table><thead><tr><th>Datum</th><th></th></tr>"
        f"</thead><tbody>{rows}</tbody></table></body></html>"
    )
    records = _records(html, date(2024, 11, 4))
    assert [(title, start) for title, start, _ in records] == [
        ("Heimatnachmittag des Schützenvereins", "2024-11-03"),
        ("Mobile Schadstoffsammlung Bushaltestelle Ortsmitte", "2024-11-16T12:00:00+01:00"),
        ("Abfahrt zur Wanderung des Heimatvereins", "2024-11-17T09:00:00+01:00"),
        ("Weihnachtsbaumauslieferung am Feuerwehrhaus", "2024-12-07"),
    ]


def test_the_village_calendar_times_its_rows_by_their_opening_clocks() -> None:
    records = dict((t, s) for t, s, _ in _page("hugo-klassengeist-meerhof-termine-2024"))
    assert records["Mobile Schadstoffsammlung Bushaltestelle Ortsmitte"] == (
        "2024-11-16T12:00:00+01:00"
    )
    assert records["Karnevalsauftakt des MCC"] == "2024-11-16T20:00:00+01:00"
    assert len(records) == 11


def test_a_cell_that_only_says_canceled_still_names_no_offering() -> None:
    # „April 30 | Canceled | | Everett Walter's Funeral, 2:00 at …“: the colloquium's row whose
    # own cell says it is off is no offering (the remark rule reads only a remark on the day's
    # own line).
    records = _page("static-nau-math-colloquium-spring-2019")
    assert len(records) == 13
    assert not any("Funeral" in title or "Colloquium" in title for title, _, _ in records)
