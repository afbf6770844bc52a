"""Markup that a page's own script writes into it, read as part of the page.

A club's fixtures page keeps its months in an inline script — ``var CAL_MONTHS = [{"label":
"<span>Oktober</span> 2026", "body": "<div class=\\"fx\\">…11<small>Okt</small>…</div>"}, …]``
— and a month switcher sets ``innerHTML`` from it: a reader sees each month's matches, the
saved page holds them only as strings. When an inline script that writes ``innerHTML`` assigns
a JSON array whose entries carry markup, that markup is the page's content: each entry (its
markup strings in order, a label before its body) is put into the page right after the script,
one box per entry, where the listing detector reads it like any other part of the page.
"""

from __future__ import annotations

import json
import re
from typing import Any

from netdir import lazy_re

# An inline script (no ``src``); its body up to the closing tag.
_INLINE_SCRIPT = lazy_re.compile(
    r"<script\b(?![^>]*\bsrc\s*=)[^>]*>(?P<body>.*?)</script\s*>", re.IGNORECASE | re.DOTALL
)
# The script puts markup into the page.
_WRITES_MARKUP = lazy_re.compile(r"\.(?:innerHTML\s*=(?!=)|insertAdjacentHTML\s*\()")
# Where a literal array starts: ``var MONTHS = [``, ``MONTHS: [``.
_ARRAY_START = lazy_re.compile(r"[=:]\s*(?=\[)")
# A string that holds an element.
_MARKUP = lazy_re.compile(r"<[a-zA-Z][\w-]*[\s>/]")
# At least this many entries with markup make a list of content (not a template or two).
MIN_ENTRIES = 2
_DECODER = json.JSONDecoder()


def with_script_markup(html: str) -> str:
    """``html`` with the markup of script-written entry arrays put in after their scripts."""
    if "innerHTML" not in html and "insertAdjacentHTML" not in html:
        return html
    parts: list[str] = []
    last = 0
    for script in _INLINE_SCRIPT.finditer(html):
        body = script["body"]
        if not _WRITES_MARKUP.search(body):
            continue
        boxes = [box for array in _arrays(body) for box in [entry_markup(array)] if box]
        if not boxes:
            continue
        parts.append(html[last : script.end()])
        parts.extend(boxes)
        last = script.end()
    if not parts:
        return html
    parts.append(html[last:])
    return "".join(parts)


def _arrays(script: str) -> list[list[Any]]:
    """The JSON arrays the script assigns (ones that are not JSON are skipped)."""
    arrays: list[list[Any]] = []
    position = 0
    while (start := _ARRAY_START.search(script, position)) is not None:
        try:
            value, end = _DECODER.raw_decode(script, start.end())
        except ValueError:
            position = start.end()
            continue
        if isinstance(value, list):
            arrays.append(value)
        position = end
    return arrays


def entry_markup(entries: list[Any]) -> str | None:
    """One ``<div>`` per entry that carries markup, in a box marked as written by the script;
    None when fewer than ``MIN_ENTRIES`` entries carry any."""
    boxes = []
    for entry in entries:
        strings = _strings(entry)
        if any(_MARKUP.search(text) for text in strings):
            boxes.append("<div>" + " ".join(strings) + "</div>")
    if len(boxes) < MIN_ENTRIES:
        return None
    return '<div data-netdir-from="script">' + "".join(boxes) + "</div>"


def _strings(entry: Any) -> list[str]:
    """An entry's text values in order: the entry itself, or the string values of its keys."""
    if isinstance(entry, str):
        return [entry]
    if isinstance(entry, dict):
        return [value for value in entry.values() if isinstance(value, str) and value.strip()]
    return []
