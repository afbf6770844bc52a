"""Days named from the page's day: „heute“, „morgen, 14 Uhr“, „kommenden Montag“, „am heutigen
Samstag“, and a bare weekday that means one day."""

from __future__ import annotations

import re
from datetime import date, time, timedelta

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT, PAST_TENSE, WD_ALT, WEEKDAY_FULL_ALT
from netdir.normalize.when_incident_reports import reported_on_the_day
from netdir.normalize.when_opening_weekday_past import opening_weekday_told
from netdir.normalize.when_roles import (
    role_of_date,
)
from netdir.normalize.when_sentence_relative import (
    day_called_out,
    later_today,
    sentence_relative,
)
from netdir.normalize.when_times import (
    find_times,
)
from netdir.normalize.when_trip_weekdays import trip_weekday
from netdir.normalize.when_value import When, blank, day_at_times, whole_day, with_times
from netdir.normalize.when_weekday_hour_runs import weekday_hour_run
from netdir.normalize.when_weekday_preterite import told_beside_weekday
from netdir.normalize.when_weekday_ranges import staff_hours_before
from netdir.normalize.when_words import (
    RELATIVE_ADJECTIVES,
    RELATIVE_DAYS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    alternation,
    has_any,
    lowered_for_cues,
)

_WEEKDAY_NAMES_DE = (
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonnabend",
    "sonntag",
)
# „heute um ca. 14:30 Uhr“, „heute um kurz nach 18 Uhr“ (round 294, a fire brigade's reports): a
# clock told roughly or just before or after it is still the clock of the day named.
_ROUGHLY = r"(?:(?:ca\.|circa|etwa|gegen|kurz\s+(?:nach|vor))\s*)?"
_RELATIVE = lazy_re.compile(
    r"^\s*(?:(?:ab|on)\s+)?(?:(?:"  # "am Morgen" is the morning, not tomorrow
    + WD_ALT
    # ("Samstag morgen, 7:39 Uhr": a weekday's morning, not tomorrow; "Samstag, morgen" is)
    + r")\.?(?:,\s*|\s+(?!morgen\b)))?(?P<rel>"
    + alternation(frozenset(RELATIVE_DAYS))
    + r")\b",
    FLAGS,
)
# "Los geht's heute ab 17 Uhr": inside a short text a relative word counts with a time after it
# (never "am Morgen um 9 Uhr", the morning).
_RELATIVE_TIMED = lazy_re.compile(
    # (whole words: "Wir wurden heute um 18 Uhr alarmiert", round 294, is no "den heute")
    r"(?<!\bam\s)(?<!\bjeden\s)(?<!\bden\s)"
    # ("Samstag morgen, 7:39 Uhr": a weekday's morning, not tomorrow)
    + "".join(rf"(?<!{name}\s)" for name in _WEEKDAY_NAMES_DE)
    + r"\b(?P<rel>"
    + alternation(frozenset(RELATIVE_DAYS))
    + r")\b(?=\s*,?\s*(?:ab|um|at|from|von)?\s*"
    + _ROUGHLY
    + r"\d{1,2}(?:[:.]\d{2})?\s*(?:uhr|h\b|a\.?m|p\.?m))",
    FLAGS,
)
# "… will hold its annual members-only meeting tonight at 6:00pm (not the usual 7:30pm)": "tonight"
# with its clock right after it is the page's day in a text of any length.
_TONIGHT_AT = lazy_re.compile(
    r"\b(?P<rel>tonight|heute\s+abend)(?=\s+(?:at|from|um|ab)\s+\d{1,2}(?:[:.]\d{2})?\s*"
    r"(?:uhr|a\.?m|p\.?m))",
    FLAGS,
)
# "morgen (22.) um 17 Uhr": the day of the month in brackets confirms the relative word.
# "Heute könnt ihr zum Beispiel ab 16 Uhr … Blut spenden": a text opening with the word, its clock
# later in the same sentence.
# "Morgen von 18 bis 19.30 Uhr findet ein Weihnachtssingen … statt" (round 287): the clock's
# "Uhr" after the range's end.
_RELATIVE_OPENING = lazy_re.compile(
    r"^(?P<rel>heute|morgen|today|tomorrow|tonight)\b(?=[^.!?]{0,80}?\b(?:ab|um|at|from|von)\s+"
    + _ROUGHLY
    + r"\d{1,2}(?:[:.]\d{2})?\s*(?:(?:bis|-|–)\s*\d{1,2}(?:[:.]\d{2})?\s*)?(?:uhr|h\b|a\.?m|p\.?m))",
    FLAGS,
)
# "Heute Nachmittag wurden wir zum Flughafen Hamburg alarmiert", "Heute Abend spielen wir": a
# text opening with the word and the part of the day it names, in any length ("heute morgen" is
# this morning only before a verb, not "Heute morgen Abend").
_RELATIVE_PART_OPENING = lazy_re.compile(
    r"^(?P<rel>heute|today)\s+(?:nachmittag|vormittag|abend|mittag|früh|nacht|afternoon|evening"
    r"|morning|night|morgen(?=\s+(?-i:[a-zäöüß]+)\b)(?!\s+(?:um|ab|früh|abend|nachmittag)\b))\b",
    FLAGS,
)
# "Heute fand ein Arbeitstreffen statt, … Die Veranstaltung dauerte von 19 bis 20 Uhr": a report
# opening with the word and a past verb of meeting or taking place, in any length (its clock may
# follow sentences later).
_RELATIVE_REPORT_OPENING = lazy_re.compile(
    r"^(?P<rel>heute)\s+(?:fand|fanden|trafen|traf|tagte|tagten|kamen|kam"
    # "Heute waren wir wieder bei der alljährlichen … Krampusfeier eingeladen." (round 286): a
    # diary's first person in the past
    r"|waren\s+wir|war\s+ich"
    # "Heute stand für Yannick DK8YS und mich … das WWBOTA-Bunkerfest 2026 auf dem Programm": what
    # the day's programme held
    r"|stand(?=[^.!?]{0,100}?\bauf\s+dem\s+(?:programm|plan|tagesplan|spielplan)\b))\b",
    FLAGS,
)
# "… unterstützen wir heute den ganzen Tag unsere Kameraden … Der Einsatz von 09:00 Uhr bis 17:00
# Uhr verlief ohne Probleme": the whole of the page's day, in any length (its clock may follow).
_RELATIVE_ALL_DAY = lazy_re.compile(
    r"\b(?P<rel>heute)\s+(?:den\s+ganzen\s+tag|ganzt(?:ä|ae)gig|ganztags)\b", FLAGS
)
# "Gestern wurden die neuen Flügel an die Windmühle angebracht", "Yesterday the new sails were
# installed": a report opening with the day before the page's and a past verb in its sentence.
_YESTERDAY_OPENING = lazy_re.compile(r"^\s*(?P<rel>gestern|yesterday)\b[^.!?]*", FLAGS)
# "Mit diesem Zitat … schloss der dritte Bürgermeister … gestern seine Rede": inside a sentence
# told in the past, the word written small (not "seit gestern", "von gestern", "bis gestern").
_YESTERDAY_INSIDE = lazy_re.compile(
    r"[^.!?]*?(?<!seit\s)(?<!von\s)(?<!bis\s)\b(?-i:(?P<rel>gestern))\b(?!\s*(?:abend|nachmittag"
    r"|vormittag|mittag|morgen)?\s*(?:und|,)?\s*heute\b)"
    # (not the day something was told: "Wie wir schon gestern mitgeteilt haben, vertrauen wir …",
    # round 215 — the message's day, as "wie am Montag bereits angekündigt")
    r"(?!\s+(?:mitgeteilt|angekündigt|berichtet|geschrieben|informiert|erwähnt|gesagt)\b)[^.!?]*",
    FLAGS,
)
_ENGLISH_PAST = lazy_re.compile(r"\b(?:was|were|had|did|[a-z]{3,}ed)\b", FLAGS)
# "Hierzu laden wir euch zum Familienabendgebet morgen um 19.30 Uhr … ein": inside a sentence the
# word written small with "um"/"ab" and a clock right after it (never "am Morgen um 9 Uhr", nor a
# weekday's "Samstag morgen um 9 Uhr").
_RELATIVE_CLOCK_INSIDE = lazy_re.compile(
    r"(?<![\w.])(?<!\bam\s)(?<!\bjeden\s)(?<!\bden\s)(?<!tag\s)(?<!woch\s)(?<!abend\s)(?<!heute\s)"
    r"(?-i:(?P<rel>heute|morgen|übermorgen))"
    # ("der heute Abend um 18.30 in Baden TV Süd gezeigt wird": the part of the day between, a
    # clock with its minutes needs no "Uhr")
    # ("Unsere Ausbilder machen sich morgen früh um 7:55 Uhr auf den Weg": tomorrow's early hours)
    # ("würde morgen (dienstag) gegen 17:30 die Kaffemaschine abholen": its weekday in brackets
    # confirms it, "gegen" tells the clock roughly; round 212)
    r"(?=(?:\s+(?:abend|nachmittag|vormittag|mittag|früh))?"
    # („⚠️ ACHTUNG ⚠️ heute 17 Uhr bis ca. 20 Uhr Wartungsarbeiten …“ (round 290): a clock with
    # „Uhr“ needs no preposition)
    r"(?:\s*\(\s*(?:" + WD_ALT + r")\.?\s*\))?\s+"
    r"(?:(?:ab|um|gegen)\s+" + _ROUGHLY + r"|(?=\d{1,2}(?:[:.]\d{2})?\s*uhr\b))\d{1,2}"
    r"(?:(?:[:.]\d{2})?\s*(?:uhr|h\b)|[:.][0-5]\d(?![\d.])))",
    FLAGS,
)
# "Zuallererst das wichtigste: Heute morgen um 7:15 Uhr wurden wir … alarmiert": this morning's
# clock anywhere in the text, the word written either way ("morgen" after "heute" is no tomorrow).
# („Heute morgen um 9 hatten wir einen Termin fürs Pickerl“ (round 286): a morning's bare hour
# before a verb in the past needs no „Uhr“)
_THIS_MORNING_CLOCK = lazy_re.compile(
    r"(?<![\w.])(?P<rel>heute)\s+(?:morgen|früh)\s+(?=(?:um|ab|gegen)\s+\d{1,2}(?:[:.]\d{2})?\s*uhr"
    r"|um\s+(?P<morning_hour>[1-9]|1[01])\s+(?:hatten|hatte|waren|war|sind|haben|hat|wurde|wurden)\b)",
    FLAGS,
)
# "Danach spielt heute Abend die Schweiz gegen Norwegen um 21:00 Uhr in Basel": inside a sentence
# the word written small with the part of the day right after it, its clock later in the same
# sentence (the part of the day makes "heute" this day's evening, not "nowadays").
_RELATIVE_PART_CLOCK_LATER = lazy_re.compile(
    r"(?<![\w.])(?-i:(?P<rel>heute))\s+(?:abend|nachmittag|vormittag|mittag|nacht)\b"
    # (within its clause: "heute Abend keine Probe, die nächste ist am Freitag um 19 Uhr")
    r"(?=[^.!?\d,;:]{0,80}?\b(?:um|ab)\s+\d{1,2}(?:[:.]\d{2})?\s*uhr)",
    FLAGS,
)
# "Nach dem Gulaschempfang am Mittag geht es heute Abend … mit dem traditionellen Laternelaufen
# weiter": inside a sentence the word written small with the part of the day right after it, no
# clock (the part of the day makes it this day, not "nowadays"; not a farewell "bis heute Abend").
_RELATIVE_PART_INSIDE = lazy_re.compile(
    r"(?<![\w.])(?<!bis\s)(?-i:(?P<rel>heute))\s+(?:abend|nachmittag|vormittag|nacht)\b"
    # (not "Wir haben heute Abend keine Probe, die nächste ist am Freitag": none this evening)
    r"(?![^.!?,;]{0,30}?\b(?:kein|keine|keinen|nicht|fällt|entfällt|aus)\b)",
    FLAGS,
)
# "the session tomorrow morning at Archway 7.30 to 8.30 has been cancelled": inside an English
# sentence "tomorrow" (never a morning, as German "morgen" may be) with a clock later in its clause
# (round 160).
_TOMORROW_CLOCK_LATER = lazy_re.compile(
    r"\b(?-i:(?P<rel>tomorrow))\b"
    r"(?=[^.!?;\d]{0,70}?(?<![\d.:])(?:[01]?\d|2[0-3])(?:[:.][0-5]\d(?![\d.])|\s*[ap]\.?m\b))",
    FLAGS,
)
# "Das ist die vorletzte Probe, morgen folgt dann die Generalprobe", "Es wird sicher eine tolle
# Premiere morgen werden": inside a sentence the word written small, tomorrow when the same
# sentence names a performance or a meeting (never "heute morgen", "Samstag morgen", "morgen früh":
# mornings; nor "der morgen heiratet": no event named).
_EVENT_WORD = (
    r"(?:premiere|generalprobe|hauptprobe|aufführung|vorstellung|konzert|lesung|sitzung"
    r"|versammlung|gottesdienst)"
)
_TOMORROW_EVENT = lazy_re.compile(
    r"(?<![\w.])(?<!heute\s)(?<!gestern\s)(?<!am\s)(?<!jeden\s)(?<!den\s)"
    + "".join(rf"(?<!{name}\s)" for name in _WEEKDAY_NAMES_DE)
    + r"(?-i:(?P<rel>morgen))\b(?!\s+(?:früh|abend|nachmittag|vormittag|mittag|morgen|um|ab)\b)"
    # („Da morgen der Karnevalsauftakt ist, …“ (round 286): a compound's last part, a season's
    # opening)
    + rf"(?=[^.!?]{{0,60}}?\b(?:[a-zäöüß]+s?)?(?:{_EVENT_WORD}|auftakt)\b)"
    # ("eine tolle Premiere morgen": the event right before the word)
    + rf"|\b{_EVENT_WORD}\s+(?-i:(?P<after>morgen))\b(?!\s+(?:früh|abend|nachmittag|vormittag|mittag)\b)",
    FLAGS,
)
# "Wir machen jetzt Feierabend und morgen geht es mit dem Feinschliff der Ausbildung … ab 10 Uhr
# weiter": the word written small (the adverb: the noun is written large), its clock later in the
# same clause; "Morgen können wir uns leihweise den alten ELW … abholen", "Bereits morgen wird das
# Fahrzeug … abgenommen": a verb right after it (never "heute morgen", "Samstag morgen", "am
# Morgen", "Guten Morgen").
_TOMORROW_LEAD = (
    r"(?<![\w.])(?<!heute\s)(?<!gestern\s)(?<!am\s)(?<!jeden\s)(?<!den\s)(?<!guten\s)"
    + "".join(rf"(?<!{name}\s)" for name in _WEEKDAY_NAMES_DE)
)
_TOMORROW_INSIDE = lazy_re.compile(
    _TOMORROW_LEAD
    + r"(?-i:(?P<rel>morgen))\b(?=[^.!?;,\d]{0,80}?\b(?:ab|um)\s+\d{1,2}(?:[:.]\d{2})?\s*uhr)"
    # ("Und morgen soll es dann in aller Frühe nach Oskarshamn gehen": a plan's „soll“, the
    # sentence opening with „Und“)
    # ("…, dann morgen früh geht es los!" (round 286): „dann“ before it, its early hours after it)
    + r"|(?:^(?:und\s+(?:dann\s+)?)?|(?<=[.!?:]\s)|(?<=\bbereits\s)|(?<=\bschon\s)|(?<=,\sdann\s))"
    + _TOMORROW_LEAD
    + r"(?P<lead>(?-i:[Mm]orgen))\s+(?:früh\s+)?(?=(?:wird|werden|können|kann|geht|gehen|findet|finden"
    r"|kommt|kommen|startet|starten|beginnt|beginnen|treffen|trifft|fahren|fährt|holen|holt"
    r"|folgt|folgen|soll|sollen)\b)"
    # "Und dann soll es auch wirklich morgen losgehen.": the verb of setting off right after it
    + r"|"
    + _TOMORROW_LEAD
    + r"(?P<go>(?-i:morgen))\s+(?=(?:losgehen|weitergehen|aufbrechen|ablegen|starten)\b)",
    FLAGS,
)
# "The Open House is Tomorrow!!": a short text saying the day is the relative one.
_RELATIVE_IS = lazy_re.compile(
    r"\b(?:is|ist|are|sind)\s+(?P<rel>today|tomorrow|tonight|heute|morgen)\b(?!\s+(?:geschlossen|closed))",
    FLAGS,
)
# "Im Übrigen ist heute der 5. Mittwoch in diesem Monat", "today is Friday": the relative word
# names the weekday it is.
_RELATIVE_IS_WEEKDAY = lazy_re.compile(
    r"\b(?P<rel>heute|today)\s+(?:ist\s+|is\s+)?(?:der\s+|the\s+)?(?:\d{1,2}\.\s*|\d(?:st|nd|rd|th)\s+)?"
    r"(?:" + alternation(WEEKDAYS) + r")\b",
    FLAGS,
)
# "Auditions will be from 7 p.m. to 9 p.m. today": a clock right before the relative word.
# „Ab ca. 8:00 morgens sind heute die Aufmärsche gewesen.“ (round 286): a sentence opening with
# its clock, the verb and the word right after it.
_CLOCK_THEN_RELATIVE = lazy_re.compile(
    r"(?:(?:\d\s*(?:uhr|[ap]\.?m\.?)|\bnoon|\bmidnight)\s+"
    r"|^\s*(?:ab|um)\s+(?:ca\.\s*)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*uhr)?"
    r"(?:\s+(?:morgens|abends|früh))?\s+(?:sind|waren|ist|war|haben|hat|hatten|hatte)\s+)"
    r"(?P<rel>today|tonight|tomorrow|heute)\b",
    FLAGS,
)
_RELATIVE_CONFIRMED = lazy_re.compile(
    r"(?<!am\s)(?<!jeden\s)\b(?P<rel>"
    + alternation(frozenset(RELATIVE_DAYS))
    + r")\s*\((?P<d>\d{1,2})\.?\)",
    FLAGS,
)
# A meeting, service or talk named by its day („das heutige Treffen“, „im heutigen Treffen“).
_TODAYS_EVENT_NOUNS = "gottesdienst|andacht|messe|konzert|treffen|vortrag|sitzung|versammlung"
_RELATIVE_ADJECTIVE = lazy_re.compile(
    # ("beim gestrigen Martinsumzug": "beim" is "bei dem", as "am"; "Bei der heutigen
    # Generalversammlung wurden … verkündet", "zur morgigen Sitzung": a meeting of that day, not
    # "in der heutigen Zeit", "zum heutigen Stand")
    # ("Mit dem heutigen Online-Gottesdienst preisen … wir Gott": with a service, concert or
    # meeting named right after it, round 218; never "mit dem heutigen Wissen")
    r"\b(?:am|beim|an\s+diesem|bei\s+der|auf\s+der|zur"
    r"|mit\s+dem(?=\s+\w+\s+[\w-]*?(?:gottesdienst|andacht|messe|konzert|treffen|vortrag)\b)"
    # („Im heutigen Treffen wurde vorwiegend über die Leitlinien … gesprochen“, round 296: a
    # meeting's minutes naming it by its day, the meeting right after the word)
    r"|(?:im|in\s+der)(?=\s+\w+\s+[\w-]*?(?:" + _TODAYS_EVENT_NOUNS + r")\b)"
    # "lädt für den morgigen Samstag, 14 Uhr zu einem Spaziergang … ein" (round 210): only with
    # its weekday, never "für den heutigen Menschen"
    r"|für\s+den(?=\s+\w+\s+(?:" + WEEKDAY_FULL_ALT + r")\b))"
    r"\s+(?P<rel>"
    + alternation(RELATIVE_ADJECTIVES)
    + r")\b(?!\s+(?:zeit|zeitpunkt|stand|sicht|form|welt|gesellschaft|tag)\b)"
    r"(?:\s+(?P<wd>" + WEEKDAY_FULL_ALT + r")\b)?",
    FLAGS,
)
# "Vom kommenden Montag bis zum Samstag", "am Freitag nächster Woche", "this Friday": a weekday
# counted from the page's day (the relative word makes it one day, not a weekly rule).
# "am vergangenen Samstag", "vorigen Mittwoch": the last such day before the page's day.
_RELATIVE_WEEKDAY = lazy_re.compile(
    r"\b(?:(?P<which>kommenden|kommender|nächsten|nächster|naechsten|diesen|dieser|diesem|coming|next|this"
    r"|vergangenen|vergangener|vorigen|voriger|letzten|letzter)"
    # ("am kommenden Samstagvormittag": the weekday fused with its part of the day)
    # ("the next two Fridays": the first of them)
    r"\s+(?:(?:two|three|four)\s+)?(?P<wd>"
    + WEEKDAY_FULL_ALT
    + r")(?:vormittag|nachmittag|mittag|abend|morgen|s)?"
    r"|(?P<wd_next>" + WEEKDAY_FULL_ALT + r")\s+(?:nächster|kommender|der\s+nächsten"
    r"|der\s+kommenden|next)\s+(?:woche|week)"
    # "Nächste Woche Donnerstag um 20:30 Uhr", "kommende Woche am Freitag": the week named first.
    r"|(?:nächste|naechste|kommende)\s+woche\s+(?:am\s+)?(?P<wd_week>"
    + WEEKDAY_FULL_ALT
    + r")(?:vormittag|nachmittag|mittag|abend|morgen)?)(?!\w)"
    r"(?:\s*(?:bis|-|to|until|through)\s+(?:zum\s+|zu\s+|on\s+)?(?P<until>"
    + WEEKDAY_FULL_ALT
    + r")(?!\w))?",
    FLAGS,
)
_RELATIVE_WEEKDAY_HINTS = (
    "komm", "nächst", "naechst", "diese", "next", "this", "coming", "vergangen", "vorig", "letzt",
)  # fmt: skip
_PAST_WHICH = ("vergangenen", "vergangener", "vorigen", "voriger", "letzten", "letzter")
# "am letzten Samstag" is the last one before the page's day only in a report ("ist … am letzten
# Samstag erfolgreich gestartet"), never the month's last ("am letzten Samstag im Monat", "des
# Monats", "vor Ostern": a rule or a day counted from another).
_LAST_WHICH = ("letzten", "letzter")
# A clause in the perfect, its participle closing it: "ist … am letzten Samstag erfolgreich in das
# neue Jahr gestartet!", "haben … teilgenommen."; „Letztes Wochenende haben wir auf der Burg …
# verbracht.“ (round 286): an inseparable verb's participle, without „ge“
_PERFECT_CLAUSE = lazy_re.compile(
    r"\b(?:ist|sind|hat|haben)\b[^.!?;]{0,100}?\b(?:ge[a-zäöüß]{3,}(?:t|en)"
    r"|[a-zäöüß]{2,}ge[a-zäöüß]{3,}(?:t|en)|[a-zäöüß]{3,}iert"
    r"|(?:be|ver|er|zer|ent|emp)[a-zäöüß]{3,}t)\s*(?:[.!?]|$)",
    FLAGS,
)
# "das amtliche Endergebnis der Wahl vom letzten Sonntag" (round 278): a thing "of" last Sunday
# looks back, as a report does, though its sentence has no verb in the past.
_OF_LAST_BEFORE = lazy_re.compile(r"\bvom\s+$", FLAGS)
# ("die am letzten Samstag in der TRUDE dabei waren" (round 246): "in der" before a place counts
# nothing)
_COUNTED_AFTER = lazy_re.compile(
    r"\s*(?:im|in(?!\s+(?:der|dem|den|die|das)\b)|des|der|eines|jedes|jeden|of|vor|nach|before"
    r"|after)\b",
    FLAGS,
)
# "fand am vergangenen Wochenende unsere Jahreshauptversammlung statt", "am kommenden Wochenende",
# "this weekend": a weekend counted from the page's day (its Saturday and Sunday); not "am letzten
# Wochenende im August" (a month's), nor "am Wochenende des 10. und 11. Oktober".
_RELATIVE_WEEKEND = lazy_re.compile(
    r"\b(?P<which>kommenden|kommendes|nächsten|nächstes|naechsten|diesem|dieses|coming|next|this"
    r"|vergangenen|vergangenes|vorigen|voriges|letzten|letztes|last|past"
    # "am vorletzten Wochenende" (round 233): the weekend before the last one
    r"|vorletzten|vorletztes|übernächsten|übernächstes)\s+(?:wochenende|weekend)\b"
    # (not "am letzten Wochenende im Juli", "… in den Ferien": a month's or another time's; a
    # place after "in" is where it was, „ging vergangenes Wochenende in Villach über die Bühne“)
    r"(?!\s*(?:im|des|der|vom|von|vor|nach|of|before|after|\d)\b)"
    r"(?!\s*in\s+(?:den|der|dem|diesem|diesen|einem|einer|jedem|" + MONTH_ALT + r")\b)",
    FLAGS,
)
# "Am Wochenende werden wir am PlaidCTF 2014 teilnehmen.", "Am Wochenende wird eine kleine Delegation
# … besuchen.": a sentence opening with a bare weekend and a future's verb is the coming weekend (not
# "Am Wochenende ist die Bibliothek geschlossen", every weekend's).
_BARE_WEEKEND_AHEAD = lazy_re.compile(r"^\s*Am\s+Wochenende\s+(?:werden|wird)\b")
_PAST_WEEKEND = (
    "vergangenen",
    "vergangenes",
    "vorigen",
    "voriges",
    "letzten",
    "letztes",
    "last",
    "past",
)
_THIS_WEEKEND = ("diesem", "dieses", "this")
_WEEKDAY_PIECES = tuple(WEEKDAYS)
_RELATIVE_PIECES = tuple(RELATIVE_DAYS)
#: Relative words ("heute") count only in texts this short: in prose they are no event date.
_RELATIVE_MAX_LENGTH = 40


