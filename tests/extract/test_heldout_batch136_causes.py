"""Causes found on held-out German batch 136 of the real-page corpus (youth, education and
culture: a youth organisation's events, a children's author's readings, a band's gigs, a student
orchestra's concert), each pinned on a minimal snippet and on its page: the records a reader
would note, with their names, starts and places."""

from __future__ import annotations

from datetime import date

from tests.extract.realpage_inspect import readings_on, saved_page_readings

# 1. An events page of one card per event — an h4 invitation, prose, then a box of the day, a
#    link to a map service written as venue / street / town, and the hour — repeats each card's
#    box; the boxes outscored the cards and each event was named by its address. A block named
#    only by its place is the card's box of facts: the cards, named by their headings, are the
#    list. 2. The map link's lines are the place, not the town line or a room the prose names.

_CARD = """<div class="date-container"><h4>{name}</h4><br>
<p>{prose}</p><br>
<div class="event-container"><div class="event-date">{day}</div>
<div class="event-icon"><img src="location.png" alt="Location"></div>
<div class="event-title"><a href="https://www.google.de/maps/place/{slug}">{venue}<br>{street}<br>{town}</a></div><br>
<div class="event-icon"><img src="time.png" alt="Time"></div>
<div class="event-title">{hour}</div></div><br></div>"""

_PROSE = (
    "Im Jahr 2015 ertranken viele Menschen bei dem Versuch, das Mittelmeer zu überqueren. Wir "
    "stellen das Projekt, das Team und unseren aktuellen Arbeitsstand vor und suchen neue "
    "Unterstützer_innen, die mit uns Spenden sammeln. Auch für Snacks ist gesorgt, wir freuen "
    "uns, euch im {room} zu sehen!"
)


def _cards(*cards: tuple[str, str, str, str, str, str, str]) -> str:
    body = "".join(
        _CARD.format(
            name=name,
            prose=_PROSE.format(room=room),
            day=day,
            slug=venue.replace(" ", "+"),
            venue=venue,
            street=street,
            town=town,
            hour=hour,
        )
        for name, day, venue, street, town, hour, room in cards
    )
    return f'<html><body><div class="single"><h3>Events</h3><br>{body}</div></body></html>'


def test_cards_whose_date_box_is_named_by_its_address_are_named_by_their_headings() -> None:
    html = _cards(
        (
            "Offenes Treffen Lüneburg",
            "Dienstag, 22. März 2016",
            "Pons",
            "Salzstraße Am Wasser 1",
            "21335 Lüneburg",
            "19:00 Uhr",
            "Pons Clubraum",
        ),
        (
            "Offenes Treffen Hamburg",
            "Mittwoch, 23. März 2016",
            "T-Stube Universität Hamburg",
            "Allende-Platz 1",
            "20146 Hamburg",
            "19:00 Uhr",
            "Café",
        ),
        (
            "Work and Plan",
            "Sonntag, 10. April",
            "Café Blau",
            "Franziskanerstraße 9",
            "53113 Bonn",
            "20:00 Uhr",
            "Café Blau",
        ),
    )
    assert readings_on(html, date(2016, 4, 28)) == [
        (
            "Offenes Treffen Lüneburg",
            "2016-03-22T19:00",
            "Pons, Salzstraße Am Wasser 1, 21335 Lüneburg",
        ),
        (
            "Offenes Treffen Hamburg",
            "2016-03-23T19:00",
            "T-Stube Universität Hamburg, Allende-Platz 1, 20146 Hamburg",
        ),
        ("Work and Plan", "2016-04-10T20:00", "Café Blau, Franziskanerstraße 9, 53113 Bonn"),
    ]


def test_a_year_before_a_town_in_a_name_is_no_address() -> None:
    # „Hackathon 2024 Görlitz“ names an event: the cards are not preferred over such rows.
    from netdir.extract.place_box_cards import _POSTCODE_TOWN

    assert _POSTCODE_TOWN.search("Hackathon 2024 Görlitz") is None
    assert _POSTCODE_TOWN.search("Pons Salzstraße Am Wasser 1 21335 Lüneburg") is not None


