"""Causes found on held-out batch 24 of the real-page corpus (German-language pages of an
association's Hugo calendar, two Swiss PHP sites and a generated council-session calendar),
each pinned on its page."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from netdir.extract import extract_page
from netdir.extract.block_places import stated_place
from netdir.extract.date_cues import DATE_PHRASE
from netdir.extract.prose_times import prose_time
from netdir.normalize import normalize_record, parse_when
from netdir.records import Page
from tests.extract.conftest import page_from_text

PAGES = Path(__file__).parents[1] / "realpages" / "pages"


def _page(name: str, url: str, today: date) -> Page:
    html = (PAGES / name).read_text(encoding="utf-8")
    fetched = datetime(today.year, today.month, today.day, 12, tzinfo=UTC)
    return replace(page_from_text(html, url), fetched_at=fetched)


def _read(name: str, url: str, today: date) -> list[tuple[str, str | None]]:
    records = extract_page(_page(name, url, today)).records
    return [(record.title, normalize_record(record, today=today).start) for record in records]


def test_a_link_saying_where_the_meeting_is_written_up_names_no_meeting() -> None:
    # Ratsakten Bad Waldsee: each row „Dienstag, 28. Juli 2026 · 17:30 Uhr“ / the committee /
    # a link „In der Ausgabe KW 31/2026“ or „Im Ratsinformationssystem“ — the link leads to the
    # write-up; the committee's name (unlinked, on the same line) names the meeting.
    got = _read(
        "static-ratsakten-badwaldsee-termine-2026.html",
        "https://dominikamann.github.io/ratsakten-bad-waldsee/termine.html",
        date(2026, 9, 24),
    )
    assert len(got) == 21
    assert got[0] == ("Ortschaftsrat Reute-Gaisbeuren", "2026-07-28T17:30:00+02:00")
    assert got[5] == ("Aufsichtsrat der Stadtwerke Bad Waldsee GmbH", "2026-09-28T17:30:00+02:00")
    assert got[6] == ("Gemeinderat", "2026-09-28T18:15:00+02:00")
    assert not [title for title, _ in got if "Ausgabe" in title or "Ratsinformation" in title]


def test_sign_up_lines_do_not_make_an_event_box_a_box_of_several() -> None:
    # Zunft zu'n Schmieden: the events section repeats the news section's two events, the first
    # box with „Bitte meldet euch bis zum 1.November bei unserem Rüger an.“ and „Anmeldung bitte
    # bis am 01.November 2019 per Email oder Post:“ below its name. Those are deadlines: the box
    # is one event, the section's heading („Anlässe der Zunft …“) names none, and each event is
    # read once.
    got = _read(
        "php-zunft-schmieden-anlaesse-2019.html", "https://www.schmieden-sh.ch/", date(2019, 10, 21)
    )
    assert got == [("Herbstanlass 2019", "2019-11-09"), ("Zunftbot 2020", "2020-03-21")]


def test_the_separable_sign_up_verb_before_bis_makes_a_deadline() -> None:
    today = date(2019, 10, 21)
    signup = parse_when("Bitte meldet euch bis zum 1.November bei unserem Rüger an.", today=today)
    assert (signup.start, signup.end, signup.deadline) == (None, None, "2019-11-01")
    assert parse_when("Melden Sie sich bitte bis 3. Mai 2024 an.", today=today).deadline == (
        "2024-05-03"
    )
    # The day to turn up is no deadline.
    assert parse_when("Meldet euch am 3. Mai um 10 Uhr am Start", today=today).start == (
        "2019-05-03T10:00:00+02:00"
    )


def test_the_same_day_written_another_way_in_the_prose_gives_its_time() -> None:
    # Rettungs-Corps St. Gallen: „Altgardistentreffen“ over <small>Samstag 17. Juni 2023</small>,
    # then „Das Altgardistentreffen findet am Sa. 17.6.2023 ab 14.00h im Depot Ost statt!“: the
    # prose names the same day in figures and goes on with the time.
    assert (
        prose_time(
            ["Das Altgardistentreffen findet am Sa. 17.6.2023 ab 14.00h im Depot Ost statt!"],
            "Samstag 17. Juni 2023",
        )
        == "14.00"
    )
    # Another day in the prose is still no time of this one.
    assert prose_time(["Probe am 18.6.2023 ab 14.00h"], "Samstag 17. Juni 2023") is None
    got = _read(
        "php-rcstgallen-neues-2023-02.html", "https://www.rettungscorps.ch/", date(2023, 2, 3)
    )
    assert ("Altgardistentreffen", "2023-06-17T14:00:00+02:00") in got


def test_two_days_joined_by_a_slash_are_one_date_phrase() -> None:
    # „Nördli Metzgete <br/><small>27/28. Oktober 2023</small>“: the first day has no dot; the
    # phrase is both days, and the title keeps no „27“.
    assert [m.group(0) for m in DATE_PHRASE.finditer("Nördli Metzgete 27/28. Oktober 2023")] == [
        "27/28. Oktober 2023"
    ]
    got = _read(
        "php-rcstgallen-neues-2023-02.html", "https://www.rettungscorps.ch/", date(2023, 2, 3)
    )
    assert ("Nördli Metzgete", "2023-10-27") in got


def test_the_place_an_event_sentence_names_before_statt_or_ein() -> None:
    # Rettungs-Corps St. Gallen teasers: „Unsere Hauptversammlung findet am 24. März 2023 im
    # Depot61 statt.“, „… findet am Sa. 17.6.2023 ab 14.00h im Depot Ost statt!“, „… laden wir
    # alle herzlich zum Fondue-Plausch im Nördli ein.“
    records = extract_page(
        _page(
            "php-rcstgallen-neues-2023-02.html", "https://www.rettungscorps.ch/", date(2023, 2, 3)
        )
    ).records
    places = {record.title: record.location_text for record in records}
    assert places["Hauptversammlung"] == "Depot61"
    assert places["Altgardistentreffen"] == "Depot Ost"
    assert places["Fondue-Plausch"] == "Nördli"
    # A frame, a time, an article's „ein“ and how people meet are no place.
    assert stated_place(["Das Fest findet im Rahmen des Stadtjubiläums statt."]) is None
    assert stated_place(["Die Wanderung findet im Mai statt."]) is None
    assert stated_place(["Bis(s) ins Innere des Protons – ein Science-Slam"]) is None
    assert stated_place(["Einmal im Monat findet ein Treffen im Netzwerk X bei Kaffee statt"]) == (
        "Netzwerk X"
    )


def test_days_joined_by_und_or_a_slash_under_one_month_word_are_one_event_over_them() -> None:
    # The corpus rule for days of one event (tests/realpages/README.md, „A truth file“):
    # „Fondue-Plausch“ over <small>10. und 11. Februar 2023</small> and „Nördli Metzgete“ over
    # <small>27/28. Oktober 2023</small> are one event each from the first day to the last, as
    # `parse when` reads such days — not one record per day (that needs „jeweils“ after the days,
    # tests/extract/test_heldout_batch23_causes.py).
    today = date(2023, 2, 3)
    records = extract_page(
        _page("php-rcstgallen-neues-2023-02.html", "https://www.rettungscorps.ch/", today)
    ).records
    events = [(record.title, normalize_record(record, today=today)) for record in records]
    assert [
        (title, event.start, event.end)
        for title, event in events
        if title in {"Fondue-Plausch", "Nördli Metzgete"}
    ] == [
        ("Fondue-Plausch", "2023-02-10", "2023-02-11"),
        ("Nördli Metzgete", "2023-10-27", "2023-10-28"),
    ]
