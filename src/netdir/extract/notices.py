"""Notices that a venue is closed or that call for attention, and posts about past events or club
affairs, are no offerings.

Venue and library calendars put their closed days among the events ("Closed for Memorial Day",
"CLOSED on Thanksgiving", "Geschlossen wegen Betriebsferien"); each would become an offering on
that day. Only a title that OPENS with the closure (or names the place first and then its
closure for a reason: "Library CLOSED For Easter"; in German ends with it after the day: „Rathaus
Panketal am 30. Oktober 2023 geschlossen“) is such a notice: an event that names a
closure after its own name ("Remembrance Day - CLOSED", "Teamtage (Kita geschlossen)") is the
calendar's entry for that day and stays, and a "Closed Session" of a council is a meeting.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.date_cues import TIME_LIKE
from netdir.normalize.when_words import MONTHS

_CLOSURE = lazy_re.compile(
    r"^\W*(?:(?:we\s+are|we're|we’re)\s+)?closed(?!-door)"  # a "Closed-Door Meeting" is one
    r"(?:\s*(?:$|[-–—:!,(])|\s+(?:for|on|due|in\s+observance|today|tonight|until|through|thru)\b)"
    # "Closed Thanksgiving Monday": the holiday right after "closed" ("Closed Session" stays).
    r"|^\W*closed\s+(?:thanksgiving|christmas|easter|good\s+friday|boxing\s+day|new\s+year|"
    r"labou?r\s+day|memorial\s+day|independence\s+day|canada\s+day|victoria\s+day|family\s+day|"
    r"civic\s+holiday|(?:the\s+)?holidays?)\b"
    # „Library CLOSED For Easter“, „Pool closed for maintenance“: a few words naming the place,
    # then its closure and what for — the English order of „Die Bücherei bleibt … geschlossen“.
    r"|^\W*(?:the\s+)?(?:[\w'’&.-]+\s+){1,3}(?:is\s+|are\s+|will\s+be\s+)?closed\s+"
    r"(?:for|on|due\s+to|in\s+observance|today|until|through|thru)\b"
    r"|^\W*(?:heute\s+)?geschlossen(?:\s*(?:$|[-–—:!,(])|\s+(?:wegen|am|an|vom|von|bis|über|für)\b)"
    # „Rathaus Panketal am 30. Oktober 2023 geschlossen“, „Die Bücherei bleibt am Montag
    # geschlossen“: a notice whose last word is the closure (not one in brackets, „Teamtage
    # (Kita geschlossen)“, the calendar's entry for the day).
    r"|^[^()]*\b(?:am|an|vom|von|bis|ab|bleibt|bleiben)\b[^()]*\sgeschlossen\W*$"
    # „MLK Jr. Day – Plant Closed“, „Good Friday - Office Closed“: a day, a dash, then the place
    # that is closed (a union local's calendar of plant holidays); „Workshop – Registration
    # Closed“ is an event whose sign-up has ended, not a closed place.
    # „Closing Early“, „Visitor Center Closing Early“, „Early Closure: 4 pm“: a place shutting
    # before its usual hour is a notice among the calendar's events, not one of them.
    r"|^\W*(?:[\w'’&.-]+\s+){0,3}(?:early\s+clos(?:ing|ure)|clos(?:ing|es)\s+early)"
    r"(?:\s*(?:$|[-–—:!,(])|\s+(?:at|for|on|due|today|tonight)\b)"
    r"|^.*?\s[-–—]\s+(?!(?:registration|enrol+ment|sign-?ups?|bookings?|tickets?|entries|"
    r"applications?|submissions?|nominations?|voting|polls?)\s)(?:[\w'’&.]+\s+){1,2}closed\W*$",
    re.I,
)


def is_closure_notice(title: str | None) -> bool:
    """True for a title that announces a closed day ("Closed for Memorial Day")."""
    return bool(title) and _CLOSURE.match(title or "") is not None


# A calendar's warning about a day among its events: a retailers' calendar marks „! Achtung:
# weißer Sonntag“ (the church holiday on which a Sunday opening is a problem), others „Hinweis:
# Bücherei geschlossen“ or „Attention: parking closed“. A title that opens with such a call — the
# word followed by a colon or exclamation mark — names no event; one that uses the word as a name
# („Achtung Baby – U2 Tribute“, „Wichtig ist auf'm Platz“) stays.
_ATTENTION = lazy_re.compile(
    r"^[\s!⚠️*]*(?:achtung|hinweis|wichtig|attention|notice|important|note|avis)\s*[:!]",
    re.IGNORECASE,
)


def is_attention_notice(title: str | None) -> bool:
    """True for a title that opens with a call for attention („! Achtung: …“, „Hinweis: …“)."""
    return bool(title) and _ATTENTION.match(title or "") is not None


# A post about something past or about the club's affairs among a sidebar's events: "Fotos vom
# Kinderfest am 03.10.13", "Nachlese zu unserer Jahreshauptversammlung", "aktuelle Infos zu unseren
# Mitgliederbeiträgen" (an events portlet may list them with their days). ("Rückblick: …" stays:
# a news item looking back names the past event itself.)
# So is a council's paper answering its members' questions, listed in its meetings' table
# with the meeting's day („Responses to Councillor questions related to Council Meeting Agenda
# Items“, „Antworten auf die Anfragen …“): a document of the meeting, no meeting itself. And
# an article listed with the day it appeared („Blogartikel über das Seminar … vom 2.11.2021“).
_REPORT = lazy_re.compile(
    r"^\W*(?:(?:aktuelle|neue|weitere)\s+)?(?:fotos?|bilder|nachlese|infos?|informationen)"
    r"\s+(?:vom|von|zum|zur|zu|über)\b"
    r"|^\W*(?:responses?|answers?|replies|antworten)\s+(?:to|auf)\s+(?:\w+\s+){0,3}?"
    r"(?:questions?|fragen|anfragen)\b"
    # „<a>Blogartikel</a> über das Seminar IWS vom 2.11.2021“ under „Beiträge in sozialen Medien“:
    # the day an article appeared, not an offering
    r"|^\W*(?:blog|zeitungs|presse|fach|magazin)?artikel(?:\s+(?:vom|von|zum|zur|zu|über)\b.*)?$",
    re.I,
)


def is_report(title: str | None, date_text: str | None = None) -> bool:
    """True for a title that opens as a report or an information post ("Fotos vom …"). A row
    that states its hours is a session, not a post: a training table's „Infos zu Neuerungen
    und zum Entwicklungsstand | 17.03.2026 | 15:00 - 16:00“ is an hour of news one attends."""
    if not title or _REPORT.match(title) is None:
        return False
    return date_text is None or TIME_LIKE.search(date_text) is None


# „Der Anfängerkurs ist beendet worden.“, „Die beiden diesjährigen Anfängerkurse sind beendet
# worden.“: a news post whose text opens by saying its subject is over dates the day a course of
# weeks ended; read as an offering on that day it would be false of the course.
_ENDED = lazy_re.compile(
    r"^\W*(?:der|die|das|unser|unsere)\s+(?:[^\W\d]+\s+){0,2}[^\W\d]+\s+"
    r"(?:ist|sind|wurde|wurden)\s+(?:nun\s+|jetzt\s+)?beendet(?:\s+worden)?\s*[.!]",
    re.I,
)


def reports_its_end(description: str | None) -> bool:
    """True for a text that opens by saying its subject has ended („Der Kurs ist beendet.“)."""
    return bool(description) and _ENDED.match(description or "") is not None


# Public days off and school holidays a club's year table lists among its events („02.04.2021 |
# Karfreitag“, „13.05.2021 | Herrentag / Vatertag“, „21.06.2021 | Ferienbeginn (bis 31.7.2021)“):
# the calendar's marks, no offering. Only days off count: „Heiligabend“, „Silvester“, the Advent
# Sundays and the carnival days name evenings that clubs hold events on; and of the holidays
# only where they begin or end — a kindergarten's „Osterferien“ or „Brückentag (Kita
# geschlossen)“ are its own closed weeks, what its parents read the calendar for.
_DAYS_OFF = (
    r"neujahr(?:stag)?|karfreitag|oster(?:sonntag|montag)|maifeiertag|tag\s+der\s+arbeit|"
    r"(?:christi\s+)?himmelfahrt|pfingst(?:sonntag|montag)|fronleichnam|"
    r"tag\s+der\s+deutschen\s+einheit|reformationstag|allerheiligen|bu(?:ß|ss)-?\s+und\s+bettag|"
    r"(?:1\.|2\.|erster|zweiter)\s+weihnachts(?:feier)?tag|weihnachtsfeiertage|"
    r"herrentag|vatertag|muttertag|feiertag|"
    r"(?:sommer|herbst|oster|winter|weihnachts|pfingst|faschings|fastnachts|schul)?ferien"
    r"(?:beginn|ende|anfang|start)|(?:beginn|ende|anfang)\s+der\s+\w*ferien|"
    # A student council's „26. Juli | Vorlesungsferien“: the university's break between terms
    # (as „Spring Break“ below), no session.
    r"(?:vorlesungs|semester)ferien|vorlesungsfreie\s+zeit|"
    # A club's schedule „Mar 10th | Daylight Savings Time Starts“, „Jun 14th | Flag Day“: the
    # clock change and the US federal days off are marks of its calendar too.
    r"daylight\s+savings?\s+time\s+(?:starts|begins|ends)|"
    r"(?:new\s+year'?s|memorial|flag|independence|labou?r|columbus|veterans'?|presidents'?)\s+day|"
    # A term's „March 19 | Spring Break“: the college's holiday week, no session.
    r"(?:spring|fall|autumn|winter|summer|thanksgiving|mid-?term|easter|christmas|holiday)\s+break"
)
_DAY_OFF = lazy_re.compile(
    rf"^\W*(?:{_DAYS_OFF})(?:\s*/\s*(?:{_DAYS_OFF}))*(?:\s*\([^)]*\))?(?:\s+\d{{4}})?\W*$", re.I
)


def is_day_off(title: str | None, date_text: str | None) -> bool:
    """True for an untimed row named only by a public day off or school holidays
    („Ostermontag“, „Ferienende“); „Karfreitag, 15:00 Uhr“ is a service on that day."""
    if not title or _DAY_OFF.match(title) is None:
        return False
    return date_text is None or TIME_LIKE.search(date_text) is None


# A meal the programme serves to welcome or see off its guests („Welcome Lunch“,
# „Abschiedslunch“, „Anmeldung und Begrüßungskaffee“): still catering, the occasion only says
# when.
_OCCASION = r"(?:(?:welcome|farewell)\s+|(?:willkommens|abschieds|begrüßungs)-?)"
# What a check-in slot serves („Registration and continental breakfast“), and how it is joined.
_FOOD = (
    rf"(?:(?:continental|light|hot|warm|kleines|kleinem)\s+|{_OCCASION})?"
    r"(?:coffee|tea|kaffee|tee|breakfast|frühstück|refreshments|snacks?|pastries|juice|lunch"
    r"|mittagessen|mittagsimbiss|imbiss)"
)
_WITH = r"(?:&|\+|and|und|with|mit)"
# A meal that is a break by itself (a lunch, a breakfast, a dinner — not coffee: „Kaffee und
# Kuchen“ is a village afternoon's offering), with what else is served then („Abschiedslunch &
# Kaffee“, „Lunch and refreshments“).
_MEAL = (
    rf"(?:{_OCCASION})?"
    r"(?:lunch|breakfast|frühstück|mittagessen|mittagsimbiss|abendessen|dinner)"
    rf"(?:\s*(?:,|{_WITH})\s*{_FOOD})*"
)
# A conference timetable's breaks between its sessions („13:00 – 14:00 Uhr | Mittagspause“,
# „10:45 – 11:15 | Kaffeepause“, „Coffee break“, „Lunch“): the programme's gaps, no offering a
# reader attends. Only a row named by the break alone; „Poster-Session und Kaffeepause“ is the
# poster session and stays.
_BREAK = lazy_re.compile(
    r"^\W*(?:(?:mittags|kaffee|kuchen|tee|kaffee-?\s*und\s*tee|kurze|lange)?-?pause|"
    # „kurze Pause“ between a meetup's two talks, as „Kurzpause“
    r"(?:kurze|lange)\s+pause|mittagessen|"
    r"mittagsimbiss|frühstück|breakfast|"
    # „Anreise“, „Abreise“: a meeting's arrival and departure windows in its timetable
    r"anreise|abreise|arrival|departure|"
    # „Abfahrt der Shuttlebusse nach Munzingen“ between a congress's talks and its evening: the
    # ride there, not a programme point
    r"(?:abfahrt|rückfahrt)\s+(?:der|des)\s+(?:shuttle-?)?bus(?:se|ses)?"
    r"(?:\s+(?:nach|zum|zur|zu)\s+[^\W\d][\w .-]*)?|"
    # „ANKOMMEN / CHECK-IN“ before the welcome: the attendees' arrival, as „Anreise“ is
    r"(?:ankommen|ankunft)(?:\s*(?:/|&|\+|und|and)\s*(?:check-?in|registrierung|anmeldung))?|"
    # „Registration & Check-In“ before a meeting's welcome: the same arrival, in English (a
    # bare „Registration“ stays, see below)
    r"(?:registration|registrierung|anmeldung)\s*(?:/|&|\+|und|and)\s*check-?in|"
    r"(?:coffee|tea|lunch|short|comfort)\s+break|break|lunch|lunch\s+break|"
    # „Abschiedslunch & Kaffee“ at a meeting's close, „Welcome Lunch“ before its first talk
    rf"{_MEAL}|"
    # „Pause & Snacks“, „Abendessen (warm)“, „Einlass“, „Ende“, „Open End“: a hackathon's
    # meals, doors and close („Ende der Preisverleihung“ ends the point above it); a code
    # camp's „Break and Afternoon Snacks“. („Registration“ stays: a camp's arrival afternoon is
    # a programme point its own calendar names.)
    r"(?:pause|break)\s*(?:&|und|and)\s*"
    r"(?:(?:morning|afternoon|evening)\s+)?(?:snacks?|refreshments)|"
    r"abendessen|dinner|einlass|doors(?:\s+open)?|"
    # „Registration (& Coffee, Tea, Juice, Pastries)“, „Anmeldung und Kaffee“: a check-in slot
    # named by what it serves, like „Break and Afternoon Snacks“. (A bare „Registration“
    # stays: a camp's arrival afternoon, a programme point its own calendar names.)
    # („Registration & Lunch“, „Registration and continental breakfast“ of a workshop's day;
    # outside a bracket only more food may follow: „Registration and Lunch Talk“ is a talk)
    rf"(?:registration|check-?in|anmeldung|registrierung)\s*(?:\(\s*{_WITH}\s*{_FOOD}[^()]*\)"
    rf"|{_WITH}\s*{_FOOD}(?:\s*(?:,|&|and|und)\s*{_FOOD})*)|"
    # „Dinner on your own“, „Lunch on your own“: a meal the programme leaves to each attendee
    r"(?:breakfast|lunch|dinner)\s+on\s+(?:your|their)\s+own|"
    r"ende(?:\s+(?:der|des)\s+[^\W\d]+)?|open\s+end|"
    # „Start of Day + networking“, „End of Day + Q&A + networking“: a conference day's opening
    # and closing slots, around its sessions (as „Einlass“ and „Ende“ are)
    r"(?:start|end)\s+of\s+(?:the\s+)?day)"
    # „Break + Q&A + networking“, „Lunch + Q&A + networking“, „Dinner + networking“: the
    # break is still a break while people talk and ask questions in it („Lunch and poster
    # session“ of a one-day workshop: the lunch hour, while the posters hang)
    r"(?:\s*(?:\+|&|and|und)\s*(?:q\s*&\s*a|networking|netzwerken|poster\s+sessions?))*"
    r"(?:\s*\([^)]*\))?\W*$",
    re.I,
)


def is_break(title: str | None, date_text: str | None) -> bool:
    """True for a timed row named only by a break („13:00 – 14:00 Uhr | Mittagspause“)."""
    if not title or not names_a_break(title):
        return False
    return date_text is not None and TIME_LIKE.search(date_text) is not None


def names_a_break(title: str) -> bool:
    """Whether a programme row's name is only a break („Kaffeepause“, „Mittagessen“)."""
    return _BREAK.match(title) is not None


