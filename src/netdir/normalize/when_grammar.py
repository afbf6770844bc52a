"""Pattern pieces several date rules share: month and weekday names, the connectors of a range
("bis", "–", "to"), a day number, past-tense verbs."""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.normalize.when_words import (
    MONTHS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    alternation,
)

FLAGS = re.IGNORECASE
MONTH_ALT = alternation(MONTHS)
WD_ALT = alternation(WEEKDAY_ABBREVIATIONS)
# The end of a range may carry its own weekday: "Mittwoch, 24.03.2027 – Donnerstag, 25.03.2027".
# "…; Ende: 15.03.2026": a labelled end.
# "Ende: 14.11.", "Begins Tuesday, September 2 and ends Friday, November 14"
END_LABEL = r"[;,|]?\s*(?:(?:and|und)\s+)?(?:ende|ends?|endet(?:\s+am)?)(?:\s+on)?\s*:?"
CONNECTOR = lazy_re.compile(
    r"^\s*\)?\s*,?\s*(?:-|(?:an\s+)?bis(?:\s+(?:zum|am|einschließlich|einschl\.|inkl\.|voraussichtlich|vorerst)){0,2}|to|until|through|/|\+|"
    # "am 3. Dezember und am 4. Dezember", "sowohl am 3. als auch am 4.": following days;
    # "zwischen dem 3. März und dem 20. April": a period's ends.
    r"(?:und|and|&|sowie|als\s+auch)(?:\s+(?:am|an|on|dem))?|"
    # "until lunch on Friday June 9", "bis zum Mittag am Sonntag, 12. Mai": words, then the day.
    r"(?:bis|until|till)\s+(?:[^\W\d]+\s+){1,3}?(?:am|on)(?=\s+(?:" + WD_ALT + r")\b)|"
    # "begin on May 17 and will continue through Labor Day, Monday, September 1", "und dauert
    # bis zum 3. März": a verb of lasting, then up to three words naming the last day.
    r"(?:[;,]\s*)?(?:(?:and|und)\s+)?(?:(?:will|wird)\s+)?(?:continues?|runs?|lasts?|goes|dauert|läuft|geht)"
    r"\s+(?:on\s+)?(?:through|until|till|to|bis(?:\s+zum)?)(?:\s+[^\W\d]+){0,3}?\s*,?|"
    # "starting on June 1, with the last show set for Aug. 24": the series' last day
    r"[;,]?\s*(?:with\s+|and\s+)?the\s+(?:last|final)\s+(?:show|concert|session|performance|event"
    r"|meeting|class|market)\s+(?:(?:is\s+)?set\s+for|is|on|will\s+be)(?:\s+on)?|"
    + END_LABEL
    + r")\s*:?\s*(?:(?:"
    + WD_ALT
    # "03.03.2025 und Faschingsdienstag, 04.03.2025": a day's name ending in a weekday
    + r"|[^\W\d]*(?:"
    + alternation(WEEKDAYS)
    # "vom Freitag, den 31.10., bis zum Sonntag, den 2.11.": the weekday's "den" before the day
    + r"))\.?,?\s*(?:den\s+|dem\s+)?)?\(?\s*$",
    FLAGS,
)
DAY_NUMBER = lazy_re.compile(r"\d{1,2}")
# The am/pm mark after a clock („7 pm“, „6:00 p.m.“, „1:50PM“, „4 p. m.“), its closing dot
# with it; case-insensitive under the caller's flags.
AM_PM = r"[ap]\.?\s?m\b\.?"
# An hour of the twelve, perhaps its minutes after a colon or a dot, and its am/pm mark: „7 pm“,
# „7.15 p.m.“, „10:30am“.
AM_PM_CLOCK = rf"(?:[01]?\d)(?:[:.][0-5]\d)?\s*{AM_PM}"
WEEKDAY_FULL_ALT = alternation(WEEKDAYS)
MONTHLY_BYDAY = "FREQ=MONTHLY;BYDAY="
# A sentence told in the past ("Am Samstag fand … statt"): the weekday before the page's day.
PAST_TENSE = lazy_re.compile(
    r"\b(?:fand|fanden|war|waren|wurde|wurden|hatte|hatten|kam|kamen|traf|trafen|begann|begannen"
    r"|gab|ging|gingen|feierte|feierten|besuchte|besuchten|startete|starteten|endete|endeten"
    # "Im Gemeinderat ergab sich daraus am Mittwoch eine Diskussion" (round 331): a debate that arose
    r"|ergab|ergaben"
    # "merkte man an diesem Mittwoch nichts": a report's verbs of noticing and saying
    r"|merkte|merkten|sah|sahen|sagte|sagten|konnte|konnten|durfte|durften|saß|saßen"
    # "Und auch am 18. Juli 2019 sassen wir zusammen" (Swiss spelling), "gönnten wir uns am 2.
    # Februar einen Schlittel Tag"
    r"|sass|sassen|gönnte|gönnten"
    # "übernahm sie im Juni 2025 … die Leitung": a biography's verbs
    r"|übernahm|übernahmen|leitete|leiteten|gründete|gründeten|erhielt|erhielten|wechselte"
    # "Den ersten Vorsitz behielt … bis zu seinem Tod im April 2014"
    r"|behielt|behielten"
    # "Am Samstag Nachmittag bekamen wir dann Besuch von Nicole" (round 253): a report's visit
    r"|bekam|bekamen"
    # "Der Entscheid zur Durchführung … fiel … im Januar 2024": a decision that fell
    r"|fiel|fielen"
    r"|wechselten|zog|zogen"
    # "Am Samstag standen zwei intensive Trainingseinheiten auf dem Programm" (round 233): strong
    # verbs' past of a report's day (small "stand" only: "Stand: 17.09.2023" is a page's stamp)
    r"|(?-i:stand|standen)|fuhr|fuhren|trat|traten|hielt|hielten|blieb|blieben"
    # "Am Samstag bot das Wetter … gute Bedingungen, doch abends regnete es wieder"
    r"|bot|boten|regnete|lief|liefen|zeigte|zeigten|spielte|spielten|lockte|lockten|öffnete"
    r"|öffneten"
    # "schloss der dritte Bürgermeister … gestern seine Rede": written small, not the castle
    r"|(?-i:schloss|schlossen)"
    # "Im April 2010 machten wir uns zum 50jährigen Jubiläum … nach Markdorf am Bodensee
    # auf": a club chronicle's verbs of going and taking part ("führte uns" is not among them:
    # "24.09.2022 Vereinsausflug Unser diesjähriger Vereinsausflug führte uns …" is a row's day)
    r"|machte|machten|nahm|nahmen|reiste|reisten|unternahm|unternahmen"
    # "Der Stammtisch hat ab März 2020 nur unregelmäßig stattgefunden": the perfect of taking place;
    # "hat … Anfang Mai 2020 entschieden, die … Akademie 2020 … zu verschieben": of deciding
    r"|stattgefunden|entschied|entschieden|beschloss|beschlossen"
    # "35 Mitglieder … besammelten sich am Sonntagmorgen in Zufikon" (Swiss "besammeln"): gathering
    r"|(?:be|ver)sammelten?"
    # "Die Damen gewannen hochverdient am Mittwochabend beim SC Pöcking", "Am Freitagabend lud der
    # FC Aich zum alljährlichen Wattturnier", "folgte wieder ein Schauerauftritt am Freitagabend",
    # "… gratulierte mit einem Präsentkorb" (round 293, a football club's match reports)
    r"|gewann|gewannen|verlor|lud|luden|folgte|folgten|gratulierte|gratulierten"
    # "Über Klimaschutz diskutierte die Bürgerrunde … am Donnerstag": a verb in -ierte before its
    # subject (not an adjective, "interessierte Bürger")
    # (not "erläutern gerne allen Interessierten die Idee": a noun after its article)
    r"|(?<!\ballen\s)(?<!\balle\s)(?<!\bden\s)(?<!\bdie\s)(?<!\bder\s)(?<!\bdes\s)(?<!\bvielen\s)"
    r"[^\W\d]+ierten?(?=\s+(?:die|der|das|den|dem|sich|er|sie|es|wir|man|ein|eine)\b)"
    # "Wir beteiligten uns im Dezember 2020 am … Adventskalender", "besichtigten wir": a weak
    # verb's past in -igten beside its subject "wir" or its "uns"/"sich" (the present is -igen;
    # "die beteiligten Vereine" is an adjective)
    r"|(?<=\bwir\s)[^\W\d]+igten|[^\W\d]+igten(?=\s+(?:wir|uns|sich)\b)"
    # "Zusammengefunden haben wir nach einer Veranstaltung … im Juni 2015" (round 206): a past
    # participle fronted before its auxiliary and subject (not "Geöffnet haben wir montags", a
    # state, nor a form of "werden" ahead)
    r"|(?<![\w-])(?!ge(?:öffnet|schlossen)\b)[^\W\d]*ge[^\W\d]{2,}(?:en|t)"
    r"(?=\s+(?:haben|hat|hatten|hatte|sind|ist|waren|war)\s+(?:wir|sie|er|es|ich|man|alles)\b)"
    # ("11.11.2022 Was wollen wir am L-P-D machen?": German „was“, what, before a pronoun or a
    # verb of its question, is no English past; nor after a comma: „Kommt vorbei und erzählt,
    # was in euren Communities passiert“, round 290); nor a label asking „Was?“ before „Wann?“ and
    # „Wo?“ („Was? Wiederholung von Techniken Wann? Sonntag, 15:00 Uhr …“, round 297)
    r"|(?<!,\s)was(?!\s*\?)(?!\s+(?:wir|ihr|du|ich|man|es|sich|uns|euch|wollen|will|willst|kann|können|gibt|ist"
    r"|sind|macht|machen|erwartet|bringt)\b)|were|took|met)\b",
    FLAGS,
)
