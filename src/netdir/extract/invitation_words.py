"""Words before a line's colon that invite and name nothing: „Wir laden alle Mitglieder herzlich
ein: Dienstag, 24.03.2026 um 19:00 Uhr …“ — the event is what the block around the line names
(``invitation_lines``)."""

from __future__ import annotations

import re

from netdir import lazy_re

# „Wir laden alle Mitglieder herzlich ein“, „Hiermit laden wir euch ein“, „Der Vorstand lädt
# herzlich ein“, „Herzliche Einladung“.
_INVITATION = lazy_re.compile(
    r"(?:(?:hiermit|herzlich|gerne)\s+)?(?:wir\s+laden|laden\s+wir)\b[^:]{0,60}\bein"
    r"|[^:]{0,40}\blädt\b[^:]{0,40}\bein"
    r"|(?:herzliche\s+)?einladung",
    re.I,
)
_MAX_LABEL = 80


def is_an_invitation(label: str) -> bool:
    """Whether ``label`` (the words before a line's colon) only invites („Wir laden alle
    Mitglieder herzlich ein“) and so names no offering."""
    label = label.strip()
    return len(label) <= _MAX_LABEL and _INVITATION.fullmatch(label) is not None
