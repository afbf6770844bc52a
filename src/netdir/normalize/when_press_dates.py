"""Dates that say when a newspaper article, a broadcast or a gazette's issue came out, not when an
event is.

A club's or an initiative's news often dates the press it got („Die BNN haben am 16. Januar einen
Artikel über … veröffentlicht“, „Der Artikel wurde am 12. September 2019 im Amtsblatt …
veröffentlicht“, „Die BNN berichtet in Ihrer Ausgabe vom 25. September 2019 …“, „Baden-TV Bericht
vom 14. März 2018“, „(BNN vom 27.04.18)“, „„…“(BNN, 19.04.2012)“, „(veröffentlicht im Handelsblatt
am 12.10.2009)“): such a day is the piece's publication, no event's (round 214). ``role_of_date``
reads a match as ``published``.

Each cue is a short anchored pattern on the text just before or just after the date; the press is
named by a word for a piece (Artikel, Bericht, Beitrag, Ausgabe …) or, in a citation, by a paper's
acronym of capitals („BNN“, „FAZ“) in brackets or alone on its line — never by the weekday
abbreviations a bracket holds before a day („(SA, 12.03.)“).
"""

from __future__ import annotations

import re

from netdir import lazy_re

_FLAGS = re.IGNORECASE

#: Lower-case pieces one of the cues needs (``when_roles.may_hold_roles`` asks for them).
PRESS_HINTS = (
    "artikel",
    "bericht",
    "beitrag",
    "ausgabe",
    "veröffentlich",
    "erschienen",
    "publiziert",
    "abgedruckt",
    "ausgestrahlt",
    "anzeiger",
    "zeitung",
    "tagblatt",
    "rundschau",
    "kurier",
)