def test_the_youth_organisation_s_events_are_named_by_their_invitations() -> None:
    records = saved_page_readings("static-jugendrettet-events-2016-04")
    assert len(records) == 19
    assert records[0] == (
        "Feiern fürs Schiff: Jugend Rettet in der Schreina",
        "2016-01-09T20:00",
        "Schreina, Schreinerstr. 47, 10247 Berlin",
    )
    assert (
        "Offenes Treffen Lüneburg",
        "2016-03-22T19:00",
        "Pons, Salzstraße Am Wasser 1, 21335 Lüneburg",
    ) in records
    assert records[-1] == (
        "Jugend Rettet X Leuchtfeuerworte",
        "2016-06-02T19:00",
        "SpecOps network, Von-Vincke-Straße 5-7, 48143 Münster",
    )


# 3. „3. Eltern- und Freundeball (öffentlich)“ in a band's gig table: the bracket says who may
#    come, as „- Online“ after a dash says how one takes part; it is no part of the name. A
#    bracket that says more („(öffentlich / alle Räume)“) stays.

_GIGS = """<html><body><h1>Auftritte</h1>
<h2>Unsere nächsten Termine…</h2>
<table><thead><tr><th>Datum</th><th>Veranstaltung</th><th>Ort</th><th>Links/Karten</th></tr></thead>
<tr><td>14.11.2025</td><td>Feuerzauber Neugersdorf</td><td>Neugersdorf, Sparkasse</td><td></td></tr>
<tr><td>12.06.2026</td><td>3. Eltern- und Freundeball (öffentlich)</td><td>Grundschule Emil Ufer</td><td>Olbersdorf</td></tr>
<tr><td>27.06.2026</td><td>Sommerfest (öffentlich / alle Räume)</td><td>Traditionshof Bulnheim</td><td></td></tr>
</table></body></html>"""


def test_a_bracket_that_only_says_who_may_come_is_no_part_of_the_name() -> None:
    titles = [title for title, _, _ in readings_on(_GIGS, date(2025, 11, 9))]
    assert titles == [
        "Feuerzauber Neugersdorf",
        "3. Eltern- und Freundeball",
        "Sommerfest (öffentlich / alle Räume)",
    ]


def test_the_band_s_school_ball_is_named_without_its_access_remark() -> None:
    records = saved_page_readings("jekyll-quasinband-auftritte-2026-04")
    assert ("3. Eltern- und Freundeball", "2026-06-12", "Grundschule Emil Ufer Olbersdorf") in (
        records
    )


# 4. An author's cards put the day in a heading and the hour in the sentence below, written
#    with an „h“ („findet um 19 h 30 eine Lesung … statt“, „Am 17. 6. 2013 um 10 h“): a clock in
#    the prose after the day, „19 h 30“ is 19:30.
#    5. The rest of the day's sentence that tells that someone reads („lesen Ginny von Bülow …“,
#    „liest Dagmar Seifert mit mir …“, „lese ich aus meinem Buch …“) names a „Lesung“, or the
#    noun phrase the sentence uses for it („findet um 19 h 30 eine Lesung der Reihe DichterDran
#    des Literaturzentrums statt“).

_READINGS = """<html><body><h1>Aktuelles</h1><main>
<article class="card"><div class="textrahmen"><h5>Am <strong>14. April 2016</strong></h5>
<p>lesen <strong>Ginny von Bülow, Laszlo Kova und ich</strong> im Rahmen der Hamburger
Autorenvereinigung im Logensaal der Hamburger Kammerspiele um 19 h 30 aus der Anthologie
<strong>Das Mädchen mit dem roten Koffer</strong> je eine Geschichte.</p></div></article>
<article class="card"><div class="textrahmen"><h5>Am 10. Mai 2016</h5>
<p>liest <strong>Dagmar Seifert</strong> mit mir aus Anlass der Bücherverbrennung im Mai 1933 am
Kaiser-Friedrich-Ufer in Hamburg.</p></div></article>
<article class="card"><div class="textrahmen"><h5>Am <strong>2. Oktober 2015</strong></h5>
<p>findet um <strong>19 h 30</strong> eine Lesung der Reihe DichterDran des Literaturzentrums
statt.</p></div></article>
<article class="card"><div class="textrahmen"><h5>Am 17. 6. 2013 um 10 h</h5>
<p>lese ich aus meinem Buch <strong>Pauline Knabberschreck</strong> in der Grundschule Ostheim
für 1. und 2. Klassen.</p></div></article>
</main></body></html>"""


def test_a_day_s_sentence_that_tells_a_reading_names_a_lesung_at_its_h_clock() -> None:
    records = [(title, start) for title, start, _ in readings_on(_READINGS, date(2022, 6, 27))]
    assert records == [
        ("Lesung", "2016-04-14"),
        ("Lesung", "2016-05-10"),
        ("Lesung der Reihe DichterDran des Literaturzentrums", "2015-10-02T19:30"),
        ("Lesung", "2013-06-17T10:00"),
    ]


