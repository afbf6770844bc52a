"""A dated sub-heading right under the heading that names the event.

A cinema's page of school offerings gives each its slide: „<h2><a href="/cinefete/">Cinéfête</a>
</h2><h3>Das französische Schulfilmfestival am 15. bis 22. Juni 2026</h3>“, „<h2><a
href="/schulkinowoche/">Schulkinowoche</a></h2><h3>20. – 28.11. bei uns im Kino</h3>“. The
sub-heading announces the days; the heading above it — one rank higher, nothing between, no
page title (h1) and a link to the event's own page — names what takes place on them. Read
alone, the sub-heading named the festival by its kind („Das französische Schulfilmfestival“),
and one that opens with its days („20. – 28.11. bei uns im Kino“) named nothing and gave no
record.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import names_a_day
from netdir.extract.context import clean_text
from netdir.extract.date_cues import iter_date_phrases, search_date_like
from netdir.extract.element_siblings import element_before
from netdir.extract.inline_text import visible_text
from netdir.extract.title_text import title_in_text

_HEADING_RANK = {f"h{rank}": rank for rank in range(1, 7)}
_NAME_CHARS = 80  # a name, not a sentence set as a heading
# A weekday (or nothing) before the days a sub-heading opens with.
_WEEKDAY_ONLY = lazy_re.compile(r"^[^\W\d]*[,.]?\s*(?:den\s+)?$")


def name_above_the_subtitle(heading: LexborNode) -> str | None:
    """The name the heading right above ``heading`` gives, when that heading is one rank higher
    (or more), nothing stands between them, and it is a short name without a day; else None."""
    rank = _HEADING_RANK.get(heading.tag or "")
    above = element_before(heading)
    if rank is None or above is None or _HEADING_RANK.get(above.tag or "", rank) >= rank:
        return None
    if above.tag == "h1":
        return None  # the page's own title („<h1>Nacht der Wissenschaft</h1>“ over its talks)
    name = clean_text(visible_text(above))
    if not name or len(name) > _NAME_CHARS or search_date_like(name) is not None:
        return None
    # the heading links to the event's own page („<h2><a href="/cinefete/">Cinéfête</a></h2>“):
    # a heading of a section that only groups its entries names none of them
    link = above.css_first("a[href]")
    if link is None or clean_text(visible_text(link)) != name:
        return None
    return name if title_in_text(name) == name else None


def subtitle_day_under_its_name(heading: LexborNode, text: str) -> tuple[str, str] | None:
    """(days, name) of a sub-heading that opens with its days (a weekday may lead) under the
    heading that names them; None otherwise."""
    phrase = next(iter_date_phrases(text), None)
    if phrase is None or not _WEEKDAY_ONLY.match(text[: phrase.start()]):
        return None
    if not names_a_day(phrase.group(0)):
        return None
    name = name_above_the_subtitle(heading)
    return (phrase.group(0), name) if name is not None else None
