"""A body that is a JavaScript object literal where JSON was meant: read as the JSON it spells.

A handball club's API server kept the schedule it serves as ``spielplan.json`` written with
Node's ``util.inspect`` — ``{ 'So 05.05.2019': [ [ '11:30', 'Feucht, Zeidler-Sporthalle', … ] ],
…}``: single-quoted strings, keys without quotes where they are names (``{ title: 'Konzert' }``),
long strings split as ``'…' +\n '…'``. A JSON parser refuses all of it, so the file was read as
nothing. It says the same as the JSON its server answers with; spelled again with double quotes
it is read as any JSON body is. A script's own data file is such a literal too — bare keys
with double-quoted strings (``{ datum: "25. Februar 2026", titel: "Nightwash" }``), keys in
single quotes, a comma after the last entry. Only a text that then parses is taken: ``undefined``,
``[Object]`` or a function is no data, and such a text stays unread as before.
"""

from __future__ import annotations

import json
from functools import lru_cache

from netdir import lazy_re
from netdir.extract.jsonld import repaired_json

# A key that is a bare name before its colon, after „{“ or „,“: ``{ title: …`` or ``, start: …``.
_BARE_KEY = lazy_re.compile(r"([{,]\s*)([A-Za-z_$][\w$]*)(\s*:)")
# „'…' +\n  '…'“: a plus between two strings joins them into one.
_JOINED = lazy_re.compile(r"\s*\+\s*(?=['\"])")
_QUOTE = lazy_re.compile(r"['\"]")
# A whole string literal of either quote, escapes and all, within one line.
_STRINGS = {
    "'": lazy_re.compile(r"'(?:[^'\\\n]|\\.)*'"),
    '"': lazy_re.compile(r'"(?:[^"\\\n]|\\.)*"'),
}
_MAX_CHARS = 2_000_000


# A text/plain body is asked twice — does it look like JSON (dispatch), then what does it spell
# (embedded_json) — and spelling a 2 MB literal twice doubles its cost; one body at a time.
@lru_cache(maxsize=2)
def json_of_js_literal(text: str) -> str | None:
    """``text`` spelled as JSON when it is a JavaScript object or array literal of plain data
    (single-quoted strings, bare keys) that then parses; None otherwise (already JSON, or not
    data)."""
    body = text.lstrip("\ufeff \r\n\t")
    if body[:1] not in ("{", "[") or len(body) > _MAX_CHARS:
        return None
    if "'" not in body and _BARE_KEY.search(body) is None:
        return None  # nothing to spell: JSON already, or not a literal
    spelled = _spelled_as_json(body)
    if spelled is None:
        return None
    # A hand-kept script's commas after the last key and the last entry („…,\n},\n];“) are
    # allowed in JavaScript; they are dropped as a hand-edited JSON file's are.
    for candidate in (spelled, repaired_json(spelled)):
        try:
            json.loads(candidate)
        except (ValueError, RecursionError):
            continue
        return candidate
    return None


def _spelled_as_json(text: str) -> str | None:
    """Single-quoted strings double-quoted, „'a' + 'b'“ joined and bare keys quoted, outside
    the strings; None for a string left open."""
    out: list[str] = []
    index, length = 0, len(text)
    while index < length:
        quote = _QUOTE.search(text, index)
        if quote is None:
            out.append(text[index:])
            break
        out.append(text[index : quote.start()])
        index = quote.start()
        parts: list[str] = []
        while True:
            end = _string_end(text, index)
            if end is None:
                return None
            parts.append(_double_quoted(text[index : end + 1])[1:-1])
            index = end + 1
            joined = _JOINED.match(text, index)
            if joined is None:
                break
            index = joined.end()
        out.append('"' + "".join(parts) + '"')
    return _quoted_keys("".join(out))


def _string_end(text: str, start: int) -> int | None:
    """The index of the quote that closes the string opening at ``start`` (a quoted string
    never runs over a line)."""
    found = _STRINGS[text[start]].match(text, start)
    return None if found is None else found.end() - 1


def _double_quoted(literal: str) -> str:
    """A JavaScript string literal (either quote) as a JSON string literal."""
    if literal[0] == '"':
        return literal.replace("\\'", "'")
    inner = literal[1:-1].replace("\\'", "'").replace('\\"', '"').replace('"', '\\"')
    return f'"{inner}"'


def _quoted_keys(text: str) -> str:
    """Bare keys quoted, outside strings (the strings are all double-quoted by now)."""
    pieces: list[str] = []
    start, index = 0, 0
    while index < len(text):
        if text[index] != '"':
            index += 1
            continue
        pieces.append(_BARE_KEY.sub(r'\1"\2"\3', text[start:index]))
        end = _string_end(text, index)
        end = len(text) - 1 if end is None else end
        pieces.append(text[index : end + 1])
        start = index = end + 1
    pieces.append(_BARE_KEY.sub(r'\1"\2"\3', text[start:]))
    return "".join(pieces)
