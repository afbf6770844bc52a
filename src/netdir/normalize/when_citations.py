"""Dates that say when something was sent, stood, appeared or stays online, not when an event is.

- "Nach Einladung am 01.11.2023 per Email.", "Einladung vom 3. Mai": the day an invitation went out;
- "Es gibt aktuell (17.3.2025) 127 Artikel …": a count's stand date in brackets;
- "Christian Alternative Books (26. Mai 2023), ISBN-13: …": a book's publication date in a citation;
- "Der Beitrag war bis 16. Oktober 2025 in der ARD Mediathek abrufbar.": how long a broadcast or a
  file can be fetched;
- "(Quelle: Hamburger Abendblatt, 7. Juli 2023, Autor: …)", "Leipziger Volkszeitung vom
  07.12.2013, Seite 22", "[1] http://www.schule.sachsen.de/13342.htm (12.12.2012)": a cited
  article's day or a link's access day (round 246, 247);
- "die Halbjahresinformation vom 11.02.2022 (in Kopie)", "Verordnung … in der Fassung ab
  01.08.2018": a document's or a regulation's version day (round 247);
- "Im Porträt: Georg Schumann (WDR 3 TonArt vom 15.11.2011)": a cited broadcast's or paper's day
  in brackets, "Erscheinungstermin: 20.2.2025": a record's release day (round 270).

Each cue is a short anchored pattern on the text just before or just after the date (no
backtracking over long spans); ``role_of_date`` reads a match as a stamp (the date is no event's).
"""

from __future__ import annotations

import re

from netdir import lazy_re

_FLAGS = re.IGNORECASE

# Lower-case substrings one of the cues needs (most texts have none; may_hold_roles reads them).
CITATION_HINTS = (
    "einladung", "aktuell", "derzeit", "zurzeit", "momentan", "isbn", "abrufbar", "erreichbar", "quelle",
    "seite",
    "http", "information vom", "schreiben vom", "bescheid vom", "zeugnis vom", "fassung",
    " vom ", "erscheinungs", ".”", ".“", '."', "…”", "…“",
)  # fmt: skip

_INVITATION_SENT_BEFORE = lazy_re.compile(
    r"(?:\beinladung\s+vom|\bnach\s+(?:der\s+)?einladung\s+am)\s+$", _FLAGS
)
_INVITATION_AM_BEFORE = lazy_re.compile(r"\beinladung\s+am\s+$", _FLAGS)
_SENT_BY_AFTER = lazy_re.compile(r"^\s*(?:per|via|als|mit\s+der)\s+(?:e-?mail|post|brief)", _FLAGS)
_NOW_BRACKET_BEFORE = lazy_re.compile(r"\b(?:aktuell|derzeit|zurzeit|momentan)\s*\(\s*$", _FLAGS)
_ISBN_AFTER = lazy_re.compile(r"^\s*\)?\s*[,;.]?\s*ISBN\b")
_UNTIL_BEFORE = lazy_re.compile(r"\bbis\s+(?:zum\s+|einschließlich\s+)?$", _FLAGS)
# "Dann schreibt uns an info@demokratielabore.de (erreichbar bis zum 31.05.2019)" (round 309), "…
# abrufbar bis 16. Oktober 2025": how long an address answers or a file can be fetched, the
# adjective before its last day
_REACHABLE_UNTIL_BEFORE = lazy_re.compile(
    r"\b(?:erreichbar|abrufbar|herunterladbar|downloadbar)\s+bis\s+(?:zum\s+|einschließlich\s+)?$",
    _FLAGS,
)
_FETCHABLE_AFTER = lazy_re.compile(
    r"^[^.!?;]{0,60}?\b(?:abrufbar|herunterladbar|downloadbar|nachzuhören|nachzusehen)\b", _FLAGS
)

