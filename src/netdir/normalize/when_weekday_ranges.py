"""Opening hours written as a range of weekdays with its hours („Di–Sa 10–18 Uhr“, „Tue-Sat: 10am-6pm“,
„Tuesday–Saturday, 12:00pm–8:00pm“): the hours of every day of the range, week by week — a weekly
rule, as „dienstags bis samstags 10–18 Uhr“ already reads, never a single day. The range is
rewritten into those weekday adverbs, so the rules for them give the days and the hours.

Only a range followed by a range of hours is rewritten: a bare „Mo-Fr“ (a contact line, a
sign-up window) or „Fr-So, 12.-14. Mai“ (a weekend's days) names no hours kept week by week.
So is one weekday with its hours right under an opening-hours label („Öffnungszeiten | Sonntag
9:00 - 12:00 Uhr“): a museum's Sunday hours, every Sunday."""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.when_grammar import AM_PM, FLAGS, WD_ALT
from netdir.normalize.when_words import WEEKDAY_ABBREVIATIONS

_ADVERBS = ("montags", "dienstags", "mittwochs", "donnerstags", "freitags", "samstags", "sonntags")
_CLOCK = r"\d{1,2}(?:[:.][0-5]\d)?"
_HOURS = (
    rf"(?:{_CLOCK}\s*(?:uhr\s*|h\s*)?(?:{AM_PM}\s*)?(?:-|bis|to|until|till)\s*{_CLOCK}\s*"
    rf"(?:uhr\b|h\b|{AM_PM})"
    rf"|\d{{1,2}}:[0-5]\d\s*-\s*\d{{1,2}}:[0-5]\d(?!\d))"
)
# "Di-Sa 10-18 Uhr", "Mo. bis Fr. von 9 bis 12 Uhr", "Tue-Sat: 10am-6pm", "Tuesday-Saturday,
# 12:00pm-8:00pm" (dashes are made one kind before this runs); "every Monday-Friday from 9-10am":
# the adverbs say every, the word goes.
_RANGE_WITH_HOURS = lazy_re.compile(
    rf"(?:\b(?:every|each)\s+)?(?<![\w.])(?P<a>{WD_ALT})\.?\s*(?:-|bis|to|through|thru)\s*(?P<b>{WD_ALT})\b\.?"
    rf"\s*[:,]?\s*(?P<cue>(?:von|from|jeweils|je)\s+)?(?={_HOURS})",
    FLAGS,
)
_CUES = ("-", "bis", "to", "thr")
# What an office's staff or a rule keeps, no offering: „Büro: Mo bis Fr 09:30 bis 14:30 Uhr“,
# „Sprechzeiten“, „office hours“; „zu den Öffnungszeiten (Di-Do 14 bis 17 Uhr) … erhältlich“
# (when something can be had); „ab Freitag gelten … wieder die regulären Öffnungszeiten Montag bis
# Freitag …“ (hours in force from a day on).
_STAFF_HOURS_BEFORE = lazy_re.compile(
    r"\b(?:büro|sekretariat|geschäftsstelle|verwaltung|sprechzeit(?:en)?|sprechstunden?"
    r"|telefonzeit(?:en)?|geschäftszeit(?:en)?|servicezeit(?:en)?|erreichbar|telefonisch"
    r"|office|phone)\b"
    r"|\b(?:zu|während|innerhalb)\s+(?:den|der|unseren|unserer)\s+(?:\w+\s+)?öffnungszeit"
    r"|\b(?:gelten|gilt)\b[^|]*öffnungszeit",
    FLAGS,
)


def staff_hours_before(text: str, start: int) -> bool:
    """Whether an office's or a contact's cue („Büro:“, „Sprechzeiten“, „telefonisch“, „erreichbar“)
    stands in the 100 characters before ``start``: the weekdays and hours there are when someone
    can be reached, no offering (``when_relative`` asks this of „von Montag bis Freitag“ too)."""
    return _STAFF_HOURS_BEFORE.search(text, max(0, start - 100), start) is not None


# „Sie erreichen uns telefonisch: Mo-Fr 15.00 – 18.30 Uhr Sa 10.00 – 15.00 Uhr“ (round 318): a
# contact's range of weekdays with its hours and the weekdays listed after it with theirs — all of
# it when someone can be reached. Left in the text, the range stays unread and its hours went to
# the Saturday after it; the whole run is blanked instead (a lone range is left as it is).
_CONTACT_HOURS_RUN = lazy_re.compile(
    rf"(?<![\w.])(?:{WD_ALT})\.?\s*(?:-|bis|to|through|thru)\s*(?:{WD_ALT})\b\.?\s*[:,]?\s*"
    rf"(?:(?:von|from|jeweils|je)\s+)?{_HOURS}"
    rf"(?:\s*[,;]?\s*(?:und\s+|and\s+)?(?<![\w.])(?:{WD_ALT})\b\.?"
    rf"(?:\s*(?:-|bis)\s*(?:{WD_ALT})\b\.?)?\s*[:,]?\s*(?:(?:von|from)\s+)?{_HOURS})+",
    FLAGS,
)


def _blank_contact_run(found: re.Match[str]) -> str:
    if staff_hours_before(found.string, found.start()):
        return " " * len(found[0])
    return found[0]


def _as_adverbs(found: re.Match[str]) -> str:
    first = WEEKDAY_ABBREVIATIONS[found["a"].lower()]
    last = WEEKDAY_ABBREVIATIONS[found["b"].lower()]
    if first == last:
        return found[0]
    if staff_hours_before(found.string, found.start()):
        return found[0]
    return f"{_ADVERBS[first]} bis {_ADVERBS[last]} {found['cue'] or ''}"


# "Öffnungszeiten | Sonntag 9:00 - 12:00 Uhr", "Opening hours: Sunday 10am-4pm": the label, then
# one weekday (written out) and its hours.
_LABELLED_WEEKDAY = lazy_re.compile(
    rf"(?P<label>\b(?:öffnungszeiten|opening\s+hours)\s*[:|]\s*)(?P<a>{WD_ALT})\b\.?\s*,?\s*"
    rf"(?P<cue>(?:von|from|jeweils|je)\s+)?(?={_HOURS})",
    FLAGS,
)


def _labelled_as_adverb(found: re.Match[str]) -> str:
    day = WEEKDAY_ABBREVIATIONS[found["a"].lower()]
    return f"{found['label']}{_ADVERBS[day]} {found['cue'] or ''}"


def weekday_ranges_as_adverbs(text: str) -> str:
    """``text`` with each weekday range that has its hours after it written as weekday adverbs
    („Tue-Sat: 10am-6pm“ → „dienstags bis samstags 10am-6pm“)."""
    if "ffnungszeit" in text or "pening hours" in text:
        text = _LABELLED_WEEKDAY.sub(_labelled_as_adverb, text)
    if not any(cue in text for cue in _CUES):
        return text
    text = _CONTACT_HOURS_RUN.sub(_blank_contact_run, text)
    return _RANGE_WITH_HOURS.sub(_as_adverbs, text)
