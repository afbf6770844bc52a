"""A feed item that lists its showings: one record per dated list line (held-out batch AB)."""

from __future__ import annotations

from datetime import date

from netdir.extract import extract_page
from netdir.extract.feed_showings import showings
from netdir.normalize.record import normalize_record
from tests.extract.conftest import page_from_text

_PRODUCTION = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Theater – Produktionen</title><link>https://example.org/</link>
<lastBuildDate>Sat, 10 Oct 2026 12:40:33 +0000</lastBuildDate>
<item><title>Märchen für Erwachsene</title><link>https://example.org/maerchen</link>
<pubDate>Tue, 06 Oct 2026 09:45:53 +0000</pubDate><description><![CDATA[
<p><i>Nur für Erwachsene</i></p><p>Ort: Jacobhütte</p><ul>
<li>Fr. 13.11.2026, 19:00 Uhr: Kaiser Trojan hat Ziegenohren / Fischer un sin Fru</li>
<li>Sa. 14.11.2026, 19:30 Uhr: Ayşenbrödel &amp; Rumpelstilzchen – <b>ausverkauft</b></li>
<li>Fr. 06.11.2026, 19:00 Uhr – <b>ausverkauft</b></li>
<li>… und 167 weitere Termine</li></ul>
<p><a href="https://example.org/tickets">Tickets</a></p>]]></description></item>
</channel></rss>"""

_WEEK = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Theater – Wochenprogramm</title><link>https://example.org/</link>
<item><title>Theater: 05.10. – 11.10.2026 (2 Vorstellungen)</title><link>https://example.org/</link>
<pubDate>Mon, 28 Sep 2026 08:00:00 +0200</pubDate><description><![CDATA[
<h3>Sa. 10.10.2026</h3><ul><li>20:30 Darkest Thoughts – Märchenhütten –
<a href="https://example.org/t">Tickets</a></li><li>22:00 Late Show</li></ul>]]></description></item>
</channel></rss>"""


def test_each_dated_line_of_a_production_is_a_showing() -> None:
    page = page_from_text(
        _PRODUCTION, "https://example.org/produktionen.xml", "application/rss+xml"
    )
    records = extract_page(page).records
    assert [(r.title, r.date_text, r.location_text) for r in records] == [
        (
            "Kaiser Trojan hat Ziegenohren / Fischer un sin Fru",
            "Fr. 13.11.2026, 19:00 Uhr",
            "Jacobhütte",
        ),
        ("Ayşenbrödel & Rumpelstilzchen", "Sa. 14.11.2026, 19:30 Uhr", "Jacobhütte"),
        ("Märchen für Erwachsene", "Fr. 06.11.2026, 19:00 Uhr", "Jacobhütte"),  # the item's name
    ]
    assert records[0].field_sources["date_text"] == "feed:item.summary li (a showing)"
    assert {r.url for r in records} == {"https://example.org/maerchen"}


def test_a_week_item_dates_its_lines_by_the_day_heading_above() -> None:
    page = page_from_text(_WEEK, "https://example.org/woche.xml", "application/rss+xml")
    first, second = extract_page(page).records
    assert (first.title, first.date_text, first.location_text) == (
        "Darkest Thoughts",
        "Sa. 10.10.2026 20:30",
        "Märchenhütten",  # the field after the name; the link's „Tickets“ is no field
    )
    assert (second.title, second.date_text, second.location_text) == (
        "Late Show",
        "Sa. 10.10.2026 22:00",
        None,
    )


def test_lines_that_do_not_open_with_a_day_are_no_showings() -> None:
    found, place = showings(
        "<p>Ort: Rathaus</p><ul><li>Eintritt frei bis 12.03.2026</li><li>Anmeldung nötig</li></ul>"
    )
    assert (found, place) == ([], "Rathaus")
    assert showings("<p>Sa. 10.10.2026, 20:30 Uhr</p>") == ([], None)  # no list: the item's own day


def test_a_booking_note_is_no_part_of_the_title() -> None:
    page = page_from_text(
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:1\nDTSTART:20261106T180000Z\n"
        "SUMMARY:Knack den Fall ! – AUSVERKAUFT\nEND:VEVENT\nEND:VCALENDAR\n",
        "https://example.org/termine.ics",
        "text/calendar",
    )
    (raw,) = extract_page(page).records
    assert normalize_record(raw, today=date(2026, 10, 10)).title == "Knack den Fall !"
