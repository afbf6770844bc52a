"""Held-out batch 83 (a Land's online trainings for school-software advisers, a tourism
congress's programme): the general causes of what netdir missed there."""

from __future__ import annotations

import pytest

from netdir.extract import extract_page
from netdir.extract.listing_groups import _is_furniture_name
from netdir.extract.listing_row_context import is_time_cell
from netdir.extract.notices import is_report
from netdir.extract.reference_links import into_another_page
from netdir.extract.session_labels import name_under_the_label
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import TRUTH, page_records
from tests.realpages.corpus import load_truth


def _records(page_id: str) -> list[tuple[str | None, str | None, str | None]]:
    truth = load_truth(TRUTH / f"{page_id}.yaml")
    return page_records(page_id, truth.base_url, truth.today)


@pytest.mark.parametrize("name", ["has-sidebar", "has-aside", "with-header", "hasSidebar"])
def test_a_layouts_state_is_no_furniture(name: str) -> None:
    assert not _is_furniture_name(name)


@pytest.mark.parametrize("name", ["sidebar", "site-footer", "main-nav", "sidebar-left"])
def test_what_an_element_is_still_decides(name: str) -> None:
    assert _is_furniture_name(name)


def _section(name: str, day: str) -> str:
    return (
        f"<h2>{name}</h2><ul><li>Fortbildungstermin: {day}</li>"
        f'<li>Zeit: 14:00 - 14:45 Uhr</li><li><a href="./{day}/">Details</a></li></ul>'
    )


def test_sections_inside_a_content_box_that_has_a_sidebar_are_read() -> None:
    sections = "".join(
        _section(name, day)
        for name, day in [
            ("Fortbildung: Reports", "28.11.2024"),
            ("Fortbildung: Migration", "29.11.2024"),
            ("Offene Austauschrunde", "10.12.2024"),
        ]
    )
    html = (
        '<html><body><div class="VPContent has-sidebar"><div class="VPDoc has-sidebar has-aside">'
        f'<main class="main"><div class="vp-doc"><div>{sections}</div></div></main>'
        "</div></div></body></html>"
    )
    records = extract_page(page_from_text(html)).records
    assert [r.title for r in records] == [
        "Fortbildung: Reports",
        "Fortbildung: Migration",
        "Offene Austauschrunde",
    ]


def test_cause_the_trainings_under_vitepress_layout_classes_are_found() -> None:
    # Batch 83: VitePress's „VPDoc has-sidebar has-aside“ around the whole page made its six
    # dated h2 sections a group inside furniture, scored 0.22: no record at all.
    got = _records("vitepress-svws-fachberater-fortbildungen-2024-11")
    starts = {title: start for title, start, _ in got}
    assert starts["Offene Austauschrunde"] == "2024-12-10T14:30:00+01:00"
    assert starts["Fortbildung: Reparieren von Schild2-MDBs"] == "2024-12-05T14:00:00+01:00"
    assert sum(1 for start in starts.values() if start) == 6


def test_a_report_title_with_its_hours_is_a_session() -> None:
    assert is_report("Infos zu unseren Mitgliederbeiträgen", "17.03.2026")
    assert is_report("Fotos vom Kinderfest", None)
    assert not is_report(
        "Infos zu Neuerungen und zum Entwicklungsstand", "17.03.2026, 15:00 - 16:00"
    )


def test_cause_the_information_session_of_the_training_table_stays() -> None:
    # Batch 83: „Infos zu Neuerungen und zum Entwicklungsstand | 17.03.2026 | 15:00 - 16:00“
    # was dropped as an information post.
    got = _records("vitepress-svws-fachberater-fortbildungen-2026-07")
    starts = {title: start for title, start, _ in got}
    assert starts["Infos zu Neuerungen und zum Entwicklungsstand"] == "2026-03-17T15:00:00+01:00"


@pytest.mark.parametrize(
    "cell", ["ab ca. 15.00 Uhr", "ca. 9.30 Uhr", "um ca. 9 Uhr", "ab 19.00 Uhr"]
)
def test_a_time_cell_may_say_circa(cell: str) -> None:
    assert is_time_cell(cell)


@pytest.mark.parametrize("cell", ["ca. 200 Teilnehmer", "ab sofort"])
def test_circa_without_a_clock_is_no_time_cell(cell: str) -> None:
    assert not is_time_cell(cell)


def _programme_row(hour: str, point: str) -> str:
    return (
        f'<tr><td width="5%"></td><td valign="top" width="20%"><b>{hour}</b></td>'
        f'<td width="10%"></td><td width="65%">{point}</td></tr>'
        '<tr><td colspan="4" height="10"></td></tr>'
    )


def _programme_day(day: str, rows: str) -> str:
    return (
        f'<div class="programm"><div class="programmHeader"><span>{day}</span></div>'
        f'<div class="programmContent"><table border="0"><tbody>{rows}</tbody></table></div></div>'
    )


