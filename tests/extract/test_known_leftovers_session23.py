"""Known leftovers of the real-page corpus (tests/realpages/README.md, held-out logs) fixed in
session 23, each pinned on its real page and on a small text of its own."""

from __future__ import annotations

from datetime import date

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract.block_reading import BlockReading
from netdir.extract.cell_places import place_opening_a_cell
from netdir.extract.day_line_places import place_after_the_day
from netdir.extract.icon_facts import place_among_icon_facts
from netdir.extract.title_text import is_junk_title
from netdir.normalize import parse_when
from netdir.normalize.place import town_in_title
from tests.extract.realpage_inspect import inspect_page


def test_a_day_whose_leading_zero_is_the_letter_o_is_read() -> None:
    # A club's hand-typed date badges „FRIDAY<br>JULY<br>o5“: the letter o for the zero.
    assert parse_when("FRIDAY JULY o5", today=date(2024, 6, 28)).start == "2024-07-05"
    assert parse_when("JULY or 5", today=date(2024, 6, 28)).start is None
    # the badge names no event: the headliner below it titles the row
    assert is_junk_title("SATURDAY AUGUST o3")
    assert not is_junk_title("Turning Point o5")


def test_the_badges_typed_with_o_date_their_rows(capsys: pytest.CaptureFixture[str]) -> None:
    # before: six rows „FRIDAY JULY o5“ … dated by the row above and titled by their badge
    records = inspect_page(
        capsys,
        "static-garrison-listings.html",
        "http://www.garrisontoronto.com/listings.html",
        "2024-06-27",
    )
    found = {(r["start"][:16], r["title"]) for r in records}
    assert ("2024-07-05T20:00", "COLA") in found
    assert ("2024-12-01T19:00", "JOE P") in found
    assert not any(r["title"].endswith(("o5", "o1")) for r in records)


@pytest.mark.parametrize(
    ("rest", "place"),
    [
        (", Pelham (Chiemgau)", "Pelham (Chiemgau)"),
        (" Lore Anderlik, Puchheim", "Lore Anderlik, Puchheim"),
        (" AudiMax TU München", "AudiMax TU München"),
        (
            " Altötting, Sozialpädiatrisches Zentrum für Kinder",
            "Altötting, Sozialpädiatrisches Zentrum für Kinder",
        ),
        (" – Dresden, Lore Anderlik und Petra Findelsberger", "Dresden"),
        (" Frau Kotonski, Celle", "Celle"),
        (", Ausgebucht", None),  # a status, not a name of capitalised words
        (", Anmeldung erforderlich", None),
        (", 19 Uhr, Rathaus", None),  # hours first: the when-where readers' line
        (" Kinderturnen", None),  # the name of the block
        (" – wir freuen uns auf viele Gäste in der Halle", None),
    ],
)
def test_the_rest_of_the_date_line_names_the_place(rest: str, place: str | None) -> None:
    html = f"<div><p><strong>Kinderturnen</strong><br>03.01.2014{rest}</p></div>"
    segment = [LexborHTMLParser(html).css_first("p")]
    reading = BlockReading(title="Kinderturnen", date_text="03.01.2014")
    place_after_the_day(segment, reading)
    assert reading.location_text == place


def test_a_date_line_that_opens_an_unnamed_block_may_name_it() -> None:
    # „Donnerstag, 20. September, 20 Uhr: Percussion Night, Bolando, Bollschweil“: the rest is
    # the name (and its place), read by the title readers, not taken as the place here.
    segment = [
        LexborHTMLParser("<li>20.09.2018: Wein &amp; Percussion, Weingut, Celle</li>").css_first(
            "li"
        )
    ]
    reading = BlockReading(date_text="20.09.2018")
    place_after_the_day(segment, reading)
    assert reading.location_text is None


