"""The days of a page's one event, written as bare date lines of one element.

A small theatre's dates page names its play once, in the sentence over a box of days, and writes
the performances as the lines of one element::

    Unser Sommernachtstheater 2012 <b>„Das Haus in Montevideo“</b> … an folgenden Tagen aufgeführt:
    <div class="con"><img …> <strong>Freitag, 17. August 2012</strong><br>
      <img …> <strong>Samstag, 18. August 2012</strong><br> …</div>
    <p>… eine Nachmittagsvorstellung am 19. August um 15 Uhr …<br>
      Alle anderen Aufführungen beginnen wie gewohnt um 20.00 Uhr.</p>

No repeated block holds a name, so the listing detector finds nothing. When the ``<br>`` lines of
one element are two or more dates and nothing else (no link, no words beside the day and its
clock), each is a day of the one event that the nearest bold or quoted words before the element
name („Das Haus in Montevideo“, „unser diesjähriges <strong>Krippenspiel</strong>“). A line's own
clock is its start; else the sentence around the box that names its day with a clock („am 19.
August um 15 Uhr“); else the one start the sentences around state for all („Alle anderen
Aufführungen beginnen … um 20.00 Uhr“, „Die Aufführung beginnt 20.00 Uhr“).

A club's home page shows its production the same way with a label of the box's own: the name set
in large type on a paragraph of its own („<p style="font-size: x-large;">Passwort:
Zeitmaschine</p>“), the blurb, then „<span style="font-size: x-large;">Termine:</span><br>
Samstag, 8. November 2025, 19:00 Uhr<br> …“ and the hall in the paragraph after („<p>Gemeindehalle
Kutzenhausen</p>“). A first line that only labels the dates („Termine:“) belongs to the box; a
paragraph wholly set in bold or large type is a name like bold words are, and under a label the
box is a section of its own, so such a headline is preferred to words quoted in the prose between
(„Das Abenteuer „Time Travel“ beginnt.“). A short line right after the box that names a venue is
where the days are held, when the naming sentence says no place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.block_text import HEADING_TAGS, names_a_day
from netdir.extract.bold_sections import Line, br_lines
from netdir.extract.calendar_days import day_and_month
from netdir.extract.context import PageContext, clean_text, set_field
from netdir.extract.date_cues import DATE_LIKE, DATE_PHRASE, TIME_LIKE
from netdir.extract.inline_text import visible_text
from netdir.extract.lead_times import shared_start
from netdir.extract.place_lines import names_a_venue_word
from netdir.extract.sentence_places import place_in_sentence, sentence_of
from netdir.extract.title_text import is_junk_title
from netdir.records import RawRecord

EXTRACTOR = "listing"
_MIN_LINES = 2
_STRAY = 3  # a bullet or a trailing comma beside the date
_LEVELS = 3  # the element, its box and the box's container
_SIBLINGS = 6  # nodes before (or after) it on each level
_AROUND_CHARS = 400  # a sentence around the box, not an article
_NAME_WORDS = 8
_NAME_CHARS = 60
_BOLD = frozenset({"b", "strong"})
# „Termine:“, „Aufführungen:“, „Spieltermine:“: a first line that only labels the dates below.
_DATES_LABEL = lazy_re.compile(
    r"^(?:(?:unsere|die|alle)\s+)?(?:\w*termine|aufführungen|vorstellungen|daten|dates|"
    r"performances|showtimes)\s*:$",
    re.IGNORECASE,
)
# „font-size: x-large“, „font-size: 1.5em“, „font-size: 24px“: type set well above the text's
# (a subtitle's „large“ is not a headline).
_LARGE_TYPE = lazy_re.compile(
    r"font-size\s*:\s*(?:x+-large|(?:1\.[5-9]|[2-9](?:\.\d+)?)\s*(?:em|rem)|[2-9]\d\s*px)",
    re.IGNORECASE,
)
# „📆 Unsere nächsten digitalen Onboarding-Termine:“: a line that labels the dates after it and
# names their kind in its compound („Onboarding-Termine“ → „Onboarding“), after a symbol, „unsere
# nächsten“ and up to two more words
_KIND_LABEL = lazy_re.compile(
    r"^[^\w\s]{0,2}\s*(?i:(?:unsere|die)\s+)?(?i:(?:nächsten|kommenden|weiteren|neuen)\s+)?"
    r"(?:[a-zäöüß]+\s+){0,2}(?P<kind>[A-ZÄÖÜ][\w]*(?:-[A-ZÄÖÜ]?[\w]+)*)-Termine\s*:$"
)
_VENUE_CHARS = 80  # a hall and its town, not a paragraph
_HEADLINE_SIBLINGS = 12  # the story told between the headline and the dates may run long
_QUOTED = lazy_re.compile(r"[„“\"»](?P<name>[^„“”\"«»]{2,60})[“”\"«]")
# „am 19. August um 15 Uhr“: a clock right after a day the sentence names.
_DAY_CLOCK = lazy_re.compile(
    r"\s*(?:,\s*)?(?:um|ab)\s+(?P<time>(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?)\s*Uhr\b"
)


def extract_date_lines(tree: LexborHTMLParser, context: PageContext) -> list[RawRecord]:
    """One record per date line of the page's first element whose ``<br>`` lines are only
    dates, named by the bold or quoted words before it (see the module docstring); [] when
    no element is."""
    body = tree.body
    if body is None:
        return []
    for element in _elements_with_breaks(body):
        lines = _date_lines(element)
        if lines is None:
            continue
        days, labelled = lines
        named = (_headline_before(element) if labelled else None) or _name_before(element)
        if named is None:
            continue
        name, node = named
        place = place_in_sentence(sentence_of(node)) or _venue_after(element)
        return [_record(name, day, element, context, place) for day in days]
    return []


def dates_under_their_kind(tree: LexborHTMLParser, context: PageContext) -> list[RawRecord]:
    """A post's closing lines „📆 Unsere nächsten digitalen Onboarding-Termine:<br>🕘 30.05. –
    22:00 Uhr<br>🕕 11.06. – 18:00 Uhr<br>…“: the lines after a label that names the dates' kind,
    to the element's end, two or more and each one date and nothing else (a symbol before it), one
    record each named by that kind. The lines before the label (the post's text) may be anything;
    a page that is an article offering nothing else still offers these."""
    body = tree.body
    if body is None or "-termine" not in (body.text(deep=True) or "").casefold():
        return []  # no label of the kind anywhere: no element's lines to split
    for element in _elements_with_breaks(body):
        lines = br_lines(element)
        labels = [at for at, line in enumerate(lines) if _KIND_LABEL.match(line.text)]
        if not labels:
            continue
        label = _KIND_LABEL.match(lines[labels[-1]].text)
        days = _only_dates(lines[labels[-1] + 1 :])
        if label is None or days is None:
            continue
        return [_record(label["kind"], day, element, context, None) for day in days]
    return []


def _only_dates(lines: list[Line]) -> list[str] | None:
    """The lines' texts when there are two or more, none a link, each one date and nothing
    else."""
    if len(lines) < _MIN_LINES or any(line.link for line in lines):
        return None
    days: list[str] = []
    for line in lines:
        match = DATE_PHRASE.search(line.text)
        if match is None or not names_a_day(match.group(0)):
            return None
        if len(line.text) - len(match.group(0)) > _STRAY:
            return None
        days.append(line.text)
    return days


def _elements_with_breaks(body: LexborNode) -> Iterator[LexborNode]:
    """Each element that holds a ``<br>`` of its own, once, in document order."""
    seen: set[int] = set()
    for br in body.css("br"):
        element = br.parent
        if element is None or element.mem_id in seen:
            continue
        seen.add(element.mem_id)
        yield element


def _date_lines(element: LexborNode) -> tuple[list[str], bool] | None:
    """The element's lines when there are two or more and each is one date and nothing else
    (after a first line that only labels them, „Termine:“), and whether that label was there."""
    lines = br_lines(element)
    labelled = bool(lines) and _DATES_LABEL.match(lines[0].text) is not None
    if labelled:
        lines = lines[1:]
    days = _only_dates(lines)
    return (days, labelled) if days is not None else None


def _name_before(element: LexborNode) -> tuple[str, LexborNode] | None:
    """The nearest bold or quoted words before ``element`` and the node holding them (a
    heading ends the search)."""
    for node in _nodes_around(element, forward=False):
        if node.is_element_node and node.tag in HEADING_TAGS:
            return None
        for candidate in _named_in(node):
            if _is_a_name(candidate):
                return candidate, node
    return None


def _headline_before(element: LexborNode) -> tuple[str, LexborNode] | None:
    """The nearest element before ``element`` whose whole text is set in bold or large type and
    is a name (a heading ends the search)."""
    for node in _nodes_around(element, forward=False, siblings=_HEADLINE_SIBLINGS):
        if not node.is_element_node:
            continue
        if node.tag in HEADING_TAGS:
            return None
        text = (clean_text(visible_text(node)) or "").strip()
        if _is_a_name(text) and _set_apart(node, text):
            return text, node
    return None


def _set_apart(node: LexborNode, text: str) -> bool:
    """Whether all of ``node``'s text is bold or in large type (its own style or its one
    child's)."""
    for part in (node, *(child for child in node.iter() if child.is_element_node)):
        if (clean_text(visible_text(part)) or "").strip() != text:
            continue
        if part.tag in _BOLD or _LARGE_TYPE.search(part.attributes.get("style") or ""):
            return True
    return False


def _venue_after(element: LexborNode) -> str | None:
    """The short line right after the box when it names a venue („Gemeindehalle
    Kutzenhausen“)."""
    for node in _nodes_around(element, forward=True):
        text = clean_text(visible_text(node) if node.is_element_node else node.text()) or ""
        text = text.strip()
        return text if len(text) <= _VENUE_CHARS and names_a_venue_word(text) else None
    return None


def _named_in(node: LexborNode) -> Iterator[str]:
    """Bold texts and quoted words of a node, the last first (the nearest to the box)."""
    texts: list[str] = []
    if node.is_element_node:
        bolds = [node] if node.tag in _BOLD else list(node.css("b, strong"))
        texts.extend(visible_text(bold) for bold in bolds)
        whole = visible_text(node)
    else:
        whole = node.text() or ""
    texts.extend(match.group("name") for match in _QUOTED.finditer(whole))
    for text in reversed(texts):
        yield (clean_text(text) or "").strip('„“”"»« ')


def _is_a_name(text: str) -> bool:
    return (
        0 < len(text) <= _NAME_CHARS
        and len(text.split()) <= _NAME_WORDS
        and DATE_LIKE.search(text) is None
        and TIME_LIKE.search(text) is None
        and not is_junk_title(text)
    )


def _nodes_around(
    element: LexborNode, *, forward: bool, siblings: int = _SIBLINGS
) -> Iterator[LexborNode]:
    """The nodes before (or after) ``element`` and its two containers, nearest first; empty
    text and spacer elements skipped."""
    container: LexborNode | None = element
    for _ in range(_LEVELS):
        if container is None:
            return
        node = container.next if forward else container.prev
        seen = 0
        while node is not None and seen < siblings:
            text = visible_text(node) if node.is_element_node else (node.text() or "")
            if text.strip() or (node.is_element_node and node.tag in HEADING_TAGS):
                seen += 1
                yield node
            node = node.next if forward else node.prev
        container = container.parent


def _texts_around(element: LexborNode) -> list[str]:
    """The short texts after and before the box, those after first (where pages put the
    hours of the days they list)."""
    texts: list[str] = []
    for forward in (True, False):
        for node in _nodes_around(element, forward=forward):
            text = visible_text(node) if node.is_element_node else (node.text() or "")
            if len(text) <= _AROUND_CHARS:
                texts.append(clean_text(text) or "")
    return texts


def _record(
    name: str, line: str, element: LexborNode, context: PageContext, place: str | None
) -> RawRecord:
    record = context.new_record(EXTRACTOR, name, confidence=0.5)
    record.field_sources["title"] = "listing:bold or quoted name before the date lines"
    date_text, where = line, "listing:a date line of the box"
    if not TIME_LIKE.search(line):
        texts = _texts_around(element)
        if time := _clock_of_the_day(line, texts):
            date_text, where = f"{line}, {time}", f"{where} + time:a sentence naming its day"
        elif time := next(filter(None, map(shared_start, texts)), None):
            date_text, where = f"{line}, {time}", f"{where} + time:the start stated for all"
    set_field(record, "date_text", date_text, where)
    if place is not None:
        set_field(record, "location_text", place, "listing:place the name's sentence states")
    return record


def _clock_of_the_day(line: str, texts: list[str]) -> str | None:
    """„15 Uhr“ when a text around names the line's day with a clock („am 19. August um 15
    Uhr“)."""
    day = day_and_month(line)
    if day is None:
        return None
    for text in texts:
        for match in DATE_LIKE.finditer(text):
            if day_and_month(match.group(0)) != day:
                continue
            if clock := _DAY_CLOCK.match(text, match.end()):
                return f"{clock.group('time')} Uhr"
    return None
