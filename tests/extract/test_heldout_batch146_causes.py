"""Causes found on held-out German batch 146 of the real-page corpus (local politics and civic
participation: rössing.de's shared village calendar of party chapters, the Ortsrat, the
Bürgerstiftung and clubs; the Elternrat Laubegg's „Termine“ and „Sitzungen“), each pinned on a
minimal snippet and on its page: the records a reader would note, with their names, starts and
places."""

from __future__ import annotations

from datetime import date

from netdir.extract.block_titles import _without_version_note
from netdir.extract.venue_titles import names_nothing
from tests.extract.realpage_inspect import TRUTH, readings_on, saved_page_readings
from tests.realpages.corpus import load_truth

# 1. Cards dated by a badge of weekday and day alone („Mi“ „18“) under a heading that names
#    their month („Februar“, a count badge beside it) and a year divider („2026“) above: each
#    card's day is that month's, in that year.

_CALENDAR = """<html><body><main><section>
<div class="divider"><span class="badge">2026</span></div>
<div class="mb-12"><div class="flex"><h2>Februar</h2><span class="badge">2 Veranstaltungen</span></div>
<div class="grid">
<a class="card" href="/events/aschermittwoch"><div class="card-body"><div class="flex">
<div class="badge"><span>Mi</span><span>18</span></div><h3>Politischer Aschermittwoch</h3></div>
<div class="flex-col"><div><span>Gasthaus Volkening</span></div><div><span>SPD Ortsverein</span></div></div>
<p>Politischer Aschermittwoch der SPD im Gasthaus Volkening.</p></div></a>
<a class="card" href="/events/mitgliederversammlung"><div class="card-body"><div class="flex">
<div class="badge"><span>Sa</span><span>21</span></div><h3>Mitgliederversammlung</h3></div>
<div class="flex-col"><div><span>19:00 Uhr</span></div><div><span>Ortsrat</span></div></div>
<p>Öffentliche Mitgliederversammlung.</p></div></a>
</div></div></section></main></body></html>"""


def test_month_heading_over_day_badges_on_a_snippet() -> None:
    starts = {title: start for title, start, _ in readings_on(_CALENDAR, date(2025, 6, 1))}
    # the divider's year, though the page is read months before
    assert starts["Politischer Aschermittwoch"] == "2026-02-18"
    assert starts["Mitgliederversammlung"] == "2026-02-21T19:00"


def test_a_year_the_weekdays_deny_is_not_written() -> None:
    # Wednesday the 18th is February 2026; a Thursday the 18th is not: the divider's year is
    # left out and the day and month are read as any yearless day is
    html = _CALENDAR.replace("<span>Mi</span>", "<span>Do</span>")
    starts = {title: start for title, start, _ in readings_on(html, date(2025, 6, 1))}
    assert starts["Politischer Aschermittwoch"] == "2025-02-18"


def test_a_lone_day_badge_takes_no_month() -> None:
    # one card under the month: its badge could be a stray label, and its day is left unread
    second = _CALENDAR.index('<a class="card" href="/events/mitgliederversammlung">')
    one_card = _CALENDAR[:second] + "</div></div></section></main></body></html>"
    starts = [start for _, start, _ in readings_on(one_card, date(2026, 2, 1))]
    assert "2026-02-18" not in starts


def test_month_heading_over_day_badges_on_the_page() -> None:
    truth = load_truth(TRUTH / "astro-roessing-veranstaltungen.yaml")
    readings = saved_page_readings("astro-roessing-veranstaltungen")
    found = {(title, start) for title, start, _ in readings}
    for item in truth.items:
        assert any(start == item.start for _, start in found if start), item.title
    assert len(readings) == len(truth.items)
    starts = {title: start for title, start, _ in readings}
    assert starts["Grünkohlwanderung rund um Barnten"] == "2026-02-21T15:00"
    assert starts["Jahreshauptversammlung NKV"] == "2026-03-27T18:00"


