"""Causes found on held-out batch 55 (German pages about one event and civic pages — a council
committee's session, the City of Göttingen's information forum and networking meeting, a council
group's and a citizens' energy cooperative's invitations, a university workshop, a society's annual
conference, a sports club's members' meeting and coaches' training), each pinned on its real page
of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

from datetime import date

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract.day_hours_place import DayHoursPlace, day_hours_place
from netdir.extract.repeated_day_end import end_told_again
from netdir.extract.subtitle_markup import marked_as_subtitle
from tests.extract.realpage_inspect import inspect_page

_SITE = "https://goettinger-klimabuendnis.de"
# page → (base URL, day it was saved), as its truth file gives them
_SAVED = {
    "hugo-klimabuendnis-infoforum-west-2024": (
        f"{_SITE}/2024/04/11/18/00/info-forum_west__windenergie_und_photovoltaik_in_goettingen/",
        "2024-04-09",
    ),
    "hugo-klimabuendnis-buergerenergie-2023": (
        f"{_SITE}/2023/05/10/19/30/energiewende_jetzt_und_hier/",
        "2023-05-03",
    ),
    "hugo-klimabuendnis-umweltausschuss-2021-05": (
        f"{_SITE}/2021/05/25/16/00/oeffentlichenichtoeffentliche_sitzung_des_ausschusses_fuer"
        "_umwelt_klimaschutz_und_mobilitaet/",
        "2022-03-22",
    ),
    "hugo-klimabuendnis-vernetzungstreffen-2024": (
        f"{_SITE}/2024/04/18/17/00/vernetzungstreffen_klimaschutz-tage_2024/",
        "2024-03-02",
    ),
    "next-svw-mitgliederversammlung-2024": (
        "https://www.svwalddorf.de/event/2024-03-15-mitgliederversammlung",
        "2024-02-14",
    ),
}


def _one(capsys: pytest.CaptureFixture[str], page: str) -> dict:
    url, today = _SAVED[page]
    records = inspect_page(capsys, f"{page}.html", url, today)
    assert len(records) == 1
    return records[0]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            "11. April 2024, 18:00 Uhr, Mehrzweckhalle Grone Backhausstrasse 14",
            DayHoursPlace("11. April 2024, 18:00 Uhr", "Mehrzweckhalle Grone Backhausstrasse 14"),
        ),
        ("25. Mai 2021, 16:00 Uhr", DayHoursPlace("25. Mai 2021, 16:00 Uhr", None)),
        (
            "18. April 2024, 17:00 Uhr, Im Holbornschen Haus Rote Strasse 34 Goettingen",
            DayHoursPlace(
                "18. April 2024, 17:00 Uhr", "Holbornschen Haus Rote Strasse 34 Goettingen"
            ),
        ),
        # the rest names the meeting or what follows, not where: the value stays a name
        ("12.03.2026, Hauptausschuss", None),
        ("5. Mai 2024, 18 Uhr, danach Grillen am See", None),
        ("Sommerfest der Feuerwehr", None),
    ],
)
def test_a_labelled_value_of_day_hours_and_place(
    value: str, expected: DayHoursPlace | None
) -> None:
    assert day_hours_place(value) == expected


def test_a_title_label_whose_value_is_day_hours_and_place_dates_and_places_the_event(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „**Veranstaltung: 11. April 2024, 18:00 Uhr, Mehrzweckhalle Grone Backhausstrasse 14**“ under
    # the post's header. Before: titled „Mehrzweckhalle Grone Backhausstrasse 14“, no place.
    record = _one(capsys, "hugo-klimabuendnis-infoforum-west-2024")
    assert record["title"] == "Info-Forum West: Windenergie und Photovoltaik in Göttingen"
    assert record["start"].startswith("2024-04-11T18:00")
    assert record["location"] == "Mehrzweckhalle Grone Backhausstrasse 14"


def test_a_heading_marked_as_subheading_names_no_event(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # <h1>Energiewende Jetzt und Hier!!</h1><h2 class="subheading">Einladung zur 1. Sitzung der
    # Bürgerenergie Göttingen (Genossenschaft in Gründung)</h2>: the theme's subtitle.
    record = _one(capsys, "hugo-klimabuendnis-buergerenergie-2023")
    assert record["title"] == "Energiewende Jetzt und Hier!!"
    assert "Mehrzweckhalle" in record["location"]


def test_the_session_without_place_keeps_its_heading(capsys: pytest.CaptureFixture[str]) -> None:
    # „Veranstaltung: 25. Mai 2021, 16:00 Uhr“ (no place): already right before, stays so.
    record = _one(capsys, "hugo-klimabuendnis-umweltausschuss-2021-05")
    assert record["title"].startswith("öffentliche/nichtöffentliche Sitzung des Ausschusses")
    assert record["start"].startswith("2021-05-25T16:00")
    assert record["location"] is None


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ('<h2 class="subheading">Öffentlichkeitsbeteiligung</h2>', True),
        ('<p class="post-subtitle">Ein Abend</p>', True),
        ('<h2 class="section-heading">Programm</h2>', False),
        ("<h2>Programm</h2>", False),
    ],
)
def test_subtitle_markup(markup: str, expected: bool) -> None:
    node = LexborHTMLParser(markup).body.child  # type: ignore[union-attr]
    assert marked_as_subtitle(node) is expected


def test_beginn_and_the_place_below_a_dated_heading_inside_the_invitation(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „… zu unserer diesjährigen ordentlichen Mitgliederversammlung am“ / <h3>Freitag, 15. März
    # 2024, Beginn 19:30 Uhr</h3> / „**in die Gemeindehalle Walddorfhäslach** ein.“ Before: the
    # day without its hour, no place.
    record = _one(capsys, "next-svw-mitgliederversammlung-2024")
    assert record["title"] == "Mitgliederversammlung"
    assert record["start"].startswith("2024-03-15T19:30")
    assert record["location"] == "Gemeindehalle Walddorfhäslach"


def _lines(*texts: str) -> list[tuple[str, None]]:
    return [(text, None) for text in texts]


def test_the_end_of_the_day_told_again_below() -> None:
    lines = _lines(
        "Veranstaltung: 18. April 2024, 17:00 Uhr, Im Holbornschen Haus Rote Strasse 34 Goettingen",
        "Liebe Klimaschutz-Aktive,",
        "Vernetzungstreffen 2024",
        "Donnerstag, 18. April 2024 von 17 bis 19 Uhr",
    )
    today = date(2024, 3, 2)
    found = end_told_again(lines, 0, "18. April 2024, 17:00 Uhr", today)
    assert found == "Donnerstag, 18. April 2024 von 17 bis 19 Uhr"
    # another day, another clock, or a date text with its end already: nothing
    assert end_told_again(lines, 0, "17. April 2024, 17:00 Uhr", today) is None
    assert end_told_again(lines, 0, "18. April 2024, 16:00 Uhr", today) is None
    assert end_told_again(lines, 0, "18. April 2024, 17:00 - 18:00 Uhr", today) is None
    assert end_told_again(lines, 0, "18. April 2024", today) is None


def test_the_networking_meeting_ends_as_its_letter_says(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Veranstaltung: 18. April 2024, 17:00 Uhr, …“ heads the post; the letter below repeats
    # „Donnerstag, 18. April 2024 von 17 bis 19 Uhr“. Before: no end.
    record = _one(capsys, "hugo-klimabuendnis-vernetzungstreffen-2024")
    assert record["start"].startswith("2024-04-18T17:00")
    assert record["end"].startswith("2024-04-18T19:00")
