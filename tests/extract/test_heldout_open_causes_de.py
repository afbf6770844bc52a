"""Open German causes left by held-out batches 10-18, each fixed generally and pinned on the
real page of the corpus that showed it (tests/realpages/README.md, the batches' "Left:"
sentences)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from netdir.extract import extract_page
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text

PAGES = Path(__file__).parents[1] / "realpages" / "pages"


def _records(page: str, url: str, today: date) -> list[tuple[str | None, str | None, str | None]]:
    html = (PAGES / f"{page}.html").read_text(encoding="utf-8")
    records = extract_page(page_from_text(html, url)).records
    return [(r.title, normalize_record(r, today=today).start, r.location_text) for r in records]


def test_the_meeting_time_in_the_sentence_under_the_item() -> None:
    # Batch 16 (Mobirise timeline): the date panel says "4.12.2019", the paragraph under the
    # name "Wir treffen uns um 17:30 Uhr am Eingang Karstadt Sporthaus." — the evening starts
    # then; the items whose text states no time stay all-day.
    got = _records(
        "mobirise-singletreff-goettingen-termine",
        "https://jgoschke.github.io/fsgoe/termine.html",
        date(2019, 12, 1),
    )
    assert ("After Work", "2019-12-04T17:30:00+01:00", "Weihnachtsmarkt Göttingen") in got
    assert ("Stammtisch", "2019-12-07", "Café Inti") in got


def test_a_start_word_in_the_next_line_times_the_day_a_meeting_point_after_it_does_not() -> None:
    # Batch 8's club page: "<strong>07.06.2026</strong> – Fischerfest, Anglerheim<br>Beginn
    # 9:00 Uhr", "… Ehepartnern<br>in der Teutschen Schule, Beginn 18:00 Uhr"; but "Anangeln …
    # <br>Beginn selbstständig, anschließend Treffpunkt 10:00 Uhr" begins at no clock time.
    got = {
        title: start
        for title, start, _ in _records(
            "jekyll-avschleusingen-termine",
            "https://1av-schleusingen.de/termine.html",
            date(2026, 3, 22),
        )
    }
    assert got["Fischerfest"] == "2026-06-07T09:00:00+02:00"
    assert got["Gemütliches Beisammensein mit Ehepartnern"] == "2027-01-09T18:00:00+01:00"
    assert got["Anangeln an den Fließgewässern"] == "2026-05-01"


def test_the_start_outranks_the_meeting_time_and_a_place_label_inside_the_sentence() -> None:
    # Batch 10 (KGV Rudolphia): "Am Sonntag den 14. Dezember 2025. Treff: 12:30 Uhr, Beginn:
    # 13 Uhr, Ort: Vereinsheim (Gaststätte Rudolphia). Anmeldegebühr: 5 €."
    got = _records(
        "perplexity-kgv-rudolphia-veranstaltungen",
        "https://kgv-rudolphia.de/veranstaltungen.html",
        date(2026, 3, 27),
    )
    assert (
        "Schachturnier am 3. Advent",
        "2025-12-14T13:00:00+01:00",
        "Vereinsheim (Gaststätte Rudolphia)",
    ) in got


def test_the_time_right_after_the_bold_day_in_its_line() -> None:
    # Batch 10 (Weltladen): "<h3>Am <b>24.9.15</b> um <b>19:30 Uhr</b><br>im Pfarrsaal …</h3>".
    got = _records(
        "static-weltladen-schongau-archiv",
        "http://www.weltladen-schongau.de/veranstaltungen_archiv.html",
        date(2016, 10, 10),
    )
    assert any(
        start == "2015-09-24T19:30:00+02:00" and title and "Mascobado" in title
        for title, start, _ in got
    )


def test_a_meeting_point_without_a_colon_is_the_place() -> None:
    # Batch 14 (Orienteering Allgäu): a "Details" cell "Treffpunkt <a>Parkplatz bei Alpsee
    # Bikes</a> (ehem. Baby Bolz)" / "Treffpunkt Stein, Grundschule" — no colon, no class.
    got = _records(
        "hugo-orienteering-allgaeu-termine",
        "https://orienteering-allgaeu.de/termine/",
        date(2026, 4, 1),
    )
    assert got[0][2] == "Parkplatz bei Alpsee Bikes (ehem. Baby Bolz)"
    assert ("OL Training", "2026-05-04T17:00:00+02:00", "Stein, Grundschule") in got


def test_prose_time_reads_a_start_not_doors_nor_another_days_time() -> None:
    from netdir.extract.prose_times import prose_time

    assert prose_time(["Das Konzert beginnt um 16 Uhr (Einlass: 15 Uhr)."], "5.12.") == "16 Uhr"
    assert prose_time(["Einlass ab 18 Uhr, Anmeldung bis 20 Uhr"], "5.12.") is None
    # A trip's return on another day is no start of the first.
    assert prose_time(["Am 30.12. treffen wir uns um 9 Uhr am Bahnhof."], "28.12.2019") is None


def test_a_one_row_table_under_the_same_header_as_the_listing_is_part_of_it() -> None:
    # Batch 14 (Orienteering Allgäu): „Vergangene Veranstaltungen“ is a second table under the
    # same header row „Datum | Veranstaltung | Details“ holding one row („2025-10-05 |
    # Rettenberger Sprint-OL | Einladung | Bericht | …“): too small for a group of its own.
    got = _records(
        "hugo-orienteering-allgaeu-termine",
        "https://orienteering-allgaeu.de/termine/",
        date(2026, 4, 1),
    )
    assert ("Rettenberger Sprint-OL", "2025-10-05", None) in got
    assert len(got) == 7


def test_an_undecided_line_naming_two_days_is_no_event() -> None:
    # Batch 12 (Ruder-Club Aken): "21.04. oder 29.04. erste Ausfahrt", "29.09. - 03.10. oder
    # 07.10. - 08.10. letzte Ausfahrt" — the day is not decided; the lines around them are events.
    got = _records("hugo-rcaken-termine-2017", "https://rc-aken.de/termine/", date(2017, 5, 2))
    assert not [title for title, _, _ in got if title and title.endswith(" Ausfahrt")]
    assert any(title == "Osterfeuer" and start == "2017-04-15" for title, start, _ in got)


def test_the_inn_column_is_the_place_and_the_remark_names_the_evening() -> None:
    # Batch 17 (folk-dance table „Veranstaltungsort | Uhrzeit | Datum | Musik | Wirtshaus |
    # Bemerkung“): the inn and the town are the place; the remark „Faschingsvolkstanz“ names
    # an evening without a band and goes before the band's name beside one.
    got = _records(
        "static-volkstanzfreunde-termine-2020",
        "http://www.volkstanzfreunde.de/termine.htm",
        date(2020, 1, 5),
    )
    assert got[0] == ("Wolnzacher Tanzlmusi", "2020-01-11T20:00:00+01:00", "Salesianum, München")
    assert (
        "Faschingsvolkstanz",
        "2020-02-01T20:00:00+01:00",
        "Landgasthof Prößl / Hainsacker, Lappersdorf",
    ) in got
    assert (
        "Faschingsvolkstanz – Schreinergeiger",
        "2020-02-22T20:00:00+01:00",
        "Ochsnwirt, Pöttmes",
    ) in got
    assert len(got) == 23


def test_dot_leaders_and_a_labelled_slash_list_of_days() -> None:
    # Batch 11 (Beate Loidl): under „<h2>Wien</h2>“ the line „<strong>Aufstellungsabende:
    # </strong>......................15..April/20. Mai/17. Juni“ with „Ort: ......im ZENtrum, …“
    # below it, and „Samstag, 25. April 2015......9.30 Uhr - 16.30 Uhr“: dot leaders only space
    # two fields, „/“ lists days, the label names the evenings, the „Ort:“ line below them is
    # their place (the section's first „Ort:“ belongs to Vienna's evenings „auf Anfrage“).
    got = _records(
        "dreamweaver-beateloidl-termine",
        "http://www.beate-loidl.at/termine/index.html",
        date(2015, 5, 17),
    )
    place = "im ZENtrum, Karl Greiner Gasse 2, 2380 Perchtoldsdorf"
    for day in ("2015-04-15", "2015-05-20", "2015-06-17"):
        assert ("Aufstellungsabende", day, place) in got
    assert ("Aufstellungstag zum Thema Gewicht", "2015-04-25T09:30:00+02:00", None) in got
