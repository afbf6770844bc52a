"""A dated entry named as a deadline is no offering.

An organisation's dates page, filled from its calendar, lists conferences and workshops beside
„Deadline 2. Runde Prototype Fund“ — the day applications close. A calendar of a municipality
has „Redaktionsschluss Amtsblatt“, a club's „Meldeschluss Kreismeisterschaft“, an Austrian
bowling club's „Nenntag STM Doppel“ (the day entries close). Nobody goes to a
deadline: an entry whose name opens with a deadline word („Deadline“, „Einsendeschluss“,
„Anmeldeschluss“, „Bewerbungsfrist“ …) dates a closing day, not an event. (A name that merely
contains such a word later — a film „Deadline“ is rare, a „Saisonabschluss“ is a party — stays.)

An election committee's timetable lists, beside the election days and the public draw, the days
lists close and notices appear: „Ausschlussfrist der Wahlvorschläge“, „Frist zur Beantragung der
Briefwahl“, „Veröffentlichung der Wahlbekanntmachung“, „Bekanntgabe der Listennummern“. A
deadline word alone („Frist“, „Ausschlussfrist“, „Einspruchsfrist“) and a notice of something
(„Veröffentlichung der …“, „Bekanntgabe des …“, „Bekanntmachung von …“) name a day on which
nobody gathers either.

A club's blog lists its meeting posts beside „InfoBrief 2023-3“ — the day its newsletter came
out. A name that is only a periodical and its issue („Newsletter 04/2023“, „Rundbrief Nr. 12“,
„Gemeindebrief Juli 2024“, „Unser InfoBrief 2023-3 ist fertig“) dates a publication; a meeting
about it („Infobrief-Redaktionstreffen“) stays.

A union local's calendar dates, beside its meetings, „Presence at Work Award – Payment Date“ and
„3% General Wage Increase Effective“: a name that ends by naming the kind of day (a payment, due or
effective date, a deadline, what „takes effect“) dates a day of money or rules, whatever read it.

A homeowners association's calendar lists „Last day to pay dues!“ (a deadline, as above) and,
after its annual meeting, „Rain date for Annual Meeting“: the day the meeting moves to if the
weather is bad. An entry named as such a fallback day („Rain date …“, „Ausweichtermin …“,
„Regentermin …“, „Schlechtwettertermin …“) is no event of its own (``names_a_fallback_day``);
in a date string beside the event's own day the rain date is dropped already (``when_rain``).
"""

from __future__ import annotations

import re

from netdir import lazy_re

_DEADLINE_NAME = lazy_re.compile(
    r"^(?:deadline|(?:einsende|anmelde|bewerbungs|abgabe|melde|redaktions|einreichungs|annahme)"
    r"(?:schluss|frist|termin)|(?:einreichungs|bewerbungs|anmelde)ende"
    r"|(?:ausschluss|einspruchs|antrags)?frist"
    # „Nenntag STM Doppel“, „Nennschluss“, „Nennungsschluss“: the day entries for a
    # championship close (Austrian sports' word for „Meldeschluss“)
    r"|nenn(?:ungs)?(?:tag|schluss|frist)"
    r"|(?:veröffentlichung|bekanntgabe|bekanntmachung)\s+(?:der|des|von)\b"
    # „Last day to pay dues!“, „Last day to register“: the day something must be done by
    r"|last\s+day\s+to)\b",
    re.IGNORECASE,
)


# „Presence at Work Award – Payment Date“, „3% General Wage Increase Effective“, „Dues Due Date“: a
# union local's calendar dates the day money is paid or a contract's change takes effect. A name
# that ends by saying which kind of day it is — a payment, due or effective date, a deadline —
# dates that day, not a gathering.
_DAY_KIND_END = lazy_re.compile(
    r"\b(?:deadline|due\s+date|payment\s+date|pay\s*day|pay\s+date|effective(?:\s+date)?"
    r"|takes?\s+effect|go(?:es)?\s+into\s+effect)\W*$",
    re.IGNORECASE,
)


def names_a_day_kind(title: str | None) -> bool:
    """Whether ``title`` ends by naming the kind of day it dates (a payment date, a deadline, a
    change taking effect)."""
    return title is not None and _DAY_KIND_END.search(title.strip()) is not None


_FALLBACK_DAY = lazy_re.compile(
    r"^\W*(?:rain\s+(?:date|day)|weather\s+date|(?:ausweich|regen|schlechtwetter|ersatz)termin)\b",
    re.IGNORECASE,
)


