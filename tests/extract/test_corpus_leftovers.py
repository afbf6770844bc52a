"""Causes that still lost items on pages already in the real-page corpus (the held-out logs'
"Left:" sentences, tests/realpages/README.md), each fixed generally and pinned on its page."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract.place_lines import place_after_anchor
from netdir.extract.prose_links import bold_lines_over
from tests.extract.realpage_inspect import PAGES
from tests.extract.realpage_inspect import inspect_page as _inspect


def _cuthbertson(capsys: pytest.CaptureFixture[str]) -> list[dict]:
    return _inspect(
        capsys,
        "php-cuthbertson-konzerte-2016.html",
        "http://cuthbertson.de/concert.php",
        "2016-10-29",
    )


def test_a_link_in_prose_names_the_hall_the_bold_line_names_the_concert(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Batch 25's concert rows: no heading, the longest link titled each row — the hall in „Im
    # <a>Friedrich-Husemann Klinik</a>“, a player in „… - <a>Stefan und Fedra Blido</a>“.
    rows = {r["start"][:16]: r for r in _cuthbertson(capsys)}
    assert rows["2016-07-10T11:00"]["title"] == "Duo-Konzert Klavier und Violine"
    assert rows["2016-08-31T17:30"]["title"] == "Ein Gedenkkonzert für Peter Feuchtwanger - Teil 1"
    assert rows["2016-08-31T19:30"]["title"] == "Ein Gedenkkonzert für Peter Feuchtwanger - Teil 2"
    # „Konzert im <a>Elfenau Park</a>“ in a bold box: the whole bold line, the link kept as url.
    assert rows["2016-03-20T15:00"]["title"] == "Konzert im Stiftung Beatus"
    assert rows["2016-03-20T15:00"]["url"] == "http://www.stbeatus.ch/"
    assert "bold line over a link in prose" in rows["2016-07-10T11:00"]["field_sources"]["title"]


def _bold_over(html: str) -> list[str]:
    body = LexborHTMLParser(html).body
    assert body is not None
    link = body.css_first("a")
    return [node.text(strip=True) for node in bold_lines_over([body], link)]


def test_a_link_that_is_its_line_or_a_bold_label_in_its_line_keeps_the_title() -> None:
    # The link is the whole line: it names the row.
    assert _bold_over("<div><b>Neu</b><br><a href='/x'>Sommerfest</a><br>Ort</div>") == []
    # „<b>Lesung:</b> <a>…</a>“: the bold label is part of the link's line, not a name above it.
    assert _bold_over("<div><b>Lesung:</b> <a href='/x'>Gedichte am Abend</a></div>") == []
    assert _bold_over("<div><b>Gala</b><br>im <a href='/x'>Stadthaus</a></div>") == ["Gala"]


def test_days_on_lines_of_their_own_under_one_month_start_on_the_first(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Samstag 9<br/>Sonntag 10<br/>September<br/>17.00 Uhr“: run together with a space
    # („Samstag 9 Sonntag 10 September“) the 9 was a stray number and the concert began on Sunday.
    concert = next(r for r in _cuthbertson(capsys) if "Elfenau" in r["title"])
    assert concert["date_text"] == "Samstag 9 / Sonntag 10 September 17.00 Uhr"
    assert (concert["start"], concert["end"]) == ("2017-09-09T17:00:00+02:00", "2017-09-10")


def test_label_lines_written_apart_by_plain_line_breaks_are_read_apart(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Batch 24's Hugo page: „<p>Datum: 15. Februar 2025, 19:00 Uhr⏎Ort: Bürgerhaus Bösingen⏎
    # Herzliche Einladung …</p>“ (no <br>): „Datum:“ took the rest of the paragraph, no place.
    html = (PAGES / "hugo-naturaktiv-boesingen-termine.html").read_text(encoding="utf-8")
    assert "19:00 Uhr\nOrt: Bürgerhaus Bösingen\n" in html
    (record,) = _inspect(
        capsys,
        "hugo-naturaktiv-boesingen-termine.html",
        "https://www.naturaktiv-boesingen.de/termine/",
        "2025-02-01",
    )
    assert record["date_text"] == "15. Februar 2025, 19:00 Uhr"
    assert record["location"] == "Bürgerhaus Bösingen"
    assert record["field_sources"]["location_text"] == "event_page:Ort:"


def test_a_day_box_holding_two_events_gives_way_to_its_events(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Batch 25's Urania calendar: the day boxes („17 Do“) and the events inside them score
    # alike; read as day boxes, the 17th's 19:30 lecture after its 17:30 one was lost.
    rows = _inspect(
        capsys,
        "urania-berlin-kalender-2026-09.html",
        "https://www.urania.de/kalender/",
        "2026-08-03",
    )
    on_17th = sorted((r["start"], r["title"]) for r in rows if r["start"][:10] == "2026-09-17")
    assert on_17th == [
        ("2026-09-17T17:30:00+02:00", 'Die Pionierinnen der "goldenen" 1920er Jahre'),
        ("2026-09-17T19:30:00+02:00", "Putin's Global Campaign to Defeat the West"),
    ]
    assert len(rows) == 17


def _bernau(capsys: pytest.CaptureFixture[str]) -> list[dict]:
    return _inspect(
        capsys,
        "static-mineralienfreunde-bernau-jahresprogramm.html",
        "https://mineralienfreunde-bernau.de/jahresprogramm.html",
        "2026-09-01",
    )


def test_a_town_whose_meeting_room_is_told_later_is_the_place(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Batch 21's club programme: „Bernau, Tagungsort wird vorab telefonisch bekanntgegeben.“
    # under each meeting — a sentence, so no place line; the town before it is the place.
    # (named „Gruppentreffen: Fachvorträge, …“ by their kind label since session 41)
    meetings = [r for r in _bernau(capsys) if "Fachvorträge" in r["title"]]
    assert len(meetings) == 16
    assert {r["location"] for r in meetings} == {"Bernau"}
    assert place_after_anchor(["X", "Ab 19 Uhr, Ort wird noch bekanntgegeben."], ["X"]) is None


def test_a_kind_label_is_no_place(capsys: pytest.CaptureFixture[str]) -> None:
    # Bernau's market: <span class="type">Markt</span> under the day — „Markt“ reads like a
    # venue word („Weihnachtsmarkt Göttingen“), but the class says it is the kind of event.
    (market,) = [r for r in _bernau(capsys) if r["start"] == "2026-09-27"]
    assert market["title"] == "Kunst- und Handwerkermarkt Bernau bei Berlin"
    assert market["location"] is None


def test_an_article_and_a_venue_word_under_a_name_are_its_subtitle_not_its_place(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Batch 24's teasers: „<h2>DEPOT61<br/><small>Das Museum</small></h2>“ over „Jeden Samstag
    # von 10 - 17 Uhr“ — „Das Museum“ says what DEPOT61 is; read as its place, the title lost it.
    rows = _inspect(
        capsys,
        "php-rcstgallen-neues-2023-02.html",
        "https://www.rettungscorps.ch/",
        "2023-02-03",
    )
    (museum,) = [r for r in rows if r["start"].startswith("2023-02-04T10:00")]
    assert museum["title"] == "DEPOT61 Das Museum"
    assert museum["location"] != "Das Museum"
