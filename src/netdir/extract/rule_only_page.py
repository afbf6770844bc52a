"""A page whose only date is one rule of its recurring event: its next occurrence, with the rule.

A poetry slam's events page whose dated list a script fills shows a reader only „Jeden 3. Mittwoch
im Monat um 20:00 Uhr“ beside a pictogram and the address below it (the same two lines again in
the footer); the slam is named only by the site, „Veranstaltungen — Saferspace Slam“. No reader
looked for a day, so the page gave no record, although it says when the next evening is: the
rule's next occurrence (``parse_when`` gives it and the RRULE). Read so only when nothing else on
the page is dated: one distinct line that states a rule with a clock, no line that names a day.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from netdir import lazy_re
from netdir.extract.block_text import names_a_day, text_lines
from netdir.extract.context import PageContext, set_field
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.event_page_titles import title_from_document
from netdir.extract.place_lines import names_a_place
from netdir.extract.title_text import is_junk_title
from netdir.extract.weekday_lines import may_hold_a_weekly_line
from netdir.normalize.when import parse_when
from netdir.records import RawRecord

EXTRACTOR = "event_page"
CONFIDENCE = 0.5
_MAX_RULE_CHARS = 80  # a rule of its own line, not a sentence of a club's history
_MAX_LINES = 400  # a short page: a long one that names no day is an article, not an event's page
# Icon fonts write their pictogram as a word the font draws as a glyph: „<span
# class="material-symbols-outlined">schedule</span>“ is a clock a reader sees, not a word.
_ICON_FONT = '[class*="material-symbols"], [class*="material-icons"]'
# "Veranstaltungen — Saferspace Slam": the parts of a <title> apart by a dash, a bar or a dot.
_TITLE_PARTS = lazy_re.compile(r"\s+[-|–—·:]{1,2}\s+")


def rule_only_event(tree: LexborHTMLParser, context: PageContext) -> list[RawRecord]:
    """One record for the next occurrence of the page's one recurrence rule; [] when the page
    names a day anywhere, holds no such rule or more than one, or has no name for it."""
    body = tree.body
    if body is None:
        return []
    for icon in body.css(_ICON_FONT):
        icon.decompose()
    lines = [text for text, _ in text_lines([body])]
    if len(lines) > _MAX_LINES or any(names_a_day(line) for line in lines):
        return []
    today = context.fetched_at.date()
    rules = [
        index
        for index, line in enumerate(lines)
        if len(line) <= _MAX_RULE_CHARS
        and may_hold_a_weekly_line(line)
        and TIME_LIKE.search(line)
        and parse_when(line, today=today).recurrence is not None
    ]
    if not rules or len({lines[index] for index in rules}) != 1:
        return []
    name = _page_event_name(tree)
    if name is None:
        return []
    record = context.new_record(EXTRACTOR, name, confidence=CONFIDENCE)
    record.field_sources["title"] = f"{EXTRACTOR}:title"
    set_field(record, "date_text", lines[rules[0]], f"{EXTRACTOR}:recurrence line")
    after = rules[0] + 1
    if after < len(lines) and names_a_place(lines[after]):
        set_field(record, "location_text", lines[after], f"{EXTRACTOR}:line below the rule")
    set_field(record, "url", context.base_url, "page")
    return [record]


def _page_event_name(tree: LexborHTMLParser) -> str | None:
    """The ``<title>`` without the site's name; when its first part only says what kind of page
    it is („Veranstaltungen — Saferspace Slam“), the site's name: the site is the event's."""
    if (name := title_from_document(tree)) is not None:
        return name
    node = tree.css_first("head title")
    parts = _TITLE_PARTS.split(node.text(strip=True)) if node is not None else []
    if len(parts) != 2:
        return None
    rest = parts[1].strip()
    return None if not rest or is_junk_title(rest) else rest
