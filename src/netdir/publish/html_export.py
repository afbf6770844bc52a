"""index.html: one offline page with search and filters over the embedded overview.

The data sits in a ``<script type="application/json">`` block; ``<``, ``>`` and ``&`` are
written as JSON escapes there so a scraped "</script>" cannot end the block early. The page's
script renders with textContent only, and a Content-Security-Policy allows just that one inline
script (by hash), so even a missed escape could not run injected code.
"""

from __future__ import annotations

import base64
import hashlib
import json
from importlib import resources
from typing import Any

from netdir.publish.labels import FORMAT_LABELS, KIND_LABELS, STATUS_LABELS

TEMPLATE_FILE = "index.template.html"
SCRIPT_FILE = "index.js"


def embedded_json(document: dict[str, Any]) -> str:
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def index_html_bytes(document: dict[str, Any]) -> bytes:
    package = resources.files("netdir.publish")
    template = package.joinpath(TEMPLATE_FILE).read_text(encoding="utf-8")
    script = package.joinpath(SCRIPT_FILE).read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    page = (
        template.replace("__SCRIPT_HASH__", f"sha256-{digest}")
        .replace("__SCRIPT__", script)
        .replace("__LABELS__", embedded_json(_labels()))
        # Last: the data may contain any of the placeholders above as plain text.
        .replace("__DATA__", embedded_json(document))
    )
    return page.encode("utf-8")


def _labels() -> dict[str, dict[str, str]]:
    return {"kind": KIND_LABELS, "format": FORMAT_LABELS, "status": STATUS_LABELS}
