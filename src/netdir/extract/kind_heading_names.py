"""A heading that says only what kind of talk, over a bold line that names it.

A conference's social programme writes „<h2>Public lecture</h2><p><b>Australia, the land of things
that bite, sting and kill! Is it really that bad?</b></p><p>Speaker: …</p><p>Time: Wednesday 26
July 2017</p>“: the heading tells the kind (a lecture, a talk, a reading), the paragraph right
below it, bold throughout, tells which. The item is named by both, „Public lecture: Australia, …“.
Any other heading („Welcome Reception“, a named series) names its item itself.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.date_cues import DATE_LIKE
from netdir.extract.element_siblings import element_after
from netdir.extract.inline_text import visible_line

_KIND_ONLY = lazy_re.compile(
    r"^(?:(?:public|guest|keynote|evening|invited|plenary|öffentliche[rs]?)\s+)?"
    r"(?:lecture|talk|keynote|address|reading|vortrag|festvortrag|lesung|gastvortrag)$",
    re.IGNORECASE,
)
_MIN_WORDS = 2
_MAX_CHARS = 200


def kind_and_bold_name(heading: LexborNode, heading_text: str) -> str | None:
    """„Public lecture: <the bold line's text>“ when ``heading_text`` is only a kind of talk and
    the element right after the heading is a paragraph that is bold throughout; None otherwise."""
    kind = heading_text.strip()
    if _KIND_ONLY.match(kind) is None:
        return None
    below = element_after(heading)
    if below is None or below.tag != "p":
        return None
    text = visible_line(below)
    bold = below.css_first("b, strong")
    if bold is None or visible_line(bold) != text:
        return None
    if len(text.split()) < _MIN_WORDS or len(text) > _MAX_CHARS or DATE_LIKE.search(text):
        return None
    return f"{kind}: {text}"
