"""An event object's label/value rows are read as the keys they name (json_label_facts)."""

from __future__ import annotations

import json

from netdir.extract import extract_page
from netdir.extract.json_label_facts import with_label_facts
from tests.extract.conftest import page_from_text


def test_rows_of_a_label_and_a_value_become_keys() -> None:
    node = {
        "titel": "Live-Übertragung",
        "infos": [
            {"label": "Termin", "wert": "So. 14.06.2026, 19.00 Uhr"},
            {"label": "Ort:", "wert": "Bierhütte im Biergarten"},
        ],
    }
    facts = with_label_facts(node)
    assert facts["termin"] == "So. 14.06.2026, 19.00 Uhr"
    assert facts["ort"] == "Bierhütte im Biergarten"
    # schema.org's additionalProperty has the same shape.
    props = {
        "additionalProperty": [{"@type": "PropertyValue", "name": "Einlass", "value": "18 Uhr"}]
    }
    assert with_label_facts(props)["einlass"] == "18 Uhr"


def test_a_key_the_object_states_itself_wins_and_other_lists_stay_lists() -> None:
    node = {"ort": "Saal", "infos": [{"label": "Ort", "wert": "Garten"}]}
    assert with_label_facts(node)["ort"] == "Saal"
    people = {"team": [{"name": "Anna", "value": "x", "role": "Chor", "mail": "a@b.de"}]}
    assert with_label_facts(people) == people  # rows with more fields are things, not facts
    mixed = {"infos": [{"label": "Ort", "wert": "Saal"}, "Eintritt frei"]}
    assert with_label_facts(mixed) == mixed


def test_an_events_json_with_its_facts_in_rows() -> None:
    events = {
        "veranstaltungen": [
            {
                "titel": "Heimatabend",
                "datum": "Sa. 26.09.2026",
                "infos": [
                    {"label": "Eintritt", "wert": "10,- €"},
                    {"label": "Einlass", "wert": "19.30 Uhr"},
                ],
            },
            {
                "titel": "Spargel am Bösch",
                "datum": "15. bis 23. Mai",
                "datumISO": "2026-05-15",
                "infos": [
                    {"label": "Termine", "wert": "15., 16., 22. und 23. Mai"},
                    {"label": "Beginn", "wert": "17.30 bis 19.00 Uhr"},
                ],
            },
            {
                "titel": "Live-Übertragung in der Bierhütte",
                "datum": "So. 14.06.2026",
                "infos": [
                    {"label": "Termin", "wert": "So. 14.06.2026, 19.00 Uhr"},
                    {"label": "Ort", "wert": "Bierhütte im Biergarten"},
                ],
            },
        ]
    }
    page = page_from_text(json.dumps(events), "https://example.org/events.json", "application/json")
    records = extract_page(page).records
    found = [(r.title, (r.start or "")[:16], r.location_text) for r in records]
    assert found == [
        ("Heimatabend", "2026-09-26T19:30", None),
        ("Spargel am Bösch", "2026-05-15T17:30", None),
        ("Spargel am Bösch", "2026-05-16T17:30", None),
        ("Spargel am Bösch", "2026-05-22T17:30", None),
        ("Spargel am Bösch", "2026-05-23T17:30", None),
        ("Live-Übertragung in der Bierhütte", "2026-06-14T19:00", "Bierhütte im Biergarten"),
    ]
