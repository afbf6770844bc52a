"""Causes found on held-out German batch 137 of the real-page corpus (tech meetups and sports
clubs: a Linux user group's Sphinx site, a Chaostreff's talks, a chess club's championship plan),
each pinned on a minimal snippet and on its page: the records a reader would note, with their
names, starts and places."""

from __future__ import annotations

from datetime import date

from netdir.extract.lead_in_venue import venue_after_its_lead_in
from netdir.extract.title_text import is_document_link
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# 1. A heading's permalink anchor — Sphinx's „<a class="headerlink" href="#…">¶</a>“, a theme's
#    „#“ — is a link to the heading itself, shown on hover: no part of the event's name.

_SPHINX_EVENT = """<html><head><title>Gentoo Workshop &#8212; Linux User Group</title></head><body>
<div class="body" role="main"><section id="gw">
<h1>Gentoo Workshop Troisdorf 2015<a class="headerlink" href="#gw" title="Link to this heading">{mark}</a></h1>
<p>Am Samstag, den 2015-08-01, veranstaltet die Linux User Group den <strong>Gentoo Workshop
Troisdorf 2015</strong>.</p>
<section id="inhalte"><h2>Inhalte<a class="headerlink" href="#inhalte">{mark}</a></h2>
<p>Die Beiträge richten sich an fortgeschrittene Nutzer.</p></section>
</section></div></body></html>"""


def test_a_heading_s_permalink_mark_is_no_part_of_the_event_s_name() -> None:
    for mark in ("¶", "#", "🔗"):
        html = _SPHINX_EVENT.format(mark=mark)
        assert readings_on(html, date(2015, 7, 1)) == [
            ("Gentoo Workshop Troisdorf 2015", "2015-08-01", None)
        ]


def test_a_heading_s_link_that_says_words_or_leaves_the_page_stays() -> None:
    html = """<html><body><h1><a href="#top">Sommerfest</a> 2026</h1>
<p>Am Samstag, 4. Juli 2026 um 15 Uhr feiern wir im Vereinsheim.</p></body></html>"""
    assert readings_on(html, date(2026, 6, 1))[0][0] == "Sommerfest 2026"


def test_the_sphinx_pages_name_their_events_without_the_pilcrow() -> None:
    assert saved_page_readings("sphinx-trolug-gentoo-workshop-2015-08")[0][0] == (
        "Gentoo Workshop Troisdorf 2015"
    )
    assert saved_page_readings("sphinx-trolug-lpd-2015-11")[0][0] == "Linux Presentation Day 2015"


# 2. A talk's slides or recording as a link („Folien“, „Aufzeichnung“) name a file about the
#    talk, not the talk; and a talk line that puts its speaker before the italic title
#    („Harvey/Heinz: <em>Shell-Health-Check</em>“, „fritzthekit - <em>SIMD …</em>“) is named by
#    the italic title.


def test_a_link_to_a_talk_s_slides_or_recording_names_no_talk() -> None:
    for text in ("Folien", "Vortragsfolien", "Aufzeichnung", "Folien PDF"):
        assert is_document_link(text), text
    assert not is_document_link("Folienkunst im Wandel")


_TALKS = """<html><body><h1>Veranstaltungen</h1>
<p>Vergangene und zukünftige Talks findet ihr hier.</p>
<ol>
<li>01.04.2020 - Harvey/Heinz: <em>Shell-Health-Check</em> oder <em>Wie ich lernte, die Shell zu lieben</em> <a href="/a.pdf">Folien</a></li>
<li>22.04.2020 - ampoff/Steffen: <em>Die National Software Reference Library</em> <a href="/b.pdf">Folien</a></li>
<li>06.05.2020 - fritzthekit - <em>SIMD und neuronale Netze</em></li>
</ol></body></html>"""


def test_a_talk_line_is_named_by_its_italic_title_not_its_speaker_nor_its_slides() -> None:
    assert readings_on(_TALKS, date(2020, 3, 1)) == [
        ("Shell-Health-Check oder Wie ich lernte, die Shell zu lieben", "2020-04-01", None),
        ("Die National Software Reference Library", "2020-04-22", None),
        ("SIMD und neuronale Netze", "2020-05-06", None),
    ]


