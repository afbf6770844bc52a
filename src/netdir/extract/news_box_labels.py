"""A sidebar's box of posts, labelled as news by a line that is no heading.

A magazine's sidebar stacks teaser boxes; the first holds only the box's label, written in a
``<div class="title">``, not a heading element::

    <div class="teaser-box popular-articles"><div class="title">Beliebteste Artikel</div></div>
    <div class="teaser-box popular-articles clickable"><div class="date">Freizeit, 20.11.22</div>
      <div class="title"><a href="…">Kuschelige Lokale für raue Winter-Tage</a></div></div>

The teasers' days say when each article appeared. The page's outline knows headings only, so
the label is read off the element just before the list's first block (or before the card or
wrapper around it): a short line that names a list of posts.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.inline_text import visible_text

# "NEUIGKEITEN", "Neueste Beiträge", "Recent Posts", "Aus dem Blog", „Letzte Meldungen“,
# „Blog-Artikel“: a sidebar's (or a home page's) list of posts;
# „Beliebteste Artikel“, „Top-News“, „Popular Posts“: the most read of them.
NEWS_HEADING = lazy_re.compile(
    r"^(?:(?:neueste|letzte|aktuelle|recent|latest|aus\s+dem|beliebteste|meistgelesene|"
    r"populäre|popular|most\s+read|top)[\s-]+)?"
    r"(?:neuigkeiten|news|nachrichten|blog|beiträge|blog-?beiträge|posts|blog[\s-]?posts|artikel|"
    r"blog-?artikel|"
    r"pressemitteilungen|presse|meldungen)$",
    re.I,
)
_MAX_LABEL = 40  # characters: a box's label, not a teaser
_LEVELS = 3  # the block, the card around it, the card's wrapper


def _previous_text(node: LexborNode) -> str | None:
    """The text of the nearest element before ``node`` that shows any (an image before a
    teaser's text shows none); None if there is none at this level."""
    sibling = node.prev
    while sibling is not None:
        if sibling.tag == "-text":
            if (sibling.text_content or "").strip():
                return None  # loose text before the block: no label element
        elif not (sibling.tag or "").startswith("-"):
            text = visible_text(sibling).strip(" :")
            if text:
                return text
        sibling = sibling.prev
    return None


def labelled_as_news(block: LexborNode) -> bool:
    """Whether the element just before ``block`` (or before its card or wrapper) is a short
    line that names a list of posts („Beliebteste Artikel“, „Top-News“)."""
    node: LexborNode | None = block
    for _ in range(_LEVELS):
        if node is None:
            return False
        text = _previous_text(node)
        if text is not None:
            return len(text) <= _MAX_LABEL and NEWS_HEADING.match(text) is not None
        node = node.parent
    return False


# „<a class="card" aria-label="Artikel lesen: Tirol radelt: Platz 1 bei den Newcomern!">“: the
# link's label for screen readers says it opens an article (a post), not an event's page.
_ARTICLE_LINK = lazy_re.compile(
    r"^\s*(?:artikel|beitrag|blogbeitrag|news(?:beitrag)?|read\s+(?:the\s+)?(?:article|post))"
    r"\s+(?:lesen|ansehen)?\s*:",
    re.I,
)


def links_to_an_article(segment: list[LexborNode]) -> bool:
    """Whether a link of the block is labelled (``aria-label``) as opening an article: a news
    teaser, whose day is when the post appeared („01.11.2025“ in its footer)."""
    return any(
        _ARTICLE_LINK.match(link.attributes.get("aria-label") or "")
        for node in segment
        for link in [node, *node.css("a[aria-label]")]
        if link.tag == "a"
    )
