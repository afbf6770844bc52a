"""Held-out German batch 105 (a German-speaking society's festival programme and excursion pages,
hand-written PHP and a Word export; a music club's party page): the general causes of what
netdir missed."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

from netdir.extract import extract_page
from netdir.extract.listing_row_context import is_time_cell
from netdir.extract.next_sentence_clock import clock_opening_the_next_sentence
from netdir.extract.sentence_places import meeting_place
from netdir.normalize import normalize_record
from netdir.normalize.place import parse_place
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import PAGES, TRUTH
from tests.realpages.corpus import load_truth

_Record = tuple[str | None, str | None, str | None, str | None]


def _records(page_id: str) -> list[_Record]:
    """(title, start, end, place) of a corpus page's records, read on the day it was saved."""
    truth = load_truth(TRUTH / f"{page_id}.yaml")
    html = (PAGES / f"{page_id}.html").read_text(encoding="utf-8")
    saved = datetime.combine(truth.today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html, truth.base_url), fetched_at=saved)
    return _read(extract_page(page).records, truth.today)


def _page(html: str, today: date, url: str = "https://verein.example/seite.php") -> list[_Record]:
    saved = datetime.combine(today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html, url), fetched_at=saved)
    return _read(extract_page(page).records, today)


def _read(records: list[RawRecord], today: date) -> list[_Record]:
    read = [(raw, normalize_record(raw, today=today)) for raw in records]
    return [(n.title, _wall(n.start), _wall(n.end), raw.location_text) for raw, n in read]


def _wall(stamp: str | None) -> str | None:
    """The wall time of an ISO stamp („2014-05-15T10:00:00+02:00“ → „2014-05-15T10:00“)."""
    return stamp[:16] if stamp is not None and "T" in stamp else stamp


# Cause 1: a programme's line that opens with its hours and names its event after a colon
# („11 - 16 Uhr : Schlaraffisches Golftournier“ under the bold day „Donnerstag, 15.Mai 2014:“)
# was no timed row when the name was long: only „19 Uhr : …“ (one clock) counted whatever its
# length, a range only up to 40 letters. Such a line was undated and dropped.


def test_hours_opening_a_line_before_a_colon_are_its_time() -> None:
    assert is_time_cell("11 - 16 Uhr : Schlaraffisches Golftournier am Potomac mit Picknick")
    assert is_time_cell(
        "10 - 17Uhr : Motorischer Drahteselritt nach Harpers Ferry über den Skyline"
    )
    assert is_time_cell("19 Uhr : Atzung in der Capitol Brewery")
    # without the colon a long line stays prose, as before
    assert not is_time_cell("10 - 16 Uhr waren wir gemeinsam im Museum und danach noch essen")


_WORD_PROGRAMME = """<html><body><div class=WordSection1>
<p class=MsoNormal align=center><span>PROGRAMMABLAUF</span></p>
<p class=MsoNormal><b><span>Freitag, 16. Mai 2014:</span></b></p>
<p class=MsoNormal><span>10 - 17Uhr : Motorischer Drahteselritt nach Harpers Ferry über den
Skyline Drive der Appalachen</span></p>
<p class=MsoNormal><span>19 Uhr : Atzung in der Capitol Brewery<br><br></span></p>
<p class=MsoNormal><b><span>Samstag, 17. Mai 2014 :</span></b></p>
<p class=MsoNormal><span>11 - 15 Uhr : Stadtrundfahrt mit Besuch des Congressgebäudes und
Gespräch mit einem Abgeordneten</span></p>
<p class=MsoNormal><span>17 - 18 Uhr : Festliche Hahnenschwanzstunde</span></p>
</div></body></html>"""


def test_a_word_programme_gives_every_timed_line_its_day() -> None:
    records = _page(_WORD_PROGRAMME, date(2013, 11, 19))
    assert [(title, start, end) for title, start, end, _ in records] == [
        (
            "Motorischer Drahteselritt nach Harpers Ferry über den Skyline Drive der Appalachen",
            "2014-05-16T10:00",
            "2014-05-16T17:00",
        ),
        ("Atzung in der Capitol Brewery", "2014-05-16T19:00", None),
        (
            "Stadtrundfahrt mit Besuch des Congressgebäudes und Gespräch mit einem Abgeordneten",
            "2014-05-17T11:00",
            "2014-05-17T15:00",
        ),
        ("Festliche Hahnenschwanzstunde", "2014-05-17T17:00", "2014-05-17T18:00"),
    ]


def test_the_word_export_of_the_festival_programme() -> None:
    records = _records("word-schlaraffia-washingtonia-programm-2014")
    assert len(records) == 9
    assert ("Schlaraffisches Golftournier", "2014-05-15T11:00", "2014-05-15T16:00") in [
        record[:3] for record in records
    ]


