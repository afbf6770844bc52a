"""``parse_when`` on held-out real date strings (date_strings_heldout.yaml): pages nobody tuned
the grammar on. Run ``python -m tests.normalize.test_heldout_dates`` to list the misses.

Measured before any grammar change for them: 86.6 % (84/97). The grammar was then fixed cause by
cause, and a second set (date_strings_heldout_round2.yaml) collected afterwards scored 75.0 %
(21/28) before its own fixes, a third (round3) 80.0 % (12/15), a fourth (round4) 100 % (6/6) —
those numbers are the honest estimates for unseen strings. All three were then fixed (one round-3 miss is left: a range
written as prose, "begin on … and will continue through Labor Day, Monday, September 1"), so
they are no longer unseen: the floor below (the issue's target) guards against regressions only.

Round 5 (date_strings_heldout_round5.yaml, 83 strings from 40 sites none of the earlier rounds
used: councils, congresses, universities, libraries, parishes, clubs; 20 of them English) was
collected after round 4's fixes and scored **86.7 % (72/83)** before any change for it — the
current honest estimate for unseen strings. Its misses: a stray dot in "18-21. Uhr"; weekly
rules in prose ("immer montags um 19 Uhr", "on Thursdays from 1-3pm", "the first Tuesday of
each month", "on the first and third Mondays"); "sowohl am 3. als auch am 4. Dezember"; a
range "15.30 Uhr Bücherei bis 17.30 Uhr"; weekdays paired with days ("Samstag und Sonntag,
21. und 22. Juli"); a badge "SepSeptember 1 2020"; a news dateline "21.3.2025: …" before the
event's date; a past meeting named before the upcoming one ("items from the September 12
meeting will be heard at the October 3 meeting"). After fixing the general causes (each a rule
in when.py, when_times.py, when_lists.py, when_recurrence.py with its case in
data/when_cases.tsv) round 5 scores 98.8 % (82/83); the one left is the past meeting named first.

Round 6 (date_strings_heldout_round6.yaml, 69 strings from 45 more sites: barcamps, council
calendars, clubs, Christmas markets, museums, theatres, fire brigades, universities' open days;
13 English) was collected after round 5's fixes and scored **85.5 % (59/69)** before any change
for it — with round 5's 86.7 %, the honest estimate for unseen strings is about 86 %. Its misses:
"Anmeldungen bitte bis …" and "registration closes on …" read as dates, not deadlines;
"Verfasst am …" (a post stamp); a time stated before a list of days ("jeweils dienstags, 17 Uhr,
an folgenden Terminen: …"); "am 24. und 26. Dezember" (two days, not a period); "vom 30.
Dezember an bis 3. Februar"; "zwischen 17 und 20 Uhr"; "Oct. 20 to 23"; a March more than six
months after the page date read as the past one; "on the 13th or 20th" (a day without a month).
After fixing the general causes (rules in when.py, when_times.py, when_lists.py,
when_recurrence.py, when_roles.py, each with its case in data/when_cases.tsv or
test_when_lists.py) round 6 scores 97.1 % (67/69); the two left are named above (the far March,
the bare day). A further fix found while fixing: the last round-3 miss (a range in prose, "begin
on … and will continue through Labor Day, Monday, September 1") now parses.

Round 7 (date_strings_heldout_round7.yaml, 76 strings from 33 more sites: blood drives, flea
markets, district councils, choirs, youth programmes, town halls; 31 English from farmers'
markets and libraries) was collected after round 6's fixes and scored **86.8 % (66/76)** before
any change for it. Writing it down showed one round-5 truth to be inconsistent: "Einschreibungs-
beginn ist am Montag, 12. September" was read as an event day, round 7's "Registration begins
March 21" as none; both are now none (when sign-up opens is no offering's day), so round 5 scored
71/83 = 85.5 % before its fixes. Three rounds, collected one after another's fixes, thus
measured 85.5 %, 85.5 % and 86.8 % on unseen strings: about 86 %, not yet the 97 % target.
Round 7's misses: sign-up openings ("Registration begins …", "Anmeldung … bis allerspätestens
…"), a revision stamp "im Stand der 3. Aktualisierung vom …", "Mittwoch (27.03.) und Donnerstag
(28.03.)" (following days in brackets), "Der erste Sonntag im Monat ist Flohmarkttag",
"immers Sonntags" (a typo), "on Thursday mornings", "Monday & Thursday mornings", and a season
written as two sentences ("beginnt am 7. April … endet sie auch am 13. Oktober"). After fixing
the general causes (each a rule with its case in data/when_cases.tsv) round 7 scores 98.7 %
(75/76); the typo "immers Sonntags" is left. All seven rounds: 370/374 after their fixes; the
floor below guards them against regressions, it is not an estimate.

Round 8 (date_strings_heldout_round8.yaml, 59 strings from 34 more sites: adult-education terms,
carnival, open campus days, club meetings, city tours, fun runs, planning notices; 27 English
from park concerts and museums) was collected after round 7's fixes and scored **79.7 % (47/59)**
before any change for it. Four successive rounds: 85.5 %, 85.5 %, 86.8 %, 79.7 % — about 84 %.
Its misses: sign-up dates in other words ("können sich … anmelden" after the date, "öffnet
schon das Meldeportal", "ab Dienstag … können sich … anmelden"), article stamps "27.02.2023 |
Stand 17.09.2023, 1:59 Uhr", "Pressebericht vom 12. März" before the meeting's date, months in
prose ("das im Januar startet und im Juli endet"), "Jeden letzten Donnerstag im Januar" (yearly),
"Ab 23. Mai … bis Ende Oktober sonntags", "at 11:30 a.m. Tuesdays", a date 188 days ahead read
as last year's, and 1983 (years before 1990 are refused on purpose). After fixing the general
causes (each a rule with its case in data/when_cases.tsv) round 8 scores 96.6 % (57/59); the
two left are named above. All eight rounds: 427/433 after their fixes.

Round 9 (date_strings_heldout_round9.yaml, 50 strings from 28 more sites: council information
systems, fire-brigade camps, a village calendar, parish Christmas services, party notices; 19
English from conference schedules and city calendars) was collected after round 8's fixes and
scored **86.0 % (43/50)** before any change for it. Five successive rounds: 85.5 %, 85.5 %,
86.8 %, 79.7 %, 86.0 % — the honest estimate for unseen strings stays about 85 %. Its misses: a
year's preview written in January (September, November and December read as last year's), a
dateline "(kb – 29.06.2019)", "Stand_20.01.2023", "1900 Uhr", "August 15,16 & 17". The four
general causes among them were fixed (round 9: 94.0 %, 47/50); the preview's year was not: a
rule preferring this year's remaining days would have fixed three strings here and one in round
8 but broken one in round 8 ("Der Fasching beginnt am 11. November", read in February), and its
threshold would be fitted to these very strings — the year of a yearless day far from the page
date needs the page's context, which ``parse_when`` does not see. All nine rounds: 474/483.

Round 10 (date_strings_heldout_round10.yaml, 37 strings from 19 more sites: hiking clubs, club
calendars, libraries, council reports; 14 English from county boards and school calendars) was
collected after round 9's fixes and scored **83.8 % (31/37)** before any change for it. Six
successive rounds: 85.5 %, 85.5 %, 86.8 %, 79.7 %, 86.0 %, 83.8 % — every round collected after
the previous one's fixes lands near 85 %, so each round's fixes close its own causes but unseen
pages keep bringing new ones; 97 % on unseen strings is not reached. Its misses: a moved date
("Neuer Termin ist der 22. April 2023"), "regularly scheduled for Tuesday", "The First, Second,
and Third Tuesday of each month", "December 20, 2021 @ 8:00 am - December 31, 2021 @ 5:00 pm",
a weekday typo ("Do. 06. Januar" in a 2023 programme) and another preview's far year. After
fixing the first four (rules with their cases in data/when_cases.tsv) round 10 scores 94.6 %
(35/37). All ten rounds: 509/520 after their fixes; the floor below guards them, it is not an
estimate.

Round 11 (date_strings_heldout_round11.yaml, 45 strings from 27 more sites: council meeting
plans, parish and senior groups, regulars' tables, museums' seasons, Christmas markets, a
congress office, a standards forum) was collected after round 10's fixes and scored **77.8 %
(35/45)** before any change for it. Seven successive rounds: 85.5 %, 85.5 %, 86.8 %, 79.7 %,
86.0 %, 83.8 %, 77.8 % — 352/419 = 84.0 % pooled. Its misses: holidays named instead of a
day ("Ostermontag bis 31.Oktober", "1.November bis Samstag vor Ostern"), the Swiss "vom 1. April
bis am 31. Oktober", "in den Tagen zwischen 24. und 27.12." (a period, not two days), weekdays
counted from the page's day ("Vom kommenden Montag bis zum Samstag", "am Freitag nächster
Woche"), a done-by date ("muss bis 25. Mai 2018 umgesetzt sein") read as an end, a bare
"Do 11 Uhr" and a heading's year ("10./11. Dezember" under "… in 2015"). After fixing the first
five (when_feasts.py, rules in when.py and when_roles.py, cases in data/when_cases.tsv) round 11
scores 95.6 % (43/45). All eleven rounds: 552/565 after their fixes.

Round 12 (date_strings_heldout_round12.yaml, 47 strings from 22 more sites: choirs, club
meetings, adult education, trade fairs' set-up tables, town halls' notices, village fairs) was
collected after round 11's fixes and scored **74.5 % (35/47)** before any change for it as first
written; three of its misses were ends "bis 24:00 Uhr" written as the next day's 00:00, which
the project writes as 23:59 of the same day — in that convention 80.9 % (38/47). Eight
successive rounds: 85.5, 85.5, 86.8, 79.7, 86.0, 83.8, 77.8, 74.5 % — 387/466 = 83.0 % pooled
(390/466 = 83.7 % with the midnight convention). Its misses: a spoken clock ("um Viertel vor
Elf"), Advent Sundays ("am 2. Advent", "Sonntag 3. Advent"), a stamp "Info vom: …", "für das 2.
Halbjahr" without a year, a deadline label after its date ("Bis 15. März 2024 |
Anmeldeschluss"), a row's year in its own cell ("2025 | 25. Oktober - 2. November"), "bis max.
20.00 Uhr", "ab sofort donnerstags …", and a concert "am 2. Advent" named in January (its year
needs the page: left). After the fixes (when_times.py spoken_clock, when_feasts.py, rules in
when.py, when_periods.py, when_roles.py, when_recurrence.py; cases in data/when_cases.tsv)
round 12 scores 97.9 % (46/47). All twelve rounds: 598/612 after their fixes.

Round 13 (date_strings_heldout_round13.yaml, 53 strings from 22 more sites: hiking and Alpine
clubs, a ski magazine, council minutes, theatres' seasons, postponed concerts, parishes' orders
of services, open-air pools) was collected after round 12's fixes and scored **83.0 % (44/53)**
before any change for it. Nine successive rounds: 85.5, 85.5, 86.8, 79.7, 86.0, 83.8, 77.8,
74.5 (80.9 in the midnight convention), 83.0 % — 431/519 = 83.0 % pooled (434/519 = 83.6 %).
Its misses: ticket sales opening ("Startschuss für den Vorverkauf", "Der Ticketverkauf … startet
am"), moved concerts whose old day came first ("vom 26. April auf den Herbst verlegt. Nun …",
"(ursprünglich … am 13. März …) wurde auf den 2. Oktober verschoben"), "muss bis 25. Oktober
warten" (the day waited for), a make-up day 244 days ahead ("wird am 29. November nachgeholt"),
"jeden Sonn- und Feiertertag um 12:00 Uhr", "bis zum Ende der Sommerferien am 10. September" (an
end) and "bis 1. Advent" (the coming one; a yearless end now lies on or after the reference).
After the fixes (when.py, when_roles.py; cases in data/when_cases.tsv) round 13 scores 100 %
(53/53). All thirteen rounds: 651/665 after their fixes.

Round 14 (date_strings_heldout_round14.yaml, 47 strings from 25 more sites: libraries, council
reports, St. Martin's processions, galleries, senior advice desks, Heritage Day, hazardous-waste
collection, day-care closing days, first communions) was collected after round 13's fixes and
scored **85.1 % (40/47)** before any change for it. Ten successive rounds: 85.5, 85.5, 86.8,
79.7, 86.0, 83.8, 77.8, 74.5 (80.9), 83.0, 85.1 % — 471/566 = 83.2 % pooled (474/566 = 83.7 %).
Its misses: a press release's header ending in its date, "jährlich am zweiten Sonntag im
September" (the yearly rule), "Heilig Abend und Sylvester", "03.03.2025 und Faschingsdienstag,
04.03.2025", "09. Mai … Auffahrt" (the feast says the year), "Pfingstsonntag 2018", "Samstag,
11.04 um 10:30 Uhr". After the fixes (when.py, when_feasts.py, when_roles.py,
when_recurrence.py; cases in data/when_cases.tsv) round 14 scores 97.9 % (46/47); left: the
closing days of a 2024 list read in January ("Heilig Abend und Sylvester" is the past December's
without the page's year). All fourteen rounds: 697/712 after their fixes.

Round 15 (date_strings_heldout_round15.yaml, 40 strings from 28 more sites: schools' open days,
wine festivals, New Year's receptions, Christmas services, maypoles, first-aid courses, carol
singers, children's flea markets, music clubs) was collected after round 14's fixes and scored
**80.0 % (32/40)** before any change for it. Eleven successive rounds: 85.5, 85.5, 86.8, 79.7,
86.0, 83.8, 77.8, 74.5 (80.9), 83.0, 85.1, 80.0 % — 503/606 = 83.0 % pooled (506/606 = 83.5 %):
each round's fixes close its own causes, and the next pages bring new ones at about the same
rate. Its misses: two page typos (an end "26.09.20" meant as 26.11., "20.01.20" meant as 2021;
left), "an diesem Mittwoch", a long done-by clause ("bis 31. März 2024 Vorschläge … abgegeben
werden"; the done-by verbs are now a list of handing-in verbs, so "bis 31. März besichtigt
werden" stays an exhibition's end), "Heute ab 19 Uhr …" opening a longer text, "morgen (22.) um
17 Uhr", "am Vorabend des 1. Mai", "Jeden Morgen von ca. 10:30 Uhr" (daily). After the fixes
round 15 scores 95.0 % (38/40). All fifteen rounds: 735/752 after their fixes.

Round 16 (date_strings_heldout_round16.yaml, 41 strings from 21 more sites: story hours, fire
brigades' drills, sports clubs' training times, a literary calendar, readings, local history
clubs' programmes, a parish newsletter) was collected after round 15's fixes and scored
**80.5 % (33/41)** before any change for it. Twelve successive rounds: 85.5, 85.5, 86.8, 79.7,
86.0, 83.8, 77.8, 74.5 (80.9), 83.0, 85.1, 80.0, 80.5 % — 536/647 = 82.8 % pooled (539/647 =
83.3 %). Its misses: weekly rules without "jeden" ("Samstags, 10.30-11.15 Uhr", "Montags in
beiden Gymnastikräumen von 17.45 bis 21 Uhr"), "im 14-tägigen Wechsel an einem Donnerstag",
"vom 02. bis voraussichtlich 17. März", "Von Dienstag, 22. September, bis Sonntag, 29.
September" (a comma before "bis"), "Anmeldungen nehmen bis 2. Februar … entgegen", "heute der
5. Mittwoch" and a monthly rule whose first month is named before it ("Von April bis Juli …
jeweils am dritten Donnerstag des Monats"; both left). After the fixes round 16 scores 95.1 %
(39/41). All sixteen rounds: 774/793 after their fixes.

Round 17 (date_strings_heldout_round17.yaml, 56 strings from 33 more sites: network meetings,
club general meetings, council agendas, church concerts, flea markets, exhibitions, US library
story hours and council meeting rules, workshops; 20 English) was collected after round 16's
fixes and scored **82.1 % (46/56)** before any change for it. Thirteen successive rounds: 85.5,
85.5, 86.8, 79.7, 86.0, 83.8, 77.8, 74.5 (80.9), 83.0, 85.1, 80.0, 80.5, 82.1 % — 582/703 =
82.8 % pooled (585/703 = 83.2 %). Its misses: a tally ("Bis zum 21.06. sind es nur 3
Anmeldungen"), a negated rule and its correction ("nicht – wie bisher – an jedem letzten Sonntag
im Monat …, sondern jeweils am ersten"), "the first four Tuesdays of every month", US holidays
("every Wednesday from Labor Day to Memorial Day"), "am Freitag vor Reformation", a clock before
the relative day ("Um 18 Uhr beginnt am morgigen Sonntag", "7 p.m. to 9 p.m. today"), "the show
closes on Saturday, January 26" (its last day) and a bare "am Samstag"/"am Sonnabend" in a news
text (the coming one; two strings). After the fixes (when.py, when_feasts.py, when_recurrence.py,
when_roles.py; cases in data/when_cases.tsv) round 17 scores 96.4 % (54/56); a second fix (a
weekday without a date is the coming one, the past one in a sentence told in the past) made it
100 % (56/56) and fixed round 11's "Do 11 Uhr". All seventeen rounds: 831/849 after their fixes.

Round 18 (date_strings_heldout_round18.yaml, 37 strings from 26 more sites: children's
festivals, allotment clubs, school enrolment, blood drives, farmers' markets, Austrian Christmas
services, open houses, local history clubs' talks; 8 English) was collected after round 17's
fixes and scored **70.3 % (26/37)** before any change for it. Fourteen successive rounds: 85.5,
85.5, 86.8, 79.7, 86.0, 83.8, 77.8, 74.5 (80.9), 83.0, 85.1, 80.0, 80.5, 82.1, 70.3 % — 608/740 =
82.2 % pooled (611/740 = 82.6 %). Its misses: "am Sonntagnachmittag" told in the past
("startete"), "from 8 a.m. until 12 noon", "will open Saturday", "Heute könnt ihr … ab 16 Uhr",
a press dateline ("Klagenfurt, 16. 12. 24 (pgk). Am Heiligen Abend, dem 24. Dezember"), "im
Vorjahr … 24. bis 26. Dezember", "… is Tomorrow!!", "um 15.00 und um 19.00 Uhr", two following
days joined by "und" ("Samstag, den 30.11.2019 und am Sonntag, den 1.12.2019"), "am Freitag, den
Vortag des Festes" and "im Dezember" in a sentence (both left: the first needs the page). After
the fixes (when.py, when_times.py; cases in data/when_cases.tsv) round 18 scores 94.6 % (35/37).
All eighteen rounds: 866/886 after their fixes.

Round 19 (date_strings_heldout_round19.yaml, 27 strings from 15 more sites: repair cafés, US
library book sales, wine festivals; 11 English) was collected after round 18's fixes and scored
**85.2 % (23/27)** before any change for it. Fifteen successive rounds: 85.5, 85.5, 86.8, 79.7,
86.0, 83.8, 77.8, 74.5 (80.9), 83.0, 85.1, 80.0, 80.5, 82.1, 70.3, 85.2 % — 631/767 = 82.3 %
pooled (634/767 = 82.7 %). Its misses: a negated rule without a correction ("dieses Mal nicht
wie gewohnt am letzten Samstag des Monats"), two following days each with its hours ("from 10
am to 4 pm on Friday, April 30th, and on Saturday, May 1st, from 10 am to 2 pm"), a byline
("Von Irina Steinmann 26.07.2016, 11:05") and a feast day in a history ("im 15. Jh., als … am
Michaelstag (29. Sept.)"; left). After the fixes round 19 scores 96.3 % (26/27). All nineteen
rounds: 892/913 after their fixes.

Round 20 (date_strings_heldout_round20.yaml, 20 strings from 12 more sites: a mayor's office
hours, US town hall meetings and a town calendar, St. Martin's lantern walks, garden clubs; 12
English) was collected after round 19's fixes and scored **95.0 % (19/20)** before any change
for it — the first round near the target, on a small sample. Sixteen successive rounds: 85.5,
85.5, 86.8, 79.7, 86.0, 83.8, 77.8, 74.5 (80.9), 83.0, 85.1, 80.0, 80.5, 82.1, 70.3, 85.2, 95.0 %
— 650/787 = 82.6 % pooled (653/787 = 83.0 %). Its miss: a list line opening with a yearless US
"M/D" ("10/8 – Heart of Town (…)"), now read when the page's order is month-first
(test_day_order.py). All twenty rounds: 912/933 after their fixes; with round 16's "heute der
5. Mittwoch" (the relative word naming the weekday it is) fixed too, 913/933.

Round 21 (date_strings_heldout_round21.yaml, 61 strings from 33 more sites: organ concerts,
parish senior afternoons, holiday programmes, choirs, a conference programme, library readings,
US library story times, school open days, Christmas services, a local history lecture series;
17 English) was collected after round 20's fixes and scored **85.2 % (52/61)** before any change
for it. Seventeen successive rounds: 85.5, 85.5, 86.8, 79.7, 86.0, 83.8, 77.8, 74.5 (80.9),
83.0, 85.1, 80.0, 80.5, 82.1, 70.3, 85.2, 95.0, 85.2 % — 702/848 = 82.8 % pooled (705/848 =
83.1 %). Its misses: the day free tickets can be had ("Kostenlose Eintrittskarten gibt es ab 13.
Juni"), "Jeden Montag im November" (every Monday of one month), "Samstag am 1.
Adventswochenende" and "am Samstag vor dem 1. Advent" (a feast's weekend, an article before
the feast), "Täglich um 14 Uhr …" in a long sentence, "April 2 & 3—Spring Break, no program" (a
schedule's day without a programme), "1st & 3rd Saturdays" (ordinals before plural weekdays),
"Monday Baby Storytimes are held at 9:30 a.m." and a stamp "03.04.2024 - aktualisiert am
09.04.2024 - 14:53". After the fixes (when_roles.py, when_feasts.py, when_recurrence.py; cases
in data/when_cases.tsv) round 21 scores 100 % (61/61). All twenty-one rounds: 974/994 after
their fixes.

Round 22 (date_strings_heldout_round22.yaml, 49 strings from 22 more sites: galleries'
openings and closings, bird-song walks, university lecture series, a council information
system, conference key-date tables, a city run's start list; 15 English) was collected after
round 21's fixes and scored **75.5 % (37/49)** before any change for it. Eighteen successive
rounds: 85.5, 85.5, 86.8, 79.7, 86.0, 83.8, 77.8, 74.5 (80.9), 83.0, 85.1, 80.0, 80.5, 82.1,
70.3, 85.2, 95.0, 85.2, 75.5 % — 739/897 = 82.4 % pooled (742/897 = 82.7 %). Its misses: a
conference's key dates followed by what they are ("April 30, 2024: Early bird registration
due", "Oct. 1, 2023: Submission system opens", "… registration discount ends", "early
registration ends", "Deadline for …", "Draft program released"), "Abstracts may be submitted
until 1 June 2024", a motion's date ("Antrag der Fraktionen von CDU, SPD, Bündnis 90/Die Grünen
und FDP vom 23.05.2023"), "von März bis Juni" (two months as a range), a year followed by a colon
("September 8th-9th 2025: Pre-conference events"), a submission window ("January 15th, 2024
(opening) – March 31st, 2024 (closing)"; left) and "September 10th-12th: Conference" read on 1
March (193 days ahead: last September's is nearer; left — the page's year, ``parse_when(year=)``,
settles it). After the fixes (when.py, when_roles.py, when_periods.py; cases in
data/when_cases.tsv) round 22 scores 95.9 % (47/49). All twenty-two rounds: 1021/1043 after
their fixes.

Round 23 (date_strings_heldout_round23.yaml, 42 strings from 26 more sites: confirmations and
parish feasts, sports clubs' hall times, village fairs, guided town tours, picture-book cinemas,
district council minutes, US town hall meetings, park concerts and farmers' markets; 10
English) was collected after round 22's fixes and scored **83.3 % (35/42)** before any change
for it. Nineteen successive rounds: 85.5, 85.5, 86.8, 79.7, 86.0, 83.8, 77.8, 74.5 (80.9),
83.0, 85.1, 80.0, 80.5, 82.1, 70.3, 85.2, 95.0, 85.2, 75.5, 83.3 % — 774/939 = 82.4 % pooled
(777/939 = 82.7 %). Its misses: "montags (19.00 Uhr bis 20.30 Uhr, Herren)" (the clock in
brackets), "Die täglichen Führungen um 14:00 Uhr", "Am letzten Wochenende im August", "Certain
Fridays are designated …" (not every Friday), "Geschäftsordnung … vom 27.09.2023" (a set of
rules' date), "lädt nicht nur dienstags … ein" in a long sentence (left: a bare weekday adverb
in a paragraph stays no rule) and "at all Friday, Saturday and Sunday shows" on a policies page
(left: read as a weekly rule). After the fixes (when.py, when_recurrence.py, when_roles.py;
cases in data/when_cases.tsv) round 23 scores 95.2 % (40/42). All twenty-three rounds:
1061/1085 after their fixes.

Round 24 (date_strings_heldout_round24.yaml, 39 strings from 17 more sites: Bavarian and
Austrian parishes' year previews and reports, local museums' exhibitions, church-fair customs,
Swiss municipalities' national-day notices, a festival blog; 2 English) was collected after
round 23's fixes and scored **74.4 % (29/39)** before any change for it. Twenty successive
rounds: 85.5, 85.5, 86.8, 79.7, 86.0, 83.8, 77.8, 74.5 (80.9), 83.0, 85.1, 80.0, 80.5, 82.1,
70.3, 85.2, 95.0, 85.2, 75.5, 83.3, 74.4 % — 803/978 = 82.1 % pooled (806/978 = 82.4 %). Its
misses: "am Samstag, dem 5. Oktober" (the weekday before "dem" was not read, so an October 239
days ahead was taken as last year's), "Am Sonntag nach dem Valentinstag", "bis Sonntag, d.
24.07. zu verlängern", "Nach heutigem Stand (19. Juni 2021)", "Publikation: 27. November 2025",
"19.10.2025 (3.Sonntag im Oktober)" (the bracket explains the date), "zweites
Augustwochenende", and three left: a photo's caption "bei der Vernissage im Juli 2015 gemacht",
and two regulatory sentences ("permitted again from 6 June", "prohibited until the end of
August 2020"). After the fixes (when.py, when_feasts.py, when_roles.py; cases in
data/when_cases.tsv) round 24 scores 92.3 % (36/39). All twenty-four rounds: 1097/1124 after
their fixes.

Round 25 (date_strings_heldout_round25.yaml, 27 strings from 16 more sites: family education
centres' programmes, Advent concerts, a church's Advent press release, US school boards'
meeting rules and schedules; 11 English) was collected after round 24's fixes and scored
**88.9 % (24/27)** before any change for it. Twenty-one successive rounds: 85.5, 85.5, 86.8,
79.7, 86.0, 83.8, 77.8, 74.5 (80.9), 83.0, 85.1, 80.0, 80.5, 82.1, 70.3, 85.2, 95.0, 85.2,
75.5, 83.3, 74.4, 88.9 % — 827/1005 = 82.3 % pooled (830/1005 = 82.6 %). Its misses: "am
Vortag zum 1. Advent" (the day before), a press release's number and date "PM 126 |
26.11.2024", and a past custom "fanden … jährlich am 26. Dezember statt" (left). After the
fixes (when.py, when_roles.py; cases in data/when_cases.tsv) round 25 scores 96.3 % (26/27).
All twenty-five rounds: 1123/1151 after their fixes.

Round 18's "am Freitag, den Vortag des Festes" was first written down as the festival's eve
(2022-06-17), a day only the page gives; the string itself names no date, and a weekday named as
the day before or after another, unnamed day now gives none (it gave the coming Friday, a
wrong day). Its truth is now "no date", as the string says (a miss before the fixes either way:
no before-fix number changes). All twenty-five rounds: 1124/1151 after their fixes.

Round 26 (date_strings_heldout_round26.yaml, 17 strings from 14 more sites: theatres'
premieres, a festival notice, US and Canadian councils' cancelled and moved meetings; 10
English; a small last round) was collected after round 25's fixes and scored **70.6 % (12/17)**
before any change for it. Twenty-two successive rounds: 85.5, 85.5, 86.8, 79.7, 86.0, 83.8,
77.8, 74.5 (80.9), 83.0, 85.1, 80.0, 80.5, 82.1, 70.3, 85.2, 95.0, 85.2, 75.5, 83.3, 74.4, 88.9,
70.6 % — 839/1022 = 82.1 % pooled (842/1022 = 82.4 %). Rounds 21-26 alone (this session's):
189/235 = 80.4 % before their fixes, 226/235 = 96.2 % after. Its misses: English moved
meetings ("Rescheduled the September 4 meeting at 2:00 PM to September 17", "rescheduling the
meeting … previously scheduled for Thursday, October 27, to Wednesday, October 26", "the
November 1 meeting is cancelled and the next P&Z meeting will be Monday, December 6"),
"Mehrmals in der Spielzeit … sonntags um elf Uhr" (some Sundays, not every), and a council
meeting "at 5:30" without am/pm (left: read as the morning). After the fixes (when.py,
when_recurrence.py; cases in data/when_cases.tsv) round 26 scores 94.1 % (16/17). All
twenty-six rounds: 1140/1168 after their fixes.

Round 27 (date_strings_heldout_round27.yaml, 36 strings from 30 more sites: club meetings moved
or called off, village fairs, Christmas services, senior groups, St Martin's processions,
maypoles, blood drives, museum notices; 12 English from US libraries' story times and town
boards' meeting rules) was collected after round 26's fixes and scored **77.8 % (28/36)** before
any change for it. Twenty-three successive rounds: 867/1058 = 81.9 % pooled before their fixes.
Its misses: a template's placeholder "xx. Sept. 20xx" (read as 20 September), a weekly rule's
first day "(beginning 9/13)", rules' dates ("As of Monday, September 20, 2021, tests are …",
"The following rules apply from …"), "der Freitag nach dem St.Martinsfest (11.November)" (the
bracket explains the feast), "… auf den 4.Mai verlegt" after the old day, "The December meeting
will be held on the third Tuesday", and two left: "changing from Thursdays at 10:30 a.m. to
Wednesdays at 11:30 a.m. beginning November" (a rule replaced by another from a month on) and
the maypole moved to a day just before the page's (undated) day, read as next year's (a make-up
day lies ahead unless the page says otherwise). After the fixes (when.py, when_roles.py,
when_feasts.py; cases in data/when_cases.tsv) round 27 scores 94.4 % (34/36). All twenty-seven
rounds: 1174/1204 after their fixes.

Round 28 (date_strings_heldout_round28.yaml, 35 strings from 23 more sites: Franconian church
fairs, a town hall at carnival, Advent concerts, Vienna's concert halls, club outings,
marksmen's festivals; 5 English from US farmers' markets) was collected after round 27's fixes
and scored **74.3 % (26/35)** before any change for it as first written. One truth was then
found to break the project's convention: "Am Rosenmontag und Fasnachtsdienstag bleibt das
Bürgermeisteramt … geschlossen" was written as no date, but round 14 and data/when_cases.tsv keep
a closed day's date (the extractor tells a closure from an offering); in that convention 77.1 %
(27/35). Twenty-four successive rounds: 894/1093 = 81.8 % pooled before their fixes (as first
written 893/1093 = 81.7 %). Its misses: a make-up day named after the old one ("für das Konzert
am 28. März … der 26. September 2020 als Ersatztermin"), "am Abend des dritten Advents" (the
genitive), "nun immer am 3. Samstag im Juli" (a yearly rule), a decision's day ("Am 25.06.1999
wurde beschlossen, …"), life dates "(14. Jänner 1943 – 1.Dezember 2019)" (the end was kept),
"At Wednesday's market, weekly from 3 to 6 p.m.", "from 9 a.m. to 1 p.m. Saturday", and one
left: "Our Wednesday farmers market starts up the first week in May. Those go from 2-5 p.m."
(a weekly rule from a month's first week, over two sentences). After the fixes (when.py,
when_recurrence.py, when_roles.py, when_feasts.py; cases in data/when_cases.tsv) round 28
scores 97.1 % (34/35). All twenty-eight rounds: 1208/1239 = 97.5 % after their fixes.

Round 29 (date_strings_heldout_round29.yaml, 25 strings from 7 more sites: Lower Austrian and
Burgenland regional papers' ball and event calendars with "Jänner", "1. jänner", "27. APRIL", a
village's year table "Sa. | 31.01. | …", US cities' public hearings, one continued to another
day) was collected after round 28's fixes and scored **100 % (25/25)** before any change — the
first round without a miss, on strings mostly of the kinds earlier rounds fixed (calendar
entries, dates with weekdays, no prose rules). Twenty-five successive rounds: 919/1118 = 82.2 %
pooled before their fixes; this session's rounds 27-29: 80/96 = 83.3 % (as first written
79/96). All twenty-nine rounds: 1233/1264 = 97.5 % after their fixes.

Round 30 (date_strings_heldout_round30.yaml, 17 strings from 11 more sites: regulars' tables,
choirs after the pandemic pause, US museums' previews and closed days, farmers' markets; 7
English) was collected after round 29 and scored **70.6 % (12/17)** before any change for it
(one truth, a bare weekday in a report told in the past, was aligned with the project's
convention afterwards; a miss before either way). Twenty-six successive rounds: 931/1135 =
82.0 % pooled before their fixes; this session's rounds 27-30: 92/113 = 81.4 %. Its misses:
"jeden Freitagabend" (a weekday with its part of the day), "merkte man an diesem Mittwoch
nichts" (a report's "this Wednesday" has passed), "bis Ende Oktober" alone (read as the whole
month, now the run's end), and two left: "bis zum nächsten Stammtisch im Februar" (a farewell,
the next meeting some day in February) and "After this Saturday, … every Tuesday and Saturday"
(the rule's first day after a named one). After the fixes (when.py, when_recurrence.py; cases
in data/when_cases.tsv) round 30 scores 88.2 % (15/17). All thirty rounds: 1248/1281 = 97.4 %
after their fixes.

Round 31 (date_strings_heldout_round31.yaml, 15 strings from 11 more sites: parish newsletters,
US townships' meeting rules; 10 English) was collected after round 30's fixes and scored
**66.7 % (10/15)** before any change for it. Twenty-seven successive rounds: 941/1150 = 81.8 %
pooled before their fixes; this session's rounds 27-31: 102/128 = 79.7 %. Its misses: the
church year's named days ("Ewigkeitssonntag", "Totensonntag", "Erntedankfest"; with them
"Volkstrauertag", "Buß- und Bettag"), a feast day moved to no named day ("am Pfingstmontag wird
auf das kommende Jahr verschoben": the old day is no longer the event's, as "vom 26. April auf
den Herbst verlegt" — which now gives no date either, as when.py's docstring always said), "no
meeting in August 2023", and one left: "March 6, June 5, October 2, and November 1, 2018"
(separate days read as a range). After the fixes (when.py, when_feasts.py; cases in
data/when_cases.tsv) round 31 scores 93.3 % (14/15). All thirty-one rounds: 1262/1296 = 97.4 %
after their fixes.

Round 32 (date_strings_heldout_round32.yaml, 54 strings from 27 more sites: parishes' service
rules and church-year days, senior cafés, club reports and jubilee plans, a chess congress,
specialist conferences, municipal digital networks, office hours, a party forum, US city
councils, libraries' story times and programme grids; 10 English) was collected after round
31's fixes and scored **77.8 % (42/54)** before any change for it. Twenty-eight successive
rounds: 983/1204 = 81.6 % pooled before their fixes; rounds 27-32: 144/182 = 79.1 %. Its
misses: history told with "seit" ("Seit dem 22. Januar 1997 gibt es …", "Seit Oktober 2024
findet … einmal monatlich … statt"), "Anmeldungen sind ab dem 30. August möglich", a decision's
day before the event's ("am 1.Juli festgelegt, dass der Kongress … am Samstag, den 18.September
stattfinden wird"), "einmal im Monat … am Freitagabend" (which Friday is not said), a weekly
rule's exception ("Sonntags um 10 Uhr … bis auf den letzten Sonntag im Monat"), "Ab
Palmsonntag bis Heiligabend" (Palm Sunday was no known feast), a line-up row "5th Saturday |
…" (no "of the month"; fifth weekdays were no ordinals), "vorerst bis Ende Mai, absagen" (how
long nothing takes place, no run's end), "first Wednesday … at 12:30 p.m., and the third
Wednesday … at 6:30 p.m." (two monthly rules, each with its own clock), and two left:
"ChurchNight am Reformationstag" read in January (the nearest 31 October is the past one: the
project's rule for yearless days) and "die in 2015 anstehenden Ereignisse … am 26. September" (a
year stated in the sentence's prose; taking it would misread past years told beside a coming
day). After the fixes (when.py, when_roles.py, when_recurrence.py, when_feasts.py,
when_words.py; cases in data/when_cases.tsv) round 32 scores 96.3 % (52/54). Round 31's last
miss ("March 6, June 5, October 2, and November 1, 2018": the serial comma ended the list) was
fixed too (when_lists.py): 15/15.

Round 33 (date_strings_heldout_round33.yaml, 34 strings from 14 more sites: club general
meetings called off or postponed, adult-education lecture series, seniors' lecture afternoons,
a literature festival's moved reading, a course catalogue's rows, a US farmers' market's weekly
themes, holiday care tables; 3 English) was collected after round 32's fixes and scored
**88.2 % (30/34)** before any change for it. Twenty-nine successive rounds: 1013/1238 = 81.8 %
pooled before their fixes; rounds 27-33: 174/216 = 80.6 %. Its misses: "bis zum 22. März dort
zurück gegeben werden" (the done-by verb in two words), "Seit vielen Jahren laufen mittwochs die
… Vorträge" (a weekday adverb after a verb of taking place, in a long sentence), "Monatgs bis
Freitags von 8.00 bis 16.00 Uhr (vorraussichtlich 2. und 3. Ferienwoche)" (weekdays of holiday
weeks whose days are not given) and "Im September stellt er uns … vor" (a yearless month in a
sentence announcing something; with it round 18's "im Dezember vorgestellt werden" and round
30's "bis zum nächsten Stammtisch im Februar" now parse, while a month told in the past, called
off or beside a sign-up stays nothing). After the fixes (when.py, when_roles.py,
when_recurrence.py, when_periods.py; cases in data/when_cases.tsv) round 33 scores 100 %
(34/34). All thirty-three rounds: 1351/1384 = 97.6 % after their fixes.

Round 34 (date_strings_heldout_round34.yaml, 79 strings from 48 more sites: English parish
councils' agendas and minutes, US and Canadian city councils, a conference's poster sessions and
deadlines, German colloquia and lecture series, a senior-studies term table, rural women's
associations' trips, allotment clubs' work days, kindergarten flea markets, a town's hiking
programme, parish pilgrimages, galleries, district council minutes, clubs' autumn walks; 21
English) was collected after round 33's fixes and scored **74.7 % (59/79)** before any change
for it as first written; three truths were then aligned to the project's conventions (a run with
daily hours ends at its last day's closing, "vom 31.1. bis zum 21.2.25 … Jeweils Donnerstags und
Freitags 17.30 - 19.30 Uhr"; a called-off meeting or walk keeps its day, as round 26's "The December
17th Town Council meeting has been cancelled"): 77.2 % (61/79). Thirty successive rounds:
1072/1317 = 81.4 % pooled before their fixes (1074/1317 = 81.5 % in those conventions); rounds
27-34: 233/295 = 79.0 %.
Its misses: English clocks with a dot before a spaced "p.m."/"pm" ("7.30 p.m.", "at 7.00 pm",
"6.30 – 8.00 p.m.") read as the morning, moved meetings ("has been changed and it will be on
October 25, 2023 instead", "date change to 10-25-23"), a former monthly rule ("They followed an established pattern of
3rd Monday of every month … but recently …"), a deadline label before its colon ("Deadline for
oral contributions: 15 May 2023"), "18 Uhr c.t,." (a typo after c.t), sign-ups ("Anmeldung zu
…: ab dem 19.09.2025", "sollte sich bis zum 15. September … anmelden", "Die Anmeldung … ist ab
sofort bis zum 13. April 2025 … möglich"), publication days ("Das aktuelle Programm wird am 20.
April bekannt gegeben", "Einladung (erschienen am 17.01.2008)"), "Am 12. September fand wie
jedes Jahr ein Sommerfest … statt" (this year's, told afterwards, read as next year's yearly
rule), "Alle zwei Wochen am Donnerstagnachmittag ab 14.30 Uhr" (the weekday with its part of the
day in a fortnightly rule), "ruht bis Mitte Mai" (how long nothing takes place), "in diesem Jahr
die Wanderung am 1. Mai ausgefallen war" (this year's May, 208 days before the page) and "09.11 - 10.11. Fahrt der
Aktiven" (a first day without its closing dot read as a clock). After the fixes (when.py,
when_times.py, when_roles.py, when_recurrence.py; cases in data/when_cases.tsv) round 34 scores
100 % (79/79), no case of rounds 1-33 or tests/realpages/dates.yaml changed. All thirty-four
rounds: 1430/1463 = 97.7 % after their fixes.

Round 35 (date_strings_heldout_round35.yaml, 38 strings from 21 more sites: schools' open days,
sports clubs' training times, marksmen's festivals, church choirs, US libraries' book clubs,
English village halls' markets and coffee mornings; 20 English) was collected after round 34's
fixes and scored **78.9 % (30/38)** before any change for it. Thirty-one successive rounds:
1102/1355 = 81.3 % pooled before their fixes (1104/1355 = 81.5 % in the conventions round 34
aligned); rounds 27-35: 263/333 = 79.0 %. Its misses: "am Pfingstmontag und -dienstag" (a
feast's day and the next one named by a hyphenated compound), "am Wochenende des ersten Sonntags
im Juli" (read as the whole of July), "21.102024" (the dot before the year missing), a US book
club "at 6:30" without p.m. (two strings; round 26 left the same), "on Thursday afternoon every
2nd and 4th week of the month" (the month's second and fourth Thursday), a monthly market's
December exception ("on the last Saturday of the month … and December when it's on the last
Saturday before Christmas") and a history "started … in September 2011 and continued until
February 2022". After the fixes (when.py, when_times.py, when_order.py, when_feasts.py,
when_recurrence.py; cases in data/when_cases.tsv) round 35 scores 97.4 % (37/38); the market's
December exception is left. Two earlier misses left open were fixed with them: round 26's council
meeting "at 5:30" (an English clock from 1 to 6 without a.m./p.m. is the evening's) and round
24's caption "bei der Vernissage im Juli 2015 gemacht" (a month told in the past is history). All
thirty-five rounds: 1469/1501 = 97.9 % after their fixes.
Round 36 (date_strings_heldout_round36.yaml, 56 strings from 34 more sites: public
administration's congresses and Fachtage, digitalisation networks and communities of practice,
webinars, council sessions, youth-welfare conferences, neighbourhood management meetings,
associations' annual meetings, Canadian and US town councils' meeting rules; 6 English) was
collected after round 35's fixes and scored **83.9 % (47/56)** before any change for it.
Thirty-two successive rounds: 1149/1411 = 81.4 % pooled before their fixes (1151/1411 = 81.6 %
in the conventions round 34 aligned); rounds 27-36: 310/389 = 79.7 %. Its misses: past meetings
named before the next one ("Am 21.4. und am 2.6. trafen wir uns. Das nächste Mal ist am 15.9."),
"alle vier Wochen am Mittwoch" (a four-weekly rule), "Second (2nd) and Fourth (4th) Monday of
each month" (numerals in brackets after the ordinals), "am letzten Donnerstag des Oktobers" (the
month in the genitive), a list of days without commas ("am 19.11. 4.12. und 17.12."), "nicht am
zweiten Adventswochenende" (an Advent weekend), "der zweitägige … Fachkongress" from today (a
length in days), a post stamp "03.09.25 - Veröffentlichungen" and a quoted article's byline
"Christine Gebler und Alexander Null, Agile Verwaltung, 28. Juli 2022". After the fixes
(when.py, when_recurrence.py, when_lists.py, when_feasts.py, when_roles.py; cases in
data/when_cases.tsv) round 36 scores 98.2 % (55/56); the byline is left (names and a
publication before a date, without "Von"/"By", cannot be told from a listing's row). No case of
rounds 1-35 or tests/realpages/dates.yaml changed. All thirty-six rounds: 1524/1557 = 97.9 % after
their fixes.

Rounds 37 and 38 (date_strings_heldout_round37.yaml, 41 strings from 26 more sites: district
youth-welfare forums, parish newsletters, sports clubs' general meetings, council meeting plans,
music schools' open days, Advent concerts, congresses; date_strings_heldout_round38.yaml, 45
strings from 20 more sites: Christmas and St Martin's markets, theatres, galleries' openings and
closings, town halls' closing days over the year's end, Easter services, municipal congresses)
were collected together after round 36's fixes and scored **92.7 % (38/41)** and **84.4 %
(38/45)** before any change for them. Thirty-four successive rounds: 1225/1497 = 81.8 % pooled
before their fixes; rounds 27-38: 386/475 = 81.3 %. Their misses: an invitation's month ("Die
konkrete Einladung wird im Oktober 2017 an Sie versandt"), a four-weekly rule written as an
adjective ("in vierwöchentlichem Abstand jeweils mittwochs"), a biography's month ("übernahm sie im
Juni 2025 … die Leitung"), "einen Tag vor dem ersten Advent", "Seit Ende Oktober … gab es keine
Theateraufführungen", "um 18 Uhr 30", "Am Muttertagssonntag", a day before a period ("24. sowie
27. bis 30. Dezember 2022"), rules "die seit 15. Dezember 2020 in Kraft sind" and "Die Osternacht
beginnt … am Vorabend um 21:00 Uhr". After the fixes (when.py, when_times.py, when_feasts.py,
when_recurrence.py, when_roles.py; cases in data/when_cases.tsv) round 37 scores 100 % (41/41) and
round 38 97.8 % (44/45); left: "Dem Grunde nach gelten über Weihnachten und Neujahr die Regelungen
…, die seit 15. Dezember 2020 in Kraft sind" (read as New Year's Day: the holidays a rule holds
over). No case of rounds 1-36 or tests/realpages/dates.yaml changed, nor any corpus page. All
thirty-eight rounds: 1609/1643 = 97.9 % after their fixes.

Round 39 (date_strings_heldout_round39.yaml, 46 strings from 21 more sites: libraries' reading
series, a town hall on counting days, village fairs, parishes' confirmations and Christmas
services, Whitsun youth tournaments, open-air concerts, district councils) was collected after
the fixes of rounds 37 and 38 and scored **71.7 % (33/46)** before any change for it. Thirty-five
successive rounds: 1258/1543 = 81.5 % pooled before their fixes; rounds 27-39: 419/521 = 80.4 %.
Its misses: the church year's named Sundays ("in der Regel am Sonntag KANTATE", read in September:
the custom's next one; "Sonntag vor Himmelfahrt (Sonntag "Rogate")", "(Sonntag "Kantate")"), "am
2. Sonntag nach Ostern" (Easter + 14, not + 7), "am ersten/zweiten Weihnachtstag", "der letzte
Gottesdienst der Heiligen Nacht", a weekday as the sentence's subject ("Der Samstag beginnt um 18
Uhr", "Der Sonntag beginnt um 10 Uhr", "Montag und Dienstag sind im Rathaus … beschäftigt"), "Am
Samstag bot das Wetter …, doch abends regnete es" (told in the past), "Heutige Kreistagssitzung:"
and a newspaper's report "zum Bericht in der AZ Mainz vom 3.6.09". After the fixes (when.py,
when_feasts.py, when_roles.py; cases in data/when_cases.tsv) round 39 scores 100 % (46/46); no
case of rounds 1-38 or tests/realpages/dates.yaml changed, nor any corpus page. All thirty-nine
rounds: 1655/1689 = 98.0 % after their fixes.

Leftovers fixed before round 40 (when.py; cases in data/when_cases.tsv): "vom 2. bis 4. und 8. Mai"
is 2-4 May (a period before a separate day sharing its month), round 38's "gelten über Weihnachten
und Neujahr die Regelungen …" is no event (the holidays a rule holds over), round 35's monthly
market whose December meeting is "on the last Saturday before Christmas" (the exception wins in
December). Round 36's byline without "Von" ("Christine Gebler und Alexander Null, Agile Verwaltung,
28. Juli 2022") stays: names, an outlet and a date read like a listing's row ("Max Raabe und
Palast Orchester, Stadthalle, 28. Juli 2022"). All thirty-nine rounds: 1657/1689 = 98.1 %.

Rounds 40 and 41 (date_strings_heldout_round40.yaml, 40 strings from 22 more sites: eGovernment
summits, the IT-Planungsrat's congresses and decisions, federal and municipal conferences,
webinars, a mayor's open hours, church exhibitions and tours, a cultural chapel, allotment clubs'
fairs; date_strings_heldout_round41.yaml, 40 strings from 21 more sites: federal authorities at a
city festival, ministries' and state chancelleries' open days, public-sector digitalisation
conferences, trade fairs, Christmas markets, a church choir, council minutes, funding rules) were
collected one after the other, round 41 after round 40's fixes, and scored **90.0 % (36/40)** and
**77.5 % (31/40)** before any change for them. Thirty-seven successive rounds: 1325/1623 = 81.6 %
pooled before their fixes; rounds 27-41: 486/601 = 80.9 %. Round 40's misses: a news item's full
numeric stamp before a report in the past ("19.11.2018 Am 14. und 15. November 2018 trafen sich
…", "08.07.2015 Über 1.300 Kongressbesucher waren es …"), "Nach der Premiere im Vorjahr geht das
Format vom 22. bis 24.10. in die zweite Runde" (last year's is another thing's) and a reply's
deadline ("Bitte teilen Sie uns bis zum 10. Mai, 12 Uhr, mit"). Round 41's: a post's date before a
sentence with a later full date ("21. Februar 2025 Am 3. April 2025 treffen sich …"), stamps and
documents ("Letzte Änderung: 03. Juni 2023", "Lehrgangsordnung … vom 03.02.2012", "Urteil, 23.
Aug. 2006 - 1 K 1456/05"), "Förderzeitraum endete am 31.12.2021", "Wir proben jeden Montag (nicht
in den Ferien) …" (read as a holidays-only rule), a booklet's delivery day ("Das … Heft kommt am
Samstag, 4. Februar, als Beilage … in die Haushalte"), "Montag vor dem 1.Adventwochenende" and a
status day in a relative clause ("Ärzte …, die am 31. Dezember 2020 Mitglied der KVBW waren"). After
the fixes (when.py, when_roles.py; cases in data/when_cases.tsv) round 40 scores 100 % (40/40) and
round 41 92.5 % (37/40); the last three named are left. No case of rounds 1-39 or
tests/realpages/dates.yaml changed, nor any corpus page. All forty-one rounds: 1734/1769 = 98.0 %
after their fixes.

Rounds 42 to 46 (date_strings_heldout_round42.yaml … round46.yaml, 204 strings from 118 more sites:
adult-education nights, fire brigades' annual meetings and youth camps, organ concerts, trombone
choirs, city libraries' readings and story times, beekeepers, repair cafés, observatories, tractor
meetings, maypole and midsummer customs, chess clubs, local history museums, Advent markets,
Christmas services, conferences on inclusion, children's carnival, garden associations, night-watchman
tours, open-air pools, a university's virtual open days, art exhibitions; 6 English) were collected
together after round 41's fixes, before any change for them (two truths were aligned with round
33's month convention before the parser ran), and scored **85.7 % (36/42), 83.3 % (35/42), 82.5 %
(33/40), 87.5 % (35/40) and 85.0 % (34/40)** — 84.8 % (173/204) pooled. Forty-two successive
rounds: 1498/1827 = 82.0 % pooled before their fixes. Their misses: "am vergangenen Samstag";
a weekday of a report ("Am Freitag reisten … an", "seit der … Premiere am Samstag"); sign-up days
("Anmeldungen sind am kommendem Montag, 7. April, möglich", "bis Freitag, 19. September",
"vom 2. bis 16. Juli im Rathaus möglich", "bis max. 8. Oktober"); stamps and bylines ("/
Lesedauer: 2 min", "Fri Nov 24 08:00:00 CET 2017", "…, 13.11.2007, Chorverband …, Kommentare
geschlossen", "im Erzhäuser Anzeiger vom …", "11. Januar 2019, 07:09 Uhr Beim Orgellunch am
kommenden Sonntag …", "09. Juli 2020 Hi@HSZG … am 15.07."); "zwischen 17. August und 11.
September"; "Bis Ende des Jahres"; "2. Okotber"; "nach dem 11-Uhr-Läuten"; "frühestens Ende Mai";
a report's period ("Bericht des Kommandanten vom 01.01. bis 31.12.2017"); "Beim letzten Training am
2. Oktober wurde … beschlossen"; "Seit der letzten Hauptversammlung am 10.03.2023 verstarben …".
After the fixes (when.py, when_roles.py, when_lists.py, when_feasts.py, when_recurrence.py; cases
in data/when_cases.tsv) they score 100 %, 97.6 %, 95.0 %, 92.5 % and 95.0 % (196/204); left: news
items' dates opening a headline or sentence not told in the past ("06.12.2021 Da Nikolaus ist …",
"12.09.2014 Fachtag beleuchtet …", "Nachtwächter - ein gefragter Mann 21. Dezember 2017",
"Jugendfeuerwehr Klein krotzenburg - Freitag, 15. August 2014", "Hof, 24. Januar – Längst …"), a
foreword's month, a day's programme whose first clock is before its range ("10.00 Uhr
Gottesdienst; 11.00 Uhr bis 16.00 Uhr Verkauf") and a wine festival's hours over four weekdays.
The same fixes mend five older cases (round 41's booklet delivery, "Montag vor dem
1.Adventwochenende" and status day in a relative clause; round 23's "lädt nicht nur dienstags";
round 16's "Von April bis Juli … jeweils am dritten Donnerstag"); no case of rounds 1-41 or
tests/realpages/dates.yaml got worse, nor any corpus page. All forty-six rounds: 1935/1973 = 98.1 %
after their fixes.

Rounds 47 to 51 (date_strings_heldout_round47.yaml … round51.yaml, 195 strings from 129 more sites:
parishes' year-end services and lecture series, open days, Easter fires, a Franconian church fair,
club meetings, council sessions, libraries' closing days and reopening, rabbit and model-railway
shows, paper collections, Swiss municipal assemblies called off and moved, first communions, carnival,
waste depots' opening days, open-air pools, readings, youth camps, outings, herb walks, road closures,
skat tournaments, wine and village fairs, a grammar school's notices, farmers' markets; 5 English from
US libraries' book sales) were collected together after the fixes of rounds 42-46, before any change
for them, and scored **90.0 % (36/40), 89.7 % (35/39), 64.1 % (25/39), 82.1 % (32/39) and 71.1 %
(27/38)** — 79.5 % (155/195) pooled. Forty-seven successive rounds: 1653/2022 = 81.8 % pooled before
their fixes. Their misses: posts' stamps, bylines and datelines before a headline or first sentence
("02. October 2019 Die Vortragsreihe … startet im Oktober", "Sabine Schmidt 9. Aug. 2023 …", "Von
Verena Düren, Thomas Kölsch, 07.02.2019", "Freitag, 25. August 2017 Pfarrfest 15. August 2o17",
"(Michael Rahn/Kommunikateam, 16.6.2022)", "Münster, 8. Mai 2019 Wieder ein Hörsaal …", "11.10.2019
09:20 „Gehen Sie …", "01.04.2020 - M. UngerTermine …", "20.03.2020 - Heiko GollaZukunftstag am 26.
März 2020 entfällt", "ran on page 3 on 10/25/2013"); the day opening hours apply from ("erweitert ab
Mittwoch, 5. März, ihre Öffnungszeiten", "ab Freitag (1. Dezember) gelten … die regulären
Öffnungszeiten", "Die ab Samstag, 14. April, geltenden Öffnungszeiten", "Ab dem Frühjahr 2016
gelten dann wieder die gewohnten Öffnungszeiten"); a replaced or moved day read instead of the new
one ("anstelle der Gemeindeversammlung vom 27. November 2020 eine Urnenabstimmung am 13. Dezember
2020", "den Termin der OBG vom 18. Juni 2021 auf den 11. Juni 2021 zu verschieben", "Verschiebung der
Gemeindeversammlung vom 13. Mai 2020", "Eigentlich war für Sonntag, 01. September das Saisonende …
geplant"); days that are no event's ("Am 18. Dezember vor genau 500 Jahren fing Martin Luther an",
"vor dem offiziellen Amtsantritt vom 1. September 2020", "Eine finale Entscheidung … wird daher am 8.
Oktober getroffen", "alle Gottesdienste bis einschließlich 10. Januar absagen", "haben bis Ende
August … durchschritten", "können Sie … unter dieser Nummer anrufen", "Anfang September wird … so
manches Fest veranstaltet", "Am Freitag, ev. auch Samstag findet das Jugendfest statt", a report's
"Am Sonntag fand um 9.00 Uhr …" months after the feast); and grammar gaps: "am zweiten Juli
-Wochenende", "Montagabends …", "Zum Eltern-Kind-Nachmittag im April sind alle Eltern eingeladen",
"Dies sind im November der 7. und der 21. November", "bis voraussichtlich zum 22. Dezember 2023",
"vom 13. März bis einschließlich 13.04.2020", ".22. März 2019", "An Himmelfahrt fand … statt",
"bei diesem Monatsmarkt am ersten Donnerstag", "von Samstag bis Montag, 15. bis 17. Juli" (the year
whose 15 July is a Saturday), "am Sonntag nach dem 6. Dezember", "9 to 10:30 Saturday morning",
"opens … at 10:30 a.m. on Saturday and closes at 3 p.m.".
After the fixes (when.py, when_roles.py, when_feasts.py, when_periods.py, when_recurrence.py,
when_times.py; cases in data/when_cases.tsv) they score 95.0 %, 100 %, 92.3 %, 94.9 % and 97.4 %
(187/195 = 95.9 %); with them the leftovers "Wann: 1. Advent, 10.00 Uhr Gottesdienst; 11.00 Uhr
bis 16.00 Uhr Verkauf" (a day's programme whose first clock precedes its range) and "Bärbel Kraemer
im Februar 2002 im Vorwort zur Neschholzer Chronik" (a foreword's month) of rounds 45 and 46 parse.
Also fixed on the way: the recurrence grammar reads the short weekday names after "jeden" ("Jeden
Sa 10 Uhr", "jeden ersten Do. im Monat") and "Sonnabend" (as the listing's recurrence line,
extract/block_dates.py), a weekday fused with its part of the day ("Montagabends",
"Donnerstagabends treffen wir uns") is a weekly rule. Left: a post's date before a headline naming
only a month ("02. October 2019 Die Vortragsreihe … startet im Oktober") and the other news dates
opening a headline (rounds 43-46: a listing's row reads the same), a byline without "Von" ("Sabine
Schmidt 9. Aug. 2023 …"), a dateline before a diary's first sentence ("Münster, 8. Mai 2019 Wieder
ein Hörsaal"), a term's start ("vor dem offiziellen Amtsantritt vom 1. September 2020"), a count up
to a month's end ("haben bis Ende August … durchschritten"), a report's weekday months after the
feast, a season's customs ("Anfang September wird … so manches Fest veranstaltet") and a concept's
"Am Freitag, ev. auch Samstag". No case of rounds 1-46 or tests/realpages/dates.yaml got worse,
nor any corpus page. All fifty-one rounds: 2124/2168 = 98.0 % after their fixes.

Rounds 52 to 56 (date_strings_heldout_round52.yaml … round56.yaml, 178 strings from 106 more
sites: repair cafés, beekeepers' and chess clubs, skat evenings, open-air concerts and cinemas,
ski trips, gymnastics and running clubs, Austrian parishes ("Jänner", carol singers' days, a
council election on three days, services called off in the 2020 lockdown), hiking clubs, a town
library's reading series, blood drives, maypoles, board-game evenings; 49 English from US
community calendars, libraries' story times, farmers' markets, community theatres, support
groups) were collected together after the fixes of rounds 47-51, before any change for them,
and scored **80.6 % (29/36), 74.3 % (26/35), 77.1 % (27/35), 80.0 % (28/35) and 73.0 % (27/37)**
— 77.0 % (137/178) pooled as first written; three truths (weekly rules within a season) were
then written in the convention of rounds 8 and 44 (the season's last day as the end), 78.1 %
(139/178) in it. Fifty-two successive rounds: 1790/2200 = 81.4 % pooled before their fixes.
Their misses: "am Mariä Himmelfahrtstag" read as Ascension; "geschrieben von: Redaktion am …";
"zum Jahresschluss am 31.12." read as a deadline; "3:00:00 PM", "5: 00 p.m.", "4thTuesday"; a
list of full dates ending a sentence ("… und Samstag, 21.05.2016."), and a range "6:30 to 8:30."
likewise; "14./15. und 21./22. August"; weekday adverbs with the clock further on ("Freitags,
zwischen den Herbstferien und den Sommerferien, turnen … zwischen 13.45 Uhr und 14.45 Uhr",
"dienstags zwischen 17:00 und 18:00 Uhr"), a rule "außer in den Sommerferien" read as one held
only in them; "hat am 17. Dezember entschieden, … zu feiern"; "auf zunächst unbestimmte Zeit
verschoben"; an outing's return ("zurück sind wir ca. 17.30 Uhr"); "noon-1 p.m. Fridays" (the
rule took the clock's "p.m."), "10-11 a.m. third Saturday", "6:30 to 8:30" at a club's evening
meeting; "22.05.2015, — Artikel ausdrucken E-Mail verschicken". Left: posts' stamps and
datelines ("01.12.2015 - Zwischen Toaster …", ", 29.10.2017 SUD Neustadt …", "(21.07.2016)", a
footer "Sonntag, 22. April 2018 Designed by …", an ISO modification stamp), the day rules apply
or a service reopens from ("ab 11. Mai 2020 … wiederaufgenommen werden dürfen", "ab 28. Dezember
bis vorerst 17. Jänner 2021 … Regeln in Kraft gesetzt", "Rathaus ab Mittwoch, den 18.03.2020
geschlossen", "öffnet Ende Juli", "können ab Freitag, 3. Dezember wieder Hl. Messen … bestellt
werden"), a contact line's "ab 17. Februar", US forms ("11/2 Saturday", "Saturday Chess Club, 10
a.m. to noon", "Tuesdays at 11:00 am and Thursdays at 6:00 pm" beside "weekly", "December 31 at
7pm to 1am January 1, 2020" without its end), a season's days around a weekly rule ("from the
end of April until the 1st of October"), a spring and a summer show named in September (the next
year's by the season's context), "den Sonntag dick einkreisen" and the typos "forth Thursday",
"from 11 am and 6 pm".
After the fixes (when.py, when_words.py full_year, when_recurrence.py, when_roles.py,
when_feasts.py, when_lists.py, when_times.py; cases in data/when_cases.tsv) they score 94.4 %,
80.0 %, 91.4 %, 88.6 % and 86.5 % (157/178 = 88.2 %). Also fixed on the way: days under one
month word that do not follow each other are separate days ("am 24. und 26. Dezember", "3., 10.
und 17. März"), and a list after the text's own day is its programme, not its days (so
static-skippertreff-torrevieja-termine keeps its trips); a two-digit year is in the century
nearest the page's day ("12.10.99" read in 2026 was 2099, now 1999); "Letzter Freitag · Monatlich
· 15:30–18:00" is the month's last Friday. No case of rounds 1-51 or tests/realpages/dates.yaml
got worse, nor any corpus page. All fifty-six rounds: 2281/2346 = 97.2 % after their fixes.

Rounds 57 to 61 (date_strings_heldout_round57.yaml … round61.yaml, 146 strings from 73 more sites
and public repositories' site sources: gymnastics and sports clubs' groups, a senior academy's
semester booklet, a university's lecture series of 2005, a student occupation, fire brigades,
libraries' closing periods and reopenings, a skat club, Franconian church fairs, an outdoor yoga
group, a Swabian sports club, a Magdeburg hackerspace, an integration club, a village choir; 57
English from US and Canadian libraries' programmes, newspapers' New Year's Eve listings and pancake
breakfasts, park concert series, churches' newsletters, chess clubs) were collected together after
the fixes of rounds 52-56, before any change for them, and scored **75.9 % (22/29), 88.0 % (22/25),
65.6 % (21/32), 82.8 % (24/29) and 83.9 % (26/31)** — 78.8 % (115/146) pooled. Fifty-seven
successive rounds: 1905/2346 = 81.2 % pooled before their fixes. Their misses: "New Year’s Eve" with
a typographic apostrophe (four of round 59's listings); a period whose two days each carry a clock
("from 7 p.m. Dec. 31 to 7 a.m. Jan. 1"); "April 2020 - September 2020"; "Zwischen 15 und 18 Uhr"
opening a sentence; "wie ursprünglich geplant vom 23. Dezember …" read as an old day; "Begins
Tuesday, September 2 and ends Friday, November 14"; an American page's "6:30 - 7:30" read as the
morning; "On the fourth Thursdays through September from 7-9 p.m." without the season's end; "vom
25. auf den 26. Mai"; "(U12, 10:15 Uhr)" read as noon; "am kommenden Samstagvormittag"; "Dienstag
16:30 bis 18:30 Uhr Bonnstraße 32"; "Pajama Time Tuesdays | 6:30 PM" in a long description; "Jede
Woche (mit Ausnahme der Schulferien) treffen wir uns am Montagabend"; "dürfen sich die Yogis …
sonntags … treffen"; "November 5/6"; "with the last show set for Aug. 24"; "bis Sonntag nachmittag";
rules and prices read as days ("if purchased before Dec. 15", "Ab Dienstag … zu den gewohnten
Öffnungszeiten", "ab … die Nutzung … nicht mehr gestattet", "die für den 16. April geplante
Mitgliederversammlung erneut zu verschieben"); an English weekday after its verb's object ("will be
hosting a dance Saturday"); a holiday's date said before the event's ("Veterans' Day is Friday,
November 11, and … on Sunday, November 13, at 10:30 a.m.").
After the fixes (when.py, when_periods.py, when_times.py, when_recurrence.py, when_roles.py; cases
in data/when_cases.tsv and test_parse_when) they score 93.1 %, 100 %, 93.8 %, 100 % and 90.3 %
(139/146 = 95.2 %). Also fixed on the way: round 53's "December 31 at 7pm to 1am January 1, 2020"
and round 56's "Orientations are on Tuesdays at 11:00 am and Thursdays at 6:00 pm". Left: recent
days after "seit" ("Seit dem 21.8. haben wir … verdoppelt", "Seit dem 10. Juni haben wir einen …
Vorstand": "seit dem 30. April wieder möglich" stays a date, so a rule would have to tell an
offering's state from the club's), a closing period after the day the library is still open to ("bis
einschließlich 18.06.2025 geöffnet … und dann vom 19.06.2025 zunächst bis Ende August geschlossen"),
a reopening month ("im September das erste Mal ihre Türen … öffnen"), a listing's clock after a
prose clock ("firing up at 9 p.m. …; 8:30 p.m. Saturday"), an evening's end after two clocks ("kick
off at 6 p.m. with dinner until 8 p.m. … entertainment until 12:30 a.m.": a range past midnight on
one day has no end yet), and a plan's "an einem Sonnabend" beside a generic "Proben am Freitag
Abend". Round 16's "Daher bleiben die Hallen ab dem 13. März geschlossen" (a date) and round 56's
"Rathaus ab Mittwoch, den 18.03.2020 geschlossen" (none) kept their opposite truths, so "ab …
geschlossen" stayed as it was (settled with rounds 62-66 below). No case of rounds 1-56 or tests/realpages/dates.yaml got worse, nor
any corpus page. All sixty-one rounds: 2422/2492 = 97.2 % after their fixes.

Rounds 62 to 66 (date_strings_heldout_round62.yaml … round66.yaml, 160 strings from 9 more sites'
public repository sources: a Görlitz digital association's regulars' tables and hackathons, the
Trier hackerspace Maschinendeck, a Konstanz scout group, the Linux User Group Tübingen, the Berlin
parishes of the Johannische Kirche, Freifunk München and Bremen, a Lutheran parish in Bad
Schwartau; 30 English from Nerd Guide DC, a Washington events guide) were collected together after
the fixes of rounds 57-61, before any change for them, and scored **85.3 % (29/34), 82.8 % (24/29),
78.8 % (26/33), 86.1 % (31/36) and 64.3 % (18/28)** — 80.0 % (128/160) pooled. Sixty-two
successive rounds: 2033/2506 = 81.1 % pooled before their fixes. Their misses: sign-up deadlines
whose verb closes the sentence ("meldet euch bitte hier bis Dienstag, den 3. Mai, in der Umfrage
an", "trage sich bis 3.10. bitte hier ein", "kann sich bis zum 06.06.2020, 11 Uhr, … eintragen",
"Die Teilnahme ist bis zum 15. Dezember möglich", "bitte holt bis zum Kinderfest (am Montag, den 24.
August) … ab", "Applications are due by August 10, 2016"); update stamps before a clock ("Update
vom 20.06.2019: Wir starten dieses Mal erst 19:30 Uhr", "UPDATE 09. Oktober 2023: …", "Letztes
Update: 19.07.2024 12:00 Uhr", "(Stand: 16.02.2026)" after "veröffentlicht"); days that are no
event's ("ab 1. Februar 2020 ist dies … unsere feste Adresse", "reopen … on 1st July 2020", "ab
Sonntag, dem 6. September, wieder alle Gottesdienste … stattfinden dürfen", "Reserve a space online
starting at noon on Monday, April 4", "Requests will be taken Monday, April 11 – Friday, May 13",
"Please check back on June 27", "after the end of February 2026", "Seit ca. 22:00 Uhr … am
05.05.2026 besteht eine … Störung", a firmware roll-out, "Der Stammtisch hat ab März 2020 nur
unregelmäßig stattgefunden"); and grammar gaps: "am Wochenende vom 21. zum 23. Oktober", "(26. -
28. Juni 2020)" after "Juni-Wochenende", a ticket sale's clock taken into an ISO range, "Für
gewöhnlich … immer am Donnerstag von 19:30 - 21:00 Uhr", a weekday told in the past ("Pünktlich
zum Chaostreff am Dienstag … haben … überrascht"), "April 1 and 2 from 10:30 to 4:00 and April 3
from 11:30 to 4:30", "Lecture: “How We Got To Pluto” Friday 7:30 pm", "morgen um 19.30 Uhr oder …
um 21 Uhr", "am 01. Juni … ab 16:00 Uhr oder am 02. Juni ab 11:00 Uhr bis 18:00 Uhr", "bis Sonntag
Abend" after a clock, "monatlich dienstags" (some Tuesday a month) and "des kommenden Sonntags
14-tägig dienstags" (the Sunday read into the rule).
Settled first: a closure from a day is dated from its first closed day, an end named or not, as
closing days are (round 14) and as round 16 wrote "bleiben die Hallen ab dem 13. März geschlossen";
the day a service (re)opens or rules apply from stays none (round 27): a closure is a dated state
the extractor tells from an offering, a reopening only returns to the offering's own days. Round
56's "Rathaus ab Mittwoch, den 18.03.2020 geschlossen" was written as none and is now dated
(2020-03-18); the parser dated it before round 56's fixes too, so round 56 scored 28/37 before its
fixes (27/37 as first written) and 33/37 after; rounds 5-66 pooled before their fixes 2034/2506 =
81.2 %; all sixty-one earlier rounds 2423/2492 = 97.2 % after their fixes.
After the fixes (when_roles.py, when_recurrence.py, when.py; cases in data/when_cases.tsv) they
score 100 %, 93.1 %, 90.9 %, 97.2 % and 85.7 % (150/160 = 93.8 %). Left: an address valid from a
day ("ab 1. Februar 2020 ist dies … unsere feste Adresse"), a weekday in a sentence told in the
perfect without "ge-" ("am Dienstag … haben … überrascht"), an American programme's hours without
a.m./p.m. over three days ("April 1 and 2 from 10:30 to 4:00 and April 3 from 11:30 to 4:30"), a
ticket-request window ("Requests will be taken Monday, April 11 – Friday, May 13"), "Please check
back on June 27", a fetch-by day named by a feast ("bis zum Kinderfest (am Montag, den 24. August)
… ab"), two following days each with its hours joined by "oder", "after the end of February 2026",
an outage "Seit ca. 22:00 Uhr … am 05.05.2026" and a firmware roll-out's day. No case of rounds
1-61 or tests/realpages/dates.yaml got worse, nor any corpus page (evaluate.py -v identical). All
sixty-six rounds: 2573/2652 = 97.0 % after their fixes.

Rounds 67 to 71 (date_strings_heldout_round67.yaml … round71.yaml, 153 strings from 7 more sites'
public repository sources: the volunteer fire brigades of Liekwegen (Schaumburg) and
Hamburg-Eppendorf (incident reports "place, keyword, day, clock"), the FOSSGIS association's
regulars' tables and conference news, the Musikverein Wollbach's concerts and outings, the shooting
club SG Edelweiß Burgoberbach, Rationality Freiburg's bilingual meetup pages; 34 English from the
Alpharetta Lions Club and Rationality Freiburg) were collected together after the fixes of rounds
62-66, before any change for them, and scored **83.3 % (25/30), 90.9 % (30/33), 90.0 % (27/30),
83.9 % (26/31) and 82.8 % (24/29)** — 86.3 % (132/153) pooled. Sixty-seven successive rounds:
2166/2659 = 81.5 % pooled before their fixes. Their misses: days to pay, hand in or book by
("sind bitte bis zum 16. Februar 2025 zu überweisen", "Der Restbetrag ist bis zum 31. August
fällig", "Anträge müssen bis zum 21.02.2026 … beim 1. Schützenmeister vorliegen", "tragen sich bitte
spätestens bis zum Morgen des 20.06.2022 ein", "register for all events by March 17", "is required
by August 15th, 2025", "Last Day to Book: Monday, March 15, 2021"); a ticket sale's opening and a
price from a day ("Der Vorverkauf startet am 25. April um 10:00 Uhr. Eintritt: 19€, ab 27. Juni:
24€" gave 27 June at the sale's clock); English days given up ("postponed from October 1st to
October 15th" read as a range, "originally scheduled for January 16th, 2026 has been postponed to a
later date"); "Donnerstag 06.06.2024 18:30 -- 21:00 Uhr" (two hyphens); "Am 21.09, 23.09., 28.09.
und 05.10.2023" (the first day read as a clock); "Heute Nachmittag wurden wir … alarmiert" in a long
text; "Der Einlass erfolgt ab 18:00 Uhr, Beginn ist um 19:30 Uhr"; weekends and a past Saturday
named from the page's day ("fand am vergangenen Wochenende … statt", "ist … am letzten Samstag …
gestartet"); "the 4th Thursday of most months … @ 7pm"; a Berlin regulars' table alternating
between the 2nd Friday of even and the 2nd Thursday of odd months; a year's typo "10.09.025";
"Seit dem 20.6.2019 sind … bereitzustellen"; a past session's month ("session from January 2025. A
lot has happened since then").
After the fixes (when_roles.py, when_clean.py, when_history.py, when.py, when_relative.py,
when_times.py, when_recurrence.py; cases in data/when_cases.tsv) they score 96.7 %, 93.9 %, 100 %,
100 % and 96.6 % (149/153 = 97.4 %). Left: the alternating regulars' table, "10.09.025", the rule in
force "seit dem 20.6.2019" (a day less than a year back: "seit dem 30. April wieder möglich" stays a
date) and the past session's month. Also fixed on the way, of rounds 62-66's ten: "Requests will be
taken Monday, April 11 – Friday, May 13" (a request window), "Please check back on June 27 at 10:00
am" and "after the end of February 2026" are none, and two following days each with its hours
joined by "oder" ("am 01. Juni … ab 16:00 Uhr oder am 02. Juni ab 11:00 Uhr bis 18:00 Uhr") are a
period as round 19's English pair (rounds 62-66 150 -> 154/160); left of them: an address valid
from a day, a weekday told in the perfect without "ge-" ("haben … überrascht"), hours without
a.m./p.m. over three days, a fetch-by day named by a feast, an outage "Seit ca. 22:00 Uhr … am
05.05.2026" and a firmware roll-out's day. No case of rounds 1-66 or tests/realpages/dates.yaml got worse (every parse_when output
compared before and after), nor any corpus page (evaluate.py -v identical). All seventy-one rounds:
2726/2805 = 97.2 % after their fixes.

Rounds 72 to 76 (date_strings_heldout_round72.yaml … round76.yaml, 160 strings from 5 more sites'
public repository sources: the Mannheim hackerspace RaumZeitLabor's news posts 2009-2026 (two
rounds: excursions, cooking evenings, tournaments, seminars, talks, conference notices, reports),
the dance sport club TSC im VfL Sindelfingen's news 2002-2024 (tournament reports, courses, shows,
bylines), the Heidelberg hackerspace NoName e.V.'s pages (weekly meetings, a monthly regulars'
table, fee rules); 41 English from the Red River Radio Amateurs (Fargo) posts and minutes) were
collected together after the fixes of rounds 67-71, before any change for them, and scored **80.0 %
(24/30), 81.3 % (26/32), 90.0 % (27/30), 78.6 % (22/28) and 70.0 % (28/40)** — 79.4 % (127/160)
pooled. Seventy-two successive rounds: 2293/2819 = 81.3 % pooled before their fixes. Their misses:
deadlines whose reply, sign-up or submission is named elsewhere in the sentence ("freuen uns über
eine kurze Rückmeldung per Mail bis zum Freitag, den 2. Februar", "Schreibt mir bitte bis 10. März
2017, 13.37 Uhr eine Mail", "euch bis zum 3. April hier in den Kommentaren anzumelden", "bis zum
25.07. … über zahlreiche Vortragseinreichungen", "Wer sich vor dem 01.12. anmeldet", "Rückmeldung
bis Samstagmittag" read as a run's end, "are accepted through June 30"); days of rules, fees and
leases ("Ab dem 01.01.2019 beträgt der jährliche Mitgliedsbeitrag 10 €", "wird zum 1. Januar eines
jeden Jahres … fällig", "Räumlichkeiten zum 31. Oktober 2020 gekündigt", "goes into effect July
1st", "published in Report and Order FCC 20-184 on December 29, 2020"); signatures after a closing
thanks ("Herzliche Gratulation …! SBix, 07.03.2017", "Vielen Dank für IHRE Hilfe Klaus Richter
09-04-2010"); radio amateurs' clocks ("from 0000 UTC through 2359 UTC", "0800-1300", "at 1730",
"between July 3rd 1800Z and July 5th 2359Z", "from 0000Z to 2400Z"); periods with "den" after
each weekday ("vom Freitag, den 31.10., bis zum Sonntag, den 2.11."), "between March 25th and
March 31st" read as a list, "sowohl am Samstag, den 16. als auch am Sonntag, den 17. Juni", a list
opening with a weekend ("Am 31.07. und 1.08. sowie am 7.08. und 8.08."); "Am 19. und 20. Oktober
diesen Jahres" read in January as last year's; "has been marked as postponed" with no new day;
"Mittwoch Nachmittags" (a habit); "Vom vierten bis zum siebten Mai"; a rule for other years after
this year's day ("In 2021 and 2022 it moves back to the last Saturday of September"); a past
weekend told in a verb the parser does not know ("heizten … am Samstag und Sonntag ein"); a
"though" typed for "through"; Ash Wednesday as the pun "Aschermettwoch".
After the fixes (when_roles.py, when_clean.py, when_times.py, when_grammar.py, when_lists.py,
when_history.py, when.py; cases in data/when_cases.tsv and test_parse_when) they score 100 %,
96.9 %, 100 %, 96.4 % and 95.0 % (156/160 = 97.5 %). Left: the pun, the past weekend ("heizten"
is in no verb list, and "Samstag und Sonntag" without dates stays the next Saturday), the
"though" typo and "0000Z to 2400Z" (a clock of 24:00 is the next day's midnight, which a clock
cannot hold). Also noted: "1800Z", "0000 UTC" are read as wall times (shown with Berlin's offset,
as every clock without an ISO offset; the zone word is not kept), and "18 Uhr ct." now gives 18:15
(a corpus page's lecture series: time 80 -> 100 %). No case of rounds 1-71 or
tests/realpages/dates.yaml got worse (every parse_when output compared before and after), nor any
corpus page (evaluate.py -v identical but that page). All seventy-six rounds: 2882/2965 = 97.2 %
after their fixes.

Rounds 77 to 81 (date_strings_heldout_round77.yaml … round81.yaml, 202 strings from 4 more sites'
public repository sources: »Der Reinbeker«, a local paper for Reinbek, Wentorf, Glinde and the
Sachsenwald (two rounds: concerts, slams, Advent markets, blood drives, school open days, council
sessions, opinion columns citing newspapers), the Bürgerrunde Heuweiler e.V., a village citizens'
association near Freiburg (two and a half rounds: minutes with their date lists, village cinema,
flea markets, a cargo bike, a citizens' bus, a press archive), the CF-Selbsthilfe Frankfurt's
meetings; 12 English from the Stoke Ferry village magazine (Norfolk: Messy Church, parish council
dates, village hall cinema and bowls, open gardens)) were collected together after the fixes of
rounds 72-76, before any change for them, and scored **86.1 % (31/36), 68.4 % (26/38), 95.2 %
(40/42), 82.9 % (29/35) and 70.6 % (36/51)** — 80.2 % (162/202) pooled. Seventy-seven successive
rounds: 2455/3021 = 81.3 % pooled before their fixes. Their misses: windows and deadlines for
handing in, paying, filing, voting or enrolling ("kann diese Dinge vom 11. bis 26. November dienstags
von 10-12.30 Uhr … abgeben", "Spenden … können bis zum 28. Oktober 2025 … überwiesen werden" read
as the Volkstrauertag named after it, "Wahlvorschläge können bis Freitag, 23. Januar 2026, 18 Uhr,
… eingereicht werden", "Beiträge … können gerne bis zum 30.Juni 21 geschickt werden", "Der
Anmeldezeitraum … läuft … von Montag, 23. Februar, bis Mittwoch, 4. März", "Vom 20. Juni bis zum
13. Juli können alle mit abstimmen", "handed in on Friday mornings 10.00am to 12.00 noon"); days
that are no event's ("seit dem 1. Juli ein neues Hilfsangebot", "Ab 1. November wird … eine
Haltestelle … eingerichtet", "seit dem 1.10.23 die Mindestausleihzeit … reduziert", "bis Mai 2017
auf Eis gelegt", "geben ihr Amt am 12. März auf", "Alle diese Daten werden nach dem 30.06.2018
gelöscht", "Das Interview wird … am 4.1.2021 in der BZ veröffentlicht", "Karten … gibt es ab 23.
März", a newspaper's date "in der Süddeutschen vom 13.12.21: Der 10. Dezember 2021 wird in die
Geschichte … eingehen", a press archive's "… - Badische Zeitung, Mo, 30. November 2015"); ends in
the next sentence ("16 Uhr … eröffnet. Bis 20 Uhr laden …", "Gegen 18 Uhr endet …"), after "für
eine Stunde" and without pm ("4.00pm - 5.45"); two following days with shared or own hours ("am
Montag, 22. Dezember und am Dienstag, 23. Dezember, jeweils von 15 bis 19.30 Uhr", "… von 13 bis 18
Uhr sowie am Sonntag, 15. März, von 10 bis 17 Uhr"); separate days with a shared range read from its
end ("am 20.11. und am 18.12. jeweils von 10-11 Uhr") and three clocks read as the middle one ("um
10, 14 und 16 Uhr"); "statt um 10 Uhr fangen wir erst um 16 Uhr an"; months in a sentence ("Im Juli
dieses Jahres nimmt sie … teil", "bietet im November … an", "Das nächste Kino zeigen wir allerdings
erst im Oktober" read in February as last October); weekly and monthly rules ("von etwa April bis
September montags", "mittwochs, donnerstags, freitags und samstags — jeweils vormittags (9–13 Uhr)",
"We now play on a Thursday evening 7pm until 9pm", "am ersten Sonntag eines jeden Monats – also am
1. März!" without its rule); "heute Abend um 18.30"; a past "am Donnerstag" after "diskutierte"; a
newspaper's date in brackets before the day ("(5.1.26 ) … am ersten Sonntag des Jahres, dem 4.
Januar 2026"); "Die ursprünglich für den 17.10. geplante Bürgerrunde entfällt"; English clocks
"at 7. 00  pm", "7.45 (bar opens at 7pm)" and "SUNDAY 16thTH JUNE FROM 12PM TO 5.30PM".
One truth was then aligned with round 72's convention (a length in hours states no end: "findet ab
20:30 Uhr … die Earth Hour statt, … für eine Stunde das Licht ausschalten" was first written with
the end 21:30): round 81 scored 72.5 % (37/51) before its fixes in it, rounds 77-81 80.7 %
(163/202), rounds 5-81 2456/3021 = 81.3 %.
After the fixes (when_notices.py for the notices; when.py, when_roles.py, when_periods.py,
when_recurrence.py, when_rules.py, when_times.py, when_relative.py, when_clean.py, when_grammar.py;
cases in data/when_cases.tsv) they score 100 % each (202/202). Also fixed on the way: a clock
range before a German "am" ("von 10-11 Uhr am Rathaus" had read the end alone: the English "am"
lookahead now only guards a range without "Uhr"), "eines jeden Monats" as a monthly rule (round
56's Blutspende now carries its RRULE), and round 61's "Seit dem 21.8. haben wir … verdoppelt" (a
change in force since a day). Round 33's "beschlossen, die ursprünglich für den 21. Januar geplante
Mitgliederversammlung … abzusagen" keeps its truth (no date: a board's decision reported), so only
a meeting said to be called off now ("entfällt", "fällt aus", "abgesagt") keeps its old day. No
case of rounds 1-76 or tests/realpages/dates.yaml got worse (every parse_when output compared
before and after). All eighty-one rounds: 3085/3167 = 97.4 % after their fixes.

Leftovers of earlier rounds fixed after rounds 77-81 (when_notices.py, when_periods.py,
when_roles.py, when_clean.py; cases in data/when_cases.tsv): round 24's English rules ("permitted
again from 6 June", "will remain prohibited until the end of August 2020"), round 52's "ab 11. Mai
2020 … wiederaufgenommen werden dürfen", round 55's "ab 28. Dezember bis vorerst 17. Jänner 2021 …
Regeln in Kraft gesetzt" and "können ab Freitag, 3. Dezember wieder Hl. Messen … bestellt werden"
(an abbreviation's dot ends no clause), round 55's "forth Thursday", round 56's footer "Sonntag,
22. April 2018 Designed by LernVid.com" and "Spielecafé … öffnet Ende Juli!", round 57's "wird …
im September das erste Mal ihre Türen … öffnen", round 66's outage "Seit ca. 22:00 Uhr … am
05.05.2026 besteht eine … Störung" and round 68's duty "Seit dem 20.6.2019 sind … bereitzustellen"
(a state since a day). Every other parse_when output unchanged. All eighty-one rounds: 3096/3167 =
97.8 % after their fixes.

Round 82 (date_strings_heldout_round82.yaml, 45 strings from 2 more sites' public repository sources:
the Kulturhaus Süderelbe in Hamburg-Neugraben, cinema nights, children's theatre, exhibitions,
courses, a literary café; the village site of Breitenberg in the Eichsfeld, clubs' training times and
the year table) was collected after the fixes of rounds 77-81 and scored **91.1 % (41/45)** before
any change for it. Seventy-eight successive rounds: 2497/3066 = 81.4 % pooled before their fixes
(in the conventions aligned). Its misses: "diesjährige Kulturtage … von 24. Okt. bis 10. November"
read in February as last year's, the day one cannot come before a weekly rule ("aber am 16.11.
nicht können: Immer montags von 15 bis 17 Uhr …"), a label's bare weekday and clock
("Jugendfeuerwehr: Freitag 18:00, Ansprechpartner: …") and "Am gestrigen Dienstag". After the
fixes (when.py, when_roles.py, when_relative.py, when_recurrence.py, when_words.py; cases in
data/when_cases.tsv; a rule whose only date was skipped now gives the rule's next day, and a
negation before a colon no longer marks the rule's weekdays as closed) round 82 scores 100 %
(45/45); no other parse_when output changed. All eighty-two rounds: 3141/3212 = 97.8 % after their
fixes.

Rounds 83-86 (date_strings_heldout_round83.yaml … round86.yaml, 141 German strings from 6 more
sites' public repository sources, kinds the earlier rounds used little: Code for Germany's blog
archive — Open Data Days, civic-tech conferences, a webinar for municipal administrations with the
Deutscher Städtetag; citizens' participation — a Nürnberg citizens' assembly series and a
Herzogenrath voters' association's consultation hours and council committees; universities and a
professional association — Hochschule Karlsruhe's orientation weeks and programming courses, HTW
Berlin's first-semester week, a special-education research association's conferences; a village's
entry in the state contest "Unser Dorf hat Zukunft") were collected after round 82's fixes and
scored **82.3 % (116/141)** before any change for them: round 83 85.7 % (42/49), round 84 94.1 %
(32/34), round 85 72.2 % (26/36), round 86 72.7 % (16/22). Rounds 5-86 pooled before their fixes:
2613/3207 = 81.5 %. Their misses: a day and a period after it ("O-Phase: 15.03. (Master) | 18. -
22.03.2024", "… bzw. 26.09.2022 und endet am 29.09.2022") read as the first day alone; "startet am
Samstag-Vormittag (28. Oktober) und endet am Sonntag-Nachmittag (29. Oktober)"; "am Sonntag den
03.03 ab 10 Uhr" (a day without its last dot); a deadline sentence before the event's own
("Bewerbungen können noch bis zum 02.12.19 eingereicht werden. … am 7. März 2020"); notices that
date no event — a sign-up deadline ("Anmeldeschluss … ist am", "Bis 29. März … anzumelden"), a
dateline ("Berlin, 02.11.2019 - …"), publication and receipt ("wurde … veröffentlicht", "hat … am 6.
September 2023 … bekommen", "E-Mail vom 19.11.2024", "wurde … am 13. November verschickt"), a
version stamp, a revision note ("Änderungen nach dem 17.03.2024 …"), a page's update ("Die updated
Version … kommt am Montag"), a job from a day ("Wir suchen ab 1. Januar 2020"); the information
evening after the assembly it informs about; "Heute fand ein Arbeitstreffen statt … von 19 bis 20
Uhr"; a yearly list's "3. Oktober" and "Oktober - Bosselturnier" read in February (this year's);
"eine Bundesversammlung im Oktober"; "jeden Tag um 10 Uhr" in a course's description (a clock without
its day, first written so: a daily rule by round 15's convention, the truth aligned before any fix:
round 85 then scored 75.0 % (27/36), rounds 83-86 83.0 % (117/141), rounds 5-86 2614/3207 = 81.5 %);
and a page's typo (last year's number for the coming course, left). After the fixes (when.py: a
group's day, a note on whom it is for and everyone's period after it, "beginnt … bzw. … und endet
am", "endet am Sonntag-Nachmittag (29. Oktober)", a question's day before a later sentence's timed
day; when_mentions.py: "am Sonntag den 03.03"; when_roles.py: texts published, sent or received,
a mail's date, revision and version notes, a deadline's subject between its word and the date, a
chance to sign up, a press dateline; when_notices.py: a job from a day, a hand-in deadline before
another sentence's day; when_relative.py: "Heute fand … statt"; cases in data/when_cases.tsv)
rounds 83-86 score 97.2 % (137/141): 83 100 % (49/49), 84 97.1 % (33/34), 85 97.2 % (35/36), 86
90.9 % (20/22). Left: the year of a yearless day or month in a list of the village's yearly events
read in February ("3. Oktober - Tag der Deutschen Einheit", "Oktober - Bosselturnier": the nearer,
past October; the list's kind needs the page), "Geld für eine Bundesversammlung im Oktober" (a
month named by a noun, no announcing verb) and the page's typo. No other parse_when output of
rounds 1-82, tests/realpages/dates.yaml or when_cases.tsv changed. All eighty-six rounds:
3278/3353 = 97.8 % after their fixes.

Rounds 87-91 (date_strings_heldout_round87.yaml … round91.yaml, 115 strings from 7 more sites'
public repository sources, one round per site or kind: 87 a public observatory's posts and opening
hours (Sternwarte Bad Kreuznach); 88 a Linux day's home-page news over twelve years (Tübix, read
from the repository's history); 89 a chamber choir's concert posts and its "Wo wir demnächst zu
hören sind" table (Bach-Chor Hagen); 90 three clubs' schedules (Rollenspiel Lörrach, MFC Nauen,
Hockey-Club Mayen: a heading's year and rule, Roman-numbered weekends, meetings called off, emoji
facts lists, training slots, a chronicle); 91 26 English (US) event descriptions of Ann Arbor's
calendars as an aggregator saved them) were collected after rounds 83-86's fixes and scored
**85.2 % (98/115)** before any change for them: round 87 92.3 % (24/26), round 88 81.0 % (17/21),
round 89 90.9 % (20/22), round 90 85.0 % (17/20), round 91 76.9 % (20/26). One round-90 truth was
then aligned, before any fix, with round 47's convention that a past month told in the past is
history ("2024 Oktober Sommer-Camp war ein voller Erfolg", first written as October 2024): round 90
90.0 % (18/20), rounds 87-91 86.1 % (99/115), rounds 5-91 pooled before their fixes 2713/3322 =
81.7 %. Their misses: a missed talk's month before a make-up at a
clock ("den VHS-Vortrag vom Oktober 2017 … nachholen"); a weekly offer resumed without "jeden"
("ab sofort … am Sonntagmorgen wieder … an": no RRULE); a heading's bare weekday and a clock
without "Uhr" ("Samstag Abend: Ausklang | … ab 18:45"); deadlines told as a running call or order
("Der Call for Papers … läuft bis zum 05. Mai", "Die T-Shirt Reservierung läuft bis zum 21. Mai");
months announced by other verbs ("Im März führt der Bach-Chor … auf", "Im August zieht es uns in
die Natur", "is coming to … in March of 2026") and a chronicle's "2024 Oktober"; "am 23.03 um 18
Uhr … sowie am 24.03." (a day without its last dot before "um"); "Treffen 10:00 … Spielen bis ca.
15:00" (an end after a label); "on Wednesdays from 4-6p" ("p" for pm); "From September 2025 through
August 2026" (months across years); "Exhibit Opening: March 12, 2026 Exhibit Dates: March 12-30,
2026" (an opening day, then the run from it); "every Monday-Friday" (a weekday range's RRULE);
"The celebration continues Saturday! … from 12-3pm" read on that Saturday. After the fixes
(when_clean.py: "p" for p.m. after a clock range or "from"/"at", a day without its last dot after
"am" before "um"/"ab"/"von"; when_weekday_rules.py, split from when_recurrence.py: a span of
weekdays after "jeden"/"every"; when_recurrence.py: "ab sofort"/"künftig" … "am <weekday>" is
weekly; when_periods.py: "through" and "<month> of <year>" in month ranges, "führt … auf" and
"zieht" as announcing verbs, the coming month (not the past one) in an announcing sentence, a yearly
habit's month ("Jedes Jahr im März …") still none; when_signup.py: a call for papers, a reservation
or an order running until a day is a deadline; when_days.py: a day named alone and then as the first
day of a range is that range; when_times.py: "Treffen 10:00 … bis ca. 15:00"; when_relative.py: a
heading's weekday before a colon with its clock after it, "continues"/"resumes" before a bare
weekday; when.py: a missed event's month made up for ("vom Oktober 2017 … nachholen"); cases in
data/when_cases.tsv) rounds 87-91 score 100 % (115/115). No other parse_when output of rounds
1-86, tests/realpages/dates.yaml or when_cases.tsv changed. All ninety-one rounds: 3393/3468 =
97.8 % after their fixes.

A leftover of round 53 fixed after rounds 87-91 (when_mentions.py): a weekday beside a yearless
slashed date makes it a date when the two agree ("11/2 Saturday – Dia de Los Muertos … 4 p.m.";
"open 24/7 Sunday" is none: 24 July is no Sunday). That rule also read round 17's "Saturday 1/19 is
the last day to Pre-Register for classes", so "is the last day to register/sign up/apply" after a
date now makes it a sign-up deadline (when_signup.py; its truth, no event's day, unchanged). Every
other parse_when output unchanged. All ninety-one rounds: 3394/3468 = 97.9 % after their fixes.

Rounds 92-95 (date_strings_heldout_round92.yaml … round95.yaml, 96 German strings from 5 more
sites' public repository sources, one round per site or kind: 92 a village parish library's posts
(Bücherei Westerheim: storytelling shows, open days, a reading club's meetings and deadlines,
closures, a monthly Sunday opening); 93 a town's music society (Musikverein Biberach: concert posts
2012-2026, rehearsal times, a dates table); 94 a village fire brigade's posts (Feuerwehr
Baudenbach: feast invitations, reports, the youth group's fortnightly practice); 95 two sports
clubs (TG Witten's karate notices 2021-2023 read from the repository's history, TuS Versetal's
cycling dates 2026)) were collected after rounds 87-91's fixes and scored **92.7 % (89/96)** before
any change for them: round 92 92.3 % (24/26), round 93 92.9 % (26/28), round 94 100 % (19/19),
round 95 87.0 % (20/23). One round-92 truth was then aligned, before any fix, with rounds 2, 5 and
69 ("Freitag 15.11. und Samstag 16.11." is a span, as "Freitag den 12. und Samstag den 13. Juni"):
round 92 96.2 % (25/26), rounds 92-95 93.8 % (90/96), rounds 5-95 pooled before their fixes
2803/3418 = 82.0 %. Their misses: a deadline label in capitals before its day ("ANMELDESCHLUSS:
kommenden Mittwoch, 24. JULI 2024"); ticket sales or free tickets from a day ("Vorverkauf ab 8.
Dezember 2023 im Rathaus", "Die [Platzkarten] gibt es ab Samstag, 13. Dezember, … beim
Kartenservice"); an expected end in brackets ("von 19:00 Uhr (bis voraussichtlich 20:30 Uhr)");
a day whose only clock is one group's doors ("Einlass für unsere Schülergruppe ist 13 Uhr"); a
yearly habit's month told with "traditionell" ("Das Vereinsjahr beginnt … traditionell im Januar
mit der Jahreshauptversammlung"). After the fixes (when_roles.py: "kommenden"/"nächsten" between a
deadline label and its weekday; when_sales.py, split from when_roles.py 607 → 573 lines with its
rules on sign-up, sales and ticket handouts opening unchanged: sales named with "ab" alone
("Vorverkauf ab …"), and "… gibt es ab <day> … beim Kartenservice / an der Abendkasse";
when_times.py: "voraussichtlich" before an end's clock; when_periods.py: "traditionell" marks a
yearly habit; cases in data/when_cases.tsv) rounds 92-95 score 99.0 % (95/96). Left: "Einlass für
unsere Schülergruppe ist 13 Uhr" as a day's only clock, read as the start (find_times takes the
doors' time when no other is given, by design; the round-95 truth reads no start). No other
parse_when output of rounds 1-91, tests/realpages/dates.yaml or when_cases.tsv changed. All
ninety-five rounds: 3489/3564 = 97.9 % after their fixes.

Rounds 96-100 (date_strings_heldout_round96.yaml … round100.yaml, 187 strings from 13 more sites'
public repository sources, 44 of them English: 96 a shooting club's posts 2018-2026 (Schützenverein
Buterland-Beckerhook, Gronau: feast invitations and programmes, reports, a cancelled feast); 97 a
windmill's support association (Windmühle Tündern, Hameln, German posts with their English versions:
"Am Samstag", "Gestern", Karfreitag, Pfingstmontag) and a scouts' district (DPSG Bezirk Bodensee:
trainings, weekend courses, deadlines); 98 English: a Linux user group's minutes in Arizona (day-first
dates with run-together 24-hour clocks "1700-1800"), a camellia society and a church's weekly and
monthly groups; 99 a scout group (VCP Kirchhain) and a hunting-dog club (JGV Grafschaft Diepholz:
"Samstag/ Sonntag den 02./03. Oktober", "Nennschluss 07.11."); 100 a tennis club's posts and
fixtures, a village's dates table, a fire brigade, a heritage club and an allotment club) were
collected after rounds 92-95's fixes and scored **81.8 % (153/187)** before any change for them: round
96 95.1 % (39/41), round 97 83.8 % (31/37), round 98 54.5 % (24/44), round 99 91.9 % (34/37), round
100 89.3 % (25/28). Two truths were then aligned, before any fix, with earlier rounds: round 22's "11
March 2024 Draft program released" (a software release is no event's day: "Ubuntu 20.04.2 was
released on 05 February 2021") and rounds 5, 7, 12, 14, 16 and 21 (a weekly rule whose weekday is
today starts today): round 98 56.8 % (25/44), round 99 94.6 % (35/37), rounds 96-100 82.9 %
(155/187), rounds 5-100 pooled before their fixes 2958/3605 = 82.1 %. Their misses: 24-hour clocks
run together without a leading zero ("09 March, CLUG meeting, 1700-1800 at …", "from 1300 to
1545", "from 1500 until ?"), a version number read as a clock ("Ubuntu 16.04"), "Gestern wurden …"
/ "Yesterday the new sails were installed", "Whit Monday", a range's last day without its dot
("23.-25.06"), a table's day without its dot before a clock ("06.01 14:00"), a weekend course's end
clock on its last weekday ("Anreise Freitag ab 19 Uhr, Ende Sonntag ca. 15 Uhr"), "beginnt am
Samstag und endet am Dienstagabend", an n-th weekend beside the dated day it falls on, "the first or
second Saturday in March", a sign-up clause running past "(Telefon …), oder unter <address>". After
the fixes (when_clean.py: run-together ranges on the five-minute grid lasting 15 minutes to 12 hours
in a non-German text that names a month or weekday, "from HHMM until"; a range's last day and a
day before a colon clock without their dots; when_times.py: a lone dotted clock only on the
five-minute grid, an end clock after "Ende <weekday>"; when_relative.py: "Gestern"/"Yesterday"
opening a sentence with a past verb, the end weekday after "beginnt am <weekday> … endet am";
when_feasts.py: Whit Monday and other English names of Easter's days; when.py: the dated day over
the n-th weekend it falls on; when_nth.py: "first or second <weekday>" names no day;
when_signup.py: the wider sign-up clause; when_days.py: two days of different months joined by
"and" are two days, "two dates (24 March and 19 May)"; when_periods.py: "wollen"/"möchten" announce
a month, "wollen im September … nach Fulda fahren"; cases in data/when_cases.tsv) rounds 96-100
score 98.9 % (185/187). Left: "The Second Saturday in January" in an annual-events table, read as
this year's passed day (the table's heading, not in the string, says yearly); "Anlieferung
03.07.2026 | Abholung 07.07.2026" (a container's delivery and pick-up as a span). No other parse_when output of rounds 1-95, tests/realpages/dates.yaml or when_cases.tsv
changed. All hundred rounds: 3674/3751 = 97.9 % after their fixes.

Rounds 101-103 (date_strings_heldout_round101.yaml … round103.yaml, 101 strings from 5 more sites'
public repository sources, all German: 101 a Hamburg health association's club evenings ("Termin 1:
Dienstag, 20.08.24, 20 Uhr Termin 2: …", "Mttwoch", "13Uhr", recipe and sign-up deadlines) and a
windsurfing club's year table and weekly Friday training "von Mai bis Oktober"; 102 a Swiss fire
brigade's year programme rows ("08.01.2026 | 19:30 – 22:00 | O1 Offiziersübung | Vorbereitung K1–K5")
and news, a Freifunk community's posts (firmware versions, build stamps, "Stichtag ist der 25.10.") and
a Guggenmusik's dates; 103 a fanfare band's yearly chronicle, "Chronik aus dem Jahr 2005 | …" over
yearless report days) were collected after rounds 96-100's fixes and scored **79.2 % (80/101)** before
any change for them as first written; six truths were then aligned, before any fix, with rounds 18,
30, 33 and 47 (a past month told in the past, or called off, is no offering's month): **78.2 %
(79/101)** — round 101 88.2 % (30/34), round 102 90.3 % (28/31), round 103 58.3 % (21/36); rounds
5-103 pooled before their fixes 3037/3706 = 81.9 %. Their misses: a heading's year before " | " not
given to the days below it ("Chronik aus dem Jahr 2011 | Am 26. Juni …" read as 2023; 10 strings),
"Am letzten Tag im August", a version's build day ("Version 0.8.9 vom 11.4.2017"), "Stichtag ist der
25.10.", a site going online ("wurde die neue Homepage online gestellt"), a chronicle's past verbs
("machten wir uns … auf"), the month under way told in the past ("die Termine im Oktober … nicht
stattfinden konnten", written on 29 October), a rule taking effect ("Ab dem 2.5.2018 werden wir …
keinen Kontakt mehr … gestatten"), "An einem schönen Abend im Dezember öffnen wir die Geschenke"
(read as a place opening), a weekly rule in a season ("Jeden Freitag … von Mai bis Oktober"; one
truth's end aligned, a miss either way, with round 53: the season's last day at the clock's end).
After the fixes (when_context.heading_year: one year in a leading heading is the year the page
states; when_nth: the first or last day of a named month; when_stamps: "Version … vom"; when_roles:
"Stichtag", "wurde … online gestellt"; when_grammar: "machte(n)", "nahm(en)", "reiste(n)",
"unternahm(en)" as past verbs ("führte" is not: "24.09.2022 Vereinsausflug … führte uns …" is a row's
day); when.py: one month under way told in the past; when_rules.py: a season named after a weekly
rule starts and ends it, and what a club will allow or forbid from a day on ("werden wir … keinen
Kontakt mehr … gestatten") is a rule as "nicht mehr gestattet"; cases in data/when_cases.tsv) rounds
101-103 score 98.0 % (99/101): round 101 97.1 % (33/34), round 102 100 % (31/31), round 103 97.2 %
(35/36). Left: the December evening "öffnen wir die Geschenke", "Im Juni 2009 führte uns der Weg".
No other parse_when output of rounds 1-100, tests/realpages/dates.yaml or when_cases.tsv changed.
All 103 rounds: 3773/3852 = 97.9 % after their fixes.

Rounds 104-107 (date_strings_heldout_round104.yaml … round107.yaml, 143 German strings from 4 more
sites' public repository sources: 104 a village fire brigade's posts (Feuerwehr Eisolzried: call-outs
"Am 07.07.15 gegen 9 Uhr", "Heute morgen gegen 6.45 Uhr", courses, five strings of the posts' Bavarian
versions); 105 a tennis club's posts (ESV Deggendorf: "am vergangenen Mittwoch", "am gestrigen
Samstag", a weekly winter season, a monthly e-bike tour); 106 the same club's dates list read from its
history ("05.08.24 - 08.08.24 (je 09-14 Uhr)", "26./27.07.25", "(ganztags)"); 107 a sports club's old
pages (SV Leingarten: "Winterprogramm 2010 | 30.1. - 6.2. Jan./Febr.", fixtures, a course) and a yearly
congress (MinD-Akademie: "vom 23.-26.09.2021", "Sepember", past symposia)) were collected after rounds
101-103's fixes and scored **89.5 % (128/143)** before any change for them: round 104 95.5 % (42/44),
round 105 76.5 % (26/34), round 106 100 % (33/33), round 107 84.4 % (27/32); rounds 5-107 pooled before
their fixes 3165/3849 = 82.2 %. (One round-107 `today` was corrected, before any fix, to the day its
text first appeared; four vague round-106 rows run through the parser before their truth was written
were left out.) Their misses: "am gestrigen Samstag" in a post dated the Monday after (read as
yesterday, a Sunday), a month name missing a letter ("23. Sepember"), a season in its last month told
in the past ("von Mai bis September absolvierten die Paare …", written on 28 September), a past
decision's month ("hat … Anfang Mai 2020 entschieden, … zu verschieben"), "In der Nacht von 19. auf 20.
November" (only the second day), a count after a weekday ("trafen sich am Samstag 12 tennisbegeisterte
Kids", no day), a past event's daily hours ("Das Camp fand täglich von 9 Uhr bis 14 Uhr statt", read as
a daily rule from today), "gestern" inside a sentence ("schloss … gestern seine Rede"), a weekly rule
whose next day falls after its season ("donnerstags … von Anfang Oktober bis Ende April", written on
28 April), a newspaper's publishing day before the meeting's ("Am 31. Oktober wurde im Donauanzeiger
ein Bericht … zu unserer Jahreshauptversammlung, welche am 25.10.2024 … stattfand, veröffentlicht"), a
future day in a relative clause over the reported Sunday ("am vergangenen Sonntag …, die am 2. Mai
startet"), "Nov. 09 – März 2010" (a month with a two-digit year), when abstracts appear ("ab Mai 2023
erwarten"), rules in force in a month ("Im Juli 2022 gibt es keinerlei Auflagen"), a past period's end
read alone ("von Anfang Mai bis Ende Juli waren … aufgefordert worden"). After the fixes
(when_relative: "am gestrigen <weekday>" is the last such weekday, a count before a lowercase word
after a weekday is no date, "gestern" inside a sentence told in the past; when_clean: a month name
missing one letter after its third; when.py: a season in its last month told in the past is history,
daily hours told in the past name no day, a report's "am vergangenen <weekday>" over a coming day
named in passing, a past run's end told in the past is none, when abstracts or details are expected
is none; when_grammar: "entschied(en)", "beschloss(en)", "schloss" as past verbs; when_days: "von D.
auf D." as one night's two days; when_rules: a weekly rule whose next day falls after its season
("von Anfang Oktober bis Ende April") starts with the next season; when_roles: the day a report on
an event appeared ("wurde … ein Bericht … veröffentlicht"); a second step, when.py: which rules
apply in a month ("gibt es keinerlei Auflagen") names no offering; cases in data/when_cases.tsv)
rounds 104-107 score 99.3 % (142/143): rounds 104, 105 and 106 100 % (44/44, 34/34, 33/33), round 107
96.9 % (31/32). Left: "Nov. 09 – März 2010 | Spinning freitags" (a month with a two-digit year before
a weekly rule, read as 9 November). Four known misses of earlier rounds were
fixed with them: "The Second Saturday in January" alone in a table cell is yearly (when_nth: the next
one, FREQ=YEARLY;BYMONTH=1;BYDAY=2SA), "Anlieferung 03.07.2026 | Abholung 07.07.2026" is a span
(when_days), "An einem schönen Abend im Dezember öffnen wir die Geschenke" is December (when_periods:
opening a thing is no place opening), "Im Juni 2009 führte uns der Weg" is history (when.py: "führte
uns" tells a past month, not a row's day); no other parse_when output of rounds 1-103,
tests/realpages/dates.yaml or when_cases.tsv changed. All 107 rounds: 3919/3995 = 98.1 % after
their fixes.
Rounds 108-111 (date_strings_heldout_round108.yaml … round111.yaml, 135 German strings from 7 more
sites' public repository sources: 108 an Austrian brass band's news (Musikverein Waldhausen: "17.
Jänner 2026", "In der Nacht vom 22. auf den 23. November", "Von 11. -15. Juli 2022", reports under a
heading's year); 109 a makerspace's blog (FabLab Cottbus: workshop lists "8.10. - …", "19.10 - …",
weekly and monthly meetings, seminar lists "27.01.2022 16-18 Uhr"); 110 two grammar schools' class
pages (Gymnasium Immensee: "22.2.20 - 8.3.20", "Fr., 26. Juni, 1320 - 13:50*"; Gymnasium Klotzsche: a
school year's table "Termine zum Schuljahr 2024/2025 | 27.06. | …", "05./07.12."); 111 a martial-arts
federation's events and training tables, a party conference's microsite ("Akkreditierung ab 9 Uhr
Beginn ab 10 Uhr") and a marksmen's club's training evenings) were collected after rounds 104-107's
fixes and scored **86.7 % (117/135)** before any change for them: round 108 100 % (38/38), round 109
86.8 % (33/38), round 110 78.1 % (25/32), round 111 77.8 % (21/27); rounds 5-111 pooled before their
fixes 3282/3984 = 82.4 %. Their misses: a course's code before a date read as a range of days and
clocks ("Elternabend 11Ph2 - 20.08.24 18:30 Uhr" from 2 August, 2:00), two days apart joined by a
slash read as a period ("05./07.12. | Weihnachtskonzert"), three months joined by slashes starting at
the second ("Februar/März/April 2022"), a start after "ab" and an end after "bis" in later clauses of
one sentence ("Ab dem 13. Dezember öffnen wir … bis zum 15. Dezember … offen stehen"), hours and minutes
run together read as a year ("26. Juni, 1320 - 13:50" gave nothing), a school year's yearless days in
its second half read as last spring's ("Termine zum Schuljahr 2024/2025 | 27.06."), a check-in clock
before the start ("Akkreditierung ab 9 Uhr Beginn ab 10 Uhr"), a timetable's bare weekday rows without
their weekly rule ("Trainingszeiten | Montag | 20:30 – 22:00"), a day and month without the closing
dot ("19.10 - Alternative Betriebssysteme …", also a clock), a bare day of the month ("am 13. unsere
Werkstatt"), a second table's yearless June under a heading without the school year. After the
fixes (when_days and when_times: a number glued to letters starts no range; when_pairs: a slash lists
days as "und" does, "ab" a day … "bis" a day in one sentence is a period; when_periods: months joined
by slashes or commas run from the first; when_mentions: a four-digit number that is no year before a
clock range is no year, when_times reads "1320 - 13:50"; when_context.heading_span: a heading's school
year or season puts its yearless days ahead of the page's day; when_times: a conference's check-in
clock is the doors'; when_schedule_rows: a bare weekday under "Trainingszeiten"/"Probenzeiten" is
weekly; cases in data/when_cases.tsv, test_when_context.py, test_when_schedule_rows.py) rounds 108-111
score 97.0 % (131/135): round 108 100 % (38/38), round 109 92.1 % (35/38), round 110 96.9 % (31/32),
round 111 100 % (27/27). Left: "19.10 - …" and "21.10 - …" (day and month without the closing dot are
also a clock), "am 13. unsere Werkstatt" (a bare day of the month), "Wie geht's weiter? | 03./04.06."
(its year is in another table's heading). Round 107's known miss was fixed with them: "Nov. 09 –
März 2010 | Spinning freitags (Fitness Company Heilbronn) | Beate Lang" is Fridays from 15 January to
31 March 2010 (when_short_years: a month's two-digit year before a period's end with its year is
written out; when_recurrence: a row's short cell is read alone for a bare weekday adverb; when_rules:
a season of months with their years starts and ends a weekly rule). No other parse_when output of
rounds 1-107 changed; the real-page corpus (tests/realpages/evaluate.py -v, 452 pages) is unchanged
page by page. All 111 rounds: 4051/4130 = 98.1 % after their fixes.
Rounds 112-114 (date_strings_heldout_round112.yaml … round114.yaml, 68 German strings from 5 more
sites' public repository sources: 112 a free church's pages (Mosaik Church Stuttgart: service dates in
a hotel, prayer weeks, a summer Bible school's price tiers) and a radio club's Christmas Eve carol and
mountain mass; 113 an IT course programme for seniors (course cards, two weekdays contradicting their
dates) and the radio club's course notices (a soldering course on Mondays and Wednesdays from a day,
a course moved to a new day with its own clock, "Anmeldungen bitte innerhalb 10. März"); 114 a
badminton club's training tables ("Trainingszeiten: | Freitag | 19-22Uhr"), the radio club's annual
meetings ("erste Einberufung … zweite Einberufung", last year's number by mistake) and a scouts'
group's meeting list ("13.5. Wald", "10./17.6. FERIEN")) were collected after rounds 108-111's fixes
and scored **73.5 % (50/68)** before any change for them (51 strings with the first fixes' parser
not yet written, 17 collected later and scored with main's parser before theirs): round 112 69.6 %
(16/23), round 113 89.5 % (17/19), round 114 65.4 % (17/26); rounds 5-114 pooled before their fixes
3332/4052 = 82.2 %. One truth was aligned with round 92's convention after scoring (every other
Sunday "ab dem 20. September", read nine days later: the rule's next day, 4 October). Their misses: a
timetable's label followed by a colon and a pipe ("Trainingszeiten: | Freitag"), weekdays with a
celebrating verb ("Wir feiern aktuell sonntags abwechselnd Gottesdienst …") or with "jeweils um" a
clock in the next sentence, price tiers read as days ("Frühbucherrabatt bis 1.Mai: 35 Euro", "ab 2.
Mai: 40 Euro"), a moved day's own clock ("auf Freitag, den 08.06.2012 um 20.00 Uhr verschoben" kept
the old 19.00), a sign-up deadline after "innerhalb", an addendum's stamp ("NACHTRAG am 11.01.2011:"),
"an einem Samstag … am Sonntag" (some weekend day, which unsaid). After the fixes (when_schedule_rows:
colon and pipe after the label; when_recurrence: "feiern" and "jeweils um"; when_prices, new: a price
tier is none; when_history and when_days: a moved day's clock between it and "verschoben", the new
day's own clock first; when_signup: "innerhalb"; when_roles: "Nachtrag"/"Ergänzung" stamps;
when_relative: "an einem <weekday>" names no day; cases in data/when_cases.tsv,
test_when_prices.py, test_when_schedule_rows.py) rounds 112-114 score 92.6 % (63/68): round 112
91.3 % (21/23), round 113 100 % (19/19), round 114 88.5 % (23/26). Left: the first morning's end of a
prayer fortnight ("Montag bis Freitag von 6:30 bis 7:00 Uhr" read to Friday), a Christmas Eve service
named after a later Sunday under its heading, two timetable rows without their label ("Sonntag |
18:00-19:30 Uhr | Mittelschulhalle (neu)": weekly only under "Trainingszeiten"), last year's number
by mistake ("diesjährige … Freitag, den 25.01.2012", read in January 2013). Round 61's "einen
Probentag an einem Sonnabend von 10-15 Uhr" is fixed with them; no other parse_when output of rounds
1-111 changed; the real-page corpus (tests/realpages/evaluate.py -v) is unchanged page by page. All
114 rounds: 4115/4198 = 98.0 % after their fixes.
Rounds 115-118 (date_strings_heldout_round115.yaml … round118.yaml, 158 German strings from 10 more
sites' public repository sources: 115 an Austrian cultural centre's event pages (Kulturhof Villach:
theatre runs, a premiere's weekday-day lists "Do, 16.11, Fr, 17.11., & Sa, 19.11., 20h", literature
days with evening programmes, a flea market's rain date); 116 a painter's posts (date badges "18. SEPT
bis 02. OKT –", open-studio days each with its hours, an exhibition open "immer Sonntags") and a
village's anniversary programme ("Freitag | 28. August | 20.00 Uhr"); 117 two fire brigades' pages
(youth reports without their year, "alle 14 Tage, dienstags" since a first day, smoke-alarm deadlines);
118 a summer camp's parents' info ("Abfahrt Montag den 01.08.2022 um 10:00 Uhr Rückkehr Freitag den
12.08.2022 um ca. 14:00 Uhr"), a first-year week, a farm's event pages and a cycling club's posts)
were collected after rounds 112-114's fixes and scored **81.6 % (129/158)** before any change for them:
round 115 92.7 % (38/41), round 116 73.9 % (34/46, two truths aligned with earlier rounds before any
fix), round 117 71.0 % (22/31), round 118 87.5 % (35/40; its last 17 strings, collected after the first
fixes, scored with main's parser before them); rounds 5-118 pooled before their fixes 3461/4210 = 82.2 %.
Their misses: a programme's weekday cell before its day across " | " ("Freitag | 28. August"), a report's
weekday naming a year further back ("besuchte am Montag, den 14. Februar", read in 2013: 2011), a
trip's departure and return ("Abfahrt … Rückkehr …"), following days joined by a comma each with its
hours, "---" as a dash, a listed day without its dot behind the next one's weekday ("Do, 16.11, Fr,
17.11."), a month's genitive ("Septembers"), a rain date ("Bei Schlechtwetter wird auf 5. Oktober
verschoben"), a rule running on "seitdem" from a reported first day, a downloads list's file stamp
("03. Sep. 2013 | JPG 653 KB"), a day to fit something by ("bis zum 31. Dezember 2014 …
auszustatten"), the day after a period joined by "+". After the fixes (when_mentions, when_value and
when_days: the weekday's year; when_trips, new: a trip; when_pairs: comma-joined clocked days;
when_clean: "---" and undotted listed days; when_words: genitive months; when_rain, new: a rain date;
when: "seitdem"; when_stamps and when_roles: file stamps, fitting deadlines; when_done, new: rounds
already won before the coming one; cases in data/when_cases.tsv, test_when_trips.py, test_when_rain.py,
test_when_done.py) rounds 115-118 score 95.6 % (151/158): round 115 100 % (41/41), round 116 91.3 %
(42/46), round 117 90.3 % (28/31), round 118 100 % (40/40).
Left: "Mitte Juni werde ich … ausstellen" and "Infos … gegen Ende August" (read as the month), a
remembrance day's name ("Schicksalstag 9. November"), a yearless day seven months ahead without a
weekday ("am 28.08.", read in January), a camp's Sunday told in the past, "für bestehende Wohnungen:
bis 31.12.2014" (a deadline without its verb), "verraten wir am 6. Dezember" (when news is told). No other parse_when output of rounds 1-114 or
119-122 changed; the real-page corpus (tests/realpages/evaluate.py -v) is unchanged page by page.
All 122 rounds: 4411/4503 = 98.0 %.
Rounds 119-122 (date_strings_heldout_round119.yaml … round122.yaml, 147 strings from 12 more sites'
public repository sources, 107 of them English: 119 English meeting and event dates (a Surrey history
society's programmes "Tuesday Dec 14th   2010– Members’ Evening", yearless rows under "2008 / 2009", a
Long Beach meetup's "DATE: May 21, 2015 TIME: 7-9p", "Upcoming meetup dates: ☃ 2/23 ⛵ 3/21 …", a civic-tech
brigade's reports, a neighbourhood association's agendas); 120 international English (an Ottawa radio
club's "Jun. 12-15, 2020 – June VHF Contest", "begins at 14:00 (local) on Saturday (June 13) and continues
until 23:00 (local) on Sunday (June 14)"; a Saxon house project's English pages with European days "Mon,
15.1. at 7pm", "Tu and Wed, 16./17.1. respectively from 10am to 6pm"); 121 English recurrence phrases
("meets on the third Tuesday of the month … at 8.00pm", "First, third and fifth Tuesdays of every month",
a radio nets' table "Guelph | Mon, Wed | 21:00", "Weekly meetings will resume on Tuesday, January 7th at
7:30pm"); 122 German recurrence phrases (the house project's "jeden 2. Donnerstag im Monat um 19 Uhr …
verschiebt sich der Termin diesen Monat auf den 3. Donnerstag", a cycling club's "Ab 19.01.2025 treffen
wir uns also allsonntäglich um 11:00 Uhr", seasonal timetables "Winterfahrplan (01.10. bis 31.03) |
Sonntag, 09:30 bis ca. 11:30 Uhr")) were collected after rounds 112-114's fixes and scored **79.6 %
(117/147)** before any change for them: round 119 92.7 % (38/41), round 120 88.9 % (32/36), round 121
76.7 % (23/30), round 122 60.0 % (24/40); rounds 5-122 pooled before their fixes 3561/4340 = 82.0 %.
Their misses: a seasonal timetable's rows ("Trainingszeiten | Winterfahrplan (01.10. bis 31.03) |
Sonntag, 09:30 bis ca. 11:30 Uhr", the season's last day without its dot), "allsonntäglich", a clock
moved ("von 09:30 Uhr auf 11:00 Uhr verlegt"), where a group gathers before it sets off ("um 17:50 Uhr am
Marktplatz, um dann pünktlich um 18:00 Uhr … aufzubrechen"), "wie jede Woche" with the next sentence's
weekday, "7p sharp ... 6:30 early arrivals", whole months as a break ("den gesamten Juli und August über
nicht stattfinden", "in all of July and August"), days called off before the day meetings resume, this
month's meeting moved ("diesen Monat auf den 3. Donnerstag", "This month however, the date changed to the
3rd Thursday"), "Tu" for Tuesday, "evening from 6.30", "September, 28th", "Donnerstag, der 13.09",
"wird immer montags kommuniziert", "bitte … einreichen", "tonight at 6:00pm" in prose, a 24-hour clock
before each of two days ("begins at 14:00 (local) on Saturday (June 13) and continues until 23:00 …"),
yearless slashed dates after "dates:". After the fixes (when_schedule_rows, when_period_dot (new),
when_words, when_moved_clock (new), when_times, when_recurrence, when_clean, when_closed_months (new),
when_resumed (new), when_moved_this_month (new), when_rules, when_notices, when_relative, when_pairs,
when_mentions, when_month_before; cases in data/when_cases.tsv and test_when_schedule_rows.py) rounds 119-122 score 98.0 %
(144/147): round 119 97.6 % (40/41), round 120 100 % (36/36), round 121 93.3 % (28/30), round 122 100 %
(40/40); with a later fix (when_month_before, new: "March brought … On Monday the 2nd" is 2 March)
round 119 100 % (41/41), rounds 119-122 98.6 % (145/147). Left: two rows of a radio nets' table
without a timetable's label ("Summary of VHF Nets within our reach | Guelph | Mon, Wed | 21:00 | …":
weekly only under "Trainingszeiten" and its kin, as round 114's left rows). No parse_when pass/fail of
rounds 1-118 changed; the real-page corpus (tests/realpages/evaluate.py -v, 507 pages, main with and
without these fixes) is unchanged page by page. All 122 rounds: 4393/4486 = 97.9 % after their fixes.
Rounds 123-125 (date_strings_heldout_round123.yaml … round125.yaml, 124 German strings from three more
sites' public repository sources: 123 a Halle makerspace's posts, open days "Am 16. und 17. September 2023
jeweils von 12-18 Uhr", ceramics Sundays with their hours in the next sentence, "Mittwochs aller 14 Tage",
ISO stamps as a period; 124 a Tyrolean fire brigade's reports "Am gestrigen Donnerstag, den 27. März
2025", "Gestern am Freitag, den 24.Jänner 2025", "beim gestrigen Martinsumzug", "im Feber 2026
ausgeliefert"; 125 a Taunus local history society's notices "am 28.08.09 um 17:30h", "Am 22. Januar um 15
h", "fällt der Stammtisch am 29.04. aus", "Als Ersatztermin der 24. Juli") were collected after rounds
115-122's fixes and scored **87.1 % (108/124)** before any change for them: round 123 81.8 % (36/44),
round 124 88.9 % (32/36), round 125 90.9 % (40/44); rounds 5-125 pooled before their fixes 3686/4481 =
82.3 %. All 125 rounds, 123-125 before any fix: 4519/4627 = 97.7 %.
Their misses: a spaced hour's unit after "um"/"ab" ("um 15 h", three strings), Saxon "aller 14 Tage",
"bis ca. Ende März", an ISO stamp's zone name before "bis" ("…+02:00 (MESZ) bis …"), an ISO day's colon
before its clock, two days sharing a month word with "jeweils" hours, "beim gestrigen …", "heute den
ganzen Tag" with the next sentence's hours, a set day and its backup ("festgelegt. Als Ersatztermin der 24.
Juli"), two list items joined by a space, a sign-up link's "offen ab", "tragt euch bis … ein, damit",
"14 - open end Uhr", a delivery month. After the fixes (when_times, when_recurrence, when_pairs, when_iso,
when_clean, when_lists, when_relative, when_history, when_sales, when_signup, when_roles; cases in
data/when_cases.tsv) rounds 123-125 score 99.2 % (123/124): round 123 100 % (44/44), round 124 97.2 %
(35/36), round 125 100 % (44/44). Left: "im Feber 2026 ausgeliefert" (a delivery, read as the month). No
parse_when output of rounds 1-122 changed. All 125 rounds: 4534/4627 = 98.0 % after their fixes.

Round 126 (date_strings_heldout_round126.yaml, 36 German strings from four more sites' public
repository sources: a Westerwald carnival society's reports and session table, a Vulkaneifel carnival
club's session plan, a Brandenburg village initiative's posts, a Tyrolean alumni association's trips)
was collected after rounds 123-125's fixes and scored **88.9 % (32/36)** before any change for it;
rounds 5-126 pooled before their fixes 3718/4517 = 82.3 %. Its misses: "Am 10.08 laden wir … ein" (day
and month without the closing dot after "am"), "Tag 1 – Samstag 08. November 2025" (a counted day read
as a range's first day), "Karten … können am 16.12.2017 ab 14:30 im Gasthof … erworben werden" (a
ticket sale, its verb after the date) and "damals am 19.9.1991" (a day of the past named for
reference). After the fixes (when_mentions, when_days, when_sales, when_roles; cases in
data/when_cases.tsv) round 126 scores 100 % (36/36); no parse_when output of rounds 1-125 changed.
All 126 rounds: 4570/4663 = 98.0 % after their fixes.

Round 127 (date_strings_heldout_round127.yaml, 40 German strings from two more sites: a Leo club's
reports 2009-2015 and a village's club pages with weekly and monthly rules) was collected after round
126's fixes and scored **87.5 % (35/40)** before any change for it; rounds 126-127 pooled 67/76 =
88.2 %, rounds 5-127 pooled before their fixes 3753/4557 = 82.4 %. Its misses: "am ersten Samstag im
Advent" (the first Advent weekend's Saturday), "am Fasnachtsdienstag" (the carnival's Tuesday by its
regional names), "Es hat Tradition, dass … am ersten Sonntag im Monat Juli" (read as a monthly rule:
"im Monat Juli" is July, a tradition's n-th weekday of a month a yearly rule), "Am 10. und 24. Oktober
sowie am 27. November" (the bare first day before the list's first mention was lost) and "die
Nachtruhe … von 22 Uhr auf 23.30 Uhr verschoben, um bei … am 1. August dabei zu sein" (a bedtime's
moved clock read as the day's; left: the clause names no event's clock, but only its subject tells).
After the fixes (when_feasts, when_clean, when_nth, when_lists; cases in data/when_cases.tsv) round
127 scores 97.5 % (39/40). One earlier truth was aligned with round 92's convention (two following
days joined by "und" are a span): round 28's "Am Rosenmontag und Fasnachtsdienstag bleibt das
Bürgermeisteramt … geschlossen" now ends on the Tuesday, as "Am Karfreitag und Karsamstag" reads; no
other parse_when output of rounds 1-126 changed. All 127 rounds: 4609/4703 = 98.0 % after their fixes.

Round 128 (date_strings_heldout_round128.yaml, 39 English strings from three more sites: a farmers
market's weekly newsletters 2013-2015, a support group's monthly meeting schedules 2010-2024, a
neighbourhood market's home page 2011-2013) was collected after round 127's fixes and scored
**71.8 % (28/39)** before any change for it; rounds 126-128 pooled 95/115 = 82.6 %, rounds 5-128
pooled before their fixes 3781/4596 = 82.3 %. Its misses: an English weekday with the hours the
sentence gives it ("See you Saturday from 9 a.m. to 12:30 p.m.", "Friday night, the market runs from
4-7 p.m.", "Saturday from 12:30 until 3:30") or marked "Thursday (today)"; order deadlines "by 8:00
Friday morning", "by noon Friday"; "the next two Fridays"; a quotation's "1787 Dec. 20."; "April 8th –
16 Year Anniversary" (a count of years read as a last day); "this Friday's market, but not Memorial
Day Weekend" (the holiday excluded; left) and "on Friday, 4-7 Join us Friday, October 30" (bare hours
4-7 for a market evening; left). After the fixes (when_relative, when_times, when_mentions; cases in
data/when_cases.tsv) round 128 scores 94.9 % (37/39); no parse_when output of rounds 1-127 changed.
All 128 rounds: 4646/4742 = 98.0 % after their fixes.

Round 129 (date_strings_heldout_round129.yaml, 38 German strings from three more sites: a Halle
grammar school's blog 2022-2025, a primary school's site 2022-2025, an allotment club's report) was
collected after round 128's fixes and scored **86.8 % (33/38)** before any change for it; rounds
126-129 pooled 128/153 = 83.7 %, rounds 5-129 pooled before their fixes 3814/4634 = 82.3 %. Its
misses: "Die Bewerbungsfrist für die meisten Camps ist der 03.05.2024" (a deadline), "muss bis 30.06.
bzw. 31.12. schriftlich erfolgen" (a notice's last days), "Quellenangabe: Hofgeismarer Allgemeine vom
31.01.2025" (a source's issue), "im Vorlauf zu den … Wahlen am 09.06.2024 fanden am 31.05.2024 … statt"
(the day an event leads up to read as its own) and "am 20.02.204" (a year typed with a digit missing;
left). After the fixes (when_roles; cases in data/when_cases.tsv) round 129 scores 97.4 % (37/38);
no parse_when output of rounds 1-128 changed. Rounds 126-129: 88.9, 87.5, 71.8, 86.8 % before their
fixes (128/153 = 83.7 % pooled), 149/153 = 97.4 % after. All 129 rounds: 4683/4780 = 98.0 % after
their fixes.

Round 130 (date_strings_heldout_round130.yaml, 15 German strings from a Swiss gymnastics club's site
2025-2026: scores written like dates "Rangnote von 28.03", ordinal ages "das 14. – 16. Lebensjahr") was
collected after round 129's fixes and scored **93.3 % (14/15)** before any change for it; rounds
126-130 pooled 142/168 = 84.5 %, rounds 5-130 pooled before their fixes 3828/4649 = 82.3 %. Its miss:
"jeweils am Montag von 17.00 - 18.00 Uhr" (a weekly rule as "immer am"; when_recurrence, cases in
data/when_cases.tsv): 100 % (15/15) after; no parse_when output of rounds 1-129 changed. All 130
rounds: 4698/4795 = 98.0 % after their fixes. Corpus check (tests/realpages/evaluate.py -v on cae0551
with and without rounds 126-130's normalize changes, 532 pages, 5245 items): identical output page by
page — after one of round 126's changes (a comma excluded after "Sa. 26.11") had cost a corpus page
its five rows and was taken back.

Rounds 131-133 (date_strings_heldout_round131.yaml … round133.yaml, 107 strings from four sites none of
the earlier rounds used: a Berlin student choir's members' calendar and concert notices, a Lower Saxony
village heritage club's invitations and reports, and — English with the day first — a Devon garden
club's event cards and an Irish historical society's calendar of talks) were collected together before
any change for them and scored **90.2 % (37/41)**, **91.2 % (31/34)** and **90.6 % (29/32)**: 97/107 =
90.7 % pooled; rounds 5-133 pooled before their fixes 3925/4756 = 82.5 %. Their misses: "Das letzte
mögliche Einstiegsdatum … ist der 8.11.2017" (a deadline), "Im Mai 2017 nahm der Chor … teil. Am 25.5.
durften wir …" (the year of a yearless day named before with its month), "bis zu seinem Tod im April
2014" told with "behielt" (a past verb), "3rd Novenber 2023" (a misspelt month), "on the second
Wednesday of each month from March to December, excluding June and August" (the English season after
the rule and its left-out months were lost), a message's stamp "am: 05.09.2016 um 16:06", a gallery's
past month "…, Juni 2017", a past season's monthly rule told in the past, a census day ("Am 01.01.2006
hatte Halen 1564 Einwohner"), a death day. After the fixes (when_roles, when_grammar PAST_TENSE,
when_words MONTHS, when_rules, when_year_before and when_season_months (new); cases in
data/when_cases.tsv) they score 95.1 % (39/41), 94.1 % (32/34) and 96.9 % (31/32): 102/107 = 95.3 %;
no parse_when output of rounds 1-130 changed. Left: the five named after the first five. All 133
rounds: 4800/4902 = 97.9 % after their fixes. (A rule reading "Mitte Oktober 2017" alone as no day was
tried and taken back: data/when_cases.tsv reads a part of a month in a date cell, "Anfang Dezember",
as that month, and so does round 131's truth after alignment.)

Rounds 134-136 (date_strings_heldout_round134.yaml … round136.yaml, 86 strings from four sites none of
the earlier rounds used: a Krefeld Quaker meeting's invitations and cancellations, a Brandenburg parents'
initiative's saved SessionNet month calendars of the town council and its press list, a political
seminar's programme and a Dresden cultural association's minutes) were collected together before any
change for them and scored **89.5 % (34/38)**, **96.6 % (28/29)** and **78.9 % (15/19)**: 77/86 = 89.5 %
pooled; rounds 5-136 pooled before their fixes 4002/4842 = 82.7 %. Their misses: "Sa., 3. 12, 17.00 Uhr"
(day and month split by a space, the month's dot left out), a year typo "den 2.5.2025" in 2026 (the
weekday and "kommenden" say 2026), "Es gibt aktuell (17.3.2025) 127 Artikel" (a stand date), a book's
"(26. Mai 2023), ISBN-13", "bis 16. Oktober 2025 in der ARD Mediathek abrufbar", "Nach Einladung am
01.11.2023 per Email.", two following days each with its sessions ("Samstag, den 19.5., von 11:00 Uhr bis
14:00 Uhr sowie von 17:00 Uhr bis 20:00 Uhr und Sonntag, den 20.5., …"; the same with "Pfingstmontag,
den 21.5." and a second session on the later day), a form's weekdays "Sonntag Nachmittag bis
Pfingstmontag" read as a feast's end. After the fixes (when_citations (new), when_clean
_SPACED_UNDOTTED_DAY, when_pairs CLOCKED_AND_DAY_GAP; cases in data/when_cases.tsv) they score 94.7 %
(36/38), 100 % (29/29) and 84.2 % (16/19): 81/86 = 94.2 %; no parse_when output of rounds 1-133 changed.
Left: the year typo, the Whit Monday pair and the form's weekdays. All 136 rounds: 4883/4988 = 97.9 %
after their fixes.

Rounds 137-139 (date_strings_heldout_round137.yaml … round139.yaml, 137 strings from seven sites none of
the earlier rounds used: a parents' kindergarten association's closing days over five years, two Trier
kindergartens' dates, a children's shop's closing notes; a hackspace's site and a list of hackspaces'
online meetings under English weekday headings; OWASP's German regulars' tables and a Berlin user
group's English site) were collected together before any change for them and scored **88.9 %
(48/54)**, **66.7 % (22/33)** and **86.0 % (43/50)**: 113/137 = 82.5 % pooled; rounds 5-139 pooled
before their fixes 4115/4979 = 82.6 %. Their misses: weekday headings in lower case ("tuesday | 18:00 |
LUG Marl 18-21Uhr", seven lines) and a long row after them, a bracketed end "(bis 18:00)", "(in
ungeraden Kalenderwochen)", "1. 3. und ggf. 5. Dienstag im Monat" (read as 1 March), "dienstags und am
ersten Freitag des Monats" (the monthly day taken though Tuesday comes first), "jeden dritten Dienstag
im Monat … (außer im August und Dezember)" (the months left out not in the RRULE), "jeden ersten(neu!)
Dienstag", "at 6:30 or 7 pm" / "at 6 or 7 pm", "on Thursday 15th at 10:00" (a weekday and a bare day),
"24.12.2026 bis 01.01.2026" (the start's year on the end), "15. - 20 . Uhr", "Aufbau ab 10:00 Uhr bis
22:00 Uhr" (the setting-up hours, the row's only clocks, read as their end alone), "Donnerstag -
Samstag" after a dated open day, "bis num 06. Januar" (a typo), "Mo, 04.01.2026" in the 2026/27 row
(the weekday says 2027) and "Wegen Faschingsdienstag …, am 4. Dienstag!" (the feast the reason, the
day this month's). After the fixes (when_week_parity,
when_weekly_beside, when_weekday_day (new); when_relative lower-case full weekday names and
_WEEKDAY_ROW, when_times bracketed end, _AMPM_EITHER and the setting-up range, when_rules with
season_months for a year-round rule, when_weekday_rules "ggf.", when_clean _SPACED_ORDINALS,
_DOTTED_HOUR_RANGE and _NEW_REMARK, when_days _NEW_YEAR_SLIP, when_roles a reason's day ("wegen …")
before another; cases in data/when_cases.tsv) they score 94.4 % (51/54), 100 % (33/33) and 100 %
(50/50): 134/137 = 97.8 %; no miss of rounds 1-136 added. Left: the open day's weekdays, the typo and
the weekday's year. All 139 rounds: 5017/5125 = 97.9 % after their fixes.

Rounds 140-141 (date_strings_heldout_round140.yaml, round141.yaml, 78 strings from two sites none of
the earlier rounds used: a village leisure club's calendar 2020 as a table, its invitations and press
reports 2004-2020; a youth theatre group's open-air runs over a year, a show rained off and moved, its
timeline) were collected together before any change for them and scored **84.8 % (39/46)** and
**96.9 % (31/32)**: 70/78 = 89.7 % pooled; rounds 5-141 pooled before their fixes 4185/5057 = 82.8 %.
Their misses: "… ist wegen Regen ausgefallen. Sie wird am Sonntag, 23. August, um 19:00 Uhr
nachgeholt" (the rained-off day taken), "Erschienen in der Monheimer Stadtzeitung am 26.01.2006" (the
paper between the word and the day), "Beginn ist um 20.Uhr", "am Vorabend des ersten Maifeiertags",
"ab April | … | Nordic-Walking (Montags)" (the rule's first month ignored; here read after it, so the
next Monday stays), "ab Oktober | … | Beginn …" (a season's month alone), a clock of a report's
earlier sentence put on the next carnival's day, and a club founded in 1982 (outside the year
window). After the fixes (when_history a day made up for one called off, when_roles a paper named
before the day, when_times "20.Uhr", when_feasts "Maifeiertag" and when_days the eve before an
ordinal, when_rule_from_month (new) a weekly rule's first month, when_report_clock (new) a past
sentence's clock kept from a coming day; cases in data/when_cases.tsv) they score 93.5 % (43/46) and
100 % (32/32): 75/78 = 96.2 %; no miss of rounds 1-139 added. Left: the weekly rule read after its
month, "ab Oktober" and the founding day. All 141 rounds: 5092/5203 = 97.9 % after their fixes.

Rounds 142-144 (date_strings_heldout_round142.yaml, round143.yaml, round144.yaml, 96 strings from
three sites none of the earlier rounds used: a Hertfordshire parish council's meeting rule, lists
of meeting days and minutes, 2014-2019; a Baden village brass band's dates table and reviews
2004-2021; a resident's civic site on Arlington, Massachusetts, 2020-2023: elections, Town Meeting,
vigils, its boards' regular days) were each written down before any change for them and scored
**89.3 % (25/28)**, **97.2 % (35/36)** and **59.4 % (19/32)**: 79/96 = 82.3 % pooled; rounds 5-144
pooled before their fixes 4261/5153 = 82.7 %. Their misses: day and month joined by a hyphen
("Special Town Meeting starting 17-October", "open Saturday 6-June 8AM - 8PM", six strings), a
boards guide's "Tuesdays: Second and Fourth at 07:15 PM" (the ordinals after the weekday), "6-7PM
every night" and "Nightly … - 6pm to 7pm", "the 2nd Wednesday of February, April, May, July,
September, October and December" (a monthly rule held in the months listed, read as February's
day), "Closing date for applications: 21st October 2014" (a deadline), "Im Jahr 2005 fand … am
Sonntag, den 13.März statt" (the year said before the day; 13 March was a Sunday in 2011 too), a
continuation replaced by a later one ("continued … until May 27th, and has now … continued to 15
June"), a ballot's deadline ("must be … before 8PM on Saturday") and a report's title naming its
month ("Police and Crime Update July 2015"). After the fixes (when_hyphen_day_month and
when_weekday_then_ordinals (new) in when_clean, when_nth_month_list (new) in when_nth,
when_recurrence "every night"/"nightly", when_roles "closing date", when_year_before "Im Jahr
2005", when_history a meeting "continued to" a later day; cases in data/when_cases.tsv) they score
96.4 % (27/28), 100 % (36/36) and 96.9 % (31/32): 94/96 = 97.9 %; no miss of rounds 1-141 added.
Left: the report's month and the ballot's deadline. All 144 rounds: 5186/5299 = 97.9 % after their
fixes.

Round 145 (date_strings_heldout_round145.yaml, 30 Swiss German strings from a Zurich association of
blind and partially sighted people, 2022-2025: its programme of the year, a regulars' table, invitations,
reports) was written down after rounds 142-144's fixes and scored **96.7 % (29/30)** before any change
for it; rounds 142-145 pooled 108/126 = 85.7 %, rounds 5-145 pooled before their fixes 4290/5183 =
82.8 %. Its one miss, "(20. - 22. Oktober)" written in January and read as the past October's, is the
far preview's year left since round 9 (a yearless day's year needs the page). All 145 rounds:
5215/5329 = 97.9 %.

Round 146 (date_strings_heldout_round146.yaml, 48 German strings from a board-game club in Lemgo,
2023-2026: invitations to its game nights, a night postponed for snow, game weekends, role-playing days,
reports, its dates list and its regular rules) was written down after round 145 and scored **87.5 %
(42/48)** before any change for it; rounds 5-146 pooled before their fixes 4332/5231 = 82.8 %. Its
misses: a night's end after midnight ("von 16 Uhr bis 2 Uhr nachts", "bis drei Uhr nachts"), a sign-up
window's end read as an end ("Bis zum 13.05. … ist die Anmeldung … möglich"), a postponement whose new
day comes sentences later ("Der neue Termin … ist Samstag, der 18. Januar 2025, um 15:00 Uhr"), the
club's own day after a nationwide period ("Vom 23. bis zum 28.03.2026 … zum Event am 21.03.2026 ab 12
Uhr"), and an October eight months ahead whose year stands two sentences before ("Denn auch 2026 … vom
23. bis 25. Oktober"). All 146 rounds: 5257/5377 = 97.8 %.

Round 147 (date_strings_heldout_round147.yaml, 47 Swiss German strings from a centre for hearing- and
sight-impaired children, 2022-2024: its events' titles and time fields, school closing and start notes,
its groups' regular days, its blog's reports) was written down after round 146's before-score and scored
**91.5 % (43/47)** before any change for it; rounds 5-147 pooled before their fixes 4375/5278 = 82.9 %.
Its misses: two school-free days a weekend apart read as a period ("Freitag, 29. März 2024 und Montag,
1. April 2024"), a done-by date read as an end ("bis am Montag, 20. März 2023 … zugestellt"), "zweimal
pro Monat am Freitagmorgen" read as the next Friday, and an elided weekday compound ("am Mittwoch- und
Freitagnachmittag": Wednesdays only). All 147 rounds: 5300/5424 = 97.7 %.

Round 148 (date_strings_heldout_round148.yaml, 42 British English strings from an Anglican parish's
weekly news in Maidstone, 2022-2025: services, working parties, fairs, pilgrimages, peals, deadlines)
was written down before any fix for rounds 146-147 was merged and scored **78.6 % (33/42)** before any
change for it; rounds 5-148 pooled before their fixes 4408/5320 = 82.9 %. Its misses: a past Saturday
thanked for read as the next "Saturday 10th" (December's) before the coming one, "Applications close
on …" and "Email … by 8 January" (deadlines), a 12-hour span without am/pm ("11:15 to 2:15"), "No Mass
on Thursday 21st December", "Mass at 10.30" (a clock after "at" alone), "next year, for 18th-22nd
August", a weekly opening ("always open 10am to 12 noon on Thursday morning") without its rule, and
"ASH WEDNESDAY SUNG MASS 7.30pm" (the English feast's name).

After the fixes for rounds 146-148 (when_value: a night past midnight, a 12-hour span's afternoon end;
when_recurrence and when_weekday_rules: weekdays joined by "- und", a weekday heading in capitals;
when_relative: "zweimal pro Monat"; when_history: "Der neue Termin für … ist"; when_signup and
when_roles: "Bis zum … ist die Anmeldung … möglich", "bis am … zugestellt", "Applications close on",
"Email … by"; when_preview_year (new): the one year a text states, "next year"; when_times: a dotted
clock before a full stop; when_feasts: Ash Wednesday, Shrove Tuesday; when_weekday_day: a weekday's
bare day just past before the coming one) they score 97.9 % (47/48), 97.9 % (46/47) and 97.6 % (41/42):
133/137 = 97.1 %; no string of rounds 1-145 lost. Left: the club's own day after a nationwide period
("Vom 23. bis zum 28.03.2026 … zum Event am 21.03.2026 ab 12 Uhr", a judgement of what the page
offers), two school-free days a weekend apart ("Freitag, 29. März 2024 und Montag, 1. April 2024":
the parser joins them as the long weekend they are, the rounds' convention takes the first day), and
"No Mass on Thursday 21st December" (a day without the service; German called-off days keep their
date, so no rule was added). All 148 rounds: 5349/5466 = 97.9 %. Later (3 Dec, session 29) when_roles
reads an English „No Mass/service/meeting/… on <day>“ as a day without the service, English only (a test
keeps German called-off days dated): round 148 42/42 = 100 %.

Round 149 (date_strings_heldout_round149.yaml, 49 German strings from a village sports and orchard club
in Upper Franconia, 2023-2026: invitations to its church-fair dinner, wine festival, fish dinners, vegan
lunches, Christmas in the village, general meetings and a darts tournament, their order and sign-up
deadlines, reports, and its clubhouse's opening hours) was written down after round 148's fixes and scored
**89.8 % (44/49)** before any change for it; rounds 5-149 pooled before their fixes 4452/5369 = 82.9 %.
Its misses: order deadlines read as an end ("Essensbestellungen bitte bis Mittwoch, 04.09.2024 an:",
"Wir bitten um Vorbestellung bis zum 06.10.2024 bei: …"), a monthly rule without a space after its
ordinal ("1.Freitag im Monat ab 19:30 Uhr"), and last year's card reused with its year unchanged
("Donnerstag, 18.09.2024" written in September 2025: the Thursday is 2025's).

Round 150 (date_strings_heldout_round150.yaml, 50 German strings from a research network of German-speaking
geographers, 2016-2020: workshop announcements, reports, a workshop moved, a congress programme, a meeting
moved online; and from a living bee museum in northern Hesse: its programmes for 2019 and 2022) was written
down with rounds 149 and 151 and scored **78.0 % (39/50)** before any change for it. Its misses: yearless
days in a programme posted on 1 January or in March read as last year's ("7. Juli", "5. September", "13.
Oktober", "29. September": the far preview's year left since round 9), reports in the past tense whose
yearless period lies closer ahead than behind ("hat sich … vom 18. bis zum 20. Februar … getroffen",
"Vom 6. bis 8. Oktober beschäftigten sich …"), a moved workshop ("nicht wie geplant vom 16.–17. März …,
sondern vom 11.–12. Mai"), a congress programme whose weekdays are a day off ("Sonntag, 2. Oktober" in
2017, read as 2016's Sunday) and hotels' booking period ("Kontingente für den Zeitraum vom 12.-14. März").

Round 151 (date_strings_heldout_round151.yaml, 42 American English strings from a children's bookstore in
Lakewood, Ohio, 2025-2026: its event pages' teasers and bodies, weekly and monthly rules, a story time
cancelled for the holiday break, its opening hours and its grand opening's press release) was written down
with rounds 149-150 and scored **83.3 % (35/42)** before any change for it; rounds 5-151 pooled before their
fixes 4526/5461 = 82.9 %. Its misses: a holiday break in month/day numbers ("(12/25-12/29)"), a book's
release day before the visit ("The book comes out March 10th — Nola arrives March 21st", "releases March
10th, and … will be here on March 21st"), "the day before Easter", a clock mistyped "5:030 PM", and
opening hours as a weekday range ("Tue-Sat: 10am-6pm | Closed Sunday & Monday", "Tuesday–Saturday,
12:00pm–8:00pm (closed Sunday and Monday)").

After the fixes for rounds 149-151 (when_signup and when_roles: a compound order noun before "bis",
the role gate knowing every sign-up noun, a book's release day; when_weekday_rules: "1.Freitag im
Monat"; when_history: a day denied before "sondern"/"but"; when_mentions: "12/25-12/29"; when_feasts:
"the day before Easter"; when_told_past (new): a report's yearless day just past) they score 98.0 %
(48/49), 84.0 % (42/50) and 90.5 % (38/42): 128/141 = 90.8 %; rounds 5-151 5322 → 5332 of 5461
(97.6 %), no string of rounds 1-148 lost. Left: last year's card reused ("Donnerstag, 18.09.2024" in
2025), the far preview's year (a programme's "7. Juli", "13. Oktober" posted on 1 January: the page
states the year in its heading, the strings do not), a congress's weekdays a day off (the weekday
picks 2016), hotels' booking period, "Storytime at 11," (a bare English hour), "5:030 PM", and
opening hours as a weekday range ("Tue-Sat: 10am-6pm": a rule from a bare weekday range would
reach every venue's opening hours on a crawled page, left for a change measured on the corpus).
All 151 rounds: 5478/5607 = 97.7 %.

Then (session 30, helper LEFT4) the weekday range with its hours ("Di-Sa 10-18 Uhr", "Tue-Sat:
10am-6pm", "Tuesday-Saturday, 12:00pm-8:00pm") is read as the weekday adverbs ("dienstags bis
samstags"), a weekly rule with those hours (when_weekday_ranges) — not after an office's or a
service's word ("Büro:", "Sprechzeiten"), "zu den Öffnungszeiten" (when a thing can be had) or
hours that "gelten" from a day on, all three no offering in rounds 22, 48 and 82. Round 151 95.2 %
(40/42); round 112's prayer weeks "Montag bis Freitag von 6:30 bis 7:00 Uhr" found too; all 151
rounds 5481/5607 = 97.8 %, none lost; the 627 corpus pages' evaluate.py -v identical.
Then (the same helper) "ab Oktober", "ab Mitte Oktober", "ab März 2027", "from October" start on
the month's first day (the 15th for "Mitte") and name no end — before, the whole month, 1-31 —, and
a row's cell that says only "ab Oktober" ("Kalender 2020 | ab Oktober | Schule/Stadthalle | …") is
the row's month (when_from_month); "ab März 2027 jeden Dienstag" keeps its month despite the year
(when_rule_from_month). Round 140 95.7 % (44/46); all 154 rounds 5608 → 5609 of 5744, none lost.

Round 152 (date_strings_heldout_round152.yaml, 50 German strings from a network for sustainable
digitalisation, 2022-2026: invitation cards, teasers, two-day conferences, a conference moved, sign-up and
call-for-papers deadlines, its dates list, newsletter cards and past events headings), round 153 (32 German
strings from a Nuremberg shooting club, 2017-2026: invitations, reports and its training times table) and
round 154 (55 English strings: the network's English pages, an Illinois Python user group's meeting posts
2013-2014, a Nanaimo urbanists' group's event posts 2023-2024) were written down together after rounds
149-151's fixes and scored **96.0 % (48/50)**, **84.4 % (27/32)** and **94.5 % (52/55)** before any change
for them: 127/137 = 92.7 %; rounds 5-154 pooled before their fixes 4653/5598 = 83.1 %. Their misses: a
festival's two days beside the talk's own day and clock ("am 30.9. & 1.10. … spricht am 30.9. um 13:30"),
a conference moved whose old days come first ("Die Ursprünglich für den 8./9.Juli 2022 geplante Konferenz
musste auf den 16./17. Juni 2023 verschoben werden."), training times as table rows with the hours in two
cells ("Bogenabteilung | von | bis | Mittwoch | 17:00 | 20:00", five strings), the year of "At the end of
2023" for the next sentence's "From December 27 to 30", a hack night called off ("We won't be holding hack
night on 12/24/2013") and a survey's closing day ("Survey ends on September 29th, 2023.").

After the fixes for rounds 152-154 (when_history: a move's cues before a period's first day, „auf den
16./17. Juni“; when_roles: „No Hack Night December 24th“, „We won't be holding … on“, a survey's
closing day as a deadline; when_hour_cells (new) and when_schedule_rows: two clock cells under a
„von | bis“ header as a span, a bare weekday row under it as weekly) they score 98.0 % (49/50), 100 %
(32/32) and 98.2 % (54/55): 135/137 = 98.5 %; rounds 5-154 5462 → 5470 of 5598 (on main with
LEFT4's weekday ranges), no string of rounds 1-151 lost. Left: the festival's period beside the talk's day (which of the two the record is about
is a judgement of the page) and "At the end of 2023, … since 2019. From December 27 to 30" (the
year of the sentence before, beside a second year). All 154 rounds: 5616/5744 = 97.8 % at the fixes; 5617/5744 with the session's other fixes on main b5ce47d.

Round 155 (date_strings_heldout_round155.yaml, 29 Swiss German strings from a drummers' club of
Arth-Goldau, 2013-2025, and the Lucerne carnival's dates list of a Swiss news site for children), round
156 (31 Swiss German strings from that news site's articles, 2023-2026: festivals' and championships'
periods, days named from the article's day) and round 157 (45 English strings from a Worcester running
club's news, 2012-2018) were written down together after rounds 152-154's fixes and scored **93.1 %
(27/29)**, **83.9 % (26/31)** and **80.0 % (36/45)** before any change for them: 89/105 = 84.8 %; rounds
5-157 pooled before their fixes 4742/5703 = 83.1 %. Their misses: a meeting moved „auf den 22. Juni“ a
week before the report read as next year's, weekdays with the part of the day in one word („am
kommenden Samstagmorgen“), „heute Abend … um 21:00 Uhr“, a registration deadline and a ticket sale read
as an end, the earliest and latest Easter („frühestens am 22. März und spätestens am 25. April“) before
this year's, „in der Nacht vom 31. Oktober auf den 1. November“, „beginnt … am 1. März und endet am Abend
des 29.März“, „on Friday night (17 th)“, „The time is 8.15 on Monday the 24th.“ (an evening without pm),
bare ordinals („on the 16th“, „a charity ball on the 28th“), „all names have to be sent off by WEDNESDAY
12TH DECEMBER 2012“, a 24-hour run's end, a road closed for repairs, the leisure centre's holiday hours
and „Croome entries open at 9pm“.

After the fixes for rounds 155-157 (when_relative: a weekday fused with „morgen“, „heute Abend“ with
its clock later in its clause; when_overnight (new): „in der Nacht vom 31. Oktober auf den 1.
November“; when_bare_ordinal (new): „on the 16th“ without a month is the next such day of the month;
when_roles: „sent off by“ a deadline, a race's „entries open“ and „frühestens am“ no day; when_pairs:
„endet am Abend des 29.März“; when_round_the_clock (new): a „24hr“ event ends a day later) they score
96.6 % (28/29), 96.8 % (30/31) and 91.1 % (41/45): 99/105 = 94.3 %; rounds 1-154 5617 → 5618 of 5744
(round 6's „on the 13th or 20th“), none lost. Left: the meeting moved „auf den 22. Juni“ told a week
later, the registration deadline and ticket sale beside it, „Friday night (17 th)“, „8.15“ an evening
without pm, a road's closure and a leisure centre's holiday hours. All 157 rounds: 5717/5849 = 97.7 %.

Round 158 (date_strings_heldout_round158.yaml, 52 Austrian German strings with their English twins from
a Vienna pianists' network, 2023-2026: „Meet-up zum Klavierspielen am 18. Jänner 2024, 19 Uhr“, „am
16.12. ab 18:00 Uhr“, a postponement without its new day, a film series „13. Nov. bis 11. Dez. 2025“
with its list „13-11-2025, 20:15: …“) and round 159 (29 German strings from a ski club's programme
2026/27 and season tiles — trips' departures and returns, „Samstag, 16. bis Sonntag, 17.01.2027“, a
sale's timetable in three parts — and a Chiemgau costume club's year) were written down together
after rounds 155-157's fixes and scored **98.1 % (51/52)** and **82.8 % (24/29)** before any change for
them: 75/81 = 92.6 %; rounds 5-159 pooled before their fixes 4817/5784 = 83.3 %. Their misses: „This
event was originally announced for Dec. 16th but unfortunately had to be moved.“ (the day moved away
from), a bus trip's „RÜCKFAHRT: 19:00 Uhr“ (its end) and „RÜCKFAHRT: 18:00-18:30 Uhr“ read as the
trip's time, a sale's timetable „09.30 - 11.30 Uhr Annahme 13.00 - 14.30 Uhr Verkauf 14.30 - 15.00 Uhr
Abholung“ ending with its first part.

Round 160 (date_strings_heldout_round160.yaml, 56 British English strings from a Stroud masters swimming
club's news, 2011-2025: race reports, AGM notices, session changes, called-off sessions and
resumptions) was written down after rounds 158-159 were scored and scored **75.0 % (42/56)** before any
change for it: rounds 158-160 117/137 = 85.4 %; rounds 5-160 pooled before their fixes 4859/5840 =
83.2 %. Its misses: requests with a day to answer by („please complete and return by the 16th January“,
„let … know … by Friday October 16th“, „payment by Sunday 12th June“, „send me details … by the 28th
January“) read as the event's day, „will start at 07:30 and finish at 08:30“ and „starts at 07:30 and
finishes at 09:00“ without their end, „delay the AGM until Monday 20th March“ read as an end, „Wednesday
25th May and Friday 27th May“ read as a span, a called-off session before „Sundays will continue as
usual on 21st August“, „New Year's Day … and then on the 6th January“, „tomorrow morning at Archway 7.30
to 8.30“, „Bank Holiday Monday“, a pool's closure beside the moved session, and „the last club swimming
session will be on Wednesday morning“ beside a closure's first day.

After the fixes for rounds 158-160 (when_history: the guard for „as originally planned“ no longer
catches „was originally“; when_times: a trip's „RÜCKFAHRT: 19:00 Uhr“ in capitals and a return window
„RÜCKFAHRT: 18:00-18:30 Uhr“ end the trip and are never its start, a 24-hour clock after „finish(es)
at“ is the end; when_roles: „complete and return by“, „let … know … by“, „payment by“, „send me … by“
answer a request, no event's day; when_days: „delay … until“ names the new day, two days joined by
„and“ that each name their month are separate unless they follow each other; when_resumed: „will
continue as usual on“ after a session that „had to be cancelled“; when_relative: „tomorrow“ inside an
English sentence with its clock later in the clause) they score 100 % (52/52), 93.1 % (27/29) and 92.9 %
(52/56): 131/137 = 95.6 %; rounds 1-157 5718 → 5719 of 5849 (round 147's „Freitag, 29. März 2024 und
Montag, 1. April 2024“, two days apart), none lost. Left: the ski sale's timetable in three parts
(read as its first part, as rounds 11 and 81 read two windows of one day), „New Year's Day … and then
on the 6th January“, a pool's closure beside the session moved, „Bank Holiday Monday“ and the last
session „on Wednesday morning“ beside a closure's first day. All 160 rounds: 5850/5986 = 97.7 %.

Round 161 (date_strings_heldout_round161.yaml, 28 German strings from a Hamburg dance teacher's site,
2016-2026: weekly course slots „Donnerstags von 19-20 Uhr … und Donnerstags von 21-22 Uhr“, course cards
„Dienstags 19:00 Uhr | Neuer Anfängerkurs ab 5. November“, workshop days, an intensive weekend), round 162
(34 German strings from a community of outdoor radio amateurs, 2022-2026: meetings in parks announced
and reported, „Am dritten vollem Wochenende im Juli“, „Am Himmelsfahrtstag 2024“, frequencies „145.5 MHz“)
and round 163 (27 Swiss German strings from a youth sports festival, 2024-2025, and a town band's
centenary, 2017: sign-up opening and deadlines „bis am 28. Februar“, „startet nächsten Samstag“, scores
„28.03“, programme rows „16:00 - 02:00 Uhr“) were written down together after round 160's fixes and
scored **92.9 % (26/28)**, **85.3 % (29/34)** and **81.5 % (22/27)** before any change for them: 77/89 =
86.5 %; rounds 5-163 pooled before their fixes 4936/5929 = 83.3 %. Their misses: a heading's slipped year
„Neu ab dem 11.01.2017:“ written in December 2017 for „Im neuen Jahr“, past events and decisions named by
month only („November 2015“, „im Januar 2024“), the third full weekend of a month, a misspelt feast
„Himmelsfahrtstag“, a report's „Samstag, 11 Uhr, …“ and „Heute stand … auf dem Programm“ on the post's
day, a season without its year („Herbst in Karben, Save the Date!“), sign-up opening („wird am 16.
September … aufgeschaltet“), closed („ist seit dem 20. Dezember 2024 abgeschlossen“) and deadlines with
the Swiss „bis am“ read as dates or ends.

After the fixes for rounds 161-163 (when_signup_state (new): sign-up switched on („aufgeschaltet“) or
closed („ist seit dem … abgeschlossen“) told as its state is the sign-up date; when_roles: „bis am …
gemacht/beglichen werden“ a deadline; when_nth: „am dritten vollem Wochenende im Juli“, the last full
weekend with its Sunday in the month; when_feasts: „Himmelsfahrtstag“; when_relative: „Heute stand … auf
dem Programm“, a report's lead opening with its weekday and clock („Samstag, 11 Uhr, …“) at any length;
when_grammar: „fiel“ a past verb) they score 92.9 % (26/28), 97.1 % (33/34) and 100 % (27/27): 86/89 =
96.6 %. Two known misses of earlier rounds were fixed with them: when_bank_holidays (new): „on Bank
Holiday Monday“ is the UK's next bank holiday Monday (round 160); when_told_past: a day an event „wurde …
verschoben“ onto within a month before the report is that day (round 155's „auf den 22. Juni
verschoben“ told a week later, round 27's „auf den 4.Mai verlegt“). Rounds 1-160 5850 → 5853 of 5986,
none lost. Left: „Neu ab dem 11.01.2017:“ written in December 2017 for the new year, a competition
result's month „November 2015“ and „Herbst in Karben, Save the Date!“ (a yearless season, none as round
85's „2025 | Herbst | … | tba“). All 163 rounds: 5939/6075 = 97.8 %.

Round 164 (date_strings_heldout_round164.yaml, 36 German strings from a Bavarian sports club's table
tennis section, 2015-2024: fixtures, junior tournaments, reports told by weekday, „Erfolgreiche
Kalender-Woche 47.“, „am ersten Februarwochenende“, the training timetable „Jugend | Montag | 17:00 -
18:30 Uhr: … (Nov - Feb: 16:30 - 18 Uhr)“), round 165 (43 German strings from a Munich Orthodox
monastery's posts, 2015-2018: service plans „18.05 (Montag) um 17 Uhr“, „Am 19 (6) Mai“ with the Julian
day in brackets, „22 bis 1 Uhr“, members' meetings, notices) and round 166 (45 strings: the monastery's
posts 2019-2020 with Julian and civil twins „Am 6. / 19. Mai“, deaths, visits, and a Zurich gamers'
association's Swiss German year reports 2019-2021, „Im 2019“, „ins 2022“, one English mission day) were
written down together after round 163's fixes and scored **75.0 % (27/36)**, **86.0 % (37/43)** and
**82.2 % (37/45)** before any change for them: 101/124 = 81.5 %. One truth of round 164 was then
aligned, before any fix, with when_nth's convention (a month's first weekend is its first Saturday and
the Sunday after: „jeweils 1. Wochenende im März u. Oktober“ on 3 March 2020 is 7-8 March, first written
as October's): round 164 28/36 before its fixes, rounds 164-166 102/124 = 82.3 %; rounds 5-166 pooled
before their fixes 5038/6053 = 83.2 %.
Their misses: the day someone died („der am 27.12.2019 … verstorbene Gründer“, „ist … in Frieden
heimgegangen“, „ist von uns gegangen“), a state begun this month („stellt sich seit Mai 2018 …“),
twin days in two calendars without their marks („Am 6. / 19. Mai“, „Am 19 (6) Mai“), a timetable's
rows under the group they are for, a weekday „ab 21:00 Uhr“, hours for some months in brackets, „Am
darauffolgenden Freitag ging es …“, „Kalender-Woche 47“, a day before its bracketed weekday without its
dot („18.05 (Montag)“), „Samstag … abends und am Sonntag …“, a year report's first-person past weeks
before the day it was written („gönnten wir uns am 2. Februar“ on 31 December), „sassen wir“ before
„Die nächste Vorstandssitzung wird am …“, a greeting's dateline („22. Dezember wünscht der Verein …“) and
a bus that does not run.

After the fixes (when_notices: deaths, a greeting's dateline, a bus that does not run; when_history:
„seit“ this month, a next meeting's compound noun; when_calendars: unmarked Julian twins thirteen days
apart; when_schedule_rows: a group's timetable row; when_relative: „ab“ after a weekday, „am
darauffolgenden“; when_season_hours (new): bracketed hours for some months; when_periods: „Kalender-Woche“;
when_period_dot: „18.05 (Montag)“; when_pairs: a day's part before „und am“; when_told_past: a
first-person past clause weeks before the reference; when_grammar: „sassen“, „gönnten“; cases in
data/when_cases.tsv) they score 100 % (36/36), 95.3 % (41/43) and 95.6 % (43/45): 120/124 = 96.8 %.
Then when_relative: weekdays named one after the other, each the day after the one before, in one
sentence are a span („Totengedenken am Samstag, Pfingsten … am Sonntag und Tag des Heiligen Geistes am
Montag“, „am Samstag und Sonntag“): round 165 97.7 % (42/43), rounds 164-166 121/124 = 97.6 %; round
75's „heizten … am Samstag und Sonntag ein“ is now the weekend, still next week's („heizten“ is in no
list of past verbs). Rounds 1-163 5940/6075 (main with round 157's „on Friday night (17 th)“ mended)
unchanged, none lost. Left: a city's plan „will noch im Januar 2018 … sorgen“, „Zum 18. März
wurden alle … eingeladen“ in a year report written in December (an invitation told in the past may be
to a coming day), and „Am Dienstag, dem Fest des … Wladimir, hat … unternommen“ written on a Tuesday (the
feast's day, a week back, is not in the text). All 166 rounds: 6061/6199 = 97.8 %.

Round 167 (date_strings_heldout_round167.yaml, 40 German strings from a Lower Franconian village's
Sebastian brotherhood, 2019-2023: the feast weekend „beginnt am Samstag, den 16.01.2021 und endet am
Montag, den 18.1.2021“, its Covid cancellations and summer replacement, general meetings „an
Dreikönig“, rifle hand-out hours, a day's programme by clock lines), round 168 (37 Austrian strings
from a Styrian St. Vincent de Paul conference, 2019-2026: „ladet zur Generalversammlung am Sonntag
9.2.2025 um 10:00 Uhr“, „15. Jänner 2023“, „ab 9h“, „missio SHOP von 24.09 bis 22.10.2023“, drop-off
points „Mo, 11.12. und Di, 12.12.2023 von 8:00-13:00 Uhr“, „heuer“) and round 169 (36 strings: a Swiss
folk-costume group's year programme under month headings „Jahresprogramm 2015 | November | 14./15.
Heimatabend mit Theater“ and rehearsal rules, a Bavarian grammar school's concert, first school day,
alumni evening, enrolment days and deadlines, a community garden's „letztes Wochenende“) were written
down together after round 166's fixes and scored **87.5 % (35/40)**, **91.9 % (34/37)** and
**61.1 % (22/36)** before any change for them: 91/113 = 80.5 % (90/113 as first written: three truths
were aligned before any fix with rounds 111, 131 and 12 — two services on two following days each
with its own are the first day; the month under way told in the future is a month; a weekly rule's
next day may be today); rounds 5-169 pooled before their fixes 5129/6166 = 83.2 %.
Their misses: a year programme's bare days under a month cell, a programme line's own clock under
its day heading's („Freitag 2.6.2023 ab 17:00 | 18:30 Vortrag“), „in der Regel am Mittwoch“,
„bei der heutigen Generalversammlung“, „an Dreikönig“, „letztes Wochenende“ told in the perfect, a
donation's shelf life („bis mindestens März 2022 haltbar“), „muss am … um 13.30 Uhr beendet sein“, a
saint's memorial day as a fact, the month under way told in the future beside a cancelled feast, a
past month written with its year at the sentence's start, how a reverse Advent calendar works, an
open day named as the reference for visits, and enrolment hours going on into a next day's clause.

After the fixes (when_month_rows (new): a month cell names the month of the next cell's bare days;
when_line_clock (new): a line's opening clock over its heading's; when_recurrence: „in der Regel am“;
when_relative: „bei der / zur heutigen …“, a past weekend told in the perfect; when_feasts: „an
Dreikönig“; when_notices: a shelf life, a memorial day's date as a fact; when_roles: „muss am …
beendet sein“ (a clock's dot inside the clause); when: a future clause keeps the month under way;
when_schedule_rows: a row opening with a bare weekday and hours from … to, which also mends round
114's two training rows; when_days: a period's hours, then „, am“ the next day with its own hours
go on with the period („… bis Donnerstag, den 11. Mai von 9 Uhr bis 16.30 Uhr, am Freitag, den 12.
Mai von 9 Uhr bis 13.30 Uhr“); cases in data/when_cases.tsv) they score 97.5 % (39/40), 97.3 %
(36/37) and 97.2 % (35/36): 110/113 = 97.3 %. Rounds 1-166 6061 → 6063 of 6199, none lost. Left:
„2022 wird … der Festgottestdienst im Januar gefeiert, aber … verschoben“ (a past January named with
its year at the sentence's start), „am 1. Dezember leer und am 24. Dezember voll“ and „nach dem Tag
der offenen Tür am 11. März … besichtigen“. All 169 rounds: 6173/6312 = 97.8 %.

Round 170 (date_strings_heldout_round170.yaml, 38 Swiss strings from a charity association's golf tournaments
and ski days, 2022-2025: „Am 05. Mai hiess es in Lipperswil wieder“, „Skitag 25. - 27. Januar 2026“, „26 - 28
Januar 2025“, a fallback period, a new club's yearless list „23. Juni 9-Loch-Turnier in Meggen“), round 171 (36
Berlin strings from a grammar school's pupil-kept site, 2010-2018: „Am Mittwoch den 21.03. um 19 Uhr“,
„Schüleraustausch nach Narbonne Kl. 10 : 14.03. - 21.03.18“, „am 06.12.017“, „seit dem 15.02.16 arbeitet“, a birth
in a caption) and round 172 (35 Austrian strings from fire-brigade historians' reports, 2006-2012, and a music
festival, 2024-2026: „laut Parte … am Mittwoch den 15. April 2009 um 11:00 Uhr“, „Am Samstag, den 3. und Sonntag,
den 4. Mai fand … der Florianitag 2008 statt“, „fand an 17.Oktober“ under „des Jahres 2011“, „BOOKING Phase: 15.
Oktober - 15. Dezember 2025“) were written down together after round 169's fixes and scored **94.7 % (36/38)**,
**88.9 % (32/36)** and **82.9 % (29/35)** before any change for them: 97/109 = 89.0 % (96/109 as first written: one
truth was aligned before any fix with rounds 5, 126 and 139 — doors open is no start).
Their misses: a zero-padded year „am 06.12.017“, a job held „seit dem 15.02.16“, a decision
„etwa Ende Mai entschieden werden“, a birth in a caption, a death „aus dem Leben geschieden“ and
„verstorben 1. April“ beside „Totengedenken“, a report's yearless day in the year its sentence names
(„Florianitag 2008“, „des Jahres 2011“), a booking phase's window, a day's labelled programme whose
earliest item comes after the bands, and a new club's yearless list of next year's tournaments.

After the fixes (when_typo_years: a year padded with a zero; when_notices: births, deaths „aus dem
Leben geschieden“, „the passing of“, the day right after „verstorben“, a board or staff since a day,
a booking or application phase's label, the day a decision falls; when_preview_year: a report told
in the past in the one earlier year it names, a January day typed with the old year in December by
a text about the new year; when_told_past: a day told in the future, two months back or more by the
nearest-year rule, is the coming one, and so is a programme's row opening with its yearless day
and a cell's bar, a dash or a colon („7. Juli | 11-17 Uhr: Tag der deutschen Imkerei“); when_times: the earliest labelled programme item once the doors
open; when_typed_old_year (new): a written year its own weekday refuses, the next year's same day
fitting it and lying ahead, is last year's figure typed again; cases in data/when_cases.tsv) they
score 94.7 % (36/38), 100 % (36/36) and 100 % (35/35): 107/109 = 98.2 %. Rounds 1-169 6173 → 6191
of 6312, no round lower (mended: round 61's board „seit dem 10. Juni“, round 68's „10.09.025“, round
133's „The passing of“, round 9's „Er wird 75 Jahre alt … am 9. November“, round 32's „in 2015
anstehenden Ereignisse … am 26. September“, round 53's „We will be showing March 20-April 2“, round
116's „wird es am 28.08.“, round 161's „Neu ab dem 11.01.2017 | Im neuen Jahr …“, and the typed
years of rounds 15, 114, 134, 137 and 149: „am Freitag, den 25.01.2012“ read in January 2013, and
the programme rows of rounds 22, 86 and 150: „3. Oktober - Tag der Deutschen Einheit …“ in February).
Round 116's „Sonntag, 17.09.2022 von 13:00 – 21:00 Uhr“ (read in August 2023; its note: the badge
says 17. SEPT 2023) now reads as 2023, against its truth, which keeps the written year: the five
rounds above take the year the weekday fits. Left: the two tournaments listed by yearless day under
a lead naming 2026 (no cell after their days: a year report's heading „27.6. Grill und Bier“ looks
the same). All 172 rounds: 6298/6421 = 98.1 %.

Round 173 (date_strings_heldout_round173.yaml, 50 strings from a Bonn Buddhist meditation centre's event
posts, 2018-2026: „Wir treffen uns am 27.05. um 10:15 Uhr am … 53127 Bonn“, „Immer Donnerstags: Tag 1:
09.01. …“, „Samstag der 18.11. | 7:00 Uhr – 2. Ruhige Session“, „Jeden letzten Donnerstagsabend im
Monat“), round 174 (35 strings from a Karlsruhe discussion group's posts, 2019-2025, and a Strausberg
allotment association's notices, 2024: „Der 11.1.20 ist ein Samstag“, „um „5 vor 12““, „Immer an jedem
11. des Monats“, „Bis zum 11. im KAP.“, the gates closed „vom 01.11. bis zum 31.03.“) and round 175 (28
Swiss strings in Graubünden dialect from a Zürich students' club, 2023-2026: „am Donnstig 30.11.2023 ab
18:00“, „de Donnstig“, „isch spötistens um 23:30 verbii“, „von 18:00 bis Mitternacht“, a general
meeting „GV 2025 | … Am 05.03.2024 um 18:30 Uhr“) were written down together after round 172's fixes
and scored **92.0 % (46/50)**, **91.4 % (32/35)** and **85.7 % (24/28)** before any change for them:
102/113 = 90.3 % (100/113 as first written: two truths were aligned before any fix with rounds 44, 136
and 9 — one event on two following days, each with its own hours, is a span; an anniversary keeps its
day, here its month); rounds 5-175 pooled before their fixes 5328/6388 = 83.4 %.
Their misses: a programme item's number read as an end hour („7:00 Uhr – 2. Ruhige Session“: 14:00),
„Donnerstagsabend“ with its joining „s“, one day of every month, „um „5 vor 12““, „bis Mitternacht“,
an end told by „ist spätestens um 23:30 vorbei“, a weekly rule's yearless first day put in the past
by the nearest year though its weekday is next year's, last year typed in an invitation that names
this year, Swiss weekday names, a weekend seminar's „1. Tag: … 2. Tag: …“ and a farewell „Bis zum
11.“.

After the fixes (when_times: a bare number with a dot and a capitalised word after a clock's dash is
an item's number, no end hour; „um N vor M“ as a clock; „bis Mitternacht“ after a clock is 24:00; an
end told by „ist … vorbei / zu Ende“ or „endet gegen“; when_weekday_rules: „Donnerstagsabend“;
when_recurrence: „an jedem 11. des Monats“, „on the 11th of every month“ (FREQ=MONTHLY;BYMONTHDAY=11)
with its next day; when_rules: a weekly rule's weekday moves its yearless first day, past by the
nearest year, into the next year when that year's day has the rule's weekday; when_typed_old_year: a
day written with last year, not told in the past, in a text naming this year, a few weeks ahead in
this year; when_dialect (new): Swiss weekday names, „de Donnstig“ as „am Donnerstag“; when_pairs:
two following days joined by a day count „2. Tag:“ and written „Samstag der 30. November“; cases in
data/when_cases.tsv) they score 100 % (50/50), 97.1 % (34/35) and 100 % (28/28): 112/113 = 99.1 %.
Rounds 1-172 6298 → 6298 of 6421, none lost. Left: „Bis zum 11. im KAP.“ (a farewell naming the next
meeting by its day alone). All 175 rounds: 6410/6534 = 98.1 %.

Round 176 (date_strings_heldout_round176.yaml, 29 strings from a personal Hugo weblog's posts, 2005-2016:
a diploma defence „Am Mittwoch, 20.04. um 8:00 Uhr im Raum BAR I/85“, a reading club „nächsten Dienstag“,
student-theatre performance lists „Samstag, 9. Oktober um 20:00,“, „morgen folgt dann die Generalprobe“,
„Samstag morgen, 7:39 Uhr, Milchbuck.“) and round 177 (27 strings: the same weblog's Darmstadt years
2017-2020, a free theatre's table „Samstag | 31. März 2018 | 20 Uhr“, „Termin | Samstag, 14. März um 20 Uhr“,
and a Pullach amateur theatre's pages „Premiere | 20. Februar 2008, Bürgerhaus Pullach“, „21,22,23 April“,
„2017 | Im März und April spielen wir …“) were written down together after rounds 173-175's fixes and scored
**79.3 % (23/29)** and **88.9 % (24/27)** before any change for them: 47/56 = 83.9 % (one truth was
aligned before any fix with rounds 2 and 173: three following days listed „21,22,23 April“ are one period). Their misses:
„morgen“ as the day after the post (twice), „Samstag morgen“ read as tomorrow's Saturday, „bis zur Premiere
am 23. Mai“ read as an end, a deadline „Bis nächsten Mittwoch zur …“, a list of performance days „am 23. und
24. März … und am 26. März“ read as a span, „morgen am Samstag …, dann am Freitag, dem 20.“, „21,22,23 April“
(its last day only) and two months „Im März und April“. All 177 rounds before any fix for these two: 6457/6590 = 98.0 %.

After the fixes (when_relative: a weekday's „morgen“ without a comma is its morning, and a weekday's
clock may follow its part of the day; „morgen“ written small in a sentence naming a performance or a
meeting is tomorrow; when_days: „bis zur Premiere am <day>“ names the event's own day, no end;
when_comma_days (new): „21,22,23 April“; when_periods: two following months announced in a sentence
„Im März und April spielen wir“, „Im Oktober/November“; when_roles: a day after „bis“ by which one
should hand something in is a deadline; cases in data/when_cases.tsv) they score 96.6 % (28/29) and
100 % (27/27): 55/56 = 98.2 %. Rounds 1-175 6410 → 6410 of 6534, none lost; no corpus page changed.
Left: „am 23. und 24. März in Uster und am 26. März“ (a third day further on should make the three a
list of separate days). All 177 rounds: 6465/6590 = 98.1 %.

Rounds 178-180 (date_strings_heldout_round178.yaml, 31 strings; round179, 40; round180, 37) come from one
volunteer fire brigade's Hugo site (Kronshagen, Schleswig-Holstein): its news ticker kept after its vehicle hall
burnt down in 2017, each entry dated by its heading („**Freitag, 13. April 2018**“: the move back, „am Samstag,
den 01. September 2018“, „In der Nacht auf Samstag um 2:27 Uhr“, „morgen früh um 7:55 Uhr“, weekdays told a few
days later „Am Donnerstag haben wir Abschied … genommen“), and its incident reports 2015-2022 („Am heutigen Montag
um 00:55 Uhr“, „Gestern kam es gegen 18 Uhr zu einem Feuer“). Written down before running the parser, they scored
**90.3 % (28/31)**, **67.5 % (27/40)** and **97.3 % (36/37)** before any change for them: 91/108 = 84.3 %. Their
misses: weekdays told in the perfect („haben … genommen“, „hat … abgesegnet“) or with past verbs the grammar did
not know („galt es“, „rückte … aus“) read as the coming ones; „morgen“ and „gestern“ inside a sentence without
a clock right after („morgen geht es … ab 10 Uhr weiter“, „Morgen können wir …“, „gestern abgeholt“);
„Heute morgen um 7:15 Uhr“ read as tomorrow; „heute Abend“ without a clock; „In der Nacht auf Samstag um 2:27
Uhr“; „Wie am Montag bereits angekündigt, konnten wir heute …“ (the announcement's day); a council's decision at
its meeting „Mit der Gemeindevertretersitzung am 11.07. wurde … beschlossen“ read as a stamp. All 180 rounds
before any fix for them: 6556/6698 = 97.9 %.

After the fixes (when_relative: a weekday told in the perfect, its participle closing the clause
„haben … genommen“ (not „haben … geöffnet“), and „galt“, „rückte“, „musste“ report a past weekday;
„Heute morgen um 7:15 Uhr“ is this morning; „morgen“ written small with its clock later in the
clause or „morgen früh um“, and „Morgen können wir …“/„Bereits morgen wird …“ with a verb after it,
are tomorrow; „gestern“ with the perfect; „heute Abend“ without a clock (not „heute Abend keine
Probe“); „in der Nacht auf Samstag um 2:27 Uhr“; „wie am Montag bereits angekündigt“ names no event
and „konnten wir heute …“ is the page's day; when_roles: a meeting named right before its day,
its decision closing the sentence, keeps the day; cases in data/when_cases.tsv) they score 100 %
(31/31), 95.0 % (38/40) and 97.3 % (36/37): 105/108 = 97.2 %. Four leftovers of earlier rounds
were fixed too (when_days: a pair of days followed by one more day of a list, „am 23. und 24. März
in Uster und am 26. März“, is a list; when_bare_ordinal: a German day of the month alone, „öffnen
wir am 13. unsere Werkstatt“, and a farewell „Bis zum 11. im KAP.“ are the next such day;
when_periods: „will noch im Januar 2018 … sorgen“ is a month by which a plan is done, no event):
rounds 1-177 6465 → 6469 of 6590, none lost. Left: „jetzt gerade … gegen ca. 18:00“, „Weil heute
ja inoffiziell die Kieler Woche beginnt“, „So gestern am Kran …“ (no verb). All 180 rounds:
6574/6698 = 98.1 %. Then: the perfect of an inseparable verb („haben … uns mit einem Festmahl
überrascht“, round 63; „hat … einen Ausflug … unternommen“, round 166) tells a past weekday, and
„heute“ with a verb of beginning in its clause („Weil heute ja inoffiziell die Kieler Woche beginnt“)
is the page's day: round 179 39/40, rounds 1-177 6471 of 6590; all 180 rounds 6577/6698 = 98.2 %.

Round 181 (date_strings_heldout_round181.yaml, 39 strings) is Swiss German and English: a Zurich
YMCA youth group's site (Cevi Züri 11: „Vom 10. bis 17. August begaben sich …“, „vom 8.-15. August“,
„bis am 24.2.2023“, „1 Juli 2023 um 14.30 Uhr“, „Das Wochenende 2/3.12.2023“) and a Vienna Ruby user
group's posts 2013-2016 („On Thursday, March the 7th“, „the 9th of May“, „July 18 at Sektor5!“).
Written down before running the parser, it scored **89.7 % (35/39)** before any change for it. Its
misses: English „March the 7th“, „April the 12th“, „May the 9th“ (month, „the“, ordinal) read as
nothing; „am 19. Juli uns … zu besuchen“ after „sind herzlich eingeladen“ read as last July.
All 181 rounds before any fix for it: 6612/6737 = 98.1 %.

After the fixes (when_detached_ordinals: „March the 7th“, „May the 9th“ — an article between a
month and its ordinal day — read as „March 7th“; when_preview_year: an invitation in the present,
„sind herzlich eingeladen“, „wir laden euch …“, "you are invited", "join us", puts a yearless day
the nearest-year rule put in the past ahead, not when the text tells it took place; cases in
data/when_cases.tsv) round 181 scores 100 % (39/39); rounds 1-180 6577 → 6577 of 6698, none lost.
All 181 rounds: 6616/6737 = 98.2 %.

Rounds 182-184 (date_strings_heldout_round182.yaml, 35 strings; round183, 26; round184, 38) come from
three sites not used before: the Freifunk Kiel community's Jekyll minutes 2015-2021 („Das nächste
Freifunk Treffen findet planmäßig am 04.08.2017 statt.“, „an Himmelfahrt“, „Am 9. bis 12. August“,
„ab gestern alle 3 Monate den ersten Mittwoch im Monat“), the Freifunk Mayen-Koblenz Hugo blog
2015-2020 („Heute ist ein guter Tag …“, „Vergangenen Donnerstag stellte … vor“, „Am 2016-06-07 fand
… statt“, quotations' bylines „Justizministerium, 4. Mai 2017“) and a Hunsrück gymnastics club's blog
2020-2026 (TV 1927 Unzenberg/Heinzenbach: „Am Samstag , 28. März 2020 / 19.00 Uhr“, „Am Freitag, 20.
und Samstag, 21.01.2023“, „immer Mittwochs von 17-18 Uhr“, „Am 2. Ostertag 1927“). Written down
before running the parser, they scored **88.6 % (31/35)**, **80.8 % (21/26)** and **97.4 % (37/38)**
before any change for them: 89/99 = 89.9 %. Their misses: „heute“, „gestern“ and „ab Montag“ in
sentences whose verb the grammar did not know („gibt es heute“, „Heute ist ein guter Tag … konnten wir
… in Betrieb nehmen“, „sind gestern … aufgetaucht“, „haben gestern … diskutiert“, „bieten wir an, …
ab Montag“); a quarterly rule „alle 3 Monate den ersten Mittwoch“ read as monthly; bylines and an
edit stamp („Justizministerium, 4. Mai 2017“, „EDIT 12.06.17:“) read as events; „Am 2. Ostertag
1927“ (Easter Monday) unknown. All 184 rounds before any fix for them: 6705/6836 = 98.1 %.

After the fixes (when_relative: „gestern“ beside any perfect, with „sein“ too and its participle
anywhere in the sentence; „Heute ist ein guter Tag …“ and „gibt es heute das …“ are the page's day;
„ab Montag“ is the coming Monday where something is offered, held or begun, not „Ab Montag stehen
alle Aufnahmen … zur Verfügung“ (round 165); „jetzt gerade …“ with a clock later in the text;
when_roles: an „EDIT 12.06.17:“ stamp; when_feasts: „2. Ostertag“, „2. Pfingsttag“; when_bylines
(new): names and a past day with its year, „Justizministerium, 4. Mai 2017“, are a byline;
when_stamps: a press dateline whose teaser has quoted words and no full stop; when_preview_year: an
event announced in the present, „Die Kerwe steigt vom 13. bis 17. September“, puts a yearless day
more than 60 days past ahead unless its weekday is written beside it; when_later_ranges (new): a
day's timetable of following clock ranges ends at the last one's end; cases in data/when_cases.tsv)
they score 97.1 % (34/35), 100 % (26/26) and 100 % (38/38): 98/99 = 99.0 %. Leftovers of earlier
rounds fixed too: round 179's „jetzt gerade … gegen ca. 18:00“, round 36's byline, round 43's
dateline, rounds 8 and 9's announced days, round 159's two timetables; rounds 1-181 6616 → 6623 of
6737, none lost. Left: „ab gestern alle 3 Monate den ersten Mittwoch im Monat“ (a quarterly rule
anchored on its first day); round 170's yearless rows (their year is in a lead sentence outside the
string), „8.15 on Monday the 24th“ (an English evening clock without pm), „So gestern am Kran …“ (no
verb). All 184 rounds: 6721/6836 = 98.3 %.

Rounds 185-187 (date_strings_heldout_round185.yaml, 40 strings; round186, 34; round187, 44) come from two
sites not used before: a Lower Austrian village museum's Hugo posts 2022-2026 (Josef Reither-Museum,
Kulturkreis Langenrohr: „Adventkonzert zum 1. Advent am 22. November um 17 Uhr“, „von 18 Uhr bis 1 Uhr
Früh“, „Treffpunkt ist um 8:30 Uhr, Abfahrt um 9 Uhr“, the weekly „Sonntag 9:00 - 12:00 Uhr“) and a Halle
grammar school's homepage box „Ausblick auf die Woche“, rewritten every weekend 2023-2025
(Georg-Cantor-Gymnasium: „Mittwoch steigt die Generalprobe“, „von Montag bis Freitag“, „- Di: …“,
„14.10.2024 bis 18.10.2024 | Am Donnerstag …“, „Vom 19. bus zum 21. September“, „in der 1.-3. Stunde“).
Written down before running the parser, they scored **97.5 % (39/40)**, **79.4 % (27/34)** and **70.5 %
(31/44)** before any change for them: 97/118 = 82.2 %. Their misses: weekday ranges without days („von
Montag bis Freitag“, „Von Dienstag bis Donnerstag“) and two weekdays („Dienstag und Donnerstag werden lange
Tage“) read as nothing; a bare weekday after a verb-first clause („Mittwoch steigt …“), „Am
Freitagnachmittag“ and „- Di: …“ missed or read as today; a weekday under its week's heading read as the
whole week; „Sonntag 9:00 - 12:00 Uhr“ under „Öffnungszeiten“ read as nothing; a slipped weekday
(„Mittwoch, dem 21. September“) moving the span a year back; „bis zum Reformationstag am 31. Oktober“
losing the end; two separate days („Dienstag, dem 10. … und Donnerstag, dem 12. Oktober“) read as a span;
„am Donnerstag (01.08.2024) oder Freitag (02.08.2024) jeweils …“ ending on the first day; „Bis 14.07.2024
ist der Schulshop … geöffnet“ read as an end. All 187 rounds before any fix for them: 6818/6954 = 98.0 %.

After the fixes (when_relative: a list bullet before „Am Donnerstag“ is no range's dash; „von Montag
bis Freitag …“ without days is the coming run; a weekday opening a clause after a colon („Mittwoch
steigt …“) and more verbs of the coming days („findet“, „werden“, „folgt“), two weekdays apart joined
by „und“ start on the first; „- Di: …“ list items; when_week_heading (new): a weekday under its
week's heading lies in that week; when_weekday_ranges: one weekday with its hours under
„Öffnungszeiten“ is every week's; when_days: a range's end weekday that fits the nearest year keeps
it when the start's slipped, two days with weekdays joined by „und“ two days apart stay separate,
„… oder Freitag (02.08.2024) jeweils …“ is one period; when_pairs: „bis zum Reformationstag am 31.
Oktober“ ends a run begun with „ab“; when_signup: „Bis … ist der Schulshop für Ihre Bestellung
geöffnet“ is an order deadline; cases in data/when_cases.tsv) they score 100 % (40/40), 94.1 %
(32/34) and 95.5 % (42/44): 114/118 = 96.6 %. A leftover of round 182 fixed too (when_recurrence:
„alle 3 Monate den ersten Mittwoch im Monat“ is every third month's; when_rules: counted from „ab
gestern“): rounds 1-184 6721 → 6722 of 6836, none lost. Left: a
typo „Vom 19. bus zum 21. September“; „Ab Montag sammeln unsere 9. Klassen … Arbeitserfahrungen“
(nothing offered, held or begun from Monday, as „Ab Montag stehen alle Aufnahmen … zur Verfügung“);
„Von Montag bis Mittwoch können … Kleidungsstücke … abgegeben werden“ (read as a notice); „Am
Freitagnachmittag …“ written on a Friday (read as that day). All 187 rounds: 6836/6954 = 98.3 %.

Rounds 188-190 (date_strings_heldout_round188.yaml, 39 strings; round189, 42; round190, 35) come from two
sites not used before: a Coburg hackspace's posts 2013-2026 (Hackzogtum Coburg e.V.: „Tag: Donnerstag, den
20.03.2014 Uhr: 19:30“, „An Halloween ist unser nächstes reguläres Treffen“, „Am Wochenende werden wir …“,
congress streams „Freitag 12:00 - 20:00 Uhr Samstag 12:00 - 02:00 Uhr …“, „Zwischen 15 und 20 Uhr von Sonntag -
Mittwoch!“, „Wann? 10.Juli 21:00 - 12.Juli 21:00“) and a Swiss neighbourhood association's yearly programmes and
invitations (Quartierverein Oberdorf Zufikon: „Mo. 02.01 | Rundgang Adventsfenster“, „So. 01.12 - 24.12 |
Adventsfenster Oberdorf“, „Dezember | 2025 | Adventsfenster“, „am Samstag 29. August um 9.45 Uhr“). Written down
before running the parser, they scored **82.1 % (32/39)**, **95.2 % (40/42)** and **85.7 % (30/35)** before any
change for them: 102/116 = 87.9 % (round 190 31/35 = 88.6 % after one truth was aligned, before any fix, with
round 87: „Alle Fenster bleiben bis zum 6. Jan. 2017 bestehen“ is a display's end without its start). All 190 rounds
before any fix for them: 6938/7070 = 98.1 %. Their misses: „An Halloween“ not known as a day; „So. 01.12 - 24.12“
(a programme row's run, both days undotted) losing its end; „… beginnt um 19:00 und endet ca. um 20:30.“ losing the
end (no „Uhr“); „Dezember | 2025“ (month and year in cells of their own) read as nothing; „Am Wochenende werden wir
…“ and „Am Wochenende wird …“ read as nothing; „Zwischen 15 und 20 Uhr von Sonntag - Mittwoch!“ (a dash for „bis“)
read as nothing; „besammelten sich am Sonntagmorgen“ read as the coming Sunday; „Update (07.03.2012):“ read as the
event's day; „Anmeldung … bis am 5. Juli:“ read as an end; the congress streams' four weekdays with their hours, „hat
unseren Space heute … gefüllt“ and „an einem Dienstag Abend … ab 20 Uhr“ read as nothing.

After the fixes (when_feasts: Halloween is 31 October; when_clean: a weekday's run of two undotted days gets its
dots, a month and its year in table cells are joined, „Vom 19. bus zum 21.“ is mended to „bis“; when_times: „endet
(ca.) um 20:30“ needs no „Uhr“ after a colon's clock; when_relative: a sentence opening „Am Wochenende werden/wird“
is the coming weekend, „von Sonntag - Mittwoch“ is a run like „bis“, „Ab Montag sammeln unsere 9. Klassen …“ is
begun that day; when_grammar: Swiss „besammelten“/„versammelten“ tell the past; when_roles: „Update (date):“ is a
stamp; when_signup: the Swiss „bis am“ after „Anmeldung“ is a deadline; cases in data/when_cases.tsv) they score
94.9 % (37/39), 97.6 % (41/42) and 100 % (35/35): 113/116 = 97.4 %. Leftovers of round 186 fixed too (the „bus“
typo, „Ab Montag sammeln …“): rounds 1-187 6836 → 6838 of 6954, none lost. Left: the congress streams' list of
following weekdays each with its hours (an opening-hours table looks the same), „heute“ inside a report's perfect
(„hat unseren Space heute … gefüllt“; „heute“ in prose is no event's day elsewhere), „an einem Dienstag Abend“ (any
Tuesday), „Am Freitagnachmittag …“ written on a Friday (a glued part of the day also opens past reports: „Am
Montagmorgen um 6:45 klingelten …“). All 190 rounds: 6951/7070 = 98.3 %. Then more leftovers with a general cause
(when_relative: following weekdays each with their hours are one run, „am Donnerstag und Freitag jeweils von 16 bis
0 Uhr sowie am Sonnabend … und am Sonntag von 12 bis 20 Uhr“ of round 44; when_clean: „bis num 06. Januar“ of round
137, „5:030 PM“ of round 151): 6954/7070 = 98.4 %. And when_relative: „heute“ between „findet“ and „statt“, or in
the perfect of a sentence whose subject is an event („Die Filmvorführung … hat unseren Space heute … gefüllt“), is
the page's day: round 188 38/39, rounds 188-190 114/116 = 98.3 %; all 190 rounds 6955/7070 = 98.4 %.

Rounds 191-193 (date_strings_heldout_round191.yaml, 34 strings; round192, 32; round193, 25) come from four sites not
used before: a Heidelberg cycling community's German and English posts (VELOciraptors: „🥞 Pancake Day (04.03.)“, „📅 Sa.
13.09. bis So. 21.09.“, „⏰ 14.06. 12:00 - 15.06. ~12:00“, „⏰ Every Saturday, 10:00 AM“, „no later than May 18“), a
Worms Linux user group's history page and meeting notes (WOLUST: „Am 3.11 2015 gründet sich …“, „Im 02.Mai 2023 haben
sich 11 Personen … getroffen“, „Juli 2018 haben wir mal … reserviert“, „Oktober sind wir in der VHS.“, „WOLUST jeden
Monat am 1. Dienstag“), a Ludwigsburg music day („Am 20. Juni 2020 zeigen …“, „Auftritt: 11:30 Uhr -- Bühne …“, „jeden
Samstag und Sonntag sowie an evang. Feiertagen“) and a Sauerland village's feasts („Jedes Jahr an Weiberfastnacht“,
„am Tag vor Rosenmontag“, „Pfingstsamstag,-sonntag und -montag“). Written down before running the parser, they scored
**85.3 % (29/34)**, **75.0 % (24/32)** and **76.0 % (19/25)** before any change for them: 72/91 = 79.1 % (round 193
20/25 = 80.0 % after one truth was aligned, before any fix, with the grammar's seasons: „finden im Sommer 2021 statt“
is June to August 2021). Their misses: „14.06. 12:00 - 15.06. ~12:00“ losing the end's clock after „~“; „Anmeldung bis
Ende März“ and „no later than May 18“ (deadlines) read as an end and a day; a month alone ahead in a note or plan
(„im September –“ in English, „im Dezember;“, „Oktober sind wir …“, „März VHS-Vortrag.“, „im Oktober hören könnt“)
read as nothing; „Am 3.11 2015“ (the month undotted before its year) read as nothing; „Juli 2018 haben wir mal …
reserviert“ (history), „Ab dem 01.10.2018 hat … reserviert“ (a fact since a day) and „Das Programm … sollen wir im
Oktober 2019 abgeben“ (a deadline) read as events; „11.11.2022 Was wollen wir …“ read as a stamp; „Weiberfastnacht“
unknown; „am Pfingstwochenende. Von Samstag bis Montag …“ and „Pfingstsamstag,-sonntag und -montag“ not read as
Whitsun's days.

After the fixes (when_clean: a tilde before a clock is „about“ that clock, „Am 3.11 2015“ opening a text gets the
month's dot; when_feasts: Weiberfastnacht is the Thursday before Ash Wednesday, Pfingstsamstag the day before
Whitsun; when_roles: English „no later than“ right before a day is a deadline; when_periods: „gehts“ and „kommenden“
tell a coming month in prose; cases in data/when_cases.tsv) they score 94.1 % (32/34), 81.3 % (26/32) and 92.0 %
(23/25): 81/91 = 89.0 %; no earlier round lost (a first version of the undotted month before a year read „31.03 2020
…“ of round 46 and „… am 03.04 2009“ of round 125; it was narrowed to an opening „Am“). Left: deadlines as a month's
end („Anmeldung bis Ende März“); a month opening a note without „im“ („Oktober sind wir in der VHS.“, „März
VHS-Vortrag.“) and English „in September“; history told with a month or since a day („Juli 2018 haben wir mal …“,
„Ab dem 01.10.2018 hat … reserviert“); „im Oktober 2019 abgeben“ (a hand-in deadline); „11.11.2022 Was wollen wir …“
(read as a stamp); Whitsun's weekend and its elided days („Pfingstsamstag,-sonntag und -montag“). All 193 rounds:
7036/7161 = 98.3 %.

Leftovers mended in session 42 (general rules for misses of earlier rounds, cases in data/when_cases.tsv): a comma
list of three or more following days with „und“ before the last is one run, a compound after a comma sharing the
first one's stem (when_day_lists, when_clean: „Pfingstsamstag,-sonntag und -montag“, round 193); following weekdays
listed one after another each with its hours are one run from the first start to the last end (when_weekday_hour_runs:
„Freitag 12:00 - 20:00 Uhr Samstag 12:00 - 02:00 Uhr …“, round 188); a day to hand something in by, a modal before
it and „abgeben“ closing the clause, is a deadline as its month is (when_roles: „… sollen wir am 15. Oktober 2019
abgeben“; „Anmeldung bis Ende März“ and the month „im Oktober 2019 abgeben“ were mended with rounds 194-196); a note's
sentence opening with its month without „im“, the verb right after it (when_periods:
„Oktober sind wir in der VHS. Vorträge … geplant“, round 192); a caption opening with „gestern“ and where it happened,
its verb left out (when_relative: „So gestern am Kran an der Baustelle …“, round 180). All 193 rounds: 7038 → 7042 of
7161 (98.3 %; 7036 at the session's start), all 196 rounds 7120 → 7124 of 7246; no round lost a string. Left, their truth debatable: „Am Freitagnachmittag …“ said on a Friday (the
grammar's bare weekday on its own day is that day, as round 189's „an einem Dienstag Abend“ written on a Tuesday is);
„an einem Dienstag Abend“ (an unsaid Tuesday, „an einem Samstag“ names none in rounds 35 and 114); „8.15 on Monday the
24th“ (the evening only from the context); „11.11.2022 Was wollen wir …“ (a note's date opening it is its stamp in other
rounds); „März VHS-Vortrag.“ (a month before a noun: „August Macke …“); „Von Montag bis Mittwoch können … abgegeben
werden“ (a drop-off notice is none by an earlier round's rule).

Rounds 194-196 (date_strings_heldout_round194.yaml, 28 strings; round195, 30; round196, 27) come from seven sites not
used before: a Swiss village band's half-year rehearsal plan, a list of days under month headings (Musikverein
Bürglen, Uri: „Februar | Fr 14. VK Blasmusikverband Uri Aula, Einrichten ab 16.00 Uhr, Auftritt 19.00 Uhr“, „Oktober |
10./11. Altersehrung/Sennenkilbi“, „Unser Probetag ist der Montag.“), a Bremen scout group's weekly hours („Freitags ·
16:30 Uhr - 18 Uhr · Ev. Auferstehungsgemeinde Bremen-Hastedt“, „Freitgas · 18:00 Uhr - 19 Uhr / 19:30 Uhr“), two
Tauber valley bands' dates lists, chronicle and sign-up mails (Musikkapelle Neuses: „05./06. August 2023 - Gassenfest
in Igersheim“, „Am Dorfplatz hocket se ... im Juni.“, „Am 15./16. Juni 1985 feierten wir …“; Musikkapelle Markelsheim:
„Querflötenunterricht ab September 2026!“), a Palatinate band's rehearsal box, a Bavarian Forest memorial chapel's
history and hours in German, English and easy German (Tussetkapelle Philippsreut: „Öffnungszeiten: täglich von 8.00 –
20.00 Uhr“, „… wurde die Kapelle am 27. Juli 1985 eingeweiht.“, „On Tuesday, 8 January 2002, Emil Weber died …“) and
an Upper Austrian band's posts („Am 20.Jänner 2019 fand die alljährliche Verleihung … statt.“). Written down before
running the parser, they scored **39.3 % (11/28)**, **83.3 % (25/30)** and **40.7 % (11/27)** before any change for
them: 47/85 = 55.3 % (round 196 15/27 = 55.6 % after four truths were aligned, before any fix, with rounds 21, 23 and
144: a daily rule's hours start on `today`; 51/85 = 60.0 %). All 196 rounds before any fix for them: 7087/7246 = 97.8 %.
Ten more truths were then aligned, before any fix, with rounds 28, 71, 129 and 143: a past day before 1990 (the years
the grammar reads) is history, no event's day („Am 15./16. Juni 1985 feierten wir …“, „… wurde die Kapelle am 27. Juli
1985 eingeweiht“, „On 24 July 1865 the first Holy Mass was read …“): round 195 27/30 = 90.0 %, round 196 23/27 = 85.2 %
(61/85 = 71.8 %). Their misses: a programme's items under a month heading with a short weekday before the bare day
(„Februar | Fr 14. VK Blasmusikverband …“, „Juni | Do 12. Hauptprobe Aula 19.30 Uhr …“, „September | Sa 20. 50 Jahre
Sporthalle“: 14 strings) read as nothing; „Unser Probetag ist der Montag.“ and „… in der Regel Freitag Abends um 20:00
Uhr …“ not read as weekly rules; „Anträge und Wünsche können bis 05.01.2025 … gestellt werden.“ read as an end; „Am
Dorfplatz hocket se ... im Juni.“ read as nothing; „Treffpunkt 13.00 Uhr. Konzert und Ehrung 13.30–17.00 Uhr“ starting
at 13.30; „Freitgas · 18:00 Uhr - 19 Uhr / 19:30 Uhr“ (a swapped weekday, an alternative end) read as nothing; „On
Tuesday, 8 January 2002, Emil Weber died …“ read as an event; „Jedes Jahr am 15. August war die Wallfahrt …“ and „Der
wichtigste Tag war der 15. August.“ (a former custom) read as the coming 15 August; „… open every day.“ read as a daily
rule; an FAQ answer („Montags ab 11 Jahren Freitags von 7-10 Jahren (Ab dem 15.08.2025)“) read from August.

After the fixes (when_month_rows: a short weekday may stand before the bare day under a month heading, and a number
after the day is a month's only with its dot; when_weekday_rules + when_recurrence: „Probetag/Trainingstag … ist der
Montag“ is every Monday (not „Ruhetag“), „in der Regel Freitag Abends“ is every Friday; when_roles: motions „bis …
gestellt werden“ is a deadline; when_periods: „feiern“ and „hocket“ tell a coming month in prose; when_times: a
„Treffpunkt“ clock before a range starts it; when_weekday_typos (new): a weekday with two neighbouring letters
swapped is mended; when_clean: „19 Uhr / 19:30 Uhr“ is the first clock; when_notices: English „died“ (not „who
died“) is a death's day; cases in data/when_cases.tsv) they score 96.4 % (27/28), 100 % (30/30) and 88.9 % (24/27):
81/85 = 95.3 %; no earlier round lost. Left: a former yearly custom told in the past („Jedes Jahr am 15. August war
die Wallfahrt …“, „Der wichtigste Tag war der 15. August.“ — „Am 12. September fand wie jedes Jahr … statt“ of an
earlier round keeps its day); „A place of remembrance and encounter, open every day.“ (written as no day; an opening
rule without hours); the FAQ answer mixing ages with weekdays. All 196 rounds: 7117/7246 = 98.2 %. Then two leftovers
of rounds 191-192 with a general cause (when: „Anmeldung bis Ende März“ is a sign-up's last day, no run's end; „Das
Programm 2020 sollen wir im Oktober 2019 abgeben“ is a hand-in's month, no event's): 7119/7246 = 98.2 %. And one of
round 86 (when_periods: a row opening with a month, a dash and a title, „Oktober - Bosselturnier mit Grillabend (CDU)“,
is that month of the plan, ahead): 7120/7246 = 98.3 %.

Decided in session 43 (helper LEFT21): **a day written in full with its four-digit year is that day, however long
ago**. The grammar read years 1990-2100 only, so that a count („1500 Teilnehmer“, „Nr. 1234“) or a guessed two-digit
year is no year; but the truths disagreed on days written in full before 1990: rounds 8 („Am 24.03.1983 konnte das 1.
Treffen stattfinden“), 140 („Am 01. April 1982 … gründeten 31 Interessenten … den Verein“) and 184 („Am 2. Ostertag
1927 zogen die Turner …“) read the day, rounds 28, 71, 129, 143 (and, aligned to them, 195, 196 and 198) read none
(„history before 1990“). Every round reads such days after 1990 as days — a club's chronicle, a founding, a
consecration („wurde am 11. November 2006 eingeweiht“, round 198; „wurde am 18. September 1992 … gegründet“, round 100):
a past event keeps its day; only a birth, a death, a wedding, a decision or a stamp is none, whatever the year. The
1990 line therefore made 1989 and 1990 differ for no reader's reason. Now a day, month and four-digit year from 1000
on is read (when_mentions.EARLIEST_WRITTEN_YEAR); a two-digit year and a bare number stay bound to 1990-2100, and a
four-digit number set apart after a month's name with a capitalised word after it („Am 3. Mai 1500 Teilnehmer“), or
after an English month-first day without its comma („May 3 1500 people“), is a count. Nineteen truths were aligned
(said so in each note): round 28 „Gründung der Damenabteilung am 19.01.1974“; round 35 „On the evening of May 3, 1937,
Emilie Imhof boards the Hindenburg“ (a novel's day, written in full); round 46 „Ausstellung »Thomas Kitzinger.
24.10.1955«“ (the title's day is the artist's birthday, which only the reader's knowledge tells — the text does not
say „geboren“, so it is read as written); round 71 Petrov's „am 26. September 1983“; round 81 „Bombennacht vom 27.
November 1944“ (a film's subject, written in full); round 129 „Am 1. September 1988 wurde … eröffnet“; round 143 „ehe
er am 01.03.1983 den Dirigentenstab … übernahm“; round 195 „am 1. April 1965“, „Am 15./16. Juni 1985 feierten wir …“
and round 196's consecrations, pilgrimages and first Mass (1865-1987), restored to what their writers first wrote;
round 198 „die Statutengenehmigung erfolgte am 8. Oktober 1880“ and „Am 24. Mai 1944 wurde die Schule … zerstört“.
Those that stay none got their general cause (when_notices: „wurde am 24.04.1926 in Filz … geboren“ with the
auxiliary before the day, „Am 5. Januar 1948 hat Emil Weber geheiratet“, „on 5 January 1948, Emil married his …“, a
mourning notice „trauert um …“; when_mentions: two written days decades apart are a life's or a history's span,
„(14. Jänner 1943 – 1.Dezember 2019)“, „Roman Abegg, 14.Juli 1965 bis 10.Juli 2024“). Then leftovers with a general
cause: German „Was“ opening a question after a note's date is no English past, so the date is no report's stamp
(when_grammar.PAST_TENSE: „11.11.2022 Was wollen wir am L-P-D machen?“, round 192); a yearly custom told in the past,
„jedes Jahr“ or „jährlich“ as an adverb and no year or „wieder“ in it, is no offering's day (when_former_customs, new:
„Jedes Jahr am 15. August war die Wallfahrt …“, round 196; „Die ersten Konzerte … fanden … jährlich am 26. Dezember
statt“, round 25; „Am 12. September fand wie jedes Jahr … statt“ keeps its day); a place open every day with no hours
and no day is a standing fact, no schedule (when_always_open, new: „… open every day.“, round 196). Cases in
data/when_cases.tsv. All 199 rounds 7226 → 7232 of 7353 (round 8 58 → 59, 25 26 → 27, 140 44 → 45, 192 28 → 29, 196
24 → 26 of their strings; the aligned truths score as before); no round lost a string; the real-page corpus unchanged
(colsdiff: 0 better, 0 worse). Then three more (cases in data/when_cases.tsv): a sentence opening „Am <Wochentag>“
(its part of the day glued on or not) with a present verb of something held right after it, said on that weekday,
names the next one — its own day would be „heute“; a report in the past keeps the page's day, and only listed verbs
count, since a weak past („klingelten“) looks like a present („veranstalten“) (when_relative: „Am Freitagnachmittag
veranstalten unsere 11er … eine Faschingsfeier“ on a Friday, round 187; round 189's „an einem Dienstag Abend“ is a
rule and keeps its day); a note's row opening with its month, its title a hyphenated compound closing the sentence, is
that month ahead as a plan's row with a dash is (when_periods: „März VHS-Vortrag. Einführung in Linux.“, round 192;
„August Macke …“ has no hyphen); a place still open until a day and then closed from the next gives the closure's
period (when_open_then_closed, new: „Die Bibliothek wird noch bis einschließlich 18.06.2025 geöffnet sein und dann vom
19.06.2025 zunächst bis Ende August geschlossen bleiben“, round 57). All 199 rounds 7232 → 7235 (rounds 57, 187, 192
one more each), none lost; colsdiff 0 better, 0 worse. Left: „Der wichtigste Tag war der 15. August.“ (a custom told
without a yearly word), „8.15 on Monday the 24th“ (the evening only from the context), the FAQ answer mixing ages with
weekdays („Montags ab 11 Jahren Freitags von 7-10 Jahren (Ab dem 15.08.2025)“).

Rounds 197-199 (date_strings_heldout_round197.yaml, 37 strings; round198, 36; round199, 34) come from five sites not
used before: a Black Forest village's association ring with its clubs' shared calendar (Vereinsring Bösingen: „Dorffest
Herrenzimmern | 4.-6.Juli.2025“, „Maihock am Grabenwaldsee | 1.5.2025 ab 9:00“, „Mittwochstreff an der Hofboschhütte |
jeden 2. Mittwoch im Monat“, „Samstag 22.06.2024 | 16.00 Uhr: Kinderschminken … (Ende: 20 Uhr)“, „Öffnungszeiten |
Ostermontag und jeden ersten Sonntag im Monat 14-17 umd nach Vereinbarung“), a Swiss fire brigade association's event
pages (Feuerwehrverein Raura: „Samstag, 18. Oktober 2025 | 12:00 - 22:00+ Uhr - Festbetrieb …“, „Aufbau 2: 12.10.2024,
Abends - Zeit wird mitgeteilt“, „12:00 - Open End“, „Samstag, 14. Oktober 2024“ with its weekday slipped), a Jena
Methodist congregation's posts, an Austrian village culture club's pages (Kulturverein Hennersdorf: „Der ‚Weg der
Ziegelbarone" wurde am 27. April 2019 … eröffnet.“, history before 1990) and a Palatinate Kolping family's look-backs
(Kolpingsfamilie Ramsen: „Am 07. & 08. Dezember 2019 waren wir wieder mit einem Stand dabei …“, „Sommer 2020 -
"Sonderprogramm"“, „… die sich im März erneut zu einer Zusammenkunft treffen wollen …“). Written down before running
the parser, they scored **91.9 % (34/37)**, **100 % (36/36)** and **94.1 % (32/34)** before any change for them (main
6c690787): 102/107 = 95.3 %. All 199 rounds before any fix for them: 7226/7353 = 98.3 %. Their misses: an end in
brackets after a programme item („16.00 Uhr: Kinderschminken … (Ende: 20 Uhr)“, „14.00 Uhr: Bauernmuseum … geöffnet
(Ende: 17.00 Uhr)“) lost; a monthly rule's hours written „14-17“ without „Uhr“ after „im Monat“ read as the whole day;
„Wir beteiligten uns im Dezember 2020 am …“ (a month told in the past) read as that month; „… trafen sich 9 Familien
…, die sich im März erneut zu einer Zusammenkunft treffen wollen“ (a month ahead in a plan) read as nothing.

After the fixes (when_times: a programme item's end in a bracket of its own, „(Ende: 20 Uhr)“, „(Ende ca. 17.00
Uhr)“, ends it; when_rule_bare_hours (new): a German weekday rule's two bare hours right after it, „jeden ersten
Sonntag im Monat 14-17“, „sonntags 10-12“, are its hours — not before a dot, a unit or a noun the numbers count, „jeden
Donnerstag 10-16 ESV-Mitglieder“ of round 105; when_grammar: a weak verb's past in -igten beside „wir“, „uns“ or
„sich“, „Wir beteiligten uns im Dezember 2020 …“, tells the past; when_periods: a month ahead in a clause of its own
whose verb announces it, „…, die sich im März erneut … treffen wollen, …“, is the coming month though the sentence
around it tells the past (sign-up and called-off words still count for the whole text); cases in
data/when_cases.tsv) they score 100 % (37/37), 100 % (36/36) and 100 % (34/34): 107/107; rounds 1-196 lost none.
Then a leftover of round 136 with a general cause (when_days, when_pairs: a following day named by its feast, „… bis
20:00 Uhr und Pfingstmontag, den 21.5., von 11:00 Uhr bis 14:00 Uhr sowie von 17:00 Uhr bis 20:00 Uhr“, goes on with
the period as a weekday does, and the second day's last session ends it). Round 198's two days before 1990 („am 8.
Oktober 1880“, „Am 24. Mai 1944“) were aligned meanwhile with the decision above (a day written in full with its year
is that day) and score as before. All 199 rounds 7232 → 7238 of 7353 (98.4 %; main 801209c2 before these fixes), no
round lost a string; the real-page corpus unchanged (colsdiff: 0 worse).
Rounds 200-202 (date_strings_heldout_round200.yaml, 37 strings; round201, 31; round202, 41) come from three sites not
used before: a Garmisch-Partenkirchen primary and middle school's posts (Bürgermeister-Schütte-Schule: letters to
parents „Vom 11.09. bis 16.09.2024 findet der Unterricht … bis maximal 13:00 Uhr statt.“, „In den anderen Ferienwochen
gibt es mittwochs Sprechstunden von 9-10 Uhr …“, class reports „Am 1. Dezember dieses Jahres haben sich die drei Klassen
… getroffen.“ posted on 1 January, the first school days' plan), a North Hesse fire brigade's festival pages (Külte:
„KÜLTE Open Air Event am 23.-24.08.2025 …“, programme cards „Sonntag, 24.08.2025 | anschl. | Frühschoppen …“, „Freitag,
05. Juni | 19:30 Uhr | Festauftakt …“, FAQ answers) and a Breisgau village band's news 2009-2022 (Trachtenkapelle
Bollschweil: „17. Musikhock an Fronleichnam | 30. Mai 2013, von 11.00 – 20.00 Uhr“, „Musikfest am 20. u.21. Juli 2013“,
„… am 20.12.202 um 17:00 Uhr …“, „Donerstag, 23. & 30 Juli 2020“). Written down before running the parser, they scored
**83.8 % (31/37)**, **96.8 % (30/31)** and **90.2 % (37/41)** before any change for them (main eb4ebefb): 98/109 = 89.9
%. One round-200 truth was then aligned, before any fix, with the convention for weekly rules inside school holidays
(„In den anderen Ferienwochen gibt es mittwochs Sprechstunden von 9-10 Uhr …“: no coming day, as data/when_cases.tsv's
„(2. und 3. Ferienwoche)“; first written as the next Wednesday): round 200 86.5 % (32/37), the three rounds 99/109 =
90.8 % before any fix. Their misses: deadlines and openings read as days („Die Anmeldefrist … ist der 1. März 2024.“, „…
kann nach Anmeldung … ab dem 17.09.2024 gebucht werden.“, „Eintrittskarten gibt es bis Freitag 24.11.17 im Vorverkauf
…“); a period whose days end by a clock („… bis maximal 13:00 Uhr“) read with the clock on its first day; a weekly rule
in a clause („mittwochs Sprechstunden von 9-10 Uhr“) lost (the aligned truth above); „dieses Jahres“ told in the past
read as the coming December; a building's completion („Fertigstellung im Sommer 2027“) read as the summer; a range named
after another day („Neben den … Landtagswahlen am 08.10.2023 fanden … zwischen dem 21. und dem 29.09.2023 auch
U18-Wahlen … statt.“) read as the election's day; „20. u.21. Juli 2013“ lost; a year with a digit missing („20.12.202“)
lost.

After the fixes (when_roles: a deadline's subject may be a long name, „Die Anmeldefrist für die externe Qualifizierende
Mittelschulprüfung ist der 1. März 2024.“, and the day from or until which something can be booked, „ab dem 17.09.2024
gebucht werden“, is the deadline; when_sales: tickets „bis“ a day „im Vorverkauf“ are the presale's last day;
when_clean: „u.“ between two days is „und“; when_typo_years: a year typed with three figures, „20.12.202“, is read
without a year; when_beside (new): an opening „Neben … am <Tag>“ aside's day gives way to the clause's own days;
when_completion (new): building works' completion or a thing's delivery, „Fertigstellung im Sommer 2027“, „wird im Feber
2026 ausgeliefert“, is no offering's time; when_until_clock (new, used by when_days): a period whose one clock follows
„bis“, „Vom 11.09. bis 16.09.2024 … bis maximal 13:00 Uhr“, ends at it on its last day and starts without a clock; cases
in data/when_cases.tsv) they score 97.3 % (36/37), 100 % (31/31) and 100 % (41/41): 108/109; rounds 129 and 124 gained
one each („Fortsetzung folgt am 20.02.204 …“, a year typed with three figures too; „Das neue Fahrzeug wird im Feber 2026
ausgeliefert …“), rounds 1-199 lost none: all 202 rounds 7340 → 7351 of 7462 (98.5 %). Left: a class paper's „Am 1.
Dezember dieses Jahres haben sich … getroffen.“ posted on 1 January (the year it was written needs the page).

Round 203 (date_strings_heldout_round203.yaml, 44 strings) comes from a site not used before: an Upper Bavarian tennis
club's hand-written PHP pages 2019-2025 (TC Olching: the home page's news items „Clubmeisterschaften 2019 … vom 22.5. -
21.9.2019!“, „Drop-In jeden Montag ab 18 Uhr!“, „31. Olching Open 2024 - Spitzentennis live vom 30.08.-01.09!“,
„Meldeschluss ist Dienstag, der 27.08.2024, 15:00 Uhr.“; the youth page's reports „Am Wochenende des 27. und 28.
Aprils fanden … statt.“; the training page's course tables and closures). Written down before running the parser, it
scored **86.4 % (38/44)** before any change for it (main 48607157). Its misses: a stamp in brackets („Wichtige neue
Informationen (10.06.2020)!“) read as a day; „Am Wochenende des 27. und 28. Aprils …“ (a month in the genitive) lost;
a report's year after its days („… des 17. und 18. Juni fanden … die Jugendclubmeisterschaften 2017 statt.“) read as
this June; a trial membership's expiry („… endet automatisch am 15. Juli.“) read as a day; two weekly courses with
their first day and last („Ab 06. Mai 2019 bis Ende Juli (10x) findet montags von 16.00 – 17.00 Uhr …“, „Start:
06.05.2024 Ende: 15.07.2024 Trainingstag: Montag Uhrzeit: 17:00 - 18:00 Uhr …“) read as one period from the first day's
clock to the last day's.
Rounds 204 and 205 (date_strings_heldout_round204.yaml, 32 strings; round205, 17) were collected with round 203 from
three more sites not used before: a Lower Saxony tennis club's news (TC Holzminden: reports told on the next days,
„… fanden am vergangenen Wochenende die Jugend-Regionsmeisterschaften … statt.“ on a Friday, „Holzminden, 13. April
2026 – Der TC Holzmnden richtete vom 09. bis 12. April 2026 … aus.“, an annual meeting's invitation and agenda, a
league's next matches, „Mitte April“, „Ende Mai“), a Kiel city church's pages (St. Nikolai: weekly rehearsals, daily
opening hours, a closure „vom 11. April – voraussichtlich 30. Oktober 2023“, a concert series' history) and a Swiss
free school's CMS pages (FREIE Schule Bergmeilen: „Mittwoch 27. September, 19:30“, „Daten Informationsabende: Mi. 24.
Januar und Mi. 21. März“, „Unsere Basisstufe ist Mo/Di/Do/Fr von 8:30 bis 16:00 geöffnet.“, phone hours, 2020 closure
notices). Written down before running the parser, they scored **78.1 % (25/32)** and **82.4 % (14/17)** before any
change for them (main 42738078): rounds 203-205 77/93 = 82.8 %. Their misses: a dateline read as the event's day
(„Holzminden, 29. September 2025 – Das TCH LK Race Finale 2025 war ein voller Erfolg …“) or taken before the period
that follows it (the Spring Junior Challenge's „vom 09. bis 12. April 2026“ lost); an agenda item's past minutes
(„Genehmigung des Protokolls der Jahreshauptversammlung vom 28.03.2025“), a job's first day („… sucht zum 1. Oktober
2023 …“) and a condition („Nur wenn Heiligabend auf einen Mittwoch fällt, …“) read as days; „Ende Mai“ read as the
month; a closure whose end is „voraussichtlich“ lost its end and its year; opening days written as weekday
abbreviations joined by slashes („Mo/Di/Do/Fr von 8:30 bis 16:00“, „am Mo/Di/Do und Freitag“) lost; a closure „bis am
10. April“ read as a period ending that day (the truth: no first day, no event).
After one fix (when_words: April's genitive, „des 27. und 28. Aprils“, beside the other months' genitives; its case
in data/when_cases.tsv) round 203 scores 88.6 % (39/44), rounds 204 and 205 as before: 78/93; all 205 rounds 7428 →
7429 of 7555, none lost. Left: the other misses named above (press datelines whose sentence holds numbers, weekday
abbreviations joined by slashes, an agenda's past minutes, a job's first day, „Ende Mai“).
Rounds 206-208 (date_strings_heldout_round206.yaml, 44 strings; round207, 39; round208, 45) come from four sites not
used before: a community-supported farm initiative's Jekyll posts and pages (Solawi Oldenburg: circular letters „bei der
Postwachstums-Ringvorlesung … am 3.6. habe ich Ihnen versprochen …“, „Am Sa, den 23.04. von 10:30 bis 18:00 folgt dann
der POLITISCHE SUPPENTOPF …“, a farm festival's „Sonntag, 16.10.'16 | 13-20:00 | Foyer PFL …“, the 2018 programme „11.08
oder 18.08. 10:00 Uhr: Zwiebelernte …“, „Spätsommer: Hoffest“, depots' hours „(geöffnet: Dienstag ab 17 Uhr)“, „Am
03.02.2018 erschien folgender Artikel …“), a Nuremberg circus club's Hugo event pages (Zirkus Quartier Franken: tables
„Datum | 03.-04. Oktober 2026 | Zeiten | Sa/So jeweils 9:30 Uhr - 16:30 Uhr“, „Datum | 12.-14. November 2025 | Zeiten |
Mi: 18:00 Uhr - 21:30 Uhr Do: 9:30 Uhr - 13:00 Fr: …“, prices and rooms that look like hours or days „10-15€“,
„Gruppenraum 1.10“, the monthly meeting „… regulär am ersten Montag jeden Monats …“), a Neuss day-care centre's parents'
association blog („Was für ein kunterbunter Nachmittag gestern …“, „Vom 23.5. – 3.7.2022 kannst du uns unterstützen …“,
„Ende Juni 2021 …“) and a Vienna beekeeper's diary („5. Jänner - Erster Besuch bei den Bienen“, „Genug für heute,
nächsten Samstag geht's weiter!“, „Zeit: Sonntag, 23.03.2025 ab 11:00h (Dauer: etwa 1-2 Stunden)“, „Ende Juni/Anfang
August sollte es soweit sein“, „meist Ende Juli“). Written down before running the parser, they scored **77.3 %
(34/44)**, **89.7 % (35/39)** and **77.8 % (35/45)** before any change for them (main 6a5eb5a3): 104/128 = 81.3 %; all
208 rounds 7535/7683 = 98.1 %. Their misses: a vague part of a month („Ende Juni 2021“, „Anfang April“, „Ende März/Anfang
April“, „Ende April/Mai“, „meist Ende Juli“) read as the whole month, or „bis Ende September“ (a flowering season) as an
end; a membership's or a share's first month („… Infos zur Mitgliedschaft ab Mai 2017“, „… einem Ernteanteil ab April
2018 …“, „… bis zum Start im Mai 2017 …“), a tenancy's season („… übernehmen im Sommer 2017 als neue Pächter …“) and a
month told in the past after a fronted participle („Zusammengefunden haben wir … im Juni 2015.“) read as dates; a
newspaper article's day („Am 03.02.2018 erschien folgender Artikel …“) read as an event's; „Kurz vor Heiligabend“ read as
24 December; weekly opening hours in a bracket („(geöffnet: Dienstag ab 17 Uhr)“ without its rule, „(geöffnet: Dienstag
zwischen 15.30 und 17.45 Uhr)“, „Freitagnachmittag … zwischen 15 bis 18 h …“ lost); a monthly rule „am ersten Montag
jeden Monats“ lost or without its rule; a list of weekly trainings by weekday („Dienstag: Jonglieren in Nürnberg …“)
lost; three days each with its own hours ending on the first day's end; „heute“ in a report („Was für ein besonderer Tag
heute …“, „Daher kommen heute die … Pinsel … zum Einsatz.“) lost.
After the fixes (when_month_parts (new): a vague part of a month told in a sentence, „Ende Juni 2021 bereitete …“,
„meist Ende Juli“, „Ende Juni/Anfang August sollte es soweit sein“, sets no day — a row's own date, „Anfang Dezember“,
„Mitte Oktober 2017 | AG Marktplatz“, and a range's bound, „bis Ende Mai“, keep their readings, and a month talked
about with its article, „der Februar ist …“, is none of its own; when_weekday_rules: „am ersten Montag jeden
Monats“, the genitive without its article, is monthly; when_roles: the day a newspaper article „erschien“ is its
publication; when_schedule_rows: a weekday after „geöffnet:“ is a weekly opening; when_open_days (new): opening days
told in a sentence, „Die Bücherei ist Dienstag und Freitag von 15 bis 18 Uhr geöffnet.“, „ist Mo/Di/Do/Fr von 8:30
bis 16:00 geöffnet“, are a weekly rule (one weekday after „am“ stays that day); when_grammar: a past participle
fronted before its auxiliary and subject, „Zusammengefunden haben wir …“, tells the past (not „Geöffnet haben wir
…“); when_feasts: a time „kurz vor“ or „nach“ a feast without a weekday or a day count is not the feast's day;
when_weekday_hour_list (new): days with each day's hours by weekday, „Mi: 18:00 Uhr - 21:30 Uhr Do: … Fr: 9:30 Uhr -
13:00“, end at the last day's end; when_holding_start (new): a membership's or a share's first month,
„Mitgliedschaft ab Mai 2017“, „einem Ernteanteil ab April 2018“, is no event's; when_relative: „ein besonderer Tag
heute“ calls the page's day a day of its own; unit tests in test_when_round206_causes.py) they score 93.2 % (41/44),
97.4 % (38/39) and 95.6 % (43/45): 122/128; rounds 50, 116 and 204 gained one each („Anfang September wird bereits …
so manches Fest veranstaltet.“, „Mitte Juni werde ich … Skulpturen ausstellen“, „Ende Mai werden die Punktspiele
weitergehen …“) and round 205 two (its school stages' opening days, left above), none lost a string: all 208 rounds
7535 → 7558 of 7683 (98.4 %); rounds 209-211, merged meanwhile, gained three more (209 one, 211 two): all 211 rounds
7628 → 7654 of 7798 (98.2 %). Left: a tenancy's season („… übernehmen im Sommer 2017 als neue Pächter …“), „bis zum
Start im Mai 2017“, a pick-up window „Freitagnachmittag … zwischen 15 bis 18 h“, a list of weekly trainings by
weekday („Dienstag: Jonglieren in Nürnberg …“), „heute“ in prose („Daher kommen heute die … Pinsel … zum
Einsatz.“), „bis Ende September … blüht“ (a season's end with no first day).
Rounds 209-211 (date_strings_heldout_round209.yaml, 45 strings; round210, 45; round211, 25) come from three sites not
used before: a climate-strike group's Jekyll posts (Fridays for Future Landau: emoji-labelled lines „Treffpunkt ist: 🗓
21.05 🕚 um 11:00 Uhr 📍 an der KHG (Molktestr. 9)“, „Kommt am 🗓 15.9 🕞 um 16:00 Uhr 📍zum landauer Rathausplatz“,
days without their closing dot „am 29.07 um 10 Uhr“, reports „Am letzten Sonntag (24.04.22) waren …“, a petition's
deadline, „Anfang Mai 2025.“ as scene-setting), a Frankfurt citizens' initiative against the A5's widening (BI „Es ist
zu laut“: meeting reports „Als nächsten Termin … legen wir den 25.8., 19 Uhr fest.“, „… um Fünf vor Zwölf im
Gemeindehaus …“, press releases with datelines „Frankfurt am Main, den 23.03.2025“, past letters, registrations and
notices, a timetable's „15.10 Uhr: Zwischenkundgebung …“, „am 29. 1. 2026, 19:00 Uhr“, info stands „Mi, 17.6. Mi, ab
17:30, …“) and a Berlin hang-gliding club's press releases and new-member sheet (Drachenflieger-Club Berlin: „Vom 8.
bis 20. August kämpfen …“, „… die Drachenflieger (27.-31.07.2026) und in der darauffolgenden Woche die Gleitschirmflieger
(02-08.08.2026) …“, „Ende Juli und Anfang August“, „An (fast) jedem letzten Montag im Monat … findet unser
Mitgliedertreffen statt.“, „… findet (meist) am letzten Montag im März statt.“). Written down before running the
parser, they scored **84.4 % (38/45)**, **75.6 % (34/45)** and **84.0 % (21/25)** before any change for them (main
9e1d6372): 93/115 = 80.9 %; all 211 rounds 7628/7798 = 97.8 %. Their misses: datelines („Frankfurt, 30. April 2023“,
„Frankfurt, 18.04.2024“, „Frankfurt am Main, den 23.03.2025“) read as days; days that only frame or date something else
(an election the evening looks towards, a request's, a letter's, a registration's day, a survey's occasion, a
commemoration day, a publication „Ab dem 12. Dezember kannst du … angucken“, a petition's end) read as events; a
deadline „bis zum 21.4. solle sie …“ and „bis zum 1. August“ read as ends; a clock written with a dot („15.10 Uhr: …“)
read as 15 October; vague parts of months („Anfang Mai 2025.“, „Anfang August“, „Ende Juli und Anfang August“) read as
whole months; emoji-labelled lines („🗓 21.05 🕚 um 11:00 Uhr“, „🗓 15.9 🕞 um 16:00 Uhr“) lost; „am nächstrn Tag dem
04.01“ (a typo before the day) lost; „für den morgigen Samstag, 14 Uhr“ lost; a yearly rule („am letzten Montag im März“)
without its RRULE.
After one fix (when_clean: a calendar emoji — 🗓, 📅, 📆 — labels the undotted day after it as „Datum:“ does, „🗓 21.05 🕚
um 11:00 Uhr“, while a number before „Uhr“ stays a clock; tests/normalize/test_when_round209_causes.py) and with
rounds 206-208's fixes on main (99499819: vague parts of months, which also mend „Anfang Mai 2025.“ and „Ende Juli und
Anfang August“ here: 39/45, 34/45, 23/25 before this fix) round 209 scores 91.1 % (41/45), round 210 75.6 % (34/45),
round 211 92.0 % (23/25): 98/115; all 211 rounds 7654 → 7656 of 7798, none lost. Left: the other misses named above
(datelines alone, days that only frame something else, a deadline „bis zum 21.4.“, a clock written „15.10 Uhr“, a
typo before a day, „den morgigen Samstag, 14 Uhr“ in a long sentence, a yearly rule's RRULE).
Rounds 212-214 (date_strings_heldout_round212.yaml, 72 strings; round213, 83; round214, 49) come from three sites not
used before: a Leipzig computer-science student council's minutes 2022-2025 (Fachschaftsrat Informatik: agenda lines
„next Hackspace: 16.11. ab 19 Uhr im FKH -> …“, „Hackathon 15.12. 15:00“, „MINT Konvent: 16.06, 15 Uhr“, „KiF 50.5 -
17.-21.8. in Berlin“, „Wahlen: 21.+22.6. -> Aufstellungen bis 5.5.“, weekdays counted from the meeting „naechsten Montag
9:15 Uhr“, „morgen (dienstag) gegen 17:30“, mail lists whose receipt day stands before the event's „05.12. Treffen …
auf dem Weihnachtsmarkt 16.12. / 17 Uhr (Newsletter)“), Essen's Chaos Computer Club blog 2009-2020 (Chaospott:
crypto parties, talks and workshops „Am 18. November 2014 (19 Uhr) veranstaltet der CCC-Essen …“, „Am Samstag, den 17
November, findet die Convention von 12-16 Uhr statt.“, congresses told afterwards „Vom 27. bis zum 30. Dezember fand
… statt.“, „Vom 5.–7. Semptember …“) and a citizens' initiative against a bypass road (Bürgerinitiative Pro Jöhlingen:
its own actions told on the day „Heute fand eine Ortsbegehung … statt.“, „Gestern abend, am 10.11.2017 …“, and many days
that only date a newspaper article, a broadcast, a gazette or a letter „Die BNN berichtet in Ihrer Ausgabe vom 25.
September 2019 …“, „(BNN vom 27.04.18)“, „Dieser Artikel ist am 5. März 2020 im Amtsblatt … erschienen.“, „Jöhlingen,
28.12.20“). Written down before running the parser, they scored **91.7 % (66/72)**, **97.6 % (81/83)** and **61.2 %
(30/49)** before any change for them (main f007c049): 177/204 = 86.8 %; all 214 rounds 7834/8002 = 97.9 %.
Their misses: days that only date a newspaper article, a broadcast or a gazette („Die BNN haben am 16. Januar einen
Artikel über … veröffentlicht“, „Der Artikel wurde am 12. September 2019 im Amtsblatt … veröffentlicht“, „in Ihrer
Ausgabe vom …“, „Baden-TV Bericht vom 14. März 2018“, „(BNN vom 27.04.18)“, „“(BNN, 19.04.2012)“) read as events;
letters' datelines alone („Jöhlingen, 11.01.2020“) read as days; a chronicle's months in the historic present („Im März
1992 stellt das Regierungspräsidium seine Überlegungen vor.“) read as whole months; „30.5. + 2.6.“ read as a period;
„MINT Konvent: 16.06, 15 Uhr“ and „würde morgen (dienstag) gegen 17:30 … abholen“ lost; a mail list's receipt day read
before the event's („05.12. Treffen … 16.12. / 17 Uhr (Newsletter)“); hours without „Uhr“ after a weekday („nächsten
Dienstag 11-13 KEW …“); a tenancy's first day, an answer's day, the day a report was read, „seit heute abend“ online,
ages before an end clock („dürfen 12-16 Jährige bis 20 Uhr teilnehmen“).
After the fixes (when_press_dates (new): a day that dates a press piece — a piece and a verb of publishing after it,
the piece before it and the verb after it in the past, „veröffentlicht im Handelsblatt am“, an issue, a press article
or a broadcast report with „vom“, a paper's acronym citing its issue in brackets, after a quotation or alone on its
line — is its publication; when_plus_days (new): days joined by „+“ that do not follow each other are separate days;
when_lone_datelines (new): a town the gazetteer knows (or any name before a letter's „den“), a comma and a full date,
nothing else, is a dateline — not with a weekday or a month among the words; when_history_months (new): a month that
ended more than a year before the page's day, named in a whole sentence, is history even in the present tense, a row
keeps it; when_clean: a padded undotted day after a label's colon, then a comma and a clock, is the day; when_relative:
„morgen“ inside a sentence may carry its weekday in brackets and „gegen“ before the clock; unit tests in
test_when_round212_causes.py) they score 95.8 % (69/72), 97.6 % (81/83) and 91.8 % (45/49): 195/204; rounds 210 (three
datelines), 71, 216 and 217 gained one or three strings each, none lost one: all 211 rounds 7657 → 7661 of 7798, all 217
rounds (with rounds 215-217, merged meanwhile) 8007 → 8031 of 8199 (98.0 %). Left: a mail list's receipt day before
the event's, hours without „Uhr“ after a weekday, a tenancy's first day („seit dem 1. Juni 2014 … angemietet“), an
answer's day and the day a report was read, „Seit heute abend findet man uns auch auf Facebook“, an end clock alone
after ages („12-16 Jährige bis 20 Uhr“), a council session whose decision follows („In seiner öffentlichen Sitzung am
16.04.2012 hat der Gemeinderat folgende Stellungnahme beschlossen:“, read as no day by when_roles' rule for decisions).
Rounds 215-217 (date_strings_heldout_round215.yaml, 55 strings; round216, 80; round217, 62) come from four repositories
not used before: a Swabian sports club's Vereinschronik and news (SV Eutingen 1947, mseele/sve-website: an entry's date
label before its text „8. - 10. Juli 2022 | …“, months and seasons alone „Januar 2021“, „Herbst 1981“, „1947/1948“,
years alone, an inn called „Dreikönig“, scores „(6:0-Sieg)“, a closure „ab heute, 13. März eingestellt“, an invitation
to the general meeting „am Samstag, den 22. April 2023 um 18 Uhr“), Deutsche Telekom's CityKey app for iOS (its test
fixtures hold the town of Monheim am Rhein's press releases of February 2020 — carnival days named by their feasts „An
Altweiber, 20. Februar, und Rosenmontag …“, „am Karnevalssamstag“, „von Altweiber bis einschließlich 25. Februar“,
carnival clocks „ab 9.11 Uhr“, holiday programmes, children's courses „vom 3. März bis 28. April immer dienstags von 10
bis 11 Uhr“, an official gazette's issue — and Paderborn's events feed: „21.5. Sa | 14 Uhr | Vorpremieren-Führung“,
„3. OKTOBER 2021 BIS 16. OKTOBER 2022“), a Hürth citizens' initiative's Jekyll posts (Wir sind Hürther: a demo, readings,
„“Fest für Europa” | Sonntag, 12. Mai 2019, 14 bis 18 Uhr | …“, reports told later, office hours „(Mo, Mi, Fr von 10
bis 13:30 Uhr)“, an e-mail's sent stamp „Gesendet: Donnerstag, 24. Januar 2019 19:49“, election days) and CityKey for
Android (the city of Bonn's press releases of November 2024). Written down before running the parser, they scored
**94.5 % (52/55)**, **85.0 % (68/80)** and **85.5 % (53/62)** before any change for them (main f007c049): 173/197 =
87.8 %. Their misses: a year alone as a chronicle entry („2011“) read as the whole year; days that only frame something
else (a message „gestern mitgeteilt“, a proposal's day „Am 12. Mai hat der WFV vorgeschlagen“, an official gazette's
issue „Nr. 6 vom 17. Februar 2020“, a rule's issue „vom 17.10.2013“, a council resolution cited „auf Beschluss des Rates
… vom 12. November 2024“, an election that frames preparations, an e-mail's „Gesendet:“ stamp) read as events; carnival
days named alone lost or half read („am Karnevalssamstag“, „hat Altweiber von 9 bis 14 Uhr geöffnet“, „von Altweiber bis
einschließlich 25. Februar“ and „Von Altweiber bis Rosenmontag“ without their first day, „Altweiber und den Freitag von
7.30 bis 12.30“ read as Rose Monday, „eine Woche vor Altweiber“); „am 15., 16., und 17. April“ read as its last day;
„heute“ in a report („haben heute … gesetzt“, „Auch heute sind wir … gefolgt“) lost; office hours by abbreviated
weekdays in brackets lost; „im März“ and „den Herbst diesen Jahres“ lost; months told in the past („Ab März 2020
untersuchten …“, „Amsterdam unter deutscher Besatzung Mai 1940 bis Mai 1945.“, „ab Ende April für einen knappen Monat“)
read as days.
After the fixes (when_feasts: the Rhineland's short names of its carnival days — „Altweiber“, „Weiberdonnerstag“,
„Karnevalssamstag“, „Nelkensamstag“, „Tulpensonntag“, „Veilchendienstag“, … — are those days, never inside a compound
„Altweiberparty“, „Altweibersommer“; whole weeks before or after a feast of one day, „eine Woche vor Altweiber“, are
that many weeks away, not after „Ostern“'s several days; when_clean: the serial comma before „und“ between bare days,
„am 15., 16., und 17. April“, is dropped; when_roles: an official document's day after its name and „vom“ — a
resolution „auf Beschluss des Rates … vom“, a version „in der Fassung der 2. Änderung vom“, rules named by a compound
„(Förderrichtlinien …)“ vom“, a gazette „Amtsblatt … Nr. 6 vom“ — and a quoted e-mail's „Gesendet:“/„Sent:“ line are
no event's days; when_open_days: hours named by their word with a colon or a bracket, then two weekdays or more,
„Bürozeiten (Mo, Mi, Fr von 10 bis 13:30 Uhr)“, are a weekly rule (a box office's hours run into an event's text, round
77, stay none); when_relative: „heute“ right after the perfect's auxiliary with a participle later in the clause, „haben
heute erneut ein Zeichen … gesetzt“, is the page's day (not a state, „hat heute geschlossen“, nor a comparison's „als
gedacht“), and „gestern“ as the day something was told, „Wie wir schon gestern mitgeteilt haben“, is none; when_periods:
a „Landeswettbewerb“ is no application window, a month things are handed in by, „im Januar abgegeben werden“, stays
none, and a season of this year in words, „den Herbst diesen Jahres“, is that season; unit tests in
test_when_round215_causes.py) rounds 215-217 score 96.4 % (53/55), 96.2 % (77/80) and 95.2 % (59/62): 189/197; no round
lost a string (all 217 rounds 8007 → 8023 of 8199 with rounds 212-214 merged meanwhile); the real-page corpus scores
as before (colsdiff 0 better, 0 worse). Left: a year alone as a chronicle entry („2011“, read as the year), a proposal's
day („Am 12. Mai hat der WFV vorgeschlagen“), „Altweiber und den Freitag von 7.30 bis 12.30“ (the feast and the weekday
after it), months told in the past with verbs the
grammar does not know („Ab März 2020 untersuchten …“), a history's period „Mai 1940 bis Mai 1945“, „ab Ende April für
einen knappen Monat“, an election that frames preparations („bereitet sich auf vorgezogene Bundestagswahlen am 23.
Februar 2025 vor“). With rounds 212-214's fixes on main beside these (22cca9ea: a chronicle's long-gone month, „Ab März
2020 untersuchten …“ and „Mai 1940 bis Mai 1945“, is none) rounds 215-217 score 53/55, 78/80 and 60/62 = 191/197 =
97.0 %; all 217 rounds 8031 → 8047 of 8199 (98.1 %), none lost. A last fix (when_relative: „heute“ before the
perfect's auxiliary and its subject, „Auch heute sind wir gerne der Einladung … gefolgt“, is the page's day; not „Heute
sind wir es gewohnt“) made round 216 79/80: 192/197 = 97.5 %, all 217 rounds 8048 of 8199, none lost; the corpus
scores as before (colsdiff 0 worse).
Round 218 (date_strings_heldout_round218.yaml, 50 strings) comes from a repository not used before: the German-speaking
Lutheran congregation in Warsaw (tsielknovnomis/warschau-evangelisch, its old WordPress posts of 2015-2021 kept as
Markdown: services by the church year „am Sonntag Okuli“, „am 20. Sonntag nach Trinitatis“, „am 1. Sonntag im Advent“,
„an Pfingsten“, „Heilig‑Abend‑Gottesdienst“, cancellations „der ursprünglich für den 27.05. angekündigte Gottesdienst“,
a jubilee programme's day headings joined to their table rows, exhibitions „18.-31. Oktober: …“, an office held „Seit
dem 06.09.2015“). Written down before running the parser, it scored **84.0 % (42/50)** before any change for it (main
a7a37bab). Its misses: cancelled services lost („Der ursprünglich für den 22. Oktober geplante Gottesdienst muss leider
ausfallen.“, „… angekündigte Gottesdienst nicht stattfinden wird.“, „An Ostern wird … kein eigener Gottesdienst …
stattfinden.“); „am 1. Sonntag im Advent“ read as a Sunday in May; „an Pfingsten“, „Heilig‑Abend‑Gottesdienst“ (with
non-breaking hyphens) and „Mit dem heutigen Online-Gottesdienst“ lost; an office held „Seit dem 06.09.2015“ read as an
event's day.
Round 219 (date_strings_heldout_round219.yaml, 43 strings) comes from other posts of the same congregation in Warsaw
(2015-2020: „am zweiten Adventssonntag um 9:30 Uhr“, „am Sonntag „Judika““, „am 19. Sonntag nach Trinitatis“,
„anläßlich des Volkstrauertags“, „an diesem Sonntag“ told on a weekday, a postponement „auf den 15. April 2018
verschoben“, „am 27.03.16“, „Nächste Gottesdienste: 17.04.; 15.05.“, Bible verses with „heute“, clocks without their
day). Written down before running the parser, it scored **90.7 % (39/43)** before any change for it (main e92f2d1a).
Its misses: „am ersten/zweiten Adventssonntag um 9:30 Uhr“ lost; „Um 11.00 Uhr … anläßlich des Volkstrauertags“ lost;
„Im Advent finden die Gottesdienste an jedem Sonntag statt, bis auf den 4. Advent.“ read as the fourth Sunday of Advent.
Round 220 (date_strings_heldout_round220.yaml, 37 strings) comes from a new repository, the association of Ukrainians
in Trier (Ukrainer-In-Trier/ukrainer-in-trier: gallery captions of past events „4.-6. November 2022. Ausstellung“), and
from the remaining posts of the congregation in Warsaw („Am vorletzten Sonntag des Kirchenjahres“, „Andacht zum
Volkstrauertag“ with its clock, „am Heiligen Abend um 15:00 Uhr“, „Online-Gottesdienst zum Hirtensonntag“, hymn numbers
„EG 161 – …“, house numbers „54–58“ and postcodes before clocks). Written down before running the parser, it scored
**94.6 % (35/37)** before any change for it (main b963c13e). Its misses: „zum Hirtensonntag“ and „Am vorletzten Sonntag
des Kirchenjahres“ lost. Rounds 218-220 pooled before their fixes: 116/130 = 89.2 %.
After the fixes (when_feasts: the church year's Sundays by their other names — „am ersten Adventssonntag“, „am 1.
Sonntag im Advent“, „zum Hirtensonntag“, „Am vorletzten Sonntag des Kirchenjahres“ —, a „…tag“ name in the genitive
„anläßlich des Volkstrauertags“, Christmas Eve hyphenated „Heilig‑Abend‑Gottesdienst“, and a church named after a feast
„St. Trinitatis“ no feast's day; when_feast_services (new): a service held „an Pfingsten“ or „an Ostern“ is held on the
feast's Sunday, the bare feast without a service still names no day; when_days: a day given up for an event called off
in more words („muss leider ausfallen“, „nicht stattfinden wird“) keeps its day; when_relative: „Mit dem heutigen
Online-Gottesdienst“ is the page's day when a service, concert or meeting follows, never „mit dem heutigen Wissen“; unit
tests in test_when_round218_causes.py) rounds 218-220 score 98.0 % (49/50), 97.7 % (42/43) and 100 % (37/37): 128/130;
no other round lost or gained a string (all 220 rounds 8163 → 8175 of 8329, 98.2 %). Left: an office held since a day
(„Seit dem 06.09.2015 ist Pfarrer … der neue … Pastor“, read as the day), a weekly rule's exception „an jedem Sonntag
statt, bis auf den 4. Advent“ (read as the fourth Sunday of Advent).
Round 221 (date_strings_heldout_round221.yaml, 51 strings) comes from a repository not used before, the Jekyll site of
the Kolpinghaus Reutlingen (kolpinghaus-reutlingen/kolpinghaus-reutlingen.de: its reports of 2017-2020, house news and
newspaper articles about book fairs, Christmas circus visits, Maultaschen sales, football tournaments; the predecessor
repository's 2019 listing page in the corpus is not reused). Written down before running the parser, it scored
**84.3 % (43/51)** before any change for it (src of 1a1b67a1). Its misses: past weekdays told in a Monday's or
Thursday's report („Am Sonntag wartete …“, „Allein am Samstag halfen …“, „glänzte am Samstag gegen …“) read as the
coming ones, „am Samstag vor der Party“ lost; „Mittwochs kommt eine Ehrenamtliche …“ lost; „findet dann wöchentlich der
Kurs … statt“ from a Wednesday without its weekday in the rule; „ab März wieder regelmäßig“ lost; „im Herbst 2018 … die
Ausbildung … angefangen“ (a past season) read as that season.
Round 222 (date_strings_heldout_round222.yaml, 64 strings) comes from the same site's later years 2020-2026 (reports,
events of 2021-2023, the news page's cards and project pages, each from the commit that first showed it). Written
down before running the parser, it scored **89.1 % (57/64)** before any change for it. Its misses: „an der jährlich im
März stattfindende Stadtputzete“ and „die … im Herbst stattfinden soll“ lost; „Am Heiligmorgen“ unknown; a newspaper
issue („in der GEA-Ausgabe vom 24.12.2021“) and a dateline („Mittwoch, 29. März 2023 - Reutlinger General-Anzeiger“)
read as days; „Diese können am Freitag, 31. März, zwischen 14 und 16:30 Uhr dort abgegeben werden“ lost; a job offered
from a day („Stellenausschreibung Chefköch*in ab 01.05.2025“) read as a day.
Round 223 (date_strings_heldout_round223.yaml, 67 strings) comes from two repositories not used before: the chronicle
of an Aikido club in Linz (TWachs/aikinomichi-linz: „7.-11. Juni - Aikido goes Männerfestival“, „10./11. Jänner -
Freundschaftsseminar in Graz“, each line from the commit that first showed it) and the students' union of the HTW Berlin
(astahtwberlin/astahtwberlin.github.io: weekly sittings, consultation hours in odd or even weeks, deadlines, an aid
point's closing days). Written down before running the parser, it scored **86.6 % (58/67)** before any change for it.
Its misses: a chronicle's yearless past days three to four months back („13. März - Trainingsbetrieb wird … eingestellt“
written in June) read as next year's; deadlines with other verbs („Beantrage die Briefwahl bis zum 02.09.2020“, „Schicke
den … Steckbrief bis zum 1. Juni an …“) read as ends; „Kommt gerne im Juni wieder“ read as June; „geraden Wochen
dienstags …“ at the string's start without its fortnightly rule; „Empfang von Sachen am Donnerstag, Freitag, Samstag
12.00-17:00“ without its weekly rule. Rounds 221-223 pooled before their fixes: 158/182 = 86.8 %.
After the fixes (when_weekday_preterite (new): a weak verb's past in -te right beside its weekday, „Am Sonntag
wartete …“, „glänzte am Samstag …“, and the strong „halfen“ (when_relative) tell the weekday just past; when_recurrence:
a weekly rule begun „Ab Mittwoch (29.11.17)“ keeps that weekday; when_feasts: „am Heiligmorgen“ is Christmas Eve;
when_press_dates: an issue compounded with the paper's acronym („in der GEA-Ausgabe vom“) and a dateline closed by the
paper's name („… - Reutlinger General-Anzeiger“) are publication days; when_job_offers (new): a job advertised from a
day („Stellenausschreibung … ab 01.05.2025“) is no event; when_requests_by (new): an imperative to apply or send by a
day („Beantrage die Briefwahl bis zum …“, „Schicke … bis zum 1. Juni an …“) is a deadline; when_week_parity: a line
opening with the parity („geraden Wochen dienstags …“) is every other week; when_periods: „ab März“ in a sentence
offering something starts on the coming month's first day (not „ab Oktober des vorhergehenden Jahres“);
when_coming_season (new): a season without its year in a sentence about something to come („… die … im Herbst
stattfinden soll“) is the coming or current one (never seasons joined, a season's hours, a yearly one or a past one);
when: a period that is over told in the perfect („haben … im Herbst 2018 … angefangen“) is history; unit tests in
test_when_round221_causes.py) rounds 221-223 score 96.1 % (49/51), 96.9 % (62/64) and 92.5 % (62/67): 173/182 = 95.1 %;
no other round lost a string (all 226 rounds 8478 → 8493 of 8704). Left: a chronicle's yearless past days under a year's
heading („13. März - Trainingsbetrieb wird … eingestellt“, „12. Jänner - Verleihung …“, „17. Mai - … wird Mitglied“,
read as next year's programme rows — the heading's year is the page's), „Mittwochs kommt eine Ehrenamtliche (die
zufällig auch Frau Müller heißt) …“ lost, „am Samstag vor der Party“ lost, „an der jährlich im März stattfindende
Stadtputzete“ (a yearly habit names no month by design) lost, a drop-off slot „Diese können am Freitag, 31. März,
zwischen 14 und 16:30 Uhr dort abgegeben werden“ (read as a hand-in notice), „Kommt gerne im Juni wieder“ read as June,
„Empfang von Sachen am Donnerstag, Freitag, Samstag 12.00-17:00“ without its weekly rule.
Rounds 224-226 (date_strings_heldout_round224.yaml, 67 strings; round225, 46; round226, 80) come from three
repositories not used before, kinds no earlier round had in bulk. Round 224: the minutes of the hackerspace association
Westwoodlabs e.V. (Westwoodlabs/wiki, 2016-2023: titles „Protokoll der Mitgliederversammlung vom …“, session clocks,
signatures „Montabaur, der 21. Februar 2017“, invitations mailed, discharged and audited periods „für den Zeitraum
11.06.2016 bis 05.10.2019“, a monthly meeting „am ersten Samstag im Monat“, its camp „vom Donnerstag, 16.06.2022
(Fronleichnam) bis zum Sonntag, 19.06.2022“). Round 225: the Bündnis gegen Antisemitismus Lübeck
(bga-luebeck/bga-luebeck.github.io, 2024-2026: a commemoration and cultural programme, anniversaries „Am 7. Oktober
jährt sich …“, history told with its days, commemorated days named as labels „Der Angriff vom 7. Oktober“, a calendar
with emoji headings „📅 Samstag, 10. Januar 2026“). Round 226: the athletics meeting Sparkassen Gala Regensburg
(geritwagner/Sparkassen_Gala, 2008-2018: calls for entries „Termin Laufnacht: | Samstag, 06. Juni 2014 Beginn Laufnacht
18.00 Uhr“, previews under datelines „Regensburg, 21. Mai 2015 (orv) – …“, weekdays relative to the dateline, past races,
bylines „MZ vom 9.6.08“). Written down before running the parser, they scored **76.1 % (51/67)**, **87.0 % (40/46)**
and **66.2 % (53/80)** before any change for them (main 1a1b67a1): pooled 144/193 = 74.6 %. Their misses: a dateline
„Regensburg, 21. Mai 2015 (orv) –“ read as the event's day instead of the day the article names (14 strings); a signature
„Montabaur, der 21. Februar 2017“ read as a day (5); discharged and audited periods „für den Zeitraum … bis …“ read as
periods (5); an invitation mailed „am 03. Februar 2017 … versendet“ and a phone call read as days; commemorated days
named as labels („Der Angriff vom 7. Oktober“, „nach dem 7. Oktober 2023“, „Erinnerung an den 6. Dezember 1941“,
„Terrors vom 07.10.2023“, „vom 18. Januar 1996 erinnert“) read as days; late-entry and lease deadlines „bis zum 04.
Juni 2014 wird ein Aufschlag …“ read as ends; „vom Donnerstag, 16.06.2022 (Fronleichnam) bis zum Sonntag, 19.06.2022“
and „am 10. Juni … beginnt und am 11.06 … ausklingt“ lost their end; a weekly rule „regelmäßigen … am Freitag ab
19:00 Uhr“ without its RRULE; coming months „im Juli“, „im Juni in Regensburg“ lost; „am kommenden Samstag“ read as a
championship named after it; a birthday „am 8. Dezember 1987 geborene“, a byline „MZ vom 9.6.08“, a timetable's
publication „Zeitplan ab 29.05.2014“ read as days; „für den Sonntag angesagt“, „Samstag gegen halbzehn Uhr abends“
lost; „Mitte Juli“ hoped for read as July.
After the fixes (when_agency_datelines (new): a press dateline with its writer or agency in brackets before the dash,
„Regensburg, 21. Mai 2015 (orv) – …“, dates the article, whose days and weekdays count from it; when_lone_datelines: a
signature „Montabaur, der 21. Februar 2017“, „Ransbach-Baumbach, am 05. Dezember 2019“ (a town the gazetteer knows after
„am“); when_notices: the period a board is discharged or audited for („Entlastung für den Zeitraum …“), an invitation
mailed „wurde am … versendet“, a call „am … fernmündlich darüber unterrichtet“, a birthday „die am 8. Dezember 1987
geborene Studentin“, a day remembered with its year („Erinnerung an den 6. Dezember 1941“, „Opfer des Terrors vom
07.10.2023“, „das an die Ereignisse … vom 18. Januar 1996 erinnert“, when no other day is named) are no offering's;
when_range_notes (new): a bracketed note between a period's first day and „bis“, „16.06.2022 (Fronleichnam) bis zum
Sonntag, 19.06.2022“, goes; when_verb_final_ends (new): „der am 10. Juni … beginnt und am 11.06 … ausklingt“ is a
period, and when_clean dots a padded day after „am“ before a word („am 11.06 mit“); when_online_from (new): the day a
timetable goes online, „Zeitplan ab 29.05.2014 im Internet“, is a publication's; when_press_dates: a byline „von …, MZ
vom 9.6.08“; when_signup: a late entry „Bei Nachmeldungen bis zum 04. Juni 2014 …“ is a deadline; when_periods: a
championship before „im Juli“ is held in that coming month; when_recurrence: a thing held regularly, the adjective
before it, „für einen regelmäßigen … Themenabend am Freitag ab 19:00 Uhr“, is a weekly rule (not one named with its
date); when_notices: a lease continued „bis zum 31. Mai 2021 fortzusetzen“ and places „bis zum 3. August vergeben
werden“ are no offering's; unit tests in test_when_round224_causes.py) rounds 224-226 score 100 % (67/67), 93.5 %
(43/46) and 91.2 % (73/80): 183/193 = 94.8 %; no other round lost or gained a string (all 226 rounds 8493 → 8532 of
8704, 98.0 %, with rounds 221-223 and their fixes merged meanwhile); the real-page corpus scores as before (colsdiff 0 better, 0
worse). Left: yearless commemorated days in the past tense („Der Angriff vom 7. Oktober war …“, „war der 7.
Oktober eine tiefe Zäsur“, read as the coming 7 October), a lecture's title „nach dem 7. Oktober 2023“, „Stars im Juni
in Regensburg“, „für den Sonntag angesagt“ and „Samstag gegen halbzehn Uhr abends“ (lost), a habit „meist am
Sonntagnachmittag“, nominations „am 25. Mai … nominiert“, a trial „am kommenden Samstag“ read as the championship named
after it, „Mitte Juli“ hoped for.
Rounds 227-229 (date_strings_heldout_round227.yaml, 69 strings; round228, 56; round229, 63) come from one repository not
used before, a kind no earlier round had: the Jekyll site of the motor sport club MSC Kasendorf e.V. im ADAC in Upper
Franconia (msc-kasendorf/docker, docs/_posts, 2004-2023), split by years. Its trial reports are written the day or days
after („am vergangenen Sonntag“, „Los ging es am Samstag“, „Am Sonntag traf man sich wieder“), name weekends („am ersten
Maiwochenende“, „Am letzten Wochenende“) and two days („21./22.08.2004“, „am 19.und 20.Juni“, „09. / 10. Juli“), end with
the next race; its calls for entries have timetable rows („Nennungsschluss: 9:55 Uhr“), its annual meetings invitations
(„Am Freitag 14. Februar 2020, findet die Jahreshauptversammlung … statt. Beginn 19.30 Uhr“) and reviews of the season
before („am 7.Mai des vergangenen Jahres“, „am dritten Juli“); clocks are written „9Uhr30“, days without their dot. Written
down before running the parser, they scored **91.3 % (63/69)**, **96.4 % (54/56)** and **92.1 % (58/63)** before any
change for them (main 6aaadbc0): pooled 175/188 = 93.1 %. Their misses: clocks written „9Uhr30“, „13Uhr30“ read as 9:00
or lost; „am Samstag 62 Motorradsportler um 12 Uhr“ and „Die Einschreibung beginnt am Sonntag ab 9 Uhr, Start ist um 10
Uhr“ lost; „Am Ostersamstag“ lost; a yearless day whose weekday does not fit the year read as a later year („Am Samstag
den 29.09.“ of 2006 → 2007); „am 21. und 22. Oktober“ planned at a March meeting and „am 7.Mai des vergangenen Jahres“
read as the wrong year; „im Oktober auszutragenden Endläufen“ lost; two separate days „Am 29.09. und am 01.10.06“ read
as a period; a past habit „die sich regelmäßig am Freitag Abend traf“ read as a weekly rule; „am dritten Juli“ (an
ordinal word) lost.
After the fixes (when_clean: minutes glued after „Uhr“, „um 9Uhr30“, are the clock's; when_feasts: „Am
Ostersamstag“ is Holy Saturday; when_relative: a weekday before a count no day can be and a noun, „am Samstag 62
Motorradsportler um 12 Uhr“, is the weekday; when_sales and when_times: a check-in on the event's day followed by the
start's clock, „Die Einschreibung beginnt am Sonntag ab 9 Uhr, Start ist um 10 Uhr“, is no sign-up opening and the
start's clock is the event's; when_told_past: a yearless day told as upcoming („Für das anstehende Jahr … am 21. und 22.
Oktober“) is the coming one; when_days: a day followed by „des vergangenen Jahres“ is last year's, and two days each with
its month joined by „und am“ are separate unless they follow each other; when_periods: a month with a gerundive („der im
Oktober auszutragenden Endläufe“) is the coming month; when_former_customs: a weekly habit told in the past („die sich
regelmäßig am Freitag Abend traf“) is no rule; when_spoken_ordinal_days: a day as an ordinal word („am dritten Juli“);
unit tests in test_when_round227_causes.py) rounds 227-229 score 97.1 % (67/69), 100 % (56/56) and 100 % (63/63):
186/188 = 98.9 %; no other round lost or gained a string (all 232 rounds 8881 → 8892 of 9081, with rounds 230-232
merged meanwhile). Left: „Am Samstag den 29.09.“ in a 2006 report (29 September 2006 was a Friday; read as 2007, whose
29 September is a Saturday), „So verging auch der Sonntag flugs, … um 13Uhr30 verabschieden konnte“ (a weekday as the
subject of a strong verb's past) lost.

Rounds 230-232 (date_strings_heldout_round230.yaml, 61 strings; round231, 69; round232, 59) come from three
repositories not used before. Round 230: the nature conservation society of Richterswil-Samstagern on Lake Zurich
(Naturschutz-Richterswil-Samstagern/Naturschutz-Richterswil-Samstagern.github.io, 2016-2020: a programme list printing
„Datum: “ before each post's date field, „Datum: Samstag 9.September 2017 08:30-ca.14:00 Uhr“, meeting points with clocks
but no day, lengths „ca. 3 Std“, reports of past plantings „am Freitag, 26. April vor dem Frühlingsmarkt“, Swiss spelling).
Round 231: the Salzburg orienteering federation SOLV (bogma/solv_website, 2017-2026: tables of planned races
„19.-21.5.2018 | SOLV-Trainingslager | Mauterndorf“, „um 1700 Uhr“, courses open „Ab heute bis 12.3.2020“, „Die Posten
hängen vom 23. Feb. 21 bis 9. März.“, training headings „Kienberg 2024-04-21 (11:00) - 2024-04-28 (17:00)“, „In der
Karwoche“, postponements of the Corona years, Austrian „heuer“). Round 232: the chronicle of the volunteer fire brigade of
Donaustauf 1868-1960 (salzpate/feuerwehr-donaustauf-website: historic days „Es kam der 4. März 1880“, years alone,
captions „1951: 80jähriges Gründungsfest“, „In der Nacht vom 22. auf 23. April 1945 heulten gegen 2:00 Uhr nachts die
Sirenen“) and its youth group's fortnightly evening. Written down before running the parser, they scored **96.7 %
(59/61)**, **84.1 % (58/69)** and **96.6 % (57/59)** before any change for them (main 6aaadbc0): pooled 174/189 = 92.1 %.
Their misses: a stop „am Sonntag nicht bedient“ read as the coming Sunday; a report's title „vom März 2020“ read as that
month; a document's day „2017-01-01 Einladung“ before its link read as a day; the autumn in „Terminplan für die Läufe im
Herbst“ and „nicht im Herbst nachgetragen“ read as the coming autumn; „Ab heute bis 12.3.2020“ lost its start; „vom 23.
Feb. 21 bis 9. März“ and „ab Montag 29.3.21 … bis ca 8.4.21“ lost their end; „ab 24.12 um 9:00“ lost entirely; a deadline
„Wer sich bis 28.12. … meldet“ read as an end; „In der Karwoche“ lost; ISO days with bracketed clocks „2024-04-21 (11:00) -
2024-04-28 (17:00)“ lost their end; a day planned and then moved away from („Die für 16. März 2024 geplante … muss
verschoben werden“) kept; „In der Nacht vom 22. auf 23. April 1945 … gegen 2:00 Uhr nachts“ put on the 22nd; a past
„am Samstagnachmittag“ in a chronicle read as a coming Saturday.
After the fixes (when_from_today (new): „ab heute“ before „bis <day>“ is the page's day, the period's start;
when_short_years: a run's first day with its month and a two-digit year before a yearless last day, „vom 23. Feb. 21 bis
9. März“; when_approximate_ends (new): „ca.“ between „bis“ and a period's last day goes; when_clean: a padded day after
„ab“ before its clock, „ab 24.12 um 9:00“; when_bracket_clocks (new): both ends' clocks in brackets, „2024-04-21 (11:00) -
2024-04-28 (17:00)“; when_holy_week (new): „Karwoche“ is Palm Sunday to Holy Saturday; when_night_clock (new): a clock in
the small hours of a two-day night is on its second day; when_signup: „Wer sich bis … meldet“ however long the clause is a
deadline; when_past_month_label (new): a label's past month after „vom“ („… vom März 2020“ in May) is no period;
when_negated_period (new): „auch nicht im Herbst“ denies the season; when_document_days (new): „2017-01-01 Einladung“, a day
before a document's name alone, dates the document; unit tests in test_when_round230_causes.py) rounds 230-232 score
98.4 % (60/61), 95.7 % (66/69) and 98.3 % (58/59): 184/189 = 97.4 %; no other round lost or gained a string (all 232
rounds 8881 → 8891 of 9081, with rounds 227-229 merged meanwhile). Left: „am Sonntag nicht bedient“ (a stop not served on
Sundays) read as the coming Sunday; „Terminplan für die Läufe im Herbst“ read as the coming autumn; „Die für 16. März 2024
geplante … muss leider verschoben werden“ keeps its day (round 5's „für den 31. März geplante Bürgerversammlung, auf
unbestimmte Zeit verschoben“ keeps it too, round 158's „ursprünglich für den 16. Dez. angekündigt, musste aber verschoben
werden“ does not — the two readings stand side by side); a start and an end in two sentences („ab Montag 29.3.21
belaufbar. … hängen bis ca 8.4.21.“) lose the end; a past „am Samstagnachmittag“ in a chronicle of 1960 reads as the
Saturday before the page's day (the string names no year).

Rounds 233-235 (date_strings_heldout_round233.yaml, 79 strings; round234, 76; round235, 62) come from three repositories
not used before, club news of three kinds. Round 233: the gymnastics club TV 1891 Weitersburg near Koblenz
(KlaraKramer/TurnvereinWeitersburg, plain HTML 2022-2026: reports of competitions and camps under their posting day
„am vorletzten Wochenende“, „Von Freitag bis Sonntag“, „am Himmelfahrtswochenende“, „über das Pfingstwochenende“,
course units „Kurseinheit ab 21. Januar 2026 Mittwochs 19:00 bis 19:55 Uhr“, training hours of two weekdays with their
own clocks „Montags, 17:00-19:30 und Freitags, 18:00-20:00“, its chronicle 1891-1991). Round 234: the veterans'
association Traditionskameradschaft Fernspähtruppe in Herborn (terijaki/traka, Jekyll 2012-2020: invitations „Samstag,
19.03.16, 16:00 Uhr“, lists of the year's dates „15.05.-23.05.13 Monte Cassino-Fahrt“, a struck-out day
„2̶2̶.̶0̶6̶.̶2̶0̶1̶9̶ 03.08.2019“, trips' reports with the war's days „Am 01.12.43 waren die Alliierten …“, a meeting put off
„auf eine unbestimmte Zeit“). Round 235: the football club SV Alemannia Sattelbach (svs1931/SV-Sattelbach, Publii 2025:
a chronicle of years, seasons and scores, a sidebar „Christbaumverkauf Wann: 13.12.2025 Wo: … Beginn: 11:00 Uhr“, menu
entries „Spieltag 28.11./30.11.2025“, „SVS Aktuell Ausgabe # 08/2025“). Written down before running the parser, they
scored **83.5 % (66/79)**, **92.1 % (70/76)** and **96.8 % (60/62)** before any change for them (main 7a03b2ad): pooled
196/217 = 90.3 %. Their misses: two weekdays with their own hours read as the first weekday only („Montags, 17:00-19:30
und Freitags, 18:00-20:00“ on a Tuesday gave Monday, two strings) or lost („Dienstags "Bodyfit" (19-20Uhr) … und
Donnerstags …“, „dienstags, … (September bis April), 17:30-18:15 und 18:15-19 Uhr“); weekdays told in the past read as
the coming ones („Von Freitag bis Sonntag begleitete …“, „Am Samstag standen …“); „am vorletzten Wochenende“ read as a
day; „am Himmelfahrtswochenende“, „über das Pfingstwochenende“ lost; „Bis zur Premiere im Dezember“ read as December;
a course's „Samstagvormittag“ weeks before the report read as the Saturday before; „in der kommenden Woche … am 17. bzw.
18.7.“ read as the 18th; „Am 02.09.1950 wurde … gegründet“ read as a publication; a two-digit year in a war's history
„Am 01.12.43“ read as 2043; „Am Samstag, den 28.August“ (a weekday that fits no near year) read as 2010; a career's
„schied zum 31.12.1986 aus“, a document „Gründungsprotokoll vom 14.11.1987“, a mark „seit der letzten Hauptversammlung
am 28.03.15“, a meeting put off „auf eine unbestimmte Zeit“ read as days; „an Weihnachten und Neujahr“ over „In den
Jahren 1947 – 1960“ read as the coming New Year; an issue's number „Ausgabe # 08/2025“ read as August.
One truth was corrected after scoring: „Der Lehrgang begann am Samstagvormittag …“ in a Monday's report of a course held
„Ende November“ was first written as no day; the Saturday before, 30 November 2024, is the course's and the parser's
reading was right — so round 233 scored 67/79 = 84.8 % before any change (pooled 197/217 = 90.8 %).
After the fixes (when_weekday_own_hours (new): a weekly rule of weekdays each with its own hours („Montags, 17:00-19:30
und Freitags, 18:00-20:00“, a class's name between a weekday and its hours) is every weekday in the rule, the next with
its hours; when_weekday_preterite: a verb in -te after a fronted run „Von Freitag bis Sonntag begleitete …“ tells it in
the past, and when_grammar.PAST_TENSE knows strong verbs' past („standen“, „fuhren“, „traten“, „hielten“, „blieben“;
small „stand“ only); when_relative: „am vorletzten Wochenende“, „am übernächsten Wochenende“; when_feasts: a feast's name
joined by a hyphen to a noun („Halloween-Party“) beside a weekend the text names is no feast day; when_feast_weekends
(new): „am Himmelfahrtswochenende“ Ascension Thursday to Sunday, „Pfingstwochenende“ Whit Saturday to Monday,
„Osterwochenende“ Good Friday to Easter Monday; when_mentions: a two-digit year more than ten years ahead in a sentence
told in the past is the last century's („Am 01.12.43 waren die Alliierten …“); when_history: „seit der letzten
Hauptversammlung am 28.03.15“ (a two-digit year) is a mark when the sentence before it is told in the past; when_roles:
„Gründungsprotokoll vom …“, „…urkunde vom …“ date a document, „schied zum 31.12.1986 aus“ leaving a service;
when_value: a report's weekday reaches back five years at most for the year it fits (a slip, not 2010); when_periods:
„Ausgabe # 08/2025“ is an issue; when_former_customs: feasts under „In den Jahren 1947 – 1960“, a span of years gone
by, name no coming day; unit tests in test_when_round233_causes.py) rounds 233-235 score 94.9 % (75/79), 98.7 % (75/76)
and 100 % (62/62): 212/217 = 97.7 %; round 193 gained a string („… alljährlich am Pfingstwochenende. Von Samstag bis
Montag …“), no other round lost or gained one (all 235 rounds 8903 → 9116 of 9298, 98.0 %). Left: „Am 02.09.1950 wurde
der Deutsche Turnerbund erneut gegründet“ read as a founding's (published) day by when_roles' „wurde … gegründet“ right
after a day, while a chronicle's day keeps its day (the two conventions stand side by side, as the 1891 founding five
words away shows); „… auf eine unbestimmte Zeit verschieben“ keeps its day (round 5's truth keeps it too); „Bis zur
Premiere im Dezember“ read as December; „in der kommenden Woche …, die der Leistungsriege … am 17. bzw. 18.7.“ read as
the 18th; „dienstags, … (September bis April), 17:30-18:15 und 18:15-19 Uhr“ (one weekday, two sessions) lost.

Rounds 236-238 (date_strings_heldout_round236.yaml, 69 strings; round237, 51; round238, 75) come from four repositories not
used before. Round 236: the off_gallery, a photography gallery in Graz (heinzwittenbrink/offgallery_at, 2019-2025:
programme previews „Geplante Eröffnung: 20.9.2022“, invitations „Vernissage: 16.11.2023 um 18 Uhr“ with „Geöffnet: Bis
9.12.2023 | Di/Mi/Do 15:00 – 18:00“, runs „Laufzeit: 23.8 - 13.9, Di-Fr 13-17“, „17.–19.12.2024, 7.–30.1.2025“, open calls
with their submission deadlines, artists' biographies full of years). Round 237: the volunteer fire brigade of Hermaringen
(Feuerwehr-Hermaringen/website, 2022-2026: news „Am vergangenen Freitag veranstaltete … ihr traditionelles Maibaumfest“,
the youth group's „Montags ab 18:00 Uhr“, incident reports written on the day „Am Montagabend kam es …“, „Einsatzzeit:
Dienstag, 31.05.2022, 12:29 Uhr“, vehicle types „HLF 20/20“). Round 238: the organ-building society at Brunswick Cathedral
(janheinrichmerker/website-orgelverein, 2017-2025: reprinted newspaper articles with bylines „von Ann Claire Richter am
08.09.2022“, a concert list „Kantaten 1 bis 3, am Samstag, 10. Dezember, 20 Uhr sowie Sonntag, 11. Dezember, 15 Uhr“,
selling hours in several slots, sermons, hopes „könnte die Orgel Weihnachten 2022 erklingen“) and the alumni association of
the HTL Grieskirchen (VAF-HTL-Grieskirchen/vaf-htlgrieskirchen-website, 2016-2025: trip and meeting reports, a year's list
„Ostertreffen (24.03.)“, an obituary). Written down before running the parser, they scored **85.5 % (59/69)**, **92.2 %
(47/51)** and **82.7 % (62/75)** before any change for them (main 7a03b2ad): pooled 168/195 = 86.2 %. Their misses: a
run's end with weekly opening hours („Geöffnet: Bis 9.12.2023 | Di/Mi/Do 15:00 – 18:00“, „bis zum 12. April am Dienstag,
Mittwoch und Donnerstag von 15 bis 18 Uhr … geöffnet“) read as a period from the page's day or without the closing clock
(4 strings); a weekday told in the past on the report's own day („Am Dienstag wurde die Feuerwehr … alarmiert“ on a
Tuesday) read as the week before (4); bylines and citations („Online-Artikel der Braunschweiger Zeitung von … am
08.09.2022“, „Beitrag des Radio Okerwelle von … am 26.11.2020“, „BZ vom 22.12.2021“) read as days (4); sending deadlines
(„die Bilder selbst bis zum 29.9. an … zu schicken“, „send … by 30 June 2024“) read as ends (3); hopes and conditions („Die
Instrumente könnten schon im Herbst 2023 erklingen“, „Wenn bis Ende dieses Jahres … zusammenkommen“, „bis Herbst 2023 …
bauen“, „Der Abschluss aller Arbeiten ist für den Februar 2022 geplant“) and seasons as a picture's subject („im Sommer …
im Winter aussehen“) read as periods (5); two performances joined by „sowie“ read as a period; several selling slots
of one day read as one span to the last slot; „Laufzeit: 23.8 - 13.9“ (days without their closing dot) lost; a date given
up („auf den ursprünglich vorgesehenen Termin 7.5. verzichtet“), maintenance works beginning „am 19. April“ and a
consecration day told as a metaphor read as days; a year's list item „Ostertreffen (24.03.)“ under a heading naming 2024
read as the coming March.
Three truths were aligned before any fix with earlier rounds' conventions (said in the yaml notes and headers): a run's
end beside weekly hours is its day without a clock (round 22's „bis 24. Februar 2017 von Mo./Di./Do./Fr. 8.30 – 12.30
Uhr … geöffnet“; four strings of round 236, written with 18:00), two following days each with its clock are one period
(round 123), a day's sessions end with the last one (when_pairs): before any change then 87.0 % (60/69), 92.2 % (47/51)
and 85.3 % (64/75), pooled 171/195 = 87.7 %.
After the fixes (when_incident_reports (new): an emergency call told in the past, „Am Dienstag wurde die Feuerwehr …
alarmiert“, „Am Montagabend kam es … zu einem … Brand“, names the report's own weekday (a club's report on the same
weekday still names the week before, round 228); when_opening_weekdays (new): a row of weekdays beside a run's end („Di/Mi/
Do 15:00 – 18:00“, „am Dienstag, Mittwoch und Donnerstag von 15 bis 18 Uhr“) is the weekly opening hours, no run's start;
when_press_dates: a reprinted piece's credit line „Online-Artikel der … von <Name> am <Tag>“, „Beitrag des Radio … von
<Name> am <Tag>“ and a bracketed citation „…, BZ vom 22.12.2021)“ date the press; when_signup and when_roles: the last day
to send something („bis zum 29.9. an … zu schicken“, „send … by 30 June 2024“) is a deadline; when_completion: works
beginning („Die Wartungsarbeiten beginnen am 19. April“), finished („Der Abschluss aller Arbeiten ist für den Februar 2022
geplant“), a thing back in service („am 1. Advent die Wiederinbetriebnahme“) or to be built by then („bis Herbst 2023 die
… Register bauen“); when_hopes (new): a time in the subjunctive („könnten schon im Herbst 2023 erklingen“) and a
condition's deadline („Wenn bis Ende dieses Jahres …“); when_run_label (new): „Laufzeit: 23.8 - 13.9, Di-Fr 13-17“, a run
label's days without their dots and its weekday hours without „Uhr“; when_history: a day renounced („auf den ursprünglich
vorgesehenen Termin 7.5. verzichtet“); when_season_contrast (new): two yearless seasons set against each other in one
sentence; unit tests in test_when_round236_causes.py) rounds 236-238 score 100 % (69/69), 100 % (51/51) and 97.3 %
(73/75): 193/195 = 99.0 %; no other round lost or gained a string. Left: „Ostertreffen (24.03.)“ (the year is the
heading's, which ``parse_when`` does not see), a consecration day told as a metaphor („… der dann auf den Freitag vor dem
ersten Advent fiel“) read as last year's Friday before Advent.

Rounds 239-241 (date_strings_heldout_round239.yaml, 80 strings; round240, 71; round241, 74) come from three repositories
not used before. Round 239: the touring rowers of the Ruderclub Kleinmachnow-Stahnsdorf-Teltow (RC-KST/wanderrudern.de,
Hugo 1991-2026: trip announcements under heading lines „05. - 07. Dezember 2025“, „25./26. April 2026 11-18 Uhr“,
„30. Juni. - 25. Juli 2027“, „Samstag 16.1. ab 16 Uhr“, the year's list „6.6. -10.6. alternativ bis 15.06.“, „10./11.05“,
„26.12. -04.01.26“, reports told on the Monday after „Freitag ging es über den Teltowkanal …“). Round 240: the logbook of a
couple's Baltic sailing voyage in 2012 (jansinger/tss2012: diary entries telling the days just gone in the present „Am
Dienstag machen wir einen kurzen Stadtrundgang“ in Thursday's entry, plans „Dort geht morgen Abend um 21 Uhr die Fähre“,
a boat show's talk list „Dienstag, 22. Januar 2013, 15.30-16.00 Uhr“, many clocks, distances and wind speeds). Round 241:
the academic gliding club Akaflieg Frankfurt (akafliegfrankfurt/akafliegfrankfurt.github.io, Hugo 2019-2026: the table of
the year's dates „Refresher Woche | 14.04.2025 | 17.04.2025 | Flugwoche zum Saisonstart“ in six versions, „27. oder
28.09.2025“, „vsl. Anfang August“, „tbd“, the summer course's „Kursdaten: 04.08.25 bis 15.08.25“, reports). Written down
before running the parser, they scored **81.2 % (65/80)**, **78.9 % (56/71)** and **73.0 % (54/74)** before any change for
them (main 1328ec2b): pooled 175/225 = 77.8 %. Their misses: a table row's „von | bis“ cells read without the end (17
strings of round 241); yearless days in a list dated 1 January read as the nearest, past, July to September (4);
„10./11.05“, „28.05-01.06“, „18./19.10“ (no closing dot after the month) lost; diary weekdays told in the present for the
days just gone read as next week's or lost (8: „Am Dienstag geht es für uns nach Holmsund.“, „Mittwoch geht es weiter“,
„Den Mittwoch lassen wir … angehen“); bare weekdays in reports told in the past lost („Freitag ging es …“, „Sonntag ging
es wieder früh aufs Wasser.“, „Samstag und Sonntag waren …“, „am Samstag nach Berlin“) or read ahead („Am Sonntag wollten
wir …“, „am Samstag früh … bekommen“); „am Dienstag Morgen“ read as next week; „morgen soll es … gehen“ lost (2); „das am
Sonntag, 07. Juni 2026, ca. 14:00 Uhr endet“ lost as the end; „hatten uns erst für den 27. April … angemeldet“ read as last
year; „27. oder 28.09.2025“ read as the 28th; „2. -4. Oktober“ on 1 December read as the October gone; „Täglich startet
jeder Schüler durchschnittlich 4-5 Mal.“, „Die Kurse laufen in den zwei Wochen von montags bis freitags.“ read as rules;
timetables „am Samstag … waren … bescheiden“ and another meeting's „am Freitag/Samstag- Abend“ read as days.
After the fixes (when_cell_span (new): a table row's from and to cells side by side, each one whole date, the second
later within 120 days, are one period, no list of two days („Refresher Woche | 14.04.2025 | 17.04.2025 | …“,
„Fortgeschrittenenwoche | vsl. 22.07.24 | 26.07.24 | …“); when_period_dot: a pair's second day and an undotted period
whose first day is past 23 („10./11.05“, „28.05-01.06“); when_opening_weekday_past (new): a sentence opening with a bare
weekday, its verb in the past right after it, is the last such day („Freitag ging es …“, „Samstag und Sonntag waren …“
written on the Sunday: both days); when_verb_final_ends: a start in the main clause and the end in a relative clause
with their clocks („…, 09:00 Uhr startet unser …, das am Sonntag, 07. Juni 2026, ca. 14:00 Uhr endet“); when_relative:
tomorrow's plan inside a sentence („Und morgen soll es …“, „… soll es … morgen losgehen“) and „wollten“ as a report's
verb; when_days/when_pairs: „27. oder 28.09.2025“ two alternatives, the first; when_told_past: a day booked for in the
pluperfect („hatten uns … für den 27. April … angemeldet“) may lie ahead; when_rule_counts (new): a count of times a day
and weekdays in undated weeks make no rule („Täglich startet jeder Schüler durchschnittlich 4-5 Mal.“, „in den zwei
Wochen von montags bis freitags“); unit tests in test_when_round239_causes.py) rounds 239-241 score 91.2 % (73/80),
83.1 % (59/71) and 100 % (74/74): 206/225 = 91.6 %; no other round lost or gained a string (all 241 rounds 9485 → 9516
of 9718, 97.9 %). Left: a diary's weekdays told in the present for the days just gone (8 strings of round 240: „Am
Dienstag geht es für uns nach Holmsund.“ in Thursday's entry; the same sentence in an announcement names the coming
Tuesday, so the string alone cannot tell), yearless days of a list dated 1 January read as the nearest, past, July to
October (5: the year is the list's heading's, which ``parse_when`` does not see), „2. -4. Oktober“ on 1 December read
as the October gone, another meeting's evenings („am Freitag/Samstag- Abend“) and a timetable's Saturday read as days,
„einen recht sonnigen Samstag“ told on that Saturday evening lost.

Rounds 242-244 (date_strings_heldout_round242.yaml, 72 strings; round243, 84; round244, 83) come from three repositories
not used before. Round 242: the Jeton sailing class association (ASJeton/asjeton.de, Jekyll 2023-2026: regatta calendars
as Markdown tables „1 ✅ | 27.-28.04.2024 | Willi-Möllmer-Gedächtnispreis | 1,2 | Unterhavel | SCO“ with ranking factors
beside the days, „31.08-01.09.2024“, „Termin noch nicht bekannt“, regatta reports „Am Sonnabend wurde sofort auf 12.00 Uhr
verschoben …“, „zur Herbstregatta 30/31.08.2025“, the class's history). Round 243: the Catholic public library of
Bilfingen (Faldon/koeb, hand-written HTML 2016-2023, its news page rewritten 73 times, each item from the commit that
first shows it: readings „Freitag, 07. April 2017 – 20 Uhr in der Bücherei Bilfingen“, „DIENSTAG - 16. JAN 2018 - 15
Uhr“, the book flea market „Am Samstag, 14.10.2017 ab 15 bis 20 Uhr und Sonntag, 15.10.2017 ab 10 bis 17 Uhr …“, Covid
pick-up hours and closures „ab Mittwoch, den 2. Februar 2022 … Dies gilt voraussichtlich bis Ende März.“, Christmas
opening days, a head librarian's farewell after 47 years). Round 244: the ArtChor Langsdorf, a church choir
(artchorlangsdorf/artchor, Markdown 2022-2026: a year's list of yearless days with short weekdays „Do. 07.04 Kleines
Konzert ev. Kirche Langsdorf“, „So. 26.02 10:30 …“, called-off concerts „(!!!! fällt aus !!!!)“, the home page's table
„Sa.17.12.22 | 19:00 | Adventskonzert | …“, „SA.15.10“, „Fr.09.09“, weekday slips „Sa. 16.10.“ in 2022, „So. 24.12.24“).
Written down before running the parser, they scored **98.6 % (71/72)**, **86.9 % (73/84)** and **90.4 % (75/83)** before
any change for them (main 1328ec2b): pooled 219/239 = 91.6 %. One truth was aligned before any fix with round 13's „Im
Auebad ist seit dem 30. April Schwimmen … wieder möglich“ (open since that day): „Die Bücherei Bilfingen hat seit Sonntag,
03. Mai 2020 wieder geöffnet.“ was first written as no day — round 243 then scored 74/84 = 88.1 %, pooled 220/239 = 92.1 %.
Their misses: a weekday's abbreviation glued to a day without its closing dot („Sa.15.10 | 19:30 | Konzert“, „SA.15.10“,
„Fr.09.09“) lost (3); weekday slips in a year's list whose heading names the year („Sa. 16.10.“ in 2022's list read in
January, „Sa. 01.05“, „So. 04.02“, „So. 14.06.“, „Sa. 09.09“) read as the neighbouring year the weekday names (5); two
weekday lines joined by a space („Samstag, den 17.9.2022 Sonntag, den 18.9.2022“) read as the first day only; a run's first
day beside the place's opening hours („Ab Mittwoch, 12.4.2017 Ausstellung … während der Öffnungszeiten Mittwochs + Freitags
15 – 18:30 Uhr, …“) read as the weekly hours; an office handed over („Übergabe der Büchereileitung … ab 01. Januar 2021“,
„… welches die Büchereileitung ab 01.01.2021 übernehmen wird“), a book's release („(Band 3) …erscheint im Mai 2017“), a
regulation's first day („Die COVID-Regelungen … ab 27.12.2021 … Zugangsregelungen“), a film portal open to readers „ab dem
20. Januar“, new stock's months („Im August/September 2016 neu eingestellt...“), a reunion wished for („ein Wiedersehen im
September 2021“) and a custom's slot („am zweiten September-Wochenende“ over 25 years) read as days or periods; a
forecast's bare weekdays told in the past („sollten … Sonnabend und Sonntag ca. 6 – 7 kn Wind sein“) lost.
After the fixes (when_clean: a weekday's abbreviation glued to a day whose closing dot is left out as well is still a
day; when_pairs: two following days, each opening with its weekday, joined by a space alone are a period;
when_during_opening_hours (new): the hours after „während der Öffnungszeiten“ beside a run's dated first day are the
place's, no rule of the run's; when_office_handovers (new, via when_roles): the day an office changes hands is no event's;
when_releases (new): a publication's release beside „erscheint“; when_regulations (new): the day a regulation applies
from; when_hopes: a reunion wished for at a month; when_acquisitions (new): new stock labelled with months only; unit
tests in test_when_round242_causes.py) rounds 242-244 score 98.6 % (71/72), 97.6 % (82/84) and 94.0 % (78/83): 231/239 =
96.7 %; no other round lost or gained a string (all 244 rounds 9736 → 9747 of 9957, with rounds 239-241 and
their fixes merged meanwhile). Left: the five weekday slips of the choir's year lists (the heading's year, which ``parse_when`` does not
see; a rule taking a programme's day within the coming month over the year its weekday names was tried and dropped: an
archive list newest first, „Samstag, 5. Januar (09:00 - 17:00)“ read on 8 December 2019, has the same shape and means last
January, and its real page went worse, as did „Tues., Jan. 6“ in when_cases.tsv); the forecast's bare weekdays; the
custom's slot; the film portal's first day.

Rounds 245-247 (date_strings_heldout_round245.yaml, 86 strings; round246, 88; round247, 74) come from three repositories
not used before. Round 245: the Selbsthilfe-Freizeitwerk, an association's holiday retreats for members of twelve-step
groups (afreizeiten/afreizeiten.github.io, Jekyll 2015-2026, 1,889 commits: retreats „1.Freizeit 31.7.-12.8.2017
(12Tage)“, other groups' meetings „Jeden 1. und 3. Freitag im Monat findet von 19.30 bis 21.30 Uhr (Einlass ab 19:15 Uhr)“,
„an ungeraden Mittwochs, von 19 bis 20.30“, „täglich von 11 - 12 Uhr“, notices of moved, booked and cancelled retreats,
members' ride shares „am 26.08.24 und zurück am 06.09.“, „Hin: 26.12“). Round 246: the Radsport-Gemeinschaft Hamburg, a
cycling club (rg-hamburg/rg-hamburg.github.io: race announcements and reports 2022-2026, the BMX section's newsletters
with training rules „im Zweiwochentakt“, „am 1. Donnerstag des Monats“, amounts „€2.084“, age classes, deadlines, a
moved and a weekday-slipped meeting; training tables „Freitag | 18:00 · April – September | …“). Round 247: a rebuild of a
Leipzig secondary school's website (LucasSchladitz/56.osl, June 2022: the school year's dates „27.9./28.9.2021 6-10“,
„ienstag, 12. Juli 2022, 17:00 Uhr …“, an admission notice, library hours „Montag | 07:30 Uhr-15:00 Uhr“, reports
2010-2016 with schools named by number „125. MS“ and grades „Klasse 6.7.8.9.10“). Written down before running the parser,
they scored **83.7 % (72/86)**, **89.8 % (79/88)** and **81.1 % (60/74)** before any change for them (main fae8ae60):
pooled 211/248 = 85.1 %. Their misses: rides there and back („… und zurück am …“, „am … nach Kirchen und am … zurück“)
read as their outward day (3); a week's parity before the weekday („an ungeraden Mittwochs“), a two weeks' beat
(„Zweiwochentakt“), a library's row of hours with „Uhr“ on both clocks (2) and „an den fünf Wochentagen“ read without
their rules; a cited article's, a newspaper's page, a link's access day, a document's and a regulation's version day read
as events (5); a performance and a week told in the past („führte … auf“, „lag“) read as the coming ones (2); days things
must arrive by, requests are asked by, a discount is extended to, withdrawal and sign-up deadlines („muss bis … eingehen“,
„Anfragen bitte bis“, „verlängert auf“, „Rücktrittsmöglichkeit bis“, „Anmeldung über rad-net.de … bis Ende August“) read as
ends (5); „endet am Sonntagnachmittag, den 27. März“ lost; „am letzten Samstag in der TRUDE“ read as a month's last Saturday;
„4.-6.3.16 ist verschoben auf 11.-13.3.16“ read as the old days; a mailing month after „ca.“ and a reply deadline („bis zum 3.
Juni 2022 zu gedulden“) read as events; and, left, a hostel's cancelling day
„heute (04.05.2021)“, „bis 03./04.März“, „Hin: 26.12“, a typed year „16.06.9“, days without training, a club's season months
beside one clock, forms handed out, a submission window, a library's opening in its history, a garden
day's close „ist für 12:00 Uhr geplant“, an address change „ab Januar 2017“, the school's opening hours „an den fünf
Wochentagen“ inside a longer paragraph (the sentence alone now reads).
After the fixes (when_trips.there_and_back: a ride there and back is one stay, though joined by „und“; when_week_parity:
the parity before the weekday; when_recurrence: „Zweiwochentakt“ is fortnightly, „an den fünf Wochentagen“ Monday to
Friday; when_rules: a weekly rule naming no weekday runs on its first day's; when_schedule_rows: „Uhr“ on both clocks of a
row's hours; when_citations: „Quelle: …,“ before, „, Seite N“ after, a link's day in brackets, „…information/Schreiben vom“,
„in der Fassung ab“; when_told_past: „führte“, „lag“, „erklangen“; when_requests_by.due_by: what must arrive by, requests
asked by, a discount or period extended to, a day to wait until; when_signup and when: withdrawal nouns, a domain's dot in
a sign-up clause, an abbreviation's dot („ca.“) before the month a letter is sent;
when_pairs.ENDS_ON: the part of the day glued to the end's weekday, „den“ after it; when_relative: „in der“ before a place
counts no month; when_history: the day right before „ist verschoben auf“ is given up; unit tests in
test_when_round245_causes.py) rounds 245-247 score 94.2 % (81/86), 96.6 % (85/88) and 93.2 % (69/74): 235/248 = 94.8 %;
no other round lost or gained a string (all 250 rounds 10173 of 10414, with rounds 248-250 and their fixes merged
meanwhile); whole real-page
corpus 0 better, 0 worse. Later (session 52): a range's end written as two following days joined by a slash („bis
03./04.März 2019“) ends on the later day (when_days._until_day_pair); today's date right before the participle of calling
off („hat die … Wanderung heute (04.05.2021) storniert!“) is the act's day (when_roles._TODAY_BEFORE; unit tests in
test_when_round245_causes.py): round 245 scores 96.5 % (83/86), rounds 245-247 237/248 = 95.6 %. „Am 20. und 27. April
2023 findet leider kein Training statt.“ stays read as its first day: rounds 14 and 134 keep such days („findet keine
Betreuung statt“, „findet keine Andacht statt“).

Rounds 248-250 (date_strings_heldout_round248.yaml, 70 strings; round249, 68; round250, 71) come from three repositories
not used before. Round 248: the Freifunk community of Wiesbaden (freifunk-mwu/startseite, Jekyll 2013-2020: meeting
announcements „findet am Donnerstag, den 9. Januar 2014 ab 19 Uhr … statt“, the monthly rule „Per sofort ist der Abend des
letzten Donnerstages im Monat Freifunk-Abend“, reports of weekends gone, firmware notes with version numbers and update
periods „Update-Zeitraum: 06.06.2017 - 11.06.2017“, a meetup's table „11.11. | 11:00 – 18:15 Uhr | Vorträge“, press
releases, event titles „1. Freifunk Treffen im Juli“). Round 249: „Digital im Alter Bremen-Nord“, volunteers'
consultation hours and tablet courses for older people (knobi99/dia-bremen, hand-written HTML 2025-2026 and its Hugo
rebuild: cards „Jeden 2. und 4. Freitag im Monat | Freitags 11:00-13:00 Uhr“, „Ab 21. Oktober 2025 | Dienstags .. -
..Uhr“, map popups „Donnerstags - 14-tägig“, „Jeden 2.und 4. Donnerstag-im Monat“, the phone line's hours „(Mi, 10-11
Uhr)“, „Reguläre Erreichbarkeit ab 5.1.2026: Mittwoch 10-11 Uhr“, a monthly Linux café). Round 250, British English: a
Stevenage church's activities and home-page slides (peculiarOne/longmeadow-hugo, Hugo 2017-2026: „Wednesdays
fortnightly, 10am.“, „Alternate Thursdays from 1:30pm (lunch from 12:30pm)“, „9-10am monthly on the second Saturday for
men and on the last Saturday for women.“, „Saturday 20th October 7-9:30pm …“, „29th July - 2nd August, 10am -
12.30pm“, „Christmas Day 10:30am Celebration Service“, Covid-19 updates „Update, May 11th“). Written down before
running the parser, they scored **78.6 % (55/70)**, **82.4 % (56/68)** and **73.2 % (52/71)** before any change for them
(main fae8ae60): pooled 163/209 = 78.0 %. Two truths of round 249 were aligned before any fix with round 109's „Seit
dem 30.11.2016 … jeden Mittwoch“ (a weekly course begun before `today` gives its next day, not its first: „Ab 29.
September 2026 · 10 Termine | Dienstags 15:30–17:30 Uhr“ read on 4 October) — round 249 then scored 58/68 = 85.3 %,
pooled 165/209 = 78.9 %. Their misses: British „alternate Thursdays“ read as every week (5); a bare weekday „at“ its
clock („Friday at 6:15pm to 7:30pm“, „Tuesday at 9:30am to 11:00am“) lost; update headings „Update, May 11th“ read as
days (2); event titles naming their month alone („Freifunk Treffen im Juni“, „Termin im Dezember | 11:30-13:00 Uhr“)
lost (4); a noun in -ierten after its article („allen Interessierten die Idee“) taken for a verb in the past, so the
coming Sunday read as the one gone; ordinals each with their own weekday („the first Friday and third Saturday of the
month“, „on the second Saturday for men and on the last Saturday for women“) read as the last pair only (3); the genitive
„Donnerstages“ and a bare day before an ellipsis („Wir sehen uns am 31. …“) lost; a rule's last day alone („bis zum
08.08.2015 jeden Donnerstag, Freitag und Samstag ab 19 Uhr“) without its first day; a weekday and its clock in brackets
inside two sentences lost; hours from a day on, on another weekday („ab 5.1.2026: Mittwoch 10-11 Uhr“) put on the day;
a firmware release's days (2) and the day sign-up opens („Anmeldung in der Stadtbibliothek Vegesack ab 01.Oktober.“)
read as events; „on Sunday afternoons at 4pm“ without its weekly rule.
After the fixes (when_recurrence: „alternate <weekday>s“ every other week, the fortnightly cue that names its weekday,
„afternoons“ as „mornings“; when_relative: „at“ before a bare weekday's clock, a weekday and its clock alone in brackets;
when_roles: „Update, <day>“ a stamp; when_periods: an event's title with its month; when_grammar.PAST_TENSE: no verb in
-ierten after an article; when_weekday_rules: ordinals each with their own weekday, the genitive in -es;
when_bare_ordinal: an ellipsis after a bare day; when: a rule's last day alone begins with the rule's next day (the
last day's hours end it); when_from_day_weekday (new): the first weekday named after „ab <day>:“; when_releases: a
software release; when_signup: the day sign-up opens; unit tests in test_when_round248_causes.py, cases in
data/when_cases.tsv) rounds 248-250 score 91.4 % (64/70), 91.2 % (62/68) and 91.5 % (65/71): 191/209 = 91.4 %; no
other round lost or gained a string (rounds 1-244 9747 of 9957 before and after; all 250 rounds 10171 of 10414, with
rounds 245-247 and their fixes merged meanwhile). A fix for „Der Samstag startete im CCC
FFM …“ (an opening weekday with its article, told in the past) was dropped: round 46's truth reads „Der Sonntag begann um
10.30 Uhr.“ as no day. Left: weekday slips copied from last year's slide („Monday 25th December“ in 2018, „Starting
Thursday 23rd January“ in 2019) read as the year the weekday names (as round 244's); a year slip „28. Januar 2016“ in a
list of coming dates; two monthly rules with their own clocks (the first, not the next, taken); „Wednesdays 2pm: French
conversation group 8-8.30pm: Zoom Prayer Meeting“ (the range, not the first clock); „1st Friday / 3rd Saturday from
10am“; „DI:11-12 Uhr/DO:10-12 Uhr“; „Jeden 2. Freitag“ read as every other Friday (the string allows it); an
anniversary missed, a data span, a network setting's day, a lockdown's end, end-of-support days and a post list's stamp
read as days; „am Wochenende“ and a farewell „Bis zum 3. April also …“ read as none and as an end. Later (session 52):
ordinal–weekday pairs joined by slashes („1st Friday / 3rd Saturday from 10am“) are a monthly rule without a month word
or cue (when_weekday_rules.slashed_ordinal_pairs; test_when_round248_causes.py): round 250 scores 93.0 % (66/71),
rounds 248-250 192/209 = 91.9 %; no other round lost or gained a string (all 256 rounds 10562 → 10565 of 10819 with round 245's
two fixes).
Rounds 251-253 (date_strings_heldout_round251.yaml, 80 strings; round252, 62; round253, 62) come from three repositories
not used before. Round 251: the allotment-garden club KGV Waldfrieden I in Hannover (der-Frankie/kgv-website-dev.github.io,
Jekyll 2023-2026: invitations „Wann? - am Samstag, 26.04.2025 um 14:00 Uhr.“, the jubilee festival's day headings
„Freitag, 02.08.2024 | Ab 17:30 Uhr: …“, a year slip „Kinderprogramm am Freitag, 08.11.14“, a power cut „am 28. Mai 2025
von 10 - 14 Uhr“, the chimney sweep, green-waste containers, deadlines for hedges and paths „bis spätestens 05.07.2025“,
quiet hours „ab dem 01. Oktober (bis zum 31. März)“, the breeding season, the monthly consultation hour „jeden 2. Sonntag
im Monat“, the dates page „09.05.2026 ab 9:Uhr: Gemeinschaftsarbeit …“ and its 2024 archive). Round 252, Austrian German:
CoderDojo Linz (coderdojo-linz/coderdojo-linz.github.io, Jekyll and Hugo 2015-2025: dates lists „Freitag, 15. Jänner 2016
16:00 - 18:00 zur Anmeldung“, table rows with a venue cell, venue notes „Die nächsten beiden Termine am 17. und 31. Juli
finden … statt.“, „Ausnahmen davon sind … der 15. September 2107.“, „Wir treffen uns jeden zweiten Freitag von 16:00 bis
18:00.“, the 2020 online dojos' rows, „Linz Codes!“ 2021). Round 253: the wheelchair basketball club Basket Bears Krefeld
(basketbears/website, Jekyll 2021-2025: match reports „Am vergangenen Samstag war es endlich soweit.“, „Beim letzten
Montagstraining …“, previews „am kommenden Samstag, den 29.10.2022“, a moved match day „Spieltagsverschiebung vom 07.
Januar auf den 25. März“, a trip's day headings, scores written like clocks „Zur Halbzeit stand es 21:13 …“, training
times „Donnerstag |  | 18:30 - 20:00“, the club's history). Written down before running the parser, they scored
**82.5 % (66/80)**, **96.8 % (60/62)** and **90.3 % (56/62)** before any change for them (main 3bdef927): pooled
182/204 = 89.2 %. One truth of round 252 was a reading error, corrected before any fix: „Wir treffen uns jeden
zweiten Freitag von 16:00 bis 18:00.“ was first written with the dates page's Friday, not the next one the string
allows — round 252 then scored 61/62 = 98.4 %, pooled 183/204 = 89.7 %. Their misses: deadlines („Letzter Termin
für … ist in diesem Jahr der 06. August.“, „Bis zum 02.08.2024 Heckenschnitt … durchführen!“, „… müssen bis zum 20.05.2026 gesäubert sein.“, „bitte unbedingt bis zum 14.08.2026
erledigen“, „Bitte meldet euch … bis zum 25.11.2025“, „Bereinigung der Wege bis 5. Juli und Heckenschnitt bis 8. August“)
read as days or ends (6); a regulation's periods and start (quiet hours, the hedge-cutting and breeding seasons, „Nur
erlaubt von Oktober bis Februar“) read as periods (5); a two-digit year slip beside its weekday („Freitag, 08.11.14“)
read as 2014; two following days joined by „und“ with their parts of day in brackets read as the first alone; „ab
9:Uhr“ lost its clock; a year's heading
„2016“ read as the whole year (as round 215's „2011“; data/when_cases.tsv reads „2027“ alone so); „Beim letzten
Montagstraining“ lost; a moved match day read as its old day; „Am Samstag Nachmittag“ told in the past read as the
coming Saturday; a table row with an empty cell „Donnerstag |  | 18:30 - 20:00“
lost; a club's founding days (history) read as days.
After the fixes (when_history: a move named by its noun, alone or in a compound, „Spieltagsverschiebung vom … auf …“;
when_clean: „9:Uhr“ the hour, a table row's empty cell dropped, a part of the day in brackets read without them;
when_grammar.PAST_TENSE: „bekam(en)“; when_typed_old_year.years_slipped: a year a figure off that the weekday sets
right, not told in the past; when_regulations.is_rule_period: quiet hours, protected seasons, what is allowed or
forbidden only over a period, what must or may be done only within one („… (01.10. bis 28.02.) zurückgeschnitten …
werden müssen“); when_task_deadlines (new, asked by when_roles): „bis (zum) <day>“ before a chore's verb
closing the clause, „meldet euch … bis zum“; unit tests in test_when_round251_causes.py) rounds 251-253 score 97.5 %
(78/80), 98.4 % (61/62) and 95.2 % (59/62): 198/204 = 97.1 %; no other round lost or gained a string (rounds 1-250
10173 of 10414 before and after). Left: „Letzter Termin für den Formschnitt … ist in diesem Jahr der 06. August.“ (a
last day, but „dem letzten Termin für die Gemeinschaftsarbeit“ is the work day itself); „Bereinigung der Wege bis 5.
Juli und Heckenschnitt bis 8. August“ (nouns only); the year heading „2016“; „Beim letzten Montagstraining“ („am letzten Montag“ is
read as no day on purpose: the monthly rule's words); the founding days.
Rounds 254-256 (date_strings_heldout_round254.yaml, 72 strings; round255, 68; round256, 61) come from three repositories
not used before, chosen near public administration and public institutions. Round 254: Quarteera e. V., a Berlin
association of Russian-speaking LGBTQ* people with a counselling office and a community centre in Marzahn-Hellersdorf
(quarteera/www.quarteera.de, Hugo 2022-2025: consultation and opening hours „Mo: von 15 Uhr bis 18 Uhr“, „Beratungszeiten -
Russisch: | Montag: 14:00-18:00“, „Di: geschlossen“, a monthly meeting „jede 1. Freitag des Monats um 19:00“, closing days
„Tagen ohne Sozialberatung im neunen Jahr: 01.01-16.01.2023“, a list of holidays without consultation, the Marzahn Pride
2023 and its programme, project calls' timetables „8.–14. September 2025 | Interviews mit den Finalist*innen“,
„Bewerbungsfrist: 24. August 2025“, job offers' deadlines, first days and contract ends, a press list, history). Round
255: a professor's lecture site at Hochschule München (obcode/ob.cs.hm.edu, 2012-2020: weekly lecture, lab and tutor
slots „IB 1 B: Mittwochs, 11:45 - 13:15, R0.058“, „1. Mi 15:15 …“, term schedules whose days take the heading's hours
„Vorlesungstermine | Donnerstags, 10:00 - 11:30, R1.006 | 20.03.14“, cancelled, moved and made-up lectures „Die Vorlesung
vom 12.04.2013 wird am 17.04.2013, 11:45 - 13:15 … nachgeholt.“, „Kein Praktikum in der KW 48“, hand-in deadlines, past
exams' papers). Round 256: the course site of „Programmieren 2“ at Hochschule Bielefeld, Campus Minden
(Programmiermethoden-CampusMinden/Prog2-Lecture, Hugo 2024-2026: lab groups „Gruppe 1 | Mi, 10:15 - 11:45 Uhr | D320
(Präsenz)“, a term's schedule table „April | 17. | Orga (Zoom), FAQ“, „tbd | Klausur“, exam announcements „… wird am
Mittwoch, 24. Juli 2024 angeboten. … Die Prüfung beginnt um 09:00 Uhr und dauert 90 Minuten.“, exam stations „Prüfungsphase
II | 24.09.(?) | Station IV“, weekly hand-in times, office hours „Sprechstunde | Dienstag, 10:00 - 11:00 Uhr“, assignment
deadlines and presentations). Written down before running the parser, they scored **41.7 % (30/72)**, **76.5 % (52/68)**
and **67.2 % (41/61)** before any change for them (main 73dddfb0; round 255 and 256 on ee59f241, the same src): pooled
123/201 = 61.2 %. Two truths of round 256 were aligned after the first run, before any fix, with round 72's „für zwei
Stunden“ (a length states no end): „… beginnt um 09:00 Uhr und dauert 90 Minuten“ has its start alone (39/61 = 63.9 %
as first written). Their misses: a weekday with a colon before its hours („Mo: von 15 Uhr bis 18 Uhr“, „Dienstag: 18:00 -
20:00“, „Fr: 10:00-13:00 Uhr“) read as no day (25), a comma after it („Sprechstunde | Dienstag, 10:00 - 11:00 Uhr“) too
(3); an abbreviated weekday with a comma or its hours without „Uhr“ in a lab group's row or a tutor's slot („Gruppe 1 |
Mi, 10:15 - 11:45 Uhr | D320“, „1. Mi 15:15 …“, „2. Freitag 10:00 - 11:30“) read without its weekly rule (18); application
windows, hand-in, sign-up, notification and done-by deadlines („Abgabe in Moodle bis 28.10.2012, 23:55“, „06.07.14, 23:59:
spätester Übergabetermin …“, „11.04.17, 10:00 Uhr | Gruppeneinteilung steht fest …“), a job's first day, contract ends,
a funded projects' window, the day a change takes effect, past exams' papers („Klausur vom 25.01.2013: PDF“), a press
list's article days, a founding day and a tax rule's date read as days or ends (26); a made-up lecture read as the missed
day; two tutors' slots read without their end („1. Mittwoch 17:00 - 18:30: …“); the Friday of an unnamed week read as
the coming one (2); a past schedule row read as next year's.
After the fixes (when_hours_rows (new), when_schedule_rows, when_weekday_own_hours.next_of_hours_rows: a row of hours
opening with its weekday, a colon or comma after it, is a weekly slot, several in cells one rule from the next of their
days; when_job_offers: a post's contract end, first day and latest start; when_requests_by: hand-in, proposal,
application, notification and done-by days, the polite imperative „Bitte treten Sie bis …“; when_document_days: a
paper's download link „Klausur vom …: PDF“; when_times: a colon before a space after a range's end; when_roles: a
missed session made up on another day; when_relative: the weekday of a counted week „in der ersten Woche“, „in dieser
Zyklus-Woche“; when: an application window in a timetable's row; when_roles: the day something stopped „Seit dem …
gibt es keine … mehr“; unit tests in test_when_round254_causes.py) rounds 254-256 score 93.1 % (67/72), 94.1 %
(64/68) and 96.7 % (59/61): 190/201 = 94.5 %; no other round lost a string, round 249 gained one („Seit dem 14.
Oktober 2025 gibt es keine Sicherheitsupdates mehr für Windows 10.“; all 256 rounds 10562 of 10819, with rounds
251-253 and their fixes merged meanwhile); whole real-page corpus 0 better, 0 worse. Left: the single-clock tutors' slots „1. Mi 15:15 …“ without their weekly rule (4, a numbered
programme's row names one clock too), a funded projects' window „müssen zwischen dem 1. September und dem 1. Dezember 2024 umgesetzt
werden“, a press list's article days (2), a founding day, a tax rule's date, a mail's day „habe ich Ihnen am 18.09.23
per Mail … geschickt“ and a past schedule row „April | 11.“ read as next year's.
Rounds 257-259 (date_strings_heldout_round257.yaml, 75 strings; round258, 67; round259, 58) come from three repositories
not used before, chosen among clubs' timetables and event listings. Round 257: the Akademischer Gesangverein München, a
student association whose choirs, orchestras, big band and theatre groups play public concerts (MyOldStuff/agvm.github.io,
the Jekyll rebuild of 2015: news posts 2012-2015 with the event box „Der grüne Kakadu | Ab 10. Mai 2013 bis 12. Mai 2013
jeweils um 19:30 Uhr im Großen Saal.“, runs of performances „Am 13./14./15. März, sowie am 20./21./22. März 2015 um jeweils
19:30 Uhr“, „Am 30.01 20 Uhr, 31.01 19Uhr und 01.02 um 17Uhr“, year slips copied from last year's box „Am 26. Januar 2012“
written in November 2012, a season preview „20. November: 2014: Rektorenkneipe“, the ensembles' rehearsal plans
„Dienstags, 19:30-22:00 Uhr“, „ab 5.3.2015 immer Donnerstag, 19:30 Uhr“, „Probenwochenenden | 27.11. - 29.11.2015“, office
hours „Montag bis Donnerstag von 9.00 bis 12.30 Uhr“). Round 258: the sports club TV 1888 Reinheim (Daxuras/TVReinheim2,
Eleventy 2022-2024: each department's training table, its rows „Basketball Jugend | Montag | 18.00 - 19.30 Uhr |
Dr.-Kurt-Schumacher-Halle“ with the weekday and the group's cell in either order, zero-width no-break spaces inside weekdays
and clocks „D\ufeffonnerstag | 1\ufeff6.00-17.30 Uhr“, ages and the club's year beside the hours „8-12 J.“, „TV 1888
Hermann-Pösch-Halle“, summer and winter plans, the hiking group's dated hikes). Round 259: the sports club TuS Horhausen 04
(RonaldLarmann/Horhausen, Hugo 2025: training times under a heading, a weekday on its own line before its slots, seasons
„Sommer (April-Sept.) Freitag 18 Uhr“, „Freitag 17:45 Uhr Stadion Oberlahr (Nov. bis April)“, courses begun on a past day
„ab 10.03.2025 als Kursangebot, montags 18 Uhr“, paces and race times „4:30 min./km“, „23:59 min.“). Written down before
running the parser, they scored **78.7 % (59/75)**, **16.4 % (11/67)** and **74.1 % (43/58)** before any change for them
(main 23fa0d83): pooled 113/200 = 56.5 %. Their misses: a table row whose weekday cell and cell of hours have a group's
cell of any name before, between or after them („Montag | Basketball | 18.00 - 19.30 Uhr“, „Boule | Montag | 17.30 - 19.30
Uhr“) read as no day or without its weekly rule (52), a row with one clock („Herbst/Winter | Freitag | 16.00 Uhr“) without
it; a weekday on its own line before its slots, a group's label before
it („Mittwoch 17:00 Uhr – 18:30 Uhr (Senioren)“, „Kinder 4-6 Jahre Mittwoch 16:00 – 17:00 Uhr“) read without its weekly
rule (10); runs of performances on following days with one clock or each its own („Am 2., 3. und 4. Mai 2014 jeweils um
19:30 Uhr“, „Am 8., 9. Mai 2015 um 19:30 Uhr und am 10. Mai 2015 um 17:00 Uhr“, „Am 7./.8./9. November“, „30./31. Januar 2015
und 1. Februar 2015“) read as their first or last day alone (6), two runs a week apart read as the first run (2); year
slips copied from last year's box (3); a season not yet begun („(Nov. bis April)“, „Winter (Okt.-März)“) read as the coming
weekday (2); a weekly rule begun on a past day („ab 5.3.2015 immer Donnerstag“) read as its first day; office hours
„Montag bis Donnerstag von 9.00 bis 12.30 Uhr“ read as none; „Am 13. Juli 2014 um 17.30 ist Boarding …“ read at the next
clock; a competition named before the concert announced read as the day; „mittwochs und freitags Trainingszeiten“ and
„donnerstags 18 und 19 Uhr“ read as none; the weekday of unnamed performances („Am Freitag ist das Team … eingeladen“), a
plan's change days, a monthly rule without its day and „seit Sommer 2023“ read as days; two weekdays of a rule read as one.
After the fixes (when_table_rows (new), asked by when_schedule_rows: a row of cells, one a weekday alone and one a span
of hours, is a weekly slot whatever group's cell stands before, between or after them; when_schedule_rows: a weekday with
its slot beside the group it is kept for „(Senioren)“, or after the group's line „Kinder 4-6 Jahre“, „Schüler-/innen (9 –
12 Jahre)“, or after a group or season under a label of training times „Trainingszeiten | Sommer (April-Sept.) Freitag 18
Uhr“, is weekly; when_clean: a stray dot after the slash between the days of a run „7./.8./9. November“; unit tests in
test_when_round257_causes.py) rounds 257-259 score 80.0 % (60/75), 94.0 % (63/67) and 91.4 % (53/58): 176/200 = 88.0 %;
no other round lost or gained a string (rounds 1-256 10565 of 10819 before and after); whole real-page corpus 0 better, 0
worse. Left: the runs of following days read as their first day alone or losing it („Am 2., 3. und 4. Mai 2014 jeweils
um 19:30 Uhr“ — when_lists reads „jeweils“ after following days as separate days —, „Am 8., 9. Mai 2015 um 19:30 Uhr und
am 10. Mai 2015 …“, „30./31. Januar 2015 und 1. Februar 2015“, „Am 30.01 20 Uhr, 31.01 19Uhr und 01.02 um 17Uhr“, „Am 4.
Juli 2014 um 19:00 Uhr, am 5. Juli …“), two runs a week apart read as the first run, the year slips (3), the seasons not
yet begun (2), „immer Donnerstag“ without „am“ or the plural, „Geschäftszeiten: | Montag bis Donnerstag …“ (the same
row without its label is read), „Am 13. Juli 2014 um 17.30 ist Boarding“, the competition named before the concert,
„mittwochs und freitags Trainingszeiten“, „donnerstags 18 und 19 Uhr“, a row with one clock „Herbst/Winter | Freitag |
16.00 Uhr“, two weekdays of a rule read as one, the weekday of performances named elsewhere, a plan's change days, a
monthly rule without its day and „seit Sommer 2023“.

Rounds 260-262 (date_strings_heldout_round260.yaml, 71 strings; round261, 71; round262, 57) come from three repositories
not used before. Round 260: Baden-Württemberg municipal law as published for a legal-information service
(ragsource-ai/ragsource-content, CC BY 4.0: market ordinances „Der Wochenmarkt findet jeden Freitag von 7.00 bis 12.30
Uhr statt“, hall, pool, library and office hours „Mo bis Do: 07:30 Uhr bis 15:30 Uhr Fr: 07:30 Uhr bis 14:00 Uhr“, quiet
hours, school care „Zeitkorridor Montag - Donnerstag 7.00 - 15.30 Uhr, Freitag 7.00 - 14.00 Uhr“, burial days, tax and
fee due days „am 15.2., 15.5., 15.8. und 15.11. eines jeden Jahres“, dates of entry into force, council decisions,
signing datelines „Ausgefertigt: Aichelberg, 21.11.2024“, revision stamps „Stand: Januar 2016“). Round 261: a
mathematician's course pages at the University of Vienna (Brokoli5191/brokoli5191.github.io, 2003-2026: news lines headed
by their ISO posting day „2014-06-09: Prüfungsstatistik … Prüfungseinsicht Di. 17.6., 10-11 (OMP 1, 10.126).“, exam
lists „1. Termin Fr. 31.10.2003 14--16 Hs. 1“, „10.=letzter Termin | Fr. 13.1.2012 | 14-16 | Hs. 3, UZA2“, tutorial
groups „Gruppe 1: Do. 11--13, D1.01 (UZA4) … (Beginn: 22.03.2012)“, weekly lecture slots „Mo. 09:45-11:15 SR. 10 (OMP
1)“, an office hour „jeweils Mittwoch 11--12“). Round 262: a citizens' energy cooperative being founded in Bösingen
(rainerth/buergerenergie, CC0, 2025-2026: event pages and webinars, a founding assembly, planned stages „In Planung für
September: Infoveranstaltungen“, „voraussichtlich Juli/September 2026“, reports of submissions and council decisions,
article citations „(Handelsblatt, 21.08.2025, Volker Kühn)“, revision stamps). Written down before running the parser,
they scored **70.4 % (50/71)**, **23.9 % (17/71)** and **77.2 % (44/57)** before any change for them (main e1c99e6f):
pooled 111/199 = 55.8 %. Their misses: 42 of round 261's 54 were news lines headed by their ISO posting day — their
own day counted from the page's day (another year) or the posting day taken for the event, the day results were entered
„Prüfungsstatistik … vom 16.5. eingetragen“ taken for the inspection day after it, their bare hours unread; outside them
two bare hours after a dotted day or a weekday („1. Termin Fr. 31.10.2003 14--16 Hs. 1“, „jeweils Mittwoch 11--12“) read
as no times (6), weekly tutorial and lecture slots read without their rule (4), a range „Mo. 04.10.2010--Mo. 8.11.2010“
read as its first day. Revision stamps „Stand: Januar 2016“, signing datelines, council decisions, dates of entry into
force and of repeal, tax and fee due days, a founding day, submission days, a report's month and an article citation
read as events (12 in round 260, 7 in round 262); weekdays with hours of their own or a span of weekdays in a rule read
as the first listed instead of the next, or as nothing („Mo bis Do: 07:30 Uhr bis 15:30 Uhr Fr: 07:30 Uhr bis 14:00
Uhr“, „montags bis freitags in der Zeit von 16.00 bis 22.00 Uhr“), „werktags“ on a Saturday read as Sunday, burial
weekdays read as a week (8); a numbered line „1.1. Block 1: 7:00 Uhr“ read as next New Year's morning; planned months
„In Planung für September: …“, „auf den November“, „voraussichtlich Juli/September 2026“ read as nothing or as the
wrong month (6).
After the fixes (when_iso_datelines (new): a line opening with an ISO day before a word names the posting day, and a
dotted or month-word day of its own counts from it; when_dated_bare_hours (new): two bare hours right after a dotted day
or a weekday get their „Uhr“; when_record_days (new): a revision stamp or signing line alone, a council's decision closing
its sentence with no later day, a statute's clause on coming into and going out of force; when_clean: two hyphens
before the last day's weekday are a range's dash; unit tests in test_when_round260_causes.py) rounds 260-262 score
81.7 % (58/71), 70.4 % (50/71) and 80.7 % (46/57): 154/199 = 77.4 %; no other round lost a string (all 262 rounds 10884
of 11218, rounds 257-259 merged meanwhile); whole real-page corpus
0 better, 0 worse. Left: the results day „vom 16.5.“ before an inspection day (4) and other news lines' days (11), weekly
tutorial and lecture slots without their rule (5), an office hour „jeweils Mittwoch 11--12“ without its first day's
hours; weekdays with hours of their own read as the first listed or as nothing (8), due
and effective days (4), „1.1. Block 1: 7:00 Uhr“; a founding day, submission days, a report's month, an article
citation (5) and planned months (6).

Session 53, old rounds (LATE1): general causes of strings older rounds still missed, no new material. The day a club
or group was founded is a history's record, no offering's day — a founding participle closing a long passive clause
(„Am Montag, dem 16.02.2004, wurde an der … Gesamtschule … eine Rollstuhlbasketball AG ins Leben gerufen“), a relative
clause („der sich am 19. November 2005 gegründet hat“), a label „1. April 2011. Gründungstag von …“ (when_foundings,
new); „für den morgigen Samstag, 14 Uhr“ counts from the page's day as „am morgigen“ does, in a long sentence too
(when_relative); an abbreviation's dot („Tennisclub Olching e.V. die Jugendclubmeisterschaften 2017 statt“) ends no
sentence between „fanden“ and „statt“, so the year a report names beside its event holds (when_preview_year); unit
tests in test_when_old_rounds_session53.py. Rounds 203 88.6 % (39/44) → 90.9 % (40/44), 210 84.4 % (38/45) → 86.7 %
(39/45), 253 95.2 % (59/62) → 98.4 % (61/62), 254 93.1 % (67/72) → 94.4 % (68/72); rounds 1-256 10565 → 10570 of 10819,
no round lost a string, rounds 257-262 as on main. Left in the old rounds: a diary's present-tense weekdays meaning the
days just gone (round 240, 10), yearless days of a year's list dated 1 January read as last year (round 239, 5), acts
told in the perfect („hat am 9.2.2024 … geschrieben“, „Wir haben die Demo am 2. Juli angemeldet“) and election days
named as context (round 210), a lone „bis“ day of a chore or a coverage read as an end (4), capital weekday
abbreviations „DI:11-12 Uhr/DO:10-12 Uhr“, a weekly course's period read as its span instead of its first session.
Rounds 263-265 (date_strings_heldout_round263.yaml, 74 strings; round264, 70; round265, 74) come from three repositories
not used before. Round 263: a children's coding and maker school in Augsburg (KidsLabDe/kidslab.de: weekly course
pages „Start: Montag, 02. März 2026 Dauer: 4 Termine, jeweils 2 Stunden Uhrzeit: 16:00 – 18:00 Uhr Termine: jeweils am
Montag, 02.03.–23.03.2026“, holiday courses, a parents' evening series, blog reports). Round 264: the Austrian
association of singing teachers (evta-austria/evta-austria.github.io: a timeline of congresses, symposia and general
meetings 2000-2021 „Jahreskongress | 21./22. Juli 2015 | … | …, Joseph Haydn Konservatorium Eisenstadt.“, „Wettbewerb |
April 2017 | 10. Hilde Zadek Wettbewerb | …“, congress programmes and a postponement, an invitation, a membership
notice deadline). Round 265: a Protestant youth association's camps and blog (EC-Nordbund/EC-Website-2: cards „TimeOut
2020/21 | Vom 28.12.2020 bis 01.01.2021“, price steps „Frühbucher | bis zum 30.11.2020 | 128 EUR“, sign-up phases
„Die nächste Anmeldephase beginnt am 8. November um 15 Uhr“, reports „hatten wir am Freitag …“, an evening week „Vom
17.-20.05.2017 gibt es immer um 18:30 Uhr volles Programm“). Written down before running the parser, they scored
**93.2 % (69/74)**, **94.3 % (66/70)** and **77.0 % (57/74)** before any change for them (main c2f04ad0): pooled
192/218 = 88.1 %, all 265 rounds 11092/11436 = 96.99 % (below the floor). Their misses: when sign-up opens read as an
event's day (5: „Anmeldephase … beginnt/startet am“, „ist es möglich sich … anzumelden“, „Anmeldungen für 2018: ab
dem …“), price steps and a discount's last day read as ends or starts (3), an ordinal before a named competition under
a month cell read as the day („April 2017 | 10. Hilde Zadek Wettbewerb“, 2), a membership's notice deadline read as an
end; „Silvester ist immer eine Zäsur“ and a question „Am Sonntag? Vor allen?“ read as days; „heute“ in „ist heute das
Thema“, „Heute gab es …“ and a glued „Verlorenhat heute“, „gestern“ in a report, „gleich geht es los“ and „Heute Abend
geht es weiter. Bis Samstag … immer um 18:30 Uhr“ read as nothing (6); a past weekend on a Monday; months told in a
report („das erste Mitarbeiterwochenende im März“, „Im Januar hatten wir …“, 2 — the convention of rounds 101-103
reads a month told in the past as history, the truths kept as written), „euch im September … zu treffen“, „Vier
Ferienkurse im August“ read as nothing and „Super-Sommer 2018“ as summer; „Mit Jänner 2019 versenden wir einen
Newsletter“ read as the month; a weekly course's period read as its span instead of its first session.
After the fixes (when_sales: „Anmeldephase“, „Anmeldestart“, „Anmeldebeginn“ and a weekday with „den“ before the day
sign-up opens, and „ist es möglich sich … anzumelden“ after it; when_signup: a year between „Anmeldungen für 2018: ab
dem“, „Kündigung … bis“ as the last day to give notice; when_prices: a price step in cells „Frühbucher | bis zum … | 128
EUR“ and „Bis zum … gibt es einen Rabatt“; when_month_rows: an ordinal before a named competition, congress or
festival counts editions; when_asked_days (new): a feast's yearly habit „Silvester ist immer …“ and a weekday asked
about „Am Sonntag?“ in a text without a digit; unit tests in test_when_round263_causes.py) rounds 263-265 score 93.2 %
(69/74), 98.6 % (69/70) and 89.2 % (66/74): 204/218 = 93.6 %; no other round lost a string (all 268 rounds 11279 of
11618 = 97.1 %, rounds 266-268 merged meanwhile); whole real-page corpus 0 worse. Left: „heute“, „gestern“ and
„gleich“ in reports (6), months told in a report (2) and a month in prose (2), a past weekend, „Super-Sommer 2018“,
a newsletter's first month, a weekly course's first session, an evening week's „Bis Samstag … immer um 18:30 Uhr“.

Rounds 266-268 (date_strings_heldout_round266.yaml, 56 strings; round267, 66; round268, 60) come from three repositories
not used before. Round 266: the BarCamp RheinMain's page texts (BCRM/www-content, 2013-2017: the next barcamp's days in
each version of the home and venue pages „Das nächste BarCamp RheinMain findet am 23./24.11.2013 auf dem Dieburger
Mediencampus … statt.“, „Das nächste im November 2015 statt.“, „Wir starten am 21. November um 9.30 Uhr und am 22.
November um ca. 16.00 Uhr endet das Barcamp.“, the two days' agenda under their day headings „Samstag, 22.11.2014 |
15:30h Kaffeestückchen verfügbar“, newsletters on ticket sales, sign-up openings, payment windows, fees, a founding
year). Round 267: a lecturer's course pages at the University of Klagenfurt (dermotte/itec-webpage-mlux, 2007-2026:
schedule rows „Mo, 7.3. | 12-14 | E.2.42 | Introduction and motivation“, the academic quarter „02.03. 14-16 c.t. -
Registration“, clocks typed with the letter o „Di, 05.10. 2010, 14.oo c.t.“, „30.5. 08.3o-10.oo“, a weekly lecture
„Dienstags von 17-18.3o Uhr“, hand-in days „Assignment 2 - due 06.04.“, „until Friday 24.3. 2017 midnight“). Round 268:
the student council of OTH Regensburg's computer science faculty (fsim-ev/website, Hugo 2025-2026: „Wann“ sections „Am
15.10.2025. ab 17:05 Uhr.“, „14.10.2025 - 17:00 Uhe“, „Am Donnerstag (19.03.) um 19:45“, the council meeting's page in
each version, and each page's English twin with German dotted days „Come around on 15.10 from 17:05 to K008 !“).
Written down before running the parser, they scored **80.4 % (45/56)**, **78.8 % (52/66)** and **98.3 % (59/60)**
before any change for them (main c2f04ad0): pooled 156/182 = 85.7 %. Their misses: a span of hours cum tempore read
as its first hour to a quarter past its last („14-16 c.t.“: 14:00-16:15 instead of 14:15-15:45; 4), clocks typed with
the letter o read as none (3), hand-in days and review deadlines („due 06.04.“, „Reviews due“, „send it … until …
midnight“, „bis 24. Nov. Zeit zu recherchieren“) read as events or ends (6), sign-up openings „Die Anmeldung startet
am Mittwoch, den 16. Oktober 2013 um 10 Uhr“ (3, one of them lending its clock to the barcamp's days), ticket and
sign-up days told after a weekday („am Mittwoch früh gibt es die Tickets“, „Hier geht’s am Mittwoch zur Anmeldung“),
a newsletter issue's stamp, the end day's clock of „Wir starten am … um 9.30 Uhr und am … um ca. 16.00 Uhr endet …“
dropped (3), a year slip „21./22.11.2014“ written in August 2015, a sale's clock „seit heute (10 Uhr)“ lent to the
barcamp, a link opening, and an English undotted day „on 15.10 from 17:05“.
After the fixes (when_academic_quarter (new): a span of hours „c.t.“ is the academic double lesson, a timetable clock's
zeros typed as the letter o before „c.t.“/„s.t.“ or in a span are digits; when_roles: „due“ right before a day, a
seminar's key-date label „Reviews due“, a newsletter issue's „vom“ are deadlines and stamps; when_requests_by: an
English clause asking to submit or send something „until“/„by“ a day, „bis … Zeit zu …“; when_sales: sign-up opening
with „den“ after its weekday, tickets or sign-up to be had on a day told after it; when_verb_final_ends: a verb of
beginning before the first day and one of ending after the second day's clock keep both clocks; when_clean: an undotted
day after English „on“ before its clock; unit tests in test_when_round266_causes.py) rounds 266-268 score 89.3 %
(50/56), 98.5 % (65/66) and 100 % (60/60): 175/182 = 96.2 %; no other round lost or gained a string (all 268 rounds
11075 of 11400); whole real-page corpus 0 better, 0 worse. A second step (when_other_day_clocks (new): the clock right
after a skipped day „Die Anmeldung startet am …, den 20. Oktober 2014 um 10 Uhr“ or after „heute“ when the event lies on
another day „seit heute (10 Uhr) gibt es die Tickets für das BarCamp … am 23./24.11.2013“ is not the event's; when_sales:
the sale and sign-up days named by a weekday alone „am Mittwoch früh gibt es die Tickets“, „Hier geht’s am Mittwoch zur
Anmeldung“) brings round 266 to 96.4 % (54/56); all 268 rounds 11281 of 11618 (rounds 263-265 merged meanwhile), no other
round changed; whole real-page corpus 0 worse. Left: the year slip, a start and end sentence after a span of two
days („… findet am 21./22. November 2015 statt … Wir starten am 21. November um 9.30 Uhr und am 22. November um ca.
16.00 Uhr endet …“) and a link opening „funktioniert erst ab Mo, dem 27. Oktober, 2014 ab 12.oo Uhr“.
Rounds 269-271 (date_strings_heldout_round269.yaml, 62 strings; round270, 64; round271, 65) come from three repositories
not used before. Round 269: an association for pre- and early history in the lower Nidder valley, Hesse (vvfn/vvfn,
Jekyll posts 2013-2025: the archaeological collection's Sunday openings „Am Sonntag, 19.06.2016 öffnet von 15 bis 17 Uhr
die Archäologische Schausammlung …“, „am 3. Sonntag, dem 21.04.2013 … zwischen 13 und 15 Uhr“, „16.03.2014, 18.05.2014
(Jeweils 15:00-17:00 Uhr)“, talks and walks, open days „14.05.2022 15 bis 18 Uhr“, reports after the event, the home
page's dates list, prehistoric years „Ab circa 4.500 v. Chr.“, „im Jahr 4.215“). Round 270: the Georg Schumann society's
concerts page (Georg-Schumann-Gesellschaft/georg-schumann-gesellschaft.github.io: performances 2000-2025, each a date line
and a place line „Sonntag, 5. Januar 2025, 15.00 Uhr | Augustinerkirche, Würzburg“, „1. Weihnachtsfeiertag, Montag, 25.
Dezember 2006, ab 21.30 Uhr | Konzert im Deutschlandradio (Aufzeichnung vom 19.12.2006)“, „Pfingstsonntag, 4. Juni 2006,
nachmittags“, „März 2004“, two wrong weekdays, composers' life years „(1866-1952)“, opus numbers „op. 51 Nr. 2, 1909“,
postcodes, a journal issue „01/2017“, newspaper and broadcast stamps). Round 271: a role-playing library association in
Aachen (RPGLibrarium/web, Hugo event posts 2016-2027: monthly meetings on the 16th „Am Montag, den 16. Janur 2023, …“, „am
nächsten 16.“, „am Sonntag den 16ten“, a moved meeting „am Rosenmontag (16.02.) … stattdessen am 19.02“, game evenings
„ab 18:30 Uhr (Aufbau ab 18 Uhr)“, conventions with each day's hours „Vom 13.-14.09.2025 gibt es am Samstag von 10 bis
23:30 Uhr bzw. am Sonntag von 10 bis 19 Uhr“ and their English twin, stays „Zeitraum: 18.01. bis 22.01.2023 (4
Übernachtungen)“, trains „10.04 Uhr, Bf Hennef (Sieg)“, prices „7.50€“, house numbers „Pontstraße 74-76“).
Written down before running the parser, they scored **96.8 % (60/62)**, **93.8 % (60/64)** and **80.0 % (52/65)**
before any change for them (main c1190774; one round-269 truth, the daily opening hours of a maze „täglich von 10 bis
19 Uhr zugänglich“, first written as none, was read as the project reads daily opening hours before any code change):
pooled 172/191 = 90.1 %. Their misses: a status stamp inside a sentence „Aktuell – Stand Januar 2020 – …“ read as the
month; a report „trafen sich am Samstag“ posted on a Saturday read as the Saturday before; two days each with its hours
in prose ending at the first day's end (4, one of them English); „den 16ten“ (2) and „am nächsten 16.“ read as nothing;
a moved meeting's old day „Rosenmontag (16.02.)“ read over the new one; a publishing stamp „Published 2019-02-28 11:56“
read over the meeting's day; a tomorrow's meeting told by „morgigen Wetterlage … ab 19:00“; „der 16. ist Fronleichnam“;
a past year's monthly rule and an inventory month told in a report; „Februar und Juli 2001“ read as one span; a
journal issue „01/2017“, a record's release day „Erscheinungstermin: 20.2.2025“ and a broadcast's stamp „(WDR 3 TonArt
vom 15.11.2011)“ read as days; „Vom 21.-22.09.2024 gibt es von 10 bis 23 Uhr bzw. Sonntags 10-18 Uhr“ read as Sundays.
After the fixes (when_record_days: a status stamp „Stand Januar 2020“, „(Stand: März 2024)“ set into a sentence that
names no other day; when_weekday_hour_list: each day's hours in prose, „am Samstag von 10 bis 23:30 Uhr bzw. am Sonntag
von 10 bis 19 Uhr“, „Saturday from 10 am to 11:30 pm and Sunday from 10 am to 7 pm“; when_spoken_ordinal_days: „am
Sonntag den 16ten“ after its weekday; when_next_month_day (new): „am nächsten 16.“; unit tests in
test_when_round269_causes.py) rounds 269-271 score 98.4 % (61/62), 93.8 % (60/64) and 89.2 % (58/65): 179/191 = 93.7 %; no other
round lost or gained a string (all 271 rounds 11463 of 11809 = 97.1 %). A second step (when_citations: a
broadcaster's or paper's day alone in brackets „(WDR 3 TonArt vom 15.11.2011)“ and a release day „Erscheinungstermin:
20.2.2025“ are no event's; when_periods: two months apart joined by „und“, „Februar und Juli 2001“, are a list, the
first month's; when_iso: a post's ISO stamp „Published 2019-02-28 11:56“ gives way to the dotted day after it;
when_roles: a later „stattdessen am 19.02“ gives up the day before it) brings rounds 270 and 271 to 98.4 % (63/64)
and 92.3 % (60/65): 184/191 = 96.3 %; all 273 rounds (272-273 merged meanwhile) 11574 of 11915, no other round
changed. Left: the report „am Samstag“ posted on a Saturday, a journal issue „01/2017“, „der 16. ist Fronleichnam“, a
meeting told by tomorrow's weather, a past year's monthly rule and an inventory month in a report, and „von 10 bis 23
Uhr bzw. Sonntags 10-18 Uhr“ read as Sundays.

Rounds 272-274 (date_strings_heldout_round272.yaml, 62 strings; round273, 44; round274, 42) come from three repositories
not used before. Round 272: the registration and programme site of the Forth-Gesellschaft's yearly conference
(forthy42/tagung.forth-ev.de, 2021-2025: each year's intro and programme page in the versions its autocommits kept — the
conference's days „Die Tagung findet vom 11. bis 14. April 2019 im Hotel–Weingut Sandwiese … statt.“, „Online, 6. & 7.
Mai 2023“, day headings with the clock lines under them „Freitag, 12. November | 14:30 Sitzung 1 on air | Jörg Völker: …
(45min)“, „Freitag, 6.Mai | 14:00 …“, „Sonntag, 27. April CEST | 09:00-11:30 …“, headings marked „UTC(+0)“, the English
programme of a standard meeting, the LaTeX invitation to a members' meeting, talk abstracts with years and version
numbers, a sign-up deadline). Round 273: a yoga teacher's course programme in Koblenz (Duffed/yoga-koblenz, 2014-2026: the
table of weekly classes in each version „Dienstags: | 9 Uhr“, „Mittwochs: | 18 Uhr und 20 Uhr“, „Montags: | 17:00 Uhr
18:45 Uhr | Zoom Pro Familia“ (two classes in a cell), „NEU Dienstags: | 18:00 Uhr (ab dem 05.09.2017)“, the pregnancy
class „Zeit | Freitags von 17:30 Uhr bis 19:00“, fees, revision stamps, the teacher's years of training and the yoga
page's centuries). Round 274: the handball section of TSV Weilheim an der Teck (dominic22/tsv-weilheim-web-app, 2018-2019:
the teams' season previews and the board's letters — a first game „am 14. September 2019 gegen Vaihingen 2“, a weekly
training „Trainiert wird wieder freitags in der Lindachhalle um 20:00 Uhr.“, past feasts „der traditionelle
„Vatertaghock“ am 30. Mai, das alljährliche Städlesfest am 02. Juni 2019“, an autumn camp „am 29. und 30. Oktober 2018 der
Jahrgänge 2002 bis 2011“, and the numbers of a sports club's texts that are no days: seasons „2018/19“, „19/20“,
„Saison2019/2020“, birth years, table places „der 12.“, goal counts, an account number, „TVB 1898“). Written down before
running the parser, round 272 scored **96.8 % (60/62)** as first written and **98.4 % (61/62)** after one truth was
aligned before any fix with round 214's convention (a month of a year long gone, told in a whole sentence, is history),
round 273 **95.5 % (42/44)**, round 274 **92.9 % (39/42)** (main c1190774, 63237cd7 and 3ef58349, the same parser):
pooled 141/148 = 95.3 %. Their misses: the day a sign-up link is mailed („sign up at the link you will be getting via
email on the 27th August“) read as the event's; revision stamps with a month „Zuletzt aktualisiert: Mai 2017“ read as the
month (2); a weekly training in a long text with its hall between the weekday and the clock read as nothing; the day
fixtures were settled „Die Spielpläne stehen seit dem 22.07.2019 fest“ read as an event's; „Die Trainingszeit am
Freitagabend macht ein anschließendes Zusammensitzen … möglich“ read as next Friday.
After the fixes (when_mailing_days (new): the day a link, an invitation or access data come by e-mail, „… via email on
…“, „… am 3. Mai per E-Mail verschickt“, is reported nowhere; when_record_days: „Zuletzt aktualisiert:“, „Letzte
Änderung:“ before a month alone are a revision stamp, as „Stand:“ is; when_recurrence: weekdays, the hall they are held
in, then a clock state a weekly rule in a text of any length („freitags in der Lindachhalle um 20:00 Uhr“, not a month's
„sonntags im Juni um 10 Uhr“); when_roles: a day since which something is settled or to hand, „seit dem … fest“, „…
vor“, „… bekannt“, is reported nowhere; unit tests in test_when_round272_causes.py) rounds 272-274 score 100 % (62/62),
100 % (44/44) and 97.6 % (41/42): 147/148 = 99.3 %; round 260 gained one string („b) Den Vereinen … montags bis freitags
in der Zeit von 16.00 bis 22.00 Uhr.“), no other round changed (all 274 rounds 11616 of 11957 = 97.1 %, rounds
269-271 merged meanwhile); whole real-page corpus 0 better, 0 worse, 0 changed (26 pages new since the session began).
Left: „Die Trainingszeit am Freitagabend macht … möglich“ (why a weekday suits, no day).

Rounds 275-277 (date_strings_heldout_round275.yaml, 67 strings; round276, 70; round277, 48) come from three repositories
not used before. Round 275: the blog and pages of the Oldenburg hackspace Mainframe (MarvinGS/mainframe.io, posts
2011-2025: talks „Der Vortrag findet am 21. November 2011 um 20:00 Uhr im Festsaal des Oldenburger Schlosses statt.“, a
day's programme „Do, 13.10.2011 | 17:00 Aufbau | 19:00 Beginn | …“, hackathons „Datum: 06.+07.02.2016 Beginn: Samstag um
16 Uhr Abschluss mit Preisvergabe: Sonntag um 20 Uhr“, „bis Sonntagabend (ca. 17/18:00 Uhr)“, holiday courses, pandemic
closures, LAN parties „- 11.04.2025 - 17:00 - opening - 13.04.2025 - 23:59 - closing“, opening hours „Wir haben in der
Regel Montag bis Sonntag ab spätestens 19:00 Uhr geöffnet“, a plenary „alle anderthalb Wochen dienstags oder samstags“,
press clippings „zeit.de vom 16.02.2012“, head counts „15-25“, parking hours). Round 276: the Berlin hackspace xHain
(xHain-hackspace/xhain-website, 2016-2024: the front page's weekly open evening in several versions „Immer Montags ab 17h
bis spät in die Nacht“, the monthly talks „Gespräch unter Bäumen“ „an jedem 2. Dienstag im Monat“ and each evening „Am
08.01. um 19 Uhr“, learning evenings „an jedem 2.Dienstag im Monat ab 20:30 Uhr“, „an jedem letzten Freitag im Monat … ab
20h00“, parties „Am 5.4.19 (ja, schon übermorgen) ab 20h“, a workshop's two dates „7. und 8. Dezember 2019, jeweils von 12-18
Uhr“, a move, a key handover, a fundraiser's stamp). Round 277: the football club Sportfreunde Sümmern
(BenediktBor/suemmern, 2025: the team pages' practice times „Trainingszeiten | Dienstag & Donnerstag | 19:30 Uhr - 21:00
Uhr“, „Montag, Mittwoch & Freitag“, the chronicle „am 29.12.1956“, „(1957 - 1978)“, „am 7. Spieltag“, scores „14:0“, the
youth blog „in der zweiten Herbstferienwoche (20.–24. Oktober 2025)“, „an diesem Mittwoch (06.08.)“). Written down before
running the parser, round 275 scored **70.1 % (47/67)**, round 276 **84.3 % (59/70)** as first written and **87.1 %
(61/70)** after two truths were aligned before any fix with the rounds' conventions (a past event told in a report keeps
its day: „Nachdem diese am 21.05. einen Lötworkshop veranstalteten …“; a present state since an event keeps the event's
day, round 233: „Seit der Eröffnung am 13.05. sind schon ein paar Wochen vergangen …“; both first written as none),
round 277 **83.3 % (40/48)** (main 2acd3c86): pooled 148/185 = 80.0 %. Their misses: a timetable row's weekdays joined by „&“ read as the first weekday's rule (7); a rule on one of two
days by turns read as every week's first day (3); the day since which open evenings are held again („seit dem 24.5.21 wieder statt“) and an
office taken over („ab dem 16. Juni … die Geschäftsführung übernehmen“) read as
events; a news site's clipping date; a weekend named by its Saturday read as the Saturday alone; opening weekdays as a
range („Montag bis Sonntag ab spätestens 19:00 Uhr“) read as nothing and seven weekdays kept as a weekly BYDAY list; a
founding meeting and a club's anniversary read as events; a span's last-day clock by weekday („Sonntag um 20 Uhr“, „(ca.
17/18:00 Uhr)“) lost; a labelled end's clock range „Ende: 12.10.2024, 10:00 - 12:00 Uhr“ ending at its first clock;
„Wann: 13.10 - 18:00 Uhr“ (a day without its last dot, a dash, a clock) read as nothing; and, left: a day's programme whose „Beginn“ clock comes after a set-up clock, „[Sa 10:30-12:00 Uhr]“
of a workshop list, two blocks of a course „vom29. bis 31. Juli und … vom 17. bis 18. Oktober“, weekdays each with hours
„Freitag von 15 bis 17 Uhr und Samstag …“, an update stamp „UPDATE (2020-03-19 13:00:42):“ before a closure, „ab dem
kommenden Mittwoch … wieder öffnen“, an outage's hours, a second day and clock „- 13.04.2025 - 23:59 - closing“, a purpose clause's Friday, a move's closing day, a key
handover, a reference „vom 20.11.“, a landlords' meeting, „Am 21. ab 18h“ after an allowed-from rule, a series' announced
months read as its end.
After the fixes (when_joined_weekdays (new): a row's weekdays joined by „&“, „und“, „+“ or commas are each weekly;
when_alternate_weekdays (new): „dienstags oder samstags“, „am Freitag oder Wochenende“, „… im Wechsel“, „alle anderthalb
Wochen“ state no day; when_roles: „seit dem … wieder statt“ is a state; when_office_handovers:
„ab dem … die Geschäftsführung übernehmen“; when_press_dates: a site's address „zeit.de vom“, „arte.tv v.“;
when_weekend_from_day (new): „Wochenende vom/des“ a Friday or Saturday runs to the Sunday; when_open_days: „Montag bis
Sonntag“, „Fr-So“ ranges and „in der Regel“, „meistens“ before the days; when_every_day (new): a weekly rule on all seven
weekdays is FREQ=DAILY; when_foundings: „Die Gründungsversammlung … fand am …“, „wird heute (11.07.2017) sechs Jahre alt“ (an
anniversary named by its day alone stays the day, round 9);
when_end_day_clock (new): the last day's clock after its weekday, „17/18:00“ the later; when_end_label_range (new):
„Ende: … 10:00 - 12:00 Uhr“ ends at 12:00; when_label_day_dot (new): „Wann:“, „Datum:“, „Termin:“ before „13.10 - 18:00“
give the day its dot; unit tests in test_when_round275_causes.py) rounds 275-277 score 88.1 % (59/67), 90.0 % (63/70)
and 100 % (48/48): 170/185 = 91.9 %; no other round changed (all 277 rounds 11792 of 12142 = 97.1 %; after rebasing
onto rounds 278-280, all 280 rounds 11941 of 12301 = 97.1 %); whole real-page corpus 0 better, 0 worse, 0 changed.
Fixed later (session 57, LEFT36): „[Sa 10:30-12:00 Uhr]“ (a weekday and its hours alone in square brackets are read
as in round ones, in a text of any length: ``when_relative._BRACKET_WEEKDAY_CLOCK``); the programme's „19:00 Beginn“
cell after „17:00 Aufbau“ (the one cell that is only a clock and „Beginn“ starts the evening, not the set-up clock
nor the first item's range: when_begin_cells, new, in ``when_times.find_times``); „Am 21. ab 18h“ after an
allowed-from rule (what is allowed from a day on stays no day, a later sentence's own day with its clock is the
offering's: ``when._told_after_the_rule``); the second day and clock of „- 11.04.2025 - 17:00 - opening - 13.04.2025
- 23:59 - closing“ (the start's label between its clock and the end's day dropped: when_step_labels, new, in
``when_clean``); unit tests in test_when_old_rounds_session57.py. Round 275 88.1 % (59/67) → 92.5 % (62/67), round
276 90.0 % (63/70) → 91.4 % (64/70); all 280 rounds 11944 → 11948 of 12301, no round lost a string (after
rebasing onto rounds 281-285, all 285 rounds 12186 → 12190 of 12559 = 97.1 %).

Rounds 278-280 (date_strings_heldout_round278.yaml, 61 strings; round279, 48; round280, 50) come from three repositories
not used before. Round 278: the site of DIE LINKE IM WESTEND, a party group on Wiesbaden's Ortsbeirat Westend/Bleichstraße
(hoplite82/nuxt-netlifly-cms, 2019-2021 posts — the council's meetings „Am vergangenen Mittwoch tagte der Ortsbeirat …“,
„in der konstituierenden Sitzung am 27. April“, the 2021 election „Am Sonntag wird gewählt“, „die Auszählung ab 18 Uhr“,
„der Wahl vom letzten Sonntag“, vigils „Für Freitag,12. Februar 2021, hatten …“, a chronicle in the historic present
„Am 9.2.2012 beschließt die Stadtverordnetenversammlung …“, an obituary, „am Fastnachtssonntag 2019“, and the group's
motions with a weekly „jeden Freitag von 14 bis 18 Uhr“, a school year typed „2019/20120“, a newspaper's issue, a ban's
end). Round 279: Biotop, a science-and-design collective in Villach (biotop/biotop-website-hugo, 2017-2019 — an
exhibition „am 22. Dezember ab 17.00“, „noch bis zum 13.01.2018 geöffnet“, its opening-hours list „Fr, 26.01.2018 -
17:00-20:00“ with two slips of the page („Di, 01.02.2018“, a Thursday; the Finissage as „Sa, 03.01.2018“), workshops
„Foldscope Workshop | 02.02.2019, 15:00 - 17:30 | …“, „heute, Donnerstag (20.12.)“, festival hours „Mittwoch bis Donnerstag:
12:00 - 20:30“, members' meetings „(28.-30.-07.2017)“, „vergangenes Wochenende“). Round 280: a blog of multi-day trips by
bike, train and on foot from hut to hut (bwalle/CycletuxBlog, 2016-2024 — days named by feasts told in the past „am
Karfreitag“, „Karsamstag – Fahrradtour zum Caldonazzosee“, „an einem Pfingstsamstag“, „am verlängerten
Fronleichnamswochenende“, „letztes Jahr an Allerheiligen“, and what a hiking report holds that is no day: huts' house rules
„Um 22 Uhr ist normalerweise Hüttenruhe bis 6 Uhr, Frühstück von 7 bis 8 Uhr“, train timetables, „Ende September bis Mitte
Oktober“, „um dreiviertel 4“, history, one daily „jeden Tag um 12 Uhr“). Written down before running the parser, they
scored **82.0 % (50/61)**, **87.5 % (42/48)** and **80.0 % (40/50)** as first written; eight truths were then aligned, before
any fix, with session 43's rule (a birth, a death, a decision or a stamp is none; a day written in full keeps its day however
long ago): a resolution's „Beschluss … vom“, the historic-present „beschließt“, an obituary, killings („Die rassistischen
Morde vom 19. Februar 2020“, a femicide's night, „Das Attentat von Sarajevo am 28. Juni 1914“) are none, „am 8. Mai 1945“
and a novel's „am 4. Mai 1891“ keep their days: **83.6 % (51/61)**, **87.5 % (42/48)** and **82.0 % (41/50)** (main
2acd3c86): pooled 134/159 = 84.3 %. Their misses: „letztes Jahr an Allerheiligen“ read as this year's (the pre-test looked for
„jahr“ in lower case); feasts' long weekends „Fronleichnamswochenende“, „Allerheiligen-Wochenende“ read as nothing or one day;
„(28.-30.-07.2017)“ (a hyphen before the month) as nothing or the month; „vergangenes Wochenende in Villach“ (a place after
„in“) and „der Wahl vom letzten Sonntag“ (no verb in the past) as nothing; killings, a contract taking effect „Am 31.3. 2012
trat der Vertrag … in Kraft“, a council's decision, a treaty „vom 12. November 1918“ and a quoted statement „im WK vom
23.8.2017“ as days; a weekly rule of the school term with summer-holiday weeks added as nothing; a diary heading „Dienstag –
Regen | … regnete …“ as nothing.
After the fixes (when_days: „letztes Jahr“, „Im vergangenen Jahr“ written capitalised set last year; when_feast_weekends:
Corpus Christi's weekend, and a fixed holiday's long weekend by its weekday (All Saints' on a Thursday or Friday to the
Sunday, on a Monday or Tuesday from the Saturday, on a Wednesday none), when_feasts no longer reading the holiday's one day
from „Allerheiligen-Wochenende“; when_clean: „28.-30.-07.2017“ is „28.-30.07.2017“; when_relative: a place after „in“ no
longer hides a relative weekend, „vom letzten Sonntag“ looks back; when_notices: a killing named with its day (not after
an earlier day) is a death's; when_roles: „trat … in Kraft“ after the day, a deciding body's „beschließt die …versammlung“
after it, a treaty's or contract's „vom“, „Aussage im … vom“; when: a rule „während der Schulzeit“ keeps its next day though
holidays are named; when_weekday_headings (new): a diary's weekday heading over a text told in the past is the last such
day; unit tests in test_when_round278_causes.py) rounds 278-280 score 93.4 % (57/61), 93.8 % (45/48) and 94.0 % (47/50):
149/159 = 93.7 %; no other round changed (all 280 rounds 11939 of 12301 = 97.1 %, rounds 275-277 merged meanwhile; whole real-page corpus 0 better, 0 worse, 0 changed, 34 pages new since the session began; a first version of the decision rule took round 41's „beschließt die „Arena
der Lösungen“ … den Zukunftskongress“, closing a congress, and of the treaty rule round 174's „Pachtvertrag … in der Zeit vom
01.11.“: both narrowed, a deciding body as subject, not „in der Zeit vom“). Left: „Der tragische Vorfall in der Nacht zum
vergangenen Montag“ (a killing not named as one), a speech's closing dateline „19. Februar 2021“, signatures collected „bis
zum 28.3.2012“, a ban that „hätte am 31. August 2018 enden sollen“, a flight's day before the talk's („Am 16. Mai flogen wir
… für 21. Mai angesetzt“), the Finissage typed „Sa, 03.01.2018“, an online calendar's „Jeden Tag dient …“, a general „Allerheiligen
ist in Süddeutschland frei …“, huts' „Ende September bis Mitte Oktober“ (read as September), „2019 an Pfingsten“ (a bare
Pentecost names several days, ``when_feast_services``).
Session 56, old rounds (LATE1): general causes of strings older rounds still missed, no new material. Three weekdays or
more listed by commas alone, then one span of hours („Empfang von Sachen am Donnerstag, Freitag, Samstag 12.00-17:00“),
are a place's weekly hours (when_listed_weekdays, new; a list closed by „und“ stays as it was); a habit's hedge („findet
(meist) am letzten Montag im März statt“, „in der Regel“, „usually“) before a named month's n-th weekday is a yearly rule
as „immer“ was (when_weekday_rules, when_recurrence's cues); a dated span's last day after „bzw.“ with its own hours („Vom
21.-22.09.2024 gibt es von 10 bis 23 Uhr bzw. Sonntags 10-18 Uhr …“) ends the span there, no weekly rule
(when_span_day_hours, new); unit tests in test_when_old_rounds_session56.py. Rounds 211 92.0 % (23/25) → 96.0 % (24/25),
223 92.5 % (62/67) → 94.0 % (63/67), 271 92.3 % (60/65) → 93.8 % (61/65); all 280 rounds 11939 → 11942 of 12301, no
round lost a string. Left: huts' „Ende September bis Mitte Oktober“ (a season in general, read as September), „Die
Trainingszeit am Freitagabend macht … möglich“ (a reason, read as the coming Friday).
Rounds 281-283 (date_strings_heldout_round281.yaml, 53 strings; round282, 45; round283, 36) come from three repositories
not used before. Round 281: BikeX, a Berlin group leading bike rides to festivals in Brandenburg and Mecklenburg
(bikexberlin/bikexberlin.github.io, 2021-2026 — festivals' spans in a page's description „von Berlin zur Fusion, Lärz,
25.6.-29.6.25“, departures on two following days „am Mittwoch und Donnerstag, dem 25. und 26.6.25 um 10 Uhr“, „Mittwoch
(25.06.) 10 Uhr vom S-Bhf Birkenwerder“, several starts a day „Freitag, 11:30, 15:30 und 17:30“, a bike cloakroom's
windows „Abgabe: Mittwoch, 24.6., 16.00-20.00 & Donnerstag, 25.6., 16.00-20.00“, luggage pick-ups „am Montag den 21.07
zwischen 18 und 22 Uhr und Dienstag zwischen 17 Uhr 24 Uhr“, registration deadlines „Bis zum Mittwoch 17.7., 18:00 hier
registrieren“, weekdays copied from year to year that no longer fit). Round 282: herzweite, a teacher's mindfulness
and self-compassion courses in Landshut and Leipzig (herzweite/herzweite.github.io, 2014-2025 — course texts as an
adult-education programme prints them: „Herbst 2018 LANDSHUT | freitags, 17:00-19:30 | 19.10., 26.10., …, und 7.12.“,
„freitags, 19:00-21:30 (6. Mai, 13. Mai, … und Übungstag am Sonntag, dem 19. Juni, 15:00-19:00)“, extra Saturdays
with their hours, seminars under a year's heading „2021 | 24.-29. Januar:“, courses announced for a month or a season
„voraussichtlich im Mai 2022 starten“, „hoffentlich im Sommer/Herbst 2021“, free talks „am 6. April 2022, 17:30 - 18:45 |
… Seminarraum (3. 0G)“, course shapes, prices, a biography). Round 283: Stamm Barrakuda, a scout troop in Vaterstetten
(stamm-barrakuda/barrakuda-de, 2022-2026 — the groups' weekly hours from every version of their pages „Meute Evoli |
Mittwochs, 17:30 bis 19:00 | 2012-2013“, a jubilee „Am Samstag den 16.09.23 … von 13:00 Uhr bis 19:00 Uhr“, a holiday
programme „(Stand 25.07.23)“, a camp report without days, the troop hut's rental page and history). Written down before
running the parser, they scored **71.7 % (38/53)** and **82.2 % (37/45)** (main 5f6ba942) and **94.4 % (34/36)** (main
c828e3f4): pooled 109/134 = 81.3 %. Their misses: a list's days after a
weekday rule's hours „freitags, 19:00-21:30 (6. Mai, …“ given the hours of another day named after the list (5);
deadlines whose clock follows a comma „Bis zum Montag 5.8., 18:00 hier registrieren“ read as ends (3); two following
days with dotted hours „16.00-20.00 &“ read as the first day or the second; a dated day's hours, then „und Dienstag
zwischen 17 Uhr 24 Uhr“ (the next day by its weekday alone, with its own hours) read as the first day; „Freitag, 11.30
und 15:30“ read at 15:30; „Am Freitagfrüh“ read as nothing; „Sommer/Herbst 2021“ read as autumn; and, left: „Donnerstag (3.9.) 10Uhr“ read in
December as the past September (a weekday in brackets before its day is not seen; seeing it moved „Donnerstag
(27.06.)“, a weekday copied from last year's page, back to June 2024, and a rule keeping days a few weeks ahead from
being moved back a year for their weekday broke „Tues., Jan. 6“ in when_cases.tsv, as round 244 found), a
hand-in window after „Abgabe:“ (a deadline word) read as its second day, „Sonntag, 27.6. & Montag, 28.6.“ read in June
2026 as 2027 (the weekdays fit next year), „zwei am Donnerstag (16.7.) und zwei am Freitag (17.7.)“ and „Donnerstag und
Freitag um 11:30 Uhr“ read as the first day only, sign-up deadlines told as „Wir benötigen bis zum … eine Info“ read as
ends or days, a quotation's source „(Harvard Business Manager, September 2013)“ read as the month, „Termine für den Kurs
in Herbst (Oktober-November) werde ich … bekannt geben“ read as nothing, a troop hut's opening day „am 1.10.1993
eingeweiht“ read as a day, „In der Schulzeit finden Montag bis Donnerstag regelmäßig Gruppenstunden statt“ read as
nothing.
After the fixes (when_lists: a clock after another day named past the list is that day's, the list keeps the hours
said before it; when_roles: a deadline's clock after a comma before „registrieren“/„anmelden“; when_pairs: a dotted
clock range whose minutes can be no month counts as the first day's hours; when_next_weekday_hours (new): the next day
by its weekday alone with its own hours ends the span; when_times: a dotted clock joined to a colon clock is the first
start; when_relative: „Freitagfrüh“; when_periods: two seasons joined by a slash; unit tests in
test_when_round281_causes.py) rounds 281-283 score 86.8 % (46/53), 95.6 % (43/45) and 94.4 % (34/36): 123/134 =
91.8 %; no other round lost or gained a string (all 283 rounds 12067 of 12435 = 97.0 %).
Rounds 284-286 (date_strings_heldout_round284.yaml, 73 strings; round285, 51) come from repositories not used before,
both Austrian. Round 284: the site of the Evangelische Messiaskapelle, a Protestant parish in Vienna's 9th district
(evang9wien/meka1, posts 2023-2026 — „Jänner“, „heuer“, „Hl. Abend“, „2. Christtag“, invitations „am Sonntag, 20. Oktober,
18.00 Uhr“, „Freitag, 7.6.24 um 19 Uhr“, a year's evenings as a list „- 18.2. | 25.2. | …“ and its timetable „Do 20.11.:
- 18:30 - 20:00 …“, monthly and yearly rules „in der Regel am 1. Donnerstag im Monat“, „Am 1. und 3. Sonntag“, sign-up
deadlines, cancellation terms, a letter's dateline under a signature, an election to an office and taking it). Round 285: a
pupil's board for his class at HTL Wels during the school closures of spring 2020 (crumpfhuber/htlw3-homeschool — weekly
overviews with a row a day „Mo, 11.05.2020 | - Elektrotechnik Unterricht: 07:50 bis 9:30 Uhr …“, school-free days
„Schulfrei: St. Florian“, and the teachers' letters: hand-in deadlines in every shape „Die Abgabe ist am Mittwoch nach den
Ferien …“, „bis Fr. 3.4. per Mail … einschicken“, „Termin zur Bearbeitung ist 25.5.2020!“, „//EDIT: 16.03.2020 14:20“).
Written down before running the parser they scored **86.3 % (63/73)** and **78.4 % (40/51)** (main 3d894bab); two coming
seasons of round 284 first written as none („im Herbst 2025“) were aligned, before any fix, with the rounds' reading of a
coming event's season: **89.0 % (65/73)**. Their misses: a hand-in day read as an event (most of round 285: „Abgabe“,
„bis … einschicken“, „zu erledigen“, „Termin zur Bearbeitung“); a list's items „- 18.2. | 25.2.“ and „- 18:30 - 20:00 …“
run together into one range; „Hl. Abend“ not read as Christmas Eve; a signature „Pfarrerin … | Wien, am 3. Jänner 2024“
read as an event; „Am 1. und 3. Sonntag“ read as one day; „wurde … vom … gewählt“ and „tritt … das Amt … an“ read as events.
After the fixes (when_hand_ins, new: a hand-in, send-in or working deadline of a class's task is a deadline, hooked into
when_roles; when_later_ranges: a list item's dash or bullet before a word between two ranges ends the timetable; when_feasts:
„Hl. Abend“; when_lone_datelines: an office or title and a name before a dateline's " | "; when_weekday_rules and
when_recurrence: a lead „am“ and two ordinals joined by „und“ before a weekday are monthly unless a month or a relative word
follows; when_offices, new: an election's day „wurde … vom … gewählt“ and taking office „tritt … am … an“ are records; unit
tests in test_when_round284_causes.py) rounds 284 and 285 score **95.9 % (70/73)** and **96.1 % (49/51)**; no other round
changed. Left: „Nach Bekanntgabe des Wahlergebnisses … am 5. November 2023“, a cancellation scale „Bis 25.3. sind es 0%,
bis 25.5. …“, a yearly „(3. Sonntag im Oktober …)“ in brackets after its name, a school-free row „Sa, 04.04.2020 | n/a“
and „Do, 02.07.2020 | Ende der Noteneintragung“.
Round 286 (date_strings_heldout_round286.yaml, 59 strings), from the same collection: the blog of an Austrian couple
(DavidS/cheesy.at, posts 2006-2023 — a diary's „heute“, „gestern“, „morgen früh“, weekdays told in the past, „Letztes
Wochenende haben wir … verbracht“, gallery headings over their text „2.10.2011 - … | Wir haben das Wochenende 1./2.
Oktober … verbracht“, clocks „von 7:30 bis 9:00 Uhr am Abend“, „8 Uhr Früh … bis 8 Uhr Abends“, „um halb vier“, „jedes
Wochenende ab 6 Uhr abends“, feasts' long weekends, and no days: a letter „datiert auf“, a delivery „in KW1“, a photo's
rank „Platz: #487 am 8.Juni 2011“, the date of Pi Day explained). Written down before running the parser it scored
**52.5 % (31/59)** (main 3d894bab); its 28 misses were mostly a diary's relative words and weekdays in long sentences,
evening clocks read as the morning's, and headings' days read instead of the span the text tells. After the fixes
(when_evening_clocks, new: a digit clock below twelve with „Uhr abends“, „am Abend“, „nachmittags“ after it is past noon,
a range marked at its end both of its clocks unless the start lies after the end; when_times: a spoken hour from one to six
is the afternoon's unless „früh“, „morgens“ or „nachts“ follows, „halbzehn“ glued; when_heading_spans, new: a dated heading
over a text whose span of up to four days ends on the heading's day gives the span; when_relative: „Letztes Wochenende
haben wir … verbracht“ (an inseparable participle), „Heute waren wir …“ opening a report, „…, dann morgen früh geht es
los“, „Ab ca. 8:00 morgens sind heute …“, „Heute morgen um 9 hatten wir …“ (a bare hour before a past verb), tomorrow's
„…auftakt“ and compounds of its event words, the spoken „ham“ of the perfect, „und Dienstag Nachmittag finden wir …“, a
weekday „gegen“ its clock; when_trip_weekdays, new: „am Freitag nach Rust“ in a sentence with a verb of travelling is the
weekday, not one counted from something; when_recurrence: „jedes Wochenende“ is every Saturday and Sunday;
when_feast_weekends: „Ostern“ or „Pfingsten“ and a „langes“ or „verlängertes Wochenende“ in its sentence is the feast's
weekend, a holiday's one day („Letzten Donnerstag war Feiertag …, darum … das verlängerte Wochenende“) the long weekend it
makes; unit tests in test_when_round284_causes.py) round 286 scores **81.4 % (48/59)**; round 226 91.2 % → 92.5 %
(„Samstag gegen halbzehn Uhr abends war es …“); no other round changed: all 286 rounds 12112 of 12484 = 97.0 % before
rounds 281-283 were merged, 12235 of 12618 = 96.96 % with them — five strings short of the pooled floor, so round 286 and
its fixes stayed on branch D284 unmerged in session 57. Merged in session 58 after the leftovers of rounds 275-276
(12239 of 12618) and one more general cause, a course's weekday slot with its bracketed first day „Gruppe 1: Do. 11--13
… (Beginn: 22.03.2012)“ weekly from that day, kept on it once its term is over (when_course_slots; round 261 74.6 % →
78.9 %, three strings): all 286 rounds 12242 of 12618 = 97.0 %. Left: a feast moved and kept
„Silvester … verschoben und feiern heute“, „Versetzungsbrief, datiert auf 1. Januar 2010“, „morgen um 8 Uhr
dienstantritt“, „Donnerstag und Freitag … das Wochenende angehängt“, „Lieferung in KW1“, a photo's rank „am 8.Juni
2011“, „Halloween Feier war schon gestern“ (read as Halloween), Pi Day explained, a past „am Freitag“ told
on a Friday, „ab 26.November … einziehen“, the verbless „Montag morgen dann gleich das Touristen-Programm“.
Rounds 287-289 (date_strings_heldout_round287.yaml, 60 strings; round288, 41; round289, 62) come from repositories not
used before.
Round 287: a news digest that posted the articles behind Google's daily search trends for Germany, April 2024 to
February 2025, each with its German original (nguyenvulebinh/trends — regional papers' event round-ups: Ascension Day
parties „Der Skiclub … veranstaltet am Donnerstag, 9. Mai, seine traditionelle Vatertagshockete. … von 10 bis 18 Uhr
…“, Walpurgis Night, May Day rallies, Corpus Christi „In Pirmasens startet an Fronleichnam um 9 Uhr …“, a listing's
date line „Sa, 1. Juni, 10.00–17.00 Uhr | 112 – Komm vorbei!“, Einsiedeln abbey's Assumption Day, a games fair
„26.-28.4., Fr-Sa 10-19 Uhr, So 10-18 Uhr“, ticket presales „Am Mittwoch, 20.11. ab 10:00 Uhr: Telekom Prio Tickets“,
bylines „SPORT1 15.01.2025 • 17:10 Uhr …“). Round 288: the Stoffelhäusl, a miners' house of 1482 in St. Gertraudi,
Tyrol, kept as a private museum (stoffelhaeusl/stoffelhaeusl.github.io, posts 2012-2017 — painting weeks, the Long
Night of Museums „lädt am Samstag, den 4. Oktober 2014, ab 18 Uhr …“, workshops on three following days „…, ebenso am
Sonntag, den 10. August von 10 bis 13 Uhr“, a morning moved for rain, press datelines „ST. GERTRAUDI (2013-05-03) – …“,
the house's history in years „1482 erbaute, 1676 aufgestockte …“, „2010/11 komplett renoviert“, „heuer“). Written down
before running the parser they scored **85.0 % (51/60)** and **87.8 % (36/41)** (main eb2c9bc8); one truth of round
288 first written as a day („Bei Schlechtwetter eine Woche später am 7. August.“) was aligned, before any fix, with
rounds 115 and 145 (a rain date alone is none): **90.2 % (37/41)**. Their misses: a byline or a bracketed ISO dateline
read as an event (2); ticket presales told as a stage „…: Telekom Prio Tickets“ or turned round „startete am Sonntag der
Vorverkauf“ (2); a last admission's clock „Letzte Einfahrt ist um 17 Uhr“ read as the start; „Morgen von 18 bis 19.30
Uhr …“ read as nothing; a run of weekdays sharing hours „Fr-Sa 10-19 Uhr, So 10-18 Uhr“ ending at the run's hours;
a third day after „ebenso“ lost; the following days' hours „an den Folgetagen jeweils von 18 bis 22 Uhr“ given to the
opening day. After the fixes (when_press_stamps, new: a bracketed ISO dateline or a bullet byline dates the writing,
the text counting from it; when_sales: a presale's stage before a colon, the sales after a verb; when_last_entry,
new: a last admission's clock is no start; when_relative: tomorrow with a clock range; when_weekday_hour_list: a run
of weekdays „Fr-Sa“ sharing one range, within a dated few days; when_also_next_day, new: one more day after
„ebenso“; when_following_days, new: hours told for the following days are blanked; unit tests in
test_when_round287_causes.py) rounds 287 and 288 score **95.0 % (57/60)** and **97.6 % (40/41)**; no other round
changed. Left: „Vatertagshock“, „Vatertagsfest“ (the feast inside a compound, with only a clock), a Sunday shopping
day whose „morgen“ and clock stand in two sentences after a stamp, a find „im Sommer 2010“ read as that summer.
Round 289: Extinction Rebellion Switzerland's newsletters 2020-2021 (AndreasAZiegler/xr-hugo-web, content/news/*.de.md
— Swiss German coming actions under headings in capitals „20-25. SEP / BERN“, „10., 17., 22. SEP / BANKEN IN DER
$CHWEIZ“, titles with a bare day „Game over for Predators || 18.6“, a day's number alone „Am 24. dann eine Aktion …“,
reports of past actions, an ultimatum „Wenn der Bundesrat bis Ende September nicht … reagiert“, the movement's history
and the climate goals' years). Written down before running the parser it scored **87.1 % (54/62)** (main 4151121c);
one truth („Das Ergebnis der Abstimmung vom 29. November …“, first written as none) was aligned, before any fix, with
rounds 204 and 278 (a vote named with its result is its day): **88.7 % (55/62)**. Its misses: the newsletter's stamp
„Newsletter, 22. August 2021“ read as an event; an ultimatum's month end „hat bis Ende September Zeit“, „Wenn … bis
Ende September nicht …“ read as a run's end (2); a heading's last cell „|| 18.6“, „|| 21.05“ without its closing dot
(2); „Am 24. …“ opening the sentence (the capital hid the bare day); „am Mitte Juni … im Vorfeld zum Oktober“ read as
June. After the fixes (when_record_days: a mailing's own day alone is a stamp; when_ultimatum, new: the time someone
has or the condition they must meet by a month's end is a deadline; when_cell_day, new: a last cell's day and month
get their dot; when_bare_ordinal: „Am“ with its capital; when_month_parts: a month after „zum“, „vom“, „beim“ is one
with its article; unit tests in test_when_round287_causes.py) round 289 scores **100 % (62/62)**; no other round
changed. All 289 rounds: 12401/12781 = 97.0 % (rounds 287-289 pooled 143/163 = 87.7 % before, 159/163 = 97.5 % after).
Then a season of a year long gone told in a sentence is history as its month is (when_history_months through when.py:
„… entdeckte Martin Reiter im Sommer 2010 Eisenschlacke …“): round 288 100 % (41/41), round 259 91.4 → 93.1 % (54/58,
„… seit Sommer 2023 die Abteilung übernommen.“); all 289 rounds 12403/12781 = 97.0 %; no other round changed.
Rounds 290-291 (date_strings_heldout_round290.yaml, 70 strings; round291, 70) come from repositories not used before.
Round 290: the Freifunk project's Twitter archive (freifunk/social-media-archive, .astro/data-store.json — its own
posts and retweets of local communities 2016-2023: planning calls „Übermorgen ist um 20 Uhr wieder das
Planungsmumble …“, „Gleich um 20 Uhr treffen wir uns …“, „Denkt nachher dran, um 20 Uhr …“, a retweet's label before
the day „RT @freifunk_hgw: Heute wieder #Freifunk-Treffen …: 17 Uhr im Sofa“, „Assembly-Planung für den #33c3: Morgen
um 20 Uhr …“, a talk moved „morgen _nicht_ um 10 Uhr sondern um 15 Uhr“, „Morgen (11.02.) beginnt um 11:11 Uhr der
Verkauf der restlichen Tickets“, „Der CfP … läuft noch bis 7.12.“, „Heute geschlossen: …“). Round 291: the blog of
the Chaostreff Flensburg (chaostreff-flensburg/chaostreff-flensburg.de-website, src/blog 2016-2026 — reports „Am
vergangen Samstag waren wir …“, days without their closing dot „Am 22. und 23.06 findet …“, „Vom 3.11 bis zum
5.11.2017 …“, „vom 3.en bis 5.en November“, „ab Donnerstag(10.09) Abend“, embedded posts' bylines „— Chaostreff
Flensburg (@chaos_fl) 3. September 2018“, „Diese Hygieneordnung gilt ab dem 27. September 2021 …“, „am 08. und
09.04.2021 jeweils von 15 bis 18 Uhr“). Written down before running the parser they scored **70.0 % (49/70)** and
**74.3 % (52/70)** (main a517f979); four truths were aligned before any fix — two months named for a plan or a show
(„Im November soll Antrag im Bundesrat … eingebracht werden“, „Im Dezember möchten wir wieder … auf Sendung gehen“,
first none) with rounds 248, 262 and 265, a state since a May assembly with rounds 263 and 276, a founding day
written in full („Am 13.01.2015 wurde der Chaostreff … gegründet“, first none) with rounds 100, 132, 198 and 233:
**72.9 % (51/70)** and **77.1 % (54/70)**. After the fixes (when_sentence_relative, new: a relative word opening a
later sentence or after a retweet's marker with a clock in its sentence, „gleich“/„nachher“ before a clock, „Heute!“
and „Heute geschlossen“ opening a text; when_relative: „heute 17 Uhr“ with no preposition; when_moved_clock: „nicht
um X sondern um Y“; when_day_slips, new: a day and month without the closing dot after a date word or another day, a
weekday glued to its bracketed day, „3.en“, „vergangen Samstag“; when_embed_bylines, new: an embedded tweet's or
Instagram post's byline; when_regulations: a house's rules of conduct „…ordnung gilt ab“; when_sales: „beginnt um …
der Verkauf der … Tickets“; when_signup: „CfP … bis“; when_lists: two following days in figures „08. und 09.04.2021
jeweils …“ are one period; when_grammar: German „…, was“ after a comma is no English past; unit tests in
test_when_round290_causes.py) rounds 290 and 291 score **94.3 % (66/70)** and **91.4 % (64/70)**; round 209 91.1 →
93.3 % (42/45, „am nächstrn Tag dem 04.01 eine Eilversammlung“); no other round changed. All 291 rounds: 12534/12921
= 97.0 %.
Then older leftovers (when_row_markers, new: a row's cell „n/a“ or a task's end „Ende der Noteneintragung“ is none;
when_feasts: Ascension Day's party named after „Vatertag“ („Vatertagshock“, „Vatertagsfest“) or „am Vatertag“;
when_feast_told_day, new: a feast's party held „schon gestern“ or moved „verschoben … feiern heute“ is on that day;
when_job_offers: „dienstantritt“, „erster Arbeitstag“ is none; when_put_off, new: „Leider müssen wir den Talk … heute
um 19:00 verschieben“ with no new day is none): rounds 285 96.1 → 100 % (51/51), 286 81.4 → 86.4 % (51/59), 287
95.0 → 98.3 % (59/60), 290 → 95.7 % (67/70); no other round changed. All 291 rounds: 12542/12921 = 97.1 %.

Rounds 292-294 (date_strings_heldout_round292.yaml, 71 strings; round293, 69; round294, 52) come from repositories
not used before. Round 292: the posts of the Verschwörhaus, Ulm's open makerspace (verschwoerhaus/verschwoerhaus.de,
content/posts 2016-2020 — workshop announcements „Freitag, 21.10.2016, 16.00–19.00 Uhr und Samstag, 22.10.2016,
16.00–19.00 Uhr“, fortnightly rules „Jeden zweiten Montag trifft sich …“, reports „Am 1. Juli so gegen 16:30 gab's
endlich die Schlüssel“, slips „um 14. Uhr“, „Am 21.03.findet“, „8.1.2016“ for the coming January, a closure notice's
change log „2020-03-15, 19:12: Ausdehnung der Schließung bis 19.4.“). Round 293: the news of the FC Aich, a village
football club (fc-aich/fc-aich, content/news 2016-2025 — match reports with the weekday alone „Die Damen gewannen
hochverdient am Mittwochabend …“, „Am Sonntagmorgen kam es …“ told that Sunday, newspaper reprints „am gestrigen
Ostermontag“, scores beside days „SV Puchheim 5:3. am 22.08.“, card tournaments „um 19:30 19:00 Uhr“ with the
struck-out clock left in). Round 294: the call-out reports of the FF Effeltrich (Feuerwehr-Effeltrich/
feuerwehr-effeltrich.de, 2024-2026, every report: 52 strings — „am Samstag Morgen kurz nach halb sieben“, „In der
Nacht von Freitag auf Samstag ereignete sich …“, „Im Laufe des Donnerstags wird …“, „Am Mittwochabend (18.6.26)“ in
June 2025). Written down before running the parser they scored **83.1 % (59/71)**, **81.2 % (56/69)** and **78.8 %
(41/52)** (main 3f63e050); two truths were aligned before any fix — a house photographed „die Momentaufnahme vom 18.
August 2017“ with round 92 (a reported past action keeps its day; first none), a campaign „Noch bis zum 05.06.2022
bekommt Ihr …“ with rounds 14, 15 and 17 (its end; first none): **84.5 % (60/71)**, **82.6 % (57/69)**, **78.8 %**.
After the fixes (when_relative: „den“ ending a word, „Wir wurden heute um 18 Uhr …“, is no article, a clock told
roughly „heute um ca. 14:30 Uhr“, „heute um kurz nach 18 Uhr“, a weekday's morning told in the past on that weekday
is the page's own; when_times: the part of the day said before a spoken clock; when_mentions: the adverb „so“ after
a day is no Sunday; when_grammar.PAST_TENSE: „gewann(en)“, „verlor“, „lud“, „folgte“, „gratulierte“; when_weekday_nights,
new: a night named by its weekdays, „im Laufe des Donnerstags“; when_clean: „um 14. Uhr“, a struck-out clock beside
its correction; when_signup: „bewirb dich … bis“; when_regulations: what „wir“ do from a day under a regulation;
when_iso_datelines: a change log's line; when_sentence_relative: „…: Heute tagt …“; unit tests in
test_when_round292_causes.py) rounds 292-294 score **91.5 % (65/71)**, **94.2 % (65/69)** and **98.1 % (51/52)**;
no other round changed. All 294 rounds: 12723/13113 = 97.0 %. A second batch (when_relative: opening hours keep a
weekday from its day only in its own sentence; when_end_day_clock: „Beginn ist am Freitag um 16:00 Uhr und am Samstag
um 10:00 Uhr“, the last day's clock among the starts, is no end; when_typed_old_year: a year slipped ahead
„(18.6.26)“ in 2025, a weekday naming the year a range „Donnerstag, der 5.1. bis … 8.1.2016“ slipped from;
when_mentions: „Donnerstag, der 5.1.“; when_history: the day a game „geplant war, wurde verschoben“): **95.8 %
(68/71)**, **95.7 % (66/69)**, **100 % (52/52)**; no other round changed; all 294 rounds 12728/13113 = 97.1 %. Left:
deliveries told with „heute“ („heute kam … ein Kurier“), a statistic's reference day „zum 31.12.2013 war der Wert …“, a
day remembered „der Geschehnisse … vom 22.7.2016 gedacht“, „vom Karsamstag … am gestrigen Ostermontag“, a weekly plan
row „Montags F-/E-Jugend 17 Uhr bis 18 Uhr“.

Rounds 295-297 (date_strings_heldout_round295.yaml, 63 strings; round296, 53; round297, 41) come from repositories
not used before. Round 295: CorrelAid e.V., a data-for-good network (CorrelAid/hugo-website, content/de 2015-2023 —
the event pages' line „Wann: 2021-06-23, 18:00-19:30 Uhr (UTC+2)“, „Wann: 2021-01-04, 7:00 PM – 8:00 PM CET“,
„Wann: 2021-11-13, and 2021-11-12“, weekly Q&As „Jeden Freitag live von 12 - 13 Uhr“, chapter calls „Alle zwei
Wochen montags“, reports „letzten Donnerstagabend (14.11.2019)“, „vom 25. Bis zum 27. 11 im BonnLab“, revision notes
„habe ich am 16.08.2017 ergänzt“, a forecast's hypotheticals „Wenn am nächsten Sonntag Bundestagswahl wäre…“). Round
296: the Deutscher Parkourverband's founding years (parkour-de/parkour-de, _posts 2022-2024 — minutes told on their
day „Das heutige Treffen stand im Licht der Frage …“, "Nächste Termine" lists „26.03.2024: Impulsvortrag …“,
„Onlinetreffen am 5.Oktober für Interessierte.“, „zwischen dem 10. -12.06.2022“, agendas „TOP 1 … TOP 5“). Round 297:
Historisches Fechten Leipzig (historisches-fechten-leipzig/historisches-fechten-leipzig.github.io, _posts 2015-2025
and four versions of its training page — „Dieses Wochenende findet das Turnier Swordfish … statt“, „Nächstes
Wochenende (11.-12.11.2017)“, „Am 20. und 21. Oktober letzten Jahres“, „fand gestern ein Einweihungsfechten … statt“,
„Was? Wiederholung von Techniken Wann? Sonntag, 15:00 Uhr bis 17:00 Uhr Wo? …“). Written down before running the
parser they scored **88.9 % (56/63)**, **92.5 % (49/53)** and **90.2 % (37/41)** (main 82aa5d36); two truths of
round 296 were aligned before any fix — a plan row „Mitte Februar 2024: Gespräche mit dem DOSB“ with rounds 131 and
262 (the month; first none), a founding day written in full „Die Gründung des Verbandes erfolgte am 16.11.2024“ with
rounds 100, 132, 198, 233 and 291 (that day; first none): **96.2 % (51/53)**.
After the fixes (when_grammar.PAST_TENSE: a label asking „Was?“ is no English past; when_relative: a
weekday right after the label „Wann?“ however long the lines around it, „Das heutige Treffen …“, „Im
heutigen Treffen …“; when_day_slips: a range's last day „vom 25. Bis zum 27. 11“; when_pairs: each
day's clock in brackets or after a comma, „(ab 16 Uhr), bis Sonntag, 1. Dezember (bis ca. 15 Uhr)“;
when_record_days: an editor's note „habe ich am 16.08.2017 ergänzt“; when_signup: „Die Ausschreibung
… läuft noch bis Montag, den 25. Januar 2016“; when_asked_days: a weekday in an unreal condition
„Wenn am nächsten Sonntag Bundestagswahl wäre …“; unit tests in test_when_round295_causes.py)
rounds 295-297 score **96.8 % (61/63)**, **100 % (53/53)** and **100 % (41/41)**; no other round
changed. All 297 rounds: 12883/13270 = 97.1 %. Then when_iso: two following ISO days joined by
„and“, the second given first („Wann: 2021-11-13, and 2021-11-12“, a conference's page), are the
period of both: round 295 **98.4 % (62/63)**; all 297 rounds 12884/13270 = 97.1 %. Left: „Ob uns
dieses Vorhaben gelingt, werden wir nach dem 24. September erfahren!“ (what one learns after a day
names no event).

Rounds 298-300 (date_strings_heldout_round298.yaml, 42 strings; round299, 25; round300, 21) come from repositories
not used before. Round 298: the wiki of Freifunk Lübeck, the city's free wireless community network
(freifunk-luebeck/ffhl-wiki, the organisers' minutes 2015-2021 — „#FFHL-Orga 17.09.15 Beginn: 19:00 Ende: 21:15“,
„nächstes Treffen: 3. Donnerstag im Monat: 21.05. 18:30 Nbsp“, „Nächstes Treffen (18.02.21)“, a firmware roadmap
„04.07 stable“, „18.07 01:00 domain switch auf vxlan“, deadlines „bis 29.07. 12:00“, headings copied from the month
before; the 2014 release party page „Wann? Fr. 28.3.2014, ab 15:00 Uhr“; version numbers shaped like days „OpenWrt
23.05.0“). Round 299: the Chaostreff Potsdam (Chaostreff-Potsdam/Chaostreff-Potsdam.github.io, its start page in
twelve versions 2018-2024 — „Das nächste Treffen ist am 09.05.2018 um 19 Uhr …“, fortnightly and weekly rules
„Sie finden turnusmäßig alle 2 Wochen mittwochs statt“, „jeden Mittwochabend“, pandemic notices „Stattdessen treffen
wir uns mittwochs ab 19 Uhr hier: …“; the Geekend „17.11.2023 - 19.11.2023“, „Vom 27. bis 30.12.2022 fand …“,
„MaiSpace // 23.–24. Mai 2026“, „das Programm am Samstag und Sonntag“). Round 300: the AG DH-RSE of the Digital
Humanities association (DH-RSE/dh-rse.github.io, its activities page 2022-2025 and 2018 posts — „Jeden ersten
Freitag im Monat trifft sich das Convenor-Team …“, „Jeden dritten ersten Freitag … Der nächste Termin ist der 3.
Juni 2022, um 15 Uhr“, „Das erste Online-Treffen findet am 27. Juni 2025 um 13:00 Uhr statt“, footnotes „17.02.2017,
DHd2017 Bern“, „03.-04.08.2017“). Written down before running the parser they scored **92.9 % (39/42)**, **100 %
(25/25)** and **90.5 % (19/21)** (main 6074af83); two truths were aligned before any fix with rounds 131, 262 and 296
(a planned month is that month; first none) — an agenda line „Freitalk Dezember“, a relaunch „Im Juni 2025 findet
ein Re-launch der AG … statt“: **90.5 % (38/42)**, **100 %**, **95.2 % (20/21)**.
After the fixes (when_times and when_iso: two or three dots between two clocks join them as a dash
does, „Orga-Treffen #7 2015-07-16 19:30 .. 21:30“; when_periods: a month offered as the other
choice of two names neither month, „im Februar oder Maerz 2016 abzuschalten“ — round 262's two
alternative months; unit tests in test_when_round298_causes.py) rounds 298-300 score **95.2 %
(40/42)**, **100 % (25/25)** and **95.2 % (20/21)**; no other round changed. All 300 rounds:
12969/13358 = 97.1 %. Left: an agenda line „Freitalk Dezember“ (a bare month after a word), a
roadmap's days without their closing dots inside a joined list „… vorher experimental 25.07 Beta
01.08 Stable“, a past span of months in a heading's brackets „Blog (Februar bis August 2018)“.

Rounds 301-303 (date_strings_heldout_round301.yaml, 26 strings; round302, 13; round303, 13) come from repositories
not used before. Round 301: the site of the IGSHS, a neighbourhood association in Birmensdorf, canton of Zürich
(vereinigshs-afk/igshs-website, its content file in three versions Dec 2025 - Feb 2026 — a council candidate's
meet-and-greet „Am Freitag, 16. Januar 2026 um 18:00 Uhr …“ with a programme of clocks, municipal events whose
weekdays contradict their dates „Am Dienstag, 10. Dezember 2025 von 14:00 bis 17:00 Uhr …“, „Datum: Samstag, 4.
Januar 2026“, news cards „04.02.2026 Gemeinde Schutz vor …“, „Wichtiger Termin 08.03.2026: Gemeinderatswahlen“, the
summer festival „Am längsten Tag des Jahres – Sonntag, 21. Juni 2026 – …“; the builder's invented articles left
out). Round 302: Stadt Land <Code>, the Open Knowledge Foundation Deutschland's 2012/13 civic-app grants
(okfde/stadtlandcode.de, its start page in four versions and its blog — „Am 15 Oktober um 15 Uhr gibt es FAQ Session
auf Skype“, a timeline of bracketed days „(1. Nov. 2012)“, „(Mitte Nov. 2012) *“, „(17. & 18. Nov. 2012) *“, „… zum
Stadt Land <Code>-Workshop am 17. und 18. November eingeladen …“, a jury's deadline „bis zum 6. Dezember“). Round 303:
openstreetmap.de of the FOSSGIS e.V. (fossgis/openstreetmap.de — calendar cells „State of the Map 2024, Nairobi,
Kenia 6. bis 8. September 2024“, „FOSSGIS OSM Communitytreffen 2024 Nummer 22 3. bis 6. Oktober 2024“, the imprint's
registration day, FAQ stamps „(Stand März 2024)“, „seit dem 12. September 2012“, „Das Projekt startet im März
2026.“). Written down before running the parser they scored **100 % (26/26)**, **92.3 % (12/13)** and **92.3 %
(12/13)** (main 7dbb5957); no truth was aligned. Misses: a jury's deadline read as an end „Aus den eingeladenen
Einreichungen werden von einer Jury bis zum 6. Dezember die vier finalen Hackstipendiaten ausgewählt.“, and a stamp's
month read as a period „Es gibt (Stand März 2024) etwa 10 Millionen OpenStreetMap-Accounts.“ (the same stamp with
„Oktober 2015“ is read as none).
After the fix (when_record_days: a count's number beside a status stamp names no day, „(Stand März 2024) etwa 10
Millionen …“ — round 269's stamp set into a sentence; unit tests in test_when_round301_causes.py) rounds 301-303
score **100 % (26/26)**, **92.3 % (12/13)** and **100 % (13/13)**; no other round changed. All 303 rounds:
13020/13410 = 97.1 %. Left: a jury's deadline read as an end („… von einer Jury bis zum 6. Dezember … ausgewählt.“).

Rounds 304-306 (date_strings_heldout_round304.yaml, 12 strings; round305, 13; round306, 18) come from repositories
not used before. Round 304: the Förderverein der Nordschule Neureut, a primary school's parents' association in
Karlsruhe (ujaehrig/foerderverein, Hugo 2026 — a school fair told in a post's description, summary and body „Am
Freitag, den 12. Juni, … Von 14:30 bis 17:00 Uhr …“, the first school day „am Mittwoch, 16. September“, a reported
members' meeting, a thank-you month „Im November 2021 möchten wir uns … bedanken“, a form's availability „Diese Seite
ist nur im Mai 2026 verfügbar.“). Round 305: „Vor Ort Gestalten“, a voters' group on the council of Althegnenberg
(phippo/vwog — a session's report „Kurzer Einblick in die Sitzung vom 20. März.“, „Nächste Sitzung: April 2026“,
election-time stamps „Stand zum Zeitpunkt der Kommunalwahl (Frühjahr 2026)“, „Stand | Frühjahr 2026“, „Stand: vor
der Kommunalwahl März 2026.“, budget years, a concept's past month, phone hours „Montag bis Freitag, 9:00 bis 16:00
Uhr“). Round 306: the Bürgerenergie Westsachsen eG, a citizens' energy cooperative (elasticroentgen/begw-website — a
press visit, the members' meeting „am vergangenen Samstag“, a list of past appointments „1. Dezember: Vorstellung …“
from 11 November on, written on 3 December, a gift's deadlines „Bei Eingang bis 19. Dezember garantieren wir die
Zustellung … bis zum 24. Dezember“). Written down before running the parser they scored **83.3 % (10/12)**, **61.5 %
(8/13)** and **94.4 % (17/18)** (main 199fb00f); no truth was aligned. Misses: a thank-you month and a page's
availability month read as periods (round 304); three election-time stamps with a season or an occasion („Stand zum
Zeitpunkt der Kommunalwahl (Frühjahr 2026)“, „Stand | Frühjahr 2026“, „Stand: vor der Kommunalwahl März 2026.“), a
past month in a sentence closing with a colon („Im Mai 2024 stellte die Bürgerinitiative das Konzept … vor. Es sieht
folgende Angebote vor:“) and a month something was done before („… wurden vor der Wahl im März 2026 abgeschlossen.“)
read as periods (round 305); a gift's two deadlines read as an end (round 306).
After the fixes (when_record_days: a status stamp may name a season and the occasion it was taken at, „Stand zum
Zeitpunkt der Kommunalwahl (Frühjahr 2026)“, and stand in a fact table's row „Stand | Frühjahr 2026“;
when_history_months: a sentence of history may close with the colon leading into a list; when_month_asides (new): a
month beside no event held in it — a deed before an occasion in it „vor der Wahl im März 2026 abgeschlossen“, a page's
availability, a thank-you; when_requests_by: a receipt's and a delivery's last days „Bei Eingang bis 19. Dezember …
die Zustellung … bis zum 24. Dezember“; when_roles: who is chosen or told by a day „… bis zum 6. Dezember …
ausgewählt.“, round 302's leftover; unit tests in test_when_round304_causes.py) rounds 304-306 score **100 %
(12/12)**, **100 % (13/13)** and **100 % (18/18)**, and round 302 **100 % (13/13)**; no other round changed. All 306
rounds: 13064/13453 = 97.1 %.

Rounds 307-309 (date_strings_heldout_round307.yaml, 46 strings; round308, 36; round309, 20) come from repositories
not used before. Round 307: the site of RCA Deutschland, the German-speaking meetings of Recovering Couples Anonymous
(rcadeutschland/rcadeutschland.github.io, 666 commits 2015-2026 — its start page in many versions: yearly meetings
„Das nächste Deutschlandtreffen wird vom Sa 24. bis So 25.10.2015 …“, „… vom 10. bis 12. 06.2022 …“, retreats moved and
cancelled for Corona „Es ist jetzt für den 12. bis 14. März 2021 in Münster terminiert.“, the online meeting's rules
„Das RCA-Video-Onlinemeeting findet jeweils Samstag 19-20:30 Uhr statt.“, „jeden 4. Samstag im Monat von 11:00 bis 12:30
Uhr.“, „Die nächsten Meetings finden am 15.07.2017, 19.8.2017 und 16.9.2017 statt.“; its groups' table „1. Montag im
Monat 19:30 - 21:30 Uhr, …“, „nächstes Treffen 14.4., 28.4.,12.5.,26.5. 2018, …“; its archive „… 14./15.03.2009 in
Köln“). Round 308: the blog of the Datenschule, the Open Knowledge Foundation Deutschland's data-literacy school
(okfde/datenschule.de, 2016-2024 — info boxes „Wann? Sonntag, 28. August, 10:00-18:00“, „WANN? Freitag, 06. September
2019, 9:30 - 16:30 Uhr“, invitations „Am Samstag, den 18.02.2017, von 12 bis 16 Uhr im Büro der Wikimedia Deutschland
(Tempelhofer Ufer 23/24, …)“, „… am 07. und 08. Dezember, jeweils von 10 bis 15 Uhr, …“, reports „Vergangenen Freitag
fand unsere dritte Fachkräfteschulung …“, a job's interviews „zwischen dem 19.-30. September“, a law „Ab dem 01.
Oktober 2017 gilt seitdem …“, a quotation's session „… Sitzung 220, 08.03.2017“). Round 309: the Demokratielabore, the
same foundation's 2017-2019 youth workshops (okfde/demokratielabore — ages „im Alter von 12 bis 21 Jahren“, „Workshop
III: … (11. Mai 2018)“, „Data Expedition (15.-16. Juni 2018)“, months told in the past „… haben wir von Januar bis Juni
2018 vier Workshops durchgeführt, …“, „Die kompletten Materialien und Abläufe folgen im März 2019.“, „(erreichbar bis
zum 31.05.2019)“). Written down before running the parser they scored **82.6 % (38/46)** (main 199fb00f), **94.4 %
(34/36)** and **80.0 % (16/20)** (main ee197652, the same normalize). Four truths of round 307 were aligned before any
fix with the corpus's conventions (a coming season with its year is its period, rounds 12 and 193: „für Frühjahr 2016
geplant“, „wieder im Herbst“ of the 2024 meeting, „Wir starten im Frühjahr 2026 mit Workshops“; two coming months
joined by a slash are one period, round 143: „im Juni/Juli 2019“): **91.3 % (42/46)** before any fix. Misses: a weekly
rule's clock range after „jeweils Samstag“ read as its end alone („… jeweils Samstag 19-20:30 Uhr statt.“, „… jeweils
Sonntag 19:30 - 21:00 Uhr statt“); an invitation's day dropped for a later sentence's decision („Wir laden ein zum
Arbeits-Meeting am Samstag, den 6.11., … Bitte formuliert das Thema so, dass es klar und eindeutig entschieden werden
kann.“); an archive's „3./5.11.2017“ (the first and last day of a meeting) read as its first day; a law in force „Ab dem
01. Oktober 2017 gilt seitdem …“ and a quotation's session „… Sitzung 220, 08.03.2017“ read as events; past months in
the perfect before a comma or a colon read as periods („haben wir von Januar bis Juni 2018 vier Workshops
durchgeführt, in denen …“, „In insgesamt 16 Folgen von Dezember 2017 bis April 2018 haben wir … aufgegriffen und …
aufbereitet: …“); material to follow read as a month („… folgen im März 2019.“); an address's last day read as an end
(„(erreichbar bis zum 31.05.2019)“).
After the fixes (when_notices: a decision names the day of its own sentence only, and a law holding „seitdem“ from its
one day is a state; when_recurrence: the hours after „jeweils <weekday>“ stay outside the rule's span; when_citations:
a quoted sentence's attribution ending with a day, and „erreichbar bis zum …“; when: the perfect's participle closing
the main clause before a comma, a colon or „und“, and material that follows in a month; unit tests in
test_when_round307_causes.py) rounds 307-309 score **97.8 % (45/46)**, **100 % (36/36)** and **100 % (20/20)**; no
other round changed (on main after rounds 304-306's and 311's fixes they still scored 42/46, 34/36 and 16/20). All
311 rounds: 13211/13601 = 97.1 %. Left: „3./5.11.2017“ (a slash between two days that do not follow each other, read
as the first day).

Round 310 (date_strings_heldout_round310.yaml, 23 strings; numbered after rounds 307-309, another batch's) comes from
a repository not used before: the Trio Douze, a chamber trio of the Graz music university's teachers in Oberschützen,
Burgenland (jo5ef/triodouze, Jekyll, its old site's pages imported in 2020) — a concert list 2007-2012 of headings
and lines („Sonntag, 17. Jänner 2010 | 17:00 Uhr: Konzert im Rahmen des Neujahrskonzertes …“, „Donnerstag, 16. April
2009 | "Haydn der Volkstümliche", … um 19.30 Uhr“), reviews with a reported concert's day and a reviewer's byline
„Eckhart Weikmann, 31.3.2010“, a recording's month, biographies' birth day and years. Written down before running the
parser it scored **100 % (23/23)** (main e1ea3def with the fixes of rounds 304-306); no truth was aligned, nothing to
fix.

Round 311 (date_strings_heldout_round311.yaml, 23 strings) comes from a repository not used before: the DPSG scout
troop Sanssouci in Potsdam (teibrich/pfadis-potsdam.de, Pelican 2014-2025) — its age groups' meeting rules in their
page versions 2018-2024 („Wir treffen uns wöchentlich montags zwischen 17:15 und 18:15 Uhr …“, „… zweiwöchentlich,
mittwochs …“, „… alle 14-Tage samstags zwischen 14:00 und 16:00 Uhr …“, ages „zwischen 12 und 16 Jahre“ before the
rule's hours, „freitags … (und machmal samstags)“), the leaders' monthly round, and posts 2012-2014 (a founding day
„Am 24. Mai 2014 war die Zeit reif“, „vor der Messe am 21. April“, „Anfang August“, a blessing's „20*C+M+B 13:“).
Written down before running the parser it scored **87.0 % (20/23)** (main 6dd94581); no truth was aligned. Misses:
a rule's hours lost after the group's ages („zwischen 12 und 16 Jahre alt … zwischen 18:30 und 20:00 Uhr“: the end
dropped), „alle 14-Tage samstags“ read as weekly, an occasional extra day in brackets read into the rule
(„(und machmal samstags)“: BYDAY=FR,SA).
After the fixes (when_times: the first „zwischen … und …“ may be ages or counts, the rule's hours come later;
when_recurrence: „alle 14-Tage“ hyphened is every other week; when_occasional_days (new): a bracketed weekday after
„und manchmal“ (its slip „machmal“), „gelegentlich“, „ab und zu“ … is no day of the rule; unit tests in
test_when_round304_causes.py) round 311 scores **100 % (23/23)**; no other round changed. All 308 rounds on main then:
13110/13499 = 97.1 %.

Rounds 312-314 (date_strings_heldout_round312.yaml, 28 strings; round313, 35; round314, 45) come from repositories
not used before. Round 312: FoodRisk-Labs, the research-tool site of the Bundesinstitut für Risikobewertung (BfR,
Berlin) and its SiLeBAT project (afalenski/frl-wordpress, WordPress exported to Jekyll in 2017 — its „Termine“ page
2011-2014 of dated headings with their towns „04.-06. September 2013, Berlin“, „01. - 02. September 2014, Berlin“, a
registration deadline after a conference's days „Anmeldung erbeten bis 6. März!“; its „Veranstaltungen“ page
„(6.02.2017-07.02.2017 in Berlin, Deutschland)“, „Vom 25. bis 27. März 2015 findet in Berlin … statt.“, a talk's slot
„Mittwoch, 25.03.2015, 16.15–16.45 Uhr“; a slides page „Workshop vom 19./20.03.2015 – Folien“). Round 313: the member
administration of the C3S SCE, a cooperative collecting society for musicians in Düsseldorf (C3S/c3sMembership,
GPL-3.0 — its German invitations to general assemblies and barcamps 2014-2019: programme entries „22.08.2014: [C3S
SCE] Barcamp 2014 [3] … 12:00 Uhr bis 20:00 Uhr …“, „02.04.2017: 4. ordentliche Generalversammlung der C3S SCE
Rochusstr. 44 40479 Düsseldorf [2] 13 - 17 Uhr Akkreditierung ab 12 Uhr …“, bullets „… nach § 13 Abs. 4 Satz 3 am
Sonntag, den 23.06.2019.“, a reminder „am 11.05.2015 haben wir Dich … eingeladen, welche am 12. und 13.06.2015 in
Potsdam stattfinden.“, reply and motions deadlines, dues days). Round 314: the minutes of the Makerspace Gütersloh e.V.
(Makerspace-GT/Protokolle, 2018-2021 — next meetings set in the past tense, agenda items „Cryptoparty Mi, 21.11.18“,
„Digitaler Aufbruch 23. November 2018 - 14 Uhr Aufbau - 17 Uhr Anfang - 21 Uhr Ende“, „Am nächsten Sonntag ist wieder
ein Repair Café in Brackwede von 14-17 Uhr“, „am kommenden Samstag (1.1.2020) ist Mitgliederversammlung …“, balances'
stamps, a year's review, weekly opening rules). Written down before running the parser they scored **100 %
(28/28)**, **74.3 % (26/35)** and **77.8 % (35/45)** (main 2a543b63); no truth was aligned. Misses: reply and
motions deadlines read as ends („Bitte ergänze Deine Angaben bis zum 10. Juli 2014.“, „Bitte teile uns bis zum
11.08.2014 über dieses Formular mit, …“, „… antworte uns daher bitte bis zum 05.06.2015.“, „Beschlussanträge und
Anträge zur Änderung der Tagesordnung kannst Du bis zum 24.03.2017 … einreichen.“; 7 strings), the day an invitation
went out read for the days it invites to, the day dues are levied („… die Beiträge zum 1. Januar statt zum 1. Juli
erheben können.“) (round 313); the meeting another is set after read for the day it is set for („… nach dem Treffen
mit den Angestellten der Bibliothek am 18.04.2018 wurde für Mittwoch, den 25.04.2018 um 17.30 Uhr … angesetzt.“), a
task's last day taken for the meeting's on the same day („Philip vergleicht bis zum 25.05.18 die Angebote … Er gibt
dann auf der Versammlung am 25.05. einen Überblick …“), a law's deadline read as an end („Umsetzung der DSGVO bis zum
25.05.2018“), a return from leave, an article's day out, a balance's day, receipts' dates and a month of collecting
dues read as days or periods, the setting-up clock before its label read as the start („14 Uhr Aufbau - 17 Uhr
Anfang - 21 Uhr Ende“) and a bracketed slip beside „am kommenden Samstag“ read for the Saturday (round 314).
After the fixes (when_requests_by: the imperative of completing one's data, telling or answering us „bis zum“ a day,
„Erhalten wir bis zum … keine …“, motions and work to be done by a day are deadlines; when_mailing_days: the day an
invitation went out „am 11.05.2015 haben wir Dich … eingeladen, welche am …“ is reported nowhere when a later day is
the one invited to; when_roles: a day dues are levied or drawn „zum 1. Januar … erheben“; when_minutes_days (new): a
balance's day, a return from leave, the occasion a meeting is set after, receipts' and statements' dates;
when_releases: a press article's day out; when_month_asides: dues collected in a month; when_times: a clock before
its setting-up label „14 Uhr Aufbau“ is the doors', a clock before „Ende“ the end; when_today_slips: a bracketed day
weeks past and of another weekday beside „am kommenden Samstag“ gives way to the coming Saturday;
when_task_deadlines: a minutes' action item — a name, the task's verb, „bis“ — is a task's last day „Philip
vergleicht bis zum 25.05.18 die Angebote …“, so the meeting's day in the next sentence stands; unit tests in
test_when_round312_causes.py) rounds 312-314 score **100 % (28/28)**, **100 % (35/35)** and **100 % (45/45)**;
no other round changed. All 314 rounds: 13319/13709 = 97.2 %. Left: the known leftovers („3./5.11.2017“, „Mittwoch nach dem 10.
des Monats“, „alle zwei bis drei Wochen“) did not come up in these rounds.

Rounds 315-316 (date_strings_heldout_round315.yaml, 24 strings; round316, 27) come from sites not used before, read
from stored public web pages (no repository). Round 315: the Ortsgruppe Wittlich of the Eifelverein, a hiking club in
Wittlich (eifelverein-wittlich.de, its „Berichte“ pages 2017-2021) — report headings with their first sentence
(„Mittwoch 30.09.2020 im Grünewald | …“, „Sonntag,17.03.2019 in Bergweiler | …“, „Radtour an die Lahn vom 15. bis
16.06.2019 | …“, „Ferienfahrt 2021 vom 05.bis 12.09.2021 nach Harsefeld/Hamburg | …“, „Am Mittwoch, den 20.Okt.2021
fuhren wir …“, „Am Samstag, den 18.Sept.2021 …“, a departure clock „Pünktlich 13.30 Uhr ,Viehmarktplatz Wittlich.
Abfahrt …“, „Radtour … an 30.08.2020“). Round 316: the hiking section of the TV Eintracht Algermissen near Hildesheim
(tve-algermissen.de) — the planned hikes of 2018 as table rows („Mittw. 12.12.2018 | …“, „21.10.2018 | Volkswandertag
in Adenstedt | Adenstedt (38 km) | 7 / 15 km“), an exception whose year slipped („am Samstag, dem 26.1.2018 beginnt
erst um 10 Uhr“ under the row „Sa. 26.1.2019“), monthly reports headed by a month („Novemberwanderung | … am Sonntag,
dem 17. 11. 2019 …“, „Januar – Wanderung | …“), clocks without a day, lengths „zwischen 10 und 13 km“. Written down
before running the parser they scored **100 % (24/24)** and **96.3 % (26/27)** (main 62d24e8c); no truth was
aligned. Miss: a report's heading naming its month with a dash („Januar – Wanderung | Das neue Wanderjahr hat
begonnen. …“) read as the whole of January.
After the fix (when: the perfect „hat/haben … begonnen“ beside the month under way tells a report's past, as „begann“
does — the month a report's heading names is no offering's period; unit tests in test_when_round315_causes.py) rounds
315-316 score **100 % (24/24)** and **100 % (27/27)**; no other round changed. All 316 rounds: 13370/13760 = 97.2 %.
Left: the known leftovers (past-tense verbs missing from when_grammar.PAST_TENSE, „im Park“ read as „im Monat“, „9am
Sat-5pm Sun“) did not come up in these rounds.

Rounds 317-319 (date_strings_heldout_round317.yaml, 31 strings; round318, 27; round319, 25) come from a repository, a
repository and a site not used before. Round 317: the Netzwerk Offener Werkstätten Brandenburg, the open workshops and
fab labs of Brandenburg and the Lausitz (Brandenburger-Maker/Brandenburger-Maker.github.io, CC BY 4.0 — its event list
in every version 2018-2022 „31.03. // 17 Uhr“, „24. & 25.10.“, „1. & 2.10.“ entered two days after, „10.12., 18 Uhr“,
„05.-06.03.“, „30.09 - 01.10.2022“, „11. - 13.08.2022“, the Lausitz tour's stations „05.-06.03.: Guben“, „Ab März sind
wir unterwegs …“, „Vom 1. bis zum 3. Juli 2022 …“, „Am 9. November 2019 - zwischen 11 Uhr und 18 Uhr - …“ and „Der 9.
November ist nicht nur der Tag des Mauerfalls …“). Round 318: the Reitverein Ponyhof Flamersheim near Euskirchen
(b00lduck/ponyhof-flamersheim, MIT — its „Wann? | Was?“ table 2016-2024 „Herbstferien 2016 NRW 1. Woche“, „jeden
Samstag 14:00 Uhr | Spaziergang …“, „10.4.-13.4.2017 | Ferienbetreuung …“, „Juni 2017 | Stallturnier“, „15.6.2024 |
Sommerfest ab 13 Uhr“, a tournament's timetable with birth years, phone hours „Mo-Fr 15.00 – 18.30 Uhr Sa 10.00 –
15.00 Uhr“, school years „Alter: 1.-2. Schulklasse“). Round 319: the village site of Michelsberg, Schwalmstadt
(schwalmstadt-michelsberg.de, stored pages — its „Veranstaltungskalender für 2012“ „Sa. 07.01.12: Abholung der alten
Weihnachtsbäume …, ab 10.00 Uhr“, council meetings and elections, „Di. 01.05.12:Radausflug …“, „Fr. 25.05.12 - Mo.
28.05.12: Kirmes in Michelsberg“, and the 750th anniversary's „So. 27.08.2006, ab 11 Uhr …, 17 Uhr im Festzelt“).
Written down before running the parser they scored **93.5 % (29/31)**, **88.9 % (24/27)** and **100 % (25/25)** (main
fbce5767); two truths were aligned before any fix: „Ab März sind wir unterwegs …“ with round 284 (an offering running
from a month starts on its first day) and „Juni 2017 | Stallturnier“ with rounds 119 and 131 (a planned month in a
list is the month), giving 96.8 % (30/31) and 92.6 % (25/27); after the fixes one more, the phone hours „Sie erreichen
uns telefonisch: Mo-Fr 15.00 – 18.30 Uhr Sa 10.00 – 15.00 Uhr“, first written as the line's weekly rule (rounds 217,
249), with rounds 82 and 320 (a contact's hours are no offering, the reading main settled on in this session). Misses:
a yearless day characterised by what it stands for („Der 9. November ist nicht nur der Tag des Mauerfalls …“) read as
the offering's day (round 317); phone hours after „telefonisch“ left unread as a contact's and Monday-Friday's clocks
put on the Saturday after them, and daily hours in school holidays named without their days („In den NRW und
Rheinland-Pfalz Schulferien bieten wir … an. Täglich von 8:00 bis 17:30 Uhr.“) read from today (round 318).
After the fixes (when_weekday_ranges: a contact's range of weekdays with its hours and the weekdays listed after it
with theirs — „Büro: Mo-Fr 9-12 Uhr, Sa 10-12 Uhr“, „telefonisch: Mo-Fr … Sa …“ — are blanked, all of them when
someone can be reached; when: school holidays named without their days, their states first, before the text's first
clock scope the hours after them, while holidays named after a rule's hours stay its exception (round 89);
when_notices: a yearless day that „ist nicht nur der Tag …“ tells its meaning, unless a later sentence names a day of
its own; unit tests in test_when_round317_causes.py) rounds 317-319 score **100 % (31/31)**, **100 % (27/27)** and
**100 % (25/25)**; no other round changed. All rounds 1-323 (322-323 before their fixes): 13578/13979 = 97.1 %.
Left: the known leftovers („3./5.11.2017“, „Mittwoch nach dem 10. des Monats“, „alle zwei bis drei Wochen“,
„31.11.2025“, past-tense verbs missing from PAST_TENSE, „im Park“ read as „im Monat“) did not come up in these rounds.
The rounds still read a phone line's hours both ways: as its weekly rule (rounds 217 and 249, „Am einfachsten
telefonisch unter … (Mi, 10-11 Uhr)“, one weekday after a phone number) and as a contact's, no offering (rounds 82,
318, 320). Claimed, not used: naschidaniel/fly-tirol (its „Termine“ page holds no day), Phlow/Phlow_de (a trainer's
seminar list as data fields „2020.01.28“, no written dates), phpughb/phpughb-website and
Kortesaas/gemeinde-merching-website (applications whose content lives in a database).

Rounds 320-321 (date_strings_heldout_round320.yaml, 37 strings; round321, 34) come from sites not used before, read
from stored public web pages (no repository). Round 320: the Verschönerungsverein Stuttgart e.V., a civic society
founded 1861 (vsv-stuttgart.de, its yearly programme pages 2015-2025) — entries „Freitag, 25. März 2022, 16 - 18 Uhr |
Stuttgart Rosenstein. Die Stadt von morgen. | …“, a double tour „Freitag, 25. September 2020, 15:30 Uhr / 16:30 Uhr“
and its meeting clocks („(15:30 Uhr, Treffpunkt s. u. 15:20 Uhr)“), history in years, climate figures („von 10 auf
30 verdreifacht“), registration deadlines, transport lines („U 14 ab 13:17 Uhr“, „S 1-6“), „Durchgeführte
Veranstaltungen 2022“. Round 321: ProfiPress, a press agency in Mechernich (profipress.de, posts 2014-2025 and listing
pages of teasers) — yearless days after weekdays („am Nikolaustag, Samstag, 6. Dezember, von 15 bis 20 Uhr und am
Sonntag, 7. Dezember, von 11.30 bis 18 Uhr“, „im nächsten Jahr am Samstag, 17. Mai“), a cancelled festival and its new
day, „am Tulpensonntag“, an exhibition „bis 9. Februar“, history with its day („Das erste Treffen fand am 21. Oktober
1998 statt.“), ordinals („25. Brunnenfest“, „XXIII. Weltjugendtag“), ticket sales. Written down before running the
parser they scored **97.3 % (36/37)** and **94.1 % (32/34)** (main fbce5767); no truth was aligned. Misses: a museum's
hours to call („telefonisch … (von Montag bis Freitag zwischen 9 und 13 Uhr)“) read as the coming week's run of days;
the day ticket sales open, its verb after the day („Am kommenden Sonntag, 21. September beginnt der Run auf die
Eintrittskarten“); the month a presale opens („… – Ab Dezember Kartenvorverkauf für „Rock-am-Rathaus“-Premiere“).
After the fixes (when_relative: a weekday span „von Montag bis Freitag“ with hours after a contact's cue —
„telefonisch“, „Büro“, „Sprechzeiten“, „erreichbar“ (when_weekday_ranges.staff_hours_before) — is when someone can be
reached, no run of days; when_sales: „<day> beginnt/startet der (Karten)vorverkauf / der Run (Ansturm) auf die
Karten“ is the day sales open; when_month_asides: „ab Dezember Kartenvorverkauf“, „Der Vorverkauf beginnt im
Dezember“, „Karten gibt es ab Dezember“ name the month sales open, no offering's; unit tests in
test_when_round320_causes.py) rounds 320-321 score **100 % (37/37)** and **100 % (34/34)**; no other round changed.
Rounds 1-316 and 320-321: 13441/13831 = 97.2 %.
Left: „Die Ausstellung ist von Montag bis Freitag zwischen 9 und 13 Uhr geöffnet“ (no contact's cue) is still read as
the coming week, not weekly hours; labelled office hours are read as a weekly rule in rounds 257 and 260 but as none in
round 82 — the corpus holds both conventions.

Rounds 322-323 (date_strings_heldout_round322.yaml, 38 strings; round323, 27) come from sites not used before, read
from stored public web pages (no repository). Round 322: the Heimat- und Geschichtsverein Tegernheim, a local history
society near Regensburg (hgv-tegernheim.de, its „Berichte“ pages 2004-2024: yearly reviews from the town's
Mitteilungsblatt and newspaper reports of the members' meeting) — past days told in reviews („Am 9. Juli 2008 trafen
sich Mitglieder … “, „am 29.September“, „Am 12.März 2012 fand … statt.“), the year's programme („Am 28. Mai führt
eine Radtour nach Bach …“, „als Termin wurde der 27. September festgelegt“), a monthly walk „an jedem zweiten Sonntag
im Monat“ (once planned, once reviewed), a report's „am Montag“, history and titles in years, a chronicle's span, a
missed hundredth birthday, a state „Seit dem 6. September 2012 …“. Round 323: the Evangelisch-Lutherische
Kirchengemeinde Vohburg an der Donau (vohburg-evangelisch.de, its front page in May 2020, listing pages 2015, 2024,
2025, a Christmas Eve report, the Münchsmünster church's history) — „am Pfingstsonntag um 10 Uhr“, a send-off „Am
Samstag, den 25. April 2020 um 14.00 Uhr“, two confirmation days „am 4. und 5. Mai“, a day with bars „am 24|4|24“,
reports by feast days („am Heiligen Abend“, „am Palmsonntag“, „die Ostermorgenfeier“), „Donnerstag, 31- Juli“, a
law's day „Ab dem 4. Mai wird uns der Gesetzgeber wieder gestatten …“, history, Corona rules and seats. Written down
before running the parser they scored **86.8 % (33/38)** and **77.8 % (21/27)** (main 5d5392da); no truth was
aligned. Misses: a publication's period („Die Gemeindechronik vom 1. September 2008 bis zum 30. September 2009 …“)
and its month („Im Januar 2015 erschien Band 12 …“) read as offerings; a monthly rule told in a review („Jeden zweiten
Sonntag im Monat um 14.30 Uhr boten … an“) read as coming; a birthday that „hätte“ been celebrated and a state „Seit
dem 6. September 2012 ist …“ read as days; a plan „zwei an jedem Wochenende (Sa./So.)“ read as the coming Saturday;
a law's day („Ab dem 4. Mai wird uns der Gesetzgeber wieder gestatten …“); the Bible story's „in der Woche vom
Palmsonntag bis Ostern damals in Jerusalem“ read as this year's Palm Sunday; not read: a day written with bars
(„am 24|4|24“), a slipped dash („Donnerstag, 31- Juli“) and a past Easter morning („an der Ostermorgenfeier …“).
After the fixes (when_releases: „erschien Band 12“, the past of a volume coming out, is no month's
offering; when_notices: a chronicle's or report's span „Die Gemeindechronik vom … bis …“, a dead
person's birthday „am 11.11.2010 seinen 100. Geburtstag hätte feiern können“ / „… geworden wäre“ and
a state „Seit dem … ist … um … reicher“ are none; when_former_customs: a monthly habit „Jeden
zweiten Sonntag im Monat um 14.30 Uhr boten … an“ told in the past is none, a clock's dot ending no
sentence; when: „Ab dem 4. Mai wird uns der Gesetzgeber wieder gestatten …“, a day's dot before its
month ending no sentence of a rule; when_day_slips: „am 24|4|24“ and „Donnerstag, 31- Juli“ mended;
when_feasts: „Ostermorgen(feier)“ is Easter Sunday, a feast with „damals“ after it in its clause a
story's; unit tests in test_when_round322_causes.py) rounds 322-323 score **100 % (38/38)** and
**96.3 % (26/27)**; no other round changed. All rounds 1-323: 13588/13979 = 97.2 %. Left: „zwei an
jedem Wochenende (Sa./So.)“ beside „Die weiteren Termine und Uhrzeiten werden wir in Bälde
veröffentlichen“ is still read as the coming Saturday; labelled office hours did not come up in these
rounds. Claimed, not used: kirche-anspach.de (a parish site, only three of its pages stored).

Round 324 (date_strings_heldout_round324.yaml, 28 strings) comes from a repository not used before: the site of
Projekthilfe Uganda e.V., an aid association from Büchenau near Bruchsal (projekthilfe-uganda/website, Hugo, no licence
file) — every version 2019-2025 of its news posts (drafts titled by their days „01. - 22. November 2016 | Arbeitseinsatz
in Uganda“, „16. Oktober 2016 | Uganda-Fest“, „Rundbrief Januar 2025“, Corona reports 2020 „ab 15. Oktober nur die
Kinder zurück in die Schule dürfen“, „Letztes Wochenende fand … der Kunst- und Hobbymarkt statt“, „Frühlingsmarkt im
Kloster Endorf 30. März 2025“, „Zur Zeit (September - Oktober 2024) …“), its club pages (the yearly actions „Jedes Jahr
am 1. Adventswochenende verkaufen wir …“ with a slipped „wam“, „Im Oktober feiern wir … unser Uganda-Fest“, past work
stays „21.02. - 21.03.16“, a flea market's season „von April bis Oktober“) and its donation and project pages (sums
„monatlich“, a curfew „bis abends 18 Uhr“). Written down before running the parser it scored **71.4 % (20/28)** (main
fdded73b), no truth aligned. Misses: a yearly custom in the present read in February as last December's Advent weekend;
a newsletter's month „Rundbrief Januar 2025“ read as the month; a president's rule „ab 15. Oktober … zurück in die
Schule dürfen“ read as the text's day; „Das Weihnachtsfest 2017 …“ unread (a several-day feast is only an anchor);
report titles and subtitles with a month alone („im Juli 2020.“, „Februar 2024: Unterwegs …“, „Unser Aufenthalt im
Februar 2025.“) and a state „von April 2020 an“ read as their months. After the fixes (when_feast_days with
when_former_customs.is_standing_custom: a yearly custom told in the present, its year not named, gives its coming
Advent weekend; when_record_days: a periodical's issue named by its month and year alone — „Rundbrief Januar 2025“,
„Gemeindebrief März 2024“ — is its stamp; unit tests in test_when_round324_causes.py) round 324 scores **78.6 %
(22/28)**; no other round changed (all rounds 1-324: 13610/14007 = 97.2 %); pagediff over all 1,626 pages against the session's start: 2 better (main's day-toggle pages), 0 worse, 0 changed, 24 new. Left: the president's rule „ab 15. Oktober nur die Kinder zurück
in die Schule dürfen“ — a third fix (who may come back from a day on is a rule's day) cost rounds 38 and 243 a string
each („dass wir als Theater ab 19. Mai wieder für Sie spielen dürfen“, „Ab dem 1. April darf in der Bücherei wieder …
gestöbert … werden“: a reopening from a day is that day) and was taken back, so the decree stays a miss between two
readings; „Das Weihnachtsfest 2017 …“ (a feast of several days with its year, only an anchor so far), months alone in
report titles and subtitles (three strings) and „von April 2020 an“ as a state.
Session 64's round 325 was not filled (the number went to session 65's round below): the code search and path listings (content/termine/_index.md, _data/termine.yml,
data/termine.json, termine.md, veranstaltungen.md, content/aktuelles/_index.md, find_repos feuerwehr, schuetzen,
musikverein, heimatverein, kolping, kirchengemeinde) answered with repositories earlier rounds and batches used or with
applications holding no content. Claimed, not used: adler10/leitsystem (a Jugendfeuerwehr's page with two news items
and „Jeden Mittwoch um 18:00 Uhr“, too few strings).

Rounds 325-327 (date_strings_heldout_round325.yaml, 36 strings; round326, 30; round327, 30) come from sites not used
before, read from stored public web pages (no repository). Round 325: the Evangelische Kirchengemeinde Wolfhagen in
North Hesse (kirche-wolfhagen.de, WordPress posts 2008-2017 dated by their addresses and a year's archive page) —
Christmas services „am vierten Sonntag im Advent, der in diesem Jahr gleichzeitig Heiligabend ist, und an den beiden
Weihnachtsfeiertagen“, Christvespers by their clocks under „Heiligabend“, an Easter vigil „um 5 Uhr“, „Am
Pfingstsonntag … um 10.00 Uhr“, a street festival „an diesem Wochenende“, „am letzten Augustwochenende und am letzten
Sonntag im August“, Advent devotions „jeweils am Mittwoch (3., 10. und 17. Dezember)“, „beginnt die festliche
Adventszeit … Um 10 Uhr“, a pastor's induction „heute Nachmittag“ and her office „Morgen, am 1. August, tritt sie die
Nachfolge … an“, a year's review by months („März | … der Weltgebetstag“, „Mai | … zu Christi Himmelfahrt“), centuries
and a cohort's year. Round 326: the Evangelische Kirchengemeinde Hoerstgen on the Lower Rhine (kirche-hoerstgen.de, a
post of 2018 and its category pages as stored in 2024 and 2025, and its Gemeindebote on issuu) — „Jeden 4. Sonntag im
Monat … um 10 Uhr“ with its coming days listed, „am 4. Advent“, rehearsals „ab dem 1. Dezember … jeweils sonntags“,
„zum Reformationstag“, „Jeden Montag (nicht in den Ferien und an Feiertagen)“, a talk's line „Dienstag, 28. Januar
2025, 19:30 Uhr, Evangelisches Gemeindehaus …“, the Kirchentag „vom 30. April bis zum 5. Mai“, „im Jahre
1556/1557“, a phone number and deadlines. Round 327: the Ortsgemeinde Steinweiler in the Southern Palatinate
(steinweiler.eu, the mayor's and clubs' stamped posts 2017-2025) — the 1050th year's gala „am kommenden Samstag, dem
24. Februar 2018, um 19:00 Uhr“, a deed „urkundlich auf den 16. November 968 datiert“, a label's years „von 968 bis
2018“, a Kerwe opened „um 18.08.2018 um 18:08 Uhr“, „vom 17. – 20. August (Samstag bis Dienstag)“, a festival „von
Christi-Himmelfahrt bis Sonntagabend“, „Am vergangenen Samstag“ written on a Saturday, a year's review („Ende April“,
„im Februar 2024“, „am 14.03.2025“), „Letzte Aktualsierung: 26.04.2021“. Written down before running the parser they
scored **77.8 % (28/36)**, **96.7 % (29/30)** and **86.7 % (26/30)** (main 0a767e0c); no truth was aligned. Misses: an
Easter vigil at 5 a.m. read on Holy Saturday; the World Day of Prayer and „Christi-Himmelfahrt“ with a hyphen unread;
„an den beiden Weihnachtsfeiertagen“ unread as a run (and „am 1. und 2. Weihnachtsfeiertag“ read as 1 December);
„am letzten Augustwochenende und am letzten Sonntag im August“ read as the Sunday alone; the start of Advent told as
such unread; „seit Anfang der Woche zum Ewigkeitssonntag“ read as the feast; an office taken up „Morgen, am 1. August,
tritt sie die Nachfolge … an“ and a relative clause „die seit dem 1. Dezember … Pfarrerin … ist“ read as days; an
update stamp with a dropped letter; the review's months by their present tense read into the coming year; „Ab Mitte
März: alles durchgestrichen“ (a calendar crossed out) read as its day; „Im Dezember …, Baubeginn war Ende April“ read
as April; a three-digit year „968“ dropped. After the fixes (when_feasts: an Easter vigil whose first clock is before
dawn is Easter Sunday's, „Weltgebetstag“ the first Friday of March, „Christi-Himmelfahrt“ hyphenated, both Christmas
holidays named together one run of two days, the start of Advent told as such its first Sunday, a part of the week
leading to a feast no day of it; when_feast_days and when_days: a holiday joined by „und“ to the day before it is one
run with it, a relative clause on the first holiday („…, der in diesem Jahr gleichzeitig Heiligabend ist, und …“)
parting no run and a second holiday on the first one's day naming that day again; when_nth: a weekday of the weekend named first keeps the weekend; when_offices: an office or a succession
taken up with the verb before or after the day; when_notices: a relative clause saying what someone is since a day;
when_roles and when_record_days: „Aktualsierung“; unit tests in test_when_round325_causes.py) rounds 325-327 score
**94.4 % (34/36)**, **96.7 % (29/30)** and **93.3 % (28/30)**; no other round changed (all rounds 1-327: 13701/14103 =
97.1 %). Left: a review's month headings do not fix
its present-tense feasts' year; „Ab Mitte März: alles durchgestrichen“; „Ende April“ after „Im Dezember“; the year 968.

Rounds 328-330 (date_strings_heldout_round328.yaml, 40 strings; round329, 31; round330, 32) come from three sites not
used before, read from stored public web pages (no repository), history societies of Baden. Round 328: the
Heimatverein Kraichgau (heimatverein-kraichgau.de: its „HVK-Termine“ listing in versions of 2023-2025, the September
2023 calendar of its member societies, the 2016 programme, news and the „Rückblicke“ of 2011-2025, a newspaper report
of 2005) — „21. Juni 2025 (Samstag) | … | Achtung: Termin wurde abgesagt.“, „19. Juli 2025 (Sonntag)“ (a Saturday),
„27. November2025 | …“, „Samstag, 24. 11. 2018 | …“, „Samstag, 19.08.17 | …“, „Termin: 15. März, von 10 bis 17 Uhr.“,
a trip's „Abfahrt: 13:00 Uhr …, Rückkehr: ca. 17:30 Uhr“, „Am 1700 erbauten Ruhbenderhaus …“, a photo credit „Nov.
2014“, „Juni 2022 | Druckfrisch sind die Einladungen angeliefert worden.“, „Die Kraichgauer Stimme berichtete am 11.
Oktober 2005“. Round 329: the Hegau-Geschichtsverein in Singen (hegau-geschichtsverein.de: its „Veranstaltungen“ page
in five versions 2016-2018 and a yearbook's presentation) — day lines over kind and title („Samstag, 30. Juni,
13.30–18.30 Uhr | Busexkursion: …“), „Programm 2. Halbjahr 2016 als pdf“, history („Seit dem 15. Jh. …“, „von
1909–13“, „aus dem 2./3. Jh. n. Chr.“), a president's birthday month, „27,80 €“. Round 330: the Freundeskreis
Königsbach-Steiner Geschichte (freundeskreis-geschichte.de: its yearly „Vereinsleben“ pages, its chronicle in two
versions, its Termine page of 2025) — „17. und 24. September 2017 | Ausstellung …“, picture names run into the text
(„00791 oblattAm 24.09. waren …“), a chronicle „2015 | steht … im März wieder … an.“, „erlag im Oktober 2007 seinem
Krebsleiden“, life data „*22.09.1873, †10.08.1924“ around a wedding, „Pforzheimer Zeitung vom Mai 1998“. Written down
before running the parser they scored **87.5 % (35/40)**, **93.5 % (29/31)** and **87.5 % (28/32)** (main 0e6a3f2e);
two truths were aligned after that run with established conventions — round 329's „feiert im Dezember seinen 80.
Geburtstag“ (first written as none) is December, as rounds 103 and 293 read a member's birthday as its day and a
planned month is the whole month (29/31 → 30/31 before any fix); round 330's wedding „nach ihrer Trauung … am
16.08.1900“ (first written as that day) is a life's day, none, as round 196's „Am 5. Januar 1948 hat Emil Weber
geheiratet.“ (a miss either way). Misses: a photo credit's month, a news item's month label over a past report and a
paper's issue by its month („… Zeitung vom Mai 1998“) read as months; „November2025“ unread; a paper's report day („…
Stimme berichtete am 11. Oktober 2005“) read as a day; a report's „am Samstagnachmittag“ read as the coming Saturday;
a programme file's half year read as a period; a chronicle's „2015 | … im März …“ read as March 2016; a death „erlag
im Oktober 2007 seinem Krebsleiden“ read as the month; the first life date after „*“ read as the day. After the fixes
(when_day_slips: a month's name glued to its year; when_periods: a year a heading states is the month's, not moved
past its middle; when_record_days: a picture's credit line, a paper's issue named by its month, a programme's file
named by its period are stamps; when_press_dates: a paper „berichtete am …“; when_news_month_label (new): a news
item's month label over something done, or over a report of it, is its stamp; when_notices: „erlag … seinem …leiden“
is a death, „nach ihrer Trauung … am …“ a life's day; when_life_data (new): the days after „*“ and „†“, both written,
are taken out; unit tests in test_when_round328_causes.py) rounds 328-330 score **97.5 % (39/40)**, **100 % (31/31)**
and **100 % (32/32)**; round 324 gained one (23/28: „Februar 2024: Unterwegs in der Region Kyamulibwa | Bericht über
unsere Hilfstätigkeit …“, a month label over a report, left by last session), no other round changed (all rounds
1-330: 13804/14206 = 97.2 %); pagediff against the session's start, rebased on main 9a3c46d4 (1,652 pages): 0 better,
0 worse, 0 changed, 19 new (other batches' pages). Left: the report's „am Samstagnachmittag“ told in the present (a
newspaper's report dated three days later: the coming Saturday was read). Claimed, not used: none.

Rounds 331-333 (date_strings_heldout_round331.yaml, 24 strings; round332, 30; round333, 24) come from three sites not
used before, read from stored public web pages (no repository), local news of towns and villages. Round 331: the
Ladenburg blog of the Rheinneckarblog network (ladenburgblog.de and archiv.ladenburgblog.de, tag pages of teasers
2011-2014, each opening with a dateline „Ladenburg, 13. Mai 2014. (red/pm)“) — coming days after the dateline („Zum
Internationalen Museumstag am 18. Mai …“, „am kommenden Samstag, 04. Oktober, ab 10:30 Uhr …“), a council's past
meetings („am Mittwochabend“, „Am Mittwoch wollte die Stadtverwaltung …“), a police report („Vergangenen
Donnerstagabend …“), a demonstration told live („Heute gegen 12:00 Uhr …“), a fee raised „zum 01. September“, a
changeover „Stichtag ist der 01. Februar“, a column's weekly rhythm, a dateline whose year is a slip. Round 332: the
Ortsgemeinde Oberkail in the southern Eifel (oberkail.de, the mayor's and clubs' posts 2017-2025) — a Kirmes letter
(„ein ereignisreiches erstes Oktoberwochenende liegt hinter uns“, „An Kirmesmontag, gleichzeitig Tag der Deutschen
Einheit, … um 14:30 Uhr“), a walk „am 23.11.2019“ starting „um 14 Uhr“, a remembrance with its mass „die um 19 Uhr
beginnt“, the St. Michaelskirmes 2017, a report under its post stamp („Ortsgemeinde 23. November 2023 Zugriffe: 40456
| Für Sonntag, 19. November 2023, hatte …“), past months („im August 2025“, „im Juli 2021“). Round 333: the weekly
BLICK aktuell (blick-aktuell.de, reports and notices of Sinzig, Löhndorf, Remagen and Andernach 2013-2025) — the open
rose village „Am 23. Juni von 10 bis 18 Uhr“ and its report „am vergangenen Sonntag“, rubric stamps („Allgemeine
Berichte | 24.06.2013“, „10.08.2021 - 10:58“), the town festival „An diesem Pfingstwochenende“ opened „am Freitag um
14 Uhr“ without „einen verkaufsoffenen Sonntag“, a concert „am Samstag“ reported on a Tuesday, history („am 8. Januar
1969“), a custom („Besucherandrang am Montag“). Written down before running the parser they scored **33.3 % (8/24)**,
**86.7 % (26/30)** and **79.2 % (19/24)** (main b78d3625); one truth was aligned after that run with an established
convention — round 333's „An diesem Pfingstwochenende“ (first written Saturday and Sunday) runs to Whit Monday, as
round 76 and when_feast_weekends read a Whitsun weekend (18/24 → 19/24). Misses: round 331's datelines („Ladenburg,
02. Oktober 2014. (red/pm) …“) read as the event's day, so the coming and past days after them were lost (12 of round
331's 16 misses); round 332's and 333's post and rubric stamps before a report read as its day; past months alone („im
August 2025“) read as the month; „Eines gab es an diesem Pfingstwochenende allerdings nicht“ read as the weekend;
„Besucherandrang am Montag“ read as the coming Monday. After the fixes (when_agency_datelines: a news blog's dateline
closed by its full stop and the editor's mark in small letters and slashes („(red/pm)“), perhaps under the teaser's
headings, dates the writing and the teaser's days count from it, as the agency dateline with its dash does;
when_grammar.PAST_TENSE: „ergab“; when_hit_counters (new): a post's information line with its hit counter
(„Ortsgemeinde 23. November 2023 Zugriffe: 40456“) is taken out before reading; unit tests in
test_when_round331_causes.py) rounds 331-333 score **87.5 % (21/24)**, **93.3 % (28/30)** and **79.2 % (19/24)**; no
other round changed against main 89e6fdb6 (against the session's start no round lost; round 324 gained one through
main's own 3d9ddc79; all rounds 1-333: 13872/14284 = 97.1 %). Left: the SEPA changeover „Am 01. Februar läuft …“;
„Montags erscheinen unsere Veranstaltungstipps“ under a dateline without the editor's mark; a fee raised „zum 01.
September“; past months alone; the weekly's rubric stamps („Allgemeine Berichte | 24.06.2013 | …“, „10.08.2021 - 10:58
| …“: a stamp before a text naming no day still dates it); „Eines gab es an diesem Pfingstwochenende allerdings
nicht“; „Besucherandrang am Montag“. Claimed, not used: vg-wittlich-land.de, loehndorf.de and mannheimer-morgen.de
(the Mannheimer Morgen was used by rounds 1 and 3 as morgenweb.de).

"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from netdir import yaml_text
from netdir.normalize import language_day_first, parse_when

HELDOUT_FILE = Path(__file__).parent / "date_strings_heldout.yaml"
#: Collected after the first round's fixes, to measure them on strings they never saw.
ROUND2_FILE = Path(__file__).parent / "date_strings_heldout_round2.yaml"
ROUND3_FILE = Path(__file__).parent / "date_strings_heldout_round3.yaml"
ROUND4_FILE = Path(__file__).parent / "date_strings_heldout_round4.yaml"
ROUND5_FILE = Path(__file__).parent / "date_strings_heldout_round5.yaml"
ROUND6_FILE = Path(__file__).parent / "date_strings_heldout_round6.yaml"
ROUND7_FILE = Path(__file__).parent / "date_strings_heldout_round7.yaml"
ROUND8_FILE = Path(__file__).parent / "date_strings_heldout_round8.yaml"
ROUND9_FILE = Path(__file__).parent / "date_strings_heldout_round9.yaml"
ROUND10_FILE = Path(__file__).parent / "date_strings_heldout_round10.yaml"
ROUND11_FILE = Path(__file__).parent / "date_strings_heldout_round11.yaml"
ROUND12_FILE = Path(__file__).parent / "date_strings_heldout_round12.yaml"
ROUND13_FILE = Path(__file__).parent / "date_strings_heldout_round13.yaml"
ROUND14_FILE = Path(__file__).parent / "date_strings_heldout_round14.yaml"
ROUND15_FILE = Path(__file__).parent / "date_strings_heldout_round15.yaml"
ROUND16_FILE = Path(__file__).parent / "date_strings_heldout_round16.yaml"
ROUND17_FILE = Path(__file__).parent / "date_strings_heldout_round17.yaml"
ROUND18_FILE = Path(__file__).parent / "date_strings_heldout_round18.yaml"
ROUND19_FILE = Path(__file__).parent / "date_strings_heldout_round19.yaml"
ROUND20_FILE = Path(__file__).parent / "date_strings_heldout_round20.yaml"
ROUND21_FILE = Path(__file__).parent / "date_strings_heldout_round21.yaml"
ROUND22_FILE = Path(__file__).parent / "date_strings_heldout_round22.yaml"
ROUND23_FILE = Path(__file__).parent / "date_strings_heldout_round23.yaml"
ROUND24_FILE = Path(__file__).parent / "date_strings_heldout_round24.yaml"
ROUND25_FILE = Path(__file__).parent / "date_strings_heldout_round25.yaml"
ROUND26_FILE = Path(__file__).parent / "date_strings_heldout_round26.yaml"
ROUND27_FILE = Path(__file__).parent / "date_strings_heldout_round27.yaml"
ROUND28_FILE = Path(__file__).parent / "date_strings_heldout_round28.yaml"
ROUND29_FILE = Path(__file__).parent / "date_strings_heldout_round29.yaml"
ROUND30_FILE = Path(__file__).parent / "date_strings_heldout_round30.yaml"
ROUND31_FILE = Path(__file__).parent / "date_strings_heldout_round31.yaml"
ROUND32_FILE = Path(__file__).parent / "date_strings_heldout_round32.yaml"
ROUND33_FILE = Path(__file__).parent / "date_strings_heldout_round33.yaml"
ROUND34_FILE = Path(__file__).parent / "date_strings_heldout_round34.yaml"
ROUND35_FILE = Path(__file__).parent / "date_strings_heldout_round35.yaml"
ROUND36_FILE = Path(__file__).parent / "date_strings_heldout_round36.yaml"
ROUND37_FILE = Path(__file__).parent / "date_strings_heldout_round37.yaml"
ROUND38_FILE = Path(__file__).parent / "date_strings_heldout_round38.yaml"
ROUND39_FILE = Path(__file__).parent / "date_strings_heldout_round39.yaml"
ROUND40_FILE = Path(__file__).parent / "date_strings_heldout_round40.yaml"
ROUND41_FILE = Path(__file__).parent / "date_strings_heldout_round41.yaml"
ROUND42_FILE = Path(__file__).parent / "date_strings_heldout_round42.yaml"
ROUND43_FILE = Path(__file__).parent / "date_strings_heldout_round43.yaml"
ROUND44_FILE = Path(__file__).parent / "date_strings_heldout_round44.yaml"
ROUND45_FILE = Path(__file__).parent / "date_strings_heldout_round45.yaml"
ROUND46_FILE = Path(__file__).parent / "date_strings_heldout_round46.yaml"
ROUND47_FILE = Path(__file__).parent / "date_strings_heldout_round47.yaml"
ROUND48_FILE = Path(__file__).parent / "date_strings_heldout_round48.yaml"
ROUND49_FILE = Path(__file__).parent / "date_strings_heldout_round49.yaml"
ROUND50_FILE = Path(__file__).parent / "date_strings_heldout_round50.yaml"
ROUND51_FILE = Path(__file__).parent / "date_strings_heldout_round51.yaml"
ROUND52_FILE = Path(__file__).parent / "date_strings_heldout_round52.yaml"
ROUND53_FILE = Path(__file__).parent / "date_strings_heldout_round53.yaml"
ROUND54_FILE = Path(__file__).parent / "date_strings_heldout_round54.yaml"
ROUND55_FILE = Path(__file__).parent / "date_strings_heldout_round55.yaml"
ROUND56_FILE = Path(__file__).parent / "date_strings_heldout_round56.yaml"
ROUND57_FILE = Path(__file__).parent / "date_strings_heldout_round57.yaml"
ROUND58_FILE = Path(__file__).parent / "date_strings_heldout_round58.yaml"
ROUND59_FILE = Path(__file__).parent / "date_strings_heldout_round59.yaml"
ROUND60_FILE = Path(__file__).parent / "date_strings_heldout_round60.yaml"
ROUND61_FILE = Path(__file__).parent / "date_strings_heldout_round61.yaml"
ROUND62_FILE = Path(__file__).parent / "date_strings_heldout_round62.yaml"
ROUND63_FILE = Path(__file__).parent / "date_strings_heldout_round63.yaml"
ROUND64_FILE = Path(__file__).parent / "date_strings_heldout_round64.yaml"
ROUND65_FILE = Path(__file__).parent / "date_strings_heldout_round65.yaml"
ROUND66_FILE = Path(__file__).parent / "date_strings_heldout_round66.yaml"
ROUND67_FILE = Path(__file__).parent / "date_strings_heldout_round67.yaml"
ROUND68_FILE = Path(__file__).parent / "date_strings_heldout_round68.yaml"
ROUND69_FILE = Path(__file__).parent / "date_strings_heldout_round69.yaml"
ROUND70_FILE = Path(__file__).parent / "date_strings_heldout_round70.yaml"
ROUND71_FILE = Path(__file__).parent / "date_strings_heldout_round71.yaml"
ROUND72_FILE = Path(__file__).parent / "date_strings_heldout_round72.yaml"
ROUND73_FILE = Path(__file__).parent / "date_strings_heldout_round73.yaml"
ROUND74_FILE = Path(__file__).parent / "date_strings_heldout_round74.yaml"
ROUND75_FILE = Path(__file__).parent / "date_strings_heldout_round75.yaml"
ROUND76_FILE = Path(__file__).parent / "date_strings_heldout_round76.yaml"
ROUND77_FILE = Path(__file__).parent / "date_strings_heldout_round77.yaml"
ROUND78_FILE = Path(__file__).parent / "date_strings_heldout_round78.yaml"
ROUND79_FILE = Path(__file__).parent / "date_strings_heldout_round79.yaml"
ROUND80_FILE = Path(__file__).parent / "date_strings_heldout_round80.yaml"
ROUND81_FILE = Path(__file__).parent / "date_strings_heldout_round81.yaml"
ROUND82_FILE = Path(__file__).parent / "date_strings_heldout_round82.yaml"
ROUND83_FILE = Path(__file__).parent / "date_strings_heldout_round83.yaml"
ROUND84_FILE = Path(__file__).parent / "date_strings_heldout_round84.yaml"
ROUND85_FILE = Path(__file__).parent / "date_strings_heldout_round85.yaml"
ROUND86_FILE = Path(__file__).parent / "date_strings_heldout_round86.yaml"
ROUND87_FILE = Path(__file__).parent / "date_strings_heldout_round87.yaml"
ROUND88_FILE = Path(__file__).parent / "date_strings_heldout_round88.yaml"
ROUND89_FILE = Path(__file__).parent / "date_strings_heldout_round89.yaml"
ROUND90_FILE = Path(__file__).parent / "date_strings_heldout_round90.yaml"
ROUND91_FILE = Path(__file__).parent / "date_strings_heldout_round91.yaml"
ROUND92_FILE = Path(__file__).parent / "date_strings_heldout_round92.yaml"
ROUND93_FILE = Path(__file__).parent / "date_strings_heldout_round93.yaml"
ROUND94_FILE = Path(__file__).parent / "date_strings_heldout_round94.yaml"
ROUND95_FILE = Path(__file__).parent / "date_strings_heldout_round95.yaml"
ROUND96_FILE = Path(__file__).parent / "date_strings_heldout_round96.yaml"
ROUND97_FILE = Path(__file__).parent / "date_strings_heldout_round97.yaml"
ROUND98_FILE = Path(__file__).parent / "date_strings_heldout_round98.yaml"
ROUND99_FILE = Path(__file__).parent / "date_strings_heldout_round99.yaml"
ROUND100_FILE = Path(__file__).parent / "date_strings_heldout_round100.yaml"
ROUND101_FILE = Path(__file__).parent / "date_strings_heldout_round101.yaml"
ROUND102_FILE = Path(__file__).parent / "date_strings_heldout_round102.yaml"
ROUND103_FILE = Path(__file__).parent / "date_strings_heldout_round103.yaml"
ROUND104_FILE = Path(__file__).parent / "date_strings_heldout_round104.yaml"
ROUND105_FILE = Path(__file__).parent / "date_strings_heldout_round105.yaml"
ROUND106_FILE = Path(__file__).parent / "date_strings_heldout_round106.yaml"
ROUND107_FILE = Path(__file__).parent / "date_strings_heldout_round107.yaml"
ROUND108_FILE = Path(__file__).parent / "date_strings_heldout_round108.yaml"
ROUND109_FILE = Path(__file__).parent / "date_strings_heldout_round109.yaml"
ROUND110_FILE = Path(__file__).parent / "date_strings_heldout_round110.yaml"
ROUND111_FILE = Path(__file__).parent / "date_strings_heldout_round111.yaml"
ROUND112_FILE = Path(__file__).parent / "date_strings_heldout_round112.yaml"
ROUND113_FILE = Path(__file__).parent / "date_strings_heldout_round113.yaml"
ROUND114_FILE = Path(__file__).parent / "date_strings_heldout_round114.yaml"
ROUND115_FILE = Path(__file__).parent / "date_strings_heldout_round115.yaml"
ROUND116_FILE = Path(__file__).parent / "date_strings_heldout_round116.yaml"
ROUND117_FILE = Path(__file__).parent / "date_strings_heldout_round117.yaml"
ROUND118_FILE = Path(__file__).parent / "date_strings_heldout_round118.yaml"
ROUND119_FILE = Path(__file__).parent / "date_strings_heldout_round119.yaml"
ROUND120_FILE = Path(__file__).parent / "date_strings_heldout_round120.yaml"
ROUND121_FILE = Path(__file__).parent / "date_strings_heldout_round121.yaml"
ROUND122_FILE = Path(__file__).parent / "date_strings_heldout_round122.yaml"
ROUND123_FILE = Path(__file__).parent / "date_strings_heldout_round123.yaml"
ROUND124_FILE = Path(__file__).parent / "date_strings_heldout_round124.yaml"
ROUND125_FILE = Path(__file__).parent / "date_strings_heldout_round125.yaml"
ROUND126_FILE = Path(__file__).parent / "date_strings_heldout_round126.yaml"
ROUND127_FILE = Path(__file__).parent / "date_strings_heldout_round127.yaml"
ROUND128_FILE = Path(__file__).parent / "date_strings_heldout_round128.yaml"
ROUND129_FILE = Path(__file__).parent / "date_strings_heldout_round129.yaml"
ROUND130_FILE = Path(__file__).parent / "date_strings_heldout_round130.yaml"
ROUND131_FILE = Path(__file__).parent / "date_strings_heldout_round131.yaml"
ROUND132_FILE = Path(__file__).parent / "date_strings_heldout_round132.yaml"
ROUND133_FILE = Path(__file__).parent / "date_strings_heldout_round133.yaml"
ROUND134_FILE = Path(__file__).parent / "date_strings_heldout_round134.yaml"
ROUND135_FILE = Path(__file__).parent / "date_strings_heldout_round135.yaml"
ROUND136_FILE = Path(__file__).parent / "date_strings_heldout_round136.yaml"
ROUND137_FILE = Path(__file__).parent / "date_strings_heldout_round137.yaml"
ROUND138_FILE = Path(__file__).parent / "date_strings_heldout_round138.yaml"
ROUND139_FILE = Path(__file__).parent / "date_strings_heldout_round139.yaml"
ROUND140_FILE = Path(__file__).parent / "date_strings_heldout_round140.yaml"
ROUND141_FILE = Path(__file__).parent / "date_strings_heldout_round141.yaml"
ROUND142_FILE = Path(__file__).parent / "date_strings_heldout_round142.yaml"
ROUND143_FILE = Path(__file__).parent / "date_strings_heldout_round143.yaml"
ROUND144_FILE = Path(__file__).parent / "date_strings_heldout_round144.yaml"
ROUND145_FILE = Path(__file__).parent / "date_strings_heldout_round145.yaml"
ROUND146_FILE = Path(__file__).parent / "date_strings_heldout_round146.yaml"
ROUND147_FILE = Path(__file__).parent / "date_strings_heldout_round147.yaml"
ROUND148_FILE = Path(__file__).parent / "date_strings_heldout_round148.yaml"
ROUND149_FILE = Path(__file__).parent / "date_strings_heldout_round149.yaml"
ROUND150_FILE = Path(__file__).parent / "date_strings_heldout_round150.yaml"
ROUND151_FILE = Path(__file__).parent / "date_strings_heldout_round151.yaml"
ROUND152_FILE = Path(__file__).parent / "date_strings_heldout_round152.yaml"
ROUND153_FILE = Path(__file__).parent / "date_strings_heldout_round153.yaml"
ROUND154_FILE = Path(__file__).parent / "date_strings_heldout_round154.yaml"
ROUND155_FILE = Path(__file__).parent / "date_strings_heldout_round155.yaml"
ROUND156_FILE = Path(__file__).parent / "date_strings_heldout_round156.yaml"
ROUND157_FILE = Path(__file__).parent / "date_strings_heldout_round157.yaml"
ROUND158_FILE = Path(__file__).parent / "date_strings_heldout_round158.yaml"
ROUND159_FILE = Path(__file__).parent / "date_strings_heldout_round159.yaml"
ROUND160_FILE = Path(__file__).parent / "date_strings_heldout_round160.yaml"
ROUND161_FILE = Path(__file__).parent / "date_strings_heldout_round161.yaml"
ROUND162_FILE = Path(__file__).parent / "date_strings_heldout_round162.yaml"
ROUND163_FILE = Path(__file__).parent / "date_strings_heldout_round163.yaml"
ROUND164_FILE = Path(__file__).parent / "date_strings_heldout_round164.yaml"
ROUND165_FILE = Path(__file__).parent / "date_strings_heldout_round165.yaml"
ROUND166_FILE = Path(__file__).parent / "date_strings_heldout_round166.yaml"
ROUND167_FILE = Path(__file__).parent / "date_strings_heldout_round167.yaml"
ROUND168_FILE = Path(__file__).parent / "date_strings_heldout_round168.yaml"
ROUND169_FILE = Path(__file__).parent / "date_strings_heldout_round169.yaml"
ROUND170_FILE = Path(__file__).parent / "date_strings_heldout_round170.yaml"
ROUND171_FILE = Path(__file__).parent / "date_strings_heldout_round171.yaml"
ROUND172_FILE = Path(__file__).parent / "date_strings_heldout_round172.yaml"
ROUND173_FILE = Path(__file__).parent / "date_strings_heldout_round173.yaml"
ROUND174_FILE = Path(__file__).parent / "date_strings_heldout_round174.yaml"
ROUND175_FILE = Path(__file__).parent / "date_strings_heldout_round175.yaml"
ROUND176_FILE = Path(__file__).parent / "date_strings_heldout_round176.yaml"
ROUND177_FILE = Path(__file__).parent / "date_strings_heldout_round177.yaml"
ROUND178_FILE = Path(__file__).parent / "date_strings_heldout_round178.yaml"
ROUND179_FILE = Path(__file__).parent / "date_strings_heldout_round179.yaml"
ROUND180_FILE = Path(__file__).parent / "date_strings_heldout_round180.yaml"
ROUND181_FILE = Path(__file__).parent / "date_strings_heldout_round181.yaml"
ROUND182_FILE = Path(__file__).parent / "date_strings_heldout_round182.yaml"
ROUND183_FILE = Path(__file__).parent / "date_strings_heldout_round183.yaml"
ROUND184_FILE = Path(__file__).parent / "date_strings_heldout_round184.yaml"
ROUND185_FILE = Path(__file__).parent / "date_strings_heldout_round185.yaml"
ROUND186_FILE = Path(__file__).parent / "date_strings_heldout_round186.yaml"
ROUND187_FILE = Path(__file__).parent / "date_strings_heldout_round187.yaml"
ROUND188_FILE = Path(__file__).parent / "date_strings_heldout_round188.yaml"
ROUND189_FILE = Path(__file__).parent / "date_strings_heldout_round189.yaml"
ROUND190_FILE = Path(__file__).parent / "date_strings_heldout_round190.yaml"
ROUND191_FILE = Path(__file__).parent / "date_strings_heldout_round191.yaml"
ROUND192_FILE = Path(__file__).parent / "date_strings_heldout_round192.yaml"
ROUND193_FILE = Path(__file__).parent / "date_strings_heldout_round193.yaml"
ROUND194_FILE = Path(__file__).parent / "date_strings_heldout_round194.yaml"
ROUND195_FILE = Path(__file__).parent / "date_strings_heldout_round195.yaml"
ROUND196_FILE = Path(__file__).parent / "date_strings_heldout_round196.yaml"
ROUND197_FILE = Path(__file__).parent / "date_strings_heldout_round197.yaml"
ROUND198_FILE = Path(__file__).parent / "date_strings_heldout_round198.yaml"
ROUND199_FILE = Path(__file__).parent / "date_strings_heldout_round199.yaml"
ROUND200_FILE = Path(__file__).parent / "date_strings_heldout_round200.yaml"
ROUND201_FILE = Path(__file__).parent / "date_strings_heldout_round201.yaml"
ROUND202_FILE = Path(__file__).parent / "date_strings_heldout_round202.yaml"
ROUND203_FILE = Path(__file__).parent / "date_strings_heldout_round203.yaml"
ROUND204_FILE = Path(__file__).parent / "date_strings_heldout_round204.yaml"
ROUND205_FILE = Path(__file__).parent / "date_strings_heldout_round205.yaml"
ROUND206_FILE = Path(__file__).parent / "date_strings_heldout_round206.yaml"
ROUND207_FILE = Path(__file__).parent / "date_strings_heldout_round207.yaml"
ROUND208_FILE = Path(__file__).parent / "date_strings_heldout_round208.yaml"
ROUND209_FILE = Path(__file__).parent / "date_strings_heldout_round209.yaml"
ROUND210_FILE = Path(__file__).parent / "date_strings_heldout_round210.yaml"
ROUND211_FILE = Path(__file__).parent / "date_strings_heldout_round211.yaml"
ROUND212_FILE = Path(__file__).parent / "date_strings_heldout_round212.yaml"
ROUND213_FILE = Path(__file__).parent / "date_strings_heldout_round213.yaml"
ROUND214_FILE = Path(__file__).parent / "date_strings_heldout_round214.yaml"
ROUND215_FILE = Path(__file__).parent / "date_strings_heldout_round215.yaml"
ROUND216_FILE = Path(__file__).parent / "date_strings_heldout_round216.yaml"
ROUND217_FILE = Path(__file__).parent / "date_strings_heldout_round217.yaml"
ROUND218_FILE = Path(__file__).parent / "date_strings_heldout_round218.yaml"
ROUND219_FILE = Path(__file__).parent / "date_strings_heldout_round219.yaml"
ROUND220_FILE = Path(__file__).parent / "date_strings_heldout_round220.yaml"
ROUND221_FILE = Path(__file__).parent / "date_strings_heldout_round221.yaml"
ROUND222_FILE = Path(__file__).parent / "date_strings_heldout_round222.yaml"
ROUND223_FILE = Path(__file__).parent / "date_strings_heldout_round223.yaml"
ROUND224_FILE = Path(__file__).parent / "date_strings_heldout_round224.yaml"
ROUND225_FILE = Path(__file__).parent / "date_strings_heldout_round225.yaml"
ROUND226_FILE = Path(__file__).parent / "date_strings_heldout_round226.yaml"
ROUND227_FILE = Path(__file__).parent / "date_strings_heldout_round227.yaml"
ROUND228_FILE = Path(__file__).parent / "date_strings_heldout_round228.yaml"
ROUND229_FILE = Path(__file__).parent / "date_strings_heldout_round229.yaml"
ROUND230_FILE = Path(__file__).parent / "date_strings_heldout_round230.yaml"
ROUND231_FILE = Path(__file__).parent / "date_strings_heldout_round231.yaml"
ROUND232_FILE = Path(__file__).parent / "date_strings_heldout_round232.yaml"
ROUND233_FILE = Path(__file__).parent / "date_strings_heldout_round233.yaml"
ROUND234_FILE = Path(__file__).parent / "date_strings_heldout_round234.yaml"
ROUND235_FILE = Path(__file__).parent / "date_strings_heldout_round235.yaml"
ROUND236_FILE = Path(__file__).parent / "date_strings_heldout_round236.yaml"
ROUND237_FILE = Path(__file__).parent / "date_strings_heldout_round237.yaml"
ROUND238_FILE = Path(__file__).parent / "date_strings_heldout_round238.yaml"
ROUND239_FILE = Path(__file__).parent / "date_strings_heldout_round239.yaml"
ROUND240_FILE = Path(__file__).parent / "date_strings_heldout_round240.yaml"
ROUND241_FILE = Path(__file__).parent / "date_strings_heldout_round241.yaml"
ROUND242_FILE = Path(__file__).parent / "date_strings_heldout_round242.yaml"
ROUND243_FILE = Path(__file__).parent / "date_strings_heldout_round243.yaml"
ROUND244_FILE = Path(__file__).parent / "date_strings_heldout_round244.yaml"
ROUND245_FILE = Path(__file__).parent / "date_strings_heldout_round245.yaml"
ROUND246_FILE = Path(__file__).parent / "date_strings_heldout_round246.yaml"
ROUND247_FILE = Path(__file__).parent / "date_strings_heldout_round247.yaml"
ROUND248_FILE = Path(__file__).parent / "date_strings_heldout_round248.yaml"
ROUND249_FILE = Path(__file__).parent / "date_strings_heldout_round249.yaml"
ROUND250_FILE = Path(__file__).parent / "date_strings_heldout_round250.yaml"
ROUND251_FILE = Path(__file__).parent / "date_strings_heldout_round251.yaml"
ROUND252_FILE = Path(__file__).parent / "date_strings_heldout_round252.yaml"
ROUND253_FILE = Path(__file__).parent / "date_strings_heldout_round253.yaml"
ROUND254_FILE = Path(__file__).parent / "date_strings_heldout_round254.yaml"
ROUND255_FILE = Path(__file__).parent / "date_strings_heldout_round255.yaml"
ROUND256_FILE = Path(__file__).parent / "date_strings_heldout_round256.yaml"
ROUND257_FILE = Path(__file__).parent / "date_strings_heldout_round257.yaml"
ROUND258_FILE = Path(__file__).parent / "date_strings_heldout_round258.yaml"
ROUND259_FILE = Path(__file__).parent / "date_strings_heldout_round259.yaml"
ROUND260_FILE = Path(__file__).parent / "date_strings_heldout_round260.yaml"
ROUND261_FILE = Path(__file__).parent / "date_strings_heldout_round261.yaml"
ROUND262_FILE = Path(__file__).parent / "date_strings_heldout_round262.yaml"
ROUND263_FILE = Path(__file__).parent / "date_strings_heldout_round263.yaml"
ROUND264_FILE = Path(__file__).parent / "date_strings_heldout_round264.yaml"
ROUND265_FILE = Path(__file__).parent / "date_strings_heldout_round265.yaml"
ROUND266_FILE = Path(__file__).parent / "date_strings_heldout_round266.yaml"
ROUND267_FILE = Path(__file__).parent / "date_strings_heldout_round267.yaml"
ROUND268_FILE = Path(__file__).parent / "date_strings_heldout_round268.yaml"
ROUND269_FILE = Path(__file__).parent / "date_strings_heldout_round269.yaml"
ROUND270_FILE = Path(__file__).parent / "date_strings_heldout_round270.yaml"
ROUND271_FILE = Path(__file__).parent / "date_strings_heldout_round271.yaml"
ROUND272_FILE = Path(__file__).parent / "date_strings_heldout_round272.yaml"
ROUND273_FILE = Path(__file__).parent / "date_strings_heldout_round273.yaml"
ROUND274_FILE = Path(__file__).parent / "date_strings_heldout_round274.yaml"
ROUND275_FILE = Path(__file__).parent / "date_strings_heldout_round275.yaml"
ROUND276_FILE = Path(__file__).parent / "date_strings_heldout_round276.yaml"
ROUND277_FILE = Path(__file__).parent / "date_strings_heldout_round277.yaml"
ROUND278_FILE = Path(__file__).parent / "date_strings_heldout_round278.yaml"
ROUND279_FILE = Path(__file__).parent / "date_strings_heldout_round279.yaml"
ROUND280_FILE = Path(__file__).parent / "date_strings_heldout_round280.yaml"
ROUND281_FILE = Path(__file__).parent / "date_strings_heldout_round281.yaml"
ROUND282_FILE = Path(__file__).parent / "date_strings_heldout_round282.yaml"
ROUND283_FILE = Path(__file__).parent / "date_strings_heldout_round283.yaml"
ROUND284_FILE = Path(__file__).parent / "date_strings_heldout_round284.yaml"
ROUND285_FILE = Path(__file__).parent / "date_strings_heldout_round285.yaml"
ROUND286_FILE = Path(__file__).parent / "date_strings_heldout_round286.yaml"
ROUND287_FILE = Path(__file__).parent / "date_strings_heldout_round287.yaml"
ROUND288_FILE = Path(__file__).parent / "date_strings_heldout_round288.yaml"
ROUND289_FILE = Path(__file__).parent / "date_strings_heldout_round289.yaml"
ROUND290_FILE = Path(__file__).parent / "date_strings_heldout_round290.yaml"
ROUND291_FILE = Path(__file__).parent / "date_strings_heldout_round291.yaml"
ROUND292_FILE = Path(__file__).parent / "date_strings_heldout_round292.yaml"
ROUND293_FILE = Path(__file__).parent / "date_strings_heldout_round293.yaml"
ROUND294_FILE = Path(__file__).parent / "date_strings_heldout_round294.yaml"
ROUND295_FILE = Path(__file__).parent / "date_strings_heldout_round295.yaml"
ROUND296_FILE = Path(__file__).parent / "date_strings_heldout_round296.yaml"
ROUND297_FILE = Path(__file__).parent / "date_strings_heldout_round297.yaml"
ROUND298_FILE = Path(__file__).parent / "date_strings_heldout_round298.yaml"
ROUND299_FILE = Path(__file__).parent / "date_strings_heldout_round299.yaml"
ROUND300_FILE = Path(__file__).parent / "date_strings_heldout_round300.yaml"
ROUND301_FILE = Path(__file__).parent / "date_strings_heldout_round301.yaml"
ROUND302_FILE = Path(__file__).parent / "date_strings_heldout_round302.yaml"
ROUND303_FILE = Path(__file__).parent / "date_strings_heldout_round303.yaml"
ROUND304_FILE = Path(__file__).parent / "date_strings_heldout_round304.yaml"
ROUND305_FILE = Path(__file__).parent / "date_strings_heldout_round305.yaml"
ROUND306_FILE = Path(__file__).parent / "date_strings_heldout_round306.yaml"
ROUND307_FILE = Path(__file__).parent / "date_strings_heldout_round307.yaml"
ROUND308_FILE = Path(__file__).parent / "date_strings_heldout_round308.yaml"
ROUND309_FILE = Path(__file__).parent / "date_strings_heldout_round309.yaml"
ROUND310_FILE = Path(__file__).parent / "date_strings_heldout_round310.yaml"
ROUND311_FILE = Path(__file__).parent / "date_strings_heldout_round311.yaml"
ROUND312_FILE = Path(__file__).parent / "date_strings_heldout_round312.yaml"
ROUND313_FILE = Path(__file__).parent / "date_strings_heldout_round313.yaml"
ROUND314_FILE = Path(__file__).parent / "date_strings_heldout_round314.yaml"
ROUND315_FILE = Path(__file__).parent / "date_strings_heldout_round315.yaml"
ROUND316_FILE = Path(__file__).parent / "date_strings_heldout_round316.yaml"
ROUND317_FILE = Path(__file__).parent / "date_strings_heldout_round317.yaml"
ROUND318_FILE = Path(__file__).parent / "date_strings_heldout_round318.yaml"
ROUND319_FILE = Path(__file__).parent / "date_strings_heldout_round319.yaml"
ROUND320_FILE = Path(__file__).parent / "date_strings_heldout_round320.yaml"
ROUND321_FILE = Path(__file__).parent / "date_strings_heldout_round321.yaml"
ROUND322_FILE = Path(__file__).parent / "date_strings_heldout_round322.yaml"
ROUND323_FILE = Path(__file__).parent / "date_strings_heldout_round323.yaml"
ROUND324_FILE = Path(__file__).parent / "date_strings_heldout_round324.yaml"
ROUND325_FILE = Path(__file__).parent / "date_strings_heldout_round325.yaml"
ROUND326_FILE = Path(__file__).parent / "date_strings_heldout_round326.yaml"
ROUND327_FILE = Path(__file__).parent / "date_strings_heldout_round327.yaml"
ROUND328_FILE = Path(__file__).parent / "date_strings_heldout_round328.yaml"
ROUND329_FILE = Path(__file__).parent / "date_strings_heldout_round329.yaml"
ROUND330_FILE = Path(__file__).parent / "date_strings_heldout_round330.yaml"
ROUND331_FILE = Path(__file__).parent / "date_strings_heldout_round331.yaml"
ROUND332_FILE = Path(__file__).parent / "date_strings_heldout_round332.yaml"
ROUND333_FILE = Path(__file__).parent / "date_strings_heldout_round333.yaml"
#: Share of cases whose start, end and all_day are all right (see the module docstring).
HELDOUT_FLOOR = 0.97


@dataclass(frozen=True)
class HeldoutCase:
    text: str
    today: date
    start: str | None
    end: str | None
    all_day: bool | None
    lang: str | None
    source: str
    #: The RRULE a reader takes from the text; checked only where the file states one.
    recurrence: str | None = None


def load_heldout(path: Path = HELDOUT_FILE) -> list[HeldoutCase]:
    cases = []
    for raw in yaml_text.safe_load(path.read_text(encoding="utf-8")):
        today = raw["today"] if isinstance(raw["today"], date) else date.fromisoformat(raw["today"])
        cases.append(
            HeldoutCase(
                text=str(raw["text"]),
                today=today,
                start=raw.get("start"),
                end=raw.get("end"),
                all_day=raw.get("all_day"),
                lang=raw.get("lang"),
                source=str(raw["source"]),
                recurrence=raw.get("recurrence"),
            )
        )
    return cases


def heldout_case(number: int, text_start: str) -> HeldoutCase:
    """The first case of held-out round ``number`` whose text opens with ``text_start``."""
    path = Path(__file__).parent / f"date_strings_heldout_round{number}.yaml"
    for case in load_heldout(path):
        if case.text.startswith(text_start):
            return case
    raise AssertionError(f"round {number} has no case opening with {text_start!r}")


def heldout_cases(number: int, openings: Iterable[str]) -> list[HeldoutCase]:
    """The cases of held-out round ``number`` that open with any of ``openings``, in file order
    (a causes test's real strings, several at once)."""
    path = Path(__file__).parent / f"date_strings_heldout_round{number}.yaml"
    return [case for case in load_heldout(path) if case.text.startswith(tuple(openings))]


def assert_heldout_read(number: int, text_start: str) -> None:
    """Every case of held-out round ``number`` opening with ``text_start`` is read right (the
    causes tests' check that a fix reaches the real strings it was made for)."""
    path = Path(__file__).parent / f"date_strings_heldout_round{number}.yaml"
    cases = [case for case in load_heldout(path) if case.text.startswith(text_start)]
    assert cases, f"round {number} has no case opening with {text_start!r}"
    for case in cases:
        assert score(case)[0], (case.text, score(case)[1])


def _wall_time(iso: str | None) -> str | None:
    """``2026-07-02T17:00:00+02:00`` → ``2026-07-02T17:00`` (as tests/realpages/evaluate.py)."""
    if not iso:
        return None
    return iso[:16] if len(iso) >= 16 and iso[10] == "T" else iso[:10]


def score(case: HeldoutCase) -> tuple[bool, dict[str, Any]]:
    found = parse_when(case.text, today=case.today, day_first=language_day_first(case.lang))
    got = found.as_dict()
    right = _wall_time(found.start) == case.start and _wall_time(found.end) == case.end
    if case.all_day is not None:
        right = right and found.all_day == case.all_day
    if case.recurrence is not None:
        right = right and found.recurrence == case.recurrence
    return right, got


def accuracy(cases: list[HeldoutCase]) -> float:
    return sum(score(case)[0] for case in cases) / len(cases)


def test_the_heldout_set_has_at_least_80_real_strings_with_their_address() -> None:
    cases = load_heldout()
    assert len(cases) >= 80
    assert all(case.source.startswith("http") for case in cases)


def test_heldout_accuracy_does_not_fall_below_the_measured_floor() -> None:
    cases = [
        case
        for path in (
            HELDOUT_FILE,
            ROUND2_FILE,
            ROUND3_FILE,
            ROUND4_FILE,
            ROUND5_FILE,
            ROUND6_FILE,
            ROUND7_FILE,
            ROUND8_FILE,
            ROUND9_FILE,
            ROUND10_FILE,
            ROUND11_FILE,
            ROUND12_FILE,
            ROUND13_FILE,
            ROUND14_FILE,
            ROUND15_FILE,
            ROUND16_FILE,
            ROUND17_FILE,
            ROUND18_FILE,
            ROUND19_FILE,
            ROUND20_FILE,
            ROUND21_FILE,
            ROUND22_FILE,
            ROUND23_FILE,
            ROUND24_FILE,
            ROUND25_FILE,
            ROUND26_FILE,
            ROUND27_FILE,
            ROUND28_FILE,
            ROUND29_FILE,
            ROUND30_FILE,
            ROUND31_FILE,
            ROUND32_FILE,
            ROUND33_FILE,
            ROUND34_FILE,
            ROUND35_FILE,
            ROUND36_FILE,
            ROUND37_FILE,
            ROUND38_FILE,
            ROUND39_FILE,
            ROUND40_FILE,
            ROUND41_FILE,
            ROUND42_FILE,
            ROUND43_FILE,
            ROUND44_FILE,
            ROUND45_FILE,
            ROUND46_FILE,
            ROUND47_FILE,
            ROUND48_FILE,
            ROUND49_FILE,
            ROUND50_FILE,
            ROUND51_FILE,
            ROUND52_FILE,
            ROUND53_FILE,
            ROUND54_FILE,
            ROUND55_FILE,
            ROUND56_FILE,
            ROUND57_FILE,
            ROUND58_FILE,
            ROUND59_FILE,
            ROUND60_FILE,
            ROUND61_FILE,
            ROUND62_FILE,
            ROUND63_FILE,
            ROUND64_FILE,
            ROUND65_FILE,
            ROUND66_FILE,
            ROUND67_FILE,
            ROUND68_FILE,
            ROUND69_FILE,
            ROUND70_FILE,
            ROUND71_FILE,
            ROUND72_FILE,
            ROUND73_FILE,
            ROUND74_FILE,
            ROUND75_FILE,
            ROUND76_FILE,
            ROUND77_FILE,
            ROUND78_FILE,
            ROUND79_FILE,
            ROUND80_FILE,
            ROUND81_FILE,
            ROUND82_FILE,
            ROUND83_FILE,
            ROUND84_FILE,
            ROUND85_FILE,
            ROUND86_FILE,
            ROUND87_FILE,
            ROUND88_FILE,
            ROUND89_FILE,
            ROUND90_FILE,
            ROUND91_FILE,
            ROUND92_FILE,
            ROUND93_FILE,
            ROUND94_FILE,
            ROUND95_FILE,
            ROUND96_FILE,
            ROUND97_FILE,
            ROUND98_FILE,
            ROUND99_FILE,
            ROUND100_FILE,
            ROUND101_FILE,
            ROUND102_FILE,
            ROUND103_FILE,
            ROUND104_FILE,
            ROUND105_FILE,
            ROUND106_FILE,
            ROUND107_FILE,
            ROUND108_FILE,
            ROUND109_FILE,
            ROUND110_FILE,
            ROUND111_FILE,
            ROUND112_FILE,
            ROUND113_FILE,
            ROUND114_FILE,
            ROUND115_FILE,
            ROUND116_FILE,
            ROUND117_FILE,
            ROUND118_FILE,
            ROUND119_FILE,
            ROUND120_FILE,
            ROUND121_FILE,
            ROUND122_FILE,
            ROUND123_FILE,
            ROUND124_FILE,
            ROUND125_FILE,
            ROUND126_FILE,
            ROUND127_FILE,
            ROUND128_FILE,
            ROUND129_FILE,
            ROUND130_FILE,
            ROUND131_FILE,
            ROUND132_FILE,
            ROUND133_FILE,
            ROUND134_FILE,
            ROUND135_FILE,
            ROUND136_FILE,
            ROUND137_FILE,
            ROUND138_FILE,
            ROUND139_FILE,
            ROUND140_FILE,
            ROUND141_FILE,
            ROUND142_FILE,
            ROUND143_FILE,
            ROUND144_FILE,
            ROUND145_FILE,
            ROUND146_FILE,
            ROUND147_FILE,
            ROUND148_FILE,
            ROUND149_FILE,
            ROUND150_FILE,
            ROUND151_FILE,
            ROUND152_FILE,
            ROUND153_FILE,
            ROUND154_FILE,
            ROUND155_FILE,
            ROUND156_FILE,
            ROUND157_FILE,
            ROUND158_FILE,
            ROUND159_FILE,
            ROUND160_FILE,
            ROUND161_FILE,
            ROUND162_FILE,
            ROUND163_FILE,
            ROUND164_FILE,
            ROUND165_FILE,
            ROUND166_FILE,
            ROUND167_FILE,
            ROUND168_FILE,
            ROUND169_FILE,
            ROUND170_FILE,
            ROUND171_FILE,
            ROUND172_FILE,
            ROUND173_FILE,
            ROUND174_FILE,
            ROUND175_FILE,
            ROUND176_FILE,
            ROUND177_FILE,
            ROUND178_FILE,
            ROUND179_FILE,
            ROUND180_FILE,
            ROUND181_FILE,
            ROUND182_FILE,
            ROUND183_FILE,
            ROUND184_FILE,
            ROUND185_FILE,
            ROUND186_FILE,
            ROUND187_FILE,
            ROUND188_FILE,
            ROUND189_FILE,
            ROUND190_FILE,
            ROUND191_FILE,
            ROUND192_FILE,
            ROUND193_FILE,
            ROUND194_FILE,
            ROUND195_FILE,
            ROUND196_FILE,
            ROUND197_FILE,
            ROUND198_FILE,
            ROUND199_FILE,
            ROUND200_FILE,
            ROUND201_FILE,
            ROUND202_FILE,
            ROUND203_FILE,
            ROUND204_FILE,
            ROUND205_FILE,
            ROUND206_FILE,
            ROUND207_FILE,
            ROUND208_FILE,
            ROUND209_FILE,
            ROUND210_FILE,
            ROUND211_FILE,
            ROUND212_FILE,
            ROUND213_FILE,
            ROUND214_FILE,
            ROUND215_FILE,
            ROUND216_FILE,
            ROUND217_FILE,
            ROUND218_FILE,
            ROUND219_FILE,
            ROUND220_FILE,
            ROUND221_FILE,
            ROUND222_FILE,
            ROUND223_FILE,
            ROUND224_FILE,
            ROUND225_FILE,
            ROUND226_FILE,
            ROUND227_FILE,
            ROUND228_FILE,
            ROUND229_FILE,
            ROUND230_FILE,
            ROUND231_FILE,
            ROUND232_FILE,
            ROUND233_FILE,
            ROUND234_FILE,
            ROUND235_FILE,
            ROUND236_FILE,
            ROUND237_FILE,
            ROUND238_FILE,
            ROUND239_FILE,
            ROUND240_FILE,
            ROUND241_FILE,
            ROUND242_FILE,
            ROUND243_FILE,
            ROUND244_FILE,
            ROUND245_FILE,
            ROUND246_FILE,
            ROUND247_FILE,
            ROUND248_FILE,
            ROUND249_FILE,
            ROUND250_FILE,
            ROUND251_FILE,
            ROUND252_FILE,
            ROUND253_FILE,
            ROUND254_FILE,
            ROUND255_FILE,
            ROUND256_FILE,
            ROUND257_FILE,
            ROUND258_FILE,
            ROUND259_FILE,
            ROUND260_FILE,
            ROUND261_FILE,
            ROUND262_FILE,
            ROUND263_FILE,
            ROUND264_FILE,
            ROUND265_FILE,
            ROUND266_FILE,
            ROUND267_FILE,
            ROUND268_FILE,
            ROUND269_FILE,
            ROUND270_FILE,
            ROUND271_FILE,
            ROUND272_FILE,
            ROUND273_FILE,
            ROUND274_FILE,
            ROUND275_FILE,
            ROUND276_FILE,
            ROUND277_FILE,
            ROUND278_FILE,
            ROUND279_FILE,
            ROUND280_FILE,
            ROUND281_FILE,
            ROUND282_FILE,
            ROUND283_FILE,
            ROUND284_FILE,
            ROUND285_FILE,
            ROUND286_FILE,
            ROUND287_FILE,
            ROUND288_FILE,
            ROUND289_FILE,
            ROUND290_FILE,
            ROUND291_FILE,
            ROUND292_FILE,
            ROUND293_FILE,
            ROUND294_FILE,
            ROUND295_FILE,
            ROUND296_FILE,
            ROUND297_FILE,
            ROUND298_FILE,
            ROUND299_FILE,
            ROUND300_FILE,
            ROUND301_FILE,
            ROUND302_FILE,
            ROUND303_FILE,
            ROUND304_FILE,
            ROUND305_FILE,
            ROUND306_FILE,
            ROUND307_FILE,
            ROUND308_FILE,
            ROUND309_FILE,
            ROUND310_FILE,
            ROUND311_FILE,
            ROUND312_FILE,
            ROUND313_FILE,
            ROUND314_FILE,
            ROUND315_FILE,
            ROUND316_FILE,
            ROUND317_FILE,
            ROUND318_FILE,
            ROUND319_FILE,
            ROUND320_FILE,
            ROUND321_FILE,
            ROUND322_FILE,
            ROUND323_FILE,
            ROUND324_FILE,
            ROUND325_FILE,
            ROUND326_FILE,
            ROUND327_FILE,
            ROUND328_FILE,
            ROUND329_FILE,
            ROUND330_FILE,
            ROUND331_FILE,
            ROUND332_FILE,
            ROUND333_FILE,
        )
        for case in load_heldout(path)
    ]
    # Each of the ~13,000 strings parsed once: its score gives both the share and the misses.
    misses = [case.text for case in cases if not score(case)[0]]
    assert 1 - len(misses) / len(cases) >= HELDOUT_FLOOR, misses


if __name__ == "__main__":
    import sys

    all_cases = load_heldout(Path(sys.argv[1]) if len(sys.argv) > 1 else HELDOUT_FILE)
    for item in all_cases:
        ok, result = score(item)
        if not ok:
            wanted = {"start": item.start, "end": item.end, "all_day": item.all_day}
            print(f"MISS {item.text!r}\n  want {wanted}\n  got  {result}")
    print(f"held-out accuracy: {accuracy(all_cases):.1%} of {len(all_cases)}")
