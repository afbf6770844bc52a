"""Whether a paragraph announces an event on a day: the sentence that names the day also invites
to it or says it takes place, or gives its clock.

A heading over paragraphs is one offering when its text says so. News told in prose names days
too („Am 3. März beschloss der Rat …“), so a day inside a sentence dates nothing by itself; a
sentence that invites („laden … am Dienstag, den 31. Oktober 2023, … ein“), says the event takes
place („findet am 11. und 12. Februar … statt“) or gives the clock it starts at („am 31. Oktober,
um 15.30 Uhr“) announces it.
"""

from __future__ import annotations

import re
from datetime import date

from netdir import lazy_re
from netdir.extract.block_text import names_a_day
from netdir.extract.date_cues import iter_date_phrases
from netdir.extract.sentence_ends import sentences
from netdir.normalize.when_feasts import find_feasts
from netdir.normalize.when_lists import with_list_dots
from netdir.normalize.when_relative import parse_relative, parse_relative_weekday

#: „findet am 11. und 12. Februar … statt“, „Am Abend des 18. Januar fand erneut das …
#: UNICEF-Konzert am Schillergymnasium statt“: the sentence says the event takes (or took) place
#: — the day of a report of the evening is the event's too (as „luden … ein“ below). A regex
#: without flags (the reader's), shared with reported_places.
TAKES_PLACE = r"\b(?:findet|finden|fand|fanden)\b.{0,200}?\bstatt\b"
#: A post's own report of its event, held or joined: „Die Feuerwehr veranstaltete am
#: Pfingstsonntag einen Frühschoppen.“, „Am Sonntag den 7. Juli nahm eine Abordnung der
#: FF-Waidegg bei der feierlichen Nachprimiz … teil“, „Am vergangenen Samstag und Sonntag feierte
#: die FF-Waidegg ihr 120 Jahr Jubiläum“, „… setzten wir vom Radstammtisch Völs am 20. September
#: ein starkes Zeichen …: … rollten wir in der Kranebitterstraße einen roten Teppich aus“ (the
#: hosts' own past: a weak verb's, not a modal's „konnten wir“, „mussten wir … absagen“). A regex
#: without flags, shared with reported_places (which takes the place such a sentence names).
REPORTS_ITS_EVENT = (
    r"\b(?:veranstaltet|veranstaltete|veranstalteten)\b"
    r"|\b(?:nimmt|nehmen|nahm|nahmen)\b.{0,200}?\bteil\b"
    r"|\b(?:feiert|feierte|feierten)\b"
    r"|\b(?!(?:konn|durf|muss|woll|soll|möch)ten\b)[a-zäöüß]{3,}ten\s+wir\b"
)
_INVITES = lazy_re.compile(
    r"\b(?:lädt|laden|ladet)\b.{0,200}?\bein\b"
    r"|\beingeladen\b"
    # „Am 13. April 2018 luden die Körber-Stiftung und … ins KörberForum ein“: a news column
    # reports the invitation it made; the day is the event's.
    r"|\bluden\b.{0,200}?\bein\b"
    # „triff uns am Mi, 28. August im Betahaus“, „trafen sich am 3. März 150 Interessierte“:
    # who meets whom on the day.
    r"|\b(?:treffen|trafen|triff|trefft)\s+(?:uns|sich|euch)\b"
    # „Daher treffen wir uns am Samstag, den 13.08.2022 um 19:15 Uhr, um zur Kirmes … zu
    # fahren“: the same meeting with the subject after the verb.
    r"|\b(?:treffen|trefft)\s+(?:wir|ihr)\s+(?:uns|euch)\b"
    rf"|{TAKES_PLACE}"
    # „Die Konferenz wird … am Mittwoch, dem 13. Oktober 2021 … stattfinden“, „…, die am 24.
    # Juni stattfindet“: the verb in one word (future, subordinate clause).
    r"|\bstatt(?:finden|findet)\b"
    r"|\b(?:veranstaltet|veranstalten)\b"
    # „Vom Do., 26 Mai bis So., 29 Mai präsentiert der Entropia e.V. … die legendäre
    # Gulaschprogrammiernacht“: the host presents its event on the days
    r"|\bpräsentier(?:t|en)\b"
    r"|\b(?:öffnet|öffnen)\b.{0,200}?\bTür(?:en)?\b"
    # „Unsere Türen sind am 29.12.2017 von 15:00 Uhr bis 20:00 Uhr geöffnet“: open to visitors
    r"|\b(?:Türen|Tür|Tore)\s+(?:sind|stehen|ist|steht)\b.{0,200}?\b(?:geöffnet|offen)\b"
    # „Am 25. Juli ist es endlich soweit: Hack 'n' Snack startet!“: the awaited day has come
    r"|\bist\s+es\s+(?:endlich\s+|wieder\s+|bald\s+)?so\s?weit\b"
    # „Dann kommt doch am Dienstag, den 25.07, ab 18 Uhr mal vorbei!“: drop in on the day
    r"|\b(?:kommt|komm|kommen\s+Sie)\b.{0,200}?\bvorbei\b"
    # „Am 7. und 8. Februar gibt's wieder ein Barcamp in Klagenfurt“: there is (again) an event
    # on the day — an article's one, not „gibt es keine Sprechstunde“.
    r"|\bgibt(?:\s+es|['’]s)\s+(?:(?:wieder|erneut|auch|diesmal|heuer)\s+)*"
    r"(?:ein|eine|einen|unser|unsere|unseren)\b"
    r"|\b(?:join\s+us|(?:is|are)\s+invited|invites?\s+(?:you|all|everyone))\b"
    r"|\b(?:takes?|will\s+take)\s+place\b"
    # „The workshop will run all day on November 3 2017.“: the event's day said in English
    # without „take place“ (not „will be held“: a next meeting's sentence has its own reader).
    r"|\bwill\s+run\s+(?:all\s+day\s+)?on\b"
    # „Das Organisationsteam freut sich darauf, mit Ihnen am Donnerstag, den 12. März 2015, einen
    # festlichen Abend … zu verbringen“: the hosts look forward to the day with the reader.
    r"|\bfreu(?:t|en)\s+(?:sich|uns)\b.{0,200}?\bmit\s+(?:Ihnen|euch|dir)\b"
    # „Am Sonntag, 13. September 2026, bietet Franz Kümmerle … eine historische Ortsführung
    # an“, „Am Donnerstag, 21. Mai 2026, ist eine Führung … geplant“, „Am Montag, 15. Juni 2026,
    # dürfen wir erneut Prof. Stephan Bierling … begrüßen“: a society's programme in prose.
    r"|\b(?:bietet|bieten)\b.{0,200}?\ban\b"
    # „Am kommenden Dienstag werden wir euch im Rahmen eines Workshops eine Einführung in die
    # Programmiersprache Rust geben“: what the hosts will give the readers on the day
    r"|\b(?:werden|wollen|möchten)\s+wir\s+(?:euch|Ihnen|dir)\b.{0,200}?\bgeben\b"
    r"|\b(?:ist|sind)\b.{0,200}?\bgeplant\b"
    r"|\b(?:dürfen|möchten|wollen)\s+wir\b.{0,200}?\bbegrüßen\b"
    # „Am Donnerstag, 29.2.24, in der 3. - 4. Stunde, erhalten wir Besuch von Svenja Schulze“:
    # a guest's visit the hosts announce.
    r"|\b(?:erhalten|bekommen|erhält|bekommt)\s+(?:wir|die\s+[\w-]+|das\s+[\w-]+)\s+"
    r"(?:(?:hohen|prominenten)\s+)?Besuch\b"
    r"|\bbesuch(?:t|en)\s+uns\b"
    # „Am Samstag, 7. Juni 2025 besuchen wir den Erinnerungsort BADEHAUS“: the group's outing.
    r"|\b(?:besuchen|besichtigen|erkunden|erwandern)\s+wir\b"
    # „Von 15.06. bis freitag 19.06.2026 fahren wir gemeinsam mit den Kindern zur Volkschule“:
    # the group rides (walks, runs) out together on those days.
    r"|\b(?:fahren|radeln|wandern|laufen|pilgern)\s+wir\b"
    # „Am Samstag, den 21. Oktober 2023 möchten wir zusammen mit Euch zur Jause auf das
    # Dachsloch wandern.“: the outing the hosts mean to make with the readers.
    r"|\b(?:möchten|wollen|werden)\s+wir\b.{0,200}?\b(?:fahren|radeln|wandern|pilgern)\b"
    # „Am 09. Dezember 2018, von 12:00 bis 19:00 Uhr, findet ihr uns … auf dem Alternativen
    # Weihnachtsmarkt“: where the readers will find the hosts on the day (not „findet … statt“).
    r"|\b(?:findet|findest|finden)\s+(?:ihr|du|Sie|man)\s+uns\b"
    # „… wollen wir gemeinsam mit euch … am Samstag, den 21. September ein kleines Sommerfest
    # … feiern!“: the hosts celebrate the day with the readers.
    r"|\b(?:wollen|möchten|werden)\s+wir\b.{0,250}?\bfeiern\b"
    r"|\bfeiern\s+wir\b"
    # „Wir werden vom 16. bis 18. November ein Wochenende im Tagungshaus Grend in Essen
    # verbringen.“: the days the hosts will spend there with the readers (a workshop's weekend;
    # not a report's „verbrachten“).
    r"|\b(?:(?:wollen|möchten|werden)\s+wir|wir\s+(?:wollen|möchten|werden))\b"
    r".{0,250}?\bverbringen\b"
    r"|\bverbringen\s+wir\b"
    # „Erleben Sie am 29. November 2024 mit uns einen inspirierenden … Abend im Festsaal des
    # Neuen Rathauses.“: the hosts invite the reader to spend the day's event with them.
    r"|\b(?:erleben|erlebt|erlebe)\s+(?:Sie|ihr|du)\b.{0,200}?\bmit\s+uns\b"
    # „Unsere kommenden Online- Infoabende am 12.06, 26.06, 10.07 und 24.07, jeweils um 19 Uhr“,
    # „Das nächste Treffen unserer Usergroup am 12.09.2013 statt.“ (its „findet“ lost): the
    # coming event(s) of the hosts, on those days.
    r"|\b(?:unser|unsere|die|das|der)\s+(?:nächste|nächsten|kommende|kommenden)\s+"
    r"(?:[\w-]+\s+){1,3}am\b"
    # „The next Section Meeting is our Fall 2018 Meeting on Friday, November 16 …“: what the
    # hosts hold next, and when.
    r"|\b(?:our|the)\s+next\s+(?:[\w-]+\s+){1,3}(?:is|will\s+be)\b"
    # „… zum aktuellen Termin des Open Data Days am Samstag, den 06. März 2021 uns dem … Open Data
    # Day ´21 … anzuschließen“: the sentence gives the event's date as its „Termin“.
    r"|\bTermin\b.{0,80}?\bam\b"
    # „Zu diesem Festwochenende wollen wir jetzt schon recht herzlich einladen und bitten den
    # Termin 28./ 29. Mai 2016 freizuhalten.“: an invitation in the infinitive, a save-the-date.
    r"|\b(?:wollen|möchten|werden|dürfen)\s+wir\b.{0,200}?\beinladen\b"
    r"|\bTermin\b.{0,80}?\b(?:freizuhalten|freihalten|vorzumerken|vormerken)\b",
    re.I,
)
# A post's own report of its event (REPORTS_ITS_EVENT; „veranstaltet“ is an invitation's word
# too). Only where the post's title heads it: in a list or a chronicle such sentences tell of
# other things („feierte der Club im Palais …“).
_REPORTS = lazy_re.compile(REPORTS_ITS_EVENT, re.I)
# „um 15.30 Uhr“, „ab 16 Uhr“, „von 16 – 21 Uhr“, „von 10:00 bis 18:00 Uhr“, „ab 17:00“; „at 7
# pm“, „from 10:00 am“.
_CLOCK = lazy_re.compile(
    r"\b(?:um|ab|von)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:(?:[-–]|bis\s)\s*\d{1,2}(?:[:.]\d{2})?\s*)?Uhr\b"
    r"|\b(?:um|ab)\s+\d{1,2}[:.]\d{2}\b"
    r"|\bzwischen\s+\d{1,2}(?:[:.]\d{2})?\s+und\s+\d{1,2}(?:[:.]\d{2})?\s*Uhr\b"
    r"|\b(?:at|from)\s+\d{1,2}(?::\d{2})?\s*[ap]\.?m\b",
    re.I,
)