# Cause 2: a party's page titled by the heading of its facts table („<h2>Termin 2020</h2>“ over
# „Wann:“ / „Wo:“) and, once that was passed over, by the question heading that explains the
# party („<h2>Was ist der Schlofozuchball?</h2>“) — not by its h1 „Schlofozuchball 2020“.

_PARTY = """<html><body><h1>Schlofozuchball 2020</h1>
<p>Herzlich Willkommen auf der offiziellen Webseite!</p>
<table><tr><td><h2>Was ist der Schlofozuchball?</h2>
<p>Der Schlofozuchball ist eine Party, die jedes Jahr vom Musikcorps ausgerichtet wird.</p></td>
<td><h2>Termin 2020</h2><table>
<tr><td><b>Wann:</b></td><td>Samstag, der 08. Februar 2020, 20:00 Uhr</td></tr>
<tr><td><b>Wo:</b></td><td>Hans Herrmann Halle, Niedernberg</td></tr>
</table></td></tr></table></body></html>"""


def test_a_facts_heading_and_an_explaining_question_name_no_event() -> None:
    assert _page(_PARTY, date(2020, 1, 13)) == [
        ("Schlofozuchball 2020", "2020-02-08T20:00", None, "Hans Herrmann Halle, Niedernberg")
    ]


def test_the_party_page() -> None:
    [(title, start, _end, place)] = _records("php-schlofozuchball-2020")
    assert (title, start) == ("Schlofozuchball 2020", "2020-02-08T20:00")
    assert place is not None and place.startswith("Hans Herrmann Halle, Niedernberg")


# Cause 3: a hand-written page without any h1–h3 heads its prose with bold paragraphs
# („<p align=center><b>GRÜNDUNGSFEST DER WASHINGTONIA</b></p>“, „<b>VORPROGRAMM #2</b>“ over
# „<b>Flugroß Rundflug für Flugroßbändiger</b>“). With no heading the announcing sentence
# („Dieses Vorprogramm findet am Donnerstag, den 15. Mai statt.“) was never read as the page's
# lead, or the page was read as a heading-less fragment titled by its sentence. The first bold
# line that names (no numbered programme part, no quoted motto) heads the page; when none does,
# the navigation's link to the page itself names it.

_EXCURSION = """<html><body><div id="content">
<p align="center"><img src="logo.png"></p>
<p><b>VORPROGRAMM #2</b></p>
<p><b>Flugroß Rundflug für Flugroßbändiger</b></p>
<p>Im selben Jahr hoben die Brüder Wright am 17. Dezember 1903 zum ersten Mal vom Boden ab.</p>
<p>Dieses Vorprogramm findet am Donnerstag, den 15. Mai statt. Die Bruchpiloten treffen sich um
10 Uhr an der Endstation der Metro Linie Rot (Shady Grove) beim rechten Ausgang.</p>
</div><div id="aside"><h4>Links</h4><a href="flug.php">Schlaraffische Flugross Tour</a></div>
</body></html>"""


def test_a_bold_line_heads_a_page_without_headings() -> None:
    assert _page(_EXCURSION, date(2013, 11, 19)) == [
        (
            "Flugroß Rundflug für Flugroßbändiger",
            "2014-05-15T10:00",
            None,
            "Endstation der Metro Linie Rot (Shady Grove)",
        )
    ]


def test_the_navigations_link_to_the_page_names_it_under_a_part_number() -> None:
    html = _EXCURSION.replace(
        "<p><b>Flugroß Rundflug für Flugroßbändiger</b></p>", '<p><b>"Immer höher ..."</b></p>'
    )
    [(title, start, _end, _place)] = _page(
        html, date(2013, 11, 19), "https://verein.example/flug.php"
    )
    assert (title, start) == ("Schlaraffische Flugross Tour", "2014-05-15T10:00")
    # no link to the page: nothing names it
    assert _page(html, date(2013, 11, 19), "https://verein.example/andere.php") == []


def test_the_festival_and_excursion_pages() -> None:
    assert [r[:2] for r in _records("php-schlaraffia-washingtonia-gruendungsfest-2014")] == [
        ("GRÜNDUNGSFEST DER WASHINGTONIA", "2014-05-17T17:00")
    ]
    assert _records("php-schlaraffia-washingtonia-flugross-2014") == [
        (
            "Flugroß Rundflug für Flugroßbändiger",
            "2014-05-15T10:00",
            None,
            "Endstation der Metro Linie Rot (Shady Grove)",
        )
    ]
    [(title, start, _end, _place)] = _records("php-schlaraffia-washingtonia-drahteselritt-2014")
    assert (title, start[:10] if start else None) == ("Motorischer Drahteselritt", "2014-05-16")


# Cause 4: the hour and the meeting point in the sentence after the day's („… findet am
# Donnerstag, den 15. Mai statt. Die Bruchpiloten treffen sich um 10 Uhr an der Endstation …“):
# „treffen sich um …“ was no start and „treffen sich um 10 Uhr an der …“ no meeting point.


