"""An iCalendar LOCATION that is only the address of the event's web page: its link, no place.

A university's Google Calendar keeps, for each concert and film, the address of the event's
page on the cultural service's site as LOCATION („https://sac.usal.es/show-item/ensemble-1700/“)
and no URL. A reader sees a link there, not where the event happens: it is the event's page. A
video meeting's address (Zoom, Teams, Jitsi, a stream) is where an online event happens and stays
its place.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.online_services import ONLINE_ADDRESS

_BARE_ADDRESS = lazy_re.compile(r"^https?://[^\s/]+(?:/\S*)?$", re.I)


def page_address(location: str | None) -> str | None:
    """``location`` when it is a bare web address that no video meeting or stream is at."""
    if location is None or not _BARE_ADDRESS.match(location.strip()):
        return None
    address = location.strip()
    return None if ONLINE_ADDRESS.match(address) else address
