"""Causes found on held-out German batch 128 of the real-page corpus (sports clubs: a judo
club's weekly plan, a basketball department's training grid, its weekend previews and its home
page of news teasers), each pinned on a minimal snippet and on its page: the records a reader
would note, with their names, starts and places."""

from __future__ import annotations

from datetime import date

from netdir.extract.notices import is_no_session_notice
from tests.extract.realpage_inspect import Span, saved_page_spans, spans_on

_Record = Span


# 1. A weekly plan of day cards headed by a label, not an h-tag („<div class="day-label">
#    Dienstag</div>“), each session opening with a clock symbol and its hours („⏱ 18:00 – 19:15“);
#    2. the plan's lead labels where all sessions are held („Trainingsstätte: …“).

_CARDS = """<html><head><title>Trainingszeiten</title></head><body><main>
<h1>Trainingszeiten</h1>
<p>Trainingsstätte: <strong>Turnhalle der Realschule Olsberg</strong>, Bahnhofstraße 59, 59939 Olsberg.</p>
<div class="schedule-grid">
<div class="day-card"><div class="day-label">Montag</div>
<div class="session"><div class="session-time">⏱ 18:00 – 19:30</div>
<div class="session-name">Kraft / Ausdauer</div><div class="session-info">ab 7 Jahre</div></div></div>
<div class="day-card"><div class="day-label">Dienstag</div>
<div class="session"><div class="session-time">⏱ 18:00 – 19:15</div>
<div class="session-name">Jugendtraining</div><div class="session-info">6 – 11 Jahre</div></div>
<div class="session"><div class="session-time">⏱ 19:30 – 21:00</div>
<div class="session-name">Erwachsenentraining</div><div class="session-info">ab 15 Jahre</div></div>
<div class="session"><div class="session-time">⏱ 19:30 – 21:00</div>
<div class="session-name">Jiu-Jitsu</div><div class="session-info">alle Altersgruppen</div></div>
<div class="session"><div class="session-time">⏱ 21:00 – 22:00</div>
<div class="session-name">Kata</div><div class="session-info">Wochenwechsel</div></div></div>
</div></main></body></html>"""

_HALL = "Turnhalle der Realschule Olsberg, Bahnhofstraße 59, 59939 Olsberg"


def test_sessions_under_a_weekday_label_meet_weekly_where_the_lead_says() -> None:
    records = spans_on(_CARDS, date(2026, 5, 8))  # a Friday
    assert records == [
        ("Kraft / Ausdauer", "2026-05-11T18:00", "2026-05-11T19:30", _HALL),
        ("Jugendtraining", "2026-05-12T18:00", "2026-05-12T19:15", _HALL),
        ("Erwachsenentraining", "2026-05-12T19:30", "2026-05-12T21:00", _HALL),
        ("Jiu-Jitsu", "2026-05-12T19:30", "2026-05-12T21:00", _HALL),
        # the fourth session of a card is still under its label
        ("Kata", "2026-05-12T21:00", "2026-05-12T22:00", _HALL),
    ]


def test_a_label_that_says_more_than_the_weekday_heads_no_weekly_plan() -> None:
    html = _CARDS.replace(">Montag<", ">Montag, 11. Mai: Sondertraining<").replace(
        ">Dienstag<", ">Dienstag – Gruppen<"
    )
    records = spans_on(html, date(2026, 5, 8))
    assert not any(start is not None for _, start, _, _ in records)


def test_the_weekly_plan_of_the_kodokan_olsberg() -> None:
    records = saved_page_spans("nextjs-kodokan-olsberg-trainingszeiten-2026-05")
    assert len(records) == 11
    hall = "Turnhalle der städtischen Real- und Sekundarschule Olsberg, Bahnhofstraße 59, 59939 Olsberg"
    assert records[0] == ("Kraft / Ausdauer", "2026-05-11T18:00", "2026-05-11T19:30", hall)
    assert ("Jugendtraining Judo", "2026-05-14T17:45", "2026-05-14T19:15", hall) in records
    # Friday's sessions on the Friday the page was saved
    assert ("Kata / Spiel & Spaß Judo", "2026-05-08T19:30", "2026-05-08T21:00", hall) in records


