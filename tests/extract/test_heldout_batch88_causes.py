"""Held-out batch 88 (posts of the Collegium Academicum Heidelberg, a self-governed student
residence: one event per post, its day in the post's prose): the general causes of what netdir
missed."""

from __future__ import annotations

from datetime import date

from netdir.extract import extract_page
from netdir.extract.announced_name import announced_name
from netdir.extract.prose_announcements import announcing_sentence
from netdir.normalize import normalize_record
from netdir.normalize.when import parse_when
from netdir.normalize.when_lists import day_list, with_list_dots
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import TRUTH, page_records
from tests.realpages.corpus import load_truth


def _records(page_id: str) -> list[tuple[str | None, str | None, str | None]]:
    truth = load_truth(TRUTH / f"{page_id}.yaml")
    return page_records(page_id, truth.base_url, truth.today)


def _post(heading: str, *paragraphs: str) -> list[tuple[str | None, str | None]]:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    html = (
        f"<html><body><main><section><h1>{heading}</h1><div class='content'>{body}</div>"
        "</section></main><footer><p>Mo-Do: 10 - 16 Uhr</p></footer></body></html>"
    )
    records = extract_page(page_from_text(html)).records
    today = date(2024, 4, 10)
    return [(r.title, normalize_record(r, today=today).start) for r in records]


# Cause 1: a lead that announces its day without „findet … statt“ or „laden … ein“ — „findet
# ihr uns“ (where the hosts will be), „wollen wir … feiern“ (the hosts celebrate with the readers).


def test_where_the_readers_find_the_hosts_announces_the_day() -> None:
    sentence = "Am 09. Dezember 2018, von 12:00 bis 19:00 Uhr, findet ihr uns auf dem Markt."
    assert announcing_sentence(sentence) == sentence
    records = _post(
        "Weihnachtsmarkt in der Altstadt",
        "Am 09. Dezember 2018, von 12:00 bis 19:00 Uhr, findet ihr uns zusammen mit dem "
        "Wohnprojekt auf dem Weihnachtsmarkt in der Altstadt.",
        "Kommt vorbei!",
    )
    assert records == [("Weihnachtsmarkt in der Altstadt", "2018-12-09T12:00:00+01:00")]


def test_hosts_who_want_to_celebrate_on_a_day_announce_it() -> None:
    records = _post(
        "Sommerfest im Garten",
        "Zur Eröffnung des Gartens wollen wir gemeinsam mit euch, den Nachbarinnen und allen "
        "Interessierten am Samstag, den 21. September ein kleines Sommerfest feiern!",
        "Ab 16 Uhr gibt es Musik.",
    )
    assert [(title, start[:10] if start else None) for title, start in records] == [
        ("Sommerfest im Garten", "2024-09-21")
    ]


def test_a_report_of_a_past_market_is_still_no_announcement() -> None:
    # The hosts' whereabouts without a day name no event.
    assert announcing_sentence("Auf dem Markt findet ihr uns jedes Jahr.") is None


def test_real_pages_with_the_day_in_an_informal_announcement() -> None:
    market = _records("ca-alternativer-weihnachtsmarkt-2018")
    assert ("Alternativer Weihnachtsmarkt in der Weststadt", "2018-12-09T12:00:00+01:00") in [
        (title, start) for title, start, _ in market
    ]
    party = _records("ca-sommerfest-altbau-2024")
    assert [(title, (start or "")[:10]) for title, start, _ in party] == [
        ("Sommerfest zur Einweihung unseres Altbaus", "2024-09-21")
    ]


# Cause 2: „Nächste Woche Donnerstag um 20:30 Uhr“ — the week named before its weekday was
# read as this week's (the post's own Thursday).


def test_next_week_before_the_weekday_is_the_following_calendar_week() -> None:
    thursday = date(2022, 7, 14)
    found = parse_when(
        "Nächste Woche Donnerstag um 20:30 Uhr dürfen wir ihn begrüßen", today=thursday
    )
    assert found.start == "2022-07-21T20:30:00+02:00"
    assert parse_when("kommende Woche am Montag", today=thursday).start == "2022-07-18"
    # the weekday named first keeps its reading
    assert parse_when("Freitag nächster Woche", today=thursday).start == "2022-07-22"


def test_real_page_next_week_thursday() -> None:
    starts = [start for _, start, _ in _records("ca-taste-the-waste-2022")]
    assert "2022-07-21T20:30:00+02:00" in starts
    assert "2022-07-14T20:30:00+02:00" not in starts


