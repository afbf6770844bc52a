"""Causes found on held-out German batch 156 of the real-page corpus (single-event pages: the
LUG Hannover's home page, the 7 + 1 group's World Café invitation, zerokspot's event posts and a
report, the Bürgerinitiative „Keine Deponie in Berkum“'s info evening and its report), each
pinned on a minimal snippet and on its page: the records a reader would note, with their names,
starts and places."""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.announced_name import headless_post_name
from netdir.extract.next_one_named import next_one_named
from netdir.extract.prose_announcements import announcing_sentence
from netdir.extract.prose_start import venue_after_the_clock
from netdir.extract.quote_sources import dated_by_its_quote_source
from netdir.extract.reported_headlines import tells_what_happened
from netdir.extract.title_text import is_junk_title, without_call_or_schedule
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# 1. Cards that quote what was said at a talk, each signed by where and when („Vortrag im Forum
#    Peine, 13.05.2026 · PAZ 17.05.2026“), were read as events on the days of their sources; and
#    the report's own heading „Was am 13. Mai gesagt wurde“ as an event on that day.


def _quote_card(heading: str, quote: str, source: str) -> str:
    return (
        f'<article class="quote"><h3>{heading}</h3><blockquote>„{quote}“</blockquote>'
        f'<p class="source">{source}</p></article>'
    )


_QUOTES = (
    '<html><body><main><div class="quotes">'
    + _quote_card(
        "Untergrund offen",
        "Die Deponie ist nicht abgedichtet.",
        "Vortrag, 13.05.2026 · PAZ 17.05.2026",
    )
    + _quote_card(
        "Grundwasser", "Das Grundwasser ist kontaminiert.", "Vortrag, 13.05.2026 · PAZ 17.05.2026"
    )
    + _quote_card("Der Plan", "Wir wollen die Deponie abdichten.", "Dirk Brozio · PAZ 10.05.2026")
    + "</div></main></body></html>"
)


def test_cards_dated_by_their_quotes_source_on_a_snippet() -> None:
    assert readings_on(_QUOTES, date(2026, 7, 20)) == []


def test_a_dated_line_after_the_quote() -> None:
    card = LexborHTMLParser(_quote_card("Plan", "Wir dichten ab.", "Dirk Brozio · PAZ 10.05.2026"))
    segment = [card.css_first("article")]
    assert dated_by_its_quote_source(segment, "Dirk Brozio · PAZ 10.05.2026")
    # a day inside the quote, or a line with its clock, is not the quote's source
    assert not dated_by_its_quote_source(segment, "Wir dichten ab.")
    assert not dated_by_its_quote_source(segment, "Sa, 10.05.2026, 19 Uhr")
    assert not dated_by_its_quote_source(segment, None)


def test_a_heading_that_tells_what_happened() -> None:
    assert tells_what_happened("Was am 13. Mai gesagt wurde")
    assert tells_what_happened("Wie der Sommerabend am 5. Juli gelaufen war")
    assert not tells_what_happened("Was am 13. Mai geplant ist")
    assert not tells_what_happened("Bürgerinfo-Abend am 13. Mai")


def test_the_talks_report_on_the_page() -> None:
    assert saved_page_readings("static-deponie-berkum-vortrag-2026") == []


# 2. „Newsletter: Keine Frist verpassen“ over a subscription form (linking the privacy page) was
#    an undated record beside the info evening.


def test_a_newsletter_call_names_nothing() -> None:
    assert is_junk_title("Newsletter: Keine Frist verpassen")
    assert is_junk_title("Newsletter – immer informiert")
    assert not is_junk_title("Newsletter-Redaktionstreffen")


def test_the_initiatives_page_without_its_newsletter_box() -> None:
    titles = [
        title for title, _, _ in saved_page_readings("static-deponie-berkum-buergerinfo-2026-05")
    ]
    assert "Bürgerinfo-Abend" in titles
    assert "Newsletter: Keine Frist verpassen" not in titles


# 3. The meeting point after the clock („… um 19:30 am Treffpunkt Heiligengeistschütt. Neben …“):
#    „am“ was no preposition of the place, and the name ran on into the next sentence.


def test_the_meeting_point_after_the_clock() -> None:
    line = "Los geht's am Samstag (22. August 2009) um 19:30 am Treffpunkt Heiligengeistschütt. Neben …"
    assert venue_after_the_clock(line) == "Heiligengeistschütt"
    assert venue_after_the_clock("am 3. Mai um 19 Uhr am Abend in der Halle") is None
    assert venue_after_the_clock("um 18 Uhr im St. Pauli Theater") == "St. Pauli Theater"


def test_the_photowalk_at_its_meeting_point() -> None:
    assert saved_page_readings("hugo-zerokspot-nachtphotowalk-klagenfurt-2009") == [
        ("2. Nachtphotowalk in Klagenfurt", "2009-08-22T19:30", "Heiligengeistschütt")
    ]


# 4. A report headed „PyGraz-Stammtisch im Juni 2011“ that closes with „der nächste
#    Python-Graz-Stammtisch … am … 5. Juli 2011“: the record was named by June's heading.


def test_the_next_one_a_report_names() -> None:
    sentence = "sollte der nächste Python-Graz-Stammtisch im Juli am 5. Juli 2011 stattfinden"
    today = date(2011, 6, 15)
    assert next_one_named("PyGraz-Stammtisch im Juni 2011", sentence, today) == (
        "Python-Graz-Stammtisch"
    )
    # the heading's month holds the day: the heading names it
    assert next_one_named("PyGraz-Stammtisch im Juli 2011", sentence, today) is None
    assert next_one_named("PyGraz-Stammtisch", sentence, today) is None


