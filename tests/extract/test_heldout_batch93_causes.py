"""Causes found on held-out German batch 93 (listing pages: the Repair Cafés of Köln, one page
per café with a bare list of its next days, and a Rock'n'Roll concert calendar of 2007 whose
lines run „DD.MM. Stadt, "Lokal", Straße, Uhrzeit, live "Band"“), each unit with its real page
of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract import extract_page
from netdir.extract.address_links import is_web_address
from netdir.extract.date_cues import DATE_PHRASE
from netdir.extract.list_label_headings import list_label
from netdir.extract.sentence_ends import first_full_stop
from netdir.normalize import normalize_record
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

_CAFE = """<html><body><div class="page-content">
<h1>Repair Café im Bürgerhaus</h1>
<p>Jeden <strong>3. Samstag des Monats</strong> von <strong>11.00 bis 15.00 Uhr</strong>
im kleinen Saal des Bürgerhauses.</p>
<p>In Repair Cafés helfen Ehrenamtliche beim Reparieren defekter Geräte.</p>
<h2><strong>Die nächsten Termine im Bürgerhaus</strong></h2>
<ul><li><strong>19.09.2026</strong></li><li><strong>17.10.2026</strong></li>
<li><strong>21.11.2026</strong></li><li><strong>19.12.2026</strong></li></ul>
<p>Eine Anmeldung ist nicht erforderlich.</p>
</div></body></html>"""


@pytest.mark.parametrize(
    "heading",
    [
        "Die nächsten Termine im BüzE",
        "Die nächsten Termine",
        "Unsere kommenden Konzerte",
        "Nächste Termine:",  # the colon form read before
    ],
)
def test_a_heading_that_announces_the_next_dates_labels_the_list(heading: str) -> None:
    assert list_label(heading) is not None


@pytest.mark.parametrize(
    "heading",
    ["Die nächsten Schritte", "Termine der Stadtratssitzung", "Kommende Woche im Garten"],
)
def test_other_headings_still_name_their_rows(heading: str) -> None:
    assert list_label(heading) is None


def test_bare_days_under_a_next_dates_heading_are_named_by_the_page_heading() -> None:
    url = "https://example.org/repaircafe/"
    records = extract_page(page_from_text(_CAFE, url)).records
    today = date(2026, 7, 25)
    rows = [(r.title, (normalize_record(r, today=today).start or "")[:16]) for r in records]
    assert rows == [
        ("Repair Café im Bürgerhaus", "2026-09-19T11:00"),
        ("Repair Café im Bürgerhaus", "2026-10-17T11:00"),
        ("Repair Café im Bürgerhaus", "2026-11-21T11:00"),
        ("Repair Café im Bürgerhaus", "2026-12-19T11:00"),
    ]


def test_a_streets_abbreviation_and_a_dotted_abbreviation_end_no_sentence() -> None:
    line = 'Planegg, "Heide Volm", Bahnhofstr. 52, 20 Uhr, Party u.a. mit den Lollipops. Info'
    assert line[first_full_stop(line) - 9 :].startswith("Lollipops.")
    assert first_full_stop("Treffpunkt Hauptstr. 5, dann Kaffee. Danach") == len(
        "Treffpunkt Hauptstr. 5, dann Kaffee"
    )
    # A sentence that ends in a word still ends there.
    assert first_full_stop("Wir spielen Rock. Eintritt frei") == len("Wir spielen Rock")


def test_a_web_address_typed_with_a_space_after_www_is_one() -> None:
    assert is_web_address("www. gearbox-bs.de")
    assert is_web_address("www.gearbox-bs.de")
    assert not is_web_address("www. Gearbox Rockabilly Club")


def test_batch93_pages_after_the_fixes(capsys: pytest.CaptureFixture[str]) -> None:
    # The café pages' rows took the list's h2 „Die nächsten Termine im BüzE“ as every title.
    rows = inspect_corpus_page(capsys, "static-repaircafe-koeln-bueze-2026-07")
    named = [r for r in rows if r["title"] == "Repair Café im BüzE"]
    assert [r["start"][:16] for r in named[:2]] == ["2026-09-19T11:00", "2026-10-17T11:00"]
    assert len(named) >= 9
    engelshof = inspect_corpus_page(capsys, "static-repaircafe-koeln-engelshof-2026-07")
    assert {r["title"] for r in engelshof} == {"Veedelswerkstatt im Engelshof in Köln-Westhoven"}
    # The concert lines were cut at „Bahnhofstr.“ and „u.a.“ or titled by a typed web address.
    concerts = inspect_corpus_page(capsys, "static-rocknroll-termine-2007-09")
    titles = {r["start"][:16]: r["title"] for r in concerts if r["start"].startswith("2007-09-14")}
    assert "Oldie-Party u.a. mit" in titles["2007-09-14T20:00"]
    # (session 38: the town and venue opening each row are its place — leading_towns)
    braunschweig = [
        r["title"]
        for r in concerts
        if r["start"][:10] == "2007-09-14" and "Braunschweig" in (r["location"] or "")
    ]
    assert braunschweig and "Trash Hombres" in braunschweig[0]
    assert not any(r["title"].startswith("www") for r in concerts)


def test_two_days_joined_by_a_plus_keep_the_first_day() -> None:
    # „9+10.9.2026 Tage der Nachhaltigkeit“: the run's first day has no dot of its own.
    match = DATE_PHRASE.search("9+10.9.2026 Tage der Nachhaltigkeit")
    assert match is not None and match.group(0) == "9+10.9.2026"
    record = RawRecord(
        source_id="t",
        page_url="https://example.org/",
        extractor="listing",
        title="Tage der Nachhaltigkeit",
    )
    record.date_text = match.group(0)
    normalized = normalize_record(record, today=date(2026, 7, 25))
    assert (normalized.start, normalized.end) == ("2026-09-09", "2026-09-10")
    # A room number's plus is no day („Raum 3+4.11“ has no month's dot).
    assert DATE_PHRASE.search("Raum 3+4.11 frei") is None
