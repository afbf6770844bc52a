"""Causes found on held-out German batch 152 of the real-page corpus (schools, a parents'
association and a music school: the Paul-Klee-Schule Düsseldorf's year dates and enrolment days,
the Schulverein Tespe's bazaar page, the Kleine Musikschule Karlsruhe's course page), each pinned
on a minimal snippet and on its page: the records a reader would note, with their names, starts
and places."""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.lead_sentence import lead_of_list
from netdir.extract.question_sections import name_before_the_question
from netdir.extract.run_together_headings import spaced_as_the_title
from netdir.extract.title_text import title_in_text
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# 1. „Dienstag, der 06.10.2026 von 15:00 bis 18:00 Uhr“: the day in apposition to its weekday
#    takes „der“, as „Sonntag, den …“ takes „den“; the article is the date's, no name — the
#    heading above names the enrolment days.


def test_the_article_of_a_day_in_apposition() -> None:
    assert title_in_text("Dienstag, der 06.10.2026 von 15:00 bis 18:00 Uhr") is None
    assert title_in_text("Konzert, Dienstag, der 06.10.2026") == "Konzert"
    # before a number „Der“ opens names; inside a name it stays
    assert title_in_text("Der 7. Sinn – Lesung 06.10.2026") == "Der 7. Sinn – Lesung"
    assert title_in_text("Tag der offenen Tür 06.10.2026") == "Tag der offenen Tür"


# 2. A site builder wraps every module in the same box: the heading module „<div class=m><h2>
#    Anmeldetermine …</h2></div>“, an empty heading module „<div class=m><h3></h3></div>“, then
#    the text module with the list. The heading's box is no earlier card (it shows nothing but
#    the heading), and the empty heading heads nothing: the h2 names the list's days.

_ENROLMENT = """<html><head><title>Anmeldetermine Einschulung 2027/2028</title></head><body><main>
<div class="m"><div class="h"><div><h2>Anmeldetermine Einschulung 2027/2028</h2></div></div></div>
<div class="m"><div class="h"><div><h3></h3></div></div></div>
<div class="m"><div class="t"><div><p>Liebe Eltern der Schulanfänger 2027/2028,</p>
<p>die offiziellen Anmeldetage sind:</p>
<ul><li>Dienstag, der 06.10.2026 von 15:00 bis 18:00 Uhr</li>
<li>Mittwoch, der 07.10.2026 von 11:00 bis 13:00 Uhr und 15:00 bis 18:00 Uhr</li>
<li>Donnerstag, der 08.10.2026 von 11:00 bis 13:00 Uhr&nbsp;</li></ul>
<p>Zusätzlich bieten wir vorher weitere Termine nach Absprache an.</p></div></div></div>
</main></body></html>"""


def test_the_heading_module_names_the_list_on_a_snippet() -> None:
    name = "Anmeldetermine Einschulung 2027/2028"
    assert readings_on(_ENROLMENT, date(2026, 4, 27)) == [
        (name, "2026-10-06T15:00", None),
        (name, "2026-10-07T11:00", None),
        (name, "2026-10-08T11:00", None),
    ]


def test_the_heading_module_names_the_list_on_the_page() -> None:
    readings = saved_page_readings("wp-gox-paul-klee-schule-duesseldorf-anmeldetermine-2027")
    name = "Anmeldetermine Einschulung 2027/2028"
    assert readings == [
        (name, "2026-10-06T15:00", None),
        (name, "2026-10-07T11:00", None),
        (name, "2026-10-08T11:00", None),
    ]


# 3. A school's year table typed with runs of spaces sets the part of the day in its hour
#    column — „01.05.2026 ␣ ganztägig ␣ Feiertag“, „03.06.2026 ␣ Vormittags ␣ Sponsorenlauf im
#    Hofgarten“: the word says when, not what; once it is gone a public holiday's row is seen for
#    what it is (no event) and the rest are named by their own words.


def test_the_part_of_the_day_opens_no_name() -> None:
    assert title_in_text("01.05.2026 ganztägig Feiertag") == "Feiertag"
    assert title_in_text("03.06.2026 Vormittags Sponsorenlauf im Hofgarten") == (
        "Sponsorenlauf im Hofgarten"
    )
    # without a date on the line the word is the name's own („Abends im Museum“, a film)
    assert title_in_text("Abends im Museum") == "Abends im Museum"


