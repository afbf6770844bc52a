"""The place a JSON event object names: a text, or a venue object's name and address parts."""

from __future__ import annotations

from netdir.extract.json_place_text import place_text


def test_a_text_or_a_venues_name_and_address() -> None:
    assert place_text("  Aula ") == "Aula"
    venue = {"name": "Mesh", "address_1": "Akersgata 16", "city": "Oslo"}
    assert place_text(venue) == "Mesh, Akersgata 16, Oslo"
    # A city its address line already ends with stands once.
    assert place_text({"name": "Hub", "address": "Main St 1, Oslo", "city": "Oslo"}) == (
        "Hub, Main St 1, Oslo"
    )
    assert place_text(None) is None
    assert place_text({"id": 3}) is None


def test_an_oparl_locations_description_or_room() -> None:
    described = {
        "type": "https://schema.oparl.org/1.1/Location",
        "description": "Bürgersaal im Rathaus, Pfinztalstr. 33",
    }
    assert place_text(described) == "Bürgersaal im Rathaus, Pfinztalstr. 33"
    room_only = {
        "room": "Großer Sitzungssaal",
        "streetAddress": "",
        "postalCode": "",
        "locality": "",
    }
    assert place_text(room_only) == "Großer Sitzungssaal"
    full = {"room": "Raum 136", "streetAddress": "Musterstraße 5", "locality": "Musterort"}
    assert place_text(full) == "Raum 136, Musterstraße 5, Musterort"


def test_a_description_counts_only_without_a_name_and_when_short() -> None:
    named = {"name": "Stadthalle", "description": "Die Halle wurde 1910 gebaut."}
    assert place_text(named) == "Stadthalle"
    account = {"description": "Die Halle wurde 1910 gebaut und 1985 umfassend saniert; " * 3}
    assert place_text(account) is None


def test_mobilizes_venue_and_address_lines_and_a_place_not_known_yet() -> None:
    # Structured batch AZ: Mobilize's location {"venue", "address_lines": [...], "locality"};
    # a gig list's „Ort folgt“ is no place.
    location = {
        "venue": "Brevard County Government Center",
        "address_lines": ["2725 Judge Fran Jamieson Way", "Bldg C"],
        "locality": "Melbourne",
    }
    assert place_text(location) == (
        "Brevard County Government Center, 2725 Judge Fran Jamieson Way, Bldg C, Melbourne"
    )
    assert place_text("Ort folgt") is None
    assert place_text("Location: TBA") is None
    assert place_text("Folgter Straße 3") == "Folgter Straße 3"


def test_a_places_address_parts_in_an_object_of_their_own() -> None:
    # Structured batch BA: Facebook's "place": {"name", "location": {"street", "city", "zip"}}
    # (before: the name alone), a SAMS hall's "street".
    place = {
        "name": "G.D. Ritzy's",
        "location": {"city": "Huntington", "street": "1335 Hal Greer Blvd", "zip": "25701"},
    }
    assert place_text(place) == "G.D. Ritzy's, 1335 Hal Greer Blvd, Huntington"
    assert place_text({"name": "GdS", "location": {"city": "Celle", "country": "Germany"}}) == (
        "GdS, Celle"
    )
    assert place_text(
        {"name": "Halle II", "street": "Schwarzwaldstraße 12A", "city": "Müllheim"}
    ) == ("Halle II, Schwarzwaldstraße 12A, Müllheim")