def test_a_list_whose_italics_open_the_line_keeps_its_names() -> None:
    html = """<html><body><h1>Termine</h1><ul>
<li>01.04.2020 <em>Frühjahrskonzert</em> in der Stadthalle</li>
<li>22.04.2020 <em>Maifest</em> am Dorfplatz</li>
</ul></body></html>"""
    titles = [title for title, _, _ in readings_on(html, date(2020, 3, 1))]
    assert all(title and not title.startswith(("01", "22")) for title in titles)
    assert any(title and "Frühjahrskonzert" in title for title in titles)


def test_the_chaostreff_s_talks_are_named_by_their_titles() -> None:
    assert [
        title for title, _, _ in saved_page_readings("hugo-chaostreff-lb-veranstaltungen-2020-07")
    ] == [
        "Shell-Health-Check oder Wie ich (wieder) lernte, die Shell zu lieben",
        "Die National Software Reference Library",
        "SIMD und neuronale Netze",
        "Mit Spielfilm-Mitschnitten gegen den Stream schwimmen",
        "Ansible und AWX oder Langweilige Tasks automatisieren, mehr Zeit für alles andere",
    ]


# 3. A table whose column says the round („Runde“, „Spieltag“) under a championship's heading
#    names each row the heading names only by the championship and its round; a kept day in the
#    round column („Nachholtermin“) by the championship and that word; a planning label in front
#    of the championship („vorläufige Planung der“) is no part of it.

_ROUNDS = """<html><body><h1>Termine</h1>
<h3>vorläufige Planung der Stadtmeisterschaft 2018</h3>
<table><thead><tr><th>Runde</th><th>Datum</th></tr></thead><tbody>
<tr><td>1</td><td>19.01.2018</td></tr>
<tr><td>2</td><td>26.01.2018</td></tr>
<tr><td>Nachholtermin</td><td>09.02.2018</td></tr>
<tr><td>3</td><td>16.02.2018</td></tr>
</tbody></table>
<h3>Mannschaftssaison 2017/18</h3>
<table><thead><tr><th>Runde</th><th>Datum</th><th>Paarung</th></tr></thead><tbody>
<tr><td>1</td><td>10.09.2017</td><td>Radevormwald I – SC Solingen 28 II</td></tr>
<tr><td>2</td><td>08.10.2017</td><td>Bahn-SC Wuppertal V - Radevormwald I</td></tr>
</tbody></table></body></html>"""


def test_a_championship_s_rounds_are_named_by_the_championship_and_the_round() -> None:
    assert readings_on(_ROUNDS, date(2018, 1, 6)) == [
        ("Stadtmeisterschaft 2018, Runde 1", "2018-01-19", None),
        ("Stadtmeisterschaft 2018, Runde 2", "2018-01-26", None),
        ("Stadtmeisterschaft 2018, Nachholtermin", "2018-02-09", None),
        ("Stadtmeisterschaft 2018, Runde 3", "2018-02-16", None),
        ("Radevormwald I – SC Solingen 28 II", "2017-09-10", None),
        ("Bahn-SC Wuppertal V - Radevormwald I", "2017-10-08", None),
    ]


def test_the_chess_club_s_championship_rounds_and_pairings() -> None:
    records = saved_page_readings("jekyll-rsv1925-termine-2018-01")
    assert records[0] == ("Stadtmeisterschaft 2018, Runde 1", "2018-01-19", None)
    assert records[3] == ("Stadtmeisterschaft 2018, Nachholtermin", "2018-02-09", None)
    assert records[13] == ("Stadtmeisterschaft 2018, Runde 11", "2018-04-27", None)
    assert ("SC Erkrath I - Radevormwald I", "2017-10-14T15:00", None) in records
    assert len(records) == 28


