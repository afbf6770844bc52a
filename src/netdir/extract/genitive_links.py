"""A link that opens with a genitive article, or follows „zu“, goes on from the noun before it.

A post links only the host of an evening or the goal of a trip: „Das Vorprogramm bietet ab 14
Uhr das Ubuntu-Ulm-Treffen <a>des GT Ulm,</a>.“, „… veranstalten wir eine neuerliche
Klassenfahrt zu <a>DDJMonaco</a>, dem regelmäßigen Münchener Treffen …“. The link is the end of
the event's name, whose head — „Ubuntu-Ulm-Treffen“, „Klassenfahrt“ — stands right before it;
alone it named the row by a fragment („des GT Ulm,“) or by the group visited. When a link's text
opens with „des“ or „der“ in small letters and a capitalised word ends the text right before it,
or that word and „zu“ („zum“, „zur“, „nach“) do, the name is that word (with its „zu“) and the
link's text, without the comma or full stop the link took along.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.inline_text import visible_text

_GENITIVE = lazy_re.compile(r"^(?:des|der)\s+\S")
# „… das Ubuntu-Ulm-Treffen “: the capitalised noun right before the link.
_NOUN_BEFORE = lazy_re.compile(r"(?<![^\s(„\"])(?P<noun>[A-ZÄÖÜ][\w-]{2,60})\s+$")
# „… eine neuerliche Klassenfahrt zu “: the noun and the „zu“ that leads to the link.
_NOUN_AND_GOAL = lazy_re.compile(
    r"(?<![^\s(„\"])(?P<noun>[A-ZÄÖÜ][\w-]{2,60}\s+(?:zu|zum|zur|nach))\s+$"
)


def name_going_on_from_the_noun(link: LexborNode, text: str) -> str | None:
    """„Ubuntu-Ulm-Treffen des GT Ulm“ for „das Ubuntu-Ulm-Treffen <a>des GT Ulm,</a>“,
    „Klassenfahrt zu DDJMonaco“ for „eine Klassenfahrt zu <a>DDJMonaco</a>“; None unless the
    link opens with a genitive article right after a capitalised noun or follows one and „zu“."""
    before = link.prev
    if before is None or not before.is_text_node:
        return None
    lead = _NOUN_BEFORE if _GENITIVE.match(text) else _NOUN_AND_GOAL
    noun = lead.search(before.text() or "")
    if noun is None:
        return None
    return f"{noun['noun']} {visible_text(link).strip().rstrip(',;.:')}"