# „Das ganze soll am 29.03.2025 ab 10 Uhr mit einem gemütlichen Brunch beginnen“, „Los geht es am
# Samstag um 14 Uhr“, „Die Tour startet am 3. Mai um 9 Uhr“: the event begins on the day, at its
# clock (the clock makes it the event's start, not a season's or a building site's).
_BEGINS = lazy_re.compile(
    r"\b(?:beginnt|beginnen|starten|startet|losgehen|los\s+geht(?:\s+es|['’]s)?"
    r"|geht(?:\s+es|['’]s)\b.{0,80}?\blos)\b",
    re.I,
)
# … but not when what begins is the sale or the registration („Der Vorverkauf beginnt am 1. März
# um 10 Uhr“): the day of a sale, no event's.
_NOT_THE_EVENT = lazy_re.compile(
    r"\b(?:vorverkauf|kartenverkauf|ticketverkauf|verkauf|anmeldung|anmeldephase|registrierung|"
    r"bewerbung|bewerbungsphase|abstimmung|einlass)\w*",
    re.I,
)


def _begins_at_its_clock(sentence: str) -> bool:
    return bool(
        _BEGINS.search(sentence) and _CLOCK.search(sentence) and not _NOT_THE_EVENT.search(sentence)
    )


# „Der österreichische Autor Andreas Gruber wird am 24. September um 19:00 Uhr im Pfarrsaal Asten
# aus seinem neuesten Krimi lesen“, „Claudia Werner stellt … am 22. Juni 2022 um 19:00 Uhr ihr
# neues Buch … vor“: a guest reads, plays or presents on the day, at its clock — a reading's or a
# concert's announcement. The clock makes it the evening's start; a verb in the past („las“,
# „stellte … vor“) tells of one held and is not matched.
_PERFORMS = lazy_re.compile(
    r"\b(?:wird|werden)\b.{0,200}?\b(?:lesen|vorlesen|vortragen|spielen|singen|musizieren"
    r"|auftreten|präsentieren|vorstellen|referieren)\b"
    r"|\b(?:liest|lesen)\s+(?:am|aus|im|in|um)\b"
    r"|\b(?:stellt|stellen)\b.{0,200}?\bvor\b",
)