_YEAR_TABLE = """<html><head><title>Termine</title></head><body><main><div>
<p><strong>Monat/Tag &nbsp; &nbsp; Uhrzeit &nbsp; &nbsp; Was?</strong></p>
<p>01.05.2026 &nbsp; &nbsp; ganztägig &nbsp; &nbsp; Feiertag&nbsp;</p>
<p>15.05.2026 &nbsp; &nbsp; ganztägig &nbsp; &nbsp; Brückentag / Schulfrei&nbsp;</p>
<p>03.06.2026 &nbsp; &nbsp; Vormittags &nbsp; &nbsp; Sponsorenlauf im Hofgarten&nbsp;</p>
<p>02.07.2026 &nbsp; &nbsp; 18:00 Uhr &nbsp; &nbsp; Elternabend für die Eltern der Vorschulkinder</p>
</div></main></body></html>"""


def test_the_part_of_the_day_on_a_snippet() -> None:
    assert readings_on(_YEAR_TABLE, date(2026, 4, 27)) == [
        ("Brückentag / Schulfrei", "2026-05-15", None),
        ("Sponsorenlauf im Hofgarten", "2026-06-03", "Hofgarten"),
        ("Elternabend für die Eltern der Vorschulkinder", "2026-07-02T18:00", None),
    ]


def test_the_part_of_the_day_on_the_page() -> None:
    readings = saved_page_readings("wp-gox-paul-klee-schule-duesseldorf-termine-2026")
    titles = [title for title, _, _ in readings]
    assert "Feiertag" not in " ".join(t or "" for t in titles)  # the three public holidays
    assert ("Brückentag / Schulfrei", "2026-05-15", None) in readings
    assert ("Brückentag / Schulfrei", "2026-06-05", None) in readings
    assert ("Sponsorenlauf im Hofgarten", "2026-06-03", "Hofgarten") in readings


# 4. A course card's facts in boxes of one rank: h3 „Musikkurs für Kinder (Pfinztal)“, then h3
#    „Wann und wo findet der Kurs statt?“ over h4 „Ort“ and h4 „Termine & Uhrzeit“, „Immer
#    montags um 15:10 - 15.40Uhr …“ and the list of Mondays. The question asks about the course
#    named before it: that h3 names each listed day (not the card's h2 „Kursinformationen“),
#    and „immer montags um …“ above the list gives each day its hours, as „jeweils …“ does.

_COURSE = """<html><head><title>Kursanmeldung - Kleine Musikschule</title></head><body>
<div id="main"><section id="one"><div class="inner">
<header class="major"><h2>Kursinformationen</h2></header>
<div class="course-overview">
<div class="box"><div class="head"><span>Musikkurs</span><h3>Musikkurs für Kinder (Pfinztal)</h3></div>
<div class="section"><p>10-wöchiger Musikkurs für Kinder in jedem Alter.</p></div>
<div class="section"><h4>Was dich erwartet</h4><p>Gemeinsames Singen und Tanzen.</p></div></div>
<div class="box"><div class="head"><span>Termine, Ort & Details</span>
<h3>Wann und wo findet der Kurs statt?</h3></div>
<div class="section"><h4>Ort</h4><p><strong>Dieselstrasse 1, 76327 Pfinztal / Berghausen</strong></p></div>
<div class="section"><h4>Termine & Uhrzeit</h4>
<p>Immer <strong>montags um 15:10 - 15.40Uhr und 15.50 - 16.20Uhr</strong></p>
<ul><li>12.10.2026</li><li>19.10.2026</li><li>26.10.2026</li></ul></div>
<div class="section"><h4>Kosten</h4><p><strong>100 €</strong> für 10 Kurseinheiten.</p></div>
</div></div></div></section></div>
<section id="contact"><div class="inner"><section><h2>Anmeldung</h2>
<p>Der Anmeldeschluss für diesen Kurs ist am 5. Oktober um 0:00 Uhr.</p></section></div></section>
</body></html>"""


def test_the_section_asked_about_on_a_snippet() -> None:
    course, place = (
        "Musikkurs für Kinder (Pfinztal)",
        "Dieselstrasse 1, 76327 Pfinztal / Berghausen",
    )
    assert readings_on(_COURSE, date(2026, 9, 20)) == [
        (course, "2026-10-12T15:10", place),
        (course, "2026-10-19T15:10", place),
        (course, "2026-10-26T15:10", place),
    ]