# 2. A row's yearless date block („12“ „Jun“) beside a line naming the same day with its year
#    („Freitag, 12. Juni 2026, 18:30 Uhr“): the line is the row's date.

_TERMINE = """<html><head><title>Termine | Elternrat</title></head><body><main><h1>Termine</h1>
<section><h2>Kommende Termine</h2><div class="list">
<div class="row"><div class="block"><div class="d">5</div><div class="m">Dez</div></div>
<div class="c"><div class="meta"><span class="badge-orange">Event</span><span class="t">Freitag, 5. Dezember 2025, 09:00 Uhr</span></div>
<p class="name">Adventsznüni</p><p class="loc">Schulhaus Laubegg</p></div></div>
<div class="row"><div class="block"><div class="d">12</div><div class="m">Jun</div></div>
<div class="c"><div class="meta"><span class="badge-orange">Event</span><span class="t">Freitag, 12. Juni 2026, 18:30 Uhr</span></div>
<p class="name">Frühlingstreffen</p><p class="loc">Schulhausareal Laubegg</p></div></div>
<div class="row"><div class="block"><div class="d">17</div><div class="m">Aug</div></div>
<div class="c"><div class="meta"><span class="badge-orange">Raus Laus</span><span class="t">Montag, 17. August 2026, 08:30–11:00 Uhr</span></div>
<p class="name">Raus-Laus-Kontrolle</p><p class="loc">Schulhaus Laubegg</p></div></div>
</div></section></main></body></html>"""


def test_full_date_beside_a_yearless_block_on_a_snippet() -> None:
    starts = {title: start for title, start, _ in readings_on(_TERMINE, date(2025, 11, 24))}
    assert starts["Frühlingstreffen"] == "2026-06-12T18:30"
    assert starts["Raus-Laus-Kontrolle"] == "2026-08-17T08:30"
    assert starts["Adventsznüni"] == "2025-12-05T09:00"


def test_a_full_date_of_another_day_leaves_the_block() -> None:
    # a deadline's full date is no statement of the row's own day
    html = _TERMINE.replace("Freitag, 12. Juni 2026, 18:30 Uhr", "Anmeldung bis 1. Juni 2026")
    starts = {title: start for title, start, _ in readings_on(html, date(2025, 11, 24))}
    assert not any(start and start.startswith("2026-06-01") for start in starts.values())


# 3. A category badge on the row's date line („Event“, „Raus Laus“ before „Freitag, 5. Dezember
#    2025, 09:00 Uhr“) says what kind of date it is; the line below names the row.


def test_badge_on_the_date_line_names_no_row_on_a_snippet() -> None:
    titles = {title for title, _, _ in readings_on(_TERMINE, date(2025, 11, 24))}
    assert titles == {"Adventsznüni", "Frühlingstreffen", "Raus-Laus-Kontrolle"}


def test_a_badge_over_nothing_else_still_names_its_row() -> None:
    # no line below names the row: the badge's word is all there is
    html = _TERMINE.replace('<p class="name">Adventsznüni</p>', "")
    titles = [title for title, _, _ in readings_on(html, date(2025, 11, 24))]
    assert "Adventsznüni" not in titles
    assert "Frühlingstreffen" in titles


def test_termine_rows_on_the_page() -> None:
    truth = load_truth(TRUTH / "astro-elternrat-laubegg-termine.yaml")
    readings = saved_page_readings("astro-elternrat-laubegg-termine")
    assert [(title, start) for title, start, _ in readings] == [
        (item.title, item.start) for item in truth.items
    ]
    places = {title: place for title, _, place in readings}
    assert places["Frühlingstreffen Elternrat Laubegg"] == "Schulhausareal Laubegg"


# 4. A name that ends with a school year („1. Sitzung Elternrat 2026/2027“) is no phone line:
#    an area code opens a number, the „026“ inside „2026“ opens none.