# 3. A training plan as a table: a header row of weekdays, a row per team named in its first
#    cell, each filled cell the team's hours on that weekday.

_GRID = """<html><head><title>Trainingszeiten</title></head><body><main>
<h1>Trainingszeiten</h1><table><thead><tr><th></th><th>Montag</th><th>Dienstag</th>
<th>Mittwoch</th><th>Donnerstag</th><th>Freitag</th></tr></thead><tbody>
<tr><th>Damen 1</th><td></td><td>20:00-22:00</td><td></td><td></td><td>20:00-22:00</td></tr>
<tr><th>u16w</th><td></td><td>16:30-18:00</td><td></td><td>16:30-18:00</td><td></td></tr>
<tr><th>Freizeit</th><td></td><td></td><td></td><td></td><td>20:15-21:45<br>Turnhalle Ohm-Gymnasium</td></tr>
</tbody></table></main></body></html>"""


def test_cells_of_a_weekly_plan_table_are_weekly_sessions_of_their_row() -> None:
    records = spans_on(_GRID, date(2022, 7, 7))  # a Thursday
    assert records == [
        ("Damen 1", "2022-07-12T20:00", "2022-07-12T22:00", None),
        ("Damen 1", "2022-07-08T20:00", "2022-07-08T22:00", None),
        ("u16w", "2022-07-12T16:30", "2022-07-12T18:00", None),
        ("u16w", "2022-07-07T16:30", "2022-07-07T18:00", None),
        ("Freizeit", "2022-07-08T20:15", "2022-07-08T21:45", "Turnhalle Ohm-Gymnasium"),
    ]


def test_a_timetable_of_clock_rows_is_no_plan_of_named_rows() -> None:
    # rows named by a clock are a timetable's (``weekday_grid``), not teams
    html = (
        _GRID.replace("<th>Damen 1</th>", "<th>18:00</th>")
        .replace("<th>u16w</th>", "<th>19:00</th>")
        .replace("<th>Freizeit</th>", "<th>20:00</th>")
    )
    records = spans_on(html, date(2022, 7, 7))
    assert not any(title and title[:2].isdigit() for title, _, _, _ in records)


def test_the_training_grid_of_the_tb_erlangen_basketball_department() -> None:
    records = saved_page_spans("static-tb-erlangen-basketball-trainingszeiten-2022-07")
    assert len(records) == 24
    assert records[0] == ("Damen 1", "2022-07-12T20:00", "2022-07-12T22:00", None)
    assert ("Riesenflöhe", "2022-07-07T16:45", "2022-07-07T17:45", None) in records
    assert ("Herren 3", "2022-07-11T20:15", "2022-07-11T21:45", None) in records


# 4. A post's weekend programme: lines that open with a clock under a label naming one weekday
#    („Heimspiele am Samstag:“), on the days the heading names, else on the first such weekdays
#    from the post's stamp on.

_PREVIEW = """<html><head><title>TB Basketball</title></head><body><main>
<time class="post-date">9. Dezember 2016</time>
<h2 class="post-heading">Volles Programm zum 3. Advent!</h2>
<p>Am Wochenende haben wir ein großes Programm:</p>
<p>Heimspiele am Samstag:<br>11:00 Uhr U12 vs. TTV Neustadt<br>13:00 Uhr U14m vs. Noris Baskets</p>
<p>Auswärts am Sonntag:<br>17:15 Uhr TuS Feuchtwangen vs. Herren III</p>
<p>Let's go TB!</p></main></body></html>"""


def test_clock_lines_under_weekday_labels_fall_on_the_weekend_after_the_post() -> None:
    records = spans_on(_PREVIEW, date(2022, 7, 7))
    assert records == [
        ("U12 vs. TTV Neustadt", "2016-12-10T11:00", None, None),
        ("U14m vs. Noris Baskets", "2016-12-10T13:00", None, None),
        ("TuS Feuchtwangen vs. Herren III", "2016-12-11T17:15", None, None),
    ]


