"""Causes found on held-out German batch 134 of the real-page corpus (talks, lectures and
professional networks: an open-source project's conference talks and summit timetables, a
robotics workshop's day plans, a civic-tech hackathon's dates), each pinned on a minimal snippet
and on its page: the records a reader would note, with their names, starts and places."""

from __future__ import annotations

from datetime import date

from netdir.extract.bracketed_day_headings import unbracketed_day
from netdir.extract.speaker_cells import talk_of_the_cell
from netdir.extract.title_text import without_call_or_schedule
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# 1. A day heading that writes the date in brackets after its weekday — with at most who may
#    come beside it („Sonntag (27. November 2016, öffentlich)“) — rules the timetable below it
#    like „Sonntag, 27. November 2016“; rows that only say when the doors open or close, and
#    timed breaks, are no points of the day.

_DAY_PLAN = """<html><body><h1>Ablaufplan</h1>
<h2>{friday}</h2>
<table><thead><tr><th>Zeit</th><th>Ereignis</th></tr></thead><tbody>
<tr><td>17:00</td><td>Aufbau für alle Teams</td></tr>
<tr><td>19:30</td><td>Begrüßung im Auditorium Maximum II</td></tr>
</tbody></table>
<h2>{sunday}</h2>
<table><thead><tr><th>Zeit</th><th>Ereignis</th></tr></thead><tbody>
<tr><td>08:00</td><td>Öffnung des Veranstaltungsorts</td></tr>
<tr><td>12:30</td><td>Testspiel I</td></tr>
<tr><td>13:00</td><td>Mittagspause</td></tr>
<tr><td>17:00</td><td>Spiel: Hamburg Bit-Bots vs. HULKs</td></tr>
<tr><td>18:00</td><td>Ende der Veranstaltung</td></tr>
</tbody></table></body></html>"""


def test_a_weekday_with_its_date_in_brackets_heads_the_day_s_timetable() -> None:
    html = _DAY_PLAN.format(
        friday="Freitag (25. November 2016, intern)", sunday="Sonntag (27. November 2016)"
    )
    assert readings_on(html, date(2016, 11, 1)) == [
        ("Aufbau für alle Teams", "2016-11-25T17:00", None),
        ("Begrüßung im Auditorium Maximum II", "2016-11-25T19:30", "Auditorium Maximum II"),
        ("Testspiel I", "2016-11-27T12:30", None),
        ("Spiel: Hamburg Bit-Bots vs. HULKs", "2016-11-27T17:00", None),
    ]


def test_the_bracketed_day_is_the_weekday_s_day_and_a_title_in_brackets_is_none() -> None:
    assert unbracketed_day("Sonntag (27. November 2016, öffentlich)") == (
        "Sonntag, 27. November 2016"
    )
    assert unbracketed_day("Freitag (22. November 2024)") == "Freitag, 22. November 2024"
    # a name in the brackets is no audience: the heading names more than a day
    assert unbracketed_day("Freitag (22. November 2024, Sommerfest)") is None
    assert unbracketed_day("Sommerfest (22. November 2024)") is None


def test_the_workshop_s_day_plans_are_read_row_by_row() -> None:
    records = saved_page_readings("jekyll-rohow-ablauf-2024-11")
    assert ("Vortrag von KDAB", "2024-11-23T14:30", None) in records
    assert ("Vortrag von Airbus", "2024-11-24T11:00", None) in records
    assert all(
        title not in {"Zeit", "Mittagspause", "Konferenz schließt"} for title, _, _ in records
    )
    sunday = saved_page_readings("jekyll-rohow-ablaufplan-2016-11")
    assert ("Testspiel III", "2016-11-27T15:30", None) in sunday
    assert ("Gruppenfoto", "2016-11-26T12:00", None) in sunday


# 2. A card's byline — a line that opens with a dash and names people — says who gave the line
#    right above it: that line names the talk, the small heading over both its conference.

