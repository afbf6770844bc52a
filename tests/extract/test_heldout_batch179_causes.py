"""Causes found on held-out German batch 179 of the real-page corpus (a climate-and-health group's
Quarto news list, a Vienna play group's cycles of dates, a pupils' council's cards), each pinned on
a minimal snippet and on its page: the records a reader would note, with their names, starts and
places."""

from __future__ import annotations

from datetime import date

from netdir.extract.block_reading import BlockReading
from netdir.extract.cheered_titles import without_the_cheer
from tests.extract.realpage_inspect import readings_on, saved_page_readings, spans_on

_POST = (
    "<div class='quarto-post'><div class='body'><h3 class='listing-title'><a href='/posts/{n}/'>{title}"
    "</a></h3><div class='listing-description'><a href='/posts/{n}/'>{snippet}</a></div></div>"
    "<div class='metadata'><div class='listing-date'>{stamp}</div></div></div>"
)


def _news(*posts: tuple[str, str, str]) -> str:
    items = "".join(
        _POST.format(n=n, title=title, snippet=snippet, stamp=stamp)
        for n, (title, snippet, stamp) in enumerate(posts)
    )
    return f"<html lang='de'><body><main><h1>News</h1><div class='list'>{items}</div></main></body></html>"


# 1. A post headed „Klimastreik am 14.11.2025“ that went up on that very day, „14.11.2025“, was
#    undated as a news post with its stamp: the heading that names the day in the stamp's own words
#    was taken for the stamp's line (restated_days).
# 2. A post whose heading names no day but whose snippet opens with it — „Hitzeaktionstag!“ over
#    „Am diesjährigen Hitzeaktionstag am 04.06.2025 sind wir wieder mit dabei“, „Vom 4.-6.5. findet
#    in Leipzig die Messe … statt“ — lost its event with the stamp (snippet_days, called by
#    block_dates.undate_stamped_posts); a day the snippet mentions later („Anlässlich der … Wahl …
#    am 1.9.2024“) dates nothing.


def test_posts_dated_by_their_headings_and_snippets() -> None:
    html = _news(
        ("Hitzeaktionstag am 11.06.2026", "", "02.06.2026"),
        ("Klimastreik am 14.11.2025", "", "14.11.2025"),
        (
            "Hitzeaktionstag!",
            "Am diesjährigen Hitzeaktionstag am 04.06.2025 sind wir wieder mit dabei!",
            "23.05.2025",
        ),
        (
            "Wir sind die Brandmauer",
            "Anlässlich der anstehenden Landtagswahl in Sachsen am 1.9.2024 möchten wir betonen …",
            "25.06.2024",
        ),
        ("Klimastreik am 20.9.2024", "", "13.08.2024"),
        (
            "Nachhaltigkeit auf der „therapie LEIPZIG“",
            "Vom 4.-6.5. findet in Leipzig die Messe “therapie LEIPZIG” statt.",
            "02.05.2023",
        ),
    )
    starts = [(title, start) for title, start, _ in readings_on(html, date(2026, 7, 23))]
    assert starts == [
        ("Hitzeaktionstag", "2026-06-11"),
        ("Klimastreik", "2025-11-14"),
        ("Hitzeaktionstag!", "2025-06-04"),
        ("Klimastreik", "2024-09-20"),
        ("Nachhaltigkeit auf der „therapie LEIPZIG“", "2023-05-04"),
    ]


# 3. „Klimastreik am 20.9.2025 - sei dabei!“, „5.6.2024: Hitzeaktionstag - seid dabei!“, „Klimademo
#    am 26.03.2026!“, „Klimastreik am 07.02. in Dresden!️“ kept the call and the day in the name: the
#    call after a dash is no name, and the closing marks after a day or a place hid them from the
#    readers that cut a title's day (cheered_titles, before block_dates.date_out_of_title).


def _cheered(title: str) -> str | None:
    reading = BlockReading()
    reading.title = title
    without_the_cheer(reading)
    return reading.title


