"""Held-out batch 85 (German listing pages): each general cause it showed, on its real page
and on a minimal snippet."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract import extract_page
from netdir.extract.block_titles import _dates_the_block
from netdir.extract.lead_sentence import names_only_the_list, page_name
from netdir.extract.listing_row_context import _day_of_a_labelled_day
from netdir.normalize.when import parse_when
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

_DRESDEN = "twiki-dresdenpm-termine-2005"


def test_bare_days_under_a_list_of_dates_heading_are_the_groups_meetings(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The Perl user group's wiki page: „Weitere Termine“ over „3. März 2005“ … „1. Dezember
    # 2005“. The heading only says that dates follow; each day is a meeting of the group the
    # document title names („Dresden Perl Mongers -- TermineTreffen“), not an event called
    # „Weitere Termine“.
    rows = inspect_corpus_page(capsys, _DRESDEN)
    listed = [r for r in rows if r["start"] and r["start"] >= "2005-03-01"]
    assert len(listed) == 10
    assert {r["title"] for r in listed} == {"Dresden Perl Mongers"}
    assert listed[0]["start"].startswith("2005-03-03")
    assert listed[-1]["start"].startswith("2005-12-01")
    assert "list-of-dates heading" in listed[0]["field_sources"]["title"]


def test_a_wiki_topic_made_of_list_words_is_not_the_sites_name() -> None:
    assert page_name("Dresden Perl Mongers -- TermineTreffen") == "Dresden Perl Mongers"
    assert page_name("Termine | Pfadfinder Langenwang") == "Pfadfinder Langenwang"
    assert page_name("Code for Düsseldorf") == "Code for Düsseldorf"


@pytest.mark.parametrize(
    "heading",
    ["Weitere Termine", "Kommende Treffen:", "Die nächsten Termine", "Termine und Treffen",
     "TermineTreffen", "Upcoming meetings"],
)  # fmt: skip
def test_headings_that_only_say_dates_follow(heading: str) -> None:
    assert names_only_the_list(heading)


@pytest.mark.parametrize(
    "heading",
    ["Sommerfest", "Weitere Termine der Jugendfeuerwehr", "Stammtisch", "OpenStreetMap-Treffen",
     "KinderKino"],
)  # fmt: skip
def test_headings_that_name_something(heading: str) -> None:
    assert not names_only_the_list(heading)


_SNIPPET = """<html><head><title>Lauftreff Beispielstadt | Weitere Termine</title></head><body>
<h1>Lauftreff Beispielstadt</h1><p>Wir laufen gemeinsam durch den Stadtpark.</p>
<h2>Weitere Termine</h2>
<ul><li>3. März 2027</li><li>7. April 2027</li><li>5. Mai 2027</li><li>2. Juni 2027</li></ul>
</body></html>"""


def test_snippet_days_under_weitere_termine_take_the_site_name() -> None:
    records = extract_page(page_from_text(_SNIPPET, "https://lauftreff.example/termine")).records
    dated = [r for r in records if r.date_text]
    assert [r.title for r in dated] == ["Lauftreff Beispielstadt"] * 4


_PHPDD17 = "icehawk-phpdd-programm-2017"
_PHPDD18 = "icehawk-phpdd-schedule-2018"


def test_a_slot_heading_of_hours_does_not_name_the_talk(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The PHP Developer Day's programme: each row holds „<h3>10:15 - 11:00</h3>“ and then
    # „<h3>PHIVE - Managing your PHP toolchain</h3>“. The first h3 is the slot's hours; the
    # talk is named by the next one. Before, every row was titled by its hours (a junk title)
    # and the page gave only its h1 as one event.
    rows = inspect_corpus_page(capsys, _PHPDD17)
    titles = [r["title"] for r in rows]
    assert "PHIVE - Managing your PHP toolchain" in titles
    phive = rows[titles.index("PHIVE - Managing your PHP toolchain")]
    assert phive["start"].startswith("2017-09-22T10:15")
    assert phive["end"].startswith("2017-09-22T11:00")
    assert not any(t[:2].isdigit() for t in titles)


def test_the_last_slot_without_a_rule_after_it_is_read(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Every slot is followed by „<hr class="blockspace">“ except the last („AFTERWORK /
    # COMMUNITY“, 18:00 - 22:00): the (row, rule) pairs left it out.
    rows = inspect_corpus_page(capsys, _PHPDD17)
    last = [r for r in rows if r["title"] == "AFTERWORK / COMMUNITY"]
    assert len(last) == 1 and last[0]["start"].startswith("2017-09-22T18:00")


def test_arrival_and_check_in_is_a_break(capsys: pytest.CaptureFixture[str]) -> None:
    # „ANKOMMEN / CHECK-IN“ (08:30 - 09:30, coffee before the welcome) is the arrival window,
    # like „Anreise“ or „Einlass“: no programme point.
    titles = [r["title"] for r in inspect_corpus_page(capsys, _PHPDD17)]
    assert "ANKOMMEN / CHECK-IN" not in titles
    assert len(titles) == 9


def test_rows_of_hours_under_a_labelled_day_heading(capsys: pytest.CaptureFixture[str]) -> None:
    # PHPDD 2018: „<h2>WORKSHOP DAY - FRIDAY, SEPTEMBER 21</h2>“ and „<h2>CONFERENCE DAY -
    # SATURDAY, SEPTEMBER 22</h2>“ over rows „09:00am - 07:00pm | Pragmatic TDD | room“. The
    # day under its label dates the rows; before, the rows had no day and the page gave one
    # record „WORKSHOP DAY“.
    rows = inspect_corpus_page(capsys, _PHPDD18)
    by_title = {r["title"]: r for r in rows}
    assert by_title["Pragmatic TDD"]["start"].startswith("2018-09-21T09:00")
    assert by_title["Pragmatic TDD"]["end"].startswith("2018-09-21T19:00")
    assert by_title["Getting started with Kubernetes"]["start"].startswith("2018-09-22T11:45")
    assert "WORKSHOP DAY" not in by_title
    assert len(rows) >= 24


_SLOTS = """<html><body><h1>Programm</h1><p>Samstag, 14. März 2027</p><div class="schedule">
<div class="row"><div class="c"><h3>10:00 - 11:00</h3></div><div class="c"><h3><a href="/t/1">Eröffnung</a></h3><p>Grußworte</p></div></div>
<hr class="space">
<div class="row"><div class="c"><h3>11:15 - 12:00</h3></div><div class="c"><h3><a href="/t/2">Vortrag Wasserrecht</a></h3><p>von A. B.</p></div></div>
<hr class="space">
<div class="row"><div class="c"><h3>13:00 - 14:00</h3></div><div class="c"><h3><a href="/t/3">Podium Zukunft</a></h3><p>mit C. D.</p></div></div>
<hr class="space">
<div class="row"><div class="c"><h3>14:15 - 15:00</h3></div><div class="c"><h3><a href="/t/4">Abschluss</a></h3><p>Schlussworte</p></div></div>
</div></body></html>"""


def test_snippet_slots_named_by_their_second_heading_and_the_unruled_last() -> None:
    records = extract_page(page_from_text(_SLOTS, "https://tagung.example/programm")).records
    assert [r.title for r in records] == [
        "Eröffnung", "Vortrag Wasserrecht", "Podium Zukunft", "Abschluss"
    ]  # fmt: skip


_DAYS = """<html><body><h1>Tagung 2027</h1><div class="programm">
<h2>Tag 1: Freitag, 12. März 2027</h2><hr />
<div class="row"><div class="t">09:00 - 12:00</div><div class="n"><b><a href="/w/1">Workshop Karten</a></b>
<p>Leitung: N. N.</p></div><div class="r">RAUM A</div></div>
<div class="row"><div class="t">13:00 - 17:00</div><div class="n"><b><a href="/w/2">Workshop Daten</a></b>
<p>Leitung: N. N.</p></div><div class="r">RAUM B</div></div>
<div class="row"><div class="t">17:30 - 19:00</div><div class="n"><b><a href="/w/5">Stadtführung Altstadt</a></b>
<p>Treffpunkt: Foyer</p></div><div class="r">FOYER</div></div>
<h2>Tag 2: Samstag, 13. März 2027</h2><hr />
<div class="row"><div class="t">09:30 - 10:30</div><div class="n"><b><a href="/w/3">Keynote Offene Daten</a></b>
<p>Sprecherin: X. Y.</p></div><div class="r">SAAL</div></div>
<div class="row"><div class="t">11:00 - 12:00</div><div class="n"><b><a href="/w/4">Vortrag Geodaten</a></b>
<p>Sprecher: Z.</p></div><div class="r">SAAL</div></div>
<div class="row"><div class="t">13:00 - 14:00</div><div class="n"><b><a href="/w/6">Podium Datenschutz</a></b>
<p>Moderation: Q.</p></div><div class="r">SAAL</div></div>
</div></body></html>"""


def test_snippet_rows_of_hours_under_tag_n_headings() -> None:
    records = extract_page(page_from_text(_DAYS, "https://tagung.example/programm")).records
    days = {r.title: r.date_text for r in records}
    assert "12. März" in (days.get("Workshop Daten") or "")
    assert "13. März" in (days.get("Vortrag Geodaten") or "")


@pytest.mark.parametrize(
    ("heading", "day"),
    [("WORKSHOP DAY - FRIDAY, SEPTEMBER 21", "FRIDAY, SEPTEMBER 21"),
     ("Tag 2: Samstag, 13. März 2027", "Samstag, 13. März 2027"),
     ("Konferenztag – 22.09.2018", "22.09.2018"),
     ("Day 1 | Monday, June 3", "Monday, June 3"),
     ("Workshop Karten - Freitag", None),
     ("Sommerfest - 12. Juli", None)],
)  # fmt: skip
def test_a_labelled_day_heading(heading: str, day: str | None) -> None:
    assert _day_of_a_labelled_day(heading) == day


@pytest.mark.parametrize(
    ("text", "dates"),
    [("10:15 - 11:00", True), ("09:00am - 07:00pm", True), ("13", True), ("Sep.", True),
     ("PHIVE - Managing your PHP toolchain", False), ("18 Uhr Konzert", False)],
)  # fmt: skip
def test_a_heading_that_only_dates_its_block(text: str, dates: bool) -> None:
    assert _dates_the_block(text) is dates


def test_the_next_meeting_under_its_own_heading(capsys: pytest.CaptureFixture[str]) -> None:
    # „<h3>Der nächste Termin:</h3><p><strong>Donnerstag, 3. Februar 2oo5, 2o.oo Uhr</strong>
    # </p>“ above „Ort:“ and „Themen:“: one line in no group, the group's next meeting. Before,
    # only the ten days under „Weitere Termine“ were read.
    rows = inspect_corpus_page(capsys, _DRESDEN)
    first = [r for r in rows if r["start"].startswith("2005-02-03")]
    assert len(first) == 1
    assert first[0]["title"] == "Dresden Perl Mongers"
    assert first[0]["start"].startswith("2005-02-03T20:00")


_NEXT = """<html><head><title>Linux-Stammtisch Beispielstadt</title></head><body>
<h2>Termine</h2><p>Wir treffen uns jeden zweiten Dienstag im Gasthaus Krone.</p>
<h3>Nächstes Treffen:</h3><p><b>Dienstag, 9. März 2027, 19:30 Uhr</b></p>
<h3>Themen</h3><ul><li>Neues von Debian</li><li>Fragen und Antworten</li></ul>
<h2>Weitere Termine</h2><ul><li>23. März 2027</li><li>13. April 2027</li><li>27. April 2027</li></ul>
</body></html>"""


def test_snippet_a_next_meeting_heading_over_a_day_line() -> None:
    records = extract_page(page_from_text(_NEXT, "https://lug.example/termine")).records
    dated = [(r.title, r.date_text) for r in records if r.date_text]
    assert ("Linux-Stammtisch Beispielstadt", "Dienstag, 9. März 2027, 19:30 Uhr") in dated
    assert len(dated) == 4


@pytest.mark.parametrize(
    ("text", "start"),
    [("Donnerstag, 3. Februar 2oo5, 2o.oo Uhr", "2005-02-03T20:00"),
     ("Wir treffen uns am 7. April 2005 um 2o:3o Uhr", "2005-04-07T20:30"),
     ("FRIDAY JULY o5 2005", "2005-07-05")],
)  # fmt: skip
def test_zeros_typed_as_the_letter_o_in_a_year_and_a_clock(text: str, start: str) -> None:
    found = parse_when(text, today=date(2005, 1, 21))
    assert found is not None and found.start is not None
    assert found.start.startswith(start)