def parse_relative_weekday(text: str, reference: date) -> When | None:
    """ "kommenden Montag" (the first after the reference day), "diesen Freitag" (on or after
    it), "Freitag nächster Woche" (in the following calendar week); "… bis zum Samstag" the
    first such day after the start. A deadline ("bis nächsten Freitag anmelden") is none."""
    if text.startswith(("Am Wochenende w", " Am Wochenende w")) and _BARE_WEEKEND_AHEAD.match(text):
        saturday = weekday_from(reference, 5, strictly_after=False)
        if reference.weekday() == 6:
            saturday = reference - timedelta(days=1)
        return When(saturday.isoformat(), (saturday + timedelta(days=1)).isoformat(), True, "day")
    lowered = lowered_for_cues(text)
    if not has_any(lowered, _RELATIVE_WEEKDAY_HINTS):
        return None
    if ("ochenend" in text or "eekend" in text) and (
        weekend := _relative_weekend(text, reference)
    ) is not None:
        return weekend
    if not has_any(lowered, _WEEKDAY_PIECES):
        return None
    match = _RELATIVE_WEEKDAY.search(text)
    if match is None or role_of_date(text[: match.start()], text[match.end() :]) is not None:
        return None
    if (
        match["which"] is not None
        and match["which"].lower() in _LAST_WHICH
        and (
            (
                PAST_TENSE.search(text) is None
                and _PERFECT_CLAUSE.search(text) is None
                and _OF_LAST_BEFORE.search(text, max(0, match.start() - 6), match.start()) is None
            )
            or _COUNTED_AFTER.match(text, match.end())
        )
    ):
        return None
    if (next_week := match["wd_next"] or match["wd_week"]) is not None:
        monday = reference - timedelta(days=reference.weekday() - 7)
        day = monday + timedelta(days=WEEKDAYS[next_week.lower()])
    else:
        weekday = WEEKDAYS[match["wd"].lower()]
        on_or_after = match["which"].lower() in ("diesen", "dieser", "diesem", "this")
        if match["which"].lower() in _PAST_WHICH:
            day = reference - timedelta(days=(reference.weekday() - weekday - 1) % 7 + 1)
        elif on_or_after and PAST_TENSE.search(text) is not None:
            # "merkte man an diesem Mittwoch nichts": a report's "this Wednesday" has passed
            day = reference - timedelta(days=(reference.weekday() - weekday) % 7)
        else:
            day = weekday_from(reference, weekday, strictly_after=not on_or_after)
    end = None
    if match["until"] is not None:
        end = weekday_from(day, WEEKDAYS[match["until"].lower()], strictly_after=True)
    times = find_times(blank(text, [match.span()]))
    if times is not None:
        return with_times(day, end, times)
    return When(day.isoformat(), end.isoformat() if end else None, True, "day")