# Cause 3: a lead sentence that lists separate days without their closing dots („am 12.06,
# 26.06, 10.07 und 24.07, jeweils um 19 Uhr“) dated nothing; the days are one record each.


def test_an_undotted_list_of_days_reads_as_a_list() -> None:
    text = "am 12.06, 26.06, 10.07 und 24.07, jeweils um 19 Uhr"
    assert with_list_dots(text) == "am 12.06., 26.06., 10.07. und 24.07., jeweils um 19 Uhr"
    assert day_list(text) == [
        "12.06., um 19 Uhr",
        "26.06., um 19 Uhr",
        "10.07., um 19 Uhr",
        "24.07., um 19 Uhr",
    ]
    # two such pairs may be clock times; a month above 12 is no day
    assert with_list_dots("am 10.30 und 11.30 Uhr") == "am 10.30 und 11.30 Uhr"
    assert with_list_dots("am 10.15, 11.15 und 12.30") == "am 10.15, 11.15 und 12.30"


def test_a_lead_listing_separate_days_gives_one_record_per_day() -> None:
    records = _post(
        "Das Orientierungsjahr stellt sich vor",
        "Die Zeit nach der Schule ist für viele junge Menschen eine Zeit der Fragen.",
        "Für unseren 2. Jahrgang haben wir noch Plätze frei! Unsere kommenden Online- Infoabende "
        "am 12.06, 26.06, 10.07 und 24.07, jeweils um 19 Uhr, geben einen Einblick.",
    )
    assert records == [
        ("Online-Infoabende", "2024-06-12T19:00:00+02:00"),
        ("Online-Infoabende", "2024-06-26T19:00:00+02:00"),
        ("Online-Infoabende", "2024-07-10T19:00:00+02:00"),
        ("Online-Infoabende", "2024-07-24T19:00:00+02:00"),
    ]


def test_the_coming_events_name_themselves() -> None:
    sentence = "Unsere kommenden Online- Infoabende am 12.06., 26.06. und 10.07. geben Einblick."
    assert announced_name(sentence, "Der Verein stellt sich vor") == "Online-Infoabende"
    assert announced_name("Die kommenden Infoabende am 3.5.", "Infoabende im Mai") is None


def test_real_page_four_info_evenings() -> None:
    starts = sorted(start or "" for _, start, _ in _records("ca-faltr-infoabende-2024"))
    assert starts == [
        "2024-06-12T19:00:00+02:00",
        "2024-06-26T19:00:00+02:00",
        "2024-07-10T19:00:00+02:00",
        "2024-07-24T19:00:00+02:00",
    ]


# Cause 4: an event page that sets its day as a dateline above its h1 („Sonntag | 4. Oktober 2026
# | 18:00 Uhr“ / „Konzerte | Kammerkonzerte“ / <h1>Kammerkonzert</h1>) gave no record.


def _dateline_page(
    dateline: str, kicker: str = "Konzerte | Kammerkonzerte"
) -> list[tuple[str | None, str | None]]:
    html = (
        f"<html><body><section><div class='is-dateline'>{dateline}</div>"
        f"<div><span>{kicker}</span><h1>Kammerkonzert</h1></div>"
        "<ul><li><strong>Leonkoro Quartett</strong></li></ul>"
        "<p>Auf dem Programm stehen Werke von Beethoven und Schubert.</p>"
        "<p>Karten: € 40 | € 20 zzgl. Gebühren</p></section></body></html>"
    )
    records = extract_page(page_from_text(html)).records
    today = date(2026, 10, 1)
    return [(r.title, normalize_record(r, today=today).start) for r in records]


def test_a_dateline_above_the_h1_dates_the_page_event() -> None:
    assert _dateline_page("Sonntag | 4. Oktober 2026 | 18:00 Uhr") == [
        ("Kammerkonzert", "2026-10-04T18:00:00+02:00")
    ]


def test_a_publication_stamp_above_the_h1_dates_nothing() -> None:
    # no hour in Uhr: a post's day, not its event's
    assert _dateline_page("4. Oktober 2026") == []
    assert _dateline_page("Veröffentlicht am 4. Oktober 2026, 18:00 Uhr") == []


def test_real_page_dateline_over_the_concert_name() -> None:
    assert _records("nrw-beethovenhaus-kammerkonzert-detail") == [
        ("Kammerkonzert", "2026-10-04T18:00:00+02:00", None)
    ]
