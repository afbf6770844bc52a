"""decode_body: German text intact from ISO-8859-1, Windows-1252 and UTF-8 pages."""

from __future__ import annotations

import pytest

from netdir.crawl import decode_body

GERMAN = "Größere Übersicht für Behörden – „Fußgängerzone“ kostet 20 € · Straße Äöü"
LATIN1_ONLY = "Grüße aus Düsseldorf: Übersicht der Ämter, Straße"  # no cp1252-only characters
PAGE = "<html><head>{meta}<title>Termine</title></head><body><p>{text}</p></body></html>"


def page(text: str, meta: str = "") -> str:
    return PAGE.format(meta=meta, text=text)


@pytest.mark.parametrize(
    "content_type",
    ["text/html; charset=windows-1252", "text/html; charset=ISO-8859-1", "text/html", None],
)
def test_windows_1252_page_decodes_with_or_without_declared_charset(
    content_type: str | None,
) -> None:
    # Windows-1252 bytes labelled ISO-8859-1 are the common case on German CMS pages.
    text, encoding = decode_body(page(GERMAN).encode("cp1252"), content_type)
    assert GERMAN in text
    assert encoding == "windows-1252"


@pytest.mark.parametrize("content_type", ["text/html; charset=iso-8859-1", "text/html", None])
def test_iso_8859_1_page_decodes_with_or_without_declared_charset(
    content_type: str | None,
) -> None:
    text, _ = decode_body(page(LATIN1_ONLY).encode("iso-8859-1"), content_type)
    assert LATIN1_ONLY in text


@pytest.mark.parametrize(
    "meta",
    [
        '<meta charset="iso-8859-1">',
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
    ],
)
def test_meta_charset_is_used_when_the_header_has_none(meta: str) -> None:
    text, encoding = decode_body(page(GERMAN, meta).encode("cp1252"), "text/html")
    assert GERMAN in text
    assert encoding == "windows-1252"


def test_utf8_body_under_a_wrong_latin1_label_is_read_as_utf8() -> None:
    text, encoding = decode_body(page(GERMAN).encode("utf-8"), "text/html; charset=iso-8859-1")
    assert GERMAN in text
    assert encoding == "utf-8"


def test_wrong_utf8_label_on_latin1_bytes_falls_back_to_detection() -> None:
    text, _ = decode_body(page(GERMAN).encode("cp1252"), "text/html; charset=utf-8")
    assert GERMAN in text


def test_byte_order_mark_wins() -> None:
    text, encoding = decode_body(
        b"\xef\xbb\xbf" + GERMAN.encode("utf-8"), "text/html; charset=iso-8859-1"
    )
    assert text == GERMAN
    assert encoding == "utf-8"
