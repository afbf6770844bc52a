"""Causes found on held-out batch 50 (owners A–M: a monastery's service plan and invitation, a
student group's meeting pages, a fire brigade's jubilee), each pinned on its real page of the
corpus (tests/realpages/README.md)."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page


def test_a_days_timetable_after_its_julian_and_gregorian_date(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<h2>Am Vorabend</h2><p>Datum: 5. Januar 2019 (jul.) / 18. Januar 2019 (greg.)</p><ul><li>4:00 –
    # 6:30 Mitternachtsgebet, Morgenamt</li>…<li>(12:00 – 13:45 Mittagsruhe)</li>…“. Before: one
    # record „Vorabend“ on 5 January (the Julian day read first, thirteen days early).
    records = inspect_corpus_page(capsys, "jekyll-hiobmon-theophanie-2019")
    assert [(r["title"], r["start"][:16], r["end"][:16]) for r in records] == [
        ("Mitternachtsgebet, Morgenamt", "2019-01-18T04:00", "2019-01-18T06:30"),
        (
            "Die Königlichen Stunden, Vesper und hl. Liturgie Basilios des Großen",
            "2019-01-18T08:00",
            "2019-01-18T09:30",
        ),
        ("Großes Apodipnon mit Vigil, 1. Stunde", "2019-01-18T17:00", "2019-01-18T20:15"),
        (
            "Stundenlesung und Liturgie des hl. Johannes Chrysostomos",
            "2019-01-19T06:40",
            "2019-01-19T08:30",
        ),
    ]


def test_a_cover_heading_that_is_the_sites_name_names_no_event(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<h1>Kloster des heiligen Hiob</h1>“ (the cover, the <title>'s last part) above the post's
    # „<h1 class=title>Patronatsfest des Klosters</h1>“: two h1, so the invitation in the lead („…
    # laden alle zum Patronatsfest vom 09.09.-10.09.2015 ein.“) dated nothing; „Das Fest beginnt am
    # Mittwoch den 09.09. um 17:00 Uhr“ gives the start. Before: no record.
    [record] = inspect_corpus_page(capsys, "jekyll-hiobmon-patronatsfest-2015")
    assert record["title"] == "Patronatsfest des Klosters"
    assert record["start"][:16] == "2015-09-09T17:00"


def test_the_practical_parts_heading_names_no_event(capsys: pytest.CaptureFixture[str]) -> None:
    # „<h1>Monatstreffen 2</h1> … <h2>Organisatorisches</h2><ul><li>Wann? Mittwoch, 25. November
    # um 19:15 Uhr bis 20:45</li><li>Wo? …</li>“. Before: the meeting titled „Organisatorisches“.
    [record] = inspect_corpus_page(capsys, "pelican-mlka-monatstreffen-2015-11")
    assert record["title"] == "Monatstreffen 2"
    assert record["start"][:16] == "2015-11-25T19:15"


def test_one_meetings_heading_typed_a_level_higher_is_still_a_meeting(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<h2>16. Treffen</h2><ul>…</ul><h1>17. Treffen</h1><ul><li>Datum: 24.05.2016, 17:30</li>…
    # <h2>18. Treffen</h2>“: the h1 ended the h2 runs and was no run of its own. Before: 31 of 32.
    titles = [
        record["title"]
        for record in inspect_corpus_page(capsys, "pelican-mlka-paper-discussion-group-2017")
    ]
    assert "17. Treffen" in titles
    assert "Vergangene Treffen" not in titles
    assert len(titles) == 32
