"""A day heading typed as a bold paragraph among the day headings of a run.

A council's page of meetings gives each meeting a day heading and its documents below it —
„<h3>24 March 2026</h3><ul>…</ul>“ — but an editor once wrote a heading as bold text: „<p><strong
style="font-size: 1.625em">24 February 2026</strong></p><ul>…</ul>“. The runs of the ``<h3>``
headings took the February meeting into the March run, and its meeting was lost. Where a run is
opened by a heading that is only a day, a paragraph further down that is only a day in bold is a
heading of the same kind: the run splits there.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import names_a_day, node_text
from netdir.extract.date_cues import sub_date_phrases

_BOLD_TAGS = frozenset({"strong", "b"})
# What may stand beside the day in a line that is only a day: a weekday's comma, a dash.
_ONLY_PUNCTUATION = lazy_re.compile(r"^[\W_]*$")


def split_at_bold_days(runs: list[list[LexborNode]]) -> list[list[LexborNode]]:
    """``runs`` with each run opened by a day heading split before every bold day paragraph."""
    split: list[list[LexborNode]] = []
    for run in runs:
        if not run or not only_a_day(node_text(run[0]) or ""):
            split.append(run)
            continue
        current = [run[0]]
        for node in run[1:]:
            if _bold_day_paragraph(node):
                split.append(current)
                current = [node]
            else:
                current.append(node)
        split.append(current)
    return split


def only_a_day(text: str) -> bool:
    """Whether the text is a day and nothing else („18 August 2026“, „Tuesday, 5 May“)."""
    return names_a_day(text) and _ONLY_PUNCTUATION.match(sub_date_phrases(text)) is not None


def _bold_day_paragraph(node: LexborNode) -> bool:
    """„<p><strong>24 February 2026</strong></p>“: a paragraph that is only a day, all bold."""
    if node.tag != "p":
        return False
    text = node_text(node) or ""
    if not text or not only_a_day(text):
        return False
    bold = [child for child in node.iter(include_text=False) if child.tag in _BOLD_TAGS]
    return len(bold) == 1 and (node_text(bold[0]) or "") == text