def test_school_year_is_no_phone_number() -> None:
    assert not names_nothing("1. Sitzung Elternrat 2026/2027", set())
    assert not names_nothing("Saisonabschluss 2025/2026", set())
    assert names_nothing("Karten: Tel. 0851/12345", set())
    assert names_nothing("Ticketservice BadnerHalle 07222 - 789 800", set())


def test_sessions_named_by_their_cards_on_the_page() -> None:
    readings = saved_page_readings("astro-elternrat-laubegg-sitzungen")
    assert [(title, start[:10] if start else None) for title, start, _ in readings] == [
        ("2. Sitzung Elternrat 2025/2026", "2025-11-17"),
        ("1. Sitzung Elternrat 2025/2026", "2025-09-08"),
        ("4. Sitzung Elternrat 2022/2023", "2023-05-22"),
        ("3. Sitzung Elternrat 2022/2023", "2023-02-20"),
        ("2. Sitzung Elternrat 2022/2023", "2022-11-07"),
        ("1. Sitzung Elternrat 2022/2023", "2022-09-12"),
    ]


# 5. A body's line of when and where it meets („Der ERL trifft sich viermal jährlich — Montag,
#    19:30 Uhr, Aula Schulhaus Laubegg.“) under the page's h1 gives its sessions listed below,
#    each on that weekday, their hour and room, though no „jeden“ makes it a weekly rule.

_SESSIONS = """<html><head><title>Sitzungen | Elternrat</title></head><body><main>
<div class="hero"><div><h1>Sitzungen</h1>
<p>Der Rat trifft sich viermal jährlich — Montag, 19:30 Uhr, Aula Schulhaus Laubegg.</p></div></div>
<div class="content"><section><h2>Schuljahr 2025/2026</h2><div class="list">
<div class="card"><div class="flex"><div class="date">17 Nov</div><div><p class="name">2. Sitzung Elternrat 2025/2026</p><p>17. November 2025</p></div></div><a href="/p2.pdf">Protokoll</a></div>
<div class="card"><div class="flex"><div class="date">8 Sep</div><div><p class="name">1. Sitzung Elternrat 2025/2026</p><p>8. September 2025</p></div></div><a href="/p1.pdf">Protokoll</a></div>
</div></section></div></main></body></html>"""


def test_meeting_habit_line_on_a_snippet() -> None:
    readings = readings_on(_SESSIONS, date(2025, 11, 24))
    assert [(start, place) for _, start, place in readings] == [
        ("2025-11-17T19:30", "Aula Schulhaus Laubegg"),
        ("2025-09-08T19:30", "Aula Schulhaus Laubegg"),
    ]


def test_a_habit_of_another_weekday_gives_no_hour() -> None:
    html = _SESSIONS.replace("Montag, 19:30 Uhr", "Dienstag, 19:30 Uhr")
    starts = [start for _, start, _ in readings_on(html, date(2025, 11, 24))]
    assert starts == ["2025-11-17", "2025-09-08"]


def test_meeting_habit_line_on_the_page() -> None:
    readings = saved_page_readings("astro-elternrat-laubegg-sitzungen")
    assert {(start[10:] if start else None, place) for _, start, place in readings} == {
        ("T19:30", "Aula Schulhaus Laubegg")
    }


# 6. „OV“ after an organisation's capital short name („Mitgliederversammlung SPD OV“) is its
#    Ortsverein, no film's original version: the heading keeps it.


def test_chapter_ov_is_no_film_version() -> None:
    assert _without_version_note("Mitgliederversammlung SPD OV") == "Mitgliederversammlung SPD OV"
    assert _without_version_note("Blue Valentine OV") == "Blue Valentine"
    assert _without_version_note("TWIN PEAKS OV") == "TWIN PEAKS"
    assert _without_version_note("Perfect Days (OmU)") == "Perfect Days"


def test_chapter_ov_on_the_page() -> None:
    titles = {title for title, _, _ in saved_page_readings("astro-roessing-veranstaltungen")}
    assert "Mitgliederversammlung SPD OV" in titles
