"""``Taxonomy.topics_in`` finds what searching with every label's pattern finds (its one-pass
scan must not change a record's topics)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from netdir.normalize.topics import TAXONOMY_FILE, Taxonomy, read_taxonomy

REALPAGES = Path(__file__).resolve().parents[1] / "realpages" / "pages"

TRICKY = [
    "KI-Strategie und Kiel, Wiki, KI",
    "Datenschutz-Tag: Daten, Datenräume und Open-Source-Werkstatt",
    "ÖFFENTLICHE AUFTRAGSVERGABE; öffentliche Auftragsvergabe",
    "Vergabeverfahren-Praxis (Vergabe) – Register-Abgleich",
    "\u212ai-Tag",  # KELVIN SIGN: re matches it to "k" when case is ignored
    "ki\n\nai",
    "OZG 2.0 / OZG-Umsetzung / OZG2.0",
    "Smart Cities & Smart City: Stadtentwicklung",
    "Führungskräfteentwicklung, FÜHRUNG, führung",
    "datenschutzdaten data-driven _KI KI_ 3KI",
    "",
    "Innovationslabor-innovativ-Agilität",
]


def _by_label(taxonomy: Taxonomy, text: str) -> list[str]:
    return [label for label, pattern in taxonomy.patterns.items() if pattern.search(text)]


def _corpus_texts(enough: int = 1200) -> list[str]:
    """60-word pieces of the corpus pages, in file order, until there are ``enough`` (a fixed
    number of pages gave fewer pieces whenever small pages were added early in the order)."""
    texts: list[str] = []
    for path in sorted(REALPAGES.glob("*.html")):
        if len(texts) >= enough:
            break
        text = re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8", errors="replace"))
        words = text.split()
        texts.extend(" ".join(words[i : i + 60]) for i in range(0, len(words), 60))
    return texts


def test_one_pass_finds_what_every_labels_search_finds() -> None:
    taxonomy = read_taxonomy(TAXONOMY_FILE)
    texts = [*TRICKY, *_corpus_texts()]
    assert len(texts) > 1000
    tagged = 0
    for text in texts:
        expected = _by_label(taxonomy, text)
        assert taxonomy.topics_in([text]) == expected, text
        tagged += bool(expected)
    assert tagged > 50  # the corpus texts do name topics


@pytest.mark.parametrize("keywords", [["Daten", "*"], ["Daten", ""]])
def test_a_keyword_without_a_first_character_is_searched_per_label(
    tmp_path: Path, keywords: list[str]
) -> None:
    listed = ", ".join(f'"{word}"' for word in keywords)
    path = tmp_path / "topics.yaml"
    path.write_text(f"version: 1\ntopics:\n  Daten:\n    keywords: [{listed}]\n", encoding="utf-8")
    taxonomy = read_taxonomy(path)
    for text in ("Daten", "x", "Datenraum", "ein Datenraum"):
        assert taxonomy.topics_in([text]) == _by_label(taxonomy, text)
