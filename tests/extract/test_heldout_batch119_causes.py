"""Held-out German batch 119 (churches, parishes and music: a wind band's dates page, a duo's
concert calendar beside its JSON-LD, a Musikkapelle's festival archive): the general causes of
what netdir missed, each with a minimal page and the real page."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

from netdir.extract import extract_page
from netdir.extract.booking_windows import offered_for_booking
from netdir.extract.dotted_line_clocks import clock_piece
from netdir.html_depth import parse_html
from netdir.normalize import normalize_record
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import PAGES, TRUTH
from tests.realpages.corpus import load_truth

_Record = tuple[str | None, str | None, str | None]


def _records(page_id: str) -> list[_Record]:
    """(title, start, place) of a corpus page's records, read on the day it was saved."""
    truth = load_truth(TRUTH / f"{page_id}.yaml")
    html = (PAGES / f"{page_id}.html").read_text(encoding="utf-8")
    saved = datetime.combine(truth.today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html, truth.base_url), fetched_at=saved)
    return _read(extract_page(page).records, truth.today)


def _page(html: str, today: date) -> list[_Record]:
    saved = datetime.combine(today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html), fetched_at=saved)
    return _read(extract_page(page).records, today)


def _read(records: list[RawRecord], today: date) -> list[_Record]:
    return [(r.title, normalize_record(r, today=today).start, r.location_text) for r in records]


# --- a wind band's entries: a pill in the title, the place after the hours --------------------


def _entry(day: str, month: str, title: str, meta: str) -> str:
    return (
        f'<li class="event"><button class="event__head"><span class="event__date"><b>{day}</b>'
        f'<i>{month}</i></span><span class="event__main"><span class="event__title">{title}'
        f'</span><span class="event__meta">{meta}</span></span></button>'
        '<div class="event__panel"><div><p>Wir spielen auf dem Marktplatz.</p></div></div></li>'
    )


def _band_page() -> str:
    entries = "".join(
        [
            _entry(
                "19",
                "Apr",
                'Frühjahrskonzert <span class="tag">Konzert</span>',
                "17:00 Uhr · Stadthalle",
            ),
            _entry("09", "Mai", "Schützenfest-Vorüben", "19:45 Uhr · Vogelstange"),
            _entry("16", "Mai", "Schützenfest Marbeck", "18:45 Uhr · Marbeck"),
            _entry("29", "Aug", "Schützenfest Borken", "18:45 Uhr · Festzelt im Park"),
            _entry(
                "11",
                "Okt",
                'Schnuppernachmittag <span class="tag">Für Neugierige</span>',
                "15:00 Uhr · Eintritt frei",
            ),
            _entry("13", "Dez", "Weihnachtsmarkt", "12:00 Uhr · Hof Schulze Beikel"),
        ]
    )
    return (
        '<html lang="de"><body><h1>Alle Termine</h1><h2 class="year-label">2026</h2>'
        f'<ul class="events">{entries}</ul></body></html>'
    )


def test_a_tag_pill_after_the_name_is_no_part_of_the_title() -> None:
    # <span class="event__title">Frühjahrskonzert <span class="tag">Konzert</span></span>:
    # the golden pill beside the name labels the entry; the title is the name before it.
    titles = [title for title, _, _ in _page(_band_page(), date(2026, 3, 1))]
    assert "Frühjahrskonzert" in titles
    assert "Schnuppernachmittag" in titles
    assert not any(
        title and ("Konzert" in title.split() or "Neugierige" in title) for title in titles
    )


def test_a_pill_alone_in_the_title_box_stays_the_title() -> None:
    # Nothing of the box's own before the pill: the pill is the only name there is.
    html = (
        '<html><body><ul class="events">'
        + "".join(
            f'<li class="event"><span class="event__date">{d}.05.2026</span>'
            f'<span class="event__title"><span class="badge">{t}</span></span></li>'
            for d, t in (("02", "Maibaum"), ("09", "Vorüben"), ("16", "Umzug"))
        )
        + "</ul></body></html>"
    )
    titles = [title for title, _, _ in _page(html, date(2026, 4, 1))]
    assert titles == ["Maibaum", "Vorüben", "Umzug"]


