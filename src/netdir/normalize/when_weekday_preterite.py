"""A weak verb's past right beside the weekday it tells of: that weekday has passed.

A newspaper's Monday report of a weekend's Maultaschen sale says „Am Sonntag wartete eine lange
Menschenschlange auf den Beginn des Verkaufs“; a Thursday's news item „Unser Mitarbeiter … glänzte
am Samstag gegen den SG EK Karlsruhe“. No verb of when_grammar.PAST_TENSE is there, so the weekday
was read as the coming one. The past is told by a verb in -te standing right after a fronted
„Am <weekday>“ (the verb's second place) or right before „am <weekday>“: a present singular never
ends in -te („wartet“, „glänzt“), and the ordinals and adjectives that do („die nächste am
Samstag“, „Am Sonntag erste Runde“) are left out.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, WEEKDAY_FULL_ALT

_BESIDE = lazy_re.compile(
    r"(?-i:\bAm)\s+(?:" + WEEKDAY_FULL_ALT + r")(?:vor|nach)?(?:mittag|abend|morgen)?"
    r",?\s+(?P<after>[a-zäöüß]{2,}te)\b(?!\s*[,:])"
    r"|\b(?P<before>[a-zäöüß]{2,}te)\s+am\s+(?:" + WEEKDAY_FULL_ALT + r")\b"
    # "Von Freitag bis Sonntag begleitete Trainerin Dajana 18 … Mädchen" (round 233): the verb
    # right after a fronted run of weekdays
    r"|(?-i:\bVon)\s+(?:" + WEEKDAY_FULL_ALT + r")\s+bis\s+(?:" + WEEKDAY_FULL_ALT + r")"
    r",?\s+(?P<span>[a-zäöüß]{2,}te)\b(?!\s*[,:])",
    FLAGS,
)
# words in -te that are no verb's past: ordinals, superlatives and adjectives before a noun
_NOT_VERBS = lazy_re.compile(
    r"(?:erste|zweite|dritte|vierte|fünfte|sechste|siebte|achte|neunte|zehnte|[a-zäöüß]+zigste"
    r"|nächste|letzte|beste|meiste|größte|schönste|späte|weitere|gute|große|kleine|alte|neue"
    r"|mitte|rente|saite|seite|karte|sorte|torte|quote|route|beute|leute|haute|flöte"
    r"|fete)",
    FLAGS,
)


def told_beside_weekday(text: str) -> bool:
    """Whether ``text`` tells its weekday in the past by a weak verb in -te right beside it
    („Am Sonntag wartete …“, „glänzte am Samstag …“, „Von Freitag bis Sonntag begleitete …“)."""
    for match in _BESIDE.finditer(text):
        verb = match["after"] or match["before"] or match["span"]
        if _NOT_VERBS.fullmatch(verb) is None:
            return True
    return False
