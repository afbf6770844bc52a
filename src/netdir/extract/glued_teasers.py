"""A title and its teaser glued without a space, told apart.

A calendar that exports an event's name and the teaser line under it as one text, dropping the
line break between them, glues the two: the TYPO3 „cal" export of kirche-mv.de writes
„FriedensgebetHier ist Zeit und Raum für alles, was uns … bewegt. Wir beten, …“,
„KirchenführungTreffpunkt: Schaukasten am Hauptportal des Schlosses“ and „Gemeindenachmittag im
PfarrgartenHerzliche Einladung zum Gemeindenachmittag“. The seam is a lower-case letter run
straight into a capitalised word inside one token. Brand names and compounds written the same way
(„PowerPoint-Kurs für Senioren“, „MitMachKonzert“, „FamilienGottesdienst mit Taufe“) are kept
whole: the part after the seam counts as a teaser only when it is longer than the name before it,
three words at least, and reads as one — it ends with a sentence's end (a mark that more name words
follow, „PowerPoint Party! Jan 2026“, is the name's own), its first word is a label („Treffpunkt:“),
or it repeats a word of the name („… Einladung zum Gemeindenachmittag“). A line under the name
that opens with „mit“ or „für“ glues the same way to the name's last word („Offene Kirchemit
Kirchenführung“, „Christenlehrefür die 1.& 2. Klasse“); after a word of five letters or more
(„damit“, „hierfür“ are shorter heads) and before another word it is set apart again.
"""

from __future__ import annotations

from netdir import lazy_re

# three lower-case letters of a word, then, with no space, a capitalised word
_SEAM = lazy_re.compile(r"(?<=[a-zäöüß]{3})(?=[A-ZÄÖÜ][a-zäöüß])")
_SENTENCE_END = lazy_re.compile(r"(?P<word>[^\W\d_]*)(?P<mark>[.!?…])(?:\s|\)|$)")
# a dot after a lone letter or a title ends an abbreviation, not a sentence („Colonia Ahoj
# e.V.“, „e. V.“, „Dr. A. Müller“): „Sommerfest der StattGarde Colonia Ahoj e.V.“ is one name
_ABBREVIATIONS = frozenset({"dr", "prof", "st", "nr", "str", "ca", "bzw", "vgl", "hl", "mag"})
_WORD = lazy_re.compile(r"[^\W\d_]{4,}")
# „Kirchemit Kirchenführung“: five letters or more, then „mit“/„für“ glued, then a further word
_GLUED_PREPOSITION = lazy_re.compile(r"\b([^\W\d_]{5,}?)(mit|für)(?=\s+[^\W\d_])")


def with_prepositions_apart(title: str) -> str | None:
    """``title`` with a „mit“/„für“ glued to the word before it set apart, or None when none is."""
    apart = _GLUED_PREPOSITION.sub(r"\1 \2", title)
    return apart if apart != title else None


def title_before_teaser(title: str) -> str | None:
    """The name before a glued teaser („Friedensgebet“), or None when the title has none."""
    for seam in _SEAM.finditer(title):
        head, tail = title[: seam.start()].strip(), title[seam.start() :].strip()
        head_words, tail_words = head.split(), tail.split()
        if not head_words or len(tail_words) < 3 or len(tail_words) <= len(head_words):
            continue
        if _reads_as_teaser(head, tail):
            return head
    return None


def _reads_as_teaser(head: str, tail: str) -> bool:
    if _ends_in_a_sentence(tail) or tail.split()[0].endswith(":"):
        return True
    named = {word.casefold() for word in _WORD.findall(head)}
    return any(word.casefold() in named for word in _WORD.findall(tail))


def _ends_in_a_sentence(text: str) -> bool:
    """Whether ``text`` closes with the end of a sentence. A mark inside it that more name words
    follow is the name's own („Urbanist PowerPoint Party! Jan 2026“: the seam in „PowerPoint“
    leaves „Point Party! Jan 2026“, which no teaser reads like); a teaser of several sentences
    ends with the last one's mark („Hier ist Zeit … bewegt. Wir beten.“)."""
    ends = [
        end
        for end in _SENTENCE_END.finditer(text)
        if end["mark"] != "."
        or (len(end["word"]) > 1 and end["word"].casefold() not in _ABBREVIATIONS)
    ]
    if not ends:
        return False
    # a remark in brackets after the last sentence („… verändern. (bis es hilft jeden Mittwoch
    # 18:00 Uhr)“) belongs to the teaser; any other word after it goes on with the name
    rest = _BRACKETED.sub(" ", text[ends[-1].end() :])
    return _LETTER.search(rest) is None


_BRACKETED = lazy_re.compile(r"\([^()]*\)")
_LETTER = lazy_re.compile(r"[^\W\d_]")
