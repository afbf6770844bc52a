"""A row's cell built like the chosen rows' cells but classed otherwise is one more item
(sibling_cells), with the council calendar of held-out batch 74 it was found on."""

from __future__ import annotations

import pytest

from netdir.extract.listing_groups import Candidate
from netdir.extract.sibling_cells import cell_like_the_chosen_cells
from netdir.html_depth import parse_html
from tests.extract.realpage_inspect import inspect_corpus_page


def _candidates(other_cell: str) -> tuple[Candidate, list[Candidate]]:
    """A table body of meeting rows (``td.silink > div.el-h``) and one row whose cell is
    ``other_cell``; the lone candidate of that cell's first element and the chosen one."""
    rows = "".join(
        f'<tr><td>{day}</td><td class="silink"><div class="el-h">{name}</div></td></tr>'
        for day, name in ((2, "Schulausschuss"), (10, "Hauptausschuss"))
    )
    tree = parse_html(f"<html><body><table><tbody>{rows}<tr><td>9</td>{other_cell}</tr>")
    assert tree.body is not None
    blocks = tree.body.css("td.silink > div")
    chosen = Candidate([cell.parent for cell in blocks], [[b] for b in blocks], "td.silink>div", {})
    other = tree.body.css("td.tename > *")[0]
    return Candidate([other.parent], [[other]], "td.tename>div", {}), [chosen]


def test_a_cell_built_like_the_chosen_cells_in_their_table_is_one_of_them() -> None:
    lone, chosen = _candidates(
        '<td class="tename"><div class="el-h">Die Sitzung fällt aus.</div></td>'
    )
    assert cell_like_the_chosen_cells(lone, chosen)
    # its surroundings end at its row: the table holds the other meetings' hours
    block = lone.segments[0][0]
    assert lone.own_containers is not None
    assert block.parent is not None and block.parent.parent is not None
    assert set(lone.own_containers) == {block.parent.mem_id, block.parent.parent.mem_id}


def test_a_cell_built_otherwise_is_not() -> None:
    lone, chosen = _candidates('<td class="tename"><p class="note">Heute keine Sitzung</p></td>')
    assert not cell_like_the_chosen_cells(lone, chosen)
    assert lone.own_containers is None


def test_norderstedts_called_off_meeting_is_on_its_day(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „<td class="tename"><div class="smc-el-h">Die Sitzung des Stadtwerkeausschusses fällt
    # aus.</div></td>“ beside the meetings' ``td.silink`` cells: no record before (16/17), and
    # with the table around it as its surroundings it would take the first meeting's hours.
    records = inspect_corpus_page(capsys, "sessionnet-norderstedt-kalender-2026-09")
    (called_off,) = [r for r in records if "Stadtwerke" in r["title"]]
    assert called_off["title"] == "Die Sitzung des Stadtwerkeausschusses fällt aus."
    assert (called_off["start"], called_off.get("location")) == ("2026-09-09", None)
    assert called_off["status"] == "cancelled"
    assert len(records) == 17
