"""A schedule slot its theme marks as a service or break is the programme's gap, no offering.

Conference themes set their breaks apart by a class on the slot: the Hoverboard theme (GDG
Lviv, used by many DevFests and PGDays) renders „Registration“, „Welcome“, „Morning Tea“,
„Event Wrap Up“ and „Networking Drinks“ as ``div.slot.service-slot`` beside the talks' slots,
the DevFest Hugo theme its „Break + Q&A + networking“ as ``div.session.tag-break``. Their names
alone do not say so („Welcome“, „Networking Drinks“ are a club's evenings elsewhere), but the
page's own markup does: a timed row whose slot carries such a class is the day's registration,
meal or wrap-up, the time between the sessions a reader comes for.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import css_matches

# The class tokens schedule themes give a break or service slot (whole tokens only: „break-words“
# is a text style, „service“ a business card's).
_SERVICE_CLASSES = frozenset(
    {
        "service-slot",
        "break-slot",
        "slot-break",
        "session-break",
        "schedule-break",
        "tag-break",
        "type-break",
        "is-break",
    }
)


def _marked(node: LexborNode) -> bool:
    classes = node.attributes.get("class") or ""
    return not _SERVICE_CLASSES.isdisjoint(classes.split())


def marked_as_service(segment: list[LexborNode]) -> bool:
    """Whether a row's own element or one inside it is a slot its theme marks as a service or
    break („<div class="slot service-slot">“): see the module docstring."""
    return any(_marked(inner) for node in segment for inner in css_matches(node, "[class]"))
