"""A news column whose posts are dated only in their prose (extract/prose_posts.py)."""

from __future__ import annotations

from netdir.extract.block_reading import BlockReading
from netdir.extract.prose_posts import posts_dated_in_prose


def _reading(date_text: str | None, source: str = "listing:p announcing sentence") -> BlockReading:
    reading = BlockReading(title="Post", date_text=date_text)
    if date_text is not None:
        reading.sources["date_text"] = source
    return reading


def test_posts_each_dated_by_a_sentence_of_their_prose() -> None:
    readings = [_reading("am Mi, 28. August"), _reading(None), _reading("am 8. November 2019")]
    assert posts_dated_in_prose(readings)


def test_rows_with_a_date_field_are_no_such_posts() -> None:
    readings = [_reading("am Mi, 28. August"), _reading("12.03.2026", "listing:td"), _reading(None)]
    assert not posts_dated_in_prose(readings)
    assert not posts_dated_in_prose([_reading("am Mi, 28. August"), _reading(None)])
    assert not posts_dated_in_prose([_reading(None), _reading(None)])
