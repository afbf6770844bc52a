"""Labels set in bold inside one paragraph, each value after its label, with no line between.

A post moved from one CMS to another lost the line breaks of its fact box: „<p><strong>DEEPWAVE
Filmfestival zum Schutz der Meere</strong> <strong>Termin:</strong> Freitag, 24. Mai 2019
<strong>Einlass:</strong> 17 Uhr <strong>Beginn:</strong> 17:30 Uhr … <strong>Ort:</strong>
Lichtmess-Kino, Gaußstraße 25, 22765 Hamburg <strong>Eintritt frei!</strong> …</p>“. A browser
runs it into one line, yet a reader still reads each bold label with the words after it up to the
next bold piece. Such a paragraph (two or more bold pieces that are known labels) is read as one
line per bold piece.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.context import clean_text
from netdir.extract.event_page_labels import label_name
from netdir.extract.inline_text import visible_text

_BOLD = frozenset({"strong", "b"})
_MIN_LABELS = 2


def bold_labels_apart(
    lines: list[tuple[str, LexborNode | None]],
) -> list[tuple[str, LexborNode | None]]:
    """``lines`` with each paragraph of run-together bold labels (known ones, „Termin:“) split
    at its bold pieces; every other line as it is."""
    split: list[tuple[str, LexborNode | None]] = []
    for text, block in lines:
        parts = _parts_at_bold_pieces(block, text) if block is not None else None
        if parts is None:
            split.append((text, block))
        else:
            split.extend((part, block) for part in parts)
    return split


def _parts_at_bold_pieces(block: LexborNode, text: str) -> list[str] | None:
    pieces: list[list[str]] = [[]]
    labels = 0
    child = block.child
    while child is not None:
        if child.tag in _BOLD:
            bold = visible_text(child)
            if bold.endswith((":", "：")) and label_name(bold) is not None:
                labels += 1
            pieces.append([bold])
        elif child.tag == "-text":
            pieces[-1].append(child.text_content or "")
        elif child.tag in {"em", "i", "span", "a", "small", "u"}:
            pieces[-1].append(visible_text(child))
        else:
            return None  # a <br> or a block inside: its lines are apart already
        child = child.next
    if labels < _MIN_LABELS:
        return None
    parts = [part for piece in pieces if (part := clean_text(" ".join(piece)))]
    # Only a reading of the same words: the paragraph's line, cut at its bold pieces.
    if " ".join(parts).split() != text.split():
        return None
    return parts
