"""A post's report of its event is read by one list of verbs (prose_announcements.TAKES_PLACE and
REPORTS_ITS_EVENT): the sentence that makes a post's lead announce its day is the sentence whose
place reported_places takes (session 41's review: the two kept lists of their own)."""

from __future__ import annotations

import pytest

from netdir.extract.prose_announcements import announcing_sentence
from netdir.extract.reported_places import place_of_the_reported_day

_REPORTS = [
    "Am 3. Mai 2026 veranstaltete die Feuerwehr im Feuerwehrhaus einen Frühschoppen.",
    "Am 3. Mai 2026 nahm eine Abordnung im Feuerwehrhaus an einer kleinen Feier teil.",
    "Am 3. Mai 2026 feierte die Feuerwehr im Feuerwehrhaus ihr Jubiläum.",
    "Am 3. Mai 2026 fand im Feuerwehrhaus unsere Jahreshauptversammlung statt.",
    "Am 3. Mai 2026 rollten wir im Feuerwehrhaus einen roten Teppich aus.",
]


@pytest.mark.parametrize("sentence", _REPORTS)
def test_a_reported_event_is_announced_and_placed_alike(sentence: str) -> None:
    assert announcing_sentence(sentence, reports=True) == sentence
    assert place_of_the_reported_day([sentence]) == "Feuerwehrhaus"


def test_a_modal_past_reports_nothing_to_either() -> None:
    sentence = "Am 3. Mai 2026 mussten wir im Feuerwehrhaus leider alles absagen."
    assert announcing_sentence(sentence, reports=True) is None
    assert place_of_the_reported_day([sentence]) is None
