"""A grid row of hour | talk cell pairs: each pair one programme point of the day above.

A research project's conference programme is built of grid rows under a day heading — „<h3>
Mittwoch, 27. Oktober 2021</h3>“, then „<div class="row programm"><div class="col-1">09:00</div>
<div class="col-11"><p><b>Session I: …</b></p><p>Professorale Karrieremuster … (Jennifer Blanke,
HAB Wolfenbüttel)</p></div><div class="col-1">09:40</div><div class="col-11">…</div></div>“: one
row holds a session's talks, a narrow cell with the hour before each talk's cell. Read as one
block, the row gave one record, named by the session label at the first hour, and the other talks
were lost. Where a block's element children alternate a cell that is only an hour (or an hour
range, a „Folien“ link below it) and a cell with the point, each pair is a point of the block's
day at its hour. The talk's cell names it by its last paragraph when a bold session label opens
it, without the speakers in the closing parentheses („(Karen Bruhn, Christian-Albrechts-
Universität zu Kiel)“) and without the slides' link after them; a cell that only names a break
(„Kaffeepause“) or the end („Ende“) is no point.
"""

from __future__ import annotations

import re
from dataclasses import replace

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import date_like, node_text
from netdir.extract.context import clean_text
from netdir.extract.file_links import is_a_file
from netdir.extract.inline_text import visible_text
from netdir.extract.notices import names_a_break
from netdir.extract.title_text import is_junk_title

# The hour cell's first line: „09:00“, „13:00-13:15“, „9.30 – 10 Uhr“.
_HOUR = lazy_re.compile(
    r"^(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)"
    r"(?:\s*[–—-]\s*(?P<eh>[01]?\d|2[0-3])(?:[:.](?P<em>[0-5]\d))?)?\s*(?:uhr|h)?$",
    re.IGNORECASE,
)
_ONLY_THE_END = lazy_re.compile(r"^(?:ende|end|schluss|open\s*end)\W*$", re.IGNORECASE)
# „(Karen Bruhn, Christian-Albrechts-Universität zu Kiel)“, „(Moderation: Thomas Riechert)“:
# the speakers after the talk — opened by a name of two capitalised words or a role label.
_SPEAKERS = lazy_re.compile(
    r"\s*\((?:(?:moderation|leitung|referent(?:in)?|chair)\s*:\s*)?"
    r"[A-ZÄÖÜ][\w'’.-]+\s+(?:[a-z]{1,3}\s+)?[A-ZÄÖÜ][^()]*\)\s*$"
)
_MIN_PAIRS = 2  # one pair is the block's own reading


def hour_cell_pairs(segment: list[LexborNode], reading: BlockReading) -> list[BlockReading]:
    """One reading per hour | point cell pair of a block built of such pairs; [] for any
    other block or one whose reading has no day."""
    if len(segment) != 1 or not reading.date_text:
        return []
    day = date_like(reading.date_text)
    if day is None:
        return []
    cells = [child for child in segment[0].iter(include_text=False)]
    if len(cells) < 2 * _MIN_PAIRS or len(cells) % 2:
        return []
    hours = [_hour_of(cell) for cell in cells[0::2]]
    if any(hour is None for hour in hours):
        return []
    parts: list[BlockReading] = []
    sources = {field: where for field, where in reading.sources.items() if field != "url"}
    sources.update(title="listing:hour | point cell pair", date_text="listing:day + hour cell")
    for hour, cell in zip(hours, cells[1::2], strict=True):
        name = _point_name(cell)
        if not name or is_junk_title(name) or names_a_break(name) or _ONLY_THE_END.match(name):
            continue
        when = f"{day.group(0)}, {hour} Uhr"
        parts.append(replace(reading, title=name, date_text=when, start=None, url=None,
                             sources=dict(sources)))  # fmt: skip
    return parts if len(parts) >= _MIN_PAIRS else []


def _hour_of(cell: LexborNode) -> str | None:
    """The hour (or hour range) a cell holds on its first line, as „9:00“ or „13:00–13:15“."""
    text = cell.text(deep=True, separator="\n") or ""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    match = _HOUR.match(first)
    if match is None:
        return None
    hour = f"{int(match['h'])}:{match['m']}"
    if match["eh"] is not None:
        hour += f"–{int(match['eh'])}:{match['em'] or '00'}"
    return hour


def _point_name(cell: LexborNode) -> str | None:
    """The point a cell names: its last paragraph after a bold session label, without the
    speakers in closing parentheses and a file link after them."""
    paragraphs = [p for p in cell.css("p") if (node_text(p) or "").strip()]
    chosen = cell
    if len(paragraphs) >= 2 and _all_bold(paragraphs[0]):
        chosen = paragraphs[-1]
    name = clean_text(visible_text(chosen))
    if not name:
        return None
    for link in reversed(chosen.css("a")):  # „… (Speaker) <a href="….pdf">Folien</a>“
        label = clean_text(visible_text(link))
        if label and is_a_file(link.attributes.get("href")) and name.endswith(label):
            name = name[: -len(label)].rstrip()
    without = _SPEAKERS.sub("", name)
    return without if len(without) >= 3 else name


def _all_bold(paragraph: LexborNode) -> bool:
    """„<p><b>Session I: Digitale Professorenkataloge</b></p>“: a paragraph that is one bold."""
    bold = paragraph.css("b, strong")
    return len(bold) == 1 and (node_text(bold[0]) or "") == (node_text(paragraph) or "")
