"""A page without h1–h3 headings whose text opens with bold lines: those lines head it.

Hand-written sites set a page's name as a bold paragraph („<p align=center><b>GRÜNDUNGSFEST DER
WASHINGTONIA</b></p>“) over the prose that announces the event. The first such line that is a
name heads the page; a numbered part of a programme („VORPROGRAMM #3“) or a quoted motto above
the prose names no event — then the site's navigation does, in its link to this very page
(„<a href="Drahteselritt.php">Motorischer Drahteselritt</a>“)."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.context import PageContext, clean_text
from netdir.extract.date_cues import DATE_LIKE
from netdir.extract.event_page_labels import Fact
from netdir.extract.title_text import is_junk_title

BOLD_HEAD = "bold line heading a page without headings"
_OPENING_LINES = 4  # the bold lines stand first on the page, over its prose
_NAME_CHARS = 80
_LINK_NAME_CHARS = 60
# „VORPROGRAMM #2“, „Teil 3“, „Programmpunkt Nr. 4“: the part's number, not its name
_NUMBERED_PART = lazy_re.compile(r"^[^\W\d]+(?:\s+[^\W\d]+)?\s*(?:#|nr\.?|no\.?)?\s*\d{1,3}$", re.I)
_QUOTED = lazy_re.compile(r"^[\"„“”»«‚'‘]")


def bold_opening_heading(
    lines: list[tuple[str, LexborNode | None]], tree: LexborHTMLParser, context: PageContext
) -> Fact | None:
    """The fact that heads a page whose text opens with wholly bold lines, or None."""
    opening = []
    for index, (text, block) in enumerate(lines[:_OPENING_LINES]):
        if not _wholly_bold(text, block):
            break
        opening.append((index, text, block))
    if not opening:
        return None
    for index, text, block in opening:
        if _names(text):
            tag = block.tag if block is not None and block.tag else "text"
            return Fact(text, f"{tag} {BOLD_HEAD}", index)
    name = _own_link_name(tree, context)
    if name is None:
        return None
    return Fact(name, f"a to the page itself, {BOLD_HEAD}", opening[0][0])


def _wholly_bold(text: str, block: LexborNode | None) -> bool:
    if block is None:
        return False
    bold = " ".join(node.text(deep=True) for node in block.css("b, strong"))
    if block.tag in ("b", "strong"):
        bold = block.text(deep=True)
    return bool(bold) and (clean_text(bold) or "") == text


def _names(text: str) -> bool:
    return (
        len(text) <= _NAME_CHARS
        and not text.rstrip().endswith(":")
        and not _NUMBERED_PART.match(text)
        and not _QUOTED.match(text)
        and not DATE_LIKE.search(text)
        and not is_junk_title(text)
    )


def _own_link_name(tree: LexborHTMLParser, context: PageContext) -> str | None:
    """The text of the one link that points at the page's own URL (the navigation's entry)."""
    own = _without_fragment(context.base_url)
    names = {
        clean_text(link.text(deep=True)) or ""
        for link in tree.css("a[href]")
        if (url := context.absolute_url(link.attributes.get("href"))) is not None
        and _without_fragment(url) == own
    }
    names.discard("")
    if len(names) != 1:
        return None
    name = names.pop()
    return name if len(name) <= _LINK_NAME_CHARS and not is_junk_title(name) else None


def _without_fragment(url: str) -> str:
    return url.split("#", 1)[0].rstrip("/")
