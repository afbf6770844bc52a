"""Causes left by earlier held-out batches and fixed in session 39, each with a unit test on a
minimal snippet and a test on its real page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract import extract_page
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

URL = "https://verein.example.org/aktionen/"


def _rows(html: str, today: date) -> list[tuple[str | None, str, str | None]]:
    records = extract_page(page_from_text(html, URL)).records
    return [
        (r.title, (normalize_record(r, today=today).start or "")[:10], r.location_text)
        for r in records
    ]


# --- rows named only by their place under a heading naming the series ---

_CAMPS = """<html><body><div class="content"><h2>Aktionen</h2>
<h3>Linux-Infotage:</h3><ul>
<li><a href="/lit/22/">22. Linux-Infotag (2. Mai 2026)</a></li>
<li><a href="/lit/21/">21. Linux-Infotag (26. April 2025)</a></li>
<li><a href="/lit/20/">20. Linux-Infotag (25. März 2023)</a></li></ul>
<h3>LUG-Camps (zusammen mit der Nachbar-LUG):</h3><ul>
<li>Alpsee (21.-24. Mai 2009)</li>
<li><a href="/historic/camp-2001/">Karlshof II (25.-27. Mai 2001)</a></li>
<li><a href="/historic/camp-2000/">Karlshof I (2.-4. Juni 2000)</a></li></ul>
</div></body></html>"""


def test_rows_named_by_their_place_take_the_series_of_their_heading() -> None:
    # Before: „Alpsee“, „Karlshof II“: the camps were named by their place alone.
    rows = _rows(_CAMPS, date(2026, 5, 4))
    assert rows[-3:] == [
        ("LUG-Camp Alpsee", "2009-05-21", "Alpsee"),
        ("LUG-Camp Karlshof II", "2001-05-25", "Karlshof"),
        ("LUG-Camp Karlshof I", "2000-06-02", "Karlshof"),
    ]
    # rows that name themselves keep their names
    assert rows[0][:2] == ("22. Linux-Infotag", "2026-05-02")


def test_rows_under_a_heading_of_several_words_keep_their_names() -> None:
    html = _CAMPS.replace("LUG-Camps (zusammen mit der Nachbar-LUG):", "Unsere Reisen nach")
    titles = [title for title, _, _ in _rows(html, date(2026, 5, 4))]
    assert "Alpsee" in titles
    assert "Karlshof II" in titles


def test_the_user_groups_camps_are_named_by_their_series(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, "static-luga-aktionen-2026-05")
    events = {(r["start"][:10], r["title"]): r["location"] for r in records}
    assert events[("2009-05-21", "LUG-Camp Alpsee")] == "Alpsee"
    assert events[("2001-05-25", "LUG-Camp Karlshof II")] == "Karlshof"
    assert ("2026-05-02", "22. Augsburger Linux-Infotag") in events


# --- an undated card whose day slot is empty (a script fills it) ---


def _card(day: str, name: str, slug: str) -> str:
    return f"""<li class="col"><div class="card-event"><div class="card-event__contents">