def test_the_heading_s_days_date_the_weekday_labels() -> None:
    html = _PREVIEW.replace("Volles Programm zum 3. Advent!", "Das Programm vom 17./18. Dezember")
    records = spans_on(html, date(2022, 7, 7))
    assert [start for _, start, _, _ in records] == [
        "2016-12-17T11:00",
        "2016-12-17T13:00",
        "2016-12-18T17:15",
    ]


def test_weekday_labels_without_a_post_day_or_a_heading_s_days_give_no_records() -> None:
    html = _PREVIEW.replace('<time class="post-date">9. Dezember 2016</time>', "")
    records = spans_on(html, date(2022, 7, 7))
    assert not any(title and " vs. " in title for title, _, _, _ in records)


def test_the_weekend_previews_of_the_tb_erlangen_basketball_department() -> None:
    advent = saved_page_spans("static-tb-erlangen-basketball-vorschau-2016-12")
    assert len(advent) == 10
    # a home game is in the hall the lead names (session 49: home_game_halls), an away game not
    assert advent[0] == ("U12 vs. TTV Neustadt", "2016-12-10T11:00", None, "Röthelheimhalle")
    assert ("TSV 1846 Nürnberg vs. Herren II", "2016-12-11T18:00", None, None) in advent
    november = saved_page_spans("static-tb-erlangen-basketball-vorschau-2016-11")
    assert len(november) == 10
    assert ("TSV Ansbach III vs. Herren III", "2016-11-20T17:00", None, None) in november
    assert not any(title == "Das Programm" for title, _, _, _ in november)


# 5. A teaser whose headline names a yearless day („… am 24. Juli“) and whose text gives the same
#    day on a labelled line with its year and clock („Datum: Samstag, 24. Juli 2021, um 14:00 Uhr“).
# 6. A notice that nothing takes place behind a news marker („* Update Corona / COVID-19 * Keine
#    Aktivitäten bis 19. April“) is no event.

_TEASERS = """<html><head><title>TB Basketball</title></head><body><main>
<div class="tb-post"><time class="post-date">6. Juli 2022</time>
<h2 class="post-heading"><a href="/a/jhv-2022/">Jahreshauptversammlung 2022 am 24. Juli</a></h2>
<p>Datum: Sonntag, 24. Juli 2022, um 14:00 Uhr<br>Ort: Vereinsgaststätte, Spardorfer Str. 79, 91054 Erlangen</p></div>
<div class="tb-post"><time class="post-date">26. Juni 2021</time>
<h2 class="post-heading"><a href="/a/jhv-2021/">Jahreshauptversammlung 2021 am 24. Juli</a></h2>
<p>Datum: Samstag, 24. Juli 2021, um 14:00 Uhr (bis ca. 18:00 Uhr),<br>Ort: Vereinsgaststätte, Spardorfer Str. 79, 91054 Erlangen</p></div>
<div class="tb-post"><time class="post-date">6. Juni 2021</time>
<h2 class="post-heading"><a href="/a/los/">Es geht wieder los!</a></h2>
<p>Wir sind zurück auf dem Court!</p></div>
<div class="tb-post"><time class="post-date">16. März 2020</time>
<h2 class="post-heading"><a href="/a/corona/">* Update Corona / COVID-19 * Keine Aktivitäten bis 19. April</a></h2>
<p>Alle Aktivitäten der Abteilung werden eingestellt.</p></div>
</main></body></html>"""


def test_a_headline_s_yearless_day_takes_the_year_and_clock_of_its_labelled_line() -> None:
    records = spans_on(_TEASERS, date(2022, 7, 7))
    starts = {title: start for title, start, _, _ in records}
    assert starts.get("Jahreshauptversammlung 2022") == "2022-07-24T14:00"
    assert starts.get("Jahreshauptversammlung 2021") == "2021-07-24T14:00"