def test_the_name_after_the_hours_on_a_meta_line_is_the_place() -> None:
    # „19:45 Uhr · Vogelstange“, „18:45 Uhr · Marbeck“: the piece after the hours and the dot
    # is where, even when no venue word says so; a town the name holds is still the place,
    # and the line's place wins over a square the panel's prose names.
    got = {title: (start, place) for title, start, place in _page(_band_page(), date(2026, 3, 1))}
    assert got["Schützenfest-Vorüben"] == ("2026-05-09T19:45:00+02:00", "Vogelstange")
    assert got["Schützenfest Marbeck"][1] == "Marbeck"
    assert got["Schützenfest Borken"][1] == "Festzelt im Park"
    assert got["Weihnachtsmarkt"][1] == "Hof Schulze Beikel"


def test_admission_after_the_hours_is_no_place() -> None:
    # „15:00 Uhr · Eintritt frei“: a note on admission, not where.
    got = {title: place for title, _, place in _page(_band_page(), date(2026, 3, 1))}
    assert got["Schnuppernachmittag"] != "Eintritt frei"


def test_the_wind_bands_dates_page_reads_names_and_places() -> None:
    records = _records("static-mvmarbeck-termine-2026-08")
    assert len(records) == 18
    assert (
        "Frühjahrskonzert",
        "2026-04-19T17:00:00+02:00",
        "Stadthalle Vennehof, Borken",
    ) in records
    assert ("Adventskonzert", "2026-12-18T19:30:00+01:00", "Kirche St. Michael Marbeck") in records
    assert ("Schützenfest-Vorüben Marbeck", "2026-05-09T19:45:00+02:00", "Vogelstange") in records
    assert ("Schützenfest Borken", "2026-08-29T18:45:00+02:00", "Festzelt im Park") in records
    titles = [title for title, _, _ in records]
    assert "Vorspiel- und Schnuppernachmittag" in titles


# --- a concert calendar beside its JSON-LD: the date block's parts ------------------------------


def _row(weekday: str, day: str, month: str, name: str, programme: str, place: str) -> str:
    return (
        '<div class="event-row"><div class="event-date">'
        f'<span class="date-day">{weekday}</span><span class="date-num">{day}</span>'
        f'<span class="date-month">{month}</span></div><div class="event-body">'
        f'<h3 class="ev-name">{name}</h3><div class="ev-prog">{programme}</div>'
        f'<div class="ev-loc">{place}</div></div></div>'
    )


def _duo_page(json_ld: str) -> str:
    rows = "".join(
        [
            _row("Samstag", "18", "Apr 2026", "Vier Jahreszeiten", "19:00 Uhr", "Berlin-Neukölln"),
            _row(
                "Mittwoch",
                "13",
                "Mai 2026",
                "4. Meisterkonzert",
                "19:30 Uhr",
                "Teo Otto Theater, Remscheid",
            ),
            _row(
                "Samstag",
                "23",
                "Mai 2026",
                "Sommernacht",
                "Serenade · 21:00 Uhr",
                "Burghof, Würzburg",
            ),
            _row(
                "Samstag",
                "11",
                "Mai 2024",
                "Benefizkonzert ZONTA",
                "Vivaldi &amp; Piazzolla · 20:00 Uhr",
                "Kaisersaal der Residenz, Würzburg",
            ),
            _row(
                "Sonntag",
                "14",
                "Mai 2023",
                "Muttertagskonzert",
                "Vivaldi · 19:00 Uhr",
                "Keller Z87, Würzburg",
            ),
        ]
    )
    return (
        f'<html lang="de"><head>{json_ld}</head><body><h1>Konzerte</h1>'
        f'<div class="event-list">{rows}</div></body></html>'
    )


_JSON_LD = (
    '<script type="application/ld+json">{"@context":"https://schema.org","@graph":['
    '{"@type":"MusicEvent","name":"Vier Jahreszeiten","startDate":"2026-04-18T19:00:00+02:00",'
    '"location":{"@type":"Place","name":"Berlin-Neukölln"}},'
    '{"@type":"MusicEvent","name":"4. Meisterkonzert — Vier Jahreszeiten",'
    '"startDate":"2026-05-13T19:30:00+02:00","location":{"@type":"Place","name":"Teo Otto Theater"}},'
    '{"@type":"MusicEvent","name":"Sommernacht","startDate":"2026-05-23T21:00:00+02:00",'
    '"location":{"@type":"Place","name":"Burghof"}}]}</script>'
)


