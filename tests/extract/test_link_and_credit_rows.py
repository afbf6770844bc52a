"""Rows of a list that name no offering: a bare web address, the site's credit line
(extract.link_and_credit_rows)."""

from __future__ import annotations

import time

import pytest

from netdir.extract.link_and_credit_rows import is_bare_link, is_site_credit


@pytest.mark.parametrize("title", ["https://youtu.be/KiK7uz8Am_Y", " www.example.org/stream "])
def test_a_web_address_alone_is_a_bare_link(title: str) -> None:
    assert is_bare_link(title)


@pytest.mark.parametrize(
    "title", [None, "", "Live-Stream: https://youtu.be/x", "Un dolce deliro", "www"]
)
def test_a_title_with_other_words_is_no_bare_link(title: str | None) -> None:
    assert not is_bare_link(title)


@pytest.mark.parametrize(
    "text",
    [
        "Hosted on GitHub Pages — Theme by orderedlist — Modified by Rafael Dätwyler",
        "Proudly powered by WordPress",
        "Theme by orderedlist",
        "This site is built with Hugo",
        "Website erstellt mit Jimdo",
        "© Made with Jekyll",
    ],
)
def test_what_made_the_site_is_a_credit(text: str) -> None:
    assert is_site_credit(text)


@pytest.mark.parametrize(
    "text",
    [
        None,
        "Workshop: Websites erstellt mit WordPress, 12. März",
        "Hosted by the Rotary Club, 12 March",  # a host of an event, not of the site
        "Built environment talk",
        "Theme night",
    ],
)
def test_other_rows_are_no_credit(text: str | None) -> None:
    assert not is_site_credit(text)


def test_long_texts_are_quick() -> None:
    started = time.perf_counter()
    assert not is_site_credit("this " * 20_000)
    assert not is_bare_link("https://" + "a" * 50_000 + " b")
    assert time.perf_counter() - started < 0.5