_TALK_CARD = """<div class="list-group-item"><div class="d-flex">
<div class="d-flex flex-column"><h5 style="font-size:.875em">{conference}</h5>
<a href="{url}" class="stretched-link"><small><i class="fa"></i></small> {talk}</a>
<p class="mb-1 small fw-light">— {speakers}</p></div>
<div class="text-end"><small>{day}</small><a href="/slides/{url}.pdf">Folien</a></div>
</div></div>"""


def test_a_talk_card_is_named_by_the_line_over_its_byline() -> None:
    cards = [
        ("SCS Summit 2024", "Die Zukunft von SCS", "Peter Ganten, Kurt Garloff", "14. Mai 2024"),
        (
            "SCS Summit 2024",
            "Schleswig-Holsteins Weg in die Digitale Souveränität",
            "Dirk Schrödter",
            "14. Mai 2024",
        ),
        (
            "FrOSCon 2024",
            "SCS: Projektvorstellung mit einem ehrlichen Rückblick",
            "Kurt Garloff",
            "18. August 2024",
        ),
    ]
    html = (
        "<html><body><h2>Konferenzbeiträge (Deutsch)</h2><div class='list-group'>"
        + "".join(
            _TALK_CARD.format(conference=c, talk=t, speakers=s, day=d, url=f"t{i}")
            for i, (c, t, s, d) in enumerate(cards)
        )
        + "</div></body></html>"
    )
    assert [(title, start) for title, start, _ in readings_on(html, date(2025, 2, 17))] == [
        ("Die Zukunft von SCS", "2024-05-14"),
        ("Schleswig-Holsteins Weg in die Digitale Souveränität", "2024-05-14"),
        ("SCS: Projektvorstellung mit einem ehrlichen Rückblick", "2024-08-18"),
    ]


def test_an_unsigned_card_among_signed_ones_is_named_by_the_line_under_its_heading() -> None:
    # A keynote card nobody signed, laid out as its signed neighbours: the line under its
    # conference heading names the talk, not the conference.
    signed = _TALK_CARD.format(
        conference="SCS Summit 2024",
        talk="Die Zukunft von SCS",
        speakers="Peter Ganten",
        day="14. Mai 2024",
        url="t0",
    )
    second = _TALK_CARD.format(
        conference="FrOSCon 2024",
        talk="SCS: Projektvorstellung",
        speakers="Kurt Garloff",
        day="18. August 2024",
        url="t1",
    )
    unsigned = _TALK_CARD.format(
        conference="CloudLand 2022",
        talk="KEYNOTE: Souveräne Infrastruktur für souveräne Datenverarbeitung",
        speakers="",
        day="29. Juni 2022",
        url="t2",
    ).replace('<p class="mb-1 small fw-light">— </p>', "")
    html = (
        f"<html><body><h2>Konferenzbeiträge</h2><div>{signed}{second}{unsigned}</div></body></html>"
    )
    titles = [title for title, _, _ in readings_on(html, date(2025, 2, 17))]
    assert "KEYNOTE: Souveräne Infrastruktur für souveräne Datenverarbeitung" in titles
    assert "CloudLand 2022" not in titles


def test_the_unsigned_keynote_on_the_real_page_is_named_by_its_talk() -> None:
    titles = [title for title, _, _ in saved_page_readings("jekyll-scs-konferenzbeitraege-2025-02")]
    assert "KEYNOTE: Souveräne Infrastruktur für souveräne Datenverarbeitung" in titles
    assert "CloudLand 2022" not in titles


def test_the_project_s_conference_talks_are_named_by_their_titles() -> None:
    records = saved_page_readings("jekyll-scs-konferenzbeitraege-2025-02")
    titles = [title for title, _, _ in records]
    assert "Digitale Souveränität mit Sovereign Cloud Stack" in titles
    assert "Vorstellung SCS Projekt" in titles
    assert sum(start == "2024-05-14" for _, start, _ in records) == 13  # 12 talks and the summit


# 3. A timetable's row inside a tab pane is on the day of the tab that shows that pane — not on
#    the first tab's day, which the tab strip above all the panes says first.

