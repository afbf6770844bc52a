"""Held-out German batch 103 (a Hessian fire brigade's news posts, stored as the bare HTML
fragments its Aktuelles page loads by script): the general causes of what netdir missed."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

from netdir.extract import extract_page
from netdir.extract.announced_name import headless_post_name
from netdir.extract.prose_announcements import announcing_sentence
from netdir.extract.reported_places import place_of_the_reported_day
from netdir.extract.run_around_the_day import run_holding_the_day
from netdir.normalize import normalize_record
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import PAGES, TRUTH
from tests.realpages.corpus import load_truth

_Record = tuple[str | None, str | None, str | None, str | None]


def _records(page_id: str) -> list[_Record]:
    """(title, start, end, place) of a corpus page's records, read on the day it was saved."""
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
    read = [(raw, normalize_record(raw, today=today)) for raw in records]
    return [(n.title, _wall(n.start), _wall(n.end), raw.location_text) for raw, n in read]


def _wall(stamp: str | None) -> str | None:
    """The wall time of an ISO stamp („2023-03-18T20:00:00+01:00“ → „2023-03-18T20:00“)."""
    return stamp[:16] if stamp is not None and "T" in stamp else stamp


# Cause 1: a post stored without its heading (a fragment; the site shows its title from a JSON
# file) gave no record: no heading and no <title> named the event, so the lead's announcing
# sentence was never read. Its subject or what it invites to names the event.


def test_the_name_a_headless_posts_sentence_gives() -> None:
    assert headless_post_name("Im Mai wird die Mitgliederversammlung am 3. Mai stattfinden.") == (
        "Mitgliederversammlung"
    )
    assert headless_post_name(
        "die nächste Hauptversammlung des Musikvereins Nordheim wird am 4. März stattfinden."
    ) == ("Hauptversammlung des Musikvereins Nordheim")
    assert headless_post_name("Wir laden herzlich zu unserem Sommerfest am 5. Juli ein.") == (
        "Sommerfest"
    )
    assert headless_post_name("Am 5. Juli ist es wieder soweit.") is None


def test_a_headless_fragment_announcing_its_event_gives_one_record() -> None:
    html = (
        "<p>Liebe Mitglieder,</p><p>die nächste Mitgliederversammlung wird am Freitag, den 6. März "
        "2026 um 19:30 Uhr im Vereinsheim Nordheim stattfinden.</p><h3>Tagesordnung</h3>"
        "<ul><li>Begrüßung</li><li>Berichte</li><li>Wahlen</li></ul><p>Der Vorstand</p>"
    )
    records = _page(html, date(2026, 2, 10))
    assert [(title, start) for title, start, _end, _place in records] == [
        ("Mitgliederversammlung", "2026-03-06T19:30")
    ]
    # A heading over the lead names the post: the headless reader stays out of it.
    headed = "<h2>Rückblick</h2>" + html
    assert ("Mitgliederversammlung", "2026-03-06T19:30") not in [
        (title, start) for title, start, _end, _place in _page(headed, date(2026, 2, 10))
    ]


def test_the_fire_brigades_headless_posts_name_their_events() -> None:
    assert _records("static-ffwrennertehausen-jhv-2023") == [
        ("Jahreshauptversammlung", "2023-03-18T20:00", None, "DGH Rennertehausen")
    ]
    jhv_2024 = _records("static-ffwrennertehausen-jhv-2024")
    assert [(title, start) for title, start, _end, _place in jhv_2024] == [
        ("Jahreshauptversammlung der Freiwilligen Feuerwehr Rennertehausen", "2024-01-27T19:00")
    ]
    osterfeuer = _records("static-ffwrennertehausen-osterfeuer-2023")
    assert [(title, start) for title, start, _end, _place in osterfeuer] == [
        ("Osterfeuer", "2023-04-08T19:00")
    ]


# Cause 2: „am 27.12, findet wie in jedem Jahr unser jährlicher Jahresabschluss statt.“ — a day
# whose closing dot is typed as a comma was no day to the announcing-sentence test, and the
# subject between „findet“ and „statt“ named nothing; „Am Samstag … möchten wir zusammen mit Euch
# zur Jause auf das Dachsloch wandern.“ neither invited nor named its outing.