# 4. „Die Veranstaltung wird am 14. November 2015 von 11:00 bis 19:00 in unseren Räumlichkeiten
#    am Wilhelm-Hamacher-Platz in Troisdorf stattfinden“: the hosts' rooms after the hours are
#    where the street and town after „am“ say.


def test_the_hosts_rooms_after_the_hours_are_the_place() -> None:
    html = """<html><body><h1>Linux Presentation Day 2015</h1>
<p>Die Veranstaltung wird am <strong>14. November 2015</strong> von 11:00 bis 19:00 in unseren
Räumlichkeiten am Wilhelm-Hamacher-Platz in Troisdorf stattfinden.</p></body></html>"""
    assert readings_on(html, date(2015, 11, 1)) == [
        ("Linux Presentation Day 2015", "2015-11-14T11:00", "Wilhelm-Hamacher-Platz in Troisdorf")
    ]


def test_the_linux_presentation_day_is_at_the_square_in_troisdorf() -> None:
    assert saved_page_readings("sphinx-trolug-lpd-2015-11") == [
        ("Linux Presentation Day 2015", "2015-11-14T11:00", "Wilhelm-Hamacher-Platz in Troisdorf")
    ]


# 5. A sentence that breaks off where a label's colon would stand („… Veranstaltungsort sind
#    die“) leads in to the venue on the address lines below it.


def test_the_address_lines_after_the_venue_s_lead_in_are_the_place() -> None:
    lines: list[tuple[str, None]] = [
        (
            "Am Samstag, den 2015-08-01, veranstaltet die LUG den Workshop Veranstaltungsort sind die",
            None,
        ),
        ("Seminarräume der AWO", None),
        ("Wilhelm-Hamacher-Platz 12", None),
        ("53840 Troisdorf", None),
        ("Treffpunkt auf OpenStreetMap.org", None),
    ]
    assert venue_after_its_lead_in(lines) == (
        "Seminarräume der AWO, Wilhelm-Hamacher-Platz 12, 53840 Troisdorf",
        0,
    )


def test_a_lead_in_followed_by_prose_gives_no_venue() -> None:
    lines: list[tuple[str, None]] = [
        ("Der Veranstaltungsort ist", None),
        ("noch nicht bekannt und wird rechtzeitig auf dieser Seite bekannt gegeben werden", None),
    ]
    assert venue_after_its_lead_in(lines) is None


def test_the_gentoo_workshop_is_at_the_awo_s_rooms() -> None:
    [(title, start, place)] = saved_page_readings("sphinx-trolug-gentoo-workshop-2015-08")
    assert (title, start) == ("Gentoo Workshop Troisdorf 2015", "2015-08-01")
    assert place is not None and "Wilhelm-Hamacher-Platz 12" in place and "53840 Troisdorf" in place


# 6. A parish's plan „Datum | Tag im Kirchenjahr | Gottesdienst“: the service column names each
#    row, not the Sunday's name in the church year; a name cell that opens with the hour
#    („10:00 Hauptgottesdienst“) gives the row's time, each line with an hour of its own is one
#    more event of the day, and a line without one („anschl. Kirchenkaffee“, „Kollekte: …“) goes
#    with the event above it.

_SERVICES = """<html><body><h1>Gottesdienste</h1>
<table><thead><tr><th>Datum</th><th>Tag im Kirchenjahr</th><th>Gottesdienst</th></tr></thead><tbody>
<tr><td>16.12.2018</td><td>3. Advent</td><td>10:00 Hauptgottesdienst</td></tr>
<tr><td>24.12.2018</td><td>Heiligabend</td><td>15:00 Familienchristvesper <br />Umschlag-Kollekte: Brot für die Welt</td></tr>
<tr><td> </td><td> </td><td>17:00 Christvesper <br />Umschlag-Kollekte: Brot für die Welt</td></tr>
<tr><td>06.01.2019</td><td>Epiphaniasfest</td><td>9:30 Beichte <br />10:00 Hauptgottesdienst <br />anschl. Kirchenkaffee <br />Kollekte: Mission</td></tr>
<tr><td>03.02.2019</td><td>4.Sonntag nach Epiphanias</td><td>10:00 Predigtgottesdienst <br />anschl. Kirchenkaffee</td></tr>
</tbody></table></body></html>"""


