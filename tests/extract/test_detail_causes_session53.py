"""Causes found on the corpus's single-event pages (kind „detail“) in session 53, each pinned on
a minimal snippet and on its saved page: the records a reader would note, with their names,
starts and places."""

from __future__ import annotations

from datetime import date

from netdir.extract.title_place_tails import name_without_its_place
from netdir.extract.verb_first_remainders import subject_after_the_verb
from netdir.normalize.when import parse_when
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# 1. An event post states its run and place under labels („Date/Time“ / „Date(s) - 14. 07.
#    2012.29. 07. 2012“, a calendar plugin's range whose dash is lost; „Location“ / „B-Swingt
#    Berlin“) and names its workshops in prose without a year („14. Juli: How to be an Awesome
#    social dancer“). Two whole dates glued by a dot are a range; the workshops take the event's
#    year and, lying within its days, its place; the label „Date/Time“ names no workshop.


def test_two_whole_dates_glued_by_a_dot_are_a_range() -> None:
    found = parse_when("Date(s) - 14. 07. 2012.29. 07. 2012", today=date(2026, 6, 13))
    assert (found.start, found.end) == ("2012-07-14", "2012-07-29")
    glued = parse_when("14.07.2012.29.07.2012", today=date(2026, 6, 13))
    assert (glued.start, glued.end) == ("2012-07-14", "2012-07-29")


def test_a_date_ending_a_sentence_before_the_next_is_no_range() -> None:
    # the dot is followed by a space: a sentence may end there, so no range is read
    found = parse_when("am 1.2.2012. 3.4.2013", today=date(2026, 6, 13))
    assert found.end is None


_WORKSHOPS = """<html><head><title>Sommerworkshops | Blog</title></head><body>
<div class="post"><h1 class="entry-title">Berlin: Sommerworkshops</h1>
<div class="entry-content">
<p>Im Studio geht das Kursangebot mit einigen Workshop specials weiter:</p>
<p>14. Juli: Social Dancing Workshop<br />
15. Juli: Lindy Hop Beginner Workshop<br />
21. Juli: West Coast Swing Workshop<br />
22. Juli: Spin &amp; Turn Technique Workshop</p>
<p>jeweils von 12:00 &#8211; 16:00, 36 Euro pro Workshop</p>
<p><strong>Date/Time</strong><br/>
Date(s) - 14. 07. 2012.29. 07. 2012<br /><i>All Day</i></p>
<p><strong>Location</strong><br/>
<a href="/locations/studio/">Tanzstudio Mitte</a></p>
</div></div></body></html>"""


def test_workshops_within_the_events_days_are_held_at_its_place_on_a_snippet() -> None:
    readings = readings_on(_WORKSHOPS, date(2026, 6, 13))
    places = {title: place for title, _, place in readings}
    starts = {title: start for title, start, _ in readings}
    assert starts["Social Dancing Workshop"] == "2012-07-14T12:00"
    assert places["Social Dancing Workshop"] == "Tanzstudio Mitte"
    assert places["Spin & Turn Technique Workshop"] == "Tanzstudio Mitte"
    assert "Date/Time" not in places


def test_rows_outside_the_events_days_take_no_place() -> None:
    # a workshop after the run's last day: the list is not (all) the event's, no place given
    html = _WORKSHOPS.replace("22. Juli: Spin", "30. Juli: Spin")
    places = {title: place for title, _, place in readings_on(html, date(2026, 6, 13))}
    assert places["Social Dancing Workshop"] is None


def test_workshops_within_the_events_days_on_the_page() -> None:
    readings = saved_page_readings("wp-em-hopit-bswingt-sommerworkshops-2012")
    places = {title: place for title, _, place in readings}
    for workshop in (
        "How to be an Awesome social dancer",
        "Lindy Hop Beginner Workshop",
        "West Coast Swing Beginenr Workshop",
        "Spin & Turn Technique Workshop",
        "Internationaler Balboa & Laminu (Slowbal) Workshop",
    ):
        assert places[workshop] == "B-Swingt Berlin"
    assert "Date/Time" not in places


# 2. An event page's name that ends on where it is held („37. Südthüringer Literaturwerkstatt in
#    Rohr“, its text: „im Hotel zum Kloster Rohr“; „Fête du Seeee 2025 im Strandbad Tegelsee“ over
#    the meta line „Strandbad Tegelsee“; „UNICEF-Konzert 2024 am Schiller“ at the
#    Schillergymnasium): the event is the words before the preposition, the ending its place.


def test_name_without_its_place_ending() -> None:
    assert name_without_its_place(
        "Fête du Seeee 2025 im Strandbad Tegelsee", "Strandbad Tegelsee"
    ) == ("Fête du Seeee 2025")
    assert name_without_its_place("37. Literaturwerkstatt in Rohr", "Hotel zum Kloster Rohr") == (
        "37. Literaturwerkstatt"
    )
    assert name_without_its_place("UNICEF-Konzert 2024 am Schiller", "Schillergymnasium") == (
        "UNICEF-Konzert 2024"
    )