# „08:00 | Öffnung des Veranstaltungsorts“, „00:00 | Konferenz schließt“, „17:30 | Ende der
# Konferenz“: the hour the doors open or close, when the day's points may begin or must end —
# no point a visitor attends („Konferenz öffnet und Frühstück“ names the breakfast, and stays).
_ONLY_OPENS_OR_CLOSES = lazy_re.compile(
    r"^(?:(?:öffnung|schließung|schliessung)\s+(?:des|der)\s+"
    r"(?:veranstaltungsort(?:e?s)?|venue|halle|räume|location)"
    r"|(?:konferenz|tagung|veranstaltung|venue|halle)\s+(?:öffnet|schließt|schliesst)"
    r"|ende\s+(?:der|des)\s+(?:konferenz|tagung|veranstaltung|workshops?))\W*$",
    re.IGNORECASE,
)


def only_opens_or_closes(title: str | None) -> bool:
    """Whether a programme row only says when the doors open or close („Öffnung des
    Veranstaltungsorts“, „Konferenz schließt“, „Ende der Konferenz“)."""
    return title is not None and _ONLY_OPENS_OR_CLOSES.match(title.strip()) is not None


# „Bisherige Camps:“, „Vergangene Veranstaltungen“, „Rückblick“: a section of past events. One
# whose day its card does not give („Datum: ?“) is a memory, not an offering.
_PAST_SECTION = lazy_re.compile(
    r"^\W*(?:(?:bisherige|vergangene|frühere|zurückliegende|past|previous)\b|rückblick\b)", re.I
)


