"""Causes found on held-out German batch 114 of the real-page corpus (clubs and associations: a
garden club's year table, Obst- und Gartenbauverein Pattenhofen-Altenthann 2024 and 2025), each
pinned on a minimal snippet and on its page: the records a reader would list, with the name, the
start and the place of each."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

from netdir.extract import extract_page
from netdir.extract.title_end_hours import hours_inside_the_title
from netdir.normalize import normalize_record
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import PAGES, TRUTH
from tests.realpages.corpus import load_truth

_Record = tuple[str | None, str | None, str | None]


def _records(page_id: str) -> list[_Record]:
    """(title, start, place) of a corpus page's records, read on the day it was saved."""
    truth = load_truth(TRUTH / f"{page_id}.yaml")
    html = (PAGES / f"{page_id}.html").read_text(encoding="utf-8")
    saved = datetime.combine(truth.today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html, truth.base_url), fetched_at=saved)
    return _read(extract_page(page).records, truth.today)


def _page(html: str, today: date) -> list[_Record]:
    saved = datetime.combine(today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html), fetched_at=saved)
    return _read(extract_page(page).records, today)


def _read(records: list[RawRecord], today: date) -> list[_Record]:
    read = ((normalize_record(r, today=today), r.location_text) for r in records)
    return [(n.title, _minute(n.start), place) for n, place in read]


def _minute(stamp: str | None) -> str | None:
    return stamp[:16] if stamp is not None else None


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f'<tr><td style="white-space:nowrap;vertical-align:top">{day}</td><td>{what}</td></tr>'
        for day, what in rows
    )
    return (
        "<html><body><header><h1>Gartenbauverein</h1></header><main class='content'>"
        f"<h1>Jahresprogramm 2025</h1><p><table>{cells}</table></p>"
        "<p>Weitere Veranstaltungen werden rechtzeitig in der Tageszeitung veröffentlicht.</p>"
        "</main></body></html>"
    )


# --- 1. the clock after the name, the place after the clock -----------------------------------


def test_the_clock_and_the_place_after_the_name_are_read_apart() -> None:
    """„Jahreshauptversammlung, 19:00 Uhr im Gasthaus "Weisses Kreuz".“: the name, the clock,
    the place its preposition leads; „Mostersitzung, 19:00 Uhr altes Feuerwehrhaus“: a venue
    word's phrase without one; „Flurreinigung 17:00 Uhr, Treffpunkt am Dorfweiher.“: where the
    group meets."""
    assert hours_inside_the_title(
        'Jahreshauptversammlung, 19:00 Uhr im Gasthaus "Weisses Kreuz".'
    ) == ("Jahreshauptversammlung", "19:00 Uhr", 'Gasthaus "Weisses Kreuz"')
    assert hours_inside_the_title("Mostersitzung, 19:00 Uhr altes Feuerwehrhaus") == (
        "Mostersitzung",
        "19:00 Uhr",
        "altes Feuerwehrhaus",
    )
    assert hours_inside_the_title("Flurreinigung 17:00 Uhr, Treffpunkt am Dorfweiher.") == (
        "Flurreinigung",
        "17:00 Uhr",
        "Dorfweiher",
    )
    # minutes without „Uhr“ before a place's preposition
    assert hours_inside_the_title('Vereinsabend, 19:30 im Gasthaus "Weisses Kreuz"') == (
        "Vereinsabend",
        "19:30",
        'Gasthaus "Weisses Kreuz"',
    )


def test_what_follows_the_clock_must_be_a_place() -> None:
    """„Jahreshauptversammlung 19:00 Uhr mit Neuwahlen“ says what, not where: no reading; a
    bare number is no clock; a long sentence is no name."""
    assert hours_inside_the_title("Jahreshauptversammlung 19:00 Uhr mit Neuwahlen") is None
    assert hours_inside_the_title("Gruppe 3 Kinder im Garten") is None
    assert (
        hours_inside_the_title(
            "Wir treffen uns wie jedes Jahr zum großen Fest, 19:00 Uhr im Gasthaus Krone"
        )
        is None
    )


def test_a_name_that_is_a_sentence_of_its_own_is_cut_at_its_clock() -> None:
    """„Kräuterwanderung. 16:00 Uhr bei Fr. Anita Schrödel, Oberdorf 5, Lindelburg.“: the name,
    the clock, and the host's address as the place."""
    assert hours_inside_the_title(
        "Kräuterwanderung. 16:00 Uhr bei Fr. Anita Schrödel, Oberdorf 5, Lindelburg."
    ) == ("Kräuterwanderung", "16:00 Uhr", "Oberdorf 5, Lindelburg")


