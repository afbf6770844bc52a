"""The telling words of a compound class or id name, without the words any container carries.

Site builders name a menu ``main_nav_list`` in ``main_nav_container`` with ``main_nav_item``
links: "nav" is neither the name's first nor its last word, so the first/last-word rule of
``listing_groups._is_furniture_name`` misses it, and a site-wide left menu whose links carry a
few dates ("BGZ Sommerfest am 23. Juni") is read as the page's listing. Dropping the words
that only say where or how an element sits (main, list, container, item, …) leaves the words
that say what it is.
"""

from __future__ import annotations

# Words that say nothing about what a block is: its rank, its shape, its wrapping.
_STRUCTURAL_WORDS = frozenset(
    {
        "main", "top", "left", "right", "list", "lists", "container", "wrapper", "wrap",
        "item", "items", "inner", "outer", "box", "area", "holder", "active",
    }
)  # fmt: skip


def telling_words(words: list[str]) -> list[str]:
    """``words`` (lower-cased) without the structural ones: ``main nav list`` → ``nav``."""
    return [word for word in words if word not in _STRUCTURAL_WORDS]
