"""Causes found on held-out German batch 125 of the real-page corpus (clubs and associations: an
allotment club's year plans and work days, a village association's news page), each pinned on a
minimal snippet and on its page: the records a reader would note, with their names, starts and
places — and none for a post's publication day."""

from __future__ import annotations

from datetime import date

from netdir.extract.date_cues import without_publication_notes
from netdir.extract.mid_title_days import day_before_the_place, without_the_day_before_the_place
from netdir.extract.news_box_labels import NEWS_HEADING
from netdir.extract.sentence_places import meeting_place
from netdir.extract.venue_then_name import name_after_its_venue
from tests.extract.realpage_inspect import Span, saved_page_spans, spans_on

_Record = Span


def _cayman(h1: str, body: str) -> str:
    """A page as GitHub Pages' Cayman theme builds it: the page header's h1 and the site's
    tagline h2, the menu, the page's content."""
    return f"""<html><head><title>{h1}</title></head><body>
<header class="page-header" role="banner"><h1 class="project-name">{h1}</h1>
<h2 class="project-tagline">Unsere Kleingartenanlage mit 130 Parzellen befindet sich im
Poisental, am Südhang des Windberg.</h2></header>
<nav class="main-menu"><ul><li><a href="/">Wir über uns</a></li>
<li><a href="/arbeitseinsaetze/">Arbeitseinsätze</a></li>
<li><a href="/veranstaltungen/">Veranstaltungen</a></li></ul></nav>
<main id="content" class="main-content" role="main">{body}
<footer class="site-footer"></footer></main></body></html>"""


# 1. „20. April 10:00 im Vereinshaus Mitgliederversammlung“: a year plan's line says where before
#    what. Without its day and hour the line opened with „im“ and read as only where and when, so
#    the section heading named every line and the event went to the place.


def test_the_event_after_its_venue_names_the_line() -> None:
    assert name_after_its_venue("im Vereinshaus Mitgliederversammlung") == (
        "Vereinshaus",
        "Mitgliederversammlung",
    )
    assert name_after_its_venue("im Vereinshaus Frühshoppen mit Imbiss") == (
        "Vereinshaus",
        "Frühshoppen mit Imbiss",
    )
    assert name_after_its_venue("im Vereinshaus Erster Fachvortrag") == (
        "Vereinshaus",
        "Erster Fachvortrag",
    )


def test_a_venue_with_its_own_name_or_a_rest_naming_no_event_stays() -> None:
    assert name_after_its_venue("im Gasthaus Krone") is None  # the venue's name, not an event
    assert name_after_its_venue("im Vereinshaus deftiges Hausgemachtes") is None
    assert name_after_its_venue("im Rausch der Farben") is None  # no venue noun
    assert name_after_its_venue("Mitgliederversammlung im Vereinshaus") is None


_PLAN = _cayman(
    "Kleingartenverein",
    """<h2 id="plan">Veranstaltungsplan für das Jahr 2019</h2><ul>
<li>20. April 10:00 im Vereinshaus Mitgliederversammlung</li>
<li>1. Mai 10:00 im Vereinshaus Frühschoppen</li>
<li>30. Mai 10:00 im Vereinshaus Männertag mit Kesselgulasch</li>
<li>29. Juni 17:00 Grillabend</li></ul>""",
)


def test_a_year_plan_line_is_titled_by_its_event_and_placed_at_its_venue() -> None:
    records = spans_on(_PLAN, date(2019, 4, 1))
    assert ("Mitgliederversammlung", "2019-04-20T10:00", None, "Vereinshaus") in records
    assert ("Frühschoppen", "2019-05-01T10:00", None, "Vereinshaus") in records
    assert ("Männertag mit Kesselgulasch", "2019-05-30T10:00", None, "Vereinshaus") in records
    assert not any(title and "Veranstaltungsplan" in title for title, *_ in records)


def test_the_allotment_clubs_plan_of_2019_names_each_line() -> None:
    records = saved_page_spans("jekyll-kgvzurhoffnung-veranstaltungen-2019-05")
    assert ("Mitgliederversammlung", "2019-04-20T10:00", None, "Vereinshaus") in records
    assert ("Frühschoppen", "2019-05-01T10:00", None, "Vereinshaus") in records
    assert not any(title and "Veranstaltungsplan" in title for title, *_ in records)


def test_the_allotment_clubs_plan_of_2018_names_its_general_meeting() -> None:
    titles = {
        (title, start)
        for title, start, *_ in saved_page_spans("jekyll-kgvzurhoffnung-veranstaltungen-2018-11")
    }
    assert (
        "Jahreshauptversammlung mit Ausgabe der Kassierungsbelege",
        "2018-04-22T09:00",
    ) in titles
    assert ("Frühschoppen mit Imbiss", "2018-05-01T10:00") in titles


