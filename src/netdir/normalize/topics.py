"""Topic labels from the versioned taxonomy in ``data/topics.yaml``.

Keywords match case-insensitively on word boundaries, so "KI" finds "KI", "KI-Strategie" and
"Einsatz von KI", but never the "ki" in "Kiel" or "Wiki". A keyword ending in ``*`` is a prefix
("Vergabe*" → "Vergabeverfahren").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from netdir.yaml_text import safe_load

TAXONOMY_FILE = Path(__file__).resolve().parent / "data" / "topics.yaml"


@dataclass(frozen=True)
class Taxonomy:
    version: int
    patterns: dict[str, re.Pattern[str]]  # label -> one alternation of its keywords
    #: label -> its keywords as written (``*`` ends a prefix), for the one-pass search in
    #: ``topics_in``; without them every label's pattern searches the text.
    keywords: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Answers by text: titles, descriptions and tags repeat across a listing's rows and pages.
    _found: dict[str, tuple[str, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _labelled: dict[str, str | None] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _scan: list[_Scan | None] = field(default_factory=list, init=False, repr=False, compare=False)

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
            if not self._scan:
                self._scan.append(_Scan.of(self.patterns, self.keywords))
            scan = self._scan[0]
            if scan is not None:
                found = scan.labels_in(joined)
            else:
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


class _Scan:
    """Finds the labels of a text in one pass, with the same answer as searching the text with
    every label's pattern.

    Those searches (21 labels, each trying its keywords at every position of the text) cost
    ~180 µs for a listing row's title and description, a quarter of normalizing the record.
    A keyword can match only where it starts: after no word character, at a character its first
    character matches (case ignored as ``re`` ignores it). Only there is anything tried, and
    only the keywords beginning with that character, all in one pattern; where one of them
    matched, the labels they belong to are checked there (~21 µs for the same texts).
    """

    def __init__(
        self, patterns: Mapping[str, re.Pattern[str]], keywords: Mapping[str, Sequence[str]]
    ) -> None:
        self._patterns = patterns
        self._keywords = keywords
        firsts = {re.escape(keyword[0]) for words in keywords.values() for keyword in words}
        self._starts = re.compile(rf"(?<!\w)[{''.join(sorted(firsts))}]", re.IGNORECASE)
        self._at: dict[str, _AtCharacter] = {}

    @classmethod
    def of(
        cls, patterns: Mapping[str, re.Pattern[str]], keywords: Mapping[str, Sequence[str]]
    ) -> _Scan | None:
        """None when the keywords cannot stand in for the patterns (not given for every label,
        or a keyword with no first character to look for: "*")."""
        if set(keywords) != set(patterns) or not all(keywords.values()):
            return None
        if any(not keyword.removesuffix("*") for words in keywords.values() for keyword in words):
            return None
        return cls(patterns, keywords)

    def labels_in(self, text: str) -> tuple[str, ...]:
        found: set[str] = set()
        at = self._at
        for start in self._starts.finditer(text):
            position = start.start()
            character = text[position]
            candidates = at.get(character)
            if candidates is None:
                candidates = at[character] = _AtCharacter(self._patterns, self._keywords, character)
            if candidates.any_label.match(text, position):
                for label, pattern in candidates.per_label:
                    if label not in found and pattern.match(text, position):
                        found.add(label)
        return tuple(label for label in self._patterns if label in found)


class _AtCharacter:
    """What may start at one character: its keywords, all in one pattern, and the labels they
    belong to (checked with the label's own pattern where that one matched: rarely)."""

    def __init__(
        self,
        patterns: Mapping[str, re.Pattern[str]],
        keywords: Mapping[str, Sequence[str]],
        character: str,
    ) -> None:
        starting = {
            label: [word for word in words if _first_matches(word, character)]
            for label, words in keywords.items()
        }
        self.per_label = [(label, patterns[label]) for label, words in starting.items() if words]
        self.any_label = _compile([word for words in starting.values() for word in words])


def _first_matches(keyword: str, character: str) -> bool:
    return re.fullmatch(re.escape(keyword[0]), character, re.IGNORECASE) is not None


def _keyword_pattern(keyword: str) -> str:
    if keyword.endswith("*"):
        return re.escape(keyword[:-1]) + r"[\w-]*"
    return re.escape(keyword)


def _compile(keywords: Sequence[str]) -> re.Pattern[str]:
    if not keywords:
        return re.compile(r"(?!)")  # matches nowhere
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
    keywords = {
        str(label): tuple(str(k) for k in [*entry.get("keywords", []), label])
        for label, entry in data["topics"].items()
    }
    patterns = {label: _compile(words) for label, words in keywords.items()}
    return Taxonomy(version=int(data["version"]), patterns=patterns, keywords=keywords)


@lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    return read_taxonomy(TAXONOMY_FILE)
