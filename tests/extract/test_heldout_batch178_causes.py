"""Causes found on held-out German batch 178 of the real-page corpus (the archive of a dental
continuing-education organiser: symposia and seminars, each row „<span class="when">“ beside the
seminar's name, its speaker and „Ort, Haus“), each pinned on a minimal snippet and on its page:
the records a reader would note, with their names, starts and places."""

from __future__ import annotations

from datetime import date

from netdir.extract.name_colon_sentence import name_before_a_sentence
from tests.extract.realpage_inspect import readings_on, saved_page_readings

_ROW = (
    "<li><span class='when'>{day}</span><span><span class='what'>{name}</span><br>"
    "<span class='who'>Ralf Kusch MSc</span> · <span class='where'>Hannover, Geha-Carré</span>"
    "</span></li>"
)


def _archive(*rows: tuple[str, str]) -> str:
    items = "".join(_ROW.format(day=day, name=name) for day, name in rows)
    return f"<html lang='de'><body><main><h2>Seminare</h2><ul class='list'>{items}</ul></main></body></html>"


# 1. A seminar's name with its subtitle after a colon, „Kurs CMS 1: Der Kiefer – seine Statik im
#    Zusammenspiel von Becken, Lendenwirbelsäule und unteren Extremitäten“, was cut to „Kurs CMS
#    1“ as if a sentence about the event followed the colon (the regional calendar's „Feuer in den
#    Alpen: 30 Höhenfeuer … setzen ein … Zeichen … der Alpen.“). A subtitle ends no sentence and
#    names no day (name_colon_sentence).

_COLON_NAME = "Kurs CMS 1: Der Kiefer – seine Statik im Zusammenspiel von Becken, Lendenwirbelsäule und unteren Extremitäten"
_COLON_NAME_2 = "Sinnvoll – Funktionell – Erfolgreich: Die kieferorthopädische Therapie im frühen Milch- und Wechselgebiss"


def test_a_subtitle_after_a_colon_is_no_sentence() -> None:
    assert name_before_a_sentence(_COLON_NAME) is None
    assert name_before_a_sentence(_COLON_NAME_2) is None
    # the calendar's sentences still part from their names
    assert (
        name_before_a_sentence(
            "Feuer in den Alpen: 30 Höhenfeuer im Alpenraum setzen ein internationales, "
            "solidarisches Zeichen für eine nachhaltige Zukunft der Alpen."
        )
        == "Feuer in den Alpen"
    )
    assert (
        name_before_a_sentence(
            "Paul Flora in Nassereith: Die Kunsthalle Hosp in Nassereith lädt am Samstag, dem 28. April 2007"
        )
        == "Paul Flora in Nassereith"
    )


# 2. „Zeitgemäße Kieferorthopädie – wichtige Aspekte für allgemeinpraktizierende Zahnärzte“, „Best
#    of Kokich – Perfekter ästhetischer Erfolg für Zahnärzte, Parodontologen, …“ were cut at the
#    dash as a card's name and its note („Tagesreise – Fahrt nach Laupen, Schienenvelos, …“). After a
#    name of two words or more, the words after the dash that end no sentence and no place are its
#    subtitle (dashed_name_notes).

_DASHED = "Zeitgemäße Kieferorthopädie – wichtige Aspekte für allgemeinpraktizierende Zahnärzte"
_DASHED_COMMAS = "Workshop: Kiefer – Halswirbelsäule, Nervensystem, Schulter und Brustwirbelsäule"


def test_seminar_names_keep_their_subtitles_on_a_snippet() -> None:
    readings = readings_on(
        _archive(
            ("24.08.2016", _COLON_NAME),
            ("17.10.2008", _DASHED),
            ("23.07.2014", _DASHED_COMMAS),
            ("24.08.2011", _COLON_NAME_2),
        ),
        date(2026, 6, 15),
    )
    assert [(title, start) for title, start, _ in readings] == [
        (_COLON_NAME, "2016-08-24"),
        (_DASHED, "2008-10-17"),
        (_DASHED_COMMAS, "2014-07-23"),
        (_COLON_NAME_2, "2011-08-24"),
    ]
    assert {place for _, _, place in readings} == {"Hannover, Geha-Carré"}


def test_a_one_word_name_keeps_its_note_apart() -> None:
    # the village programme's card (held-out batch 154's cause) is still named before its note
    html = (
        "<html lang='de'><body><h2>Jahresprogramm</h2>"
        "<div class='card'><h3>Freitag, 5. September 2025</h3><p>Tagesreise – Fahrt nach Laupen, "
        "Schienenvelos, Spaghettiplausch</p></div>"
        "<div class='card'><h3>Samstag, 4. Oktober 2025</h3><p>Herbstfest – mit Musik, Tanz und Tombola</p></div>"
        "</body></html>"
    )
    titles = [title for title, _, _ in readings_on(html, date(2025, 8, 1))]
    assert titles == ["Tagesreise", "Herbstfest"]


def test_seminar_names_on_the_page() -> None:
    readings = saved_page_readings("static-ios-hannover-archiv-2026-06")
    titles = [title for title, _, _ in readings]
    assert len(readings) == 48
    for name in (
        _COLON_NAME,
        _DASHED,
        _DASHED_COMMAS,
        _COLON_NAME_2,
        "Best of Kokich – Perfekter ästhetischer Erfolg für Zahnärzte, Parodontologen, Implantologen und Kieferorthopäden",
        "Optimale Rundum-Zahnmedizin – von der Kindheit bis ins hohe Alter",
        "Kieferorthopädisches Finishing – wichtige Informationen für den Kliniker",
    ):
        assert name in titles
    assert ("16. International Orthodontic Symposium", "2017-10-03", "Kiew, Ukraine") in readings