# 2. A site header's tagline — the h2 right under the page's h1, a whole sentence — is no heading
#    of the page's lists: bare days below are named by the h1 („Arbeitseinsätze“), each one of
#    the series („Arbeitseinsatz“), not by the club's description.

_WORK_DAYS = _cayman(
    "Arbeitseinsätze",
    """<p>Die Einsätze finden jeweils sonnabends statt. Treff ist von 8:00 bis 12:00 Uhr am
Vereinshaus.</p><p>Diese Termine sind im Jahr 2022 festgelegt:</p>
<ul><li>07. Mai</li><li>28. Mai</li><li>02. Juli</li></ul>""",
)


def test_bare_days_under_a_header_with_a_tagline_are_each_one_of_the_pages_series() -> None:
    records = spans_on(_WORK_DAYS, date(2022, 4, 24))
    assert [(title, start) for title, start, *_ in records] == [
        ("Arbeitseinsatz", "2022-05-07T08:00"),
        ("Arbeitseinsatz", "2022-05-28T08:00"),
        ("Arbeitseinsatz", "2022-07-02T08:00"),
    ]


def test_a_short_subheading_under_the_h1_still_heads_the_days() -> None:
    html = _WORK_DAYS.replace(
        """Unsere Kleingartenanlage mit 130 Parzellen befindet sich im
Poisental, am Südhang des Windberg.""",
        "Vorstandssitzungen 2022",
    )
    records = spans_on(html, date(2022, 4, 24))
    assert {title for title, *_ in records} == {"Vorstandssitzungen 2022"}


# 3. The standing rule above the work days gives their hour and where the members meet: „Treff
#    ist von 8:00 bis 12:00 Uhr am Vereinshaus.“


def test_the_standing_rule_says_where_the_work_days_meet() -> None:
    assert meeting_place("Treff ist von 8:00 bis 12:00 Uhr am Vereinshaus.") == "Vereinshaus"
    assert meeting_place("Treffpunkt ist um 13:00 Uhr am Bahnhof.") == "Bahnhof"
    records = spans_on(_WORK_DAYS, date(2022, 4, 24))
    assert {place for *_, place in records} == {"Vereinshaus"}


def test_the_allotment_clubs_work_days() -> None:
    records = saved_page_spans("jekyll-kgvzurhoffnung-arbeitseinsaetze-2022-04")
    assert {place for *_, place in records} == {"Vereinshaus"}
    assert [(title, start) for title, start, *_ in records] == [
        ("Arbeitseinsatz", "2022-05-07T08:00"),
        ("Arbeitseinsatz", "2022-05-28T08:00"),
        ("Arbeitseinsatz", "2022-07-02T08:00"),
        ("Arbeitseinsatz", "2022-08-06T08:00"),
        ("Arbeitseinsatz", "2022-09-24T08:00"),
    ]


# 4. A news page's posts: the sidebar „Letzte Meldungen“ lists every post by the day it went up
#    („13.01.2024<br><a>Termine für Grünkohlessen …</a>“) — no event on that day; „(Eintrag vom
#    13.01.2024)“ under a post's title is its publication stamp too. A post titled only
#    „Termine 2023“ is named by its first sentence („Matjes-Essen am 26.05.2023 …“); a title that
#    gives its day between the name and its place („… am 16.01.2023 um 19:30 Uhr in der
#    Christophoruskirche“) keeps the name and the place.


def test_latest_notices_name_a_list_of_posts() -> None:
    assert NEWS_HEADING.match("Letzte Meldungen")
    assert NEWS_HEADING.match("Aktuelle Meldungen")
    assert not NEWS_HEADING.match("Termine")


def test_an_entry_stamp_is_a_publication_note() -> None:
    assert without_publication_notes("(Eintrag vom 13.01.2024)").strip(" ()") == ""
    assert without_publication_notes("Beitrag vom 5. Mai 2023").strip() == ""
    # a fee's due day is no post's stamp
    assert "01.01.2024" in without_publication_notes("Mitgliedsbeitrag vom 01.01.2024 an fällig")