def test_a_day_with_a_comma_for_its_dot_and_the_subject_before_statt() -> None:
    assert announcing_sentence("am 3.5, findet unser Sommerfest statt.") is not None
    assert announcing_sentence("Der Wert lag bei 3,5, findet man.") is None
    assert headless_post_name(
        "am 27.12., findet wie in jedem Jahr unser jährlicher Jahresabschluss statt"
    ) == ("Jahresabschluss")
    assert headless_post_name(
        "Am Samstag, den 21. Oktober 2023 möchten wir zusammen mit Euch zur Jause auf das Dachsloch wandern"
    ) == ("Wanderung zur Jause auf das Dachsloch")
    html = (
        "<p>Liebe Mitglieder,</p><p>am 14.6, findet wie in jedem Jahr unser traditionelles "
        "Grillfest statt. Wir treffen uns um 17:00 Uhr am Vereinsheim.</p><p>Der Vorstand</p>"
    )
    records = _page(html, date(2026, 5, 20))
    assert [(title, start) for title, start, _end, _place in records] == [
        ("Grillfest", "2026-06-14T17:00")
    ]


def test_the_headless_posts_of_the_year_end_and_the_autumn_walk() -> None:
    assert _records("static-ffwrennertehausen-jahresabschluss-2022") == [
        ("Jahresabschluss", "2022-12-27T13:45", None, "Gerätehaus")
    ]
    # (the Jause's address link and the reply deadline gave two undated records before)
    assert _records("static-ffwrennertehausen-herbstwanderung-2023") == [
        ("Wanderung zur Jause auf das Dachsloch", "2023-10-21T12:00", None, "Feuerwehrhaus")
    ]


# Cause 3: one paragraph told two outings, each in a sentence of its own („Daher treffen wir uns
# am Samstag, den 13.08.2022 um 19:15 Uhr, um zur Kirmes nach Haina zu fahren. Am Samstag, den
# 20.08.2022 um 18:30 Uhr treffen wir uns, um zum Jubiläumsfest … zu fahren.“): „treffen wir
# uns“ did not announce, „Kirmes“ is no event noun — what they set out for names each; the next
# line „Treffpunkt ist jeweils am Gerätehaus.“ places both.


def test_two_outings_told_in_one_paragraph() -> None:
    html = (
        "<h3>Festbesuche</h3><p>Wir sind eingeladen worden. Daher treffen wir uns am Samstag, den "
        "13.06.2026 um 19:00 Uhr, um zur Kirmes nach Haina zu fahren. Am Samstag, den 20.06.2026 "
        "um 18:00 Uhr treffen wir uns, um zum Sommerfest der Feuerwehr Dodenau zu fahren.<br/>"
        "Treffpunkt ist jeweils am Gerätehaus.</p>"
    )
    assert _page(html, date(2026, 6, 1)) == [
        ("Kirmes nach Haina", "2026-06-13T19:00", None, "Gerätehaus"),
        ("Sommerfest der Feuerwehr Dodenau", "2026-06-20T18:00", None, "Gerätehaus"),
    ]
    assert _records("static-ffwrennertehausen-termine-sommer-2022") == [
        ("Kirmes nach Haina", "2022-08-13T19:15", None, "Gerätehaus"),
        (
            "Jubiläumsfest 100 Jahre Freiwillige Feuerwehr Dodenau",
            "2022-08-20T18:30",
            None,
            "Gerätehaus",
        ),
    ]


# Cause 4: „Vom 23.06. bis 26.06.2023 findet das Jubiläunsfest … statt. … möchten am <b>Samstag,
# den 24.06.</b> dort … teilnehmen“: the bold day inside the festival's run was read as the
# block's date; the run the prose announces around it is.


def test_the_run_around_a_bold_day_is_the_blocks_date() -> None:
    prose = (
        "Vom 10.07. bis 12.07.2026 findet das Schützenfest in Nordheim statt. Wir möchten am "
        "Samstag, den 11.07. am Umzug teilnehmen."
    )
    assert run_holding_the_day("Samstag, den 11.07.", prose) == "10.07. bis 12.07.2026"
    assert run_holding_the_day("Samstag, den 18.07.", prose.replace("11.07.", "18.07.")) is None
    records = _records("static-ffwrennertehausen-festbesuche-2023")
    assert ("Feuerwehrfest Viermünden", "2023-06-23", "2023-06-26") in [
        (title, start, end) for title, start, end, _place in records
    ]


# Cause 5: „… zu unserem Osterfeuer am 08.04.2023 ab 19:00 Uhr ein. Wie beim letzten Mal findet
# das Osterfeuer vor dem DGH statt.“: the place the next sentence says it takes place at — a
# house known by its initials, after „vor dem“.


def test_a_house_known_by_its_initials_before_statt() -> None:
    assert place_of_the_reported_day(["Die Feier findet wieder vor dem DGH statt."]) == "DGH"
    assert place_of_the_reported_day(["Die Feier findet wieder am Montag statt."]) is None
    assert _records("static-ffwrennertehausen-osterfeuer-2023") == [
        ("Osterfeuer", "2023-04-08T19:00", None, "DGH")
    ]
