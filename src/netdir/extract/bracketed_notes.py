"""A line whose words are only a note in brackets: „2:10 pm - 3:10 pm (afternoon beverages
available)“ leaves „(afternoon beverages available)“ once its hours are read — a remark on the
slot, not its name (the slot's name, „Session W-4“, stands in the next cell)."""

from __future__ import annotations

from netdir import lazy_re

_NOTE = lazy_re.compile(r"^\s*[(\[][^()\[\]]{1,80}[)\]]\W*$")


def is_bracketed_note(text: str) -> bool:
    """Whether ``text`` is nothing but one bracketed remark."""
    return _NOTE.match(text) is not None
