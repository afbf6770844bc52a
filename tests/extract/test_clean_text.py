"""``clean_text`` collapses every kind of whitespace a page writes (tabs, line breaks, no-break
and thin spaces, ideographic space, line separators) into single spaces, as the regex ``\\s+``
it replaced did, and decodes entities."""

from __future__ import annotations

import re

import pytest

from netdir.extract.context import clean_text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("  Bereich 17:\n  Service,\tBeratung und\xa0Informationen  ", "Bereich 17: Service, Beratung und Informationen"),
        ("Rathaus\u2009Kiel\u3000Saal\u2028B\x85C\x0bD\x1cE", "Rathaus Kiel Saal B C D E"),
        ("Institut f&uuml;r&nbsp;Stadtgeschichte", "Institut für Stadtgeschichte"),
        (" \t\n ", None),
        ("", None),
        (None, None),
        (12, "12"),
        ({"name": "x"}, None),
    ],
)  # fmt: skip
def test_whitespace_collapses_to_single_spaces(raw: object, clean: str | None) -> None:
    assert clean_text(raw) == clean


def test_same_as_the_regex_on_every_whitespace_character() -> None:
    spaces = "".join(chr(c) for c in range(0x3001) if re.fullmatch(r"\s", chr(c)))
    text = f"{spaces}a{spaces}b c{spaces}"
    assert clean_text(text) == re.sub(r"\s+", " ", text).strip() == "a b c"
