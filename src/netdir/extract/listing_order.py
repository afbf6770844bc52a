"""Which of the listing detector's scored groups is read first when two read the same blocks.

Scores alone prefer a day's group of several events over its rows, undated paragraphs over the
same paragraphs read as dated blocks; these reorderings put the reading a person sees first.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import node_text
from netdir.extract.date_cues import search_date_like
from netdir.extract.listing_groups import MIN_ITEMS, SCORING_SAMPLE, Candidate

_FINER_SCORE_SHARE = 0.9  # a group of rows inside the best group's blocks, scoring this share
_FINER_MORE_BLOCKS = 1.5  # ... with this many times its blocks
_FINER_DATED = 0.8  # ... and this share dated, is read instead
# A fully dated group over the same paragraphs as an undated best one wins at this share of its
# score (``dated_reading_first``).
_DATED_READING_SHARE = 0.85
# A fully dated group whose one block holds the whole best group wins at this share of its score
# (``whole_blocks_first``): a near tie.
_WHOLE_BLOCK_SHARE = 0.9
# A fully dated group of lines that splits the dated sections of the best group wins at this
# share of its score (``_splits_the_dated_sections``): the sections score as well as their lines.
_SPLIT_SECTIONS_SHARE = 0.8
# The lines that split a section are lines of their own, not inline parts of one line.
_LINE_TAGS = frozenset({"li", "p", "div", "tr", "dd", "dt", "article", "section"})


def finer_first(considered: list[Candidate]) -> list[Candidate]:
    """A day's group of several events ("Di 01.12.2026" above three rows) scores like one item
    of a list of days; when the rows inside those groups score nearly as well and are many more,
    each row is an event and the finer group is read instead of only each day's first row."""
    if len(considered) < 2:
        return considered
    best = considered[0]
    for finer in considered[1:]:
        if finer.score < _SPLIT_SECTIONS_SHARE * best.score:
            break
        if finer.score < _FINER_SCORE_SHARE * best.score:
            if finer.dated_share == 1.0 and _splits_the_dated_sections(best, finer):
                return [finer, *(c for c in considered if c is not finer)]
            continue
        if _parts_of_each_event(best, finer) or _more_only_from_elsewhere(best, finer):
            continue
        roots = {n.mem_id for segment in best.segments for n in segment}
        # Inside the best group's blocks, or the very paragraphs its heading runs are made of
        # ("<h3>Vereinsleben</h3>" over four dated paragraphs, each an event).
        members = all(segment[0].mem_id in roots for segment in finer.segments)
        if (
            len(finer.segments) >= _FINER_MORE_BLOCKS * len(best.segments)
            and finer.dated_share >= _FINER_DATED
            and (members or (inside_any(finer, roots) and _held_by_most(best, finer)))
        ) or (finer.dated_share == 1.0 and _splits_every_block(best, finer)):
            return [finer, *(c for c in considered if c is not finer)]
    return considered


def whole_boxes_first(considered: list[Candidate]) -> list[Candidate]:
    """The mirror of ``finer_first``: a page of few boxes, each a day paragraph and a name
    paragraph, scores its paragraphs a little above its boxes (more blocks repeat). When a
    near-tying group of fewer blocks reads each of its boxes' names and days from two different
    blocks of the best group (``_parts_of_each_event``), the boxes are the events."""
    if len(considered) < 2:
        return considered
    best = considered[0]
    for whole in considered[1:]:
        if whole.score < _FINER_SCORE_SHARE * best.score:
            break
        if len(whole.segments) < len(best.segments) and _parts_of_each_event(whole, best):
            return [whole, *(c for c in considered if c is not whole)]
    return considered


def _parts_of_each_event(best: Candidate, finer: Candidate) -> bool:
    """Whether the best group reads most of its boxes' names and days from two different blocks
    of the finer group: „<div class="event"><p>26. Nov. 24, 19:30 - 22:00<br><em>Rathaus</em>
    </p><p><strong>Parteiversammlung</strong></p></div>“ — the day's paragraph and the name's
    paragraph are the finer group's blocks, the parts of one event each, not the rows of a day's
    events (a day's rows each name their own event; the day above them is no row)."""
    segments = best.segments[: len(best.readings)]
    if not segments:
        return False
    owners = {node.mem_id: index for index, segment in enumerate(segments) for node in segment}
    parts: dict[int, list[str]] = {}
    for segment in finer.segments:
        node = segment[0].parent
        while node is not None and node.mem_id not in owners:
            node = node.parent
        if node is not None:
            text = " ".join(" ".join(node_text(n) or "" for n in segment).split())
            parts.setdefault(owners[node.mem_id], []).append(text)
    split = 0
    for index, reading in enumerate(best.readings):
        texts = parts.get(index, [])
        day = search_date_like(reading.date_text or "")
        if len(texts) < 2 or not reading.title or day is None:
            continue
        named = {i for i, text in enumerate(texts) if reading.title in text}
        dated = {i for i, text in enumerate(texts) if day.group(0) in text}
        if named and dated and not named & dated:
            split += 1
    return 2 * split > len(best.readings)


