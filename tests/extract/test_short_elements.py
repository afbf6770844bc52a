"""``short_elements.texts_within``: the short elements of a list, as asking each for its text
finds them, without building the text of the containers around a long one."""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract.short_elements import texts_within
from netdir.extract.weekday_month import weekday_days

PAGES = Path(__file__).parents[1] / "realpages" / "pages"


def _asking_each(elements: list, most: int) -> list[tuple[int, str]]:
    return [
        (element.mem_id, text)
        for element in elements
        if len(text := element.text(strip=True)) <= most
    ]


def test_the_short_elements_of_a_nested_snippet_in_their_order() -> None:
    tree = LexborHTMLParser(
        "<div id=outer><p>Mi 22.</p><section><span>Do 23.</span><b>Ein längerer Absatz, der "
        "keine Marke ist</b></section><i>\u00a0Fr 24.\u2003</i></div>"
    )
    elements = list(tree.body.traverse(include_text=False))
    found = [(element.tag, text) for element, text in texts_within(elements, 16)]
    assert found == [("p", "Mi 22."), ("span", "Do 23."), ("i", "Fr 24.")]


@pytest.mark.parametrize(
    "page",
    ["wp-bernaulive-veranstaltungstipps-2023.html", "static-schlosseicks-veranstaltungen.html"],
)
@pytest.mark.parametrize("most", [0, 16, 60, 400])
def test_a_real_page_gives_what_asking_every_element_gives(page: str, most: int) -> None:
    tree = LexborHTMLParser((PAGES / page).read_bytes())
    elements = list(tree.root.traverse(include_text=False))
    found = [(element.mem_id, text) for element, text in texts_within(elements, most)]
    assert found == _asking_each(elements, most)
    assert found  # the page has short elements at every bound, empty ones among them


def test_a_month_grids_weekday_badges_are_found_inside_a_large_page() -> None:
    # (a badge deep inside thousands of long containers: the pruning keeps it)
    filler = "<div>" * 300 + "<p>" + "Text ohne Tag. " * 200 + "</p>" + "</div>" * 300
    tree = LexborHTMLParser(f"<main>{filler}<ul><li>Mi 22.</li><li>Do 23.</li></ul>{filler}</main>")
    assert weekday_days(list(tree.body.traverse(include_text=False))) == {(2, 22), (3, 23)}
