"""Causes found on held-out German batch 175 of the real-page corpus (single-event pages: a chess
club's tournament calls and a village association's posts, with its start page), each pinned on a
minimal snippet and on its page: the records a reader would note, with their names, starts and
places."""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.competition_rounds import might_list_rounds
from netdir.extract.entry_calls import event_the_call_is_for
from netdir.extract.next_one_named import next_one_named
from netdir.extract.reported_places import place_of_the_reported_day
from netdir.records import RawRecord
from tests.extract.realpage_inspect import _stamps, readings_on, saved_page_readings

_HALL = "Sparkassenhalle (Schülerfreizeitzentrum), Am Großen Teich 2, 98693 Ilmenau"

# 1. A tournament's call („<h1>Ausschreibung</h1>“): the tournament's name stands only in the
#    breadcrumb's link to its section and the <title>'s other part; the h1 named the record.


def _call(heading: str, title: str, crumb: str = "") -> LexborHTMLParser:
    return LexborHTMLParser(
        f"<html><head><title>{title}</title></head><body>{crumb}<h1>{heading}</h1></body></html>"
    )


def test_a_call_for_entries_is_named_by_the_edition_on_a_snippet() -> None:
    url = "https://open.example.de/2025/ausschreibung_blitz/"
    tree = _call("Ausschreibung - Blitz", "Ausschreibung - Blitz – 2. Ilmenauer Open 2025")
    assert event_the_call_is_for("Ausschreibung - Blitz", tree, url) == (
        "2. Ilmenauer Open 2025 – Blitz"
    )
    tree = _call("Ausschreibung - Open", "Ausschreibung - Open – 2. Ilmenauer Open 2025")
    assert event_the_call_is_for("Ausschreibung - Open", tree, url) == "2. Ilmenauer Open 2025"
    # the breadcrumb's section outranks the site's title, which names the edition to come
    crumb = "<div><a href='/2024/'>1. Ilmenauer Open 2024</a> › Ausschreibung - Open</div>"
    tree = _call("Ausschreibung - Open", "Ausschreibung - Open – 2. Ilmenauer Open 2025", crumb)
    assert (
        event_the_call_is_for("Ausschreibung - Open", tree, "https://o.de/2024/ausschreibung/")
        == "1. Ilmenauer Open 2024"
    )
    # a site's plain name names the club, and another heading is no call
    tree = _call("Ausschreibung", "Ausschreibung – Schachverein Ilmenau")
    assert event_the_call_is_for("Ausschreibung", tree, url) is None
    assert event_the_call_is_for("Sommerfest", tree, url) is None


def test_a_call_for_entries_is_named_by_the_edition_on_the_page() -> None:
    assert saved_page_readings("hugo-ilmenau-open-blitz-ausschreibung-2025") == [
        ("2. Ilmenauer Open 2025 – Blitz", "2025-10-31T18:00", _HALL)
    ]


# 2. „<h2>Spiellokal</h2>“ over the hall: a competition's place label, as „Ort“ is (the place ran
#    on from „Datum“ over the next sections, or was the club's contact „Adresse:“).

_TOURNAMENT = (
    "<html><head><title>Ausschreibung – 32. Ilmenauer Schnellschachturnier 2026</title></head>"
    "<body><h1>Ausschreibung</h1><h2>Datum</h2><p><strong>22.08.2026</strong></p>"
    "<h2>Spiellokal</h2><p><strong>Rathaus Ilmenau</strong><br>Am Markt 7, 98693 Ilmenau</p>"
    "<h2>Auswertung</h2><p>Das Turnier wird weder nach ELO noch nach DWZ ausgewertet.</p>"
    "<h2>Zeitplan</h2><table><thead><tr><th>Datum</th><th>Uhrzeit</th><th>Ereignis</th></tr>"
    "</thead><tbody>{rows}</tbody></table>"
    "<h2>Kontakt</h2><p>Adresse: Ehrenbergstraße 29, 98693 Ilmenau</p></body></html>"
)
_ROWS = [
    ("Bis 09:30", "Anmeldung"),
    ("10:00", "1. Runde"),
    ("11:00", "2. Runde"),
    ("12:00", "3. Runde mit Mittagspause"),
    ("14:00", "4. Runde"),
    ("15:00", "5. Runde"),
    ("Anschließend", "Siegerehrung"),
]


