"""Event objects whose keys another naming convention spelled: .NET's PascalCase.

A site's workflow written in C# serializes its events as the classes name their properties
(``{"Title": …, "Start": "2025-01-07T18:30:00+01:00", "VenueName": …}``, the Toulouse tech
agenda); the readers look for ``title`` and ``start``. A key that differs from one the reader
knows only in case is read as that key — unless the object has the known spelling too.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def spellings(*key_lists: Iterable[str]) -> dict[str, str]:
    """The known keys by their case-folded form."""
    return {key.casefold(): key for keys in key_lists for key in keys}


def with_known_keys(node: dict[str, Any], known: dict[str, str]) -> dict[str, Any]:
    """``node`` with each key that is a known key in another case also under the known one."""
    renamed: dict[str, Any] = {}
    for key, value in node.items():
        spelling = known.get(key.casefold()) if isinstance(key, str) else None
        if spelling is not None and spelling != key and spelling not in node:
            renamed[spelling] = value
    return {**node, **renamed} if renamed else node
