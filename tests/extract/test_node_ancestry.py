"""lies_inside: one element inside another, told by the element, not by the Python handle."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.node_ancestry import lies_inside


def test_an_element_lies_inside_its_ancestors_only() -> None:
    tree = LexborHTMLParser("<div id=a><ul id=b><li id=c>x</li></ul></div><p id=d>y</p>")
    a, b, c, d = (tree.css_first(f"#{name}") for name in "abcd")
    assert a is not None and b is not None and c is not None and d is not None
    assert lies_inside(c, a) and lies_inside(c, b) and lies_inside(b, a)
    assert not lies_inside(a, c)  # the other way round
    assert not lies_inside(c, c)  # not inside itself
    assert not lies_inside(d, a)  # a sibling's child
    # A fresh handle of the same element still counts as the same element.
    assert lies_inside(c, tree.css_first("#a"))  # type: ignore[arg-type]
