"""Causes found on held-out German batch 182 of the real-page corpus (listing pages of clubs: a chess
club's news list of dated entries, a line-dance club's Termine tables of 2003 and of 2023), each
pinned on a minimal snippet and on its page: the records a reader would note, with their names,
starts and places."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract.block_columns import only_notes
from tests.extract.realpage_inspect import inspect_corpus_page, readings_on, saved_page_readings

# 1. The chess club's news list opens each entry with its day in bold („<strong>27.04.2025:
#    </strong> Linda Haselsberger erreicht beim Schachrallye-Turnier in Jenbach einen <strong>3.
#    Platz</strong> …“). The one bold run inside the sentence was read as the entry's name (the
#    reading of „Der <strong>Eröffnungsgottesdienst</strong> … am Sonntag …“), but a placing is the
#    result the sentence reports, never what took place: the sentence names the entry
#    (bold_in_sentence._PLACING).

_NEWS = (
    "<html lang='de'><body><div class='container'><h2>Neuigkeiten</h2><ul>{rows}</ul></div>"
    "</body></html>"
)


def test_a_bold_placing_in_a_sentence_names_nothing() -> None:
    rows = (
        "<li><strong>27.04.2025:</strong> Linda Haselsberger erreicht beim Schachrallye-Turnier "
        "in Jenbach einen <strong>3. Platz</strong> in der Gruppe B mit 4 Punkten!</li>"
        "<li><strong>09.02.25:</strong> Roman Haselsberger gewinnt bei den Tiroler "
        "Jugendmeisterschaften.</li>"
    )
    titles = [title for title, _, _ in readings_on(_NEWS.format(rows=rows), date(2025, 6, 25))]
    assert titles[0] is not None and titles[0].startswith("Linda Haselsberger erreicht")
    assert "3. Platz" in titles[0]


def test_a_bold_name_in_a_sentence_still_names_its_entry() -> None:
    # the reading the placing must not undo: one short bold name inside a dated sentence
    rows = (
        "<li>Der Verein lädt am Samstag, 14. Juni 2025 um 18 Uhr alle Mitglieder zu seinem "
        "<strong>Sommerfest</strong> im Vereinsheim ein.</li>"
        "<li>Am Sonntag, 29. Juni 2025 um 10 Uhr beginnt der <strong>Familienwandertag</strong> "
        "am Rathaus mit einer Runde.</li>"
    )
    titles = [title for title, _, _ in readings_on(_NEWS.format(rows=rows), date(2025, 6, 1))]
    assert titles == ["Sommerfest", "Familienwandertag"]


# 2. „<strong>17.10.24:</strong> Beginn des Schachunterrichts am BRG Wörgl.“: the line was taken
#    for one that only says where and when (a leading „Beginn“ as in „Beginn 19 Uhr im Saal“), so
#    it became the place and the list's heading „Neuigkeiten“ the name. „Beginn“ before an article
#    is the noun of what begins — the lessons' first day (block_text_titles._WHERE_WHEN_LEAD).


def test_the_beginning_of_something_is_a_name() -> None:
    rows = (
        "<li><strong>17.10.24:</strong> Beginn des Schachunterrichts am BRG Wörgl.</li>"
        "<li><strong>14.07.24:</strong> Roman und Yehor sind auf der Schachwoche in St. Veit.</li>"
    )
    readings = readings_on(_NEWS.format(rows=rows), date(2025, 6, 25))
    assert readings[0][:2] == ("Beginn des Schachunterrichts am BRG Wörgl.", "2024-10-17")


def test_the_chess_clubs_entries_on_the_page() -> None:
    readings = saved_page_readings("static-schachklub-woergl-aktuelles-2025-06")
    by_day = {start: title for title, start, _ in readings}
    assert len(readings) == 18
    assert by_day["2025-04-27"] is not None and by_day["2025-04-27"].startswith(
        "Linda Haselsberger erreicht beim Schachrallye-Turnier in Jenbach"
    )
    assert by_day["2024-10-17"] == "Beginn des Schachunterrichts am BRG Wörgl."


# 3. The line-dance club's Termine 2023 table is headed „Termin | Ort | Veranstaltung“, but its
#    rows put the name in the place column („Danach offenes Training der Vogtlandcowboys“ br „im
#    Saloon in der alten Schweinemast“ br … „08525 Plauen“) and only notes under „Veranstaltung“
#    („Ende gegen 21.00 Uhr“ br „Info unter 0157 51558323“, „Leider keine Plätze mehr vorhanden
#    !!“): every row was named „Ende gegen“ or „Info unter …“. A name cell that only notes when
#    the row ends, whom to ask or that it is sold out names nothing; the place cell's first line
#    names the row and its other lines are the place (block_columns._named_in_the_place_cell).


def test_lines_that_only_note_the_end_the_contact_or_sold_out() -> None:
    assert only_notes(["Ende gegen 21.00 Uhr", "Info unter 0157 51558323"])
    assert only_notes(["Leider keine Plätze mehr vorhanden !!", "Restlos ausverkauft !!!"])
    assert only_notes(["Tel. 03741 136194"])
    assert not only_notes(["Ende gegen 21.00 Uhr", "Sommerfest"])
    assert not only_notes(["Infoabend zur Schulanmeldung"])
    assert not only_notes([])


_TERMINE = (
    "<html lang='de'><body><h2>Termine 2023</h2><table>"
    "<tr><th>Termin</th><th>Ort</th><th>Veranstaltung</th></tr>{rows}</table></body></html>"
)
_ROW = "<tr><td>{day}</td><td>{place}</td><td>{name}</td></tr>"


def test_a_name_column_of_notes_leaves_the_name_to_the_place_cell() -> None:
    rows = "".join(
        (
            _ROW.format(
                day="Samstag 23.09.2023",
                place="Party Free Dreamer<br><br>Chemnitz",
                name="Leider keine Plätze mehr vorhanden !!<br>Restlos ausverkauft !!!",
            ),
            _ROW.format(
                day="Dienstag 26.09.2023<br>18.15 Uhr bis 18.45 Uhr Workshop",
                place="Danach offenes Training der Vogtlandcowboys<br>im Saloon<br>"
                "Pfaffengutstraße 4, 08525 Plauen",
                name="Ende gegen 21.00 Uhr<br>Info unter 0157 51558323",
            ),
            _ROW.format(
                day="Dienstag 03.10.2023<br>Feiertag",
                place="<h1>Kein Tanzabend !!!!</h1>",
                name="Info unter 0157 51558323",
            ),
        )
    )
    readings = readings_on(_TERMINE.format(rows=rows), date(2023, 9, 22))
    assert readings == [
        ("Party Free Dreamer", "2023-09-23", "Chemnitz"),
        (
            "Danach offenes Training der Vogtlandcowboys",
            "2023-09-26T18:15",
            "im Saloon, Pfaffengutstraße 4, 08525 Plauen",
        ),
        # „Kein Tanzabend !!!!“: the usual evening is off that day, no offering
    ]


def test_a_name_column_still_names_its_rows() -> None:
    rows = _ROW.format(
        day="Samstag 23.09.2023", place="Chemnitz", name="Party Free Dreamer<br>Einlass 19 Uhr"
    )
    readings = readings_on(_TERMINE.format(rows=rows), date(2023, 9, 22))
    assert [title for title, _, _ in readings] == ["Party Free Dreamer"]


def test_the_line_dance_evenings_of_2023_on_the_page() -> None:
    readings = saved_page_readings("static-ranch-linedancer-plauen-termine-2023-10")
    assert readings[0] == ("Party Free Dreamer", "2023-09-23", "Chemnitz")
    assert [title for title, _, _ in readings[1:]] == [
        "Danach offenes Training der Vogtlandcowboys"
    ] * 6
    assert [start for _, start, _ in readings[1:]] == [
        "2023-09-26T18:15",
        "2023-10-10T18:15",
        "2023-10-17T18:15",
        "2023-10-24T18:15",
        "2023-10-31T18:15",
        "2023-11-07T18:15",
    ]


# 4. The 2003 page's last table breaks its names over lines („Countryparty mit“ br „Westend“,
#    „mit Lone Star und“ br „Desert Heart“, „2. Country-Campfire-“ br „US-Car-Weekend“): the
#    first line was kept alone, as a name line over its notes is. A line cut after a word that
#    needs one after it („mit“, „und“) or on the hyphen of a broken compound goes on on the next
#    line (block_columns._CUT_SHORT).

_AKTUELL = (
    "<html lang='de'><body><h1>Die aktuellsten Termine</h1><table>"
    "<tr><td>Datum / Uhrzeit</td><td>Ort</td><td>Veranstaltung</td></tr>{rows}</table>"
    "</body></html>"
)


def test_a_name_cut_after_mit_or_a_hyphen_goes_on() -> None:
    rows = "".join(
        (
            _ROW.format(
                day="15.03.2003 20:00 Uhr", place="Bernsgrün", name="Countryparty mit<br>Westend"
            ),
            _ROW.format(
                day="23.05 bis<br>25.05.2003",
                place="Mühltroff",
                name="2. Country-Campfire-<br>US-Car-Weekend",
            ),
            _ROW.format(
                day="22.02.2003 20:00 Uhr",
                place="Plauen",
                name="Country-Fasching<br>Einlass 19 Uhr",
            ),
        )
    )
    readings = readings_on(_AKTUELL.format(rows=rows), date(2003, 2, 13))
    assert [title for title, _, _ in readings] == [
        "Countryparty mit Westend",
        "2. Country-Campfire-US-Car-Weekend",
        "Country-Fasching",
    ]


# 5. The 2003 page's „Termine wöchentlich:“ and „Termine 14 - tägig:“ tables give an hour, a place
#    and a weekly rule („20.00 Uhr | 08523 Plauen, "The Ranch" | jeden Mittwoch Trefpunkt der
#    Ranch Linedancer …“) under „Zeit | Ort | Veranstaltung“. Each row, stating a time and no
#    day, took the day of the nearest short day cell above it — „05.04.03“, the last row of the
#    dated table before: nine rules dated 5 April. A day in another table's cell dates none of this
#    table's rows (listing_row_context._in_a_table_beside).

_TABLES = (
    "<html lang='de'><body><p>Februar 2003 und mehr</p>"
    "<table border='1'><tr><td><b>Termin</b></td><td><b>Ort</b></td>"
    "<td><b>Veranstaltung</b></td></tr>"
    "<tr><td>29.03.03</td><td>20:00 Uhr, 08525 Plauen, The Ranch</td>"
    "<td>Countryparty mit Red River Band</td></tr>"
    "<tr><td>05.04.03</td><td>20.00 Uhr, 74080 Heilbronn, Züchterheim</td>"
    "<td>Country &amp; Linedance mit Country Blend</td></tr></table>"
    "<p><u>Termine wöchentlich:</u></p>"
    "<table border='1'><tr><td><b>Zeit</b></td><td><b>Ort</b></td>"
    "<td><b>Veranstaltung</b></td></tr>"
    "<tr><td>20.00 Uhr</td><td>08523 Plauen, The Ranch</td>"
    "<td>jeden Mittwoch Treffpunkt der Ranch Linedancer</td></tr>"
    "<tr><td>19.00 Uhr</td><td>Oberlungwitz, Bison-Ranch</td>"
    "<td>jeden Freitag, Black River Line Dancer</td></tr></table></body></html>"
)


def test_a_day_of_another_table_dates_no_weekly_row() -> None:
    readings = readings_on(_TABLES, date(2003, 2, 13))
    assert [(title, start) for title, start, _ in readings] == [
        ("Countryparty mit Red River Band", "2003-03-29T20:00"),
        ("Country & Linedance mit Country Blend", "2003-04-05T20:00"),
    ]


def test_the_country_evenings_of_2003_on_the_page(capsys: pytest.CaptureFixture[str]) -> None:
    # the page is ISO-8859-1, read as `netdir inspect` reads it
    records = inspect_corpus_page(capsys, "static-ranch-linedancer-plauen-termine-2003-02")
    titles = [record["title"] for record in records]
    assert [r["title"] for r in records if r["start"].startswith("2003-04-05")] == [
        "Country & Linedance mit Country Blend"
    ]
    assert {"Countryparty mit Westend", "2. Country-Campfire-US-Car-Weekend"} <= set(titles)
    assert not [title for title in titles if title.startswith("jeden ")]
