"""Causes found on held-out German batch 123 of the real-page corpus (public administration and
civic tech: an OK Lab's meeting list, an open-government barcamp's announcement, a civic-tech
group's post), each pinned on a minimal snippet and on its page: the records a reader would
note, with their names, starts and places."""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.links_after_the_name import links_after_a_named_sentence
from netdir.extract.next_meeting_boxes import box_opening_with_its_day, place_line_of_the_box
from netdir.extract.place_lines import is_postcode_and_town
from netdir.extract.separated_heading_parts import name_before_the_day_part
from tests.extract.realpage_inspect import readings_on, saved_page_readings


def _schedule(*rows: str) -> str:
    """A meeting list as a site script writes it into its page: one li a row, „<day> <hour>:
    <name>,&nbsp;<address>, &nbsp;<a>Karte</a>&nbsp;(<a>ICS</a>)“."""
    items = "".join(f"<li>{row}</li>" for row in rows)
    return f"""<html><head><title>Mitmachen! | OK Lab</title></head><body>
<section class="section"><div class="container"><h1 class="title">Mitmachen!</h1>
<div class="content"><p>Wir treffen uns regelmäßig.</p><h2>Termine</h2>
<div id="schedule" class="schedule"><ul>{items}</ul></div></div></div></section></body></html>"""


def _row(day: str, name: str, address: str) -> str:
    return (
        f'{day}: {name},&nbsp;{address}, &nbsp;<a href="https://www.openstreetmap.org/node/1" '
        'target="_blank">Karte</a>&nbsp;(<a href="data:text/calendar;base64,QkVHSU4=" '
        'download="x.ics">ICS</a>)'
    )


# 1. A list line's title runs on into its street address, set off by commas („…, 76131
#    Karlsruhe, Kaiserstr 97, Karte“): the address parts ending the line (a street with its
#    number, a postcode with its town) are where, with one short venue name right before them
#    when a name is left; the map link's label after them is the link's.

_MEETINGS = _schedule(
    _row(
        "02.06.2026 19:00", "Lab Treffen im Impact Hub Karlsruhe", "76131 Karlsruhe, Kaiserstr 97"
    ),
    _row(
        "11.04.2026 14:00",
        "HackDays FollowUp - Nach dem Hack ist vor dem Hack",
        "Triangel, 76131 Karlsruhe, Kaiserstr 93",
    ),
    _row(
        "14.03.2026 10:00",
        "HackDays 2026, Day 1",
        "House of Living Labs am FZI, Haid-und-Neu Str 5a, 76131 Karlsruhe",
    ),
)


def test_postcode_and_town_is_one_comma_part() -> None:
    assert is_postcode_and_town("76131 Karlsruhe")
    assert is_postcode_and_town(" 48155 Münster ")
    assert not is_postcode_and_town("Kaiserstr 97")
    assert not is_postcode_and_town("1992 ein feste Burg")


def test_the_address_ending_a_list_line_is_its_place() -> None:
    assert readings_on(_MEETINGS, date(2026, 6, 2)) == [
        (
            "Lab Treffen im Impact Hub Karlsruhe",
            "2026-06-02T19:00",
            "76131 Karlsruhe, Kaiserstr 97",
        ),
        (
            "HackDays FollowUp - Nach dem Hack ist vor dem Hack",
            "2026-04-11T14:00",
            "Triangel, 76131 Karlsruhe, Kaiserstr 93",
        ),
        (
            "HackDays 2026, Day 1",
            "2026-03-14T10:00",
            "House of Living Labs am FZI, Haid-und-Neu Str 5a, 76131 Karlsruhe",
        ),
    ]


def test_a_line_without_an_address_keeps_its_commas() -> None:
    # no street with its number, no postcode: the parts after the name stay the name's
    page = _schedule(
        "02.06.2026 19:00: Sommerfest 2026, Teil 2, Grillen",
        "12.05.2026 19:00: Sommerfest 2026, Teil 1, Musik",
    )
    titles = [title for title, _, _ in readings_on(page, date(2026, 5, 1))]
    assert titles == ["Sommerfest 2026, Teil 2, Grillen", "Sommerfest 2026, Teil 1, Musik"]


