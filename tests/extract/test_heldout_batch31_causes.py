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


def test_the_evenings_listed_under_wann_jeweils_are_one_record_each(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<strong>Wann:</strong> jeweils um 18.30 Uhr<br>14. Oktober 2025<br>21. Oktober 2025<br>…“
    # under the series' h2: only the first evening was read (4 of 19 records).
    rows = _inspect(capsys, *SERIES)
    colloquium = sorted(r["start"] for r in rows if r["title"] == "Archäologisches Kolloquium")
    assert len(colloquium) == 9
    assert colloquium[0].startswith("2025-10-14T18:30") and colloquium[-1].startswith("2026-02-03")
    # „Wann: <br>24. Oktober 2025<br>…“ (no hour): the days alone.
    practices = [r for r in rows if r["title"] == "Bamberger Best Practices in der Lehre"]
    assert sorted(r["start"][:10] for r in practices) == [
        "2025-10-24",
        "2025-12-03",
        "2026-01-15",
        "2026-01-28",
    ]
    assert len(rows) == 19


def test_a_line_labelled_thema_names_the_lecture_not_the_speakers_link(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Wer: <a>Prof. Dr. Norbert Kössinger</a><br>Thema: ‚Vom Abschreiben deutscher Bücher‘. …
    # <br>Wann: 21. Oktober 2025, 18 Uhr<br>Wo: …“: each lecture was titled by its speaker.
    rows = _inspect(capsys, *LECTURES)
    titles = {r["start"][:16]: r["title"] for r in rows}
    assert titles["2025-10-21T18:00"].startswith("‚Vom Abschreiben deutscher Bücher‘")
    assert titles["2026-01-27T18:15"].startswith("Zwischen den Zeilen")
    assert not [r for r in rows if r["title"].startswith("Prof. Dr.")]


def test_a_heading_zeit_und_ort_names_no_offering(capsys: pytest.CaptureFixture[str]) -> None:
    # The Hegelwoche page: h2 „Zeit und Ort“ over „Die Vorträge … finden statt vom 3. bis 5.
    # Juni, jeweils um 19.15 Uhr, in der AULA …“ was a record titled „Zeit und Ort“, dated on
    # next year's 3 June.
    for heading in ("Zeit und Ort", "Datum & Uhrzeit", "Ort und Zeit:", "Date and venue"):
        assert is_junk_title(heading), heading
    assert not is_junk_title("Zeit und Raum – ein Vortrag")
    rows = _inspect(
        capsys,
        "typo3-unibamberg-hegelwoche-2025.html",
        "https://www.uni-bamberg.de/events/hegelwoche/2025/",
        "2025-12-24",
    )
    assert not [r for r in rows if r["title"] == "Zeit und Ort"]
    assert sorted(r["start"][:10] for r in rows if r["start"]) == [
        "2025-06-03",
        "2025-06-04",
        "2025-06-05",
    ]


def test_undated_headlines_beside_a_few_dated_invitations_are_news(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Ittlingen's „Aktuelles“: ten linked headlines, two of them invitations that name their day
    # („Einladung zur Gemeinderatssitzung am Mittwoch, 14. August 2013“); the other eight
    # („Neues Adressbuch“, „Bildernachlese Dorffest 2013“, …) were undated records.
    rows = _inspect(
        capsys,
        "reddot-ittlingen-aktuelles-2013.html",
        "http://www.ittlingen.de/2346_DEU_WWW.php",
        "2013-08-09",
    )
    # (an invitation is titled by what it invites to: normalize.record._INVITATION)
    assert [(r["title"], r["start"][:10]) for r in rows] == [
        ("Gemeinderatssitzung", "2013-08-14"),
        ("Stiftungsratssitzung", "2013-08-14"),
    ]


def test_a_bracket_after_the_name_holds_its_day_hours_and_room(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Talk Times: „<strong>Richtlinie “Grenzen wahren” </strong>(03.11.2025, 13 - 14 Uhr,
    # U11/00.16)“ per line. The titles kept the bracket, so the list did not name the page's
    # „Anstehende Veranstaltung“ (h3 „Intersektionalität“, „Datum:“ …) and the page was read
    # as that one event: the November session was lost.
    rows = _inspect(
        capsys,
        "typo3-unibamberg-talk-times-2025.html",
        "https://www.uni-bamberg.de/antidiskriminierung/veranstaltungen/talk-times/",
        "2025-12-24",
    )
    by_title = {r["title"]: r for r in rows if r["start"]}
    assert set(by_title) == {"Richtlinie “Grenzen wahren”", "Intersektionalität"}
    november = by_title["Richtlinie “Grenzen wahren”"]
    assert november["start"].startswith("2025-11-03T13:00")
    assert november["end"].startswith("2025-11-03T14:00")
    assert november["location"] == "U11/00.16"
