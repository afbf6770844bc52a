"""Causes found on held-out batch 29 (a percussion ensemble's dates archive, a chess club's
dates page and tournament post, a brass band's news cards and post), each pinned on its real
page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_page as _inspect

NONTACET = ("php-nontacet-termine-2022.html", "https://nontacet.de/?c=events", "2022-04-12")


def test_an_archive_folded_by_year_dates_its_rows_in_their_year(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # nontacet's „vergangene Termine“: one `<details>` per year, `<summary class="h3">2018</summary>`
    # over a `<ul>` of lines „Donnerstag, 20. September, 20 Uhr: Percussion Night, …“ without a
    # year. No heading element stands above them, so they were read in the year nearest the save
    # day (2022, 2023); the folds of one concert (2022, 2021) were lists of one and no record;
    # and „06. Januar“ of 2017 was taken for the twin of „06. Januar“ 2018.
    rows = _inspect(capsys, *NONTACET)
    starts = sorted(r["start"][:10] for r in rows)
    assert "2018-09-20" in starts and "2022-09-20" not in starts
    assert {"2022-04-08", "2021-12-18"} <= set(starts)  # one concert in its year's fold
    assert {"2018-01-06", "2017-01-06", "2020-01-06"} <= set(starts)
    assert min(starts) == "2016-07-09" and len(rows) == 20


def test_a_report_link_after_its_label_does_not_name_the_row(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Freitag, 29. Juni, 20 Uhr: Wein & Percussion, Weingut Mangold, Bollschweil<br> Bericht:
    # <a>Lauschiges Fest zum Auftakt</a>“: the link after „Bericht:“ is the newspaper's
    # headline about the concert; the row was titled by it (and a „Plakat“ link by „Plakat“).
    rows = _inspect(capsys, *NONTACET)
    titles = {r["start"][:10]: r["title"] for r in rows}
    assert titles["2018-06-29"].startswith("Wein & Percussion")
    assert titles["2017-01-06"].startswith("Kirchenkonzert")
    assert not [r for r in rows if r["title"] in ("Lauschiges Fest zum Auftakt", "Plakat")]
    assert not [r for r in rows if "badische-zeitung" in (r["url"] or "")]


def test_a_town_that_ends_several_titles_is_their_place(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Percussion Night, Bolando, Bollschweil“, „Konzert mit Chor Crescendo, Möhlinhalle,
    # Bollschweil“: one end after different names is the list's place column written into its
    # titles. „Musikalische Umrahmung, Jubiläum Trachtengruppe Wittnau“ ends in no shared part
    # and keeps its title; the Koerner Hall cards' „…, cello, with …, piano“ name roles.
    rows = _inspect(capsys, *NONTACET)
    by_day = {r["start"][:10]: (r["title"], r["location"]) for r in rows}
    assert by_day["2018-09-20"] == ("Percussion Night", "Bolando, Bollschweil")
    assert by_day["2018-01-06"] == ("Kirchenkonzert", "St.Ulrich, Pfarrkirche St. Peter und Paul")
    assert by_day["2016-10-01"][0] == "Musikalische Umrahmung, Jubiläum Trachtengruppe Wittnau"
    rows = _inspect(
        capsys,
        "rcm-koernerhall-concerts.html",
        "https://www.rcmusic.com/concerts?eventvenue=Koerner%20Hall",
        "2026-08-05",
    )
    assert [r["title"] for r in rows if r["title"].startswith("Jean-Guihen")] == [
        "Jean-Guihen Queyras, cello, with Alexandre Tharaud, piano"
    ]


def test_a_pictogram_before_a_label_keeps_it_a_label(capsys: pytest.CaptureFixture[str]) -> None:
    # The chess club's tournament post: h1 „Melde Dich an zum Familien- und Freundeturnier“, the
    # post stamp „29.09.2026“ under it, then „📅 Wann: Samstag, 07.11.2026 | 11:00 bis ca. 14:00
    # Uhr“ and „📍 Wo: Eugen-Hohly-Halle“. With the emoji before „Wann:“ no label was read: the
    # post stamp dated the event and the page was read as a list of its lines.
    rows = _inspect(
        capsys,
        "mkdocs-schach-welzheim-familienturnier-2026.html",
        "https://schachwelzheim.github.io/schachwelzheim/aktuelles/2026-09-29/",
        "2026-10-07",
    )
    assert [(r["title"], r["start"], r["end"], r["location"]) for r in rows] == [
        (
            "Melde Dich an zum Familien- und Freundeturnier",
            "2026-11-07T11:00:00+01:00",
            "2026-11-07T14:00:00+01:00",
            "Eugen-Hohly-Halle",
        )
    ]


WELZHEIM = (
    "mkdocs-schach-welzheim-termine-2026.html",
    "https://schachwelzheim.github.io/schachwelzheim/termine/",
    "2026-10-07",
)


def test_a_pointer_to_the_post_does_not_name_the_card(capsys: pytest.CaptureFixture[str]) -> None:
    # The chess club's „Nächste Termine“ cards: „<strong>🏆 07.11.2026</strong>“, „<strong>2.
    # Familien- und Freundeturnier</strong>“, a sentence, „<a>Zum Beitrag</a>“. The pointer to
    # the post titled both cards; the bold date is no name either.
    rows = _inspect(capsys, *WELZHEIM)
    assert [(r["title"], r["start"]) for r in rows if r["start"]] == [
        ("2. Familien- und Freundeturnier", "2026-11-07")
    ]
    assert not [r for r in rows if r["title"] == "Zum Beitrag"]


def test_a_sentence_that_ends_on_a_venue_places_the_card(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Gemeinsam Schach spielen in der Eugen-Hohly-Halle.“ under the card's name and day (the
    # open cause „places in prose“). Only as a last resort: Recklinghausen leuchtet's cards say
    # „… in der Gymnasialkirche“ and keep the address line below („Gymnasialkirche Petrinum,
    # Steinstraße 1 …“).
    rows = _inspect(capsys, *WELZHEIM)
    assert [r["location"] for r in rows if r["start"]] == ["Eugen-Hohly-Halle"]
    rows = _inspect(
        capsys,
        "wordpress-releuchtet-programm.html",
        "https://re-leuchtet.de/programm",
        "2026-10-10",
    )
    assert {r["location"] for r in rows if r["title"] == "Vivian Swoboda"} == {
        "Steinstraße 1, 45657 Recklinghausen"
    }


KEILBERG_NEWS = (
    "hugo-mv-keilberg-aktuelles-2025.html",
    "https://www.mvkeilberg.de/aktuelles/",
    "2025-02-20",
)


def test_an_announcement_is_named_by_what_it_invites_to(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The brass band's news card: h5 „Save the Date“, h6 „6. April 2025“, then „Anlässlich des
    # 100. Geburtstags von Ernst Mosch im Laufe des Jahres 2025 laden wir herzlich zu einem
    # Frühschoppen ein.“ The heading only announces; the sentence names the event and its
    # occasion („zu einem … ein“ was not read as an invitation, only „zur/zum … am“).
    rows = _inspect(capsys, *KEILBERG_NEWS)
    assert [(r["title"], r["start"]) for r in rows] == [
        ("Frühschoppen anlässlich des 100. Geburtstags von Ernst Mosch", "2025-04-06"),
        ("Neujahranspielen", "2024-12-31"),
    ]


def test_a_page_of_one_announcement_card_is_its_event(capsys: pytest.CaptureFixture[str]) -> None:
    # The post itself: one card, h5 „Save the Date“ over h6 „6. April 2025“ and the sentence,
    # no h1–h3. The page gave no record: its lower headings were never the page's, and a bare
    # day right under a heading was taken for a publication date.
    rows = _inspect(
        capsys,
        "hugo-mv-keilberg-save-the-date-2025.html",
        "https://www.mvkeilberg.de/aktuelles/2025/100_jahre_ernst_mosch_fr%C3%BChschoppen/",
        "2025-02-20",
    )
    assert [(r["title"], r["start"]) for r in rows] == [
        ("Frühschoppen anlässlich des 100. Geburtstags von Ernst Mosch", "2025-04-06")
    ]


def test_a_row_named_on_its_date_line_is_not_named_by_a_link_below(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Sonntag, 11. März, 17 Uhr: Kirchenkonzert, Contz-les-Bains, Frankreich<br> <a>Office de
    # Tourisme du Bouzonvillois - Pays de Sierck</a>“: the first line names the concert after its
    # day; the link on the line below leads to the tourist office's page and titled the row.
    rows = _inspect(capsys, *NONTACET)
    titles = {r["start"][:10]: r["title"] for r in rows}
    assert titles["2018-03-11"].startswith("Kirchenkonzert")
    assert not [r for r in rows if r["title"].startswith("Office de Tourisme")]
