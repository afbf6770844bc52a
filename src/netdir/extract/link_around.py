"""A listed block without a link of its own takes the one link that stands beside it.

A teaser's title box ("Fr., 25. September '26 19:00 Uhr" / "<h3>Evanescence + Poppy</h3>") may be
the repeated block while its button ("Tickets & Infos" → the event's page) is the box's sibling
in the teaser around it. The element around the block that holds no other block of its group
(``listing_row_context.own_container``) is that teaser: when it leads to exactly one page, that page is the
block's. A container with several targets (a ticket shop beside the event page, a venue link)
says nothing about which one is the event's, so the block keeps no link.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_reading import BlockReading
from netdir.extract.context import absolute_url

_NOT_A_PAGE = ("#", "mailto:", "javascript:", "tel:", "data:")


def take_link_around(container: LexborNode, reading: BlockReading, base_url: str) -> None:
    """Set ``reading.url`` from ``container``'s one page link (the reading has none)."""
    if reading.url is not None:
        return
    targets = {
        href
        for link in container.css("a[href]")
        if (href := (link.attributes.get("href") or "").strip())
        and not href.lower().startswith(_NOT_A_PAGE)
    }
    if len(targets) != 1:
        return
    url = absolute_url(targets.pop(), base_url)
    if url is not None:
        reading.url = url
        reading.sources["url"] = "listing:a@href around (the block's one link beside it)"
