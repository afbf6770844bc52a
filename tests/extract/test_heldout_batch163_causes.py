"""Causes found on held-out German batch 163 of the real-page corpus (single-event pages: a Swiss
institute's Fachtagungen, the posts of a monthly tech evening, a Kerb), each pinned on a minimal
snippet and on its page: the records a reader would note, with their names, starts and places."""

from __future__ import annotations

from datetime import date

from netdir.extract.announcing_headings import announced_subject
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.prose_announcements import announcing_sentence
from netdir.extract.prose_start import venue_after_the_clock
from tests.extract.realpage_inspect import readings_on, saved_page_readings, saved_page_spans

# 1. A Fachtagung's page gives its day, hours and place as div rows below the invitation's prose
#    — „Samstag, 10. Oktober 2020“ / „Zeit: 8:15 Uhr bis 17:30 Uhr“ / „Ort: Alte Kaserne
#    Winterthur“ —, far below its heading, the day without a label. No record: the day line was
#    looked for only in the few lines under the heading. A bare day line right above the labelled
#    time or place is the event's day. And the heading „Jubiläums-Fachtagung — 15 Jahre
#    SIPT<br>Neue Entwicklungen im psychodynamischen Traumaverständnis“ names the event on its
#    first line; its second line is the theme, no name.

_FACHTAGUNG = (
    "<html><body><h1>Fachtagung</h1><article><h2>Jubiläums-Fachtagung — 15 Jahre SIPT<br>Neue "
    "Entwicklungen im psychodynamischen Traumaverständnis</h2>"
    "<p>In den letzten Jahren wurde eine Reihe von Techniken zur Behandlung entwickelt.</p>"
    "<p>Prof. Dr. Reinhard Fatke zeigt auf, dass Phantasieren im Kindesalter eine Form ist.</p>"
    "<p>Eine bereichernde, interaktive Tagung ist gewiss. Wir freuen uns auf Sie.</p></article>"
    "<article><div class='list'><a href='/programm.pdf'><strong>Ausführliches Programm</strong> "
    "[PDF, 804KB]</a><div class='list__item'>Samstag, 10. Oktober 2020</div>"
    "<div class='list__item'>Zeit: 8:15 Uhr bis 17:30 Uhr</div>"
    "<div class='list__item'>Ort: Alte Kaserne Winterthur</div></div></article></body></html>"
)


def test_a_bare_day_line_over_the_labelled_facts_on_a_snippet() -> None:
    assert readings_on(_FACHTAGUNG, date(2020, 9, 16)) == [
        ("Jubiläums-Fachtagung — 15 Jahre SIPT", "2020-10-10T08:15", "Alte Kaserne Winterthur")
    ]


def test_a_headings_second_line_after_a_lower_case_word_goes_on() -> None:
    # „Einladung zur<br>Mitgliederversammlung“: the first line is no whole name
    html = _FACHTAGUNG.replace(
        "Jubiläums-Fachtagung — 15 Jahre SIPT<br>Neue Entwicklungen im psychodynamischen "
        "Traumaverständnis",
        "Einladung zur<br>Mitgliederversammlung",
    )
    titles = [title for title, _, _ in readings_on(html, date(2020, 9, 16))]
    assert titles and titles[0] != "Einladung zur"


def test_a_bare_day_line_over_the_labelled_facts_on_its_page() -> None:
    assert saved_page_spans("laravel-sipt-fachtagung-15-jahre-2020") == [
        (
            "Jubiläums-Fachtagung — 15 Jahre SIPT",
            "2020-10-10T08:15",
            "2020-10-10T17:30",
            "Alte Kaserne Winterthur",
        )
    ]


# 2. A post's facts stand under an h3 „Daten:“ — „Termin: 28.08.18 18:00 Uhr“, „Ort: …“. The
#    record was named „Daten“, the heading nearest above the day. Like „Eckdaten“ or „Infos“, it
#    heads the facts; the post's h1 names the event.