def test_a_street_without_its_postcode_is_left_to_the_other_readers() -> None:
    page = _schedule(
        "10.08.2023 19:00: Karlsruhe, Roter Stern im Gewerbehof, Steinstr. 23",
        "11.08.2023 19:00: Bremen, Comunistas, Weberstr. 18",
    )
    places = [place for _, _, place in readings_on(page, date(2023, 8, 1))]
    assert "Steinstr. 23" not in places and "Weberstr. 18" not in places


# 2. A row whose one line names its event in a finished sentence after its day, and only then
#    carries a link („… sprechen kann. <a>Ameldung</a>, 76133 Karlsruhe, …“), is named by that
#    sentence: the link — where to register, more about it, whatever its words — is an
#    appendage; the address after it is still where.

_REGISTRATION = _schedule(
    "14.11.2025 14:00: Workshop: Hat eigentlich jemand mal die Platanen gefragt? — Wie man mit "
    'einem Umwelt-Chatbot über Politik sprechen kann. <a href="https://pretix.eu/x/">Ameldung</a>'
    ',&nbsp;76133 Karlsruhe, Ständehausstraße 2, &nbsp;<a href="https://www.openstreetmap.org/'
    'node/2">Karte</a>&nbsp;(<a href="data:text/calendar;base64,QkVHSU4=">ICS</a>)',
    "22.10.2025 16:00: Workshop: Daten, Coding &amp; Visualisierung – mit Blick auf "
    'gesellschaftliche Lücken. <a href="https://example.org/code-week">Info und Ameldung</a>'
    ',&nbsp;76133 Karlsruhe, Ständehausstraße 2, &nbsp;<a href="https://www.openstreetmap.org/'
    'node/2">Karte</a>',
)


def test_a_link_after_the_named_sentence_does_not_title_the_row() -> None:
    assert readings_on(_REGISTRATION, date(2025, 10, 1)) == [
        (
            "Workshop: Hat eigentlich jemand mal die Platanen gefragt? — Wie man mit einem "
            "Umwelt-Chatbot über Politik sprechen kann.",
            "2025-11-14T14:00",
            "76133 Karlsruhe, Ständehausstraße 2",
        ),
        (
            "Workshop: Daten, Coding & Visualisierung – mit Blick auf gesellschaftliche Lücken.",
            "2025-10-22T16:00",
            "76133 Karlsruhe, Ständehausstraße 2",
        ),
    ]


def test_only_a_link_after_a_finished_sentence_is_an_appendage() -> None:
    name = "Workshop: Daten und Karten. Info und Anmeldung, 76133 Karlsruhe"
    assert links_after_a_named_sentence(name, ["Info und Anmeldung"])
    # a kind label before the link, or the link opening the line: the link names the row
    assert not links_after_a_named_sentence("Vortrag: Offene Daten in Ulm", ["Offene Daten in Ulm"])
    assert not links_after_a_named_sentence("Lab Treffen, Karte", ["Lab Treffen"])
    assert not links_after_a_named_sentence("Lab Treffen. Karte", ["Karte", "Nirgends"])


def test_a_link_naming_the_row_still_titles_it() -> None:
    page = _schedule(
        '02.06.2026 19:00: <a href="https://example.org/lab">Lab Treffen</a>, 76131 Karlsruhe, '
        "Kaiserstr 97",
        '12.05.2026 19:00: <a href="https://example.org/lab2">Lab Treffen</a>, 76131 Karlsruhe, '
        "Kaiserstr 97",
    )
    assert [title for title, _, _ in readings_on(page, date(2026, 5, 1))] == ["Lab Treffen"] * 2


def test_the_ok_lab_list_reads_each_meeting_with_its_address() -> None:
    records = saved_page_readings("hugo-oklab-karlsruhe-termine-2026-06")
    assert len(records) == 20
    assert records[0] == (
        "Lab Treffen im Impact Hub Karlsruhe",
        "2026-06-02T19:00",
        "76131 Karlsruhe, Kaiserstr 97",
    )
    assert records[4] == (
        "HackDays 2026, Day 2",
        "2026-03-15T10:00",
        "House of Living Labs am FZI, Haid-und-Neu Str 5a, 76131 Karlsruhe",
    )
    assert records[9][0] is not None and records[9][0].startswith("Workshop: Hat eigentlich")
    assert records[9][2] == "76133 Karlsruhe, Ständehausstraße 2"