def _relative_weekend(text: str, reference: date) -> When | None:
    """The Saturday and Sunday of a weekend named from the page's day."""
    match = _RELATIVE_WEEKEND.search(text)
    if match is None or role_of_date(text[: match.start()], text[match.end() :]) is not None:
        return None
    which = match["which"].lower()
    if which.startswith("vorletzt"):
        # "am vorletzten Wochenende": the weekend before the last whole one (said only of the
        # past, unlike "am letzten Wochenende", which may be a season's last)
        saturday = reference - timedelta(days=(reference.weekday() - 5) % 7 + 7)
        if reference.weekday() >= 5:
            saturday -= timedelta(days=7)
        return When(saturday.isoformat(), (saturday + timedelta(days=1)).isoformat(), True, "day")
    if which.startswith("übernächst"):
        # "am übernächsten Wochenende": the one after the coming weekend
        saturday = weekday_from(reference, 5, strictly_after=True) + timedelta(days=7)
        return When(saturday.isoformat(), (saturday + timedelta(days=1)).isoformat(), True, "day")
    if which in _PAST_WEEKEND:
        if (
            which.startswith("letzt")
            and PAST_TENSE.search(text) is None
            and _PERFECT_CLAUSE.search(text) is None
        ):
            # "am letzten Wochenende" in a plan may be a season's last; told in the past ("Wir
            # haben letztes Wochenende Honig geschleudert.") it is the one just gone
            return None
        # the last whole weekend before the page's day (on a Sunday, the one before)
        saturday = reference - timedelta(days=(reference.weekday() - 5) % 7)
        if reference.weekday() >= 5:
            saturday -= timedelta(days=7)
    elif which in _THIS_WEEKEND:
        saturday = weekday_from(reference, 5, strictly_after=False)
        if reference.weekday() == 6:
            saturday = reference - timedelta(days=1)
    else:
        saturday = weekday_from(reference, 5, strictly_after=True)
    sunday = saturday + timedelta(days=1)
    return When(saturday.isoformat(), sunday.isoformat(), True, "day")


