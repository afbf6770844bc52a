"""The year the nearest short heading above an element states: „2026“ over a list's rows,
„Termine 2027“ over a club's yearless cards („9“ / „Jan.“).

A page that groups its dates by year states the year once, above them; read alone, a day and
month goes to the year nearest the page's day, a reader takes the year of the section it stands
in. The section's year stands in the ``<summary>`` of a ``<details>`` folding it away, in a
heading that opens the element itself („<div class="event"><h4>2022</h4>…“), or in the nearest
short heading above it — a month heading under the year's („Juni“ under „2025“) and a longer
title that mentions a year are passed over, and so, at most a few, are headings naming no year;
a heading or tab of only „25“ or „’25“ is that year of the century. A heading that names a season of
two years („Nächste Termine 2025/2026“, „Saison 2026 / 27“) gives its first year, marked as a
season's (``SEASON``): its rows open the season in it, and once the list turns from a later month
to an earlier one („29.11“, then „17.01“) the rows after the turn lie in its second year
(``season_years``).
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.date_cues import MONTH_WORD, SHORT_YEAR_TAB, WEEKDAY_WORD, YEAR
from netdir.extract.inline_text import visible_text
from netdir.extract.listing_groups import Outline, inside_an_earlier_twin

_OPENING_YEAR = lazy_re.compile(r"(?:19|20)\d{2}")
_YEAR_HEADINGS = 6  # headings looked at above an element for its year
_YEAR_HEADING_CHARS = 80  # a longer heading is a title that mentions a year, not a section
#: The mark a year's provenance carries when the heading named a season („2025/2026“).
SEASON = " (a season's first year)"
_BADGE_WORDS = 4  # „Dienstag 30 Dezember“, „Di 30. Dez. 2025“: a date badge's words
# „2025/2026“, „2025/26“, „2026 / 27“, „2025–2026“: a season of two years, the second the next.
_YEAR_SPAN = lazy_re.compile(
    r"(?<![\d./-])(?P<first>(?:19|20)\d{2})\s*[/–-]\s*(?P<second>(?:19|20)?\d{2})(?![\d./-])"
)


def year_heading_above(
    node: LexborNode, outline: Outline, *, past_earlier_twins: bool = False
) -> tuple[str, str] | None:
    """The year of the section ``node`` stands in and what stated it („summary“, the heading's
    tag), or None. ``past_earlier_twins``: the headings inside the elements before ``node``
    that are built like it (a card's own day and name headings, „<h3>9</h3>“, „<h3>Osterdisco
    2027</h3>“) are passed over: they head their own card, not the section — all but a heading of
    only a year, which opens the first of the year's boxes."""
    summary = _disclosure_summary(node)
    if summary is not None:
        # "<details><summary>2018</summary><ul>…": the summary heads what it folds away.
        years = set(YEAR.findall(summary))
        if len(years) == 1 and len(summary) <= _YEAR_HEADING_CHARS:
            return years.pop(), "summary"
    opening = _opening_year_heading(node)
    if opening is not None:
        return opening
    looked = 0
    for heading in outline.headings_before(node):
        text = visible_text(heading)
        if MONTH_WORD.match(text):
            continue  # "Juni" under "2025": a month of the year heading further up
        if (
            past_earlier_twins
            and not _OPENING_YEAR.fullmatch(text.strip())
            and inside_an_earlier_twin(heading, node)
        ):
            # An earlier card's own heading names that card; a heading of only a year there is
            # the year the list wrote into the first of its boxes („<h4>2022</h4>“), which the
            # boxes after it take (``_opening_year_heading``).
            continue
        looked += 1
        if looked > _YEAR_HEADINGS:
            return None
        if len(text) > _YEAR_HEADING_CHARS:
            continue
        if (first := season_start(text)) is not None:
            # „Nächste Termine 2025/2026“: the season opens in its first year
            return first, f"{heading.tag or 'heading'}{SEASON}"
        years = set(YEAR.findall(text))
        if len(years) == 1:
            return years.pop(), heading.tag or "heading"
        short = SHORT_YEAR_TAB.match(text)
        if short is not None and not _day_of_a_badge(heading):
            # a heading or tab that is only "25" or "’25"
            return f"20{short['y']}", heading.tag or "heading"
    return None


def season_start(text: str) -> str | None:
    """The first year of a season of two consecutive years ``text`` names („2025/2026“, „2026 /
    27“), or None."""
    for span in _YEAR_SPAN.finditer(text):
        first, second = int(span["first"]), int(span["second"])
        if second == (first + 1 if second > 99 else (first + 1) % 100):
            return span["first"]
    return None


def names_a_season(text: str) -> bool:
    """Whether ``text`` names a season of two consecutive years („2025/2026“, „2026 / 27“)."""
    return season_start(text) is not None


def _disclosure_summary(node: LexborNode) -> str | None:
    """The text of the ``<summary>`` of the nearest ``<details>`` around ``node``: an archive
    folded by year ("<details><summary class="h3">2018</summary>") heads its rows with it as
    a heading would, though no heading element stands above them."""
    ancestor = node.parent
    while ancestor is not None and ancestor.tag not in ("body", "html"):
        if ancestor.tag == "details":
            summary = ancestor.css_first("summary")
            return visible_text(summary) if summary is not None else None
        ancestor = ancestor.parent
    return None


def _opening_year_heading(node: LexborNode) -> tuple[str, str] | None:
    """„<div class="event"><h4>2022</h4><div>09. Dec …</div></div>“: a list that writes each year
    heading into the first of its events' boxes dates that box by it (the boxes after it find it
    above them)."""
    first = node.css_first("h1, h2, h3, h4, h5, h6")
    if first is None:
        return None
    text = visible_text(first).strip()
    # A heading of four digits and nothing else opening the box is its year, however old: an
    # archive's chapters „<h2>1976</h2><h3>Wissenschaftliches Kolloquium 27.–29. Oktober</h3>“
    # go back before the years a year in running text is trusted from (``YEAR``).
    return (text, f"{first.tag} inside") if _OPENING_YEAR.fullmatch(text) else None


def _day_of_a_badge(heading: LexborNode) -> bool:
    """„<td>Dienstag<h1>30</h1>Dezember</td>“: a number heading between a weekday and a month
    word in one element is the day of a calendar badge, not a year tab (a cinema's date column
    read „30“ as 2030)."""
    parent = heading.parent
    if parent is None:
        return False
    words = [word.strip(".,") for word in visible_text(parent).split()]
    if len(words) > _BADGE_WORDS:
        return False  # a section's year heading among its rows („<h2>26</h2>“ over months)
    return any(MONTH_WORD.match(word) or WEEKDAY_WORD.match(word) for word in words)
