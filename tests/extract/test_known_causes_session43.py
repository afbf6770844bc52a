"""Leftovers of earlier held-out batches (session 43): general causes of what netdir still missed
on pages already in the corpus, each with a minimal snippet and the real page."""

from __future__ import annotations

from datetime import date

from netdir.extract.banner_venues import days_and_venue
from netdir.extract.notices import is_no_session_notice
from netdir.extract.themed_titles import place_before_the_theme
from tests.extract.realpage_inspect import Span, saved_page_stamps, stamps_on

_Record = Span


# Cause: a colloquium's page names its days and its venue once, in a heading over the programme
# („29. März – 1. April 2023 im Ostpreußischen Landesmuseum in Lüneburg“): each talk is held
# there — also the two talks whose titles end „… in Königsberg“ (their subject, not their place),
# while the dinner that names its own house („Abendessen im Brömsehaus“) keeps it.

MARCH_2024 = date(2024, 3, 8)

_COLLOQUIUM = """<html><body><div class="main">
<h1>13. Internationales Hamann-Kolloquium</h1>
<h2>29. März – 1. April 2023 im Ostpreußischen Landesmuseum in Lüneburg</h2>
<h2>»… genaueste Localität«. Johann Georg Hamann in Königsberg</h2>
<p>Die Tagung ist die dreizehnte in der Reihe der Kolloquien, gegründet 1976 in Lüneburg.</p>
<h3>Tagungsprogramm</h3>
<div class="program">
<p class="font-bold">Mittwoch, 29. März 2023</p>
<table class="table-auto">
<tr><td>15:30</td><td>Begrüßung</td></tr>
<tr><td class="font-bold" colspan="2">Königsberger Lokalität I</td></tr>
<tr><td>15:45–16:30</td><td>Anna Alt<br/>Localität – Überlegungen zu einem Grundbegriff</td></tr>
<tr><td>16:30–17:15</td><td>Bernd Bär<br/>Die Ereignisorte Hamanns in Königsberg</td></tr>
</table>
<p class="font-bold">Donnerstag, 30. März 2023</p>
<table class="table-auto">
<tr><td>9:00–9:45</td><td>Clara Cors<br/>Lokalität, Individualität, Personalität</td></tr>
<tr><td>9:45–10:30</td><td>Dirk Dorn<br/>Geschichte des Nachlasses in Königsberg</td></tr>
<tr><td></td><td><em>Kaffeepause</em></td></tr>
<tr><td>11:00–11:45</td><td>Eva Eck<br/>Spuren Hamanns in Hippels Roman</td></tr>
<tr><td>11:45–12:30</td><td>Fritz Fink<br/>Hamann, Hippel und die Entvölkerung</td></tr>
<tr><td>14:30–15:15</td><td>Gerd Gans<br/>Der gelehrte Intelligence-Arbeiter</td></tr>
<tr><td>19:00</td><td>Abendessen und Gespräche im <em>Brömsehaus</em></td></tr>
</table>
<p class="font-bold">Samstag, 1. April 2023</p>
<table class="table-auto">
<tr><td>9:00–9:45</td><td>Hans Horn<br/>Kinderphysik und Göttersprache</td></tr>
<tr><td>9:45–10:30</td><td>Ida Iser<br/>Wozu Aufklärung? Hamann im Gespräch mit Kant</td></tr>
<tr><td>13:15–13:45</td><td><em>Abschlussdiskussion</em></td></tr>
</table>
</div>
</div></body></html>"""


def test_a_heading_of_days_im_venue_places_the_programme_within_those_days() -> None:
    places = {title: place for title, _, _, place in stamps_on(_COLLOQUIUM, MARCH_2024)}
    venue = "Ostpreußischen Landesmuseum in Lüneburg"
    assert places["Begrüßung"] == venue
    assert places["Die Ereignisorte Hamanns in Königsberg"] == venue  # the subject, not the place
    assert places["Geschichte des Nachlasses in Königsberg"] == venue
    assert places["Lokalität, Individualität, Personalität"] == venue
    assert places["Abendessen und Gespräche im Brömsehaus"] == "Brömsehaus"  # its own


def test_a_german_banner_line_is_days_then_a_preposition_and_a_venue() -> None:
    assert days_and_venue(
        "29. März – 1. April 2023 im Ostpreußischen Landesmuseum in Lüneburg", MARCH_2024
    ) == ("2023-03-29", "2023-04-01", "Ostpreußischen Landesmuseum in Lüneburg")
    assert days_and_venue("15.–17. Mai 2024 in der Stadthalle Göttingen", MARCH_2024) == (
        "2024-05-15",
        "2024-05-17",
        "Stadthalle Göttingen",
    )
    assert days_and_venue("29. März 2023 im Museum", MARCH_2024) is None  # one day
    assert days_and_venue("29. März – 1. April 2023 im Zeichen der Aufklärung", MARCH_2024) is None


