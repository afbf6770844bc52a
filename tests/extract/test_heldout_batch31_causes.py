"""Causes found on held-out batch 31 (public bodies: five pages of the Universität Bamberg's
TYPO3 site, a municipality's news page), each pinned on its real page of the corpus
(tests/realpages/README.md)."""

from __future__ import annotations

import pytest

from netdir.extract.title_text import is_junk_title
from tests.extract.realpage_inspect import inspect_page as _inspect

SERIES = (
    "typo3-unibamberg-vortragsreihen-2025.html",
    "https://www.uni-bamberg.de/events/vortragsreihen/",
    "2025-12-24",
)
LECTURES = (
    "typo3-unibamberg-antrittsvorlesungen-2025.html",
    "https://www.uni-bamberg.de/events/antritt-abschied/",
    "2025-12-24",
)


def test_a_sentence_pointing_to_the_programme_names_nothing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Each lecture series ends on „Das Programm finden Sie <a>hier</a>.“: the paragraph was a
    # record of its own, undated, titled by the sentence.
    for sentence in (
        "Das Programm finden Sie hier .",
        "Das Programm und die Anmeldung finden Sie hier.",
        "Weitere Informationen finden Sie hier",
    ):
        assert is_junk_title(sentence), sentence
    # A name that merely contains the words stays a name.
    assert not is_junk_title("Hier finden Sie Ruhe – Meditationsabend")
    rows = _inspect(capsys, *SERIES)
    assert not [r for r in rows if "finden Sie hier" in r["title"]]
    assert all(r["start"] for r in rows)