_DATEN = (
    "<html><body><h1>OPA_TAD — Big Data neu gedacht</h1><div>Gepostet am 25.08.2018</div>"
    "<article><p>Diesen Monat beschäftigen wir uns mit dem Thema Big Data.</p>"
    "<h3>Daten:</h3><p>Termin: 28.08.18 18:00 Uhr\nOrt: PING Vereinsheim, Zum Nubbental 11, "
    "44227 Dortmund</p><p>Für Snacks &amp; Getränke wird wie immer gesorgt.</p></article>"
    "</body></html>"
)


def test_a_heading_daten_heads_the_facts_on_a_snippet() -> None:
    assert readings_on(_DATEN, date(2018, 8, 27)) == [
        (
            "OPA_TAD — Big Data neu gedacht",
            "2018-08-28T18:00",
            "PING Vereinsheim, Zum Nubbental 11, 44227 Dortmund",
        )
    ]


def test_a_heading_daten_heads_the_facts_on_its_page() -> None:
    assert saved_page_readings("hugo-hackandsnack-opa-tad-2018-08") == [
        (
            "OPA_TAD — Big Data neu gedacht",
            "2018-08-28T18:00",
            "PING Vereinsheim, Zum Nubbental 11, 44227 Dortmund",
        )
    ]


# 3. A tech evening's posts announce their evening in sentences no reader took for an
#    announcement: „Unsere Türen sind am 29.12.2017 von 15:00 Uhr bis 20:00 Uhr geöffnet“ (the
#    doors are open), „Am 25. Juli ist es endlich soweit: Hack 'n' Snack startet!“ and „Dann
#    kommt doch am Dienstag, den 25.07, ab 18 Uhr mal vorbei!“ (the day has come; drop in), „Am
#    kommenden Dienstag werden wir euch … eine Einführung in die Programmiersprache Rust geben“
#    (what the hosts give the readers), and „… findet wie gewohnt am letzten Dienstag des Monats
#    (31.10) ab 18 Uhr im Vereinsheim des PING e.V. statt“ (the day in brackets without the
#    month's dot). Four posts gave no record.


def test_sentences_that_announce_the_evening() -> None:
    assert announcing_sentence(
        "Unsere Türen sind am 29.12.2017 von 15:00 Uhr bis 20:00 Uhr geöffnet und jeder kann "
        "vorbei kommen."
    )
    assert announcing_sentence("Am 25. Juli ist es endlich soweit: Hack 'n' Snack startet!")
    assert announcing_sentence("Dann kommt doch am Dienstag, den 25.07, ab 18 Uhr mal vorbei!")
    assert announcing_sentence(
        "Hack 'n' Snack findet wie gewohnt am letzten Dienstag des Monats (31.10) ab 18 Uhr im "
        "Vereinsheim des PING e.V. statt."
    )
    assert announcing_sentence(
        "Am kommenden Dienstag werden wir euch im Rahmen eines Workshops eine Einführung in Rust "
        "geben.",
        reports=True,
    )
    # a report's closed doors and a visit that came are none
    assert not announcing_sentence("Am 29.12.2017 waren die Türen geschlossen.")
    assert not announcing_sentence("Am 25. Juli kam der Bürgermeister zu Besuch.")


def test_a_heading_announcing_that_its_event_starts() -> None:
    assert announced_subject("Hack 'n' Snack startet!") == "Hack 'n' Snack"
    assert announced_subject("Der Kinderflohmarkt Nord beginnt wieder") == "Kinderflohmarkt Nord"
    assert announced_subject("Saison startet") is None  # one word names no event


_POST = (
    "<html><body><h1>{title}</h1><div>Gepostet am {posted}</div><article>{text}</article>"
    "<ul><li><a href='/post/older/'>&larr; Letzter Post</a></li></ul></body></html>"
)


