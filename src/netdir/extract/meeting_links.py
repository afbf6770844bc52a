"""The link a post gives for joining its online meeting is where the meeting is.

„Wir werden dafür die Münchner Jitsi Plattform nutzen …“ / „Wir Treffen uns am 7.Mai 2020 ab 19
Uhr“ / „Der Link für das Treffen ist: <a>https://meet.ffmuc.net/FFKA-Treffen</a>“: a video
conference has no venue; the room the link opens is where people meet. The line must say it is
the link for the meeting („Der Link für das Treffen ist:“, „Der Link zur Videokonferenz lautet:“,
„Zugangslink: …“) and give the address itself — a link named „hier“ says nothing a reader can
write down. A sentence that meets people on a meeting service names it as where: „Am 10. August
2020 hast Du die nächste Chance uns ab 19 Uhr auf <a>Jitsi</a> zu treffen“ → „Jitsi“.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.online_services import SERVICE_WORDS

_MEETING_LINK = lazy_re.compile(
    r"\b(?:[Dd]er\s+)?(?:Link|Zugangslink|Einwahllink|Zugang|Meeting-Link|Konferenzlink)"
    r"(?:\s+(?:für\s+(?:das|die|den)|zu[mr])\s+[\w-]+)?\s*(?:(?:ist|lautet)\s*:?|:)\s*"
    r"(?P<url>https?://[^\s<>\"')]{4,200})"
)


def meeting_link(text: str) -> str | None:
    """The address the line gives as the meeting's link („https://meet.ffmuc.net/FFKA-Treffen“),
    without a closing full stop; None when the line gives none."""
    if "http" not in text:  # (cheap)
        return None
    match = _MEETING_LINK.search(text)
    return match["url"].rstrip(".,;:!?") if match is not None else None


# „… uns ab 19 Uhr auf Jitsi zu treffen“: meeting on the service, the verb after it („wir treffen
# uns regelmäßig per Zoom“ tells a habit, not where the day's event is).
_MET_ON_A_SERVICE = lazy_re.compile(
    rf"\b(?:auf|über|via|per)\s+(?P<service>(?:{SERVICE_WORDS}))\b(?:\s+zu)?\s+treffen\b",
    re.I,
)


def met_on_a_service(text: str) -> str | None:
    """The meeting service a sentence meets people on („auf Jitsi zu treffen“ → „Jitsi“), as the
    text writes it; None when it names none."""
    if "treffen" not in text:  # (cheap)
        return None
    match = _MET_ON_A_SERVICE.search(text)
    return match["service"] if match is not None else None