def _performs_at_its_clock(sentence: str) -> bool:
    return bool(_PERFORMS.search(sentence) and _CLOCK.search(sentence))


def announces_a_day(text: str | None) -> bool:
    """A sentence of ``text`` names a day and invites to it, says it takes place or gives its
    clock."""
    return announcing_sentence(text, clock_counts=True) is not None


def announcing_sentence(
    text: str | None, *, clock_counts: bool = False, reports: bool = False
) -> str | None:
    """The first sentence of ``text`` that names a day and invites to it or says it takes place
    (with ``clock_counts`` also one that gives its clock), else None. A page's lead read alone
    needs the invitation: „Am Montag, 3. März, um 14 Uhr kam es … zu einem Unfall“ is a police
    report's day and clock. ``reports``: the lead of a post under its own title, where the
    post's report of its event counts too (``_REPORTS``) and a day may be named in words."""
    if not text:
        return None
    # („am 12.06, 26.06, 10.07 und 24.07“: a list of days written without their closing dots;
    # „am 27.12, findet … statt“: one day so written, its dot typed as a comma)
    # („am letzten Dienstag des Monats (31.10) ab 18 Uhr“: the day in brackets, undotted)
    text = _BRACKETED_DAY.sub(r"\g<day>.", text)
    for sentence in sentences(_DAY_DOT.sub(r"\g<day>.,", with_list_dots(text))):
        if not (
            _INVITES.search(sentence)
            or (clock_counts and _CLOCK.search(sentence))
            or (reports and _REPORTS.search(sentence))
            or _begins_at_its_clock(sentence)
            or _performs_at_its_clock(sentence)
        ):
            continue
        if any(_the_events_day(sentence, match) for match in iter_date_phrases(sentence)):
            return sentence.strip()
        if reports and day_in_words(sentence):
            return sentence.strip()
    return None


