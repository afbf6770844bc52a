"""Causes found on held-out German batch 159 of the real-page corpus (libraries, adult education,
museums, cultural associations and cinemas: the Kinemathek Karlsruhe's home page, open-air
programme and cooperation list, the Öffentliche Bibliothek Asten's events, holiday programme and
a reading), each pinned on a minimal snippet and on its page: the records a reader would note,
with their names, starts and places."""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.block_reading import BlockReading
from netdir.extract.bold_day_paragraphs import name_in_the_paragraph_below
from netdir.extract.byline_time_stamps import time_element_text
from netdir.extract.capital_name_tags import cut_genre_tags
from netdir.extract.long_prose_dates import announced_day
from netdir.extract.prose_announcements import announces_a_day
from netdir.extract.subtitle_day_headings import (
    name_above_the_subtitle,
    subtitle_day_under_its_name,
)
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# 1. A library's holiday programme as a Markdown post: „<p><strong>Montag, 11.7.2022 - 10:00 -
#    11:00 Uhr</strong></p>“ over „<p>Science Club - Wie kommt der Dreck aus dem Wasser? …</p>“.
#    Each bold day was a row that named nothing and took the post's title („Ferienpass Sommer
#    2022“); the plain paragraph below it names the day's offering.

_HOLIDAY_PROGRAMME = (
    "<html><body><article><h2>Ferienpass Sommer 2022</h2><div class='post-content'>"
    "<p>Nach zwei Jahren ohne Ferienpass ist die Bibliothek mit mehreren Veranstaltungen "
    "präsent.</p>"
    "<p><strong>Montag, 11.7.2022 - 10:00 - 11:00 Uhr</strong></p>"
    "<p>Science Club - Kläranlagen selber bauen</p>"
    "<p><strong>Freitag, 19.8.2022 - 19:00 - 23:00 Uhr</strong></p>"
    "<p>Spielenacht mit Rätselrallye</p>"
    "<p><strong>Montag, 22.8.2022 - 10:00 - 11:00 Uhr</strong></p>"
    "<p>Science Club - Säuren, hilfreich und gefährlich</p>"
    "</div></article></body></html>"
)


def test_the_paragraph_below_a_bold_day_names_it() -> None:
    tree = LexborHTMLParser(_HOLIDAY_PROGRAMME)
    bold_day, name, *_ = tree.css("div.post-content p")[1:]
    assert name_in_the_paragraph_below(bold_day) == "Science Club - Kläranlagen selber bauen"
    # a paragraph that is no bold day, or a bold day over a dated line, names nothing so
    assert name_in_the_paragraph_below(name) is None
    dated = LexborHTMLParser(
        "<div><p><b>Montag, 11.7.2022</b></p><p>Dienstag, 12.7.2022 Spielenacht</p></div>"
    ).css_first("p")
    assert name_in_the_paragraph_below(dated) is None


def test_bold_days_over_names_on_a_snippet() -> None:
    assert readings_on(_HOLIDAY_PROGRAMME, date(2022, 6, 8)) == [
        ("Science Club - Kläranlagen selber bauen", "2022-07-11T10:00", None),
        ("Spielenacht mit Rätselrallye", "2022-08-19T19:00", None),
        ("Science Club - Säuren, hilfreich und gefährlich", "2022-08-22T10:00", None),
    ]


def test_bold_days_over_names_on_the_page() -> None:
    assert [
        title for title, _, _ in saved_page_readings("jekyll-bibliothek-asten-ferienpass-2022")
    ] == [
        "Science Club - Wie kommt der Dreck aus dem Wasser? Kläranlagen selber bauen",
        "Spielenacht mit Rätselrallye",
        "Schience Club - Was heißt hier sauer? Säuren - hilfreich und gefährlich",
    ]


# 2. „Der österreichische Autor Andreas Gruber wird am 24. September um 19:00 Uhr im Pfarrsaal
#    Asten aus seinem neuesten Krimi lesen“: a guest reads on the day at its clock — an
#    announcement, though it neither invites nor says „findet … statt“. The post gave no record.


