"""A blog's category page of whole event posts: one offering per ``<article>``, named by its title.

A hackerspace's blog lists its „Events“ as whole posts, one ``<article>`` each: an h2 post title
that links the post („Vortrag: Routing 101 - Eine Einführung“), then the post itself — prose that
names the day in a sentence, lists, headings of its own sections („Agenda“, „Update:“) — and a
closing paragraph of labelled lines („Datum: Samstag, 6. Juni 2015 ab 19 Uhr“ / „Anfahrt: U4/U9
Haltestelle „Im Degen“, Ulmer Straße 255, Stuttgart Wangen“). The listing detector reads such a
page as blocks of the posts' lines, each titled by a line of its block („Eintritt frei!“,
„Materialkosten: 8 €“). A reader reads one event per post: its title, the day its „Datum“ line
gives, the place its „Anfahrt“/„Ort“ line gives.

Only pages of at least three articles, each opening with a linked title heading, where most
posts state their day on a labelled line: a blog's teasers (a title over an excerpt) state none,
so they stay with the listing detector. A post that names no day (a rhythm, „jeden zweiten
Freitag ab 19 Uhr“) is no record.
"""

from __future__ import annotations

import re
from datetime import date

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.bold_sections import Line, br_lines
from netdir.extract.context import PageContext, clean_text, set_field
from netdir.extract.date_cues import DATE_LIKE
from netdir.extract.element_ancestors import enclosing
from netdir.extract.separate_days import days_the_prose_separates
from netdir.normalize.when import parse_when
from netdir.normalize.when_lists import occurrences
from netdir.normalize.when_weekday_check import weekday_contradicts
from netdir.records import RawRecord

EXTRACTOR = "listing"
DATE_SOURCE = "listing:article post's date line"
PROSE_SOURCE = "listing:article post's announcing sentence"
TITLE_SOURCE = "listing:article post's title heading"
PLACE_SOURCE = "listing:article post's place line"
POSTED_SOURCE = "listing:article post's link path"

_MIN_POSTS = 3
_MOST = 0.5
_TITLE_HEADINGS = ("h1", "h2", "h3")
_DATE_LABEL = lazy_re.compile(r"^\s*(?:Datum|Date|Termine?|Wann)\s*:\s*(?P<rest>\S.*)$", re.I)
_PLACE_LABEL = lazy_re.compile(
    r"^\s*(?:Anfahrt|Driving direction|Ort|Wo|Veranstaltungsort)\s*:\s*(?P<rest>\S.*)$", re.I
)
_YEAR = lazy_re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# A blog post's day in its link: „/2015/09/05/workshop-einfuehrung-…/“.
_PATH_DAY = lazy_re.compile(r"/(?P<year>(?:19|20)\d{2})/(?P<month>[01]\d)/(?P<day>[0-3]\d)/")


def article_post_records(tree: LexborHTMLParser, context: PageContext) -> list[RawRecord]:
    """One record per whole event post of a category page (see the module docstring); empty
    when the page is not one."""
    articles = [node for node in tree.css("article") if enclosing(node, ("article",)) is None]
    if len(articles) < _MIN_POSTS:
        return []
    posts: list[tuple[str | None, str, list[Line]]] = []
    for article in articles:
        heading = _title_heading(article)
        if heading is None:
            return []
        title = clean_text(heading.text(separator=" "))
        if not title:
            return []
        lines = [line for line in br_lines(article) if line.heading is None or line.text != title]
        posts.append((_posted_day(heading), title, lines))
    today = context.fetched_at.date()
    labelled = sum(1 for _, _, lines in posts if _labelled_day(lines, today) is not None)
    if labelled < _MOST * len(posts):
        return []
    records: list[RawRecord] = []
    for posted, title, lines in posts:
        records.extend(_post_records(title, lines, posted, context))
    return records


def _title_heading(article: LexborNode) -> LexborNode | None:
    """The heading the article opens with, when it links the post."""
    first = next((child for child in article.iter() if child.tag != "-text"), None)
    if first is None or first.tag not in _TITLE_HEADINGS or first.css_first("a[href]") is None:
        return None
    return first


