"""extract/sentence_places.meeting_place: where an item's prose says people meet, after the hour."""

from __future__ import annotations

import pytest

from netdir.extract.sentence_places import meeting_place
from tests.extract.realpage_inspect import inspect_corpus_page


def test_the_meeting_point_after_the_hour_is_the_place() -> None:
    assert meeting_place("Treffpunkt ist um 13:00 Uhr am Dorfplatz. Die Führung dauert.") == (
        "Dorfplatz"
    )
    assert meeting_place("Wir treffen uns um 10.30 Uhr am Schützenhaus und wandern los.") == (
        "Schützenhaus"
    )
    assert meeting_place("Treffpunkt um 9:30 Uhr auf dem Dürerplatz!") == "Dürerplatz"
    assert meeting_place(
        "… treffen wir uns um 19 Uhr im Zeiseweg 9 in den Räumen des CCCHH um"
    ) == ("Zeiseweg 9 in den Räumen des CCCHH")


def test_no_place_from_a_day_a_meeting_without_hour_or_another_clock() -> None:
    assert meeting_place("Wir treffen uns um 19 Uhr am Montag.") is None
    assert meeting_place("Wir treffen uns am Dorfplatz.") is None  # read by other rules
    assert meeting_place("Die Führung beginnt um 14 Uhr am Rathaus.") is None


def test_the_programme_and_club_pages_name_their_meeting_points(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """„Treffpunkt ist um 13:00 Uhr am Dorfplatz.“ (Historischer Verein Oberammergau 2026) and
    „Wir treffen uns um 10.30 Uhr am Schützenhaus und wandern …“ (SV Haimbach)."""
    programme = inspect_corpus_page(capsys, "zola-hv-oberammergau-jahresprogramm-2026")
    places = {record["title"]: record["location"] for record in programme}
    assert places["Tag des offenen Denkmals – Ortsführung"] == "Dorfplatz"
    club = inspect_corpus_page(capsys, "hugo-sv-haimbach-start-2024")
    assert "Schützenhaus" in [record["location"] for record in club]


def test_a_meeting_point_after_the_rows_name_is_cut_from_the_name(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """„Frühlingsradtour 2017 (die traditionelle Dieztour), Treffpunkt um 9:30 Uhr auf dem
    Dürerplatz!“: the row's one line keeps being split into name and place (``title_venues``)."""
    records = inspect_corpus_page(capsys, "hugo-schulsportverein-wiesbaden-termine-2017")
    tour = next(r for r in records if r["title"].startswith("Frühlingsradtour"))
    assert (tour["title"], tour["location"]) == (
        "Frühlingsradtour 2017 (die traditionelle Dieztour)",
        "Dürerplatz",
    )
