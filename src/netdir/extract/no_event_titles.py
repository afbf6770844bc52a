"""A structured event whose name says that nothing takes place: a calendar's placeholder for an
empty week or a tour without a date, no offering.

EventON's tournament widget of a Danish golf paper lists, beside the week's four tournaments, the
LPGA row „INGEN TURNERING DENNE UGE“ („no tournament this week“) as an Event of its own, dated
like the others. The name is the negation and an event noun and at most a few words of when
(„Keine Termine vorhanden“, „No events this week“, „Kein Training in den Ferien“); a title that
goes on to name something („No Limit Poker Night“, „Keine Angst vor Mathe“) is an event's.

A football club's booking app keeps, beside its summer fête and its tournament, three VEVENTs
its developer entered to try it, titled „Test“ and „Test 2“: a trial entry, no offering either.
A merged conference schedule keeps a hackspace's talks beside four entries titled „bitte löschen“
(„please delete“), the slots its organisers asked to have removed: entries marked for deletion
are none either.
"""

from __future__ import annotations

import re

from netdir import lazy_re

_NONE = r"(?:keine?|no|ingen|intet|inga|geen|pas\s+de|aucune?|nessun[oa]?)"
_EVENT_NOUN = (
    r"(?:termine?|veranstaltung(?:en)?|sitzung(?:en)?|treffen|training|probe|proben|gottesdienst"
    r"|events?|meetings?|sessions?|classes|class|games?|matches|match|tournaments?"
    r"|turnering(?:er)?|arrangement(?:er)?|begivenhed(?:er)?|tr(?:æ|ae)ning|kamp(?:e)?"
    r"|evenementen|[ée]v[ée]nements?|r[ée]union)"
)
# What may follow: „this week“, „diese Woche“, „denne uge“, „in den Ferien“, „vorhanden“, „geplant“.
_REST = r"(?:\s+[\w.]+){0,4}"
_PLACEHOLDER = lazy_re.compile(rf"^\s*{_NONE}\s+{_EVENT_NOUN}{_REST}\s*[.!]?\s*$", re.IGNORECASE)
_NAMING_REST = lazy_re.compile(r"\b(?:mit|with|med|avec|für|for|und|and|og)\b", re.IGNORECASE)


def says_no_event(title: str | None) -> bool:
    """``title`` only says that no event takes place („INGEN TURNERING DENNE UGE“)."""
    if not title or len(title) > 60:
        return False
    return _PLACEHOLDER.match(title) is not None and _NAMING_REST.search(title) is None


# „Test“, „Test 2“, „Testtermin“, „test event 3“: what a calendar's developer entered to try it.
_TEST_ENTRY = lazy_re.compile(
    r"^\s*test(?:[\s-]*(?:termin|eintrag|veranstaltung|event|entry|appointment))?[\s#]*\d*\s*$",
    re.IGNORECASE,
)


# „bitte löschen“, „Please delete!“, „delete me“: an entry its editor asks to have removed.
_DELETION_REQUEST = lazy_re.compile(
    r"^\W*(?:bitte\s+l(?:ö|oe)schen|please\s+delete|delete\s+me|to\s+be\s+deleted"
    r"|kann\s+gel(?:ö|oe)scht\s+werden)\W*$",
    re.IGNORECASE,
)


# „test-andi2“, „andi_test3“: one lower-case handle joined to „test“ and numbered — a slug someone
# typed to try a schedule (the 39C3 schedule's „test-andi2“ in its room „andi-test-raum“). Editors
# name offerings in words; „Test-Workshop“ (capitalised), „test driven development“ and an
# unnumbered slug („test_folders“, a CERN workshop's session on its folder tests) stay.
_TEST_HANDLE = lazy_re.compile(r"^\s*(?:test[-_][a-z]+\d+|[a-z]+[-_]test\d+)\s*$")


def is_test_entry(title: str | None) -> bool:
    """``title`` is only a trial entry's („Test“, „Test 2“, „Testtermin“, „test-andi2“) or asks for
    the entry's deletion („bitte löschen“): no offering. A title that names what is tested („Test:
    Technische Informatik“) is an event's."""
    if not title:
        return False
    return (
        _TEST_ENTRY.match(title) is not None
        or _TEST_HANDLE.match(title) is not None
        or _DELETION_REQUEST.match(title) is not None
    )


# „Verfügbar“, „noch frei“, „zu vergeben“, „unbesetzt“: a day of a calendar of hosts (an Advent
# calendar's windows, a rota of church coffee, a stall plan) that nobody has taken yet — the slot
# is offered to hosts, nothing takes place on it. German words only: an English „Available“ row
# of an open-night calendar says the night is open to visitors (availability_titles).
_OPEN_SLOT = lazy_re.compile(
    r"^\W*(?:(?:noch\s+)?(?:verfügbar|frei|zu\s+vergeben|unbesetzt|offen)"
    r"|(?:termin|datum|tag|fenster|platz)\s+(?:noch\s+)?(?:frei|verfügbar|zu\s+vergeben))\W*$",
    re.IGNORECASE,
)


def is_open_slot(title: str | None) -> bool:
    """``title`` only says that the day is still free for a host („Verfügbar“, „noch frei“)."""
    return bool(title) and _OPEN_SLOT.match(title or "") is not None
