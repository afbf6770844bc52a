"""A node's visible text is remembered only while a settled tree is read
(``block_text.tree_settled`` inside ``reading_one_document``): a listing's blocks ask for the
same elements' texts again and again, but a tree still being prepared (tags stripped, label
months written out) must be read as it is now."""

from __future__ import annotations

import threading

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.block_text import (
    node_text,
    reading_one_document,
    tree_changing,
    tree_settled,
)
from netdir.extract.inline_text import visible_text


def _cell() -> tuple[LexborHTMLParser, str]:
    tree = LexborHTMLParser("<div id=x><b>Konzert</b> am <i>12. Mai</i></div>")
    return tree, "#x"


def test_a_changed_tree_is_read_anew_until_it_is_settled() -> None:
    tree, selector = _cell()
    node = tree.css_first(selector)
    assert node is not None
    with reading_one_document():
        assert visible_text(node) == "Konzert am 12. Mai"
        tree.strip_tags(["i"])  # the detector's preparation changes the tree
        assert visible_text(node) == "Konzert am"
        tree_settled()
        assert visible_text(node) == "Konzert am"
        tree_changing()  # a second preparation: nothing remembered holds
        tree.strip_tags(["b"])
        assert visible_text(node) == "am"


def test_settled_texts_are_remembered_only_until_the_document_is_left() -> None:
    tree, selector = _cell()
    node = tree.css_first(selector)
    assert node is not None
    with reading_one_document():
        tree_settled()
        assert visible_text(node) == "Konzert am 12. Mai"
        first = visible_text(node)
        assert visible_text(node) is first  # read once, then remembered
    tree.strip_tags(["i"])
    assert visible_text(node) == "Konzert am"  # outside a document nothing is remembered


def test_settling_outside_a_document_remembers_nothing() -> None:
    tree, selector = _cell()
    node = tree.css_first(selector)
    assert node is not None
    tree_settled()
    tree.strip_tags(["b"])
    assert visible_text(node) == "am 12. Mai"


def test_one_threads_settled_document_does_not_answer_for_another_thread() -> None:
    """The check-sources flow extracts several sources' pages at once in Prefect's task threads:
    a document settled in one thread must not make another thread remember its texts."""
    settled = threading.Event()
    done = threading.Event()

    def read_another_document() -> None:
        with reading_one_document():
            tree_settled()
            settled.set()
            done.wait(timeout=10)

    other = threading.Thread(target=read_another_document)
    other.start()
    try:
        assert settled.wait(timeout=10)
        tree, selector = _cell()
        node = tree.css_first(selector)
        assert node is not None
        assert visible_text(node) == "Konzert am 12. Mai"
        assert node_text(node) == "Konzert am 12. Mai"
        tree.strip_tags(["i"])  # this thread changes its tree: it must read it as it is now
        assert visible_text(node) == "Konzert am"
        assert node_text(node) == "Konzert am"
    finally:
        done.set()
        other.join(timeout=10)
