"""Causes found by held-out date rounds 212-214 (tests/normalize/date_strings_heldout_round212.yaml …214).

- A day that dates a newspaper article, a broadcast or a gazette's issue is its publication, no
  event's day („Die BNN haben am 16. Januar einen Artikel über … veröffentlicht“, „Der Artikel
  wurde am 12. September 2019 im Amtsblatt … veröffentlicht“, „in Ihrer Ausgabe vom …“, „(BNN vom
  27.04.18)“): ``when_press_dates``.
- Days joined by „+“ that do not follow each other are separate days, not a period („30.5. +
  2.6.“); following days so joined stay one („21.+22.6.“): ``when_plus_days``.
- A padded day and month after a label's colon, then a comma and a clock („MINT Konvent: 16.06,
  15 Uhr“), is the day, its month's dot left out: ``when_clean._UNDOTTED_DAY_AFTER_LABEL``.
- „morgen“ inside a sentence with its weekday in brackets and „gegen“ before the clock („würde
  morgen (dienstag) gegen 17:30 … abholen“) is tomorrow at that clock:
  ``when_relative._RELATIVE_CLOCK_INSIDE``.
- A text that is only a town and a full date („Jöhlingen, 11.01.2020“, „Frankfurt am Main, den
  23.03.2025“) is a letter's or a press release's dateline, no event's day; a weekday or an
  event's name before the day keeps it: ``when_lone_datelines``.
- A month of a year long gone told in a whole sentence is history even in the present tense
  („Im März 1992 stellt das Regierungspräsidium seine Überlegungen vor.“); a row keeps its month
  („Mai 2020 | Stachus | Muttertagsausflug“): ``when_history_months``.
"""

from __future__ import annotations

from datetime import date

from netdir.normalize.when import parse_when
from tests.normalize.test_heldout_dates import heldout_cases, score

# --- press dates ---------------------------------------------------------------------------


def test_a_paper_that_published_an_article_on_a_day_is_no_event() -> None:
    found = parse_when(
        "Die BNN haben am 16. Januar einen Artikel über die geplante Umgehungsstraße veröffentlicht.",
        today=date(2018, 1, 16),
    )
    assert found.start is None
    assert found.published is not None and found.published.startswith("2018-01-16")


def test_an_article_that_appeared_in_a_gazette_on_a_day_is_no_event() -> None:
    for text in (
        "Der Artikel wurde am 12. September 2019 im Amtsblatt der Gemeinde veröffentlicht.",
        "Dieser Artikel ist am 5. März 2020 im Amtsblatt der Gemeinde erschienen.",
        "Laut einer Studie (veröffentlicht im Handelsblatt am 12.10.2009) führt Straßenneubau zu mehr Verkehr.",
    ):
        assert parse_when(text, today=date(2020, 3, 5)).start is None, text


def test_an_issue_a_press_article_or_a_tv_report_dated_by_vom_is_no_event() -> None:
    for text in (
        "Die BNN berichtet in Ihrer Ausgabe vom 25. September 2019 von unserer Aktion.",
        "Die BNN berichtet dazu im Presseartikel vom 16.01.2018:",
        "Baden-TV Bericht vom 14. März 2018",
    ):
        assert parse_when(text, today=date(2019, 9, 28)).start is None, text


def test_a_papers_acronym_citing_its_issue_is_no_event() -> None:
    for text in (
        "… versucht diese öffentlich in Pressemitteilungen (BNN vom 27.04.18) zu diskreditieren.",
        "BNN vom 11. Juni 2019",
        "„Man muss schon Wöschbacher sein, um diese Trasse gut zu finden.“(BNN, 19.04.2012)",
    ):
        assert parse_when(text, today=date(2019, 6, 11)).start is None, text


def test_an_event_day_beside_press_words_keeps_its_day() -> None:
    # the meeting is the event; the article only reports on it afterwards
    found = parse_when(
        "Am 12. März laden wir zur Mitgliederversammlung ein, über die die BNN berichten wird.",
        today=date(2019, 3, 1),
    )
    assert found.start == "2019-03-12"
    # a weekday's capitals in brackets are no paper's acronym
    found = parse_when("Flohmarkt (SA, 12.03.)", today=date(2022, 3, 1))
    assert found.start == "2022-03-12"


def test_the_real_press_strings_of_round_214_are_read() -> None:
    openings = {
        "Die Badische Neuste Nachrichten (BNN) haben am 16. Januar",
        "Unter der Überschrift „Initiative sammelt",
        "Baden-TV Bericht vom",
        "Die BNN berichtet dazu im Presseartikel",
        "„Man muss schon Wöschbacher sein",
        "BNN vom 11. Juni 2019",
        "Der Artikel wurde am 12. September 2019",
        "Die BNN berichtet in Ihrer Ausgabe",
        "Laut einer Studie der Verkehrsökonomen",
        "Dieser Artikel ist am 5. März 2020",
    }
    cases = heldout_cases(214, openings)
    assert len(cases) == len(openings)
    assert [case.text for case in cases if not score(case)[0]] == []


# --- days joined by a plus ---------------------------------------------------------------


