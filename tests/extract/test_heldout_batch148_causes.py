"""Causes found on held-out German batch 148 of the real-page corpus (education and public
knowledge: the Süderelbe-Archiv's Termine, Aktivitäten and start page, the MINTarium's programme
and past events), each pinned on a minimal snippet and on its page: the records a reader would
note, with their names, starts and places."""

from __future__ import annotations

from datetime import date

from netdir.extract.prose_times import prose_time
from netdir.extract.remarked_days import day_of_a_list_line
from netdir.extract.rule_places import place_of_the_rule
from netdir.extract.titled_in_prose import names_dates, quoted_title
from netdir.extract.venue_address_lines import venue_and_address
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# 1. A list item that is a day and a bracketed remark on it is a day of the list, named as the
#    list's other days: „8. März (Hamburger Frühjahrsferien)“, „17. Mai (wegen des
#    Himmelfahrtstags am 10. Mai)“ — the bracket says why that day, and its own day is no meeting.
#    „Nächstes Treffen:“ before the first day only says it is the group's next meeting.

_MEETINGS = """<html><head><title>Termine</title></head><body><div class="page">
<h1>Termine</h1>
<h2>Geschichtsgruppe</h2>
<p>Nächstes Treffen: <strong>Donnerstag, 8. März 2018, 19:30 Uhr</strong></p>
<p>Bücherhalle Neugraben<br>Am Neugrabener Markt 7<br>21149 Hamburg.</p>
<p>Nächste Termine für 2018 (jeweils am zweiten Donnerstag eines Monats):</p>
<ul>
<li>8. März (Hamburger Frühjahrsferien)</li>
<li>12. April</li>
<li>17. Mai (wegen des Himmelfahrtstags am 10. Mai)</li>
<li>14. Juni</li>
</ul>
</div></body></html>"""


def test_day_with_a_bracketed_remark_on_a_snippet() -> None:
    readings = readings_on(_MEETINGS, date(2018, 3, 8))
    assert [(title, start) for title, start, _ in readings] == [
        ("Geschichtsgruppe", "2018-03-08T19:30"),
        ("Geschichtsgruppe", "2018-04-12"),
        ("Geschichtsgruppe", "2018-05-17"),
        ("Geschichtsgruppe", "2018-06-14"),
    ]


def test_a_remark_that_calls_the_day_off_leaves_no_day() -> None:
    assert day_of_a_list_line("8. März (Hamburger Frühjahrsferien)") == "8. März"
    assert day_of_a_list_line("17. Mai (wegen des Himmelfahrtstags am 10. Mai)") == "17. Mai"
    assert day_of_a_list_line("12. April") == "12. April"
    assert day_of_a_list_line("5. Mai (entfällt)") is None
    # a bracket that names a place is that day's row, not a remark on the day
    assert day_of_a_list_line("Donnerstag, 05.09.2024 18:30h (Zum Alten Markt)") is None
    assert day_of_a_list_line("5. Mai - Ausflug nach Stade") is None


def test_remarked_days_on_the_page() -> None:
    readings = saved_page_readings("jekyll-suederelbe-archiv-termine-2018")
    group = sorted(start or "" for title, start, _ in readings if title == "Geschichtsgruppe")
    assert group == ["2018-03-08T19:30", "2018-04-12", "2018-05-17", "2018-06-14"]
    assert not any(title == "Nächstes Treffen" for title, _, _ in readings)


# 2. A venue's name over its street and its postcode with the town, below a day heading, is
#    where — „Archiv-Ecke in der Bücherhalle Neugraben“ / „Am Neugrabener Markt 7“ / „21149
#    Hamburg.“ — and the section above names what is held there; the listed days under a
#    heading that gives the first of them with its hours keep those hours for that day.

_OPEN_DAYS = """<html><head><title>Termine</title></head><body><div class="page">
<h1>Termine</h1>
<h2>Offener Treffpunkt</h2>
<h3>Sonnabend, 7. April 2018, 10:00 bis 12:00 Uhr</h3>
<p>Archiv-Ecke in der Bücherhalle Neugraben<br>Am Neugrabener Markt 7<br>21149 Hamburg.</p>
<p>Mitglieder der Geschichtsarbeitsgruppe erteilen Auskunft über die Archivbestände.</p>
<p>Nächste Termine für 2018 (jeweils sonnabends):</p>
<ul><li>7. April</li><li>5. Mai</li><li>2. Juni</li></ul>
<h2>Stadtteilrundgänge</h2>
<h3>Sonnabend, 26. Mai 2018 - Der historische Dorfkern Neugraben</h3>
<p>Treffpunkt um 14:30 Uhr vor dem BGZ Süderelbe.</p>
</div></body></html>"""


