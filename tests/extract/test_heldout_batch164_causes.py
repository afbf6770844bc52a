"""Causes found on held-out German batch 164 of the real-page corpus (health, social and nature
life: the Wanderplan of a Pfälzerwald-Verein group, the Zoom meetings of a self-help group, the
past runs and talks of a mental-health seminar), each pinned on a minimal snippet and on its page:
the records a reader would note, with their names, starts and places."""

from __future__ import annotations

from datetime import date

from netdir.extract.notices import is_report
from netdir.normalize.title_status import without_booking_status, without_status_marks
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# 1. A walking club's plan names each outing in bold over its notes, in one cell: „<b>Radtour um
#    den Hockenheimring</b><br>ca. 40 km.“, „<b>Der komplette Rodalbener Felsenwanderweg</b><br>
#    mit Übernachtung auf dem Hilschberghaus.“, „<b>Adventsfeier</b><BR>Treffpunkt: 15:00 Uhr,
#    Vereinsheim Skiclub Speyer.“. A short lower-case line went on with the name („… ca. 40
#    km.“), and a one-word name took the cell's next line with it („Adventsfeier Treffpunkt:“).
#    A line that opens with an abbreviation or ends a sentence is a note; a bold word over the
#    rest is a name. Struck-out rows carry „>>>ABGESAGT<<<“ after the name, as others carry
#    „(abgesagt)“ — the record's status says it, the name goes without.

_PLAN = (
    "<html><body><table id='wanderplan'><thead><tr><th>Datum</th><th>Veranstaltung</th>"
    "<th>Art</th><th>Wanderführung/<br>Organisation</th><th>Details/Links</th></tr></thead><tbody>"
    "<tr><td><b>Samstag<br>09.07.2022</b></td><td><b>Radtour um den Hockenheimring</b><br>"
    "ca. 40 km. </td><td><img src='RAD-Rxs.png'></td><td>Helmut Back</td><td></td></tr>"
    "<tr><td><b>Sonntag<br>10.07.2022</b></td><td><b>Der komplette Rodalbener "
    "Felsenwanderweg</b><br>mit Übernachtung auf dem Hilschberghaus.</td><td></td>"
    "<td>B. Steigleider</td><td></td></tr>"
    "<tr><td><b>Freitag<br>07.10.2022</b></td><td><b>Monatstreffen Oktober</b><br>u. a "
    "Vorstellung der eingegangenen Wandervorschläge.<BR>Treffpunkt: 17:00 Uhr, Vereinsheim "
    "Skiclub Speyer. </td><td></td><td>Helmut Back</td><td></td></tr>"
    "<tr><td><b>Samstag<br>03.12.2022</b></td><td><b>Adventsfeier</b><BR>Treffpunkt: 15:00 "
    "Uhr, Vereinsheim Skiclub Speyer. </td><td></td><td>Helmut Back</td><td></td></tr>"
    "<tr><td><b>Sonntag<br>11.12.2022</b></td><td><b>Geschwaderfahrt nach Alicante</b><br>"
    "zu den Fiestas de San Juan</td><td></td><td>N. N.</td><td></td></tr>"
    "</tbody></table></body></html>"
)


def test_bold_names_over_their_notes_on_a_snippet() -> None:
    readings = readings_on(_PLAN, date(2022, 6, 14))
    assert [title for title, _, _ in readings] == [
        "Radtour um den Hockenheimring",
        "Der komplette Rodalbener Felsenwanderweg",
        "Monatstreffen Oktober",
        "Adventsfeier",
        # a short line without a full stop still goes on with the name
        "Geschwaderfahrt nach Alicante zu den Fiestas de San Juan",
    ]
    assert ("Adventsfeier", "2022-12-03T15:00", "Vereinsheim Skiclub Speyer.") in readings


def test_marks_between_arrows_leave_the_name() -> None:
    assert without_status_marks("Monatstreffen Februar >>>ABGESAGT<<<") == "Monatstreffen Februar"
    assert (
        without_booking_status("Durch den Bienwald auf den Spuren des Westwalls >>>AUSGEBUCHT <<<")
        == "Durch den Bienwald auf den Spuren des Westwalls"
    )
    # arrows of a name's own stay
    assert without_status_marks(">>> Nachtwanderung <<<") == ">>> Nachtwanderung <<<"


def test_bold_names_over_their_notes_on_their_page() -> None:
    readings = saved_page_readings("static-pwv-speyer-wanderplan-2022-06")
    assert len(readings) == 77
    titles = {title for title, _, _ in readings}
    assert "Radtour um den Hockenheimring" in titles
    assert "Der komplette Rodalbener Felsenwanderweg" in titles
    assert "Monatstreffen Februar" in titles  # struck out, >>>ABGESAGT<<<
    assert "Durch den Bienwald auf den Spuren des Westwalls" in titles  # >>>AUSGEBUCHT <<<
    assert ("Adventsfeier", "2022-12-03T15:00", "Vereinsheim Skiclub Speyer.") in readings
    assert ("Jungseniorenwanderung", "2022-09-21", None) in readings


