"""Leftovers of earlier batches (session 53): general causes of what netdir still missed on pages
already in the corpus, each with a minimal page, a guard and the real page."""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.headings_in_paragraphs import mend_headings_in_paragraphs
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# Cause: a programme typed each section as one paragraph opening with its heading („<p><h3>
# Gemeinde-Gebet:</h3> Sonntag, den 15.01. um 9 Uhr im Kreuzraum.<br></p>“). The parser closes
# the paragraph before the heading and makes the stray „</p>“ a second, empty one, so the
# section's lines were bare text beside the elements: the heading runs lost them, and a bold
# „Mittwoch, den 18.01“ read apart from its full stop was no day. The lines go back into the
# empty paragraph after them (``headings_in_paragraphs``, before any reader).

JANUARY_2023 = date(2023, 1, 10)


def _week(*sections: tuple[str, str]) -> str:
    body = "".join(f"<p><h3>{heading}</h3>\n{lines}\n</p>\n" for heading, lines in sections)
    return (
        '<html><body><h1>Gebetswoche</h1><div class="step_modal">'
        f"<h2>Diese Woche beinhaltet Folgendes:</h2><br>\n{body}</div></body></html>"
    )


_PRAYER_WEEK = (
    (
        "Gemeinde-Gebet:",
        "Wir treffen uns eine Stunde vor dem Gottesdienst:<br>\n"
        "Sonntag, den 15.01. um 9 Uhr im Kreuzraum.<br>",
    ),
    (
        "Lobpreisabend:",
        "Am <strong>Mittwoch, den 18.01</strong>. werden wir Gott gemeinsam anbeten<br>\n"
        "und ihn suchen – um 19.30 Uhr im großen Saal!",
    ),
    (
        "Missions-Gebetsabend:",
        "Am <strong>Donnerstag, den 19.01. um 19.30 Uhr</strong> werden wir beten.<br><br>",
    ),
    (
        "Gebetsspaziergänge:",
        "Am <strong>Samstag, den 21.01</strong>. treffen wir uns um <strong>20 Uhr</strong>"
        " an verschiedenen Standorten.<br><br>",
    ),
)


def test_the_lines_after_a_heading_written_in_a_paragraph_are_its_section() -> None:
    records = readings_on(_week(*_PRAYER_WEEK), JANUARY_2023)
    assert [(title, start) for title, start, _ in records] == [
        ("Gemeinde-Gebet:", "2023-01-15T09:00"),
        ("Lobpreisabend:", "2023-01-18"),
        ("Missions-Gebetsabend:", "2023-01-19T19:30"),
        ("Gebetsspaziergänge:", "2023-01-21T20:00"),
    ]


def test_the_mended_markup_puts_the_lines_into_the_paragraph() -> None:
    tree = LexborHTMLParser("<div><p><h3>Frühgebet:</h3>\nMontag, 16.01. um 6 Uhr<br>\n</p></div>")
    mend_headings_in_paragraphs(tree)
    div = tree.css_first("div")
    assert div is not None
    assert div.html == "<div><p></p><h3>Frühgebet:</h3><p>\nMontag, 16.01. um 6 Uhr<br>\n</p></div>"


def test_a_heading_over_a_paragraph_or_a_block_is_left_as_it_is() -> None:
    written = (
        "<div><p></p><h3>Frühgebet:</h3><p>Montag, 16.01. um 6 Uhr</p>"
        "<p></p><h3>Abend</h3>Text <div>Block</div><p></p></div>"
    )
    tree = LexborHTMLParser(written)
    mend_headings_in_paragraphs(tree)
    div = tree.css_first("div")
    assert div is not None
    assert div.html == written


# Cause: a section's lines that each open with a day and its clock („Sonntag, den 15.01. um 9
# Uhr im Kreuzraum.“, „Sonntag, den 22.01. um 16 Uhr im Kreuzraum.“) were one event on the first
# line's day. Each line is the heading's offering at its hour and place; a line that names what
# is held after each clock („10 Uhr Familiengottesdienst / 17 Uhr Abendgottesdienst“) is those
# events; a heading that counts what it lists („Drei spannende Gottesdienste“) names each one in
# the singular (``section_day_lines``).


