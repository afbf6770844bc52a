"""Causes of wrong titles and places on pages of the real-page corpus (issue #11: the fields
read, not the items found), each pinned on its page."""

from __future__ import annotations

from pathlib import Path

from netdir.extract import extract_page
from netdir.extract.place_lines import venue_part_of_title
from tests.extract.conftest import page_from_text

PAGES = Path(__file__).parents[1] / "realpages" / "pages"


def _records(page: str, url: str) -> list[tuple[str, str | None]]:
    html = (PAGES / page).read_text(encoding="utf-8")
    records = extract_page(page_from_text(html, url)).records
    return [(r.title, r.location_text) for r in records]


def test_a_list_crossing_names_and_bracketed_places_reads_the_bracket_as_the_place() -> None:
    # <td>Breakfast Spike (Heldenplatz)</td>, <td>Breakfast Spike (Sporthalle)</td>,
    # <td>Training (Auer-Welsbach-Park)</td>, <td>Spike (AWP)</td>, <td>Planung Sommer-Saison
    # (AWP)</td>: one name with several brackets, one bracket with several names — the
    # bracket is the list's place column, not part of the name.
    got = _records("hugo-roundnetwien-termine-2019.html", "https://wiener-roundnet.com/termine/")
    assert ("Breakfast Spike", "Heldenplatz") in got
    assert ("Breakfast Spike", "Sporthalle") in got
    assert ("Training", "Auer-Welsbach-Park") in got
    assert ("Planung Sommer-Saison", "AWP") in got
    assert ("1. Generalversammlung", None) in got
    assert not [title for title, _ in got if title.endswith(")")]


def test_brackets_that_do_not_cross_names_stay_in_the_title() -> None:
    # „Teamtage (Kita geschlossen)“, „Betriebsausflug (Kita geschlossen)“: one bracket for
    # several names, never several brackets for one name — a note, not a place column.
    got = _records(
        "wp-kitatrier-schneidershof-termine.html",
        "https://www.kita-trier.de/kita-schneidershof/termine/",
    )
    assert ("Teamtage (Kita geschlossen)", None) in got


def _place_of(page: str, url: str, title: str) -> str | None:
    return next(place for got, place in _records(page, url) if got == title)


def test_an_unlabelled_venue_line_after_the_title_or_date_is_the_place() -> None:
    # <h3>Workshop „ArcheoToolBox“ am 31. Oktober 2008</h3><p>Ruhr-Universität Bochum, …,
    # Konferenzraum in der 6. Etage</p>; „19.01.2027 um 19:00 Uhr<br>Klingenberg-OS<br>
    # Alberichstraße 24, 12683 Berlin“ (a venue line, then its address line).
    archeoinf = (
        "static-archeoinf-veranstaltungen.html",
        "http://www.archeoinf.de/veranstaltungen.html",
    )
    assert _place_of(*archeoinf, "Workshop „ArcheoToolBox“") == (
        "Ruhr-Universität Bochum, Universitätsbibliothek, Konferenzraum in der 6. Etage"
    )
    gymstep = ("static-gymstep-biesdorf-termine.html", "https://gymstep.de/termine/")
    assert _place_of(*gymstep, "Wahlversammlung") == (
        "Klingenberg-OS, Alberichstraße 24, 12683 Berlin"
    )
    assert _place_of(*gymstep, "Feuerwerk der Turnkunst") == "Uber Arena"


def test_a_phrase_ending_in_a_venue_word_is_no_place_line() -> None:
    # „Musikalische Vorführungen und Vorträge in der Gymnasialkirche“ under the time says what
    # happens; the card's address line names the place.
    got = _records("wordpress-releuchtet-programm.html", "https://re-leuchtet.de/programm")
    places = {place for title, place in got if title == "Vivian Swoboda"}
    assert places and not any("Vorführungen" in (place or "") for place in places)


def test_the_place_line_and_the_labelled_place_beside_a_meetings_link() -> None:
    # SessionNet: <div><a>…Sitzung des Rates…</a></div><ul><li>17:02-20:21 Uhr</li><li>Rathaus,
    # im Ratssaal</li></ul> in the link's cell; RIS München: <div class="keyvalue-key">
    # Sitzungsort:</div><div class="keyvalue-value">Großer Sitzungssaal</div> below the link.
    luedenscheid = (
        "sessionnet-luedenscheid-kalender.html",
        "https://buergerinfo.luedenscheid.de/si0040.asp",
    )
    assert _place_of(
        *luedenscheid, "öffentliche/nicht öffentliche Sitzung des Rates der Stadt Lüdenscheid"
    ) == ("Rathaus, im Ratssaal")
    muenchen = (
        "ris-muenchen-str-kalender.html",
        "https://risi.muenchen.de/risi/sitzung/kalender/str",
    )
    assert _place_of(*muenchen, "Sozialausschuss") == "Großer Sitzungssaal"


def test_an_hour_range_before_the_name_is_no_part_of_the_title() -> None:
    # <li>Sonntag, 19. Juni 2016, 13-18 Uhr: Scala</li>: hours without minutes joined by a dash.
    got = _records(
        "static-opensourcetreffen-termine.html", "https://www.opensourcetreffen.de/termine.html"
    )
    assert "Scala" in [title for title, _ in got]


