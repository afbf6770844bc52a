"""Held-out English listing batch AI (a library system's Family Literacy Day programmes, a
library's summer outreach page): each general cause it showed, on its real page."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page


def test_two_morning_hours_under_one_am_are_two_sessions(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Born to Read (Wednesday, Jan. 21, 10:30 & 11:30 a.m.)“. Before: one record at 11:30.
    rows = inspect_corpus_page(capsys, "cakephp-vaughan-library-family-literacy-day-2015")
    starts = sorted(r["start"][:16] for r in rows if r["title"] == "Born to Read")
    assert "2015-01-21T10:30" in starts
    assert "2015-01-21T11:30" in starts