def _sections(*sections: tuple[str, str]) -> str:
    body = "".join(f"<h3>{heading}</h3><p>{lines}</p>" for heading, lines in sections)
    return f'<html><body><h1>Gebetswoche</h1><div class="step_modal">{body}</div></body></html>'


def test_each_day_line_of_a_section_is_one_occurrence() -> None:
    page = _sections(
        (
            "Drei spannende Gottesdienste:",
            "Sonntag, den 08. Januar – 10 Uhr<br>Sonntag, den 15. Januar – 10 Uhr<br>"
            "Sonntag, den 22. Januar – 10 Uhr Familiengottesdienst / 17 Uhr Abendgottesdienst",
        ),
        (
            "Gemeinde-Gebet:",
            "Wir treffen uns vor dem Gottesdienst:<br>Sonntag, den 15.01. um 9 Uhr im Kreuzraum."
            "<br>Sonntag, den 22.01. um 16 Uhr im Kreuzraum.",
        ),
        ("Lobpreisabend:", "Am <strong>Mittwoch, den 18.01.</strong> werden wir Gott anbeten."),
        ("Missions-Gebetsabend:", "Am <strong>Donnerstag, den 19.01.</strong> beten wir."),
    )
    assert readings_on(page, JANUARY_2023) == [
        ("Gottesdienst", "2023-01-08T10:00", None),
        ("Gottesdienst", "2023-01-15T10:00", None),
        ("Familiengottesdienst", "2023-01-22T10:00", None),
        ("Abendgottesdienst", "2023-01-22T17:00", None),
        ("Gemeinde-Gebet", "2023-01-15T09:00", "Kreuzraum"),
        ("Gemeinde-Gebet", "2023-01-22T16:00", "Kreuzraum"),
        ("Lobpreisabend:", "2023-01-18", None),
        ("Missions-Gebetsabend:", "2023-01-19", None),
    ]


def test_one_day_line_or_prose_days_keep_the_section_one_event() -> None:
    page = _sections(
        ("Konzert:", "Sonntag, den 15.01. um 17 Uhr in der Kirche."),
        ("Vortrag:", "Am Montag, den 16.01. um 19 Uhr spricht Frau Muster, am 23.01. um 19 Uhr"),
        ("Lesung:", "Dienstag, 17.01. um 20 Uhr im Saal."),
    )
    titles = [title for title, _, _ in readings_on(page, JANUARY_2023)]
    assert titles == ["Konzert:", "Vortrag:", "Lesung:"]


def test_a_venue_after_the_lines_clock_is_left_to_the_place_readers() -> None:
    page = _sections(
        (
            "Es spielen Anna Muster, Violine und Eva Muster, Klavier.",
            "Samstag, 5. Oktober 2024, 19 Uhr Evangelische Kirche Kirchzarten, Schauinslandstraße 8"
            "<br>Sonntag, 6. Oktober 2024, 17 Uhr Schloss Bürgeln, Schliengen",
        ),
        ("Konzert:", "Sonntag, den 15.01. um 17 Uhr in der Kirche."),
        ("Lesung:", "Dienstag, 17.01. um 20 Uhr im Saal."),
    )
    titles = [title or "" for title, _, _ in readings_on(page, JANUARY_2023)]
    assert not [title for title in titles if title.startswith(("Evangelische", "Schloss"))]


def test_the_pianists_concerts_keep_their_venues() -> None:
    records = saved_page_readings("static-marjana-plotkina-konzerte-2025-07")
    assert (
        "Es spielen Annette Rehberger, Violine und Marjana Plotkina, Klavier.",
        "2024-10-06T17:00",
        "Schloss Bürgeln, Schliengen",
    ) in records
    assert not [title for title, _, _ in records if title and title.startswith("Evangelische")]


