"""A link after „with“ names a partner of the row's event, not the event.

A user group's archive row reads „2017-01-10 - <a>R and Machine Learning</a> - Joint meetup with
<a>Women Who Code Portland</a>“: the first link is the meetup, the second the group it was held
with. Of a row's several links, one that follows „with“, „hosted by“, „in cooperation with“
(„mit“, „in Kooperation mit“) is the partner's — it names who took part, so the row is named by
another of its links. A row whose only link follows „joint event with“ („Joint event with
<a>AppChat</a>“ in a user group's list of past meetings) names its event by the whole line: the
joint evening with that partner, not the partner.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.inline_text import visible_text

_PARTNER_LEAD = lazy_re.compile(
    r"\b(?:(?:joint\s+\w+\s+)?with|together\s+with|hosted\s+by|co-?hosted\s+by|"
    r"presented\s+by|sponsored\s+by|in\s+(?:co-?operation|partnership|collaboration)\s+with|"
    r"(?:zusammen|gemeinsam|in\s+kooperation|in\s+zusammenarbeit)\s+mit|mit)\s*$",
    re.I,
)
# „Joint event with“, „together with“, „in cooperation with“: a lead that makes the partner part
# of the event's name when the partner is the row's only link.
_JOINT_LEAD = lazy_re.compile(
    r"\b(?:joint\s+\w+\s+with|together\s+with|"
    r"in\s+(?:co-?operation|partnership|collaboration)\s+with|"
    r"(?:zusammen|gemeinsam|in\s+kooperation|in\s+zusammenarbeit)\s+mit)\s*$",
    re.I,
)
# „dem Event „…““, „der Veranstaltung „…““, „the event “…”“: a link that says it is an event,
# and the name it quotes.
_AN_EVENT = lazy_re.compile(
    r"^\s*(?:dem|der|einem|einer|the|an?)\s+(?:event|veranstaltung|workshop|vortrag|seminar|"
    r"konferenz|tagung|talk|lecture|conference)\s+[„“\"‚‘'](?P<name>[^„“”\"]{3,120})[“”\"‘’']\s*$",
    re.I,
)
_INLINE_WRAPPERS = frozenset({"span", "b", "strong", "em", "i", "u"})


def _text_before(link: LexborNode) -> str:
    """The text right before the link in its line (out of inline wrappers around it)."""
    node = link
    while node.prev is None and node.parent is not None and node.parent.tag in _INLINE_WRAPPERS:
        node = node.parent
    before = node.prev
    while before is not None:
        text = before.text() if before.is_text_node else visible_text(before)
        if text.strip():
            return text
        before = before.prev
    return ""


def quoted_event_name(text: str) -> str | None:
    """The name a link that says it is an event quotes: „dem Event „Datenjournalismus –
    Praxis und Perspektiven““ → „Datenjournalismus – Praxis und Perspektiven“."""
    event = _AN_EVENT.match(text)
    return event["name"].strip() if event is not None else None


def names_a_partner(link: LexborNode) -> bool:
    """ "… - Joint meetup with <a>Women Who Code Portland</a>": the link follows „with“ — and
    does not name an event itself („mit <a>dem Event „Datenjournalismus …“</a>“)."""
    if quoted_event_name(visible_text(link)) is not None:
        return False
    return _PARTNER_LEAD.search(_text_before(link).rstrip()) is not None


def joint_with(link: LexborNode) -> bool:
    """ "Joint event with <a>AppChat</a>": the link follows a joint event's „with“."""
    return _JOINT_LEAD.search(_text_before(link).rstrip()) is not None
