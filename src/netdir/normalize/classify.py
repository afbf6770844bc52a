"""Kind, audience, cost and status of an offering from what its page says.

Each function takes the texts a record offers and returns a comparable value; the cue lists
are the documentation. German compounds are why most cues match inside words
("Herbstkonferenz", "Digitalwerkstatt", "Nachwuchsnetzwerk").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from netdir import lazy_re

KINDS = (
    "conference", "community_of_practice", "platform", "network", "barcamp", "webinar",
    "workshop", "training", "meetup", "award", "event",
)  # fmt: skip

_FLAGS = re.IGNORECASE
# Cues inside compounds look behind instead of spelling the prefix out: ``\w+preis\b`` made
# every position of a long word a new start that scanned to its end again (a 40k-character
# title took 33 s); ``(?<=\w)preis\b`` checks one character. Keep it that way: no ``\w+``/``\w*``
# in front of a literal.
# Most specific first: "Online-Workshop" is a workshop, "Netzwerktreffen" a meetup.
_KIND_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("award", lazy_re.compile(r"award|\bpreis\b|preisverleihung|wettbewerb|auszeichnung|(?<=\w)preis\b", _FLAGS)),
    ("barcamp", lazy_re.compile(r"barcamp|unconference|camp\b", _FLAGS)),
    ("webinar", lazy_re.compile(r"webinar|web-seminar|online-seminar|online-vortrag|web-talk|webtalk", _FLAGS)),
    ("workshop", lazy_re.compile(r"workshop|werkstatt|werkstätten|hackathon|sprint\b", _FLAGS)),
    ("training", lazy_re.compile(r"schulung|seminar|fortbildung|weiterbildung|training|lehrgang|\bkurs|qualifizierung|zertifikatsprogramm|akademie|masterclass", _FLAGS)),
    ("conference", lazy_re.compile(r"konferenz|kongress|tagung|conference|convention|summit|gipfel|symposium|fachtag|messe\b|jahrestreffen|(?<=\w)-forum\b|(?<=\w{3})forum\b", _FLAGS)),
    ("meetup", lazy_re.compile(r"stammtisch|meetup|meet-up|treffen|netzwerkabend|get-together|sprechstunde|afterwork|frühstück|lunch", _FLAGS)),
    ("community_of_practice", lazy_re.compile(r"community of practice|communities of practice|\bcop\b|community|communities|arbeitskreis|fachgruppe|austauschformat", _FLAGS)),
    ("network", lazy_re.compile(r"netzwerk|network|verband|verein\b|initiative|allianz", _FLAGS)),
    ("platform", lazy_re.compile(r"plattform|platform|portal|marktplatz|wiki\b|forum online|online-community", _FLAGS)),
)  # fmt: skip
_KIND_ALIASES: dict[str, str] = {
    "konferenz": "conference", "kongress": "conference", "tagung": "conference",
    "community": "community_of_practice", "cop": "community_of_practice",
    "community_of_practice": "community_of_practice", "netzwerk": "network",
    "plattform": "platform", "seminar": "training", "schulung": "training",
    "fortbildung": "training", "stammtisch": "meetup", "preis": "award",
    "event": "event", "veranstaltung": "event", "event_calendar": "event",
    "overview_page": "event", "educationevent": "training", "businessevent": "event",
}  # fmt: skip
_GENERIC_KINDS = frozenset({"event", ""})


def classify_kind(raw_kind: str | None, title: str, description: str | None) -> str:
    """The title's cues win; then what the page or source says; then the description's cues."""
    title_kind = _cue_kind(title)
    if title_kind is not None:
        return title_kind
    stated = canonical_kind(raw_kind)
    if stated not in _GENERIC_KINDS:
        return stated
    return _cue_kind(description or "") or "event"


# Cached: a listing's titles, descriptions and stated kinds repeat from row to row and page to
# page, and the answer depends on the text alone (so for the helpers below).
@lru_cache(maxsize=16384)
def _cue_kind(text: str) -> str | None:
    for kind, pattern in _KIND_CUES:
        if pattern.search(text):
            return kind
    return None


@lru_cache(maxsize=1024)
def canonical_kind(raw_kind: str | None) -> str:
    if not raw_kind:
        return ""
    key = re.sub(r"[\s-]+", "_", raw_kind.strip().lower())
    key = key.removeprefix("schema:").removeprefix("https://schema.org/")
    if key in KINDS:
        return key
    return _KIND_ALIASES.get(key, _cue_kind(raw_kind) or "")


AUDIENCES = ("Bund", "Land", "Kommune")
_AUDIENCE_CUES: dict[str, re.Pattern[str]] = {
    "Bund": lazy_re.compile(r"\bbund\b|bundesverwaltung|bundesbehörde|bundesministeri|bundesebene|bundesressort|\bressorts?\b|bundesbedienstete|bundesamt|bundesämter", _FLAGS),
    "Land": lazy_re.compile(r"\bländer\b|\blaender\b|\bland\b|landesverwaltung|landesbehörde|landesebene|landesministeri|landesbedienstete|landesämter|\bbundesländer", _FLAGS),
    "Kommune": lazy_re.compile(r"kommun|\bstädte\b|gemeinden|landkreis|\bkreise\b|stadtverwaltung|rathaus|bürgermeister", _FLAGS),
}  # fmt: skip
# Outside an audience field only unmistakable cues count: "Land" alone says little in prose.
_AUDIENCE_PROSE_CUES: dict[str, re.Pattern[str]] = {
    "Bund": lazy_re.compile(r"bundesverwaltung|bundesbehörden|bundesministerien|bund, länder|bund und länder|bund\s*[-–]\s*länder|bundesebene", _FLAGS),
    "Land": lazy_re.compile(r"landesverwaltung|landesbehörden|bund, länder|bund und länder|bund\s*[-–]\s*länder|länder und kommunen|länder\s*[-–]\s*kommunen|landesebene", _FLAGS),
    "Kommune": lazy_re.compile(r"\bkommunen\b|kommunalverwaltung|kommunale[nrs]? (?:verwaltung|ebene|beschäftigte)|städte und gemeinden|landkreise", _FLAGS),
}  # fmt: skip


def classify_audience(
    audience_text: str | None, level: str | None, prose: Iterable[str | None]
) -> list[str]:
    """Bund/Land/Kommune.

    The page's audience field decides when it names a level. Otherwise the source's level
    (Bund/Land/Kommune) joined with unmistakable cues in title and description ("Digitalforum
    Bund – Länder – Kommunen" on a federal site serves all three); a source of level ``mixed``
    serves all three unless the prose names some.
    """
    if audience_text:
        found = _audience_field(audience_text)
        if found:
            return list(found)
    cues = set(_prose_audiences(" ".join(text for text in prose if text)))
    if level in AUDIENCES:
        cues.add(level)
    elif level == "mixed" and not cues:
        cues = set(AUDIENCES)
    return [a for a in AUDIENCES if a in cues]


@lru_cache(maxsize=1024)
def _audience_field(audience_text: str) -> tuple[str, ...]:
    return tuple(a for a in AUDIENCES if _AUDIENCE_CUES[a].search(audience_text))


@lru_cache(maxsize=16384)
def _prose_audiences(joined: str) -> frozenset[str]:
    return frozenset(a for a in AUDIENCES if _AUDIENCE_PROSE_CUES[a].search(joined))


_FREE = lazy_re.compile(
    r"kostenfrei|kostenlos|gebührenfrei|unentgeltlich|teilnahme (?:ist )?(?:frei|kostenlos)|"
    r"eintritt (?:ist )?frei|freier eintritt|free of charge|\bfree\b|keine (?:teilnahme)?gebühr|"
    r"ohne (?:teilnahme)?gebühr|\b0\s?(?:€|eur)",
    _FLAGS,
)
_PAID = lazy_re.compile(
    r"(?<![\d.,])(?:[1-9]\d{0,4}(?:[.,]\d{2}|,-)?\s?(?:€|eur\b|euro\b))|(?:€|eur\b)\s?[1-9]\d{0,4}|"
    r"teilnahmegebühr|tagungsgebühr|ticketpreis|kostenpflichtig|\btickets? ab\b",
    _FLAGS,
)


@lru_cache(maxsize=16384)
def classify_cost(cost_text: str | None, description: str | None) -> tuple[str | None, bool | None]:
    """(cost as written, free?) — both free and paid cues ("kostenfrei für Behörden, sonst
    390 €") give free=None: the text then tells the reader which case is theirs."""
    text = cost_text.strip() if cost_text and cost_text.strip() else None
    if text is None and description:
        text = _cost_sentence(description)
    if text is None:
        return None, None
    free, paid = bool(_FREE.search(text)), bool(_PAID.search(text))
    if free and paid:
        return text, None
    if free:
        return text, True
    if paid:
        return text, False
    return text, None


def _cost_sentence(description: str) -> str | None:
    """The clause of a description that states the cost ("Die Teilnahme ist kostenfrei")."""
    hits = [m for m in (_FREE.search(description), _PAID.search(description)) if m]
    if not hits:
        return None
    hit = min(hits, key=lambda m: m.start())
    begin = max(description.rfind(stop, 0, hit.start()) for stop in (". ", ";", "\n")) + 1
    ends = [i for i in (description.find(stop, hit.end()) for stop in (". ", ";", "\n")) if i >= 0]
    end = min(ends) if ends else len(description)
    return description[begin:end].strip(" .") or None


_CANCELLED = lazy_re.compile(
    # („fällt leider aus!“: a word or two between the verb and its particle)
    r"abgesagt|absage\b|entfällt|entfaellt|f(?:ä|ae)llt\s+(?:[^\W\d]+\s+){0,2}?aus\b|"
    r"findet nicht statt|"
    r"eventcancelled|status:\s*cancelled|\bcancell?ed\b",
    _FLAGS,
)
_POSTPONED = lazy_re.compile(
    r"verschoben|verlegt|neuer termin|eventpostponed|eventrescheduled|\bpostponed\b|"
    r"\brescheduled\b",
    _FLAGS,
)


@lru_cache(maxsize=16384)
def classify_status(status_text: str | None, title: str) -> str:
    """cancelled / postponed from the status field or the title; else scheduled.

    The description is not read: "falls die Veranstaltung abgesagt wird" is not a cancellation.
    Whether it is past is decided from the dates, by the caller.
    """
    for text in (status_text or "", title):
        if _CANCELLED.search(text):
            return "cancelled"
        if _POSTPONED.search(text):
            return "postponed"
    return "scheduled"
