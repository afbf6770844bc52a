"""Partial structured lists are completed from the visible rows; complete ones cost nothing."""

from __future__ import annotations

import json

import netdir.extract.dispatch as dispatch
from netdir.extract import extract_page
from tests.extract.conftest import page_from_text

EVENTS = [
    ("Stammtisch", "2027-03-02T19:00"),
    ("Lesung", "2027-03-09T19:30"),
    ("Konzert", "2027-03-16T20:00"),
]


def _page(visible: list[tuple[str, str, str]]) -> str:
    data = {
        "@context": "https://schema.org",
        "@graph": [{"@type": "Event", "name": name, "startDate": start} for name, start in EVENTS],
    }
    rows = "".join(
        f'<div class="termin"><h3><a href="/t/{i}">{name}</a></h3><p>{day}, {time} Uhr</p></div>'
        for i, (name, day, time) in enumerate(visible)
    )
    return (
        f'<html><head><script type="application/ld+json">{json.dumps(data)}</script></head>'
        f"<body><main>{rows}</main></body></html>"
    )


def test_json_ld_that_covers_every_visible_row_is_read_alone(monkeypatch) -> None:
    calls: list[object] = []
    real = dispatch.extract_listing
    monkeypatch.setattr(dispatch, "extract_listing", lambda *a: calls.append(a) or real(*a))
    visible = [("Stammtisch", "02.03.2027", "19:00"), ("Lesung", "09.03.2027", "19:30"),
               ("Konzert", "16.03.2027", "20:00")]  # fmt: skip
    result = extract_page(page_from_text(_page(visible)))
    assert result.extractors == ["jsonld"] and len(result.records) == 3
    assert calls == []  # the listing detector was not run


def test_rows_beyond_the_json_ld_are_added_from_the_visible_list() -> None:
    visible = [("Stammtisch", "02.03.2027", "19:00"), ("Lesung", "09.03.2027", "19:30"),
               ("Konzert", "16.03.2027", "20:00"), ("Flohmarkt", "23.03.2027", "10:00"),
               ("Vortrag", "30.03.2027", "18:00")]  # fmt: skip
    result = extract_page(page_from_text(_page(visible)))
    assert result.extractors == ["jsonld", "listing"]
    assert [r.title for r in result.records] == [
        "Stammtisch", "Lesung", "Konzert", "Flohmarkt", "Vortrag",
    ]  # fmt: skip
    assert result.records[3].field_sources["title"].startswith("listing:")


def test_rows_linking_outside_the_events_folders_are_another_list(capsys) -> None:
    """Held-out batch V: KIOW's header ticker of news posts („[ October 26, 2020 ] Absentee
    Ballots Are Slow to Return“, pages in "/2020/10/26/") was pooled with the events widget
    whose JSON-LD events lie in "/community-calendar-event/": five posts were added as events."""
    from tests.extract.realpage_inspect import inspect_page

    records = inspect_page(
        capsys,
        "tec-listwidget-kiow-absentee-2020-10.html",
        "https://kiow.com/2020/10/26/absentee-ballots-are-slow-to-return/",
        "2020-10-26",
    )
    assert len(records) == 5
    assert all("/community-calendar-event/" in record["url"] for record in records)


def test_an_event_pages_other_events_are_those_in_its_folder(capsys) -> None:
    """Held-out batch V: beside the one JSON-LD event of DJZ's mini calendar
    ("/veranstaltung/erstverkaufstag-djz-2-2022/") the footer lists five seminars in the same
    folder and the magazine's dated posts at the site's root: the posts are no events."""
    from tests.extract.realpage_inspect import inspect_page

    records = inspect_page(
        capsys,
        "tec-miniwidget-djz-amoklauf-2022-01.html",
        "https://djz.de/amoklauf-in-heidelberg-rufe-nach-schneller-aufklaerung/",
        "2022-01-26",
    )
    titles = [record["title"] for record in records]
    assert "Erstverkaufstag DJZ 2/2022" in titles
    assert titles.count("Drückjagd-Seminar für Anfänger mit Reinhard Rüger") == 2
    assert "Dem Wild zuliebe" not in titles and "DJZ-Heftvorschau 2/2022" not in titles
    assert len(records) == 6


def test_events_without_pages_of_their_own_say_nothing_of_folders() -> None:
    """Structured events without a ``url`` take the page's: its folder ("/verein/termine/") is
    not where the events lie, so a row beyond them that links elsewhere is still added (a past
    row: a later one is kept in any case)."""
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Event", "name": name, "startDate": start.replace("2027", "2025")}
            for name, start in EVENTS
        ],
    }
    rows = [("Stammtisch", "02.03.2025", "19:00", ""), ("Lesung", "09.03.2025", "19:30", ""),
            ("Konzert", "16.03.2025", "20:00", ""), ("Flohmarkt", "23.03.2025", "10:00", "/markt/"),
            ("Vortrag", "30.03.2025", "18:00", "")]  # fmt: skip
    body = "".join(
        f'<div class="termin"><h3>{_linked(name, href)}</h3><p>{day}, {time} Uhr</p></div>'
        for name, day, time, href in rows
    )
    html = (
        f'<html><head><script type="application/ld+json">{json.dumps(data)}</script></head>'
        f"<body><main>{body}</main></body></html>"
    )
    page = page_from_text(html, url="https://example.org/verein/termine/kalender")
    titles = [record.title for record in extract_page(page).records]
    assert titles == ["Stammtisch", "Lesung", "Konzert", "Flohmarkt", "Vortrag"]


def test_an_event_pages_sidebar_of_two_next_events_in_its_folder_is_read(capsys) -> None:
    """Held-out batch V: the Horka market's page ("/veranstaltung/887/", Event microdata) has
    the plugin's sidebar widget of the site's next two events („27. November 2016 15:00“ /
    „kleiner Weihnachtsmarkt“ → "/veranstaltung/kleiner-weihnachtsmarkt/"), scored 0.395 as
    furniture: neither event was read."""
    from tests.extract.realpage_inspect import inspect_page

    records = inspect_page(
        capsys,
        "tec2-microdata-wehranlagehorka-markt-2012-05.html",
        "http://www.wehranlage-horka.de/veranstaltung/887/",
        "2016-11-20",
    )
    assert [(record["title"], record["start"][:16]) for record in records] == [
        ("Historischer Markt", "2012-05-13T11:00"),
        ("kleiner Weihnachtsmarkt", "2016-11-27T15:00"),
        ("Konzert bei Kerzenschein mit der Wild Roses Crew", "2016-12-10T17:00"),
    ]


def test_two_dated_links_outside_the_events_folder_are_not_its_other_events() -> None:
    html = """<html><head><script type="application/ld+json">{"@context": "https://schema.org",
      "@type": "Event", "name": "Sommerfest", "startDate": "2027-07-03T15:00"}</script></head>
      <body><main><h1>Sommerfest</h1><p>3. Juli 2027, 15 Uhr</p></main>
      <aside class="widget"><ul>
        <li><div>12. Juli 2027</div><a href="/presse/bericht-1/">Bericht vom Frühjahrsmarkt</a></li>
        <li><div>19. Juli 2027</div><a href="/presse/bericht-2/">Neuer Vorstand gewählt</a></li>
      </ul></aside></body></html>"""
    page = page_from_text(html, url="https://example.org/veranstaltung/sommerfest/")
    assert [record.title for record in extract_page(page).records] == ["Sommerfest"]


def _linked(name: str, href: str) -> str:
    return f'<a href="{href}">{name}</a>' if href else name