def _programme(first_hour: str = "ab ca. 15.00 Uhr") -> str:
    day_one = _programme_row(
        first_hour, '<b>Vorstandssitzung</b><br/>im <a href="/orte#saal">Konzerthaus, Saal 9</a>'
    ) + _programme_row(
        "ab 19.00 Uhr",
        '<b>Willkommen in der Stadt</b><br/><a href="/orte#kaufhaus">Empfang im Kaufhaus</a>',
    )
    day_two = (
        _programme_row(
            "09.30 Uhr",
            "<b>HERZLICH WILLKOMMEN</b><br/><b>Moderation</b><br/>"
            '<a href="/referenten#a"><b>Anna Beispiel</b></a>, Vorstand',
        )
        + _programme_row(
            "10.30 Uhr",
            "<b>GRUNDLAGEN ERHALTEN</b><br/><br/><b>Moderation</b><br/>"
            '<a href="/referenten#b"><b>Bert Muster</b></a>, Vorstand<br/><br/>'
            "<b>Wettbewerbsvorteil Nachhaltigkeit</b><br/>"
            '<a href="/referenten#c"><b>Prof. Clara Probe</b></a>, Hochschule',
        )
        + _programme_row(
            "11.15 Uhr",
            "<b>Nachhaltiges Wirtschaften: Perspektiven</b><br/>"
            '<a href="/referenten#d"><b>Prof. Dr. Dora Test</b></a> Rat',
        )
    )
    return (
        '<html><body><div id="program"><h2>Programmablauf</h2>'
        + _programme_day("Mittwoch, den 22. Oktober 2014", day_one)
        + _programme_day("<b>Donnerstag, den 23. Oktober 2014</b>", day_two)
        + "</div></body></html>"
    )


def _programme_records(html: str) -> dict[str, str | None]:
    page = page_from_text(html, "https://example.org/programmablauf")
    return {r.title: r.date_text for r in extract_page(page).records}


def test_a_row_at_circa_a_clock_dates_its_days_table() -> None:
    records = _programme_records(_programme())
    assert records["Vorstandssitzung"] == "Mittwoch, den 22. Oktober 2014, ab ca. 15.00 Uhr"


def test_the_bold_name_over_a_link_into_another_pages_section_names_the_row() -> None:
    records = _programme_records(_programme())
    assert "Willkommen in der Stadt" in records
    assert "Empfang im Kaufhaus" not in records


@pytest.mark.parametrize(
    ("href", "base", "expected"),
    [
        ("/locations#Kaufhaus", "http://x.org/programmablauf", True),
        ("#talk-3", "http://x.org/programmablauf", False),
        ("/programmablauf#talk-3", "http://x.org/programmablauf", False),
        ("/veranstaltung/3", "http://x.org/programmablauf", False),
    ],
)
def test_a_link_into_another_page_is_told_apart(href: str, base: str, expected: bool) -> None:
    assert into_another_page(href, base) is expected


def test_a_session_label_in_capitals_gives_way_to_the_rows_own_bold_name() -> None:
    records = _programme_records(_programme())
    assert "Wettbewerbsvorteil Nachhaltigkeit" in records
    assert "GRUNDLAGEN ERHALTEN" not in records
    assert "HERZLICH WILLKOMMEN" in records  # only one-word role labels below it


def test_name_under_the_label() -> None:
    assert name_under_the_label(
        ["GRUNDLAGEN ERHALTEN", "Moderation", "Wettbewerbsvorteil Nachhaltigkeit"]
    ) == ("Wettbewerbsvorteil Nachhaltigkeit")
    assert name_under_the_label(["HERZLICH WILLKOMMEN", "Moderation"]) == "HERZLICH WILLKOMMEN"
    assert name_under_the_label(["Lesung", "Ein Abend mit Gedichten"]) == "Lesung"
    assert name_under_the_label([]) is None


def test_cause_the_congress_programme_rows_are_named_and_dated() -> None:
    # Batch 83: the first day's table lost its first row („ab ca. 15.00 Uhr“ was no time cell)
    # and with it its place among the chosen tables; rows were titled by the venue or option
    # they link on the site's other pages, or by their session's label in capitals.
    got = _records("ftl-dtv-tourismustag-2014-programm")
    starts = {title: start for title, start, _ in got}
    assert starts["Vorstandssitzung des DTV"] == "2014-10-22T15:00:00+02:00"
    assert starts["Willkommen in Baden-Württemberg"] == "2014-10-22T19:00:00+02:00"
    assert (
        starts["FREIBURG, wie für Sie gemacht: Sie haben die Wahl!"] == "2014-10-22T16:30:00+02:00"
    )
    assert starts["Wettbewerbsvorteil Nachhaltigkeit"] == "2014-10-23T10:30:00+02:00"
    assert starts["Finanzierungs-Experten im Dialog"] == "2014-10-23T15:15:00+02:00"
    assert starts["Start ins Rahmenprogramm"] == "2014-10-23T18:00:00+02:00"
    places = {title: place for title, _, place in got}
    assert places["Finanzierungs-Experten im Dialog"] is None  # „im Dialog“ says how, not where


def test_a_remark_in_brackets_after_the_hours_keeps_the_time_line() -> None:
    html = (
        "<html><body><main><div>"
        + "".join(
            f"<h2>Fortbildung {n}</h2><ul><li>Fortbildungstermin: 0{n}.12.2024</li>"
            f"<li>Zeit: 14:00 - 16:00 Uhr (Anschließend bei Bedarf Zeit zum Austausch)</li>"
            f'<li><a href="./{n}/">Details</a></li></ul>'
            for n in (2, 3, 4)
        )
        + "</div></main></body></html>"
    )
    records = extract_page(page_from_text(html)).records
    assert records[0].date_text == "Fortbildungstermin: 02.12.2024, Zeit: 14:00 - 16:00 Uhr"


def test_cause_the_first_trainings_hours_are_read_despite_its_remark() -> None:
    got = _records("vitepress-svws-fachberater-fortbildungen-2024-11")
    starts = {title: start for title, start, _ in got}
    assert starts["Fortbildung Laufbahnplanung und Kursblockung der kommenden EF"] == (
        "2024-12-02T14:00:00+01:00"
    )