def names_a_fallback_day(title: str | None) -> bool:
    """Whether ``title`` opens by naming the day an event moves to in bad weather."""
    return title is not None and _FALLBACK_DAY.match(title.strip()) is not None


# „Anmeldung“ / „Zahlung“ / „Abmeldung“ each „27.11.2024“ in a conference's „FRISTEN“ card
# (static-silvestertagung-hamburg-anmeldung-2024), „Anreise: 24.11.23“ / „Abreise: 26.11.23“ over
# a venue page's hotel rooms (static-dvcs-erlangen-tagungsort-2023): a bare word for what each
# guest does — sign up, pay, cancel, travel there and back — by or on that day. With a bare day
# it is the guest's deadline or travel day, no gathering; with a clock („Anmeldung 8:00“ in a
# tournament's Zeitplan) it is a point of the event's own day and stays.
_GUESTS_STEP = lazy_re.compile(
    r"^\W*(?:anmeldung|abmeldung|zahlung|bezahlung|überweisung|anreise|abreise|anreisetag|"
    r"abreisetag)\W*$",
    re.IGNORECASE,
)
_CLOCK = lazy_re.compile(r"(?<![\d.])(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d.])|\buhr\b", re.IGNORECASE)


def names_a_guests_step(title: str | None, date_text: str | None) -> bool:
    """Whether ``title`` is only a guest's step („Anmeldung“, „Zahlung“, „Anreise“) dated by a day
    without a clock: a deadline or a travel day, not an event."""
    return (
        title is not None
        and _GUESTS_STEP.match(title.strip()) is not None
        and not (date_text and _CLOCK.search(date_text))
    )


def names_a_deadline(title: str | None) -> bool:
    """Whether ``title`` opens with a deadline word."""
    return title is not None and _DEADLINE_NAME.match(title.strip()) is not None


# „InfoBrief 2023-3“, „Newsletter 04/2023“, „Rundbrief Nr. 12“, „Gemeindebrief Juli 2024“,
# „Informationsschreiben Mai 2021“: the whole name is a periodical and its issue (optionally
# „… ist da/erschienen/fertig“).
_ISSUE_NAME = lazy_re.compile(
    r"^\W*(?:unser(?:e|er)?\s+|der\s+|die\s+|das\s+|neue[rs]?\s+)?"
    r"(?:info-?brief|newsletter|rundbrief|mitgliederbrief|rundschreiben|gemeindebrief|pfarrbrief|"
    # „Informationsschreiben Mai 2021“: an association's letter to its members of that month
    r"informationsschreiben|info-?schreiben|mitgliederinfo(?:rmation)?|"
    r"vereinszeitung|vereinsnachrichten|clubnachrichten|info-?blatt|mitteilungsblatt|amtsblatt)\s*"
    r"(?:nr\.?\s*|no\.?\s*|ausgabe\s*|#\s*)?"
    r"(?:\d{1,4}(?:\s*[-/.]\s*\d{1,4})?|(?:januar|februar|märz|april|mai|juni|juli|august|"
    r"september|oktober|november|dezember|frühjahr|sommer|herbst|winter)\s+\d{4})"
    r"(?:\s+(?:ist\s+)?(?:da|erschienen|fertig|online))?\W*$",
    re.IGNORECASE,
)


def names_an_issue(title: str | None, when: str | None = None) -> bool:
    """Whether ``title`` is only a periodical's name and its issue — or only the periodical's
    name while ``when``, the month its title gave, names no day („Informationsschreiben“ dated
    „Mai 2021“: the month's letter, its month cut from the title as its date)."""
    if title is None:
        return False
    if _ISSUE_NAME.match(title.strip()) is not None:
        return True
    return (
        when is not None
        and _PERIODICAL.match(title.strip()) is not None
        and _MONTH_AND_YEAR.match(when.strip()) is not None
    )


# „Informationsschreiben“, „Newsletter“: a periodical's name alone.
_PERIODICAL = lazy_re.compile(
    r"^\W*(?:info-?brief|newsletter|rundbrief|mitgliederbrief|rundschreiben|gemeindebrief|"
    r"pfarrbrief|informationsschreiben|info-?schreiben|mitgliederinfo(?:rmation)?)\W*$",
    re.IGNORECASE,
)
# „Mai 2021“: a month and its year, no day.
_MONTH_AND_YEAR = lazy_re.compile(
    r"^(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)"
    r"\s+\d{4}$",
    re.IGNORECASE,
)
