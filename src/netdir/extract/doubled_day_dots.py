"""A numeric date whose day's dot was typed twice: „18..05.2026“.

A school's Termine typed by hand has one row „18..05.2026 ␣ Vormittags ␣ Singpausenkonzert in
der Tonhalle“ among rows „03.06.2026 …“. No reader of dates sees a day in „18..05.2026“, so the
row was no event at all; a reader sees the 18th of May. The page's text nodes that hold such a
date get the one dot (the pattern is ``when_clean``'s, which mends the same slip in a date
string): two dots between a day and a month that a year follows are no other notation.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from netdir.normalize.when_clean import DOUBLED_DAY_DOT


def mend_doubled_day_dots(tree: LexborHTMLParser, page_text: str) -> None:
    """Write each „DD..MM.YYYY“ in the page's text as „DD.MM.YYYY“."""
    if ".." not in page_text or tree.body is None:
        return
    slipped = [
        node
        for node in tree.body.traverse(include_text=True)
        if node.tag == "-text" and DOUBLED_DAY_DOT.search(node.text_content or "")
    ]
    for node in slipped:  # (replaced after the walk: a node replaced during it ends the walk)
        node.replace_with(DOUBLED_DAY_DOT.sub(r"\g<day>.", node.text_content or ""))
