"""A page about one event is read as one event: labelled pairs, or a heading with its date."""

from __future__ import annotations

from datetime import date

from netdir.extract import extract_page
from netdir.normalize import normalize_record
from tests.extract.conftest import FIXTURES, page_from_text
from tests.extract.test_realpage_causes import PAGES


def one_event(html: str, url: str = "https://rat.example/sitzung/42") -> tuple:
    result = extract_page(page_from_text(html, url))
    assert result.extractors == ["event_page"]
    (record,) = result.records
    return record.title, record.date_text, record.location_text, record.url


def test_label_and_value_in_separate_elements() -> None:
    html = """<body><nav><a href="/">Start</a> <a href="/termine">Termine</a></nav>
      <h1>Tagesordnung</h1>
      <div class="row"><div class="label">Sitzung:</div><div class="value">Rat, 8. Sitzung</div></div>
      <div class="row"><div class="label">Gremium:</div><div class="value">Rat</div></div>
      <div class="row"><div class="label">Startdatum:</div><div class="value">21. März 2027</div></div>
      <div class="row"><div class="label">Uhrzeit:</div><div class="value">19 Uhr</div></div>
      <div class="row"><div class="label">Ort:</div><div class="value">Rathaus, Ratssaal</div></div>
      <h2>Öffentlicher Teil</h2><table><tr><td>TOP 1</td><td><a href="/v/1">Einwohnerfragestunde</a></td></tr>
      <tr><td>TOP 2</td><td><a href="/v/2">Haushalt 2027</a></td></tr></table></body>"""
    assert one_event(html) == (
        "Rat, 8. Sitzung",
        "21. März 2027, 19 Uhr",
        "Rathaus, Ratssaal",
        "https://rat.example/sitzung/42",
    )  # "Sitzung:" names it rather than "Gremium:"; the agenda items are no offerings


def test_a_row_of_labels_above_a_row_of_values() -> None:
    html = """<body><h1>Tagesordnung</h1><table>
      <tr><th>DATUM</th><th>ORT</th><th>GREMIUM</th><th>BEGINN</th></tr>
      <tr><td>24.09.2026</td><td>Rathaus Delitzsch, Sitzungssaal</td><td>Stadtrat</td><td>17:30</td></tr>
      </table></body>"""
    assert one_event(html)[:3] == (
        "Stadtrat",
        "24.09.2026, 17:30",
        "Rathaus Delitzsch, Sitzungssaal",
    )


def test_heading_with_the_date_names_the_event() -> None:
    html = "<body><h2>Sitzung Rat am 03.09.2026</h2><p>Öffentlicher Teil</p></body>"
    assert one_event(html)[:2] == ("Sitzung Rat", "03.09.2026")


def test_news_article_with_its_publication_date_is_no_event() -> None:
    result = extract_page(page_from_text((FIXTURES / "article_no_listing.html").read_text()))
    assert result.records == []


def test_real_meeting_page_under_a_site_title() -> None:
    # RIS-NG: h1 is the site's name, h2 the committee, then "Sitzung am 27.01.2026 um 19:00 Uhr".
    html = (PAGES / "risng-beilstein-sitzung.html").read_text(encoding="utf-8")
    result = extract_page(page_from_text(html, "https://ratsinformationssystem.beilstein.de/ris"))
    (record,) = result.records
    offering = normalize_record(record, today=date(2026, 1, 1))
    assert (offering.title, offering.start) == ("Gemeinderat", "2026-01-27T19:00:00+01:00")
    assert record.field_sources["title"] == "event_page:h2"


def test_qualified_date_label_time_on_the_next_line_and_an_address_cell() -> None:
    """Meeting Mobile (Lichtenstein): "Geplanter Sitzungstermin:" / "08.10.26 (Donnerstag)",
    the times in the unlabelled row below, the place over three lines of one cell."""
    page = PAGES / "meeting-mobile-lichtenstein-sitzung.html"
    title, date_text, place, _url = one_event(page.read_text("utf-8"))
    assert title == "Technischer Ausschuss"
    assert date_text == "08.10.26 (Donnerstag), 18:30 Uhr - 22:00 Uhr"
    assert place == "Sitzungssaal, Rathausplatz 17, 72805 Lichtenstein"