_SESSION = """<div class="item item-talk"><div class="meta"><h4 class="time">{hours}</h4></div>
<div class="content"><h3 class="title mb-2">{title}</h3>
<div class="location mb-2 text-muted"><i class="fa fa-map-marker"></i>BBAW</div>
<div class="desc pb-2">Miriam Seyffarth, Leiterin Politische Kommunikation</div>
<div class="desc pb-2"><a href="https://www.youtube.com/watch">Video</a></div></div></div>"""


def test_a_pane_s_sessions_are_on_the_day_of_the_tab_that_shows_the_pane() -> None:
    tabs = "".join(
        f'<li class="nav-item"><a class="nav-link" id="tab-day-{n}" data-bs-toggle="tab" '
        f'href="#day-{n}" role="tab" aria-controls="day-{n}"><span class="heading">Tag {n}</span>'
        f'<span class="meta">{day}</span></a></li>'
        for n, day in ((1, "(Dienstag, 23. Mai)"), (2, "(Mittwoch, 24. Mai)"))
    )
    panes = "".join(
        f'<div class="tab-pane fade" id="day-{n}" role="tabpanel" aria-labelledby="day-{n}">'
        + "".join(_SESSION.format(hours=h, title=t) for h, t in sessions)
        + "</div>"
        for n, sessions in (
            (
                1,
                (
                    ("13:00 – 13:10", "Begrüßung durch das SCS Team"),
                    ("13:30 – 14:15", "Keynote"),
                    ("16:15 – 16:40", "Cloud Transformation im öffentlichen Sektor"),
                ),
            ),
            (
                2,
                (
                    ("09:10 – 09:30", "Die strategische Relevanz von SCS"),
                    ("10:40 – 11:00", "Paneldiskussion"),
                    ("12:25 – 12:55", "Ausblick"),
                ),
            ),
        )
    )
    html = (
        "<html><body><h1>Sovereign Cloud Stack Summit 2023</h1><h2>Zeitplan</h2>"
        f'<ul class="schedule-nav nav nav-pills" role="tablist">{tabs}</ul>'
        f'<div class="tab-content">{panes}</div></body></html>'
    )
    assert [(t, s) for t, s, _ in readings_on(html, date(2023, 6, 7))] == [
        ("Begrüßung durch das SCS Team", "2023-05-23T13:00"),
        ("Keynote", "2023-05-23T13:30"),
        ("Cloud Transformation im öffentlichen Sektor", "2023-05-23T16:15"),
        ("Die strategische Relevanz von SCS", "2023-05-24T09:10"),
        ("Paneldiskussion", "2023-05-24T10:40"),
        ("Ausblick", "2023-05-24T12:25"),
    ]


def test_the_summit_s_second_day_is_read_on_its_own_tab_s_day() -> None:
    records = saved_page_readings("jekyll-scs-summit-zeitplan-2023-05")
    assert ("SCS in 5 Jahren - Ein Ausblick", "2023-05-24T12:25", "BBAW") in records
    assert ("Registrierung", "2023-05-23T12:00", "BBAW") in records


# 4. A programme page that names its venue once, in a section of its own („<h2>Veranstaltungsort
#    </h2><p>… fand in der Villa Elisabeth, Invalidenstraße 3 in 10115 Berlin-Mitte, statt</p>“),
#    holds every session of its timetable there, when no session names a place of its own.

_TIMETABLE = """<html><body><h1>2. Summit 14. Mai 2024 in Berlin</h1>
<h2>Veranstaltungsort</h2>
<p>Der Summit 2024 fand in der <a href="https://x.de">Villa Elisabeth</a>, Invalidenstraße 3 in
10115 Berlin-Mitte, statt (Nähe S Nordbahnhof).</p>
<h2>Zeitplan</h2><ul class="nav" role="tablist"><li><a class="nav-link" data-bs-toggle="tab"
href="#day-1">Dienstag, 14. Mai</a></li></ul>
<div class="tab-content"><div class="tab-pane" id="day-1">{rows}</div></div></body></html>"""


