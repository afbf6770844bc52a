"""The header of a table's place column, read alike by the column reader and the small-table
reader (``block_columns.PLACE_COLUMN`` and ``VENUE_COLUMN``: one list)."""

from __future__ import annotations

from netdir.extract.block_columns import table_column_labels
from netdir.extract.block_places import _names_the_place
from netdir.html_depth import parse_html

# A course's dates as a university's subscription page lists them (2013): the room column is
# headed „Raum“.
_COURSE_DATES = (
    "<table><tr><th>Datum</th><th>Uhrzeit</th><th>Raum</th><th>Zuletzt ge&auml;ndert</th>"
    "<th>Von</th><th>Kommentar</th></tr><tr><td>14.06.2013</td><td>11:00</td><td>LdV HS 2</td>"
    "<td>2013.06.08 <br/>23:53Uhr</td><td>Kuske</td>"
    "<td>Raum- und Termin&auml;um&auml;nderung wegen ISWI</td></tr></table>"
)


def test_a_room_column_is_the_place_column() -> None:
    table = parse_html(_COURSE_DATES).css_first("table")
    assert table is not None
    labels = table_column_labels(table.css("tr"))
    assert labels[2] == "location_text"  # „LdV HS 2“ is where the date takes place


def test_both_readers_take_the_same_place_headers() -> None:
    # Headers of real tables: the folk-dance calendar's „Veranstaltungsort | … | Wirtshaus“
    # (held-out batch 17), the fasting hikes' „Ort“, the science centre's „Location“, the
    # course dates' „Raum“; „Datum“, „Uhrzeit“, „Musik“, „Preis“ head no place.
    places = ["Veranstaltungsort", "Wirtshaus", "Ort", "Location", "Raum"]
    others = ["Datum", "Uhrzeit", "Musik", "Preis", "Time", "Tickets"]
    assert [label for label in places + others if _names_the_place(label)] == places