<div class="subheading green">{f"<p>{day}</p>" if day else ""}</div>
<h3><a class="card-title-link" href="https://museum.example.org/events/{slug}">{name}</a></h3>
<div class="wysiwyg">{"<p>10:00 am - 4:00 pm</p>" if day else ""}</div></div></div></li>"""


_CARDS = (
    '<html><body><ul class="row">'
    + _card("May 29, 2026", "Rosemaling with a Painter", "rosemaling")
    + _card("", "Movie Night: Film Announced Soon", "movie-night")
    + _card("Jun 14, 2026", "Community Yoga in the Hall", "yoga")
    + _card("Jun 20, 2026", "Midsummer Festival on the Lawn", "midsummer")
    + "</ul></body></html>"
)


def test_a_card_with_an_empty_day_slot_is_no_offering() -> None:
    # Before: „Movie Night: Film Announced Soon“ was a record without a day.
    titles = [(title, day) for title, day, _ in _rows(_CARDS, date(2026, 5, 16))]
    assert titles == [
        ("Rosemaling with a Painter", "2026-05-29"),
        ("Community Yoga in the Hall", "2026-06-14"),
        ("Midsummer Festival on the Lawn", "2026-06-20"),
    ]


def test_an_undated_card_without_a_day_slot_stays() -> None:
    # „Wann: Auf Anfrage“: a card built without the day element is still an offering.
    html = _CARDS.replace('<div class="subheading green"></div>', "")
    titles = [title for title, _, _ in _rows(html, date(2026, 5, 16))]
    assert "Movie Night: Film Announced Soon" in titles


def test_the_museums_script_filled_cards_are_no_records(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, "efelle-nordicmuseum-calendar")
    assert all(r["start"] for r in records)
    assert not any(r["title"].startswith("Moomin Movie Night: Film") for r in records)
    assert any(r["title"] == "Moomin Movie Night: Moomins on the Riviera" for r in records)


# --- a JSON object's line of facts that opens with the place ---

_META_JSON = """{"termine": [
 {"datum": "2026-09-28", "zeit_von": "19:00", "title": "Der Montagsclub",
  "desc": "Monatliches Erzähltraining in München.", "meta": "Kulturzentrum LUISE, München · 1–5 €"},
 {"datum": "2026-10-24", "zeit_von": "10:00", "title": "Schnupper-Workshop",
  "desc": "Ohne Vorkenntnisse.", "meta": "Ort wird bekannt gegeben · 54 €"},
 {"datum": "2027-02-20", "zeit_von": "10:00", "title": "Fakten in Geschichten wandeln",
  "desc": "Ein Seminar.", "meta": "Regensburg · 240 €"},
 {"datum": "2027-05-17", "title": "Erzählreise: Zwischen Berg und See",
  "desc": "Eine Woche am See.", "meta": "Seeboden, Österreich"}
]}"""


def test_a_json_line_of_facts_gives_its_place() -> None:
    # Before: no place; the "meta" line runs the place and the fee together.
    page = page_from_text(
        _META_JSON, "https://verein.example.org/data/termine.json", "application/json"
    )
    places = [(r.title, r.location_text) for r in extract_page(page).records]
    assert places == [
        ("Der Montagsclub", "Kulturzentrum LUISE, München"),
        ("Schnupper-Workshop", None),
        ("Fakten in Geschichten wandeln", "Regensburg"),
        ("Erzählreise: Zwischen Berg und See", "Seeboden, Österreich"),
    ]


def test_the_storytellers_dates_name_their_places(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "json-erzaehlkunstbayern-termine-2026-08")
    assert records[0]["location"] == "Kulturzentrum LUISE, München"
    assert {r["location"] for r in records if r["title"] == "Fakten in Geschichten wandeln"} == {
        "Regensburg"
    }


# --- a bare hour at the end of a gig line, beside lines at that hour ---

_TOUR_JSON = """{"2018": ["05.10. Tübingen - Vorstadttheater 20:00", "06.10. Köln - Stadtgarten 20:00",
 "07.12. Bergneustadt - Schauspielhaus 20", "08.12. Berlin - Halle 10", "09.12. Bonn - Pantheon 19:30"]}"""


def test_a_bare_hour_beside_the_lists_clocks_is_the_start() -> None:
    # Before: „Schauspielhaus 20“ on 7 December without a clock.
    page = page_from_text(_TOUR_JSON, "https://band.example.org/termine.json", "application/json")
    rows = {
        r.title: normalize_record(r, today=date(2018, 9, 1)).start
        for r in extract_page(page).records
    }
    assert rows["Schauspielhaus"] == "2018-12-07T20:00:00+01:00"
    assert rows["Halle 10"] == "2018-12-08"  # no line is at 10:00: the number is the hall's


def test_the_bands_tour_line_at_20_starts_at_eight(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "json-sedaa-tourdaten-2018")
    starts = {r["title"]: r["start"] for r in records}
    assert starts["Schauspielhaus"] == "2018-12-07T20:00:00+01:00"


# --- a comma inside a bracket parts no place from the name ---

_MEETS = "".join(
    f"<p>{day} SLV-Meisterschaften {what} in {town} (die Ausschreibung wird in Kürze zur "
    f'Verfügung gestellt, <a href="https://lv.example.org/{n}">Veranstaltungsinformationen</a>)</p>'
    for n, (day, what, town) in enumerate(
        (
            ("24.09.2016", "Seniorenmehrkampf", "Nieder-Olm"),
            ("03.09.2016", "im Bahngehen", "Groß Gerau"),
            ("10.10.2016", "Crosslauf", "Bad Kreuznach"),
        )
    )
)


def test_a_comma_inside_a_bracket_parts_no_place() -> None:
    # Before: „Veranstaltungsinformationen )“ was the place of every row (the part after the
    # bracket's comma, shared by the list's titles).
    rows = _rows(f"<html><body><h2>Termine</h2>{_MEETS}</body></html>", date(2016, 4, 1))
    assert len(rows) == 3
    assert not any(place and "Veranstaltungsinformationen" in place for _, _, place in rows)


def test_the_athletics_meetings_name_no_link_as_place(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "php-slv-veranstaltungen-2016-04")
    assert len(records) == 8
    assert not any("Veranstaltungsinformationen" in (r["location"] or "") for r in records)


# --- a place element that only holds the word „Location“ (a map link) names no place ---


def _event_card(name: str, day: str) -> str:
    return f"""<div class="row"><div class="col"><h2 class="event-list__title">
