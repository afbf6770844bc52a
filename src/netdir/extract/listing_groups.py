"""The listing detector's candidates: groups of similar sibling blocks (cards, list items, table
rows, ``dt``/``dd`` pairs, heading+paragraph runs), the page's outline of headings, and what marks
a block as page furniture (menus, footers, sidebars)."""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_columns import table_column_labels
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import (
    HEADING_TAGS,
    css_matches,
    names_a_day,
    node_text,
    text_chunks,
)
from netdir.extract.bold_day_lines import only_a_day, split_at_bold_days
from netdir.extract.calendar_days import (
    PageMonth,
    days_above,
)
from netdir.extract.context import clean_text
from netdir.extract.date_cues import MONTH_WORD, MONTH_YEAR, TIME_LIKE, search_date_like
from netdir.extract.date_headings_above import date_headings_open_runs, opened_by_what_stands_above
from netdir.extract.dated_box_runs import dated_box_runs
from netdir.extract.day_heading_pairs import day_headings_join_their_names
from netdir.extract.furniture_words import telling_words
from netdir.extract.header_taglines import is_a_tagline
from netdir.extract.inline_text import visible_text
from netdir.extract.pair_row_labels import pair_row_labels
from netdir.extract.rule_ended_runs import end_at_rules
from netdir.extract.sentence_headings import page_name_over_a_headline
from netdir.extract.weekday_lines import may_hold_a_weekly_line, weekly_row_line, weekly_rule

