"""A text an API writes once per language: ``{"de": "Sommerfest", "en": "Summer party"}``.

pretix's REST API gives an event's ``"name"`` and ``"location"`` as such „multi-lingual strings“
(``"name": {"de": "LaPfiLa Anmeldung - Stamm Test"}``, locales such as ``"de-informal"``), and
so do other shop and booking APIs. The object is one text in several languages, not a venue
or a title object: its German text is read, else its English one, else the first it holds.
Every key must be a language code, so that ``{"id": …, "url": …}`` never reads as one.
"""

from __future__ import annotations

from netdir import lazy_re

# The languages' own codes (ISO 639-1) an API's locales start with; "id" (Indonesian) is left
# out: as a key it is nearly always an identifier.
_LANGUAGES = frozenset(("ar", "bg", "cs", "da", "de", "el", "en", "es", "et", "fa", "fi", "fr", "he", "hr", "hu", "it", "ja", "ko", "lt", "lv", "nb", "nl", "nn", "no", "pl", "pt", "ro", "ru", "sk", "sl", "sr", "sv", "tr", "uk", "zh"))  # fmt: skip
# A locale: the language, then a region or a variant („de-informal“, „pt_BR“, „zh-Hans“).
_LOCALE = lazy_re.compile(r"^([a-z]{2})(?:[-_][A-Za-z0-9]{2,8})*$")
_PREFERRED = ("de", "en")


def language_code(key: object) -> str | None:
    """The language a key names as a code or locale („fr“, „de-informal“, „pt_BR“), or None."""
    match = _LOCALE.match(key) if isinstance(key, str) else None
    if match is None or match.group(1) not in _LANGUAGES:
        return None
    return match.group(1)


def language_text(value: object) -> str | None:
    """The text of an object of per-language texts (German first, then English, then the
    first one given), or None when ``value`` is not such an object."""
    if not isinstance(value, dict) or not value:
        return None
    texts: dict[str, str] = {}
    for key, text in value.items():
        match = _LOCALE.match(key) if isinstance(key, str) else None
        if match is None or match.group(1) not in _LANGUAGES:
            return None
        if text is not None and not isinstance(text, str):
            return None
        if text and text.strip():
            texts.setdefault(match.group(1), text)
    for language in _PREFERRED:
        if language in texts:
            return texts[language]
    return next(iter(texts.values()), None)
