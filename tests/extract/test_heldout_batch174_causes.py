"""Causes found on held-out German batch 174 of the real-page corpus (listing pages of a student
council, an association of former exchange students and a youth-week association, all Hugo
sites), each pinned on a minimal snippet and on its page: the records a reader would note, with
their names, starts and places."""

from __future__ import annotations

from datetime import date

from netdir.extract.pictograph_facts import clock_fact
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# 1. An association's „Kalender“: an <h2> name over one line „14. bis 16. März 2025 in
#    Magdeburg“. The run's „in <town>“ after the day named no place (only a comma or a clock
#    before „in“ did); a run across two months („31. Mai bis 02. Juni 2024 in Havelberg“) read
#    as its first day left the rest of the run before the town. A known town after „in“ ends
#    the line on where, its bracket kept; so does a short rest ending on „in“ and a known town.

_KALENDER = (
    "<html><body><div class='content'>"
    "<h2>RJD-Frühjahrstagung</h2><p>14. bis 16. März 2025 in Magdeburg</p>"
    "<h2>Goodbye Wochenende</h2><p>31. Mai bis 02. Juni 2025 in Havelberg</p>"
    "<h2>Interne Arbeitstage</h2><p>27. bis 29. Dezember 2025 in Hambühren (Celle)</p>"
    "<h2>DAChKo 2025</h2><p>22. bis 25. August 2025 <a href='https://dachko.example/'>"
    "veranstaltet von Rotex 1890</a> in Hamburg</p>"
    "<h2>Workshop</h2><p>10. bis 12. Oktober 2025 in Planung</p>"
    "</div></body></html>"
)


def test_a_known_town_after_the_run_is_where_on_a_snippet() -> None:
    readings = readings_on(_KALENDER, date(2025, 3, 1))
    assert readings == [
        ("RJD-Frühjahrstagung", "2025-03-14", "Magdeburg"),
        ("Goodbye Wochenende", "2025-05-31", "Havelberg"),
        ("Interne Arbeitstage", "2025-12-27", "Hambühren (Celle)"),
        ("DAChKo 2025", "2025-08-22", "Hamburg"),
        ("Workshop", "2025-10-10", None),  # „in Planung“ names no town
    ]


def test_a_known_town_after_the_run_is_where_on_the_pages() -> None:
    places = {
        title: place for title, _, place in saved_page_readings("hugo-rotex1800-kalender-2024-01")
    }
    assert places["Faschings-Wochenende"] is None  # „in Hundisburg“: no town the gazetteer knows
    assert places["Goodbye Wochenende"] == "Havelberg"
    assert places["Welcome Camp"] == "Magdeburg"
    assert places["Interne Arbeitstage"] == "Hambühren (Celle)"
    assert places["Winter-Wochenende"] == "Wernigerode (Rotary)"
    places = {
        title: place for title, _, place in saved_page_readings("hugo-rotex1800-kalender-2025-03")
    }
    assert places["RJD-Frühjahrstagung"] == "Magdeburg"
    assert places["DAChKo 2025"] == "Hamburg"
    assert places["Welcomecamp"] == "Magdeburg"


# 2. A programme's cards give their facts in spans of one line, each opened by a pictograph:
#    „📅 Sa., 01. August 2026 🕗 20:00 Uhr 📍 Marktplatz Witzenhausen“. The day and the pinned place
#    were read, the hours not (the line holds the day, so it was no line of hours and place).
#    The one pictograph-opened fact with a clock and no day is the hours beside the day.


def test_clock_fact() -> None:
    assert (
        clock_fact("📅 Sa., 01. August 2026 🕗 20:00 Uhr 📍 Marktplatz Witzenhausen") == "20:00 Uhr"
    )
    assert clock_fact("📅 So., 02. August 2026 🕕 18:00–20:00 Uhr 📍 Werratal") == "18:00–20:00 Uhr"
    assert clock_fact("📅 Sa., 08. August 2026 🕑 Nachmittags 📍 Jugendburg Ludwigstein") is None
    assert (
        clock_fact("Konzert 🎵 20:00 Uhr 📍 Kirche") is None
    )  # a name before the first pictograph
    assert clock_fact("📅 Sa., 01. August 2026 20:00 Uhr") is None  # one fact only


_PROGRAMM = (
    "<html><body><h1>Eurowoche</h1><div class='ew-program-group'><h3>Öffentliche Veranstaltungen</h3>"
    + "".join(
        "<div class='ew-event-card'><div class='ew-event-main'><div class='ew-event-name'>{}</div>"
        "<div class='ew-event-desc'>Für alle.</div></div><div class='ew-event-meta'>"
        "<span class='ew-meta-item'>📅 {}</span><span class='ew-meta-item'>{}</span>"
        "<span class='ew-meta-item'>📍 <a href='https://maps.example/?q=x'>{}</a></span></div></div>".format(
            *card
        )
        for card in (
            (
                "Eröffnungsveranstaltung",
                "Sa., 01. August 2026",
                "🕗 20:00 Uhr",
                "Marktplatz Witzenhausen",
            ),
            (
                "Große Eurokirmes",
                "Sa., 08. August 2026",
                "🕑 Nachmittags",
                "Jugendburg Ludwigstein",
            ),
            (
                "Offenes Singen",
                "Mo.–Fr., 03.–07. August 2026",
                "🕤 09:30–10:30 Uhr",
                "Jugendburg Ludwigstein",
            ),
        )
    )
    + "</div></body></html>"
)


