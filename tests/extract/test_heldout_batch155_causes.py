"""Causes found on held-out German batch 155 of the real-page corpus (volunteer fire brigades: the
Freiwillige Feuerwehr Esselborn's Termine on two days, the Feuerwehr Untereisesheim's next dates,
the FF Villenbach's jubilee fest page on two days), each pinned on a minimal snippet and on its
page: the records a reader would note, with their names, starts and places."""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.joining_calls import calls_to_join
from netdir.extract.machine_stamps import well_formed_stamp
from netdir.extract.pill_clocks import clock_beside_a_pill
from netdir.normalize.title_years import named_next_year
from tests.extract.realpage_inspect import readings_on, saved_page_readings, saved_page_spans


def _card(title: str, stamp: str, day: str, clock: str, place: str, note: str = "…") -> str:
    return (
        f'<div class="termin-card" role="article"><h4>{title}</h4><p class="termin-meta">'
        f'<time datetime="{stamp}">{day}</time> um {clock} Uhr<br>{place}</p><p>{note}</p></div>'
    )


def _termine(*months: tuple[str, str]) -> str:
    body = "".join(f'<h4 class="termin-monat">{month}</h4>{cards}' for month, cards in months)
    return (
        '<html><body><main><section id="termine"><h2>Termine</h2><div id="termine-container">'
        f"<h3>Termine 2026</h3>{body}</div></section></main></body></html>"
    )


# 1. A script writes „<time datetime="2026-04-24T1900:00">“ (the clock's colon dropped, „:00“
#    added). Taken as the start, the value is no moment: reading its minutes raised an error and
#    the page's records were all lost. A malformed stamp leaves the day to the shown text and the
#    month heading above it.

_MALFORMED = _termine(
    (
        "April 2026",
        _card("Übung", "2026-04-24T1900:00", "Fr., 24.04.", "19:00", "Feuerwehrhaus Esselborn")
        + _card("Maifeier", "2026-04-30T1700:00", "Do., 30.04.", "17:00", "Feuerwehrhaus"),
    ),
    ("Januar 2027", _card("Knutfeuer", "2027-01-09T1730:00", "Sa., 09.01.", "17:30", "Gerätehaus")),
)


def test_a_malformed_datetime_on_a_snippet() -> None:
    assert [(title, start) for title, start, _ in readings_on(_MALFORMED, date(2026, 4, 13))] == [
        ("Übung", "2026-04-24T19:00"),
        ("Maifeier", "2026-04-30T17:00"),
        ("Knutfeuer", "2027-01-09T17:30"),
    ]


def test_a_well_formed_stamp() -> None:
    assert well_formed_stamp("2026-04-24T19:00")
    assert well_formed_stamp("2026-04-24T19:00:00+02:00")
    assert well_formed_stamp("2026-04-24")
    assert not well_formed_stamp("2026-04-24T1900:00")  # the clock's colon dropped
    assert not well_formed_stamp("2026-04-24T1900")
    assert not well_formed_stamp("2026-02-30")  # no such day


def test_a_malformed_datetime_on_the_pages() -> None:
    readings = saved_page_readings("js-feuerwehr-esselborn-termine-2026-04-13")
    assert len(readings) == 16
    assert readings[0] == ("Übung", "2026-04-24T19:00", "Feuerwehrhaus Esselborn")
    assert ("Knutfeuer (vorbehaltlich)", "2027-01-09T17:30") in [(t, s) for t, s, _ in readings]
    earlier = saved_page_readings("js-feuerwehr-esselborn-termine-2026-04-10")
    assert ("Aufräumen Knutfeuer", "2026-01-11T10:00") in [(t, s) for t, s, _ in earlier]


# 2. „<span>18:00 Uhr</span><span class="rounded-full">Veranstaltung</span>“ over the name: read
#    as one line, the clock looked like a programme item's („19:00 | Einführung“); the clock is
#    an element of its own beside a one-word pill.


def _badge_card(day: str, month: str, clock: str, kind: str, title: str) -> str:
    return (
        f'<div class="card"><div class="badge"><div>{day}</div><div>{month}</div></div>'
        f'<div class="body"><div class="meta"><span class="time">{clock}</span>'
        f'<span class="pill">{kind}</span></div><h3>{title}</h3><p>Für alle.</p></div></div>'
    )


