"""Known causes left by earlier held-out batches (tests/realpages/README.md, the batches' "Left:"
sentences), each fixed generally and pinned on the real page of the corpus that showed it."""

from __future__ import annotations

from datetime import date

from tests.extract.realpage_inspect import places_by_title, starts_by_title


def test_a_misspelt_month_after_a_day_still_dates_and_frames_the_bold_line() -> None:
    # Batch 37 (Sängerkreis Mainspitze): „<strong>21. Septemner 2025, 14:30 Uhr:
    # Schlagerkaffee</strong> mit dem <a>Club Harmonie 1911 Rüsselsheim</a> …“ — one letter
    # mistyped; the bold line is still "<day>: <name>", not a paragraph named by its link.
    got = starts_by_title(
        "jekyll-saengerkreis-mainspitze-termine-2025",
        "https://www.saengerkreismainspitze.de/termine/",
        date(2025, 11, 8),
    )
    assert got["Schlagerkaffee"] == "2025-09-21T14:30:00+02:00"
    assert "Club Harmonie 1911 Rüsselsheim" not in got


def test_a_read_next_slider_under_its_heading_is_no_list_and_the_tips_stay_the_listing() -> None:
    # Batch 32 (Bernau LIVE): „<div id="read-next-block"><h2>Weitere Beiträge</h2> … <div
    # class="slide"><span class="date">26. Oktober 2023</span><h3>Themen der
    # Stadtverordnetenversammlung Bernau am 26.10.23</h3>“ — each slide's own headline stands
    # nearer than the box's heading; the article's tips (a heading over prose that invites to
    # its day) stay the page's listing, not its one event.
    got = starts_by_title(
        "wp-bernaulive-veranstaltungstipps-2023",
        "https://bernau-live.de/veranstaltungstipps/veranstaltung/"
        "feiertag-in-bernau-und-drumherum-veranstaltungstipps",
        date(2023, 10, 31),
    )
    assert "Themen der Stadtverordnetenversammlung Bernau" not in got
    assert got["Halloween-Party auf dem Sportplatz in Schönow"] == "2023-10-31T16:00:00+01:00"
    assert "Feiertag in Bernau und Drumherum – Veranstaltungstipps" not in got


def test_places_told_mid_sentence_with_their_street() -> None:
    # Batch 37 (Sängerkreis Mainspitze): the place stands inside the paragraph's sentence, its
    # street and town after it, and the sentence goes on („… im Heimatmuseum Nordenstadt,
    # Turmstraße 11, musikalisch begleitet vom …“, „… auf dem Mathildenhof, Mathildenstraße 109,
    # 55246 Mainz-Kostheim; Zugang auch über …“), a street without a street word („im Sängerheim
    # des MGV, Außerhalb 60, Trebur.“), a venue in the genitive („auf den Vorplatz des Theaters
    # Rüsselsheim, Treff 7, Rüsselsheim.“); the row with a misspelt month is read as dated, so
    # its closing venue („im Bürgerhaus Bauschheim.“) places it.
    got = places_by_title(
        "jekyll-saengerkreis-mainspitze-termine-2025",
        "https://www.saengerkreismainspitze.de/termine/",
        date(2025, 11, 8),
    )
    assert got['Eröffnung der Ausstellung "175 Jahre GV Concordia'] == (
        "Heimatmuseum Nordenstadt, Turmstraße 11"
    )
    assert got["Dämmerschoppen"] == "Mathildenhof, Mathildenstraße 109, 55246 Mainz-Kostheim"
    assert got["Schlagerfrühschoppen"] == "Sängerheim des MGV, Außerhalb 60, Trebur"
    assert got["Sternfahrt"] == "Vorplatz des Theaters Rüsselsheim, Treff 7, Rüsselsheim"
    assert got["Schlagerkaffee"] == "Bürgerhaus Bauschheim"


def test_a_quoted_name_then_in_a_place_is_held_there() -> None:
    # Batch 12 (Ruder-Club Aken): „21. - 23.April ''Berliner Frühregatta'' in Berlin/Grünau“,
    # „07. Oktober ''18. Rose vom Wörthersee'' in Velden/Klagenfurt (AUT)“ — the words after the
    # quoted name say where; the title keeps them (the page names the regatta so).
    got = places_by_title(
        "hugo-rcaken-termine-2017",
        "https://rc-aken.de/termine/",
        date(2017, 5, 2),
    )
    assert got["''Berliner Frühregatta'' in Berlin/Grünau"] == "Berlin/Grünau"
    assert got["''18. Rose vom Wörthersee'' in Velden/Klagenfurt (AUT)"] == (
        "Velden/Klagenfurt (AUT)"
    )


def test_a_pointer_to_the_sites_calendar_names_no_row() -> None:
    # Batch 14 (Rohrendorf): „<div class="box_heading">24.04. - 03.05.</div><div
    # class="box_content">Mehr Termine finden sie im Veranstaltungskalender.</div>“ — a sentence
    # that points to another page of the site names nothing here (as „… finden Sie hier“).
    got = starts_by_title(
        "static-rohrendorf-veranstaltungen-heurigen",
        "http://www.rohrendorf.at/veranstaltungen.htm",
        date(2017, 4, 21),
    )
    assert "Mehr Termine finden sie im Veranstaltungskalender." not in got
    assert got
