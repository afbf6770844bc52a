"""Links that a label introduces as something about the item, not the item itself.

"Dienstag, 17. Juli, 18 Uhr: Sommerfest, Bollschweil<br> Bericht: <a>Lauschiges Fest zum
Auftakt</a>": the link opens a newspaper's report on the concert (or its poster, its photos, the
tourist office's page), and its words are the report's headline. A row titled by that link names
the article, not the event; the row's own text does.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.place_labels import TERM_WORDS

# The label alone on its line before the link: "Bericht:", "Vorbericht:", "Fotos:", "Review:".
_DOCUMENT_LABEL = lazy_re.compile(
    r"(?:vor|nach|presse)?berichte?|presse(?:artikel|stimmen|spiegel)?|artikel|rückblick|"
    r"fotos?|bilder|bildergalerie|galerie|plakat|flyer|videos?|audio|quelle|"
    r"reviews?|press|photos?|pictures|reports?|source|poster",
    re.IGNORECASE,
)
# Inline elements that may stand between the label and the link on one line.
_INLINE = frozenset({"-text", "span", "em", "i", "b", "strong", "small", "font", "u"})


def is_labelled_document_link(link: LexborNode) -> bool:
    """Whether the text on ``link``'s line before it is only a document label ("Bericht:")."""
    before = []
    node = link.prev
    while node is not None and node.tag in _INLINE:
        before.append(node.text() or "")
        node = node.prev
    text = " ".join(reversed(before)).strip()
    if not text.endswith(":"):
        return False
    return bool(_DOCUMENT_LABEL.fullmatch(text[:-1].strip()))


# „Location:“, „Ort“, „Wo?“: a place's label alone in the cell (or term) before the link's.
_PLACE_TERM = lazy_re.compile(rf"^\W*(?:{TERM_WORDS})\s*[:：?]?\s*$", re.IGNORECASE)
_CELL_TAGS = frozenset({"td", "th", "dd"})


def is_place_labelled_link(link: LexborNode) -> bool:
    """Whether ``link`` is the value of a place label: „<td>Location:</td><td><font><a>Badisch
    Brauhaus</a></font><br>Stephanienstr. 38-40</td>“ — the link names where the event is held
    (the venue's page), not the event; or „Ort: <a>Bürgerhaus</a>“ on one line."""
    before = []
    node = link.prev
    while node is not None and node.tag in _INLINE:
        before.append(node.text() or "")
        node = node.prev
    if _PLACE_TERM.match(" ".join(reversed(before))) and "".join(before).strip():
        return True
    cell = link.parent
    while cell is not None and cell.tag in _INLINE | {"a", "font"}:
        cell = cell.parent
    if cell is None or cell.tag not in _CELL_TAGS:
        return False
    label = cell.prev
    while label is not None and not label.is_element_node:
        label = label.prev
    return label is not None and bool(_PLACE_TERM.match(label.text() or ""))


# „<a>Schloss Hohenfels</a> am 29.-30.6.2025 Soziale Dreigliederung durch das Erleben …“: after the
# link, the day, then words that name something.
_DAY_THEN_NAME = lazy_re.compile(
    r"^\W*(?:(?:am|vom|on)\s+)?(?P<day>\d{1,2}\.[\d.\s–-]*\d)\s+(?P<name>.+)$", re.I
)
_MIN_NAME_WORDS = 3


def names_the_host_before_the_day(href: str, base_url: str, text: str, line: str) -> bool:
    """Whether the link ``text`` to another site's start page opens ``line`` and the line goes on
    with a day and a name: the link names the venue or the host of what the line names (a
    performer's or a conference's own site, linked by its name, still names the offering)."""
    if not is_other_sites_home(href, base_url) or not line.startswith(text):
        return False
    match = _DAY_THEN_NAME.match(line[len(text) :])
    return match is not None and len(re.findall(r"[^\W\d_]{2,}", match["name"])) >= _MIN_NAME_WORDS


def is_other_sites_home(href: str, base_url: str) -> bool:
    """Whether ``href`` leads to another site's start page („<a href="https://www.schloss-
    hohenfels.de/">Schloss Hohenfels</a> am 29.-30.6.2025 Soziale Dreigliederung …“): the link
    names that site — the venue, the host — not the row's offering, which its text names."""
    parts = urlsplit(href.strip())
    if parts.scheme not in ("http", "https") or parts.path not in ("", "/") or parts.query:
        return False
    own = urlsplit(base_url).hostname or ""
    return (parts.hostname or "").removeprefix("www.") != own.removeprefix("www.")
