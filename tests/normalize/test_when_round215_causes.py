"""The general causes behind held-out date rounds 215-217's misses (see test_heldout_dates.py):
each with a minimal phrase and the real string it came from."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize import parse_when


def _read(text: str, today: str) -> tuple[str | None, str | None, str | None]:
    found = parse_when(text, today=date.fromisoformat(today))
    wall = [
        value[:16] if value and len(value) > 10 else value for value in (found.start, found.end)
    ]
    return wall[0], wall[1], found.recurrence


# --- when_feasts: the Rhineland's short names of its carnival days


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Das Bürgerbüro bleibt auch am Karnevalssamstag geschlossen.", "2020-02-22", None),
        (
            "Das Kunden-Center der Monheimer Kulturwerke und Bahnen der Stadt im Monheimer Tor hat"
            " Altweiber von 9 bis 14 Uhr geöffnet.",
            "2020-02-20T09:00",
            "2020-02-20T14:00",
        ),
        (
            "Die Volkshochschule ist von Altweiber bis einschließlich 25. Februar geschlossen.",
            "2020-02-20",
            "2020-02-25",
        ),
        (
            "Von Altweiber bis Rosenmontag feiern Jecken, Möhnen und Pänz am liebsten auf der Straße.",
            "2020-02-20",
            "2020-02-24",
        ),
        ("Am Tulpensonntag zieht der Zug durch das Dorf.", "2020-02-23", None),
        ("Am Veilchendienstag ist das Rathaus geschlossen.", "2020-02-25", None),
    ],
)
def test_a_carnival_day_named_by_its_short_name_is_that_day(
    text: str, start: str, end: str | None
) -> None:
    assert _read(text, "2020-02-17")[:2] == (start, end)


def test_a_carnival_name_inside_a_compound_is_no_day() -> None:
    assert (
        _read("Ab 10.30 Uhr organisiert die Gromoka hier eine Altweiberparty.", "2020-02-14")[0]
        is None
    )
    assert _read("Der Altweibersommer bringt warme Tage.", "2020-09-14")[0] is None


def test_whole_weeks_before_a_feast_of_one_day_are_that_many_weeks_earlier() -> None:
    text = (
        "Im Städtischen Betriebshof an der Robert-Bosch-Straße gab es eine Woche vor Altweiber"
        " gleich doppelten Anlass zu feiern: Anlässlich der traditionellen Einweihung des"
        " Gänselieselwagens wurde in diesem Rahmen erstmals auch die faire Kamelle an die"
        " Monheimer Jecken übergeben."
    )
    assert _read(text, "2020-02-17")[0] == "2020-02-13"
    assert _read("Zwei Wochen nach Pfingstmontag treffen wir uns.", "2020-05-01")[0] == "2020-06-15"


def test_weeks_after_a_feast_of_several_days_give_no_day() -> None:
    # round 102: "Ostern" names several days, so no one day lies two weeks after it
    text = (
        "noch planen wir kein automatisches Update, aber wenn sich genügend Erfolgsmeldungen zur"
        " Version 0.8.9 vom 11.4.2017 finden, so möchten wir zwei Wochen nach Ostern dorthin"
        " migrieren."
    )
    assert _read(text, "2017-04-13")[0] is None


# --- when_clean: the serial comma before "und" between bare days


def test_a_serial_comma_before_und_keeps_a_run_of_following_days() -> None:
    text = "Die Kaltblutzucht Reuter lockt am 15., 16., und 17. April nachmittags die ganze Familie mit Kutschfahrten."
    assert _read(text, "2020-02-17")[:2] == ("2020-04-15", "2020-04-17")
    assert _read("am 15., 16. und 17. April", "2020-02-17")[:2] == ("2020-04-15", "2020-04-17")


# --- when_roles: an official document's day after its name and "vom"; an e-mail's sent stamp


@pytest.mark.parametrize(
    ("text", "today"),
    [
        ("Amtsblatt der Stadt Monheim am Rhein Nr. 6 vom 17. Februar 2020", "2020-02-17"),
        (
            "Nr. 1 – Öffentliche Bekanntmachung der „Richtlinien der Stadt Monheim am Rhein über die"
            " Gewährung von Zuwendungen zur Neugestaltung von Fassaden in der historischen Altstadt der"
            " Stadt Monheim am Rhein (Förderrichtlinien Fassadenprogramm)“ vom 17.10.2013 in der"
            " Fassung der 2. Änderung vom 18.12.2019",
            "2020-02-17",
        ),
        (
            "Im Nahverkehrsplan werden die Rahmenbedingungen für den Betrieb der Busse und Bahnen"
            " geregelt. Dieser wird auf Beschluss des Rates der Stadt Bonn vom 12. November 2024 neu"
            " aufgestellt.",
            "2024-11-15",
        ),
        ("Gesendet: Donnerstag, 24. Januar 2019 19:49", "2019-01-25"),
        ("Sent: Thursday, January 24, 2019 7:49 PM", "2019-01-25"),
    ],
)
def test_a_documents_or_a_mails_day_is_no_events(text: str, today: str) -> None:
    assert _read(text, today)[0] is None


def test_an_event_dated_with_vom_and_a_council_meeting_keep_their_days() -> None:
    assert _read("Das Konzert vom 12. Mai fällt aus", "2020-02-17")[0] == "2020-05-12"
    text = (
        "Mit deutlich größerer Präsenz vor Ort will die Stadt künftig für mehr Sicherheit, Ordnung"
        " und Sauberkeit in Bonn sorgen. Das hat der Rat in seiner Sitzung am 12. November 2024"
        " beschlossen."
    )
    assert _read(text, "2024-11-15")[0] == "2024-11-12"
    assert (
        _read("Wir haben die Einladung gesendet: Treffen am 3. Februar", "2019-01-25")[0]
        == "2019-02-03"
    )


# --- when_open_days: hours named by their word, then two weekdays or more


def test_labelled_office_hours_are_a_weekly_rule() -> None:
    text = (
        "Postalisch und während unserer Bürozeiten (Mo, Mi, Fr von 10 bis 13:30 Uhr) auch"
        " persönlich und telefonisch erreichen Sie uns unter:"
    )
    assert _read(text, "2018-11-10") == (
        "2018-11-12T10:00",
        "2018-11-12T13:30",
        "FREQ=WEEKLY;BYDAY=MO,WE,FR",
    )
    assert (
        _read("Öffnungszeiten: Di und Do 15-18 Uhr", "2018-11-10")[2] == "FREQ=WEEKLY;BYDAY=TU,TH"
    )


def test_a_box_offices_hours_run_into_an_events_text_stay_none() -> None:
    # round 77: no colon or bracket after the label, the hours of a ticket office in passing
    text = (
        "Eintritt € 8,-. VVK: KulturKasse in der Stadtbibliothek Reinbek, Hamburger Str. 8, 21465"
        " Reinbek, 040/72750 800 Öffnungszeiten Mo und Do 14 – 18 Uhr sowie Di und Fr von 10 bis 13"
        " Uhr, online unter www.kultur-reinbek.de."
    )
    assert _read(text, "2025-09-01")[0] is None


# --- when_relative: "heute" in the perfect; "gestern" as the day something was told


def test_heute_after_the_perfects_auxiliary_is_the_pages_day() -> None:
    text = "Hürther Bürger haben heute erneut ein Zeichen für Weltoffenheit und Toleranz gesetzt."
    assert _read(text, "2018-11-17")[0] == "2018-11-17"
    text = "Meine Töchter haben heute Plakate gebastelt, während ich meinen Sohn zum Fußballplatz gefahren habe."
    assert _read(text, "2018-11-11")[0] == "2018-11-11"


def test_heute_before_the_perfects_auxiliary_and_subject_is_the_pages_day() -> None:
    text = (
        "„Auch heute sind wir gerne der Einladung der Kinderfeuerwehr gefolgt und haben dafür eine"
        " Verpflichtung in Düsseldorf abgesagt“, berichtet der Prinz."
    )
    assert _read(text, "2020-02-14")[0] == "2020-02-14"
    assert _read("Heute sind wir es gewohnt, online einzukaufen.", "2020-02-14")[0] is None


def test_heute_without_a_participle_or_with_a_comparisons_stays_none() -> None:
    assert _read("Viele Menschen haben heute keine Zeit mehr.", "2018-11-17")[0] is None
    assert _read("Die Jugendlichen haben heute andere Sorgen als gedacht.", "2018-11-17")[0] is None


def test_yesterday_as_the_day_something_was_told_is_no_event() -> None:
    text = (
        "Wie wir schon gestern mitgeteilt haben, vertrauen wir in die Entscheidungen übergeordneter"
        " Gremien und den Empfehlungen unserer Institutionen."
    )
    assert _read(text, "2020-03-13")[0] is None


# --- when_periods: a competition is no application; a month to hand in by; this year's season


def test_a_month_beside_a_competition_is_its_month() -> None:
    text = (
        "Felix Palt und Maithili Joshi (beide Gitarre Pop) schafften sogar die Qualifikation für den"
        " Landeswettbewerb und werden sich im März in der Essener Musikhochschule mit den besten"
        " Nachwuchstalenten aus ganz NRW messen."
    )
    assert _read(text, "2020-02-12")[:2] == ("2020-03-01", "2020-03-31")


def test_a_month_things_are_handed_in_by_stays_none() -> None:
    text = (
        "Die Unterlagen für den Wettbewerb müssen voraussichtlich im Januar abgegeben werden und bis"
        " dahin ist noch viel Arbeit notwendig."
    )
    assert _read(text, "2024-11-01")[0] is None


def test_a_season_of_this_year_in_words_is_that_season() -> None:
    text = "Die nächste Literatur-Veranstaltung von „Wir sind Hürther“ ist für den Herbst diesen Jahres angedacht."
    assert _read(text, "2019-03-31")[:2] == ("2019-09-01", "2019-11-30")
    assert _read("im Sommer dieses Jahres", "2019-03-31")[:2] == ("2019-06-01", "2019-08-31")
