"""Causes found by held-out structured batch AF, checked on the saved corpus files."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page


def _by_title(records: list[dict]) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for record in records:
        found.setdefault(record["title"], []).append(record)
    return found


def test_an_aggregator_feeds_bracketed_fields_give_name_town_and_days(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = _by_title(inspect_corpus_page(capsys, "rss-ki-schweiz-veranstaltungen-2026-06"))
    [burnout] = records["Prévention & accompagnement du burnout"]
    assert (burnout["start"], burnout["city"]) == ("2026-06-16", "Morges")
    [football] = records["Coupe du Monde de Football"]
    assert (football["start"], football["end"]) == ("2026-06-11", "2026-07-19")
    assert "Et nous alors?" in records  # „[Datum unbekannt]“: the name, no day
    assert records["Et nous alors?"][0]["start"] is None


def test_the_dated_tournament_of_a_weekly_series_keeps_its_day(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = _by_title(
        inspect_corpus_page(capsys, "rss-gardenofchaos-fantasystrike-events-2020-06")
    )
    # „The fifth weekly Garden of Chaos tournament … on Thursday the 25th of June 2020“
    assert records["Garden of Chaos B"][0]["start"].startswith("2020-06-25T20:00")
    assert records["Garden of Chaos 1"][0]["start"].startswith("2020-05-21T20:00")


def test_a_series_whose_utc_until_falls_before_its_next_night_keeps_its_last(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = _by_title(inspect_corpus_page(capsys, "ical-sabredav-xhain-kalender-2023-12"))
    alarms = sorted(
        r["start"]
        for r in records["Could somebody check the fire alarms, that would be great thanks"]
    )
    assert [start[:16] for start in alarms] == ["2023-10-14T12:00", "2024-01-13T12:30"]


def test_a_discourse_event_in_an_atom_entry_dates_the_meetup_not_the_posting(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = _by_title(
        inspect_corpus_page(capsys, "atom-discourse-indiewebclub-blr-events-2026-08")
    )
    [meetup] = records["IndieWebClub #31"]
    assert (meetup["start"], meetup["end"]) == (
        "2026-08-02T11:30:00+05:30",
        "2026-08-02T14:30:00+05:30",
    )


def test_an_entry_posted_with_tournaments_of_other_days_is_not_dated_by_the_posting(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = _by_title(
        inspect_corpus_page(capsys, "rss-gardenofchaos-fantasystrike-events-2020-06")
    )
    # posted at 14:30 on 27 June with the tournaments of 2 and 4 July; it names no day
    assert records["Garden of Chaos Big Update Tournament"][0]["start"] is None
    assert records["Rank Up Night"][0]["start"] is None


def test_a_bracketed_titles_day_takes_the_start_its_summary_states(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = _by_title(inspect_corpus_page(capsys, "rss-ki-schweiz-veranstaltungen-2026-06"))
    # „[18.06.2026 - 18.06.2026]“ over „Start ist um 18:00 Uhr mit der Ausstellung …“
    assert records["Draw & Drink x mudac"][0]["start"].startswith("2026-06-18T18:00")
