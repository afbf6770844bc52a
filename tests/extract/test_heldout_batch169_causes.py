"""Causes found on held-out German batch 169 of the real-page corpus (listing pages close to
netdir's domain: a Freifunk community's meeting calendar drawn by monthly.js, a welfare
association's AI forum table), each pinned on a minimal snippet and on its page: the records a
reader would note, with their names, starts, ends and places."""

from __future__ import annotations

from datetime import date

from netdir.extract.start_end_clock_lines import name_before_its_clocks, start_and_end_lines
from tests.extract.realpage_inspect import saved_page_spans, spans_on

# 1. A table's header row „Datum | Uhrzeit | Veranstaltung | Ort | Teilnahmelink“ over one row
#    whose date cell holds two lines („<p><b>! Ab 04.07.2025 !</b></p> An jedem 1. Freitag im
#    Monat“): the labels took the lines after them in turn, so the habit became the name, the
#    clock the place and the time was lost. Each header label takes the cell under it.

_ONE_ROW = (
    "<html><body><h1>Aktuelle Termine</h1><h2>Details &amp; Buchung</h2><table><thead><tr>"
    "<th>Datum</th><th>Uhrzeit</th><th>Veranstaltung</th><th>Ort</th>"
    "<th>Teilnahmelink oder Buchungsseite</th></tr></thead><tbody><tr>"
    "<td><p><b>! Ab 04.07.2025 !</b></p> An jedem 1. Freitag im Monat</td>"
    "<td>13:00 - 14:00 Uhr</td><td>KI-Dialogforum</td><td>Hallesches Ufer 30A</td>"
    "<td><a href='https://teams.example/join'>Direkt zur Videositzung</a></td>"
    "</tr></tbody></table></body></html>"
)


def test_header_labels_take_the_cells_under_them_on_a_snippet() -> None:
    assert spans_on(_ONE_ROW, date(2025, 5, 8)) == [
        ("KI-Dialogforum", "2025-07-04T13:00", "2025-07-04T14:00", "Hallesches Ufer 30A"),
    ]


def test_header_labels_over_one_line_cells() -> None:
    # every cell one line: each label takes its cell too (the link's cell is no label's)
    html = _ONE_ROW.replace(
        "<td><p><b>! Ab 04.07.2025 !</b></p> An jedem 1. Freitag im Monat</td>",
        "<td>04.07.2025</td>",
    )
    assert spans_on(html, date(2025, 5, 8)) == [
        ("KI-Dialogforum", "2025-07-04T13:00", "2025-07-04T14:00", "Hallesches Ufer 30A"),
    ]


def test_header_labels_take_the_cells_under_them_on_the_page() -> None:
    assert saved_page_spans("static-ki-awo-berlin-termine-2025-05") == [
        ("KI-Dialogforum", "2025-07-04T13:00", "2025-07-04T14:00", "Hallesches Ufer 30A"),
    ]


# 2. A calendar widget's day list (monthly.js): „<div class="monthly-event-list-date">Do<br>12
#    </div><a class="listed-event">Communitytreffen<div><div>7:00 PM</div><div>10:00 PM</div>
#    </div></a>“. The link is the whole block, so the group read as links that only label their
#    targets (a menu) and stayed below the bar; read, its name ran on into its clocks and the
#    end clock was lost. (a) A link that holds its event's clocks is no label; (b) the link's
#    name is its first line when the lines after it are lone clocks; (c) two lone clock lines
#    in a row, the second later, are the start and the end.

_DAY_LIST = (
    "<html><head><title>Unsere Termine</title></head><body><h1>Unsere Termine</h1>"
    "<div class='monthly' id='mycalendar'><div class='monthly-header'>"
    "<div class='monthly-header-title'>Mai 2016</div></div><div class='monthly-event-list'>"
    + "".join(
        f"<div class='monthly-list-item' data-number='{day}'>"
        f"<div class='monthly-event-list-date'>{weekday}<br>{day}</div>{event}</div>"
        for day, weekday, event in (
            (9, "Mo", ""),
            (10, "Di", ""),
            (11, "Mi", ""),
            (
                12,
                "Do",
                "<a href='communitytreffen' class='listed-event'>Communitytreffen<div>"
                "<div class='monthly-list-time-start'>7:00 PM</div>"
                "<div class='monthly-list-time-end'>10:00 PM</div></div></a>",
            ),
            (13, "Fr", ""),
            (23, "Mo", ""),
            (
                24,
                "Di",
                "<a href='techniktreffen' class='listed-event'>Techniktreffen<div>"
                "<div class='monthly-list-time-start'>7:00 PM</div>"
                "<div class='monthly-list-time-end'>10:00 PM</div></div></a>",
            ),
            (25, "Mi", ""),
        )
    )
    + "</div></div></body></html>"
)


