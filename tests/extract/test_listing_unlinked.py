"""Listings as calendars and timetables print them: rows without links, English and US dates,
zebra-striped tables, page-builder wrappers, several lists on one page."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from netdir.extract import extract_page
from netdir.extract.block_text import text_chunks
from netdir.extract.title_text import title_in_text
from tests.extract.conftest import page_from_text


def titles_and_dates(html: str, url: str = "https://verein.example/termine/") -> list[tuple]:
    return [(r.title, r.url, r.date_text) for r in extract_page(page_from_text(html, url)).records]


MENU = (
    '<nav><ul><li><a href="/">Start</a></li><li><a href="/verein/">Verein</a></li>'
    '<li><a href="/termine/">Termine</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></nav>'
)


def test_table_rows_without_links_are_items_titled_by_their_own_text() -> None:
    rows = [
        ("Fr 06.03.2026", "19:30 Uhr", "Jahreshauptversammlung", "Vereinsheim"),
        ("Sa 21.03.2026", "10:00 Uhr", "Arbeitseinsatz am Bootshaus", "Bootshaus"),
        ("So 19.04.2026", "14:00 Uhr", "Anpaddeln mit Grillfest", "Steg"),
    ]
    body = "".join(
        f"<tr><td>{d}</td><td>{t}</td><td>{n}</td><td>{o}</td></tr>" for d, t, n, o in rows
    )
    html = f"<body>{MENU}<main><h1>Termine 2026</h1><table>{body}</table></main></body>"
    records = extract_page(page_from_text(html, "https://verein.example/termine/")).records
    assert [(r.title, r.url, r.date_text) for r in records] == [
        ("Jahreshauptversammlung", None, "Fr 06.03.2026, 19:30 Uhr"),
        ("Arbeitseinsatz am Bootshaus", None, "Sa 21.03.2026, 10:00 Uhr"),
        ("Anpaddeln mit Grillfest", None, "So 19.04.2026, 14:00 Uhr"),
    ]  # the time from its own cell joins the day
    assert records[0].field_sources["title"] == "listing:tbody>tr text"


def test_paragraph_lines_with_an_icon_only_link_keep_the_link_and_take_the_text_title() -> None:
    items = [
        ("12.05.2026", "Stammtisch der Ortsgruppe im Ratskeller", "/t/1"),
        ("09.06.2026", "Vortrag: Streuobstwiesen pflegen", "/t/2"),
        ("14.07.2026", "Sommerfest am Vereinsheim", "/t/3"),
    ]
    body = "".join(
        f'<div class="entry"><p>{d} – {t} <a href="{u}"><img src="/i.svg" alt=""></a></p></div>'
        for d, t, u in items
    )
    assert titles_and_dates(f"<body>{MENU}<main>{body}</main></body>") == [
        (t, f"https://verein.example{u}", d) for d, t, u in items
    ]


def test_rows_with_only_a_date_and_time_take_the_section_heading_as_title() -> None:
    html = (
        f"<body>{MENU}<main><h2>Öffentlicher Lauf</h2><ul>"
        "<li>Sa 07.02.2026, 14:00–16:00 Uhr</li><li>So 08.02.2026, 14:00–16:00 Uhr</li>"
        "<li>Sa 14.02.2026, 14:00–16:00 Uhr</li></ul></main></body>"
    )
    assert titles_and_dates(html) == [
        ("Öffentlicher Lauf", None, "Sa 07.02.2026, 14:00–16:00 Uhr"),
        ("Öffentlicher Lauf", None, "So 08.02.2026, 14:00–16:00 Uhr"),
        ("Öffentlicher Lauf", None, "Sa 14.02.2026, 14:00–16:00 Uhr"),
    ]  # same title, different days: three items, not one


def test_prose_that_mentions_a_date_is_not_a_listing() -> None:
    html = (
        f"<body>{MENU}<article><h1>Neuer Stammtisch</h1>"
        "<p>Ein neuer Stammtisch trifft sich erstmals am 18. Juni 2026 in Frankfurt am Main.</p>"
        "<p>Die Initiative wurde im Frühjahr gegründet und lädt ab dem 2. Juli 2026 monatlich ein.</p>"
        "<p>Weitere Informationen folgen auf dieser Seite.</p></article></body>"
    )
    assert titles_and_dates(html) == []


def test_english_and_us_dates_mark_a_meeting_listing() -> None:
    meetings = [
        ("City Council Regular Meeting", "Tuesday, February 17, 2015 at 3:00 p.m."),
        ("Planning Commission", "Jan 5, 2026 1:00 PM"),
        ("Parks and Recreation Board", "09/07/23"),
    ]
    body = "".join(
        f'<div class="meeting"><span class="name">{n}</span><span class="when">{w}</span></div>'
        for n, w in meetings
    )
    html = f'<html lang="en-US"><body>{MENU}<main>{body}</main></body></html>'
    assert titles_and_dates(html, "https://city.example/meetings") == [
        (n, None, w) for n, w in meetings
    ]


def test_zebra_striped_rows_stay_one_table() -> None:
    rows = "".join(
        f'<tr class="{"AlternatingRowStyle" if n % 2 else "RowStyle"}">'
        f'<td>{n + 1:02d}.10.2026</td><td><a href="/s/{n}">Sitzung des Ausschusses {n}</a></td></tr>'
        for n in range(6)
    )
    html = f"<body>{MENU}<table>{rows}</table></body>"
    records = extract_page(page_from_text(html, "https://rat.example/")).records
    assert [r.title for r in records] == [f"Sitzung des Ausschusses {n}" for n in range(6)]
    assert {r.extra["listing_block"] for r in records} == {"tbody>tr.RowStyle"}


def test_page_builder_widget_wrappers_are_content_and_compound_menus_are_furniture() -> None:
    events = "".join(
        f'<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">'
        f"<h3>Konzert Nr. {n}: Kammermusik am Abend</h3><p>{n + 10}. Mai 2026, 19:30 Uhr</p></div></div>"
        for n in range(1, 4)
    )
    rail = "".join(
        f'<li><a href="/bereich/{n}">Bereich {n} – Stand 0{n}.01.2026</a></li>' for n in range(1, 6)
    )
    html = f'<body><div class="railNav"><ul>{rail}</ul></div><main>{events}</main></body>'
    assert [t for t, _, _ in titles_and_dates(html)] == [
        f"Konzert Nr. {n}: Kammermusik am Abend" for n in range(1, 4)
    ]


def test_every_good_dated_list_is_read_not_only_the_best() -> None:
    def table(caption: str, first: int) -> str:
        rows = "".join(
            f'<tr><td>{first + n}.11.2026</td><td><a href="/s/{caption}/{n}">Sitzung {caption} {n}</a></td></tr>'
            for n in range(3)
        )
        return f"<h2>{caption}</h2><table>{rows}</table>"

    html = f"<body>{MENU}<main>{table('Bauausschuss', 3)}<div>{table('Finanzausschuss', 10)}</div></main></body>"
    titles = [t for t, _, _ in titles_and_dates(html, "https://rat.example/")]
    assert sorted(titles) == sorted(
        [f"Sitzung Bauausschuss {n}" for n in range(3)]
        + [f"Sitzung Finanzausschuss {n}" for n in range(3)]
    )


def test_inline_date_spans_and_calendar_badges_are_read_as_one_date() -> None:
    cards = [
        ('<span class="wd">Sa</span> <span class="d">20</span> . <span class="m">August</span> <span class="y">2022</span>', "Sa 20. August 2022"),
        ('<div class="badge"><div class="month">Aug</div><div class="day">27</div><div class="year">2022</div></div>', "Aug 27 2022"),
    ]  # fmt: skip
    body = "".join(
        f'<div class="event">{markup}<h3><a href="/e/{n}">Sommerkonzert Teil {n}</a></h3></div>'
        for n, (markup, _) in enumerate(cards)
    )
    records = extract_page(page_from_text(f"<body><main>{body}</main></body>")).records
    assert [r.date_text for r in records] == [text for _, text in cards]


def test_text_chunks_follow_block_elements_and_line_breaks() -> None:
    node = LexborHTMLParser(
        "<div><p>12.03. <b>Stammtisch</b> im Café<br>Ort: Rathaus</p><span>x</span></div>"
    ).css_first("div")
    assert text_chunks([node]) == ["12.03. Stammtisch im Café", "Ort: Rathaus", "x"]
    # A rule ends a line as a break does, inside one element too.
    card = LexborHTMLParser(
        "<div><span>Sketch Workshops</span><hr><span>6:30 pm</span> <span>Optoro</span></div>"
    ).css_first("div")
    assert text_chunks([card]) == ["Sketch Workshops", "6:30 pm Optoro"]
    assert title_in_text("Fr 06.03.2026, 19:30 Uhr – Jahreshauptversammlung") == (
        "Jahreshauptversammlung"
    )
    assert title_in_text("Sa 07.02.2026, 14:00–16:00 Uhr") is None


def test_the_page_language_and_its_unambiguous_dates_decide_the_day_order() -> None:
    from datetime import date

    from netdir.normalize import normalize_record

    def starts(lang: str, dates: list[str]) -> list[str | None]:
        body = "".join(
            f'<div class="meeting"><span class="name">Board meeting {n}</span>'
            f'<span class="when">{d}</span></div>'
            for n, d in enumerate(dates)
        )
        html = f'<html lang="{lang}"><body><main>{body}</main></body></html>'
        records = extract_page(page_from_text(html, "https://city.example/meetings")).records
        return [normalize_record(r, today=date(2023, 1, 1)).start for r in records]

    assert starts("en-US", ["09/07/23", "10/02/23"]) == ["2023-09-07", "2023-10-02"]
    assert starts("en-GB", ["09/07/23", "10/02/23"]) == ["2023-07-09", "2023-02-10"]
    # 25/03/23 can only be day first: it settles the page's other dates, whatever the language
    assert starts("en-US", ["25/03/23", "09/07/23"]) == ["2023-03-25", "2023-07-09"]
