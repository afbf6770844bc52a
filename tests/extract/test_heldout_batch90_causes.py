"""Held-out batch 90 (single-event pages of club and convention sites: the Luzerner
Rollenspieltage, a school ball, a carnival club's event pages): the general causes of what
netdir missed."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

from netdir.extract import extract_page
from netdir.extract.announcing_headings import announced_subject, only_the_particle
from netdir.extract.repeated_day_end import clock_beside_the_day_again, hours_told_again
from netdir.normalize import normalize_record
from netdir.normalize.when import parse_when
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import PAGES, TRUTH
from tests.realpages.corpus import load_truth


def _records(page_id: str) -> list[tuple[str | None, str | None, str | None]]:
    """(title, start, place) of a corpus page's records, read on the day it was saved."""
    truth = load_truth(TRUTH / f"{page_id}.yaml")
    html = (PAGES / f"{page_id}.html").read_text(encoding="utf-8")
    saved = datetime.combine(truth.today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html, truth.base_url), fetched_at=saved)
    records = extract_page(page).records
    return [
        (r.title, normalize_record(r, today=truth.today).start, r.location_text) for r in records
    ]


def _page(html: str, today: date) -> list[tuple[str | None, str | None, str | None]]:
    records = extract_page(page_from_text(html)).records
    normalized = [normalize_record(r, today=today) for r in records]
    return [(r.title, r.start, r.end) for r in normalized]


# Cause 1: a heading that is a sentence announcing its event, broken by a <br> before the day
# („Die Luzerner Rollenspieltage 2021 finden am <br> 28. + 29. August 2021 statt“): the dated
# line left only „statt“ as the event's name; the name is the sentence's subject.


def test_the_subject_of_an_announcing_heading_names_the_event() -> None:
    assert only_the_particle("statt")
    assert not only_the_particle("Sommerkonzert")
    assert (
        announced_subject("Startseite Die Luzerner Rollenspieltage 2021 finden am")
        == "Luzerner Rollenspieltage 2021"
    )
    assert announced_subject("Die Kieler Kulturnacht findet online statt!") == "Kieler Kulturnacht"
    assert announced_subject("Kieler Kulturnacht") is None


def test_a_heading_broken_before_its_day_names_the_event_by_its_subject() -> None:
    html = (
        "<html><head><title>Kulturnacht | Startseite</title></head><body><main>"
        "<h1>Die Kieler Kulturnacht 2026 findet am<br>12. + 13. Juni 2026 statt</h1>"
        "<p>Ein Wochenende voller Musik in der ganzen Stadt.</p></main></body></html>"
    )
    records = _page(html, date(2026, 5, 1))
    assert [(title, start) for title, start, _end in records] == [
        ("Kieler Kulturnacht 2026", "2026-06-12")
    ]


# Cause 2: the days of the heading told again in the lead with their hours („Vom 28.8.21 ab
# 13.00 Uhr bis am 29.8.21 um 19.00 Uhr werden … angeboten“): the record kept the bare days; and
# „bis am“ (Swiss German for „bis zum“) after a clock did not join the two ends.


def test_bis_am_after_a_clock_joins_the_two_ends() -> None:
    when = parse_when(
        "Vom 28.8.21 ab 13.00 Uhr bis am 29.8.21 um 19.00 Uhr", today=date(2021, 8, 1)
    )
    assert (when.start, when.end) == ("2021-08-28T13:00:00+02:00", "2021-08-29T19:00:00+02:00")


def test_the_run_told_again_with_hours_gives_the_hours() -> None:
    lines = [
        ("28. + 29. August 2021", None),
        ("Vom 28.8.21 ab 13.00 Uhr bis am 29.8.21 um 19.00 Uhr werden Runden angeboten.", None),
    ]
    found = hours_told_again(lines, 0, "28. + 29. August 2021", date(2021, 8, 1))
    assert found == lines[1][0]
    other_days = [("28. + 29. August 2021", None), ("Am 30.8.21 ab 13.00 Uhr bis 19 Uhr", None)]
    assert hours_told_again(other_days, 0, "28. + 29. August 2021", date(2021, 8, 1)) is None


def test_rollenspieltage_2021_page_reads_the_convention_with_its_hours() -> None:
    records = _records("hugo-rollenspieltage-luzern-2021")
    assert records == [
        (
            "Luzerner Rollenspieltage 2021",
            "2021-08-28T13:00:00+02:00",
            "Pfarrei St. Johannes, Schädrütistrasse 26, 6006 Luzern",
        )
    ]


