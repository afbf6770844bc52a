"""Held-out German batch 100 (a cyclists' club's Pelican site — the meetings' tag page and two
posts announcing the STADTRADELN rides): the general causes of what netdir missed."""

from __future__ import annotations

from datetime import date

from netdir.extract.block_places import stated_place
from netdir.extract.date_cues import DATE_PHRASE
from tests.extract.realpage_inspect import Span, saved_page_stamps, stamps_on

_Record = Span


# Cause 1: whole hours written as a span with „Uhr“ only after its end — „Sonntag, 02.06. von
# 12 bis ca. 17 Uhr Radtour durch das Calenberger Land“, the heading „Sonntagsradtour am 12.06.,
# 11 bis ca. 14 Uhr“. The date phrase stopped after the day, so the hours stayed in the name
# („12 bis ca. 17 Uhr Radtour …“) and the ride had neither its start hour nor its end.


def test_the_date_phrase_takes_a_span_of_whole_hours() -> None:
    def phrase(text: str) -> str | None:
        found = DATE_PHRASE.search(text)
        return found.group(0) if found else None

    assert phrase("Sonntag, 02.06. von 12 bis ca. 17 Uhr Radtour") == (
        "Sonntag, 02.06. von 12 bis ca. 17 Uhr"
    )
    assert phrase("Sonntagsradtour am 12.06., 11 bis 14 Uhr") == "12.06., 11 bis 14 Uhr"
    assert (
        phrase("Mittwoch, 05.06., 16 bis 19 Uhr Feierabendtour")
        == "Mittwoch, 05.06., 16 bis 19 Uhr"
    )
    # Numbers after a day that are no hours stay out of it.
    assert phrase("am 12.03.2024 10 - 12 Teilnehmer") == "12.03.2024"


_RIDES = """<html><head><title>Touren</title></head><body><h1>Radtouren im Juni</h1>
<p>Sonntagsradtouren:</p>
<ul>
<li>Sonntag, 02.06. von 12 bis ca. 17 Uhr Radtour durch das Calenberger Land</li>
<li>Sonntag, 09.06. von 12 bis ca. 17 Uhr 4-Seen Radtour durch das Grüne Hannover</li>
<li>Mittwoch, 05.06. von 16 bis ca. 19 Uhr Rund um Hemmingen und Pattensen</li>
<li>Mittwoch, 12.06. von 16 bis ca. 19 Uhr Radtour in den Westen der Region</li>
</ul></body></html>"""


def test_lines_of_rides_keep_their_hours_out_of_the_name() -> None:
    records = stamps_on(_RIDES, date(2024, 5, 14))
    rides = {title: (start, end) for title, start, end, _ in records}
    assert rides["Radtour durch das Calenberger Land"] == (
        "2024-06-02T12:00:00+02:00",
        "2024-06-02T17:00:00+02:00",
    )
    assert rides["Rund um Hemmingen und Pattensen"] == (
        "2024-06-05T16:00:00+02:00",
        "2024-06-05T19:00:00+02:00",
    )
    assert not any(title and "Uhr" in title for title, _, _, _ in records)


def test_the_2024_rides_have_their_hours() -> None:
    rides = {
        title: (start, end)
        for title, start, end, _ in saved_page_stamps("pelican-adfc-hemmingen-stadtradeln-2024")
    }
    assert rides["Radtour durch das Calenberger Land"] == (
        "2024-06-02T12:00:00+02:00",
        "2024-06-02T17:00:00+02:00",
    )
    assert rides["Radtour in den Westen der Region"] == (
        "2024-06-12T16:00:00+02:00",
        "2024-06-12T19:00:00+02:00",
    )


def test_the_2022_headings_name_the_rides_and_end_them() -> None:
    rides = {
        title: (start, end)
        for title, start, end, _ in saved_page_stamps("pelican-adfc-hemmingen-stadtradeln-2022")
    }
    assert rides["Sonntagsradtour"] == ("2022-06-12T11:00:00+02:00", "2022-06-12T14:00:00+02:00")
    assert rides["Feierabendradtour"] == (
        "2022-06-15T17:00:00+02:00",
        "2022-06-15T20:00:00+02:00",
    )


# Cause 2: a meeting's place told as „… fand unser 24. Radeltreff, im Calenberger Hof, Göttinger
# Str. 26 in 30982 Pattensen, statt.“ — the street's abbreviating dot was read as the sentence's
# end, and a venue with its street and town („in der Begegnungsstätte in Arnum, Göttinger Straße
# 65 (Hintereingang), statt“) ran past the 60 letters the reader allowed a place.


def test_a_place_with_its_street_before_statt() -> None:
    assert (
        stated_place(
            [
                "Am Mittwoch um 18.30 Uhr fand unser 24. Radeltreff, im Calenberger Hof,"
                " Göttinger Str. 26 in 30982 Pattensen, statt."
            ]
        )
        == "Calenberger Hof, Göttinger Str. 26 in 30982 Pattensen,"
    )
    assert (
        stated_place(
            [
                "Um 18.30 Uhr fand unser 26. Radeltreff, in der Begegnungsstätte in Arnum,"
                " Göttinger Straße 65 (Hintereingang), statt."
            ]
        )
        == "Begegnungsstätte in Arnum, Göttinger Straße 65 (Hintereingang),"
    )
    # A frame or a time before „statt“ is still no place.
    assert stated_place(["Die Versammlung findet im Rahmen des Stadtfests statt."]) is None


def test_the_meetings_have_their_rooms() -> None:
    places = {
        start[:10]: place
        for _, start, _, place in saved_page_stamps("pelican-adfc-hemmingen-radeltreff")
        if start and place
    }
    assert "Calenberger Hof" in places["2019-02-27"]
    assert "Begegnungsstätte in Arnum" in places["2019-11-20"]
    assert places["2019-01-23"].startswith("Clubheim des SC Hemmingen")
