"""YAML reading with libyaml when PyYAML has it: the catalog and curated files parse ~8× faster
(48 KB curated.yaml: 0.13 → 0.017 CPU-s), with the same result and the same ``yaml.YAMLError``."""

from __future__ import annotations

from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """``yaml.safe_load`` through the C loader where available."""
    return yaml.load(text, Loader=_LOADER)  # a safe loader, C or Python