def test_days_joined_by_a_plus_that_lie_apart_are_separate_days() -> None:
    found = parse_when(
        "demnächst Inforveranstaltung der Wahlvorstände: 30.5. + 2.6.", today=date(2022, 5, 9)
    )
    assert (found.start, found.end) == ("2022-05-30", None)


def test_following_days_joined_by_a_plus_stay_one_period() -> None:
    found = parse_when("Wahlen: 21.+22.6. -> Aufstellungen bis 5.5.", today=date(2022, 4, 21))
    assert (found.start, found.end) == ("2022-06-21", "2022-06-22")
    found = parse_when("Spieleabend 3.5. + 4.5.", today=date(2022, 4, 21))
    assert (found.start, found.end) == ("2022-05-03", "2022-05-04")


# --- an undotted day after a label, then its clock -----------------------------------------


def test_an_undotted_day_after_a_label_then_a_clock_is_the_day() -> None:
    found = parse_when("MINT Konvent: 16.06, 15 Uhr", today=date(2023, 6, 7))
    assert found.start is not None and found.start.startswith("2023-06-16T15:00")


def test_a_clock_after_a_label_stays_a_clock() -> None:
    assert parse_when("Beginn: 18.30, 19 Uhr", today=date(2023, 6, 7)).start is None
    assert parse_when("Zeit: 19.30, Ort: Halle", today=date(2023, 6, 7)).start is None


# --- tomorrow with its weekday in brackets and a rough clock --------------------------------


def test_tomorrow_inside_a_sentence_with_its_weekday_and_gegen_a_clock() -> None:
    found = parse_when(
        "Jannik würde morgen (dienstag) gegen 17:30 die Kaffemaschine abholen, kann da jemand im Büro sein?",
        today=date(2022, 5, 23),
    )
    assert found.start is not None and found.start.startswith("2022-05-24T17:30")


def test_the_real_strings_of_round_212_are_read() -> None:
    openings = {
        "demnächst Inforveranstaltung",
        "Jannik vom FSR BioPharm",
        "MINT Konvent: 16.06",
    }
    cases = heldout_cases(212, openings)
    assert len(cases) == len(openings)
    assert [case.text for case in cases if not score(case)[0]] == []


def test_a_broadcast_still_to_come_keeps_its_day() -> None:
    found = parse_when(
        "Der Beitrag wird am 17.12.2025 in der „Lokalzeit OWL“ im WDR ausgestrahlt.",
        today=date(2025, 12, 1),
    )
    assert found.start == "2025-12-17"


# --- a dateline alone ----------------------------------------------------------------------


def test_a_town_and_a_full_date_alone_is_a_dateline() -> None:
    for text in ("Jöhlingen, 11.01.2020", "Jöhlingen, 28.12.20", "Frankfurt, 30. April 2023"):
        found = parse_when(text, today=date(2020, 12, 29))
        assert found.start is None and found.published is not None, text


def test_a_letters_den_makes_any_name_a_dateline() -> None:
    assert parse_when("Frankfurt am Main, den 23.03.2025", today=date(2025, 3, 23)).start is None


def test_a_weekday_an_events_name_or_a_clock_keeps_the_day() -> None:
    today = date(2022, 4, 1)
    assert parse_when("Mittwoch, 27.04.2022", today=today).start == "2022-04-27"
    assert parse_when("Premiere, 12.05.2024", today=today).start == "2024-05-12"
    found = parse_when("Hamburg, 12.05.2024 20 Uhr", today=today)
    assert found.start is not None and found.start.startswith("2024-05-12T20:00")


def test_the_real_datelines_of_rounds_210_and_214_are_read() -> None:
    cases = heldout_cases(214, {"Jöhlingen, "}) + heldout_cases(
        210, {"Frankfurt, 30. April", "Frankfurt, 18.04", "Frankfurt am Main, den"}
    )
    assert len(cases) == 5
    assert [case.text for case in cases if not score(case)[0]] == []


# --- a chronicle's month in the historic present --------------------------------------------


def test_a_long_gone_month_in_a_present_tense_sentence_is_history() -> None:
    today = date(2022, 5, 4)
    for text in (
        "Im März 1992 stellt das Regierungspräsidium seine Überlegungen vor.",
        "Der Pfinztaler Gemeinderat lehnt im Januar 1985 sowohl die Jöhlinger- wie die Wöschbacher-Tal-Trasse ab.",
    ):
        assert parse_when(text, today=today).start is None, text


def test_a_rows_month_or_a_recent_month_keeps_its_period() -> None:
    found = parse_when("Mai 2020 | Stachus | Muttertagsausflug", today=date(2022, 5, 4))
    assert (found.start, found.end) == ("2020-05-01", "2020-05-31")
    found = parse_when("Im Mai 2021 startet das Projekt.", today=date(2022, 5, 4))
    assert (found.start, found.end) == ("2021-05-01", "2021-05-31")


def test_a_heading_with_its_weekday_and_den_is_no_dateline() -> None:
    today = date(2024, 3, 1)
    assert parse_when("Keine Probe am Freitag, den 08.03.2024", today=today).start == "2024-03-08"
    found = parse_when("Astronomietag am Samstag, den 19. März 2016", today=today)
    assert found.start == "2016-03-19"