def test_venue_over_its_address_on_a_snippet() -> None:
    readings = readings_on(_OPEN_DAYS, date(2018, 3, 8))
    open_days = [
        (start, place) for title, start, place in readings if title == "Offener Treffpunkt"
    ]
    assert open_days[0][0] == "2018-04-07T10:00"
    assert [start for start, _ in open_days[1:]] == ["2018-05-05", "2018-06-02"]
    assert all(place and "Bücherhalle Neugraben" in place for _, place in open_days)
    assert not any(title and title.startswith("Archiv-Ecke") for title, _, _ in readings)


def test_venue_and_address_lines() -> None:
    lines = ["Archiv-Ecke in der Bücherhalle Neugraben", "Am Neugrabener Markt 7", "21149 Hamburg."]
    assert venue_and_address(lines) == (
        "Archiv-Ecke in der Bücherhalle Neugraben, Am Neugrabener Markt 7, 21149 Hamburg"
    )
    # a name over a street without a town line below is left to the other readers
    assert venue_and_address(["Mitgliederversammlung", "Hauptstraße 5"]) is None


def test_venue_over_its_address_on_the_page() -> None:
    readings = saved_page_readings("jekyll-suederelbe-archiv-termine-2018")
    open_days = [
        (start, place) for title, start, place in readings if title == "Offener Treffpunkt"
    ]
    assert [start for start, _ in open_days] == [
        "2018-04-07T10:00",
        "2018-05-05",
        "2018-06-02",
        "2018-07-07",
    ]
    assert all(
        place and place.startswith("Archiv-Ecke in der Bücherhalle") for _, place in open_days
    )


# 3. A section's block whose one sub-heading gives the day and a name is named by that heading:
#    „<h2>Stadtteilrundgänge</h2><h3>Sonnabend, 26. Mai 2018 - Der historische Dorfkern
#    Neugraben</h3>“ is the walk „Der historische Dorfkern Neugraben“.


def test_name_in_the_day_heading_on_a_snippet() -> None:
    starts = {title: start for title, start, _ in readings_on(_OPEN_DAYS, date(2018, 3, 8))}
    assert starts["Der historische Dorfkern Neugraben"] == "2018-05-26T14:30"
    assert "Stadtteilrundgänge" not in starts


def test_name_in_the_day_heading_on_the_page() -> None:
    readings = saved_page_readings("jekyll-suederelbe-archiv-termine-2018")
    starts = {title: start for title, start, _ in readings}
    assert starts["Der historische Dorfkern Neugraben"] == "2018-05-26T14:30"


# 4. A heading that names only the kind of event before its day takes its subject from the
#    bold line right below it: „Gedenkveranstaltung am Do, 19. September 2019“ over
#    „<strong>75 Jahre Außenlager Falkenbergsweg</strong>“; a heading's closing bracket led by
#    a place's preposition — „Offener Treffpunkt (in der Bücherhalle Neugraben)“ — says where.

_NEWS = """<html><head><title>Aktuell</title></head><body><div class="page">
<h1>Aktuelles aus dem Archiv</h1>
<h2><strong>Gedenkveranstaltung am Do, 19. September 2019</strong></h2>
<p><strong>75 Jahre Außenlager Falkenbergsweg</strong></p>
<p>Am Donnerstag, dem 19. September um 19:00 Uhr findet eine Gedenkveranstaltung statt.</p>
<hr>
<h2>Offener Treffpunkt (in der Bücherhalle Neugraben)</h2>
<p>Sa, 7. September 2019, von 10:00 bis 12:00 Uhr</p>
<p>Mitglieder des Archivs geben Auskunft zu den Beständen.</p>
<hr>
<h2>Lesung am 21. September 2019</h2>
<p>Im Kulturhaus liest die Autorin aus ihrem neuen Roman.</p>
</div></body></html>"""


def test_kind_heading_and_bracketed_place_on_a_snippet() -> None:
    readings = readings_on(_NEWS, date(2019, 9, 7))
    by_title = {title: (start, place) for title, start, place in readings}
    assert by_title["Gedenkveranstaltung: 75 Jahre Außenlager Falkenbergsweg"][0] == (
        "2019-09-19T19:00"
    )
    assert by_title["Offener Treffpunkt"] == ("2019-09-07T10:00", "Bücherhalle Neugraben")
    # a kind heading over prose (no bold line of its own) keeps its one word
    assert "Lesung" in by_title


def test_a_bold_label_is_no_subject() -> None:
    html = _NEWS.replace("75 Jahre Außenlager Falkenbergsweg", "Alle Eckdaten:")
    titles = {title for title, _, _ in readings_on(html, date(2019, 9, 7))}
    assert "Gedenkveranstaltung" in titles


