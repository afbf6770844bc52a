"""Markup an inline script writes into the page from its array of entries (script_markup)."""

from __future__ import annotations

from netdir.extract.script_markup import entry_markup, with_script_markup

_MONTHS = (
    '<div id="grid"></div><script>var M = [{"label": "<span>Oktober</span> 2026", "body": '
    '"<div class=\\"fx\\">11 Okt 21:00 Uhr vs HC Skulls</div>"}, {"label": "<span>November'
    '</span> 2026", "body": "<div class=\\"fx\\">1 Nov 21:00 Uhr vs HC Zone</div>"}];'
    "document.getElementById('grid').innerHTML = M[0].body;</script><p>after</p>"
)


def test_the_entries_go_in_after_the_script_that_writes_them() -> None:
    html = with_script_markup(_MONTHS)
    script_end = html.index("</script>") + len("</script>")
    inserted = html[script_end : html.index("<p>after</p>")]
    assert inserted.startswith('<div data-netdir-from="script">')
    assert '<div><span>Oktober</span> 2026 <div class="fx">11 Okt 21:00 Uhr' in inserted
    assert "vs HC Zone" in inserted


def test_a_script_that_writes_no_markup_or_a_single_entry_leaves_the_page_alone() -> None:
    no_writer = _MONTHS.replace(".innerHTML = M[0].body", ".textContent = ''")
    assert with_script_markup(no_writer) == no_writer
    assert entry_markup(["<b>one</b>", "plain text"]) is None  # one entry with markup: a template
    assert entry_markup([{"a": 1}, {"b": 2}]) is None


def test_arrays_that_are_not_json_are_skipped() -> None:
    page = "<script>var X = [a, b]; el.innerHTML = X[0];</script>"
    assert with_script_markup(page) == page
