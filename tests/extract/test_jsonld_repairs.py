"""Damaged JSON-LD as real CMSs print it: repaired where possible, readable parts kept."""

from __future__ import annotations

from netdir.extract import extract_page
from netdir.extract.jsonld import parse_jsonld_text
from tests.extract.conftest import page_from_text


def page_with_blocks(*blocks: str, body: str = "<h1>Programm</h1>") -> str:
    scripts = "".join(f'<script type="application/ld+json">{block}</script>' for block in blocks)
    return f"<html><head>{scripts}</head><body>{body}</body></html>"


def test_invalid_escape_leading_zero_and_inner_quotes_are_repaired() -> None:
    block = (
        '{"@context":"https://schema.org","@type":"MusicEvent",'
        '"name":"Rock \\\'n\\\' Roll Nacht mit "The Beatles Revival"",'
        '"startDate":"2019-9-18T20:00",'
        '"location":{"@type":"Place","name":"Werk 2","address":{"@type":"PostalAddress",'
        '"streetAddress":"Kochstraße 132","postalCode":04277,"addressLocality":"Leipzig"}}}'
    )
    (record,) = extract_page(page_from_text(page_with_blocks(block))).records
    assert record.title == "Rock 'n' Roll Nacht mit \"The Beatles Revival\""
    assert record.start == "2019-09-18T20:00"  # unpadded ISO date padded
    assert record.location_text == "Werk 2, Kochstraße 132, 04277 Leipzig"
    assert record.field_sources["start"] == "jsonld:MusicEvent.startDate"


def test_one_broken_event_in_an_array_does_not_lose_the_others() -> None:
    block = (
        '[{"@type":"Event","name":"Stadtführung Altstadt","startDate":"2026-05-02"},'
        '{"@type":"Event","name":"Kaputt" "startDate": },'
        '{"@type":"Event","name":"Orgelkonzert im Dom","startDate":"2026-05-09"}]'
    )
    records = extract_page(page_from_text(page_with_blocks(block))).records
    assert [(r.title, r.start) for r in records] == [
        ("Stadtführung Altstadt", "2026-05-02"),
        ("Orgelkonzert im Dom", "2026-05-09"),
    ]


def test_events_nested_in_a_place_or_a_band_are_found() -> None:
    block = (
        '{"@context":"https://schema.org","@type":"MusicGroup","name":"Die Ärzte",'
        '"event":[{"@type":"MusicEvent","name":"Die Ärzte live","startDate":"2026-06-12T20:00",'
        '"location":{"@type":"Place","name":"Waldbühne","address":"Berlin"}}]}'
    )
    place = (
        '{"@type":"Place","name":"Kulturzentrum Schlachthof","events":['
        '{"@type":"Event","name":"Poetry Slam","startDate":"2026-07-01"},'
        '{"@type":"Event","name":"Flohmarkt","startDate":"2026-07-05"}]}'
    )
    records = extract_page(page_from_text(page_with_blocks(block, place))).records
    assert [(r.title, r.start) for r in records] == [
        ("Die Ärzte live", "2026-06-12T20:00"),
        ("Poetry Slam", "2026-07-01"),
        ("Flohmarkt", "2026-07-05"),
    ]


def test_deeply_nested_block_does_not_drop_its_valid_siblings() -> None:
    hostile = "[" * 1200 + "]" * 1200
    deep_object = '{"@type":"Event","x":' * 950 + "1" + "}" * 950
    good = '{"@type":"Event","name":"Tag der offenen Tür","startDate":"2026-09-12"}'
    html = page_with_blocks(hostile, deep_object, good)
    records = extract_page(page_from_text(html)).records
    assert [(r.title, r.start) for r in records] == [("Tag der offenen Tür", "2026-09-12")]


def test_valid_blocks_take_the_fast_path_unchanged() -> None:
    text = '{"@type": "Event", "name": "A \\"quoted\\" word", "postalCode": "04109"}'
    assert parse_jsonld_text(text) == [
        {"@type": "Event", "name": 'A "quoted" word', "postalCode": "04109"}
    ]


def test_jsonld_and_microdata_of_one_event_merge_field_by_field() -> None:
    block = '{"@type":"Event","name":"Sommerfest im Park","startDate":"2026-07-18T15:00"}'
    microdata = (
        '<div itemscope itemtype="https://schema.org/Event">'
        '<h1 itemprop="name">Sommerfest im Park</h1>'
        '<span itemprop="location" itemscope itemtype="https://schema.org/Place">'
        '<span itemprop="name">Bürgerpark</span><span itemprop="address">Bremen</span></span>'
        '<a itemprop="url" href="/sommerfest">Details</a></div>'
        '<div itemscope itemtype="https://schema.org/Event"><span itemprop="name">Herbstmarkt</span>'
        '<meta itemprop="startDate" content="2026-10-03"></div>'
    )
    result = extract_page(page_from_text(page_with_blocks(block, body=microdata)))
    assert result.extractors == ["jsonld", "microdata"]
    fest, markt = result.records
    assert (fest.title, fest.start, fest.venue) == (
        "Sommerfest im Park",
        "2026-07-18T15:00",
        "Bürgerpark",
    )
    assert fest.url == "https://example.org/sommerfest"
    assert fest.field_sources["start"] == "jsonld:Event.startDate"
    assert fest.field_sources["venue"] == "microdata:Event.location.name"
    assert (markt.title, markt.start) == ("Herbstmarkt", "2026-10-03")
