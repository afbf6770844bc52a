"""Leftovers of earlier batches (session 51): general causes of what netdir still missed on pages
already in the corpus, each with a minimal page, a guard and the real page."""

from __future__ import annotations

from datetime import date

from tests.extract.realpage_inspect import readings_on, saved_page_readings

# Cause: a sentence announces the whole run whose programme the page lists („Vom 22. bis 26.
# September 2025 veranstalten wir für euch eine Erstiwoche.“ over the week's evenings): the week
# is an offering beside its programme points, named by the sentence or the heading it repeats.

SEPTEMBER_2025 = date(2025, 9, 6)


def _freshers_week(sentence: str, heading: str = "Erstiwoche") -> str:
    rows = "".join(
        f"<tr><td>{day}</td><td>{name}</td><td>{hours}</td></tr>"
        for day, name, hours in (
            ("22.09.", "Spieleabend", "16–22 Uhr"),
            ("23.09.", "Campusolympiade", "15–18 Uhr"),
            ("24.09.", "Filmenachmittag", "16–20 Uhr"),
            ("25.09.", "Kneipentour", "ab 18 Uhr"),
        )
    )
    return (
        f"<html><body><h1>Erstis</h1><h2>{heading}</h2><p>{sentence}</p>"
        "<table><thead><tr><th>Datum</th><th>Event</th><th>Uhrzeit</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></body></html>"
    )


def test_a_sentence_announcing_the_run_over_its_programme_is_one_more_offering() -> None:
    page = _freshers_week(
        "Vom 22. bis 26. September 2025 veranstalten wir für euch eine Erstiwoche."
    )
    records = readings_on(page, SEPTEMBER_2025)
    assert ("Erstiwoche", "2025-09-22", None) in records
    assert ("Spieleabend", "2025-09-22T16:00", None) in records
    assert len(records) == 5


def test_its_opening_bold_name_or_its_subject_names_the_run() -> None:
    bold = "<strong>Coding da Vinci</strong> läuft insgesamt zehn Wochen vom 20. September bis 26. November 2025."
    assert ("Coding da Vinci", "2025-09-20", None) in readings_on(
        _freshers_week(bold, heading="Programm"), SEPTEMBER_2025
    )
    subject = "Die Edirom Summer School 2025 findet in diesem Jahr vom 22. bis 26. September statt."
    assert ("Edirom Summer School 2025", "2025-09-22", None) in readings_on(
        _freshers_week(subject, heading="Kursprogramm 2025"), SEPTEMBER_2025
    )


def test_a_run_that_tells_the_rows_hours_or_a_heading_the_sentence_does_not_name_adds_none() -> (
    None
):
    each_evening = "Vom 22. bis 26. September wird jeden Abend um 18:00 Uhr gefeiert."
    assert len(readings_on(_freshers_week(each_evening), SEPTEMBER_2025)) == 4
    told = "Vom 22. bis 26. September 2025 haben wir gemeinsam gefeiert."
    assert (
        len(readings_on(_freshers_week(told, heading="Rückblick auf das Fest"), SEPTEMBER_2025))
        == 4
    )


def test_the_freshers_week_the_contest_and_the_summer_school_are_read_beside_their_programmes() -> (
    None
):
    assert ("Erstiwoche", "2025-09-22", None) in saved_page_readings(
        "mkdocs-fsrfb4-dortmund-erstis-2025-09"
    )
    assert ("Erstiwoche", "2026-09-28", None) in saved_page_readings(
        "mkdocs-fsrfb4-dortmund-erstis-2026-08"
    )
    assert ("Coding da Vinci", "2014-04-26", None) in saved_page_readings(
        "jekyll-codingdavinci-programm-2014"
    )
    assert ("Edirom Summer School 2018", "2018-09-17", None) in saved_page_readings(
        "static-edirom-summer-school-programm-2018"
    )
    # („Vom 1. bis 24. Dezember wird jeden Abend um 18:00 Uhr ein neues Fenster … eröffnet.“)
    assert len(saved_page_readings("astro-frauenverein-sarmenstorf-adventsfenster-2025-11")) == 11
    # („207 Eagle Mountain City Council meetings on file, from 15 January 2019 to 1 September
    # 2026.“: the years an archive covers, no run of days)
    assert len(saved_page_readings("static-civicrollcall-eaglemountain-meetings-2026-09")) == 25


# Cause: among headings that name their offerings over the lines of their days, one heading states
# the rule („Jeden Sonntag während des Gottesdienstes:“) and the one line below names the offering
# („Kindergottesdienst oder Kinderbetreuung“): a weekly offering named by that line.

DECEMBER_2018 = date(2018, 12, 13)


def _services(heading: str, line: str) -> str:
    return (
        "<html><body><h1>Gottesdienste</h1>"
        "<h3>Andacht im Katharina-von-Bora-Haus, Wiesenstr. 18:</h3>"
        "<p>Donnerstag, 20. Dezember, um 10:00 Uhr</p>"
        "<h3>Abendmahlsfeier im Johanniter-Altenheim, Höhweg 8:</h3>"
        "<p>Samstag, 15. Dezember um 11:00 Uhr</p>"
        f"<h3>{heading}</h3><p>{line}</p>"
        "<h3>Ökumenische Marktandacht in der Reformierten Kirche am Markt:</h3>"
        "<p>jeden Samstag um 11:00 Uhr.</p></body></html>"
    )


def test_a_rule_heading_over_the_offerings_name_is_a_weekly_offering() -> None:
    page = _services(
        "Jeden Sonntag während des Gottesdienstes:", "Kindergottesdienst oder Kinderbetreuung"
    )
    records = readings_on(page, DECEMBER_2018)
    assert ("Kindergottesdienst oder Kinderbetreuung", "2018-12-16", None) in records
    assert len(records) == 4


def test_a_rule_heading_over_a_sentence_names_nothing() -> None:
    page = _services(
        "Jeden Sonntag während des Gottesdienstes:", "Wir treffen uns im Gemeindehaus."
    )
    assert len(readings_on(page, DECEMBER_2018)) == 3


def test_the_parishs_childrens_service_is_read_under_its_rule() -> None:
    for page, day in (
        ("jekyll-selk-radevormwald-gottesdienste-2018-12", "2018-12-16"),
        ("jekyll-selk-radevormwald-gottesdienste-2019-04", "2019-04-14"),
    ):
        assert ("Kindergottesdienst oder Kinderbetreuung", day, None) in saved_page_readings(page)


def test_the_freshers_days_over_their_day_columns_are_one_more_offering() -> None:
    # „<h1>Ersti-Tage</h1>“ in a wrapper of its own, „Willkommen zu unseren jährlichen
    # Ersti-Tagen! 🎉 Vom 08.10-10.10 kannst du …“ over one programme column per day.
    assert ("Ersti-Tage", "2025-10-08", None) in saved_page_readings(
        "starlight-fsbioinfo-muenchen-erstitage-2025-09"
    )
    assert ("Ersti-Tage", "2026-10-07", None) in saved_page_readings(
        "starlight-fsbioinfo-muenchen-erstitage-2026-08"
    )