def dated_reading_first(considered: list[Candidate], min_score: float) -> list[Candidate]:
    """The same paragraphs read two ways: as undated paragraphs, each named by the longest link
    in its prose (a programme's speakers), or as dated blocks, each a heading over its
    paragraph („<h3>Publikationsworkshop</h3><p>…</p>“ under „<h2>Dienstag, 10. März
    2015</h2>“). When the best group dates none of its blocks and a group made of the same
    paragraphs dates all of its own and scores nearly as well, that group is the list."""
    if len(considered) < 2 or considered[0].dated_share > 0:
        return considered
    best = considered[0]
    for other in considered[1:]:
        if other.score < max(min_score, _DATED_READING_SHARE * best.score):
            break
        if other.dated_share == 1.0 and overlaps(other, best):
            return [other, *(c for c in considered if c is not other)]
    return considered


def whole_blocks_first(considered: list[Candidate]) -> list[Candidate]:
    """A list of talks, each block a day, the talk's name and links to its poster, flyer, press
    text and slides („Aushang Dezember 2012“, „Flyer Dezember 2012“, „html5-Folien“): the links
    of one block repeat too, and a few name a month, so they score as well as the talks. A
    group that lies wholly inside one block of a near-tying group that dates every block is
    that block's parts (its downloads); the group of dated blocks is the list."""
    if len(considered) < 2 or considered[0].dated_share >= 1.0:
        return considered
    best = considered[0]
    for other in considered[1:]:
        if other.score < _WHOLE_BLOCK_SHARE * best.score:
            break
        if other.dated_share == 1.0 and _inside_one_block(best, other):
            return [other, *(c for c in considered if c is not other)]
    return considered


def _inside_one_block(inner: Candidate, outer: Candidate) -> bool:
    """Whether every block of ``inner`` lies inside the same block of ``outer``."""
    owners = {
        node.mem_id: index for index, segment in enumerate(outer.segments) for node in segment
    }
    held = _owning_blocks(inner, owners)
    return held is not None and len(held) == 1


def _held_by_most(best: Candidate, finer: Candidate) -> bool:
    """Whether the finer group's rows lie in at least half of the best group's blocks: a day's
    rows fill most days. Rows in one or two blocks of six are lists inside those blocks' texts
    (a service's themes „Caring (30th August)“, a course's „Starts:“/„Ends:“ lines), not
    the events the blocks group. Only a best group that dates its blocks is such a list of
    events: one that dates few is the page's columns, whose one table of dated rows is the list."""
    if best.dated_share < _FINER_DATED:
        return True
    owners = {node.mem_id: index for index, segment in enumerate(best.segments) for node in segment}
    held = _owning_blocks(finer, owners)
    return held is None or 2 * len(held) >= len(best.segments)


def _splits_every_block(best: Candidate, finer: Candidate) -> bool:
    """Every block of ``best`` holds blocks of ``finer`` and some hold two or more: a
    calendar's day boxes over their events („17 Do“ over a 17:30 and a 19:30 lecture). Read
    as day boxes, a day's second event was lost however few days hold two."""
    if len(finer.segments) <= len(best.segments):
        return False
    owners = {segment[0].mem_id: index for index, segment in enumerate(best.segments)}
    held = _owning_blocks(finer, owners)
    return held is not None and len(held) == len(best.segments)


def _splits_the_dated_sections(best: Candidate, finer: Candidate) -> bool:
    """Heading sections over lists of dated lines („<h1>Sitzungen</h1>“ over two meetings' days,
    „<h1>In Aktion</h1>“ over one): read as sections, each keeps one of its days. The lines lie
    in the sections that state a day, some section holds two or more, and a section left
    without lines states none (the page's own title heading)."""
    segments = best.segments
    if len(segments) > SCORING_SAMPLE or len(best.readings) != len(segments):
        return False
    if any(segment[0].tag not in _LINE_TAGS for segment in finer.segments):
        return False  # „<time>8. September</time> bis <time>10. September</time>“: one line
    owners = {node.mem_id: index for index, segment in enumerate(segments) for node in segment}
    held = _held_by(finer, owners)
    if held is None or len(finer.segments) <= len(set(held)):
        return False
    dated = {index for index, reading in enumerate(best.readings) if reading.date_text}
    return bool(dated) and dated <= set(held)