# „am 27.12, findet wie in jedem Jahr …“: after „am“, a day and month whose closing dot is the
# comma (a decimal number has its comma inside, a clock its colon or „Uhr“).
_DAY_DOT = lazy_re.compile(
    r"(?<=\b[Aa]m\s)(?P<day>(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])),(?=\s)"
)
# „(31.10)“: a day and month in brackets without the month's closing dot.
_BRACKETED_DAY = lazy_re.compile(
    r"(?<=\()(?P<day>(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2]))(?=\))"
)
# Any day serves: whether a weekday is counted from the page's day, not which day it is.
_SOME_DAY = date(2000, 1, 3)


def day_in_words(sentence: str) -> bool:
    """The sentence names its day without digits: a holiday („veranstaltete am Pfingstsonntag
    einen Frühschoppen“) or a weekday counted from the page's day („Am vergangenen Samstag und
    Sonntag feierte die FF-Waidegg ihr 120 Jahr Jubiläum“). The normalizer reads the day from
    the post's own date; the date cues look for digits and month names only."""
    if find_feasts(sentence, sentence.casefold()):
        return True
    if parse_relative_weekday(sentence, _SOME_DAY) is not None:
        return True
    return parse_relative(sentence, _SOME_DAY) is not None


# „lädt ab dem 2. Juli 2026 monatlich ein“: the day a series starts (or stops), not an event's.
_BOUND_BEFORE = lazy_re.compile(r"\b(?:ab(?:\s+dem)?|bis(?:\s+zum)?|seit|from|until|since)$", re.I)


