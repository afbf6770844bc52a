"""The venue an item's prose states in a sentence („Veranstaltungsort ist Google Meet.“, batch 76's
Java-Treff page: place 0/1 before; „findet im Gemeindesaal statt“)."""

from __future__ import annotations

import pytest

from netdir.extract.stated_venues import stated_venue
from tests.extract.realpage_inspect import inspect_corpus_page


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Veranstaltungsort ist Google Meet.", "Google Meet"),
        ("Die Probe findet im Gemeindesaal statt.", "Gemeindesaal"),
        ("Tagungsort ist das Bürgerhaus Weststadt, Musterstraße 5.", "Bürgerhaus Weststadt"),
        ("Der Kurs findet wie immer in der Alten Schule statt.", "Alten Schule"),
        ("Das Treffen findet diesmal im Haus der Vereine statt.", "Haus der Vereine"),
        ("Der Kurs findet in den Räumen der Volkshochschule statt.", "Räumen der Volkshochschule"),
        ("Veranstaltungsort ist auf der Festwiese.", "Festwiese"),
    ],
)
def test_the_stated_venue(text: str, place: str) -> None:
    assert stated_venue(text) == place


@pytest.mark.parametrize(
    "text",
    [
        "Das Konzert findet im Rahmen der Kulturwoche statt.",  # a frame
        "Das Fest findet im Mai statt.",  # a month
        "Der Stammtisch findet am Dienstag statt.",  # a weekday
        "Die Feier findet im Freien statt.",  # a manner
        "Im Gemeindesaal gibt es Kaffee.",  # no statement of where it is held
        "Der Veranstaltungsort ist noch offen.",  # no name
    ],
)
def test_no_venue(text: str) -> None:
    assert stated_venue(text) is None


def test_the_java_treff_takes_its_venue_from_its_sentence(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<h4>Kafka Special …</h4><h3>13.10.2020 - 18:30 Uhr …</h3><p><em><strong>Veranstaltungsort
    # ist <a>Google Meet</a>.</strong></em></p>“. Before: no place on any of the four meetings.
    records = inspect_corpus_page(capsys, "hugo-jugin-java-treff-2020-10")
    assert [r["location"] for r in records] == ["Google Meet", None, None, None]
    assert records[0]["field_sources"]["location_text"].endswith(" the venue its prose states")


def test_the_java_treffs_google_meet_makes_it_an_online_meeting(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Veranstaltungsort ist Google Meet.“: a video platform's meeting room, no physical venue.
    # Before: format in_person (parse_place read „Google Meet“ as a venue's name).
    records = inspect_corpus_page(capsys, "hugo-jugin-java-treff-2020-10")
    assert records[0]["format"] == "online"