def test_the_sessions_of_a_timetable_are_at_the_venue_its_section_names() -> None:
    sessions = (
        ("09:30 – 09:40", "Begrüßung durch das Team"),
        ("09:50 – 10:10", "Keynote: Offene Infrastrukturen"),
        ("10:10 – 10:30", "Die Bedeutung von Open Source"),
        ("10:30 – 10:45", "Komplexe KI oder öffentliches Großprojekt?"),
        ("10:45 – 11:00", "Steigerung der Energieeffizienz"),
        ("11:00 – 11:15", "Schlüsselrolle von Open Source"),
    )
    rows = "".join(
        f'<div class="item item-talk"><div class="meta"><h4 class="time">{h}</h4></div>'
        f'<div class="content"><h3 class="title mb-2">{t}</h3><div class="desc pb-2">'
        f'<b>Miriam Seyffarth, OSBA</b></div><div class="desc pb-2"><a href="https://y.de/v">'
        "Video</a></div></div></div>"
        for h, t in sessions
    )
    place = "Villa Elisabeth, Invalidenstraße 3 in 10115 Berlin-Mitte"
    assert readings_on(_TIMETABLE.format(rows=rows), date(2024, 6, 7)) == [
        ("Begrüßung durch das Team", "2024-05-14T09:30", place),
        ("Keynote: Offene Infrastrukturen", "2024-05-14T09:50", place),
        ("Die Bedeutung von Open Source", "2024-05-14T10:10", place),
        ("Komplexe KI oder öffentliches Großprojekt?", "2024-05-14T10:30", place),
        ("Steigerung der Energieeffizienz", "2024-05-14T10:45", place),
        ("Schlüsselrolle von Open Source", "2024-05-14T11:00", place),
    ]


def test_the_summit_s_sessions_are_at_its_venue() -> None:
    records = saved_page_readings("jekyll-scs-summit-zeitplan-2024-05")
    assert len(records) == 24
    assert {place for _, _, place in records} == {
        "Villa Elisabeth, Invalidenstraße 3 in 10115 Berlin-Mitte"
    }


# 5. „Hackathon 2024 - Save the Date“: the announcement's label joined to the name by a dash is
#    no part of what is held.


def test_an_announcement_s_save_the_date_label_is_no_part_of_the_name() -> None:
    assert without_call_or_schedule("Hackathon 2024 - Save the Date") == "Hackathon 2024"
    assert without_call_or_schedule("Save the Date: Sommerfest 2025") == "Sommerfest 2025"
    assert without_call_or_schedule("Save the Date") == "Save the Date"
    assert saved_page_readings("gatsby-hackathon-oberlausitz-2024-10") == [
        (
            "Hackathon 2024",
            "2024-10-18T14:30",
            "Stadtbibliothek Görlitz, Jochmannstraße 2-3, 02826 Görlitz",
        )
    ]


# 6. A row's last dash field that only says how one takes part („… - Online“, „… - Online oder
#    Offline je nach Anmeldung“) is no part of its name; „Online“ alone is where it is held.

_WORKSHOPS = """<html><body><h1>Ablauf</h1><p>Wir bieten kostenfreie Workshops an.</p><ul>
<li><p><strong>25.03.2026 von 16:00 bis 19:00 Uhr - Design Thinking - Online oder Offline je nach
Anmeldung</strong></p></li>
<li><p><strong>14.04.2026 von 16:00 bis 19:00 Uhr - Prototyping - Offline</strong></p></li>
<li><p><strong>28.04.2026 von 16:00 bis 19:00 Uhr - Vibe Coding for No-Coders - Online</strong></p>
</li></ul></body></html>"""


def test_how_one_takes_part_after_a_dash_is_no_part_of_the_name() -> None:
    assert readings_on(_WORKSHOPS, date(2026, 3, 15)) == [
        ("Design Thinking", "2026-03-25T16:00", None),
        ("Prototyping", "2026-04-14T16:00", None),
        ("Vibe Coding for No-Coders", "2026-04-28T16:00", "Online"),
    ]
    records = saved_page_readings("gatsby-hackathon-oberlausitz-ablauf-2026-03")
    assert ("Vibe Coding for No-Coders", "2026-04-28T16:00", "Online") in records


