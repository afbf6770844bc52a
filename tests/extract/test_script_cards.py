"""script_cards: a bare-day JSON-LD event inside a card takes the clock of the card's row for its day."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract.script_cards import read_clocks_of_script_cards
from netdir.records import RawRecord
from tests.extract.raw_records import raw_record

CARD = """<html><body><article>
<script type="application/ld+json">[
 {"@type":"Event","name":"Herbstfest","startDate":"2026-10-02"},
 {"@type":"Event","name":"Herbstfest","startDate":"2026-10-03"},
 {"@type":"Event","name":"Herbstfest","startDate":"2026-10-04"}]</script>
<h3>Herbstfest</h3>
<ul><li><b>Fr</b><span>02.10.2026 · Fassanstich ab 17:30 Uhr</span></li>
<li><b>Sa</b><span>03.10.2026 · Musik 18:00 – 23:00 Uhr</span></li>
<li><b>Sa</b><span>03.10.2026 · Frühschoppen 11:00 Uhr</span></li></ul>
<p>und 1 weiterer Termin</p>
</article></body></html>"""


def _record(day: str) -> RawRecord:
    return raw_record("Herbstfest", extractor="jsonld", start=day)


def test_the_row_naming_the_day_and_one_clock_gives_the_start() -> None:
    records = [_record("2026-10-02"), _record("2026-10-03"), _record("2026-10-04")]
    read_clocks_of_script_cards(records, LexborHTMLParser(CARD))
    assert [r.start for r in records] == [
        "2026-10-02T17:30",  # its row's one clock
        "2026-10-03",  # two rows of that day with other clocks: unsure, the day stays
        "2026-10-04",  # a day the card does not show keeps the day
    ]
    assert records[0].field_sources["start"].endswith("(clock of its card's row)")


@pytest.mark.parametrize("title", ["Weinfest", ""])
def test_another_event_of_that_day_is_left_alone(title: str) -> None:
    record = RawRecord(
        source_id="s",
        title=title,
        start="2026-10-02",
        extractor="jsonld",
        page_url="https://x.example/",
    )
    read_clocks_of_script_cards([record], LexborHTMLParser(CARD))
    assert record.start == "2026-10-02"


def test_a_script_in_the_head_has_no_card() -> None:
    page = CARD.replace("<html><body><article>", "<html><head>").replace(
        '"2026-10-04"}]</script>', '"2026-10-04"}]</script></head><body><article>'
    )
    record = _record("2026-10-02")
    read_clocks_of_script_cards([record], LexborHTMLParser(page))
    assert record.start == "2026-10-02"


def test_corpus_inn_card_rows_time_the_day_only_events(capsys: pytest.CaptureFixture[str]) -> None:
    """Wirtshaus am See (held-out structured batch AG, time 0/5 before): the Wirtswiesn card's rows
    „25.09.2026 · Wiesnstart & Anstich, Alpenfuzzis ab 17:30 Uhr“ time the day-only JSON-LD events
    of those days; the ten days only the JSON-LD names stay days."""
    from tests.extract.realpage_inspect import inspect_corpus_page

    records = inspect_corpus_page(capsys, "jsonld-wirtshausamsee-kahl-veranstaltungen-2026-09")
    starts = [r["start"] for r in records if r["title"] == "Wirtswiesn 2026"]
    assert starts[:6] == [
        "2026-09-25T17:30:00+02:00",
        "2026-09-26T17:30:00+02:00",
        "2026-09-27T11:30:00+02:00",
        "2026-10-02T17:30:00+02:00",
        "2026-10-03T17:30:00+02:00",
        "2026-10-04",
    ]
