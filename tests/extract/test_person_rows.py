"""Rows named only by who leads them take the kind of meeting their heading names (person_rows),
with the fellowship's schedule tables of held-out batch 58 they were found on."""

from __future__ import annotations

import pytest

from netdir.extract.block_reading import BlockReading
from netdir.extract.person_rows import name_rows_led_by_people
from tests.extract.realpage_inspect import inspect_corpus_page


def _named(heading: str | None, *titles: str) -> list[str | None]:
    readings = [
        BlockReading(title=title, date_text=f"0{n + 1}.09.2026") for n, title in enumerate(titles)
    ]
    name_rows_led_by_people(readings, [heading] * len(readings))
    return [reading.title for reading in readings]


def test_rows_of_people_under_a_kind_of_meeting_are_that_meeting_led_by_them() -> None:
    assert _named("Bibelstunden (Mittwochs, 19:30 Uhr)", "Otto, Markus", "noch offen") == [
        "Bibelstunde (Otto, Markus)",
        "Bibelstunde",
    ]
    assert _named(
        "Gemeinschaftsstunden (Sonntags)", "Stadtparkgottesdienst", "Plock, Wilfried", "Kunz, Robby"
    ) == [
        "Stadtparkgottesdienst",
        "Gemeinschaftsstunde (Plock, Wilfried)",
        "Gemeinschaftsstunde (Kunz, Robby)",
    ]
    # one row, the kind in the singular already; German plurals of other kinds
    assert _named("Frauenstunde (1. Mittwoch im Monat, 19:30 Uhr)", "Hernes, Lydia") == [
        "Frauenstunde (Hernes, Lydia)"
    ]
    assert _named("Vorstandssitzungen", "Müller, Hans", "N.N.") == [
        "Vorstandssitzung (Müller, Hans)",
        "Vorstandssitzung",
    ]
    assert _named("Gottesdienste", "Meier, Anna") == ["Gottesdienst (Meier, Anna)"]
    assert _named("Colloquium Talks", "Lee, Jaechoul") == ["Colloquium Talks (Lee, Jaechoul)"]


@pytest.mark.parametrize(
    ("heading", "titles"),
    [
        (None, ("Otto, Markus",)),  # no heading names the kind
        ("Bibelstunden", ("Sommerfest", "Gemeindeausflug", "Otto, Markus")),  # mostly names
        ("Termine 2026 im Überblick und was sonst so los ist", ("Otto, Markus",)),  # no kind
        ("Konzerte", ("Bach, Mozart und Haydn",)),  # no surname and first name
    ],
)
def test_other_rows_keep_their_titles(heading: str | None, titles: tuple[str, ...]) -> None:
    assert _named(heading, *titles) == list(titles)


def test_the_fellowships_rows_are_its_meetings_led_by_the_person_named(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<h2>Bibelstunden (Mittwochs, 19:30 Uhr)</h2>“ over „Datum | Wer gestaltet“ rows
    # „09.09.2026 | Otto, Markus“, „16.09.2026 | noch offen“: titled by the person or „noch offen“
    # before (title 2/8 of the found items, recall 8/11).
    records = inspect_corpus_page(capsys, "static-lkg-limbach-oberfrohna-termine-2026-09")
    titles = [(r["start"][:10], r["title"]) for r in records]
    assert ("2026-09-06", "Gemeinschaftsstunde (Plock, Wilfried)") in titles
    assert ("2026-09-16", "Bibelstunde") in titles
    assert ("2026-09-02", "Frauenstunde (Hernes, Lydia)") in titles
    assert ("2026-08-30", "Stadtparkgottesdienst") in titles
    assert not [title for _, title in titles if title == "noch offen"]