_PILLS = (
    '<html><body><main><section><h2>Nächste Termine</h2><div class="grid">'
    + _badge_card("24", "Apr", "18:00 Uhr", "Veranstaltung", "Maibaumaufstellung")
    + _badge_card("08", "Mai", "19:30 Uhr", "Übung", "Einsatzübung")
    + _badge_card("22", "Mai", "19:30 Uhr", "Übung", "Einsatzübung")
    + "</div></section></main></body></html>"
)


def test_a_clock_beside_a_pill_on_a_snippet() -> None:
    assert [(t, s) for t, s, _ in readings_on(_PILLS, date(2026, 4, 22))] == [
        ("Maibaumaufstellung", "2026-04-24T18:00"),
        ("Einsatzübung", "2026-05-08T19:30"),
        ("Einsatzübung", "2026-05-22T19:30"),
    ]


def test_a_clock_beside_a_pill() -> None:
    def clock(html: str) -> str | None:
        segment = [LexborHTMLParser(html).css_first("div.card")]
        return clock_beside_a_pill(segment, lambda text: text if "Uhr" in text else None)

    assert clock(_badge_card("24", "Apr", "18:00 Uhr", "Veranstaltung", "Maibaum")) == "18:00 Uhr"
    # a clock inside a sentence, or beside a name of several words, has no pill beside it
    assert clock('<div class="card"><p>Treffpunkt ist um <b>18:00 Uhr</b> am Rathaus</p></div>') is None  # fmt: skip
    assert clock('<div class="card"><p><span>18:00 Uhr</span><span>Lesung mit Anna Maier</span></p></div>') is None  # fmt: skip
    # two clocks beside pills: a schedule, no one start
    two = '<div class="card"><p><span>18:00 Uhr</span><span>Einlass</span></p><p><span>19:00 Uhr</span><span>Beginn</span></p></div>'  # fmt: skip
    assert clock(two) is None


def test_a_clock_beside_a_pill_on_the_page() -> None:
    readings = saved_page_readings("eleventy-feuerwehr-untereisesheim-termine-2026-04")
    assert [(t, s) for t, s, _ in readings] == [
        ("Maibaumaufstellung", "2026-04-24T18:00"),
        ("Einsatzübung", "2026-05-08T19:30"),
        ("Einsatzübung", "2026-05-22T19:30"),
        ("Einsatzübung", "2026-06-05T19:30"),
    ]


# 3. „<h1>Die Freiwillige Feuerwehr Villenbach feiert 2025 ihr 150-jähriges Bestehen!</h1>“ over
#    „<h2>Sei mit dabei, wenn wir vom 05. - 06. Juli … unser Fest feiern!</h2>“: the dated heading
#    calls readers to come, the h1 names the event.

_FEST = (
    "<html><head><title>FF Villenbach</title></head><body><main>"
    "<h1>Der Musikverein Adelsried feiert 2026 sein 100-jähriges Jubiläum!</h1>"
    "<h2>Seid dabei, wenn wir vom 10. - 12. Juli im Festzelt am Sportplatz feiern!</h2>"
    "<h2>Festprogramm</h2><p>Wird noch bekannt gegeben</p></main></body></html>"
)


def test_a_heading_that_calls_to_join_on_a_snippet() -> None:
    readings = readings_on(_FEST, date(2026, 5, 1))
    assert [(t, s) for t, s, _ in readings] == [
        ("Der Musikverein Adelsried feiert 2026 sein 100-jähriges Jubiläum!", "2026-07-10")
    ]


def test_calls_to_join() -> None:
    assert calls_to_join("Sei mit dabei, wenn wir vom 05. - 06. Juli feiern!")
    assert calls_to_join("Seid dabei am 3. Mai!")
    assert calls_to_join("Kommt alle vorbei am Samstag, 4. Mai")
    assert calls_to_join("Join us on May 3rd")
    assert not calls_to_join("Sommerfest am 5. Juli")
    assert not calls_to_join("Dabei sein ist alles: Spielfest am 5. Juli")


