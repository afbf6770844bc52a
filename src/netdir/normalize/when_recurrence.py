"""Recurrence in prose → an RFC 5545 RRULE (``FREQ=MONTHLY;BYDAY=1TH``) and its next day.

What is read (German and English, words in ``when_words.py``):

- ``jeden ersten Donnerstag im Monat``, ``jeden 1. und 3. Mittwoch``, ``every last Friday of
  the month``, ``monatlich am zweiten Dienstag`` → ``FREQ=MONTHLY;BYDAY=1TH`` (…). An ordinal
  without "Monat" is still monthly ("jeden ersten Donnerstag", "every second Tuesday" as US
  councils write it), except "jeden zweiten Dienstag" and "every other Tuesday": every other
  week (``FREQ=WEEKLY;INTERVAL=2``).
- ``jeden Dienstag``, ``an allen Sonntagen``, ``every Tuesday and Thursday``, ``wöchentlich mittwochs`` →
  ``FREQ=WEEKLY;BYDAY=TU`` (…); ``Jeden Montag im November`` → ``FREQ=WEEKLY;BYMONTH=11;BYDAY=MO``;
  ``1st & 3rd Saturdays`` (ordinals before plural weekdays) → ``FREQ=MONTHLY;BYDAY=1SA,3SA``;
  ``Monday Baby Storytimes are held at 9:30 a.m.`` (a weekday naming a programme that is held)
  → weekly; ``alle zwei Wochen mittwochs``, ``14-tägig am Montag``,
  ``every other week`` → ``FREQ=WEEKLY;INTERVAL=2`` (+ ``BYDAY``).
- A weekday adverb after "immer", "jeweils", "regelmäßig" or "on" (``immer montags um 19
  Uhr``, ``on Thursdays from 1-3pm``) or before a clock (``montags (19.00 Uhr bis 20.30 Uhr,
  Herren)``) is a weekly rule in a text of any length, unless it says when something is closed
  ("closed on Mondays", "montags geschlossen") or not every such day ("Certain Fridays are
  designated for …"); "nicht nur dienstags" is no negation.
- ``the first Tuesday of each month``, ``der erste Sonntag im Monat``, ``on the first and third
  Mondays`` (with "twice a month" beside it): monthly, as with "jeden".
- ``on Thursday mornings``, ``Monday & Thursday mornings``, ``sonntags ab 11 Uhr``, ``at 11:30
  a.m. Tuesdays``: weekly on those days.
- ``jeden letzten Donnerstag im Januar``: once a year (``FREQ=YEARLY;BYMONTH=1;BYDAY=-1TH``).
- Frequency words alone: ``monatlich`` → ``FREQ=MONTHLY``, ``quartalsweise`` →
  ``FREQ=MONTHLY;INTERVAL=3``, ``halbjährlich`` → ``INTERVAL=6``, ``jährlich`` →
  ``FREQ=YEARLY``, ``täglich`` → ``FREQ=DAILY`` (in any text when a clock follows: ``Täglich um
  14 Uhr gibt es …``), ``wochentags`` → ``FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR``; weekday adverbs alone (``dienstags``,
  ``montags bis freitags``) → ``FREQ=WEEKLY;BYDAY=…``. These bare words count only in short
  texts (a date field, not a paragraph where "täglich aktualisiert" is no schedule), and
  "zwei Mal jährlich" is a count, not a rule.

The next occurrence is the first day on or after ``today`` that the rule allows. A rule without
a weekday ("monatlich") has no computable next day: the start stays unknown and only the rule
is kept. "Every other week" without a first date cannot know its phase: the next matching
weekday is taken.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from functools import lru_cache

from dateutil.rrule import rrulestr

from netdir import lazy_re
from netdir.normalize.series_instance import counts_an_instance
from netdir.normalize.when_course_slots import SLOT_HINTS, course_slot
from netdir.normalize.when_joined_weekdays import joined_weekdays
from netdir.normalize.when_listed_weekdays import listed_weekdays_rule
from netdir.normalize.when_open_days import opening_days_rule
from netdir.normalize.when_schedule_rows import schedule_row_weekday
from netdir.normalize.when_weekday_rules import AND as _AND
from netdir.normalize.when_weekday_rules import ORD as _ORD
from netdir.normalize.when_weekday_rules import WD as _WD
from netdir.normalize.when_weekday_rules import (
    RecurrenceMention,
    by_weekday,
    monthly_from_ordinals,
    ordinal_numbers,
    rrule_days,
    slashed_ordinal_pairs,
)
from netdir.normalize.when_words import (
    MONTHS,
    RRULE_DAYS,
    WEEKDAY_ADVERBS,
    WEEKDAYS,
    alternation,
    has_any,
    lowered_for_cues,
)

#: Bare frequency words count in texts up to this length only (see the module docstring).
SHORT_TEXT = 80

_FLAGS = re.IGNORECASE
_ADV = alternation(WEEKDAY_ADVERBS)
# "Montagabends kommen … zusammen, Dienstagmorgens …": a weekday fused with its part of the day
# is a habit (every Monday evening) in a text of any length.
_WEEKDAY_PART_ADVERB = lazy_re.compile(
    rf"\b(?P<wd>{_WD})(?:abends|morgens|nachmittags|vormittags|mittags|nachts)\b", _FLAGS
)
# "5th Saturday | People in the Neighborhood": a line-up's row opening with the month's n-th
# weekday, then the separator before what is offered that day.
_ORDINAL_ROW = lazy_re.compile(
    rf"^\W*(?P<ords>(?:{_ORD})(?:{_AND}(?:{_ORD}))*)\s+(?P<wds>{_WD})\s*(?:[|:]|\s[–-]\s)",
    _FLAGS,
)
# "Monday Baby Storytimes are held at 9:30 a.m.": a weekday naming a programme that is held
# (plural, present tense) is a weekly rule.
_WEEKDAY_PROGRAMMES = lazy_re.compile(
    rf"\b(?P<wds>(?:{_WD})(?:{_AND}(?:{_WD}))*)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+s\s+"
    rf"(?:are\s+(?:held|offered)|meet|take\s+place)\b",
    _FLAGS,
)
# "10-11 a.m. third Saturday", "1 p.m. second Tuesdays": a group list's clock, then the month's
# n-th weekday without a month word.
_ORDINAL_AFTER_CLOCK = lazy_re.compile(
    rf"(?:\b[ap]\.?m\.?|\buhr)\s+(?P<ords>(?:{_ORD})(?:{_AND}(?:{_ORD}))*)\s+(?P<wds>{_WD})s?\b"
    rf"(?!\s+(?:in|of|im|before|after|vor|nach)\s)",
    _FLAGS,
)
_EVERY_OTHER_WEEK = lazy_re.compile(
    r"\b(?:aller?\s+(?:zwei|2)\s+wochen|(?:14|vierzehn)[-\s]?t(?:ä|ae)(?:gig(?:e[nmrs]?)?|glich)|zweiw(?:ö|oe)chentlich"
    # ("Mittwochs aller 14 Tage": Saxon and Thuringian "aller" for "alle")
    # ("alle 14-Tage samstags", round 311: the count hyphened to its noun)
    r"|aller?\s+(?:14|vierzehn)(?:\s+|-)tage|every\s+(?:other|two|2(?:nd)?|second)\s+weeks?|bi-?weekly|fortnightly"
    # ("im Zweiwochentakt freies Fahren" (round 246): a two weeks' beat)
    r"|zweiwochen-?takt|(?:zwei|2)-wochen-takt|(?:14|vierzehn)-?tage-?takt"
    # ("meets on alternate Thursdays at 1:30pm": British English for every other week)
    r"|alternate\s+(?:weeks?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?))\b",
    _FLAGS,
)
# "alle vier Wochen am Mittwoch", "every three weeks on Monday": a rule every n weeks.
_N_WEEKS = {"drei": 3, "three": 3, "vier": 4, "four": 4, "fünf": 5, "fuenf": 5, "five": 5,
            "sechs": 6, "six": 6, "acht": 8, "eight": 8}  # fmt: skip
_EVERY_N_WEEKS = lazy_re.compile(
    r"\b(?:alle|every)\s+(?P<n>[3-8]|drei|vier|f(?:ü|ue)nf|sechs|acht|three|four|five|six|eight)"
    r"\s+(?:wochen|weeks)\b"
    # "in vierwöchentlichem Abstand", "dreiwöchentlich"
    r"|\b(?P<nw>drei|vier|f(?:ü|ue)nf|sechs|acht|[3-8])-?w(?:ö|oe)chentlich(?:e[nmrs]?)?\b",
    _FLAGS,
)
_ANNOUNCED_PIECES = ("kommuniz", "bekannt", "mitgeteilt", "nnounced", "posted")
_ANNOUNCED_ON = lazy_re.compile(
    rf"\b(?:{_ADV})\s+(?:per\s+\S+\s+|by\s+\S+\s+)?(?:kommuniziert|bekanntgegeben|bekannt\s+gegeben"
    r"|mitgeteilt|announced|posted)\b",
    _FLAGS,
)
_WEEKLY = lazy_re.compile(r"\b(?:w(?:ö|oe)chentlich|weekly|jede\s+woche|every\s+week)\b", _FLAGS)
_ADVERBS = lazy_re.compile(
    rf"\b(?P<first>{_ADV})(?:\s*(?P<join>,|und|and|&|bis|-)\s*(?P<more>{_ADV}))*\b", _FLAGS
)
_ADVERB = lazy_re.compile(rf"\b(?:{_ADV})\b", _FLAGS)
# "Die Vorträge finden immer montags um 19 Uhr statt", "meets … on Thursdays from 1-3pm": a
# weekday adverb after "immer"/"jeweils"/"on" states a weekly rule in a text of any length —
# unless it says when something is closed ("montags geschlossen", "closed on Mondays").
# "on Thursday mornings at 10:30", "Monday & Thursday mornings at 11:00 am": a weekday with a
# plural part of the day is a weekly rule.
_WEEKDAY_PARTS = lazy_re.compile(
    rf"\b(?P<wds>(?:{_WD})(?:{_AND}(?:{_WD}))*)\s+(?:mornings|afternoons|evenings|nights)\b", _FLAGS
)
_MONTH_NAMES = alternation(MONTHS)
_ADV_CHAIN = rf"(?:{_ADV})(?:\s*(?:,|und|and|&|bis|-)\s*(?:{_ADV}))*\b"
_STATED_ADVERBS = lazy_re.compile(
    rf"\b(?:immer|jeweils|regelm(?:ä|ae)(?:ß|ss)ig|stets|on|ab\s+sofort|(?:zu)?künftig)\s+{_ADV_CHAIN}"
    # "at 11:30 a.m. Tuesdays": a clock, then the weekdays
    rf"|(?:\b[ap]\.?m\.?|\buhr)\s+{_ADV_CHAIN}"
    # "sonntags ab 11 Uhr", "montags um 19 Uhr", "Samstags, 10.30-11.15 Uhr": the weekdays, then a clock
    # ("montags (19.00 Uhr bis 20.30 Uhr, Herren)": the clock may stand in brackets)
    # ("dienstags zwischen 17:00 und 18:00 Uhr")
    rf"|\b{_ADV_CHAIN}(?=,?\s+\(?(?:(?:ab|um|von|from|at|zwischen|between)\s+\d|\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:-|bis|uhr|h\b)))"
    # "Trainiert wird wieder freitags in der Lindachhalle um 20:00 Uhr." after a long call for
    # players (round 274): the weekdays, the hall they are held in, then the clock
    # (not a month's weekdays: "sonntags im Juni um 10 Uhr" is a season's rule, ``when_rules``)
    rf"|\b{_ADV_CHAIN}(?=\s+(?:in|im|auf|bei|an)\s+(?!(?:{_MONTH_NAMES})\b)(?:der|dem|den|die|das)?\s*"
    r"[^.!?\d,;]{0,50}?"
    r"\b(?:ab|um|von|zwischen)\s+\d)"
    # "Montags in beiden Gymnastikräumen von 17.45 bis 21 Uhr": opening the text, a clock follows
    # ("Freitags, zwischen den Herbstferien und den Sommerferien, turnen Kinder … zwischen 13.45
    # Uhr und 14.45 Uhr": the season between, the clock further on)
    rf"|^\s*{_ADV_CHAIN}(?=[^.!?\d]{{0,90}}?\b(?:ab|um|von|from|zwischen|between)\s+\d)"
    # "Aktuell wechseln wir sonntags unregelmäßig zwischen … . Los geht's jeweils um 10:30 Uhr":
    # the weekdays, then "jeweils" with a clock in the next sentence
    rf"|\b{_ADV_CHAIN}(?=[^!?\d]{{0,120}}?\bjeweils\s+(?:ab|um|von)\s+\d)"
    # "Seit vielen Jahren laufen mittwochs die … Vorträge", "Wir treffen uns donnerstags im
    # Pfarrheim": a verb of taking place or meeting, then the weekdays
    # "Das Bilderbuchkino lädt nicht nur dienstags … ein": an invitation on those weekdays
    # "Der Bus fährt nun mittwochs, donnerstags, freitags und samstags": a service's runs
    rf"|\b(?:laufen|läuft|finden|findet|treffen\s+(?:sich|uns)|trifft\s+sich|proben|probt|lädt|laden"
    # "Wir feiern aktuell sonntags abwechselnd Gottesdienst …": a service celebrated on them
    rf"|fährt|fahren|verkehrt|verkehren|feiern|feiert)"
    rf"\s+(?:(?:nun|jetzt|aktuell|derzeit|momentan)\s+)?(?:(?:nicht|not)\s+(?:nur|only)\s+)?{_ADV_CHAIN}"
    # "Wer von April bis September montags das Sportabzeichen ablegen will": the weekdays of a
    # season named by its months
    rf"|\b(?<=von\s|vom\s)(?:{_MONTH_NAMES})\s+bis\s+(?:ende\s+)?(?:{_MONTH_NAMES})\s+(?P<sadv>{_ADV_CHAIN})"
    # "dürfen sich die Yogis … sonntags in einem Tusem-Raum … treffen": the meeting verb at the
    # clause's end
    rf"|\b(?:sich|uns)\s+(?:[^\W\d]+\s+){{0,8}}?{_ADV_CHAIN}(?=[^.!?]{{0,90}}?\btreffen\b)",
    _FLAGS,
)
# "We now play on a Thursday evening 7pm until 9pm": a verb of a club's meeting in the present,
# then "on a" weekday (not "will visit on a Saturday in May", one day).
_HABIT_ON_A = lazy_re.compile(
    rf"\b(?:play|plays|meet|meets|gather|gathers|practi[cs]e|practi[cs]es|train|trains)\s+"
    rf"(?:[^\W\d]+\s+)?on\s+a\s+(?P<wd>{_WD})\b",
    _FLAGS,
)
# "meetings which are regularly scheduled for Tuesday at 9:00 a.m.": a weekday said to be regular.
_REGULAR_WEEKDAY = lazy_re.compile(
    rf"\b(?:regularly|regelm(?:ä|ae)(?:ß|ss)ig)\b[^.!?\d]{{0,30}}?\b(?:for|on|am)\s+(?P<wd>{_WD})s?\b"
    # "Die Singgruppe probt in der Regel am Mittwoch in der Aula": "as a rule on" a weekday is
    # every such weekday — not one with its date, nor "am Sonntag Kantate" (a feast's Sunday)
    rf"|\bin\s+der\s+regel\b[^.!?\d]{{0,30}}?\bam\s+(?P<rwd>{_WD})\b"
    r"(?!\s*,?\s*(?:den\s+|dem\s+)?\d)(?!\s+(?-i:[A-ZÄÖÜ]))"
    # "Die Musikproben finden in der Regel Freitag Abends um 20:00 Uhr … statt": the weekday right
    # after it, without "am", with its part of the day
    rf"|\bin\s+der\s+regel\s+(?P<pwd>{_WD})s?\s+(?:abends|morgens|vormittags|nachmittags|mittags)\b"
    # "Die Mehrheit ist für einen regelmäßigen öffentlichen Themenabend am Freitag ab 19:00 Uhr":
    # the adjective before the thing held on a weekday — not one with its date („die regelmäßige
    # Sprechstunde am Dienstag, 12. März fällt aus“ is one day)
    rf"|\bregelm(?:ä|ae)(?:ß|ss)ige[nmrs]?\b[^.!?\d]{{0,40}}?\bam\s+(?P<awd>{_WD})\b"
    r"(?!\s*,?\s*(?:den\s+|dem\s+)?\d)",
    _FLAGS,
)
# "Jeden letzten Donnerstag im Januar": an ordinal weekday of a named month is once a year.
# "Jeden Morgen von ca. 10:30 Uhr …", "jeden Tag": a daily rule in a text of any length.
_EVERY_DAY = lazy_re.compile(
    r"\b(?:jede[nr]?\s+(?:tag|morgen|vormittag|nachmittag|abend)|every\s+(?:day|morning|evening|night)"
    # "Nightly Arlington Mass Ave Vigil - 6pm to 7pm": each night, with its hours
    r"|nightly(?=\D{0,60}\d)"
    # "Täglich um 14 Uhr gibt es eine Weihnachtsmann-Sprechstunde": daily, at a clock time
    # ("Die täglichen Führungen um 14:00 Uhr": the adjective, a noun between)
    r"|t(?:ä|ae)glich(?:e[nmrs]?)?(?=\s+(?:[A-ZÄÖÜ]\w+\s+)?(?:um|ab|von|zwischen)\s+\d)"
    r"|daily(?=\s+(?:at|from|between)\s+\d))\b",
    _FLAGS,
)
_CLOSED_BEFORE = lazy_re.compile(
    # (a colon closes the negation's clause: "am 16.11. nicht können: Immer montags …")
    r"\b(?:closed|geschlossen|außer|ausser|except|nicht|no)[^\w:;.!?]*\w*[^\w:;.!?]*$"
    # "Certain Fridays are designated for …", "an einigen Samstagen": not every such day
    r"|\b(?:certain|some|selected|einige[n]?|manche[n]?|bestimmte[n]?|ausgewählte[n]?)\s+$",
    _FLAGS,
)
# "Mehrmals in der Spielzeit laden wir Sie … sonntags um elf Uhr ein": on some such days, not every.
# "on Thursday afternoon every 2nd and 4th week of the month", "donnerstags in der 2. und 4.
# Woche des Monats": the weekday of the month's n-th weeks is its n-th such weekday.
_WEEKDAY_IN_NTH_WEEKS = lazy_re.compile(
    rf"\b(?P<wds>(?:{_WD})(?:{_AND}(?:{_WD}))*)(?:s|en)?"
    rf"(?:\s+(?:afternoons?|mornings?|evenings?|nights?|nachmittags?|vormittags?|abends?))?"
    rf"\s+(?:every|each|in\s+the|on\s+the|in\s+der|jede[nr]?)\s+(?P<ords>(?:{_ORD})(?:{_AND}(?:{_ORD}))*)"
    rf"\s+(?:weeks?|woche)\s+(?:of\s+(?:the|each|every)\s+month|des\s+monats|im\s+monat)\b",
    _FLAGS,
)
_NOT_EVERY_WEEK = lazy_re.compile(
    r"\b(?:mehrmals|mehrfach|gelegentlich|ab\s+und\s+zu|einige\s+male|several\s+times"
    r"|occasionally|from\s+time\s+to\s+time)\b",
    _FLAGS,
)
# "lädt nicht nur dienstags … ein", "not only on Tuesdays": the day is one of the rule's.
_NOT_ONLY_BEFORE = lazy_re.compile(r"\b(?:nicht\s+nur|not\s+only|not\s+just)\W*(?:on\s+)?$", _FLAGS)
_CLOSED_AFTER = lazy_re.compile(
    r"\s*(?:ist\s+|sind\s+|bleibt\s+)?(?:geschlossen|closed|ruhetag)\b", _FLAGS
)
_DAY_PART = r"(?:abend|morgen|nachmittag|vormittag)?"
_WEEKDAY_NEAR = lazy_re.compile(
    # "Alle zwei Wochen am Donnerstagnachmittag": the weekday with its part of the day
    rf"\b(?:am|an|on)\s+(?:einem\s+|jedem\s+|a\s+)?(?P<wd>{_WD}){_DAY_PART}\b"
    # "zweimal wöchentlich am Mittwoch- und Freitagnachmittag", "am Mittwoch und Freitag": more
    # weekdays joined to it (a hyphen where a compound's part of the day is left out)
    rf"(?P<more>(?:-?(?:{_AND})(?:{_WD}){_DAY_PART}\b)*)"
    # "At Wednesday's market, weekly from 3 to 6 p.m.": the market named by its weekday
    rf"|\b(?P<wd2>{_WD})['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:market|class|session|meeting|program)\b",
    _FLAGS,
)
# "Ab Mittwoch (29.11.17) findet dann wöchentlich …": the weekday a weekly rule begins on, a
# clause's opening "ab" before it (no other sentence between)
_FROM_WEEKDAY_BEFORE = lazy_re.compile(
    rf"\bab\s+(?P<wd>{_WD})\b(?:\s*\([\d.\s]+\))?[^.!?;]{{0,40}}$", _FLAGS
)
_FREQUENCIES: tuple[tuple[re.Pattern[str], str], ...] = (
    (lazy_re.compile(r"\b(?:quartalsweise|viertelj(?:ä|ae)hrlich|quarterly|jedes\s+quartal"
                r"|einmal\s+im\s+quartal|every\s+quarter)\b", _FLAGS), "FREQ=MONTHLY;INTERVAL=3"),
    (lazy_re.compile(r"\b(?:halbj(?:ä|ae)hrlich|semi-?annually|alle\s+sechs\s+monate)\b", _FLAGS),
     "FREQ=MONTHLY;INTERVAL=6"),
    (lazy_re.compile(r"\b(?:monatlich|monthly|jeden\s+monat|einmal\s+im\s+monat|every\s+month)\b",
                _FLAGS), "FREQ=MONTHLY"),
    (lazy_re.compile(r"(?<!mal\s)(?<!mal)\b(?:j(?:ä|ae)hrlich|annually|yearly|jedes\s+jahr"
                r"|einmal\s+im\s+jahr|every\s+year)\b"
                # "Immer am 30.04. Maibaumstellen": always on a day of the year named without one
                r"|\bimmer\s+am\s+\d{1,2}\.\s?(?:\d{1,2}\.(?!\s?\d)|(?:" + alternation(MONTHS)
                + r")\b(?!\.?\s?\d))", _FLAGS), "FREQ=YEARLY"),
    (lazy_re.compile(r"\b(?:t(?:ä|ae)glich|daily|jeden\s+tag|every\s+day)\b", _FLAGS), "FREQ=DAILY"),
    # "wochentags: 9.30 bis 12:00 Uhr", "weekdays 9-5": Monday to Friday ("werktags" is left
    # out: it takes in Saturday as often as not)
    # ("Die Schule ist an den fünf Wochentagen von 7:30 Uhr bis 16:00 Uhr geöffnet", round 247)
    (lazy_re.compile(r"\b(?:wochentags|an\s+(?:den\s+)?(?:fünf\s+|5\s+)?wochentagen|weekdays"
                r"|on\s+weekdays)\b", _FLAGS),
     "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
)  # fmt: skip


#: Every pattern below needs one of these pieces: most date texts have none and skip the rest.
_CUES = lazy_re.compile(
    # ("on Sunday afternoons at 4pm": "afternoons" as "mornings" and "evenings")
    r"jede|every|each|alle\s|allen\s|all\s|ings\b|nights\b|noons\b|regular|regelm|t(?:ä|ae)g|w(?:ö|oe)chentl|weekly|monat|month|quart|viertelj|halbj"
    r"|annual|yearly|j(?:ä|ae)hr|daily|nightly|fortnight|tags\b|wochs\b|abends\b|morgens\b|nachts\b|days\b"
    r"|\sheld\b|\smeet\b"
    r"|take\s+place|immer\s+am|jeweils\s+(?:am|mo|di|mi|do|fr|sa|so)|stets\s+am|always\s+on|ab\s+sofort|künftig|from\s+now\s+on"
    r"|in\s+der\s+regel\s|tag\s+(?:ist|bleibt)\s|wochentakt|wochen-takt|tagetakt|tage-takt|wochentag"
    # a habit's hedge before a named month's n-th weekday ("findet (meist) am letzten Montag im
    # März statt", ``when_weekday_rules``)
    r"|meist(?:ens)?\)?\s+am|normalerweise\s+am|blicherweise\s+am|hnlich\s+am|usually\s+on"
    r"|normally\s+on"
    # "Am 1. und 3. Sonntag feiern wir Abendmahl": two n-th weekdays joined by "und" (round 284,
    # ``when_weekday_rules``)
    r"|(?:\d\.|ten)\s+und\s+(?:\d{1,2}\.|[^\W\d]+ten)\s+(?:mon|diens|mitt|donners|frei|sams|sonn)tag",
    _FLAGS,
)
# The letters every alternative of ``_CUES`` needs: a substring test is ~10× cheaper than it.
_CUE_PIECES = (
    "jede", "every", "each", "all", "ings", "nights", "noons", "regular", "regelm", "täg", "taeg",
    "wöchentl", "woechentl", "weekly", "monat", "month", "quart", "viertelj", "halbj", "annual",
    "yearly", "jähr", "jaehr", "daily", "nightly", "fortnight", "tags", "wochs", "abends", "morgens", "nachts",
    "days", " held",
    " meet", "take place", "immer am", "jeweils ", "stets am", "always on", "ab sofort", "künftig",
    "now on", "der regel", "tag ist", "tag bleibt", "takt", "wochentag", "meist", "weise am",
    "hnlich am", "usually on", "normally on", ". und ", "ten und ",
)  # fmt: skip


# "They followed an established pattern of 3rd Monday of every month … but recently the Council
# has agreed to meet on a bi-monthly basis", "früher traf man sich immer am ersten Montag": a
# rule the text tells as a former habit is no rule now.
_FORMER_BEFORE = lazy_re.compile(
    r"\b(?:used\s+to|followed\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:pattern|schedule|rhythm)"
    r"|formerly|previously|früher|ehemals|einst)\b[^.!?;]{0,40}$",
    _FLAGS,
)


def find_recurrence(text: str) -> RecurrenceMention | None:
    """The recurrence a (cleaned) text states, or None; see the module docstring."""
    if has_any(text, _ANNOUNCED_PIECES) and _ANNOUNCED_ON.search(text):
        # "Ob diese Ausfahrt stattfindet, … wird immer montags kommuniziert": the weekday it is
        # announced on names no offering's day
        text = _ANNOUNCED_ON.sub(lambda m: " " * len(m[0]), text)
    found = _find_recurrence(text)
    if found is not None and _FORMER_BEFORE.search(text[max(0, found.start - 80) : found.start]):
        return None
    return found


# "Immer an jedem 11. des Monats", "am 15. jeden Monats", "on the 11th of every month": one day
# of the month, every month.
_DAY_OF_EVERY_MONTH = lazy_re.compile(
    r"\b(?:jeden|an\s+jedem|(?:immer\s+|jeweils\s+)?am)\s+(?P<d>[1-9]|[12]\d|3[01])\.\s*"
    r"(?:(?:des|eines|jedes|jeden)\s+(?:jeden\s+)?monats|im\s+monat)\b"
    r"|\bthe\s+(?P<d2>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\s+(?:day\s+)?of\s+(?:each|every)\s+month\b",
    _FLAGS,
)


def _day_of_every_month(text: str) -> RecurrenceMention | None:
    """The monthly rule of one day of the month ("an jedem 11. des Monats"), or None."""
    lowered = text.lower()
    if "onat" not in lowered and "month" not in lowered:
        return None
    found = _DAY_OF_EVERY_MONTH.search(text)
    if found is None:
        return None
    return RecurrenceMention(f"FREQ=MONTHLY;BYMONTHDAY={found['d'] or found['d2']}", *found.span())


# „jedes Wochenende“, „an jedem Wochenende“, "every weekend": a rule of both weekend days.
_EVERY_WEEKEND = lazy_re.compile(
    r"\b(?:jedes|an\s+jedem|every)\s+(?:wochenende|weekend)\b(?!\s+(?:im|in|des|of)\b)", _FLAGS
)


def _find_recurrence(text: str) -> RecurrenceMention | None:
    if (month_day := _day_of_every_month(text)) is not None:
        return month_day
    if has_any(text, SLOT_HINTS) and (slot := course_slot(text)) is not None:
        return slot  # „Do. 11--13 … (Beginn: 22.03.2012)“: weekly from that Thursday on
    if "week" in text or "woche" in text.lower():
        in_weeks = _WEEKDAY_IN_NTH_WEEKS.search(text)
        if in_weeks is not None:
            days = [WEEKDAYS[w.lower()] for w in re.findall(_WD, in_weeks["wds"], _FLAGS)]
            words = [o.lower() for o in re.findall(_ORD, in_weeks["ords"], _FLAGS)]
            byday = ",".join(
                f"{n}{RRULE_DAYS[d]}" for n in ordinal_numbers(words) if n != 0 for d in days
            )
            if byday:
                return RecurrenceMention(f"FREQ=MONTHLY;BYDAY={byday}", *in_weeks.span())
    if ("|" in text or ":" in text or " - " in text) and (row := _ORDINAL_ROW.match(text)):
        return monthly_from_ordinals(text, row)  # a line-up's row needs no "of the month"
    if "/" in text and (slashed := slashed_ordinal_pairs(text)) is not None:
        return slashed
    if "m." in text and (after_clock := _ORDINAL_AFTER_CLOCK.search(text)) is not None:
        return monthly_from_ordinals(text, after_clock)  # needs no "of the month"
    timetable = schedule_row_weekday(text)
    if timetable is not None:
        # "Trainingszeiten | Montag | 20:30 – 22:00": a timetable's row is weekly
        weekday, begin, finish = timetable
        # „Trainingszeiten | Dienstag & Donnerstag | 19:30 Uhr - 21:00 Uhr“: each weekday the
        # row joins to its first
        days, finish = joined_weekdays(text, weekday, finish)
        return RecurrenceMention(f"FREQ=WEEKLY;BYDAY={rrule_days(days)}", begin, finish)
    opening = opening_days_rule(text)
    if opening is not None:
        return opening  # „Die Bücherei ist Dienstag und Freitag von 15 bis 18 Uhr geöffnet.“
    listed = listed_weekdays_rule(text)
    if listed is not None:
        return listed  # „Empfang von Sachen am Donnerstag, Freitag, Samstag 12.00-17:00“
    weekends = _EVERY_WEEKEND.search(text) if "ochenende" in text or "weekend" in text else None
    if weekends is not None:
        # „Dort sind jedes Wochenende ab 6 Uhr abends viele Standln …“ (round 286): every
        # Saturday and Sunday
        return RecurrenceMention("FREQ=WEEKLY;BYDAY=SA,SU", *weekends.span())
    habit = _HABIT_ON_A.search(text) if "on a " in text else None
    if habit is not None:
        # "Short Mat Bowls We now play on a Thursday evening 7pm until 9pm": a club's habit
        day = WEEKDAYS[habit["wd"].lower()]
        return RecurrenceMention(f"FREQ=WEEKLY;BYDAY={rrule_days([day])}", *habit.span("wd"))
    if not has_any(lowered_for_cues(text), _CUE_PIECES) or _CUES.search(text) is None:
        return None
    found = by_weekday(text)
    if found is not None:
        return _with_interval(text, found)
    other_weeks = [
        _weekly(text, match, "FREQ=WEEKLY;INTERVAL=2") for match in _EVERY_OTHER_WEEK.finditer(text)
    ]
    if other_weeks:
        # "A fortnightly group for the over 50s. … meets on alternate Thursdays from 1:30pm": the
        # cue that names its weekday, when the first one names none
        return next((m for m in other_weeks if ";BYDAY=" in m.rule), other_weeks[0])
    n_weeks = _EVERY_N_WEEKS.search(text)
    if n_weeks is not None:
        return _weekly(text, n_weeks, f"FREQ=WEEKLY;INTERVAL={_n_weeks(n_weeks)}")
    weekly = _WEEKLY.search(text)
    if weekly is not None and not counts_an_instance(text, weekly.start()):
        return _weekly(text, weekly, "FREQ=WEEKLY")
    regular = _REGULAR_WEEKDAY.search(text) if "egel" in text or "egular" in text else None
    if regular is not None:
        day = WEEKDAYS[
            (regular["wd"] or regular["rwd"] or regular["pwd"] or regular["awd"]).lower()
        ]
        return RecurrenceMention(f"FREQ=WEEKLY;BYDAY={rrule_days([day])}", *regular.span())
    # ("THURSDAY MORNINGS – The Church is always open …": a heading in capitals)
    parts = (
        _WEEKDAY_PARTS.search(text)
        if has_any(lowered_for_cues(text), ("ings", "nights", "noons"))
        else None
    )
    if parts is not None:
        days = [WEEKDAYS[w.lower()] for w in re.findall(_WD, parts["wds"], _FLAGS)]
        return RecurrenceMention(f"FREQ=WEEKLY;BYDAY={rrule_days(days)}", *parts.span())
    occasional = _NOT_EVERY_WEEK.search(text) is not None
    always = (
        _ALWAYS_ON_WEEKDAY.search(text)
        if not occasional and ("mmer am" in text or "eweils" in text)
        else None
    )
    if (
        always is not None
        and not _says_closed(text, always)
        # ("Am 3. und 4. Mai, jeweils am Samstag und Sonntag": each of the days named)
        and (always["each"] is not None or not _date_in_its_sentence(text, always))
    ):
        day = WEEKDAYS[(always["wd"] or always["wd2"]).lower()]
        return RecurrenceMention(f"FREQ=WEEKLY;BYDAY={rrule_days([day])}", *always.span())
    from_now = (
        _FROM_NOW_ON_WEEKDAY.search(text)
        if not occasional and ("sofort" in text or "künftig" in text or "now on" in text)
        else None
    )
    if from_now is not None and not _says_closed(text, from_now):
        day = WEEKDAYS[from_now["wd"].lower()]
        return RecurrenceMention(f"FREQ=WEEKLY;BYDAY={rrule_days([day])}", *from_now.span())
    for stated in () if occasional else _STATED_ADVERBS.finditer(text):
        if _MONTHLY_RIGHT_BEFORE.search(text, 0, stated.start()):
            # "monatlich dienstags 15.00 – 17.00 Uhr": one Tuesday a month, which one unsaid
            return RecurrenceMention("FREQ=MONTHLY", *stated.span())
        if not _says_closed(text, stated):
            days = _adverb_days(stated)
            # (a season's months before the weekdays stay outside the rule's span: they are
            # the season, ``when_rules``)
            span = stated.span("sadv") if stated["sadv"] else stated.span()
            return RecurrenceMention(f"FREQ=WEEKLY;BYDAY={rrule_days(days)}", *span)
    fused = list(_WEEKDAY_PART_ADVERB.finditer(text)) if not occasional else []
    fused = [m for m in fused if not _says_closed(text, m)]
    if fused:
        days = [WEEKDAYS[m["wd"].lower()] for m in fused]
        return RecurrenceMention(
            f"FREQ=WEEKLY;BYDAY={rrule_days(days)}", fused[0].start(), fused[-1].end()
        )
    programmes = _WEEKDAY_PROGRAMMES.search(text) if " held" in text or " meet" in text else None
    if programmes is None and " take place" in text:
        programmes = _WEEKDAY_PROGRAMMES.search(text)
    if programmes is not None:
        days = [WEEKDAYS[w.lower()] for w in re.findall(_WD, programmes["wds"], _FLAGS)]
        return RecurrenceMention(f"FREQ=WEEKLY;BYDAY={rrule_days(days)}", *programmes.span())
    lowered = text.lower()
    daily = (
        _EVERY_DAY.search(text)
        if "jede" in lowered
        or "very" in lowered
        or "glich" in lowered
        or "daily" in lowered
        or "nightly" in lowered
        else None
    )
    if daily is not None:
        return RecurrenceMention("FREQ=DAILY", *daily.span())
    plural = _PLURAL_DAY_CLOCK.search(text) if "days" in text else None
    if plural is not None and not _says_closed(text, plural):
        # "Pajama Time Tuesdays | 6:30 PM All ages with an adult …": a programme's weekday,
        # plural, right before its clock (however long the description after it)
        day = WEEKDAYS[plural["wd"].lower()]
        return RecurrenceMention(f"FREQ=WEEKLY;BYDAY={rrule_days([day])}", *plural.span("wd"))
    begin, finish = 0, len(text)
    if len(text) > SHORT_TEXT:
        # a table row's short cell is read alone ("Nov. 09 – März 2010 | Spinning freitags
        # (Fitness Company Heilbronn) | Beate Lang"); a long text's bare weekday is no rule
        cell = _short_cell(text)
        if cell is None:
            return None
        begin, finish = cell
    adverbs = None if occasional else _ADVERBS.search(text, begin, finish)
    if adverbs is not None and _MONTHLY_RIGHT_BEFORE.search(text, begin, adverbs.start()):
        return RecurrenceMention("FREQ=MONTHLY", *adverbs.span())
    if adverbs is not None and not _says_closed(text, adverbs):
        days = _adverb_days(adverbs)
        return RecurrenceMention(f"FREQ=WEEKLY;BYDAY={rrule_days(days)}", *adverbs.span())
    for pattern, rule in _FREQUENCIES:
        match = pattern.search(text, begin, finish)
        if match is not None:
            return RecurrenceMention(rule, *match.span())
    return None


_CELL = lazy_re.compile(r"(?<![^|])[^|]+")


def _short_cell(text: str) -> tuple[int, int] | None:
    """The span of the first cell of a " | " row short enough to be read alone that names
    weekdays as adverbs ("Spinning freitags"), else None."""
    if " | " not in text:
        return None
    for cell in _CELL.finditer(text):
        if len(cell[0]) <= SHORT_TEXT and _ADVERBS.search(cell[0]) is not None:
            return cell.span()
    return None


_PLURAL_DAY_CLOCK = lazy_re.compile(
    r"\b(?P<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)day)s\s*(?:[|,@-]\s*|(?:at|from)\s+)?"
    r"\d{1,2}(?::\d{2})?\s*[ap]\.?m\b",
    _FLAGS,
)


def next_occurrence(rule: str, first: date, today: date, clock: time | None = None) -> date | None:
    """The first day on or after ``today`` of ``rule`` starting at ``first`` (at ``clock``, the
    first start's wall-clock time, which an UNTIL on a night's own day is compared with); None
    when the rule has ended, cannot be read, or gives no day (``FREQ=MONTHLY`` without
    ``BYDAY``)."""
    start = datetime.combine(first, clock or datetime.min.time())
    try:
        rule_set = rrulestr(rule, dtstart=start, ignoretz=True)
        found = rule_set.after(datetime.combine(today, datetime.min.time()), inc=True)
    except (ValueError, TypeError, OverflowError):
        return None
    return found.date() if found is not None else None


@lru_cache(maxsize=1024)  # a listing repeats its "jeden Dienstag" rows
def next_day_of(rule: str, today: date) -> date | None:
    """The next day ``rule`` (read from prose, no first date) falls on: only rules with a
    weekday or a day of the month have one; "monatlich" says nothing about which day."""
    if rule.startswith("FREQ=DAILY") and "INTERVAL" not in rule:
        return today  # "jeden Morgen": today is one of its days
    if "BYDAY=" not in rule and "BYMONTHDAY=" not in rule:
        return None
    # Without a first date the phase of "every other week" is unknown: the next such weekday.
    without_interval = ";".join(p for p in rule.split(";") if not p.startswith("INTERVAL="))
    return next_occurrence(without_interval, today, today)


def _n_weeks(match: re.Match[str]) -> int:
    word = (match["n"] or match["nw"]).lower()
    return int(word) if word.isdigit() else _N_WEEKS[word]


# "alle 3 Monate den ersten Mittwoch im Monat", "every two months on the first Monday": a
# monthly weekday rule every n-th month.
_N_MONTHS = {"zwei": 2, "two": 2, "drei": 3, "three": 3, "vier": 4, "four": 4, "sechs": 6, "six": 6}
_EVERY_N_MONTHS = lazy_re.compile(
    r"\b(?:alle|every)\s+(?P<n>[2-46]|zwei|drei|vier|sechs|two|three|four|six)\s+(?:monate|months)\b"
    r"|\bevery\s+(?P<other>other)\s+month\b",
    _FLAGS,
)


def _with_interval(text: str, found: RecurrenceMention) -> RecurrenceMention:
    """A weekday rule ("jeweils mittwochs") whose weeks the text counts elsewhere ("in
    vierwöchentlichem Abstand", "alle zwei Wochen"): every n-th week; a month's weekday rule
    whose months it counts ("alle 3 Monate"): every n-th month."""
    if found.rule.startswith("FREQ=MONTHLY;BYDAY=") and ("onat" in text or "onth" in text):
        months = _EVERY_N_MONTHS.search(text)
        if months is None:
            return found
        word = (months["n"] or "2").lower()
        interval = int(word) if word.isdigit() else _N_MONTHS[word]
        rule = found.rule.replace("FREQ=MONTHLY;", f"FREQ=MONTHLY;INTERVAL={interval};", 1)
        return RecurrenceMention(rule, found.start, found.end)
    if not found.rule.startswith("FREQ=WEEKLY;BYDAY="):
        return found
    if _EVERY_OTHER_WEEK.search(text) is not None:
        interval = 2
    elif (n_weeks := _EVERY_N_WEEKS.search(text)) is not None:
        interval = _n_weeks(n_weeks)
    else:
        return found
    rule = found.rule.replace("FREQ=WEEKLY;", f"FREQ=WEEKLY;INTERVAL={interval};", 1)
    return RecurrenceMention(rule, found.start, found.end)


def _weekly(text: str, match: re.Match[str], rule: str) -> RecurrenceMention:
    """A weekly rule takes the weekday written near it ("mittwochs", "am Mittwoch"; "Jede Woche
    (mit Ausnahme der Schulferien) treffen wir uns am Montagabend" reaches further)."""
    window = text[max(0, match.start() - 30) : match.end() + 80]
    days = [
        WEEKDAY_ADVERBS[m[0].lower()]
        for m in _ADVERB.finditer(window)
        if not _GENITIVE_BEFORE.search(window, 0, m.start())
    ]
    if not days:
        days = [day for m in _WEEKDAY_NEAR.finditer(window) for day in _near_days(m)]
    if not days:
        # "lädt wie jede Woche … zu seinen gemeinsamen Ausfahrten ein. Wir treffen uns am Mittwoch
        # um 17:50 Uhr …": the one weekday (without its date) of the next sentence
        further = text[match.end() : match.end() + 200]
        named = [m for m in _WEEKDAY_NEAR.finditer(further) if m["wd"]]
        if (
            len({m["wd"].lower() for m in named}) == 1
            and _DATE_AFTER.match(further, named[0].end()) is None
        ):
            days = [WEEKDAYS[named[0]["wd"].lower()]]
    if not days and (begun := _FROM_WEEKDAY_BEFORE.search(text, 0, match.start())) is not None:
        # "Ab Mittwoch (29.11.17) findet dann wöchentlich der Kurs … statt": a weekly rule begun on
        # a weekday (its date in brackets reaches past the window) keeps that weekday
        days = [WEEKDAYS[begun["wd"].lower()]]
    if days:
        rule = f"{rule};BYDAY={rrule_days(days)}"
    return RecurrenceMention(rule, *match.span())


def _near_days(match: re.Match[str]) -> list[int]:
    """The weekdays of one ``_WEEKDAY_NEAR`` match: the first and those joined to it."""
    if match["wd2"]:
        return [WEEKDAYS[match["wd2"].lower()]]
    joined = re.findall(_WD, match["more"] or "", _FLAGS)
    return [WEEKDAYS[match["wd"].lower()], *(WEEKDAYS[w.lower()] for w in joined)]


_DATE_AFTER = lazy_re.compile(r"\s*,?\s*(?:den\s+|dem\s+)?\d{1,2}\.")


# "Für gewöhnlich treffen sich die Rover immer am Donnerstag von 19:30 - 21:00 Uhr": "always on" a
# weekday is every such weekday; not "immer am Sonntag vor Himmelfahrt" (a feast's day), nor "immer
# am 3. Samstag im Juli" or a weekday with its date.
_ALWAYS_ON_WEEKDAY = lazy_re.compile(
    # ("Wir treffen uns von den Herbst- bis zu den Frühlingsferien jeweils am Montag von 17.00 -
    # 18.00 Uhr": "jeweils am" as "immer am", in a text naming no date)
    rf"\b(?:(?P<each>immer)\s+am|jeweils\s+am)\s+(?P<wd>{_WD})(?:abend|morgen|nachmittag|vormittag)?\b"
    # ("jeweils am Montag zur Vorlesungszeit (9:45-11:15)": "zur …zeit" says its hours, no feast)
    r"(?!\s*,?\s*(?:den\s+|dem\s+|der\s+)?\d)(?!\s+(?:vor|nach|im|in|des|der|zum|zur(?!\s+[^\W\d]*zeit\b))\b)"
    # ("Sie findet in offener Form jeweils Mittwoch 11--12 … statt": "jeweils" without "am",
    # its hours right after — not "jeweils Montag bis 09:00 Uhr", a deadline; the hours stay
    # outside the rule's span, where the clock is read: „jeweils Samstag 19-20:30 Uhr“ starts at
    # 19, round 307)
    rf"|\bjeweils\s+(?P<wd2>{_WD})"
    r"(?=\s+(?:von\s+|ab\s+|um\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:-|–|bis\s+\d|uhr))",
    _FLAGS,
)
# "ab sofort bieten wir am Sonntagmorgen wieder unsere Sonnenbeobachtung an": a weekday without
# its date in an offer that holds from now on is every such weekday.
_FROM_NOW_ON_WEEKDAY = lazy_re.compile(
    rf"\b(?:ab\s+sofort|ab\s+jetzt|(?:zu)?künftig|from\s+now\s+on)\b[^.!?;\d]{{0,60}}?"
    rf"\b(?:am|on)\s+(?P<wd>{_WD})(?:abend|morgen|nachmittag|vormittag|mittag|s)?\b"
    r"(?!\s*,?\s*(?:den\s+|dem\s+)?\d)",
    _FLAGS,
)
_A_DATE = lazy_re.compile(r"\d{1,2}\.\s?(?:\d{1,2}\.|" + _MONTH_NAMES + r")", _FLAGS)
# A sentence ends at a stop before a capital ("… angeboten. Diese finden …"), not inside a date
# ("am 3. und 4. Mai").
_SENTENCE_END = lazy_re.compile(rf"[.!?]\s+(?=[A-ZÄÖÜ])(?!(?i:{_MONTH_NAMES})\b)")


def _date_in_its_sentence(text: str, match: re.Match[str]) -> bool:
    """Whether the sentence of a "jeweils am Montag" names a date: then "jeweils" spreads over the
    days it names ("Am 3. und 4. Mai, jeweils am Samstag und Sonntag"); a date in another sentence
    is the rule's first day ("ab KW 18 (27.4.2020) … angeboten. Diese finden jeweils am Montag …
    statt")."""
    ends = [end.end() for end in _SENTENCE_END.finditer(text, 0, match.start())]
    begin = ends[-1] if ends else 0
    following = _SENTENCE_END.search(text, match.end())
    finish = following.start() if following else len(text)
    return _A_DATE.search(text, begin, finish) is not None


_MONTHLY_RIGHT_BEFORE = lazy_re.compile(r"\b(?:monatlich|monthly)\s*,?\s*$", _FLAGS)
# "Austausch über den Predigttext des kommenden Sonntags 14-tägig dienstags": a weekday in the
# genitive ("des Sonntags") names a day, it is no adverb of the rule.
_GENITIVE_BEFORE = lazy_re.compile(r"\bdes\s+(?:[^\W\d]+(?:en|ten)\s+)?$", _FLAGS)


def _says_closed(text: str, match: re.Match[str]) -> bool:
    """ "closed on Mondays", "außer montags", "montags geschlossen": the days it does not run."""
    before = text[max(0, match.start() - 20) : match.start()]
    if _NOT_ONLY_BEFORE.search(before) is not None:
        return False
    return (
        _CLOSED_BEFORE.search(before) is not None
        or _CLOSED_AFTER.match(text, match.end()) is not None
    )


def _adverb_days(match: re.Match[str]) -> list[int]:
    chain = match.groupdict().get("sadv") or match.group(0)  # (not the season's "bis")
    words = _ADVERB.findall(chain)
    days = [WEEKDAY_ADVERBS[w.lower()] for w in words]
    if len(days) == 2 and re.search(r"\b(?:bis|-)\b|-", chain) and days[0] < days[1]:
        return list(range(days[0], days[1] + 1))  # "montags bis freitags"
    return days