def test_a_calendar_widgets_day_list_on_a_snippet() -> None:
    assert spans_on(_DAY_LIST, date(2016, 5, 18)) == [
        ("Communitytreffen", "2016-05-12T19:00", "2016-05-12T22:00", None),
        ("Techniktreffen", "2016-05-24T19:00", "2016-05-24T22:00", None),
    ]


def test_a_link_runs_on_into_its_clocks() -> None:
    assert name_before_its_clocks(["Communitytreffen", "7:00 PM", "10:00 PM"]) == (
        "Communitytreffen"
    )
    assert name_before_its_clocks(["Stammtisch", "19:00 Uhr"]) == "Stammtisch"
    # a line that is more than a clock stays in the name
    assert name_before_its_clocks(["Konzert", "ab 20 Uhr im Hof"]) is None
    assert name_before_its_clocks(["Communitytreffen"]) is None


def test_two_lone_clock_lines_are_the_start_and_the_end() -> None:
    assert start_and_end_lines(["Communitytreffen", "7:00 PM", "10:00 PM"]) == (
        "7:00 PM – 10:00 PM"
    )
    assert start_and_end_lines(["19:00", "22:00 Uhr", "Treffen"]) == "19:00 – 22:00 Uhr"
    # apart, backwards, or three clocks: slots of a programme, not one event's hours
    assert start_and_end_lines(["19:00", "Vortrag", "20:00"]) is None
    assert start_and_end_lines(["20:00", "19:00"]) is None
    assert start_and_end_lines(["19:00", "20:00", "21:00"]) is None
    # a bare number is no clock
    assert start_and_end_lines(["12", "14"]) is None


def test_a_calendar_widgets_day_list_on_the_page() -> None:
    assert saved_page_spans("jekyll-freifunk-partenheim-termine-2016-05") == [
        ("Communitytreffen", "2016-05-12T19:00", "2016-05-12T22:00", None),
        ("Techniktreffen", "2016-05-24T19:00", "2016-05-24T22:00", None),
    ]


# 3. A theme's post header outside <main> and <article> („<div class="box"><header><h3
#    class="post-title">…</h3><p class="post-meta">Mar 5, 2016</p></header>“, the site's <h1> its
#    brand) was dropped as page furniture: the post had no name and the day under it no heading.
#    A header holding a heading classed as the post's title is the post's. (4) Its heading a
#    slogan that asks („Nichts zu verbergen? Wie langweilig.“), the one bold name of the day's
#    sentence names the event („Am <b>13. April 2016</b> … unsere <b>Cryptoparty</b>.“). (5) The
#    sentence that starts it names the place after the clock („Los geht es um 19:00 Uhr in Raum
#    123 …“). (6) A list whose items open with their clocks is the event's programme, each
#    point named without the speakers in brackets, in the room its lead names.

