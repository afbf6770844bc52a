"""A talk still without a title is named by the speaker its card's byline sets in bold.

A seminar's cards announce the coming talks before all their titles are known::

    <div class="seminar-card"> <span class="month">Apr</span> <span class="day">10</span> …
      <h3>TBA</h3>
      <p class="seminar-meta"><strong>Sarisht Wadhwa</strong> — Duke University</p>
      <p class="seminar-time">11:00 AM ET</p> </div>

Four cards titled „TBA“ are four talks, not one talk four times; a reader tells them by their
speakers, and the card says who speaks in the one bold name under the placeholder (the line
beside it says where the speaker comes from). ``talk_title_labels`` names such a talk by a
speaker its day line writes; this reads the byline of a card whose day stands apart.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.inline_text import visible_text
from netdir.extract.talk_title_labels import is_title_to_come
from netdir.records import RawRecord

TITLE_SOURCE = "listing:the speaker in bold under the card's placeholder title"
# A person's name: two to five words, each opening with a capital („François-Xavier Wicht“,
# „Ke Wu“), the particles of surnames („van“, „de“) between them; no digit, no colon.
_PERSON = lazy_re.compile(
    r"^[^\W\d_][\w'’.-]*(?:\s+(?:(?:van|von|der|de|den|da|di|du|le|la|del|dos|bin|al)\s+)*"
    r"[^\W\d_][\w'’.-]*){1,4}$"
)
_BOLD = "strong, b"
# „speaker-name“, „talk-speaker“, „presenter“: an element the template marks as the speaker's;
# not the speaker's affiliation, photo or bio beside it („speaker-affil“, „speaker-img“).
_SPEAKER_WORD = lazy_re.compile(r"(?<![^\W_])(?:speaker|presenter|lecturer)(?![^\W_])", re.I)
_NOT_THE_NAME = lazy_re.compile(
    r"(?<![^\W_])(?:affil\w*|institution|org\w*|bio|photo|img|image|pic\w*|title|topic|"
    r"abstract|talk-title)(?![^\W_])",
    re.I,
)


def name_placeholders_by_bylines(
    records: list[RawRecord], block_of: dict[int, list[LexborNode]]
) -> None:
    """Name each record whose title is still to come by the one bold person's name of its
    block (``block_of``: the block each record was read from, by the record's identity)."""
    for record in records:
        if not is_title_to_come(record.title):
            continue
        block = block_of.get(id(record))
        speaker = (_bold_person(block) or _classed_person(block)) if block else None
        if speaker is None:
            continue
        record.title = speaker
        record.field_sources["title"] = TITLE_SOURCE


def without_open_slots(
    records: list[RawRecord], block_of: dict[int, list[LexborNode]]
) -> list[RawRecord]:
    """The records without the cards that hold a slot open: a title still to come over a
    speaker's element that is still to come too („TBD“ / „TBD“; see the module docstring)."""
    kept: list[RawRecord] = []
    for record in records:
        block = block_of.get(id(record))
        if is_title_to_come(record.title) and block and _speaker_to_come(block):
            continue
        kept.append(record)
    return kept


def _speaker_texts(block: list[LexborNode]) -> list[str]:
    """The texts of the block's innermost elements classed as the speaker's (not their
    affiliation's): „Erez Aghion“ of ``<span class="speaker-name">``."""
    texts: list[str] = []
    for node in block:
        for element in node.css("[class]"):
            names = element.attributes.get("class") or ""
            if not _SPEAKER_WORD.search(names) or _NOT_THE_NAME.search(names):
                continue
            if any(
                _SPEAKER_WORD.search(inner.attributes.get("class") or "")
                for inner in element.css("[class]")
                if inner.mem_id != element.mem_id
            ):
                continue  # the byline around the name and the affiliation: its name is inside
            if text := re.sub(r"\s+", " ", visible_text(element)).strip():
                texts.append(text)
    return texts


def _classed_person(block: list[LexborNode]) -> str | None:
    """The one person's name in an element classed as the speaker's; None with none or several."""
    names = {
        text for text in _speaker_texts(block) if _PERSON.match(text) and not is_title_to_come(text)
    }
    return names.pop() if len(names) == 1 else None


def _speaker_to_come(block: list[LexborNode]) -> bool:
    texts = _speaker_texts(block)
    return bool(texts) and all(is_title_to_come(text) for text in texts)


def _bold_person(block: list[LexborNode]) -> str | None:
    """The block's one bold text that is a person's name; None with none or several."""
    names = {
        text
        for node in block
        for bold in node.css(_BOLD)
        if (text := re.sub(r"\s+", " ", visible_text(bold)).strip())
        and _PERSON.match(text)
        and any(part[:1].isupper() for part in text.split())
        and all(part[:1].isupper() or part.islower() for part in text.split())
        and not is_title_to_come(text)
    }
    return names.pop() if len(names) == 1 else None
