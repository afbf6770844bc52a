"""A booking note that a title carries: „Knack den Fall ! – AUSVERKAUFT“.

A box office writes the state of a showing into its name — after a dash, in brackets or before
a colon („AUSVERKAUFT: …“). Sold out or fully booked is no name of the event and no change of
its status (it still takes place), so the title is the name without it. So is a note on how
firm the plan is: „Voraussichtlich Nikolausmarkt“, „Konzert … (Teilnahme angefragt)“, „(unter
Vorbehalt)“. Cancellations („abgesagt“) are read there by ``classify.classify_status``; once read,
a bracketed one at the end („Kaffeeklatsch mit dem Lenbachhaus-Team (abgesagt)“, or one between
arrows, „Monatstreffen Februar >>>ABGESAGT<<<“) leaves the title
like the mark of a past event („… <br>vergangene Veranstaltung“, „Vergangene Veranstaltung: …“),
which the dates say. A cancellation written into the name („CANCELLED - Board Meeting“) stays.
"""

from __future__ import annotations

import re

from netdir import lazy_re

_BOOKING = (
    r"(?:ausverkauft|ausgebucht|restlos\s+ausverkauft|sold\s*out|fully\s+booked|booked\s+out)"
)
_NOTE = lazy_re.compile(rf"^\s*!*\s*{_BOOKING}\s*!*\s*$", re.IGNORECASE)
# „Durch den Bienwald … >>>AUSGEBUCHT <<<“: a generated plan's arrows around the note, as
# brackets are around „(abgesagt)“.
_ARROWS = (r"\s*>{2,}\s*", r"\s*<{2,}")
_TRAILING = lazy_re.compile(
    rf"(?:\s+[–—|-]\s*{_BOOKING}\s*!*|\s*[(\[]\s*{_BOOKING}\s*!*\s*[)\]]"
    rf"|{_ARROWS[0]}{_BOOKING}\s*!*{_ARROWS[1]})\s*$",
    re.IGNORECASE,
)
_LEADING = lazy_re.compile(rf"^\s*{_BOOKING}\s*!*\s*(?::|\s[–—|-])\s*(?=\S)", re.IGNORECASE)
# „(Teilnahme angefragt)“, „(angefragt)“, „(unter Vorbehalt)“ after the name; „Voraussichtlich“
# before a capitalised name — also lower case, as a line of a list writes it („18.7.-19.7. evtl.
# Wochenende am Platz“).
_TENTATIVE_AFTER = lazy_re.compile(
    r"\s*[(\[]\s*(?:(?:Teilnahme|Auftritt)\s+)?(?:angefragt|unter\s+Vorbehalt|noch\s+nicht\s+bestätigt)"
    r"\s*[)\]]\s*$",
    re.IGNORECASE,
)
_TENTATIVE_BEFORE = lazy_re.compile(
    r"^\s*(?:[Vv]oraussichtlich|[Vv]orläufig|[Ee]vtl\.|[Ee]ventuell)\s*:?\s+(?=[A-ZÄÖÜ])"
)


# „(abgesagt)“, „(Cancelled)“ after the name; the status field keeps what it said.
_CANCELLED_AFTER = lazy_re.compile(
    r"(?:\s*[(\[]\s*(?:abgesagt|cancell?ed)\s*!*\s*[)\]]"
    rf"|{_ARROWS[0]}(?:abgesagt|cancell?ed)\s*!*{_ARROWS[1]})\s*$",
    re.IGNORECASE,
)
# A card's mark that its event is over: after the name (a line of its own) or before a colon.
_PAST_AFTER = lazy_re.compile(
    r"\s*[-–—|(]?\s*(?:vergangene\s+Veranstaltung|past\s+event)\s*\)?\s*$", re.I
)
_QUOTED = lazy_re.compile(r"^[\"„“”](.+)[\"“”]$")
_PAST_BEFORE = lazy_re.compile(
    r"^\s*(?:vergangene\s+Veranstaltung|past\s+event)\s*:\s*(?=\S)", re.I
)


def is_booking_status(text: str) -> bool:
    """„ausverkauft“, „SOLD OUT!“: a field that states only how booked a showing is."""
    return bool(_NOTE.match(text))


def without_booking_status(title: str) -> str:
    """The title without a booking note (or a note that the plan is not firm yet) before or
    after the name; unchanged when the note is all there is."""
    stripped = _LEADING.sub("", _TRAILING.sub("", title))
    stripped = _TENTATIVE_BEFORE.sub("", _TENTATIVE_AFTER.sub("", stripped))
    return stripped if stripped.strip() else title


def without_status_marks(title: str) -> str:
    """The title without a bracketed cancellation after the name or a past-event mark (the
    record's status says both), and without the quotes the mark left around the name;
    unchanged when the mark is all there is."""
    stripped = _PAST_BEFORE.sub("", _PAST_AFTER.sub("", _CANCELLED_AFTER.sub("", title))).strip()
    if stripped == title.strip() or not stripped:
        return title
    quoted = _QUOTED.match(stripped)
    return quoted[1] if quoted else stripped
