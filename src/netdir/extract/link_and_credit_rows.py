"""Rows of a list that name no offering: a bare web address, the site's credit line.

A piece's one-page site lists its performances, then „Die Vorstellung vom 29. Mai wird
zusätzlich als Live-Stream übertragen:“ over the stream's address, and at its foot „Hosted on
GitHub Pages — Theme by orderedlist — Modified by Rafael Dätwyler“. The first row is dated by
the sentence, but its only name is the link („https://youtu.be/…“): a reader sees a pointer to
the performance above, no offering of its own. The second is how the site was made. A row titled
by a web address alone, or whose words open with such a credit („Powered by“, „Theme by“,
„Hosted on“, „Erstellt mit“ — „Hosted by the Rotary Club“ names an event's host), is no
offering of the list.
"""

from __future__ import annotations

import re

from netdir import lazy_re

_WEB_ADDRESS = lazy_re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
# „Hosted on GitHub Pages — Theme by …“, „Proudly powered by WordPress“, „This site is built
# with Hugo“, „Website erstellt mit Jimdo“: what made the site, at the opening of the row.
_SITE_CREDIT = lazy_re.compile(
    r"^\W*(?:(?:this\s+)?(?:web)?(?:site|page|blog)\s+(?:is\s+|was\s+)?)?(?:proudly\s+)?"
    r"(?:hosted\s+(?:on|with)|powered\s+by|theme\s+by|design(?:ed)?\s+by"
    r"|(?:built|made|generated)\s+(?:with|using)|(?:erstellt|gehostet)\s+(?:mit|bei|auf))\b",
    re.IGNORECASE,
)


def is_bare_link(title: str | None) -> bool:
    """A title that is a web address and nothing else."""
    return bool(title) and _WEB_ADDRESS.fullmatch((title or "").strip()) is not None


def is_site_credit(text: str | None) -> bool:
    """Words that open with what made or hosts the site („Hosted on GitHub Pages — …“)."""
    return bool(text) and _SITE_CREDIT.match(text or "") is not None