def test_the_day_between_a_titles_name_and_its_place_is_cut() -> None:
    assert (
        without_the_day_before_the_place(
            "Sitzung des Ortsrates Bissendorf-Wietze am 16.01.2023 um 19:30 Uhr in der Christophoruskirche"
        )
        == "Sitzung des Ortsrates Bissendorf-Wietze in der Christophoruskirche"
    )
    assert (
        without_the_day_before_the_place(
            "Weihnachtsmarkt am 16. Dezember 2023 in Bissendorf-Wietze"
        )
        == "Weihnachtsmarkt in Bissendorf-Wietze"
    )
    # a sentence going on after the place, or a day at the end, is left
    going_on = "Treffen am 3. Mai in der Stadthalle und danach Grillen"
    assert without_the_day_before_the_place(going_on) == going_on
    assert (
        without_the_day_before_the_place("Sommerfest am 19. August 2023")
        == "Sommerfest am 19. August 2023"
    )


def test_the_place_after_a_titles_day_is_where() -> None:
    assert day_before_the_place(
        "Weihnachtsmarkt am 10.12.2022 ab 15:00 Uhr an der Christophoruskirche"
    ) == ("Weihnachtsmarkt an der Christophoruskirche", "Christophoruskirche")
    assert day_before_the_place("Sommerfest am 19. August 2023") is None


def _news(entries: str, sidebar: str) -> str:
    return f"""<html><head><title>Verein · Aktuelles</title></head><body>
<header><div class="banner"><img src="banner.jpg"></div></header>
<main><div class="ctmain"><post><ul>{entries}</ul></post></div></main>
<postlist><h3>Mitglied werden?</h3><div><a href="/beitritt.pdf">Beitrittsformular</a></div><hr>
<h3>Letzte Meldungen</h3><ul>{sidebar}</ul></postlist></body></html>"""


def _entry(url: str, title: str, posted: str, excerpt: str) -> str:
    return f"""<li><h1><a href="{url}" class="post">{title}</a></h1><br>
(Eintrag vom {posted})<p>{excerpt}</p></li>
<div style="text-align: right;"><a href="..{url}">weiter >></a></div>"""


def _side(url: str, title: str, posted: str) -> str:
    return f'<li>{posted}<br><a href="..{url}">{title}</a></li><br>'


_POSTS = [
    ("/matjes", "Gemeinsames Matjesessen", "06.05.2024", "Liebe Mitglieder,\nwir laden ein:"),
    ("/facebook", "Facebook-Seite der Wietze-Gemeinschaft", "19.07.2023", "Liebe Mitglieder,"),
    (
        "/sommerfest",
        "Sommerfest der Wietze-Gemeinschaft am 19. August 2023",
        "17.07.2023",
        "Sommerfest der Wietze-Gemeinschaft am 19. August 2023, 18:00 Uhr an der Christophoruskirche",
    ),
    (
        "/termine-2023",
        "Termine 2023",
        "22.04.2023",
        "Matjes-Essen am 26.05.2023 um 19:00 Uhr bei Bludau, Alter Postweg 8; Rückmeldung bis zum"
        " 22.05.2023 erbeten.",
    ),
    (
        "/ortsrat",
        "Sitzung des Ortsrates am 16.01.2023 um 19:30 Uhr in der Christophoruskirche",
        "10.01.2023",
        "Tagesordnung:",
    ),
    (
        "/radtour",
        "Radtour der Wietze-Gemeinschaft am 21.08.2022",
        "10.08.2022",
        "Liebe Mitglieder,",
    ),
    (
        "/jubilaeum",
        "75-jähriges Jubiläum der Wietze-Gemeinschaft in 2022",
        "05.11.2021",
        "Liebe Mitglieder,",
    ),
]
_NEWS = _news(
    "".join(_entry(*post) for post in _POSTS), "".join(_side(*post[:3]) for post in _POSTS)
)


def test_posts_are_no_events_on_the_day_they_went_up() -> None:
    records = spans_on(_NEWS, date(2024, 5, 22))
    starts = {start for _, start, *_ in records}
    assert not starts & {"2024-05-06", "2023-04-22", "2022-08-10"}
    assert ("Matjes-Essen", "2023-05-26T19:00") in {(t, s) for t, s, *_ in records}
    assert "2022-08-21" in starts


def test_the_village_associations_news_page() -> None:
    records = saved_page_spans("jekyll-wietzegemeinschaft-aktuelles-2024-05")
    named = {(title, start) for title, start, *_ in records}
    assert ("Matjes-Essen", "2023-05-26T19:00") in named
    assert (
        "Sitzung des Ortsrates Bissendorf-Wietze in der Christophoruskirche",
        "2023-01-16T19:30",
    ) in named
    assert (
        "Weihnachtsmarkt an der Christophoruskirche",
        "2022-12-10T15:00",
        None,
        "Christophoruskirche",
    ) in records
    posted = {"2024-05-06", "2024-01-13", "2023-07-19", "2023-04-22", "2021-11-05", "2020-10-01"}
    assert not {start for _, start, *_ in records} & posted
