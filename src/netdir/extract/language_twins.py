"""A post told twice, in the page's language and in another one, is read once.

A bilingual blog theme writes each part of a post once per language, side by side and marked
with ``lang`` (``<h2 lang="de">September-Treffen am …</h2><h2 lang="en">September Meetup on
…</h2>``, then ``<div lang="de">…</div><div lang="en">…</div>``). The two headings are one
event named in two languages, not two rows of a list; a script shows one at a time. The
parts in the page's own language (``<html lang="de">``) are the ones read.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser


def _primary(tag: str | None) -> str:
    return (tag or "").strip().split("-")[0].casefold()


def drop_translations(tree: LexborHTMLParser) -> None:
    """Remove each element marked with another language than the page's when a sibling of the
    same tag carries the page's language (its translation stands beside it)."""
    root = tree.css_first("html")
    page = _primary(root.attributes.get("lang") if root is not None else None)
    if not page or tree.body is None:
        return
    foreign = []
    for node in tree.body.css("[lang]"):
        own = _primary(node.attributes.get("lang"))
        if not own or own == page or node.parent is None:
            continue
        siblings = node.parent.iter()
        if any(
            other.tag == node.tag and _primary(other.attributes.get("lang")) == page
            for other in siblings
        ):
            foreign.append(node)
    for node in foreign:
        node.decompose()
