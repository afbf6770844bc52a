"""Causes found on held-out German batch 110 of the real-page corpus (a research colloquium
series' list and Tagungsprogramm, a research project's two conference programmes), each pinned
on a minimal snippet and on its page: the records a reader would list, with the day and hour of
each."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

from netdir.extract import extract_page
from netdir.normalize import normalize_record
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import PAGES, TRUTH
from tests.realpages.corpus import load_truth

_Record = tuple[str | None, str | None]


def _records(page_id: str) -> list[_Record]:
    """(title, start) of a corpus page's records, read on the day it was saved."""
    truth = load_truth(TRUTH / f"{page_id}.yaml")
    html = (PAGES / f"{page_id}.html").read_text(encoding="utf-8")
    saved = datetime.combine(truth.today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html, truth.base_url), fetched_at=saved)
    return _read(extract_page(page).records, truth.today)


def _page(html: str, today: date) -> list[_Record]:
    saved = datetime.combine(today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html), fetched_at=saved)
    return _read(extract_page(page).records, today)


def _read(records: list[RawRecord], today: date) -> list[_Record]:
    return [(n.title, _wall(n.start)) for n in (normalize_record(r, today=today) for r in records)]


def _wall(stamp: str | None) -> str | None:
    """The wall time of an ISO stamp („2026-10-23T19:30:00+02:00“ → „2026-10-23T19:30“)."""
    return stamp[:16] if stamp is not None and "T" in stamp else stamp


# Cause 1: a day written as a bold line of its own right before the day's table („<p
# class="font-bold">Mittwoch, 29. März 2023</p><table>…“), rows „15:45–16:30 | Speaker<br/>Talk“,
# breaks in rows without an hour: each p + table was read as one block, one record per day named
# by its first session label. The line rules the table as a heading would (day_tables): each
# timed row is a talk named by its title under the speaker's line, the breaks are none.

_DAY_LINE = """<html><body><main><h1>13. Kolloquium</h1><p>Einleitung zum Kolloquium.</p>
<div>
<p class="mt-6 font-bold px-2">Donnerstag, 30. März 2023</p>
<table class="table-auto mt-2">
<tr><td class="font-bold" colspan="2">Königsberger Gesprächspartner I</td></tr>
<tr><td>9:00–9.45</td><td>Oswald Bayer<br/>Lokalität, Individualität, Personalität</td></tr>
<tr><td>9:45–10:30</td><td>Leonard Keidel<br/>Trescho in Hamanns Koordinatensystem</td></tr>
<tr><td></td><td><em>Kaffeepause</em></td></tr>
<tr><td>11:00–11:45</td><td>Joachim Ringleben<br/>Spuren Hamanns in Hippels Roman</td></tr>
</table>
<p class="mt-6 font-bold px-2">Freitag, 31. März 2023</p>
<table class="table-auto mt-2">
<tr><td>9:00–9.45</td><td>Konrad Bucher<br/>Hamann und der Siebenjährige Krieg</td></tr>
<tr><td></td><td><em>Mittagspause</em></td></tr>
<tr><td>14:30–15:15</td><td>Sabine Marienberg<br/>Berührungspunkte bei Hamann und Herder</td></tr>
</table>
<p class="mt-6 font-bold px-2">Samstag, 1. April 2023</p>
<table class="table-auto mt-2">
<tr><td>9:00–9.45</td><td>Hans Graubner<br/>Kinderphysik und Göttersprache</td></tr>
<tr><td>9:45–10:30</td><td>Florian Telsnig<br/>Wozu Aufklärung?</td></tr>
</table>
</div></main></body></html>"""


def test_a_day_line_before_its_table_dates_each_timed_row() -> None:
    records = _page(_DAY_LINE, date(2023, 3, 1))
    assert records == [
        ("Lokalität, Individualität, Personalität", "2023-03-30T09:00"),
        ("Trescho in Hamanns Koordinatensystem", "2023-03-30T09:45"),
        ("Spuren Hamanns in Hippels Roman", "2023-03-30T11:00"),
        ("Hamann und der Siebenjährige Krieg", "2023-03-31T09:00"),
        ("Berührungspunkte bei Hamann und Herder", "2023-03-31T14:30"),
        ("Kinderphysik und Göttersprache", "2023-04-01T09:00"),
        ("Wozu Aufklärung?", "2023-04-01T09:45"),
    ]


def test_the_tagungsprogramm_page_gives_each_talk_at_its_hour() -> None:
    records = _records("vite-hamann-kolloquium-tagungsprogramm-2023-03")
    assert len(records) == 27
    assert ("Lokalität, Individualität, Personalität", "2023-03-30T09:00") in records
    assert ("Hamann und der Siebenjährige Krieg", "2023-03-31T09:00") in records
    assert ("Abschlussdiskussion", "2023-04-01T13:15") in records
    assert not any(title and "pause" in title.lower() for title, _ in records)


# Cause 2: a grid row of hour | talk cell pairs under a day heading („<div class="row
# programm"><div class="col-1">09:00</div><div class="col-11"><p><b>Session I: …</b></p><p>Talk
# (Speaker, Institution)</p></div><div class="col-1">09:40</div>…“) was read as one block: one
# record named by the session label at the first hour. Each pair is a point of the day
# (hour_cell_pairs), named by its talk without the speakers in parentheses.

