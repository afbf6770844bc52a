"""Causes found on held-out German batch 111 of the real-page corpus (a literary society's
readings, a singer's performances, a linguist's talks), each pinned on a minimal snippet and on
its page: the records a reader would list, with the day and the place of each."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

from netdir.extract import extract_page
from netdir.extract.row_end_places import place_closing_the_line
from netdir.normalize import normalize_record
from netdir.normalize.when import parse_when
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import PAGES, TRUTH
from tests.realpages.corpus import load_truth

_Record = tuple[str | None, str | None, str | None]


def _records(page_id: str) -> list[_Record]:
    """(title, start, place) of a corpus page's records, read on the day it was saved."""
    truth = load_truth(TRUTH / f"{page_id}.yaml")
    html = (PAGES / f"{page_id}.html").read_text(encoding="utf-8")
    saved = datetime.combine(truth.today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html, truth.base_url), fetched_at=saved)
    return _read(extract_page(page).records, truth.today)


def _page(html: str, today: date) -> list[_Record]:
    saved = datetime.combine(today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html), fetched_at=saved)
    return _read(extract_page(page).records, today)


def _read(records: list[RawRecord], today: date) -> list[_Record]:
    """Each record's title and start as normalized, and its place as the page states it."""
    return [
        (n.title, n.start, r.location_text)
        for r, n in ((r, normalize_record(r, today=today)) for r in records)
    ]


# Cause 1: a month misspelt with one letter too many („21. Setptember 2015“, a finger on the
# neighbouring key) was no date: the heading that holds only that day became a record's name
# and the reading under it was lost. The month is respelt after a day's number as the swapped,
# mistyped and missing letters already were (when_clean._month_typos), and a heading that is
# only such a day names nothing (title_text).


def test_a_month_with_a_letter_too_many_is_read_after_its_day() -> None:
    assert parse_when("21. Setptember 2015", today=date(2017, 5, 21)).start == "2015-09-21"
    assert parse_when("3. Novembber 2016", today=date(2017, 5, 21)).start == "2016-11-03"
    # Only right after a day's number: a word of that shape elsewhere is left as it is.
    assert parse_when("Setptember", today=date(2017, 5, 21)).start is None


_MISSPELT_HEADINGS = """<html><body><div class="content"><h1>Archiv</h1>
<h2>24. September 2015</h2>
<p>Monika Maron las aus ihrem zuletzt erschienenen Roman "Zwischenspiel".</p>
<h2>21. Setptember 2015</h2>
<p>Karl Döring liest aus "Stahl für die DDR --- Stahl für die Welt" Moderation Manfred Stolpe</p>
<h2>23. April 2015</h2>
<p>Arno Surminski las aus "Als der Krieg zu Ende ging".</p>
</div></body></html>"""


def test_a_heading_of_a_misspelt_day_dates_the_reading_under_it() -> None:
    titles = {start: title for title, start, _ in _page(_MISSPELT_HEADINGS, date(2017, 5, 21))}
    assert set(titles) == {"2015-09-24", "2015-09-21", "2015-04-23"}
    assert titles["2015-09-21"] is not None
    assert titles["2015-09-21"].startswith("Karl Döring liest aus")


def test_the_literary_societys_archive_has_the_reading_of_the_misspelt_day() -> None:
    records = _records("jekyll-lesehuette-archiv-2017-05")
    on_the_day = [title for title, start, _ in records if start == "2015-09-21"]
    assert len(on_the_day) == 1
    assert on_the_day[0] is not None and on_the_day[0].startswith("Karl Döring liest aus")
    assert len(records) == 26


# Cause 2: a scholar's list of talks names each talk in a span of its own and goes on, on the
# same line, with the occasion and where: „…</span>. Germanistiktag 2026 <em>Germanistik und
# Schule</em>, Universität Bern.“ No reader took the closing comma part as the place (one talk,
# „… Citizen Science in der Schule“, got „Schule“ from its own title). The last comma part of
# the line's last sentence is the place when it names a venue or an institution of learning, a
# venue and its town, or a known town (row_end_places); badges after the full stop are not.

