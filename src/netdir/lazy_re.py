"""Regular expressions compiled when first used, not when their module is imported.

netdir's modules compile ~890 patterns at module level. Compiled at import, they cost a first run
~0.17 CPU-s before its first request (the extractors' imports: 0.27 -> 0.09 CPU-s, with their
bytecode written), on the one core the run uses until its workers are forked, and a page of one
kind uses few of them (a JSON-LD listing page, its extraction and normalization: ~100).
``compile`` returns a stand-in that compiles its pattern on its first use; from then on it holds
the compiled pattern's bound methods and values as its own attributes (and is no longer a class
with ``__getattr__``, whose every lookup would pass through a slower path).

A stand-in is no ``re.Pattern``: hand ``re.sub(pattern, ...)``-style functions and
``isinstance(..., re.Pattern)`` its ``compiled`` pattern, or keep the pattern a string.
"""

from __future__ import annotations

import re
from typing import Any, AnyStr, cast

__all__ = ["compile"]

#: What a stand-in answers from its compiled pattern once it has one.
_PATTERN_ATTRIBUTES = (
    "search",
    "match",
    "fullmatch",
    "sub",
    "subn",
    "split",
    "findall",
    "finditer",
    "scanner",
    "pattern",
    "flags",
    "groups",
    "groupindex",
)


class _Compiled:
    """A stand-in whose pattern is compiled: its attributes are the pattern's."""

    compiled: re.Pattern[Any]
    _source: tuple[str | bytes, int]

    def __reduce__(self) -> tuple[Any, tuple[str | bytes, int]]:
        return _OnFirstUse, self._source

    def __repr__(self) -> str:
        return f"lazy_re.compile({self._source[0]!r}, {self._source[1]!r})"


class _OnFirstUse(_Compiled):
    """A stand-in whose pattern is not compiled yet: its first lookup compiles it."""

    def __init__(self, pattern: str | bytes, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        # Only what the instance lacks comes here: nothing once compiled (see _compile).
        if name.startswith("__") or name == "_source":
            raise AttributeError(name)
        _compile(self)
        return getattr(self, name)


def _compile(stand_in: _OnFirstUse) -> None:
    pattern, flags = stand_in._source
    compiled: re.Pattern[Any] = re.compile(pattern, flags)
    for attribute in _PATTERN_ATTRIBUTES:
        setattr(stand_in, attribute, getattr(compiled, attribute))
    stand_in.compiled = compiled
    stand_in.__class__ = _Compiled  # type: ignore[assignment]


def compile(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, compiled when first used (see the module's docstring)."""
    return cast("re.Pattern[AnyStr]", _OnFirstUse(pattern, int(flags)))