# 7. A programme cell that says who speaks before it names the talk — „[Vortrag] Names – Talk“,
#    „Vortrag [DE]“ over „Name: Talk“, „Dr. Name (Institution)“ over „[EN] Talk“ — is named by
#    the talk; the kind of item and its language only label it.


def test_a_programme_cell_is_named_by_the_talk_after_its_speaker() -> None:
    assert talk_of_the_cell(
        ["[Vortrag] Finn Poppinga, Martin Poppinga – Der RoboCup: Ein Überblick"]
    ) == ("Der RoboCup: Ein Überblick")
    assert talk_of_the_cell(["Vortrag [DE]", "René Kost: RoboCup - Einführung und Überblick"]) == (
        "RoboCup - Einführung und Überblick"
    )
    assert talk_of_the_cell(
        ["Dr. Jörg Kunze (Basler AG)", "[EN] Bayer Pattern and Image Quality"]
    ) == ("Bayer Pattern and Image Quality")
    # a game of two teams and a plain name keep theirs
    assert talk_of_the_cell(["Spiel: Hamburg Bit-Bots vs. HULKs"]) is None
    assert talk_of_the_cell(["Hot Club (Berlin)", "Swing aus Berlin"]) is None


_DAY_PLAN_TALKS = """<html><body><h1>Ablaufplan</h1>
<h2>Samstag (2. Dezember 2017, intern)</h2>
<table class="schedule"><thead><tr><th>Zeit</th><th>Ereignis</th></tr></thead><tbody>
<tr><td>08:00</td><td>Öffnung des Veranstaltungsorts</td></tr>
<tr><td>10:00 -<br />18:00</td><td>Workshops</td></tr>
<tr><td>12:00</td><td><strong>Dr. Jörg Kunze</strong> (Basler AG) <br />[EN] Bayer Pattern and Image
Quality</td></tr>
<tr><td>15:00</td><td><strong>M.Sc. Martin Krähling</strong> (Ibeo Automotive Systems) <br />[EN]
Driving Strategies for Autonomous Urban Shuttles</td></tr>
<tr><td>22:00</td><td>Schließung des Veranstaltungsorts</td></tr>
</tbody></table>
<h2>Sonntag (3. Dezember 2017, öffentlich)</h2>
<table class="schedule"><thead><tr><th>Zeit</th><th>Ereignis</th></tr></thead><tbody>
<tr><td>13:00</td><td><a href="https://a.de">Bembelbots</a> : <a href="https://b.de">HULKs</a></td></tr>
<tr><td>13:30</td><td>Vortrag [DE]<br />René Kost: RoboCup - Einführung und Überblick</td></tr>
<tr><td>17:00</td><td>Ende der Veranstaltung</td></tr>
</tbody></table></body></html>"""


def test_the_day_plan_s_talks_are_named_by_their_titles_and_the_doors_are_no_points() -> None:
    assert [(t, s) for t, s, _ in readings_on(_DAY_PLAN_TALKS, date(2017, 12, 3))] == [
        ("Workshops", "2017-12-02T10:00"),
        ("Bayer Pattern and Image Quality", "2017-12-02T12:00"),
        ("Driving Strategies for Autonomous Urban Shuttles", "2017-12-02T15:00"),
        ("Bembelbots : HULKs", "2017-12-03T13:00"),
        ("RoboCup - Einführung und Überblick", "2017-12-03T13:30"),
    ]


def test_the_workshop_s_talks_are_named_by_their_titles() -> None:
    records = saved_page_readings("jekyll-rohow-ablaufplan-2017-12")
    assert ("How to Solve a Problem", "2017-12-02T17:00", None) in records
    assert ("Weichzeichner und größere Schummeleien", "2017-12-03T15:30", None) in records
    assert not any(title == "Öffnung des Veranstaltungsorts" for title, _, _ in records)
    assert ("Der RoboCup: Ein Überblick", "2016-11-27T13:15", None) in saved_page_readings(
        "jekyll-rohow-ablaufplan-2016-11"
    )
