"""Leftovers of earlier held-out batches (session 44): general causes of what netdir still missed
on pages already in the corpus, each with a minimal snippet and the real page."""

from __future__ import annotations

from datetime import date

from netdir.extract.announcing_headings import event_of_a_dated_sentence
from netdir.extract.place_lines import names_a_place
from tests.extract.realpage_inspect import Span, saved_page_stamps, stamps_on

_Record = Span


def _days(records: list[_Record]) -> dict[str | None, str | None]:
    """Each record's title → the day it starts."""
    return {title: start[:10] if start else None for title, start, _end, _place in records}


# Cause: a colloquium series lists each talk as a paragraph whose slides link holds the day, the
# speaker and the speaker's institution in brackets, and whose next line is the talk's title —
# the talk is named by that line, not by who gives it. And the years stand only in bold lines
# „Programm 2024:“ … „Programm 2023:“ between the talks (no heading): each talk takes the year of
# the line above it, not the year nearest the day the page was saved.

NOVEMBER_2024 = date(2024, 11, 28)

_TALK = (
    '<p><strong><a href="{file}">{day}, {speaker} ({institution}) </a><br>\n{title}\n'
    "</strong></p>\n<br>\n"
)


def _talk(file: str, day: str, speaker: str, institution: str, title: str) -> str:
    return _TALK.format(file=file, day=day, speaker=speaker, institution=institution, title=title)


_COLLOQUIA = (
    "<html><body><table><tr><td>"
    '<p><a href="kolloquien.html#2024">Programm 2024</a></p>'
    '<p><a href="kolloquien.html#2023">Programm 2023</a></p>'
    '</td><td><blockquote><a name="2024"><strong>Programm 2024:</strong></a><br>\n<br>\n'
    + _talk("a.pdf", "20. November", "Frank Bretz", "Novartis Pharma AG, Basel", "Estimands: A new bedrock")
    + _talk("b.pdf", "21. October", "Ricciardo De Bin", "University of Oslo", "Boosting First-Hitting-Time Models")
    + _talk("c.pdf", "10. Juni", "Kelly Van Lacker", "Ghent University", "Optimizing Randomized Trial Efficiency")
    + '<blockquote><a name="2023"><strong>Programm 2023:</strong></a><br>\n<br>\n'
    + _talk("d.pdf", "6. December", "Alexander Bauer", "Takeda, Austria", "Assessment of Pharmacokinetic Linearity")
    + _talk("e.pdf", "20. October", "Stephen Senn", "University of Sheffield, UK", "Randomisation versus Random Sampling")
    + _talk("f.pdf", "17. May", "Nadja Klein", "TU Dortmund, Germany", "Advances in Distributional Regression")
    + "</blockquote></blockquote></td></tr></table></body></html>"
)  # fmt: skip


def test_a_talk_is_named_by_the_line_after_its_speaker_and_dated_by_its_year_line() -> None:
    days = _days(stamps_on(_COLLOQUIA, NOVEMBER_2024))
    assert days == {
        "Estimands: A new bedrock": "2024-11-20",
        "Boosting First-Hitting-Time Models": "2024-10-21",
        "Optimizing Randomized Trial Efficiency": "2024-06-10",
        "Assessment of Pharmacokinetic Linearity": "2023-12-06",
        "Randomisation versus Random Sampling": "2023-10-20",
        "Advances in Distributional Regression": "2023-05-17",
    }


def test_one_year_line_over_a_list_gives_no_year_of_its_own() -> None:
    """A single „2019“ line above yearless rows proves no grouping by years: the rows keep the
    year nearest the day the page was saved (heading readers answer for a real year heading)."""
    html = """<html><body><div class="list">
    <p class="note">2019</p>
    <div class="row"><span class="day">20. November</span> <a href="/a">Herbstkonzert</a></div>
    <div class="row"><span class="day">6. December</span> <a href="/b">Adventskonzert</a></div>
    <div class="row"><span class="day">17. Januar</span> <a href="/c">Neujahrskonzert</a></div>
    </div></body></html>"""
    days = _days(stamps_on(html, NOVEMBER_2024))
    assert days["Herbstkonzert"] == "2024-11-20"
    assert days["Adventskonzert"] == "2024-12-06"


def test_a_band_with_its_town_in_brackets_keeps_its_name() -> None:
    """„Hot Club (Berlin)“ with no line below: the bracket is the band's town, the row its show."""
    html = """<html><body><ul class="shows">
    <li><a href="/a">20. November 2024, Hot Club (Berlin)</a></li>
    <li><a href="/b">21. November 2024, Jazz Trio (Hamburg)</a></li>
    <li><a href="/c">22. November 2024, Swing Band (Köln)</a></li>
    </ul></body></html>"""
    titles = {title for title, *_ in stamps_on(html, NOVEMBER_2024)}
    assert "Hot Club (Berlin)" in titles