def test_where_and_when_a_group_meets_in_the_next_sentence() -> None:
    line = "Das Vorprogramm findet am 15. Mai statt. Die Piloten treffen sich um 10 Uhr am Tor."
    clock = clock_opening_the_next_sentence(line, "am 15. Mai")
    assert clock is not None and clock.first_hour == "10 Uhr"
    assert meeting_place("Die Piloten treffen sich um 10 Uhr an der Endstation (Shady Grove).") == (
        "Endstation (Shady Grove)"
    )
    assert meeting_place("Die Gruppe trifft sich um 9:30 Uhr am Dorfplatz.") == "Dorfplatz"
    # a sentence after one with its own clock keeps that clock
    assert (
        clock_opening_the_next_sentence(
            "Es beginnt am 15. Mai um 9 Uhr. Die Piloten treffen sich um 10 Uhr.", "am 15. Mai"
        )
        is None
    )


# Cause 5: a Word export from a Mac spells „ü“ as „u“ and a combining diaeresis
# („Katersektfru&#776;hstu&#776;ck“); the record's title kept the decomposed letters, so a search
# for „Katersektfrühstück“ did not find it.


def test_a_title_spelt_with_combining_marks_is_composed() -> None:
    html = _WORD_PROGRAMME.replace(
        "17 - 18 Uhr : Festliche Hahnenschwanzstunde",
        "17 - 18 Uhr : Katersektfru&#776;hstu&#776;ck in Hotel Mayflower",
    )
    titles = [title for title, *_ in _page(html, date(2013, 11, 19))]
    assert "Katersektfrühstück in Hotel Mayflower" in titles


# Cause 6: a programme letters two options at the same hour („10 Uhr - 16 Uhr
# (a)Flugrossausflug nach Lancaster“, „11 Uhr - 16 Uhr (b)Schlaraffisches Golftournier“); the
# letter stayed glued to the name.


def test_an_options_letter_is_no_part_of_its_name() -> None:
    html = _WORD_PROGRAMME.replace(
        "17 - 18 Uhr : Festliche Hahnenschwanzstunde", "17 - 18 Uhr : (b)Festliche Stunde"
    )
    titles = [title for title, *_ in _page(html, date(2013, 11, 19))]
    assert "Festliche Stunde" in titles
    records = _records("php-schlaraffia-washingtonia-programm-2014")
    assert [title for title, *_ in records][1:3] == [
        "Flugrossausflug nach Lancaster ins Armish Counrty",
        "Schlaraffisches Golftournier",
    ]


# Cause 7: the party's place „Hans Herrmann Halle, Niedernberg (siehe Wegbeschreibung)“ — the
# pointer to the directions hid the town in the last part, and the hall's „Halle“ was read as the
# city Halle (Saale).


def test_a_pointer_to_the_directions_is_no_part_of_the_place() -> None:
    place = parse_place("Hans Herrmann Halle, Niedernberg (siehe Wegbeschreibung )")
    assert (place.city, place.state) == ("Niedernberg", "Bayern")
    assert parse_place("Stadthalle, Niedernberg (s. Lageplan)").city == "Niedernberg"
    truth = load_truth(TRUTH / "php-schlofozuchball-2020.yaml")
    html = (PAGES / "php-schlofozuchball-2020.html").read_text(encoding="utf-8")
    saved = datetime.combine(truth.today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html, truth.base_url), fetched_at=saved)
    [raw] = extract_page(page).records
    assert normalize_record(raw, today=truth.today).city == "Niedernberg"


# Cause 8: the ride's hour stands at the end of the meeting sentence a paragraph below its day
# („Der Ausritt findet am Freitag, den 16. Mai statt. Bei Regenwetter …“ / „Die Gruppe der
# Harley Fahrer treffen sich am Ende der roten Metro Linie (Shady Grove), rechter Ausgang um 10
# Uhr.“): only „treffen uns“ with its hour a few words on was read.


def test_a_meeting_sentence_below_the_day_gives_the_start() -> None:
    html = _EXCURSION.replace(
        "Die Bruchpiloten treffen sich um\n10 Uhr an der Endstation der Metro Linie Rot (Shady Grove) beim rechten Ausgang.",
        "Bei Regen fliegen wir am Montag, den 19. Mai.</p>\n<p>Die Gruppe der Bruchpiloten treffen"
        " sich am Ende der roten Metro Linie (Shady Grove), rechter Ausgang um 10 Uhr.",
    )
    assert "rechter Ausgang um 10 Uhr" in html
    [(_title, start, _end, _place)] = _page(html, date(2013, 11, 19))
    assert start == "2014-05-15T10:00"
    [(title, start, _end, _place)] = _records("php-schlaraffia-washingtonia-drahteselritt-2014")
    assert (title, start) == ("Motorischer Drahteselritt", "2014-05-16T10:00")