def test_rollenspieltage_2020_page_names_the_convention_without_its_verb() -> None:
    records = _records("hugo-rollenspieltage-luzern-2020-online")
    assert [(title, start) for title, start, _place in records] == [
        ("Luzerner Rollenspieltage", "2020-08-29")
    ]


# Cause 3: a lead's announcing sentence set over a paragraph, a bold motto and a paragraph („Der
# 7. Schulball … findet am 25. Jänner 2025 unter dem Motto“ <span>Waltz in Wonderland</span> „im
# Sparkassensaal Wiener Neustadt statt.“) announced nothing: no one line held „findet … statt“.
# And the hour stood only in the page's fact box, the day told again as a bare tile over a bare
# clock tile („25. Jänner 2025“ / „19:30 Uhr“ / „Sparkassensaal Wiener Neustadt“).


def test_a_sentence_set_over_three_elements_announces_the_day() -> None:
    html = (
        "<html><body><main><h1>Frühlingsball</h1>"
        "<p>Der Ball des Gymnasiums findet am 14. März 2026 unter dem Motto</p>"
        "<span>Tanz in den Mai</span><p>im Stadtsaal statt.</p>"
        "<p>Es erwartet Sie gute Musik.</p></main></body></html>"
    )
    records = _page(html, date(2026, 2, 1))
    assert [(title, start) for title, start, _end in records] == [("Frühlingsball", "2026-03-14")]


def test_a_byline_is_no_sentence_set_over_elements() -> None:
    html = (
        "<html><body><main><h1>Mein Konferenztipp</h1>"
        "<div>1. September 2021 · Margitta Kupler · konferenztipp</div>"
        "<p>Das Netzwerk lädt herzlich ein zur Abschlusskonferenz des Projekts.</p>"
        "<p>Die Konferenz wird am Mittwoch, dem 13. Oktober 2021 von 10-18 Uhr im Umweltforum "
        "stattfinden.</p></main></body></html>"
    )
    records = _page(html, date(2021, 9, 1))
    assert [start for _title, start, _end in records] == ["2021-10-13T10:00:00+02:00"]


def test_the_fact_boxs_clock_beside_the_day_told_again_gives_the_hour() -> None:
    lines = [
        ("Der Ball findet am 25. Jänner 2025 statt.", None),
        ("Karten", None),
        ("25. Jänner 2025", None),
        ("19:30 Uhr", None),
        ("Stadtsaal", None),
    ]
    text = "Der Ball findet am 25. Jänner 2025 statt."
    found = clock_beside_the_day_again(lines, 0, text, date(2025, 1, 1))
    assert found == ("25. Jänner 2025, 19:30 Uhr", "Stadtsaal")
    other_day = [(text, None), ("26. Jänner 2025", None), ("19:30 Uhr", None)]
    assert clock_beside_the_day_again(other_day, 0, text, date(2025, 1, 1)) is None


def test_school_ball_page_reads_the_ball_on_its_day_and_hour() -> None:
    records = _records("static-schulball-bgbab-2025")
    assert records == [
        ("Waltz in Wonderland", "2025-01-25T19:30:00+01:00", "Sparkassensaal Wiener Neustadt")
    ]


# Cause 4: a convention's programme whose cards name only a weekday („Tag, Zeit: Samstag, 10.00 -
# 12.00 Uhr“) under the site's name „Luzerner Rollenspieltage / 22. + 23. August 2026“: the
# labelled weekday line was no date at all (the weekly-line reader wants the weekday first), and
# read as a weekly habit it would repeat every Saturday; the page's short run of days names the
# day each weekday is.

_PROGRAMME = (
    "<html><head><title>Programm | Spieletage</title></head><body><header><h1>Spieletage</h1>"
    "<h2>10. + 11. Oktober 2026</h2></header><main><h1>Programm</h1><ul class='rounds'>{}</ul>"
    "</main></body></html>"
)
_ROUND = (
    "<li class='round'><h3>{}</h3><div><strong>Tag, Zeit:</strong><span>{}</span></div>"
    "<p>Eine Runde für alle.</p><a href='/anmeldung'>Anmelden</a></li>"
)