# 3. A list line „<day> Name in <a>Town</a>“ or „<day> <a>Name</a> in Town (…)“: the town after
#    „in“ is where the event is held, and a link on it does not name the event.

_POST = """<html><head><title>Termine im März</title></head><body><section class="section">
<div class="content"><p>Veröffentlicht: 25.02.2015 von Mila Frerichs</p>
<p>Demnächst gibt es ein paar interessante Termine zu und über offene Daten.</p><ul>
<li><strong>11.-13.3.</strong> <a href="http://www.fossgis.de/konferenz/2015/">FOSSGIS</a> in
Münster (Freie und Open Source Software für Geoinformationssysteme)</li>
<li><strong>11.3.</strong> unsere <a href="http://www.meetup.com/ok-lab/">Open Data Night</a></li>
<li><strong>22.-23.3.</strong> Open Data Hackday in <a href="http://hackday.moers.de">Moers</a></li>
</ul></div></section></body></html>"""


def test_the_town_after_in_is_the_place_not_the_name() -> None:
    assert readings_on(_POST, date(2015, 2, 25)) == [
        ("FOSSGIS", "2015-03-11", "Münster"),
        ("Open Data Night", "2015-03-11", None),
        ("Open Data Hackday", "2015-03-22", "Moers"),
    ]


def test_a_subject_after_in_is_no_town() -> None:
    page = _POST.replace("FOSSGIS</a> in\nMünster", "FOSSGIS</a> in\nPython").replace(
        'Hackday in <a href="http://hackday.moers.de">Moers</a>',
        'Einführung in <a href="http://python.org">Python</a>',
    )
    read = readings_on(page, date(2015, 2, 25))
    assert read[0] == ("FOSSGIS", "2015-03-11", None)
    assert read[2][0] == "Python" and read[2][2] is None


def test_the_civic_tech_post_reads_both_towns() -> None:
    assert saved_page_readings("jekyll-codeformuenster-termine-maerz-2015-02") == [
        ("FOSSGIS", "2015-03-11", "Münster"),
        ("Open Data Night", "2015-03-11", None),
        ("Open Data Hackday", "2015-03-22", "Moers"),
    ]


# 4. A page heading that gives all its event's facts in parts set off by middots („OpenCityCamp
#    2014 · Samstag, 29. November 2014 · 10.00–21.00 Uhr · Literaturhaus Stuttgart“) names the
#    event by the parts before the day.


def test_the_parts_before_the_day_name_the_event() -> None:
    heading = "OpenCityCamp 2014 · Samstag, 29. November 2014 · 10.00–21.00 Uhr · Literaturhaus"
    assert name_before_the_day_part(heading) == "OpenCityCamp 2014"
    assert name_before_the_day_part("Sommerfest | 12. Juli 2026 | Dorfplatz") == "Sommerfest"
    assert name_before_the_day_part("Kaffee · Kuchen · Musik") is None
    assert name_before_the_day_part("Sa 12.03. · Konzert · Köln") is None
    assert name_before_the_day_part("Sommerfest · 12. Juli 2026") is None


def test_the_barcamp_page_names_its_camp() -> None:
    [(title, start, place)] = saved_page_readings("static-opencitycamp-stuttgart-2014-10")
    assert (title, start) == ("OpenCityCamp 2014", "2014-11-29T10:00")
    assert place is not None and "Literaturhaus" in place


# 5. A next-meeting heading („Nächstes Treffen“) over a box whose first line opens with the day
#    („Dienstag, 20.9.2022 - 19:30 Uhr "Hacknight"“) and whose lines below say what and where
#    („im Cafe Drei:Klang, Wolbecker Straße 36, Münster“) is that meeting, beside the page's list
#    of other dates.