def _timetable(rows: list[tuple[str, str]]) -> str:
    return "".join(f"<tr><td>22.08.2026</td><td>{c}</td><td>{n}</td></tr>" for c, n in rows)


def test_a_competitions_hall_label_gives_its_place_on_a_snippet() -> None:
    readings = readings_on(_TOURNAMENT.format(rows=""), date(2026, 4, 27))
    assert readings == [
        (
            "32. Ilmenauer Schnellschachturnier 2026",
            "2026-08-22",
            "Rathaus Ilmenau, Am Markt 7, 98693 Ilmenau",
        )
    ]


def test_a_competitions_hall_label_gives_its_place_on_the_page() -> None:
    readings = saved_page_readings("hugo-ilmenau-open-ausschreibung-2024")
    assert readings[0][2] == _HALL


# 3. A „Zeitplan“ of numbered rounds under the tournament's labelled day: the registration, the
#    rounds and the award ceremony are its running order (read before as the page's list); the
#    tournament starts with its first round; another row (a blitz tournament) stays an offering.


def test_a_timetable_of_rounds_is_the_tournaments_on_a_snippet() -> None:
    readings = readings_on(_TOURNAMENT.format(rows=_timetable(_ROWS)), date(2026, 4, 27))
    assert readings == [
        (
            "32. Ilmenauer Schnellschachturnier 2026",
            "2026-08-22T10:00",
            "Rathaus Ilmenau, Am Markt 7, 98693 Ilmenau",
        )
    ]
    rows = [*_ROWS[:3], ("20:15", "Blitzturnier"), *_ROWS[3:]]
    readings = readings_on(_TOURNAMENT.format(rows=_timetable(rows)), date(2026, 4, 27))
    assert ("Blitzturnier", "2026-08-22T20:15", "Rathaus Ilmenau, Am Markt 7, 98693 Ilmenau") in (
        readings
    )
    assert len(readings) == 2


def test_two_numbered_rows_are_no_timetable_of_rounds() -> None:
    def row(title: str) -> RawRecord:
        return RawRecord(source_id="s", page_url="u", extractor="listing", title=title)

    assert not might_list_rounds([row("1. Runde"), row("2. Runde"), row("Sommerfest")])
    assert might_list_rounds([row("1. Runde"), row("Runde 2"), row("3. Spieltag")])


def test_a_timetable_of_rounds_is_the_tournaments_on_the_pages() -> None:
    assert saved_page_readings("hugo-ilmenau-schnellschachturnier-ausschreibung-2026") == [
        (
            "32. Ilmenauer Schnellschachturnier 2026",
            "2026-08-22T10:00",
            "Rathaus Ilmenau, Am Markt 7, 98693 Ilmenau",
        )
    ]
    assert saved_page_readings("hugo-ilmenau-open-ausschreibung-2024") == [
        ("1. Ilmenauer Open 2024", "2024-10-31T10:00", _HALL),
        ("Blitz Turnier", "2024-11-01T21:00", _HALL),
    ]


# 4. „Wann?: 13. -15. August | …“ (a label that asks and states) and „Anreise: 13.8. ab 10 Uhr“
#    under „<h2>Anmeldung</h2>“: the sign-up section heads the facts, the h1 names the weekend.

_WEEKEND = (
    "<html><head><title>Workshopwochenende 2021</title></head><body><div class='container'>"
    "<h1>Workshopwochenende 2021</h1><p>Der Verein ist dieses Jahr zum ersten Mal dabei.</p>"
    "<h2>Anmeldung</h2><p>Zur besseren Planung bitten wir euch, euch anzumelden.</p>"
    "<p><a href='https://forms.example.org/anmeldung'>Jetzt anmelden!</a></p>"
    "<p>Wann?: 13. -15. August | Freitag früh bis Sonntag Nachmittag</p>"
    "<p>Anreise: 13.8. ab 10 Uhr</p><h2>Packliste</h2><ul><li>Zelt</li></ul></div></body></html>"
)


def test_a_sign_up_section_over_the_facts_on_a_snippet() -> None:
    stamps = _stamps(_WEEKEND, None, date(2021, 7, 21))
    assert [(title, start, end) for title, start, end, _ in stamps] == [
        ("Workshopwochenende 2021", "2021-08-13T10:00:00+02:00", "2021-08-15")
    ]


