"""A row's title that is the rest of the sentence its day opens: „Am <strong>30.11.2019 ist von
10 - 18h unser Linux Presentation Day</strong> in der Lernoase im Freizeitheim Vahrenwald.“ The
day taken, the rest — „ist von 10 - 18h unser Linux Presentation Day in der Lernoase …“ — was
the name. Its parts are the sentence's: the verb „ist“ (or „findet … statt“'s „findet“), the
hours, the hosts' own event after „unser“ — its name —, then where it is held after its
preposition."""

from __future__ import annotations

from dataclasses import dataclass

from netdir import lazy_re

_COPULA_TITLE = lazy_re.compile(
    r"^(?:ist|sind|findet)\s+"
    r"(?:(?P<hours>(?:von|ab|um)\s+\d{1,2}(?:[:.]\d{2})?(?:\s*(?:-|–|bis)\s*\d{1,2}(?:[:.]\d{2})?)?"
    r"\s*(?:uhr|h)\b\.?)\s+)?"
    r"(?:wieder\s+|endlich\s+)?unser(?:e|en|er)?\s+"
    r"(?P<name>[A-ZÄÖÜ0-9][^.!?]*?)"
    r"(?:\s+(?:in\s+der|in\s+den|im|in|auf\s+der|auf\s+dem|beim|bei\s+der|bei)\s+"
    r"(?P<place>[A-ZÄÖÜ][^!?]*?))?"
    r"(?:\s+statt)?\s*[.!]?\s*$",
    0,
)


@dataclass(frozen=True)
class CopulaParts:
    name: str
    hours: str | None
    place: str | None


def copula_parts(title: str) -> CopulaParts | None:
    """The name, hours and place of a title „ist von 10 - 18h unser <Name> in der <Place>.“"""
    found = _COPULA_TITLE.match(title.strip())
    if found is None:
        return None
    place = found["place"].rstrip(" .") if found["place"] else None
    return CopulaParts(found["name"].strip(), found["hours"], place)
