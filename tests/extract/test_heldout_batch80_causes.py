"""Causes found on held-out batch 80 (a musical theatre club's performances, a music-theatre piece
and a workers' choir's concerts), each unit with its real page of the corpus
(tests/realpages/README.md)."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir.extract.address_rows import name_address_rows
from netdir.extract.block_text import text_lines
from netdir.extract.date_heading_over_name import date_heading_over_the_name
from netdir.extract.date_headings_above import date_headings_open_runs, heading_below_its_date
from netdir.extract.event_page_labels import Fact
from netdir.extract.list_label_headings import list_label, named_above_the_label
from netdir.records import RawRecord
from tests.extract.realpage_inspect import inspect_corpus_page

_ARCHIVE = (
    "<div><p></p><h2>18. Aug. 2019 – Räucherei Kiel</h2><h1>Konzert „100 Jahre AWO“</h1><br><p></p>"
    "<hr><p></p><h2>5. Mai 2018 – 20 Uhr Hof Akkerboom</h2><br><br><h1>Es gibt keinen Frieden</h1>"
    "<br>Stockholmstraße 159<p></p><hr><p></p><h2>Samstag, 7. Oktober 2017</h2>"
    "<p>Konzert mit dem Chor Hamburger Gewerkschafter:</p><p></p><h1>SO WIE ES IST</h1><p></p></div>"
)


def _children(html: str) -> list[LexborNode]:
    div = LexborHTMLParser(html).css_first("div")
    assert div is not None
    return list(div.iter(include_text=False))


def _runs_at(children: list[LexborNode], tag: str) -> list[list[LexborNode]]:
    runs: list[list[LexborNode]] = []
    for child in children:
        if child.tag == tag:
            runs.append([child])
        elif runs:
            runs[-1].append(child)
    return runs


def test_the_date_heading_above_each_item_heading_opens_its_run() -> None:
    children = _children(_ARCHIVE)
    runs = date_headings_open_runs(_runs_at(children, "h1"), children)
    assert [[n.text(strip=True) for n in run if n.tag in ("h1", "h2")] for run in runs] == [
        ["18. Aug. 2019 – Räucherei Kiel", "Konzert „100 Jahre AWO“"],
        ["5. Mai 2018 – 20 Uhr Hof Akkerboom", "Es gibt keinen Frieden"],
        ["Samstag, 7. Oktober 2017", "SO WIE ES IST"],
    ]
    # … and the item heading, not the date heading that now opens the run, names it.
    names = [heading_below_its_date(run) for run in runs]
    assert [n.text(strip=True) if n else None for n in names] == [
        "Konzert „100 Jahre AWO“",
        "Es gibt keinen Frieden",
        "SO WIE ES IST",
    ]


def test_section_headings_above_items_stay_where_they_are() -> None:
    # A month heading over the first item only, and a heading that names no day: no run moves.
    html = (
        "<div><h2>Mai 2018</h2><h1>Konzert A</h1><p>5. Mai 2018</p>"
        "<h1>Konzert B</h1><p>9. Mai 2018</p><h2>Rückblick</h2><h1>Konzert C</h1><p>x</p></div>"
    )
    children = _children(html)
    runs = _runs_at(children, "h1")
    assert date_headings_open_runs(runs, children) == runs
    assert (
        heading_below_its_date(_children("<div><h2>Rückblick</h2><h1>Konzert C</h1></div>")) is None
    )


@pytest.mark.parametrize(
    "label",
    ["Aufführungstermine in der Gemeindehalle Kutzenhausen:", "Termine:", "Unsere Vorstellungen im Bürgerhaus:",
     "Konzerte:"],
)  # fmt: skip
def test_a_heading_that_labels_the_list_below(label: str) -> None:
    assert list_label(label) is not None


@pytest.mark.parametrize(
    "heading", ["Leben im All", "Termine der Jugendabteilung", "Aufführungstermine", "Konzert im Park:"],
)  # fmt: skip
def test_a_heading_that_names_something(heading: str) -> None:
    assert list_label(heading) is None


def test_the_heading_above_the_label_names_the_list_and_the_label_places_it() -> None:
    tree = LexborHTMLParser(
        "<h2>„Leben im All“ von Gerhard A. Meyer</h2>"
        "<h3>Aufführungstermine in der Gemeindehalle Kutzenhausen:</h3>"
    )
    headings = tree.css("h2, h3")[::-1]  # nearest first
    named = named_above_the_label(headings)
    assert named is not None
    assert named.name == "„Leben im All“ von Gerhard A. Meyer"
    assert named.place == "Gemeindehalle Kutzenhausen"
    # A label under a heading of the same rank is not named by it.
    same = LexborHTMLParser("<h3>Chor</h3><h3>Termine:</h3>").css("h3")[::-1]
    assert named_above_the_label(same) is None


def test_the_day_heading_right_above_the_events_name_dates_it() -> None:
    body = LexborHTMLParser(
        "<h3>Samstag, 18. und Sonntag, 19. Januar 2020, 15.00 Uhr</h3>"
        "<h2>Konzerte aus Anlass des 120. Geburtstags von Ernst Busch</h2><p>Ort: Berlin</p>"
    ).body
    assert body is not None
    lines = text_lines([body])
    date = date_heading_over_the_name(lines, [Fact(lines[1][0], "h2", 1)])
    assert date is not None
    assert date.value == "Samstag, 18. und Sonntag, 19. Januar 2020, 15.00 Uhr"
    # A kicker that names no day („Rückblick“) dates nothing.
    kicker = LexborHTMLParser("<h3>Rückblick 2019</h3><h2>Konzert</h2>").body
    assert kicker is not None
    kicker_lines = text_lines([kicker])
    assert date_heading_over_the_name(kicker_lines, [Fact("Konzert", "h2", 1)]) is None


def _row(title: str, place: str | None, date_text: str | None) -> RawRecord:
    record = RawRecord(
        source_id="t", page_url="https://undolcedeliro.ch/", extractor="listing", title=title
    )
    record.location_text = place
    record.date_text = date_text
    return record


def test_rows_of_a_venue_over_its_street_are_named_by_the_page() -> None:
    rows = [
        _row("Achtung: Zwischen Di, 1. Juni, 18:00 Uhr und Mi, 2. Juni …", None, "Di, 1. Juni"),
        _row(
            "Kosmos, Hochschule Luzern – Musik", "Arsenalstrasse 28a, 6010 Kriens", "29. Mai 2021"
        ),
        _row("Kirchgemeindehaus Linsebühl", "Flurhofstrasse 3, 9000 St. Gallen", "5. Juni 2021"),
        _row("https://youtu.be/KiK7uz8Am_Y", None, "29. Mai"),
    ]
    name_address_rows(rows, "Vorstellungen", "Un dolce deliro")
    assert [(r.title, r.location_text) for r in rows[1:3]] == [
        ("Un dolce deliro", "Kosmos, Hochschule Luzern – Musik, Arsenalstrasse 28a, 6010 Kriens"),
        ("Un dolce deliro", "Kirchgemeindehaus Linsebühl, Flurhofstrasse 3, 9000 St. Gallen"),
    ]
    # A row that names its own offering over a street keeps the list from being renamed.
    named = [
        _row("Sommerfest 2021", "Flurhofstrasse 3, 9000 St. Gallen", "5. Juni 2021"),
        _row("Kirchgemeindehaus Linsebühl", "Flurhofstrasse 3, 9000 St. Gallen", "6. Juni 2021"),
    ]
    name_address_rows(named, "Vorstellungen", "Un dolce deliro")
    assert [r.title for r in named] == ["Sommerfest 2021", "Kirchgemeindehaus Linsebühl"]


def test_batch80_pages_after_the_fixes(capsys: pytest.CaptureFixture[str]) -> None:
    # The archive's concerts took the next concert's h2 as their day (1/5 before).
    archive = inspect_corpus_page(capsys, "static-ernst-busch-chor-kiel-archiv-2019")
    days = [(r["start"][:16], r["title"]) for r in archive]
    assert days[0] == ("2019-08-18", "Konzert „100 Jahre AWO“")
    assert days[2:] == [
        ("2018-05-05T20:00", "Es gibt keinen Frieden, wenn wir ihn nicht wollen"),
        ("2018-03-03T19:00", "Es gibt keinen Frieden, wenn wir ihn nicht wollen"),
        ("2017-10-07", "SO WIE ES IST BLEIBT ES NICHT"),
    ]
    # (the school concert, its programme only on the flyer, is dated right but not named)
    assert days[1][0] == "2018-11-10T19:00"
    # „<h2>5. Mai 2018 – 20 Uhr Hof Akkerboom</h2>“: the venue after the day and hour, with the
    # block's address line, is the concert's place (no place before, place 0/4).
    assert [r.get("location") for r in archive[:4:2]] == [
        "Räucherei Kiel",
        "Hof Akkerboom, Stockholmstraße 159, 24109 Kiel",
    ]
    assert archive[3]["location"] == "DGB Gewerkschaftshaus Legiensaal, Legienstraße 22, 24103 Kiel"
    # „<h1>SO WIE …</h1>im Hamburg Haus, Doormannsweg 12, 20259 Hamburg-Eimsbüttel<br>“: the bare
    # line under the name places the Hamburg concert; the programme line „1992 Ein feste Burg -“
    # below the rule did before (a year read as a postcode; venue_then_address, only_an_address).
    assert archive[4]["location"] == "Hamburg Haus, Doormannsweg 12, 20259 Hamburg-Eimsbüttel"
    # The h3 day over the h2 name dated nothing (no record before).
    (concerts,) = inspect_corpus_page(capsys, "static-ernst-busch-chor-kiel-konzerte-2019")
    assert concerts["title"] == "Konzerte aus Anlass des 120. Geburtstags von Ernst Busch"
    assert (concerts["start"][:16], concerts["end"]) == ("2020-01-18T15:00", "2020-01-19")
    # The h3 label „Aufführungstermine in der Gemeindehalle Kutzenhausen:“ titled them (0/3).
    musical = inspect_corpus_page(capsys, "jekyll-musical-friends-kutzenhausen-2016")
    assert {r["location"] for r in musical} == {"Gemeindehalle Kutzenhausen"}
    assert [r["start"][:16] for r in musical] == [
        "2016-11-05T19:00",
        "2016-11-06T19:00",
        "2016-11-12T19:00",
    ]
    # …and the h2 above, „„Leben im All – …“ von Gerhard A. Meyer“, names them by the work alone
    # (work_credits; the author's name stayed in the titles before, title 0/3).
    assert {r["title"] for r in musical} == {"Leben im All – Eine rockige Reise durch die Galaxie"}
    # Each performance was titled by its venue line (0/2).
    piece = [
        r
        for r in inspect_corpus_page(capsys, "jekyll-undolcedeliro-vorstellungen-2021")
        if r["title"] == "Un dolce deliro"
    ]
    assert [r["location"] for r in piece] == [
        "Kosmos, Hochschule Luzern – Musik, Arsenalstrasse 28a, 6010 Kriens",
        "Kirchgemeindehaus Linsebühl, Flurhofstrasse 3, 9000 St. Gallen",
    ]


def test_the_stream_link_and_the_theme_credit_are_no_performances(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Die Vorstellung vom 29. Mai wird zusätzlich als Live-Stream übertragen: https://youtu.be/…“
    # and „Hosted on GitHub Pages — Theme by orderedlist — Modified by Rafael Dätwyler“ were
    # records too (precision 2/4): a row named by a bare link or the site's credit is none
    # (link_and_credit_rows).
    page = inspect_corpus_page(capsys, "jekyll-undolcedeliro-vorstellungen-2021")
    assert [(r["title"], r["start"][:16]) for r in page] == [
        ("Un dolce deliro", "2021-05-29T19:30"),
        ("Un dolce deliro", "2021-06-05T19:30"),
    ]
