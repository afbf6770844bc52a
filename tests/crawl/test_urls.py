"""canonicalize_url: one spelling per page."""

from __future__ import annotations

import pytest

from netdir.crawl import canonicalize_url


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("HTTPS://Example.DE:443/Termine#oben", "https://example.de/Termine"),
        ("http://example.de:80", "http://example.de/"),
        ("http://example.de:8080/a", "http://example.de:8080/a"),
        (
            "https://example.de/liste?utm_source=nl&page=2&fbclid=x&utm_medium=mail",
            "https://example.de/liste?page=2",
        ),
        ("https://example.de/liste?b=2&a=1&gclid=abc", "https://example.de/liste?b=2&a=1"),
        ("https://example.de/?UTM_Campaign=x", "https://example.de/"),
        (
            "  https://example.de/Seite%20Zwei?q=M%C3%BCnster  ",
            "https://example.de/Seite%20Zwei?q=M%C3%BCnster",
        ),
    ],
)
def test_canonical_form_drops_only_what_never_changes_the_page(raw: str, canonical: str) -> None:
    assert canonicalize_url(raw) == canonical


def test_path_case_and_parameter_order_are_kept_because_servers_may_care() -> None:
    assert canonicalize_url("https://example.de/Termine?b=1&a=2") != canonicalize_url(
        "https://example.de/termine?a=2&b=1"
    )


def test_canonical_form_is_stable() -> None:
    once = canonicalize_url("HTTP://Example.de:80/x?utm_term=y&id=7#f")
    assert canonicalize_url(once) == once