<a href="/events/{name.lower().replace(" ", "-")}">{name}</a></h2>
<div class="event-list__date">{day}</div>
<div class="event-list__location"><a href="https://maps.example.org/place/1">Location</a></div>
</div></div>"""


def test_a_map_link_saying_location_is_no_place() -> None:
    html = (
        "<html><body>"
        + _event_card("Sculpture Walk", "February 15, 2026")
        + _event_card("Lunar New Year Festival", "February 16, 2026")
        + _event_card("Winter Concert", "February 20, 2026")
        + "</body></html>"
    )
    records = extract_page(page_from_text(html, URL)).records
    assert len(records) == 3
    assert [r.location_text for r in records] == [None, None, None]


def test_the_centres_cards_name_no_place_location(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "seattlecenter-event-calendar")
    assert records
    assert not any(r["location"] == "Location" for r in records)


# --- a heading naming a series and its months over runs of days ---

_WEEKS = """<html><body><h1>Altbau-Workcamps im Februar und März 🛠️</h1>
<p>Das erste Workcamp findet von 24.02. bis 01.03.2024 statt, täglich von 10 bis 18 Uhr.</p><ul>
<li>Sa, 24.02. 10-18 Uhr</li><li>So, 25.02. 10-18 Uhr</li><li>Mo, 26.02. 10-18 Uhr</li></ul>
<p>Nach einer guten Woche Pause geht es dann am 11.03. weiter:</p><ul>
<li>Mo, 11.03. 10-18 Uhr</li><li>Di, 12.03. 10-18 Uhr</li><li>Mi, 13.03. 10-18 Uhr</li></ul>
</body></html>"""


def test_runs_under_a_heading_of_a_series_and_its_months_are_one_of_it() -> None:
    # Before: each week was titled „Altbau-Workcamps im Februar und März 🛠️“.
    rows = [(title, day) for title, day, _ in _rows(_WEEKS, date(2024, 2, 20))]
    assert rows == [("Altbau-Workcamp", "2024-02-24"), ("Altbau-Workcamp", "2024-03-11")]


def test_the_workcamp_weeks_are_each_a_workcamp(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "ca-altbau-workcamps-2024")
    assert [(r["title"], r["start"][:10]) for r in records] == [
        ("Altbau-Workcamp", "2024-02-24"),
        ("Altbau-Workcamp", "2024-03-11"),
    ]


# --- the line after the name, where the list's other rows have their place ---


def _show(day: str, name: str, where: str) -> str:
    return f"<li><time>{day}</time><div><h3>{name}</h3><p>{where}</p></div></li>"


_SHOWS = (
    "<html><body><h2>Konzerte</h2><ol>"
    + _show("23.12.01", "Whynachten Party", "CLZ Burgdorf")
    + _show("15.09.01", "Hip Hop Night", "Reberhaus / Bolligen")
    + _show("30.06.01", "Sommer Night Party", "Münsterplatz / Bern")
    + _show("12.05.01", "Get Ready Night", "Markthalle Burgdorf")
    + _show("25.06.01", "Jugendgottesdienst", "Kirche Konolfingen")
    + "</ol></body></html>"
)


def test_a_rows_line_after_its_name_is_its_place_like_the_lists_others() -> None:
    # Before: „CLZ Burgdorf“ said nothing a line alone could prove: no place.
    rows = _rows(_SHOWS, date(2002, 1, 1))
    assert rows[0] == ("Whynachten Party", "2001-12-23", "CLZ Burgdorf")
    assert rows[1][2] == "Reberhaus / Bolligen"


def test_a_lists_lines_that_are_no_places_stay_no_places() -> None:
    # The rows' second lines are notes, not places: the list's evidence is missing.
    html = _SHOWS
    for where in ("Reberhaus / Bolligen", "Münsterplatz / Bern", "Markthalle Burgdorf"):
        html = html.replace(where, "Eintritt frei")
    assert all(
        place in (None, "Kirche Konolfingen") for _, _, place in _rows(html, date(2002, 1, 1))
    )


def test_the_bands_shows_name_their_halls(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "static-hm-clan-konzerte-1999-2010")
    places = {(r["start"][:10], r["title"]): r["location"] for r in records}
    assert places[("2001-12-23", "Whynachten!? TOP Lif(v)e")] == "CLZ Burgdorf"
    assert places[("2001-10-20", "Jugendgottesdienst")] == "EFG Thun"


# --- a programme row named by its bold line has its place on the line below ---


def _slot(clock: str, name: str, where: str) -> str:
    return (
        f'<tr><td width="5%"></td><td><b>{clock}</b></td><td></td><td><b>{name}</b><br/>'
        f'{where}</td></tr><tr><td colspan="4"></td></tr>'
    )


_PROGRAMME = (
    '<html><body><div class="programm"><div class="programmHeader"><span><b>Mittwoch, den 22. '
    'Oktober 2014</b></span></div><div class="programmContent"><table><tbody>'
    + _slot("ab ca. 15.00 Uhr", "Vorstandssitzung des Verbands",
            'im <a href="/locations#konzert">Konzerthaus Freiburg, Konferenzraum 9</a>')
    + _slot("16.30 Uhr", "Stadtführung durch die Altstadt",
            '<a href="/info#tour">Treffpunkt vor dem Rathaus am Platz</a>')
    + _slot("ab 19.00 Uhr", "Willkommen im Land", '<a href="/locations#k">Get together</a>')
    + "</tbody></table></div></div></body></html>"
)  # fmt: skip


def test_a_bold_named_rows_line_below_gives_its_place() -> None:
    # Before: the place line under a bold name was read only for rows named by their own text.
    rows = _rows(_PROGRAMME, date(2014, 10, 1))
    assert rows[0][:2] == ("Vorstandssitzung des Verbands", "2014-10-22")
    assert rows[0][2] == "im Konzerthaus Freiburg, Konferenzraum 9"


def test_the_tourism_days_board_meeting_has_its_room(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "ftl-dtv-tourismustag-2014-programm")
    places = {r["title"]: r["location"] for r in records}
    assert "Konzerthaus Freiburg, Konferenzraum 9" in (places["Vorstandssitzung des DTV"] or "")
    assert "Runder Saal" in (places["Mitgliederversammlung DTV"] or "")


# --- a place label in the lead paragraph above the list ---

_LEAD = """<html><body><h2>Ablauf</h2>
<p>Am ersten Tag trifft ihr die Community und die Kulturinstitutionen, die ihre Daten vorstellen.
Danach entwickeln wir Ideen. (Veranstaltungsort: Tempelhofer Ufer 23-24, 10963 Berlin)</p>
<table class="time-table"><caption>26. April</caption><tbody>
<tr><td>12 <span class="sr-only">Uhr</span></td><td>Begrüßung durch die Veranstalter<br/>
Daten- und API-Präsentationen</td></tr>
<tr><td>14 <span class="sr-only">Uhr</span></td><td>Ideenpitch und Hacken</td></tr>
<tr><td>16 <span class="sr-only">Uhr</span></td><td>Teams finden sich zusammen</td></tr>
<tr><td>18 <span class="sr-only">Uhr</span></td><td>Abendessen und Vernetzung</td></tr>
</tbody></table>
<table class="time-table"><caption>27. April</caption><tbody>
<tr><td>10 <span class="sr-only">Uhr</span></td><td>Start des Entwicklertags</td></tr>
<tr><td>12 <span class="sr-only">Uhr</span></td><td>Hacken in den Teams</td></tr>
<tr><td>16 <span class="sr-only">Uhr</span></td><td>Präsentation der Projekte</td></tr>
</tbody></table></body></html>"""


def test_a_place_label_in_the_lead_places_the_list_below() -> None:
    # Before: no row had a place; the lead's „(Veranstaltungsort: …)“ was not read.
    rows = [row for row in _rows(_LEAD, date(2014, 4, 1)) if row[1] == "2014-04-26"]
    assert len(rows) >= 2
    assert {place for _, _, place in rows} == {"Tempelhofer Ufer 23-24, 10963 Berlin"}


def test_a_lead_labelling_two_places_places_nothing() -> None:
    html = _LEAD.replace("Danach", "Am zweiten Tag (Veranstaltungsort: Rathaus, Saal 2). Danach")
    rows = [row for row in _rows(html, date(2014, 4, 1)) if row[1] == "2014-04-26"]
    assert len(rows) >= 2
    assert {place for _, _, place in rows} == {None}


def test_the_hackathons_first_day_is_at_its_venue(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "jekyll-codingdavinci-programm-2014")
    # (the contest of ten weeks from that day, read since session 51, names no place of its own)
    first_day = [
        r
        for r in records
        if r["start"].startswith("2014-04-26") and r["title"] != "Coding da Vinci"
    ]
    assert first_day
    assert {r["location"] for r in first_day} == {"Tempelhofer Ufer 23-24, 10963 Berlin"}


def test_a_town_alone_under_another_key_is_no_place() -> None:
    # The organiser's town („"contact_city": "Schwerte"“) is not where the event is; a line of
    # facts is read only when its parts stand between dots.
    text = """{"termine": [
     {"datum": "2026-09-28", "title": "Sommerfreizeit", "contact_city": "Schwerte"},
     {"datum": "2026-10-26", "title": "Herbstfreizeit", "contact_city": "Schwerte"}]}"""
    page = page_from_text(text, "https://verein.example.org/data/termine.json", "application/json")
    assert [r.location_text for r in extract_page(page).records] == [None, None]
