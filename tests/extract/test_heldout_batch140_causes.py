"""Causes found on held-out German batch 140 of the real-page corpus (culture, churches, youth and
education: an evangelist's bookings under his home page's contact form, a nephrology lecture
series' home page), each pinned on a minimal snippet and on its page: the records a reader would
note, with their names, starts and places."""

from __future__ import annotations

from datetime import date

from netdir.extract.edition_subjects import edition_subject
from netdir.extract.greeting_headings import is_greeting
from netdir.extract.hybrid_places import in_person_place
from netdir.extract.kind_town_titles import rows_held_in_their_town
from netdir.extract.place_lines import names_a_venue_word
from netdir.extract.status_badge import status_tail
from netdir.records import RawRecord
from tests.extract.realpage_inspect import readings_on, saved_page_readings

_HOME = """<html><body>
<section id="ressourcen"><div class="artikel">
<h2>Blog-Artikel</h2>
<article><h4>Die 1J-Regel</h4><small>16.12.2021</small>
<p>Wir leben in unsicheren Zeiten. Manchmal machen sie uns Angst.</p><br>
<a href="/blog/die-1j-regel/">Weiterlesen ...</a></article>
<article><h4>Fürchte dich nicht!</h4><small>30.12.2020</small>
<p>So oft in der Bibel redet Gott zu uns.</p><br>
<a href="/blog/fuerchte-dich-nicht/">Weiterlesen ...</a></article>
<article><h4>Worum geht es?</h4><small>19.11.2019</small>
<p>Wenn alles betrachtet und über alles nachgedacht ist.</p><br>
<a href="/blog/worum/">Weiterlesen ...</a></article>
</div></section>
<section id="kontakt"><h2>Kontakt</h2>
<div class="termine"><h2>Bereits gebucht in naher Zukunft:</h2>
<div class="termine__list">
<div class="termine__item"><strong>03.12.2021:</strong>
 &nbsp;Evangelisation Waren (Müritz) 17 Uhr: abgesagt wg. Covid-19</div>
<div class="termine__item"><strong>12.12.2021:</strong> &nbsp;EFG Zeesen 10 Uhr</div>
<div class="termine__item"><strong>09.01.2022:</strong> &nbsp;EFG Waren (Müritz) 9:30 Uhr</div>
</div></div></section>
</body></html>"""


# 1. A blog's teasers under a heading of posts („Blog-Artikel“) — a title, the day it was
#    written alone on its line, an excerpt and a „Weiterlesen“ link — are posts, no offerings;
#    the heading counts also where it stands beside the teasers in their one container.


def test_read_more_teasers_under_a_posts_heading_are_no_offerings() -> None:
    titles = [title for title, _, _ in readings_on(_HOME, date(2021, 11, 29))]
    assert "Die 1J-Regel" not in titles
    assert "Fürchte dich nicht!" not in titles
    assert "Worum geht es?" not in titles


def test_a_teaser_that_announces_its_day_stays() -> None:
    html = """<html><body><div class="artikel"><h2>Blog-Artikel</h2>
<article><h4>Sommerfest</h4><small>02.06.2021</small>
<p>Unser Sommerfest findet am 3. Juli 2021 um 15 Uhr im Pfarrgarten statt.</p>
<a href="/blog/sommerfest/">Weiterlesen</a></article>
<article><h4>Orgelvesper</h4><small>03.06.2021</small>
<p>Die Orgelvesper findet am 10. Juli 2021 um 18 Uhr in der Stadtkirche statt.</p>
<a href="/blog/vesper/">Weiterlesen</a></article>
<article><h4>Kinderbibeltag</h4><small>04.06.2021</small>
<p>Der Kinderbibeltag findet am 17. Juli 2021 um 10 Uhr im Gemeindehaus statt.</p>
<a href="/blog/kibita/">Weiterlesen</a></article>
<article><h4>Neue Webseite</h4><small>01.03.2021</small><p>Wir sind online.</p>
<a href="/blog/web/">Weiterlesen</a></article>
</div></body></html>"""
    titles = [title for title, _, _ in readings_on(html, date(2021, 6, 5))]
    assert {"Sommerfest", "Orgelvesper", "Kinderbibeltag"} <= set(titles)
    assert "Neue Webseite" not in titles


# 2. A row's name followed by its clock and, after a colon, the remark that it is called off
#    („… 17 Uhr: abgesagt wg. Covid-19“) is named without the clock and the remark (after a dash
#    the remark stays, as an agenda centre's rows are named).


def test_status_remark_after_the_name() -> None:
    assert status_tail("Evangelisation Waren (Müritz) 17 Uhr: abgesagt wg. Covid-19") == (
        "Evangelisation Waren (Müritz)",
        "abgesagt wg. Covid-19",
    )
    assert status_tail("Konzert im Park: entfällt") == ("Konzert im Park", "entfällt")
    # after a dash the status stays part of the row's name („DRC Meeting on December 2, 2020 -
    # CANCELLED“ on an agenda centre's list)
    assert status_tail("Konzert im Park - entfällt") is None
    # a colon before a name's second part is no status
    assert status_tail("Vortrag: Die Geschichte der Orgel") is None
    assert status_tail("Lesung: abgesagte Träume") is None


def test_the_cancelled_rows_are_named_without_clock_and_status() -> None:
    records = readings_on(_HOME, date(2021, 11, 29))
    assert ("Evangelisation Waren (Müritz)", "2021-12-03T17:00") in [(t, s) for t, s, _ in records]


