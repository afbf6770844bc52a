"""Texts whose dates belong to no offering: a window for handing things in, voting or enrolling,
a notice about data, a thing put on hold, a change in force since a day, a service set up from a
day, an office given up, the day someone died, a greeting's dateline, a bus that does not run.

Each is a sentence a reader takes as a notice, not as an invitation: „kann diese Dinge vom 11.
bis 26. November dienstags von 10-12.30 Uhr … abgeben“ says when donations are taken, „Alle
diese Daten werden nach dem 30.06.2018 gelöscht“ when a sign-up's data goes, „bis Mai 2017 auf
Eis gelegt“ how long a plan rests. ``parse_when`` gives such a text no date (as it does for the
day rules apply from, ``when._ALLOWED_FROM``); the days an offering keeps (a closure, a
called-off meeting) are told elsewhere.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT

# A clause's words, a time's or an ordinal's dot allowed ("10-12.30 Uhr", "9.30-11.30 Uhr").
_CLAUSE = r"(?:[^.!?;]|(?<=\d)\.|(?<=\w)\.(?=\w))"  # (an address's dots: "x@kanthaus.online")
# „Wer … spenden möchte, kann diese Dinge vom 11. bis 26. November … abgeben“, „Beiträge …
# können gerne bis zum 30.Juni 21 geschickt werden“, „Wahlvorschläge können bis Freitag, 23.
# Januar 2026, 18 Uhr, … eingereicht werden“: a modal verb before the days, then a clause ending
# in handing in or sending („Flohmarkt am 5. Mai, Waren können ab 8 Uhr abgegeben werden“ names
# its day before the notice: ``is_notice`` checks that no digit comes first).
_HAND_IN = lazy_re.compile(
    # ("Anträge zur Tagesordnung bitte bis zwei Tage vor der Sitzung, also dem 7.1.2019 per
    # Email … einreichen": asked to hand in)
    rf"\b(?:kann|können|könnt|kannst|bitte)\b{_CLAUSE}{{0,260}}?(?<!stimme\s)(?<!stimmen\s)"
    rf"\b(?:abgeben|abgegeben\s+werden"
    rf"|einreichen|eingereicht\s+werden|einsenden|eingesandt\s+werden|geschickt\s+werden"
    rf"|zugeschickt\s+werden|gesendet\s+werden|überwiesen\s+werden|einwerfen|vorbeibringen"
    # "können ab Freitag, 3. Dezember wieder Hl. Messen … bestellt werden": ordering from a day
    rf"|bestellt\s+werden|gebucht\s+werden"
    # "Freie Plätze können danach noch bis zum 3. August vergeben werden": places allotted until
    rf"|vergeben\s+werden)"
    # (a passive's "werden" may be followed by where to: "geschickt werden an …@…")
    rf"(?:\s*(?:[.!?:,(]|$)|(?<=werden)\s+an\b)"
    # "Items can be left under the porch …, handed in on Friday mornings 10.00am to 12.00 noon":
    # when donations are taken
    r"|\b(?:can|may)\s+be\s+(?:left|dropped\s+off|handed\s+in)\b[^.!?;]{0,80}?\bhanded\s+in\b",
    FLAGS,
)
# „Vom 20. Juni bis zum 13. Juli können alle mit abstimmen“: a public vote's window; „Der
# Anmeldezeitraum … läuft … von Montag, 23. Februar, bis Mittwoch, 4. März“: a window named as
# the clause's subject.
# One day with its hours inside a hand-in clause: „am Freitag, 31. März, zwischen 14 und 16:30
# Uhr“, „am 12.05. von 10 bis 12 Uhr“ — never a deadline („bis Freitag, 23. Januar, 18 Uhr“) nor
# a period's weekly hours („vom 11. bis 26. November dienstags von 10-12.30 Uhr“).
_DROP_OFF_SESSION = lazy_re.compile(
    rf"\bam\s+(?:[^\W\d]+,?\s+)?(?:den\s+)?\d{{1,2}}\.\s?(?:\d{{1,2}}\.(?:\d{{2,4}})?|(?:{MONTH_ALT})\b)"
    r"(?:\s?\d{4})?,?\s+(?:zwischen|von)\s+\d{1,2}(?:[:.]\d{2})?(?:\s*uhr)?\s*(?:und|bis|-|–)\s*"
    r"\d{1,2}(?:[:.]\d{2})?\s*uhr\b",
    FLAGS,
)
_WINDOW = lazy_re.compile(
    r"\b(?:kann|können|könnt)\b[^.!?;]{0,40}?\bmit\s?abstimmen\b"
    r"|\b(?:anmelde|bewerbungs|abstimmungs|einreichungs)(?:zeitraum|phase)\b[^.!?;]{0,60}?"
    r"\b(?:läuft|ist|dauert)\b"
    # „BOOKING Phase: 15. Oktober - 15. Dezember 2025“, „Bewerbungsphase: 1.–31. März“: a
    # window's label before its days (a festival's bands apply then)
    r"|\b(?:booking|bewerbungs|anmelde|einreichungs|abstimmungs)[\s-]?(?:phase|zeitraum)\b"
    r"(?:\s+geöffnet)?\s*:",
    FLAGS,
)
_DIGIT = lazy_re.compile(r"\d")
# A later sentence naming a day of its own („… eingereicht werden. Zum Open Data Day am 7. März
# 2020 …“); not a phone number or an account after a colon.
_LATER_SENTENCE_DAY = lazy_re.compile(
    rf"(?<=[.!?])\s+(?-i:[A-ZÄÖÜ])[^.!?:]*?\b\d{{1,2}}\.\s?(?:\d{{1,2}}\.|(?:{MONTH_ALT})\b)", FLAGS
)
_ABBREVIATION = lazy_re.compile(
    r"\b(?:ca|z\.\s?B|bzw|ggf|evtl|ev|inkl|u\.\s?a|v\.\s?a|usw|hl|st|str|nr|dr)\.", FLAGS
)
# „Alle diese Daten werden nach dem 30.06.2018 gelöscht“: a privacy notice.
_DATA_DELETED = lazy_re.compile(
    rf"\b(?:daten|angaben)\b{_CLAUSE}{{0,60}}?\b(?:gelöscht|vernichtet)\b", FLAGS
)
# „Der Gedenktag des heiligen Sebastian ist der 20. Januar“: a saint's or a person's day named as
# a fact of the calendar (never „… ist am Sonntag, 20. Januar“, which may announce its feast).
_DAY_OF_FACT = lazy_re.compile(
    r"\b(?:gedenktag|namenstag|todestag|patrozinium)\b[^.!?;\d]{0,60}?\bist\s+der\s+\d{1,2}\.",
    FLAGS,
)
# „Der 9. November ist nicht nur der Tag des Mauerfalls … Er ist auch der Tag der Erfinder*innen“
# (round 317): a yearless day characterised by what it stands for, every year — „nicht nur der
# Tag …“ tells the day's meaning, no offering on it („Der 9. November ist der Tag der offenen Tür“
# keeps its day; so does a later sentence's own day, checked where this is used).
_DAY_STANDS_FOR = lazy_re.compile(
    rf"(?:^|[.!?|]\s*)(?:der\s+)?\d{{1,2}}\.\s?(?:{MONTH_ALT})\s+ist\s+nicht\s+nur\s+"
    r"(?:der|ein)\s+tag\b",
    FLAGS,
)
# „Die Gemeindechronik vom 1. September 2008 bis zum 30. September 2009 sowie der Rückblick … runden
# die Publikation ab.“ (round 322, a history society's yearly review): the span a chronicle or a
# report covers, its book's contents, no offering's days.
_RECORDED_PERIOD = lazy_re.compile(
    r"\b(?:[^\W\d]*chronik|jahresbericht|tätigkeitsbericht|berichtszeitraum)\s+"
    r"(?:für\s+den\s+zeitraum\s+)?(?:vom|von)\s+\d{1,2}\.",
    FLAGS,
)
# „Haltestellen … wurden … bis Mai 2017 auf Eis gelegt“: a plan resting until a day. „Sonstige
# Lebensmittel müssen bis mindestens März 2022 haltbar sein“: a donation's shelf life.
_ON_HOLD = lazy_re.compile(
    r"\bauf\s+eis\s+(?:gelegt|liegen|liegt|lag)\b"
    rf"|\bbis\s+(?:mindestens\s+|zum\s+|ende\s+)?(?:{MONTH_ALT}|\d){_CLAUSE}{{0,40}}?\bhaltbar\b",
    FLAGS,
)
# „Wir haben seit dem 1.10.23 die Mindestausleihzeit von 4 Stunden auf 1 Stunde reduziert“,
# „Seit dem 21.8. haben wir … verdoppelt“: a change in force since a day, told in the perfect.
_CHANGED_SINCE = lazy_re.compile(
    rf"\bseit\b{_CLAUSE}{{0,100}}?\b(?:reduziert|verdoppelt|erhöht|gesenkt|verkürzt|verlängert"
    r"|angepasst|umgestellt|halbiert|verdreifacht)\b",
    FLAGS,
)
# „Seit dem 20.6.2019 sind die Geobasisinformationen … bereitzustellen“: a duty since a day;
# „Seit ca. 22:00 Uhr … am 05.05.2026 besteht eine massive Störung“: a state since then.
_STATE_SINCE = lazy_re.compile(
    rf"\bseit\b{_CLAUSE}{{0,60}}?\b(?:(?:ist|sind)\b{_CLAUSE}{{0,80}}?\b[^\W\d]+zu[^\W\d]{{3,}}en\b"
    r"|besteht|bestehen|herrscht|herrschen"
    # „Seit dem 10. Juni haben wir einen „geschäftsführenden Vorstand“ mit Elena …“: a board or
    # a staff since a day
    r"|haben\s+wir|arbeitet|arbeiten|tätig)\b"
    # „Seit dem 6. September 2012 ist der Geopfad … um ein weiteres Schaustück reicher.“ (round
    # 322): richer (or poorer) by something since a day
    rf"|\bseit\b{_CLAUSE}{{0,60}}?\b(?:ist|sind)\b{_CLAUSE}{{0,80}}?\bum\s+(?:[^\W\d]+\s+){{1,4}}?"
    r"(?:reicher|ärmer)\b"
    # „arbeitet seit dem 15.02.16 die Schulsozialarbeiterin Frau Ziller am Dathe-Gymnasium“
    rf"|\b(?:arbeitet|arbeiten|tätig)\s+(?:\w+\s+)?seit\s+(?:dem\s+)?\d"
    # „…, die seit dem 1. Dezember des vergangenen Jahres Pfarrerin bei der Baunataler Diakonie
    # ist.“ (round 325): a relative clause saying what someone is since a day, its verb last
    rf"|\b(?:der|die|das)\s+seit\s+(?:dem\s+)?\d{_CLAUSE}{{0,80}}?\s(?:ist|sind)\s*(?:[.!?;,]|$)",
    FLAGS,
)
# „Ab dem 01. Oktober 2017 gilt seitdem die gleichgeschlechtliche Ehe auch in Deutschland.“ (round
# 308): a law or rule holding „seitdem“ from its one day is a state since that day, no offering's.
_IN_FORCE_SINCE = lazy_re.compile(
    r"\b(?:gilt|gelten)\s+seitdem\b|\bseitdem\s+(?:gilt|gelten)\b", FLAGS
)
# „ab 28. Dezember bis vorerst 17. Jänner 2021 … wieder jene Regeln in Kraft gesetzt“, „dass ab
# 11. Mai 2020 Trainingseinheiten … wiederaufgenommen werden dürfen“: rules in force or a
# service resuming from a day (as ``when._RESUMED_FROM``); „Events with up to 300 people are
# permitted again from 6 June“, „will remain prohibited until the end of August 2020“.
_RULES_FROM = lazy_re.compile(
    r"\bin\s+kraft\s+(?:gesetzt|getreten)\b"
    rf"|\bab\b{_CLAUSE}{{1,120}}?\bwieder\s?aufgenommen\s+werden\s+(?:dürfen|darf|können|kann)\b"
    r"|\b(?:permitted|allowed|prohibited|forbidden|banned)\s+(?:again\s+)?(?:from|until|till|as\s+of)\b",
    FLAGS,
)
_PERFECT = lazy_re.compile(r"\b(?:haben|hat|hatten|hatte|wurde|wurden|ist|sind)\b", FLAGS)
# „Ab 1. November wird in Heuweiler eine zusätzliche Haltestelle … eingerichtet“, „gibt es seit
# dem 1. Juli ein neues Hilfsangebot“: a service set up from a day (as a service resuming).
_SET_UP_FROM = lazy_re.compile(
    rf"\bab\b{_CLAUSE}{{1,80}}?\b(?:wird|werden)\b{_CLAUSE}{{0,100}}?\b(?:eingerichtet|installiert"
    r"|eingeführt)\b"
    rf"|\bgibt\s+es\s+seit\b{_CLAUSE}{{0,30}}?\bneue[ns]?\b",
    FLAGS,
)
# „Wir suchen ab 1. Januar 2020 eine*n Communitybuilder*in zur Verstärkung des Teams“: a job
# from a day (a person wanted, gendered or for a team).
_JOB_FROM = lazy_re.compile(
    rf"\b(?:wir\s+suchen|suchen\s+wir|gesucht\s+wird)\b{_CLAUSE}{{0,30}}?\b(?:ab|zum)\b"
    rf"{_CLAUSE}{{1,80}}?(?:\*in\b|/in\b|:in\b|\(m/w/d\)|\bverstärkung\b|\bmitarbeiter)",
    FLAGS,
)
# „Über Neuaufnahmen … kann nach Maßgabe freier Plätze etwa Ende Mai entschieden werden“, „Ob
# das Fest stattfindet, wird am 3. Mai entschieden“: the day a decision falls, no offering's.
_DECIDED = lazy_re.compile(
    rf"\b(?:entschieden\s+(?:werden|wird)|wird\b{_CLAUSE}{{1,40}}?\bentschieden)\b", FLAGS
)
# „Wir laden ein zum Arbeits-Meeting am Samstag, den 6.11., … Bitte formuliert das Thema so, dass
# es klar und eindeutig entschieden werden kann.“ (round 307): a decision in a sentence that names
# no day and no month decides a topic, not a day; the meeting's day in another sentence stands.
_SENTENCE_END = lazy_re.compile(r"[.!?]\s+(?=(?-i:[A-ZÄÖÜ]))", FLAGS)
_DAY_OR_MONTH = lazy_re.compile(rf"\d|\b(?:{MONTH_ALT})\b", FLAGS)


def _decision_names_a_day(text: str, decided_at: int, decided_end: int) -> bool:
    """Whether the sentence holding the decision (``decided_at`` … ``decided_end``) names a day
    or a month: only then is that day the decision's, not the offering's."""
    start = 0
    for boundary in _SENTENCE_END.finditer(text, 0, decided_at):
        start = boundary.end()
    following = _SENTENCE_END.search(text, decided_end)
    end = following.start() if following is not None else len(text)
    return _DAY_OR_MONTH.search(text, start, end) is not None


# „Zwei langjährige Vorstandsmitglieder geben ihr Amt am 12. März auf“: a term of office ends.
_OFFICE_GIVEN_UP = lazy_re.compile(
    rf"\b(?:geben|gibt|legen|legt)\s+(?:ihr|sein|ihre|seine|das)\s+amt\b{_CLAUSE}{{0,40}}?\b(?:auf|nieder)\b",
    FLAGS,
)
# „der am 27.12.2019 im Alter von 87 Jahren verstorbene Gründer“, „Am 15. Februar … ist … der
# Knecht Gottes Johannes in Frieden heimgegangen“, „Am 21. August hat Dave seinen Kampf gegen den
# Krebs verloren und ist von uns gegangen“: the day someone died.
_DIED = lazy_re.compile(
    r"\b(?:verstorben|verstarb(?:en)?|gestorben|heimgegangen"
    r"|(?:von\s+uns|zu\s+gott|zum\s+herrn|heim)\s+gegangen"
    # „daß Herr … am 08. April 2009 aus dem Leben geschieden ist“ (Austrian obituary), „The
    # passing of Johnny Harte, on the 11th March 2018, stripped the parish …“
    # "On Tuesday, 8 January 2002, Emil Weber died unexpectedly after a long … illness" (not
    # "remembering loved ones who died": the dead a service remembers)
    r"|aus\s+dem\s+leben\s+geschieden|the\s+passing\s+of|passed\s+away"
    # „Die Gesellschaft … trauert um ihr Ehrenmitglied … (14. Jänner 1943 – 1.Dezember 2019)“:
    # a mourning notice, its days a life's
    r"|trauer[nt]?\s+um"
    r"|(?<!who\s)(?<!have\s)(?<!has\s)(?<!had\s)died)\b"
    # (an adjective only with its day: not „für die lebenden und verstorbenen Mitglieder“)
    r"|\bam\s+\d{1,2}\.[^,;!?]{0,60}?\bverstorbene[nrs]?\b"
    # „Unser langjähriger Vorsitzender … erlag im Oktober 2007 seinem Krebsleiden.“ (round 330, a
    # history society's chronicle): someone who succumbed to an illness or injuries
    r"|\berlag(?:en)?\b[^.!?;]{0,60}?\b(?:seine[mnr]?|ihre[mnr]?)\s+(?:[^\W\d]+\s+)?"
    r"[^\W\d]*(?:leiden|krankheit|verletzungen)\b",
    FLAGS,
)
# „Die rassistischen Morde vom 19. Februar 2020 waren …“, „Das Attentat von Sarajevo am 28. Juni
# 1914 …“ (rounds 278, 280): a killing named with its day is a death's day, as a death is none
# (not a vigil's day named first: „Mahnwache … anlässlich des Femizides an … am 1. Februar“).
_KILLED = lazy_re.compile(
    r"\b(?:morde?|mordes|ermordung(?:en)?|femizid(?:e|es|s)?|attentat(?:e|es|s)?|tötung(?:en)?)\b"
    r"[^.!?;\d]{0,40}?\b(?:vom|am)\s+\d{1,2}\.",
    FLAGS,
)
# „Totengedenken Rudi Ceyka, – verstorben 1. April“: the day right after „verstorben“ is the
# death's, whatever farewell the text names.
_DIED_ON = lazy_re.compile(r"\bverstorben\W{0,3}(?:am\s+)?\d{1,2}\.", FLAGS)
# „wie das Männchen Silvio beide Jungtiere, die am 09.10.2012 geboren wurden, trägt“: a birth.
# „Emil Weber wurde am 24.04.1926 in Filz … geboren.“ (the auxiliary before the day); „Am 5.
# Januar 1948 hat Emil Weber geheiratet.“, „on 5 January 1948, Emil married his childhood
# friend“: a wedding's day, a life's as a birth's is (never „Married couples' dance“).
_BORN = lazy_re.compile(
    r"\bam\s+\d{1,2}\.[^,;!?]{0,40}?\bgeboren\s+(?:wurden?|ist|sind|war|waren)\b"
    r"|\b(?:wurde|wurden|ist|sind)\s+(?:[^\W\d]+\s+){0,3}?am\s+\d{1,2}\.[^;!?]{0,80}?\bgeboren\b"
    r"|\bam\s+\d{1,2}\.[^,;!?]{0,60}?\b(?:geheiratet|heirateten|heiratete)\b"
    # „die am 8. Dezember 1987 geborene Studentin“: the participle before the person (round 226)
    r"|\bam\s+\d{1,2}\.[^,;!?]{0,40}?\bgeboren(?:e|en|er|es)\s+(?-i:[A-ZÄÖÜ])"
    # „Leonhard Deininger, der am 11.11.2010 seinen 100. Geburtstag hätte feiern können“ (round
    # 322), „… der am 3. Mai 90 Jahre alt geworden wäre“: a dead person's birthday, a life's day
    r"|\bam\s+\d{1,2}\.[^,;!?]{0,40}?\bgeburtstag\s+(?:[^\W\d]+\s+){0,2}?(?:hätte|hätten)\b"
    r"|\bam\s+\d{1,2}\.[^,;!?]{0,60}?\bgeworden\s+wäre\b"
    # „… und seiner Braut Emma Rosa geb. Wentz …, nach ihrer Trauung in Königsbach am 16.08.1900“
    # (round 330, a photo of a wedding in an exhibition): a couple's wedding told after „nach
    # ihrer Trauung“, a life's day as „geheiratet“ is (round 196; a parish's „Trauung am 12. Juni
    # um 14 Uhr“ names no such past)
    r"|\b(?:nach|seit)\s+(?:ihrer|seiner|deren|der)\s+trauung\b[^.!?;]{0,60}?\bam\s+\d{1,2}\."
    r"|\b(?:married\s+(?:his|her|their)|(?:was|were|got)\s+married)\b",
    FLAGS,
)
# („Wir verabschieden uns von der Verstorbenen am Freitag, den 16. Oktober 2020: | Aussegnung um
# 10.45 Uhr“, „Die Trauerfeier … findet am … statt“: a farewell's day is a service's)
_FAREWELL = lazy_re.compile(
    r"\b(?:verabschieden|beisetzung|beerdigung|trauerfeier|trauergottesdienst|aussegnung|requiem"
    r"|seelenamt|totengedenken|gedenk\w*|\w*gottesdienst|panichida|findet|finden|statt"
    r"|funeral|memorial\s+service|wake)\b",
    FLAGS,
)
# „22. Dezember wünscht der Verein … euch allen ein besinnliches Fest, frohe Festtage und einen
# guten Rutsch ins 2022!“: a greeting's dateline, the day it was written.
_GREETING_DATELINE = lazy_re.compile(
    rf"^\W*\d{{1,2}}\.\s*(?:\d{{1,2}}\.|(?:{MONTH_ALT})\b)\s*(?:\d{{2,4}}\b)?\s*[,:]?\s*"
    r"(?:wünscht|wünschen)\b",
    FLAGS,
)
# „Achtung! Am Wochenende bzw. am Sonntag fährt der Bus NICHT!“: a bus that does not run.
_NO_TRANSPORT = lazy_re.compile(
    r"\b(?:fährt|fahren|verkehrt|verkehren)\s+(?:der|die|das|kein|keine)?\s*"
    r"(?:bus|busse|linienbus|bahn|s-bahn|zug|züge|fähre)\b[^.!?]{0,30}?\bnicht\b",
    FLAGS,
)
# „Der Vorstand beantragt die Entlastung für den Zeitraum 11.06.2016 bis 05.10.2019“, „… aus den
# Kassenprüfungen … für den Zeitraum 01.01.2018 bis 01.06.2018“: the period a board is discharged
# for or its accounts were audited for, no offering's (round 224's minutes).
_ACCOUNTS_PERIOD = lazy_re.compile(
    rf"\b(?:entlast\w*|kassenprüf\w*|rechnungsprüf\w*|kassenbericht\w*)\b{_CLAUSE}{{0,100}}?"
    rf"\bzeitraum\b|\bzeitraum\b{_CLAUSE}{{0,60}}?\bentlastet\b",
    FLAGS,
)
# „Die Einladung wurde am 03. Februar 2017 fristgemäß per E-Mail … an alle Mitglieder versendet“:
# the day a letter or an invitation went out; „hat den Vorstand am 03. Februar 2017 fernmündlich
# darüber unterrichtet“: the day someone was told (round 224).
_SENT_OR_TOLD = lazy_re.compile(
    r"\b(?:einladung|einladungen|newsletter|rundschreiben|rundmail|brief|e-?mail)\s+"
    r"(?:wurde|wurden|ist|sind)\s+(?:[^\W\d]+\s+){0,2}?am\s+\d{1,2}\.[^.!?;]{0,160}?"
    r"\b(?:versendet|verschickt|versandt|zugestellt|verteilt)\b"
    r"|\bam\s+\d{1,2}\.[^!?;]{0,24}?\b(?:fernmündlich|telefonisch|schriftlich)\s+"
    r"(?:darüber\s+)?(?:unterrichtet|informiert|benachrichtigt)\b",
    FLAGS,
)
# „Erinnerung an den 6. Dezember 1941“, „ein Rechercheprojekt, das an die Ereignisse … vom 18.
# Januar 1996 erinnert“, „Für die Geiseln und Opfer des Terrors vom 07.10.2023“: a day with its
# year that is remembered, not held (round 225; ``is_notice`` asks that the text name no other
# day, so „Gedenken an den 9. November 1938 am 9. November 2025“ keeps the commemoration's day).
_REMEMBERED_DAY = lazy_re.compile(
    r"\b(?:erinnerung|gedenken|erinnern|erinnert)\s+an\s+(?:den\s+|die\s+[^.!?;\d]{0,60}?\bvom\s+)"
    r"(?=\d{1,2}\.\s?(?:\d{1,2}\.\s?|[^\W\d]+\s+)\d{4}\b)"
    r"|\b(?:opfer|geiseln)\b[^.!?;\d]{0,40}?\bvom\s+(?=\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\b)"
    # (the verb after the day: „das an die Ereignisse … vom 18. Januar 1996 erinnert“)
    r"|\ban\s+(?:den|die|das)\b[^.!?;]{0,60}?\bvom\s+"
    r"(?=\d{1,2}\.\s?(?:\d{1,2}\.\s?|[^\W\d]+\s+)\d{4}\b[^.!?;]{0,20}?\berinner(?:t|n)\b)",
    FLAGS,
)
_DAY_MONTH = lazy_re.compile(rf"\b\d{{1,2}}\.\s?(?:\d{{1,2}}\.|(?:{MONTH_ALT})\b)", FLAGS)
# „Der Vorsitzende beantragt, die Anmietung der Räumlichkeiten bis zum 31. Mai 2021 fortzusetzen“,
# „Der Vertrag wird bis zum 31.12.2025 verlängert“: a lease's or contract's term, no offering's
# days (round 224's minutes).
_TERM_EXTENDED = lazy_re.compile(
    rf"\b(?:\w*miet\w*|anmietung|\w*vertrag\w*|pacht\w*|laufzeit)\b{_CLAUSE}{{0,80}}?\bbis\s+"
    rf"(?:zum\s+)?\d{{1,2}}\.{_CLAUSE}{{0,40}}?\b(?:fortzusetzen|fortgesetzt|fortsetzen|verlängert"
    r"|verlängern|zu\s+verlängern)\b",
    FLAGS,
)
_HINTS = (
    "erinner", "gedenk", "opfer", "geisel", "fortzusetzen", "fortgesetzt", "fortsetzen", "verlänger",
    "entlast", "prüf", "versend", "verschickt", "versandt", "zugestellt", "verteilt", "unterrichtet", "informiert",
    "benachrichtigt",
    "wünsch", "fähr", "verkehr",
    "kann", "könn", "bitte", "handed in", "zeitraum", "phase", "daten", "angaben", "eis ", "seit", "ab ",
    "amt", "kraft", "such", "permitted", "allowed", "prohibited", "forbidden", "banned", "storb",
    "starb", "erlag", "trauung", "gegangen", "geschieden", "entschieden", "passing", "passed away", "died", "geboren", "heirat", "married", "trauer", "haltbar", "gedenktag", "namenstag", "todestag", "patrozinium", "nicht nur",
    "mord", "femizid", "attentat", "tötung",
    "geburtstag", "geworden wäre", "chronik", "jahresbericht", "tätigkeitsbericht", "reicher", "ärmer",
)  # fmt: skip


def is_notice(text: str) -> bool:
    """Whether the (cleaned) text is a notice whose dates are no offering's (see the module)."""
    lowered = text.lower()
    if not any(map(lowered.__contains__, _HINTS)):
        return False
    if "." in text:
        # ("Seit ca. 22:00 Uhr", "wie z.B. SMM": an abbreviation's dot ends no clause)
        text = _ABBREVIATION.sub(lambda found: found[0].replace(".", " "), text)
    hand_in = _HAND_IN.search(text)
    if (
        hand_in is not None
        and _DIGIT.search(text, 0, hand_in.start()) is None
        # („Diese können am Freitag, 31. März, zwischen 14 und 16:30 Uhr dort abgegeben werden“:
        # one day's hours for handing in are a drop-off session, told like an event's)
        and _DROP_OFF_SESSION.search(text, hand_in.start(), hand_in.end()) is None
        # („Bewerbungen können noch bis zum 02.12.19 eingereicht werden. … Zum Open Data Day am
        # 7. März 2020 …“: a later sentence names another day, the handing in is its deadline)
        and _LATER_SENTENCE_DAY.search(text, hand_in.end()) is None
    ):
        return True
    if _WINDOW.search(text) or _DATA_DELETED.search(text) or _ON_HOLD.search(text):
        return True
    if ("chronik" in lowered or "bericht" in lowered) and _RECORDED_PERIOD.search(text):
        return True
    if _DAY_OF_FACT.search(text) is not None:
        return True
    stands_for = _DAY_STANDS_FOR.search(text) if "nicht nur" in lowered else None
    if stands_for is not None and _LATER_SENTENCE_DAY.search(text, stands_for.end()) is None:
        return True
    changed = _CHANGED_SINCE.search(text)
    if changed is not None and _PERFECT.search(text) is not None:
        return True
    if _STATE_SINCE.search(text) is not None or _RULES_FROM.search(text) is not None:
        return True
    if _IN_FORCE_SINCE.search(text) is not None and len(_DAY_MONTH.findall(text)) == 1:
        return True
    if _JOB_FROM.search(text) is not None:
        return True
    if _DIED.search(text) is not None and _FAREWELL.search(text) is None:
        return True
    if _DIED_ON.search(text) is not None or _BORN.search(text) is not None:
        return True
    killed = _KILLED.search(text)
    if (
        killed is not None
        and _DAY_MONTH.search(text, 0, killed.start()) is None
        and _FAREWELL.search(text) is None
    ):
        return True
    decided = _DECIDED.search(text)
    if decided is not None and _decision_names_a_day(text, decided.start(), decided.end()):
        return True
    if _ACCOUNTS_PERIOD.search(text) is not None or _SENT_OR_TOLD.search(text) is not None:
        return True
    if _REMEMBERED_DAY.search(text) is not None and len(_DAY_MONTH.findall(text)) == 1:
        return True
    if _TERM_EXTENDED.search(text) is not None:
        return True
    if _GREETING_DATELINE.search(text) is not None or _NO_TRANSPORT.search(text) is not None:
        return True
    return _SET_UP_FROM.search(text) is not None or _OFFICE_GIVEN_UP.search(text) is not None
