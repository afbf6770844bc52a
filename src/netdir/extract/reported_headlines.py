"""A news teaser whose headline reports what has happened is no offering.

A neighbourhood council's start page shows, under „Aktuelles“, teasers built like event cards —
a category, a day, a headline and a lead: „Gründung“ / „22. April 2026“ / „Der Quartiersrat hat
sich gegründet“, „Alle Rollen im Organigramm sind besetzt“, „Das ASCEND Parklet ist wieder
eröffnet“ — beside the cards of its coming meetings. The day is when the news happened or went
up; read as rows of a listing, each report became an event on it. An offering is named by what
it is („Treffen des Quartiersrats“, „Stadtteilmesse und Freiwilligenmesse“), or invites („Wir
laden ein …“); a report is a sentence that ends in a past participle after its auxiliary („hat
… gegründet“, „sind besetzt“, „ist wieder eröffnet“, „wurde gewählt“). Such a headline, naming
no day or clock of its own, under a news heading („Aktuelles“, „Neuigkeiten“, „Meldungen“) is a
post.

A heading that names a thing and then, after a comma, the past participle of what was done to it
on the day that follows — „Zehn Leitsätze, unterzeichnet am 22. April 2026“, „Unser Verein,
gegründet am 3. Mai 1950“ — tells when that was done; it announces no event on that day
(``done_on_the_day``, asked by ``heading_announcements`` of a heading's words before the day).

A heading set as a question's clause about the day — „Was am 13. Mai gesagt wurde“, „Wie der
Sommerabend am 5. Juli gelaufen war“, „Wer am Sonntag gewonnen hat“ — opens with its question
word and ends in a past participle before a past auxiliary: the page reports what happened on
that day (``tells_what_happened``, asked by ``event_page`` of a heading that gives the page's
day). „Was am 13. Mai geplant ist“, „Was am Samstag geboten wird“ announce and stay.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.date_cues import TIME_LIKE, search_date_like

# „Aktuelles“, „Aktuelle Meldungen“, „Neuigkeiten“, „News“, „Meldungen“, „Neues aus dem Verein“.
NEWS_SECTION = lazy_re.compile(
    r"^(?:aktuelles|aktuelle\s+meldungen|aktuelle\s+nachrichten|neuigkeiten|news|"
    r"nachrichten|meldungen|neues(?:\s+aus\s+\S+(?:\s+\S+)?)?)\s*:?$",
    re.I,
)
# A subject, then an auxiliary and at the end its past participle: „Der Quartiersrat hat sich
# gegründet“, „Alle Rollen im Organigramm sind besetzt“, „Das Parklet ist wieder eröffnet“.
_REPORT = lazy_re.compile(
    r"^[A-ZÄÖÜ][\w’'-]*(?:\s+\S+){0,6}?\s+"
    r"(?:hat|haben|ist|sind|wurde|wurden|war|waren)\s+(?:\S+\s+){0,6}?"
    r"(?:ge[a-zäöüß]{3,}(?:t|en)|(?:be|ver|er|ent|zer|emp|miss)[a-zäöüß]{3,}t|[a-zäöüß]{3,}iert)"
    r"[.!]?$"
)
# „…, unterzeichnet“, „…, gegründet“, „…, beschlossen“: a past participle after the name's comma.
_DONE = lazy_re.compile(
    r",\s*(?:ge[a-zäöüß]{3,}(?:t|en)|(?:be|ver|er|ent|zer|emp|miss|unter)[a-zäöüß]{3,}(?:t|en)|"
    r"[a-zäöüß]{3,}iert)$"
)
# „Was … gesagt wurde“, „Wie … gelaufen war“, „Wer … gewonnen hat“: a question word, the clause,
# a past participle and then a past (or perfect) auxiliary at its end.
_TOLD_CLAUSE = lazy_re.compile(
    r"^(?:was|wie|wer|wen|wem|worüber|wovon|warum|wo)\s+(?:\S+\s+){1,10}?"
    r"(?:ge[a-zäöüß]{3,}(?:t|en)|(?:be|ver|er|ent|zer|emp|miss)[a-zäöüß]{3,}(?:t|en)|[a-zäöüß]{3,}iert)"
    r"\s+(?:wurde|wurden|war|waren|hat|haben|hatte|hatten)[.!?]?$",
    re.I,
)
_MIN_WORDS = 4
_MAX_WORDS = 14


def reports_what_happened(headline: str | None) -> bool:
    """Whether ``headline`` is a sentence reporting what has happened: a subject, an auxiliary,
    the past participle at its end, and no day or clock of its own."""
    if not headline:
        return False
    text = " ".join(headline.split())
    if not _MIN_WORDS <= len(text.split()) <= _MAX_WORDS:
        return False
    if search_date_like(text) is not None or TIME_LIKE.search(text):
        return False
    return bool(_REPORT.match(text))


def heads_news(heading: str | None) -> bool:
    """Whether a section heading names news („Aktuelles“, „Neuigkeiten“, „Meldungen“)."""
    return heading is not None and bool(NEWS_SECTION.match(heading.strip()))


def done_on_the_day(name: str) -> bool:
    """Whether the words before a heading's „am <day>“ end in a past participle after a comma
    („Zehn Leitsätze, unterzeichnet“): the day is when that was done, not an event's."""
    return bool(_DONE.search(name.strip()))


def tells_what_happened(heading: str | None) -> bool:
    """Whether a heading is a question's clause that tells what happened on its day („Was am 13.
    Mai gesagt wurde“): a report of the day, not an event's name."""
    return heading is not None and bool(_TOLD_CLAUSE.match(" ".join(heading.split())))