# 3. A single-event page whose header heading only links home („<a href="/index.html"><h1>…
#    </h1></a>“, the site's name) and whose content heading is a letter's salutation („Liebe
#    Kolleginnen und Kollegen,“) is named by the sentence that says the session takes place,
#    the series' name between the ordinal and the year („Das neunte Barmbeker Nephrologie
#    Gespräch des Jahres 2023 findet …“); a hybrid session is held where it meets in person
#    („live in Hamburg-Barmbek oder online über Teams“).


def test_edition_subject_and_salutation() -> None:
    assert (
        edition_subject("Das neunte Barmbeker Nephrologie Gespräch des Jahres 2023 findet live")
        == "Barmbeker Nephrologie Gespräch"
    )
    assert (
        edition_subject("Das sechste Barmbeker Nephrologie Gespräch 2024 findet am 19.09.2024")
        == "Barmbeker Nephrologie Gespräch"
    )
    assert edition_subject("Das Sommerfest findet am 3. Juli statt") is None
    assert is_greeting("Liebe Kolleginnen und Kollegen,")
    assert is_greeting("Liebe Mitglieder,")
    assert not is_greeting("Liebe, Tod und Teufel")


def test_in_person_place_of_a_hybrid_session() -> None:
    assert (
        in_person_place(
            "Das Gespräch findet am 19.09.2024 ab 16:00 Uhr live in Hamburg-Barmbek oder online "
            "über Microsoft Teams statt."
        )
        == "Hamburg-Barmbek"
    )
    assert (
        in_person_place("Der Kurs findet vor Ort im Gemeindehaus St. Martin oder online statt.")
        == "Gemeindehaus St. Martin"
    )
    assert in_person_place("Der Vortrag findet online über Zoom statt.") is None
    assert in_person_place("Live in Berlin oder online: unsere Konzerte") is None


def test_series_home_page_is_named_by_its_sentence_and_held_in_person() -> None:
    html = """<html><body>
<div class="row"><a href="/index.html"><h1>Your awesome title</h1></a></div>
<nav><ul><li><a href="/">Startseite</a></li><li><a href="/termine.html">Termine</a></li></ul></nav>
<h2>Liebe Kolleginnen und Kollegen,</h2>
<p>Das neunte Barmbeker Nephrologie Gespräch des Jahres 2023 findet live in Hamburg-Barmbek oder
online über Teams am Donnerstag, den 09. November 2023 ab 16:00 Uhr statt.</p>
<p>Es geht um die Lipidsenkung mit neuen Medikamenten.</p>
</body></html>"""
    assert readings_on(html, date(2023, 11, 6)) == [
        ("Barmbeker Nephrologie Gespräch", "2023-11-09T16:00", "Hamburg-Barmbek")
    ]


def test_saved_pages() -> None:
    assert saved_page_readings("jekyll-bng-barmbek-home-2023-11") == [
        ("Barmbeker Nephrologie Gespräch", "2023-11-09T16:00", "Hamburg-Barmbek")
    ]
    assert saved_page_readings("jekyll-bng-barmbek-home-2024-09") == [
        ("Barmbeker Nephrologie Gespräch", "2024-09-19T16:00", "Hamburg-Barmbek")
    ]
    bookings = saved_page_readings("jekyll-amadeusvadonis-termine-2021-11")
    assert len(bookings) == 8  # the eight bookings, none of the blog teasers above them
    assert [(title, start) for title, start, _ in bookings[:3]] == [
        ("Evangelisation Waren (Müritz)", "2021-12-03T17:00"),
        ("Evangelisation Waren (Müritz)", "2021-12-10T17:00"),
        ("EFG Zeesen", "2021-12-12T10:00"),
    ]
    assert len(saved_page_readings("jekyll-amadeusvadonis-termine-2022-06")) == 8


# 4. A free church's congregation by its short form and town („EFG Zeesen“, „FeG Lüdenscheid“,
#    „EFG Waren (Müritz)“ with the town's bracketed qualifier) is a venue: a booked row named
#    by nothing else is held there.


def test_congregation_rows_are_held_at_the_congregation() -> None:
    assert names_a_venue_word("EFG Zeesen")
    assert names_a_venue_word("FeG Lüdenscheid")
    assert not names_a_venue_word("REFG Test")
    records = readings_on(_HOME, date(2021, 11, 29))
    assert ("EFG Zeesen", "2021-12-12T10:00", "EFG Zeesen") in records
    assert ("EFG Waren (Müritz)", "2022-01-09T09:30", "EFG Waren (Müritz)") in records


def test_saved_bookings_at_congregations() -> None:
    bookings = saved_page_readings("jekyll-amadeusvadonis-termine-2021-11")
    assert ("EFG Eisenhüttenstadt", "2022-01-16T10:00", "EFG Eisenhüttenstadt") in bookings


# 5. A row named by its kind and a town the gazetteer knows („Evangelisation Waren (Müritz)“ —
#    the bracketed qualifier tells the town from the everyday word „Waren“) is held in that
#    town; a name of other words keeps no such place.


def _booked(title: str) -> RawRecord:
    return RawRecord(
        source_id="t", page_url="https://example.org/", extractor="listing", title=title,
        date_text="18.09.2022",
    )  # fmt: skip


def test_rows_held_in_the_town_after_their_kind() -> None:
    records = [
        _booked("Evangelisation Waren (Müritz)"),
        _booked("Bootsmesse Düsseldorf"),
        _booked("Sommerfest Waren"),  # the everyday word without its qualifier
        _booked("Konzert mit Chor Düsseldorf"),
    ]
    rows_held_in_their_town(records)
    assert [r.location_text for r in records] == ["Waren (Müritz)", "Düsseldorf", None, None]


def test_saved_evangelisation_week() -> None:
    week = saved_page_readings("jekyll-amadeusvadonis-termine-2022-06")
    assert week[2] == ("Evangelisation Waren (Müritz)", "2022-09-18", "Waren (Müritz)")