MIN_ITEMS = 2
SCORING_SAMPLE = 20  # blocks read to score a group; enough to tell a listing from a menu
_WEEKLY_CARD_CHARS = 300  # a group's name, its weekday line, an age range and a room
# Table cells are parts of a row (or of a layout table), never items of their own.
_NOT_ITEM_TAGS = frozenset({"br", "hr", "img", "input", "option", "span", "b", "strong", "em", "i", "td", "th", *HEADING_TAGS, "dt", "dd"})  # fmt: skip
_WEEK_CELLS = "td.[week]"  # the group key of a month grid's event cells (``find_candidates``)
# Not "form": ASP.NET WebForms sites wrap the whole page, listing included, in one <form>.
_FURNITURE_TAGS = frozenset({"nav", "header", "footer", "aside", "menu"})
# Words that make a class name furniture as its first or last word ("main-nav", "railNav").
_FURNITURE_WORDS = frozenset(
    {
        "nav", "navi", "navbar", "navigation", "menu", "menue", "menü", "mainmenu", "submenu",
        "footer", "breadcrumb", "breadcrumbs", "pagination", "pager", "paging", "pagenav",
        "tagcloud", "schlagworte", "sidebar", "cookie", "cookies", "skiplinks", "toolbar",
        "servicenavigation", "topbar", "header", "comments", "comment", "megamenu", "dropdown",
        "offcanvas", "sitemap", "socialmedia",
        # A festival's or club's supporters („partner-tier__grid“, „sponsors__item“): the logo
        # and name cards thank who pays, they offer nothing.
        "partner", "partners", "sponsor", "sponsors", "sponsoren", "foerderer", "förderer",
    }
)  # fmt: skip
# Names that are furniture only as a whole: "widget" alone (WordPress sidebars), not
# "elementor-widget"; "tags" alone, not "tags-event".
_FURNITURE_NAMES = frozenset(
    {
        "widget", "tags", "tag", "social", "share", "sharing", "skip", "meta", "service",
        "list-group", "nav-tabs", "nav-pills", "menu-item", "sub-menu", "tabs",
    }
)  # fmt: skip
# A layout's state names what an element has beside it, not what it is: VitePress wraps a page's
# whole content in ``<div class="VPDoc has-sidebar has-aside">`` (the sidebar is the menu next to
# it); ``has-sidebar``, ``with-header`` mark the content, no furniture. (``noHeader`` stays as it
# was: CivicPlus's agenda lists carry it, and their collapsed headers are read apart from them.)
# A script's hook names what it does with an element: ``add-nav`` on each chapter of an archive
# („<article class="colloquia add-nav">“) asks the page's script to add a link to it to the
# navigation — the chapter is content the menu points at, not the menu.
_LAYOUT_STATE_WORDS = frozenset({"has", "with", "add"})
_NAME_WORDS = lazy_re.compile(r"[A-Z]?[a-z0-9äöüß]+|[A-Z]+(?![a-z])")
_ZEBRA = lazy_re.compile(
    r"(?:^|(?<=[-_]))(?i:alternating|alternate|alt|odd|even|zebra)(?=$|[-_A-Z])"
    r"|(?<=[a-z0-9])(?:Alternating|Alternate|Alt|Odd|Even|Zebra)(?=$|[-_A-Z])"
)
_NOISE_CLASS_PREFIXES = ("category-", "tag-", "status-", "format-", "type-", "has-", "is-")
# Per-item states and calendar marks: rows of one list differ in these, not in what they are.
_STATE_CLASSES = frozenset(
    {
        "odd", "even", "first", "last", "active", "current", "selected", "today", "past",
        "future", "upcoming", "sameday", "weekend", "holiday", "cancelled", "canceled",
        "abgesagt", "highlight", "featured", "new", "mon", "tue", "wed", "thu", "fri", "sat",
        "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    }
)  # fmt: skip
# Zebra stripes named by their colour ("<tr class="White">", "<tr class="Grey">"): every
# other row of one table, the class alone says how it is shaded, not what the row is.
_STRIPE_COLOURS = frozenset({"white", "grey", "gray", "weiss", "grau"})
_HAS_DIGIT = lazy_re.compile(r"\d")
_CAPTION_TAGS = frozenset({"caption", "th", "h1", "h2", "h3"})


@dataclass(slots=True)
class Candidate:
    containers: list[LexborNode]  # the parent(s) of the blocks; several for a pooled listing
    segments: list[list[LexborNode]]
    item_signature: str  # "ul.termine>li": provenance and grouping of sibling listings
    column_labels: dict[int, str]
    in_furniture: bool = False  # a container or one of its ancestors is nav/footer/aside/...
    score: float = 0.0
    dated_share: float = 0.0
    readings: list[BlockReading] = field(default_factory=list)  # of the scored sample
    own_containers: dict[int, int] | None = None  # ancestor id → blocks under it (a few levels)
    last_day: str | None = None  # the calendar day of the row above ("sameday" rows leave it out)
    # items of flat sibling boxes, each opened by its date box (dated_box_runs): however many
    # files a meeting lists, such an item is no page section
    dated_boxes: bool = False
    # How many of ``segments`` are bare day lines (listing_row_context), counted once per
    # segments list and length rather than once per sampled row: (that list, length, count).
    bare_days: tuple[list[list[LexborNode]], int, int] | None = None
    # A pooled table's own column labels, by the table's id (``own_table_labels``): read once.
    table_labels: dict[int, dict[int, str]] = field(default_factory=dict)


# A list of sibling blocks under a heading in their own container: three or more blocks.
_SIBLING_LIST_BLOCKS = 3


class Outline:
    """Document order of the page's elements and its headings: the section heading above a
    block (a row's title, a year for its dates) is found by bisecting."""

    def __init__(self) -> None:
        self.order: dict[int, int] = {}
        self.nodes: list[LexborNode] = []  # every element, in document order
        self.heading_positions: list[int] = []
        self.headings: list[LexborNode] = []
        self.captions: list[LexborNode] = []  # captions, table headers, top headings
        self.month: PageMonth | None = None  # the one month a calendar page shows
        self.page_name: str | None = None  # the site's name in the document title
        self.document_title: str | None = None  # the whole document title, as it reads
        self.site_name: str | None = None  # the site's name in the head's tags (site_name_tags)
        # ancestor id → the days a "Termin auswählen" select inside it offers (dated_choices)
        self.dated_choices: dict[int, list[str]] = {}
        self.lone: list[Candidate] = []  # classed groups of one block (see _lone_listed)
        self.lone_rows: list[Candidate] = []  # tables of one unclassed, unlabelled row
        self.lone_items: list[Candidate] = []  # plain lists of one item (sibling_lists)
        # an element's id → the text of the in-page links to it: a tab's label („Montag,
        # 02.03.2020“ on „<a href="#pane-0" data-toggle="tab">“) names its pane's day
        self.tab_labels: dict[str, str] = {}

    def add(self, node: LexborNode) -> None:
        position = len(self.order)
        self.order[node.mem_id] = position
        self.nodes.append(node)
        if node.tag in HEADING_TAGS and not in_a_closed_dialog(node):
            self.heading_positions.append(position)
            self.headings.append(node)
        if node.tag in _CAPTION_TAGS:
            self.captions.append(node)
        if node.tag == "a":
            href = node.attributes.get("href") or ""
            if href.startswith("#") and len(href) > 1 and _toggles_a_tab(node):
                self.tab_labels.setdefault(href[1:], visible_text(node))

    @classmethod
    def of(cls, root: LexborNode) -> Outline:
        """The outline of ``root`` and every element under it, for a reader that runs before
        the listing detector builds its own."""
        outline = cls()
        for node in root.traverse(include_text=False):
            outline.add(node)
        return outline

    def headings_before(self, node: LexborNode) -> list[LexborNode]:
        """Headings above ``node`` in document order, nearest first (not those inside it)."""
        position = self.order.get(node.mem_id)
        if position is None:
            return []
        index = bisect.bisect_left(self.heading_positions, position)
        return self.headings[:index][::-1]

    def heading_over_siblings(
        self, node: LexborNode, segments: list[list[LexborNode]]
    ) -> str | None:
        """The heading over a list whose blocks are all children of one element and stand under
        a heading inside that same element: „<div class="post"><div class="info"><h1>Meeting
        Dates</h1>…</div><p>Saturday, January 20, 2024 – 9:00 am</p><p>…“. ``section_heading``
        passes such a heading over (inside the block's own container it may be a card's heading
        above one of its fields); fields of several cards have several parents, so a group of
        three or more siblings whose nearest heading is the one above the first of them is the
        heading's list."""
        first = segments[0][0] if segments and segments[0] else None
        parent = node.parent
        if first is None or parent is None or len(segments) < _SIBLING_LIST_BLOCKS:
            return None
        for segment in segments:
            if not segment or segment[0].parent is None:
                return None
            if segment[0].parent.mem_id != parent.mem_id:
                return None
        headings = self.headings_before(node)[:1]
        above_first = self.headings_before(first)[:1]
        if not headings or not above_first or headings[0].mem_id != above_first[0].mem_id:
            return None
        if inside_an_earlier_twin(headings[0], node):
            return None
        return clean_text(visible_text(headings[0]))

    def section_heading(self, node: LexborNode) -> str | None:
        """The nearest heading above ``node`` that heads its list, not a sibling inside the
        same block (a card's own ``h2`` above its date field titles the card, not the field)."""
        # „<h2>Anmeldetermine Einschulung 2027/2028</h2><h3></h3>“ over the list: a site builder's
        # empty heading module heads nothing; the heading above it heads the list.
        headings = [h for h in self.headings_before(node)[:_HEADINGS_LOOKED_AT] if _says(h)][:2]
        if headings and is_a_tagline(headings[0]):
            # „<h1>Arbeitseinsätze</h1><h2>Unsere Kleingartenanlage … befindet sich im
            # Poisental …</h2>“: the site's description under the page's name heads nothing.
            headings = headings[1:]
        elif page_name_over_a_headline(headings) is not None:
            # „<h1>Santa Baby</h1> … <h2>Ein festliches Matchmaking mit Folgen.</h2>“ over the
            # story and the show's dates: the headline heads the story, the h1 names the dates.
            headings = headings[1:]
        headings = headings[:1]
        container = node.parent
        if not headings or container is None:
            return None
        ancestor = headings[0].parent
        while ancestor is not None:
            if ancestor.mem_id == container.mem_id:
                return None
            ancestor = ancestor.parent
        if inside_an_earlier_twin(headings[0], node):
            return None
        return clean_text(visible_text(headings[0]))


#: How many headings above a block are read for its section heading (empty ones passed over).
_HEADINGS_LOOKED_AT = 4


def _says(heading: LexborNode) -> bool:
    """Whether ``heading`` shows any text („<h3>&nbsp;</h3>“ shows none)."""
    return bool(clean_text(visible_text(heading)))


def in_a_closed_dialog(node: LexborNode) -> bool:
    """Whether ``node`` stands in a dialog the page opens on demand (``role="dialog"``, a
    Bootstrap ``modal`` not shown, a ``<dialog>`` without ``open``): „<h3>Wähle eine
    Terminart</h3>“ of a team app's „create“ dialog heads nothing on the page around it."""
    ancestor = node.parent
    while ancestor is not None and ancestor.tag not in ("body", "html"):
        attributes = ancestor.attributes
        classes = (attributes.get("class") or "").split()
        if (
            attributes.get("role") in ("dialog", "alertdialog")
            or (ancestor.tag == "dialog" and "open" not in attributes)
            or ("modal" in classes and not {"show", "in"} & set(classes))
        ):
            return True
        ancestor = ancestor.parent
    return False


def inside_an_earlier_twin(heading: LexborNode, node: LexborNode) -> bool:
    """Whether ``heading`` stands inside an earlier element built like one that holds ``node``:
    the ``<h2>`` of the card before, when this card's own ``<h2>`` is empty ("Drag Show" cards
    of a venue list), names that other card, not a section this one belongs to."""
    inside: dict[int, LexborNode] = {}  # ancestor id → its child on the way down to the heading
    child = heading
    while child.parent is not None:
        inside[child.parent.mem_id] = child
        child = child.parent
    item = node
    while item.parent is not None and item.tag not in ("body", "html"):
        branch = inside.get(item.parent.mem_id)
        if branch is not None:  # the nearest element holding both
            return (
                branch.mem_id != item.mem_id
                and branch.tag == item.tag
                and branch.attributes.get("class") == item.attributes.get("class")
                and not _only_the_heading(branch, heading)
            )
        item = item.parent
    return False


def _only_the_heading(box: LexborNode, heading: LexborNode) -> bool:
    """A site builder wraps each module in the same box — „<div class="module-container">
    <h2>Anmeldetermine …</h2></div><div class="module-container"><p>…</p><ul>…</ul></div>“: a box
    that shows nothing but its heading is the heading's module, not an earlier card."""
    return clean_text(visible_text(box)) == clean_text(visible_text(heading))


def flatten_nested_definition_lists(body: LexborNode) -> None:
    """A day's ``<dl>`` left open ("<dl><dt>Thu May 14</dt><dd>…</dd>" without ``</dl>``)
    makes the parser nest every later day's ``<dl>`` in it, one level deeper each. A browser
    shows them as one flat list; a ``<dl>`` can only sit in a ``<dl>`` by that error (inside a
    ``<dd>`` it is a real sub-list), so its terms are lifted into the list around it."""
    for nested in reversed(body.css("dl > dl")):
        nested.unwrap()


def _toggles_a_tab(link: LexborNode) -> bool:
    """An in-page link that shows a tab pane (``data-toggle="tab"``, ``role="tab"``, a link in a
    ``nav-tabs`` strip) — not an accordion's toggle („data-toggle="collapse"“: its heading is
    the panel's own, read with it) nor a jump to an anchor."""
    attributes = link.attributes
    toggle = attributes.get("data-toggle") or attributes.get("data-bs-toggle")
    if toggle is not None:
        return toggle in ("tab", "pill")
    if attributes.get("role") == "tab":
        return True
    strip = link.parent.parent if link.parent is not None else None
    return strip is not None and (
        strip.attributes.get("role") == "tablist" or "tabs" in (strip.attributes.get("class") or "")
    )


def find_candidates(body: LexborNode, outline: Outline | None = None) -> list[Candidate]:
    """Sibling groups, ``dt``/``dd`` runs and heading runs of every element under ``body``.

    Sibling groups whose signature names a class are pooled page-wide: a listing split by
    month headings into several ``ul.termine`` is one listing (and a one-item month is part
    of it). Groups inside page furniture pool separately so a sidebar copy cannot drag the
    main listing down.
    """
    candidates: list[Candidate] = []
    pooled: dict[tuple[str, bool], Candidate] = {}
    dated_heading_pools: dict[tuple[int, str, str, bool], Candidate] = {}
    day_box_pools: dict[tuple[str, bool], Candidate] = {}
    in_furniture: dict[int, bool] = {}
    for parent in body.traverse(include_text=False):
        if outline is not None:
            outline.add(parent)
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
        pool_prefix = _pool_prefix(parent, parent_signature, grandparent)
        groups, shown = _sibling_groups(parent, children)
        for key, nodes in groups.items():
            if not nodes:
                continue
            item_signature = f"{parent_signature}>{shown[key]}"
            pool_key = item_signature if "." in item_signature else pool_prefix + item_signature
            if key == _WEEK_CELLS:
                pool_key = f"{item_signature}.[week]"
            segments = [[node] for node in nodes]
            labels = _table_labels(parent) if nodes[0].tag == "tr" else {}
            if labels and "." not in pool_key:
                # "Veranstaltungskalender 2026" and "Vergangene Veranstaltungen": tables under
                # the same header row ("Datum | Veranstaltung | Details") are one listing, and
                # a table of one row is part of it.
                pool_key = f"{pool_key}.[{'|'.join(labels[i] for i in sorted(labels))}]"
            if "." in pool_key:
                pool = pooled.get((pool_key, furniture))
                if pool is None:
                    pooled[(pool_key, furniture)] = Candidate(
                        [parent], segments, item_signature, labels, in_furniture=furniture
                    )
                else:
                    pool.containers.append(parent)
                    pool.segments.extend(segments)
            elif len(nodes) >= MIN_ITEMS:
                candidates.append(
                    Candidate([parent], segments, item_signature, labels, in_furniture=furniture)
                )
            elif nodes[0].tag == "tr" and outline is not None and len(children) == 1:
                outline.lone_rows.append(
                    Candidate([parent], segments, item_signature, labels, in_furniture=furniture)
                )
            elif nodes[0].tag == "li" and outline is not None and len(children) == 1:
                outline.lone_items.append(
                    Candidate([parent], segments, item_signature, labels, in_furniture=furniture)
                )
        candidates.extend(_term_runs(parent, parent_signature, children, furniture))
        candidates.extend(_heading_runs(parent, parent_signature, children, furniture))
        _pool_dated_heading_runs(dated_heading_pools, parent, parent_signature, children, furniture)
        _pool_day_headed_boxes(day_box_pools, parent, parent_signature, children, furniture)
        pairs = _pair_runs(children)
        boxed = not pairs and bool(pairs := dated_box_runs(children, signature))
        if pairs:
            candidates.append(
                Candidate(
                    [parent],
                    pairs,
                    f"{parent_signature}>{signature(pairs[0][0])}+{signature(pairs[0][1])}",
                    pair_row_labels(parent, pairs),
                    in_furniture=furniture,
                    dated_boxes=boxed,
                )
            )
    candidates.extend(pool for pool in pooled.values() if len(pool.segments) >= MIN_ITEMS)
    candidates.extend(
        pool
        for pool in dated_heading_pools.values()
        if len(pool.containers) >= MIN_ITEMS and len(pool.segments) >= MIN_ITEMS
    )
    candidates.extend(
        pool
        for pool in day_box_pools.values()
        if len(pool.containers) >= MIN_ITEMS and len(pool.segments) >= MIN_ITEMS
    )
    if outline is not None:
        outline.lone = [pool for pool in pooled.values() if len(pool.segments) == 1]
    return candidates


def _pool_day_headed_boxes(
    pools: dict[tuple[str, bool], Candidate],
    parent: LexborNode,
    parent_signature: str,
    children: list[LexborNode],
    furniture: bool,
) -> None:
    """Add ``parent``'s runs of day headings to the pool of the boxes built as it is.

    A council's page puts its meetings in two accordions of one build — „Latest Agenda and
    Minutes“ with one meeting („<h3>18 August 2026</h3>“ over its files), „Past Agendas and
    Minutes“ with seven — in sections of their own. The one meeting had no run of headings to
    be a group with, and was lost. Boxes of one class (``div.ebt-accordion-wrapper``) whose
    headings are days and nothing else are one listing wherever they stand."""
    if "." not in parent_signature:
        return
    tags = {child.tag for child in children}  # one pass over the children, not one per level
    for heading_tag in HEADING_TAGS:
        if heading_tag not in tags:
            continue
        headings = [child for child in children if child.tag == heading_tag]
        if not headings or not all(only_a_day(node_text(h) or "") for h in headings):
            continue
        key = (f"{parent_signature}>{heading_tag}+p", furniture)
        runs = end_at_rules(_runs(children, heading_tag))
        pool = pools.get(key)
        if pool is None:
            pools[key] = Candidate([parent], runs, key[0], {}, in_furniture=furniture)
        else:
            pool.containers.append(parent)
            pool.segments.extend(runs)


def _pool_prefix(parent: LexborNode, parent_signature: str, grandparent: LexborNode | None) -> str:
    """A list without classes inside a classed box ("div.month > ul > li", one list per month
    or committee) pools with its siblings' lists under the box's name."""
    if "." in parent_signature:
        return ""
    if grandparent is not None:
        grandparent_signature = signature(grandparent)
        if "." in grandparent_signature:
            return f"{grandparent_signature}>"
        if grandparent.tag == "details":
            # An archive folded by year ("<details><summary>2018</summary><ul>…"): the lists of
            # all folds are one listing, and a year of one concert is part of it (a dotted key
            # pools, as a classed box does).
            return "details.>"
    if grandparent is not None and _under_a_month_heading(parent):
        # „<h2>📅 June 2026 Operations</h2><div><div>…card…</div>…</div><h2>📅 July 2026 …“: a
        # calendar's months, each a heading over a grid of unclassed cards in one box — the
        # grids of all its months are one listing, and a month of one card is part of it.
        return f"month-grids-{grandparent.mem_id}.>"
    if parent.tag == "section":
        # A page's sections of sections („<section><h2>Aktuelle Termine</h2><section><h2>
        # Zeltkirmes 2026</h2><p>… vom 13. bis 16. August 2026 …</p></section>…</section>
        # <section><h2>Vergangene Termine</h2>…“): the inner sections of all are one
        # listing, and a part holding one dated section is part of it.
        return "section.>"
    return ""


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _under_a_month_heading(parent: LexborNode) -> bool:
    """Whether the element right before ``parent`` is a heading naming a month of a year."""
    before = parent.prev
    while before is not None and before.tag in ("-text", "-comment"):
        before = before.prev
    return (
        before is not None
        and before.tag in _HEADINGS
        and MONTH_YEAR.search(visible_text(before)) is not None
    )


def _blank_paragraph(node: LexborNode) -> bool:
    """A paragraph that shows nothing: the block editor's „<p><!-- wp:paragraph --></p>“ and
    „<p>&nbsp;</p>“ spacers between a post's dated lines. They are no rows of its list (dozens of
    them would fill the group's scoring sample before its first dated line)."""
    if node.tag != "p" or visible_text(node).strip():
        return False
    return node.css_first("img, iframe, video, input, svg") is None


def _sibling_groups(
    parent: LexborNode, children: list[LexborNode]
) -> tuple[dict[str, list[LexborNode]], dict[str, str]]:
    """``parent``'s children grouped by their signature (its key folded to lower case), and
    each key's signature as the first child of the group shows it."""
    groups: dict[str, list[LexborNode]] = defaultdict(list)
    shown: dict[str, str] = {}
    for child in children:
        if child.tag not in _NOT_ITEM_TAGS and not _blank_paragraph(child):
            child_signature = signature(child)
            # "tr.RowStyle" and "tr.AlternatingRowStyle" → one group, "tr.RowStyle".
            key = child_signature.lower()
            groups[key].append(child)
            shown.setdefault(key, child_signature)
    if parent.tag == "tr" and days_above(parent) is not None:
        # A month grid's row of event cells under its week's row of day numbers: each
        # cell that holds something is one day's entry, and the weeks of all grids on
        # the page are one listing (cells are columns elsewhere, never items).
        groups[_WEEK_CELLS] = [c for c in children if c.tag == "td" and c.text(strip=True)]
        shown[_WEEK_CELLS] = "td"
    return groups, shown


def _term_runs(
    parent: LexborNode, parent_signature: str, children: list[LexborNode], furniture: bool
) -> list[Candidate]:
    """The ``dt``/``dd`` runs of a ``<dl>``, and those of its sibling ``<dl>`` lists taken
    together."""
    candidates: list[Candidate] = []
    if parent.tag == "dl":
        runs = _runs(children, "dt")
        if len(runs) >= MIN_ITEMS:
            candidates.append(
                Candidate([parent], runs, f"{parent_signature}>dt+dd", {}, in_furniture=furniture)
            )
    dl_children = [child for child in children if child.tag == "dl"]
    if len(dl_children) >= MIN_ITEMS:
        # One <dl> per day ("<dl><dt>Fri May 1</dt><dd>7pm - …</dd></dl>"): each list has
        # too few terms for a group, its siblings' terms together are the listing.
        sibling_runs = [run for dl in dl_children for run in _runs(_elements(dl), "dt")]
        if len(sibling_runs) > max(len(_runs(_elements(dl), "dt")) for dl in dl_children):
            candidates.append(
                Candidate(
                    dl_children,
                    sibling_runs,
                    f"{parent_signature}>{signature(dl_children[0])}>dt+dd",
                    {},
                    in_furniture=furniture,
                )
            )
    return candidates


def _heading_runs(
    parent: LexborNode, parent_signature: str, children: list[LexborNode], furniture: bool
) -> list[Candidate]:
    """One candidate per heading level that opens enough runs of ``parent``'s children."""
    candidates: list[Candidate] = []
    child_tags = [child.tag for child in children]
    # <h1> too: a lab's home page runs its news as <h1> sections of one column (a page's
    # own <h1> has no sibling <h1> to make a group with).
    members = _with_loose_text(parent, children)
    for heading_tag in HEADING_TAGS:
        if child_tags.count(heading_tag) >= MIN_ITEMS:
            if members is not children and _dated_runs(_runs(children, heading_tag)) * 2 < (
                _dated_runs(_runs(members, heading_tag))
            ):
                runs = _runs(members, heading_tag)
                runs = _dates_above_headings(end_at_rules(runs), members)
            else:
                runs = _dates_above_headings(end_at_rules(_runs(children, heading_tag)), children)
            runs = split_at_bold_days(date_headings_open_runs(runs, children))
            runs = day_headings_join_their_names(runs)
            candidates.append(
                Candidate(
                    [parent],
                    runs,
                    f"{parent_signature}>{heading_tag}+p",
                    {},
                    in_furniture=furniture,
                )
            )
    return candidates


def _with_loose_text(parent: LexborNode, children: list[LexborNode]) -> list[LexborNode]:
    """``children`` with the non-blank text nodes between them, when there are any.

    A wiki topic types its sections as bare lines under each heading — „<h2>Sigint Köln</h2>
    <strong>Wann:</strong> 5.-7. Juli 2013 <br><strong>Wo:</strong> KOMED …<br>“ —, so the
    day and the place are text nodes between the run's elements; a run of elements alone
    keeps the labels and loses what they label (the section read undated). The text nodes
    join the runs only where they are what dates them (more than twice as many runs dated
    with them as without): sections whose headings carry the day keep their element runs.
    """
    members = [
        node
        for node in parent.iter(include_text=True)
        if node.tag != "-text" or (node.text(deep=False) or "").strip()
    ]
    return members if len(members) > len(children) else children


def _dated_runs(runs: list[list[LexborNode]]) -> int:
    """How many of ``runs`` tell a date in their text."""
    return sum(
        any(search_date_like(clean_text(visible_text(node)) or "") for node in run) for run in runs
    )


def _pool_dated_heading_runs(
    pools: dict[tuple[int, str, str, bool], Candidate],
    parent: LexborNode,
    parent_signature: str,
    children: list[LexborNode],
    furniture: bool,
) -> None:
    """Add ``parent``'s runs of day-naming headings to the pool of its like siblings.

    A club's year overview gives each month a section of its own — „<section><h2>März</h2>
    <h3>10. März – Jahreshauptversammlung</h3><p>Ort: Feuerwehrhaus …</p><h3>20. März –
    Winterübung</h3>…</section>“ — and most months hold one event, so no section has enough
    headings for a run of its own and the list read as one event (or as the one month of two).
    The sections are one list: in containers of one signature that each open with a month's
    heading, the headings of a lower level that each name a day („15. Januar – Neujahrstreffen“)
    open runs that pool over the sibling containers. A level
    with a heading that names no day (a section's own name, „Bauhof“ under a day heading) is
    not pooled: such sections are events of their own, read as sibling groups.
    """
    grandparent = parent.parent
    if grandparent is None or parent.tag in ("body", "html"):
        return
    for heading_tag in HEADING_TAGS:
        headings = [child for child in children if child.tag == heading_tag]
        if not headings or not all(names_a_day(node_text(h) or "") for h in headings):
            continue
        if not _opened_by_a_month(children, heading_tag) or any(
            _named_right_above(heading) for heading in headings
        ):
            continue  # „<h2>Workshop: …</h2><h3>05.10.2018 um 18 Uhr</h3>“: a day under its name
        key = (grandparent.mem_id, parent_signature, heading_tag, furniture)
        runs = end_at_rules(_runs(children, heading_tag))
        pool = pools.get(key)
        if pool is None:
            pools[key] = Candidate(
                [parent], runs, f"{parent_signature}>{heading_tag}+p", {}, in_furniture=furniture
            )
        else:
            pool.containers.append(parent)
            pool.segments.extend(runs)


def _opened_by_a_month(children: list[LexborNode], heading_tag: str) -> bool:
    """The container opens with a heading of a higher rank that names a month or a day
    („<h2>März</h2>“): a month's section of events. A box that opens with its own day heading
    („<div class="concert_entry"><h4>28. September, 17 Uhr</h4>…“) is an item itself; its
    sibling boxes are the list (a box of two showings is one item of several days)."""
    first = children[0] if children else None
    if first is None or first.tag not in HEADING_TAGS or (first.tag or "") >= heading_tag:
        return False
    text = node_text(first) or ""
    return bool(MONTH_WORD.match(text) or MONTH_YEAR.search(text) or search_date_like(text))


def _named_right_above(heading: LexborNode) -> bool:
    """A heading of a higher rank right above ``heading`` that is no month („Januar“, „März
    2025“) or day: the event's name over its day heading, not a month's over its events."""
    above = heading.prev
    while above is not None and above.tag in ("-text", "br", "hr"):
        above = above.prev
    if above is None or above.tag not in HEADING_TAGS or (above.tag or "") >= (heading.tag or ""):
        return False
    text = node_text(above) or ""
    return not (MONTH_WORD.match(text) or MONTH_YEAR.search(text) or search_date_like(text))


def signature(node: LexborNode) -> str:
    """Tag plus the first stable class: ``li``, ``article.teaser``, ``div.card``.

    Per-item classes (``post-123``, ``category-netzwerk``, ``odd``) are skipped so that the
    blocks of one listing share a signature.
    """
    classes = node.attributes.get("class")
    if not classes:
        return node.tag or ""
    return _signature(node.tag, classes)


@lru_cache(maxsize=4096)
def _signature(tag: str | None, classes: str) -> str:
    # Cached: every element's signature is asked as a child, a parent and a grandparent, and
    # a page repeats a few class lists many times.
    for token in classes.split():
        lowered = token.lower()
        if _HAS_DIGIT.search(lowered) or lowered in _STATE_CLASSES or lowered in _STRIPE_COLOURS:
            continue
        if lowered.startswith(_NOISE_CLASS_PREFIXES):
            continue
        # Zebra stripes ("altRow", "rowAlternate", "AlternatingRowStyle") mark every other
        # row of the same table: the class without the stripe word is the row's signature.
        token = _ZEBRA.sub("", token).strip("-_")
        if len(token) < 2:
            continue
        return f"{tag}.{token}"
    return tag or ""


def _elements(node: LexborNode) -> list[LexborNode]:
    return list(node.iter(include_text=False))


def _runs(children: list[LexborNode], head_tag: str) -> list[list[LexborNode]]:
    """Split siblings into runs that each begin at a ``head_tag`` node (``dt``, ``h3``)."""
    runs: list[list[LexborNode]] = []
    stop_tags = set(HEADING_TAGS)
    for index, child in enumerate(children):
        if child.tag == head_tag:
            runs.append([child])
        elif runs:
            # A heading of a higher level ("h2" < "h3") ends the run of lower ones; any
            # heading ends a term's run (a month heading inside a list left open).
            head = runs[-1][0].tag or "" if runs[-1] else ""
            if child.tag in stop_tags and (head not in stop_tags or (child.tag or "") < head):
                if head in stop_tags and _mislevelled(children, index, head_tag):
                    runs.append([child])
                else:
                    runs.append([])  # closes the run; the empty run is dropped below
            elif runs[-1]:
                runs[-1].append(child)
    return [run for run in runs if run]


def _mislevelled(children: list[LexborNode], index: int, head_tag: str) -> bool:
    """„<h2>16. Treffen</h2><ul>Datum: …</ul><h1>17. Treffen</h1><ul>Datum: …</ul><h2>18.
    Treffen</h2>“: a higher heading between runs of ``head_tag`` whose own lines (up to the next
    heading) hold a date is one more item typed a level too high, not a section heading (a
    section heading, „Vergangene Treffen“, has no dated lines of its own)."""
    own: list[LexborNode] = []
    for child in children[index + 1 :]:
        if child.tag in HEADING_TAGS:
            break
        own.append(child)
    if not own or not any(child.tag == head_tag for child in children[index + 1 :]):
        return False
    return any(search_date_like(clean_text(visible_text(child)) or "") for child in own)


def _dates_above_headings(
    runs: list[list[LexborNode]], children: list[LexborNode]
) -> list[list[LexborNode]]:
    """``<p class="newsDate">09. Mai 2014: 19 Uhr</p><h3>Vortrag …</h3><p>…</p>`` repeated: each
    name's date line stands right above its heading, so a run from one heading to the next
    would end with the next item's date. When the first heading and all but at most one of
    the others have a short date line right above them, that line opens their run instead."""
    if len(runs) < MIN_ITEMS:
        return runs
    before: dict[int, LexborNode] = {}
    for previous, child in pairwise(children):
        before[child.mem_id] = previous
    above = []
    for run in runs:
        line = before.get(run[0].mem_id)
        above.append(line if line is not None and _date_line(line) else None)
    # (Without a date line above the first name, a date below each name ("<h5>Wahlversammlung
    # </h5><p>19.01.2027 um 19:00 Uhr …</p>") is its own, not the next one's.)
    return opened_by_what_stands_above(runs, above)


_DATE_LINE_CHARS = 120  # a date line, not a paragraph that mentions a day


def _date_line(node: LexborNode) -> bool:
    """A short element that is no heading and states a day or a clock time ("23. November
    2013: 13 Uhr und 15 Uhr", "jeden Freitag: 14 Uhr", "täglich: 11 Uhr, 14 Uhr")."""
    if node.tag in HEADING_TAGS:
        return False
    text = node_text(node) or ""
    return 0 < len(text) <= _DATE_LINE_CHARS and bool(
        search_date_like(text) or TIME_LIKE.search(text)
    )


def _pair_runs(children: list[LexborNode]) -> list[list[LexborNode]]:
    """Flat items of two classed sibling boxes each, without a box per item.

    ``<div class="box_heading">24.04. - 03.05.</div><div class="box_content">Fehringer</div>``
    repeated under one parent: no element holds an item, so no sibling group does either;
    the pair (head box, body box) is the item. Only strictly alternating runs of two
    different classed signatures count, at least ``MIN_ITEMS`` pairs in one run; other
    siblings (a picture, a heading) end a run, and every run of the same pair under the
    parent is part of the listing.
    """
    found: list[list[LexborNode]] = []
    key: tuple[str, str] | None = None
    run: list[list[LexborNode]] = []
    longest = 0
    index = 0
    while index + 1 < len(children):
        head, body = children[index], children[index + 1]
        pair = (signature(head), signature(body))
        if "." in pair[0] and "." in pair[1] and pair[0] != pair[1] and key in (None, pair):
            key = pair
            run.append([head, body])
            index += 2
            continue
        if run:
            found.extend(_with_last_unruled(run, children, index))
            longest = max(longest, len(run))
            run = []
        index += 1
    found.extend(_with_last_unruled(run, children, index))
    longest = max(longest, len(run))
    return found if longest >= MIN_ITEMS else []


def _with_last_unruled(
    run: list[list[LexborNode]], children: list[LexborNode], index: int
) -> list[list[LexborNode]]:
    """A run of (item, rule) pairs — „<div class="row">…</div><hr class="blockspace">“ after
    each programme slot — whose last item has no rule after it („AFTERWORK / COMMUNITY“ closes
    the day): that item is the run's last block, alone."""
    if not run or index >= len(children):
        return run
    head, rule = run[-1]
    last = children[index]
    if signature(last) != signature(head) or (node_text(rule) or "").strip():
        return run
    if rule.tag not in ("hr", "br"):
        return run
    return [*run, [last]]


def _table_labels(parent: LexborNode) -> dict[int, str]:
    table = parent if parent.tag == "table" else parent.parent
    if table is None or table.tag != "table":
        return {}
    return table_column_labels(table.css("tr")[:3])


def has_link_or_date(node: LexborNode) -> bool:
    if _has_link(node):
        return True
    # The clean line: "05" and "Apr" in boxes of their own, indented on lines of their own,
    # are one day ("05 Apr"), as a reader sees them side by side.
    text = node_text(node) or ""
    if search_date_like(text) is not None:
        return True
    # A group's card that meets weekly: "Wichtel" / "Samstag, 14:00 Uhr"; a weekly timetable's
    # row "Montag | 19:00 | - | 20:30 | Chor Übung".
    if node.tag == "tr":
        return weekly_row_line(node) is not None
    return (
        len(text) < _WEEKLY_CARD_CHARS
        and may_hold_a_weekly_line(text)
        and any(weekly_rule(line) is not None for line in text_chunks([node]))
    )


def _has_link(node: LexborNode) -> bool:
    # The block's links are read again (``_links``) if it is scored: one query serves both.
    return (node.tag == "a" and "href" in node.attributes) or bool(css_matches(node, "a[href]"))


def is_furniture(node: LexborNode) -> bool:
    if node.tag in _FURNITURE_TAGS:
        return True
    attributes = node.attributes
    if not attributes:
        return False
    if attributes.get("role") in ("navigation", "menu", "menubar", "tablist"):
        return True
    names = f"{attributes.get('class') or ''} {attributes.get('id') or ''}".split()
    return any(_is_furniture_name(name) for name in names)


def _is_furniture_name(name: str) -> bool:
    """Whole class names decide: ``widget``, ``site-footer``, ``mainNav``, ``list-group`` are
    furniture; ``elementor-widget-container`` or ``has-sidebar-active`` are not.

    A compound name counts by its first or last word (``nav-wrapper``, ``railNav``,
    ``footer-widgets``), some words only as the whole name (``widget``, ``meta``, ``tags``).
    """
    lowered = name.lower()
    if lowered in _FURNITURE_NAMES or lowered in _FURNITURE_WORDS:
        return True
    words = [w.lower() for w in _NAME_WORDS.findall(name)]
    if len(words) < 2 or words[0] in _LAYOUT_STATE_WORDS:
        return False
    if words[0] in _FURNITURE_WORDS or words[-1] in _FURNITURE_WORDS:
        return True
    # "main_nav_list": the telling word sits between words any container carries.
    core = telling_words(words)
    return 0 < len(core) < len(words) and (
        core[0] in _FURNITURE_WORDS or core[-1] in _FURNITURE_WORDS
    )
