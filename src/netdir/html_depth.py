"""Parse HTML with bounded nesting depth, so a hostile page cannot make parsing quadratic.

Lexbor (selectolax) spends time proportional to the depth of the open-element stack for every
element: 20,000 nested ``<div>`` take 3.5 s to parse and 100,000 over a minute (measured). Browsers
cap the tree depth (Chromium at 512). netdir flattens the markup before parsing instead: tags
nested deeper than ``MAX_HTML_DEPTH`` are dropped, their text stays. Real pages nest a few dozen
levels; the scan is one linear pass over the text.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

#: Deeper elements are flattened into their ancestor at this depth (Chromium caps at 512).
MAX_HTML_DEPTH = 256

# ``[^<>]`` (not ``[^>]``): an unterminated "<a<a<a…" must not make each attempt scan to the end.
# Split keeps the captured groups: [text, tag, "/" or "", name, text, tag, …].
_TAG = re.compile(r"(<(/?)([A-Za-z][A-Za-z0-9-]*)[^<>]*>)")
# Elements that never have content, or whose end tag pages often omit (the parser closes them
# implicitly): counting them would make a sloppy but harmless page look deep.
_NOT_COUNTED = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "keygen",
        "command",
        "p",
        "li",
        "dt",
        "dd",
        "option",
        "optgroup",
        "tr",
        "td",
        "th",
        "thead",
        "tbody",
        "tfoot",
        "colgroup",
        "rb",
        "rt",
        "rtc",
        "rp",
        "html",
        "head",
        "body",
    ]
)


def flatten_deep_markup(html: str, max_depth: int = MAX_HTML_DEPTH) -> str:
    """``html`` with every tag nested deeper than ``max_depth`` removed (text kept)."""
    if html.count("<") <= max_depth:
        return html  # cannot nest deeper than it has tags
    parts = _TAG.split(html)
    depth = 0
    dropped = False
    not_counted = _NOT_COUNTED
    # One tight loop: a 1 MB page of 200,000 tags takes ~0.2 s here (per-tag work is all there is).
    for index in range(1, len(parts), 4):
        name = parts[index + 2]
        if name in not_counted or name.lower() in not_counted or parts[index][-2] == "/":
            continue
        if parts[index + 1]:  # closing tag
            if depth > max_depth:
                parts[index] = ""
                dropped = True
            if depth:
                depth -= 1
        else:
            depth += 1
            if depth > max_depth:
                parts[index] = ""
                dropped = True
    if not dropped:
        return html
    return "".join(parts[index] for index in range(len(parts)) if index % 4 < 2)


def parse_html(html: str, max_depth: int = MAX_HTML_DEPTH) -> LexborHTMLParser:
    """The parsed tree of ``html`` after flattening anything nested deeper than ``max_depth``."""
    return LexborHTMLParser(flatten_deep_markup(html, max_depth))
