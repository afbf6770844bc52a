"""Several offerings in one heading's section, each a paragraph that opens with its hours and
names the offering by a link — a generated digest of library events: „<h1>Sun 2026-08-23</h1>
<h2>San Jose</h2><p>12:00 - 13:00 <a href=…>OneInMath: Math Program …</a></p><p>Join us …</p>
<hr/><p>12:30 - 13:30 <a href=…>Family Storytime</a></p>…“. The day stands above the section
and its heading says where (a town's library); each such paragraph is an offering at its own
hours, named and linked by its link, the paragraphs after it its description. Read as one
block, the section is one record named after its heading on the first entry's hours.
"""

from __future__ import annotations

from dataclasses import replace

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import HEADING_TAGS, names_a_day
from netdir.extract.context import absolute_url, clean_text
from netdir.extract.inline_text import visible_text
from netdir.extract.sub_items import opening_hours
from netdir.extract.title_text import is_junk_title

_ENTRY_TAGS = frozenset({"p", "div", "li"})
# A heading that can say where: a short name of capitalised words („San Jose“, „Palo Alto“,
# „Half Moon Bay“), no digits, no more than four words.
_PLACE_NAME = lazy_re.compile(
    r"^[A-ZÄÖÜ][\w.'’-]*(?:\s+(?:de|la|del|am|an|im|[A-ZÄÖÜ][\w.'’-]*)){0,3}$"
)


def linked_timed_entries(
    segment: list[LexborNode], reading: BlockReading, base_url: str
) -> list[BlockReading]:
    """One reading per hours-and-link paragraph of a section under a heading whose day the
    reading took from above; [] for any other block."""
    if len(segment) < 2 or segment[0].tag not in HEADING_TAGS or reading.date_text is None:
        return []
    entries: list[tuple[LexborNode, str, LexborNode]] = []
    for node in segment[1:]:
        entry = _hours_and_link(node)
        if entry is not None:
            entries.append((node, *entry))
    # The reading dated the section by the day above and its first entry („Sun 2026-08-23,
    # 14:00 - 16:00 Maker Hangout“): that day is each entry's.
    cut = reading.date_text.find(", " + entries[0][1]) if entries else -1
    day = reading.date_text[:cut] if cut > 0 else ""
    if not names_a_day(day):
        return []
    where = f"listing:{entries[0][0].tag} hours + link"
    place, place_source = reading.location_text, reading.sources.get("location_text")
    heading = clean_text(visible_text(segment[0])) or ""
    if place is None and _PLACE_NAME.match(heading) and not names_a_day(heading):
        # „<h2>San Jose</h2>“ over the entries: the town whose library holds them
        place, place_source = heading, f"listing:{segment[0].tag} over the entries (where)"
    parts: list[BlockReading] = []
    for index, (node, hours, link) in enumerate(entries):
        following = entries[index + 1][0] if index + 1 < len(entries) else None
        sources = {name: at for name, at in reading.sources.items() if name != "description"}
        sources.update(
            title=where,
            url=f"{where}@href",
            date_text=f"{reading.sources.get('date_text', 'listing:day above')} + {where}",
        )
        if place_source is not None:
            sources["location_text"] = place_source
        description = _description_after(node, following)
        if description:
            sources["description"] = f"listing:{node.tag} after the hours"
        parts.append(
            replace(
                reading,
                title=clean_text(visible_text(link)),
                url=absolute_url(link.attributes.get("href"), base_url),
                date_text=f"{day}, {hours}",
                start=None,
                description=description,
                location_text=place,
                sources=sources,
            )
        )
    return parts


def _hours_and_link(node: LexborNode) -> tuple[str, LexborNode] | None:
    """(hours, link) of a paragraph that is its hours and one link naming something, and
    nothing else („14:00 - 16:00 <a>Maker Hangout</a>“)."""
    if node.tag not in _ENTRY_TAGS:
        return None
    links = node.css("a[href]")
    if len(links) != 1:
        return None
    text = clean_text(visible_text(node)) or ""
    hours = opening_hours(text)
    name = clean_text(visible_text(links[0])) or ""
    if hours is None or not name or text[hours.end() :].strip() != name or is_junk_title(name):
        return None
    return hours["hours"].strip(), links[0]


def _description_after(node: LexborNode, stop: LexborNode | None) -> str | None:
    """The text of the paragraphs after an entry, up to the next entry or rule."""
    texts: list[str] = []
    after = node.next
    while after is not None and (stop is None or after.mem_id != stop.mem_id):
        if after.tag == "hr" or after.tag in HEADING_TAGS:
            break
        if after.is_element_node and (text := clean_text(visible_text(after))):
            texts.append(text)
        after = after.next
    return " ".join(texts) or None