def test_the_posts_announcements_on_snippets() -> None:
    doors = _POST.format(
        title="34C3: Hack'n'Snack tutwas",
        posted="21.12.2017",
        text="<p>Unser Treffen findet auch zwischen Weihnachten und Silvester statt. Unsere "
        "Türen sind am 29.12.2017 von 15:00 Uhr bis 20:00 Uhr geöffnet.</p>",
    )
    assert readings_on(doors, date(2017, 12, 21)) == [
        ("34C3: Hack'n'Snack tutwas", "2017-12-29T15:00", None)
    ]
    starts = _POST.format(
        title="Hack 'n' Snack startet!",
        posted="17.07.2017",
        text="<p>Am 25. Juli ist es endlich soweit: Hack 'n' Snack startet! Doch was ist das?</p>"
        "<p>Interesse geweckt? Dann kommt doch am Dienstag, den 25.07, ab 18 Uhr mal vorbei!</p>",
    )
    assert readings_on(starts, date(2017, 7, 18)) == [("Hack 'n' Snack", "2017-07-25T18:00", None)]


def test_the_posts_announcements_on_their_pages() -> None:
    assert saved_page_spans("hugo-hackandsnack-34c3-tutwas-2017-12")[0][:3] == (
        "34C3: Hack'n'Snack tutwas",
        "2017-12-29T15:00",
        "2017-12-29T20:00",
    )
    assert saved_page_readings("hugo-hackandsnack-start-2017-07") == [
        ("Hack 'n' Snack", "2017-07-25T18:00", None)
    ]
    assert saved_page_readings("hugo-hackandsnack-ansible-2017-10") == [
        ("Ansible", "2017-10-31T18:00", "Vereinsheim des PING e.V.")
    ]


# 4. The Rust workshop's post: „Am kommenden Dienstag werden wir euch … geben.“ under the stamp
#    „Gepostet am 21.04.2018“, then „Wie immer findet Hack'n'Snack um 18 Uhr im PING e.V. in
#    Dortmund-Eichlinghofen statt.“ The theme's „Gepostet am“ before the day hid the post's stamp
#    (the day „kommenden Dienstag“ counts from); the hour without minutes in „findet … um 18 Uhr
#    … statt“ and the venue with its association's „e.V.“ were cut at the abbreviation's dot.


def test_a_venue_with_its_associations_suffix() -> None:
    assert (
        venue_after_the_clock("findet am Dienstag ab 18 Uhr im Vereinsheim des PING e.V. statt.")
        == "Vereinsheim des PING e.V."
    )
    assert venue_after_the_clock("um 19 Uhr im Gasthaus Krone. Danach") == "Gasthaus Krone"


def test_the_workshop_on_the_coming_tuesday_on_a_snippet() -> None:
    html = _POST.format(
        title="Rust Workshop",
        posted="21.04.2018",
        text="<p>Am kommenden Dienstag werden wir euch im Rahmen eines Workshops eine Einführung "
        "in die Programmiersprache Rust geben.</p><p>Wie immer findet Hack'n'Snack um 18 Uhr im "
        "PING e.V. in Dortmund-Eichlinghofen statt. Für Getränke ist gesorgt.</p>",
    )
    assert readings_on(html, date(2018, 4, 21)) == [
        ("Rust Workshop", "2018-04-24T18:00", "PING e.V. in Dortmund-Eichlinghofen")
    ]


def test_the_workshop_on_the_coming_tuesday_on_its_page() -> None:
    assert saved_page_readings("hugo-hackandsnack-rust-workshop-2018-04") == [
        ("Rust Workshop", "2018-04-24T18:00", "PING e.V. in Dortmund-Eichlinghofen")
    ]