# "Vernissage ist am Samstag", "Aufbau ist am Sonnabend um 15 Uhr": with no date in the text, a
# weekday after "am"/"on" is the coming one (a news text's reader's reading) — not "am Dienstag
# vor dem Flohmarkt" (counted from something else), not a closing day.
_AM_WEEKDAY = lazy_re.compile(
    # "am Sonntagnachmittag": a weekday with its part of the day
    # "the market will open Saturday", "opens Saturday": an English verb before the bare weekday
    # "… from 9 a.m. to 1 p.m. Saturday at …": the weekday right after an English clock
    # "The members preview is Saturday", "… 9 to 10:30 Saturday morning": English "is"/"are" or
    # a clock's minutes right before it
    # "the post will be hosting a dance Saturday": the verb's object between it and the weekday
    # "bieten wir an, die Geräte ab Montag … wieder zu reaktivieren": from the coming weekday on
    r"(?:\b(?:am|on|ab|will\s+(?:be\s+)?[a-z]+(?:\s+(?:a|an|the|its|their)(?:\s+[a-z'-]+){1,3}?)?"
    # ("The celebration continues Saturday!")
    r"|opens|begins|starts|continues|resumes|(?-i:is|are)"
    # "In der Nacht auf Samstag um 2:27 Uhr durften wir … anrücken": the night's early hours
    r"|(?<=\bnacht\s)(?:auf|zum|zu))|(?<=[ap]\.m\.)"
    r"|(?<=\d[ap]m)|(?<=\d:\d\d))"
    # ("Am darauffolgenden Freitag ging es beim TSV … um den Einzug ins Pokal-Halbfinale": the
    # Friday after a day the sentence does not give, told on its own as its own week's)
    r"\s+(?:(?<=\bam\s)(?:darauf)?folgenden\s+)?"
    # („Am Freitagfrüh geht es … los“, round 281: the morning glued to its weekday)
    r"(?P<wd>" + WEEKDAY_FULL_ALT + r")(?:vormittag|nachmittag|abend|morgen|mittag|früh)?"
    r"(?!\w)(?!\s+(?:vor|nach|before|after)\b)"
    # the weekday of a date written after it ("closes on Sunday, March 8") is that date's; a
    # count before a lowercase word is no date ("trafen sich am Samstag 12 tennisbegeisterte Kids"),
    # nor one no day can be before a noun ("wurden am Samstag 62 Motorradsportler um 12 Uhr …")
    r"(?![\s,.]*(?:den\s+|dem\s+|the\s+)?(?:"
    r"(?!(?:3[2-9]|[4-9]\d|[1-9]\d{2})\s+(?-i:[A-ZÄÖÜ][a-zäöüß]{3,}))"
    r"\d(?!\d?\s+(?!noon\b)(?-i:[a-zäöüß]{4,}))"
    r"|(?:" + MONTH_ALT + r")\b))",
    FLAGS,
)
# "bvitg-Transfer-Standard (A. Kassner, Do 11 Uhr)": a weekday with a clock right after it.
# "Der Samstag beginnt um 18 Uhr mit …", "Montag und Dienstag sind im Rathaus … beschäftigt": a
# weekday (or two) as the sentence's subject, its verb in the present: the coming one(s).
# ("… führen sie diese Woche die letzten Proben durch: Mittwoch steigt die Generalprobe": the
# clause after a colon; "Freitag findet das erste Weihnachtshighlight statt", "Dienstag und
# Donnerstag werden lange Tage": more verbs of the coming days)
# („Zum Glück ist jetzt Wochenende und Dienstag Nachmittag finden wir heraus …“ (round 286): a
# clause after „und“, the part of the day after the weekday)
_SUBJECT_WEEKDAY = lazy_re.compile(
    r"(?:^\s*|(?<=:\s)|(?<=\sund\s))(?:der\s+)?(?P<wd>"
    + WEEKDAY_FULL_ALT
    + r")(?:\s+(?P<join>und|bis)\s+(?P<wd2>"
    + WEEKDAY_FULL_ALT
    + r"))?(?:\s+(?-i:Vormittag|Nachmittag|Abend|Mittag|vormittag|nachmittag|abend))?\s+(?:beginnt|beginnen|startet|starten|ist|sind|bleibt|bleiben|steht|stehen"
    r"|findet|finden|steigt|steigen|folgt|folgen|wird|werden)\b",
    FLAGS,
)
_WEEKDAY_CLOCK = lazy_re.compile(
    # ("Dienstag 16:30 bis 18:30 Uhr Bonnstraße 32": a clock range with one "Uhr")
    # ("Montag & Mittwoch · 19:00 Uhr", "Mittwoch | 19 Uhr": a dot, bar or dash between them)
    # ("Erwachsene | Montag | ab 21:00 Uhr: Freies Training": from a clock on; „Samstag gegen
    # halbzehn Uhr abends war es … so weit“ (round 226): about a clock)
    r"(?<![\w.-])(?P<wd>"
    + WD_ALT
    # ("Samstag morgen, 7:39 Uhr", "Freitagabend 19 Uhr": the part of the day after the weekday)
    + r")(?:\s?(?:morgens?|vormittags?|mittags?|nachmittags?|abends?)\b)?"
    # ("Friday at 6:15pm to 7:30pm (term time)": English "at" before the clock)
    + r"\.?(?:,|\s*[·•|-])?\s+(?:(?:um|ab|at|gegen)\s+)?(?=\d{1,2}(?:[:.]\d{2})?\s*"
    r"(?:(?:-|bis)\s*\d{1,2}(?:[:.]\d{2})?\s*)?(?:uhr|h|[ap]\.?m)\b"
    # ("Jugendfeuerwehr: Freitag 18:00, Ansprechpartner: …": a colon's clock needs no "Uhr")
    r"|(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:]))",
    FLAGS,
)
# A sentence's end inside a text: a stop after a word, then a capital („… anbieten zu können. Und
# manche Veranstaltungen …“), not a day's or an abbreviation's dot before a small word.
_SENTENCE_STOP = lazy_re.compile(r"(?<=[^\W\d]{2})[.!?](?=\s+[A-ZÄÖÜ])")


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    """Where the sentence holding position ``at`` starts and ends (the whole text if one)."""
    start, end = 0, len(text)
    for stop in _SENTENCE_STOP.finditer(text):
        if stop.end() <= at:
            start = stop.end()
        else:
            end = stop.end()
            break
    return start, end


