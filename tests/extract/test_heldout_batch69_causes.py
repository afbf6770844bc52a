"""Held-out German batch 69 (issue #11): the causes its pages showed, each with a unit test and
a test on the real page.

- ``listing_groups``: a column of ``<h1>`` sections (a lab's home page as a news column) is a
  group of heading runs like ``<h2>``–``<h6>`` ones.
- ``rule_ended_runs``: a heading's run ends at the rule after its content that a dated line
  follows (the next item's month line).
- ``block_dates`` / ``long_prose_dates``: a section under its own heading is dated by the
  sentence of its long paragraph that announces a day, cut to the clauses up to the day when the
  sentence is too long; ``prose_announcements`` reads „luden … ein“ and „triff uns“, „trafen sich“.
- ``heading_run_years``: a news item's yearless day lies in its heading's year, else under the
  month line above it — not in the year of another item's heading.
- ``heading_subtitles``: a heading's closing ``<small>`` subtitle is no part of its name.
- ``deadline_titles``: a dated entry named „Deadline …“ is a closing day, no offering.
"""

from __future__ import annotations

from datetime import date

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract import extract_page
from netdir.extract.deadline_titles import names_a_deadline
from netdir.extract.heading_run_years import year_of_the_item
from netdir.extract.heading_subtitles import without_subtitle
from netdir.extract.prose_announcements import announcing_sentence
from netdir.extract.rule_ended_runs import end_at_rules
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

_BASE = "https://example.org/"

_NEWS_COLUMN = """<html><body><div class="row"><div class="col-md-7">
<p>November 2019</p><hr>
<h1>Forum Offene Stadt 2019<br><small></small></h1>
<p class="lead">Die Fachkonferenz zum Thema Open Data und Open Government in Deutschland findet
am 8. November 2019 in Hamburg statt. Die Stiftung und die Foundation laden dazu im dritten Jahr
in Folge ins Forum ein, mit Podien, Workshops und einem Ausstellungsraum für alle Interessierten.</p>
<hr><p>August 2019</p><hr>
<h1>Offene Projekt-Börse<br><small></small></h1>
<p class="lead">Offenes Wissen und offene Daten sind ausschlaggebend für einen Wandel in unserer
Gesellschaft. Grossartig! Schreib uns vorab oder triff uns am Mi, 28. August im Betahaus um zu
präsentieren, zu lernen und über die Power offenen Wissens zu diskutieren!</p>
<hr><p>Oktober 2017</p><hr>
<h1>Feinstaub-Abend mit 25 Interessierten<br>
<small>Luftqualität noch einen Schritt weiter gedacht</small></h1>
<p class="lead">Am Montag 16. Oktober haben wir zu einem Feinstaub-Abend eingeladen! Wir haben
schon viele Anfragen bekommen, wie es denn nun weiter geht mit mobilen Sensoren, der Karte und
einer schickeren Box für den Sensor und der Auswertung der Daten.</p>
<hr>
<h1>Forum Offene Stadt 2017 - Auftakt!<b><small>Vielen Dank an alle Aussteller und
Besucher!</small></h1>
<p class="lead">Unter dem Motto "gemeinsames Stadtgestalten mit digitalen und innovativen
Lösungen" trafen sich am 3. März 150 Interessierte in der Stiftung, um spannende Projekte und Apps
auszuprobieren, über Stadtgestaltung mit offenen Daten zu diskutieren und die dabei entstehenden
Lösungen für alle Stadtbewohner nutzbar zu machen.</p>
</div></div></body></html>"""


def _starts(html: str, today: str) -> dict[str | None, str | None]:
    records = extract_page(page_from_text(html, _BASE)).records
    return {r.title: normalize_record(r, today=date.fromisoformat(today)).start for r in records}


def test_a_column_of_h1_sections_is_a_listing_of_its_items() -> None:
    assert _starts(_NEWS_COLUMN, "2019-08-02") == {
        "Forum Offene Stadt 2019": "2019-11-08",
        "Offene Projekt-Börse": "2019-08-28",
        "Feinstaub-Abend mit 25 Interessierten": "2017-10-16",
        "Forum Offene Stadt 2017 - Auftakt!": "2017-03-03",
    }


# rule_ended_runs -------------------------------------------------------------------------------


def _children(html: str) -> list:
    body = LexborHTMLParser(html).body
    assert body is not None
    return list(body.iter(include_text=False))


def test_a_run_ends_at_the_rule_a_dated_line_follows() -> None:
    run = _children("<h1>A</h1><p>Text über A.</p><hr><p>August 2019</p><hr>")
    assert [n.tag for n in end_at_rules([run])[0]] == ["h1", "p"]


