"""index.html as a file: self-contained, data embedded safely, script pinned by the CSP."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

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