def test_a_sign_up_section_over_the_facts_on_the_page() -> None:
    assert [r[:2] for r in saved_page_readings("jekyll-ledoewi-workshopwochenende-2021")] == [
        ("Workshopwochenende 2021", "2021-08-13T10:00")
    ]


# 5. A report's heading without a day over „Unser nächstes Vereinstreffen findet am 21. Juli um
#    18 Uhr auf der Wiese in Würchhausen statt“: the meeting the sentence names next, on the
#    meadow (only a town was read); and a place told in a verbless sentence after „… statt.“


def test_the_next_meeting_and_its_meadow_on_a_snippet() -> None:
    sentence = (
        "Unser nächstes Vereinstreffen findet am 21. Juli um 18 Uhr auf der Wiese in "
        "Würchhausen statt."
    )
    today = date(2021, 7, 21)
    assert next_one_named("Auftaktveranstaltung Lebendige Dörfer e.V.", sentence, today) == (
        "Vereinstreffen"
    )
    # a heading naming that kind of meeting names the one announced itself
    assert (
        next_one_named("Vereinstreffen im Juli", sentence.replace("21. Juli", "21. Juli"), today)
        is None
    )
    assert next_one_named("Sommerfest", "Unser nächster Termin ist am 21. Juli.", today) is None
    assert place_of_the_reported_day([sentence]) == "Wiese in Würchhausen"
    told = "Das Workshopwochenende findet vom 13. - 15. August statt. Wie immer auf der großen Wiese in Würchhausen. Kommt zahlreich!"
    assert place_of_the_reported_day([told]) == "Wiese in Würchhausen"
    assert (
        place_of_the_reported_day(["Das Fest findet am 13. August statt. Kommt zahlreich!"]) is None
    )


def test_the_next_meeting_and_its_meadow_on_the_pages() -> None:
    assert saved_page_readings("jekyll-ledoewi-auftakt-2021-07") == [
        ("Vereinstreffen", "2021-07-21T18:00", "Wiese in Würchhausen")
    ]
    assert saved_page_readings("jekyll-ledoewi-workshopwochenende-einladung-2021-07") == [
        ("Workshopwochenende 2021", "2021-08-13", "Wiese in Würchhausen")
    ]


# 6. Whole posts under a title over the bare day they went up („<h2>…</h2><p>20.07.2021</p>“),
#    each telling of a later day: stamps, not the events' days; each post read on its own. Cards
#    whose day line is the event's own (nothing later in them) stay a list.

_POST = "<div class='container'><h2>{title}</h2><p>{stamp}</p><p>{text}</p></div><hr>"


def test_posts_under_their_stamps_on_a_snippet() -> None:
    page = (
        "<html><body>"
        + _POST.format(
            title="Workshopwochenende 2021",
            stamp="20.07.2021",
            text="Das Workshopwochenende findet dieses Jahr vom 13. - 15. August statt.",
        )
        + _POST.format(
            title="Auftakt",
            stamp="13.07.2021",
            text="Unser nächstes Vereinstreffen findet am 21. Juli um 18 Uhr im Gemeindehaus statt.",
        )
        + "</body></html>"
    )
    readings = readings_on(page, date(2021, 7, 21))
    assert [(title, start) for title, start, _ in readings] == [
        ("Workshopwochenende 2021", "2021-08-13"),
        ("Vereinstreffen", "2021-07-21T18:00"),
    ]
    cards = (
        "<html><body>"
        + _POST.format(title="Sommerkonzert", stamp="20.07.2021", text="Eintritt frei.")
        + _POST.format(title="Herbstkonzert", stamp="13.09.2021", text="Im Gemeindehaus.")
        + "</body></html>"
    )
    readings = readings_on(cards, date(2021, 7, 1))
    assert [(title, start) for title, start, _ in readings] == [
        ("Sommerkonzert", "2021-07-20"),
        ("Herbstkonzert", "2021-09-13"),
    ]


def test_posts_under_their_stamps_on_the_page() -> None:
    assert saved_page_readings("jekyll-ledoewi-start-2021-07") == [
        ("Workshopwochenende 2021", "2021-08-13", "Wiese in Würchhausen"),
        ("Vereinstreffen", "2021-07-21T18:00", "Wiese in Würchhausen"),
    ]