def test_labelled_weekday_lines_are_the_days_of_the_pages_run() -> None:
    rounds = [
        ("Drachenjagd", "Samstag, 10.00 - 13.00 Uhr"),
        ("Sternenfahrt", "Samstag, 14.00 - 17.00 Uhr"),
        ("Nebelwald", "Sonntag, 10.00 - 13.00 Uhr"),
    ]
    html = _PROGRAMME.format("".join(_ROUND.format(*r) for r in rounds))
    records = _page(html, date(2026, 9, 1))
    assert records == [
        ("Drachenjagd", "2026-10-10T10:00:00+02:00", "2026-10-10T13:00:00+02:00"),
        ("Sternenfahrt", "2026-10-10T14:00:00+02:00", "2026-10-10T17:00:00+02:00"),
        ("Nebelwald", "2026-10-11T10:00:00+02:00", "2026-10-11T13:00:00+02:00"),
    ]


def test_weekday_lines_stay_weekly_without_a_run_that_holds_them() -> None:
    rounds = [
        ("Drachenjagd", "Samstag, 10.00 - 13.00 Uhr"),
        ("Sternenfahrt", "Dienstag, 14.00 - 17.00 Uhr"),
        ("Nebelwald", "Sonntag, 10.00 - 13.00 Uhr"),
    ]
    html = _PROGRAMME.format("".join(_ROUND.format(*r) for r in rounds))
    records = extract_page(page_from_text(html)).records
    assert [r.recurrence for r in records] == [
        "FREQ=WEEKLY;BYDAY=SA",
        "FREQ=WEEKLY;BYDAY=TU",
        "FREQ=WEEKLY;BYDAY=SU",
    ]


def test_rollenspieltage_programme_reads_each_round_on_its_day() -> None:
    records = _records("astro-rollenspieltage-luzern-programm-2026")
    assert len(records) == 16
    assert records[0][:2] == ("Everyone is John", "2026-08-22T10:00:00+02:00")
    assert records[-1][:2] == ("Die Nekropole", "2026-08-23T11:00:00+02:00")


# Cause 5: the place in a CSS module's camel-case class („…--quickViewLokationName--1cNFE“, with
# the German spelling „Lokation“) was not read as the element that holds the place.


def test_a_camel_case_class_naming_the_place_holds_the_place() -> None:
    html = (
        "<html><body><main><h2>Nachtumzug Seedorf</h2><ul>"
        "<li class='m--quickViewDate--2sX'><p>2020-01-17, 19:00 Uhr</p></li>"
        "<li class='m--quickViewLokationName--1cN'><p>Seedorf</p></li></ul></main></body></html>"
    )
    records = extract_page(page_from_text(html)).records
    assert [(r.title, r.location_text) for r in records] == [("Nachtumzug Seedorf", "Seedorf")]


def test_carnival_club_event_page_reads_its_place() -> None:
    records = _records("gatsby-nvhd-nachtumzug-wahlwies")
    assert records == [("Nachtumzug Wahlwies", "2020-01-17", "Wahlwies")]


# Cause 6: a programme of rounds as cards without links under day headings („<h2>Samstag</h2>
# <p><em>28. August 2021</em></p><div class=c-rounds>“ over cards „<h1>Deadfaces</h1><p>11 – 18
# Uhr | Horror</p>“): a card with neither link nor day was no list item, so no group of them was
# weighed; a card with its own heading over a line of hours, below a bare day, is one.


def test_timed_cards_under_a_day_are_the_days_rounds() -> None:
    def card(name: str, hours: str) -> str:
        return (
            f"<div class=card><div class=img><img src=x.jpg alt=''></div><div class=round>"
            f"<h1>{name}</h1><p class=when>{hours} | Fantasy</p><p>Eine Runde.</p></div></div>"
        )

    html = (
        "<html><body><main><h2 id=sa>Samstag</h2><p><em>10. Oktober 2026</em></p><div class=rounds>"
        + card("Drachenjagd", "10 – 12 Uhr")
        + card("Sternenfahrt", "14 – 18 Uhr")
        + "</div><h2 id=so>Sonntag</h2><p><em>11. Oktober 2026</em></p><div class=rounds>"
        + card("Nebelwald", "11 – 16 Uhr")
        + "</div></main></body></html>"
    )
    records = _page(html, date(2026, 9, 1))
    assert [(title, start) for title, start, _end in records] == [
        ("Drachenjagd", "2026-10-10T10:00:00+02:00"),
        ("Sternenfahrt", "2026-10-10T14:00:00+02:00"),
        ("Nebelwald", "2026-10-11T11:00:00+02:00"),
    ]


def test_rollenspieltage_2021_programme_reads_every_round() -> None:
    records = _records("hugo-rollenspieltage-luzern-programm-2021")
    assert len(records) == 16
    assert records[1][:2] == ("Deadfaces", "2021-08-28T11:00:00+02:00")
    assert records[-1][:2] == ("Ironsworn", "2021-08-29T13:00:00+02:00")