def heads_past_events(heading: str | None) -> bool:
    """Whether a section heading says that the events under it are past ones."""
    return heading is not None and _PAST_SECTION.match(heading) is not None


# „Keine Probe am Freitag, den 08.03.2024“, „Kein Training in den Herbstferien“, „Keine
# Chorprobe“: a notice that the usual session does not take place, among the club's dates. It
# names the day nothing happens (a title that goes on after the noun in its own words — „Kein
# Mensch ist illegal“ — is a name). A news marker may stand before the notice („* Update Corona /
# COVID-19 * Keine Aktivitäten bis 19. April“, „Achtung: Kein Training am …“); a name before a
# colon („Sommerfest: Kein Eintritt“) is no marker, its notice no notice of a session.
_NEWS_MARKER = (
    r"(?:(?:update|achtung|hinweis|info|wichtig|aktuell|corona|covid)\b[^:*!]{0,30}[:*!]+\s*)?"
)
_NO_SESSION = lazy_re.compile(
    rf"^\W*{_NEWS_MARKER}kein(?:e|en)?\s+[^\W\d]+(?:\W*$|\s+(?:am|an|vom|von|bis|in|im|während|wegen|diese[nmrs]?)\b)",
    re.I,
)


# The English notice: „NO MEETING for 2 Weeks due to Refurbishment“, „No Meeting this week“,
# „No class today“ — the usual session named by its kind, then when or why it is off („No
# Country for Old Men“ names a film: no kind of session after „no“).
# A colloquium's „Most likely no colloquium because of faculty candidate visits.“ hedges it; its
# „April 2 | cancelled“ row says only that the talk of that day is off.
_SESSION_KIND_EN = (
    r"(?:meetings?|sessions?|class(?:es)?|rehearsals?|practices?|training|club|group|service|lesson|"
    r"lessons|meetup|colloqui(?:um|a)|seminars?|talks?|lectures?)"
)
# A working group's term table says why in brackets or names the holiday first: „No meeting (fall
# break week)“, „Labor Day Holiday (no meeting)“, „(MLK Day - no meeting)“, „(spring break - no
# meeting)“ — a day off or a break week, then the session that is off; „Pizza night (no meeting)“
# is an evening of its own and stays.
_HOLIDAY_FIRST = (
    r"(?:[\w'.]+\s+){0,3}(?:day|holiday|break|week|vacation|recess)(?:\s+[\w']+)?"
    r"\s*(?:[-–—:]\s*|\(\s*)"
)
_NO_SESSION_EN = lazy_re.compile(
    rf"^\W*(?:(?:most\s+likely|probably|likely)\s+)?no\s+{_SESSION_KIND_EN}(?:\W*$|\s+(?:this|"
    r"today|tonight|on|in|during|due|for|until|till|next|over|because)\b)"
    rf"|^\W*no\s+{_SESSION_KIND_EN}\s*\([^()]{{1,40}}\)\W*$"
    rf"|^\W*{_HOLIDAY_FIRST}no\s+{_SESSION_KIND_EN}\W*$"
    r"|^\W*(?:cancell?ed|postponed)\W*$",
    re.I,
)