# 2. A self-help group's page lists its Zoom meetings as bare days — „Hier die Termine im 1. HJ
#    2024:“ over „24.Jan. 2024 06:00 PM“ — under „Die Gruppe findet Mittwoch alle 14 Tage als
#    Zoom-Meeting von 18 bis 20 Uhr statt.“ The lead sentence's subject named each meeting
#    („Gruppe“), a word that only points back to what the page's h1 names („In Würde zu sich
#    stehen - Selbsthilfegruppe“); and the sentence says where they are held: on Zoom.

_GROUP = (
    "<html><head><title>In Würde zu sich stehen - Selbsthilfegruppe</title></head><body>"
    "<h1>In Würde zu sich stehen - Selbsthilfegruppe</h1>"
    "<p>Die Gruppe findet Mittwoch alle 14 Tage als Zoom-Meeting von 18 bis 20 Uhr statt.</p>"
    "<p>Hier die Termine im 1. HJ 2024:</p>"
    "<ul><li>24.Jan. 2024 06:00 PM</li><li>7.Feb. 2024 06:00 PM</li>"
    "<li>21.Feb. 2024 06:00 PM</li></ul></body></html>"
)


def test_a_lead_that_points_back_to_the_page_on_a_snippet() -> None:
    assert readings_on(_GROUP, date(2024, 1, 24)) == [
        ("In Würde zu sich stehen - Selbsthilfegruppe", "2024-01-24T18:00", "Zoom"),
        ("In Würde zu sich stehen - Selbsthilfegruppe", "2024-02-07T18:00", "Zoom"),
        ("In Würde zu sich stehen - Selbsthilfegruppe", "2024-02-21T18:00", "Zoom"),
    ]


def test_a_lead_that_names_its_offering_keeps_naming_it() -> None:
    named = _GROUP.replace("Die Gruppe findet", "Das Repair Café findet")
    assert {title for title, _, _ in readings_on(named, date(2024, 1, 24))} == {"Repair Café"}


def test_a_lead_that_points_back_to_the_page_on_its_page() -> None:
    readings = saved_page_readings("eleventy-inwuerde-shg-termine-2024-01")
    assert len(readings) == 12
    assert readings[0] == (
        "In Würde zu sich stehen - Selbsthilfegruppe",
        "2024-01-24T18:00",
        "Zoom",
    )
    assert readings[-1][1] == "2024-06-26T18:00"


# 3. The same page two years earlier gives its next meetings in one sentence after the group's
#    lead, in the same paragraph: „Die Gruppe findet alle 14 Tage als Zoom-Meeting von 18 bis 20
#    Uhr statt. Die nächsten Termine sind: 26.10., 9.11., 23.11., 7.12. und 21.12. 2022“ — „und“
#    before the last day, the year once after it, no heading left above (the page header's h1 is
#    furniture). Each day is a meeting of what the document title names, at the lead's hours.

_NEXT_DAYS = (
    "<html><head><title>In Würde zu sich stehen - Selbsthilfegruppe</title></head><body>"
    "<header><h1>In Würde zu sich stehen - Selbsthilfegruppe</h1></header><section>"
    "<p>Die Selbsthilfegruppe ist von ehemaligen TeilnehmerInnen des Seminars gegründet worden.</p>"
    "<p>Die Gruppe findet alle 14 Tage als Zoom-Meeting von 18 bis 20 Uhr statt.\n"
    "Die nächsten Termine sind: 26.10., 9.11., 23.11., 7.12. und 21.12. 2022</p>"
    "</section></body></html>"
)


def test_a_sentence_of_days_after_the_lead_on_a_snippet() -> None:
    readings = readings_on(_NEXT_DAYS, date(2022, 10, 21))
    assert [day for _, day, _ in readings] == [
        "2022-10-26T18:00",
        "2022-11-09T18:00",
        "2022-11-23T18:00",
        "2022-12-07T18:00",
        "2022-12-21T18:00",
    ]
    assert {(title, place) for title, _, place in readings} == {
        ("In Würde zu sich stehen - Selbsthilfegruppe", "Zoom")
    }


def test_a_sentence_of_days_after_the_lead_on_its_page() -> None:
    readings = saved_page_readings("eleventy-inwuerde-shg-termine-2022-10")
    assert len(readings) == 5
    assert readings[-1] == (
        "In Würde zu sich stehen - Selbsthilfegruppe",
        "2022-12-21T18:00",
        "Zoom",
    )


# 4. A seminar's start page lists its past runs one per line: „IWS 24.11. bis 15.12.2020 in SPZ
#    Ehrenfeld (<a>Präsentation</a>)“, „IWS 23.03. bis 20.04.2021 Online“. The link to the
#    slides named four runs „Präsentation“ (a file, like „Folien“); the others were titled by
#    their whole line, days and place in the name. The words before the days name the run, what
#    follows them after „in“ or „Online“ says where. Its talks' lines — „Vorstellung von IWS am
#    01.02.2022 in der <strong>VHS Köln Mühlheim</strong>“, „Info-Vortrag mit Austausch zum
#    Seminar IWS am 21.06.2021 auf einer Veranstaltung des <a>Selbsthilfe-Freizeitwerkes e.V.</a>
#    in Zinnowitz“ — set the place or the host in bold or as a link after the day: named by it,
#    the talk was read as the house or the association.

