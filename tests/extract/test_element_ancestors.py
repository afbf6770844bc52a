"""The nearest ancestor of a kind: the row of a cell's block, the table of a row, the post; and
the document a node belongs to."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.element_ancestors import document_root, enclosing

_PAGE = (
    "<article><table><tr><td><div class='m'>Sitzung</div></td></tr></table></article>"
    "<p id='alone'>Text</p>"
)


def test_the_nearest_ancestor_of_one_of_the_tags() -> None:
    tree = LexborHTMLParser(_PAGE)
    block = tree.css_first("div.m")
    row = enclosing(block, ("tr",))
    assert row is not None and row.tag == "tr"
    table = enclosing(row, ("table",))
    assert table is not None and table.tag == "table"
    post = enclosing(block, ("article", "section"))
    assert post is not None and post.tag == "article"


def test_not_the_node_itself_and_none_without_one() -> None:
    tree = LexborHTMLParser(_PAGE)
    row = tree.css_first("tr")
    assert enclosing(row, ("tr",)) is None
    assert enclosing(tree.css_first("p#alone"), ("article",)) is None


def test_the_document_of_a_deep_node_holds_every_part_of_the_page() -> None:
    tree = LexborHTMLParser(_PAGE)
    root = document_root(tree.css_first("div.m"))
    assert root.parent is None
    assert root.css_first("p#alone") is not None  # beside the table, not inside it
    assert document_root(root) is root
