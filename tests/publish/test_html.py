"""index.html as a file: self-contained, data embedded safely, script pinned by the CSP."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import pytest

from tests.publish.conftest import XSS_TITLE

DATA_BLOCK = re.compile(
    r'<script type="application/json" id="netdir-data">(.*?)</script>', re.DOTALL
)


def test_embedded_data_cannot_close_its_script_block(published_dir: Path) -> None:
    page = (published_dir / "index.html").read_text("utf-8")
    [data] = DATA_BLOCK.findall(page)

    assert "<" not in data and ">" not in data and "&" not in data
    document = json.loads(data)  # the escapes are plain JSON: the data comes back unchanged
    titles = {o["id"]: o["title"] for o in document["offerings"]}
    assert titles["xss"] == XSS_TITLE
    overview = json.loads((published_dir / "overview.json").read_text("utf-8"))
    assert document["offerings"] == overview["offerings"]


def test_page_loads_nothing_from_elsewhere_and_pins_its_one_script(published_dir: Path) -> None:
    page = (published_dir / "index.html").read_text("utf-8")

    assert not re.search(r'<(script|link|img)[^>]+(src|href)="(https?:)?//', page)
    scripts = re.findall(r"<script>(.*?)</script>", page, re.DOTALL)
    assert len(scripts) == 1
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode("utf-8")).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in page
    assert "innerHTML" not in scripts[0]
    assert 'lang="de"' in page and "Bundesland" in page


def test_page_shows_what_is_new_its_sources_by_name_and_the_legal_links(
    tmp_path: Path,
) -> None:
    from datetime import UTC, datetime

    from netdir.publish import DatasetMetadata, publish
    from tests.publish.conftest import SAMPLE_ROWS, TODAY

    first, *rest = SAMPLE_ROWS
    publish(rest, tmp_path, formats=["json", "html"], today=TODAY)
    page = (tmp_path / "index.html").read_text("utf-8")
    assert "Neu seit dem letzten Lauf" not in page  # a first publish: nothing to compare

    meta = DatasetMetadata(
        impressum_url="https://amt.example.de/impressum",
        accessibility_url="https://amt.example.de/barrierefreiheit",
    )
    publish(
        SAMPLE_ROWS,
        tmp_path,
        formats=["json", "html"],
        today=TODAY,
        generated_at=datetime(2026, 11, 28, 6, 0, tzinfo=UTC),
        metadata=meta,
        source_names={"itplr": "IT-Planungsrat Geschäftsstelle"},
    )
    page = (tmp_path / "index.html").read_text("utf-8")
    new_section = page.split('id="neu"', 1)[1].split("</section>", 1)[0]
    assert "Neu seit dem letzten Lauf (1)" in new_section and first["title"] in new_section
    assert '<a href="https://amt.example.de/impressum"' in page
    assert ">Barrierefreiheitserklärung</a>" in page
    noscript = page.split("<noscript>", 1)[1].split("</noscript>", 1)[0]
    assert "Quelle: IT-Planungsrat Geschäftsstelle" in noscript
    assert '<time datetime="2027-05-04T09:30:00+02:00">04.05.2027, 09:30 Uhr</time>' in noscript
    assert "IT-Planungsrat Geschäftsstelle" in page.split('id="netdir-page">', 1)[1]
    assert "<script>alert" not in noscript and "&lt;script&gt;alert(1)" in noscript


def test_the_page_written_in_parts_is_the_page_and_its_facts_are_the_files(
    published_dir: Path,
) -> None:
    """index.html is written part by part (no joined copy of the data); the file is the page
    index_html_bytes makes, and the metadata's size and hash are those of the file."""
    from netdir.publish.html_export import PageContext, index_html_bytes, index_html_stream
    from netdir.publish.metadata import FileFacts

    overview = json.loads((published_dir / "overview.json").read_text("utf-8"))
    context = PageContext(source_names={"src": "Quelle mit <Sonderzeichen> & mehr"})
    parts = list(index_html_stream(overview, context))
    page = index_html_bytes(overview, context)
    assert len(parts) > 1 and b"".join(parts) == page
    assert FileFacts.of("index.html", parts) == FileFacts.of("index.html", page)
    package = json.loads((published_dir / "datapackage.json").read_text("utf-8"))
    written = (published_dir / "index.html").read_bytes()
    [described] = [r for r in package["resources"] if r["path"] == "index.html"]
    assert described["bytes"] == len(written)
    assert described["hash"].removeprefix("sha256:") == hashlib.sha256(written).hexdigest()


