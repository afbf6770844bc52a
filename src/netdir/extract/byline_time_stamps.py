"""The day a post's byline line gives in its ``<time>`` element, beside the author.

A parish library's post (a Jekyll theme) sets its stamp under the title as one line with the
author: „<p class="post-meta"><time class="date" datetime="2022-09-24T19:00:00+02:00"
itemprop="datePublished">24. September 2022</time> / <span class="author">Ilse Zenisek</span>
</p>“. Read as text, the line is a day and a name — no stamp alone — so a yearless day further
down („… wird am 24. September um 19:00 Uhr im Pfarrsaal Asten … lesen“) was counted from the
day the page was saved, months later, and fell in the following year. The ``<time>`` element is
the stamp: its text, a day with its year, is the post's day.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.inline_text import visible_line


def time_element_text(line: LexborNode | None) -> str | None:
    """The text of the one ``<time>`` element in a byline ``line`` (the line's own node), or None
    when the line holds none or several."""
    if line is None:
        return None
    times = [line] if line.tag == "time" else list(line.css("time"))
    if len(times) != 1:
        return None
    text = visible_line(times[0])
    return text or None