_PAIRS = """<html><body><h1>Konferenz</h1>
<div class="row"><div class="col-12"><h3>Mittwoch, 27. Oktober 2021</h3></div></div>
<div class="row programm">
<div class="col-1">09:00</div>
<div class="col-11"><p><b>Session I: Digitale Professorenkataloge</b></p>
<p>Karrieremuster und das Semantic Web (Jennifer Blanke, HAB Wolfenbüttel)</p></div>
<div class="col-1">09:40</div>
<div class="col-11"><p>Professorenkatalog der Universität Bamberg (Margrit Prussat)</p></div>
</div>
<div class="row"><div class="col-1">10:20</div><div class="col-11"><p>Kaffeepause</p></div></div>
<div class="row programm">
<div class="col-1">10:30</div>
<div class="col-11"><p>Kieler Professorenkatalog Online (Karen Bruhn, Universität Kiel)</p></div>
<div class="col-1">11:10</div>
<div class="col-11"><p>Der Catalogus Professorum online (Tanja Wolf) <a href="talk.pdf">Folien</a></p>
</div>
</div>
<div class="row"><div class="col-12"><h3>Donnerstag, 28. Oktober 2021</h3></div></div>
<div class="row programm">
<div class="col-1">09:00</div>
<div class="col-11"><p>Eine CIDOC CRM Erweiterung (SDHSS) für Universitäten</p></div>
<div class="col-1">09:40</div>
<div class="col-11"><p><b>Session III: Fallstudien</b></p><p>Gelehrtengeschichte in Wikidata</p></div>
</div>
</body></html>"""


def test_hour_cell_pairs_in_a_grid_row_are_the_days_talks() -> None:
    records = _page(_PAIRS, date(2021, 10, 1))
    talks = [record for record in records if record[1] and "T" in record[1]]
    assert talks == [
        ("Karrieremuster und das Semantic Web", "2021-10-27T09:00"),
        ("Professorenkatalog der Universität Bamberg", "2021-10-27T09:40"),
        ("Kieler Professorenkatalog Online", "2021-10-27T10:30"),
        ("Der Catalogus Professorum online", "2021-10-27T11:10"),
        ("Eine CIDOC CRM Erweiterung (SDHSS) für Universitäten", "2021-10-28T09:00"),
        ("Gelehrtengeschichte in Wikidata", "2021-10-28T09:40"),
    ]


def test_the_conference_programmes_give_each_talk_at_its_hour() -> None:
    reloaded = _records("php-pcp-reloaded-programm-2021-10")
    assert ("Kieler Professorenkatalog Online", "2021-10-27T10:30") in reloaded
    assert ("Workshop Geovistory", "2021-10-27T14:40") in reloaded
    assert ("Professorenkatalog der Universität Bamberg", "2021-10-27T09:40") in reloaded
    closing = _records("php-pcp-abschlusskonferenz-programm-2023-03")
    assert (
        "Forschungsontologie zu Professorale Karrieremuster der Frühen Neuzeit - "
        "Datenlebenszyklus und Werkzeuge",
        "2023-03-20T16:15",
    ) in closing
    assert not any(title in ("Kaffeepause", "Pause") for title, _ in closing)


# Cause 3: a table row „year | Name in Place: »Theme« (3.–7. März 2002)“ without a link: the
# days in parentheses closing the row's text are its own (block_dates), as a date column's would
# be; the row was no item (an unlinked row must give its day as a field). Rows whose only link is
# the conference's programme PDF („🖹 Tagungsprogramm“) or „Call for Papers“ are named by their
# text, not by the file (title_text's document words).

_YEARS = """<html><body><h1>Kolloquien</h1><table>
<tr><td><b>2002</b></td><td><span>Achtes Kolloquium an der Universität Halle: »Die
Gegenwärtigkeit« (3.–7. März 2002)</span></td></tr>
<tr><td><b>2006</b></td><td><span>Neuntes Kolloquium an der Universität Halle: »Religion und
Gesellschaft« (28.–30. September 2006)</span></td></tr>
<tr><td><b>2010</b></td><td><span>Zehntes Kolloquium in Halle: »Briefwechsel« (23.–25. September
2010). <a href="/pdf/2010_tagungsprogramm.pdf">🖹 Tagungsprogramm</a></span></td></tr>
<tr><td><b>2017</b></td><td><span>Kleines Kolloquium in Wuppertal zur »Aesthaetica«</span></td></tr>
</table></body></html>"""


def test_days_in_closing_parentheses_date_an_unlinked_row() -> None:
    records = _page(_YEARS, date(2026, 4, 22))
    starts = {start: title for title, start in records}
    assert set(starts) == {"2002-03-03", "2006-09-28", "2010-09-23"}
    assert starts["2002-03-03"] is not None and starts["2002-03-03"].startswith("Achtes Kolloquium")
    assert starts["2010-09-23"] is not None and starts["2010-09-23"].startswith(
        "Zehntes Kolloquium"
    )


def test_the_colloquia_page_lists_the_dated_colloquia_by_name() -> None:
    records = _records("vite-hamann-kolloquium-kolloquien-2026-04")
    starts = {start: title or "" for title, start in records}
    assert starts["2002-03-03"].startswith("Achtes Internationales Hamann-Kolloquium")
    assert starts["2010-09-23"].startswith("Zehntes Internationales Hamann-Kolloquium")
    assert starts["2027-03-10"].startswith("[in Planung] Vierzehntes")
    assert not any("Tagungsprogramm" in title for title in starts.values())
