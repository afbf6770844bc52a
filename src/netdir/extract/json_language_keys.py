"""A field an export writes once per language, each under a key of its own.

Hong Kong's Leisure and Cultural Services Department publishes its cultural programmes as XML
whose every text stands twice: ``<titlec>`` and ``<titlee>`` (Chinese, English),
``<predateC>`` and ``<predateE>``; other bilingual exports write ``title_de`` beside
``title_en`` or ``titleDe`` beside ``titleEn``. The readers look for ``title`` and a date key,
so such an event has neither. A key is read as its field in one language when the object has
the same field in another language too — the pair is what shows that the ending names a
language and is no part of the word (``code`` is no ``cod`` in English). The field then stands
under its bare name with the German text, else the English one, else the first non-empty text
the object gives (netdir's readers are German first, as in :mod:`netdir.extract.json_languages`).
"""

from __future__ import annotations

from typing import Any

from netdir import lazy_re
from netdir.extract.json_languages import language_code

# A language code after a separator or as the capitalised last word („title_en“, „titleDe“).
_CODE_ENDING = lazy_re.compile(
    r"^(?P<field>[A-Za-z][A-Za-z_]*?)(?:[_-](?P<code>[a-z]{2})|(?P<camel>[A-Z][a-z]))$"
)
# One letter for a language, as bilingual government exports write it: English, Chinese
# („c“, Hong Kong's and Macao's data), German („d“), French („f“).
_LETTERS = {"e": "en", "c": "zh", "d": "de", "f": "fr"}
# Traditional and simplified Chinese, as Hong Kong's and Taiwan's data name them.
_CHINESE = frozenset(("tc", "sc"))
_PREFERRED = ("de", "en")
_MIN_FIELD = 3  # „title“, „name“, „date“: a shorter stem is no field name


def with_language_keys(node: dict[str, Any]) -> dict[str, Any]:
    """``node`` with each field it writes in two or more languages also under the field's bare
    name (the chosen language's text), or ``node`` itself when it writes none so."""
    by_field: dict[str, dict[str, Any]] = {}
    for key, value in node.items():
        if not isinstance(key, str) or not isinstance(value, str) or not value.strip():
            continue
        split = _field_and_language(key)
        if split is not None:
            by_field.setdefault(split[0], {}).setdefault(split[1], value)
    added: dict[str, Any] = {}
    for field, texts in by_field.items():
        if len(texts) < 2 or field in node:
            continue
        language = next((code for code in _PREFERRED if code in texts), None)
        added[field] = texts[language] if language is not None else next(iter(texts.values()))
    return {**node, **added} if added else node


def _field_and_language(key: str) -> tuple[str, str] | None:
    """The field and the language a key names („titlee“ → title, en; „title_de“ → title, de)."""
    match = _CODE_ENDING.match(key)
    if match is not None:
        code = (match["code"] or match["camel"]).lower()
        language = "zh" if code in _CHINESE else language_code(code)
        if language is not None and len(match["field"].rstrip("_")) >= _MIN_FIELD:
            return match["field"].rstrip("_"), language
    letter = key[-1:].lower()
    if letter in _LETTERS and len(key) > _MIN_FIELD and key[-2:-1].isalpha():
        return key[:-1], _LETTERS[letter]
    return None
