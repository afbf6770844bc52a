"""Causes found on held-out batch 33 (an author's readings, a theatre piece's performances, an
initiative's dates, a jam session and a festival page of a Berlin association, a market's
dates), each pinned on its real page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_page as _inspect

READINGS = (
    "bootstrap-lisawoelfl-termine-2026.html",
    "https://lisawoelfl.github.io/termine/",
    "2026-07-24",
)


def test_slashed_fields_give_the_town_and_the_name_not_one_title(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<p>Wien / 26. Februar 2026 / Erstpräsentation "Ein verlassenes Haus", Thalia W3 / <a>Link
    # </a></p>“: each reading was titled by the whole row, its town and day included.
    rows = _inspect(capsys, *READINGS)
    assert len(rows) == 9
    by_day = {r["start"][:10]: r for r in rows}
    assert by_day["2026-03-22"]["title"] == "#buchbar"
    assert by_day["2026-03-22"]["location"] == "Leipzig"
    first = by_day["2026-02-26"]
    assert first["title"].startswith("Erstpräsentation") and first["location"] == "Wien"
    # The venue the name ends on is the place; it names its town already, so the town field is
    # not added again (the page's truth: „Volkshochschule Crailsheim“).
    last = by_day["2026-10-29"]
    assert (last["title"], last["location"]) == ("Lesung", "Volkshochschule Crailsheim")
    assert not [r for r in rows if " / " in r["title"]]


PERFORMANCES = (
    "zola-theemptyroom-termine-2025.html",
    "https://theemptyroom.org/termine/",
    "2025-05-28",
)


def test_rows_that_say_only_where_are_named_by_the_page(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<h2>Aufführungen</h2><ul><li>Do, 08.05.25, 19:30 Uhr, Heisenberg-Gymnasium, Triftstraße 43
    # </li>…“: each performance was titled by its street („Triftstraße 43“); the rows name no
    # piece, the heading only the kind of list, the site („the empty room“) the piece.
    rows = _inspect(capsys, *PERFORMANCES)
    assert len(rows) == 6
    assert {r["title"] for r in rows} == {"the empty room"}
    first = min(rows, key=lambda r: r["start"])
    assert first["start"].startswith("2025-05-08T19:30")
    assert first["location"] == "Heisenberg-Gymnasium, Triftstraße 43"


def test_one_row_naming_its_meeting_and_address_keeps_its_name() -> None:
    from netdir.extract.address_rows import name_address_rows
    from netdir.records import RawRecord

    def row(title: str) -> RawRecord:
        return RawRecord(
            source_id="t",
            page_url="https://x.test/",
            extractor="listing",
            title=title,
            date_text="1.2.2026",
        )

    lone = [row("Bürgerversammlung, Rathausplatz 1")]
    name_address_rows(lone, "Termine", "Gemeinde X")
    assert lone[0].title == "Bürgerversammlung, Rathausplatz 1"
    # Rows that name their offerings are not all addresses: the list keeps its titles.
    mixed = [row("Heisenberg-Gymnasium, Triftstraße 43"), row("Sommerfest, Festwiese")]
    name_address_rows(mixed, "Aufführungen", "the empty room")
    assert [r.title for r in mixed] == [
        "Heisenberg-Gymnasium, Triftstraße 43",
        "Sommerfest, Festwiese",
    ]
    # A heading that names the offering titles the rows, not the site.
    named = [row("Kellertheater, Johannes-Brahms-Platz 1"), row("MUT! Theater, Amandastraße 58")]
    name_address_rows(named, "Die Dreigroschenoper", "Theater AG")
    assert {r.title for r in named} == {"Die Dreigroschenoper"}
    assert named[0].location_text == "Kellertheater, Johannes-Brahms-Platz 1"


FESTIVAL = (
    "html-kulturinselmoabit-fete-2025.html",
    "https://kulturinselmoabit.org/fete/",
    "2025-08-26",
)


def test_a_festival_page_without_h1_is_dated_by_its_opening_meta_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A banner image for a name, then „<div class="fete-meta"><span>Strandbad Tegelsee</span>
    # <span>•</span><span>29. &amp; 30. August 2025</span></div>“ above the intro; the only
    # heading below is „Eintritt“. The page gave no record.
    rows = _inspect(capsys, *FESTIVAL)
    assert len(rows) == 1
    (festival,) = rows
    assert festival["title"].startswith("Fête du Seeee 2025")
    assert (festival["start"], festival["end"]) == ("2025-08-29", "2025-08-30")
    assert festival["location"] == "Strandbad Tegelsee"


def test_a_meta_line_among_other_days_or_below_a_heading_dates_no_page() -> None:
    from netdir.extract.meta_line import meta_line_opening_the_page

    line = ("Strandbad Tegelsee • 29. & 30. August 2025", None)
    intro = ("Wir feiern an zwei Tagen am Tegeler See.", None)
    assert meta_line_opening_the_page([line, intro], None) is not None
    # Another line naming a day: a list or posts, not one event's page.
    other = ("Nachlese vom 12. Juli 2025", None)
    assert meta_line_opening_the_page([line, intro, other], None) is None
    # Below the page's first heading it heads no page.
    assert meta_line_opening_the_page([intro, line], 0) is None


INITIATIVE = (
    "html-dreigliederung-termine-2025.html",
    "https://tag-der-sozialen-dreigliederung.de/termine.html",
    "2025-06-19",
)


def test_a_flyer_link_programm_does_not_name_a_prose_row(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<li>Steinerhaus Freiburg Gesellschaftliche Heilungsimpulse im Hier und Jetzt … 21.-22.6.2025
    # (eine Woche vor …), <a href="/programm.pdf">Programm</a></li>“ was titled „Programm“.
    from netdir.extract.title_text import is_document_link

    assert is_document_link("Programm")
    assert not is_document_link("Programm der Kinderuni")
    rows = _inspect(capsys, *INITIATIVE)
    titles = {r["start"]: r["title"] for r in rows if r["start"]}
    assert "Gesellschaftliche Heilungsimpulse" in titles["2025-06-21"]
    assert "Programm" not in titles.values()


def test_a_venues_start_page_linked_before_the_day_does_not_name_the_row(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<li><a href="https://www.schloss-hohenfels.de/">Schloss Hohenfels</a> am 29.-30.6.2025
    # Soziale Dreigliederung durch das Erleben in die Tat gebracht …“ was titled by the venue.
    from netdir.extract.labelled_links import names_the_host_before_the_day

    base = INITIATIVE[1]
    line = "Schloss Hohenfels am 29.-30.6.2025 Soziale Dreigliederung durch das Erleben"
    home = "https://www.schloss-hohenfels.de/"
    assert names_the_host_before_the_day(home, base, "Schloss Hohenfels", line)
    # A page of that site, or a link after the day (a performer's site), still names the row.
    page = "https://www.schloss-hohenfels.de/veranstaltung/tag/"
    assert not names_the_host_before_the_day(page, base, "Schloss Hohenfels", line)
    assert not names_the_host_before_the_day(
        "https://www.nancykdillon.com/", base, "Nancy K Dillon", "7:00 Nancy K Dillon"
    )
    rows = _inspect(capsys, *INITIATIVE)
    titles = {r["start"]: r["title"] for r in rows if r["start"]}
    assert "Soziale Dreigliederung durch das Erleben" in titles["2025-06-29"]