# "“Vor lauter Schreck ist Horst Seehofer dann aber leider krank geworden.” Sitzung 220,
# 08.03.2017" (round 308), "„… bleibt.“ Angela Merkel, 12.5.2019": a quoted sentence (its full
# stop inside the closing quotation mark) and then who said it or where, ending the text with a
# day: the day the words were said, no offering's. (Not a quoted title: „Lesung „Der Fall“
# Samstag, 3. Mai“, „Konzert „Kommt alle!“ Stadthalle, 3. Mai“ — no full stop inside the
# quotation mark, and no weekday or „am“ between.)
_QUOTE_ATTRIBUTION_BEFORE = lazy_re.compile(
    r"[.…]\s*[\"”“»«]\s*"
    r"(?:(?!(?:am|um|ab|vom|bis|im|an|on|at|montag|dienstag|mittwoch|donnerstag|freitag|samstag"
    r"|sonntag)\b)(?:[^\W\d][\w.'’-]*|\d{1,5})\s+){0,4}"
    r"(?!(?:am|um|ab|vom|bis|im|an|on|at|montag|dienstag|mittwoch|donnerstag|freitag|samstag"
    r"|sonntag)\b)(?:[^\W\d][\w.'’-]*|\d{1,5})\s*,\s*$",
    _FLAGS,
)
# "(Quelle: Hamburger Abendblatt, 7. Juli 2023": a source named before the date
_SOURCE_BEFORE = lazy_re.compile(r"\bquelle\s*:\s*[^():;\n]{1,60},\s*$", _FLAGS)
# "… vom 07.12.2013, Seite 22": a page number after the date
_PAGE_AFTER = lazy_re.compile(r"^\s*,\s*(?:seite|s\.)\s*\d", _FLAGS)
# "…/13342.htm (12.12.2012)": a link's access day in brackets
_LINK_BRACKET_BEFORE = lazy_re.compile(r"https?://\S+\s*\(\s*$", _FLAGS)

# "(WDR 3 TonArt vom 15.11.2011)", "(SZ vom 3. Mai 2019)", "(Artikel in der Lokalzeitung vom
# …)": a broadcaster's or paper's day alone in brackets — a source named by its capitals' short
# name or by a press word (its bracket closes right after the date; "(Neuer Termin vom 3. Mai)"
# names no source and keeps its day)
_BRACKET_SOURCE_OF_BEFORE = lazy_re.compile(
    r"\(\s*(?:[^()\n]{0,30}?(?<![\w-])(?-i:[A-ZÄÖÜ]{2,5})(?![\w-])|[^()\n]{0,30}?"
    r"(?:zeitung|blatt|sendung|artikel|beitrag|bericht|interview|radio|rundfunk|podcast|presse))"
    r"[^()\n]{0,30}?\s+vom\s+$",
    _FLAGS,
)
# "Erscheinungstermin: 20.2.2025", "Erscheinungsdatum 12.03.2024": a release day's label
_RELEASE_LABEL_BEFORE = lazy_re.compile(r"\berscheinungs(?:termin|datum|tag)\s*:?\s*$", _FLAGS)

# "die Halbjahresinformation vom 11.02.2022", "in der Fassung ab 01.08.2018": a dated document
_DOCUMENT_OF_BEFORE = lazy_re.compile(
    r"\b[^\W\d]*(?:information|schreiben|bescheid|zeugnis)\s+vom\s+$"
    r"|\bin\s+der\s+(?:aktuellen\s+|neuen\s+|geltenden\s+)?fassung\s+(?:vom|ab|des)\s+$",
    _FLAGS,
)


def cited_not_held(before: str, after: str) -> bool:
    """Whether the date between these texts is when an invitation was sent, a count stood, a book
    appeared or a recording stays online (no event's day)."""
    tail = before[-40:]
    if "inladung" in tail and (
        _INVITATION_SENT_BEFORE.search(tail)
        or (_INVITATION_AM_BEFORE.search(tail) and _SENT_BY_AFTER.match(after))
    ):
        return True
    if after.lstrip().startswith(")") and _NOW_BRACKET_BEFORE.search(tail):
        return True
    if "ISBN" in after[:12] and _ISBN_AFTER.match(after):
        return True
    if "uelle" in tail and _SOURCE_BEFORE.search(tail):
        return True
    if not after.strip(" .)") and _QUOTE_ATTRIBUTION_BEFORE.search(before[-60:]):
        return True
    if (" vom" in tail[-12:] or "assung" in tail) and _DOCUMENT_OF_BEFORE.search(tail):
        return True
    if "eite" in after[:10].lower() and _PAGE_AFTER.match(after):
        return True
    if " vom" in tail[-8:] and after.startswith(")") and _BRACKET_SOURCE_OF_BEFORE.search(tail):
        return True
    if "rscheinungs" in tail and _RELEASE_LABEL_BEFORE.search(tail):
        return True
    if (
        after.lstrip().startswith(")")
        and "http" in before[-80:]
        and _LINK_BRACKET_BEFORE.search(before[-80:])
    ):
        return True
    if "bar bis" in tail and _REACHABLE_UNTIL_BEFORE.search(tail):
        return True
    return _UNTIL_BEFORE.search(tail) is not None and _FETCHABLE_AFTER.match(after) is not None