_BOX = """<div class="columns"><div class="column is-7"><div class="notification is-danger">
<span class="is-size-4"><span id="hacknight_date">Dienstag, 20.9.2022</span> - 19:30 Uhr
"Hacknight"</span><br><i>Offener Treff zum Austausch und Coden</i><br>im Cafe Drei:Klang,
Wolbecker Straße 36, Münster<br>Start: ca. 19:30, Ende offen</div>
<p>Sollte das Treffen ausfallen, schreiben wir das im Chat.</p></div>
<div class="column is-5"><iframe src="https://chat.example.org/"></iframe></div></div>"""


def test_the_box_opening_with_the_day_and_its_address_line() -> None:
    after_the_heading = LexborHTMLParser(_BOX).css_first("div.columns")
    assert after_the_heading is not None
    box = box_opening_with_its_day(after_the_heading)
    assert box is not None and "notification" in (box.attributes.get("class") or "")
    assert place_line_of_the_box(box) == "Cafe Drei:Klang, Wolbecker Straße 36, Münster"


def test_a_box_not_opening_with_its_day_is_none() -> None:
    # the day inside the first line, not opening it; a long column of text
    late = _BOX.replace('<span class="is-size-4">', '<span class="is-size-4">Unser Treff: ')
    node = LexborHTMLParser(late).css_first("div.columns")
    assert node is not None and box_opening_with_its_day(node) is None
    long = _BOX.replace("Ende offen", "Ende offen. " + "Wir freuen uns auf Euch. " * 20)
    node = LexborHTMLParser(long).css_first("div.columns")
    assert node is not None and box_opening_with_its_day(node) is None


def test_the_civic_tech_front_page_reads_its_hacknight() -> None:
    read = saved_page_readings("jekyll-codeformuenster-termine-2022-09")
    assert len(read) == 5
    assert (
        '"Hacknight"',
        "2022-09-20T19:30",
        "Cafe Drei:Klang, Wolbecker Straße 36, Münster",
    ) in read


# 6. A grid gives a section and its columns one class („<div class="large-12 columns"><h2>Die
#    bisherigen OpenCityCamps</h2><div class="row"><div class="large-4 columns">…“): the section,
#    read as one more block of its columns' group, wraps their rows and is no offering.

_CAMPS = """<html><head><title>OpenCityCamp</title></head><body><div class="row">
<div class="large-12 columns"><div class="panel"><h4>Rückblick auf das Camp 2014</h4>
<p>Mehr als 60 Teilnehmende waren angereist.</p></div></div></div>
<div class="row"><div class="large-12 columns"><h2>Die bisherigen Camps</h2><div class="row">
<div class="large-4 columns"><a href="/14"><img src="/img/14.jpg"></a>
<h6 class="panel">Das <a href="/14">Camp 2014</a> fand am 29. November 2014 in Stuttgart statt.</h6></div>
<div class="large-4 columns"><a href="/13"><img src="/img/13.jpg"></a>
<h6 class="panel">Das Camp 2013 fand am 8. Juni 2013 in Ulm statt.</h6></div>
<div class="large-4 columns"><a href="/12"><img src="/img/12.jpg"></a>
<h6 class="panel">Das Camp 2012 fand am 12. Mai 2012 in Ulm statt.</h6></div>
</div></div></div></body></html>"""


def test_a_section_around_its_own_columns_is_no_offering() -> None:
    read = readings_on(_CAMPS, date(2014, 12, 28))
    assert sorted(start or "" for _, start, _ in read) == ["2012-05-12", "2013-06-08", "2014-11-29"]
    assert not any(title == "Die bisherigen Camps" for title, _, _ in read)


def test_the_barcamp_review_has_no_record_of_its_section() -> None:
    read = saved_page_readings("jekyll-opencitycamp-rueckblick-2014-12")
    assert [start for _, start, _ in read] == ["2014-11-29", "2013-06-08", "2012-05-12"]


def test_a_rows_announcement_around_the_table_is_kept() -> None:
    # the club's walk told in full around the table whose row lists it: its clock and meeting
    # point are the walk's (gsp-svleingarten-radsport-termine-2009 reads so)
    read = saved_page_readings("gsp-svleingarten-radsport-termine-2009")
    assert ("Herbstwanderung", "2009-11-07T14:00", "Parkplatz Stadthalle Lauffen") in read
