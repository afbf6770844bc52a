"""A heading's section of paragraphs that each open with hours and name an offering by a link,
under a day above (extract.linked_timed_entries; English listing batch AN's library digest)."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir.extract import extract_page
from netdir.extract.block_reading import BlockReading
from netdir.extract.linked_timed_entries import linked_timed_entries
from tests.extract.conftest import page_from_text

_BASE = "https://example.org/"
_DIGEST = """<html><body>
<h1>Sun 2026-08-23</h1>
<h2>Belmont</h2>
<p>14:00 - 16:00 <a href="/events/1">Maker Hangout</a></p>
<p>Discover what you can make using our library maker tools.</p>
<h2>San Jose</h2>
<p>12:00 - 13:00 <a href="/events/2">OneInMath: Math Program</a></p>
<p>Math games for K-3rd.</p>
<hr>
<p>12:30 - 13:30 <a href="/events/3">Family Storytime</a></p>
<p>Stories and songs for the whole family.</p>
<hr>
<p>13:00 - 15:00 <a href="/events/4">Art Club</a></p>
<h1>Mon 2026-08-24</h1>
<h2>San Jose</h2>
<p>17:30 - 18:30 <a href="/events/5">Family Storytime + Stay &amp; Play</a></p>
<p>Come along on an imaginary adventure.</p>
</body></html>"""


def test_each_hours_and_link_paragraph_is_an_offering_on_the_day_above() -> None:
    records = extract_page(page_from_text(_DIGEST)).records
    got = {(r.title, r.date_text) for r in records}
    assert got == {
        ("Maker Hangout", "Sun 2026-08-23, 14:00 - 16:00"),
        ("OneInMath: Math Program", "Sun 2026-08-23, 12:00 - 13:00"),
        ("Family Storytime", "Sun 2026-08-23, 12:30 - 13:30"),
        ("Art Club", "Sun 2026-08-23, 13:00 - 15:00"),
        ("Family Storytime + Stay & Play", "Mon 2026-08-24, 17:30 - 18:30"),
    }
    family = next(r for r in records if r.title == "Family Storytime")
    assert family.url == "https://example.org/events/3"
    assert family.description is not None and family.description.startswith("Stories and songs")


def _section(html: str) -> list[LexborNode]:
    body = LexborHTMLParser(html).body
    assert body is not None
    return list(body.iter(include_text=False))


def test_only_paragraphs_of_hours_and_one_link_are_entries() -> None:
    reading = BlockReading(title="Belmont", date_text="Sun 2026-08-23, 14:00 - 16:00 Maker Hangout")
    entry = '<h2>Belmont</h2><p>14:00 - 16:00 <a href="/e/1">Maker Hangout</a></p>'
    assert [p.title for p in linked_timed_entries(_section(entry), reading, _BASE)] == [
        "Maker Hangout"
    ]
    more_text = '<h2>Belmont</h2><p>14:00 - 16:00 <a href="/e/1">Maker Hangout</a> in the hall</p>'
    assert linked_timed_entries(_section(more_text), reading, _BASE) == []
    two_links = (
        '<h2>Belmont</h2><p>14:00 - 16:00 <a href="/e/1">Maker</a> <a href="/e/2">Hangout</a></p>'
    )
    assert linked_timed_entries(_section(two_links), reading, _BASE) == []


def test_a_reading_without_a_day_above_gives_none() -> None:
    reading = BlockReading(title="Belmont", date_text="14:00 - 16:00 Maker Hangout")
    entry = '<h2>Belmont</h2><p>14:00 - 16:00 <a href="/e/1">Maker Hangout</a></p>'
    assert linked_timed_entries(_section(entry), reading, _BASE) == []


def test_the_town_heading_over_the_entries_is_their_place() -> None:
    # „<h2>San Jose</h2>“ over the entries: the town whose library holds them. Before: no place.
    records = extract_page(page_from_text(_DIGEST)).records
    got = {(r.title, r.location_text) for r in records}
    assert got == {
        ("Maker Hangout", "Belmont"),
        ("OneInMath: Math Program", "San Jose"),
        ("Family Storytime", "San Jose"),
        ("Art Club", "San Jose"),
        ("Family Storytime + Stay & Play", "San Jose"),
    }
    art = next(r for r in records if r.title == "Art Club")
    assert art.field_sources["location_text"].endswith("h2 over the entries (where)")


def test_a_heading_that_names_no_place_gives_none() -> None:
    reading = BlockReading(title="x", date_text="Sun 2026-08-23, 14:00 - 16:00 Maker Hangout")
    for heading in ("Kids & Teens: 3 events", "for children aged 3-5 and their families"):
        entry = f'<h2>{heading}</h2><p>14:00 - 16:00 <a href="/e/1">Maker Hangout</a></p>'
        parts = linked_timed_entries(_section(entry), reading, _BASE)
        assert [p.location_text for p in parts] == [None]