# 5. A two-day Tagung labels its days („Datum: Freitag, 21. und Samstag, 22. August 2026“) over
#    a programme of rows „<div class=program__time>15.00 Uhr</div><div class=program__desc>
#    <strong>Referat 1:</strong> «Trauma – …»<br><em>Prof. …</em></div>“ under a day heading. The
#    page's labelled header took the page for one meeting's and left the programme out; a
#    programme whose rows all start, with their hours, on the event's days is read beside it
#    (``own_event_over_its_programme``). A dotted range „18.30 – 19.30 Uhr“ (its „Uhr“ only after
#    the end) was no clock, so the Apéro was lost; a talk is named by its quoted title, not by
#    its „Referat 1:“ label.


def test_a_dotted_hour_range_is_a_clock() -> None:
    match = TIME_LIKE.match("18.30 – 19.30 Uhr Apéro")
    assert match is not None and match.group(0) == "18.30"
    assert TIME_LIKE.match("21.01 - 22.01 Termine") is None  # days, not hours


def _row(hours: str, point: str) -> str:
    return (
        f"<div class='program__item'><div class='program__time'>{hours}</div>"
        f"<div class='program__desc'>{point}</div></div>"
    )


_TAGUNG = (
    "<html><body><h1>Fachtagung</h1><article><h2>20 Jahre SIPT</h2>"
    "<p>Das SIPT wird dieses Jahr 20 Jahre alt! Wir laden Sie herzlich ein.</p><div class='list'>"
    "<div class='list__item'><strong>Datum:</strong> Freitag, 21. und Samstag, 22. August 2026"
    "</div><div class='list__item'><strong>Ort:</strong> Alte Kaserne, Technikumstrasse 8, 8403 "
    "Winterthur</div></div></article><article><h2>Programm</h2><div>"
    "<h3>Freitag, 21. August 2026</h3><div class='program'>"
    + _row("14.00 Uhr", "Tagungseröffnung und Begrüssung")
    + _row("15.00 Uhr", "<strong>Referat 1:</strong> «Trauma und Gesellschaft»<br><em>Prof. A</em>")
    + _row("16.00 – 16.30 Uhr", "Pause")
    + _row("18.30 – 19.30 Uhr", "Apéro")
    + "</div><h3>Samstag, 22. August 2026</h3><div class='program'>"
    + _row("09.00 Uhr", "<strong>Referat 3:</strong> «Ethik versus Kritik»<br><em>PD Dr. B</em>")
    + _row("11.30 Uhr", "Podiumsdiskussion mit Kurz-Referaten")
    + _row("17.00 Uhr", "Abschlussworte und Ausblick")
    + "</div></div></article></body></html>"
)


def test_the_tagung_and_its_programme_on_a_snippet() -> None:
    place = "Alte Kaserne, Technikumstrasse 8, 8403 Winterthur"
    assert [(title, day) for title, day, _ in readings_on(_TAGUNG, date(2026, 5, 4))] == [
        ("20 Jahre SIPT", "2026-08-21"),
        ("Tagungseröffnung und Begrüssung", "2026-08-21T14:00"),
        ("Trauma und Gesellschaft", "2026-08-21T15:00"),
        ("Apéro", "2026-08-21T18:30"),
        ("Ethik versus Kritik", "2026-08-22T09:00"),
        ("Podiumsdiskussion mit Kurz-Referaten", "2026-08-22T11:30"),
        ("Abschlussworte und Ausblick", "2026-08-22T17:00"),
    ]
    assert {where for _, _, where in readings_on(_TAGUNG, date(2026, 5, 4))} == {place}


def test_the_tagung_and_its_programme_on_its_page() -> None:
    spans = saved_page_spans("laravel-sipt-fachtagung-20-jahre-2026")
    assert len(spans) == 13
    assert spans[0][:3] == ("20 Jahre SIPT", "2026-08-21", "2026-08-22")
    assert spans[5][:3] == ("Apéro", "2026-08-21T18:30", "2026-08-21T19:30")
    assert spans[2][:2] == (
        "Trauma – zwischen individuellem Leid und gesellschaftlicher Realität",
        "2026-08-21T15:00",
    )
    assert all(not title.startswith("Referat") for title, _, _, _ in spans if title)


