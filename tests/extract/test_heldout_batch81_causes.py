"""Causes found on held-out batch 81 (a hackerspace's event posts), checked on its real pages of
the corpus (tests/realpages/README.md)."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page


def test_each_whole_event_post_of_the_category_page_is_one_record(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Before: blocks of the posts' lines titled „Eintritt frei!“, „rixx“, „minikrebse“ (3/9).
    records = inspect_corpus_page(capsys, "hexo-shackspace-events-2014-05")
    assert [(r["start"][:16], r["title"]) for r in records] == [
        ("2014-04-26T11:00", "Workshop: Chainmail"),
        ("2014-05-10T20:00", "Vortrag: Datenübertragung mit Licht"),
        ("2014-02-22T15:00", "Workshop: Einführung in die Versionskontrolle mit Git"),
        ("2014-02-08T15:00", "Workshop: Cisco Administration"),
        ("2014-01-19T16:00", "Workshop: Upgrade your WR703 (minikrebs) and others"),
        ("2013-09-22T11:00", "Repair-Cafe 2: Wegwerfen war Gestern"),
        ("2013-09-06T20:00", "Konzert: Jake Rathburn LIVE & Unplugged"),
        ("2013-08-04T19:00", "CypherPunks: Passwortsicherheit und -management / Keysigning Party"),
        ("2013-07-21T19:00", "Cypherpunks: Einführung in GPG/PGP, Keysigning- & Kryptoparty"),
    ]
    # The „Anfahrt:“ line is the place; the monthly Open Source Ecology meeting is no record.
    assert all("Ulmer Straße 255" in (r.get("location") or "") for r in records)


def test_a_yearless_day_of_a_post_counts_from_the_day_in_its_link(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Termine: 26.9. 10:00, 27.9. 10:00“ in a post linked as /2015/09/05/…, and the IOT
    # workshop's „am 20. Mai“ in one of /2017/04/25/…: before, 2017-09-26 and 2018-05-20.
    records = inspect_corpus_page(capsys, "hexo-shackspace-events-2017-05")
    starts = {r["title"]: r["start"][:16] for r in reversed(records)}  # a title's first record
    assert (
        starts["Workshop: Einführung in die Mikrocontroller-Programmierung"] == "2015-09-26T10:00"
    )
    iot = "IOT für Einsteiger: SMD löten + ESP8266 prototyping hands-on workshop"
    assert starts[iot].startswith("2017-05-20")
    # „Datum: Mittwoch, 02. Dezmeber 2015, 18:30 Uhr“: the typo does not hide the day.
    assert starts["Softwerkskammer Treffen & Vortrag: XP, Scrum & Kanban"] == "2015-12-02T18:30"


def _days_of(records: list[dict], title: str) -> list[str]:
    return [r["start"][:16] for r in records if r["title"] == title]


def test_each_day_of_a_two_day_workshop_is_one_record(capsys: pytest.CaptureFixture[str]) -> None:
    # Batch 81's leftovers (README): before, one record each, its second day missed.
    records = inspect_corpus_page(capsys, "hexo-shackspace-events-2017-05")
    # „Termine: 26.9. 10:00, 27.9. 10:00“: each day with its own clock (no „Uhr“).
    assert _days_of(records, "Workshop: Einführung in die Mikrocontroller-Programmierung") == [
        "2015-09-26T10:00",
        "2015-09-27T10:00",
    ]
    records = inspect_corpus_page(capsys, "hexo-shackspace-events-2015-02")
    # „Samstag 13. und Sonntag 14. Septemper 2014, jeweils 14 Uhr“: the typo hid the shared month.
    assert _days_of(records, "Workshop: git für Einsteiger und Fortgeschrittene") == [
        "2014-09-13T14:00",
        "2014-09-14T14:00",
    ]
    # „Datum: Samstag, 20. September & Sonntag 21. September 2014“ under the sentence „Am Samstag
    # den 20. und Sonntag den 21. September 2014 jeweils ab 14 Uhr …“.
    assert _days_of(records, "Workshop: SMD Löten - 3D LED Cube") == [
        "2014-09-20T14:00",
        "2014-09-21T14:00",
    ]


def test_a_date_line_whose_weekday_is_wrong_gives_way_to_the_posts_sentence(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Datum: Samstag, 14.06.2015, 14:00 Uhr“ (a Sunday) under „Am Samstag den 20. Juni 2015 um
    # 14 Uhr …“: before, 14 June.
    records = inspect_corpus_page(capsys, "hexo-shackspace-events-2017-05")
    assert _days_of(records, "NixOS Hacking: Hydra - eigene NixOS Channel bauen") == [
        "2015-06-20T14:00"
    ]
