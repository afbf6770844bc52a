"""A calendar entry that only calls for attention („! Achtung: weißer Sonntag“) is no offering.

Calendars put warnings among their events on the day they concern: a retailers' calendar marks
„! Achtung: weißer Sonntag“ (the church holiday on which a Sunday opening is a problem), others
„Hinweis: Bücherei geschlossen“ or „Attention: parking closed“. A title that opens with such a
call — the word „Achtung“, „Hinweis“, „Wichtig“, „Attention“, „Notice“ or „Important“ followed by
a colon or exclamation mark — tells readers something about the day; it names no event. A title
that uses the word as a name („Achtung Baby – U2 Tribute“, „Wichtig ist auf'm Platz“) stays.
"""

from __future__ import annotations

import re

from netdir import lazy_re

_CALL = lazy_re.compile(
    r"^[\s!⚠️*]*(?:achtung|hinweis|wichtig|attention|notice|important|note|avis)\s*[:!]",
    re.IGNORECASE,
)


def is_attention_notice(title: str | None) -> bool:
    """``title`` opens with a call for attention („! Achtung: …“, „Hinweis: …“)."""
    return bool(title) and _CALL.match(title or "") is not None
