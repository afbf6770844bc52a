"""pagediff names a page that lost an item or precision as worse, and one that gained as better."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.realpages.pagediff import compare, page_changes


def _score(found: int, records: int, title: int = 0) -> dict:
    return {
        "page": "p", "items": 5, "records": records, "found": found, "title_right": title,
        "time_right": 0, "place_right": 0, "missed": [], "extra": [], "error": None,
    }  # fmt: skip


def test_a_lost_item_is_worse_and_a_found_one_better() -> None:
    assert page_changes(_score(4, 4), _score(3, 4))[1] == ["found 4->3"]
    assert page_changes(_score(3, 4), _score(4, 4)) == (["found 3->4"], [])


def test_an_extra_record_is_worse_one_fewer_is_better() -> None:
    assert page_changes(_score(4, 4), _score(4, 5)) == ([], ["records 4->5"])
    assert page_changes(_score(4, 5), _score(4, 4)) == (["records 5->4"], [])


def test_compare_fails_when_a_page_got_worse(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before, after = tmp_path / "a.json", tmp_path / "b.json"
    before.write_text(json.dumps([_score(4, 4, title=4)]))
    after.write_text(json.dumps([_score(4, 4, title=3)]))
    assert compare(before, after) == 1
    assert "WORSE  p: title_right 4->3" in capsys.readouterr().out
    assert compare(before, before) == 0
