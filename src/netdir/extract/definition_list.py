"""A definition list whose term is a day: "<dt>Freitag, 09. Oktober 2026 - 08:00 Uhr</dt>
<dd>Grundstücksverkehrsausschuss (GVA)</dd>".

Council calendars (TYPO3 cron_mmratsinfo) print their meetings so; with one meeting in the
month the list has one entry, too few for the listing detector's groups. Each ``<dt>`` that
names a day and is followed by a ``<dd>`` naming something is one dated entry: the link's text
when the ``<dd>`` has a link, else its first line that is not a notice in ``<i>``/``<em>``
("Die Sitzung ist nichtöffentlich …").
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir.extract.block_text import names_a_day, text_lines
from netdir.extract.context import PageContext, clean_text, set_field
from netdir.extract.element_siblings import element_siblings
from netdir.extract.inline_text import visible_text
from netdir.extract.title_text import is_junk_title, title_in_text
from netdir.records import RawRecord

EXTRACTOR = "listing"
CONFIDENCE = 0.5
_MAX_ENTRIES = 50
_NOTICE_TAGS = frozenset({"i", "em", "small"})


def extract_dated_definitions(tree: LexborHTMLParser, context: PageContext) -> list[RawRecord]:
    body = tree.body
    if body is None:
        return []
    records: list[RawRecord] = []
    for term in body.css("dl > dt")[:_MAX_ENTRIES]:
        day = clean_text(visible_text(term))
        if not day or not names_a_day(day):
            continue
        definition = next(element_siblings(term, "next", 1), None)
        if definition is None or definition.tag != "dd":
            continue
        named = _name(definition, context)
        if named is None:
            continue
        title, url, where = named
        record = context.new_record(EXTRACTOR, title, confidence=CONFIDENCE)
        record.field_sources["title"] = f"{EXTRACTOR}:dl>dd{where}"
        set_field(record, "date_text", day, f"{EXTRACTOR}:dl>dt")
        set_field(record, "url", url, f"{EXTRACTOR}:dl>dd a@href")
        records.append(record)
    return records


def _name(definition: LexborNode, context: PageContext) -> tuple[str, str | None, str] | None:
    link = definition.css_first("a[href]")
    if link is not None:
        text = clean_text(visible_text(link))
        if text and not is_junk_title(text):
            return text, context.absolute_url(link.attributes.get("href")), ">a"
    for text, owner in text_lines([definition]):
        if owner is not None and owner.tag in _NOTICE_TAGS:
            continue
        if _inside_notice(definition, text):
            continue
        title = title_in_text(text)
        if title and not is_junk_title(title):
            return title, None, " text"
    return None


def _inside_notice(definition: LexborNode, text: str) -> bool:
    """Whether ``text`` is the text of an ``<i>``/``<em>`` notice inside the definition."""
    return any(
        clean_text(visible_text(node)) == text for node in definition.css(", ".join(_NOTICE_TAGS))
    )
