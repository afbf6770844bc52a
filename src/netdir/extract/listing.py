"""The listing detector: find the repeated blocks of a listing page and read each one.

Candidates are groups of similar sibling blocks — cards, list items, table rows, ``dt``/``dd``
pairs, heading+paragraph runs. Each group is scored on what distinguishes offerings from page
furniture: repetition, heading-like titles of several words, date-like text, text beyond the
links, distinct targets, and where it sits (menus, footers, tag clouds, breadcrumbs and
pagination sit in ``nav``/``footer``/``aside`` or carry such class names). The best group wins
and its score is each record's confidence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir.extract.context import PageContext, set_field
from netdir.extract.listing_features import (
    HEADING_TAGS,
    BlockReading,
    is_junk_title,
    read_block,
    table_column_labels,
)
from netdir.records import RawRecord

EXTRACTOR = "listing"
MIN_SCORE = 0.4
MIN_ITEMS = 2
_SCORING_SAMPLE = 20  # blocks read to score a group; enough to tell a listing from a menu
_MAX_BLOCK_TEXT = 1200  # characters: a long teaser is ~400
_MAX_BLOCK_LINKS = 5
_UNREADABLE_TAGS = ["script", "style", "noscript", "template", "svg", "iframe", "select"]
# Table cells are parts of a row (or of a layout table), never items of their own.
_NOT_ITEM_TAGS = frozenset({"br", "hr", "img", "input", "option", "span", "b", "strong", "em", "i", "td", "th", *HEADING_TAGS, "dt", "dd"})  # fmt: skip
# Not "form": ASP.NET WebForms sites wrap the whole page, listing included, in one <form>.
_FURNITURE_TAGS = frozenset({"nav", "header", "footer", "aside", "menu"})
_FURNITURE_TOKENS = frozenset(
    {
        "nav", "navi", "navbar", "navigation", "menu", "menue", "menü", "mainmenu", "submenu",
        "footer", "breadcrumb", "breadcrumbs", "pagination", "pager", "paging", "pagenav",
        "tagcloud", "tags", "tag", "schlagworte", "social", "share", "sharing", "sidebar",
        "widget", "cookie", "skip", "skiplinks", "toolbar", "servicenavigation", "meta", "topbar",
        "service", "header",
    }
)  # fmt: skip
_NOISE_CLASS_PREFIXES = ("category-", "tag-", "status-", "format-", "type-", "has-", "is-")
_STATE_CLASSES = frozenset({"odd", "even", "first", "last", "active", "current", "selected"})
_HAS_DIGIT = re.compile(r"\d")
_TOKEN_SPLIT = re.compile(r"[^0-9a-zäöüß]+")


@dataclass(slots=True)
class Candidate:
    containers: list[LexborNode]  # the parent(s) of the blocks; several for a pooled listing
    segments: list[list[LexborNode]]
    item_signature: str  # "ul.termine>li": provenance and grouping of sibling listings
    column_labels: dict[int, str]
    in_furniture: bool = False  # a container or one of its ancestors is nav/footer/aside/...
    score: float = 0.0
    readings: list[BlockReading] = field(default_factory=list)  # of the scored sample


def extract_listing(tree: LexborHTMLParser, context: PageContext) -> list[RawRecord]:
    """Records of the best-scoring listing on the page; [] when nothing looks like one."""
    body = tree.body
    if body is None:
        return []
    tree.strip_tags(_UNREADABLE_TAGS)
    scored = [c for c in find_candidates(body) if _score(c, context.base_url) >= MIN_SCORE]
    if not scored:
        return []
    best = max(scored, key=lambda c: (c.score, len(c.segments)))
    return _records(best, context)


def find_candidates(body: LexborNode) -> list[Candidate]:
    """Sibling groups, ``dt``/``dd`` runs and heading runs of every element under ``body``.

    Sibling groups whose signature names a class are pooled page-wide: a listing split by
    month headings into several ``ul.termine`` is one listing (and a one-item month is part
    of it). Groups inside page furniture pool separately so a sidebar copy cannot drag the
    main listing down.
    """
    candidates: list[Candidate] = []
    pooled: dict[tuple[str, bool], Candidate] = {}
    in_furniture: dict[int, bool] = {}
    for parent in body.traverse(include_text=False):
        grandparent = parent.parent
        inherited = (
            in_furniture.get(grandparent.mem_id, False) if grandparent is not None else False
        )
        furniture = inherited or (parent.tag not in ("body", "html") and is_furniture(parent))
        in_furniture[parent.mem_id] = furniture
        children = [child for child in parent.iter(include_text=False)]
        if not children:
            continue
        parent_signature = signature(parent)
        groups: dict[str, list[LexborNode]] = defaultdict(list)
        for child in children:
            if child.tag not in _NOT_ITEM_TAGS:
                groups[signature(child)].append(child)
        for child_signature, nodes in groups.items():
            item_signature = f"{parent_signature}>{child_signature}"
            segments = [[node] for node in nodes]
            if "." in item_signature:
                pool = pooled.get((item_signature, furniture))
                if pool is None:
                    labels = _table_labels(parent) if nodes[0].tag == "tr" else {}
                    pooled[(item_signature, furniture)] = Candidate(
                        [parent], segments, item_signature, labels, in_furniture=furniture
                    )
                else:
                    pool.containers.append(parent)
                    pool.segments.extend(segments)
            elif len(nodes) >= MIN_ITEMS:
                labels = _table_labels(parent) if nodes[0].tag == "tr" else {}
                candidates.append(
                    Candidate([parent], segments, item_signature, labels, in_furniture=furniture)
                )
        if parent.tag == "dl":
            runs = _runs(children, "dt")
            if len(runs) >= MIN_ITEMS:
                candidates.append(
                    Candidate(
                        [parent], runs, f"{parent_signature}>dt+dd", {}, in_furniture=furniture
                    )
                )
        for heading_tag in HEADING_TAGS[1:]:
            if sum(1 for child in children if child.tag == heading_tag) >= MIN_ITEMS:
                runs = _runs(children, heading_tag)
                candidates.append(
                    Candidate(
                        [parent],
                        runs,
                        f"{parent_signature}>{heading_tag}+p",
                        {},
                        in_furniture=furniture,
                    )
                )
    candidates.extend(pool for pool in pooled.values() if len(pool.segments) >= MIN_ITEMS)
    return candidates


def signature(node: LexborNode) -> str:
    """Tag plus the first stable class: ``li``, ``article.teaser``, ``div.card``.

    Per-item classes (``post-123``, ``category-netzwerk``, ``odd``) are skipped so that the
    blocks of one listing share a signature.
    """
    classes = node.attributes.get("class")
    if not classes:
        return node.tag or ""
    for token in classes.split():
        lowered = token.lower()
        if _HAS_DIGIT.search(lowered) or lowered in _STATE_CLASSES:
            continue
        if lowered.startswith(_NOISE_CLASS_PREFIXES):
            continue
        return f"{node.tag}.{token}"
    return node.tag or ""


def _runs(children: list[LexborNode], head_tag: str) -> list[list[LexborNode]]:
    """Split siblings into runs that each begin at a ``head_tag`` node (``dt``, ``h3``)."""
    runs: list[list[LexborNode]] = []
    stop_tags = set(HEADING_TAGS)
    for child in children:
        if child.tag == head_tag:
            runs.append([child])
        elif runs:
            # A heading of a higher level ("h2" < "h3") ends the run of lower ones.
            if child.tag in stop_tags and (child.tag or "") < (runs[-1][0].tag or ""):
                runs.append([])  # closes the run; the empty run is dropped below
            elif runs[-1]:
                runs[-1].append(child)
    return [run for run in runs if run]


def _table_labels(parent: LexborNode) -> dict[int, str]:
    table = parent if parent.tag == "table" else parent.parent
    if table is None or table.tag != "table":
        return {}
    return table_column_labels(table.css("tr")[:3])


def _score(candidate: Candidate, base_url: str) -> float:
    sample = candidate.segments[:_SCORING_SAMPLE]
    linked = sum(1 for segment in sample if any(_has_link(node) for node in segment))
    if linked < MIN_ITEMS:  # cheap rejection: most groups on a page are parts of blocks
        candidate.score = 0.0
        return 0.0
    readings = [read_block(segment, base_url, candidate.column_labels) for segment in sample]
    candidate.readings = readings
    items = [r for r in readings if r.title and r.url]
    if len(items) < MIN_ITEMS:
        candidate.score = 0.0
        return 0.0
    count = len(items)
    repetition = min(1.0, (count - 1) / 5)
    coverage = count / len(readings)
    dated = sum(1 for r in items if r.date_text) / count
    headed = sum(1 for r in items if r.title_from_heading) / count
    words = sum(min(len((r.title or "").split()), 6) for r in items) / count
    title_quality = max(0.0, min(1.0, (words - 1) / 4))
    text = sum(r.text_length for r in items) or 1
    textiness = max(0.0, 1 - sum(r.link_text_length for r in items) / text)
    junk = sum(1 for r in items if is_junk_title(r.title)) / count
    distinct = len({r.url for r in items}) / count
    score = (
        0.2 * repetition
        + 0.25 * dated
        + 0.15 * headed
        + 0.15 * textiness
        + 0.15 * title_quality
        + 0.1 * coverage
    )
    score *= (1 - junk) * distinct * _position_factor(candidate) * _size_factor(items)
    candidate.score = round(max(0.0, min(1.0, score)), 3)
    return candidate.score


def _has_link(node: LexborNode) -> bool:
    return (node.tag == "a" and "href" in node.attributes) or node.css_first("a[href]") is not None


def _size_factor(items: list[BlockReading]) -> float:
    """Whole page sections (``body > div``) repeat too, but an offering's block is small."""
    mean_text = sum(r.text_length for r in items) / len(items)
    mean_links = sum(r.link_count for r in items) / len(items)
    return (0.5 if mean_text > _MAX_BLOCK_TEXT else 1.0) * (
        0.5 if mean_links > _MAX_BLOCK_LINKS else 1.0
    )