def test_the_viennabiometrics_colloquia() -> None:
    days = _days(saved_page_stamps("static-viennabiometrics-kolloquien-2023-2024"))
    assert days["Estimands: The new bedrock of drug development?"] == "2024-11-20"
    assert days["Assessment of Pharmacokinetic Linearity after Repeated Drug Administration"] == (
        "2023-12-06"
    )
    assert days["Advances in Distributional Regression"] == "2023-05-17"
    assert len(days) == 14


# Cause: a page headed „<h1>Aktuell</h1>“ lists two readings, each a day heading („<h2>16. März
# 2017, 19:00 Uhr,</h2>“) over its place line and the reading: the h1 with the first day heading
# below it is no event of the page's own — the two rows are the page's offerings. And a place
# line „kleine bühne, Eisenhüttenstadt“ (a short house name, a comma, a known town) is a place.

MAY_2017 = date(2017, 5, 21)

_READINGS = """<html><body><div class="content">
<h1>Aktuell</h1>
<p>Der Verein plant für das Jahr 2017 unterhaltsame Lesungen mit herausragenden Autoren:</p>
<h2>16. März 2017, 19:00 Uhr,</h2>
<p>Nikolai-Kirche Fürstenberg</p>
<p>Heimo Schwilk stellt seine Luther-Biografie vor</p>
<h2>11. Mai 2017, 19:00 Uhr,</h2>
<p>kleine bühne, Eisenhüttenstadt</p>
<p>Martin Mosebach liest aus dem Roman "Mogador"</p>
<hr>
<p>Weitere Termine werden noch rechtzeitig bekanntgegeben.</p>
</div></body></html>"""


def test_two_day_headings_under_the_pages_h1_are_two_offerings() -> None:
    records = stamps_on(_READINGS, MAY_2017)
    assert [(title, start, place) for title, start, _end, place in records] == [
        (
            "Heimo Schwilk stellt seine Luther-Biografie vor",
            "2017-03-16T19:00:00+01:00",
            "Nikolai-Kirche Fürstenberg",
        ),
        (
            'Martin Mosebach liest aus dem Roman "Mogador"',
            "2017-05-11T19:00:00+02:00",
            "kleine bühne, Eisenhüttenstadt",
        ),
    ]


def test_a_house_and_its_known_town_is_a_place_line() -> None:
    assert names_a_place("kleine bühne, Eisenhüttenstadt")
    assert names_a_place("Alte Feuerwache, Mannheim")
    assert not names_a_place("Sommerfest, Hamburg")  # what happens, and where
    assert not names_a_place("Luther, Zorn Gottes")  # no town after the comma
    assert not names_a_place("Frau Kotonski, Celle")  # who leads it, and the town


def test_the_lesehuette_page() -> None:
    records = saved_page_stamps("jekyll-lesehuette-aktuell-2017-05")
    assert [
        (title, start[:16] if start else None, place) for title, start, _e, place in records
    ] == [
        (
            'Heimo Schwilk stellt seine Luther-Biografie vor: "Luther Der Zorn Gottes"',
            "2017-03-16T19:00",
            "Nikolai-Kirche Fürstenberg",
        ),
        (
            'Martin Mosebach liest aus dem Roman "Mogador"',
            "2017-05-11T19:00",
            "kleine bühne, Eisenhüttenstadt",
        ),
    ]


# Cause: a sentence that names its event first and then says it takes place („Der gemeinsame 70.
# Bundeskongress von BVÖGD und BZÖG findet vom 23. bis 25. April 2020 in Saarbrücken statt.“):
# the numbered event's name begins at its number — the adjective before it says what kind of one
# it is this time, not what it is called.


def test_the_adjective_before_a_numbered_event_is_no_part_of_its_name() -> None:
    assert event_of_a_dated_sentence(
        "Der gemeinsame 70. Bundeskongress von BVÖGD und BZÖG findet vom 23. bis 25. April 2020 "
        "in Saarbrücken statt."
    ) == ("70. Bundeskongress von BVÖGD und BZÖG")
    # (an adjective before an unnumbered name stays: „Zentrale Auftaktveranstaltung“)
    assert (
        event_of_a_dated_sentence("Die zentrale Auftaktveranstaltung findet am 12. Mai 2021 statt.")
        == "Zentrale Auftaktveranstaltung"
    )


def test_the_bvoegd_congresses() -> None:
    titles = {title for title, *_ in saved_page_stamps("quarto-bvoegdbb-veranstaltungen-2023")}
    assert "70. Bundeskongress von BVÖGD und BZÖG" in titles
    assert "68. Bundeskongress von BVÖGD und BZÖG" in titles
