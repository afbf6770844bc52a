"""A link whose text is a web address names no offering; the row's own text does."""

from __future__ import annotations

import pytest

from netdir.extract.address_links import is_web_address
from tests.extract.realpage_inspect import inspect_corpus_page


@pytest.mark.parametrize(
    "text",
    [
        "https://stoehr.seat.de/",
        "www.src-bannewitz.de/",
        "renncenter-hamburg.de",
        "http://x.org/a?b=1",
    ],
)
def test_web_addresses(text: str) -> None:
    assert is_web_address(text)


@pytest.mark.parametrize(
    "text", ["SRC Güstrow", "St.Martin", "z.B.", "Konzert in www.example.de", "Version 2.0", "Mehr"]
)
def test_names_and_words_are_no_web_addresses(text: str) -> None:
    assert not is_web_address(text)


def test_the_series_races_are_named_by_their_hosts(capsys: pytest.CaptureFixture[str]) -> None:
    """The NordOstCup's dates frame: each row's host („SRC Güstrow“) names the race, not the
    host's web address linked beside it."""
    records = inspect_corpus_page(capsys, "static-nordostcup-termine-2025")
    assert [r["title"] for r in records] == [
        "SRC Güstrow", "SRC Bannewitz", "SRC Gotha", "Renncenter Hamburg",
    ]  # fmt: skip
