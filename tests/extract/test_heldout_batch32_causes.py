"""Causes found on held-out batch 32 (a local news site's article of event tips, a blog post and
an association's news post announcing events), each pinned on its real page of the corpus
(tests/realpages/README.md)."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_page as _inspect

BERNAU = (
    "wp-bernaulive-veranstaltungstipps-2023.html",
    "https://bernau-live.de/veranstaltungstipps/veranstaltung/feiertag-in-bernau-und-drumherum-veranstaltungstipps",
    "2023-10-31",
)


def test_a_news_widgets_publication_stamps_date_no_records(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The sidebar's „Meist gelesen 7 Tage“, „Infos aus dem Rathaus“ and „Aktuelle
    # Stellenangebote“ widgets: each post's title over „<div class="post-meta"><span class="date
    # meta-item">27. Oktober 2023</span></div>“ (or the span alone in a job offer's link). Fully
    # dated, the widgets were chosen beside the article as lists of events on the days the posts
    # were published (19 records: a road closure, a shop opening, job offers).
    rows = _inspect(capsys, *BERNAU)
    titles = {r["title"] for r in rows}
    assert "Candy-Shop öffnet seine Türen in Bernau" not in titles
    assert "Bernau: Vollsperrung der Börnicker Chaussee für 300 Tage" not in titles
    assert not [t for t in titles if "(m/w/d)" in t or "m/w/x" in t]