# 6. A Kerb's page names its festival under the h1, „Wann?“ / „Freitag, 29. August 2025“, and
#    in its section „<section id="programm">“ two evenings: „Freitag<br>29. Aug“ beside
#    „<h4>Clubnight mit DJ Jey Aux Platines</h4>“ and „Einlass: 21:30 Uhr“. Two rows were too few
#    to outweigh the page's event, and only the festival was read. Rows that each stand in the
#    page's marked programme, each with its hours within the week from the event's first day,
#    are its programme points (``programme_section``).

_KERB = (
    "<html><body><section class='hero'><div class='hero-badge'>29. Aug – 2. Sep 2025</div>"
    "<h1>Bräischbocher Kerb 2025</h1><p>Feiert mit uns die Bräischbocher Kerb — Musik, Essen und gute Laune in Brensbach.</p></section>"
    "<section><span class='label'>Save the Date</span><h2>Das offizielle Plakat</h2>"
    "<img src='plakat.jpg' alt='Kerb 2025 Plakat'></section>"
    "<section id='programm'><span class='label'>Programm</span><h2>Das erwartet euch</h2>"
    "<p>Zwei Abende voller Musik.</p><div class='timeline'>"
    "<div class='timeline-item'><div class='timeline-day'>Freitag<br>29. Aug</div>"
    "<div class='timeline-detail'><h4>Clubnight mit DJ Jey</h4><p>Techno und Beats.</p>"
    "<p><strong>Einlass: 21:30 Uhr</strong></p></div></div>"
    "<div class='timeline-item'><div class='timeline-day'>Samstag<br>30. Aug</div>"
    "<div class='timeline-detail'><h4>Party Night mit DJ Da Silva</h4><p>Schlager und Hits.</p>"
    "<p><strong>Einlass: 20:00 Uhr</strong></p></div></div></div></section>"
    "<section><h2>Wann &amp; Wo</h2><div class='info-box'><h3>Wann?</h3>"
    "<p><strong>Freitag, 29. August 2025</strong><br>Einlass: 21:30 Uhr</p>"
    "<p><strong>Samstag, 30. August 2025</strong><br>Einlass: 20:00 Uhr</p></div>"
    "<div class='info-box'><h3>Wo?</h3><p><strong>Ehemaliger Schützenverein-Hof</strong></p>"
    "<p>Waldstraße 83<br>64395 Brensbach</p></div></section></body></html>"
)


def test_the_festivals_programme_section_on_a_snippet() -> None:
    readings = readings_on(_KERB, date(2026, 2, 1))
    assert [(title, day[:10] if day else None) for title, day, _ in readings] == [
        ("Bräischbocher Kerb 2025", "2025-08-29"),
        ("Clubnight mit DJ Jey", "2025-08-29"),
        ("Party Night mit DJ Da Silva", "2025-08-30"),
    ]
    assert readings[1][1] == "2025-08-29T21:30"


def test_rows_outside_a_marked_programme_stay_out() -> None:
    unmarked = _KERB.replace("<section id='programm'>", "<section id='highlights'>")
    titles = [title for title, _, _ in readings_on(unmarked, date(2026, 2, 1))]
    assert "Bräischbocher Kerb 2025" in titles
    assert "Party Night mit DJ Da Silva" not in titles


def test_the_festivals_programme_section_on_its_page() -> None:
    readings = saved_page_readings("static-kerbborsche-kerb-2025")
    assert [(title, day) for title, day, _ in readings] == [
        ("Bräischbocher Kerb 2025", "2025-08-29"),
        ("Clubnight mit DJ Jey Aux Platines", "2025-08-29T21:30"),
        ("Party Night mit DJ Da Silva", "2025-08-30T20:00"),
    ]
