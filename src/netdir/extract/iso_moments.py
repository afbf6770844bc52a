"""An ISO 8601 stamp of a feed, an API answer or a JSON object as a moment.

Data sources write UTC as „Z“ („2017-12-02T18:00:00Z“); it is read as the offset „+00:00“. A
stamp that is no ISO stamp is no moment (None), never an exception that loses the page.
"""

from __future__ import annotations

from datetime import datetime


def iso_moment(stamp: str) -> datetime | None:
    """``stamp`` as a datetime (aware when it states an offset or „Z“), None when it is none."""
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