def test_a_parish_s_plan_is_read_by_its_services_and_their_hours() -> None:
    assert readings_on(_SERVICES, date(2018, 12, 10)) == [
        ("Hauptgottesdienst", "2018-12-16T10:00", None),
        ("Familienchristvesper", "2018-12-24T15:00", None),
        ("Christvesper", "2018-12-24T17:00", None),
        ("Beichte", "2019-01-06T09:30", None),
        ("Hauptgottesdienst", "2019-01-06T10:00", None),
        ("Predigtgottesdienst", "2019-02-03T10:00", None),
    ]


def test_a_name_cell_whose_hour_closes_the_name_keeps_its_reading() -> None:
    html = """<html><body><table><thead><tr><th>Datum</th><th>Thema</th></tr></thead><tbody>
<tr><td>06.12.2026</td><td>Adventssingen 16:00</td></tr>
<tr><td>10.12.2026</td><td>Weihnachtsfeier 18:00</td></tr>
</tbody></table></body></html>"""
    assert readings_on(html, date(2026, 11, 1)) == [
        ("Adventssingen", "2026-12-06T16:00", None),
        ("Weihnachtsfeier", "2026-12-10T18:00", None),
    ]


def test_the_parish_s_advent_plan() -> None:
    records = saved_page_readings("jekyll-selk-radevormwald-gottesdienste-2018-12")
    # (the plan's rows in order; since session 51 the section of headings below it, which now
    # holds the children's service too, may be read before it)
    first = records.index(("Hauptgottesdienst", "2018-12-16T10:00", None))
    assert records[first : first + 4] == [
        ("Hauptgottesdienst", "2018-12-16T10:00", None),
        ("Predigtgottesdienst", "2018-12-23T10:00", None),
        ("Familienchristvesper", "2018-12-24T15:00", None),
        ("Christvesper", "2018-12-24T17:00", None),
    ]
    assert ("Beichte", "2019-01-06T09:30", None) in records
    assert ("Taizéandacht", "2019-02-10T18:00", None) in records
    assert not any(title and "Advent" in title for title, _, _ in records)


# 7. A section heading shaped as a label — the offering, its venue after „im“/„in der“, maybe the
#    street after a comma, and a colon — over its dates: the heading without colon and street
#    names it, the venue (with the street) is its place.


def test_a_heading_label_s_venue_is_the_place_of_the_dates_below() -> None:
    html = """<html><body><h1>Gottesdienste</h1>
<h3>Andacht im Katharina-von-Bora-Haus, Wiesenstr. 18:</h3>
<p>Donnerstag, 20. September und 22. November, um 10:00 Uhr</p>
<h3>Abendmahlsfeier im Johanniter-Altenheim, Höhweg 8:</h3>
<p>Samstag, 15. September um 11:00 Uhr</p></body></html>"""
    assert readings_on(html, date(2018, 9, 1)) == [
        (
            "Andacht im Katharina-von-Bora-Haus",
            "2018-09-20T10:00",
            "Katharina-von-Bora-Haus, Wiesenstr. 18",
        ),
        (
            "Andacht im Katharina-von-Bora-Haus",
            "2018-11-22T10:00",
            "Katharina-von-Bora-Haus, Wiesenstr. 18",
        ),
        (
            "Abendmahlsfeier im Johanniter-Altenheim",
            "2018-09-15T11:00",
            "Johanniter-Altenheim, Höhweg 8",
        ),
    ]


def test_the_parish_s_market_prayer_is_at_the_reformed_church() -> None:
    records = saved_page_readings("jekyll-selk-radevormwald-gottesdienste-2019-04")
    assert (
        "Ökumenische Marktandacht in der Reformierten Kirche am Markt",
        "2019-04-13T11:00",
        "Reformierten Kirche am Markt",
    ) in records