def test_the_hamann_programme_is_held_at_the_museum() -> None:
    records = saved_page_stamps("vite-hamann-kolloquium-tagungsprogramm-2023-03")
    places = [place for _, start, _, place in records if start and start < "2023-03-31T19"]
    assert len(places) >= 20
    assert all(place == "Ostpreußischen Landesmuseum in Lüneburg" for place in places)


# Cause: a league's bye — a season grid's cell „MSMM Spiefrei“ (a misspelt „spielfrei“) in the
# seniors' column: the team plays no match that round, no offering.

_SEASON_GRID = """<html><body><h2>Termine &amp; Spielplan</h2>
<table><thead><tr><th>Termin</th><th>Verein</th><th>AFK 1</th><th>AFK 2</th><th>Senioren</th></tr>
</thead><tbody>
<tr><td>16.10. Fr, 19:30 Uhr</td><td>Schnellschach-VM</td><td></td><td></td><td></td></tr>
<tr><td>22.10. Do, 19:30 Uhr</td><td></td><td>MMM Runde 1</td><td></td><td></td></tr>
<tr><td>23.10. Fr, 19:30 Uhr</td><td></td><td></td><td>MMM Runde 1</td><td></td></tr>
<tr><td>28.10. Mi, 19:00 Uhr</td><td></td><td></td><td></td><td>MSMM Runde 1</td></tr>
<tr><td>13.11. Fr, 19:30 Uhr</td><td>Blitzturnier</td><td></td><td></td><td></td></tr>
<tr><td>19.11. Do, 19:30 Uhr</td><td></td><td>MMM Runde 2</td><td>MMM Runde 2</td><td></td></tr>
<tr><td>14.12. Mo</td><td></td><td></td><td></td><td>MSMM Spiefrei</td></tr>
<tr><td>18.12. Fr, 19:30 Uhr</td><td>Weihnachtsblitz</td><td></td><td></td><td></td></tr>
</tbody></table></body></html>"""


def test_a_teams_bye_is_no_offering() -> None:
    titles = [title for title, *_ in stamps_on(_SEASON_GRID, date(2026, 10, 5))]
    assert "MMM Runde 2 (AFK 2)" in titles
    assert not any(title and "frei" in title for title in titles)
    assert is_no_session_notice("MSMM spielfrei")
    assert is_no_session_notice("spielfrei")
    assert not is_no_session_notice("Spielfreies Wochenende mit Grillfest")


def test_the_chess_clubs_bye_gives_no_record() -> None:
    records = saved_page_stamps("static-sgafk-schach-termine-2026-10")
    assert len(records) == 36
    assert not any(title and "frei" in title for title, *_ in records)


# Cause: a row's days in closing parentheses followed only by its links („… in Königsberg«
# (29. März bis 1. April 2023) → Details 🖹 Tagungsprogramm“): the links' words made the row too
# long to be read as a date field and hid that the parentheses close what the row says.

_COLLOQUIA = """<html><body><h1>Kolloquien</h1><table>
<tr><td><b>2015</b></td><td><span>Elftes Internationales Hamann-Kolloquium an der Kirchlichen
Hochschule Wuppertal/Bethel: »Johann Georg Hamann: Natur und Geschichte« (18.–21. Februar 2015)
</span></td></tr>
<tr><td><b>2019</b></td><td><span>Zwölftes Internationales Hamann-Kolloquium in Heidelberg: »… sind
noch in der Mache. Zur Bedeutung der Rhetorik in Hamanns Schriften« (7.–9. März 2019)</span></td></tr>
<tr><td><b>2023</b></td><td><span>Dreizehntes Internationales Hamann-Kolloquium in Lüneburg: »›…
genaueste Localität, Individualität und Personalität‹. Johann Georg Hamann in Königsberg«
(29. März bis 1. April 2023) <a href="/13-kolloquium.html">&rarr;&nbsp;Details</a>
<a href="/pdf/2023_tagungsprogramm.pdf">🖹&nbsp;Tagungsprogramm</a></span></td></tr>
<tr><td><b>2027</b></td><td><span>Vierzehntes Internationales Hamann-Kolloquium in München:
»über den Rubicon der Narrheit« (10.–12. März 2027)</span></td></tr>
</table></body></html>"""


def test_days_in_parentheses_followed_only_by_links_are_the_rows_own() -> None:
    starts = {start[:10] for _, start, _, _ in stamps_on(_COLLOQUIA, date(2026, 4, 22)) if start}
    assert "2023-03-29" in starts
    assert {"2015-02-18", "2019-03-07", "2027-03-10"} <= starts


def test_the_thirteenth_colloquium_is_read_from_its_row() -> None:
    records = saved_page_stamps("vite-hamann-kolloquium-kolloquien-2026-04")
    thirteenth = [r for r in records if r[0] and r[0].startswith("Dreizehntes")]
    assert [(start or "")[:10] for _, start, _, _ in thirteenth] == ["2023-03-29"]
    assert all(start for _, start, _, _ in records)  # no undated row