# „Mo & Mi, 19:00 Uhr“: another weekday joined to the one before the clock.
_JOINED_WEEKDAY_BEFORE = lazy_re.compile(
    r"(?<![\w.-])(?P<wd>" + WD_ALT + r")\.?\s*(?:&|\+|und|and|/)\s*\Z", FLAGS
)
_NOT_ONE_DAY = lazy_re.compile(
    r"geschlossen|closed|ruhetag|öffnungszeit|opening\s+hours|sprechzeit|sprechstunde"
    # "einmal im Monat einen Gottesdienst am Freitagabend": one Friday a month, which one unsaid
    # ("zweimal pro Monat am Freitagmorgen": two Fridays a month, which ones unsaid)
    r"|\b(?:einmal|zweimal|zwei\s+mal|[12]\s?x)\s+(?:im\s+monat|monatlich|pro\s+monat)"
    r"|\b(?:once|twice)\s+(?:a|per|each)\s+month"
    # "Punktspieltage an einem Samstag sind von 14-18Uhr, am Sonntag von 10-14Uhr": some Saturday
    # (and the Sunday beside it), which one unsaid
    r"|\ban\s+einem\s+(?:" + WEEKDAY_FULL_ALT + r")\b",
    FLAGS,
)
# "am Freitag, den Vortag des Festes", "Freitag, der Tag vor dem Dorffest": a weekday named as the
# day before or after another event whose day the text does not give: no day of its own.
_COUNTED_FROM_AFTER = lazy_re.compile(
    r"\s*,?\s*(?:(?:den|der|dem|the)\s+)?(?:Vortag|Vorabend|Folgetag|Tag\s+(?:vor|nach)|day\s+(?:before|after))\b"
    # „Am Freitag in der ersten Woche stellen Sie … vor“, „am Freitag in dieser Zyklus-Woche“: the
    # weekday of a week counted in an assignment's cycle, whose days the text does not give
    # (round 256; „in der nächsten Woche“ and „in dieser Woche“ are weeks the page's day names)
    r"|\s+in\s+(?:der\s+(?:ersten|zweiten|dritten|vierten|letzten)\s+|(?:dieser|der|jeder)\s+[^\W\d]+-)"
    r"woche\b",
    FLAGS,
)
_NOT_ONE_DAY_BEFORE = lazy_re.compile(
    # ("Mo-Fr", "Mo - Fr": a range's dash after a word; a list item's bullet "- Am Donnerstag …"
    # opening the line is none)
    r"(?:\b(?:jeweils|immer|nur|außer|ausser|except|every|each|bis|until)|(?<=[\w.])\s?-"
    # "Please call or email by 8:00 Friday morning for milk orders", "by noon Friday": a deadline
    r"|\bby\s+(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midnight))\s*$",
    FLAGS,
)
# "Wie am Montag bereits angekündigt, konnten wir heute die neue Halle beziehen": the day something
# was announced or told before, not the event's.
_AS_TOLD_ON = lazy_re.compile(
    r"\bwie\s+am\s+(?P<wd>" + WEEKDAY_FULL_ALT + r")\s+(?:bereits\s+|schon\s+)?"
    r"(?:angekündigt|berichtet|erwähnt|mitgeteilt|geschrieben|gesagt|versprochen)\b",
    FLAGS,
)
# "… konnten wir heute die neue Halle beziehen": inside a sentence the word written small right
# after a past verb and its subject, a report of the page's own day.
_TODAY_TOLD = lazy_re.compile(
    r"\b(?:konnten|konnte|durften|durfte|mussten|musste|wurde|wurden)\s+(?:wir|sie|ihr|er|es|man)"
    r"\s+(?-i:(?P<rel>heute))\b(?!\s+(?:noch|nicht|kaum)\b)",
    FLAGS,
)
# "Hürther Bürger haben heute erneut ein Zeichen … gesetzt.", "Meine Töchter haben heute Plakate
# gebastelt" (round 217): the perfect's auxiliary right before the word written small, its
# participle (ge…t, ge…en) later in the clause — what was done on the page's day.
# (not a comparison's participle: "haben heute andere Sorgen als gedacht"; not a state: "Die
# Bibliothek hat heute geschlossen", "haben heute geöffnet")
_PARTICIPLE_LATER = (
    r"(?=[^.!?;:]{0,80}?(?<!\bals\s)(?<!\bwie\s)"
    r"\bge(?!worden\b|wesen\b|wohnt\b|schlossen\b|öffnet\b)[a-zäöüß]{3,}(?:t|en)\b)"
)
_TODAY_PERFECT = lazy_re.compile(
    r"\b(?:haben|hat|habe|habt)\s+(?-i:(?P<rel>heute))\b(?!\s+(?:noch|nicht|kaum)\b)"
    + _PARTICIPLE_LATER,
    FLAGS,
)
# "Auch heute sind wir gerne der Einladung der Kinderfeuerwehr gefolgt" (round 216): the word
# before the perfect's auxiliary and its subject.
_TODAY_PERFECT_FRONTED = lazy_re.compile(
    r"(?<![\w.])(?P<rel>(?-i:[Hh])eute)\s+(?:sind|haben|bin|habe|hat|ist)\s+(?:wir|ich|sie|er|ihr)\b"
    + _PARTICIPLE_LATER,
    FLAGS,
)
# "Heute ist ein guter Tag für das Projekt Freifunk in Koblenz. Wir konnten den ersten … Knoten
# … in Betrieb nehmen": a text opening by calling the page's day a day of its own; "… gibt es heute
# das erste Geschenk: Die neue … Firmware ist da": what is given today (an article or "wieder"
# after it: not "gibt es heute noch", "gibt es heute in Deutschland …", nowadays).
_TODAY_IS_A_DAY = lazy_re.compile(
    r"^\s*(?P<rel>heute)\s+ist\s+(?:ein|der)\s+(?:[a-zäöüß]+\s+){0,2}?tag\b"
    r"|\b(?:gibt|gab)\s+es\s+(?-i:(?P<given>heute))\s+(?:das|den|die|ein|eine|einen|wieder|endlich)\b"
    # "Was für ein besonderer Tag heute im … Familienzentrum: das Puppentheater war im Haus!"
    # (round 208): the page's day called a day of its own, the word after "Tag"
    r"|\b(?:ein|einen|der|den)\s+(?:[a-zäöüß]+\s+){0,2}?(?-i:Tag)\s+(?-i:(?P<called>heute))\b",
    FLAGS,
)
# "Weil heute ja inoffiziell die Kieler Woche beginnt, …": the word written small with a verb of
# beginning later in its clause, something starting on the page's day.
_TODAY_STARTS = lazy_re.compile(
    r"(?<![\w.])(?-i:(?P<rel>heute))\b(?=[^.!?,;]{0,50}?\b(?:beginnt|beginnen|startet|starten)\b)",
    FLAGS,
)
# "Das Konzert findet heute in der Kirche statt": the word written small between "findet" and
# "statt"; "Die Filmvorführung CITIZENFOUR hat unseren Space heute … komplett gefüllt": an
# event, the sentence's subject, told in the perfect with the word — held on the page's day.
_TODAY_HELD = lazy_re.compile(
    r"\b(?:findet|finden)\b[^.!?;]{0,60}?\b(?-i:(?P<rel>heute))\b(?=[^.!?;]{0,60}?\bstatt\b)",
    FLAGS,
)
_TODAY_HELD_TOLD = lazy_re.compile(
    r"^\s*(?:die|der|das|unser|unsere)\s+(?-i:[A-ZÄÖÜ])[a-zäöüß]*(?:vorführung|vortrag|konzert"
    r"|veranstaltung|workshop|lesung|führung|versammlung|feier)\b[^.!?;]{0,60}?\b(?:hat|haben)\b"
    r"[^.!?;]{0,60}?\b(?-i:(?P<rel>heute))\b(?=[^.!?;]{0,80}?\bge[a-zäöüß]{3,}t\s*[.!]?\s*$)",
    FLAGS,
)
# "See you Saturday from 9 a.m. to 12:30 p.m.", "Friday night, the market runs from 4-7 p.m.",
# "Will have … chickens Thursday (today)": an English weekday (capitalised) with the hours the
# sentence gives it, or marked as the page's day.
# „Am einfachsten telefonisch unter +49 178 1603960 (Mi, 10-11 Uhr). Wir besprechen dann …“: a
# weekday and its clock alone in brackets (a phone line's or office's hours) in a text of any
# length.
_BRACKET_WEEKDAY_CLOCK = lazy_re.compile(
    r"(?<=[(\[])\s*(?P<wd>" + WD_ALT + r")\.?,?\s+(?=\d{1,2}(?:[:.]\d{2})?\s*(?:[-–]\s*\d{1,2}"
    r"(?:[:.]\d{2})?\s*)?(?:uhr|[ap]\.?m\.?)\s*[)\]])",
    FLAGS,
)
_ENGLISH_WEEKDAY_FROM = lazy_re.compile(
    r"(?<![\w.-])(?P<wd>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
    r"(?:\s+(?:night|morning|evening|afternoon))?"
    r"(?=\s*\(\s*today\s*\)|,?\s+(?:[a-z]+\s+){0,4}?from\s+(?:\d{1,2}(?::\d\d)?|noon)\b)",
    FLAGS,
)
_ENGLISH_WEEKDAY_MAX_LENGTH = 160
_WEEKDAY_CLOCK_MAX_LENGTH = 80
# "thursday | 20:30 | Jena (Krautspace) “LUG” (Jitsi, Leute treffen nach und nach ein, …)": a
# row opening with its weekday and clock cells, however long its last cell.
_WEEKDAY_ROW = lazy_re.compile(
    r"\s*(?:" + WEEKDAY_FULL_ALT + r")\s*\|\s*(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:uhr\s*)?\|", FLAGS
)
# „Was? Wiederholung von Techniken Wann? Sonntag, 15:00 Uhr bis 17:00 Uhr Wo? Leipzig, …“ (round
# 297): a label asking „Wann?“ (or „Wann:“) right before the weekday names its day and clock,
# however long the other labels' lines around it.
_WHEN_LABEL_WEEKDAY = lazy_re.compile(r"\bwann\s*[?:]\s*(?:" + WEEKDAY_FULL_ALT + r")\b", FLAGS)
_FULL_NAME = 6  # the shortest full weekday name ("monday", "montag"); abbreviations are shorter
# What ``_AM_WEEKDAY`` needs before its weekday (a substring test skips it for the rest).
_BEFORE_BARE_WEEKDAY = (
    "am ", "on ", "ab ", "will ", "opens ", "begins ", "starts ", "continues ", "resumes ", "m. ", "pm ",
    "is ", "are ", ":", "nacht ",
)  # fmt: skip
# "Samstag Abend: Ausklang | direkt im Anschluss an die Vorträge ab 18:45 auf dem Sand": a heading
# opening with a weekday (and its part of the day) before a colon, its clock in the line after it.
_WEEKDAY_HEADING = lazy_re.compile(
    r"^\s*(?P<wd>" + WEEKDAY_FULL_ALT + r")(?:\s*(?:abend|morgen|vormittag|nachmittag|mittag))?\s*:"
    r"(?=[^\d]{0,80}?\b(?:ab|um|von|from|at)\s+(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d.:]))",
    FLAGS,
)
# "- Di: Mannschaftswettbewerb Mathematik Kl. 10 in Cottbus": a list item of the week ahead opening
# with a weekday's abbreviation (capitalised) and a colon before its capitalised name.
_WEEKDAY_ITEM = lazy_re.compile(
    # ("So: Jetzt geht's los" opens a sentence: a Sunday only as a list item)
    r"^\s*(?:[-–•*]\s*|(?!So\b))(?P<wd>(?-i:Mo|Di|Mi|Do|Fr|Sa|So))\.?:\s+(?=(?-i:[A-ZÄÖÜ]))",
    FLAGS,
)
_WEEKDAY_HEADING_MAX_LENGTH = 120
_CLOCK_WORDS = ("uhr", "pm", "am", "p.m", "a.m")
# "Am Freitag reisten die Oldtimerbegeisterten … an": more verbs of a day's report (asked only
# of a bare weekday: the long alternation above runs for every text).
_REPORT_VERBS = lazy_re.compile(
    r"\b(?:reiste|reisten|fuhr|fuhren|brachte|brachten|stellte|stellten|trat|traten|sang|sangen"
    r"|nahm|nahmen|hielt|hielten|erlebte|erlebten|verbrachte|verbrachten|genoss|genossen"
    # "Insgesamt galt es am Mittwoch, 9 sturmbedingte Einsätze abzuarbeiten", "rückte am Freitag
    # das TLF … aus": a fire brigade's report of a call-out
    r"|galt|rückte|rückten|musste|mussten"
    # "Allein am Samstag halfen von 54 ehrenamtlichen Mitarbeitern 18 Jugendliche mit": a strong
    # past of helping (not "half", an English half)
    r"|halfen"
    # "Am Sonntag wollten wir dann noch unseren Pokal … abholen" in a Monday's report: a plan told
    # in the past (the plural only: "ich wollte Sie einladen" is a polite present)
    r"|wollten)\b",
    FLAGS,
)
# "Am Donnerstag haben wir Abschied vom LF 20/16 genommen", "hat die Gemeindevertretung am
# Dienstag die ersten Ersatzbeschaffungen abgesegnet", "hat das ausgebrannte Gerippe gestern
# abgeholt und mit in die Werkstatt genommen": the perfect, its participle closing the clause (not
# "haben wir am Samstag geöffnet": a state, the coming Saturday's).
# („Wir ham am Samstag den Tag bei Uli … verbracht …“ (round 286): the spoken „ham“)
_PERFECT_TOLD = lazy_re.compile(
    r"\b(?:hat|haben|ham)\b[^.!?;]{0,160}?\b(?!geöffnet\b|geschlossen\b|eingeladen\b|bereit\b)"
    r"(?:ge[a-zäöüß]{3,}(?:t|en)|[a-zäöüß]{2,}ge[a-zäöüß]{3,}(?:t|en)"
    # ("haben … uns mit einem Festmahl … überrascht", "hat … einen Ausflug … unternommen": a
    # participle of an inseparable verb, no "ge")
    r"|(?:be|ver|er|über|unter|zer|ent|emp)[a-zäöüß]{3,}(?:t|en))\s*(?:[.!?]|$)",
    FLAGS,
)
# "Für … Ausfälle bieten wir an, die Geräte ab Montag in den Räumen des Toppoint e.V. wieder zu
# reaktivieren": what makes "ab <weekday>" a day — something offered, held or begun from it.
_OFFERED_FROM = lazy_re.compile(
    r"\b(?:bieten|bietet|anbieten|treffen|trifft|findet|finden|beginnt|beginnen|startet|starten"
    r"|offers?|offering|meets?|starts?|begins?)\b"
    # "Ab Montag sammeln unsere 9. Klassen in ihrem … Betriebspraktikum …": our group's doings
    # begun that day (not "Ab Montag stehen alle Aufnahmen zur Verfügung")
    r"|^\s*ab\s+[a-z]+\s+(?!bleib|ist\b|sind\b|gilt|gelten)[a-zäöüß]+\s+unsere?\s",
    FLAGS,
)
# "Am Freitagnachmittag veranstalten …": a sentence opening with „Am“ and its weekday (its part of
# the day glued on or not), a present verb of something held right after it (a weak past,
# „Am Montagmorgen klingelten …“, looks like „veranstalten“: only these verbs count).
_OPENING_AM_WEEKDAY_VERB = lazy_re.compile(
    r"\s*(?-i:Am)\s+(?:"
    + WEEKDAY_FULL_ALT
    + r")(?:vormittag|nachmittag|abend|morgen|mittag)?\s+(?-i:veranstalten|veranstaltet|findet"
    r"|finden|gibt|treffen|trifft|beginnt|beginnen|startet|starten|laden|lädt|feiern|feiert"
    r"|spielen|spielt|öffnet|öffnen|zeigen|zeigt|wird|werden)\b",
    FLAGS,
)
# "wo seit der frenetisch bejubelten Premiere am Samstag … zu sehen ist": since a weekday, so it
# has passed.
_SINCE_BEFORE = lazy_re.compile(r"\b(?:seit|since)\b[^.!?;]{0,60}$", FLAGS)


