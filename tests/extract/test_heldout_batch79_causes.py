"""Causes found on held-out batch 79 (a fire brigade's duty roster and a students' election
committee's dates), each unit with its real page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract.block_text_titles import _CLOCK_AFTER_NAME
from netdir.extract.credit_endings import drop_credit_endings
from netdir.extract.deadline_titles import names_a_deadline
from netdir.extract.month_label_days import write_label_months
from netdir.extract.running_years import years_along_the_list
from netdir.html_depth import parse_html
from netdir.normalize.when_context import PAGE_YEAR
from netdir.records import RawRecord
from tests.extract.realpage_inspect import inspect_corpus_page

_CARD = (
    '<div class="card"><div class="card-header">{label}</div>'
    '<div class="card-block"><ul>{items}</ul></div></div>'
)


def _items_after(label: str, *items: str) -> list[str]:
    html = _CARD.format(label=label, items="".join(f"<li>{item}</li>" for item in items))
    tree = parse_html(f"<html><body>{html}</body></html>")
    assert tree.body is not None
    write_label_months(tree.body)
    return [" ".join(li.text().split()) for li in tree.body.css("li")]


def test_a_month_cards_bare_days_take_the_month_of_its_header() -> None:
    assert _items_after(
        "Januar", "04.\t- 19.00 Uhr - Allgemeine Belange - H. Friebel", "18. - 19.00 Uhr - PSA"
    ) == [
        "04. Januar - 19.00 Uhr - Allgemeine Belange - H. Friebel",
        "18. Januar - 19.00 Uhr - PSA",
    ]
    # A clock right after the day („02. 8.00 Uhr“) is no month; a year in the label stays with it.
    assert _items_after("April 2017", "02. 8.00 Uhr - Seminar MTW-Fahrer") == [
        "02. April 2017 8.00 Uhr - Seminar MTW-Fahrer"
    ]


@pytest.mark.parametrize(
    ("label", "items"),
    [
        ("Tagesordnung", ("1. Begrüßung", "2. Bericht")),  # the label names no month
        ("Januar", ("04. - 19 Uhr Dienst", "Keine Dienste")),  # one item opens with no day
        ("Januar", ("04.05. - 19 Uhr Dienst", "11.05. Übung")),  # full dates: day and month
        ("Januar", ("4. Februar Dienst", "11. Februar Übung")),  # the month is named
    ],
)
def test_lists_that_are_no_month_cards_stay(label: str, items: tuple[str, ...]) -> None:
    assert _items_after(label, *items) == list(items)


def _row(date_text: str, title: str = "t") -> RawRecord:
    return RawRecord(
        source_id="t", page_url="https://example.org/", extractor="listing", title=title,
        date_text=date_text,
    )  # fmt: skip


def _titles_after(*titles: str) -> list[str | None]:
    rows = [_row("4. Januar", title) for title in titles]
    drop_credit_endings(rows)
    return [row.title for row in rows]


def test_a_rosters_instructor_column_leaves_the_titles() -> None:
    assert _titles_after(
        "Persönliche Schutzausrüstung - H. Friebel",
        "Knoten, Stiche - St. Baumgarten",
        "Grundlagen der Eis- und Wasserrettung - M.Cleem",
        "Stromerzeugung und Ausleuchten - N. Jentsch, M. Holbein",
        "Sicherung von verunfallten Fahrzeugen",  # a line broken by a br lost its credit
    ) == [
        "Persönliche Schutzausrüstung",
        "Knoten, Stiche",
        "Grundlagen der Eis- und Wasserrettung",
        "Stromerzeugung und Ausleuchten",
        "Sicherung von verunfallten Fahrzeugen",
    ]


def test_one_credit_in_a_list_is_part_of_its_name() -> None:
    titles = ("Orgelkonzert - J. S. Bach", "Adventssingen", "Krippenspiel", "Sternsinger")
    assert _titles_after(*titles) == list(titles)
    # Nor do two of three: the evidence is a column.
    few = ("Lesung - H. Heine", "Lesung - T. Mann", "Lesung und Gespräch mit der Autorin")
    assert _titles_after(*few) == list(few)


def test_two_days_of_one_month_out_of_order_do_not_turn_a_list() -> None:
    # The roster's October: „10.“, „24.“, then „22.“ — a slip, not a turn into another year.
    days = ("4. Januar", "18. Januar", "10. Oktober", "24. Oktober", "22. Oktober", "12. Dez")
    rows = [_row(t) for t in days]
    years_along_the_list(rows, date(2017, 3, 6))
    # (January is 2017 as guessed; the autumn, guessed last year's, carries the list's year.)
    assert [r.extra.get(PAGE_YEAR) for r in rows] == [None, None] + ["2017"] * 4
    # A month going back still turns the list: each row keeps its nearest year.
    turned = [_row(t) for t in ("4. Januar", "24. Oktober", "22. September", "12. Dez")]
    years_along_the_list(turned, date(2017, 3, 6))
    assert all(PAGE_YEAR not in r.extra for r in turned)
    # A cinema's late shows „30.12.“, „2.1.“ … „31.1.“ read on 31 December: the month turns
    # forward, the January days run forward — no archive running backward (each keeps its
    # nearest year: January is next year's).
    new_year = [_row(t) for t in ("30. Dezember", "2. Januar", "3. Januar", "8. Januar")]
    years_along_the_list(new_year, date(2025, 12, 31))
    assert all(PAGE_YEAR not in r.extra for r in new_year)


def test_molsdorf_roster_lines_are_dated_by_their_month_card(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Januar“ over „04. - 19.00 Uhr - Allgemeine Belange, rechtliche Grundlagen - H. Friebel“:
    # no line was dated (0/36 before); the year is the plan's, January as well as December.
    records = inspect_corpus_page(capsys, "ember-ff-molsdorf-dienstplan-2017")
    starts = [r["start"][:16] for r in records]
    assert len(records) == 36  # (33 before the second topics of an evening had their own)
    assert starts[0] == "2017-01-04T19:00"
    assert records[0]["title"] == "Allgemeine Belange, rechtliche Grundlagen"  # „- H. Friebel“ gone
    assert starts[-1] == "2017-12-12T19:00"
    assert all(start.startswith("2017-") for start in starts)
    assert "2017-04-02T08:00" in starts  # „02. 8.00 Uhr - Seminar MTW-Fahrer“
    # „21. - 19.00 Uhr Knoten, Stiche - St. Baumgarten<br>Tragbare Leitern FwDV 10 - S. Pöppich<br>
    # nach Absprache …“: two duties that evening (the second was lost), none by arrangement.
    by_title = {r["title"]: r["start"][:16] for r in records}
    assert by_title["Tragbare Leitern FwDV 10"] == "2017-03-21T19:00"
    assert by_title["Funk"] == "2017-04-04T19:00"
    assert by_title["Jahreshauptversammlung Feuerwehr"] == "2017-01-30T15:30"
    assert not any("Absprache" in title for title in by_title)
    # A topic broken over three lines at its commas is one title (its first line before).
    assert any(t.startswith("Sicherung von verunfallten Fahrzeugen, Unfälle mit") for t in by_title)


@pytest.mark.parametrize(
    "title",
    ["Ausschlussfrist der Wahlvorschläge", "Frist zur Beantragung der Briefwahl",
     "Frist für Einsprüche gegen Richtigkeit des Wähler:innenverzeichnisses",
     "Einspruchsfrist", "Veröffentlichung der Wahlbekanntmachung", "Bekanntgabe der Listennummern",
     "Bekanntmachung des Wahlergebnisses"],
)  # fmt: skip
def test_an_election_timetables_deadlines_and_notices_are_no_offerings(title: str) -> None:
    assert names_a_deadline(title)


@pytest.mark.parametrize(
    "title",
    ["Auslosung der Listennummern", "Studentische Wahlen", "Fristen-Workshop für Vereine",
     "Veröffentlichungsparty", "Informationstreffen für Wahlhelfer:innen", "Frieden und Freiheit"],
)  # fmt: skip
def test_events_beside_them_stay(title: str) -> None:
    assert not names_a_deadline(title)


def test_the_election_committees_timetable_gives_its_happenings_not_its_deadlines(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Twelve lines „**22. März:** Veröffentlichung der Wahlbekanntmachung“: every deadline and
    # notice was a record (precision 4/12 before); the four happenings stay.
    records = inspect_corpus_page(capsys, "nuxt-thkoeln-wahlausschuss-termine-2024")
    titles = [r["title"] for r in records]
    assert "Informationstreffen für Wahlhelfer:innen" in titles
    assert "Studentische Wahlen" in titles
    assert not [t for t in titles if t.startswith(("Frist", "Ausschlussfrist", "Veröffentlichung"))]
    assert not [t for t in titles if t.startswith("Bekanntgabe")]
    # (5 until „Ab diesem Tag ist die Einsicht … möglich“ went too: availability_notices)
    assert len(records) == 4
    # „Informationstreffen für Wahlhelfer:innen (20 Uhr)“: the bracket's hour is the start.
    assert records[0]["start"][:16] == "2024-04-10T20:00"
    assert records[0]["title"] == "Informationstreffen für Wahlhelfer:innen"


@pytest.mark.parametrize(
    ("line", "hour"),
    [(" Informationstreffen für Wahlhelfer:innen (20 Uhr)", "20 Uhr"),
     (" Mitgliederversammlung ( um 19 Uhr )", "um 19 Uhr")],
)  # fmt: skip
def test_a_whole_hour_alone_in_the_names_closing_bracket_is_its_start(line: str, hour: str) -> None:
    match = _CLOCK_AFTER_NAME.search(line)
    assert match is not None
    assert match["hour"] == hour


@pytest.mark.parametrize(
    "line", [" Auslosung der Listennummern (Öffentlich)", " Treffen in Raum (20)", " Lauf (20 km)"]
)
def test_brackets_without_an_hour_give_none(line: str) -> None:
    match = _CLOCK_AFTER_NAME.search(line)
    assert match is None or match["hour"] is None
