"""compact.py shrinks a page's markup and keeps everything an extractor reads."""

from __future__ import annotations

from pathlib import Path

from tests.realpages.compact import compact, compact_file


def test_indentation_and_blank_runs_go_but_every_gap_keeps_a_blank() -> None:
    page = b"<ul>\n    <li>Sa.  10.10.2026</li>\n\n\n\t\t<li>19 \t Uhr</li>   \n</ul>\n"
    assert compact(page) == b"<ul>\n<li>Sa. 10.10.2026</li>\n<li>19\tUhr</li>\n</ul>\n"


def test_a_tab_between_the_words_of_a_line_stays_one_tab() -> None:
    # „23.03.⇥18:00⇥Jahreshauptversammlung⇥Post Raisting“: a row pasted from a spreadsheet
    # keeps its columns apart by tabs, which netdir reads (extract/tab_columns.py); a tab
    # that indents a line or ends it is no separator and goes.
    page = b"<ul>\n\t<li>23.03.\t18:00\tJahreshauptversammlung \tPost  Raisting</li>\t\n</ul>"
    assert compact(page) == (
        b"<ul>\n<li>23.03.\t18:00\tJahreshauptversammlung\tPost Raisting</li>\n</ul>"
    )


def test_pre_textarea_and_scripts_keep_their_whitespace() -> None:
    pre = b"<pre>\n  10.10.  Konzert\n    19 Uhr\n</pre>"
    textarea = b"<textarea>  a\n\n   b</textarea>"
    script = b'<script>\n    var events = [{"title": "A   B"}];\n</script>'
    page = b"<div>\n    " + pre + b"\n    " + textarea + b"\n    " + script + b"\n</div>"
    assert compact(page) == b"<div>\n" + pre + b"\n" + textarea + b"\n" + script + b"\n</div>"


def test_json_ld_stays_byte_for_byte() -> None:
    jsonld = (
        b'<script type="application/ld+json">\n  {\n    "@type": "Event",\n'
        b'    "name": "Sommerfest",\n    "startDate": "2026-07-04T15:00"\n  }\n</script>'
    )
    assert jsonld in compact(b"<head>\n    " + jsonld + b"\n</head>")


def test_style_blocks_and_comments_go_but_an_origin_note_stays() -> None:
    note = b"<!-- netdir corpus: trimmed excerpt; the navigation was removed. -->"
    page = (
        b"<html><head><style>\n  .x { color: red }\n</style></head>"
        b"<body>" + note + b"<!-- Google Tag Manager --><p>Fest</p><!--[if IE]><b>x</b><![endif]-->"
        b"</body></html>"
    )
    assert compact(page) == b"<html><head></head><body>" + note + b"<p>Fest</p></body></html>"


def test_any_encoding_and_svg_icons_stay() -> None:
    page = "<li><svg viewBox='0 0 8 8'><path d='M0 0'/></svg>  Öffnung   um 9</li>".encode("cp1252")
    assert compact(
        page
    ) == "<li><svg viewBox='0 0 8 8'><path d='M0 0'/></svg> Öffnung um 9</li>".encode("cp1252")


def test_only_html_files_are_rewritten(tmp_path: Path) -> None:
    feed = tmp_path / "feed.ics"
    feed.write_bytes(b"BEGIN:VCALENDAR\r\n  DESCRIPTION:x\r\n")
    html = tmp_path / "page.html"
    html.write_bytes(b"<p>\n    x\n</p>")
    assert compact_file(feed) == (34, 34)
    assert feed.read_bytes() == b"BEGIN:VCALENDAR\r\n  DESCRIPTION:x\r\n"
    assert compact_file(html) == (14, 10)
    assert html.read_bytes() == b"<p>\nx\n</p>"
