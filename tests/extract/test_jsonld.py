"""JSON-LD: @graph, arrays, ItemList, Course, EventSeries, nested places; damaged blocks."""

from __future__ import annotations

from netdir.extract import extract_page
from tests.extract.conftest import PageFromFixture, SourceFactory, page_from_text


def by_title(records: list) -> dict:
    return {record.title: record for record in records}


def test_graph_and_array_blocks_yield_events_but_not_the_publisher(
    fixture_page: PageFromFixture,
) -> None:
    result = extract_page(
        fixture_page("jsonld_graph.html", "https://initiatived21.de/veranstaltungen/")
    )

    assert result.extractors == ["jsonld"]
    records = by_title(result.records)
    assert set(records) == {
        "GovTalk 2026 – Das Netzwerkevent zum Digitalen Staat",
        "Digitalforum Kommune & Land",
        "D21-Digital-Index 2026/27: Vorstellung der Ergebnisse",
    }  # the Organization in the Yoast @graph is the site's publisher, not an offering
    govtalk = records["GovTalk 2026 – Das Netzwerkevent zum Digitalen Staat"]
    assert govtalk.url == "https://initiatived21.de/veranstaltungen/govtalk-2026/"
    assert govtalk.start == "2026-11-05T09:30:00+01:00"
    assert govtalk.end == "2026-11-05T18:00:00+01:00"
    assert govtalk.all_day is False
    assert govtalk.venue == "Vertretung des Landes Rheinland-Pfalz beim Bund"
    assert govtalk.city == "Berlin"
    assert govtalk.location_text == (
        "Vertretung des Landes Rheinland-Pfalz beim Bund, In den Ministergärten 6, 10117 Berlin"
    )
    assert govtalk.organizer == "Initiative D21 e.V."
    assert govtalk.attendance_mode == "OfflineEventAttendanceMode"
    assert govtalk.status_text == "EventScheduled"
    assert govtalk.cost_text == "0 EUR"
    assert govtalk.audience_text == "Beschäftigte der öffentlichen Verwaltung"
    assert govtalk.topics == ["Digitaler Staat", "Netzwerk", "Verwaltungsdigitalisierung"]
    assert govtalk.confidence == 1.0
    assert govtalk.field_sources["start"] == "jsonld:Event.startDate"
    assert govtalk.field_sources["venue"] == "jsonld:Event.location.name"


def test_trailing_commas_comments_entities_and_virtual_locations_are_read(
    fixture_page: PageFromFixture,
) -> None:
    records = by_title(extract_page(fixture_page("jsonld_graph.html")).records)

    forum = records["Digitalforum Kommune & Land"]
    assert (
        forum.description == "Austausch zwischen Kommunen und Ländern über gemeinsame Plattformen."
    )
    assert forum.start == "2027-02-10" and forum.end == "2027-02-11"
    assert forum.all_day is True
    assert forum.location_text == "Haus der Kommunen, Lennéstraße 11, 10785 Berlin; online"
    assert forum.attendance_mode == "MixedEventAttendanceMode"
    assert forum.organizer == "Initiative D21 e.V.; Deutscher Landkreistag"
    assert forum.extra["online_url"] == "https://webex.example/d21-forum"

    index = records["D21-Digital-Index 2026/27: Vorstellung der Ergebnisse"]
    assert index.status_text == "EventCancelled"
    assert index.attendance_mode == "OnlineEventAttendanceMode"
    assert index.location_text == "online"
    assert index.field_sources["title"] == "jsonld:BusinessEvent.name"


def test_a_doubled_comma_is_read_as_one() -> None:
    # EventON's block: „"endDate": "2018-7-19T23-23-59-00",,“ and a trailing comma before „}“.
    html = (
        '<script type="application/ld+json">{"@context": "http://schema.org", "@type": "Event",'
        ' "name": "LE VAUDREUIL GOLF CHALLENGE", "startDate": "2018-07-19",,'
        ' "description": "LE VAUDREUIL GOLF CHALLENGE",\n\n}</script>'
    )
    records = extract_page(page_from_text(html, "https://golf.example/")).records
    assert [(r.title, r.start) for r in records] == [("LE VAUDREUIL GOLF CHALLENGE", "2018-07-19")]
    assert records[0].field_sources["title"] == "jsonld:Event.name"


def test_item_list_expands_courses_series_and_listed_organizations(
    fixture_page: PageFromFixture, make_source: SourceFactory
) -> None:
    source = make_source(kind="event")
    records = extract_page(fixture_page("jsonld_itemlist.html"), source).records

    course_runs = [r for r in records if r.title == "Grundlagen agiler Verwaltungsarbeit"]
    assert [(r.start, r.end) for r in course_runs] == [
        ("2027-01-12", "2027-01-13"),
        ("2027-03-02", "2027-03-03"),
    ]
    assert {r.kind for r in course_runs} == {"course"}
    assert course_runs[1].city == "Brühl"
    assert course_runs[0].attendance_mode == "online"
    assert course_runs[0].organizer == "Bundesakademie für öffentliche Verwaltung"
    assert course_runs[0].url == "https://www.digitalakademie.bund.de/kurse/agile-grundlagen"

    by_name = by_title(records)
    series = by_name["What's NExT? – Impulse zu digitalen Schwerpunktthemen"]
    assert series.kind == "event_series"
    assert series.organizer == "NExT e.V."
    talk = by_name["What's NExT? Wissensmanagement"]
    assert talk.kind == "event"  # a plain Event keeps the source's kind
    assert talk.start == "2027-02-04T15:00:00+01:00"
    network = by_name["Netzwerk Digitallotsinnen und Digitallotsen"]
    assert network.kind == "organization"
    assert network.city == "Berlin"
    assert len(records) == 6


