"""A heading naming only a kind of talk, over a bold line naming which, names the item by both."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.kind_heading_names import kind_and_bold_name

_LECTURE = (
    "<h2>Public lecture</h2><p><b>Australia, the land of things that bite, sting and kill! Is it "
    "really that bad?</b></p><p>Speaker: Dr. Jamie Seymour</p><p>Time: Wednesday 26 July 2017</p>"
)


def _name(html: str) -> str | None:
    heading = LexborHTMLParser(html).css_first("h2")
    assert heading is not None
    return kind_and_bold_name(heading, heading.text())


def test_the_bold_line_under_a_kind_heading_names_the_lecture() -> None:
    assert _name(_LECTURE) == (
        "Public lecture: Australia, the land of things that bite, sting and kill! Is it really "
        "that bad?"
    )
    assert _name("<h2>Festvortrag</h2><p><strong>Wasser im Wandel</strong></p>") == (
        "Festvortrag: Wasser im Wandel"
    )


def test_a_named_heading_or_a_line_not_bold_throughout_stays() -> None:
    assert _name(_LECTURE.replace("Public lecture", "Welcome Reception")) is None
    assert _name("<h2>Public lecture</h2><p><b>Australia</b> and its animals</p>") is None
    assert _name("<h2>Lecture</h2><p><b>Wednesday 26 July 2017</b></p>") is None
    assert _name("<h2>Lecture</h2><div><b>Australia's animals</b></div>") is None