def test_rows_of_a_year_table_read_name_time_and_place() -> None:
    records = _page(
        _table(
            [
                ("20.03.2025", 'Jahreshauptversammlung, 19:00 Uhr im Gasthaus "Weisses Kreuz".'),
                ("04.04.2025", "Flurreinigung, 17:00 Uhr altes Feuerwehrhaus."),
                ("14.09.2025", "Herbstwanderung nach Rasch, 10:00 Uhr altes Feuerwehrhaus"),
            ]
        ),
        date(2025, 2, 1),
    )
    assert records == [
        ("Jahreshauptversammlung", "2025-03-20T19:00", 'Gasthaus "Weisses Kreuz"'),
        ("Flurreinigung", "2025-04-04T17:00", "altes Feuerwehrhaus"),
        ("Herbstwanderung nach Rasch", "2025-09-14T10:00", "altes Feuerwehrhaus"),
    ]


def test_the_names_clock_outranks_a_meeting_time_below() -> None:
    """The row's second line says when the cars leave („Abfahrt … um 15:45 Uhr“): people meet
    before the start, the start is the name's 16:00."""
    records = _page(
        _table(
            [
                (
                    "02.05.2025",
                    "Kräuterwanderung. 16:00 Uhr bei Fr. Anita Schrödel, Oberdorf 5, Lindelburg."
                    "<br/>Treffpunkt am Weiher in Altenthann, Abfahrt in Fahrgemeinschaften "
                    "um 15:45 Uhr.",
                ),
                ("24.07.2025", "Mostersitzung, 19:00 Uhr altes Feuerwehrhaus"),
            ]
        ),
        date(2025, 2, 1),
    )
    assert records[0] == ("Kräuterwanderung", "2025-05-02T16:00", "Oberdorf 5, Lindelburg")


def test_a_place_before_the_clock_at_the_end() -> None:
    """„Helferessen, im Weissen Kreuz, 19:00 Uhr“: the place its preposition leads, then the
    clock."""
    records = _page(
        _table(
            [
                ("13.03.2025", "Helferessen, im Weissen Kreuz, 19:00 Uhr"),
                ("12.04.2025", "Veredelungskurs, im alten Feuerwehrhaus, 15:00 Uhr."),
            ]
        ),
        date(2025, 2, 1),
    )
    assert records == [
        ("Helferessen", "2025-03-13T19:00", "Weissen Kreuz"),
        ("Veredelungskurs", "2025-04-12T15:00", "alten Feuerwehrhaus"),
    ]


# --- 2. a notice that the place is still to come -----------------------------------------------


def test_a_notice_of_the_place_to_come_is_no_part_of_the_name() -> None:
    records = _page(
        _table(
            [
                (
                    "16.05.2025",
                    "Alternativtermin für die Kräuterwanderung. Ort wird noch bekannt gegeben.",
                ),
                ("04.07.2025", "Sommerausflug - Treffpunkt wird noch mitgeteilt"),
            ]
        ),
        date(2025, 2, 1),
    )
    assert [title for title, _start, _place in records] == [
        "Alternativtermin für die Kräuterwanderung",
        "Sommerausflug",
    ]


# --- the real pages ------------------------------------------------------------------------------


def test_the_garden_clubs_2025_programme() -> None:
    records = _records("gatsby-ogv-altenthann-jahresprogramm-2025-08")
    assert records == [
        ("Helferessen", "2025-03-13T19:00", "Weissen Kreuz"),
        ("Jahreshauptversammlung", "2025-03-20T19:00", 'Gasthaus "Weisses Kreuz"'),
        ("Flurreinigung", "2025-04-04T17:00", "altes Feuerwehrhaus"),
        ("Kräuterwanderung", "2025-05-02T16:00", "Oberdorf 5, Lindelburg"),
        ("Alternativtermin für die Kräuterwanderung", "2025-05-16", None),
        ("Vereinsabend", "2025-07-04T19:30", 'Gasthaus "Weisses Kreuz"'),
        ("Schnittkurs", "2025-07-19T14:00", "Vereinsheim in Weinhof"),
        ("Mostersitzung", "2025-07-24T19:00", "altes Feuerwehrhaus"),
        ("Obstbaumversteigerung", "2025-08-30T14:00", "altes Feuerwehrhaus"),
        ("Herbstwanderung nach Rasch", "2025-09-14T10:00", "altes Feuerwehrhaus"),
    ]


def test_the_garden_clubs_2024_programme() -> None:
    records = _records("gatsby-ogv-altenthann-jahresprogramm-2024-06")
    titles = [title for title, _start, _place in records]
    assert titles[:4] == [
        "Helferessen",
        "Jahreshauptversammlung",
        "Flurreinigung",
        "Veredelungskurs",
    ]
    assert records[1] == ("Jahreshauptversammlung", "2024-03-20T19:00", 'Gasthaus "Weisses Kreuz"')
    assert records[2] == ("Flurreinigung", "2024-03-22T17:00", "Dorfweiher")
    assert records[3] == ("Veredelungskurs", "2024-04-12T15:00", "alten Feuerwehrhaus")