# A piece of press: what a paper prints or a station sends.
_PIECE = (
    r"(?:\w*artikel|\w*bericht|beitrag|interview|reportage|kommentar|leserbrief|meldung"
    r"|veröffentlichung|video|sendung)"
)
_PUBLISHED_VERB = (
    r"(?:veröffentlicht|publiziert|abgedruckt|gedruckt|erschienen|ausgestrahlt|gesendet)"
)
# „Die BNN haben am 16. Januar einen Artikel über … veröffentlicht“: the piece and the verb of
# publishing after the day, in the same clause (a clock's or a date's dot may not end it).
_PIECE_PUBLISHED_AFTER = lazy_re.compile(
    r"^[\s,]*(?:[^\W\d]+\s+){0,2}?(?:einen|ein|eine|den|die|das|ihren|seinen|unseren|unsere)\s+"
    rf"(?:[^\W\d]+\s+){{0,2}}?{_PIECE}\b[^.!?;]{{0,120}}?\b{_PUBLISHED_VERB}\b",
    _FLAGS,
)
# „Der Artikel wurde am 12. September 2019 im Amtsblatt … veröffentlicht“, „Dieser Artikel ist am
# 5. März 2020 im Amtsblatt … erschienen“: the piece before the day, the verb after it (told in
# the past: „Der Beitrag wird am 17.12.2025 … im WDR ausgestrahlt“ is a broadcast to watch).
_PIECE_WAS_BEFORE = lazy_re.compile(
    rf"\b{_PIECE}\s+(?:wurde|ist|war)\s+(?:[^\W\d]+\s+){{0,2}}?am\s+$", _FLAGS
)
_PUBLISHED_VERB_AFTER = lazy_re.compile(rf"^[^.!?;]{{0,100}}?\b{_PUBLISHED_VERB}\b", _FLAGS)
# „Die Kraichgauer Stimme berichtete am 11. Oktober 2005“ (round 328, a history society's reprint
# of a report), „Die Rhein-Neckar-Zeitung schrieb am …“: a paper, named by its word for a paper,
# as the subject of reporting right before the day — the day the report came out (a speaker who
# „berichtete am 10. März über …“ is no paper)
_PAPER = r"(?:zeitung|kurier|anzeiger|tagblatt|rundschau|nachrichten|stimme|bote|presse|echo)"
_PAPER_REPORTED_BEFORE = lazy_re.compile(
    rf"\b[\w-]*{_PAPER}\s+(?:berichtete|berichtet|schrieb|meldete)\s+(?:bereits\s+)?am\s+$",
    _FLAGS,
)
# „(veröffentlicht im Handelsblatt am 12.10.2009)“: the paper named between the verb and the day.
_PUBLISHED_IN_BEFORE = lazy_re.compile(
    r"\b(?:veröffentlicht|publiziert|abgedruckt|ausgestrahlt)\s+(?:in|im|auf|bei)\s+"
    r"(?:(?:der|dem|den)\s+)?(?:[^\W\d]+\s+){0,4}?am\s+$",
    _FLAGS,
)
# „in Ihrer Ausgabe vom 25. September 2019“, „im Presseartikel vom 16.01.2018“, „Baden-TV Bericht
# vom 14. März 2018“: an issue, a press article or a broadcast report dated by „vom“.
_ISSUE_BEFORE = lazy_re.compile(
    r"\b(?:(?:ihrer|seiner|deren|dessen|der|unserer|eurer|heutigen|aktuellen)\s+"
    # "was in der GEA-Ausgabe vom 24.12.2021 zu lesen war" (round 222): the paper's acronym or a
    # word for the kind of issue compounded (not a food bank's „Lebensmittelausgabe“)
    r"(?:(?-i:[A-ZÄÖÜ]{2,6})-|zeitungs|print|online-?|wochenend|samstags|sonntags)?ausgabe"
    r"|(?:presse|zeitungs|online)(?:artikel|bericht|beitrag)"
    r"|(?:tv|fernseh|radio|rundfunk)[\s-]*(?:bericht|beitrag|sendung|interview))\s+vom\s+$",
    _FLAGS,
)
# „(BNN vom 27.04.18)“, „BNN vom 11. Juni 2019“ alone on its line, „“(BNN, 19.04.2012)“ after a
# quotation: a paper's acronym cites its issue. Capitals only (not a weekday's „SA“ or „SO“).
_ACRONYM = r"(?-i:(?!(?:MO|DI|MI|DO|FR|SA|SO|KW)\b)[A-ZÄÖÜ]{2,6})"
_BRACKET_ACRONYM_VOM_BEFORE = lazy_re.compile(r"\(\s*" + _ACRONYM + r"\s+vom\s+$", _FLAGS)
_LINE_ACRONYM_VOM = lazy_re.compile(r"\s*" + _ACRONYM + r"\s+vom\s+", _FLAGS)
_QUOTED_ACRONYM_BEFORE = lazy_re.compile(
    r"[“”\"»«]\s*\(\s*" + _ACRONYM + r"\s*(?:vom\s+|,\s*)$", _FLAGS
)
_CITATION_CLOSES = lazy_re.compile(r"^\s*(?:\)|$)")
# "Mittwoch, 29. März 2023 - Reutlinger General-Anzeiger" (round 222): a quoted article's dateline,
# the paper's name after a dash closing the line (a name ending in a newspaper's word).
_PAPER_CLOSES = lazy_re.compile(
    r"^\s*[-–—|]\s*(?:[^\W\d][\w.-]*\s+){0,3}?[\w-]*"
    r"(?:anzeiger|zeitung|tagblatt|rundschau|kurier|nachrichten)\s*(?:\n|$)",
    _FLAGS,
)
# „von Claus-Dieter Wotruba, MZ vom 9.6.08 - Foto: …“: an article's byline, its writer, then the
# paper's acronym dating the issue (round 226).
_BYLINE_ACRONYM_VOM = lazy_re.compile(
    r"^\s*von\s+(?:(?-i:[A-ZÄÖÜ])[\w-]*\.?\s+){0,2}(?-i:[A-ZÄÖÜ])[\w-]*\s*,\s*"
    + _ACRONYM
    + r"\s+vom\s+$",
    _FLAGS,
)