def test_a_suspension_behind_a_news_marker_is_no_event() -> None:
    assert is_no_session_notice("* Update Corona / COVID-19 * Keine Aktivitäten bis 19. April")
    assert is_no_session_notice("Achtung: Kein Training am 3. Oktober")
    # a name before the colon is no news marker
    assert not is_no_session_notice("Sommerfest: Kein Eintritt")
    records = spans_on(_TEASERS, date(2022, 7, 7))
    assert not any("Aktivitäten" in (title or "") for title, _, _, _ in records)


def test_the_home_page_of_the_tb_erlangen_basketball_department() -> None:
    records = saved_page_spans("static-tb-erlangen-basketball-start-2022-07")
    assert [(title, start) for title, start, _, _ in records] == [
        ("Jahreshauptversammlung 2022 der Basketball-Abteilung", "2022-07-24T14:00"),
        ("Jahreshauptversammlung 2021 der Basketball-Abteilung", "2021-07-24T14:00"),
        ("Jahreshauptversammlung 2020 der Basketball-Abteilung", "2020-09-20T11:00"),
    ]


# 7. A card that states its weekly session on labelled lines: „Wann: Dienstag & Donnerstag“ and
#    „Uhrzeit: 18:30–20:00 Uhr“ (and „Wo: …“); 8. a heading that only says „Training“ under the
#    department's label is that department's training.

_LABELLED = """<html><head><title>Trainingszeiten</title></head><body><main>
<h1>Trainingszeiten</h1><div class="grid-3">
<div class="card"><p class="eyebrow">Fußball</p><h2>1. Männermannschaft</h2>
<p><strong>Wann:</strong> Dienstag &amp; Donnerstag</p>
<p><strong>Uhrzeit:</strong> 18:30–20:00 Uhr</p><p><strong>Wo:</strong> Sportplatz Pölzig</p></div>
<div class="card"><p class="eyebrow">Volleyball</p><h2>Training</h2>
<p><strong>Wann:</strong> Mittwoch</p>
<p><strong>Uhrzeit:</strong> 19:30–21:30 Uhr</p><p><strong>Wo:</strong> Halle Pölzig</p></div>
<div class="card"><p class="eyebrow">Tanzen</p><h2>Training</h2>
<p><strong>Wann:</strong> Donnerstag</p>
<p><strong>Uhrzeit:</strong> 18:30–20:30 Uhr</p><p><strong>Wo:</strong> Aula Pölzig</p></div>
</div></main></body></html>"""


def test_labelled_weekdays_and_hours_make_a_weekly_session() -> None:
    records = spans_on(_LABELLED, date(2026, 7, 23))  # a Thursday
    assert records == [
        ("1. Männermannschaft", "2026-07-23T18:30", "2026-07-23T20:00", "Sportplatz Pölzig"),
        ("Volleyball Training", "2026-07-29T19:30", "2026-07-29T21:30", "Halle Pölzig"),
        ("Tanzen Training", "2026-07-23T18:30", "2026-07-23T20:30", "Aula Pölzig"),
    ]


def test_a_weekdays_line_without_its_hours_line_is_no_weekly_session() -> None:
    html = _LABELLED.replace("<strong>Uhrzeit:</strong>", "<strong>Hinweis:</strong> ab")
    records = spans_on(html, date(2026, 7, 23))
    assert not any(start is not None for _, start, _, _ in records)


def test_a_heading_naming_its_group_keeps_its_name() -> None:
    records = spans_on(_LABELLED, date(2026, 7, 23))
    assert records[0][0] == "1. Männermannschaft"  # not „Fußball 1. Männermannschaft“


def test_the_training_cards_of_the_tsv_poelzig() -> None:
    records = saved_page_spans("static-tsv-poelzig-trainingszeiten-2026-07")
    assert len(records) == 6
    assert (
        "SpG TSV 1861 Pölzig D-Junioren",
        "2026-07-24T17:30",
        "2026-07-24T19:00",
        "Halle Pölzig",
    ) in records
    assert ("Gymnastik Training", "2026-07-23T19:30", "2026-07-23T20:30", "Halle Pölzig") in records