def test_an_ending_that_is_not_the_place_stays() -> None:
    assert name_without_its_place("Konzert im Advent", "Stadtkirche") is None
    assert name_without_its_place("Lesung in der Reihe Lyrik", "Stadtbibliothek") is None
    # a spot in the area the title ends on: the title names that area's event
    assert (
        name_without_its_place(
            "Alternativer Weihnachtsmarkt in der Weststadt",
            "Wilhelmsplatz in Heidelberger Weststadt",
        )
        is None
    )
    # one word before the preposition says too little: the name stays whole
    assert name_without_its_place("Sommerfest im Park", "Park") is None


_FEST = """<html><head><title>Verein</title></head><body><main>
<h1>Großes Sommerfest 2025 im Strandbad Tegelsee</h1>
<p><strong>Wann:</strong> Samstag, 30. August 2025, 14 Uhr</p>
<p><strong>Wo:</strong> Strandbad Tegelsee</p>
<p>Alle sind herzlich eingeladen!</p>
</main></body></html>"""


def test_name_without_its_place_on_a_snippet() -> None:
    readings = readings_on(_FEST, date(2025, 8, 1))
    assert [(title, start) for title, start, _ in readings] == [
        ("Großes Sommerfest 2025", "2025-08-30T14:00")
    ]
    assert readings[0][2] == "Strandbad Tegelsee"


def test_a_name_whose_ending_is_another_place_stays_whole() -> None:
    html = _FEST.replace(
        "<strong>Wo:</strong> Strandbad Tegelsee", "<strong>Wo:</strong> Vereinsheim"
    )
    assert (
        readings_on(html, date(2025, 8, 1))[0][0] == "Großes Sommerfest 2025 im Strandbad Tegelsee"
    )


def test_names_without_their_place_on_the_pages() -> None:
    for page, name in (
        (
            "handwritten-literaturverein-suedthueringen-literaturwerkstatt-2026",
            "37. Südthüringer Literaturwerkstatt",
        ),
        ("html-kulturinselmoabit-fete-2025", "Fête du Seeee 2025"),
        ("eleventy-schiller-muenster-unicef-konzert-2024", "UNICEF-Konzert 2024"),
    ):
        assert name in {title for title, _, _ in saved_page_readings(page)}, page


# 3. A dated sentence that puts its verb right after the day („Am Sonntag (17.7.) geht die
#    partizipative Baustelle in die nächste Runde.“, „Am Samstag, den 21. November, startet zum
#    elften Mal die Europäische Woche der Abfallvermeidung (EWAV).“): without the day the row's
#    name opened with the verb; the event is the subject after it.


def test_subject_after_the_verb() -> None:
    assert subject_after_the_verb("geht die partizipative Baustelle in die nächste Runde.") == (
        "Partizipative Baustelle"
    )
    assert subject_after_the_verb(
        "startet zum elften Mal die Europäische Woche der Abfallvermeidung (EWAV). Bis zum …"
    ) == ("Europäische Woche der Abfallvermeidung")


def test_other_remainders_keep_their_name() -> None:
    assert subject_after_the_verb("geht es los") is None  # no subject after an article
    assert subject_after_the_verb("steigt die Stimmung gewaltig") is None  # ends on an adverb
    assert subject_after_the_verb("Sommerfest der Gemeinde") is None  # no verb first


_BUILDING_SITE = """<html><head><title>Blog</title></head><body><main class="section">
<section class="column"><h1 class="title">Reste retten</h1>
<div class="content">
<p>Am Sonntag (17.7.) geht die offene Baustelle in die nächste Runde.
Wie in den letzten Baustellen-Wochen ist die Teilnahme kostenlos und beinhaltet drei Mahlzeiten pro Tag.</p>
<p>Nächste Woche Donnerstag um 20:30 Uhr dürfen wir <a href="https://example.org/am">Anna Muster</a>,
Journalistin und Autorin, auf der offenen Baustelle begrüßen.
Anna Muster ist Mitbegründerin von <a href="https://example.org/">Teilen e.V.</a> und als Regisseurin
für die Filme <a href="https://example.org/reste"><strong>Reste retten</strong></a> und
<a href="https://example.org/satt"><strong>Alle satt – Wie geht das?</strong></a> bekannt.
Wir freuen uns auf einen spannenden Abend zu den Themen Landwirtschaft und Essen.</p>
</div></section></main></body></html>"""


def test_subject_after_the_verb_on_a_snippet() -> None:
    readings = readings_on(_BUILDING_SITE, date(2022, 7, 14))
    assert [(title, start) for title, start, _ in readings] == [("Offene Baustelle", "2022-07-17")]


def test_subjects_after_the_verb_on_the_pages() -> None:
    starts = {title: start for title, start, _ in saved_page_readings("ca-taste-the-waste-2022")}
    assert starts["Partizipative Baustelle"] == "2022-07-17"
    readings = saved_page_readings("hugo-deepwave-woche-abfallvermeidung-2020")
    starts = {title: start for title, start, _ in readings}
    assert starts["Europäische Woche der Abfallvermeidung"] == "2020-11-21"
