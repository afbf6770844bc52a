"""Causes found on held-out German batch 172 of the real-page corpus (event posts of user groups:
the Magento Meetup Austria's meetup pages and its start page, Jekyll), each pinned on a minimal
snippet and on its page: the records a reader would note, with their names, starts, ends and
places."""

from __future__ import annotations

from datetime import date

from netdir.extract.heading_venue_before_day import strip_the_venue
from netdir.extract.talk_speakers import names_persons
from tests.extract.realpage_inspect import saved_page_spans, spans_on

# 1. A meetup's agenda list gives a clock only to some items and says who gives each talk after
#    „von“: „18:30 Uhr: Kennenlernen bei Pizza und Getränken“, „19:00 Uhr: Einleitung & Magento
#    News“, „Talk 1: <b>…</b> von Christian Rusa“. Its points with a clock were not read (the
#    programme list wanted every item to open with a clock and close with a bracket). A list
#    with two or more talks given „von <person>“ is the agenda: its items with a clock are
#    points, without the speakers, the doors, breaks and the getting-together; the meetup of a
#    day without its hour begins at the agenda's first clock.


def _meetup(prose: str, agenda: str) -> str:
    return (
        "<html><head><title>18. Magento-Meetup am 22.11.2016 in Wien: Dev &amp; Ops, Lizards &amp; Pumpkins</title></head>"
        "<body><main class='page-content'><div class='wrapper'><section id='main_content'>"
        "<article class='meetup'><header class='meetup-header'>"
        "<h1 class='meetup-title'>18. Magento-Meetup am 22.11.2016 in Wien: Dev &amp; Ops, Lizards &amp; Pumpkins</h1>"
        f"</header><div class='meetup-content'><p>Hallo und herzlich willkommen! Dieses Meetup ist "
        f"eine Veranstaltung von der Community für die Community.</p>{prose}<p>Location, Pizza "
        f"und Getränke werden bereitgestellt von LimeSoda.</p><h3>Agenda</h3><ul>{agenda}</ul>"
        "</div></article></section></div></main></body></html>"
    )


_AGENDA_18 = (
    "<li>18:30 Uhr: Kennenlernen bei Pizza und Getränken, gesponsert von <a href='/ls'>LimeSoda"
    "</a></li><li>19:00 Uhr: Einleitung &amp; <a href='/slides'>Magento News</a></li>"
    "<li>Talk 1: <strong>Die Top-10 Missverständnisse zwischen Dev und Ops</strong> von "
    "Christian Rusa</li><li>Talk 2: <strong>Kurzbericht von der SEOkomm 2016</strong> von "
    "Philipp Pfaller</li><li>Talk 3: <strong>Lizards &amp; Pumpkins</strong> von Fabian "
    "Blechschmidt</li><li>Gemütliches Plaudern mit Open End</li>"
)
_STARTS = (
    "<p>Gerade hatten wir noch Sommer und schon sind wir mitten im Herbst gelandet. Mit ihm kommt "
    "der <strong>18. Magento-Stammtisch Wien</strong> und damit der letzte des Jahres!</p>"
    "<p>In Talk Nummer 1 geht es um die <strong>Zusammenarbeit von Dev und Ops</strong>.</p>"
    "<p>Ich würde mich freuen, Sie begrüßen zu dürfen!</p><p>Die Veranstaltung startet "
    "<strong>Dienstag, den 22. November 2016, ab 18:30 Uhr</strong>.</p>"
)


def test_agenda_points_with_a_clock_on_a_snippet() -> None:
    assert spans_on(_meetup(_STARTS, _AGENDA_18), date(2016, 11, 1)) == [
        (
            "18. Magento-Meetup am 22.11.2016 in Wien: Dev & Ops, Lizards & Pumpkins",
            "2016-11-22T18:30",
            None,
            "Wien",
        ),
        ("Einleitung & Magento News", "2016-11-22T19:00", None, None),
    ]


def test_agenda_without_talks_by_persons_gives_no_points() -> None:
    # a day's schedule of a fête („14:00 Uhr: Familiengottesdienst“) names no speakers: its
    # parts stay the event's, as before
    agenda = (
        "<li>14:00 Uhr: Familiengottesdienst</li><li>15:00 Uhr: Kaffee und Kuchen</li>"
        "<li>16:00 Uhr: Tombola</li>"
    )
    assert len(spans_on(_meetup(_STARTS, agenda), date(2016, 11, 1))) == 1


