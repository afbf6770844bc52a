"""Held-out batch U (structured data): each general cause it showed, on its real page."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_page as _inspect

_ZINGERMANS = "https://www.zingermansdeli.com/"


def _zingermans(capsys: pytest.CaptureFixture[str]) -> dict[str, dict[str, str]]:
    rows = _inspect(
        capsys, "tec-listwidget-zingermansdeli-home-2018-03.html", _ZINGERMANS, "2018-03-17"
    )
    return {row["title"]: row for row in rows}


def test_events_of_one_page_share_the_zone_the_others_name(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Zingerman's Deli (Ann Arbor): a TEC widget "Friday, March 23, 2018 @ 6:30 pm - 8:00 pm"
    # and a JSON-LD array of true UTC stamps ("2018-03-23T22:30:00+00:00"). The Places of three
    # events name the state (MI: New York's zone), two do not; those two were read in Berlin
    # (23:30+01:00, and 22:30+00:00 with an end at 02:30+02:00) instead of at 6:30 pm.
    rows = _zingermans(capsys)
    dandelion = rows["Dandelion Chocolate Tasting & Book Signing"]
    assert (dandelion["start"], dandelion["end"]) == (
        "2018-03-23T18:30:00-04:00",
        "2018-03-23T20:00:00-04:00",
    )
    ari = rows["The Best of 36 Years with Ari"]
    assert (ari["start"], ari["end"]) == ("2018-03-28T18:30:00-04:00", "2018-03-28T20:30:00-04:00")
    assert all(row["start"].endswith("-04:00") for row in rows.values())


def test_an_end_in_another_offset_than_its_start_is_compared_as_an_instant(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # "Explore the World of Olive Oil": 21:30Z to 22:30Z. parse_when reads the start in Berlin
    # (23:30+02:00) but keeps the end's UTC mark (Berlin would put it on the next day), and the
    # string "…T22:30:00+00:00" sorts before "…T23:30:00+02:00": the end was dropped.
    rows = _zingermans(capsys)
    olive = rows["Just for Kids: Explore the World of \u200bOlive Oil"]
    assert (olive["start"], olive["end"]) == (
        "2018-04-05T17:30:00-04:00",
        "2018-04-05T18:30:00-04:00",
    )
    spices = rows["Just for Kids: Explore the World of \u200bSpices"]
    assert spices["end"] == "2018-04-19T18:30:00-04:00"


def test_an_end_before_its_start_stays_dropped() -> None:
    from datetime import date

    from netdir.normalize.record import normalize_record
    from netdir.records import RawRecord

    raw = RawRecord(source_id="s", page_url="https://x/", extractor="jsonld", title="Talk")
    raw.start, raw.end = "2026-05-05T21:30:00+00:00", "2026-05-05T21:00:00+00:00"
    assert normalize_record(raw, today=date(2026, 5, 1)).end is None
    raw.end = "2026-05-05T22:30:00+00:00"  # kept as UTC by parse_when, the start is not
    assert normalize_record(raw, today=date(2026, 5, 1)).end is not None


def test_a_row_that_leads_to_an_unpaired_events_page_is_that_event(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # KNect365's home page: eight conference tiles, each with meta-only Event microdata and a
    # visible line „Amsterdam, The Netherlands, 12 - 14 Mar 2018“. The listing read that tile's
    # day as 14 March, so it paired with no structured event and was added as one more
    # („Amsterdam, The Netherlands“ on 14 March) although it links to BIO-Europe Spring's page.
    rows = _inspect(
        capsys, "knect365-home-events-2018-03.html", "https://knect365.com/", "2018-03-24"
    )
    assert len(rows) == 8
    assert ("BIO-Europe Spring", "2018-03-12") in {(r["title"], r["start"]) for r in rows}


def test_a_pooled_list_of_other_things_does_not_complete_the_structured_list(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # symfony.com: training sessions and conferences, each with an Event JSON-LD block, in lists
    # built like the blog's „News from the Symfony blog“ (post titles with their dates). The
    # listing pools all three; the blog posts were added as events of 8, 11 and 14 March.
    rows = _inspect(
        capsys, "symfony-home-events-2018-03.html", "https://symfony.com/", "2018-03-24"
    )
    titles = {r["title"] for r in rows}
    assert "New and improved generators for MakerBundle" not in titles
    assert {"Mastering Symfony 4", "SymfonyLive Cologne 2018"} <= titles
    assert len([r for r in rows if r.get("start")]) == 5


def test_all_day_events_from_a_calendars_cutoff_hour_are_held_on_their_days(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # We Like L.A.: The Events Calendar with a day cutoff at 3 am writes „March 16 - March 25“
    # as "2018-03-16T03:00:00-07:00" to "2018-03-26T02:59:59-07:00": read as clocks, the
    # festival began at 3 am and ended on 26 March.
    rows = _inspect(
        capsys, "tec-widget-welikela-home-2018-03.html", "http://www.welikela.com/", "2018-03-24"
    )
    paley = next(r for r in rows if r["title"].startswith("PaleyFest"))
    assert (paley["start"], paley["end"]) == ("2018-03-16", "2018-03-25")
    tour = next(r for r in rows if r["title"].startswith("Pasadena Heritage"))
    assert tour["start"] == "2018-03-24T09:00:00-07:00"


def test_midnight_to_midnight_stamps_are_days(capsys: pytest.CaptureFixture[str]) -> None:
    # symfony.com's training sessions: "2018-03-19T00:00:00+00:00" to "2018-03-22T00:00:00+00:00"
    # beside „Clichy - March 19, 2018“ (its link: from=03/19/2018 to=03/22/2018), read as
    # 01:00 in Berlin on both days.
    rows = _inspect(
        capsys, "symfony-home-events-2018-03.html", "https://symfony.com/", "2018-03-24"
    )
    course = next(r for r in rows if r["title"] == "Web Development with Symfony 4")
    assert (course["start"], course["end"]) == ("2018-03-19", "2018-03-22")


def test_other_pairs_keep_their_clocks() -> None:
    from netdir.extract.schema_org import whole_days

    evening = ("2026-05-01T20:00:00+02:00", "2026-05-02T19:59:59+02:00")  # no night cutoff
    assert whole_days(*evening) == evening
    night = ("2026-05-01T00:00:00+02:00", "2026-05-02T03:00:00+02:00")
    assert whole_days(*night) == night
    short = ("2026-05-01T03:00:00+02:00", "2026-05-01T05:00:00+02:00")
    assert whole_days(*short) == short
    offsets = ("2026-05-01T03:00:00+02:00", "2026-05-02T02:59:59+01:00")
    assert whole_days(*offsets) == offsets


def test_an_event_scopes_one_unmarked_cell_that_reads_as_a_place_is_its_place(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Bon Jovi's tour table: each row an Event scope whose cells hold the arena
    # (itemprop="name"), the day (itemprop="startDate") and the ticket offers, while the town,
    # „Little Rock, AR“, sits in a cell without a property: the concerts had no place.
    rows = _inspect(
        capsys, "wp-tourdates-bonjovi-home-2018-03.html", "http://www.bonjovi.com/", "2018-03-24"
    )
    first = next(r for r in rows if r["start"] == "2018-03-20")
    assert first["title"] == "Verizon Arena"
    assert "Little Rock, AR" in first["location"]
    assert all(r.get("location") for r in rows)


def test_a_scope_with_other_unmarked_text_keeps_no_place() -> None:
    from selectolax.lexbor import LexborHTMLParser

    from netdir.extract.microdata import MICRODATA, read_items

    row = (
        '<div itemscope itemtype="http://schema.org/Event"><b itemprop="name">Gig</b>'
        '<meta itemprop="startDate" content="2026-05-01"><p>{}</p>{}</div>'
    )
    (town,) = read_items(LexborHTMLParser(row.format("Little Rock, AR", "")), MICRODATA)
    assert town["location"] == "Little Rock, AR"
    (prose,) = read_items(LexborHTMLParser(row.format("Bring your friends", "")), MICRODATA)
    assert "location" not in prose
    (two,) = read_items(
        LexborHTMLParser(row.format("Little Rock, AR", "<p>Doors 7</p>")), MICRODATA
    )
    assert "location" not in two
