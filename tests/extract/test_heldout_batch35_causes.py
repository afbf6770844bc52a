"""Causes found on held-out batch 35 (the Meta-Pfarrerbuch working group's workshop pages, a
poetry slam's events page), each pinned on its real page of the corpus
(tests/realpages/README.md)."""

from __future__ import annotations

import pytest

from netdir.extract.event_page_titles import _dated_by_a_deadline
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


def test_only_a_day_said_after_bis_alone_is_a_deadline() -> None:
    assert _dated_by_a_deadline("Anmeldung bis zum 1. Mai 2026")
    assert _dated_by_a_deadline("Register by June 3, 2026")
    # A range's end and a heading that opens with its day are the event's days.
    assert not _dated_by_a_deadline("Kunstmarkt vom 12. bis 14. März 2026")
    assert not _dated_by_a_deadline("Sitzung Rat am 03.09.2026")
    assert not _dated_by_a_deadline("Workshop")