def test_the_data_block_made_in_pieces_is_the_data_block_dumped_whole() -> None:
    """The page's data is made a slice of offerings at a time (publish's memory peak was the
    whole dump and its escaped copies); joined, the pieces are that dump, byte for byte: also
    across slices, with characters a <script> block must escape, and with a float only the
    standard library writes exactly (that row's encoder differs, its bytes must not)."""
    from netdir.publish.html_export import (
        DATA_ITEMS_PER_PIECE,
        embedded_json_bytes,
        embedded_json_pieces,
    )

    offerings = [
        {
            "id": f"o-{i}",
            "title": f"Fachtag <{i}> & \u2028 Ärger – Teil {i}",
            "confidence": 1e-7 if i == DATA_ITEMS_PER_PIECE + 3 else 0.5,
            "sources": [{"source_id": "src", "url": f"https://example.org/{i}?a=1&b=2"}],
        }
        for i in range(2 * DATA_ITEMS_PER_PIECE + 5)
    ]
    document = {"generated_at": "2026-11-30T08:00:00Z", "count": 1, "offerings": offerings}

    pieces = list(embedded_json_pieces(document))

    assert len(pieces) > 3
    assert b"".join(pieces) == embedded_json_bytes(document)
    assert b"".join(embedded_json_pieces({"offerings": []})) == embedded_json_bytes(
        {"offerings": []}
    )
    assert b"<" not in b"".join(pieces) and b"\\u003c" in b"".join(pieces)


def test_the_page_made_in_slices_is_the_page_made_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """The plain list and the data go into the page a slice of rows at a time (as text they
    were copied by every replace of the page); with one slice or many, the same bytes, also
    where a title says "__DATA__" or "__NOSCRIPT__"."""
    from datetime import date

    from netdir.publish import html_export
    from netdir.publish.html_export import PageContext, index_html_bytes

    row = {
        "id": "o",
        "title": "Fachtag",
        "kind": "conference",
        "url": "https://example.org/a?b=1&c=2",
        "start": "2027-03-12T09:30:00+01:00",
        "status": "scheduled",
        "city": "Köln",
        "sources": [{"source_id": "s1", "url": "https://example.org/"}],
    }
    rows = [
        dict(row, id=f"o{i}", title="Tag __DATA__ __NOSCRIPT__" if i == 1500 else f"Teil {i}")
        for i in range(2 * html_export.NOSCRIPT_ROWS_PER_PIECE + 7)
    ]
    document = {"generated_at": "2026-11-30T08:00:00Z", "count": len(rows), "offerings": rows}
    context = PageContext(source_names={"s1": "Quelle & <Name>"}, today=date(2026, 11, 30))
    noscript = list(html_export._noscript_pieces(rows, date(2026, 11, 30), context))
    sliced = index_html_bytes(document, context)

    monkeypatch.setattr(html_export, "NOSCRIPT_ROWS_PER_PIECE", 10**9)
    monkeypatch.setattr(html_export, "DATA_ITEMS_PER_PIECE", 10**9)
    whole = index_html_bytes(document, context)

    assert len(noscript) > 3
    assert b"".join(noscript).decode() == html_export._noscript_list(
        rows, date(2026, 11, 30), context
    )
    assert sliced == whole
    assert sliced.count(b'<li><a href="https://example.org/a?b=1&amp;c=2"') == len(rows)