def parse_bare_weekday(text: str, reference: date) -> When | None:
    """A weekday without a date ("am Samstag", "Do 11 Uhr"): the next such day on or after the
    reference, the last one before it when the sentence is told in the past; None when the text
    says a closing day, opening hours, a deadline or a day counted from something else."""
    if (
        ":" in text
        and (run := weekday_hour_run(text, reference)) is not None
        and _NOT_ONE_DAY.search(text) is None
    ):
        return run  # „Freitag 12:00 - 20:00 Uhr Samstag 12:00 - 02:00 Uhr“: one run of days
    lowered = lowered_for_cues(text)
    match = None
    if has_any(lowered, _BEFORE_BARE_WEEKDAY) and has_any(lowered, _WEEKDAY_PIECES):
        match = _AM_WEEKDAY.search(text)
        if match is None and " nach " in text:
            match = trip_weekday(text)  # „So geht es für uns am Samstag nach Berlin.“
    # ("Lecture: “How We Got To Pluto” Friday 7:30 pm": an English clock as well)
    if (
        match is None
        and (
            len(text) <= _WEEKDAY_CLOCK_MAX_LENGTH
            or _WEEKDAY_ROW.match(text) is not None
            or (has_any(lowered, ("wann",)) and _WHEN_LABEL_WEEKDAY.search(text) is not None)
        )
        and (has_any(lowered, _CLOCK_WORDS) or ":" in text)
    ):
        match = _WEEKDAY_CLOCK.search(text)
        if match is not None and not match["wd"][0].isupper() and len(match["wd"]) < _FULL_NAME:
            # "so 11 Uhr" is no Sunday; a full name in lower case is ("tuesday | 18:00 | …",
            # a list's weekday headings)
            match = None
    if match is None and len(text) > _WEEKDAY_CLOCK_MAX_LENGTH and text.lstrip()[:1].isupper():
        # "Samstag, 11 Uhr, Harburger Stadtpark. Auf einer kleinen Terrassenfläche … treffen sich
        # rund zehn Personen …": a report's lead opening with its weekday (written out) and clock,
        # however long the sentences after it
        opening = _WEEKDAY_CLOCK.match(text, len(text) - len(text.lstrip()))
        if opening is not None and len(opening["wd"]) >= _FULL_NAME:
            match = opening
    if match is None and ("(" in text or "[" in text):
        match = _BRACKET_WEEKDAY_CLOCK.search(text)
    if match is None and ":" in text and len(text) <= _WEEKDAY_HEADING_MAX_LENGTH:
        match = _WEEKDAY_HEADING.match(text) or _WEEKDAY_ITEM.match(text)
    if (
        match is None
        and len(text) <= _ENGLISH_WEEKDAY_MAX_LENGTH
        and ("from" in text or "today" in text)
    ):
        match = _ENGLISH_WEEKDAY_FROM.search(text)
    if (
        match is None
        and text.lstrip()[:1] in "DMFSdmfs"
        and (told := opening_weekday_told(text, reference)) is not None
    ):
        return told  # "Freitag ging es über den Teltowkanal …" (``when_opening_weekday_past``)
    if text.lstrip()[:1] in "DMFSdmfs" or ": " in text or " und " in text:
        subject = _SUBJECT_WEEKDAY.search(text)
        if subject is not None and subject["wd"][0].isupper():
            if match is None:
                return _subject_weekdays(text, subject, reference)
            if subject.start() < match.start():
                # "…: Mittwoch steigt die Generalprobe und am Freitag werden …": the first day
                told = _subject_weekdays(text, subject, reference)
                if told is not None:
                    return told
    if (
        match is None
        and ("bis " in text or "tag -" in text or "woch -" in text)
        and (span := _WEEKDAY_SPAN.search(text)) is not None
    ):
        return _weekday_span(text, span, reference)
    if match is not None and "ie am " in text and _AS_TOLD_ON.search(text) is not None:
        match = None
    if (
        match is None
        or _NOT_ONE_DAY.search(text, *_sentence_around(text, match.start()))
        or _NOT_ONE_DAY_BEFORE.search(text[: match.start()])
        or _COUNTED_FROM_AFTER.match(text, match.end())
    ):
        return None
    if role_of_date(text[: match.start()], text[match.end() :]) is not None:
        return None
    if text[max(0, match.start("wd") - 3) : match.start("wd")].lower() == "ab " and (
        _OFFERED_FROM.search(text) is None
    ):
        # "Ab Montag stehen alle Aufnahmen wieder zur Verfügung": from a weekday on, but nothing
        # offered, held or begun there
        return None
    weekday = WEEKDAY_ABBREVIATIONS[match["wd"].lower()]
    if (
        PAST_TENSE.search(text) is not None
        or _REPORT_VERBS.search(text) is not None
        or _PERFECT_TOLD.search(text) is not None
        or _SINCE_BEFORE.search(text, 0, match.start()) is not None
        or told_beside_weekday(text)
    ):
        # a report's weekday: the last such day before it — on or before it for an emergency
        # call reported the day it came („Am Dienstag wurde die Feuerwehr … alarmiert“)
        back = (reference.weekday() - weekday) % 7
        if back == 0 and not reported_on_the_day(text) and not told_of_its_morning(text, match):
            back = 7
        day = reference - timedelta(days=back)
    else:
        # "Am Freitagnachmittag veranstalten unsere 11er … eine Faschingsfeier", said on a Friday:
        # a sentence opening with its weekday, the verb in the present right after it, names the
        # next one (its own day would be „heute“); a report in the past keeps the page's day
        ahead = match.start() == len(text) - len(text.lstrip()) and (
            _OPENING_AM_WEEKDAY_VERB.match(text) is not None
        )
        day = weekday_from(reference, weekday, strictly_after=ahead)
        joined = _JOINED_WEEKDAY_BEFORE.search(text, 0, match.start())
        if joined is not None:
            # „Bibelstudium / Mo & Mi, 19:00 Uhr“: the meeting on either day, the nearer first.
            other = weekday_from(
                reference, WEEKDAY_ABBREVIATIONS[joined["wd"].lower()], strictly_after=False
            )
            day = min(day, other)
    times = find_times(blank(text, [match.span()]))
    last = _last_weekday(text, match, day)
    if last is None and times is None:
        last = _following_weekdays(text, match, day)
    elif last is None and times is not None:
        run = _following_days_with_hours(text, match, day, times)
        if run is not None:
            return run
    if last is not None:
        if times is not None:
            return with_times(day, last, times)
        return When(day.isoformat(), last.isoformat(), True, "day")
    return day_at_times(day, times)


