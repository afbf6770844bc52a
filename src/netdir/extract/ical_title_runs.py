"""A calendar entry's title that repeats its own days in brackets at its end.

A script's calendar of festivals writes each long run's days into its SUMMARY once more, in
figures (the zeros even typed as the letter o): „▼ —>🎨34. Kunsttage Dreieich (16.o4. -
o3.5.2o26)“, „🎵24. Dreieicher Musiktage (19.o4. - 1o.5.2o26)“; a long one is cut off before its
bracket closes („Burgfestspiele Dreieichenhain Eröffnung (24.o6. - o9.“). DTSTART and DTEND
already say those days; the bracket is no part of the name. Only a closing bracket of figures,
dots, dashes and spaces (the letter o for a zero) with at least one dot — a day written in
figures — is cut; „(Teil 2)“ or „(1-3)“ stay.
"""

from __future__ import annotations

from netdir import lazy_re

_DAYS_IN_BRACKETS = lazy_re.compile(r"\s*\((?=[^()]*\d)(?=[^()]*\.)[\doO.\s–—-]{3,40}\)?\s*$")


def without_bracketed_days(title: str) -> str | None:
    """The title without its closing bracket of days; None when it has none (or is only that)."""
    match = _DAYS_IN_BRACKETS.search(title)
    if match is None or match.start() == 0:
        return None
    return title[: match.start()].rstrip()
