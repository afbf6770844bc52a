"""A link after „by“ names the speaker of the row's talk, not the talk.

A user group's list of past presentations reads „2015-04-27 <a>OSX Collector</a> by <a>Ivan
Leichtling</a>, <a>Video</a>“ and „2015-02-09 <a>osquery</a> by <a>Teddy Reed</a> and <a>Mike
Arpaia</a>, <a>Video</a>“: the first link is the talk, the links after „by“ (and those joined to
them by „and“ or a comma) are the people who gave it, „Video“ its recording. Of a row's several
links, the speakers' and the recording's do not name it, however long a speaker's name is. A row
whose talk is no link („2014-10-13 OSSEC by <a>Mike Downey</a>“) is named by its own text before
„by“ (``talk_before_its_speaker``).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re

# „… by“ right before the link (not „hosted by“, „presented by“: a partner's lead, see
# partner_links); „von“ is not taken: „Vortrag von <a>…</a>“ may name the host as well.
_BY_LEAD = lazy_re.compile(r"(?<![\w-])by\s*$", re.I)
_HOSTED_BY = lazy_re.compile(
    r"\b(?:hosted|co-?hosted|presented|sponsored|organi[sz]ed)\s+by\s*$", re.I
)
# „ and “, „, “, „ & “ between two speakers' links
_JOINER = lazy_re.compile(r"^\s*(?:,|&|and)\s*$", re.I)
# the recording or the slides of a talk, linked after its speakers
_RECORDING = lazy_re.compile(r"^\s*(?:video|slides|recording|youtube|vimeo)\s*$", re.I)
_INLINE_WRAPPERS = frozenset({"span", "b", "strong", "em", "i", "u"})


def _outer(link: LexborNode) -> LexborNode:
    """The link, or the inline wrappers it is alone in („<strong><a>…</a></strong>“)."""
    node = link
    while node.prev is None and node.next is None and node.parent is not None:
        if node.parent.tag not in _INLINE_WRAPPERS:
            break
        node = node.parent
    return node


def _previous(node: LexborNode) -> tuple[str, LexborNode | None]:
    """The text between the node and the element before it, and that element."""
    text = ""
    before = node.prev
    while before is not None and before.is_text_node:
        text = (before.text() or "") + text
        before = before.prev
    return text, before


def _link_in(node: LexborNode | None) -> LexborNode | None:
    if node is None:
        return None
    if node.tag == "a":
        return node
    return node.css_first("a[href]") if node.tag in _INLINE_WRAPPERS else None


def names_a_speaker(link: LexborNode) -> bool:
    """Whether the link follows „by“ in its line, or follows such a link after „and“ or a comma."""
    node = _outer(link)
    for _ in range(6):  # „by <a>A</a>, <a>B</a> and <a>C</a>“: a few speakers at most
        text, before = _previous(node)
        if _BY_LEAD.search(text) is not None:
            return _HOSTED_BY.search(text) is None
        if _JOINER.match(text) is None or (earlier := _link_in(before)) is None:
            return False
        node = _outer(earlier)
    return False


def is_a_recording(link: LexborNode, text: str) -> bool:
    """„…, <a>Video</a>“: the link opens the talk's recording or slides, after its speakers."""
    if _RECORDING.match(text) is None:
        return False
    text_before, before = _previous(_outer(link))
    earlier = _link_in(before)
    return text_before.strip() == "," and earlier is not None and names_a_speaker(earlier)


_TALK_BY = lazy_re.compile(r"^(?P<talk>\S(?:.{0,150}\S)?)\s+by\s+\S")


def talk_before_its_speaker(line: str, links: list[tuple[LexborNode, str, str]]) -> str | None:
    """„OSSEC by Mike Downey“, every link of the row a speaker's or a recording: „OSSEC“."""
    if not links or not all(
        names_a_speaker(node) or is_a_recording(node, text) for node, text, _ in links
    ):
        return None
    speakers = [text for node, text, _ in links if names_a_speaker(node)]
    if not speakers:
        return None
    cut = line.find(f" by {speakers[0]}")
    if cut <= 0:
        return None
    talk = _TALK_BY.match(line[: cut + 4 + len(speakers[0])])
    return talk["talk"].strip(" -–:,") if talk is not None else None