_POST = (
    "<html><head><title>Nichts zu verbergen? Wie langweilig. - Freifunk Darmstadt</title></head>"
    "<body><header id='header'><h1><a href='/'>Freifunk Darmstadt</a></h1><nav><ul>"
    "<li><a href='/news/'>News</a></li><li><a href='/kontakt/'>Kontakt</a></li></ul></nav>"
    "</header><section id='main' class='container'><div class='box'><header>"
    "<h3 class='post-title'>Nichts zu verbergen? Wie langweilig.</h3>"
    "<p class='post-meta'>Mar 5, 2016</p></header><article class='post-content'>"
    "<p>Am <strong>13. April 2016</strong> ist es wieder so weit! Gemeinsam mit Chaos Darmstadt "
    "veranstalten wir zum dritten Mal unsere <strong>Cryptoparty</strong>.</p>"
    "<p>Los geht es <strong>um 19:00 Uhr in Raum 123 des alten Hauptgebäudes der TU Darmstadt"
    "</strong> (Hochschulstraße 1, 64289 Darmstadt). Ihr könnt aber auch später kommen.</p>"
    "<p>Eine Menge spannende Vorträge erwarten euch in Raum 123 (1. Stock):</p><ul>"
    "<li>19:00 Begrüßung: Wer ist dieser Crypto? (Lukas Laufenberg - Computerwerk e.V.)</li>"
    "<li>20:00 Anonym Surfen mit TOR (Chaos Darmstadt e.V.)</li></ul>"
    "<p>Wir freuen uns auf euch!</p></article></div></section></body></html>"
)


def test_a_slogan_posts_event_its_place_and_programme_on_a_snippet() -> None:
    assert spans_on(_POST, date(2016, 3, 5)) == [
        (
            "Cryptoparty",
            "2016-04-13T19:00",
            None,
            "Raum 123 des alten Hauptgebäudes der TU Darmstadt (Hochschulstraße 1, 64289 Darmstadt)",
        ),
        ("Begrüßung: Wer ist dieser Crypto?", "2016-04-13T19:00", None, "Raum 123 (1. Stock)"),
        ("Anonym Surfen mit TOR", "2016-04-13T20:00", None, "Raum 123 (1. Stock)"),
    ]


def test_a_heading_that_names_the_event_keeps_it() -> None:
    # a heading that asks nothing names the event; the bold words of the day's line do not
    html = _POST.replace("Nichts zu verbergen? Wie langweilig.", "Dritte Cryptoparty Darmstadt")
    titles = [title for title, *_ in spans_on(html, date(2016, 3, 5))]
    assert titles[0] == "Dritte Cryptoparty Darmstadt"


def test_a_list_without_clocks_is_no_programme() -> None:
    html = _POST.replace("<li>19:00 ", "<li>").replace("<li>20:00 ", "<li>")
    assert [title for title, *_ in spans_on(html, date(2016, 3, 5))] == ["Cryptoparty"]


def test_a_slogan_posts_event_its_place_and_programme_on_the_page() -> None:
    assert saved_page_spans("jekyll-ffda-cryptoparty-2016-04") == [
        (
            "Cryptoparty",
            "2016-04-13T19:00",
            None,
            "Raum 123 des alten Hauptgebäudes (S1|03) der TU Darmstadt (Hochschulstraße 1, "
            "64289 Darmstadt)",
        ),
        (
            "Begrüßung: Wer ist dieser Crypto und was macht er auf meinem Gerät?",
            "2016-04-13T19:00",
            None,
            "Raum 123 (1. Stock)",
        ),
        ("Anonym Surfen mit TOR", "2016-04-13T20:00", None, "Raum 123 (1. Stock)"),
        (
            "Überwachter Verkehr: ist anonymes Reisen möglich?",
            "2016-04-13T21:00",
            None,
            "Raum 123 (1. Stock)",
        ),
        (
            "Staat und Sicherheit: Von Hintertüren und schwacher Verschlüsselung",
            "2016-04-13T22:00",
            None,
            "Raum 123 (1. Stock)",
        ),
    ]


# 7. The name the text gives the evening („laden wir, unter dem Namen „Freifunk 1k300 Lounge“ zu
#    einem Abend … ein“) under a news heading („Freifunk Darmstadt feiert 1000 täglich aktive
#    Nutzer …“). (8) A heading „Einladung: Flashparty am 28.08.2022“ invites to the Flashparty.


def test_the_name_the_text_gives_on_a_snippet() -> None:
    html = _POST.replace(
        "Nichts zu verbergen? Wie langweilig.", "Freifunk Darmstadt feiert 300 Knoten"
    ).replace(
        "veranstalten wir zum dritten Mal unsere <strong>Cryptoparty</strong>.",
        "laden wir unter dem Namen „Freifunk 1k300 Lounge“ zu einem Abend ein.",
    )
    assert next(title for title, *_ in spans_on(html, date(2016, 3, 5))) == (
        "Freifunk 1k300 Lounge"
    )


