"""Causes found on held-out batch 20 of the real-page corpus (German pages), each pinned on its
page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from netdir.extract import extract_page
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text

PAGES = Path(__file__).parents[1] / "realpages" / "pages"


def test_a_day_item_whose_nested_list_names_the_days_events() -> None:
    # A Markdown programme: <li>Freitag, den 2. Juni 2017<ul><li>Festakt in der Nydeggkirche</li>
    # <li>Cortège zur Schmiedstube</li>…</ul></li>: one event per nested item on its day.
    html = (PAGES / "hexo-berchtoldia-jubilaeum-programm-2017.html").read_text(encoding="utf-8")
    page = page_from_text(html, "http://jubilaeum.berchtoldia.ch/programm/index.html")
    today = date(2016, 11, 21)
    got = [(r.title, normalize_record(r, today=today).start) for r in extract_page(page).records]
    assert got == [
        ("Festakt in der Nydeggkirche", "2017-06-02"),
        ("Cortège zur Schmiedstube", "2017-06-02"),
        ("Festkommers im Kornhauskeller", "2017-06-02"),
        ("Festgottesdienst in der Dreifaltigkeitskirche", "2017-06-03"),
        ("Gala im Hotel Bellevue Palace", "2017-06-03"),
        ("Familienanlass mit Grillplausch auf dem Gurten", "2017-06-04"),
        ("Katerbummel", "2017-06-05"),
    ]


def test_flat_pairs_of_sibling_boxes_are_one_item_each() -> None:
    # A sidebar without a box per item: <div class="box_heading">24.04. - 03.05.</div>
    # <div class="box_content">Fehringer</div>, five pairs in a row under one parent.
    html = (PAGES / "static-rohrendorf-veranstaltungen-heurigen.html").read_text(encoding="utf-8")
    page = page_from_text(html, "http://www.rohrendorf.at/veranstaltungen.htm")
    today = date(2017, 4, 21)
    got = []
    for record in extract_page(page).records:
        event = normalize_record(record, today=today)
        got.append((record.title, event.start, event.end))
    assert got[:5] == [
        ("Fehringer", "2017-04-24", "2017-05-03"),
        ("Windhaber", "2017-04-24", "2017-05-17"),
        ("Schagerl", "2017-05-08", "2017-05-17"),
        ("Kohl", "2017-05-14", "2017-05-30"),
        ("Puchinger", "2017-05-21", "2017-06-01"),
    ]
