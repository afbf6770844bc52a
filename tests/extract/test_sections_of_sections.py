"""A page's sections of sections are one listing (src/netdir/extract/listing_groups.py, the pool
of inner ``<section>``s): batch 71's leftover (static-kirmesburschen-braach-veranstaltungen-2026)."""

from __future__ import annotations

import pytest

from netdir.extract import extract_page
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page


def _section(title: str, sentence: str) -> str:
    return f"<section><h2>{title}</h2><p>{sentence}</p></section>"


def test_the_dated_sections_of_all_parts_are_one_listing() -> None:
    html = (
        "<html><body><main><section><h2>Aktuelle Termine</h2>"
        + _section("Sommerfest 2026", "Das Sommerfest findet am 4. Juli 2026 statt.")
        + _section("Adventsmarkt 2027", "Der Termin steht noch nicht fest.")
        + "</section><section><h2>Vergangene Termine</h2>"
        + _section("Frühlingsball 2026", "Der Ball war am 14. März 2026.")
        + _section("Adventsmarkt 2025", "Hat bereits statt gefunden.")
        + "</section></main></body></html>"
    )
    records = extract_page(page_from_text(html, "https://verein.example.org/termine.html")).records
    assert sorted((r.title, r.date_text) for r in records if r.date_text) == [
        ("Frühlingsball 2026", "Der Ball war am 14. März 2026."),
        ("Sommerfest 2026", "Das Sommerfest findet am 4. Juli 2026 statt."),
    ]


def test_each_fair_of_the_current_and_past_part_is_a_record(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Aktuelle Termine“ and „Vergangene Termine“, each a section over two sections of an h2 and a
    # sentence, one of them dated. Before: no list (one dated section a part), the page read as
    # one event, the past fair only.
    rows = inspect_corpus_page(capsys, "static-kirmesburschen-braach-veranstaltungen-2026")
    assert sorted((r["title"], r["start"], r["end"]) for r in rows) == [
        ("Zeltkirmes 2025", "2025-08-14", "2025-08-17"),
        ("Zeltkirmes 2026", "2026-08-13", "2026-08-16"),
    ]