def test_the_free_churchs_prayer_week() -> None:
    records = saved_page_readings("static-cg-ellmendingen-aktuelles-2023-01")
    week = [(title, start) for title, start, _ in records if start and start < "2023-01-23"]
    for item in (
        ("Gottesdienst", "2023-01-08T10:00"),
        ("Gottesdienst", "2023-01-15T10:00"),
        ("Familiengottesdienst", "2023-01-22T10:00"),
        ("Abendgottesdienst", "2023-01-22T17:00"),
        ("Gemeinde-Gebet", "2023-01-15T09:00"),
        ("Gemeinde-Gebet", "2023-01-22T16:00"),
        ("Missions-Gebetsabend:", "2023-01-19T19:30"),
        ("Gebetsspaziergänge:", "2023-01-21T20:00"),
    ):
        assert item in week
    assert ("Lobpreisabend:", "2023-01-18") in week


# Cause: a post's paragraphs name their evenings by a link inside the sentence, and the link
# chosen was a fragment or a person: „die MFG Akademie mit <a>dem Event „Datenjournalismus – Praxis
# und Perspektiven“</a> zu beherbergen“ was passed over as a partner after „mit“ (the row named
# by a speaker's link), „das Ubuntu-Ulm-Treffen <a>des GT Ulm,</a>“ named „des GT Ulm,“, and „eine
# neuerliche Klassenfahrt zu <a>DDJMonaco</a> … und <a>@cutterkom</a> aka Katharina Brunner wird
# … sprechen“ by the speaker's handle. A link that says it is an event names it by what it quotes
# (``partner_links.quoted_event_name``); a link opening with a genitive article, or after a noun
# and „zu“, goes on from that noun (``genitive_links``); an account's handle is a person
# (``block_titles._naming_links``).

MAY_2017 = date(2017, 5, 31)


def _post_paragraphs(*paragraphs: str) -> str:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return (
        '<html><body><h1>Blog</h1><div class="entry-content">'
        f"<p>Im Juni und Juli haben wir drei Gelegenheiten:</p>{body}</div></body></html>"
    )


_EVENINGS = (
    'Am <strong>Dienstag, dem 4.7.2017</strong> haben wir die Ehre, die MFG Akademie mit <a href="'
    'https://a.example/x">dem Event „Datenjournalismus – Praxis und Perspektiven“</a> zu beherbergen.'
    ' Es zeigen <a href="https://twitter.com/a">Jan-Georg Plavec</a> (Stuttgarter Zeitung) und <a'
    ' href="https://twitter.com/b">Marie-Louise Timcke</a> (Journocode) ihre Werkzeuge.',
    "Schon vorher veranstalten wir <strong>am Dienstag, dem 13. Juni 2017</strong> eine neuerliche"
    ' Klassenfahrt zu <a href="https://twitter.com/ddjmonaco">DDJMonaco</a>, dem Münchener Treffen.'
    ' Und <a href="https://twitter.com/cutterkom">@cutterkom</a> aka Katharina Brunner spricht.',
    "Am <strong>Freitag, dem 5. Mai 2017</strong> starten wir ins Wochenende. Das Vorprogramm bietet"
    ' ab 14 Uhr das Ubuntu-Ulm-Treffen <a href="http://www.gt-ulm.example/">des GT Ulm,</a>.',
)


def test_a_link_in_the_sentence_names_the_evening_whole() -> None:
    titles = [title for title, _, _ in readings_on(_post_paragraphs(*_EVENINGS), MAY_2017)]
    assert titles == [
        "Datenjournalismus – Praxis und Perspektiven",
        "Klassenfahrt zu DDJMonaco",
        "Ubuntu-Ulm-Treffen des GT Ulm",
    ]