def test_kind_heading_and_bracketed_place_on_the_page() -> None:
    readings = saved_page_readings("jekyll-suederelbe-archiv-aktuell-2019-09")
    by_title = {title: (start, place) for title, start, place in readings}
    assert by_title["Gedenkveranstaltung: 75 Jahre Außenlager Falkenbergsweg"][0] == (
        "2019-09-19T19:00"
    )
    assert by_title["Offener Treffpunkt"] == ("2019-09-07T10:00", "Bücherhalle Neugraben")


# 5. The clock of a group's rule in its description — „Regelmäßig trifft sich eine
#    Geschichtsgruppe, in der Regel am 2. Donnerstag im Monat um 18:30 Uhr, in der Bücherhalle
#    …“, a paragraph longer than the prose lines read for a start — is the clock of the days it
#    lists; the place after that clock („in der Bücherhalle Neugraben“) is where they are held.

_RULE = (
    "Regelmäßig trifft sich eine Geschichtsgruppe, in der Regel am 2. Donnerstag im Monat um "
    "18:30 Uhr, in der Bücherhalle Neugraben zu einem Arbeitstreffen, um sich zu relevanten "
    "Themen auszutauschen und Aktivitäten zu besprechen, planen und umzusetzen. Die "
    "Geschichtsgruppe ist offen für alle an Lokal- und Regionalgeschichte Interessierten."
)


def test_rule_clock_on_a_snippet() -> None:
    days = "Arbeitsgruppen-Termine: 12. September, 10. Oktober und 14. November."
    assert prose_time([_RULE, days], days) == "18:30 Uhr"
    # a rule without its clock gives none
    assert prose_time(["Wir treffen uns jeden Donnerstag im Monat.", days], days) is None


def test_rule_clock_on_the_page() -> None:
    readings = saved_page_readings("jekyll-suederelbe-archiv-aktivitaeten-2019")
    starts = [start for title, start, _ in readings if title == "Arbeitsgruppe"]
    assert starts == [
        "2019-09-12T18:30",
        "2019-10-10T18:30",
        "2019-11-14T18:30",
        "2019-12-12T18:30",
    ]


def test_rule_place_on_a_snippet() -> None:
    assert place_of_the_rule([_RULE]) == "Bücherhalle Neugraben"
    assert place_of_the_rule(["Wir treffen uns um 18 Uhr in der Bücherhalle."]) is None


def test_rule_place_on_the_page() -> None:
    readings = saved_page_readings("jekyll-suederelbe-archiv-aktivitaeten-2019")
    places = {place for title, _, place in readings if title == "Arbeitsgruppe"}
    assert places == {"Bücherhalle Neugraben"}


# 6. A section headed by a label of dates („Themenabende 2019 - neue Termine“) takes its
#    evening's name from the title its prose quotes after „Unter dem Titel“.

_TALKS = """<html><head><title>Aktuell</title></head><body><div class="page">
<h1>Aktuelles</h1>
<h2><strong>Themenabende 2019 - neue Termine</strong></h2>
<p>Der dritte Themenabend in diesem Jahr findet am Donnerstag, 26. September 2019, um 19:30 Uhr
im Stadtteilsaal des BGZ Süderelbe statt. Unter dem Titel &ldquo;Vom NF 15 zu NF 65&rdquo; wird
die Siedlungsgeschichte dargestellt.</p>
<hr>
<h2>Sommerfest am 28. September 2019</h2>
<p>Unter dem Titel &ldquo;Alte Bilder, neue Freunde&rdquo; feiern wir im Garten des Archivs.</p>
<hr>
<h2>Lesung am 10. Oktober 2019</h2>
<p>Die Autorin liest aus ihrem Buch über den Hafen.</p>
</div></body></html>"""


def test_quoted_title_on_a_snippet() -> None:
    starts = {title: start for title, start, _ in readings_on(_TALKS, date(2019, 9, 7))}
    assert starts["Vom NF 15 zu NF 65"] == "2019-09-26T19:30"
    # a heading that names its event keeps its name: the quote is its motto
    assert "Sommerfest" in starts
    assert quoted_title(["Ein Abend zum Thema „Hamburg im Wandel der Zeit“."]) == (
        "Hamburg im Wandel der Zeit"
    )
    assert names_dates("Themenabende 2019 - neue Termine")
    assert not names_dates("Sommerfest")


def test_quoted_title_on_the_page() -> None:
    readings = saved_page_readings("jekyll-suederelbe-archiv-aktuell-2019-09")
    starts = {title: start for title, start, _ in readings}
    assert starts["Vom NF 15 zu NF 65"] == "2019-09-26T19:30"
    assert "Themenabende 2019 - neue Termine" not in starts