def test_a_rule_without_a_dated_line_after_it_keeps_the_run() -> None:
    run = _children("<h3>A</h3><p>Text</p><hr><p>Mehr Text über A</p>")
    assert len(end_at_rules([run])[0]) == 4
    rule_under_the_heading = _children("<h3>A</h3><hr><p>12. März 2026</p>")
    assert len(end_at_rules([rule_under_the_heading])[0]) == 3


# prose_announcements ---------------------------------------------------------------------------


def test_reported_invitations_and_meetings_announce_their_day() -> None:
    assert announcing_sentence("Am 13. April 2018 luden die Stiftung und der Verein ins Forum ein.")
    assert announcing_sentence("Schreib uns oder triff uns am Mi, 28. August im Betahaus!")
    assert announcing_sentence("Dort trafen sich am 3. März 150 Interessierte.")
    assert announcing_sentence("Wir treffen uns jeden Montag im Kontor.") is None  # no day


# heading_run_years -----------------------------------------------------------------------------


def test_the_items_own_heading_year_first_then_the_month_line_above() -> None:
    nodes = _children(
        "<p>Oktober 2017</p><hr><h1>Code Week</h1><p>…</p><hr><h1>Feinstaub-Abend</h1>"
        "<p>…</p><hr><h1>Forum 2016</h1>"
    )
    headings = [n for n in nodes if n.tag == "h1"]
    assert year_of_the_item(headings[1]) == ("2017", "month line above")
    assert year_of_the_item(headings[2]) == ("2016", "h1 of the item")
    assert year_of_the_item(nodes[0]) is None  # not a heading


# heading_subtitles -----------------------------------------------------------------------------


def _heading(html: str):
    node = LexborHTMLParser(html).css_first("h1, h2, h3")
    assert node is not None
    return node


def test_a_closing_small_phrase_is_the_subtitle() -> None:
    heading = _heading(
        "<h1>Feinstaub-Abend<br><small>Luftqualität noch weiter gedacht</small></h1>"
    )
    assert without_subtitle(heading, "Feinstaub-Abend Luftqualität noch weiter gedacht") == (
        "Feinstaub-Abend"
    )


def test_a_short_small_says_what_the_name_is_and_stays() -> None:
    museum = _heading("<h2>DEPOT61<br/><small>Das Museum</small></h2>")
    assert without_subtitle(museum, "DEPOT61 Das Museum") == "DEPOT61 Das Museum"


def test_a_closing_small_phrase_without_a_break_is_the_subtitle_a_word_is_not() -> None:
    phrase = _heading("<h1>Forum 2017<b><small>Vielen Dank an alle Aussteller!</small></b></h1>")
    assert without_subtitle(phrase, "Forum 2017 Vielen Dank an alle Aussteller!") == "Forum 2017"
    word = _heading("<h2>Jazz <small>live</small></h2>")
    assert without_subtitle(word, "Jazz live") == "Jazz live"
    only = _heading("<h2><small>Nur klein</small></h2>")
    assert without_subtitle(only, "Nur klein") == "Nur klein"


# deadline_titles -------------------------------------------------------------------------------


def test_an_entry_named_as_a_deadline_is_no_offering() -> None:
    assert names_a_deadline("Deadline 2. Runde Prototype Fund")
    assert names_a_deadline("Einsendeschluss Fotowettbewerb")
    assert names_a_deadline("Redaktionsschluss Amtsblatt")
    assert not names_a_deadline("Saisonabschluss mit Pizza")
    assert not names_a_deadline("Kick-Off 2. Runde Prototype Fund")
    assert not names_a_deadline(None)


# the real pages --------------------------------------------------------------------------------


def test_the_labs_news_column_gives_its_five_events(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "jekyll-codeforhamburg-start-2019-08")
    starts = {r["title"]: (r["start"] or "")[:10] for r in records}
    assert starts["FORUM Offene Stadt 2019"] == "2019-11-08"
    assert starts["Offene Projekt-Börse"] == "2019-08-28"
    assert starts["FORUM Offene Stadt 2018"] == "2018-04-13"
    assert starts["Feinstaub-Abend mit 25 Interessierten"] == "2017-10-16"
    assert starts["FORUM Offene Stadt 2017 - Auftakt für offenes Stadtgestalten!"] == "2017-03-03"


def test_the_deadline_in_the_calendar_makes_no_record(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "jekyll-okfn-termine-2017-01")
    titles = [r["title"] for r in records]
    assert "Deadline 2. Runde Prototype Fund" not in titles
    assert len(records) == 13
