"""Topic labels from the versioned taxonomy in ``data/topics.yaml``.

Keywords match case-insensitively on word boundaries, so "KI" finds "KI", "KI-Strategie" and
"Einsatz von KI", but never the "ki" in "Kiel" or "Wiki". A keyword ending in ``*`` is a prefix
("Vergabe*" → "Vergabeverfahren").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from netdir.yaml_text import safe_load

TAXONOMY_FILE = Path(__file__).resolve().parent / "data" / "topics.yaml"


@dataclass(frozen=True)
class Taxonomy:
    version: int
    patterns: dict[str, re.Pattern[str]]  # label -> one alternation of its keywords
    # Answers by text: titles, descriptions and tags repeat across a listing's rows and pages,
    # and each text costs one search per label (21).
    _found: dict[str, tuple[str, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _labelled: dict[str, str | None] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @property
    def labels(self) -> list[str]:
        return list(self.patterns)

    def topics_in(self, texts: Iterable[str | None]) -> list[str]:
        """The labels whose keywords occur in any of the texts, in taxonomy order."""
        joined = "\n".join(text for text in texts if text)
        if not joined:
            return []
        found = self._found.get(joined)
        if found is None:
            found = tuple(
                label for label, pattern in self.patterns.items() if pattern.search(joined)
            )
            if len(self._found) >= _CACHED_TEXTS:
                self._found.clear()
            self._found[joined] = found
        return list(found)

    def label_for(self, tag: str) -> str | None:
        """A source's own topic tag mapped to a label ("Künstliche Intelligenz" → "KI")."""
        if tag in self._labelled:
            return self._labelled[tag]
        found = next(
            (
                label
                for label, pattern in self.patterns.items()
                if tag.strip().casefold() == label.casefold() or pattern.search(tag)
            ),
            None,
        )
        if len(self._labelled) >= _CACHED_TEXTS:
            self._labelled.clear()
        self._labelled[tag] = found
        return found


_CACHED_TEXTS = 16384


def _keyword_pattern(keyword: str) -> str:
    if keyword.endswith("*"):
        return re.escape(keyword[:-1]) + r"[\w-]*"
    return re.escape(keyword)


def _compile(keywords: list[str]) -> re.Pattern[str]:
    ordered = sorted((str(k) for k in keywords), key=len, reverse=True)
    alternation = "|".join(_keyword_pattern(k) for k in ordered)
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)


def read_taxonomy(path: Path) -> Taxonomy:
    data = safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or "version" not in data or "topics" not in data:
        raise ValueError(
            f"{path}: expected a mapping with 'version' and 'topics', found {type(data).__name__}"
            " → see the header comment of data/topics.yaml for the format"
        )
    patterns = {
        str(label): _compile([*entry.get("keywords", []), label])
        for label, entry in data["topics"].items()
    }
    return Taxonomy(version=int(data["version"]), patterns=patterns)


@lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    return read_taxonomy(TAXONOMY_FILE)