def _position_factor(candidate: Candidate) -> float:
    """Menus, footers, tag clouds and breadcrumbs live in furniture; listings do not.

    Furniture around the group marks it as a whole; furniture blocks inside it (``body > div``
    where the divs are header, main and footer) mark a group of page sections.
    """
    if candidate.in_furniture:
        return 0.25
    blocks = [segment[0] for segment in candidate.segments]
    furniture_share = sum(1 for block in blocks if is_furniture(block)) / len(blocks)
    return 1.0 - 0.75 * furniture_share


def is_furniture(node: LexborNode) -> bool:
    if node.tag in _FURNITURE_TAGS:
        return True
    attributes = node.attributes
    if not attributes:
        return False
    if attributes.get("role") == "navigation":
        return True
    names = f"{attributes.get('class') or ''} {attributes.get('id') or ''}"
    return any(token in _FURNITURE_TOKENS for token in _TOKEN_SPLIT.split(names.lower()))


def _records(candidate: Candidate, context: PageContext) -> list[RawRecord]:
    records: list[RawRecord] = []
    seen: set[tuple[str, str]] = set()
    for index, segment in enumerate(candidate.segments):
        if index < len(candidate.readings):
            reading = candidate.readings[index]
        else:
            reading = read_block(segment, context.base_url, candidate.column_labels)
        if not reading.title or not reading.url or is_junk_title(reading.title):
            continue
        key = (reading.title, reading.url)
        if key not in seen:
            seen.add(key)
            records.append(_record(reading, candidate, context))
    return records


def _record(reading: BlockReading, candidate: Candidate, context: PageContext) -> RawRecord:
    assert reading.title is not None
    record = context.new_record(EXTRACTOR, reading.title, confidence=candidate.score)
    prefix = f"listing:{candidate.item_signature} "
    for name in ("title", "url", "date_text", "start", "location_text", "description", "published"):
        where = reading.sources.get(name, "listing:")
        set_field(record, name, getattr(reading, name), prefix + where.removeprefix("listing:"))
    record.extra["listing_block"] = candidate.item_signature
    return record