_RUNS = (
    "<html><body><h2>vergangene Seminare</h2><ul>"
    "<li>IWS 11.04. bis 02.05.2019 in der ambulanten medizinischen Reha (Tagesklinik OSKAR) Köln</li>"
    "<li>IWS 24.11. bis 15.12.2020 in SPZ Ehrenfeld (<a href='/Folien.pdf'>Präsentation</a>)</li>"
    "<li>IWS 23.03. bis 20.04.2021 Online (<a href='/Folien2.pdf'>Präsentation</a>)</li>"
    "<li>IWS 16.02.2022 bis 09.03.2022 als Zoom-Online-Seminar</li></ul>"
    "<h2>vergangene Vorträge</h2><ul>"
    "<li>Info-Vortrag mit Austausch zum Seminar IWS am 21.06.2021 auf einer Veranstaltung des "
    "<a href='https://www.selbsthilfe-freizeitwerk.de'>Selbsthilfe-Freizeitwerkes e.V.</a> in "
    "Zinnowitz</li>"
    "<li>Vorstellung von IWS am 01.02.2022 in der <strong>VHS Köln Mühlheim</strong></li>"
    "<li>Konzert am 12.05.2022 mit der Band <strong>Kellerkinder</strong> im Hof</li>"
    "</ul></body></html>"
)


def test_the_name_before_its_days_on_a_snippet() -> None:
    readings = readings_on(_RUNS, date(2024, 1, 24))
    assert (
        "IWS",
        "2019-04-11",
        "ambulanten medizinischen Reha (Tagesklinik OSKAR) Köln",
    ) in readings
    assert ("IWS", "2020-11-24", "SPZ Ehrenfeld") in readings
    assert ("IWS", "2021-03-23", "Online") in readings
    assert ("IWS", "2022-02-16", None) in readings  # „als Zoom-Online-Seminar“ says how
    assert ("Info-Vortrag mit Austausch zum Seminar IWS", "2021-06-21", None) in readings
    assert ("Vorstellung von IWS", "2022-02-01", "VHS Köln Mühlheim") in readings
    # a bold name after „mit der Band“ is no place: the line is read as before
    assert "Vorstellung von IWS" not in {title for title, day, _ in readings if day == "2022-05-12"}


def test_the_name_before_its_days_on_its_page() -> None:
    readings = saved_page_readings("eleventy-inwuerde-start-seminare-2024-01")
    assert ("IWS", "2020-11-24", "SPZ Ehrenfeld") in readings
    assert ("IWS", "2021-06-29", "Online") in readings
    assert ("Vorstellung von IWS", "2022-02-01", "VHS Köln Mühlheim") in readings
    assert "Präsentation" not in {title for title, _, _ in readings}


def test_a_day_with_its_own_start_in_brackets() -> None:
    # a month earlier the first two meetings began later: „28.9. (Beginn 19 Uhr), 12.10. (Beginn
    # 19 Uhr), 26.10., …“ — the bracket after a day gives that day's start
    noted = _NEXT_DAYS.replace(
        "26.10., 9.11.", "28.9. (Beginn 19 Uhr), 12.10. (Beginn 19 Uhr), 26.10., 9.11."
    )
    days = [day for _, day, _ in readings_on(noted, date(2022, 9, 27))]
    assert days[:3] == ["2022-09-28T19:00", "2022-10-12T19:00", "2022-10-26T18:00"]
    assert len(days) == 7


def test_a_day_with_its_own_start_in_brackets_on_its_page() -> None:
    readings = saved_page_readings("eleventy-inwuerde-shg-termine-2022-09")
    assert [day for _, day, _ in readings] == [
        "2022-09-28T19:00",
        "2022-10-12T19:00",
        "2022-10-26T18:00",
        "2022-11-09T18:00",
        "2022-11-23T18:00",
        "2022-12-07T18:00",
        "2022-12-21T18:00",
    ]


# 5. Under „Beiträge in sozialen Medien“ the start page lists „<a>Blogartikel</a> über das Seminar
#    IWS vom 2.11.2021“ beside a YouTube discussion: the day an article appeared, read as an
#    offering named „Blogartikel“. An article, alone or „über …“/„vom …“, is a post like „Fotos
#    vom …“, no offering.


def test_an_article_is_a_report() -> None:
    assert is_report("Blogartikel")
    assert is_report("Blogartikel über das Seminar IWS vom 2.11.2021")
    assert is_report("Zeitungsartikel")
    assert not is_report("Artikelbörse")
    assert not is_report("Lesung: Artikel 1 GG")


def test_an_article_is_a_report_on_its_page() -> None:
    readings = saved_page_readings("eleventy-inwuerde-start-seminare-2024-01")
    assert "Blogartikel" not in {title for title, _, _ in readings}
    assert ("Diskussionsveranstaltung auf Youtube", "2022-07-06", None) in readings