def test_a_heading_that_calls_to_join_on_the_page() -> None:
    readings = saved_page_readings("angular-ffw-villenbach-fest-2025-05")
    assert [(t, s) for t, s, _ in readings] == [
        (
            "Die Freiwillige Feuerwehr Villenbach feiert 2025 ihr 150-jähriges Bestehen!",
            "2025-07-05",
        )
    ]


# 4. The fest's first page, read on 15 December 2024, dates it „vom 05. - 06. Juli“: the
#    nearest July is the one behind, but the name says 2025. A name's one year lifts a yearless
#    day the nearest-year rule put in the past into the year after — no further, never back.


def test_the_next_year_a_name_states() -> None:
    today = date(2024, 12, 15)
    assert named_next_year("Sommerfest 2025", "05. - 06. Juli", "2024-07-05", today) == 2025
    assert named_next_year("Sommerfest", "05. - 06. Juli", "2024-07-05", today) is None
    assert named_next_year("Sommerfest 2025", "5. Juli 2024", "2024-07-05", today) is None
    # a meeting held after the year it looks back on: its day ahead stays
    assert named_next_year("Jahreshauptversammlung 2025", "14. März", "2026-03-14", date(2026, 2, 1)) is None  # fmt: skip
    assert named_next_year("Saison 2024/2025", "5. Juli", "2024-07-05", today) is None
    assert named_next_year("Chronik 2011", "5. Juli", "2024-07-05", today) is None


def test_the_next_year_a_name_states_on_the_page() -> None:
    spans = saved_page_spans("angular-ffw-villenbach-fest-2024-12")
    assert [(t, s, e) for t, s, e, _ in spans] == [
        (
            "Die Freiwillige Feuerwehr Villenbach feiert 2025 ihr 150-jähriges Bestehen!",
            "2025-07-05",
            "2025-07-06",
        )
    ]


# 5. „Gemeinsames Kegeln (Alternativtermin: 14.03.2026)“ under the Kegeln card: the label and its
#    day stand in a bracketed remark on the card's own event, no second offering.


def test_a_bracketed_fallback_day_on_a_snippet() -> None:
    html = _termine(
        (
            "März 2026",
            _card(
                "Kegeln",
                "2026-03-07",
                "Sa., 07.03.",
                "19:30",
                "Kegelbahn Adler",
                "Gemeinsames Kegeln (Alternativtermin: 14.03.2026)",
            )
            + _card("Übung", "2026-03-20", "Fr., 20.03.", "19:00", "Feuerwehrhaus"),
        )
    )
    assert [t for t, _, _ in readings_on(html, date(2026, 3, 1))] == ["Kegeln", "Übung"]


def test_a_bracketed_fallback_day_on_the_page() -> None:
    readings = saved_page_readings("js-feuerwehr-esselborn-termine-2026-04-10")
    assert len(readings) == 23
    assert not any(t and "Alternativtermin" in t for t, _, _ in readings)


# 6. Most cards give their place on the line below the date („Feuerwehrhaus Esselborn“, a venue
#    word); „Kegelbahn“, „Fels Esselborn“ and the village „Esselborn“ in the same spot are places
#    too.


def test_places_below_the_date_on_a_snippet() -> None:
    html = _termine(
        (
            "Mai 2026",
            _card("Übung", "2026-05-01", "Fr., 01.05.", "19:00", "Feuerwehrhaus Esselborn")
            + _card("Grillen", "2026-05-02", "Sa., 02.05.", "12:00", "Fels Esselborn")
            + _card("Übung", "2026-05-08", "Fr., 08.05.", "19:00", "Feuerwehrhaus Esselborn")
            + _card("Übung", "2026-05-15", "Fr., 15.05.", "19:00", "Feuerwehrhaus Esselborn"),
        )
    )
    places = {title: place for title, _, place in readings_on(html, date(2026, 4, 1))}
    assert places["Grillen"] == "Fels Esselborn"


def test_places_below_the_date_on_the_page() -> None:
    readings = saved_page_readings("js-feuerwehr-esselborn-termine-2026-04-10")
    places = {(t, s[:10] if s else None): p for t, s, p in readings}
    assert places[("Kegeln", "2026-03-07")] == "Kegelbahn"
    assert places[("Grillen an der Fels", "2026-06-04")] == "Fels Esselborn"
    assert places[("Gedenkstunde Volkstrauertag", "2026-11-15")] == "Esselborn"
