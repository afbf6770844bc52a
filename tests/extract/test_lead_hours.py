"""The hours a list's lead states for all its days (lead_times), and where (lead_places)."""

from __future__ import annotations

import pytest

from netdir.extract import extract_page
from netdir.extract.lead_places import venue_taking_place
from netdir.extract.lead_times import _TAKING_PLACE_HOURS
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page


def test_the_hours_a_sentence_says_the_meetings_take_place_in() -> None:
    found = _TAKING_PLACE_HOURS.search("Diese finden von 18 bis ca. 22 Uhr statt. Die Teilnahme")
    assert found is not None and (found["start"], found["end"]) == ("18", "22")
    assert _TAKING_PLACE_HOURS.search("Die Sprechstunde ist von 18 bis 22 Uhr besetzt.") is None


def test_a_place_after_statt_and_the_days() -> None:
    assert (
        venue_taking_place(
            "Die Vorträge im Rahmen der 35. Bamberger Hegelwoche finden statt vom 3. bis 5. "
            "Juni, jeweils um 19.15 Uhr, in der AULA der Universität, Dominikanerstraße 2a."
        )
        == "AULA der Universität, Dominikanerstraße 2a"
    )


def test_the_lead_states_the_hours_of_the_list_below_it() -> None:
    html = """<html><body><main><h1>Termine</h1>
    <h2>Monatliche Treffen</h2>
    <p>Diese finden von <strong>18 bis ca. 22 Uhr</strong> statt.</p>
    <ul><li>Freitag, 27. Mai 2016</li><li>Freitag, 24. Juni 2016</li>
    <li>Freitag, 22. Juli 2016 - kleine Geburtstagsfeier</li></ul>
    <h2>Workshops</h2>
    <ul><li>Sonntag, 19. Juni 2016, 13-18 Uhr: Scala</li></ul>
    </main></body></html>"""
    records = extract_page(page_from_text(html, "https://example.org/termine.html")).records
    texts = [record.date_text or "" for record in records]
    assert any(text.startswith("Freitag, 27. Mai 2016") and "18 - 22 Uhr" in text for text in texts)


def test_programme_days_under_a_section_stating_when_and_where(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The Hegelwoche's page: „Zeit und Ort“ (each talk at 19.15 in the AULA), an empty box and
    a long ticket notice, then „Programm“ and the three day blocks without a time or place."""
    records = inspect_corpus_page(capsys, "typo3-unibamberg-hegelwoche-2025")
    dated = [r for r in records if r["start"]]
    assert [r["start"][:16] for r in dated] == [
        "2025-06-03T19:15",
        "2025-06-04T19:15",
        "2025-06-05T19:15",
    ]
    assert {r["location"] for r in dated} == {"AULA der Universität, Dominikanerstraße 2a"}


def test_monthly_meetings_above_the_workshops(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "static-opensourcetreffen-termine")
    assert [(r["start"][:16], (r["end"] or "")[:16]) for r in records[:3]] == [
        ("2016-05-27T18:00", "2016-05-27T22:00"),
        ("2016-06-24T18:00", "2016-06-24T22:00"),
        ("2016-07-22T18:00", "2016-07-22T22:00"),
    ]