def test_a_date_blocks_month_part_gives_way_to_the_block_with_its_day() -> None:
    # <div class="event-date"><span class="date-day">Samstag</span><span class="date-num">11
    # </span><span class="date-month">Mai 2024</span></div>: the shortest classed date, „Mai
    # 2024“, names no day; the block around it does. (No JSON-LD: the rows alone.)
    got = {title: start for title, start, _ in _page(_duo_page(""), date(2026, 5, 26))}
    assert got["Benefizkonzert ZONTA"] == "2024-05-11T20:00:00+02:00"
    assert got["Vier Jahreszeiten"] == "2026-04-18T19:00:00+02:00"


def test_the_archive_rows_beyond_the_json_ld_join_it_once() -> None:
    # The JSON-LD names the coming concerts; the rows also show past ones. Dated by their
    # whole date blocks the rows pair with the structured events, the programme the JSON-LD
    # adds to „4. Meisterkonzert“ notwithstanding, and only the archive's rows are added.
    got = _page(_duo_page(_JSON_LD), date(2026, 5, 26))
    starts = sorted(start or "" for _, start, _ in got)
    assert starts == [
        "2023-05-14T19:00:00+02:00",
        "2024-05-11T20:00:00+02:00",
        "2026-04-18T19:00:00+02:00",
        "2026-05-13T19:30:00+02:00",
        "2026-05-23T21:00:00+02:00",
    ]


def test_a_month_alone_with_no_day_around_it_stays_the_date() -> None:
    # „Mai 2024“ in a date block that names no day: the month is all the row says.
    html = (
        '<html><body><div class="list">'
        + "".join(
            f'<div class="item"><div class="event-date"><span class="date-month">{m}</span>'
            f"</div><h3>{t}</h3></div>"
            for m, t in (
                ("Mai 2024", "Frühlingsreise"),
                ("Juni 2024", "Sommerreise"),
                ("Juli 2024", "Probenfahrt"),
            )
        )
        + "</div></body></html>"
    )
    got = {title: start for title, start, _ in _page(html, date(2024, 1, 10))}
    assert got.get("Frühlingsreise") in (None, "2024-05")


def test_the_clock_ending_a_dotted_programme_line() -> None:
    assert clock_piece("8 Jahreszeiten · Vivaldi & Piazzolla · 20:00 Uhr") == "20:00 Uhr"
    assert clock_piece("#muttertagskonzert · Vivaldi & Piazzolla · 19:00 Uhr") == "19:00 Uhr"
    assert clock_piece("Einlass · 18:30 Uhr") is None  # when the doors open
    assert clock_piece("Vivaldi & Piazzolla, 20:00 Uhr") is None  # no dot parts the line
    assert clock_piece("18:00 Uhr · 20:00 Uhr") is None  # two clocks: which one?
    # a table row written with bars: its hours cell is read as the row's own column
    assert clock_piece("16.01.2026 | 20 Uhr | Blaue Fabrik Dresden | Vocal Night") is None


def test_a_date_offered_for_booking_is_no_event() -> None:
    # „Deutschlandweit buchbar“ · „Uhrzeit nach Vereinbarung“ · „Für Veranstalter buchbar“:
    # the duo offers the date; a course also bookable in-house on a fixed day is held.
    window = parse_html(
        '<div class="event-row"><h3>Four Seasons</h3><div>Deutschlandweit buchbar</div>'
        "<div>Open Air · Saal · Uhrzeit nach Vereinbarung</div>"
        '<span class="status">Für Veranstalter buchbar</span></div>'
    ).css_first("div.event-row")
    course = parse_html(
        '<div class="row"><h3>Erste Hilfe</h3><div>12.05.2026, 9–16 Uhr</div>'
        "<p>Der Kurs ist auch als Inhouse-Schulung buchbar; Termine dafür nach Vereinbarung.</p>"
        "</div>"
    ).css_first("div.row")
    assert window is not None and course is not None
    assert offered_for_booking([window])
    assert not offered_for_booking([course])


def test_the_duos_calendar_reads_its_archive_and_not_its_free_date() -> None:
    records = _records("static-duovia-konzerte-2026-05")
    starts = sorted(start or "" for _, start, _ in records)
    assert starts == [
        "2023-05-14T19:00:00+02:00",
        "2024-05-11T20:00:00+02:00",
        "2026-04-18T19:00:00+02:00",
        "2026-05-07T19:30:00+02:00",
        "2026-05-09T13:00:00+02:00",
        "2026-05-13T19:30:00+02:00",
    ]
    assert ("Benefizkonzert ZONTA Würzburg", "2024-05-11T20:00:00+02:00") in [
        (title, start) for title, start, _ in records
    ]
