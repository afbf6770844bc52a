"""A heading's permalink anchor: „<h1>Gentoo Workshop Troisdorf 2015<a class="headerlink"
href="#gentoo-workshop-troisdorf-2015">¶</a></h1>“.

Documentation builders (Sphinx, MkDocs, Python-Markdown's toc permalinks), static-site themes and
scripts like AnchorJS put a small link to the heading itself into every heading, shown on hover:
a pilcrow, a hash, a section sign or a link symbol. A reader never reads it as part of the
heading, but a heading's text took it in („Gentoo Workshop Troisdorf 2015 ¶“ named the event).
The anchor leaves the tree before any reader — only a link inside a heading that points into the
page itself („#…“) and shows nothing but such a mark (or nothing, under a permalink class), so a
heading that links to another page or says words keeps its link.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from netdir import lazy_re

_HEADING_LINKS = ", ".join(f"h{level} a[href^='#']" for level in range(1, 7))
# The marks builders show: ¶ (Sphinx, MkDocs), # (Jekyll and Hugo themes, AnchorJS), § , 🔗, ⚓,
# each maybe with a variation selector.
_MARK = lazy_re.compile(r"^[¶#§🔗⚓\ufe0e\ufe0f\s]+$")
# „headerlink“ (Sphinx, MkDocs), „anchor“/„anchorjs-link“, „header-anchor“ (VuePress),
# „heading-anchor“, „permalink“, „hash-link“ (Docusaurus), „anchor-link“.
_PERMALINK_CLASS = lazy_re.compile(r"headerlink|anchor|permalink|hash-link", re.IGNORECASE)


def drop_heading_permalinks(tree: LexborHTMLParser) -> None:
    """Take every heading's permalink anchor out of the tree (see the module docstring)."""
    for link in tree.css(_HEADING_LINKS):
        text = (link.text(deep=True) or "").strip()
        if text:
            if _MARK.match(text):
                link.decompose()
        elif _PERMALINK_CLASS.search(link.attributes.get("class") or ""):
            link.decompose()
