"""Dates that are not the event's own: deadlines and page stamps, told by the words around them.

A date right after a deadline word ("Anmeldeschluss: 01.03.2027", "Bewerberfrist, Montag
27.9.2010", "Die Antragsfrist endete am 30. September", "bis spätestens 27.10.2025",
"Anmeldungen bitte bis …", "Early registration closes on …") is a **deadline**, and so is the day
sign-up opens ("Registration begins March 21", "Einschreibungsbeginn ist am …"); a date after a
stamp word ("Stand: 26.05.2025", "veröffentlicht am …", "zuletzt bearbeitet am …", "Verfasst am
…", "Pressemitteilung vom …", "Posted Nov 16, 2020") is the page's **published** date; a date
followed by a sign-up verb ("bis 15. April online anmelden") is a deadline too, and so is the day
tickets can first be had ("Kostenlose Eintrittskarten gibt es ab 13. Juni"), and a conference's
key dates labelled after the date ("April 30, 2024: Early bird registration due", "Oct. 1, 2023:
Submission system opens", "Abstracts may be submitted until 1 June 2024"); "11 March 2024 Draft
program released" and a document's date ("Antrag der Fraktionen … vom 23.05.2023", "Mit Schreiben
vom …") are published dates. A day a schedule
says nothing is offered on ("April 2 & 3—Spring Break, no program") is skipped and reported
nowhere (``cancelled``).
``parse_when`` never makes such a date the start or end: it reports it in ``When.deadline`` /
``When.published`` instead, so a caller sees what was skipped and why.

For extractors, :func:`netdir.normalize.when.date_role` says whether a whole text only names such
dates (a teaser line "Anmeldeschluss: 01.03.2027" is no event row). Stamps told by what surrounds
a date rather than by a cue word (bylines, signatures, version notes, press datelines, a post's
reading time or category) are ``when_stamps``'s; ``role_of_date`` asks it first. Sentences making a
date the last day to sign up or reply ("Anmeldung bis …", "Anmeldungen sind bis … möglich") are
``when_signup``'s; the day sign-up, sales or ticket handouts open ("Registration begins …",
"Vorverkauf ab …", "Karten gibt es ab …") is ``when_sales``'s.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.when_citations import CITATION_HINTS, cited_not_held
from netdir.normalize.when_foundings import (
    FOUNDING_HINTS,
    founded_on,
    founding_meeting_on,
    turns_years_today,
)
from netdir.normalize.when_hand_ins import is_hand_in_day, may_name_hand_in
from netdir.normalize.when_job_offers import JOB_HINTS, job_offered_from
from netdir.normalize.when_mailing_days import INVITED_HINTS, MAILED_HINTS, invited_on, mailed_on
from netdir.normalize.when_minutes_days import MINUTES_HINTS, minutes_day
from netdir.normalize.when_office_handovers import HANDOVER_HINTS, office_taken_from
from netdir.normalize.when_offices import OFFICE_HINTS, office_day
from netdir.normalize.when_online_from import ONLINE_HINTS, online_from
from netdir.normalize.when_press_dates import may_cite_press, press_dated
from netdir.normalize.when_requests_by import DUE_HINTS, REQUEST_HINTS, due_by, requested_by
from netdir.normalize.when_sales import SALES_HINTS, sales_open
from netdir.normalize.when_signup import (
    CUE_REACH,
    SIGNUP_REACH,
    SIGNUP_UNTIL_CUES,
    UNTIL_BEFORE,
    signed_up_by,
)
from netdir.normalize.when_signup_state import signup_opened_or_closed
from netdir.normalize.when_stamps import CATEGORY_HINTS, POST_META_HINTS, stamped_by_surroundings
from netdir.normalize.when_task_deadlines import TASK_HINTS, is_task_deadline
from netdir.normalize.when_words import (
    WEEKDAY_ABBREVIATIONS,
    alternation,
    has_any,
    optional_weekday,
)

DEADLINE = "deadline"
PUBLISHED = "published"
#: A day a schedule says nothing is offered on ("April 2 & 3—Spring Break, no program"): skipped
#: like a deadline, but reported nowhere (it is no offering's date at all).
CANCELLED = "cancelled"

_FLAGS = re.IGNORECASE
# Compound nouns end in the cue: Anmelde-/Einsende-/Antrags-/Bewerbungsschluss, Bewerber-/Antragsfrist.
_DEADLINE_WORDS = (
    # ("zum Jahresschluss am 31.12.": the year's end, a service's occasion, no deadline)
    r"\w*(?<!ab)(?<!be)(?<!jahres)schluss|\w*frist(?:en)?|anmeld\w*|registrier\w*|bewerbung\w*|einreich\w*|abgabe\w*"
    r"|einschreib\w*|deadline|\w*spätestens|registration|register|rsvp|apply"
    # "Stichtag ist der 25.10.": the cut-off day of a vote or a count
    r"|stichtag"
    # "Meldebegin: 05.08.2025" over "Meldeschluss: 15.09.2025": when entries for a dog-sports
    # test or a race open (the compound without "an-", as "Meldeschluss" is)
    r"|melde(?:beginn?|start|eröffnung)"
    # "ist eine Umänderung bis max. 8. Oktober noch möglich": the latest day for it
    r"|bis\s+(?:max|maximal|längstens)"
    # "Förderzeitraum endete am 31.12.2021": a grant's or an application's period
    r"|(?:förder|antrags|bewerbungs|einreichungs)zeitraum"
    # "Bitte meldet euch bis zum 1. November bei … an", "Melden Sie sich bis 3. Mai an": the
    # separable "sich anmelden" puts its verb before the date and its "an" after it.
    # Only before "bis": "Meldet euch am 3. Mai um 10 Uhr am Start" is the day to turn up.
    r"|(?:meldet\s+(?:ihr\s+)?euch|melden\s+sie\s+sich|melde\s+dich|meldest\s+du\s+dich)"
    r"(?=\s+(?:bitte\s+)?bis\b)"
    # "Abstracts may be submitted until 1 June 2024"
    r"|submitted|received"
    # "Tickets are $40 if purchased before Dec. 15": the last day of a price
    r"|(?:purchased|bought|booked)(?=\s+(?:before|by)\b)"
    # "Applications are due by August 10, 2016": the day something must be handed in
    r"|due(?=\s+(?:by|on|before)\b)"
    # "Assignment 2 - due 06.04.", "1st version due 31.12.2010" (round 267, a course's
    # exercises): "due" right before the day's digits
    r"|due(?=\s*$)"
    # "Registration and full payment (245€) is required by August 15th, 2025"
    r"|(?:required|needed|payable)(?=\s+(?:by|before)\b)"
    # "all names have to be sent off by WEDNESDAY 12TH DECEMBER 2012": the last day to send them
    r"|sent(?:\s+(?:off|in|back))?(?=\s+(?:by|before)\b)"
    # "Proposals for the June grant period are accepted through June 30": the last day to send
    r"|accepted(?=\s+(?:through|until|by|before)\b)"
    # "Last Day to Book: Monday, March 15, 2021": a booking's or sign-up's last day
    r"|last\s+day\s+(?:to|for)\s+[\w-]+"
    # "Closing date for applications: 21st October 2014": a job's or a call's last day
    r"|closing\s+date(?:\s+for\s+[\w-]+)?"
    # "Applications close on September 13th", "Entries closed 4 May": the last day to send one
    r"|(?:applications?|registrations?|submissions?|nominations?|entries|bookings?)\s+clos(?:e|es|ed|ing)"
    # "Fill out the survey and have your say! Survey ends on September 29th, 2023", "Die Umfrage
    # läuft bis zum 15. März": the last day to answer a survey or a consultation, no event's
    r"|(?:surveys?|polls?|questionnaires?|consultations?|\w*umfragen?|\w*befragung(?:en)?)"
    r"(?=\s+(?:ends?|ended|clos(?:e|es|ed)|läuft|endet)\b)"
    r"|(?:surveys?|polls?|questionnaires?|consultations?)\s+(?:is\s+|are\s+|remains?\s+)?open"
    r"(?=\s+(?:until|through|till)\b)"
    # "Term: Expires December 31, 2026" under a board member's name, "Offer expires June 1": the
    # day a term, a membership or an offer runs out
    r"|expires|expired|expiring|expiration"
    # "Please fill out the form no later than May 18": English for "bis spätestens" right before
    # a day ("arrive no later than 6:45 pm on Saturday, May 17" keeps the clock between)
    r"|(?:no|not)\s+later\s+than"
    # "Fiscal year ended June 30, 2026" under a district's audit, "for the year ending 31 March
    # 2025": the last day of an accounting period, as „Förderzeitraum endete am …“ is of a
    # grant's — no event's day
    r"|(?:(?:fiscal|financial|accounting|tax|budget)\s+|for\s+the\s+)(?:year|period|quarter)"
    r"(?=\s+(?:ended|ending|ends)\b)"
)
_PUBLISHED_WORDS = (
    r"(?<!-)stand(?=[\s_]*(?::|vom|\(|\d|$))|aktualisiert|veröffentlicht|erstellt|bearbeitet|geändert|eingestellt"
    # Plone's byline "zuletzt verändert: 21.03.2013 20:52": the file's stamp, no event's day
    r"|verändert"
    # "Quelle: … geprüft am 29. Juni 2026": the day a guide checked its entry against its source
    r"|(?:zuletzt\s+)?geprüft(?=\s*(?:am\b|:))|last\s+(?:checked|verified)|verified\s+on"
    r"|publikation|publiziert|publication"
    # "Newsletter #3 vom 18. Oktober 2013" under a barcamp's newsletter (round 266): an issue's day
    r"|(?:newsletter|rundbrief|rundschreiben)(?:\s*(?:#|nr\.?|no\.?)\s*\d+)?(?=\s+vom\b)"
    r"|eingereicht|eingegangen|verfasst|geschrieben|erschienen"
    r"|published|updated|posted|distributed|released|modified|written"
    # "The book comes out March 10th — Nola arrives March 21st": a book's release day, before
    # the visit that celebrates it
    r"|comes\s+out|came\s+out|(?<!new\s)releases|hits\s+(?:the\s+)?shelves"
    # a blog's byline in German with the English loan word: "Gepostet am 4 June 2019"
    r"|gepostet"
    # "Gesendet: Donnerstag, 24. Januar 2019 19:49", "Sent: Monday, May 4": a quoted e-mail's
    # header line, the day it was sent (round 217)
    r"|(?<![\w-])(?:gesendet|sent)(?=\s*:)"
    # "Letzte Änderung: 03. Juni 2023": a page's stamp („Letzte Aktualsierung: 26.04.2021“, round
    # 327, its i dropped by a slip)
    r"|(?:letzte|zuletzt)\s+(?:änderung|aktuali?sierung)"
    # "Änderungen nach dem 17.03.2024 sind fett hervorgehoben": which edits a page marks
    r"|änderungen\s+(?:nach|seit)"
    # "Update vom 20.06.2019:", "UPDATE 09. Oktober 2023:", "Letztes Update: 19.07.2024 12:00 Uhr":
    # the day a post was updated (not "Firmware-Update am 1. August", the update's own day);
    # "Update (07.03.2012): Wir treffen uns im Münchner Hofbräu.": its day in brackets
    r"|(?<!-)update(?=\s*(?:vom\b|:|\(\s*(?:\d|$)|\d|$))"
    # "## Update, May 11th": a post's update heading, its day after a comma (not "Software
    # update, May 20th", another word's update)
    r"|(?<![^\W\d_]\s)update(?=\s*,\s*$)"
    # "EDIT 12.06.17: Text aus § 113a hinzugefügt": the day a post was edited
    r"|(?<!-)edit(?:ed)?(?=\s*(?:vom\b|on\b|:|\d|$))"
    # "NACHTRAG am 11.01.2011: Die ARI Sektion … wird …": the day an addendum was written
    r"|(?<!-)(?:nachtrag|ergänzung)(?=\s*(?:am\b|vom\b|:|\d))"
    # "As of Monday, September 20, 2021, tests are still mandatory": English for "Stand"; "The
    # following rules apply from Wednesday, January 12, 2022": a rule's date, no offering's
    r"|as\s+of|(?:rules?|regulations?|measures?|restrictions?|requirements?|regeln|bestimmungen"
    r"|maßnahmen|auflagen)(?:\s+[^\W\d]+){0,2}?\s+(?:apply|applies|take\s+effect|gelten|gilt)"
    r"(?:\s+(?:from|since|ab|seit))?"
    r"|(?:artikel|beitrag|pressemitteilung|pressemeldung|pressebericht|presseinformation|meldung|info"
    r"|nachricht|news|aktualisierung|fassung)\s+vom"
    # "A version of this story ran on page 3 on 10/25/2013": the print edition's day
    r"|ran\s+on\s+page\s+\w+|appeared\s+(?:in\s+print|on\s+page\s+\w+)"
)
# What may stand between the cue and the date: "ist der", "endete am", "bis zum", a weekday.
_FILLER = (
    r"am|bis|vom|von|zum|zur|ist|der|den|die|endet|endete|läuft|ablaufend|spätestens|zuletzt"
    # "Anmeldungen bitte bis …", "Early registration closes on …"
    r"|bitte|please|closes|close|closed|ends|ended|ending|nehmen|nimmt|möglich"
    # "Anmeldungen sind ab dem 30. August möglich": sign-up opens that day
    r"|sind|ab|dem"
    # "ANMELDESCHLUSS: kommenden Mittwoch, 24. JULI 2024": the coming weekday
    r"|kommenden|kommende|nächsten|nächste|diesen|this|next|coming"
    r"|on|at|by|is|until|through|before|" + alternation(WEEKDAY_ABBREVIATIONS)
)
_CUE_BEFORE = lazy_re.compile(
    rf"\b(?:(?P<deadline>{_DEADLINE_WORDS})|(?P<published>{_PUBLISHED_WORDS}))(?:\b|(?=_))"
    # "Posted by admin on", "geschrieben von: Redaktion am"
    rf"[\s:,.|_(]*(?:(?:by|von):?\s+(?:[^\W\d]+\.?\s+){{1,3}}?(?=am\b|on\b))?"
    rf"(?:(?:{_FILLER})\b[\s:,.|]*){{0,3}}$",
    _FLAGS,
)
_DEADLINE_AFTER = lazy_re.compile(
    # ("Bis zum Montag 5.8., 18:00 hier registrieren": the deadline's clock after a comma)
    r"^\s*(?:,?\s*\d{1,2}[:.]\d{2}(?:\s*uhr)?\s+)?(?:\w+\s+){0,2}?"
    r"(?:anmelden|registrieren|bewerben|einreichen|einsenden)\b"
    # "Bis 20. September können sich Interessierte für den Hauptlauf anmelden", "Ab Dienstag
    # (7. Januar) um 8.30 Uhr können sich alle … anmelden": the clause's verb is a sign-up
    # (a clock's dot may stand between, another dotted date may not).
    # "(Montag, 14.12. bis Freitag, 18.12.) können Sie … unter dieser Nummer anrufen": a phone line
    # for signing up, no offering's days
    r"|^(?:[^.!?;]|(?<=\d)\.){0,60}?\b(?:kann|können)\s+(?:sie|man)\b[^.!?;]{0,100}?"
    r"\b(?:anrufen|telefonisch\s+anmelden)\b"
    # (only the clock's dot needs its own branch: a colon is no sentence end, and a branch of
    # its own for it would let every colon be read two ways — seconds on a run of „1:1:1:…“)
    r"|^(?:[^.!?;]|(?<=\d)\.(?=\d)){0,80}?\b(?:kann|können)\s+sich\b"
    r"(?:[^.!?;]|(?<=\d)\.(?=\d)){0,80}?\b(?:anmelden|registrieren|einschreiben)\b"
    # "am Freitag, 3. März, öffnet schon das Meldeportal": sign-up opens that day.
    r"|^\W*(?:\w+\s+){0,2}?(?:öffnet|startet|beginnt|opens|starts|begins)\s+(?:\w+\s+){0,2}?"
    r"(?:das\s+|die\s+|the\s+)?(?:melde|anmelde|online-anmelde|registrierungs)?"
    r"(?:portal|anmeldung|registrierung|registration|einschreibung)\b"
    # "1. August 2019, fällt der Startschuss für den Vorverkauf": sales or sign-up open that day.
    r"|^\W*(?:\w+\s+){0,3}?startschuss\s+(?:für|zum|zur)\s+(?:den\s+|die\s+|das\s+)?"
    r"\w*(?:verkauf|anmeldung|registrierung)"
    # "Bis zum 21.06. sind es nur 3 Anmeldungen": sign-ups counted so far, no event's day.
    r"|^\W*(?:sind|waren|gab|hatten|haben|liegen|lagen)\s+(?:es\s+|uns\s+|sich\s+)?(?:\w+\s+){0,3}?\d+"
    r"\s+(?:\w+\s+)?(?:\w*anmeldungen|registrations|sign-ups)\b"
    # "Bis 15. März 2024 | Anmeldeschluss für Wunsch-Standplätze": a table row's deadline label.
    r"|^[\s|:,-]*(?:ende\s+)?(?:\w*(?<!ab)(?<!be)schluss|\w*frist(?:en)?|deadline)\b"
    # A conference's key dates: "April 30, 2024: Early bird registration due", "25 March 2024
    # Earlybird registration discount ends", "Oct. 1, 2023: Submission system opens", "June
    # 15th, 2025: early registration ends" (but "June 6: Registration & Welcome" is the event's).
    # ("Monday 9th October: Croome entries open at 9pm": a race's entries)
    r"|^[\s|:,–-]*(?:[\w-]+\s+){0,3}?(?:registration|submissions?|abstracts?|papers?|proposals?"
    # ("So, 16.01. 2011: Reviews due - find reviews here": a seminar's hand-in days, round 267)
    r"|entries|reviews?|assignments?|slides|reports?|exercises?|homework|drafts?|versions?)\b"
    r"(?:\s+[\w-]+){0,3}?\s+(?:due|ends?|ended|closes?|closed|opens?|opened|deadline)\b",
    _FLAGS,
)
_STATUS_HINT = lazy_re.compile(
    r"mitglied|angehörig|beschäftigt|wohnhaft|gemeldet|versichert|eingeschrieben|tätig|zugelassen|berechtigt"
)
# "Ärzte …, die am 31. Dezember 2020 Mitglied der KVBW waren": a status held on a day, told in a
# relative clause (no event's day; reported nowhere).
_STATUS_RELATIVE_BEFORE = lazy_re.compile(
    r",\s*(?:die|der|das|welche[rs]?)\s+(?:am|zum)\s+$", _FLAGS
)
_STATUS_AFTER = lazy_re.compile(
    r"^[^.!?;,]{0,40}?\b(?:mitglied(?:er)?|angehörige|beschäftigt|wohnhaft|gemeldet|versichert"
    r"|eingeschrieben|tätig|zugelassen|berechtigt)\b[^.!?;,]{0,30}?\b(?:waren|war|sind|ist"
    r"|gewesen)\b",
    _FLAGS,
)
# "11 March 2024 Draft program released": the day something is published, no event's.
_PUBLISHED_AFTER = lazy_re.compile(
    r"^[\s|:,–-]*(?:[\w-]+\s+){0,3}?(?:released|published|posted|announced|announcement)\b"
    # "22.05.2015, — Artikel ausdrucken E-Mail verschicken": a news article's date above its
    # print and mail buttons
    r"|^[\s|:,–—-]*(?:artikel\s+)?(?:aus)?drucken\s+(?:e-?mail|per\s+e-?mail)\b"
    # "Am 25.06.1999 wurde beschlossen, dass …": the day something was decided or founded
    # "bei seiner Videokonferenz am 1.Juli festgelegt, dass der Kongress … am Samstag, den
    # 18.September stattfinden wird": the participle may follow the date at once when what was
    # decided follows it ("Das hat der Rat … am Dienstag, 14. Mai 2019, beschlossen." is the
    # council's meeting day)
    r"|^\s*,?\s*(?:wurde|wurden|hat|haben|hatte|hatten)\s+(?:[^\W\d]+\s+){0,4}?"
    r"(?:beschlossen|gegründet|verabschiedet|festgelegt|entschieden)\b"
    # "Am 03.02.2018 erschien folgender Artikel in der NWZ: …" (round 206): the day a piece
    # appeared in print, no event's day
    r"|^\s*,?\s*(?:erschien|erschienen|erscheint)\s+(?:[^\W\d]+\s+){0,3}?(?:artikel|bericht|beitrag"
    r"|interview|reportage|kommentar|leserbrief|porträt|portrait|ausgabe|heft|buch)\b"
    # "Am 23. Januar 2013 wurde die neue Homepage online gestellt": the day a site went live
    r"|^\s*,?\s*(?:wurde|wurden|ging|gingen)\s+(?:[^\W\d]+\s+){0,4}?online\b"
    r"|^\s*(?:beschlossen|festgelegt|entschieden|vereinbart)\s*,\s*(?:dass|that)\b"
    # "Der Kirchenvorstand hat am 17. Dezember entschieden, in der Weihnachtszeit Gottesdienste
    # zu feiern": what was decided follows as an infinitive clause
    r"|^\s*(?:beschlossen|festgelegt|entschieden|vereinbart)\s*,[^.!?;]{0,80}?\bzu\s+[^\W\d]+"
    # "die seit 15. Dezember 2020 in Kraft sind", "tritt am 1. Januar in Kraft": a rule's date
    r"|^\s*,?\s*(?:[^\W\d]+\s+){0,2}?in\s+kraft\b"
    # "Am 31.3. 2012 trat der Vertrag zwischen der LH Wiesbaden … (51%) … in Kraft" (round 278):
    # the verb right after the day, what took effect between it and "in Kraft"
    r"|^\s*,?\s*(?:trat|traten|tritt|treten)\b[^.!?;]{0,120}?\bin\s+kraft\b"
    # "Am 9.2.2012 beschließt die Stadtverordnetenversammlung … den Teilverkauf" (round 278): a
    # body deciding, its finite verb right after the day (a decision is none; "… am Dienstag, 14.
    # Mai 2019, beschlossen." closing the sentence stays the meeting's day)
    r"|^\s*,?\s*(?:beschließt|beschliesst|beschloss|beschlossen|beschließen|entschied|entscheidet)"
    # (a deciding body as subject: „Am 17. Juni 2020 beschließt die „Arena der Lösungen“ … den
    # Zukunftskongress“, round 41, closes a congress)
    r"\s+(?:der|die|das|den|dem)\s+(?:[^\W\d]+\s+){0,2}?[^\W\d]*(?:rat|versammlung|vorstand"
    r"|ausschuss|beirat|mitglieder|fraktion|kommission|gericht|parlament|landtag|bundestag|regierung"
    r"|kabinett|senat|magistrat|verwaltung|gremium|jury)\b",
    _FLAGS,
)
# "Beim letzten Training am 2. Oktober wurde gemeinsam beschlossen, …", "In der Sitzung am 3. Mai
# wurde festgelegt": what was decided at a meeting keeps the meeting's day.
_MEETING_BEFORE = lazy_re.compile(
    r"\b(?:beim|bei\s+der|bei\s+dem|in\s+der|auf\s+der|während\s+der|im\s+rahmen\s+der)\s+"
    r"(?:[^\W\d]+\s+){1,3}?(?:am|vom)\s+(?:(?:"
    + alternation(WEEKDAY_ABBREVIATIONS)
    + r")\.?,?\s*)?$",
    _FLAGS,
)
# "Mit der Gemeindevertretersitzung am 11.07. wurde der … Nachtragshaushalt beschlossen": a
# meeting named right before its day, what it decided closing the sentence (not "In seiner Sitzung
# am 11. Januar hat der Vorstand beschlossen, die … Mitgliederversammlung … abzusagen": the
# decision's content follows, the meeting is not what the text is about).
_MEETING_NOUN_BEFORE = lazy_re.compile(
    r"\b[^\W\d]*(?:sitzung|versammlung|tagung|konferenz|beratung)\s+(?:am|vom)\s+(?:(?:"
    + alternation(WEEKDAY_ABBREVIATIONS)
    + r")\.?,?\s*)?$",
    _FLAGS,
)
_DECISION_CLOSES = lazy_re.compile(r"\s*(?:[.!?]|$)")
_DECIDED_AFTER = lazy_re.compile(
    r"^\s*,?\s*(?:wurde|wurden|hat|haben|hatte|hatten)\s+(?:[^\W\d]+\s+){0,4}?"
    r"(?:beschlossen|verabschiedet|festgelegt|entschieden)\b",
    _FLAGS,
)
# "Gemeinsamer Antrag der Fraktionen von CDU, SPD … vom 23.05.2023", "Mit Schreiben vom
# 27.03.2019": the date a document was written (its subject may stand between).
_DOCUMENT_BEFORE = lazy_re.compile(
    r"\b(?:antr(?:ag|äge)|schreiben|bescheid|beschlussvorlage|vorlage|anfrage|eingabe"
    # "Geschäftsordnung des Kreistages des Rhein-Kreises Neuss vom 27.09.2023": rules' dates
    r"|stellungnahme|geschäftsordnung|satzung|verordnung|gesetz|richtlinien?|bekanntmachung"
    # "Lehrgangsordnung für die Verwaltungslehrgänge … vom 03.02.2012"
    r"|(?:lehrgangs|prüfungs|studien|gebühren|benutzungs|promotions|wahl)ordnung"
    # "Quelle: Fachbereich 2, Gemeinde Nordstemmen, E-Mail vom 19.11.2024"
    r"|e-?mail|brief"
    # "verlas das Gründungsprotokoll vom 14.11.1987" (round 234, at a 25th anniversary): a
    # founding's minutes or a deed, read out years later, are dated by their writing
    r"|gründungs(?:protokoll|urkunde)\w*|\w*urkunde"
    # "auf Beschluss des Rates der Stadt Bonn vom 12. November 2024", "in der Fassung der 2.
    # Änderung vom 18.12.2019" (round 216/217): a resolution's, a version's day
    r"|beschlus?s(?:es)?|fassung|änderung|erlass(?:es)?)\b"
    r"(?:[^.!?;]|\.(?=\S)|(?<=\d)\.){0,80}?\bvom\s+$"
    # "Dem Betrieb liegt ein Staatsvertrag zwischen dem Schweizer Bundesrat und dem König von
    # Italien, Vittorio Emanuele III., vom 12. November 1918 zugrunde" (round 280): a treaty's or
    # contract's day is its signing's, a stamp (its parties may take long to name)
    r"|\b\w*(?:vertrag(?:es|s)?|abkommens?)\b(?:[^.!?;]|\.(?=\S)|(?<=\d)\.){0,100}?"
    # (not "gemäß … Pachtvertrag … in der Zeit vom 01.11. bis zum 31.03.": a period the contract
    # sets, round 174)
    r"(?<!zeit\s)(?<!zeitraum\s)\bvom\s+$"
    # "„Richtlinien … (Förderrichtlinien Fassadenprogramm)“ vom 17.10.2013": rules named by a
    # compound
    r"|\w(?:richtlinien?|satzung|verordnung)\b[^.!?;]{0,80}?\bvom\s+$"
    # "Amtsblatt der Stadt Monheim am Rhein Nr. 6 vom 17. Februar 2020": a gazette's issue
    r"|\bamtsbl(?:att|ättern|atts|attes)\b[^!?;\d]{0,60}?\bnr\.\s*\d+\s+vom\s+$"
    # "Quellenangabe: Hofgeismarer Allgemeine vom 31.01.2025, Seite 3": a source's issue
    r"|\bquell(?:e|en|enangabe)\s*:[^.!?;\d]{0,80}?\bvom\s+$"
    # "Verwaltungsgericht Sigmaringen Urteil, 23. Aug. 2006 - 1 K 1456/05": a judgment's date
    r"|\burteils?\s*(?:vom\s+|,\s*)$"
    # "zum Bericht in der AZ Mainz vom 3.6.09": a newspaper's report, dated by its issue (a
    # "Bericht über die Sitzung vom …" is dated by the meeting)
    r"|\b(?:bericht|artikel|beitrag|interview)\w*\s+(?:in|im|aus)\s+(?:der|dem|den)\s+[^.!?;\d]{1,40}?\bvom\s+$"
    # "möge … seine Aussage im WK vom 23.8.2017 erläutern" (round 278): a statement quoted from a
    # paper (named by its initials) is dated by the issue
    r"|\baussage\w*\s+(?:in|im)\s+(?:der\s+|dem\s+|den\s+)?[^.!?;\d]{1,30}?\bvom\s+$"
    # "Bericht über das Konzert im Erzhäuser Anzeiger vom 21. September 2017", "im Amtsblatt
    # vom 12.3.": a paper's issue (named by what papers are called)
    r"|\b(?:in|im|aus)\s+(?:der\s+|dem\s+|den\s+)?[^.!?;\d]{0,30}?(?:anzeiger|zeitung|\w*blatt|kurier"
    r"|bote|rundschau|nachrichten|tagblatt|echo|journal|presse)\b[^.!?;\d]{0,20}?(?:\bvom\s+|\(\s*)$"
    # "in der Süddeutschen vom 13.12.21:": a paper named by its adjective
    r"|\b(?:in|aus)\s+der\s+(?-i:[A-ZÄÖÜ])[a-zäöüß]+en\s+vom\s+$"
    # "… greift Themen auf - Badische Zeitung, Mo, 30. November 2015": a press archive's line
    r"|\s[-–]\s[^.!?;\d]{0,40}?(?:zeitung|nachrichten|anzeiger|rundschau|kurier|tagblatt)\s*,?\s*"
    + optional_weekday()
    + r"$"
    # "gab den Bericht des ersten Kommandanten vom 01.01. bis 31.12.2017": whose report, and the
    # period it covers (no event's)
    r"|\b\w*bericht\w*\s+(?:des|der)\s+[^.!?;\d]{1,60}?\bvom\s+"
    r"(?:\d{1,2}\.(?:\d{1,2}\.)?(?:\d{2,4})?\s*(?:bis|-|–)\s*)?$",
    _FLAGS,
)
# "muss bis 30.06. bzw. 31.12. schriftlich erfolgen": the other of two last days.
_UNTIL_EITHER_BEFORE = lazy_re.compile(
    r"\bbis\s+(?:zum\s+)?\d{1,2}\.\d{1,2}\.(?:\d{2,4})?\s+(?:bzw\.|oder)\s+$", _FLAGS
)
# "Die Online-Anmeldung … muss jedoch am Freitag, den 12. Mai 2023 um 13.30 Uhr beendet sein": what
# must be done on a day (with a verb of getting done after it) is done by then, as "bis".
# ("Das Programm 2020 sollen wir im Oktober 2019 abgeben": "soll" and a month's "im" as well)
_MUST_ON_BEFORE = lazy_re.compile(
    r"\b(?:muss|müssen|sollte|sollten|soll|sollen)\b[^.!?;\d]{0,40}?\b(?:am|im)\b[^.!?;\d]{0,25}$",
    _FLAGS,
)
# "Das Mittagessen … kann nach Anmeldung beim Albrechthof ab dem 17.09.2024 gebucht werden": the
# day from or until which something can be booked or ordered is no offering's day (reported as
# the deadline, like the day sign-up opens).
_BOOKED_FROM_BEFORE = lazy_re.compile(
    r"\b(?:ab|bis)\s+(?:dem\s+|zum\s+)?" + optional_weekday("den") + r"$", _FLAGS
)
_BOOKED_AFTER = lazy_re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:gebucht|vorbestellt|bestellt|reserviert)\s+werden\b", _FLAGS
)
# Only verbs of handing in or getting done: "bis 31. März besichtigt werden" is an exhibition's end.
_DONE_BY_AFTER = lazy_re.compile(
    # (a clock's dot may stand between: "am … 12. Mai 2023 um 13.30 Uhr beendet sein")
    r"^(?:[^.!?;]|(?<=\d)\.(?=\d)){0,100}?\b(?:eingereicht|abgegeben|beantragt|angemeldet|gemeldet"
    r"|eingegangen"
    r"|umgesetzt|vorgelegt|eingesandt|eingeschickt|zurück\s?gegeben|bezahlt|überwiesen|erledigt"
    # "Danach muss die namentliche Meldung bis am 28. Februar gemacht werden", "Die Rechnung
    # dafür muss bis am 28. Februar 2025 beglichen werden": a sign-up made or a bill paid by then
    # "Anträge und Wünsche können bis 05.01.2025 an den Vorsitzenden gestellt werden": motions
    # for a members' meeting handed in by then
    r"|abgeschlossen|gemacht|beglichen|getätigt|vorgenommen|beendet|gestellt|eingebracht)"
    r"\s+(?:sein|werden|worden\s+sein)\b"
    # "Eine Programm-Übersicht wird den Eltern bis am Montag, 20. März 2023 via Klapp zugestellt":
    # a passive of sending or handing over closing the clause
    r"|^[^.!?;]{0,60}?\b(?:zugestellt|zugeschickt|zugesandt|verschickt|versandt|eingereicht"
    # „Aus den eingeladenen Einreichungen werden von einer Jury bis zum 6. Dezember die vier
    # finalen Hackstipendiaten ausgewählt.“ (round 302): who is chosen or told by the day
    r"|abgegeben|überwiesen|bezahlt|ausgewählt|ausgelost|benachrichtigt)\s*(?:[.!?;]|$)"
    # "sind bitte bis zum 16. Februar 2025 zu überweisen", "Der Restbetrag ist bis zum 31. August
    # fällig", "Anträge müssen bis zum 21.02.2026 … vorliegen": what is paid or handed in by a day
    # ("bis zum 3. Mai zu sehen" is a run's end)
    # (an ordinal's dot may stand between: "beim 1. Schützenmeister vorliegen")
    # ("muss bis 30.06. bzw. 31.12. schriftlich erfolgen": a notice's last day; "bzw." ends no clause)
    r"|^(?:[^.!?;]|(?<=\d)\.|(?<=bzw)\.){0,100}?\b(?:zu\s+(?:überweisen|bezahlen|zahlen|entrichten"
    r"|begleichen)|fällig|vorliegen|vorzulegen|einzureichen|einzuzahlen|abzugeben|erfolgen"
    # "Bestehende Wohnungen sind bis zum 31. Dezember 2014 entsprechend auszustatten": what must
    # be fitted or replaced by a day
    r"|auszustatten|nachzurüsten|umzurüsten|auszutauschen)\b"
    # "Bis nächsten Mittwoch zur Diplomverteidigung soll ich auch noch ein Poster einreichen": a
    # modal verb and one of handing in
    r"|^[^.!?;]{0,100}?\b(?:soll|sollen|sollte|sollten|muss|müssen|musst)\b[^.!?;]{0,60}?"
    r"\b(?:einreichen|abgeben|einsenden|vorlegen|einzahlen|überweisen|bezahlen)\b"
    # "sollen wir im Oktober 2019 abgeben, damit …": the modal before the day (``_MUST_ON_BEFORE``),
    # the verb of handing in closing the clause
    r"|^[^.!?;]{0,60}?\b(?:einreichen|abgeben|einsenden|vorlegen|einzahlen|überweisen|bezahlen)"
    r"\s*(?:[,.!?;]|$)",
    _FLAGS,
)
# "Please use the Event Brite link to register for all events by March 17": a sign-up or a booking
# named earlier in the clause, then "by" right before the date.
_REGISTER_BY = lazy_re.compile(
    # ("Email <…@…> by 8 January if you hope to attend": a reply by e-mail)
    r"\b(?:register|registration|sign\s+up|rsvp|book|reserve|apply|e-?mail|reply|respond)\b"
    r"(?:[^.!?;]|\.(?=\w)){0,60}?"
    r"\b(?:by|before|no\s+later\s+than)\s+(?:(?:"
    + alternation(WEEKDAY_ABBREVIATIONS)
    + r")\.?,?\s*)?$"
    # "please complete and return by the 16th January", "let Jessica, Mark or Lorraine know if you
    # would like to attend and a £10 deposit, by Friday October 16th", "let me have the details
    # and payment by Sunday 12th June", "send me details of any resolutions you may wish to put
    # forward at the AGM by the 28th January": a request answered by that day (round 160)
    # ("to send links to the image files … to rewilding@offgallery.at by 30 June 2024", round 236)
    r"|\b(?:return|let\s+(?:[^\W\d]+,?\s+){1,5}?know|payment|send|submit)\b"
    r"(?:[^.!?;]|\.(?=\w)){0,90}?"
    r"\b(?:by|before|no\s+later\s+than)\s+(?:the\s+)?(?:(?:"
    + alternation(WEEKDAY_ABBREVIATIONS)
    + r")\.?,?\s*)?$",
    _FLAGS,
)
# "Please check back on June 27 at 10:00 am to see if we are able to accommodate additional
# requests": the day to look at the page again, no offering's.
_CHECK_BACK_BEFORE = lazy_re.compile(
    r"\bcheck\s+back\s+(?:here\s+)?(?:on|after|by)?\s*(?:(?:"
    + alternation(WEEKDAY_ABBREVIATIONS)
    + r")\.?,?\s*)?$",
    _FLAGS,
)
_REGISTER_HINTS = (
    "regist",
    "sign up",
    "rsvp",
    "book",
    "reserv",
    "apply",
    "mail",
    "reply",
    "respond",
    "return",
    " know",
    "payment",
    "send ",
    "submit",
)
# "Eintritt: 19€, ab 27. Juni: 24€": the day a price applies from is no event's (as "if purchased
# before Dec. 15").
_PRICE_FROM_BEFORE = lazy_re.compile(r"\b(?:ab|from)\s+(?:dem\s+)?$", _FLAGS)
_PRICE_AFTER = lazy_re.compile(
    r"^\s*[:,]?\s*(?:\d+(?:[.,]\d{1,2})?\s*(?:€|euro\b|eur\b)|[€$]\s*\d)", _FLAGS
)
# "PRESSEINFORMATION der Stadt Lohne, Pressesprecher Ch. Tombrägel 26.August 2016": a release's
# header line ends with its date.
_RELEASE_HEADER = lazy_re.compile(
    r"\b(?:presseinformation|pressemitteilung|pressemeldung|press\s+release)\b[^\n:!?]{0,80}$"
    # "PM 126 | 26.11.2024": a press release's number, then its date
    r"|(?-i:\bPM)\s+\d{1,4}\s*[|/–-]\s*$",
    _FLAGS,
)
# "27.02.2023 | Stand 17.09.2023", "03.04.2024 - aktualisiert am 09.04.2024 - 14:53": the date
# before an update stamp is the first publication's.
_BEFORE_STAMP = lazy_re.compile(
    r"^[,\s\d:uhr]*(?:\||\s[-–]\s)\s*(?:stand|aktualisiert|updated|zuletzt)\b", _FLAGS
)
# "April 2 & 3—Spring Break, no program", "No storytime on 4/20": a schedule's line saying
# nothing is offered that day. (A named event that is called off, "Die Bürgerversammlung am 30.
# Dezember fällt aus", keeps its day: a listing reports it with its status.)
_NOTHING_AFTER = lazy_re.compile(
    r"^[^.!?;\d]{0,40}?\b(?:no\s+(?:program(?:me)?s?|story\s?times?|classes|class|meetings?"
    r"|services?|sessions?)|kein\s+programm)\b",
    _FLAGS,
)
# "13. bis 18.09.2016 Anmelden bei … mit Schiffsname": a day range's end, then a sign-up note
# opening with a capital (a new line or sentence of its own), is the event's span, not the day to
# sign up by ("bis 18.09.2016 anmelden", "vom 1. bis 15. März online anmelden" stay deadlines).
_RANGE_END_BEFORE = lazy_re.compile(
    r"(?<![\d.:])\d{1,2}\.(?:\d{1,2}\.)?\s*(?:-|–|bis(?:\s+zum)?)\s*$", _FLAGS
)
_SIGNUP_NOTE_AFTER = lazy_re.compile(r"^\s*(?:Anmelden|Registrieren|Einschreiben)\b")
# "Anmeldung zu Zusatzveranstaltungen für Gasthörer:innen: ab dem 19.09.2025", "Deadline for
# oral contributions: 15 May 2023 Notifications for oral contributions: 1 June": a label naming
# a sign-up, a deadline or a notice, then its colon and the date (the label may be long; a
# colon inside a word, "Gasthörer:innen", is no label's end).
_LABEL_BEFORE = lazy_re.compile(
    r"(?:^|[.!?;|\d]\s)\s*(?:anmeld\w*|rückmeld\w*|einschreib\w*|bewerbung\w*|einreich\w*|abgabe\w*"
    r"|deadlines?|notifications?|benachrichtigung\w*)\b(?:[^.!?:;|\d]|:(?=[^\W\d_])){0,80}:\s*"
    r"(?:(?:ab|bis|zum|dem|den|am|vom|on|by|until|from)\b\s*){0,3}$",
    _FLAGS,
)
# "Ab dem 01.01.2019 beträgt der jährliche Mitgliedsbeitrag 10 €", "Bis zum 31.12.2018 beträgt der
# monatliche Mitgliedsbeitrag 2 €": a fee from or until a day (as "ab 27. Juni: 24€").
_FEE_FROM_BEFORE = lazy_re.compile(r"\b(?:ab|bis)\s+(?:dem\s+|zum\s+)?$", _FLAGS)
_FEE_AFTER = lazy_re.compile(
    r"^[^.!?;]{0,40}?\b(?:beträgt|betragen|kostet|kosten)\b[^.!?;]{0,60}?(?:€|euro\b|eur\b)", _FLAGS
)
# "wird zum 1. Januar eines jeden Jahres … fällig", "sind uns … die Räumlichkeiten zum 31. Oktober
# 2020 gekündigt worden": the day a fee falls due or a lease ends is no event's.
# („… so dass wir die Beiträge zum 1. Januar statt zum 1. Juli erheben können“ (round 313, a
# cooperative's invitation): the day dues are levied or collected (a day's dot may stand between)
_AS_OF_BEFORE = lazy_re.compile(r"\bzum\s+$", _FLAGS)
_DUE_AFTER = lazy_re.compile(
    r"^(?:[^.!?;]|(?<=\d)\.){0,80}?"
    r"\b(?:fällig|erheben|erhoben|einziehen|eingezogen|abbuchen|abgebucht)\b",
    _FLAGS,
)
_ENDS_AFTER = lazy_re.compile(
    r"^[^.!?;]{0,40}?\b(?:gekündigt|kündigen|wirksam)\b"
    # "diente er im Fernmeldezug … und schied zum 31.12.1986 aus" (round 234, a chairman's
    # portrait): the day one leaves a service or an office is no event's
    r"|^\s*(?:aus\b|ausgeschieden\b)",
    _FLAGS,
)
# "New Extra pool … goes into effect July 1st", "fees … will take effect April 19, 2022", "a new
# fee schedule published in Report and Order FCC 20-184 on December 29, 2020": a rule's date.
_EFFECT_BEFORE = lazy_re.compile(
    r"\b(?:(?:go|goes|went|will\s+go)\s+into\s+effect|takes?\s+effect|took\s+effect|effective)"
    r"\s+(?:on\s+|from\s+)?$"
    r"|\bpublished\s+in\s+[^.!?;]{1,60}?\bon\s+$",
    _FLAGS,
)
# "Das aktuelle Programm wird am 20. April bekannt gegeben": the day a programme or its details
# are published (what is revealed at a festival, "Die Höhe des Baumes wird am Abend des 1. Mai
# bekanntgegeben", is the festival's day: only a published thing as the clause's subject counts).
_PUBLISHED_THING_BEFORE = lazy_re.compile(
    r"\b(?:\w*programm\w*|termine|tagesordnung\w*|details|einzelheiten|informationen|infos?"
    # "Dieser Beitrag wurde bereits am 03.01.2026 veröffentlicht": a post's own day
    r"|\w*plan|line-?up|ergebnisse?|beitrag|artikel|blogbeitrag|interview"
    # "Die Original Erklärung wurde … am 15. Juni 2020 hier veröffentlicht", "Diese Nachricht
    # wurde mit der Einladung … am 13. November verschickt", "Diese Arbeitsfassung des
    # Flächennutzungsplans hat Levin am 6. September 2023 von der Gemeinde … bekommen": when a
    # text or a document was published, sent or received
    r"|erklärung|nachricht|mitteilung|\w*fassung|dokument\w*|unterlagen|e-?mail|brief)\b"
    r"[^.!?;]{0,80}$",
    _FLAGS,
)
_ANNOUNCED_AFTER = lazy_re.compile(
    # ("in der BZ veröffentlicht": where, then the participle)
    r"^\s*,?\s*(?:[^\W\d]+\s+){0,4}?(?:bekannt\s?gegeben|veröffentlicht|freigeschaltet"
    r"|verschickt|versandt|versendet|zugeschickt|bekommen|erhalten)\b",
    _FLAGS,
)
# "Am 31. Oktober wurde im Donauanzeiger ein Bericht von … zu unserer Jahreshauptversammlung,
# welche am 25.10.2024 … stattfand, veröffentlicht": the day a report on an event appeared (the
# sentence may hold the event's own date, its dots between digits).
_REPORT_PUBLISHED_AFTER = lazy_re.compile(
    r"^\s*,?\s*(?:wurden?|ist|sind)\s+(?:[^.!?;]|(?<=\d)\.){0,60}?\b(?:ein|der|unser)\s+"
    r"(?:\w*bericht|artikel|beitrag|interview|reportage)\b(?:[^.!?;]|(?<=\d)\.){0,240}?"
    r"\b(?:veröffentlicht|abgedruckt)\b",
    _FLAGS,
)
_ANNOUNCED_HINTS = (
    "bekannt", "öffentlicht", "freigeschaltet", "verschickt", "versandt", "versendet",
    "zugeschickt", "bekommen", "erhalten",
)  # fmt: skip


# Substrings every cue contains: most date texts have none, and a substring test is far
# cheaper than the patterns above (this runs for every date of every text node of a listing).
_BEFORE_HINTS = (
    "schluss", "frist", "anmeld", "registr", "bewerb", "einreich", "abgabe", "deadline",
    "spätest", "register", "rsvp", "apply", "stand", "aktualis", "aktualsier", "veröffentl", "erstellt",
    "stichtag",
    "bearbeit", "geändert", "verändert", "eingestellt", "eingereicht", "eingegangen", "verfasst",
    "geschrieben", "publi", "erschienen", "notification", "benachrichtigung", "rückmeld",
    "einschreib", "fassung", "submitted", "received", "meldet", "melden sie", "melde dich",
    "änderung", "zeitraum", "urteil", "max", "längstens", "bericht",
    "meldest", "purchased", "bought", "booked", "due ", "meldebegin", "meldestart",
    "meldeeröffnung", "survey", "poll", "questionnaire", "consultation", "umfrage", "befragung",
    "written", "publish", "updated", "posted", "gepostet", "distribut",
    "released", "modified", " vom", "comes out", "came out", "releases", "shelves",
    "as of", "rule", "regel", "regulation", "measure", "restriction", "requirement", "bestimmung",
    "maßnahm", "auflage", "on page", "in print", "update", "required", "needed", "payable",
    "last day", "closing date", "accepted", "geprüft", "checked", "verified", "nachtrag", "ergänzung",
    "edit",
    "mögliche", "expir", "clos", "sent ", "later than", "gesendet", "sent:",
    "fiscal", "financial", "accounting", "tax year", "budget year", "for the year", "for the period",
    "for the quarter",
)  # fmt: skip
_RELEASE_HINTS = ("presse", "press release", "pm ")
_AFTER_HINTS = (
    "anmelden", "registrieren", "bewerben", "einreichen", "einsenden", "einschreiben",
    "portal", "anmeldung", "registr", "einschreibung", "stand", "aktualisiert", "updated",
    "zuletzt", " sein", " werden", "schluss", "frist", "deadline", "startschuss", "sign-ups",
    "no ", "won't", "won’t", "will not", "kein programm", "submission", "abstract", "paper", "proposal", "released",
    "published", "posted", "announce", "beschlossen", "vereinbart", "gegründet", "verabschiedet", "festgelegt",
    "entschieden", "bekannt", "freigeschaltet", "online", "melden", "kraft", "öffnungszeit", "sprechzeit",
    "entscheidung", "anrufen", "jahren", "beschließ", "beschliess", "beschloss", "entschied",
    "servicezeit", "drucken", "erschien", "erscheint",
    "überweis", "zahlen", "entricht", "fällig", "vorlieg", "vorzuleg", "einzureich", "einzuzahl",
    "abzugeb", "auszustatt", "nachzurüst", "umzurüst", "auszutausch", "erfolgen",
    "zugestellt", "zugeschickt", "zugesandt", "verschickt", "versandt", "eingereicht", "abgegeben",
    "überwiesen", "bezahlt", "entries", "abgeben", "ausgewählt", "ausgelost", "benachrichtigt",
    "due",  # "So, 16.01. 2011: Reviews due": a seminar's hand-in day (round 267)
)  # fmt: skip

# "Bitte teilen Sie uns bis zum 10. Mai, 12 Uhr, mit, ob Sie … teilnehmen": a reply's deadline
# (the separable "mitteilen", "Bescheid geben" around the date).
_REPLY_BEFORE = lazy_re.compile(
    r"\b(?:teilen|teilt|gebt|geben)\s+(?:sie\s+|ihr\s+)?(?:uns|mir)\s+(?:[^\W\d]+\s+){0,3}?"
    r"bis\s+(?:zum\s+|spätestens\s+)?$",
    _FLAGS,
)
_REPLY_AFTER = lazy_re.compile(r"^[^.!?;]{0,40}?\b(?:mit|bescheid)\b", _FLAGS)
_REPLY_HINTS = ("teilen", "teilt", "gebt", "geben")

# "Am 18. Dezember vor genau 500 Jahren fing Martin Luther an, die Bibel zu übersetzen": the day
# of a deed long past, counted in years back from now.
_YEARS_AGO_AFTER = lazy_re.compile(
    r"^\s*,?\s*(?:\d{4}\s*,?\s*)?vor\s+(?:genau\s+|fast\s+|knapp\s+|über\s+|mehr\s+als\s+|rund\s+)?"
    r"(?:\d+|zwei|drei|vier|fünf|zehn|hundert)\s+jahren\b",
    _FLAGS,
)
# "bei seiner Entdeckung damals am 19.9.1991": a day named as back then is history, no offering's.
# "wegen", "aufgrund", "because of", "due to" right before a day (or a feast).
BECAUSE_PIECES = ("wegen", "aufgrund", "because of", "due to")
_BECAUSE_OF_BEFORE = lazy_re.compile(
    r"\b(?:wegen|aufgrund|because\s+of|due\s+to)\s+(?:des\s+|der\s+|dem\s+|the\s+)?$", _FLAGS
)
# "… am Rosenmontag (16.02.) … auf einen anderen Tag zu legen. Somit findet es einmal
# stattdessen am 19.02 statt." (round 271): a later „stattdessen am …“ names the day a meeting
# moves to, so the day before it is the one given up
_INSTEAD_ON_AFTER = lazy_re.compile(
    r"^[^|]{0,160}?\bstatt\s?dessen\s+(?:am|ab|zum)\s+(?:\w+,?\s+(?:den\s+)?)?\d{1,2}\.", _FLAGS
)
# another day named after it ("am 4. Dienstag", "am 4. Oktober", "on the 5th")
_OTHER_DAY_AFTER = lazy_re.compile(
    r"\b(?:am|on)\s+(?:the\s+)?\d{1,2}(?:\.|st\b|nd\b|rd\b|th\b)", _FLAGS
)
# "Special Council Meeting Agenda - adjourned from 22 December 2025", "postponed from 3 May",
# "vertagt vom 12. März": the day a meeting was first set for — it is held on another day.
_FORMER_DAY_BEFORE = lazy_re.compile(
    r"\b(?:adjourned|postponed|rescheduled|deferred|moved|carried\s+over|verschoben|verlegt"
    r"|vertagt)\s+(?:from|vom|von)\s+(?:the\s+|dem\s+)?" + optional_weekday("the", "den") + r"$",
    _FLAGS,
)
_NEW_DAY_AFTER = lazy_re.compile(r"\s*(?:to|until|auf|zum|bis)\b", _FLAGS)
# „Die Vorlesung vom 12.04.2013 wird am 17.04.2013, 11:45 - 13:15 … nachgeholt“: a session named by
# the day it was missed, made up (or moved) on another day (round 255)
# „Seit dem 19.12.2022 gibt es keine Beratung im Community-Zentrum mehr.“: the day something
# stopped is no offering's (round 254)
_SINCE_BEFORE = lazy_re.compile(r"\bseit\s+(?:dem\s+)?$", _FLAGS)
# "Die Spielpläne stehen seit dem 22.07.2019 fest", „… liegen seit dem 3. Mai vor“ (round 274, a
# club's letter): the day since which something is settled or to hand, a state, no event
# („seit dem“ whole: ``may_hold_roles`` asks for it)
_SINCE_THE_BEFORE = lazy_re.compile(r"\bseit\s+dem\s+$", _FLAGS)
_SETTLED_SINCE_AFTER = lazy_re.compile(
    r"\s*(?:fest|festgelegt|bekannt|vor(?!\s+ort\b)|wieder\s+statt)(?=\s*[.!;,]|\s*$)", _FLAGS
)
_NO_LONGER_AFTER = lazy_re.compile(
    r"[^.!?;]{0,80}?\b(?:kein(?:e|en|er)?|nicht)\b[^.!?;]{0,60}?\bmehr\b", _FLAGS
)
_SESSION_OF_BEFORE = lazy_re.compile(r"\b(?:die|der|das)\s+[^\W\d]+\s+vom\s+$", _FLAGS)
_MADE_UP_AFTER = lazy_re.compile(
    r"\s*,?\s*wird\b(?:[^.!?;]|\.(?=\d)){0,80}?\b(?:nachgeholt|verschoben|verlegt)\b", _FLAGS
)
_BACK_THEN_BEFORE = lazy_re.compile(
    r"\bdamals\s+(?:am|vom|im)\s+" + optional_weekday("den") + r"$", _FLAGS
)
# "im Vorlauf zu den Europa- und Kommunalwahlen am 09.06.2024 fanden am 31.05.2024 … statt": the
# day of what an event leads up to is no day of its own.
_RUN_UP_TO_BEFORE = lazy_re.compile(
    r"\bim\s+(?:vorlauf|vorfeld)\s+(?:zu\s+)?(?:den|der|dem|des|zum|zur)\b[^.!?;\d]{0,60}?\bam\s+$",
    _FLAGS,
)
_CANNOT_COME_AFTER = lazy_re.compile(
    r"^\s*(?:leider\s+)?nicht\s+(?:können|kann|könnt|kannst)\b", _FLAGS
)
_INTO_HISTORY_AFTER = lazy_re.compile(r"^[^.!?;]{0,30}?\bin\s+die\s+geschichte\b", _FLAGS)
# "Eine finale Entscheidung, ob der Kurs stattfindet, wird daher am 8. Oktober getroffen", "Die
# Entscheidung fällt am 3. Mai": the day something is decided is no event's.
_DECISION_BEFORE = lazy_re.compile(r"\bentscheidung\b[^.!?;]{0,80}?\b(?:am|bis)\s+$", _FLAGS)
_DECISION_TAKEN_AFTER = lazy_re.compile(r"^[^.!?;\d]{0,20}?\b(?:getroffen|gefällt)\b", _FLAGS)
_DECISION_FALLS_BEFORE = lazy_re.compile(
    r"\bentscheidung\s+(?:fällt|fiel|wird|soll)(?:\s+(?-i:[a-zäöüß]+)){0,2}?\s+(?:am|bis)\s+$",
    _FLAGS,
)
# "erweitert ab Mittwoch, 5. März, ihre Öffnungszeiten", "ab Freitag (1. Dezember) gelten … die
# regulären Öffnungszeiten", "Die ab Samstag, 14. April, geltenden Öffnungszeiten": the day opening
# hours change is no offering's (a rule's date, as "The following rules apply from …"); "hat ab
# 8. Januar wieder zu den gewohnten Öffnungszeiten geöffnet" reopens that day and keeps it.
_HOURS_FROM_BEFORE = lazy_re.compile(
    r"\bab\s+(?:dem\s+)?(?:(?:" + alternation(WEEKDAY_ABBREVIATIONS) + r")\.?,?\s*)?\(?\s*$", _FLAGS
)
_HOURS_AFTER = lazy_re.compile(r"^[^.!?;]{0,120}?(?:öffnungs|sprech|service)zeit", _FLAGS)
_HOURS_CHANGE = lazy_re.compile(
    r"\b(?:gilt|gelten|geltende[nm]?|erweiter\w*|änder\w*|geändert\w*|verlänger\w*|verkürz\w*"
    r"|angepasst\w*)\b",
    _FLAGS,
)

_ALL_HINTS = (
    *_BEFORE_HINTS, *_ANNOUNCED_HINTS, "version", "gelegenheit", "möglichkeit", *SALES_HINTS, *_AFTER_HINTS, *_RELEASE_HINTS,
    *CATEGORY_HINTS, *_REPLY_HINTS, *_REGISTER_HINTS, "teilnahme", "sich bis", "euch bis", "dich bis",
    "euch bitte", "dich bitte", "check back", "mail", "vor dem", "effect", "dank", "gratul", "glückw", "grüße", "gruß",
    "thank", "regards", "beträgt", "betragen", "kostet", *BECAUSE_PIECES, "stattdessen", "statt dessen",
    "kosten", "gekündigt", "kündigen", "wirksam", "schied", "required", "needed", "payable", "last day", "€", "$",
    "geschichte", "zeitung", "nachrichten", "rundschau", "anzeiger", "kurier", "tagblatt",
    "nicht k", "damals", "quelle", "vorlauf", "vorfeld", *CITATION_HINTS,
    # „… die Beiträge zum 1. Januar … erheben können“: the day dues are levied (``_DUE_AFTER``)
    "erheben", "erhoben", "einziehen", "eingezogen", "abbuchen", "abgebucht",
    # „adjourned from 22 December 2025“, „vertagt vom 12. März“: a day moved away from
    "adjourned", "postponed", "rescheduled", "deferred", "vertagt",
    # „Die Vorlesung vom 12.04.2013 wird am 17.04.2013 … nachgeholt“: the missed session's day
    "nachgeholt",
    # „Seit dem 19.12.2022 gibt es keine Beratung im Community-Zentrum mehr“: the day it stopped
    "seit dem",
        # every noun ``signed_up_by`` reads before "bis" ("Essensbestellungen bitte bis Mittwoch, …":
    # without "bestellung" here the order deadline was never asked about)
    *SIGNUP_UNTIL_CUES,
)  # fmt: skip


def may_hold_roles(text: str) -> bool:
    """Cheap test whether any date of the text can be a deadline or a stamp (one per text)."""
    lowered = text.lower()
    if any(map(lowered.__contains__, POST_META_HINTS)) or "beilage" in lowered:
        return True
    if ("die am " in lowered or "der am " in lowered) and _STATUS_HINT.search(lowered):
        return True
    contains = lowered.__contains__  # map() over it: no generator frame per hint
    if "/" in text and "(" in text:
        return True  # "(Michael Rahn/Kommunikateam, 16.6.2022)"
    if text[:1].isdigit() and (" - " in text[:16] or " – " in text[:16]):
        return True  # "20.03.2020 - Heiko GollaZukunftstag …"
    if " kb" in lowered or " mb" in lowered:
        return True  # "03. Sep. 2013 | JPG 653 KB | …": a downloads list's file
    if ", " in text[:32] and any(map(text[:60].__contains__, (" – ", " - ", " — "))):
        return True  # "Hof, 24. Januar – Längst gibt es …": a press dateline
    if may_cite_press(text, lowered):
        return True  # "Die BNN berichtet in Ihrer Ausgabe vom 25. September 2019 …"
    if any(map(contains, JOB_HINTS)):
        return True  # "Stellenausschreibung Chefköch*in ab 01.05.2025"
    if ("eitung" in lowered or "orsitz" in lowered) and any(map(contains, HANDOVER_HINTS)):
        return True  # "welches die Büchereileitung ab 01.01.2021 übernehmen wird"
    if " bis " in lowered and any(map(contains, REQUEST_HINTS)):
        return True  # "Schicke den ausgefüllten Steckbrief bis zum 1. Juni an …"
    if any(map(contains, DUE_HINTS)):
        return True  # "(muss bis 30. November eingehen)", "Anfragen bitte bis 21.04."
    if "mail" in lowered and any(map(contains, MAILED_HINTS)):
        return True  # "the link you will be getting via email on the 27th August"
    if any(map(contains, MINUTES_HINTS)):
        return True  # „Der Kontostand am 28. Dezember 2018 betrug 632,65 €.“
    if " wir " in lowered and any(map(contains, INVITED_HINTS)):
        return True  # „am 11.05.2015 haben wir Dich … eingeladen, welche am 12. … stattfinden“
    if "bis " in lowered and any(map(contains, TASK_HINTS)):
        return True  # "bitte unbedingt bis zum 14.08.2026 erledigen": a chore's last day
    if may_name_hand_in(lowered):
        return True  # "Termin zur Bearbeitung ist 25.5.2020!": homework's last day
    if any(map(contains, OFFICE_HINTS)):
        return True  # "Sein neues Amt tritt er am 1. September 2026 an.": an office's day
    if "heute" in lowered and any(map(contains, _CALLED_OFF_HINTS)):
        return True  # "… heute (04.05.2021) storniert!": the day a thing was called off
    if any(map(contains, ONLINE_HINTS)):
        return True  # "Zeitplan ab 29.05.2014 im Internet": the day a timetable goes online
    if any(map(contains, FOUNDING_HINTS)):
        return True  # "der sich am 19. November 2005 gegründet hat": a founding's day
    return any(map(contains, _ALL_HINTS)) or lowered.lstrip().startswith(("von ", "by "))


# ("Montag, den ": a weekday and "den" may stand before the date)
_WEEKDAY_DEN = optional_weekday("den")
# "INFB & MINB Anmeldeschluss für die Einstufung ist am Mittwoch, 27. September 2023": a
# deadline's subject between its word and the date.
_DEADLINE_FOR_BEFORE = lazy_re.compile(
    # ("Die Anmeldefrist für die externe Qualifizierende Mittelschulprüfung ist der 1. März 2024":
    # the subject may be a long name)
    r"\b(?:\w*(?<!ab)(?<!be)schluss|\w*frist)\s+(?:für|zur|zum)\s+[^.!?;\d]{1,64}?\s+"
    # ("Die Bewerbungsfrist für die meisten Camps ist der 03.05.2024")
    rf"(?:ist|endet|läuft\s+ab)\s+(?:am|bis|der)\s+{_WEEKDAY_DEN}$",
    _FLAGS,
)
# "Das letzte mögliche Einstiegsdatum im Wintersemester 2017/2018 ist der 8.11.2017": the last
# day something is still possible is a deadline, no event's day.
_LAST_POSSIBLE_BEFORE = lazy_re.compile(
    r"\bletzte[nrs]?\s*mögliche[nrs]?\s+[^.!?;]{0,60}?\b(?:ist|wäre|bleibt)\s+(?:der|am)\s+"
    rf"{_WEEKDAY_DEN}$",
    _FLAGS,
)
# "Bis 29. März 2020 haben Kulturinstitutionen … noch die Gelegenheit, sich als Datengeber*innen
# anzumelden": the last day of a chance to sign up or hand in.
_CHANCE_TO_SIGN_UP_AFTER = lazy_re.compile(
    r"^[^.!?;]{0,100}?\b(?:gelegenheit|möglichkeit|chance)\b[^.!?;]{0,80}?"
    r"\b(?:anzumelden|zu\s+bewerben|zu\s+registrieren|einzureichen|einzuschreiben)\b",
    _FLAGS,
)


# "Erschienen in der Monheimer Stadtzeitung am 26.01.2006": the paper named between the word and
# the day (beyond the cue's reach) — the day the report appeared, no event's.
_APPEARED_IN_BEFORE = lazy_re.compile(
    r"\berschienen\s+(?:in|im)\s+(?:(?:der|dem|den)\s+)?(?:[^\W\d]+\s+){0,4}?am\s+$", _FLAGS
)


# "Please note: No Mass on Thursday 21st December.": an English notice that a regular service or
# session does not take place that day — no offering's day; "No Hack Night December 24th", "We
# won't be holding hack night on 12/24/2013" say so too. (A German page lists such a day as the
# called-off meeting, „KEINE Quäker-Andacht am Samstag, den 23.3.2024“, and keeps it.)
_NONE_ON_BEFORE = lazy_re.compile(
    r"(?:\bno\s+(?:[\w-]+\s+){0,2}?(?:mass(?:es)?|services?|worship|meetings?|sessions?|classes|class"
    r"|program(?:me)?s?|story\s?times?|rehearsals?|practices?|nights?)\s+(?:on\s+)?"
    r"|\b(?:won['’]t|will\s+not)\s+(?:be\s+)?(?:holding|hold|having|hosting|host|meeting|meet)\s+"
    r"(?:[\w-]+\s+){0,3}?on\s+)"
    r"(?:(?:" + alternation(WEEKDAY_ABBREVIATIONS) + r")\.?,?\s*)?(?:the\s+)?$",
    _FLAGS,
)


# "Die Jugendherberge hat die Wanderung heute (04.05.2021) storniert!": the day something was
# called off, written as today's date right before the participle — the act's day, no event's
# (an event called off keeps its own day: „Die Wanderung vom 25.05.2022 … wurde storniert“;
# „ab heute, 13. März eingestellt“ starts a pause).
_TODAY_BEFORE = lazy_re.compile(r"(?<!\bab\s)\bheute\s*[(,]\s*$", _FLAGS)
_CALLED_OFF_RIGHT_AFTER = lazy_re.compile(
    r"^\s*\)?\s*,?\s*(?:storniert|abgesagt|gestrichen|gecancelt)\b", _FLAGS
)
_CALLED_OFF_HINTS = ("storniert", "abgesagt", "gestrichen", "gecancelt")


_EARLIEST_BEFORE = lazy_re.compile(r"\bfrühestens\s+(?:am|ab|zum|den)?\s*$", _FLAGS)


def role_of_date(before: str, after: str) -> str | None:
    """``deadline``, ``published``, ``cancelled`` or None (the event's date) for a date between
    these texts."""
    if (
        stamped_by_surroundings(before, after)
        or office_day(before, after)
        or cited_not_held(before, after)
        or press_dated(before, after)
        or online_from(before, after)
        or founded_on(after)
        or founding_meeting_on(before)
        or turns_years_today(before, after)
    ):
        return PUBLISHED
    head = after[:SIGNUP_REACH].lower()
    if ("schluss" in before[-104:] or "frist" in before[-104:]) and _DEADLINE_FOR_BEFORE.search(
        before[-104:]
    ):
        return DEADLINE
    if "mögliche" in before[-100:] and _LAST_POSSIBLE_BEFORE.search(before[-100:]):
        return DEADLINE
    if "bis" in before[-120:].lower() and is_task_deadline(before, after):
        return DEADLINE  # "Bis zum 02.08.2024 Heckenschnitt … durchführen!": a chore's last day
    if is_hand_in_day(before, after):
        return DEADLINE  # "die aktuelle HÜ auch bis Fr., den 29.5. auf": homework's last day
    if has_any(after[:100].lower(), ("gelegenheit", "möglichkeit", "chance")) and (
        _CHANCE_TO_SIGN_UP_AFTER.match(after)
    ):
        return DEADLINE
    if _STATUS_RELATIVE_BEFORE.search(before[-20:]) and _STATUS_AFTER.match(after):
        return CANCELLED  # reported nowhere: a reference day, no offering's
    if (
        "heute" in before[-12:].lower()
        and _TODAY_BEFORE.search(before[-12:])
        and _CALLED_OFF_RIGHT_AFTER.match(after)
    ):
        return CANCELLED  # reported nowhere: the day a thing was called off
    if "nicht" in head and _CANNOT_COME_AFTER.match(after):
        return CANCELLED  # "aber am 16.11. nicht können: Immer montags …": a day one cannot come
    if "geschichte" in head and _INTO_HISTORY_AFTER.match(after):
        return CANCELLED  # "Der 10. Dezember 2021 wird in die Geschichte … eingehen"
    if "jahr" in head and _YEARS_AGO_AFTER.match(after):
        return CANCELLED  # "Am 18. Dezember vor genau 500 Jahren fing Luther an": an anniversary
    lowered_head = before[-120:].lower()
    if (
        has_any(lowered_head[-30:], BECAUSE_PIECES)
        and _BECAUSE_OF_BEFORE.search(before[-30:])
        and _OTHER_DAY_AFTER.search(after[:SIGNUP_REACH])
    ):
        # "Wegen Faschingsdienstag eine Woche später, am 4. Dienstag!", "wegen dem 3. Oktober
        # findet die Probe am 4. Oktober statt": the reason a meeting moves to another day
        return CANCELLED
    if "dessen" in after[:200] and _INSTEAD_ON_AFTER.match(after):
        return CANCELLED  # „… (16.02.) … Somit findet es stattdessen am 19.02 statt.“
    if "frühest" in lowered_head[-30:] and _EARLIEST_BEFORE.search(before[-30:]):
        # "Ostern kann frühestens am 22. März und spätestens am 25. April stattfinden": the
        # earliest a day can be, no day of its own (the latest is a deadline's cue already)
        return CANCELLED
    if (
        ("from" in lowered_head[-40:] or " vo" in lowered_head[-40:])
        and _FORMER_DAY_BEFORE.search(before[-40:])
        and not _NEW_DAY_AFTER.match(after)
    ):
        # reported nowhere: the day the meeting was moved away from („… from October 1st to
        # October 15th“ is read as a move by the mentions' reader, the new day kept)
        return CANCELLED
    if (
        " vom" in lowered_head[-40:]
        and "wird" in after[:12]
        and _SESSION_OF_BEFORE.search(before[-40:])
        and _MADE_UP_AFTER.match(after)
    ):
        return CANCELLED  # reported nowhere: the missed session's day, made up on another
    if (
        "seit" in lowered_head[-12:]
        and " mehr" in after[:150]
        and _SINCE_BEFORE.search(before[-12:])
        and _NO_LONGER_AFTER.match(after)
    ):
        return CANCELLED  # reported nowhere: the day something stopped („… keine … mehr“)
    if (
        "seit" in lowered_head[-12:]
        and _SINCE_THE_BEFORE.search(before[-12:])
        and _SETTLED_SINCE_AFTER.match(after)
    ):
        return CANCELLED  # reported nowhere: „Die Spielpläne stehen seit dem 22.07.2019 fest“
    if "damals" in lowered_head[-30:] and _BACK_THEN_BEFORE.search(before[-30:]):
        return CANCELLED  # reported nowhere: a day of the past named for reference
    if job_offered_from(before, after):
        return CANCELLED  # reported nowhere: an advertised post's first day or contract's end
    if (
        "eitung" in lowered_head
        or "orsitz" in lowered_head
        or "amt" in lowered_head
        or "übern" in after[:160].lower()
    ) and (office_taken_from(before, after)):
        return CANCELLED  # reported nowhere: „die Büchereileitung ab 01.01.2021 übernehmen“
    if mailed_on(before, after):
        return CANCELLED  # reported nowhere: "the link you will be getting via email on the 27th"
    if (minutes := minutes_day(before, after)) is not None:
        # „Der Kontostand am 28. Dezember 2018 betrug …“, „ist ab 23.07. wieder aus dem Urlaub
        # zurück“, „nach dem Treffen … am 18.04.2018 wurde für Mittwoch, den 25.04.2018 …“
        return PUBLISHED if minutes == PUBLISHED else CANCELLED
    if invited_on(before, after):
        return CANCELLED  # reported nowhere: „am 11.05.2015 haben wir Dich eingeladen, welche …“
    if requested_by(before):
        return DEADLINE  # "Beantrage die Briefwahl bis zum 02.09.2020 um 14 Uhr hier"
    if due_by(before, after):
        return DEADLINE  # "(muss bis 30. November eingehen)", "Anfragen bitte bis 21.04. an …"
    if ("vorlauf" in lowered_head or "vorfeld" in lowered_head) and _RUN_UP_TO_BEFORE.search(
        before[-120:]
    ):
        return CANCELLED  # reported nowhere: the day of what the event leads up to
    if "rschienen" in lowered_head and _APPEARED_IN_BEFORE.search(before[-90:]):
        return PUBLISHED  # "Erschienen in der Monheimer Stadtzeitung am 26.01.2006"
    window = before[-CUE_REACH:]
    lowered = window.lower()
    if any(map(lowered.__contains__, _BEFORE_HINTS)):
        cue = _CUE_BEFORE.search(window)
        if cue is not None:
            return DEADLINE if cue["deadline"] else PUBLISHED
    wide = before[-SIGNUP_REACH:]
    lowered_wide = wide.lower()
    if (
        ("presse" in lowered_wide or "release" in lowered_wide or "PM " in wide)
        and not after.strip()
        and _RELEASE_HEADER.search(wide)
    ):
        return PUBLISHED
    if sales_open(wide, after, lowered_wide) or signup_opened_or_closed(before, after):
        return DEADLINE
    if has_any(lowered_wide, _REGISTER_HINTS) and _REGISTER_BY.search(wide):
        return DEADLINE
    if "check back" in lowered and _CHECK_BACK_BEFORE.search(window):
        return CANCELLED  # "Please check back on June 27 at 10:00 am": a day to look again
    if ("no" in lowered or "t " in lowered or "will" in lowered) and _NONE_ON_BEFORE.search(window):
        return CANCELLED  # "No Mass on Thursday 21st December": a day without the service

    if (
        ("€" in after[:20] or "$" in after[:20] or "eur" in after[:20].lower())
        and _PRICE_FROM_BEFORE.search(before[-12:])
        and _PRICE_AFTER.match(after)
    ):
        return DEADLINE  # the day a price applies from
    if ("effect" in lowered_wide or "published in" in lowered_wide) and _EFFECT_BEFORE.search(wide):
        return PUBLISHED
    if ("€" in after[:120] or "eur" in after[:120].lower()) and (
        _FEE_FROM_BEFORE.search(before[-12:]) and _FEE_AFTER.match(after)
    ):
        return DEADLINE  # the day a fee applies from or until
    if _AS_OF_BEFORE.search(before[-6:]):
        if _DUE_AFTER.match(after):
            return DEADLINE
        if _ENDS_AFTER.match(after):
            return CANCELLED
    if (
        any(map(lowered_wide.__contains__, _REPLY_HINTS))
        and _REPLY_BEFORE.search(wide)
        and _REPLY_AFTER.match(after)
    ):
        return DEADLINE
    if has_any(lowered_wide, (" vom", "urteil", "(", " - ", " – ")) and _DOCUMENT_BEFORE.search(
        wide
    ):
        return PUBLISHED
    if ":" in wide and _LABEL_BEFORE.search(wide):
        return DEADLINE
    if signed_up_by(before, after):
        return DEADLINE
    if (
        (has_any(after[:SIGNUP_REACH], _ANNOUNCED_HINTS))
        and _ANNOUNCED_AFTER.match(after)
        and _PUBLISHED_THING_BEFORE.search(before)
    ):
        return PUBLISHED
    if ("öffentlicht" in after or "abgedruckt" in after) and _REPORT_PUBLISHED_AFTER.match(after):
        return PUBLISHED  # "Am 31. Oktober wurde im Donauanzeiger ein Bericht … veröffentlicht"
    following = after[:SIGNUP_REACH]
    lowered = following.lower()
    if "ntscheidung" in lowered_wide and (
        (_DECISION_BEFORE.search(wide) and _DECISION_TAKEN_AFTER.match(following))
        or _DECISION_FALLS_BEFORE.search(wide)
    ):
        return PUBLISHED  # the day a decision is taken, no offering's
    if (
        "zeit" in lowered
        and _HOURS_FROM_BEFORE.search(before[-CUE_REACH:])
        and (hours := _HOURS_AFTER.match(following)) is not None
        and _HOURS_CHANGE.search(before[-CUE_REACH:] + following[: hours.end()])
    ):
        return PUBLISHED  # the day new opening hours apply from, as "rules apply from"
    if any(map(lowered.__contains__, _AFTER_HINTS)):
        if _DEADLINE_AFTER.match(following) and not (
            _SIGNUP_NOTE_AFTER.match(following) and _RANGE_END_BEFORE.search(before[-CUE_REACH:])
        ):
            return DEADLINE
        if _BOOKED_AFTER.match(following) and _BOOKED_FROM_BEFORE.search(before[-CUE_REACH:]):
            return DEADLINE
        if _DONE_BY_AFTER.match(following) and (
            UNTIL_BEFORE.search(before[-CUE_REACH:])
            or _UNTIL_EITHER_BEFORE.search(before[-CUE_REACH:])
            or _MUST_ON_BEFORE.search(before[-CUE_REACH:])
        ):
            return DEADLINE
        if _BEFORE_STAMP.match(following):
            return PUBLISHED
        if _PUBLISHED_AFTER.match(following) and not _decided_at_meeting(before, following):
            return PUBLISHED
        if _NOTHING_AFTER.match(following):
            return CANCELLED
    return None


def _decided_at_meeting(before: str, following: str) -> bool:
    """Whether the day is a meeting's at which something was decided (the meeting's day, no
    stamp): „Beim letzten Training am 2. Oktober wurde beschlossen“, „Mit der
    Gemeindevertretersitzung am 11.07. wurde … beschlossen.“"""
    decided = _DECIDED_AFTER.match(following)
    if decided is None:
        return False
    if _MEETING_BEFORE.search(before[-CUE_REACH:]):
        return True
    return bool(
        _MEETING_NOUN_BEFORE.search(before[-CUE_REACH:])
        and _DECISION_CLOSES.match(following, decided.end())
    )
