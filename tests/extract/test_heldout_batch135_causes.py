"""Causes found on held-out German batch 135 of the real-page corpus (public administration: the
training page of the federal Zentrum für Legistik), each pinned on a minimal snippet and on its
page: the records a reader would note, with their names, starts and places."""

from __future__ import annotations

from datetime import date

from netdir.extract.name_notes import without_name_notes
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# 1. A closing bracket that only says how long a course or session lasts („(1,5 Stunden)“,
#    „(ca. 1,5 Stunden)“, „(4 Tage)“, „(90 Min.)“) is no part of its name — also when the
#    heading over a table of its dates names each row.

_COURSES = """<html><body><h1>Schulungen</h1><section><h2>Schulungen des Amtes</h2>
<div class="courses">
<div><h3>Regelwerke verständlich schreiben <span>(1,5 Stunden)</span></h3>
<p>Inhalte: verständliche Sprache, Aufbau von Normen</p>
<table><thead><tr><th>Datum</th><th>Uhrzeit</th><th>Ort</th></tr></thead><tbody>
<tr><td>Mo, 10.08.2026</td><td>10:00-11:30</td><td>online</td></tr>
<tr><td>Do, 27.08.2026</td><td>14:00-15:30</td><td>online</td></tr>
<tr><td>Di, 08.09.2026</td><td>13:00-14:30</td><td>online</td></tr>
</tbody></table></div>
<div><h3>Methodenblitz: Umgang mit Risiken (ca. 1,5 Stunden)</h3>
<p>Einzelne Methoden werden vorgestellt.</p>
<table><thead><tr><th>Datum</th><th>Uhrzeit</th><th>Ort</th></tr></thead><tbody>
<tr><td>Mittwoch, 22.04.2026</td><td>09:10 – 10:00 Uhr</td><td>Online</td></tr>
<tr><td>Mittwoch, 06.05.2026</td><td>09:15 – 09:45 Uhr</td><td>Online</td></tr>
</tbody></table></div>
{third}
</div></section></body></html>"""

_NO_THIRD = ""


def test_a_length_in_brackets_is_no_part_of_the_name() -> None:
    assert without_name_notes("Methodenblitz: Umgang mit Risiken (ca. 1,5 Stunden)") == (
        "Methodenblitz: Umgang mit Risiken"
    )
    assert without_name_notes("Basisschulung für Legistinnen und Legisten (4 Tage)") == (
        "Basisschulung für Legistinnen und Legisten"
    )
    assert without_name_notes("Stadtführung (90 Min.)") == "Stadtführung"
    assert without_name_notes("Workshop (2 hours)") == "Workshop"
    # a bracket that says more than a length, or a length inside the name, stays
    assert without_name_notes("Kurs (2 Tage, mit Übernachtung)") == (
        "Kurs (2 Tage, mit Übernachtung)"
    )
    assert without_name_notes("24 Stunden von Le Mans") == "24 Stunden von Le Mans"
    assert without_name_notes("(3 Stunden)") == "(3 Stunden)"  # nothing left to name it


def test_rows_named_by_a_heading_with_a_length_bracket() -> None:
    records = readings_on(_COURSES.format(third=_NO_THIRD), date(2026, 4, 1))
    assert ("Regelwerke verständlich schreiben", "2026-08-10T10:00", "online") in records
    assert ("Methodenblitz: Umgang mit Risiken", "2026-04-22T09:10", "Online") in records
    assert ("Methodenblitz: Umgang mit Risiken", "2026-05-06T09:15", "Online") in records
    assert not any(title and "Stunden" in title for title, _, _ in records)


# 2. A course whose one date stands in a line of its section („<li><p>Termin: Freitag, 11.09.2026
#    von 09:00-16:30 Uhr</p> …</li>“) beside courses whose dates fill tables, in a section built as
#    theirs (a heading of the same level in a box beside theirs), is one more course of the list,
#    named by its heading.

_THIRD = """<div><h3>Visualisierung als Werkzeug der Besseren Rechtsetzung</h3>
<p>In Kooperation mit der Bundesakademie bietet das Amt im September seine Schulung an.</p>
<ul><li><p class="font-bold">Termin: Freitag, 11.09.2026 von 09:00-16:30 Uhr</p>Eine
Beschreibung und die Anmeldung finden Sie im Fortbildungsportal.<br></li></ul>
<a href="https://example.org/anmeldung">Zur Anmeldung</a></div>
<div><h3>Basisschulung (4 Tage)</h3><p>Die Basisschulung wird aktuell überarbeitet.</p></div>"""

_THIRD_OUTSIDE = """</div><div class="other"><h2>Weitere Angebote</h2><ul>
<li><p>Termin: Freitag, 11.09.2026 von 09:00-16:30 Uhr</p>Eine Beschreibung finden Sie dort.</li>
</ul>"""


def test_a_dated_line_in_a_section_beside_the_listed_ones() -> None:
    records = readings_on(_COURSES.format(third=_THIRD), date(2026, 8, 17))
    assert (
        "Visualisierung als Werkzeug der Besseren Rechtsetzung",
        "2026-09-11T09:00",
        None,
    ) in records
    assert len(records) == 6  # the Basisschulung names no day: no record


def test_a_dated_line_under_another_kind_of_heading_is_not_named_so() -> None:
    # under an h2 of its own, not a section built as the courses' sections: not one of them
    records = readings_on(_COURSES.format(third=_THIRD_OUTSIDE), date(2026, 8, 17))
    assert not any(title and title.startswith("Weitere") for title, _, _ in records)
    assert not any(
        start == "2026-09-11T09:00" and title and "Visual" in title for title, start, _ in records
    )


def test_zfl_training_pages() -> None:
    may = saved_page_readings("astro-zfl-schulungen-2026-05")
    assert len(may) == 8
    assert ("Methodenblitz: Umgang mit Risiken", "2026-04-22T09:10", "Online") in may
    assert (
        "Regelungen digitaltauglich gestalten – praktische Tipps für den Digitalcheck",
        "2026-04-01T10:30",
        "online",
    ) in may
    august = saved_page_readings("astro-zfl-schulungen-2026-08")
    assert len(august) == 5
    assert (
        "Visualisierung als Werkzeug der Besseren Rechtsetzung",
        "2026-09-11T09:00",
        None,
    ) in august
