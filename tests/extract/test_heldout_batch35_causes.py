"""Causes found on held-out batch 35 (the Meta-Pfarrerbuch working group's workshop pages, a
poetry slam's events page), each pinned on its real page of the corpus
(tests/realpages/README.md)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract.context import PageContext
from netdir.extract.date_cues import dated_by_a_deadline
from netdir.extract.event_page_labels import Fact
from netdir.extract.event_page_titles import _subtitle
from netdir.extract.rule_only_page import rule_only_event
from tests.extract.realpage_inspect import PAGES
from tests.extract.realpage_inspect import inspect_page as _inspect

WORKSHOP = (
    "frag-metapfarrerbuch-workshop-2025-03.html",
    "https://meta-pfarrerbuch.evangelische-archive.de/?site=veranstaltungen/index.html",
    "2025-03-12",
)


def test_a_heading_dated_by_a_deadline_does_not_name_the_event(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<h2>Workshop: Aufruf zur Beteiligung - Einreichung bis 10.03.2025 (…)</h2>“ over the call,
    # then after <hr> the workshop's own h2 and „Termin: 18. März 2025, 13-17 Uhr“ / „Ort: …“:
    # the workshop was titled by the call's heading (its deadline read as a dated heading).
    rows = _inspect(capsys, *WORKSHOP)
    assert len(rows) == 1
    (workshop,) = rows
    assert workshop["title"].startswith("Metadatendatenbank „Pfarrpersonen")
    assert (workshop["start"], workshop["end"]) == (
        "2025-03-18T13:00:00+01:00",
        "2025-03-18T17:00:00+01:00",
    )
    assert workshop["location"].startswith("Kirchliches Archivzentrum Berlin")


FORGE = (
    "frag-metapfarrerbuch-forge-2025-09.html",
    "https://meta-pfarrerbuch.evangelische-archive.de/?site=veranstaltungen/25-09-24/index.html",
    "2025-08-03",
)


def test_a_subtitle_framing_the_event_does_not_name_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<h2>Repositorien-, Organisations- und projektübergreifende semantische Meta-Suche …</h2>
    # <h3>Im Rahmen der FORGE 2025 Konferenz - Forschungsdaten in den Geisteswissenschaften</h3>
    # <p>Universität Rostock, Mittwoch, 24.09.2025 12:30 - 16:00, Ort: SR 217</p>“: the workshop
    # was titled by the h3 (the nearest heading above its date line).
    rows = _inspect(capsys, *FORGE)
    assert len(rows) == 1
    assert rows[0]["title"].startswith("Repositorien-, Organisations- und projektübergreifende")
    assert rows[0]["start"] == "2025-09-24T12:30:00+02:00"


def test_only_a_framing_heading_right_under_a_higher_one_is_a_subtitle() -> None:
    name = Fact("Repositorien-übergreifende Meta-Suche", "h2", 3)
    assert _subtitle(name, Fact("Im Rahmen der FORGE 2025 Konferenz", "h3", 4))
    assert _subtitle(name, Fact("In Kooperation mit dem Stadtarchiv", "h3", 4))
    # Not right under it, not lower, or naming something of its own: the lower heading stays.
    assert not _subtitle(name, Fact("Im Rahmen der FORGE 2025 Konferenz", "h3", 6))
    assert not _subtitle(name, Fact("Im Rahmen der FORGE 2025 Konferenz", "h2", 4))
    assert not _subtitle(Fact("Termine 2025", "h2", 3), Fact("Sommerfest im Garten", "h3", 4))


def test_only_a_day_said_after_bis_alone_is_a_deadline() -> None:
    assert dated_by_a_deadline("Anmeldung bis zum 1. Mai 2026")
    assert dated_by_a_deadline("Register by June 3, 2026")
    # A range's end and a heading that opens with its day are the event's days.
    assert not dated_by_a_deadline("Kunstmarkt vom 12. bis 14. März 2026")
    assert not dated_by_a_deadline("Sitzung Rat am 03.09.2026")
    assert not dated_by_a_deadline("Workshop")


SLAM = (
    "nuxt-saferspaceslam-veranstaltungen-2025.html",
    "https://saferspace-slam.de/veranstaltungen",
    "2025-10-08",
)


def test_a_rule_alone_on_the_page_gives_its_next_occurrence(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The events list is filled by script; a reader sees „schedule Jeden 3. Mittwoch im Monat um
    # 20:00 Uhr“ (an icon font's pictogram) and the address, the slam named only by the
    # <title> „Veranstaltungen — Saferspace Slam“: no record before.
    rows = _inspect(capsys, *SLAM)
    assert len(rows) == 1
    (slam,) = rows
    assert slam["title"] == "Saferspace Slam"
    assert slam["start"] == "2025-10-15T20:00:00+02:00"
    assert slam["recurrence"] == "FREQ=MONTHLY;BYDAY=3WE"
    assert slam["location"] == "Von-Melle-Park 5, 20146 Hamburg, Raum 0029"


def test_a_rule_beside_a_named_day_is_no_rule_only_page() -> None:
    page = (PAGES / SLAM[0]).read_text(encoding="utf-8")
    context = PageContext("t", SLAM[1], SLAM[1], None, datetime(2025, 10, 8, tzinfo=UTC))
    assert rule_only_event(LexborHTMLParser(page), context)
    dated = page.replace("Zukünftige Veranstaltungen", "Nächster Slam: 15. Oktober 2025")
    assert not rule_only_event(LexborHTMLParser(dated), context)