def test_the_cheer_after_the_name() -> None:
    assert _cheered("Klimastreik am 20.9.2025 - sei dabei!") == "Klimastreik am 20.9.2025"
    assert _cheered("5.6.2024: Hitzeaktionstag - seid dabei!") == "5.6.2024: Hitzeaktionstag"
    assert _cheered("Klimademo am 26.03.2026!") == "Klimademo am 26.03.2026"
    assert _cheered("Klimastreik am 07.02. in Dresden!\ufe0f") == "Klimastreik am 07.02. in Dresden"
    assert (
        _cheered("15.9.2023: Globaler Klimastreik auf dem Postplatz!")
        == "15.9.2023: Globaler Klimastreik auf dem Postplatz"
    )
    # a bare name keeps its mark, so does one whose words end it, and a dash before other words
    # is no call
    assert _cheered("03.10.2017: Wahlreform jetzt!") == "03.10.2017: Wahlreform jetzt!"
    assert (
        _cheered("Transit Town Hall: Light Rail in Pierce County April 27!")
        == "Transit Town Hall: Light Rail in Pierce County April 27!"
    )
    assert _cheered("Hitzeaktionstag!") == "Hitzeaktionstag!"
    assert _cheered("Konzert - Die Räuber!") == "Konzert - Die Räuber!"


def test_cheered_headings_in_a_news_list() -> None:
    html = _news(
        ("Klimademo am 26.03.2026!", "", "23.03.2026"),
        (
            "Klimastreik am 20.9.2025 - sei dabei!",
            "Am Samstag, 20.09., 13 Uhr, findet …",
            "16.09.2025",
        ),
        (
            "Klimastreik am 07.02. in Dresden!\ufe0f",
            "Zwei Wochen vor der Bundestagswahl …",
            "16.01.2025",
        ),
        ("5.6.2024: Hitzeaktionstag - seid dabei!", "", "16.04.2024"),
    )
    readings = readings_on(html, date(2026, 7, 23))
    assert readings == [
        ("Klimademo", "2026-03-26", None),
        ("Klimastreik", "2025-09-20T13:00", None),
        ("Klimastreik in Dresden", "2025-02-07", "Dresden"),
        ("Hitzeaktionstag", "2024-06-05", None),
    ]


def test_the_news_list_on_its_page() -> None:
    readings = saved_page_readings("quarto-h4f-dresden-news-2026-07")
    assert len(readings) == 23
    for reading in (
        ("Klimastreik", "2025-11-14", None),
        ("Klimastreik", "2025-09-20T13:00", None),
        ("Klimademo", "2026-03-26", None),
        ("Klimastreik in Dresden", "2025-02-07", "Dresden"),
        ("Hitzeaktionstag", "2024-06-05", None),
        ("Hitzeaktionstag!", "2025-06-04", None),
    ):
        assert reading in readings
    starts = {start for _, start, _ in readings}
    assert {"2024-06-25", "2024-04-19", "2023-05-04"} <= starts


# 4. A pupils' council's card closes its place line with the clock after a dash, „Kreisverwaltung,
#    Niedernhausen — 17:00 Uhr“: the whole line was the place and the card had no time
#    (block_places.time_out_of_place, which read only a clock that opens the line).


def test_a_place_line_that_closes_with_its_clock() -> None:
    card = (
        "<div class='event-item'><div class='event-item__date'><span>{d}</span> <span>Jun</span></div>"
        "<div><h2>{name}</h2><p>Treffen aller Schülervertreter.</p>"
        "<p class='event-item__location'>{where}</p></div></div>"
    )
    html = (
        "<html lang='de'><body><main><h1>Termine</h1><div class='events-list'>"
        + card.format(
            d="14",
            name="Kreisschülerratssitzung",
            where="Kreisverwaltung, Niedernhausen — 17:00 Uhr",
        )
        + card.format(d="28", name="Vollversammlung", where="Wiesbaden — 10:00 Uhr")
        + "</div></main></body></html>"
    )
    assert readings_on(html, date(2026, 6, 1)) == [
        ("Kreisschülerratssitzung", "2026-06-14T17:00", "Kreisverwaltung, Niedernhausen"),
        ("Vollversammlung", "2026-06-28T10:00", "Wiesbaden"),
    ]