def test_a_conference_page_dated_by_a_day_dash_place_line_under_its_h1() -> None:
    # <h1>Material 2018</h1><h2>A conference exploring the concept of the Web as a
    # material</h2><p>Friday, November 16th, 2018 — Reykjavík, Iceland</p>: the line dates the
    # event and says where; the <h2> under the <h1> is its tagline; the <title> part "Friday,
    # November 16th, Reykjavík" opens with the date, so its rest is no name.
    html = (PAGES / "static-material-conference-2018.html").read_text(encoding="utf-8")
    records = extract_page(page_from_text(html, "https://material.is/2018/")).records
    assert [(r.title, r.date_text, r.location_text) for r in records] == [
        ("Material 2018", "Friday, November 16th, 2018", "Reykjavík, Iceland")
    ]


def test_a_teasers_linked_date_dash_place_line_does_not_make_a_listing_an_event_page() -> None:
    # „Anwendertreffen 2015 Freitag, 25. September 2015 - Kassel, mehr“ links its own page: the
    # page stays a listing with the event's full name.
    html = (PAGES / "static-qgisde-veranstaltungen.html").read_text(encoding="utf-8")
    records = extract_page(page_from_text(html, "http://www.qgis.de/veranstaltungen.html")).records
    assert "Anwendertreffen der QGIS Anwendergruppe Deutschland" in [r.title for r in records]


def _one(page: str, url: str) -> tuple[str, str | None]:
    html = (PAGES / page).read_text(encoding="utf-8")
    records = extract_page(page_from_text(html, url)).records
    assert len(records) == 1
    return records[0].title, records[0].location_text


def test_a_meeting_name_label_the_dated_title_wraps_names_the_meeting() -> None:
    # Legistar: „Meeting Name:“ City Council, <title> „… - Meeting of City Council on 1/23/2019
    # …“: the label gives the bare name. SessionNet's „Sitzung:“ Rat/05/2012 (a number the
    # <title> does not hold) leaves the <title>'s name.
    legistar = _one(
        "legistar-stpaul-meeting-detail.html",
        "https://stpaul.legistar.com/MeetingDetail.aspx?GUID=175B19CE-A034-4C76-B59D-EB264420F691"
        "&ID=673702&Options=info&Search=",
    )
    assert legistar[0] == "City Council"
    sessionnet = _one(
        "sessionnet-luedenscheid-sitzung.html",
        "https://buergerinfo.luedenscheid.de/si0050.asp?__ksinr=2379",
    )
    assert sessionnet[0] == (
        "öffentliche/nicht öffentliche Sitzung des Rates der Stadt Lüdenscheid"
    )


def test_an_agenda_note_after_the_meetings_name_is_no_part_of_it() -> None:
    # <h1>Mittwoch, 30. September 2026, 09:00 Uhr - Vollversammlung (TO freigegeben)</h1>: the
    # note says the agenda is out; and the words after the dash of the heading that names the
    # meeting are its name, not its place.
    assert _one(
        "ris-muenchen-vollversammlung-to.html",
        "https://risi.muenchen.de/risi/sitzung/detail/9141186/tagesordnung/oeffentlich",
    ) == ("Vollversammlung", None)


def test_an_invitation_names_its_meeting_and_where_to_come() -> None:
    # <h2>Einladung</h2><p>Hiermit lade ich zur 34. Gemeinderatssitzung – öffentlich - am
    # <strong>Montag, den 24.02.2025 um 18:30 Uhr</strong> in das Dorfgemeinschaftshaus
    # Hoitlingen ein.</p> (a news block), and the same in three paragraphs on a page about it.
    url = "https://www.gemeinde-tiddische.de/aktuelles.html"
    listing = _records("static-tiddische-aktuelles-2025-02.html", url)
    assert ("34. Gemeinderatssitzung", "Dorfgemeinschaftshaus Hoitlingen") in listing
    assert _one("static-tiddische-aktuelles-2024-12.html", url) == (
        "33. Gemeinderatssitzung",
        "Dorfgemeinschaftshaus Hoitlingen",
    )


def test_a_title_joining_a_name_and_a_venue_gives_the_venue_as_the_place() -> None:
    # rio-sys: „22.01.2026, 19:00 Uhr<br>Altes Schulhaus - Gemeinderat“ (place - committee);
    # a club's „Fischerfest, Anglerheim“. A part that says what happens there („Mascha und
    # der Bär - Aufführung im Kolpinghaus“) stays in the title.
    riosys = _records(
        "rio-sys-badboll-sitzungen.html", "https://ris.bad-boll.de/index.php?b=sitzungen&jahr=2026"
    )
    assert ("Gemeinderat", "Altes Schulhaus") in riosys
    assert ("Gemeinderat", "Aula") in riosys
    assert venue_part_of_title("Fischerfest, Anglerheim") == ("Fischerfest", "Anglerheim")
    assert venue_part_of_title("Mascha und der Bär - Aufführung im Kolpinghaus") is None
    assert venue_part_of_title("Rathaus, Ratssaal") is None