# "Das viertägige Traditionsfest beginnt am Samstag und endet am Dienstagabend": a start's
# weekday, then the weekday it ends on (the first such day after it).
_ENDS_ON_WEEKDAY = lazy_re.compile(
    r"\b(?:endet|enden|ends|closes)\s+(?:am|on)\s+(?:(?:darauf\s+)?folgende[nm]?\s+|following\s+)?"
    r"(?P<wd>" + WEEKDAY_FULL_ALT + r")(?:abend|nachmittag|vormittag|mittag|morgen)?\b",
    FLAGS,
)
_BEGINS_BEFORE = lazy_re.compile(r"\b(?:beginnt|beginnen|startet|starten|begins|starts)\s+$", FLAGS)


# "Totengedenken am Samstag, Pfingsten (Heilige Dreiheit) am Sonntag und Tag des Heiligen
# Geistes am Montag", "am Samstag und Sonntag": the next weekdays named after the first, each the
# day after the one before, in the same sentence.
_NEXT_WEEKDAY = lazy_re.compile(
    r"(?P<gap>[^.!?;\d]{0,50}?)\b(?:am|und)\s+(?P<wd>" + WEEKDAY_FULL_ALT + r")\b"
    r"(?![\s,.]*(?:den\s+|dem\s+)?\d)",
    FLAGS,
)


def _following_weekdays(text: str, first: re.Match[str], day: date) -> date | None:
    return _following_run(text, first, day)[0]


# "… jeweils von 16 bis 0 Uhr sowie am Sonnabend …": the next weekday after the hours of the one
# before it (a dated day, "am Sonntag, 12. Mai", is no such weekday).
_NEXT_WEEKDAY_AFTER_HOURS = lazy_re.compile(
    r"(?P<gap>[^.!?;]{0,60}?)\b(?:am|und)\s+(?P<wd>" + WEEKDAY_FULL_ALT + r")\b"
    r"(?![\s,.]*(?:den\s+|dem\s+)?\d{1,2}\.)",
    FLAGS,
)


def _following_run(
    text: str, first: re.Match[str], day: date, pattern: re.Pattern[str] | None = None
) -> tuple[date | None, int]:
    """The last of the following weekdays named after ``first`` and where its name ends."""
    last, at = None, first.end()
    while (found := (pattern or _NEXT_WEEKDAY).match(text, at)) is not None:
        joins = found[0][: found.start("wd") - at]
        if "," not in found["gap"] and "und" not in joins and "sowie" not in joins:
            break
        following = (last or day) + timedelta(days=1)
        if WEEKDAYS[found["wd"].lower()] != following.weekday():
            break
        last, at = following, found.end()
    return last, at


def _following_days_with_hours(
    text: str, first: re.Match[str], day: date, times: tuple[time, time | None]
) -> When | None:
    """ "am Donnerstag und Freitag jeweils von 16 bis 0 Uhr sowie am Sonnabend von 13 bis 0 Uhr und
    am Sonntag von 12 bis 20 Uhr", "Am Samstag und Sonntag von 10 bis 18 Uhr": following days with
    their hours are one run, from the first day's start to the last day's end (the hours after the
    last day's name, else the first day's)."""
    last, at = _following_run(text, first, day, _NEXT_WEEKDAY_AFTER_HOURS)
    if last is None:
        return None
    last_times = find_times(text[at:])
    finish = last_times[1] if last_times is not None and last_times[1] is not None else times[1]
    if finish is None:
        return None
    return with_times(day, last, (times[0], finish))


def _last_weekday(text: str, start: re.Match[str], day: date) -> date | None:
    ending = _ENDS_ON_WEEKDAY.search(text, start.end()) if "nd" in text[start.end() :] else None
    if ending is None or _BEGINS_BEFORE.search(text, 0, start.start()) is None:
        return None
    return weekday_from(day, WEEKDAYS[ending["wd"].lower()], strictly_after=True)


# "von Montag bis Freitag sind unsere drei 5. Klassen auf Kennenlernfahrt", "Von Dienstag bis
# Donnerstag fahren unsere Musik-AGs auf Musikfahrt": the coming run of days from the first weekday
# to the next such last one (every week's would say "montags bis freitags", "jeweils", "immer");
# "Zwischen 15 und 20 Uhr von Sonntag - Mittwoch!": a dash for the "bis".
_WEEKDAY_SPAN = lazy_re.compile(
    r"\b(?:von|vom)\s+(?P<wd>" + WEEKDAY_FULL_ALT + r")\s+(?:bis\s+(?:zum\s+)?|-\s*)"
    r"(?P<wd2>" + WEEKDAY_FULL_ALT + r")\b(?![\s,.]*(?:den\s+|dem\s+)?\d)",
    FLAGS,
)


def _weekday_span(text: str, span: re.Match[str], reference: date) -> When | None:
    """The run of days ``span`` names: the coming one, the last one when told in the past."""
    if (
        _NOT_ONE_DAY.search(text)
        or _NOT_ONE_DAY_BEFORE.search(text[: span.start()])
        or role_of_date(text[: span.start()], text[span.end() :]) is not None
    ):
        return None
    weekday = WEEKDAY_ABBREVIATIONS[span["wd"].lower()]
    if (
        PAST_TENSE.search(text) is not None
        or _PERFECT_TOLD.search(text) is not None
        or told_beside_weekday(text)
    ):
        day = reference - timedelta(days=(reference.weekday() - weekday - 1) % 7 + 1)
    else:
        day = weekday_from(reference, weekday, strictly_after=False)
    last = weekday_from(day, WEEKDAY_ABBREVIATIONS[span["wd2"].lower()], strictly_after=True)
    times = find_times(blank(text, [span.span()]))
    if times is not None and staff_hours_before(text, span.start()):
        # "… oder telefonisch unter 0711-216-96400 bei Frau Woodnutt (von Montag bis Freitag
        # zwischen 9 und 13 Uhr)" (round 320): when a contact can be called, week by week — no
        # run of days, and no offering (as "telefonisch (Montag bis Freitag …)" is none)
        return None
    if times is not None:
        return with_times(day, last, times)
    return When(day.isoformat(), last.isoformat(), True, "day")


def _subject_weekdays(text: str, subject: re.Match[str], reference: date) -> When | None:
    """The coming weekday a sentence is about (its verb, right after it, is in the present: a
    past clause later in the sentence does not move it back)."""
    if _NOT_ONE_DAY.search(text) or role_of_date(text[: subject.start()], text[subject.end() :]):
        return None  # "Sonntag ist Ruhetag": every Sunday's closing
    day = weekday_from(
        reference, WEEKDAY_ABBREVIATIONS[subject["wd"].lower()], strictly_after=False
    )
    last = None
    if subject["wd2"]:
        last = weekday_from(day, WEEKDAY_ABBREVIATIONS[subject["wd2"].lower()], strictly_after=True)
        if subject["join"].lower() == "und" and last != day + timedelta(days=1):
            last = None  # "Dienstag und Donnerstag werden lange Tage": two days, the first
    times = find_times(blank(text, [subject.span()]))
    if times is not None and last is None:
        return with_times(day, None, times)
    if last is None:
        return whole_day(day)
    return When(day.isoformat(), last.isoformat(), True, "day")


def _confirmed_relative(text: str, today: date) -> re.Match[str] | None:
    for match in _RELATIVE_CONFIRMED.finditer(text):
        offset = RELATIVE_DAYS.get(match["rel"].lower(), 0)
        if (today + timedelta(days=offset)).day == int(match["d"]):
            return match
    return None


# „Am Sonntagmorgen kam es in Geiselbullach zum Spitzenspiel …“, „konnte eine ältere Dame am
# Dienstagmorgen ihre Wohnungstüre nicht mehr … öffnen“ (rounds 293-294): the weekday's morning
# told in the past on that weekday is the page's own morning, written later that day (the whole
# day told so, „Am Samstag wurden 62 Motorradsportler … gestartet“, is the week before).
_ITS_MORNING = lazy_re.compile(r"\s*(?:morgen|vormittag|früh)\b", FLAGS)


def told_of_its_morning(text: str, weekday: re.Match[str]) -> bool:
    """Whether the part of the day right after the weekday ``weekday`` is its morning."""
    return _ITS_MORNING.match(text, weekday.end("wd")) is not None


def weekday_from(day: date, weekday: int, *, strictly_after: bool) -> date:
    ahead = (weekday - day.weekday()) % 7
    return day + timedelta(days=ahead or (7 if strictly_after else 0))


def _yesterday_report(text: str) -> re.Match[str] | None:
    """The opening "Gestern"/"Yesterday" of a report whose first sentence has a past verb."""
    opening = _YESTERDAY_OPENING.match(text)
    if opening is None and "gestern" in text:
        opening = _YESTERDAY_INSIDE.search(text)
    if opening is None:
        return None
    sentence = opening[0]
    if _YESTERDAY_CAPTION.match(text) is not None and _PRESENT_VERB.search(sentence) is None:
        return opening  # "So gestern am Kran an der Baustelle …": a report's caption, no verb
    if (
        PAST_TENSE.search(sentence)
        or _ENGLISH_PAST.search(sentence)
        or _PERFECT_TOLD.search(sentence)
        or _YESTERDAY_PERFECT.search(sentence)
    ):
        return opening
    return None


