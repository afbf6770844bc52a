"""Causes found on held-out batch N (German pages with schema.org data), each pinned on its real
page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from netdir.cli.main import main
from netdir.extract.schema_org import event_types, type_names

PAGES = Path(__file__).parents[1] / "realpages" / "pages"
_CIRCLESONGS = (
    "https://www.ganzheitlich-gesund-brandenburg.de/veranstaltungen/2718388/2025/07/08/"
    "circlesongs-community-chor-potsdam.html"
)


def _inspect(capsys: pytest.CaptureFixture[str], page: str, url: str, today: str) -> list[dict]:
    code = main(["inspect", str(PAGES / page), "--base-url", url, "--today", today, "--json"])
    assert code == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_a_type_written_in_lower_case_is_still_the_event(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Verwaltungsportal's event pages write '"@type":"event"': the JSON-LD was no event, and the
    # page gave one record titled by its "Blog" tab, dated by a blog post's day.
    assert event_types({"@type": "event"}) == {"Event"}
    assert type_names({"@type": ["place", "postaladdress"]}) == {"Place", "postaladdress"}
    rows = _inspect(
        capsys, "verwaltungsportal-ggbrandenburg-event.html", _CIRCLESONGS, "2025-07-07"
    )
    own = next(r for r in rows if r["start"].startswith("2025-07-08"))
    assert own["title"] == "Circlesongs: Community-Chor Potsdam"
    assert own["start"].startswith("2025-07-08T18:30")
    assert own["location"] == "freiLand Potsdam"
    assert not [r for r in rows if r["title"] == "Blog"]
