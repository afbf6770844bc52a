"""German weekday names with two neighbouring letters swapped, read as spelt: „Freitgas · 18:00
Uhr - 19 Uhr“ on a scout group's card is „Freitags“. Only a capitalised word that is a weekday
name (or its adverb with „s“) with one such swap after its first letter is mended; no German word
has that shape, so no other text changes (as ``when_clean`` mends month names: „2. Okotber“)."""

from __future__ import annotations

from netdir import lazy_re

_NAMES = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")


def _typos() -> dict[str, str]:
    """Each name and its adverb („Freitags“) with two neighbouring letters after the first
    swapped, to its spelling."""
    spelt = {form for name in _NAMES for form in (name, name + "s")}
    typos: dict[str, str] = {}
    for form in sorted(spelt):
        for i in range(1, len(form) - 1):
            swapped = form[:i] + form[i + 1] + form[i] + form[i + 2 :]
            if swapped not in spelt:
                typos.setdefault(swapped, form)
    return typos


_TYPOS = _typos()
_TYPO = lazy_re.compile(r"\b(?:" + "|".join(sorted(_TYPOS, key=len, reverse=True)) + r")\b")
_GATE = ("ag", "ga", "ta", "gs", "sg")  # every swapped name keeps one of these pairs


def weekday_typos_mended(text: str) -> str:
    """``text`` with weekday names whose two neighbouring letters were swapped spelt right."""
    if not any(piece in text for piece in _GATE):
        return text
    return _TYPO.sub(lambda found: _TYPOS[found[0]], text)
