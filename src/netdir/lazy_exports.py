"""A package's public names imported on first use (PEP 562 module ``__getattr__``)."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_exports(
    package: str, namespace: dict[str, Any], table: Mapping[str, str]
) -> Callable[[str], Any]:
    """The module ``__getattr__`` for ``package``: ``table`` maps a public name to the module that
    defines it. The first access imports that module and caches the value in ``namespace`` (the
    package's ``globals()``), so later accesses never come back here."""

    def load(name: str) -> Any:
        if name not in table:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(table[name]), name)
        namespace[name] = value
        return value

    return load
