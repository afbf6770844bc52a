"""A site's own XML export of its events, read as the JSON objects it spells (xml_records)."""

from __future__ import annotations

from netdir.extract import extract_page
from netdir.extract.xml_records import looks_like_xml_document, xml_values
from tests.extract.conftest import page_from_text

_EXPORT = """<?xml version="1.0" encoding="UTF-8"?>
<root><Export><meta><headline>Veranstaltungen</headline></meta>
<Veranstaltung><START Label="am/von">2026-12-06 17:00:00</START><END Label="bis">2026-12-06 18:30:00</END>
<_event_TITLE Label="Titel">Adventskonzert</_event_TITLE>
<_place_NAME Label="Name des Veranstaltungsortes">Stadtkirche</_place_NAME></Veranstaltung>
<Veranstaltung><START>2026-12-24 16:00:00</START><END>2026-12-24 17:00:00</END>
<_event_TITLE>Christvesper</_event_TITLE><_place_NAME/></Veranstaltung>
</Export></root>"""


def _records(text: str, content_type: str | None = "application/xml") -> list[tuple]:
    page = page_from_text(text, "https://example.org/termine.xml", content_type=content_type)
    result = extract_page(page)
    return [(r.title, r.start, r.end, r.location_text) for r in result.records]


def test_an_event_export_of_its_own_xml_gives_its_events() -> None:
    assert _records(_EXPORT) == [
        ("Adventskonzert", "2026-12-06T17:00:00", "2026-12-06T18:30:00", "Stadtkirche"),
        ("Christvesper", "2026-12-24T16:00:00", "2026-12-24T17:00:00", None),
    ]


def test_events_written_as_attributes() -> None:
    text = '<events><event title="Sommerfest" start="2026-07-04" place="Rathausplatz"/></events>'
    assert _records(text, content_type=None) == [("Sommerfest", "2026-07-04", None, "Rathausplatz")]


def test_a_feed_without_atoms_namespace_with_worded_days_and_clocks() -> None:
    text = (
        "<feed><entry><title>Kohlfahrt</title><date>21. Januar 2027</date>"
        "<time>18:00 bis 24:00 Uhr</time></entry>"
        "<entry><title>Silvesterbuffet</title><date>31. Dezember 2026</date>"
        "<time>von 18:00 bis 23:00 Uhr</time></entry></feed>"
    )
    got = [(title, start[:16], end and end[:16]) for title, start, end, _ in _records(text)]
    assert got == [
        ("Kohlfahrt", "2027-01-21T18:00", "2027-01-22T00:00"),
        ("Silvesterbuffet", "2026-12-31T18:00", "2026-12-31T23:00"),
    ]


def test_feeds_pages_and_schedules_are_left_to_their_readers() -> None:
    atom = '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>'
    assert not looks_like_xml_document(atom, "application/atom+xml")
    assert not looks_like_xml_document('<rss version="2.0"><channel/></rss>', None)
    assert not looks_like_xml_document("<!DOCTYPE html><html><body></body></html>", None)
    assert not looks_like_xml_document('{"title": "x"}', "application/json")
    assert looks_like_xml_document("<termine><termin/></termine>", None)
    assert xml_values('<schedule><day date="2026-01-01"/></schedule>') is None


def test_a_document_type_or_entity_is_refused_unread() -> None:
    text = (
        '<!DOCTYPE t [<!ENTITY e "x">]><termine><termin title="&e;" start="2026-01-01"/></termine>'
    )
    assert xml_values(text) is None


def test_repeated_elements_become_a_list_and_leaves_their_text() -> None:
    values = xml_values("<a><b k='1'>x</b><b>y</b><c><d/></c></a>")
    assert values == {"a": {"b": ["x", "y"], "c": {"d": ""}}}


def test_a_place_its_description_names_when_its_place_fields_are_empty() -> None:
    text = (
        "<termine><termin><titel>Seminar</titel><start>2026-03-02</start>"
        "<ort></ort><info>Wir lesen gemeinsam.\n\nVeranstaltungsort: Haus am See\n\n"
        "Seminarnummer: 12</info></termin></termine>"
    )
    assert _records(text) == [("Seminar", "2026-03-02", None, "Haus am See")]


def test_slashed_days_are_day_first_when_another_of_the_document_can_only_be() -> None:
    # The vote reads the document's texts as they stand in its parsed values (no JSON text).
    text = (
        "<events><event><title>Stammtisch</title><start>03/04/2027</start></event>"
        "<event><title>Sommerfest</title><start>25/04/2027</start></event></events>"
    )
    assert [(title, start) for title, start, _, _ in _records(text)] == [
        ("Stammtisch", "2027-04-03"),
        ("Sommerfest", "2027-04-25"),
    ]
