"""Pages built to hurt a scraper: each one is a (name, html) pair the suite feeds through."""

from __future__ import annotations

import base64
import json


def _jsonld(*events: dict[str, object]) -> str:
    return "".join(
        f'<script type="application/ld+json">{json.dumps(event)}</script>' for event in events
    )


def _event(name: str, **fields: object) -> dict[str, object]:
    return {"@type": "Event", "name": name, "startDate": "2027-03-12", **fields}


def hostile_pages() -> dict[str, str]:
    nested = "<div>" * 100_000 + "x" + "</div>" * 100_000
    base64_blob = base64.b64encode(bytes(range(256)) * 80).decode()  # ~27 KB, no spaces
    redos_title = "a" * 60_000 + "preis"
    return {
        "100k nested divs": f"<html><head>{_jsonld(_event('Fachtag'))}</head><body>{nested}",
        "100k sibling list items (3.6 MB)": "<ul>"
        + "<li><a href='/x'>Termin</a> 12.03.2027" * 100_000,
        "1 MB title without spaces": _jsonld(_event("X" * 1_000_000)),
        "ReDoS bait in the title": _jsonld(_event(redos_title, description=redos_title)),
        "3 events with 27 KB base64 descriptions": _jsonld(
            *(_event(f"Termin {n}", description=base64_blob) for n in range(3))
        ),
        "JSON-LD nested 100k deep": '<script type="application/ld+json">'
        + "[" * 100_000
        + "]" * 100_000
        + "</script>"
        + _jsonld(_event("Neben dem Abgrund")),
        "invalid JSON-LD": '<script type="application/ld+json">{"@type": "Event", "name": '
        + '"kaputt", "startDate": 2027-03-12,,, }}}</script>',
        "unterminated tags": "<a" * 500_000,
        "a million angle brackets": "<" * 1_000_000,
        "dates everywhere": "<p>" + " bis ".join(["12.–14. März 2027, 9:00 Uhr"] * 20_000),
    }