def test_a_course_list_places_each_course_after_its_day(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # before: place 0 of 11 (the line after the bold name „03.01. – 05.01.2014, Pelham
    # (Chiemgau)“ read for its day only)
    records = inspect_page(
        capsys,
        "jekyll-montessori-therapie-fortbildungen-2015.html",
        "http://kksmvs.github.io/qualifikation/fortbildungen/",
        "2015-07-27",
    )
    places = {r["title"]: r["location"] for r in records}
    assert places["Schulbegleitung"] == "Lore Anderlik, Puchheim"
    assert places["Internationales und interdisziplinäres Symposium"] == "AudiMax TU München"


@pytest.mark.parametrize(
    ("items", "place"),
    [
        (["Sonntag", "ab 09:15", "FFW Gaishofen"], "FFW Gaishofen"),
        (["13. bis 22. September", "Feuerschützen Aldersbach"], "Feuerschützen Aldersbach"),
        (["12.03.2026", "Haus der Vereine"], "Haus der Vereine"),
        (["12.03.2026", "Eintritt frei"], None),  # no name
        (["12.03.2026", "3 Plätze frei"], None),
        (["12.03.2026", "Kinderturnen"], None),  # the block's own name
        (["12.03.2026", "FFW Gaishofen", "Jugendraum"], None),  # two facts besides the day
        (["Rathaus", "Ratssaal"], None),  # no day, no time
    ],
)
def test_the_one_fact_beside_the_day_and_hours_is_the_place(
    items: list[str], place: str | None
) -> None:
    # The icons before the facts (bare <svg> drawings) are dropped before a block is read.
    html = "<div><ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul></div>"
    reading = BlockReading(title="Kinderturnen")
    place_among_icon_facts([LexborHTMLParser(html).css_first("div")], reading)
    assert reading.location_text == place


@pytest.mark.parametrize(
    ("cells", "place"),
    [
        (
            ["Condra Taverne", "18.02.2012", "Nideggen Schmidt, von der Condra Orga"],
            "Nideggen Schmidt",
        ),
        (["Grenzwacht 16", "20.04.2012", "Düren, Engonien Orga"], "Düren"),
        (
            ["Into The Wood", "28.09.2012", "Burg Bilstein bei Olpe, vom Team"],
            "Burg Bilstein bei Olpe",
        ),
        (
            ["Con", "12.05.2012", "Tageslarpi im Königsdorfer Wald bei Frechen."],
            "Tageslarpi im Königsdorfer Wald bei Frechen",
        ),
        (["Con", "12.05.2012", "Berlin ist eine Reise wert"], None),  # a sentence
        (["Con", "12.05.2012", "Rittergut Brokeloh, von Live Adventure"], None),  # no known town
        (["Sa-So", "14.12.13 - 15.12.13", "Weihnachtsmarkt in Illingen"], None),  # the row's name
    ],
)
def test_a_cell_that_opens_with_a_town_is_the_rows_place(
    cells: list[str], place: str | None
) -> None:
    html = "<table><tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr></table>"
    reading = BlockReading(title=None if cells[0] == "Sa-So" else cells[0], date_text=cells[1])
    place_opening_a_cell([LexborHTMLParser(html).css_first("tr")], reading)
    assert reading.location_text == place


def test_the_description_column_opens_with_the_place(capsys: pytest.CaptureFixture[str]) -> None:
    # before: place 0 of 11 („Con | Datum | Beschreibung“, the description cell not read)
    records = inspect_page(
        capsys,
        "php-larp-aachen-termine-2012.html",
        "http://www.larp-in-aachen.de/termine.php",
        "2012-03-01",
    )
    places = {(r["title"], r["start"][:10]): r["location"] for r in records}
    assert places[("Condra Taverne", "2012-02-18")] == "Nideggen Schmidt"
    assert places[("Krakant-Hexenjagd", "2011-10-15")] == "Bonn-Bad Godesberg"


@pytest.mark.parametrize(
    ("title", "city"),
    [
        ("Baumholder / Sprint oder Olympisch", "Baumholder"),
        ("10-Freunde-Triathlon Frankfurt / Jedermann", "Frankfurt am Main"),
        ("Bootsmesse Düsseldorf", "Düsseldorf"),  # as before: the title's last words
        ("Bach / Händel", None),  # no known town before the slash
        ("Konzert mit Andreas Bach / Orgel", None),  # a surname
        ("Kiel / online", None),
    ],
)
def test_the_town_before_a_titles_slash(title: str, city: str | None) -> None:
    # A triathlon tour „7. Juni: Mußbach / Sprint“: the race's town, then its distance.
    found = town_in_title(title)
    assert (found.city if found else None) == city