def test_a_guest_reading_at_its_clock_announces_the_day() -> None:
    assert announces_a_day(
        "Der Autor Andreas Gruber wird am 24. September um 19:00 Uhr im Pfarrsaal aus seinem "
        "neuesten Krimi lesen."
    )
    assert announces_a_day("Die Autorin stellt am 22. Juni 2022 um 19:00 Uhr ihr neues Buch vor.")
    # a reading told in the past, or one without its clock, is no announcement by this
    assert not announces_a_day("Am 24. September las der Autor aus seinem neuesten Krimi.")


# 3. The post's stamp „<p class="post-meta"><time …>24. September 2022</time> / <span>Ilse
#    Zenisek</span></p>“ under its title is a day beside the author: read as a line it was no
#    stamp, and the yearless „am 24. September“ of the post fell in the year after the page was
#    saved (2023). The ``<time>`` element is the stamp.

_READING_POST = (
    "<html><body><article class='post'><h2 class='post-title'>Lesung mit Andreas Gruber</h2>"
    "<p class='post-meta'><time class='date' datetime='2022-09-24T19:00:00+02:00'>24. September "
    "2022</time> <span class='slash-separator'></span> <span class='author'>Ilse Zenisek</span>"
    "</p><div class='post-content'><p>Der österreichische Autor Andreas Gruber wird am 24. "
    "September um 19:00 Uhr im Pfarrsaal Asten aus seinem neuesten Krimi lesen - Hochspannung "
    "pur ist garantiert!</p><p>Im Anschluss laden wir zu Gesprächen ein.</p></div></article>"
    "</body></html>"
)


def test_the_time_element_of_a_byline() -> None:
    line = LexborHTMLParser(_READING_POST).css_first("p.post-meta")
    assert time_element_text(line) == "24. September 2022"
    assert time_element_text(None) is None
    two = LexborHTMLParser("<p><time>1. Mai 2022</time> – <time>2. Mai 2022</time></p>")
    assert time_element_text(two.css_first("p")) is None


def test_a_guest_reading_in_the_year_of_its_post_on_a_snippet() -> None:
    assert readings_on(_READING_POST, date(2023, 1, 12)) == [
        ("Lesung mit Andreas Gruber", "2022-09-24T19:00", "Pfarrsaal Asten")
    ]


def test_a_guest_reading_in_the_year_of_its_post_on_the_page() -> None:
    assert saved_page_readings("jekyll-bibliothek-asten-lesung-gruber-2022") == [
        ("Lesung mit Andreas Gruber", "2022-09-24T19:00", "Pfarrsaal Asten")
    ]


# 4. Post teasers whose <time> sits in the post's stamp line („<p class="post-meta"><time>8. Juni
#    2022</time> / Ilse Zenisek / Veranstaltungen</p>“): the stamp line was known as a stamp, the
#    time inside it was not (the line's text, with the author, is longer) — and the teaser that
#    names no day in its excerpt („Ferienpass Sommer 2022“) became an event on its posting day.
# 5. With the stamp a stamp, a teaser's day is its excerpt's: „Die Linzer Autorin Claudia Werner
#    stellt im Pfarrsaal Asten am 22. Juni 2022 um 19:00 Uhr ihr neues Buch … vor und präsentiert
#    eine Sammlung …, ihre Geschichte …“ runs on past the clock without a comma; cut at the clock
#    of the day, it keeps the day and its hour.


def _teaser(title: str, stamp: str, excerpt: str) -> str:
    return (
        f"<article class='blogpost-teaser'><header><h3>{title}</h3><p class='post-meta'>"
        f"<time class='date'>{stamp}</time> <span class='author'>Ilse Zenisek</span> "
        "<span class='category-list'><a href='/news/veranstaltungen'>Veranstaltungen</a></span>"
        f"</p></header><div class='excerpt'><p>{excerpt}</p><a class='readmore-link' "
        "href='/news/x/'>weiterlesen</a></div></article>"
    )