def test_an_invitations_label_on_a_snippet() -> None:
    html = _POST.replace(
        "Nichts zu verbergen? Wie langweilig.", "Einladung: Flashparty am 13.04.2016"
    ).replace("unsere <strong>Cryptoparty</strong>", "unsere Flashparty")
    assert next(title for title, *_ in spans_on(html, date(2016, 3, 5))) == "Flashparty"


def test_named_events_of_the_posts_on_their_pages() -> None:
    assert saved_page_spans("jekyll-ffda-1k300-lounge-2016-02")[0][:2] == (
        "Freifunk 1k300 Lounge",
        "2016-02-19T20:00",
    )
    assert saved_page_spans("jekyll-ffda-flashparty-2022-08") == [
        ("Flashparty", "2022-08-28T11:00", None, "Lab3, Hilpertstrasse 31 ( OSM Link )"),
    ]


# 10. A post titled only by an <h3 class="post-title"> (the site's <h1> its brand, left out) had
#     no title heading for its lead, so „Am kommenden Pfingstmontag treffen wir uns ab 18.30 …“
#     dated nothing. The heading the theme classes as the post's title heads the lead.

_WHIT_MONDAY = (
    "<html><head><title>Treffen am Pfingstmontag im COWO21 - Freifunk Darmstadt</title></head>"
    "<body><header id='header'><h1><a href='/'>Freifunk Darmstadt</a></h1></header>"
    "<section id='main'><div class='box'><header><h3 class='post-title'>Treffen am Pfingstmontag "
    "im COWO21</h3><p class='post-meta'>May 12, 2016</p></header><article class='post-content'>"
    "<p>Am kommenden Pfingstmontag treffen wir uns ab 18.30 mit unserem Plenum abweichend im "
    "COWO21 in der Holzhofallee 21.</p></article></div></section></body></html>"
)


def test_a_posts_classed_title_heads_its_lead_on_a_snippet() -> None:
    assert [span[:2] for span in spans_on(_WHIT_MONDAY, date(2016, 5, 12))] == [
        ("Treffen am Pfingstmontag im COWO21", "2016-05-16T18:30"),
    ]


def test_a_posts_classed_title_heads_its_lead_on_the_page() -> None:
    assert [span[:2] for span in saved_page_spans("jekyll-ffda-treffen-cowo21-2016-05")] == [
        ("Treffen am Pfingstmontag im COWO21", "2016-05-16T18:30"),
    ]


def test_a_days_schedule_without_presenters_is_no_programme() -> None:
    # „14:00 Uhr: Familiengottesdienst“ / „15:00 Uhr: Kaffee und Kuchen“ under a fête's
    # „Programm“ (hugo-st-marien-gemeindefest-2024): parts of the event, no talks
    html = _POST.replace(
        "<li>19:00 Begrüßung: Wer ist dieser Crypto? (Lukas Laufenberg - Computerwerk e.V.)</li>"
        "<li>20:00 Anonym Surfen mit TOR (Chaos Darmstadt e.V.)</li>",
        "<li>19:00 Uhr: Begrüßung</li><li>20:00 Uhr: Kaffee und Kuchen</li>",
    )
    assert [title for title, *_ in spans_on(html, date(2016, 3, 5))] == ["Cryptoparty"]


def test_a_title_the_text_gives_is_no_name() -> None:
    # „Unter dem Titel „Politik im Netz …“ veranstaltet …“: the theme of the event the heading
    # names (wp-gruendigital-jahrestagung-2015)
    html = _POST.replace(
        "Nichts zu verbergen? Wie langweilig.", "Digitalpolitische Jahrestagung 2016"
    ).replace(
        "veranstalten wir zum dritten Mal unsere <strong>Cryptoparty</strong>.",
        "veranstalten wir unter dem Titel „Politik im Netz“ unsere Jahrestagung.",
    )
    assert next(title for title, *_ in spans_on(html, date(2016, 3, 5))) == (
        "Digitalpolitische Jahrestagung 2016"
    )
