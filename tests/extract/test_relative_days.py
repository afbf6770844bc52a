"""Relative day words in a listing: a date cell „Tomorrow“, a section heading „… Today“."""

from __future__ import annotations

from datetime import date

from netdir.extract.date_cues import DATE_LIKE
from netdir.extract.relative_days import is_relative_day, today_of_heading
from netdir.normalize.when import parse_when


def test_a_date_cell_holding_only_a_relative_day_word() -> None:
    for text in ("Tomorrow", "today", "Heute", "morgen", "Übermorgen", " Tonight "):
        assert is_relative_day(text), text
    for text in ("Today's Deals", "Heute im Programm: Jazz", "Guten Morgen", "Sat, 11/18"):
        assert not is_relative_day(text), text
    assert parse_when("Tomorrow", today=date(2006, 11, 8)).start == "2006-11-09"


def test_a_short_heading_that_names_today() -> None:
    assert today_of_heading("Around the World Today") == "today"
    assert today_of_heading("Heute in Berlin") == "today"
    assert today_of_heading("Nearby Popular Events") is None
    assert today_of_heading("Guten Morgen, Nachbarn") is None
    assert today_of_heading(None) is None
    assert (
        today_of_heading("What the council decided today about the new swimming pool plans") is None
    )


def test_a_weekday_before_a_slashed_day_and_month_is_a_date_cue() -> None:
    for text in ("Sat, 11/18", "Mon, 1/8", "Saturday 11/18", "Samstag, 18/11"):
        assert DATE_LIKE.search(text) is not None, text
    # a lowercase German abbreviation before a fraction, and „24/7“, are no dates
    for text in ("so 1/2 Tasse Zucker", "Di 1/2 Tasse", "open Mon-Sun 24/7"):
        assert DATE_LIKE.search(text) is None, text
