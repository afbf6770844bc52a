"""An event page that says in the day's paragraph that its event is held online.

„Das ganze wird am <strong>7. und 8. August</strong> stattfinden. Und zwar <strong>online</strong>.“,
„Deswegen gibt es heute 19:00 eine online Q&A zu OpenBike … wählt euch … um 19:00 auf
https://bbb.ulm.dev/b/openbike ein.“: no venue line follows, and none is needed — a reader knows
where the event is: online. Only how the event itself is held counts: „Anmeldung online“, „eine
Online-Anmeldung“, „Tickets online“ say how one signs up, not where one goes.
"""

from __future__ import annotations

from netdir import lazy_re

# What a sign-up, a shop or a publication is, not an event: „eine Online-Anmeldung“.
_NO_EVENT = (
    r"anmeld|registr|ticket|formular|shop|version|ausgabe|umfrage|petition|zeitung|magazin|"
    r"bestell|buchung|plattform|präsenz|redaktion|archiv|bibliothek|spende"
)
_HELD_ONLINE = lazy_re.compile(
    # „Und zwar online.“, „rein online“, „ausschließlich online“: how it is held, said outright
    r"(?i:\b(?:und\s+zwar|ganz|rein|komplett|nur|ausschließlich)\s+online)\s*[.!]"
    # „… findet dieses Jahr online statt“
    r"|(?i:\b(?:findet|finden)\b[^.!?]{0,80}?\b(?:online|virtuell|digital)\s+statt\b)"
    # „eine online Q&A“, „ein Online-Treffen“, „unseren Online-Stammtisch“: the event named so
    rf"|(?i:\b(?:eine?[nmrs]?|unsere?[nmrs]?)\s+online)[\s-](?!(?i:{_NO_EVENT}))[A-ZÄÖÜ]"
    # „The meeting will be held online.“
    r"|(?i:\b(?:held|takes\s+place|will\s+take\s+place|will\s+be)\s+online\b)"
)


def held_online(text: str) -> bool:
    """The text says the event is held online (see the module docstring)."""
    return _HELD_ONLINE.search(text) is not None
