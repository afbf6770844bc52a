"""Causes found on held-out German batch 142 of the real-page corpus (professional associations'
meetings and conference calendars: the Landesverband der Köche Baden-Württemberg's archive of its
Landesverbandstagungen, de-RSE e.V.'s „Termine“), each pinned on a minimal snippet and on its
page: the records a reader would note, with their names, starts and places."""

from __future__ import annotations

import re
from datetime import date

from netdir.extract.title_years import FROM_TITLE, years_named_by_the_titles
from netdir.records import RawRecord
from tests.extract.realpage_inspect import PAGES, readings_on

# 1. A yearless day under a title that names one year lies in that year: „Einladung zur
#    Landesverbandstagung am 30.Oktober in Konstanz“ in the cell „Landesverbandstagung Herbst
#    2017“, saved in 2025, is the meeting of October 2017, not of October 2025.


def _row(title: str, date_text: str) -> RawRecord:
    return RawRecord(
        source_id="t",
        page_url="https://example.org/",
        extractor="listing",
        title=title,
        date_text=date_text,
    )


def test_title_year_dates_a_yearless_row() -> None:
    today = date(2025, 5, 28)
    autumn = _row("Landesverbandstagung Herbst 2017", "am 30.Oktober")
    season = _row("Saison 2024-2025", "am 3. Mai")  # two years: says nothing
    founded = _row("Sommerfest 1950", "am 3. Juli")  # no recent year
    dated = _row("Herbsttagung 2017", "30.10.2016")  # its date states its year: kept
    topic = _row("Stammtisch mit Jahresrückblick 2024", "10. Februar")  # a topic, no season
    years_named_by_the_titles([autumn, season, founded, dated, topic], today)
    assert autumn.extra["page_year"] == "2017"
    assert autumn.field_sources["date_text"].endswith(FROM_TITLE)
    assert "page_year" not in season.extra
    assert "page_year" not in founded.extra
    assert "page_year" not in dated.extra
    assert "page_year" not in topic.extra


_CELLS = """<html><head><title>Tagungen - Verband</title></head><body><main>
<div><div class="title">Landesverbandstagung Frühjahr 2018 in Freiburg</div><div class="inner">
<p><b><a href="files/e1.pdf">Einladung zur Landesverbandstagung am 28.04.2018</a></b></p></div></div>
<div><div class="title">Landesverbandstagung Herbst 2017</div><div class="inner">
<p><b><a href="files/e2.pdf">Einladung zur Landesverbandstagung am 30.Oktober in Konstanz</a></b></p>
</div></div>
<div><div class="title">Protokolle von Bad Teinach Frühjahr 2014</div><div class="inner">
<p><b><a href="files/e3.pdf">Protokolle der Landesverbandstagung in Bad Teinach am 14.4.2014</a></b>
</p></div></div>
</main></body></html>"""


def test_cell_title_year_on_a_snippet() -> None:
    starts = {title: start for title, start, _ in readings_on(_CELLS, date(2025, 5, 28))}
    assert starts["Landesverbandstagung Herbst 2017"] == "2017-10-30"


def test_cell_title_year_on_the_page() -> None:
    # the saved page's cells of spring 2018 and autumn 2017, as the page writes them
    html = (PAGES / "koeche-bw-landesverbandstagungen.html").read_text(encoding="utf-8")
    head, rest = html.split('<main id="imContent">', 1)
    main, tail = rest.split("</main>", 1)
    cells = {
        re.match(r'<div id="imCell_(\d+)', cell).group(1): cell  # type: ignore[union-attr]
        for cell in re.split(r'(?=<div id="imCell_)', main)[1:]
    }
    page = head + '<main id="imContent">' + cells["76"] + cells["74"] + "</main>" + tail
    readings = readings_on(page, date(2025, 5, 28))
    assert ("Landesverbandstagung Herbst 2017", "2017-10-30", "Konstanz") in readings
