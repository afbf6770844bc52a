"""Parse HTML with bounded nesting depth, so a hostile page cannot make parsing quadratic.

Lexbor (selectolax) spends time proportional to the depth of the open-element stack for every
element: 20,000 nested ``<div>`` take 3.5 s to parse and 100,000 over a minute (measured). Browsers
cap the tree depth (Chromium at 512). netdir flattens the markup before parsing instead: tags
nested deeper than ``MAX_HTML_DEPTH`` are dropped, their text stays. Real pages nest a few dozen
levels; the scan is one linear pass over the text.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from netdir import lazy_re

#: Deeper elements are flattened into their ancestor at this depth (Chromium caps at 512).
MAX_HTML_DEPTH = 256
#: Elements read per page; the markup after the 50,000th opening tag is cut off. Extraction costs
#: ~30 µs per element (the listing detector looks at every one): a 3.6 MB page of 100k list items
#: took over the 5 s deadline, 50,000 elements take ~1.5 s. Real listing pages have a few
#: thousand; ``exceeds_element_budget`` tells extraction to say that a page was cut.
MAX_HTML_ELEMENTS = 50_000

# ``[^<>]`` (not ``[^>]``): an unterminated "<a<a<a…" must not make each attempt scan to the end.
# Split keeps the captured groups: [text, tag, "/" or "", name, text, tag, …].
_TAG = lazy_re.compile(r"(<(/?)([A-Za-z][A-Za-z0-9-]*)[^<>]*>)")
# The name after every "<" that may open a tag: a superset of the opening tags _TAG finds.
_OPENING_NAME = lazy_re.compile(r"<([A-Za-z][A-Za-z0-9-]*)")
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


def flatten_deep_markup(
    html: str, max_depth: int = MAX_HTML_DEPTH, max_elements: int = MAX_HTML_ELEMENTS
) -> str:
    """``html`` with every tag nested deeper than ``max_depth`` removed (text kept), cut off
    before its element number ``max_elements + 1``."""
    tags = html.count("<")
    if tags <= min(max_depth, max_elements):
        return html  # cannot nest deeper, or hold more elements, than it has tags
    if tags <= _QUICK_CHECK_TAGS_PER_DEPTH * max_depth and _within_bounds(
        html, max_depth, max_elements
    ):
        return html
    parts = _TAG.split(html)
    depth = 0
    elements = 0
    end = len(parts)
    dropped = False
    not_counted = _NOT_COUNTED
    # One tight loop: a 1 MB page of 200,000 tags takes ~0.2 s here (per-tag work is all there is).
    for index in range(1, len(parts), 4):
        name = parts[index + 2]
        if not parts[index + 1]:  # an opening tag: one more element
            elements += 1
            if elements > max_elements:
                end, dropped = index, True
                break
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
    return "".join(parts[index] for index in range(end) if index % 4 < 2)


#: Pages with up to this many "<" per level of ``max_depth`` are counted first
#: (``_within_bounds``): most such pages pass and skip the split. A larger page (a 200 KB listing
#: has thousands of tags) mostly needs the split anyway, and the count would come on top.
_QUICK_CHECK_TAGS_PER_DEPTH = 4


def _within_bounds(html: str, max_depth: int, max_elements: int) -> bool:
    """Whether ``html`` has no more opening tags than ``max_elements``, and no more of elements
    that count for the depth than ``max_depth``: then it can neither nest too deep nor be cut
    off. Most pages have a few hundred tags (a listing page of the bench's web: ~300, half of
    them ``<li>``): this count is one search in C and a pass over the names (~40 µs for 18 KB)
    where the split and the loop below take ~170 µs, and the page's parse itself ~100 µs."""
    names = _OPENING_NAME.findall(html)
    if len(names) > max_elements:
        return False
    not_counted = _NOT_COUNTED
    counted = 0
    for name in names:
        if name not in not_counted and name.lower() not in not_counted:
            counted += 1
    return counted <= max_depth


def exceeds_element_budget(html: str, max_elements: int = MAX_HTML_ELEMENTS) -> bool:
    """True when ``parse_html`` reads only the first ``max_elements`` elements of ``html``."""
    if html.count("<") <= max_elements:
        return False
    return sum(1 for match in _TAG.finditer(html) if not match.group(2)) > max_elements


def parse_html(html: str, max_depth: int = MAX_HTML_DEPTH) -> LexborHTMLParser:
    """The parsed tree of ``html`` after flattening anything nested deeper than ``max_depth``
    and cutting it off after ``MAX_HTML_ELEMENTS`` elements."""
    return LexborHTMLParser(flatten_deep_markup(html, max_depth))