def _more_only_from_elsewhere(best: Candidate, finer: Candidate) -> bool:
    """The finer group splits none of the best group's blocks — each holds at most one of its
    rows — and its other rows lie outside them: the date badges of an upcoming list („Sep“ /
    „11“ in each of four meetings) pooled with the like badges of the minutes list below it
    outnumber the four meetings, though they split no meeting. More blocks from another list
    are no finer reading of these events; blocks of the best group's own list that it left out
    (every third post of a grid, closed by its clearfix, read as the best group) make the finer
    group the whole list."""
    owners = {node.mem_id: index for index, segment in enumerate(best.segments) for node in segment}
    lists = {container.mem_id for container in best.containers}
    inside: list[int] = []
    outside = 0
    for segment in finer.segments:
        node: LexborNode | None = segment[0]  # a block of the best group itself, or in one
        while node is not None and node.mem_id not in owners:
            if node.mem_id in lists:
                return False  # a block of the best group's own list it left out: the finer is whole
            node = node.parent
        if node is None:
            outside += 1
        else:
            inside.append(owners[node.mem_id])
    return outside > 0 and len(inside) == len(set(inside))


def _held_by(inner: Candidate, owners: dict[int, int]) -> list[int] | None:
    """For each of ``inner``'s blocks, the index of the block (``owners``: any node's id → its
    block) it lies in; None when one lies in none of them."""
    held: list[int] = []
    for segment in inner.segments:
        node = segment[0].parent
        while node is not None and node.mem_id not in owners:
            node = node.parent
        if node is None:
            return None
        held.append(owners[node.mem_id])
    return held


def _owning_blocks(inner: Candidate, owners: dict[int, int]) -> set[int] | None:
    """The blocks (``owners``: a node's id → its block's index) that hold ``inner``'s blocks,
    each found from the block's first node upward; None when one lies outside all of them."""
    held = _held_by(inner, owners)
    return set(held) if held is not None else None


def overlaps(candidate: Candidate, other: Candidate) -> bool:
    """Whether one group's blocks lie inside (or are) the other's. A block of a heading run
    is all its nodes: the list under "<h2>Workshops</h2>" is inside that run."""
    mine = {node.mem_id for segment in candidate.segments for node in segment}
    theirs = {node.mem_id for segment in other.segments for node in segment}
    if mine & theirs:
        return True
    return inside_any(candidate, theirs) or inside_any(other, mine)


def overlaps_the_items(candidate: Candidate, chosen: Candidate) -> bool:
    """``overlaps``, leaving out a block of ``chosen`` that only wraps its other blocks.

    A class that styles no list pools blocks of any size: the page's content box „<div
    class="relative backdrop-blur-2xl">“ beside a timeline's cards „<div class="relative flex
    gap-4">“, which it holds. The cards are the list; the box around them also holds the
    programme's box of all-day cards, a list of its own that must not count as lying inside
    the timeline. A wrapper is a block holding two or more of its group's blocks and a heading
    that outranks theirs (an item holding items, a meeting's row over its joint sessions, names
    itself at their rank)."""
    if not overlaps(candidate, chosen):
        return False
    items = [segment for segment in chosen.segments if not _wraps_the_others(segment, chosen)]
    if len(items) == len(chosen.segments):
        return True
    mine = {node.mem_id for segment in candidate.segments for node in segment}
    theirs = {node.mem_id for segment in items for node in segment}
    if mine & theirs or inside_any(candidate, theirs):
        return True
    return any(_under(segment[0], mine) for segment in items[:SCORING_SAMPLE])


def _wraps_the_others(segment: list[LexborNode], group: Candidate) -> bool:
    if len(segment) != 1:
        return False
    block = segment[0]
    held = [
        other[0]
        for other in group.segments
        if other is not segment and _under(other[0], {block.mem_id})
    ]
    if len(held) < MIN_ITEMS:
        return False
    held_ids = {node.mem_id for node in held}
    own = inner = 7
    for heading in block.css("h1, h2, h3, h4, h5, h6"):
        rank = int((heading.tag or "h7")[1])
        if _under(heading, held_ids):
            inner = min(inner, rank)
        else:
            own = min(own, rank)
    return own < inner


def _under(node: LexborNode, roots: set[int]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.mem_id in roots:
            return True
        parent = parent.parent
    return False


def inside_any(candidate: Candidate, roots: set[int]) -> bool:
    for segment in candidate.segments[:SCORING_SAMPLE]:
        node = segment[0].parent
        while node is not None and node.tag not in ("body", "html"):
            if node.mem_id in roots:
                return True
            node = node.parent
    return False
