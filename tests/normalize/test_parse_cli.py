"""`netdir parse when|place`: JSON on stdout for source authors."""

from __future__ import annotations

import json

import pytest

from netdir.cli.main import main


def test_parse_when_prints_its_fields_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["parse", "when", "12.–14. März, 9:30 Uhr", "--today", "2026-11-27"])
    assert code == 0
    assert json.loads(capsys.readouterr().out) == {
        "start": "2027-03-12T09:30:00+01:00",
        "end": "2027-03-14",
        "all_day": False,
        "precision": "minute",
        "recurrence": None,
        "deadline": None,
        "published": None,
    }


def test_parse_when_reports_a_deadline_instead_of_an_event_day(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["parse", "when", "Anmeldeschluss: 01.03.2027", "--today", "2026-11-27"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert (found["start"], found["deadline"], found["published"]) == (None, "2027-03-01", None)


def test_parse_when_junk_prints_nulls(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "when", "tba", "--today", "2026-11-27"]) == 0
    assert json.loads(capsys.readouterr().out) == dict.fromkeys(
        ("start", "end", "all_day", "precision", "recurrence", "deadline", "published")
    )


def test_parse_when_prints_the_rule_and_the_next_occurrence(
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = "jeden ersten Donnerstag im Monat, ab 16:00 Uhr"
    assert main(["parse", "when", text, "--today", "2026-11-27"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["recurrence"] == "FREQ=MONTHLY;BYDAY=1TH"
    assert found["start"] == "2026-12-03T16:00:00+01:00"


@pytest.mark.parametrize(
    ("flags", "start"),
    [
        ([], "2023-09-07"),
        (["--lang", "en-US"], "2023-09-07"),
        (["--lang", "de"], "2023-07-09"),
        (["--day-first"], "2023-07-09"),
        (["--no-day-first"], "2023-09-07"),
    ],
)
def test_parse_when_reads_slashed_dates_in_the_order_asked_for(
    capsys: pytest.CaptureFixture[str], flags: list[str], start: str
) -> None:
    assert main(["parse", "when", "09/07/23", "--today", "2026-11-27", *flags]) == 0
    assert json.loads(capsys.readouterr().out)["start"] == start


def test_parse_place_prints_format_city_state_venue(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "place", "silent green\nGerichtstraße 35\n13347 Berlin"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "format": "in_person",
        "city": "Berlin",
        "state": "Berlin",
        "venue": "silent green",
    }


def test_parse_when_rejects_a_malformed_today(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["parse", "when", "18. März", "--today", "27.11.2026"])
    assert exit_info.value.code == 2
    assert "expected a date like 2027-03-12" in capsys.readouterr().err


def test_date_role_tells_an_extractor_which_texts_hold_no_event_day() -> None:
    from datetime import date

    from netdir.normalize import date_role

    today = date(2026, 11, 27)
    assert date_role("Bewerberfrist, Montag 27.9.2027 18.00 Uhr", today=today) == "deadline"
    assert date_role("zuletzt bearbeitet am 11. Februar 2026 um 11:07 Uhr", today=today) == (
        "published"
    )
    assert date_role("Anmeldeschluss 1.3., Tagung am 12.03.2027", today=today) is None
    assert date_role("Mehr erfahren", today=today) is None