def test_the_heading_before_the_question() -> None:
    tree = LexborHTMLParser(_COURSE)
    card = tree.css_first("section#one > div.inner")
    days = tree.css_first("ul")
    assert card is not None and days is not None
    named = name_before_the_question([card], days)
    assert named is not None and named.text(deep=True) == "Musikkurs für Kinder (Pfinztal)"
    lead = lead_of_list(days)
    assert lead is not None and lead.hours == "15:10 - 15.40Uhr"
    # no question over the list: the card's own name stays
    plain = LexborHTMLParser(
        "<div><h3>Chorprobe</h3><h4>Termine</h4><ul><li>12.10.2026</li><li>19.10.2026</li>"
        "</ul></div>"
    )
    box, listed = plain.css_first("div"), plain.css_first("ul")
    assert box is not None and listed is not None
    assert name_before_the_question([box], listed) is None


def test_the_section_asked_about_on_the_page() -> None:
    readings = saved_page_readings("html5up-kleine-musikschule-pfinztal-kurs-2026")
    assert len(readings) == 10
    assert readings[0] == (
        "Musikkurs für Kinder (Pfinztal)",
        "2026-10-12T15:10",
        "Dieselstrasse 1, 76327 Pfinztal / Berghausen",
    )
    assert all(title == "Musikkurs für Kinder (Pfinztal)" for title, _, _ in readings)
    assert all(start and start.endswith("T15:10") for _, start, _ in readings)


# 5. A bazaar's own page: „<header><h1><span>Tespe</span>Kinderbasar</h1></header>“ inside the
#    page's wrapper, the box right below it „Samstag, 28. November 2026“ / „10 – 14 Uhr“ / the
#    school's address, boxes on selling below („Anmeldeschluss: <strong>Freitag, 13. November
#    2026</strong>“). The header over a box of the day is the event's own (not the site's
#    banner); the bold day after the deadline's label is the deadline's, no box's event day; and
#    the h1's two lines, run together as text, are spelt as the document title spells them.

_BAZAAR = """<html><head><title>Tespe Kinderbasar – 28. November 2026</title></head><body>
<div class="seite">
<header><div class="eyebrow">Schulverein der Elbe-Grundschule Tespe</div>
<h1><span>Tespe</span>Kinderbasar</h1>
<p class="unter">Kinderkleidung, Spielzeug und alles rund ums Kind</p></header>
<div class="wann"><div class="datum">Samstag, 28. November 2026</div>
<div class="zeit">10 – 14 Uhr</div>
<div class="ort">Elbe-Grundschule Tespe · Schulstraße 11 · 21395 Tespe</div></div>
<div class="kasten"><h2>Selbst verkaufen</h2><p>Die Nummern werden vergeben.</p>
<ul><li>Anmeldeschluss: <strong>Freitag, 13. November 2026</strong></li>
<li>Abgabe am Freitag vor dem Basar, Abholung am Samstag um 16 Uhr</li></ul></div>
<div class="kasten"><h2>Basar-Café und Helfer</h2><p>Es gibt Kaffee, Kuchen und Brezeln.</p></div>
<div class="kasten"><h2>Alles auf einen Blick</h2><p>Termine findet ihr in unserer App.</p></div>
</div></body></html>"""


def test_the_bazaars_own_page_on_a_snippet() -> None:
    assert readings_on(_BAZAAR, date(2026, 9, 22)) == [
        (
            "Tespe Kinderbasar",
            "2026-11-28T10:00",
            "Elbe-Grundschule Tespe · Schulstraße 11 · 21395 Tespe",
        )
    ]


def test_a_heading_spaced_as_the_title() -> None:
    title = "Tespe Kinderbasar – 28. November 2026"
    assert spaced_as_the_title("TespeKinderbasar", title) == "Tespe Kinderbasar"
    assert spaced_as_the_title("Tespe Kinderbasar", title) == "Tespe Kinderbasar"
    # other letters, or no title: the heading as it reads
    assert spaced_as_the_title("Kinderflohmarkt", title) == "Kinderflohmarkt"
    assert spaced_as_the_title("TespeKinderbasar", None) == "TespeKinderbasar"


def test_the_bazaars_own_page() -> None:
    assert saved_page_readings("static-schulverein-tespe-kinderbasar-2026") == [
        (
            "Tespe Kinderbasar",
            "2026-11-28T10:00",
            "Elbe-Grundschule Tespe · Schulstraße 11 · 21395 Tespe",
        )
    ]
