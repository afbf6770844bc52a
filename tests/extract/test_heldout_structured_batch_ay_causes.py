"""Held-out structured batch AY: each general cause it showed, on its real page."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page


def test_a_church_event_databases_xml_export(capsys: pytest.CaptureFixture[str]) -> None:
    # Evangelische Termine's XML: <root><Export><Veranstaltung><START>2015-06-07 04:00:00</START>
    # <END>…</END><_event_TITLE>…</_event_TITLE><_place_NAME>…</_place_NAME>. Before: no record.
    rows = inspect_corpus_page(capsys, "xml-evangtermine-ikg-veranstaltungen-2015-06")
    got = [(row["title"], row["start"], row["end"]) for row in rows]
    assert got[:2] == [
        (
            "Sizilien - Insel der Widersprüche",
            "2015-06-07T04:00:00+02:00",
            "2015-06-14T12:00:00+02:00",
        ),
        (
            "Trutz Blanken Hans! Der Mensch, Gestalter oder Experiment der Natur?",
            "2015-06-09T13:00:00+02:00",
            "2015-06-15T13:00:00+02:00",
        ),
    ]
    assert len(rows) == 5
    assert rows[-1]["location"] == "Jugendferienheim Eggeklause Wetter"


def test_an_exports_place_in_its_description(capsys: pytest.CaptureFixture[str]) -> None:
    # <_place_CITY>siehe Beschreibungstext</_place_CITY> and, in <_event_TEXTBOX_1>,
    # „Veranstaltungsort: Istituto Valdese“. Before: no place.
    rows = inspect_corpus_page(capsys, "xml-evangtermine-ikg-veranstaltungen-2015-06")
    assert [row["location"] for row in rows] == [
        "Istituto Valdese",
        None,  # „Veranstaltungsort:“ followed by nothing
        "Ferien-, Schulungs- und Tagungsstätte Nachrodt",
        "Jugend und Freizeitzentrum am Dümmer See",
        "Jugendferienheim Eggeklause Wetter",
    ]


def test_an_inns_event_xml_with_worded_days(capsys: pytest.CaptureFixture[str]) -> None:
    # <feed> without Atom's namespace: <entry><title>…</title><date>01. September 2016</date>
    # <time>ab 18:00 Uhr</time>. Before: 17 undated Atom entries, no day.
    rows = inspect_corpus_page(capsys, "xml-gasthofschnau-events-2016-08")
    assert len(rows) == 17
    assert (rows[0]["title"], rows[0]["start"]) == ("Schnitzelbuffet", "2016-09-01T18:00:00+02:00")
    times = {(row["title"], row["start"][:10]): (row["start"], row["end"]) for row in rows}
    assert times[("Silvesterbuffet", "2016-12-31")] == (  # „von 18:00 bis 23:00 Uhr“
        "2016-12-31T18:00:00+01:00",
        "2016-12-31T23:00:00+01:00",
    )
    assert times[("Kohlfahrt", "2017-01-21")] == (  # „18:00 bis 24:00 Uhr“
        "2017-01-21T18:00:00+01:00",
        "2017-01-22T00:00:00+01:00",
    )


def test_a_hand_kept_event_xml_with_hyphened_days(capsys: pytest.CaptureFixture[str]) -> None:
    # <event><title lang="en">…</title><dateStart>28-May-2022</dateStart><dateEnd>…</dateEnd>:
    # „01-Sept-2022“, „08-October-2022“, „Dec 4, 2022“. Before: 4 of 22 (the listing detector).
    rows = inspect_corpus_page(capsys, "xml-azuredatacommunity-events-2022-07")
    days = {row["title"]: (row["start"], row["end"]) for row in rows}
    assert len(days) == 22  # not the catalogue (Jan-2022 to Dec-2022) nor "TBD 2022"
    assert days["DataGrillen 2022"] == ("2022-06-02", "2022-06-03")
    assert days["DATA:Scotland"] == ("2022-09-01", None)
    assert days["SQL Saturday Orlando 2022 (#1030)"] == ("2022-10-08", None)
    assert days["Azure Data Conference - Las Vegas"] == ("2022-12-04", "2022-12-09")


def test_same_named_events_of_one_day_in_other_places(capsys: pytest.CaptureFixture[str]) -> None:
    # kotlinlang.org's events.xml: 32 release parties „Kotlin 1.1 Event“ (30 on 23 March 2017), each
    # in its town. Before: no record (the XML), then one (a repeated title and day read as a copy).
    rows = inspect_corpus_page(capsys, "xml-kotlinlang-events-2017-03")
    parties = [row["location"] for row in rows if row["title"] == "Kotlin 1.1 Event"]
    assert len(parties) == 32
    assert parties[:3] == ["Graz, Austria", "Minsk, Belarus", "Wichelen, Belgium"]