def test_a_clock_written_with_an_h_and_its_minutes() -> None:
    from netdir.normalize.when import parse_when

    assert parse_when("am 14. April 2016 um 19 h 30", today=date(2022, 6, 27)).start == (
        "2016-04-14T19:30:00+02:00"
    )
    assert parse_when("14. März 2014 von 10 – 10 h 30", today=date(2022, 6, 27)).end == (
        "2014-03-14T10:30:00+01:00"
    )


def test_the_author_s_readings_are_readings_at_their_hours() -> None:
    records = saved_page_readings("php-ellensell-aktuelles-2022-06")
    assert ("Lesung", "2016-05-10", None) in records
    assert ("Lesung", "2014-11-04T09:00", None) in records


# 6. „Lesungen am 9. und 23.11.2013 bei Leo Luna – Shoes for Kids“ over „jeweils um 17 h“: two
#    readings; each day's record is one „Lesung bei Leo Luna – Shoes for Kids“, the listed days
#    and the plural out of its name.

_TWO_DAYS = """<html><body><h1>Aktuelles</h1><main>
<article class="card"><div class="textrahmen"><h5>Lesungen am 9. und 23.11.2013 bei Leo Luna – Shoes for Kids</h5>
<p><strong>jeweils um 17 h, in der Methfesselstr. 84, 20255 Hamburg.</strong></p>
<p><strong>Offene Veranstaltung, Eintritt frei!</strong><br>Bitte Sitzkissen mitbringen.</p></div></article>
<article class="card"><div class="textrahmen"><h5>Lesung "Kunterbunte Abenteuer" am 17.11.2013</h5>
<p>im Kunstforum der GEDOK, Koppel 66, 20099 Hamburg. Beginn 15 h mit Open End.</p></div></article>
<article class="card"><div class="textrahmen"><h5>Lesung am 20. März 2015</h5>
<p>in der Hamburger Schule "An der Gartenstadt" für eine 3. Klasse.</p></div></article>
</main></body></html>"""


def test_each_day_a_heading_lists_is_one_of_its_plural_without_the_days() -> None:
    records = [(title, start) for title, start, _ in readings_on(_TWO_DAYS, date(2022, 6, 27))]
    assert ("Lesung bei Leo Luna – Shoes for Kids", "2013-11-09T17:00") in records
    assert ("Lesung bei Leo Luna – Shoes for Kids", "2013-11-23T17:00") in records


def test_the_listed_days_leave_the_name_and_a_lone_day_stays() -> None:
    from netdir.extract.listed_days_titles import one_of_the_listed_days

    assert one_of_the_listed_days("Führungen am 3. und 5. Oktober 2024 im Museum") == (
        "Führung im Museum"
    )
    assert one_of_the_listed_days("Lesung am 17.11.2013") is None


# 7. „Vernissage“ over „Vom 19.7. bis 10.9.2016“ and, in the text, „Vernissage: 19.7.2016 um 19
#    Uhr.“: the bold line restates the card's own event on its first day — one record, not two.


def test_a_line_that_restates_its_card_s_event_is_no_second_record() -> None:
    html = """<html><body><h1>Aktuelles</h1><main>
<article class="card"><div class="textrahmen"><h2>Vernissage</h2><h5>Vom 19.7. bis 10.9.2016</h5>
<p>findet die <strong>Gruppenausstellung "ANGEDICHTET" in der GEDOK</strong> statt.<br>
<strong>Vernissage: 19.7.2016 um 19 Uhr.</strong><br>Dies ist eine öffentliche Veranstaltung.</p>
</div></article>
<article class="card"><div class="textrahmen"><h5>Lesung am 20. März 2015</h5>
<p>in der Hamburger Schule "An der Gartenstadt" für eine 3. Klasse.</p></div></article>
<article class="card"><div class="textrahmen"><h5>Lesung am 10. April 2013</h5>
<p>in der Grundschule Mümmelmannsberg für 2. Klassen.</p></div></article>
</main></body></html>"""
    records = [(title, start) for title, start, _ in readings_on(html, date(2022, 6, 27))]
    assert records.count(("Vernissage", "2016-07-19T19:00")) == 1


def test_the_author_s_vernissage_is_read_once() -> None:
    records = saved_page_readings("php-ellensell-aktuelles-2022-06")
    assert [title for title, _, _ in records].count("Vernissage") == 1