_LONG_EXCERPT = (
    "Die Linzer Autorin Claudia Werner stellt im Pfarrsaal Asten am 22. Juni 2022 um 19:00 Uhr "
    "ihr neues Buch Unnützes Wissen Oberösterreich vor und präsentiert eine Sammlung "
    "interessanter Fakten über unsere Heimat, ihre Geschichte und Menschen, Traditionen und "
    "Besonderheiten."
)
_TEASERS = (
    "<html><body><section><h2>Aktuelles / Veranstaltungen</h2><div>"
    + _teaser(
        "Lesung mit Andreas Gruber",
        "24. September 2022",
        "Der Autor Andreas Gruber wird am 24. September um 19:00 Uhr im Pfarrsaal Asten lesen.",
    )
    + _teaser("Literatur Café mit Claudia Werner", "22. Juni 2022", _LONG_EXCERPT)
    + _teaser(
        "Ferienpass Sommer 2022",
        "8. Juni 2022",
        "Nach zwei Jahren ohne Ferienpass ist die Bibliothek mit mehreren Veranstaltungen präsent.",
    )
    + _teaser(
        "Die lange Nacht der Bibliotheken",
        "30. April 2022",
        "Wir laden am Samstag 30. April 2022 ab 17:00 Uhr Kinder in die Bibliothek ein.",
    )
    + "</div></section></body></html>"
)


def test_a_long_excerpt_is_cut_at_the_clock_of_its_day() -> None:
    teaser = LexborHTMLParser(_teaser("Literatur Café", "22. Juni 2022", _LONG_EXCERPT))
    assert announced_day([teaser.css_first("article")], stamped=True) == (
        "Die Linzer Autorin Claudia Werner stellt im Pfarrsaal Asten am 22. Juni 2022 um 19:00 Uhr",
        "p",
    )


def test_a_teaser_dated_only_by_its_stamp_is_no_event_on_a_snippet() -> None:
    assert readings_on(_TEASERS, date(2023, 1, 12)) == [
        ("Lesung mit Andreas Gruber", "2022-09-24T19:00", "Pfarrsaal Asten"),
        ("Literatur Café mit Claudia Werner", "2022-06-22T19:00", "Pfarrsaal Asten"),
        ("Die lange Nacht der Bibliotheken", "2022-04-30T17:00", "Bibliothek"),
    ]


def test_a_teaser_dated_only_by_its_stamp_is_no_event_on_the_page() -> None:
    readings = saved_page_readings("jekyll-bibliothek-asten-veranstaltungen-2023-01")
    assert [title for title, _, _ in readings] == [
        "Lesung mit Andreas Gruber",
        "Literatur Café mit Claudia Werner",
        "Bücherflohmarkt",
        "Die lange Nacht der Biblioötheken: KUNTERBUNT durch den Abend",
    ]
    assert readings[1] == (
        "Literatur Café mit Claudia Werner",
        "2022-06-22T19:00",
        "Pfarrsaal Asten",
    )


# 6. An open-air cinema's programme: „Sa 16.07. 21:30 THE STRAW THAT BROKE Science Fiction“,
#    „So 24.07. 20:30 STRANGE BREW Komödie +Cocktailbar“. Each film's name went on into its genre;
#    where most rows of a list set the name in capitals and close with a short tag in ordinary
#    letters, the capitals are the name.


def _rows(*titles: str) -> list[BlockReading]:
    return [BlockReading(title=title, sources={"title": "listing:a"}) for title in titles]


def test_genre_tags_after_names_in_capitals() -> None:
    readings = _rows(
        "THE STRAW THAT BROKE Science Fiction",
        "MARIUPOLIS Dokumentarfilm und Filmgespräch",
        "STRANGE BREW Komödie +Cocktailbar",
        "23 Thriller",
    )
    cut_genre_tags(readings)
    assert [r.title for r in readings] == [
        "THE STRAW THAT BROKE",
        "MARIUPOLIS",
        "STRANGE BREW",
        "23 Thriller",
    ]
    # an acronym before a name, a subtitle in small words, or a list where few rows are so
    # shaped: left as they are
    kept = _rows("VHS Kurs Spanisch", "NABU Exkursion", "KONZERT Chor der Stadt")
    cut_genre_tags(kept)
    assert [r.title for r in kept] == [
        "VHS Kurs Spanisch",
        "NABU Exkursion",
        "KONZERT Chor der Stadt",
    ]
    few = _rows("TITANE Körperhorror", "Sommerfest", "Lesung", "Konzert im Park")
    cut_genre_tags(few)
    assert few[0].title == "TITANE Körperhorror"