# "So gestern am Kran an der Baustelle zum neuen Ortskern das Thema „Absturzsicherung“": a photo's
# caption opening with „gestern“ and where it happened, its verb left out (a report's, past).
_YESTERDAY_CAPTION = lazy_re.compile(
    r"^\s*(?:(?:so|und|auch|hier)\s+)?(?-i:gestern|Gestern)\s+(?:am|im|beim|bei|in|auf|an)\s", FLAGS
)
# A present or future verb in the sentence: no caption of what happened („gestern im Chat
# besprochen: wir treffen uns …“).
_PRESENT_VERB = lazy_re.compile(
    r"\b(?:ist|sind|wird|werden|gibt|findet|finden|kommt|kommen|beginnt|treffen|trifft|geht|gehen"
    r"|steht|stehen|bleibt|bleiben|kann|können|muss|müssen|soll|sollen|will|wollen|haben|hat|habe"
    r"|bin|seid|hatten|hatte|war|waren|wurde|wurden)\b",
    FLAGS,
)


# "Im Freifunk Nord Netz sind gestern plötzlich sämtliche Knoten … aufgetaucht (und umgekehrt).",
# "Wir haben gestern auf unserem monatlichen Treffen darüber diskutiert und sind …": beside
# „gestern“ (past by itself) any perfect tells the report, with „sein“ as well, its participle
# anywhere in the sentence (not a state: „ist geöffnet“).
_YESTERDAY_PERFECT = lazy_re.compile(
    r"\b(?:hat|haben|habe|habt|ist|sind|seid|bin)\b[^.!?;]{0,160}?"
    r"\b(?!geöffnet\b|geschlossen\b|geplant\b|vorgesehen\b|angesetzt\b)"
    r"(?:ge[a-zäöüß]{3,}(?:t|en)|[a-zäöüß]{2,}ge[a-zäöüß]{3,}(?:t|en)|[a-zäöüß]{3,}iert"
    r"|(?:be|ver|er|über|zer|ent|emp)[a-zäöüß]{3,}(?:t|en))\b",
    FLAGS,
)


# „Das heutige Treffen stand im Licht der Frage, wie es konkret weitergeht.“ (round 296): the
# meeting named by its day as the subject, its article right before the adjective.
_TODAYS_EVENT = lazy_re.compile(
    r"\b(?:das|die|der)\s+(?P<rel>heutige|morgige|gestrige)\s+[\w-]*?(?:"
    + _TODAYS_EVENT_NOUNS
    + r")\b",
    FLAGS,
)
# "Heutige Kreistagssitzung: Bericht aus …": a headline opening with the adjective.
_RELATIVE_HEADLINE = lazy_re.compile(r"^\s*(?P<rel>heutige|morgige)[nrs]?\s+(?-i:[A-ZÄÖÜ])", FLAGS)


_THE_WORD = lazy_re.compile(r"(?P<rel>morgen)")


def _tomorrow_event(text: str) -> re.Match[str] | None:
    """``_TOMORROW_EVENT``'s or ``_TOMORROW_INSIDE``'s match, its relative word in ``rel`` (the
    event may stand before it, the word may open a sentence)."""
    if "orgen" not in text:
        return None
    found = _TOMORROW_EVENT.search(text) or _TOMORROW_INSIDE.search(text)
    if found is None:
        return None
    groups = found.groupdict()
    if groups.get("rel") is not None:
        return found
    # the word after the event noun or opening its sentence, matched again on its own so that
    # ``rel`` names it
    at = "after" if groups.get("after") else "go" if groups.get("go") else "lead"
    return _THE_WORD.match(text.lower(), found.start(at))


# "… holen jetzt gerade 4 Kameraden den neuen Einsatzleitwagen … ab. Er wird gegen ca. 18:00 in
# Kronshagen eintreffen": what happens right now, its clock later in the text, is the page's day.
_NOW_THEN_CLOCK = lazy_re.compile(
    r"\b(?P<rel>jetzt\s+gerade|gerade\s+jetzt)\b"
    r"(?=[^|]{0,200}?\b(?:um|ab|gegen)\s+(?:ca\.\s*)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d.]))",
    FLAGS,
)


def _today_is_a_day(text: str) -> re.Match[str] | None:
    """``_TODAY_IS_A_DAY``'s match, its relative word in ``rel``."""
    found = _TODAY_IS_A_DAY.search(text)
    if found is None or found["rel"] is not None:
        return found
    return _THE_TODAY.match(text.lower(), found.start("given" if found["given"] else "called"))


_THE_TODAY = lazy_re.compile(r"(?P<rel>heute)")


def parse_relative(text: str, today: date) -> When | None:
    match = _RELATIVE_ADJECTIVE.search(text) if "igen" in text else None
    if match is None and "ige" in text[:12]:
        headline = _RELATIVE_HEADLINE.match(text) or _TODAYS_EVENT.match(text)
        if headline is not None:
            day = today + timedelta(days=RELATIVE_ADJECTIVES[headline["rel"].lower() + "n"])
            times = find_times(blank(text, [headline.span()]))
            return day_at_times(day, times)
    if match is not None:
        # "Um 18 Uhr beginnt am morgigen Sonntag …": the clock may stand before the day
        word = match["rel"].lower()
        day = today + timedelta(days=RELATIVE_ADJECTIVES[word])
        if RELATIVE_ADJECTIVES[word] < 0 and match["wd"] is not None:
            # "Am gestrigen Samstag fand … statt" in a post dated the Monday after: the weekday
            # named is the day meant, the last one before the page's day
            weekday = WEEKDAYS[match["wd"].lower()]
            day = today - timedelta(days=(today.weekday() - weekday - 1) % 7 + 1)
        times = find_times(blank(text, [match.span()]))
        return day_at_times(day, times)
    if "ester" in text and (yesterday := _yesterday_report(text)) is not None:
        day = today - timedelta(days=1)
        times = find_times(blank(text, [yesterday.span("rel")]))
        return day_at_times(day, times)
    if len(text) <= _RELATIVE_MAX_LENGTH:
        match = _RELATIVE.match(text) or _RELATIVE_TIMED.search(text) or _RELATIVE_IS.search(text)
    if match is None and has_any(lowered_for_cues(text), _RELATIVE_PIECES):
        # "Heute ab 19 Uhr lädt …": a text opening with the word and a time, in any length;
        # "morgen (22.) um 17 Uhr": the bracketed day confirms the word
        text = text.lstrip()
        match = (
            _RELATIVE_TIMED.match(text)
            or _RELATIVE_OPENING.match(text)
            or _RELATIVE_IS_WEEKDAY.search(text)
            or _RELATIVE_PART_OPENING.match(text)
            or _RELATIVE_REPORT_OPENING.match(text)
            or _TONIGHT_AT.search(text)
            # „Assembly-Planung …: Morgen um 20 Uhr auf …“ (round 290): a later sentence's
            or sentence_relative(text)
            or day_called_out(text)  # „Heute geschlossen: …“, „Heute! …“
        )
        if match is None:
            match = (
                _THIS_MORNING_CLOCK.search(text)
                or _RELATIVE_CLOCK_INSIDE.search(text)
                or _RELATIVE_ALL_DAY.search(text)
                or _RELATIVE_PART_CLOCK_LATER.search(text)
                or _TOMORROW_CLOCK_LATER.search(text)
                or _tomorrow_event(text)
                or _RELATIVE_PART_INSIDE.search(text)
                or _TODAY_TOLD.search(text)
                or _TODAY_PERFECT.search(text)
                or _TODAY_PERFECT_FRONTED.search(text)
                or _TODAY_STARTS.search(text)
                or _today_is_a_day(text)
                or _TODAY_HELD.search(text)
                or _TODAY_HELD_TOLD.search(text)
            )
        if match is None and "(" in text:
            match = _confirmed_relative(text, today)
        if match is None:
            before = _CLOCK_THEN_RELATIVE.search(text)
            if before is not None:
                day = today + timedelta(days=RELATIVE_DAYS.get(before["rel"].lower(), 0))
                times = find_times(text[: before.start("rel")])
                return day_at_times(day, times)
    if match is None and "etzt" in text:
        match = _NOW_THEN_CLOCK.search(text)
    if match is None and ("leich" in text or "achher" in text):
        match = later_today(text)  # „Gleich um 20 Uhr treffen wir uns …“ (round 290)
    if match is None:
        return None
    word = match["rel"].lower()
    day = today + timedelta(days=RELATIVE_DAYS.get(word, RELATIVE_ADJECTIVES.get(word, 0)))
    times = find_times(text[match.end() :])
    if times is None and match.groupdict().get("morning_hour"):
        times = (time(int(match["morning_hour"])), None)  # „Heute morgen um 9 hatten wir …“
    if times is not None and times[1] is None and "bis " in text:
        # "Heute um 16:00 Uhr startet … das Kulturspektakel … bis Sonntag Abend": it runs until
        # that weekday (a whole day's end, as "bis Sonntag nachmittag" after a date)
        until = _UNTIL_WEEKDAY_AFTER.search(text, match.end())
        if until is not None:
            last = weekday_from(day, WEEKDAYS[until["wd"].lower()], strictly_after=True)
            return with_times(day, last, times)
    return day_at_times(day, times)


_UNTIL_WEEKDAY_AFTER = lazy_re.compile(
    r"\bbis\s+(?:zum\s+)?(?P<wd>" + WEEKDAY_FULL_ALT + r")"
    r"(?:\s*(?:abend|nachmittag|mittag|vormittag))?\b(?!\s*,?\s*(?:den\s+|dem\s+)?\d)",
    FLAGS,
)