# Cause: a colloquium series names where each meeting was held between its name and its quoted
# theme („Achtes Internationales Hamann-Kolloquium an der Martin-Luther-Universität
# Halle-Wittenberg: »Die Gegenwärtigkeit Johann Georg Hamanns«“): the words after „in“/„an der“
# are the place, the title is the name and the theme.


def test_the_place_between_a_name_and_its_quoted_theme() -> None:
    records = stamps_on(_COLLOQUIA, date(2026, 4, 22))
    got = {(start or "")[:10]: (title, place) for title, start, _, place in records}
    assert got["2015-02-18"] == (
        "Elftes Internationales Hamann-Kolloquium: »Johann Georg Hamann: Natur und Geschichte«",
        "Kirchlichen Hochschule Wuppertal/Bethel",
    )
    assert got["2019-03-07"][1] == "Heidelberg"
    assert got["2027-03-10"] == (
        "Vierzehntes Internationales Hamann-Kolloquium: »über den Rubicon der Narrheit«",
        "München",
    )
    assert place_before_the_theme("Kleines Hamann-Kolloquium in Münster i. W. zu den »Wolken«") == (
        "Kleines Hamann-Kolloquium zu den »Wolken«",
        "Münster i. W.",
    )
    assert place_before_the_theme("Einführung in Python: „Grundlagen“") is None  # no place
    assert place_before_the_theme("Konzert in der Kirche") is None  # no quoted theme


def test_the_colloquia_are_held_where_their_rows_say() -> None:
    got = {
        (start or "")[:10]: (title, place)
        for title, start, _, place in saved_page_stamps("vite-hamann-kolloquium-kolloquien-2026-04")
    }
    assert got["2002-03-03"] == (
        "Achtes Internationales Hamann-Kolloquium: »Die Gegenwärtigkeit Johann Georg Hamanns«",
        "Martin-Luther-Universität Halle-Wittenberg",
    )
    assert got["1992-10-04"][1] == "Herder-Institut zu Marburg/Lahn"
    assert got["2019-11-14"][1] == "Münster i. W."


# Cause: a conference page's header grid shares the div.row markup of its programme's rows — the
# site's menu („<div class="row menu">“: Überblick, Programm, Anmeldung) and fact rows
# („Organisation“ / „<a>HAB</a> und <a>HTWK</a>“, „Veranstaltungsort“ / the museum's address)
# are no offerings beside the dated talks.

_CONFERENCE_GRID = """<html><body><h1>Abschlusskonferenz</h1><div>
<div class="row menu"><div class="col-12"><ul><li><a href="./">Überblick</a></li>
<li class="select">Programm</li><li><a href="./?p=anmeldung">Anmeldung</a></li>
<li><a href="./?p=impressum">Impressum</a></li></ul></div></div>
<div class="row"><div class="col-3">Organisation</div><div class="col-9">
<a href="https://hab.de">Herzog August Bibliothek Wolfenbüttel</a> und
<a href="https://htwk-leipzig.de">Hochschule für Technik, Wirtschaft und Kultur Leipzig (HTWK)</a>
</div></div>
<div class="row"><div class="col-3">Veranstaltungsort</div><div class="col-9">
Kreis- und Universitätsmuseum Helmstedt<br/>Collegienplatz 1<br/>38350 Helmstedt
<p><a href="https://umap.openstreetmap.fr/map">Karte</a></p></div></div>
<div class="row"><div class="col-12"><h3>Montag, 20. März 2023</h3></div></div>
<div class="row programm"><div class="col-1">13:00-13:15</div>
<div class="col-11"><p><b>Begrüßung</b></p></div></div>
<div class="row programm"><div class="col-1">13:15-15:15</div>
<div class="col-11"><p>Modellierungsworkshop „Vernetzte Pfarrerbücher“ (Thomas Riechert)</p></div></div>
<div class="row programm"><div class="col-1">15:45-16:15</div>
<div class="col-11"><p>Professorale Karrieremuster im Semantic Web (Thomas Riechert)</p></div></div>
<div class="row programm"><div class="col-1">16:15-16:45</div>
<div class="col-11"><p>Forschungsontologie und Werkzeuge (Jennifer Blanke)</p></div></div>
</div></body></html>"""


def test_a_conference_grids_menu_and_fact_rows_are_no_offerings() -> None:
    titles = [title for title, *_ in stamps_on(_CONFERENCE_GRID, date(2023, 3, 19))]
    assert "Begrüßung" in titles
    assert "Überblick" not in titles
    assert "Veranstaltungsort" not in titles
    assert not any(title and "HTWK" in title for title in titles)


def test_the_pcp_programmes_give_no_header_records() -> None:
    for page in (
        "php-pcp-abschlusskonferenz-programm-2023-03",
        "php-pcp-reloaded-programm-2021-10",
    ):
        titles = [title for title, start, *_ in saved_page_stamps(page) if start is None]
        assert titles == [], page
