"""`netdir parse when|place`: JSON on stdout for source authors."""

from __future__ import annotations

import json

import pytest

from netdir.cli.main import main


def test_parse_when_prints_the_four_fields_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["parse", "when", "12.–14. März, 9:30 Uhr", "--today", "2026-11-27"])
    assert code == 0
    assert json.loads(capsys.readouterr().out) == {
        "start": "2027-03-12T09:30:00+01:00",
        "end": "2027-03-14",
        "all_day": False,
        "precision": "minute",
    }


def test_parse_when_junk_prints_nulls(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "when", "tba", "--today", "2026-11-27"]) == 0
    assert json.loads(capsys.readouterr().out) == dict.fromkeys(
        ("start", "end", "all_day", "precision")
    )


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
