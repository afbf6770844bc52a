"""The name the page's text gives its event („unter dem Namen „Freifunk 1k300 Lounge““).

A community's post heads its invitation with what it celebrates („Freifunk Darmstadt feiert 1000
täglich aktive Nutzer und über 300 Freifunk-Knoten“) and names the evening in the text: „laden
wir, unter dem Namen „Freifunk 1k300 Lounge“ zu einem Abend rund um Freifunk ein“. The heading
is news; the name the text gives („unter dem Namen“) is the event's. („Unter dem Titel „Politik
im Netz …“ veranstaltet die Heinrich-Böll-Stiftung … ihre Jahrestagung“ gives the theme of an
event its heading names, wp-gruendigital-jahrestagung-2015: a title is no name.)
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re

_LINES = 6  # the name is given where the invitation opens, not further down
_GIVEN_NAME = lazy_re.compile(
    r"\bunter\s+dem\s+namen\s*[„\"“»‚](?P<name>[^„“”\"«»]{3,80})[“”\"«‘]", re.I
)


def name_given_in_the_text(lines: list[tuple[str, LexborNode | None]]) -> str | None:
    """The one name the first lines give an event „unter dem Namen“."""
    names = {
        match["name"].strip()
        for text, _block in lines[:_LINES]
        for match in _GIVEN_NAME.finditer(text)
    }
    return names.pop() if len(names) == 1 else None
