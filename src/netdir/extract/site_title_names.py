"""A one-event site's programme page: the page's heading says „Programme“, the site's title names
the event.

A one-day workshop's Jekyll site titles every page by the site: „<a class="site-title">Quantitative
Systems Biology 2017 (November 3rd)</a>“ in its header, and heads its programme page „<h1>
Programme</h1>“ over „The workshop will run all day on November 3 2017.“ and the talks' table.
The page's one event was named „Programme“ — what the page shows, not what it is the programme
of. When the heading only says the page is the programme (schedule, timetable, agenda), the
site's title in the header (``.site-title``, ``.site-name``) names the event, without the day it
adds in brackets.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from netdir import lazy_re
from netdir.extract.block_text import node_text

SOURCE = " (the site's title: the heading only says it is the programme)"
_PROGRAMME = lazy_re.compile(
    r"^(?:the\s+|our\s+)?(?:programme|program|schedule|timetable|agenda)\s*:?$", re.IGNORECASE
)
_DAY_IN_BRACKETS = lazy_re.compile(r"\s*\([^()]*\d[^()]*\)\s*$")
_MAX_CHARS = 100


def site_title(tree: LexborHTMLParser) -> str | None:
    """The site's title in the page's header (``.site-title``, ``.site-name``), without the day
    it adds in brackets — read before the readers take the header out of the tree."""
    node = tree.css_first(".site-title, .site-name")
    text = " ".join((node_text(node) or "").split()) if node is not None else ""
    name = _DAY_IN_BRACKETS.sub("", text).strip()
    return name if name and len(name) <= _MAX_CHARS else None


def name_of_the_programmes_site(heading: str, site: str | None) -> str | None:
    """The site's title when ``heading`` only says the page is a programme (see module)."""
    if site is None or not _PROGRAMME.match(heading.strip()) or _PROGRAMME.match(site):
        return None
    return site