# A league's bye: „spielfrei“, „MSMM spielfrei“, a season grid's „MSMM Spiefrei“ (its „l“
# dropped) in the seniors' column, read as „MSMM Spiefrei (Senioren)“: the team plays no match
# that round. Only a cell that ends on the word (a team's short name before it, the column's
# team in brackets after); „Spielfreies Wochenende mit Grillfest“ names an evening.
_BYE = lazy_re.compile(r"^\W*(?:[\w.-]+\s+){0,3}spiel?frei\W*(?:\([^()]{1,30}\))?\W*$", re.I)


def is_no_session_notice(title: str | None) -> bool:
    """True for a title that says a session is off („Keine Probe am Freitag, den …“, „No
    Meeting this week due to Refurbishment“, a team's bye „MSMM spielfrei“)."""
    if not title:
        return False
    return (
        _NO_SESSION.match(title) is not None
        or _NO_SESSION_EN.match(title) is not None
        or _BYE.match(title) is not None
    )


# An entry whose text opens by saying the session is off: a user group's month „Happy Fourth of
# July“ — „No meeting this month. See you in August.“, „We will not be meeting this month so
# that everyone can enjoy the long 4th of July weekend.“, „There will be no meeting in August.“
# The title greets or names the holiday; the text says nothing takes place on the listed day.
_NO_SESSION_TEXT = lazy_re.compile(
    rf"^\W*(?:there\s+(?:will\s+be|is)\s+no\s+{_SESSION_KIND_EN}\b"
    rf"|no\s+{_SESSION_KIND_EN}\s+(?:this|today|tonight|next)\b"
    r"|we\s+(?:will\s+not|won['’]t|are\s+not|aren['’]t|do\s+not|don['’]t)\s+(?:be\s+)?"
    rf"(?:meeting|holding\s+(?:a|an|our|the)\s+{_SESSION_KIND_EN})\s+(?:this|today|tonight|in)\b)",
    re.I,
)


