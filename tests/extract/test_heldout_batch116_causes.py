"""Causes found on held-out German batch 116 of the real-page corpus (single-event pages: a
hackspace's posts, a research project's invitations, an OK Lab's open data day), each pinned on a
minimal snippet and on its page: the one record a reader would note, with its name, start and
place."""

from __future__ import annotations

from datetime import date

from netdir.extract.heading_venue_before_day import name_and_venue_before_the_day
from netdir.extract.prose_announcements import announcing_sentence
from tests.extract.realpage_inspect import Span, saved_page_spans, spans_on

_Record = Span


# 1. A tag link written as a bare label word („Veranstaltung“) over the heading of the next part
#    („<h4>Siehe auch</h4>“) labels nothing: the heading is no label's value, so the page's <h1>
#    names its event, not „Siehe auch“.
# 2. A programme under the event's „Wann? … bis …“ whose first point is on the event's first day
#    and whose last point starts at the hour the event ends is its running order: the page is
#    one event (a point that opens with its hours, „19/20 Uhr …“, is timed too).

_GEEKEND = """<html><head><title>Geekend Weekend 2025 - Details! - Hackspace</title></head><body>
<header><div class="post-heading"><h1>Geekend Weekend 2025 - Details!</h1>
<span class="post-meta">Gepostet am 27 March 2025</span></div></header>
<article class="blog-post"><p>Hier das Update mit mehr Details:</p>
<ul><li>Freitag 2025-04-11:<ul><li>19/20 Uhr gemeinsames Abendessen und ankommen</li>
<li>20 Uhr Eröffnung CTF</li></ul></li>
<li>Samstag 2025-04-12:<ul><li>13 Uhr gemeinsames Mittagessen</li><li>19 Uhr gemeinsam grillen</li>
</ul></li><li>Sonntag 2025-04-13:<ul><li>13 Uhr gemeinsames Mittagessen</li>
<li>14 Uhr gemeinsames aufräumen</li></ul></li></ul>
<p><strong>Wann?</strong> 2025-04-11T19:00+02:00 (MESZ) bis 2025-04-13T14:00+02:00 (MESZ)<br>
<strong>Wo?</strong> Hackspace e.V., Landsbergerstr. 3, 06112 Halle (Saale)</p>
<div class="blog-tags"><a href="/tags/veranstaltung/">Veranstaltung</a></div><hr>
<h4 class="see-also">Siehe auch</h4><ul><li><a href="/bastelbrunch/">Bastelbrunch</a></li>
<li><a href="/keramik/">Keramik Workshop</a></li></ul></article></body></html>"""


def test_an_events_running_order_under_its_own_hours_is_no_list_of_events() -> None:
    assert spans_on(_GEEKEND, date(2025, 4, 4)) == [
        (
            "Geekend Weekend 2025",
            "2025-04-11T19:00",
            "2025-04-13T14:00",
            "Hackspace e.V., Landsbergerstr. 3, 06112 Halle (Saale)",
        )
    ]


def test_a_programme_that_ends_before_the_event_stays_a_list() -> None:
    """Fails without the hour check: a programme whose last point is not the event's end is
    read as before (its points), not swallowed by the event."""
    html = _GEEKEND.replace("14 Uhr gemeinsames aufräumen", "11 Uhr gemeinsames Frühstück")
    titles = [record[0] for record in spans_on(html, date(2025, 4, 4))]
    assert "Eröffnung CTF" in titles


def test_the_geekend_page_is_one_event() -> None:
    assert saved_page_spans("hugo-eigenbaukombinat-hagewe-2025-04") == [
        (
            "Halle Geekend Weekend 2025",
            "2025-04-11T19:00",
            "2025-04-13T14:00",
            "Eigenbaukombinat Halle (Saale) e.V., Landsbergerstr. 3, 06112 Halle (Saale)",
        )
    ]


# 3. A post's lead that says the event begins on a day at a clock („Das ganze soll am 29.03.2025
#    ab 10 Uhr mit einem gemütlichen Brunch beginnen“) announces it; a sale or registration that
#    begins does not.


def test_a_sentence_saying_the_event_begins_at_a_clock_announces_it() -> None:
    sentence = "Das ganze soll am 29.03.2025 ab 10 Uhr mit einem gemütlichen Brunch beginnen."
    assert announcing_sentence(sentence) == sentence
    assert announcing_sentence("Los geht es am Samstag, 3. Mai 2025 um 14 Uhr am Rathaus.")
    assert announcing_sentence("Der Vorverkauf beginnt am 1. März 2025 um 10 Uhr.") is None
    assert announcing_sentence("Die Bauarbeiten beginnen am 1. März 2025.") is None


def test_the_bastelbrunch_post_is_dated_by_its_lead_not_by_its_post_date() -> None:
    assert saved_page_spans("hugo-eigenbaukombinat-bastelbrunch-2025-03") == [
        ("Bastelbrunch", "2025-03-29T10:00", None, None)
    ]


# 4. A sentence that gives the event's date as its „Termin … am <day>“ announces it.


def test_a_sentence_giving_the_events_termin_announces_it() -> None:
    sentence = (
        "Wir schließen uns zum aktuellen Termin des Open Data Days am Samstag, den 06. März 2021 "
        "dem regionalen Open Data Day an."
    )
    assert announcing_sentence(sentence) == sentence


def test_the_open_data_day_page_names_its_day() -> None:
    records = saved_page_spans("hugo-codefordus-open-data-day-2021-03")
    assert [(title, start) for title, start, _, _ in records] == [
        ("Open Data Day Düsseldorf 2021 (#ODDD21)", "2021-03-06")
    ]


# 5. A heading „<name> im <venue> am <day>“ names the venue between the event and its day.


def test_a_heading_names_the_venue_before_the_day() -> None:
    heading = "Erster Stammtisch: „Neurodivergente Runde“ im Traumtänzer am 20.09.2023"
    assert name_and_venue_before_the_day(heading) == (
        "Erster Stammtisch: „Neurodivergente Runde“",
        "Traumtänzer",
    )
    assert name_and_venue_before_the_day("Workshop im Rahmen der Woche am 3. Mai 2024") is None
    assert name_and_venue_before_the_day("Sommerfest im Mai am 3. Mai 2024") is None
    assert name_and_venue_before_the_day("Konzert im Dom") is None


def test_the_stammtisch_is_held_at_the_venue_its_heading_names() -> None:
    assert saved_page_spans("wordpress-autark-tud-stammtisch-2023-09") == [
        ("Erster Stammtisch: „Neurodivergente Runde“", "2023-09-20", None, "Traumtänzer")
    ]


def test_a_section_heading_label_keeps_the_heading_under_it_as_its_value() -> None:
    """A label that is itself a heading („<h3>Location</h3>“ over „<h6>Legion Prince George</h6>“,
    The Modern Events Calendar's single event) still takes the heading under it as its value."""
    [(_, _, _, place)] = saved_page_spans("wordpress-mec-legion-event")
    assert place is not None and place.startswith("Legion Prince George")