def test_genre_tags_after_names_in_capitals_on_the_page() -> None:
    titles = [
        title
        for title, _, _ in saved_page_readings("wp-kinemathek-karlsruhe-piazza-del-cinema-2022")
    ]
    assert titles[:5] == [
        "THE STRAW THAT BROKE",
        "MARIUPOLIS",
        "BAD LUCK BANGING OR LOONEY PORN",
        "TITANE",
        "STRANGE BREW",
    ]
    assert "NATIONAL LAMPOON’S VACATION" in titles


# 7. A cinema's school offerings, one slide each: „<h2><a>Cinéfête</a></h2><h3>Das französische
#    Schulfilmfestival am 15. bis 22. Juni 2026</h3>“, „<h2><a>Schulkinowoche</a></h2><h3>20. –
#    28.11. bei uns im Kino</h3>“. The dated sub-heading was read alone: the festival named by its
#    kind („Das französische Schulfilmfestival“), the school cinema weeks — days first — not at
#    all. The heading right above, one rank higher, names what takes place on those days.

_SCHOOL_SLIDES = (
    "<html><body><main><div class='wpt_listing'>"
    "<div class='event'><h3>Mittwoch 10 Juni</h3><p>17:30</p><p><a href='/film/a/'>Dao</a></p></div>"
    "<div class='event'><h3>Donnerstag 11 Juni</h3><p>19:30</p><p><a href='/film/b/'>Tori</a></p>"
    "</div><div class='event'><h3>Freitag 12 Juni</h3><p>20:00</p><p><a href='/film/c/'>Krull</a>"
    "</p></div></div>"
    "<section><h2>Filmbildung</h2>"
    "<div><h2><a href='/cinefete/'>Cinéfête</a></h2>"
    "<h3>Das französische Schulfilmfestival am 15. bis 22. Juni 2026</h3>"
    "<p>CINÉFÊTE ist das traditionsreiche Schulfilmfestival.</p></div>"
    "<div><h2><a href='/schulkinowoche/'>Schulkinowoche</a></h2>"
    "<h3>20. – 28.11. bei uns im Kino</h3>"
    "<p>Die SchulKinoWochen finden in jedem Bundesland statt.</p></div>"
    "</section></main></body></html>"
)


def test_the_heading_above_names_a_dated_sub_heading() -> None:
    tree = LexborHTMLParser(_SCHOOL_SLIDES)
    festival, weeks = tree.css("section h3")
    assert name_above_the_subtitle(festival) == "Cinéfête"
    assert subtitle_day_under_its_name(weeks, "20. – 28.11. bei uns im Kino") == (
        "20. – 28.11.",
        "Schulkinowoche",
    )
    # a heading of the same rank above, or one that is a day itself, names nothing
    same_rank = LexborHTMLParser("<div><h3>Programm</h3><h3>Am 5. Mai 2026</h3></div>")
    assert name_above_the_subtitle(same_rank.css("h3")[1]) is None
    dated_above = LexborHTMLParser("<div><h2>Mai 2026</h2><h3>Am 5. Mai 2026</h3></div>")
    assert name_above_the_subtitle(dated_above.css_first("h3")) is None
    # the page's title, or a section heading that links nowhere, heads entries it does not name
    page_title = LexborHTMLParser(
        "<div><h1><a href='/'>Nacht der Wissenschaft</a></h1><h2>Karaoke am 23. Mai</h2></div>"
    )
    assert name_above_the_subtitle(page_title.css_first("h2")) is None
    unlinked = LexborHTMLParser("<div><h2>Termine</h2><h3>Lesung am 23. Mai</h3></div>")
    assert name_above_the_subtitle(unlinked.css_first("h3")) is None


def test_dated_sub_headings_on_a_snippet() -> None:
    days = [(title, start) for title, start, _ in readings_on(_SCHOOL_SLIDES, date(2026, 6, 10))]
    assert ("Cinéfête", "2026-06-15") in days
    assert ("Schulkinowoche", "2026-11-20") in days
    assert not any(title == "Das französische Schulfilmfestival" for title, _ in days)


def test_dated_sub_headings_on_the_page() -> None:
    readings = saved_page_readings("wp-kinemathek-karlsruhe-startseite-2026-06")
    assert ("Cinéfête", "2026-06-15", None) in readings
    assert ("Schulkinowoche", "2026-11-20", None) in readings
