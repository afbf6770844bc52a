"""The text of a page's body that a reader sees: none under scripts, styles, templates, noscript.

Readers that hold structured data against the page — a JSON-LD venue the text never names
(``structured_place_shown``), stamps whose UTC clocks the page shows (``utc_clocks``), ranges
shown (``shown_ranges``), a name the page repeats (``structured``) — must agree on what is shown.
Text anywhere under ``<noscript>`` shows only in a browser without scripts (lexbor parses its
content as elements: „<noscript><p>Bitte JavaScript aktivieren</p></noscript>“), so a text
node's parent alone does not tell; each text node asks its ancestors, remembered per element so
the walk stays linear in the page's size.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

_UNSEEN = frozenset({"script", "style", "template", "noscript"})


def shown_text(body: LexborNode | None) -> str:
    """The text nodes of ``body`` outside unseen elements, joined by spaces as they stand."""
    if body is None:
        return ""
    unseen: dict[int, bool] = {}
    parts: list[str] = []
    for node in body.traverse(include_text=True):
        if node.is_text_node and not _under_unseen(node.parent, unseen):
            parts.append(node.text_content or "")
    return " ".join(parts)


def _under_unseen(element: LexborNode | None, known: dict[int, bool]) -> bool:
    """Whether ``element`` is or lies under an unseen element; the answer is remembered for each
    element on the way up (``known``, by ``mem_id``), which all share it."""
    path: list[int] = []
    answer = False
    node = element
    while node is not None:
        key = node.mem_id
        if key in known:
            answer = known[key]
            break
        path.append(key)
        if node.tag in _UNSEEN:
            answer = True
            break
        node = node.parent
    for key in path:
        known[key] = answer
    return answer