_TALKS = """<html><body><main><article><h1>Vorträge</h1>
<h2>Wissenschaftliche Vorträge</h2>
<ul class="talks">
<li class="year">2026</li>
<li><span class="date">04.12.2026</span> <span class="talk">
<span class="title">Linguistik, Schule und KI</span>.
Germanistiktag 2026 <em>Germanistik und Schule</em>, Universität Bern.
<span class="badge">bevorstehend</span></span></li>
<li><span class="date">20.11.2026</span> <span class="talk">
<span class="title">Schreibforschung und Citizen Science in der Schule</span>.
Gastvortrag im Seminar <em>Linguistics goes Citizen Science</em> (Y. Ilg), Universität Zürich.
<span class="badge">eingeladen</span><span class="badge">bevorstehend</span></span></li>
<li><span class="date">14.07.2025</span> <span class="talk">
<span class="title">Partizipation auf Augenhöhe?</span>.
Tagung <em>Sprachforschung und Citizen Science</em>, Leibniz-Institut für Deutsche Sprache, Mannheim.
</span></li>
<li><span class="date">21.06.2025</span> <span class="talk">
<span class="title">«Ich bin nicht dein Bro!»</span>.
Experteninterview, CH-Media-Mantelzeitung.
</span></li>
</ul></article></main></body></html>"""


def test_the_comma_part_closing_a_talks_line_is_where() -> None:
    places = {title: place for title, _, place in _page(_TALKS, date(2026, 10, 15))}
    assert places["Linguistik, Schule und KI"] == "Universität Bern"
    assert places["Schreibforschung und Citizen Science in der Schule"] == "Universität Zürich"
    assert (
        places["Partizipation auf Augenhöhe?"] == "Leibniz-Institut für Deutsche Sprache, Mannheim"
    )
    assert places["«Ich bin nicht dein Bro!»"] is None  # a newspaper is no place


def test_only_a_venue_an_institution_or_a_town_closes_the_line_as_a_place() -> None:
    assert place_closing_the_line(
        ". Workshop für Graduate Students, University of North Carolina at Chapel Hill."
    ) == ("University of North Carolina at Chapel Hill")
    assert (
        place_closing_the_line(" (mit A. B.). Universität Zürich. bevorstehend")
        == "Universität Zürich"
    )
    assert (
        place_closing_the_line(". Keynote am Jahresrapport der Schweizer Armee (KFK), Luzern.")
        == "Luzern"
    )
    assert place_closing_the_line(". Mit Kaffee und Kuchen, Eintritt frei.") is None
    assert place_closing_the_line(". Experteneinschätzung, 20 Minuten.") is None
    assert place_closing_the_line(", Universität Bern") is None  # no full stop: not the line's end


def test_the_linguists_talks_are_placed_where_their_lines_say() -> None:
    places = {
        (title, start): place
        for title, start, place in _records("static-knuchel-vortraege-2026-10")
    }
    assert places[("Linguistik, Schule und KI", "2026-12-04")] == "Universität Bern"
    assert (
        places[("Schreibforschung und Citizen Science in der Schule", "2026-11-20")]
        == "Universität Zürich"
    )
    assert (
        places[
            (
                "Schweizerische Parlamentsprotokolle: Datengrundlage und korpuspragmatische Analyse",
                "2026-09-01",
            )
        ]
        == "Université de Genève"
    )
    placed = [place for place in places.values() if place is not None]
    assert (
        len(placed) == 28
    )  # not „Groningen“ (no known town), not „ETH Zürich und Universität Zürich“


# Cause 3: a reading's paragraph ends with who moderates („… liest aus "Stahl für die DDR"
# Moderation Manfred Stolpe“): the title carried the credit and no longer matched the reading's
# name. The moderator's credit at a title's end goes when a name of three words or more is left
# (credit_endings.drop_moderation_credits); „Moderation Grundkurs“ alone keeps its words.

_MODERATED = """<html><body><div class="content"><h1>Archiv</h1>
<h2>21. September 2015</h2>
<p>Karl Döring liest aus "Stahl für die DDR --- Stahl für die Welt"
Moderation Manfred Stolpe</p>
<h2>22. Mai 2014</h2>
<p>Rüdiger Safranski liest aus "Goethe - Kunstwerk des Lebens". Es moderiert Joachim Scholl.</p>
<h2>8. März 2013</h2>
<p>Moderation Grundkurs</p>
</div></body></html>"""


def test_the_moderators_credit_is_no_part_of_the_readings_name() -> None:
    titles = {start: title for title, start, _ in _page(_MODERATED, date(2017, 5, 21))}
    assert (
        titles["2015-09-21"] == 'Karl Döring liest aus "Stahl für die DDR --- Stahl für die Welt"'
    )
    assert titles["2014-05-22"] == 'Rüdiger Safranski liest aus "Goethe - Kunstwerk des Lebens"'
    assert titles["2013-03-08"] == "Moderation Grundkurs"


def test_the_archives_reading_is_named_without_its_moderator() -> None:
    titles = {start: title for title, start, _ in _records("jekyll-lesehuette-archiv-2017-05")}
    assert (
        titles["2015-09-21"] == 'Karl Döring liest aus "Stahl für die DDR --- Stahl für die Welt"'
    )
