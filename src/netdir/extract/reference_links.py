"""A link into a section of another page of the site names a detail described there, not the row.

A block without a heading is titled by its longest link, and a link that is its whole line
stays the title (``prose_links``). A congress's programme row, though, opens with the point's
bold name and links what the site describes on its other pages::

    <td><b>Willkommen in Baden-Württemberg</b><br/>
        <a href="/locations#Kaufhaus"> Get together im Historischen Kaufhaus</a></td>
    <td><b>FREIBURG, wie für Sie gemacht: Sie haben die Wahl!</b><br/><br/>
        <a href="/info#geschichte">Fachexkursionen Freiburger Geschichte …</a><br/><br/> …</td>

The links lead to a paragraph of the page of places and to the excursions on the page of the
side programme: the venue, the options to choose. The bold line that opens the link's cell
names the programme point. A link to an event's own page (no fragment) or to a section of this
very page (a programme's talk details further down) still names the row.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import node_text
from netdir.extract.inline_text import visible_text
from netdir.extract.prose_links import is_bold

# The elements that hold one cell or line of a row: the link's own box.
_CELLS = frozenset({"td", "th", "li", "dd", "dt", "p", "div"})
_MIN_NAME_WORDS = 2  # „Konzert“ in bold over the linked name is the kind, not the name


def into_another_page(href: str | None, base_url: str) -> bool:
    """Whether ``href`` leads to a section (``#…``) of a page other than ``base_url``'s."""
    if not href or "#" not in href or href.startswith("#"):
        return False
    target = urlsplit(urljoin(base_url, href))
    page = urlsplit(base_url)
    return bool(target.fragment) and (target.netloc, target.path) != (page.netloc, page.path)


def bold_name_over_a_reference(link: LexborNode, base_url: str) -> str | None:
    """The bold line opening the cell of ``link`` when the link leads into another page's
    section; None otherwise (the link then names the block as before)."""
    if not into_another_page(link.attributes.get("href"), base_url):
        return None
    cell = link.parent
    while cell is not None and cell.tag not in _CELLS:
        cell = cell.parent
    if cell is None:
        return None
    shown = visible_text(cell).strip()
    for node in cell.traverse(include_text=False):
        if node.mem_id == link.mem_id:
            return None
        if not is_bold(node):
            continue
        name = node_text(node)
        # The first bold element decides: it must open the cell and be a name of some words.
        if not name or not shown.startswith(name) or len(name.split()) < _MIN_NAME_WORDS:
            return None
        return name
    return None
