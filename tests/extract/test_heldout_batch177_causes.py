"""Causes found on held-out German batch 177 of the real-page corpus (single-event posts: a
makerspace's Jekyll posts and a scouts' support association's Siteleaf posts), each pinned on a
minimal snippet and on its page: the records a reader would note, with their names, starts and
places."""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.author_stamps import is_stamp_by_author, stamp_by_author_day
from netdir.extract.event_page_dates import article_day_lines
from netdir.extract.prose_announcements import announcing_sentence
from netdir.extract.weekday_starts import start_on_a_weekday
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# 1. „12 Jun 2021 - Lukas“ under a post's h1 (Jekyll's date_to_string and the author): the day
#    the post went up, not the event's day, and „Lukas“ no venue. Read as a date line, a report
#    became an event on its stamp and the Making Hours' post one on the day it was posted.


def test_a_date_to_string_stamp_beside_its_author_on_snippets() -> None:
    assert is_stamp_by_author("12 Jun 2021 - Lukas")
    assert is_stamp_by_author("01 Nov 2021 – Martin Vogel")
    assert stamp_by_author_day("10 May 2019 - Patrick") == date(2019, 5, 10)
    # an event's own date line is never written so
    assert not is_stamp_by_author("Samstag, 12. Juni 2021 – Stadthalle")
    assert not is_stamp_by_author("12.06.2021 - Rathaus")
    assert not is_stamp_by_author("12 Jun 2021 - 18 Uhr")
    assert not is_stamp_by_author("12 Jun 2021")
    assert stamp_by_author_day("31 Jun 2021 - Lukas") is None


_POST = (
    "<html><body><div class='main-content'><h1>{title}</h1><p>{stamp}</p>{body}</div>"
    "<div class='sidebar'>Events:<div id='calendar_sidebar'></div></div></body></html>"
)


def test_a_report_under_its_stamp_is_no_event_on_a_snippet() -> None:
    html = _POST.format(
        title="Veranstaltungsbericht: CodeWeek",
        stamp="01 Nov 2021 - Martin",
        body="<p>Im Workshop haben die Teilnehmenden gelernt, eine Lichtorgel zu bauen.</p>",
    )
    assert readings_on(html, date(2021, 11, 1)) == []


def test_a_report_under_its_stamp_is_no_event_on_the_page() -> None:
    assert saved_page_readings("jekyll-comakingspace-codeweek-bericht-2021-11") == []


# 2. The post's byline is no day of its article: „<time> 10.12.2014</time> von Matthias Geisler
#    in Mitgliederversammlung“ (and „12 Jun 2021 - Lukas“) hid the article's one dated sentence
#    from the readers that take it.


def test_a_byline_is_no_day_of_the_article_on_a_snippet() -> None:
    tree = LexborHTMLParser(
        "<h2>Mitgliederversammlung 2014</h2><p class='post-meta'><time datetime='2014-12-10'>"
        "10.12.2014</time> von <span>Matthias Geisler</span></p><p>In der Mitgliederversammlung "
        "am Mittwoch den 3. Dezember 2014 wurde gewählt.</p>"
    )
    lines = [(node.text(deep=True).strip(), node) for node in tree.css("h2, p")]
    assert article_day_lines(lines) == [2]
    # a day line opening with its <time> and going on with its hours is the event's
    tree = LexborHTMLParser("<p><time>23.12.2016</time> von 17 bis 20 Uhr am Weiher</p>")
    lines = [(node.text(deep=True).strip(), node) for node in tree.css("p")]
    assert article_day_lines(lines) == [0]


def test_a_report_dates_its_meeting_under_the_byline_on_the_page() -> None:
    assert saved_page_readings("siteleaf-fktotila-mitgliederversammlung-2014-12") == [
        ("Mitgliederversammlung 2014 mit Neuwahlen der Vorstandschaft", "2014-12-03", None)
    ]


# 3. „Los geht’s am Mittwoch ab 18 Uhr mit Kim als Aufsicht“ closing a post stamped „12 Jun
#    2021“, no other day in it: the Wednesday after the post, at 18:00.


def test_a_start_on_a_weekday_on_snippets() -> None:
    assert start_on_a_weekday("Sagt Bescheid. Los geht’s am Mittwoch ab 18 Uhr mit Kim!") == (
        "Los geht’s am Mittwoch ab 18 Uhr mit Kim!"
    )
    assert start_on_a_weekday("Der Kurs beginnt am Montag um 9 Uhr.") is not None
    # a weekly rule, opening hours or a weekday without its clock is no start
    assert start_on_a_weekday("Wir treffen uns jeden Mittwoch ab 18 Uhr.") is None
    assert start_on_a_weekday("Geöffnet Mittwoch 18–22 Uhr.") is None
    assert start_on_a_weekday("Los geht’s am Mittwoch.") is None
    html = _POST.format(
        title="Rückkehr der Making Hours",
        stamp="12 Jun 2021 - Lukas",
        body="<p>Wir dürfen wieder Veranstaltungen ausrichten!</p>"
        "<p>Los geht’s am Mittwoch ab 18 Uhr mit Kim als Aufsicht, viel Spaß!</p>",
    )
    # counted from the post's stamp, not from the day the page is read years later
    assert readings_on(html, date(2026, 12, 7)) == [
        ("Rückkehr der Making Hours", "2021-06-16T18:00", None)
    ]
    # without a stamp under the heading the weekday has nothing to count from
    assert readings_on(html.replace("12 Jun 2021 - Lukas", "von Lukas"), date(2021, 6, 12)) == []


def test_a_start_on_a_weekday_on_the_page() -> None:
    assert saved_page_readings("jekyll-comakingspace-making-hours-2021-06") == [
        ("Rückkehr der Making Hours", "2021-06-16T18:00", None)
    ]


# 4. „Zu diesem Festwochenende wollen wir jetzt schon recht herzlich einladen und bitten den
#    Termin 28./ 29. Mai 2016 freizuhalten.“: an invitation in the infinitive, a save-the-date.


def test_a_save_the_date_invites_on_snippets() -> None:
    sentence = (
        "Wir wollen Euch herzlich einladen und bitten den Termin 28./ 29. Mai 2016 freizuhalten."
    )
    assert announcing_sentence(sentence) == sentence
    assert announcing_sentence("Bitte den Termin 3. März 2024 vormerken!") is not None
    # a day named beside a download is no invitation
    assert announcing_sentence("Die Einladung vom 3. März 2024 zum Herunterladen.") is None


def test_a_save_the_date_invites_on_the_page() -> None:
    assert saved_page_readings("siteleaf-fktotila-vorankuendigung-30-jahre-2015-12") == [
        ("Vorankündigung: 30 Jahre Stamm Totila Karlshuld", "2016-05-28", None)
    ]