def _labelled_day(lines: list[Line], today: date) -> str | None:
    """The rest of the post's first „Datum:“ line that names a day — or that the date parser
    reads as one, with its year („Mittwoch, 02. Dezmeber 2015, 18:30 Uhr“, a typo)."""
    for line in lines:
        found = _DATE_LABEL.match(line.text)
        if found is None:
            continue
        rest = found["rest"]
        if _names_a_day(rest) or (_YEAR.search(rest) and _a_day_of(rest, today)):
            return rest
    return None


def _a_day_of(text: str, today: date) -> bool:
    when = parse_when(text, today=today)
    return when.start is not None and len(when.start) >= len("2015-12-02") and not when.recurrence


def _posted_day(heading: LexborNode) -> str | None:
    """The day the post's link path names (ISO), when it names one."""
    link = heading.css_first("a[href]")
    found = _PATH_DAY.search(str(link.attributes.get("href") or "")) if link else None
    return f"{found['year']}-{found['month']}-{found['day']}" if found else None


def _post_records(
    title: str, lines: list[Line], posted: str | None, context: PageContext
) -> list[RawRecord]:
    """The post's event, once per day it lists („Samstag 13. und Sonntag 14. September 2014,
    jeweils 14 Uhr“: two days, ``when_lists.occurrences``); none when it names no day."""
    today = context.fetched_at.date()
    labelled = _labelled_day(lines, today)
    prose = next((line.text for line in lines if _dated_with_year(line.text)), None)
    if labelled is not None and _weekday_gives_way(labelled, prose, today):
        # „Datum: Samstag, 14.06.2015“ (a Sunday) under „Am Samstag den 20. Juni 2015 um 14 Uhr
        # …“: the label's own weekday says its day is mistyped; the sentence's fits.
        labelled = None
    if labelled is not None and (_YEAR.search(labelled) or posted or prose is None):
        date_text, source = labelled, DATE_SOURCE
    elif prose is not None:
        # „Datum: Sonntag, 18. Mai ab 14 Uhr“ under „… am Sonntag den 18. Mai 2014 …“ (and no
        # day in the post's link): the sentence names the year the label leaves out.
        date_text, source = prose, PROSE_SOURCE
    else:
        return []
    place = next(
        (found["rest"] for line in lines if (found := _PLACE_LABEL.match(line.text))), None
    )
    days = occurrences(date_text)
    if days is None:
        written = date.fromisoformat(posted) if posted else context.fetched_at.date()
        separated = days_the_prose_separates(date_text, [line.text for line in lines], written)
        if separated is not None:
            days, source = separated, PROSE_SOURCE
    days = days or [date_text]
    records: list[RawRecord] = []
    for day in days:
        record = context.new_record(EXTRACTOR, title, confidence=0.6)
        set_field(record, "title", title, TITLE_SOURCE)
        set_field(record, "date_text", day, source if len(days) == 1 else f"{source} (one day)")
        set_field(record, "location_text", place, PLACE_SOURCE)
        # A yearless „Termine: 26.9. 10:00“ counts from the day the post was written.
        set_field(record, "published", posted, POSTED_SOURCE)
        records.append(record)
    return records


def _weekday_gives_way(labelled: str, prose: str | None, today: date) -> bool:
    """Whether the label, stating its year, has a weekday that is not its day's while the prose
    sentence's weekday fits. (A yearless label's weekday picks its year: „Sonntag, 18. Mai“.)"""
    return (
        prose is not None
        and _YEAR.search(labelled) is not None
        and weekday_contradicts(labelled, today)
        and not weekday_contradicts(prose, today)
    )


def _dated_with_year(text: str) -> bool:
    return _names_a_day(text) and bool(_YEAR.search(text))


def _names_a_day(text: str) -> bool:
    """Whether ``text`` names a day of a month („5. Dezember“, „26.9.“), not only a month
    („Seit Februar 2010 …“)."""
    found = DATE_LIKE.search(text)
    return found is not None and found.group(0)[:1].isdigit()