def test_publication_note_is_no_date_label() -> None:
    html = """<body><h1>Neue Förderrichtlinie</h1>
      <div><span>Veröffentlicht am:</span> <span>21. März 2027</span></div>
      <p>Die Richtlinie gilt ab sofort.</p></body>"""
    assert extract_page(page_from_text(html)).records == []


def test_an_event_on_several_days_stated_as_time_elements() -> None:
    """Drupal Smart Date: no heading, one ``<time datetime>`` pair per day, the event's name
    only in ``<title>`` before the site's name; a byline's time is no occurrence."""
    html = """<html><head><title>Foodie Fridays - City of Prince George</title></head><body>
      <p class="meta">Posted <time datetime="2025-06-01T09:00:00-07:00">June 1</time></p>
      <div class="when"><time datetime="2025-07-04T11:00:00-07:00">Fri, Jul 4 2025, 11am</time>
        - <time datetime="2025-07-04T15:00:00-07:00">3pm</time></div>
      <div class="when"><time datetime="2025-07-18T11:00:00-07:00">Fri, Jul 18 2025, 11am</time>
        - <time datetime="2025-07-18T15:00:00-07:00">3pm</time></div>
      <div><div>Location</div><div><p>Canada Games Plaza</p></div></div></body></html>"""
    result = extract_page(page_from_text(html, "https://pg.example/events/foodie-fridays"))
    assert result.extractors == ["event_page"]
    assert [(r.title, r.start, r.end, r.location_text) for r in result.records] == [
        ("Foodie Fridays", "2025-07-04T11:00:00-07:00", "2025-07-04T15:00:00-07:00", "Canada Games Plaza"),
        ("Foodie Fridays", "2025-07-18T11:00:00-07:00", "2025-07-18T15:00:00-07:00", "Canada Games Plaza"),
    ]  # fmt: skip
    assert result.records[0].field_sources["start"] == "event_page:time@datetime"
    assert result.records[0].field_sources["title"] == "event_page:title"


def test_a_labelled_meeting_header_wins_over_dated_agenda_documents() -> None:
    """SD.NET RIM 4 (Wesel): "Sitzung:" / "Termin:" / "Ort:" above agenda documents dated
    "(exportiert: 18.09.2026)" that the listing detector takes for a dated list."""
    html = (PAGES / "sdnet-rim4-wesel-sitzung.html").read_text("utf-8")
    title, date_text, place, _url = one_event(html)
    assert (title, date_text) == ("Rat , 8. Sitzung", "Di, 29.09.2026 16:30 Uhr")
    assert place == "Rathaus der Stadt Wesel, Klever-Tor-Platz 1, 46483 Wesel, Sitzungssaal"


def test_a_dated_page_title_names_the_meeting_before_a_committee_label() -> None:
    """PARLIS: "Gremium: Ortsbeirat 10" is the committee; the <title> names the meeting."""
    html = (PAGES / "parlis-tagesordnung-ortsbeirat.html").read_text("utf-8")
    title, date_text, _place, _url = one_event(html)
    assert title == "Tagesordnung der 5. Sitzung des OBR 10"
    assert "20.10.2026" in date_text


def test_a_place_value_keeps_its_address_lines() -> None:
    """hitcom (the address block nested in the venue's element) and WordPress MEC (a venue
    heading, then its ``<address>`` in the next ``<dd>``)."""
    hitcom = (PAGES / "hitcom-schiltach-sitzung.html").read_text("utf-8")
    assert one_event(hitcom)[2] == "Rathaus Schiltach, Marktplatz 6, 77761 Schiltach"
    mec = """<body><h1>Bingo Night</h1><div><h3>Date</h3><dl><dd>Jan 7 2026</dd></dl></div>
      <div><h3>Location</h3><dl><dd><h6>Legion Prince George</h6></dd>
      <dd><address>1116 6 Ave, Prince George, BC V2L 3M6</address></dd></dl></div>
      <div><h3>Organizer</h3><dl><dd><h6>Legion 43</h6></dd></dl></div>
      <p>Bring your own dabber. Doors open one hour before the first game.</p></body>"""
    assert one_event(mec)[2] == "Legion Prince George, 1116 6 Ave, Prince George, BC V2L 3M6"