def test_damaged_blocks_are_repaired_or_skipped(fixture_page: PageFromFixture) -> None:
    page = fixture_page("jsonld_damaged.html", "https://negz.org/termin/negz-herbsttagung-2025")
    records = by_title(extract_page(page).records)

    assert set(records) == {
        "NEGZ-Herbsttagung 2025",
        "NEGZ-Stammtisch Berlin",
        "NEGZ-Klausurtagung 2026",
    }
    herbst = records["NEGZ-Herbsttagung 2025"]
    assert herbst.venue == "Universität Speyer"
    assert herbst.city == "Speyer"
    # No url in the data: the event is the detail page's own.
    assert herbst.url == "https://negz.org/termin/negz-herbsttagung-2025"
    assert herbst.field_sources["url"] == "page"
    assert records["NEGZ-Stammtisch Berlin"].description == "Offener Stammtisch für alle Mitglieder"


def test_page_without_events_yields_no_jsonld_records() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@context":"https://schema.org",'
        '"@type":"Organization","name":"NExT e.V.","url":"https://next-netz.de/"}</script>'
        '<script type="application/ld+json">{"@type":"WebSite","name":"NExT"}</script>'
        "</head><body><p>Willkommen</p></body></html>"
    )
    result = extract_page(page_from_text(html))
    assert result.records == []


def test_a_whole_json_ld_body_is_read_without_html(make_source: SourceFactory) -> None:
    body = (
        '{"@context": "https://schema.org", "@graph": [{"@type": "Event", "name": "Digitaltag Kommune",'
        ' "startDate": "2027-06-18", "url": "/digitaltag"},]}'
    )
    page = page_from_text(body, "https://kommune.example/events.jsonld", "application/ld+json")
    result = extract_page(page, make_source(extract="jsonld"))
    assert result.extractors == ["jsonld"]
    (record,) = result.records
    assert (record.title, record.url, record.start) == (
        "Digitaltag Kommune",
        "https://kommune.example/digitaltag",
        "2027-06-18",
    )


def test_a_block_nested_thousands_deep_never_costs_its_siblings() -> None:
    from datetime import UTC, datetime

    from netdir.extract import extract_page
    from netdir.records import Page

    for depth in (900, 5000, 100_000):
        deep = '{"@type": "Event", "name": "Tief", "about": ' + "[" * depth + "]" * depth + "}"
        good = '{"@type": "Event", "name": "Fachtag", "startDate": "2027-02-02"}'
        html = "".join(
            f'<script type="application/ld+json">{block}</script>' for block in (deep, good)
        )
        page = Page("s", "http://x/", "http://x/", 200, datetime.now(UTC),
                    content_type="text/html", text=html)  # fmt: skip
        result = extract_page(page)
        assert "Fachtag" in [record.title for record in result.records], depth
        assert result.issues == []


def test_references_by_id_are_resolved_and_a_repeated_event_counts_once() -> None:
    graph = """{"@context": "https://schema.org", "@graph": [
      {"@type": "Event", "@id": "https://x.org/e/1#event", "name": "Fachtag Open Data",
       "startDate": "2027-05-04T09:00", "location": {"@id": "https://x.org/#venue"},
       "organizer": {"@id": "https://x.org/#org"}},
      {"@type": "Place", "@id": "https://x.org/#venue", "name": "Kulturzentrum",
       "address": {"@id": "https://x.org/#addr"}},
      {"@type": "PostalAddress", "@id": "https://x.org/#addr", "streetAddress": "Marktplatz 1",
       "postalCode": "04109", "addressLocality": "Leipzig"},
      {"@type": "Organization", "@id": "https://x.org/#org", "name": "Stadt Leipzig"},
      {"@type": "ItemList", "itemListElement": [{"@type": "ListItem", "position": 1, "item":
        {"@type": "Event", "name": "Fachtag Open Data", "startDate": "2027-05-04T09:00",
         "url": "https://x.org/e/1"}}]}]}"""
    html = f'<script type="application/ld+json">{graph}</script>'
    (record,) = extract_page(page_from_text(html, "https://x.org/e/1")).records
    assert record.location_text == "Kulturzentrum, Marktplatz 1, 04109 Leipzig"
    assert record.organizer == "Stadt Leipzig"


def test_a_us_address_keeps_its_state() -> None:
    block = """{"@type": "SportsEvent", "name": "Missoula Marathon", "startDate": "2027-07-11",
      "location": {"@type": "Place", "address": {"@type": "PostalAddress",
      "addressLocality": "Missoula", "addressRegion": "MT"}}}"""
    html = f'<script type="application/ld+json">{block}</script>'
    (record,) = extract_page(page_from_text(html)).records
    assert record.location_text == "Missoula, MT" and record.city == "Missoula"