def test_a_partner_a_lone_handle_and_a_link_after_a_small_word_stay_as_they_were() -> None:
    page = _post_paragraphs(
        "Am <strong>4.7.2017</strong>: Workshop Datenvisualisierung, gemeinsam mit"
        ' <a href="https://p.example/">dem Verein Datenfreunde</a> und <a href="https://w.example/">'
        "Werkstatt Daten und Karten</a>.",
        'Am <strong>13. Juni 2017</strong> zeigt uns <a href="https://twitter.com/x">@looniverse</a>'
        " die Karten.",
        'Am <strong>5. Mai 2017</strong> geht es um <a href="https://g.example/">der Bahn Daten</a>.',
    )
    titles = [title for title, _, _ in readings_on(page, MAY_2017)]
    assert titles[0] == "Werkstatt Daten und Karten"
    assert titles[1] == "@looniverse"
    assert titles[2] == "der Bahn Daten"


def test_the_makerspaces_data_journalism_evenings() -> None:
    records = saved_page_readings("hugo-verschwoerhaus-tag-open-data-seite-2")
    named = {(title, start) for title, start, _ in records}
    assert ("Datenjournalismus – Praxis und Perspektiven", "2017-07-04T17:00") in named
    assert ("Klassenfahrt zu DDJMonaco", "2017-06-13") in named
    assert ("Ubuntu-Ulm-Treffen des GT Ulm", "2017-05-05") in named
    assert not [title for title, _ in named if title and title.startswith(("@", "Marie"))]


# Cause: „Keine Zeit? Dann besteht ab dem 05.02.2018 unter zukunftsstadt-ulm.de die Möglichkeit
# zur nachträglichen Teilnahme über einen Online-Dialog.“ was read as an event of 5 February: the
# day the online dialogue opens, from which one may take part, is no offering — as „seit März
# 2022“ is none (``since_dates.dated_only_since``).

JANUARY_2018 = date(2018, 1, 20)


def _workshop_post(*paragraphs: str) -> str:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return (
        '<html><body><h1>Einladung zur Werkstatt</h1><div class="entry-content">'
        "<p>In der <strong>Werkstatt am 02.02.2018 im Stadthaus</strong> stellen wir vor.</p>"
        f"{body}</div></body></html>"
    )


def test_a_day_from_which_one_may_take_part_is_no_event() -> None:
    page = _workshop_post(
        "Keine Zeit? Dann besteht ab dem 05.02.2018 unter zukunftsstadt.example die Möglichkeit"
        " zur nachträglichen Teilnahme über einen Online-Dialog."
    )
    assert [start for _, start, _ in readings_on(page, JANUARY_2018)] == ["2018-02-02"]


def test_a_day_from_which_something_runs_stays_dated() -> None:
    page = _workshop_post("Ab dem 05.02.2018 treffen wir uns jeden Montag um 19 Uhr im Saal.")
    assert "2018-02-05T19:00" in [start for _, start, _ in readings_on(page, JANUARY_2018)]


def test_a_possibility_in_another_sentence_leaves_the_day_an_event() -> None:
    page = _workshop_post(
        "<strong>Einführungskurs ab 01.03.2018</strong> Am Sonntag, den 01.03.2018, startet unser"
        " Schnupperkurs. Nähere Informationen sowie die Möglichkeit zur Anmeldung unter Kurse."
    )
    assert "2018-03-01" in [start for _, start, _ in readings_on(page, JANUARY_2018)]


def test_the_archers_introductory_course_stays() -> None:
    records = saved_page_readings("static-kyudo-nagold-aktuelles-2026")
    assert [title for title, start, _ in records if start == "2026-03-01"]


def test_the_citizens_workshop_post_without_the_online_dialogue() -> None:
    records = saved_page_readings("hugo-verschwoerhaus-tag-zukunftsstadt")
    assert not [start for _, start, _ in records if start and start.startswith("2018-02-05")]


# Cause: „Am Samstag geht es damit weiter, und parallel ist <strong>ab 14 Uhr</strong> wieder
# <a>ein Wikipedia-Einführungskurs</a>“ two paragraphs under „Am <strong>Freitag, dem 5. Mai
# </strong> starten wir in ein Wochenende …“ named no day and was lost: a paragraph opening with a
# weekday alone goes on from the weekday and day a paragraph shortly above names — the Saturday
# after that Friday, at its one clock (``day_of_row_before``).


