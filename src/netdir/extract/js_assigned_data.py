"""A script file that only hands its data to a variable: the data, read as a JSON body is.

Sites keep their events as a script the page loads: a Munich search prototype's
``munich-december-events.js`` is ``var json = { "events": [ … ] }``, a youth church's
``events.js`` is ``var events = { recurringEvents: [ … ], oneTimeEvents: [ … ] };``; bundlers
write ``export default [ … ]``, older pages ``window.events = [ … ]``. The value is the same JSON
(or JavaScript object literal) an API would answer with, only behind a name: read as HTML it is
one text node, read as JSON the name before it fails the parse, so such a file gave nothing.
Only a body that is nothing but that one statement is taken — comments before it, a ``;`` after
it, the name first made empty („termine_array = new Array();“, a Neuss club's app) — and only
when the value then parses as data: a script that computes, calls or defines
functions is no data file and stays unread.
"""

from __future__ import annotations

import json
import re

from netdir import lazy_re
from netdir.extract.js_object_literal import json_of_js_literal
from netdir.extract.jsonld import repaired_json

# Line and block comments before the statement (a licence header, „// generated“).
_LEADING_COMMENTS = lazy_re.compile(r"(?:\s|//[^\n]*\n|/\*.*?\*/)*", re.DOTALL)
# „var events =“, „export const events =“, „window.events =“, „module.exports =“, „export
# default“: a name (or a property path) given the value that follows.
_NAME = r"[A-Za-z_$][\w$]*"
_ASSIGNMENT = lazy_re.compile(
    rf"(?:export\s+default\s+|(?:export\s+)?(?:var|let|const)\s+{_NAME}\s*=\s*"
    rf"|{_NAME}(?:\.{_NAME})*\s*=\s*)(?=[\[{{])"
)
# „termine_array = new Array();“ before „termine_array = [ … ];“: the name made empty first.
_EMPTY_FIRST = lazy_re.compile(
    rf"(?:(?:var|let|const)\s+)?{_NAME}(?:\.{_NAME})*\s*=\s*"
    r"(?:new\s+(?:Array|Object)\s*\(\s*\)|\[\s*\]|\{\s*\})\s*;?"
)
_MAX_CHARS = 4_000_000


def assigned_data(text: str) -> str | None:
    """The data literal a script body consists of (``var x = {…};``), as a text a JSON reader
    takes (JSON, or a JavaScript literal :mod:`netdir.extract.js_object_literal` spells as JSON);
    None when the body is anything else."""
    if len(text) > _MAX_CHARS:
        return None
    body = text.lstrip("\ufeff")
    start = _after_comments(body, 0)
    while (empty := _EMPTY_FIRST.match(body, start)) is not None:
        start = _after_comments(body, empty.end())
    assignment = _ASSIGNMENT.match(body, start)
    if assignment is None:
        return None
    value = body[assignment.end() :].rstrip().removesuffix(";").rstrip()
    return value if _is_data(value) else None


def _after_comments(body: str, start: int) -> int:
    """Where the text after the white space and comments at ``start`` begins."""
    comments = _LEADING_COMMENTS.match(body, start)
    return comments.end() if comments is not None else start


def _is_data(value: str) -> bool:
    """The literal parses whole: as JSON, as JSON after a hand edit's trailing commas are
    dropped, or as a JavaScript object literal spelled as JSON."""
    for candidate in (value, repaired_json(value)):
        try:
            json.loads(candidate)
        except (ValueError, RecursionError):
            continue
        return True
    spelled = json_of_js_literal(value)
    return spelled is not None