def _the_events_day(sentence: str, match: re.Match[str]) -> bool:
    return names_a_day(match.group(0)) and not _BOUND_BEFORE.search(
        sentence[: match.start()].rstrip()
    )


def gives_its_clock(sentence: str) -> bool:
    """Whether the sentence gives the clock its event starts at („ab 18:00 Uhr“, „von 10:00 bis
    18:00 Uhr“), not only when it ends („findet der Flohmarkt … bis 18.00 Uhr statt“)."""
    return _CLOCK.search(sentence) is not None


# A sentence told in the past reports („Am Montag, 3. März, um 14 Uhr kam es … zu einem Unfall“).
_TOLD_AS_PAST = lazy_re.compile(
    r"\b(?:kam|kamen|war|waren|wurde|wurden|fand|fanden|ereignete|hatte|hatten)\b", re.I
)
_WORD = lazy_re.compile(r"[^\W\d_]{3,}")


def sentence_naming(text: str | None, name: str) -> str | None:
    """The first sentence of ``text`` that names the event ``name`` (every word of it), a day and
    the clock it starts at, told not in the past: „Die gesonderten Konditionen für den Besuch von
    Starlight Express gelten für die Abendvorstellung am 11.03.2015 um 18:30 Uhr.“ under the
    heading „Starlight Express“ dates that show; None otherwise."""
    words = {word.casefold() for word in _WORD.findall(name)}
    if not text or not words:
        return None
    for sentence in sentences(text):
        if not _CLOCK.search(sentence) or _TOLD_AS_PAST.search(sentence):
            continue
        if not words <= {word.casefold() for word in _WORD.findall(sentence)}:
            continue
        if any(_the_events_day(sentence, match) for match in iter_date_phrases(sentence)):
            return sentence.strip()
    return None