def test_the_meetup_begins_at_the_agendas_first_clock() -> None:
    agenda = (
        "<li>18:30 Uhr: <strong>Einleitung und Magento News</strong> von Anna Völkl und "
        "Matthias Zeis</li><li>Talk 1: <strong>Payment Module in Magento 2</strong> von Ivan "
        "Dotsenko (in English)</li><li>Pause mit Pizza und Getränken</li>"
    )
    html = _meetup(_STARTS.replace(", ab 18:30 Uhr", ""), agenda)
    assert spans_on(html, date(2016, 11, 1)) == [
        (
            "18. Magento-Meetup am 22.11.2016 in Wien: Dev & Ops, Lizards & Pumpkins",
            "2016-11-22T18:30",
            None,
            "Wien",
        ),
        ("Einleitung und Magento News", "2016-11-22T18:30", None, None),
    ]


def test_the_speakers_after_von() -> None:
    assert names_persons("Andreas von Studnitz")
    assert names_persons("Anna Völkl  und Matthias Zeis")
    assert not names_persons("LimeSoda")


def test_agenda_points_on_the_pages() -> None:
    assert saved_page_spans("jekyll-mage-meetup-austria-18-wien-2016-11") == [
        (
            "18. Magento-Meetup am 22.11.2016 in Wien: Dev & Ops, Lizards & Pumpkins",
            "2016-11-22T18:30",
            None,
            "Wien",
        ),
        ("Einleitung & Magento News", "2016-11-22T19:00", None, None),
    ]
    assert saved_page_spans("jekyll-mage-meetup-austria-41-wien-2025-04")[1:] == [
        ("Application Observability mittels OpenTelemetry", "2025-04-23T17:30", None, None),
        ("Hyvä Commerce", "2025-04-23T18:30", None, None),
    ]


# 2. „25. Magento-Meetup am 02.05.2018 in Wels“: the heading's day and town were cut off
#    together, the town taken for the place, leaving „25. Magento-Meetup“. A bare „in“ names a
#    town, which stays in the name (as the corpus names „Meetup 2025-03 in Berlin“); the place is
#    still the town.


def test_a_town_after_the_day_stays_in_the_name() -> None:
    assert strip_the_venue("25. Magento-Meetup am 02.05.2018 in Wels", "Wels") == (
        "25. Magento-Meetup in Wels"
    )
    # a venue after „im“ is cut off with the day, as before
    assert strip_the_venue("Freifunk-Treffen am 19.1. im Hackerspace", "Hackerspace") == (
        "Freifunk-Treffen"
    )


def test_a_town_after_the_day_on_the_page() -> None:
    assert saved_page_spans("jekyll-mage-meetup-austria-25-wels-2018-05") == [
        ("25. Magento-Meetup in Wels", "2018-05-02T18:30", None, "Wels"),
        ("Einleitung und Magento News", "2018-05-02T18:30", None, None),
    ]


# 3. A start page writes its next meetup out under the meetup's linked heading, with the
#    meetup's own sections „Agenda“ and „Save your seat!“; the facts (Datum, Zeit, Location)
#    stand under the call to book, which named the record. A heading that calls to book names
#    no event; the linked heading above it, past the sections' labels, does.

_START = (
    "<html><body><main><div class='feature'><h1>Nächste Veranstaltung</h1>"
    "<h3><a href='/meetups/44'>44. Magento-Meetup am 26.02.2026 in St. Pölten: Magento News"
    "</a></h3><p>Liebe Magento Community,</p><h2>Agenda</h2><p>Nach einem Überblick über die "
    "aktuellen Magento News freuen wir uns auf einen spannenden Vortrag.</p>"
    "<h2>Save your seat!</h2><p>Meldet euch bitte rechtzeitig an.</p>"
    "<p><strong>Datum</strong>: 26.02.2026</p><p><strong>Zeit</strong>: 17:30 Uhr - 21:00 Uhr"
    "</p><p><strong>Location</strong>: MSTAGE GmbH, Hofstatt 5, 3100 St. Pölten</p>"
    "</div><h2>Vergangene Veranstaltungen</h2><ul>"
    "<li><a href='/meetups/43'>43. Magento-Meetup am 03.12.2025 in Wien: KI</a></li>"
    "<li><a href='/meetups/42'>42. Magento-Meetup am 15.10.2025 in Wien: KI im E-Commerce</a>"
    "</li></ul></main></body></html>"
)


def test_the_linked_heading_above_the_call_on_a_snippet() -> None:
    spans = spans_on(_START, date(2026, 2, 24))
    assert spans[0][:3] == (
        "44. Magento-Meetup am 26.02.2026 in St. Pölten: Magento News",
        "2026-02-26T17:30",
        "2026-02-26T21:00",
    )
    assert all(span[0] != "Save your seat!" for span in spans)


def test_the_linked_heading_above_the_call_on_the_page() -> None:
    spans = saved_page_spans("jekyll-mage-meetup-austria-start-2026-02")
    assert spans[0] == (
        "44. Magento-Meetup am 26.02.2026 in St. Pölten: Magento News",
        "2026-02-26T17:30",
        "2026-02-26T21:00",
        "MSTAGE GmbH, Hofstatt 5, 3100 St. Pölten",
    )
    assert len(spans) == 33
