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
