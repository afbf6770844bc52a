"""The icons a page sets before a name, which are no part of it.

A radio club's calendar heads each card „📆 Monthly Club Meeting“, „📚 VE Test Session“, „🏕️ ARRL
Field Day“, „🎄 Annual Club Christmas Party“: the picture says what kind of date it is, as a
coloured badge would; the meeting is called „Monthly Club Meeting“. Pictographs (and their
variation selectors and joiners) that open a title before a blank are dropped; a title that is
nothing but icons, or whose icon runs into the word („🎄Party“), keeps them.
"""

from __future__ import annotations

from netdir import lazy_re

# Pictographs: the emoji planes, the miscellaneous symbols and dingbats, arrows and stars.
_ICON = r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2190-\u21FF\u231A-\u23FF]"
_MARKED_ICON = rf"{_ICON}[\ufe0e\ufe0f\u200d]*"
_LEADING_ICONS = lazy_re.compile(rf"^(?:{_MARKED_ICON}\s*)*{_MARKED_ICON}\s+(?=\w)")


def without_leading_icons(title: str) -> str:
    """``title`` without the icons that open it (see the module docstring)."""
    return _LEADING_ICONS.sub("", title)
