"""Causes found on held-out batch 43 (German pages of owners N–Z: a flea market's accordions, a
singer's appearances, a football club's layout table, a beekeeper's market table, a music club's
Event microdata), each pinned on its real page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract.block_text import text_lines
from netdir.extract.date_cues import DATE_PHRASE
from netdir.extract.sub_items import own_days
from netdir.extract.title_text import is_junk_title
from tests.extract.realpage_inspect import inspect_page


def test_day_only_list_items_under_the_blocks_heading(capsys: pytest.CaptureFixture[str]) -> None:
    # „<h2>Flohmarkt Fritz-Schäffer-Straße</h2>“ over collapsed accordion panels „Februar“ whose
    # items are only „<span>Sa.</span>03.02.2018“: one market on each listed day, named by the
    # heading. Before, each block was one undated record.
    records = inspect_page(
        capsys,
        "php-flohmarkt-neuperlach-termine-2018.html",
        "https://www.flohmarkt-neuperlach.de/termine.php",
        "2018-05-23",
    )
    saturdays = [r["start"] for r in records if r["title"] == "Flohmarkt Fritz-Schäffer-Straße"]
    sundays = [r["start"] for r in records if r["title"] == "Flohmarkt Hanns-Seidel-Platz"]
    assert len(saturdays) == 42 and saturdays[0].startswith("2018-02-03")
    assert len(sundays) == 9 and sundays[0].startswith("2018-03-04")
    # the struck-out days („17.03.2018 - KEIN FLOHMARKT“, „01.04.2018 - AUSGEFALLEN“) are none
    starts = {r["start"][:10] for r in records}
    assert "2018-03-17" not in starts and "2018-04-01" not in starts


def test_a_day_line_is_only_a_day() -> None:
    html = (
        "<div><h2>Flohmarkt Fritz-Schäffer-Straße</h2><p>Einlass: 7:45 Uhr</p><ul>"
        "<li><span>Sa.</span>03.02.2018</li><li><span>Sa.</span>10.02.2018</li>"
        "<li class=ausfall><span>Sa.</span>17.03.2018 - KEIN FLOHMARKT</li></ul>"
        "<p>So. 04.03.2018</p><ul><li><span>Sa.</span>24.03.2018</li></ul></div>"
    )
    block = LexborHTMLParser(html).css_first("div")
    assert block is not None
    # list items only: the struck-out day has a note, the paragraph's day is no list item
    assert own_days(text_lines([block])) == ["Sa.03.02.2018", "Sa.10.02.2018", "Sa.24.03.2018"]
    match = DATE_PHRASE.match("Sa.03.02.2018")  # the weekday's dot touching the day
    assert match is not None and match.group(0) == "Sa.03.02.2018"


def test_hours_in_brackets_after_a_yearless_day(capsys: pytest.CaptureFixture[str]) -> None:
    # „03. September (14–17 Uhr) – Park am alten Bahndamm, Böbingen“: before, the hours were lost
    # and the record was titled „) – Park am alten Bahndamm, Böbingen“.
    records = inspect_page(
        capsys,
        "html-raffaelkoenig-auftritte-2025.html",
        "https://raffaelkoenig1-dot.github.io/Homepage/auftritte.html",
        "2025-09-10",
    )
    by_title = {r["title"]: r for r in records}
    park = by_title["Park am alten Bahndamm, Böbingen"]
    assert park["start"].startswith("2025-09-03T14:00") and park["end"].startswith(
        "2025-09-03T17:00"
    )
    match = DATE_PHRASE.match("14. September (15–17 Uhr) – Radio Darmstadt Interview")
    assert match is not None and match.group(0) == "14. September (15–17 Uhr)"
    match = DATE_PHRASE.match("12. Mai (2) Chorprobe")  # a number in brackets is no hour
    assert match is not None and match.group(0) == "12. Mai"


def test_a_weekday_span_names_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    # „Mi-Fr | 27.05.15 - 29.05.15 | Jugendcamp 2015 im Eichwaldpark Illingen“: the run's
    # weekday cell titled the row before.
    assert is_junk_title("Mi-Fr") and is_junk_title("Sa./So.") and is_junk_title("Mo–Fr")
    assert not is_junk_title("Sa-Party") and not is_junk_title("Do-it-yourself")
    records = inspect_page(
        capsys,
        "php-svillingen-veranstaltungen-2015.html",
        "http://www.sv-illingen.de/index.php?id=50",
        "2015-07-21",
    )
    titles = {r["title"]: r["start"][:10] for r in records}
    assert titles["Jugendcamp 2015 im Eichwaldpark Illingen"] == "2015-05-27"
    assert "Mi-Fr" not in titles and "Sa-So" not in titles


def test_an_empty_name_cell_continues_the_row_above(capsys: pytest.CaptureFixture[str]) -> None:
    # „Herbstmarkt Bad Camberg | Sa, 29.10.2016 | 11:00 - 18:00 Uhr“ over „ | So, 20.10.2016 |
    # 11:00 - 18:00 Uhr“: before, the second row gave nothing.
    records = inspect_page(
        capsys,
        "php-imkerei-heimbuerger-termine-2016.html",
        "http://www.imkerei-heimbuerger.de/termine.php",
        "2016-10-01",
    )
    markets = [r["start"][:16] for r in records if r["title"] == "Herbstmarkt Bad Camberg"]
    assert markets == ["2016-10-29T11:00", "2016-10-20T11:00"]


def test_a_place_with_two_names(capsys: pytest.CaptureFixture[str]) -> None:
    # „(<span itemprop=location …><span itemprop=name>Kandertalhalle</span> <span
    # itemprop=name>Wollbach</span></span>)“: before, the village was dropped.
    records = inspect_page(
        capsys,
        "hugo-mvwollbach-termine-2023.html",
        "https://www.mv-wollbach.de/aktuelles/termine/",
        "2023-01-31",
    )
    places = {r["title"]: r.get("location") or "" for r in records}
    assert "Kandertalhalle" in places["Generalversammlung"]
    assert "Wollbach" in places["Generalversammlung"]


def test_the_venues_address_section_is_no_offering(capsys: pytest.CaptureFixture[str]) -> None:
    # „<h2>Adresse</h2><p>Hagerhüsli 1, 3315 Bätterkinden<br><a …>Karte anzeigen</a></p>“ under
    # the venue's „Bevorstehende Events“: before, an undated record „Adresse“ beside the four.
    records = inspect_page(
        capsys,
        "html-ninatheater-hagerhus-2026.html",
        "https://ublueli.github.io/nina-theater/hagerhus/",
        "2026-12-01",
    )
    assert [r["title"] for r in records] == [
        "Trio Häusermann – Käppeli – Meier",
        "Blue Acoustic Flavour",
        "Motz & Motzer",
        "Theaterkollektiv «Tand» mit «Körper, die wir waren»",
    ]
    assert records[3]["start"].startswith("2027-06-18T20:00")


def test_a_bracketed_address_after_the_name(capsys: pytest.CaptureFixture[str]) -> None:
    # „19. Oktober – Caritasverband für Stuttgart e.V. (Haus St. Ulrich, 70378 Stuttgart)“: a
    # postcode and town in the bracket say where; before, the title kept it and the place was
    # empty (the list crosses no names with places, so the bracket rule did not apply).
    records = inspect_page(
        capsys,
        "html-raffaelkoenig-auftritte-2025.html",
        "https://raffaelkoenig1-dot.github.io/Homepage/auftritte.html",
        "2025-09-10",
    )
    by_title = {r["title"]: r for r in records}
    caritas = by_title["Caritasverband für Stuttgart e.V."]
    assert "70378 Stuttgart" in (caritas.get("location") or "")
    assert caritas["start"].startswith("2025-10-19")
