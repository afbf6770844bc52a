"""Finding the next listing page: a configured selector, rel=next, or the link's words.

The crawler awaits ``find_next_url_off_loop``: parsing a big page is CPU work (a 3.6 MB listing
of 100k items takes a noticeable fraction of a second), and in the event loop it would stall every
other source's downloads meanwhile. Lexbor parses without holding the GIL, so a thread is enough.
A page of ordinary size is searched on the loop: its ~0.5 ms cost less than the hand-over to a
thread, which then waited 20-30 ms for the GIL while the crawl kept both cores busy — per page,
in each host's chain of listing pages.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode, SelectolaxError

from netdir import lazy_re
from netdir.crawl.exceptions import InvalidSelectorError
from netdir.html_depth import parse_html

# Link texts (and title/aria-label values) that mean "next page", strongest first. Matched on
# the whole, normalised text so "Weiterlesen" or "Weitere Termine" never count.
_NEXT_WORDS = (
    frozenset({"weiter", "nächste seite", "nächste", "next", "next page", "vorwärts"}),
    frozenset({"›", ">"}),
    frozenset({"»", ">>"}),
)
_DECORATION = lazy_re.compile(r"[\s›»>→]+$|^[\s‹«<←]+")
_SPACE = lazy_re.compile(r"\s+")


def _normalised(text: str) -> str:
    text = _SPACE.sub(" ", text).strip().lower()
    stripped = _DECORATION.sub("", text).strip()
    return stripped or text


def _usable_href(node: LexborNode, base_url: str) -> str | None:
    href = (node.attributes.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
        return None
    absolute = urljoin(base_url, href)
    if urlsplit(absolute).scheme not in {"http", "https"}:
        return None
    if absolute.split("#", 1)[0] == base_url.split("#", 1)[0]:
        return None
    return absolute


def _rel_tokens(node: LexborNode) -> set[str]:
    return set((node.attributes.get("rel") or "").lower().split())


#: Pages longer than this (characters) are searched in a thread; shorter ones take at most ~1.5 ms.
OFF_LOOP_CHARS = 64 * 1024


async def find_next_url_off_loop(
    html: str, base_url: str, selector: str | None = None
) -> str | None:
    """``find_next_url``; for a page above ``OFF_LOOP_CHARS`` in a worker thread, so the event
    loop goes on meanwhile."""
    if len(html) <= OFF_LOOP_CHARS:
        return find_next_url(html, base_url, selector)
    return await asyncio.to_thread(find_next_url, html, base_url, selector)


@dataclass(frozen=True, slots=True)
class NextLink:
    """What ``find_next_link`` found on a page: the next page's URL (None: none), and, when the
    source's ``follow.next`` selector is not valid CSS, why (``InvalidSelectorError``'s reason
    and hint; the URL is then the one found without the selector)."""

    url: str | None
    selector_problem: tuple[str, str | None] | None = None


def find_next_link(
    page: str | LexborHTMLParser, base_url: str, selector: str | None = None
) -> NextLink:
    """``find_next_url`` that never raises for the selector: the extraction worker finds the
    link on the tree it parses anyway (``page``: the HTML or that tree, before any extractor
    changed it), so the crawling process need not parse each page a second time."""
    tree = parse_html(page) if isinstance(page, str) else page
    try:
        return NextLink(next_url_in_tree(tree, base_url, selector))
    except InvalidSelectorError as exc:
        # rel=next and "Weiter" still work
        return NextLink(next_url_in_tree(tree, base_url), (exc.reason, exc.hint))


def find_next_url(html: str, base_url: str, selector: str | None = None) -> str | None:
    """The absolute URL of the next listing page, or None.

    Order: the source's own ``follow.next`` selector, ``<link rel=next>``/``<a rel=next>``,
    then anchors saying "Weiter", "Nächste Seite" or "next", then "›", then "»" (some pagers
    use "»" for the last page, so it is the weakest hint).
    """
    return next_url_in_tree(parse_html(html), base_url, selector)


def next_url_in_tree(
    tree: LexborHTMLParser, base_url: str, selector: str | None = None
) -> str | None:
    """``find_next_url`` of an already parsed page (which it does not change)."""
    base_node = tree.css_first("base[href]")
    if base_node is not None:
        base_url = urljoin(base_url, base_node.attributes.get("href") or "")

    if selector:
        try:
            matches = tree.css(selector)
        except SelectolaxError as exc:
            raise InvalidSelectorError(
                f"follow.next selector {selector!r} is not valid CSS ({exc})",
                hint="fix follow.next in the catalog; try it with `netdir inspect URL`",
            ) from exc
        for node in matches:
            target = node if node.tag == "a" else node.css_first("a[href]")
            if target is not None and (url := _usable_href(target, base_url)):
                return url

    # Only elements with a rel attribute can say rel=next: a listing's hundreds of plain links
    # are skipped in C (a 1.3 → 0.6 ms/page find on the generated bench pages).
    for node in tree.css("link[rel][href], a[rel][href]"):
        if "next" in _rel_tokens(node) and (url := _usable_href(node, base_url)):
            return url

    anchors = tree.css("a[href]")
    for words in _NEXT_WORDS:
        for node in anchors:
            labels = (
                node.text(separator=" ", strip=True),
                node.attributes.get("aria-label") or "",
                node.attributes.get("title") or "",
            )
            if any(_normalised(label) in words for label in labels if label):
                url = _usable_href(node, base_url)
                if url:
                    return url
    return None