def test_the_clock_fact_beside_the_day_on_a_snippet() -> None:
    assert readings_on(_PROGRAMM, date(2026, 5, 29)) == [
        ("Eröffnungsveranstaltung", "2026-08-01T20:00", "Marktplatz Witzenhausen"),
        ("Große Eurokirmes", "2026-08-08", "Jugendburg Ludwigstein"),
        ("Offenes Singen", "2026-08-03T09:30", "Jugendburg Ludwigstein"),
    ]


def test_the_clock_fact_beside_the_day_on_the_page() -> None:
    starts = {
        title: start for title, start, _ in saved_page_readings("hugo-eurowoche-programm-2026-06")
    }
    assert starts == {
        "Eröffnungsveranstaltung": "2026-08-01T20:00",
        "Folkloredarbietung": "2026-08-02T18:00",
        "Nationentage – Galaauftritt & offenes Tanzen": "2026-08-03",
        "Große Eurokirmes": "2026-08-08",
        "Burgrally & Programmvorstellung": "2026-08-02T10:00",
        "Offenes Singen": "2026-08-03T09:30",
        "Workshops": "2026-08-03T10:30",
    }


# 3. A student council's cards „<a class="event-card"><div><span>Sommerfest 2023</span><div>30.
#    Jun 2023 | Oettingenstr. 67, 155</div><div>Unser jährliches Sommerfest …</div></div></a>“:
#    the boxes of one class inside each card (the line of facts, the subtitle) outscored the
#    cards, and each event was titled by its place. Dated boxes named only by the place they read
#    themselves are the cards' facts: the cards, named by names of their own, are the list (the
#    most of them, a card drawn with an image one level deeper among them).

_CARD = (
    "<a class='event-card group' href='/events/{slug}/'><div class='relative overflow-hidden'>"
    "<div class='flex flex-col'><span class='flex font-semibold'>{name}</span>"
    "<div class='line-clamp-3 text-sm'>{day} | {place}</div>"
    "<div class='line-clamp-3 text-sm'>{sub}</div></div></div></a>"
)
_CARD_WITH_IMAGE = (
    "<a class='event-card group' href='/events/{slug}/'><div class='relative overflow-hidden'>"
    "<div class='absolute z-0'><img src='/images/x.jpg' alt=''></div>"
    "<div class='relative z-10 flex flex-col'><span class='flex font-semibold'>{name}</span>"
    "<div class='line-clamp-3 text-sm'>{day} | {place}</div>"
    "<div class='line-clamp-3 text-sm'>{sub}</div></div></div></a>"
)
_EVENTS = (
    "<html><head><title>Events – Fachschaft</title></head><body><h1>Events</h1><div class='grid'>"
    + _CARD.format(
        slug="a",
        name="Sommerfest 2023",
        day="30. Jun 2023",
        place="Oettingenstr. 67, 155",
        sub="Unser jährliches Sommerfest",
    )
    + _CARD_WITH_IMAGE.format(
        slug="b",
        name="Isar Chillout Juni 2023",
        day="01. Jun 2023",
        place="Oettingenstr. 67, tba",
        sub="Klinge den Unitag aus",
    )
    + _CARD.format(
        slug="c",
        name="Alumni Treffen 2023",
        day="19. May 2023",
        place="Oettingenstr. 67, 151",
        sub="Erfahre was Alumni machen",
    )
    + _CARD.format(
        slug="d",
        name="Stammtisch Dezember 2022",
        day="10. Dec 2022",
        place="Restaurant Paradiso",
        sub="Lerne Kommilitonen kennen",
    )
    + _CARD.format(
        slug="e",
        name="Weihnachtsfeier 2022",
        day="09. Dec 2022",
        place="Oettingenstr. 67, 151",
        sub="Genieße die Weihnachtszeit",
    )
    + "</div></body></html>"
)


def test_cards_over_boxes_named_by_their_own_place_on_a_snippet() -> None:
    titles = [title for title, _, _ in readings_on(_EVENTS, date(2024, 3, 22))]
    assert titles == [
        "Sommerfest 2023",
        "Isar Chillout Juni 2023",
        "Alumni Treffen 2023",
        "Stammtisch Dezember 2022",
        "Weihnachtsfeier 2022",
    ]


def test_cards_over_boxes_named_by_their_own_place_on_the_page() -> None:
    readings = saved_page_readings("hugo-fscl-lmu-events-2024-03")
    assert len(readings) == 14
    assert ("Absolvierendenfeier 2024", "2024-04-27", "Oettingenstr. 67, tba") in readings
    assert ("Isar Chillout Juni 2023", "2023-06-01", "Oettingenstr. 67, tba") in readings
    assert ("Konstituierenden Sitzung 2022", "2022-06-26", None) in readings
    assert ("Discord WLAN-Party", "2021-11-19", "CL Discord Server") in readings