# „Online-Artikel der Braunschweiger Zeitung von Ann Claire Richter am 08.09.2022.“, „Beitrag des
# Radio Okerwelle von Helmut Priedigkeit am 26.11.2020.“ (round 238): a reprinted piece's credit
# line, its writer's name after „von“, then the day it came out.
_PIECE_BY_WRITER_BEFORE = lazy_re.compile(
    rf"\b{_PIECE}\b[^.!?;]{{0,80}}?\bvon\s+(?:(?-i:[A-ZÄÖÜ])[\w-]*\.?\s+){{1,3}}am\s+$",
    _FLAGS,
)
# „(s. Artikel „Das Vorbild …“, BZ vom 22.12.2021)“ (round 238): a citation in brackets, the
# paper's acronym after a comma dating the issue.
_COMMA_ACRONYM_VOM_BEFORE = lazy_re.compile(r"[,;]\s*" + _ACRONYM + r"\s+vom\s+$", _FLAGS)


def press_dated(before: str, after: str) -> bool:
    """Whether the date between these texts is when a newspaper article, a broadcast or an issue
    came out (no event's day)."""
    tail = before[-80:]
    lowered = tail.lower()
    if _PIECE_PUBLISHED_AFTER.match(after):
        return True
    if "am" in lowered[-30:] and (
        (_PIECE_WAS_BEFORE.search(tail) and _PUBLISHED_VERB_AFTER.match(after))
        or _PUBLISHED_IN_BEFORE.search(tail)
    ):
        return True
    if "vom" in lowered[-6:] and _ISSUE_BEFORE.search(tail):
        return True
    if "am" in lowered[-6:] and _PAPER_REPORTED_BEFORE.search(tail[-60:]):
        return True  # „Die Kraichgauer Stimme berichtete am 11. Oktober 2005“
    if _PAPER_CLOSES.match(after):
        return True
    if "vom" in lowered[-6:] and _BYLINE_ACRONYM_VOM.match(before):
        return True
    if "von" in lowered and _PIECE_BY_WRITER_BEFORE.search(before[-160:]):
        return True
    if "v" in lowered[-6:] and _SITE_VOM_BEFORE.search(tail[-60:]) is not None:
        return True  # „- „Aus der Ferne das Richtige tun“, zeit.de vom 16.02.2012“: a site's piece
    if _CITATION_CLOSES.match(after) is None:
        return False
    if (
        "vom" in lowered[-6:]
        and before.rfind("(", len(before) - 200) > before.rfind(")")
        and _COMMA_ACRONYM_VOM_BEFORE.search(tail[-20:]) is not None
    ):
        return True  # „(s. Artikel „…“, BZ vom 22.12.2021)“: a citation closing its bracket
    return (
        _BRACKET_ACRONYM_VOM_BEFORE.search(tail[-20:]) is not None
        or _QUOTED_ACRONYM_BEFORE.search(tail[-20:]) is not None
        or _LINE_ACRONYM_VOM.fullmatch(before.rsplit("\n", 1)[-1]) is not None
    )


# A paper's acronym right before „vom“ or in a bracket with a comma: the citation cue's cheap test.
_ACRONYM_HINT = lazy_re.compile(r"(?-i:[A-ZÄÖÜ]{2,6})(?:\s+vom\s|\s*,\s*)\d")
# „zeit.de vom 16.02.2012“, „arte.tv v.30.12.2011“, „bbc.co.uk v. 28.12.2011“ (round 275, a club's
# press list): a news site's address dating the piece it links to.
_SITE = r"\b[a-z][\w-]*(?:\.[\w-]+)*\.(?:de|com|org|net|tv|uk|info|eu|at|ch|fm)"
_SITE_VOM_BEFORE = lazy_re.compile(_SITE + r"\s*,?\s+(?:vom|v\.)\s*$", _FLAGS)
_SITE_HINT = lazy_re.compile(_SITE + r"\s*,?\s+(?:vom|v\.)\s*\d", _FLAGS)


def may_cite_press(text: str, lowered: str) -> bool:
    """Cheap test whether a date of the text may be a press piece's (``press_dated``)."""
    return (
        any(map(lowered.__contains__, PRESS_HINTS))
        or _ACRONYM_HINT.search(text) is not None
        or (" v" in lowered and _SITE_HINT.search(text) is not None)
    )
