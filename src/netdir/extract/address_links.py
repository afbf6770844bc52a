"""A link whose text is a web address names a site, not the row's offering.

A racing series' dates table rows „01.Februar 2025 | SRC Güstrow | <a>https://stoehr.seat.de/</a>“:
the host's web address, written out as the link's text, was the row's longest link text and so its
title, while the host's name beside the day went unread. An address says where to read more, as a
„mehr“ link does; the row's own text names it.
"""

from __future__ import annotations

from netdir import lazy_re

# „https://stoehr.seat.de/“, „www.src-bannewitz.de/“, „renncenter-hamburg.de“: a scheme or
# „www.“ before anything without spaces, or a lower-case host name ending in a top-level
# domain („St.Martin“, „z.B.“ are words). („www. gearbox-bs.de“: a hand-typed address with a
# space after its „www.“ is one still; so is „www,citymarketing-pforzheim.de“, its dot typed as
# a comma.)
_WEB_ADDRESS = lazy_re.compile(
    r"^(?:https?://\S+|www[.,]\s?\S+|[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}(?:/\S*)?)$"
)


def is_web_address(text: str) -> bool:
    """Whether ``text`` is nothing but a web address."""
    return bool(_WEB_ADDRESS.match(text.strip()))
