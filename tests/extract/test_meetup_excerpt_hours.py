"""A meetup's excerpt states the hour and the place in the sentence of its day (prose_times,
block_places.stated_place)."""

from __future__ import annotations

import pytest

from netdir.extract.block_places import stated_place
from netdir.extract.prose_times import prose_time
from tests.extract.realpage_inspect import inspect_corpus_page


@pytest.mark.parametrize(
    ("line", "date_text", "clock"),
    [
        # across a dash after the day
        ("treffen wir uns wie immer am dritten Donnerstag – also am 18.01. – um 19:00 in den Räumen.",
         "18. Januar 2024", "19:00"),
        # the place first, the clock after it
        ("Das nächste Treffen findet am 20.02.2020 in den Räumen des CCCHH (Zeiseweg 9) ab 19 Uhr statt.",
         "20.02.2020", "19 Uhr"),
        # the prose writes the title's day shorter („15.3.“ for „15.3.18“)
        ("wir treffen uns das nächste Mal am 15.3. ab 19 Uhr im Zeiseweg 9.", "15.3.18", "19 Uhr"),
    ],
)  # fmt: skip
def test_the_hour_in_the_days_sentence(line: str, date_text: str, clock: str) -> None:
    assert prose_time([line], date_text) == clock


def test_a_clock_after_another_sentence_is_not_the_days() -> None:
    line = "Wir treffen uns am 20.02.2020 im Rathaus. Der Bus fährt ab 19 Uhr."
    assert prose_time([line], "20.02.2020") is None


def test_the_place_leaves_the_clock_to_the_start() -> None:
    line = "Das nächste Treffen findet am 20.02.2020 in den Räumen des CCCHH (Zeiseweg 9) ab 19 Uhr statt."
    assert stated_place([line]) == "Räumen des CCCHH (Zeiseweg 9)"


def test_a_long_line_is_read_quickly() -> None:
    assert prose_time(["am 20.02.2020 im " + "Raum " * 5000], "20.02.2020") is None


def test_the_hours_of_a_meetups_posts(capsys: pytest.CaptureFixture[str]) -> None:
    """A tech meetup's post list: the excerpts say „– um 19:00“ after the day or „in den Räumen
    des CCCHH (Zeiseweg 9) ab 19 Uhr“; the titles only name the day."""
    records = inspect_corpus_page(capsys, "jekyll-geekfem-hamburg-posts-2024-01")
    starts = {r["start"][:16] for r in records}
    for start in ("2024-01-18T19:00", "2020-02-20T19:00", "2018-11-29T19:00", "2018-03-15T19:00"):
        assert start in starts