def test_a_weekday_alone_goes_on_from_the_day_above() -> None:
    page = _post_paragraphs(
        "Am <strong>Freitag, dem 5. Mai 2017</strong> starten wir ins Wochenende. Das Vorprogramm"
        ' bietet das <a href="https://u.example/">Ubuntu-Treffen</a>.',
        "Für alle anderen gibt es auch etwas: Man müsste mal die Website aktualisieren.",
        "Am Samstag geht es weiter, und parallel ist <strong>ab 14 Uhr</strong> wieder"
        ' <a href="https://w.example/">ein Wikipedia-Einführungskurs</a> – für alle!',
    )
    assert ("ein Wikipedia-Einführungskurs", "2017-05-06T14:00", None) in readings_on(
        page, MAY_2017
    )


def test_a_weekday_runs_into_the_next_month() -> None:
    page = _post_paragraphs(
        'Am <strong>Mittwoch, dem 31. Mai 2017</strong> zeigen wir <a href="https://k.example/">'
        "den Kartenabend</a>.",
        'Am Montag um 19 Uhr folgt <a href="https://o.example/">der OSM-Stammtisch</a> im Saal.',
        "Und noch ein Absatz ohne Tag.",
    )
    assert "2017-06-05T19:00" in [start for _, start, _ in readings_on(page, MAY_2017)]


def test_a_weekday_without_a_weekday_day_above_stays_undated() -> None:
    page = _post_paragraphs(
        'Am <strong>5. Mai 2017</strong> starten wir <a href="https://u.example/">das Treffen</a>.',
        'Am Samstag ist ab 14 Uhr <a href="https://w.example/">ein Wikipedia-Kurs</a>.',
        "Und noch ein Absatz ohne Tag.",
    )
    assert not [start for _, start, _ in readings_on(page, MAY_2017) if start == "2017-05-06T14:00"]


def test_the_makerspaces_weekend_saturday() -> None:
    records = saved_page_readings("hugo-verschwoerhaus-tag-open-data-seite-2")
    assert ("ein Wikipedia-Einführungskurs", "2017-05-06T14:00", None) in records


# Cause: „Am <strong>Dienstag, dem 4.7.</strong> haben wir <strong>ab 17:00</strong> die Ehre …“,
# „Am <strong>Donnerstag, dem 24.10.</strong> hält Stefan Kaufmann <strong>ab 19 Uhr</strong> eine
# Einführung …“: the day's sentence goes on with its verb and subject, then the clock — the start,
# as „am Freitag, dem 28. August, findet um 20 Uhr … statt“ is (``prose_times``, up to three
# words between the day and „um“/„ab“).

OCTOBER_2024 = date(2024, 10, 14)


def test_the_clock_after_the_verb_and_subject_of_the_days_sentence() -> None:
    page = _post_paragraphs(
        "Am <strong>Donnerstag, dem 24.10.2024</strong> hält Stefan Kaufmann <strong>ab 19 Uhr"
        '</strong> <a href="https://w.example/lod">eine Einführung in Linked Open Data.</a>',
        "Am <strong>Dienstag, dem 29.10.2024</strong> haben wir <strong>ab 17:00</strong> die"
        ' Ehre, <a href="https://m.example/">den Datenabend</a> zu beherbergen.',
        "Am <strong>Mittwoch, dem 30.10.2024</strong> gibt es eine lange Einführung und danach"
        ' um 19 Uhr <a href="https://x.example/">den Stammtisch</a>.',
    )
    starts = [start for _, start, _ in readings_on(page, OCTOBER_2024)]
    assert starts[:2] == ["2024-10-24T19:00", "2024-10-29T17:00"]
    assert starts[2] != "2024-10-30T19:00"  # five words and more: another part of the evening


def test_the_makerspaces_evenings_have_their_clocks() -> None:
    page_two = saved_page_readings("hugo-verschwoerhaus-tag-open-data-seite-2")
    assert "2017-07-04T17:00" in [start for _, start, _ in page_two]
    page_one = saved_page_readings("hugo-verschwoerhaus-tag-open-data")
    assert "2024-10-24T19:00" in [start for _, start, _ in page_one]