def test_the_council_cards_on_their_page() -> None:
    assert saved_page_readings("static-ksr-rheingau-taunus-termine-2026-06") == [
        ("Kreisschülerratssitzung", "2026-06-14T17:00", "Kreisverwaltung, Niedernhausen"),
        ("LandesSchülerRat Hessen — Vollversammlung", "2026-06-28T10:00", "Wiesbaden"),
        ("Schulwerkstatt — Vorbereitung neues Schuljahr", "2026-07-05T15:00", "Noah"),
    ]


# 5. A play group writes each cycle as a label line over a line of days and a line of hours —
#    „Elternabende (ohne Kinder):“ / „Do, 3.5. / 17.5. / 7.6.“ / „jeweils 18-19.30 Uhr“, „Spielräume:“
#    / „mittwochs 8.1. / 15.1. / … / 12.2. / 19.2.“: no reader saw the days (day_list_lines read only
#    „Termine: …“ with the days on the label's line); yearless days run forward along their line
#    (seen in July, „29.1.“ after „22.1.“ is next January, not last).


def test_a_label_over_its_line_of_days() -> None:
    html = (
        "<html lang='de'><body><div class='text'><h1>Kommende Termine</h1>"
        "Der nächste Zyklus startet <span class='strong'>im Jänner 2020:</span><br/><br/>"
        "<span class='strong'>Elternabende (ohne Kinder):</span><br/>Di, 7.1. / Do, 16.1. / Do, 30.1. <br/>"
        "jeweils 18-19.30 Uhr<br/><br/>"
        "<span class='strong'>Spielräume:</span><br/>mittwochs 8.1. / 15.1. / 22.1. / 29.1. / 12.2. <br/>"
        "jeweils 16.30-17.30 Uhr<br/><br/><span class='strong'>Kosten:</span> 190 €</div></body></html>"
    )
    spans = spans_on(html, date(2019, 7, 30))
    assert [(title, start, end) for title, start, end, _ in spans] == [
        ("Elternabende (ohne Kinder)", "2020-01-07T18:00", "2020-01-07T19:30"),
        ("Elternabende (ohne Kinder)", "2020-01-16T18:00", "2020-01-16T19:30"),
        ("Elternabende (ohne Kinder)", "2020-01-30T18:00", "2020-01-30T19:30"),
        ("Spielräume", "2020-01-08T16:30", "2020-01-08T17:30"),
        ("Spielräume", "2020-01-15T16:30", "2020-01-15T17:30"),
        ("Spielräume", "2020-01-22T16:30", "2020-01-22T17:30"),
        ("Spielräume", "2020-01-29T16:30", "2020-01-29T17:30"),
        ("Spielräume", "2020-02-12T16:30", "2020-02-12T17:30"),
    ]


def test_a_bare_dates_label_leaves_the_name_to_the_heading() -> None:
    html = (
        "<html lang='de'><body><h2>Töpferkurs</h2><p>Termine:<br/>Mi, 23.4. / 7.5. / 14.5.<br/>"
        "von 15:30 - 17:30 Uhr</p></body></html>"
    )
    titles = {title for title, _, _ in readings_on(html, date(2025, 4, 1))}
    assert titles == {"Töpferkurs"}


def test_the_play_group_cycles_on_their_pages() -> None:
    may = saved_page_readings("static-pikler-spielraum-wien-termine-2018-05")
    assert len(may) == 9
    assert ("Elternabende (ohne Kinder)", "2018-06-07T18:00", None) in may
    assert ("Spielräume", "2018-05-09T16:30", None) in may
    january = saved_page_readings("static-pikler-spielraum-wien-termine-2020-01")
    assert [start for _, start, _ in january] == [
        "2020-01-07T18:00",
        "2020-01-16T18:00",
        "2020-01-30T18:00",
        "2020-01-08T16:30",
        "2020-01-15T16:30",
        "2020-01-22T16:30",
        "2020-01-29T16:30",
        "2020-02-12T16:30",
        "2020-02-19T16:30",
    ]