def reports_no_session(description: str | None) -> bool:
    """True for a text that opens by saying the session is off („No meeting this month.“, „We
    will not be meeting this month …“)."""
    return bool(description) and _NO_SESSION_TEXT.match(description or "") is not None


# „Next Meeting Will Be November In Our New Location“ dated October 6: the month's entry tells
# when the next session is, in another month — the listed day holds none („there will be no user
# groups the month of October“). „Nächstes Treffen erst im November“ says the same.
_LATER_SESSION = lazy_re.compile(
    rf"^\W*(?:the\s+|our\s+)?next\s+{_SESSION_KIND_EN}\s+(?:will\s+be|is)\s+(?:in\s+)?"
    r"(?P<month>[^\W\d_]+)\b"
    r"|^\W*(?:das\s+|unser\s+)?nächste[sn]?\s+(?:treffen|sitzung|probe|stammtisch)\s+"
    r"(?:(?:ist|findet|erst|dann)\s+)*(?:im\s+)?(?P<monat>[^\W\d_]+)\b",
    re.I,
)


def announces_a_later_session(title: str | None, date_text: str | None) -> bool:
    """True for a title that says the next session is in another month than the entry's day."""
    match = _LATER_SESSION.match(title or "")
    if match is None:
        return False
    month = MONTHS.get((match["month"] or match["monat"] or "").casefold())
    if month is None:
        return False
    named = {
        MONTHS[w.casefold()]
        for w in re.findall(r"[^\W\d_]+", date_text or "")
        if w.casefold() in MONTHS
    }
    return bool(named) and month not in named


# A farewell post in a group's meetings list: „… the consensus seems to be that the Dallas C# Sig
# has run its course.“, „The November 3, 2016 meeting was the last meeting …“ — the group ends,
# the entry's day holds no meeting.
_FAREWELL_TEXT = lazy_re.compile(
    r"\b(?:has|have)\s+run\s+(?:its|their)\s+course\b"
    rf"|\bwas\s+(?:the|our)\s+(?:very\s+)?(?:final|last)\s+{_SESSION_KIND_EN}\s+of\s+the\b",
    re.I,
)


def is_farewell(description: str | None) -> bool:
    """True for an entry whose text says the group or its series has ended."""
    return bool(description) and _FAREWELL_TEXT.search(description or "") is not None
