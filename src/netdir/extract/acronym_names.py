"""A site named in its document title only by an acronym, spelt out where the page says it.

A user group's page titled „PyStaDa“ says „die Webseite des Python Stammtisch Darmstadt“: its
bare meeting days („Nächste Treffen“ over „Donnerstag, 6. September 2018 um 19:00 Uhr“) are the
group's meetings, and the group's name a reader takes from the page is the spelt-out one — the
acronym is the syllables „Py“, „Sta“, „Da“ opening those three words. So when the title's name
is one camel-case or capital-letter acronym and consecutive words of the page open with its
parts in turn, those words name the site.

A repair café's document title „Repaircafé Bochum“ runs together what its banner link writes
apart, „Repair Café Bochum“: the name a reader takes from the page is the one the page shows, so
a title's name whose letters, without the spaces, are those of a few consecutive words of the
page's text written apart is named as the page writes it (``spelt_apart``).
"""

from __future__ import annotations

from netdir import lazy_re

# „PyStaDa“, „KuKuCk“: capitalised syllables run together (two or more); „LUGT“, „CCCS“: three
# or more capitals. A plain word („Termine“) or a name with spaces is no acronym.
_CAMEL = lazy_re.compile(r"(?:[A-ZÄÖÜ][a-zäöü]{0,3}){2,6}")
_CAPITALS = lazy_re.compile(r"[A-ZÄÖÜ]{3,6}")
_PART = lazy_re.compile(r"[A-ZÄÖÜ][a-zäöü]*")
_WORD = lazy_re.compile(r"[^\W\d_][\w-]*")
_TEXT_CHARS = 20_000  # the page's opening text, where a site states its own name


def spelt_out(name: str | None, page_text: str) -> str | None:
    """The words of ``page_text`` that spell out the acronym ``name`` („Python Stammtisch
    Darmstadt“ for „PyStaDa“); ``name`` itself when it is no acronym or the page never spells
    it out."""
    if not name:
        return name
    parts = _parts(name.strip())
    if parts is None:
        return name
    # Single letters match by chance: a capital-letter acronym needs capitalised words.
    capitalised = all(len(part) == 1 for part in parts)
    words = _WORD.findall(page_text[:_TEXT_CHARS])
    width = len(parts)
    for start in range(len(words) - width + 1):
        window = words[start : start + width]
        if capitalised and not all(word[0].isupper() for word in window):
            continue
        if all(_spells(word, part) for word, part in zip(window, parts, strict=True)):
            # Each of the acronym's parts is capitalised: so is its word (a tagline set in
            # lower case, „die webseite des python stammtisch darmstadt“, says the same name).
            return " ".join(word[0].upper() + word[1:] for word in window)
    return name


def _parts(name: str) -> list[str] | None:
    """The acronym's parts („Py“, „Sta“, „Da“; „L“, „U“, „G“, „T“), None for a plain name."""
    if _CAMEL.fullmatch(name) and sum(ch.isupper() for ch in name) >= 2 and not name.isupper():
        return [part.casefold() for part in _PART.findall(name)]
    if _CAPITALS.fullmatch(name):
        return [ch.casefold() for ch in name]
    return None


def _spells(word: str, part: str) -> bool:
    """A word spells its part when it opens with it and says more (the acronym's own word —
    „PyStaDa“ in the page's text — spells nothing)."""
    folded = word.casefold()
    return folded.startswith(part) and len(folded) > len(part)


_MORE_WORDS = 2  # „Repaircafé“ → „Repair Café“: a word or two more than the title's name


def spelt_apart(name: str | None, page_text: str) -> str | None:
    """The words of ``page_text`` that write ``name`` apart („Repair Café Bochum“ for
    „Repaircafé Bochum“); ``name`` itself when the page never does."""
    if not name:
        return name
    key = _letters(name)
    width = len(name.split())
    if len(key) < 6:  # (a short name's letters recur by chance)
        return name
    words = _WORD.findall(page_text[:_TEXT_CHARS])
    for extra in range(1, _MORE_WORDS + 1):
        size = width + extra
        for start in range(len(words) - size + 1):
            window = words[start : start + size]
            if window[0][:1].isupper() and _letters(" ".join(window)) == key:
                return " ".join(window)
    return name


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalpha())
