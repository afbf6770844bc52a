"""Causes found on held-out German batch 167 of the real-page corpus (listing pages: a Kita's year
calendars, a car club's meeting table, a Tyrolean guide's recurring events, a speaker's talks, an
animal welfare association's flea market months), each pinned on a minimal snippet and on its
page: the records a reader would note, with their names, starts, ends and places."""

from __future__ import annotations

from datetime import date

from netdir.extract.month_card_series import series_of_the_dates
from tests.extract.realpage_inspect import saved_page_spans, spans_on

# 1. A calendar of month cards — „<h3>November 2022</h3>“, a grid of the month's days, a list
#    „<li><strong>05. November</strong><span>Samstag, 10:00 - 14:00 Uhr</span></li>“ — under the
#    section heading „Flohmarkttermine 2022“: no group was read (the cards' headings are only
#    months, the rows name nothing), the page became one event „Flohmarkttermine 2022“ in 2025.
#    Each day is a flea market of the month card's year (month_card_series); the day's hours
#    stand beside it on the weekday's line (weekday_hour_lines); the facts box above the section
#    says where („<strong>Ort</strong><span>…</span>“, lead_places._place_fact_above).


def _month(month: str, year: int, day: str, weekday_line: str) -> str:
    return (
        "<article class='term-month'><header class='term-month__head'>"
        f"<h3>{month} {year}</h3></header>"
        "<ol class='term-month__days'>"
        + "".join(f"<li class='term-month__day'><span>{n}</span></li>" for n in range(1, 31))
        + "</ol><ul class='term-month__events'>"
        f"<li><strong>{day}</strong><span>{weekday_line}</span></li></ul></article>"
    )


def _calendar(heading: str, place_box: str = "", second_line: str = "") -> str:
    return (
        "<html><head><title>Termine | Katzenfreunde e.V.</title></head><body><main>"
        "<section><h2>Termine im Überblick</h2><p>Alle aktuellen Termine finden Sie hier.</p>"
        f"{place_box}</section>"
        f"<section><h2>{heading}</h2><p>Alle Termine beginnen samstags.</p>"
        "<div class='term-calendar'>"
        + _month("November", 2022, "05. November", "Samstag, 10:00 - 14:00 Uhr" + second_line)
        + _month("Dezember", 2022, "03. Dezember", "Samstag, 10:00 - 14:00 Uhr" + second_line)
        + "</div></section></main></body></html>"
    )


_PLACE_BOX = (
    "<div class='bank-grid'>"
    "<div class='bank-item'><strong>Ort</strong><span>Ku(h)riosum am Kronenplatz, "
    "Bietigheim-Bissingen</span></div>"
    "<div class='bank-item'><strong>Zeit</strong><span>Samstags ab 10:00 Uhr</span></div>"
    "</div>"
)


def test_a_dates_compound_names_what_its_days_are() -> None:
    assert series_of_the_dates("Flohmarkttermine 2022") == "Flohmarkt"
    assert series_of_the_dates("Trainingstermine") == "Training"
    assert series_of_the_dates("Kurstermine 2026") == "Kurs"
    assert series_of_the_dates("Termine 2022") is None
    assert series_of_the_dates("Unsere Termine") is None
    assert series_of_the_dates("Flohmarkt-Termine im Herbst") is None


def test_month_cards_under_their_dates_heading_on_a_snippet() -> None:
    assert spans_on(_calendar("Flohmarkttermine 2022", _PLACE_BOX), date(2026, 2, 15)) == [
        (
            "Flohmarkt",
            "2022-11-05T10:00",
            "2022-11-05T14:00",
            "Ku(h)riosum am Kronenplatz, Bietigheim-Bissingen",
        ),
        (
            "Flohmarkt",
            "2022-12-03T10:00",
            "2022-12-03T14:00",
            "Ku(h)riosum am Kronenplatz, Bietigheim-Bissingen",
        ),
    ]


def test_a_plain_dates_heading_names_no_month_card_row() -> None:
    # „Termine 2022“ says only that dates follow: no flea market is made of it
    titles = [title for title, *_ in spans_on(_calendar("Termine 2022"), date(2026, 2, 15))]
    assert "Flohmarkt" not in titles
    assert "Termine" not in titles


def test_two_weekday_lines_are_a_plan_not_the_days_hours() -> None:
    html = _calendar("Flohmarkttermine 2022", second_line="</span><span>Sonntag, 11:00 Uhr")
    starts = [start for _, start, _, _ in spans_on(html, date(2026, 2, 15))]
    assert starts == ["2022-11-05", "2022-12-03"]


def test_month_cards_under_their_dates_heading_on_the_page() -> None:
    place = "Ku(h)riosum am Kronenplatz, Bietigheim-Bissingen"
    assert saved_page_spans("static-katzenfreunde-bibi-termine-2022") == [
        ("Flohmarkt", "2022-11-05T10:00", "2022-11-05T14:00", place),
        ("Flohmarkt", "2022-12-03T10:00", "2022-12-03T14:00", place),
    ]


def test_a_place_label_without_a_place_gives_none() -> None:
    box = _PLACE_BOX.replace(
        "Ku(h)riosum am Kronenplatz, Bietigheim-Bissingen", "wird noch bekannt gegeben"
    )
    places = [
        place for *_, place in spans_on(_calendar("Flohmarkttermine 2022", box), date(2026, 2, 15))
    ]
    assert places == [None, None]
