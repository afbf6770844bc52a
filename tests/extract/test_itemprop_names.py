"""A title box that marks the name inside it with microdata is named by it (itemprop_names)."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.itemprop_names import name_marked_inside


def _box(html: str):  # type: ignore[no-untyped-def]
    node = LexborHTMLParser(html).css_first("td")
    assert node is not None
    return node


def test_the_marked_name_names_the_box() -> None:
    box = _box(
        "<table><tr><td class='evt-title'><span itemprop='name'><a>Probe: Kirchenchor</a></span>"
        "<br /><span>Chorprobe</span><br /><span>Mascha Korn</span></td></tr></table>"
    )
    assert name_marked_inside(box) == "Probe: Kirchenchor"


def test_a_box_that_is_only_the_name_or_marks_several_is_left() -> None:
    only = _box(
        "<table><tr><td class='t'><span itemprop='name'>Gottesdienst</span></td></tr></table>"
    )
    assert name_marked_inside(only) is None
    several = _box(
        "<table><tr><td><span itemprop='name'>A</span> <span itemprop='name'>B</span> C</td></tr>"
        "</table>"
    )
    assert name_marked_inside(several) is None