def test_the_stammtisch_in_july_on_the_page() -> None:
    readings = saved_page_readings("hugo-zerokspot-pygraz-stammtisch-2011-06")
    assert [(title, start) for title, start, _ in readings] == [
        ("Python-Graz-Stammtisch", "2011-07-05")
    ]


# 5. „Am 7. und 8. Februar gibt's wieder ein Barcamp in Klagenfurt“ under „Barcamp Klagenfurt
#    2009: Ein paar Details“: „gibt's wieder ein“ announced nothing, and the post's tail stayed
#    in the name.


def test_there_is_an_event_again() -> None:
    sentence = "Am 7. und 8. Februar gibt's wieder ein Barcamp in Klagenfurt."
    assert announcing_sentence(sentence) is not None
    assert announcing_sentence("Am 7. Februar gibt es keine Sprechstunde.") is None
    assert without_call_or_schedule("Barcamp Klagenfurt 2009: Ein paar Details") == (
        "Barcamp Klagenfurt 2009"
    )
    assert without_call_or_schedule("Sommerfest 2024 – Update") == "Sommerfest 2024"


def test_the_barcamp_announced_on_the_page() -> None:
    readings = saved_page_readings("hugo-zerokspot-barcamp-klagenfurt-2009-01")
    assert [(title, start) for title, start, _ in readings] == [
        ("Barcamp Klagenfurt 2009", "2009-02-07")
    ]


# 6. A page with no heading at all whose paragraph invites („Wir laden Sie am 20. Februar 2015 zum
#    <strong>2. Bremerhavener World Café</strong> in die Hochschule Bremerhaven, Haus T und Haus
#    S, ein.“) gave no record: only a page without a <title> was read as a heading-less post,
#    and the name after „zum“ before its place was not read.


def test_what_the_hosts_invite_to() -> None:
    sentence = (
        "Wir laden Sie am 20. Februar 2015 zum 2. Bremerhavener World Café in die Hochschule"
        " Bremerhaven, Haus T und Haus S, ein"
    )
    assert headless_post_name(sentence) == "2. Bremerhavener World Café"
    assert headless_post_name("Wir laden euch am 3. Mai zum Sommerfest ein") == "Sommerfest"


_INVITATION = (
    "<html><head><title>Seite nicht gefunden : 7 + 1</title></head><body><article>"
    "<p>Bremerhaven ist Zukunft. Aber wie und wo wohnt Bremerhaven?</p>"
    "<p>Wir laden Sie am 20. Februar 2015 zum<strong> 2. Bremerhavener World Café</strong> in die"
    " Hochschule Bremerhaven, Haus T und Haus S, ein. Diskutieren wir!</p>"
    "</article></body></html>"
)


def test_an_invitation_without_a_heading_on_a_snippet() -> None:
    readings = readings_on(_INVITATION, date(2015, 2, 10))
    assert [(title, start) for title, start, _ in readings] == [
        ("2. Bremerhavener World Café", "2015-02-20")
    ]


def test_the_world_cafe_invitation_on_the_page() -> None:
    readings = saved_page_readings("wp-7und1-worldcafe-bremerhaven-2015")
    assert len(readings) == 1
    title, start, place = readings[0]
    assert (title, start) == ("2. Bremerhavener World Café", "2015-02-20")
    assert place is not None and place.startswith("Hochschule Bremerhaven, Haus T und Haus S")


# 7. The info evening's box: the day „13.“ / „Mai 2026“ over „<strong>Mittwoch, 18:30
#    Uhr</strong> · Eintritt frei“. The line's weekday made it too long and no clock line for the
#    event page's day run, and the admission after the hours read as a name beside the clock.


def test_the_hours_line_with_its_weekday_and_admission() -> None:
    from netdir.extract.block_dates import _time_line
    from netdir.extract.event_page_dates import _short_run_line

    assert _short_run_line("Mittwoch, 18:30 Uhr · Eintritt frei") == "time"
    assert _short_run_line("Mittwoch, 13. Mai 2026") == "day"  # a day, not its hours
    assert _time_line("Mittwoch, 18:30 Uhr · Eintritt frei") == "Mittwoch, 18:30 Uhr"
    assert _time_line("18:30 Uhr · Eintritt: 5 €") == "18:30 Uhr"
    assert _time_line("18:30 Uhr · Lesung mit Anna Seghers") is None


_BOX = (
    "<html><body><h1>Keine Deponie</h1><p>Text über die Deponie.</p>"
    '<section><p class="kicker">Bitte vormerken</p><h2>Bürgerinfo-Abend</h2><div class="event">'
    '<div class="event__date"><span>13.</span><span>Mai 2026</span></div>'
    "<div><p><strong>Mittwoch, 18:30 Uhr</strong> · Eintritt frei</p>"
    "<p>Forum Peine, Anna-Margret-Janovicz-Platz 1, 31224 Peine</p></div></div></section>"
    "<section><h2>Worum es geht</h2><p>Die Deponie ist alt.</p></section></body></html>"
)


def test_the_box_with_its_weekday_and_hours_on_a_snippet() -> None:
    readings = readings_on(_BOX, date(2026, 5, 9))
    assert [(title, start) for title, start, _ in readings] == [
        ("Bürgerinfo-Abend", "2026-05-13T18:30")
    ]


def test_the_info_evening_at_its_hour_on_the_page() -> None:
    readings = saved_page_readings("static-deponie-berkum-buergerinfo-2026-05")
    assert ("Bürgerinfo-Abend", "2026-05-13T18:30") in [(t, s) for t, s, _ in readings]
