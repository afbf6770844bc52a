"""Stamps told by what surrounds a date (``when_roles.role_of_date`` asks first): a page's
version note, a press release's place and date before its first sentence, an article's byline,
a report's closing thanks and signature or bracketed author, a news list's author or category
after the post's day, reading time and comments beside it, a print delivered as a supplement.
Split from ``when_roles.py``; the rules are unchanged.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.when_words import WEEKDAY_ABBREVIATIONS, alternation, optional_weekday

_FLAGS = re.IGNORECASE
#: How far from a date its surroundings are read (characters; as when_roles.SIGNUP_REACH).
_REACH = 120
# "Kirchhellen, 30.11.2017, 09:08 Uhr / Lesedauer: 2 min": an article's stamp beside its reading
# time; "Fri Nov 24 08:00:00 CET 2017": a program's timestamp (seconds and a zone's letters);
# "Archivnutzer_Blog, 13.11.2007, Chorverband Ludwig Uhland, Kommentare geschlossen": a blog
# post's byline beside its comments.
_POST_META_AFTER = lazy_re.compile(
    r"^[,\s\d:.]*(?:uhr\b)?[\s/|·•–-]*(?:lesedauer|lesezeit|reading\s+time)\b"
    r"|^\s*\d{1,2}:\d{2}:\d{2}\s+(?-i:[A-Z]{3,4})\s+\d{4}\b"
    r"|^[^.!?]{0,80}?\b(?:kommentare\s+(?:geschlossen|deaktiviert)|keine\s+kommentare"
    r"|\d+\s+kommentare?|comments?\s+(?:closed|off)|no\s+comments|\d+\s+comments?)\b"
    # "Sonntag, 22. April 2018 Designed by LernVid.com": a page footer's date
    r"|^[\s|·•–-]*(?:designed|powered|built)\s+(?:by|with)\b",
    _FLAGS,
)
# "03. Sep. 2013 | JPG 653 KB | Frankfurter Neue Presse …": a downloads list's file, its type and
# size beside the day it is dated.
_FILE_AFTER = lazy_re.compile(
    r"^\s*[|,·•–(-]?\s*(?:jpe?g|pdf|png|gif|docx?|xlsx?|pptx?|zip|mp3|mp4)\s*,?\s*"
    r"\(?\d+(?:[.,]\d+)?\s*[kmg]i?b\b",
    _FLAGS,
)
# "Sommerfest am 3. Dezember 2017, 3 Kommentare": a day said with "am" is the event's.
_EVENT_DAY_WORD_BEFORE = lazy_re.compile(r"\b(?:am|vom|ab|bis|on|at|from)\s*$", _FLAGS)
POST_META_HINTS = (
    "lese",
    "reading time",
    "kommentar",
    "comment",
    ":00 ",
    "designed",
    "powered",
    "built",
)
# "Das 96 Seiten starke Heft kommt am Samstag, 4. Februar, als Beilage der Tageszeitungen in die
# Haushalte": the day a print is delivered.
_DELIVERED_AFTER = lazy_re.compile(
    r"^[^.!?;]{0,60}?\b(?:als\s+beilage|in\s+die\s+(?:haushalte|briefkästen))\b", _FLAGS
)


# "03.09.25 - Veröffentlichungen": a listed post's day, then the category it is filed under.
_CATEGORY_AFTER = lazy_re.compile(
    r"^\s*(?:[-–|·•]|//)\s*(?:ver(?:ö|oe)ffentlichungen|pressemitteilungen|publikationen"
    r"|neuigkeiten|aktuelles|nachrichten|meldungen|allgemein|news|blog|press|publications"
    r"|uncategori[sz]ed)\s*$",
    _FLAGS,
)
CATEGORY_HINTS = ("ffentlichung", "mitteilung", "publi", "neuigkeit", "aktuell", "nachricht",
                   "meldung", "allgemein", "news", "blog", "press", "uncategori")  # fmt: skip


# "Von Irina Steinmann 26.07.2016, 11:05", "Von Verena Düren, Thomas Kölsch, 07.02.2019": an
# article's byline (one author or several), then its stamp; „von Constantin Müller, Maximilian
# Richt · 30. Juni 2020“: a middle dot or a dash may stand between the names and the day.
_BYLINE_NAME = r"[A-ZÄÖÜ][\w.-]+(?:\s+[A-ZÄÖÜ][\w.-]+){1,2}"
_BYLINE_BEFORE = lazy_re.compile(
    rf"^\s*(?:[Vv]on|[Bb]y)\s+{_BYLINE_NAME}(?:\s*(?:,|und|and|&)\s*{_BYLINE_NAME})*"
    r"\s*[,|·•–—-]?\s*$"
)


def opens_with_a_byline(before: str) -> bool:
    """Whether ``before`` (the text before a date) is a byline alone: „Von Irina Steinmann“,
    „By Jane Doe, John Roe |“ (``extract.credited_date_lines`` asks it of a listing's line)."""
    return len(before) < _BYLINE_REACH and _BYLINE_BEFORE.match(before) is not None


_BYLINE_REACH = 120  # four authors: „von Stefan Kaufmann, Constantin Müller, … · 20. Mai 2020“
# "(Michael Rahn/Kommunikateam, 16.6.2022)": a report's closing byline, its author and desk in
# brackets with the day it was written.
_PAREN_BYLINE_BEFORE = lazy_re.compile(
    r"\(\s*(?:[A-ZÄÖÜ][\w.-]+\s+){0,2}[A-ZÄÖÜ][\w.-]+\s*/\s*[^\W\d][^()/\d]{0,40}?,\s*$"
)
# "20.03.2020 - Heiko GollaZukunftstag am 26. März 2020 entfällt", "13.03.2020 - H.
# GollaSchulschließung vom 13. März …": a news list's post date and its author (an initial, or a
# name run into the headline), then the headline.
_POST_AUTHOR_AFTER = lazy_re.compile(
    r"^\s*[-–|]\s*(?:[A-ZÄÖÜ]\.\s?[A-ZÄÖÜ][a-zäöüß]+"
    r"|[A-ZÄÖÜ][a-zäöüß]+\s[A-ZÄÖÜ][a-zäöüß]+(?=[A-ZÄÖÜ][a-zäöüß]))"
)


# "Herzliche Gratulation zu diesen tollen Ergebnissen! SBix, 07.03.2017", "Vielen Dank für IHRE
# Hilfe Klaus Richter 09-04-2010": a report's closing thanks or congratulation, then its author's
# name and the day it was written, ending the text.
_SIGNATURE_BEFORE = lazy_re.compile(
    r"\b(?i:danke\w*|vielen\s+dank|gratulation|glückw\w*|grüße|gruß|thanks|thank\s+you|regards"
    r"|congratulations)\b[^.!?]{0,60}?[.!?]?\s+"
    r"(?P<name>(?:[A-ZÄÖÜ][\w-]*\.?\s+){0,3}[A-ZÄÖÜ][\w-]*)\s*,?\s*$"
)
_NOT_A_NAME = lazy_re.compile(
    r"\b(?:am|ab|bis|termin|treffen|datum|wann|beginn|start|"
    + alternation(WEEKDAY_ABBREVIATIONS)
    + r")\b",
    _FLAGS,
)
# "Version 1 - 17.02.2026, 20:00", "Die updated Version für 2026 kommt am Montag, den 16.03.": a
# page's version stamp, or the day its next version comes (a weekday and "den" may stand between);
# "Erfolgsmeldungen zur Version 0.8.9 vom 11.4.2017": the day a software version was built.
_WEEKDAY_OR_DEN = optional_weekday("den")
_VERSION_BEFORE = lazy_re.compile(
    r"\bversion\s*(?:\d+(?:\.\d+)*\s*(?:[-–:|]|vom\b)?\s*|\b[^.!?;\d]{0,30}?(?:\bfür\s+\d{4}\s+)?"
    rf"\b(?:kommt|erscheint|folgt)\s+(?:am\s+)?{_WEEKDAY_OR_DEN})$",
    _FLAGS,
)
# "Berlin, 02.11.2019 - In ihren jährlichen Berichten informiert der Verfassungsschutz über …": a
# press release's place and date, then its first sentence (a listing's "Hamburg, 12.05.2025 -
# Konzert im Stadtpark" has no sentence of ten words after its dash).
_DATELINE_PLACE_BEFORE = lazy_re.compile(r"^(?-i:[A-ZÄÖÜ])[\w.\-/ ]{1,30},\s*$")
# ("Hof, 24. Januar – Längst gibt es in den Süßwarenregalen keine „Mohrenköpfe“ mehr zu kaufen":
# quoted words count, and a teaser may break off before its full stop)
_DATELINE_SENTENCE_AFTER = lazy_re.compile(
    r"^\s*[-–—]\s+(?-i:[A-ZÄÖÜ])[^\W\d]*(?:[\s,]+[„“\"»«]?[^\W\d]+[“\"»«]?){9,}[^\d]*?(?:[.!?]|$)"
)
# The same first sentence holding figures („Der TC … richtete vom 09. bis 12. April 2026 die
# Spring Junior Challenge 2026 aus.“, „Das TCH LK Race Finale 2025 war ein voller Erfolg: Mit über
# 80 Teilnehmerinnen …“): up to its full stop (a stop after a figure is a day's, „09.“), words
# opening with a letter, ten or more of them, and figures fewer than words — a report's prose,
# not a listing row's name, hours and price.
_DASH_THEN_CAPITAL = lazy_re.compile(r"^\s*[-–—]\s+(?-i:[A-ZÄÖÜ])")
_SENTENCE_END = lazy_re.compile(r"(?<!\d)[.!?](?:\s|$)|\s\|\s")
_TOKEN = lazy_re.compile(r"[„“\"»«(]?(?P<first>\w)[\w.:/-]*")
_DATELINE_WORDS = 10


def stamped_by_surroundings(before: str, after: str) -> bool:
    """Whether the date between these texts is a page's or a post's stamp by what surrounds it:
    a version note, a press dateline, a byline, a closing signature, a report's bracketed
    byline, a news list's author, a print's delivery, reading time or comments, a category."""
    if "ersion" in before[-60:] and _VERSION_BEFORE.search(before[-60:]):
        return True
    if (
        len(before) < 34
        and after[:3].lstrip()[:1] in ("-", "–", "—")
        and _DATELINE_PLACE_BEFORE.match(before)
        and (_DATELINE_SENTENCE_AFTER.match(after) or _sentence_with_figures(before, after))
    ):
        return True
    if opens_with_a_byline(before):
        return True
    if (
        after.strip(" .") == ""
        and (signature := _SIGNATURE_BEFORE.search(before[-_REACH:])) is not None
        and not _NOT_A_NAME.search(signature["name"])
    ):
        return True
    if (
        after.lstrip().startswith(")")
        and "/" in before[-60:]
        and _PAREN_BYLINE_BEFORE.search(before)
    ):
        return True
    if (
        not before.strip()
        and after[:3].lstrip()[:1] in ("-", "–", "|")
        and _POST_AUTHOR_AFTER.match(after)
    ):
        return True
    head = after[:_REACH].lower()
    if "b" in head and _FILE_AFTER.match(after):
        return True
    if ("beilage" in head or "in die " in head) and _DELIVERED_AFTER.match(after):
        return True
    if (
        any(map(head.__contains__, POST_META_HINTS))
        and _POST_META_AFTER.match(after)
        and not _EVENT_DAY_WORD_BEFORE.search(before[-12:])
    ):
        return True
    return not before.strip() and _CATEGORY_AFTER.match(after) is not None


def _sentence_with_figures(before: str, after: str) -> bool:
    """Whether ``after`` opens with a dash and a sentence of ten or more words that also holds
    figures, fewer of them than words (see ``_DASH_THEN_CAPITAL``) — after a town, not after a
    weekday („Wed., July 8 — We welcome our four-footed friends to …“ is a market's day)."""
    if (
        _DASH_THEN_CAPITAL.match(after) is None
        or before.strip(" ,.").lower() in WEEKDAY_ABBREVIATIONS
    ):
        return False
    end = _SENTENCE_END.search(after)
    sentence = after[: end.end() if end is not None else len(after)]
    firsts = [token["first"] for token in _TOKEN.finditer(sentence)]
    words = sum(not first.isdigit() for first in firsts)
    return words >= _DATELINE_WORDS and len(firsts) - words < words
