"""Which file of the sample web answers a request, and with which headers.

Pure lookups, no sockets: ``server.py`` does the HTTP. The rules, so a page author knows where to
put a file:

- ``/path/`` is ``/path/index.html``; an extension-less path is tried as a file, then as a
  directory holding ``index.html``, ``index.json``, ``index.ics`` or ``index.xml`` (this is how
  ``/wp-json/tribe/events/v1/events`` finds its ``index.json``).
- A query string selects a sibling file: ``name.html?gtp=7356_list%3D2`` is served from
  ``name--gtp-7356-list-2.html``: the fully unquoted query with every run of characters other
  than letters and digits replaced by ``-``. A query with no such file is a 404.
- In version ``v2`` a file under the overlay directory replaces the v1 file of the same path;
  files missing from the overlay are served from v1.
- Names starting with ``.`` or ``_`` are never served.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from netdir import lazy_re

#: Last-Modified of every file of one version: constant, so validators survive any checkout
#: (file mtimes do not). v2 is "later" but still in the past of the sample web's today.
LAST_MODIFIED = {
    "v1": "Fri, 20 Nov 2026 06:00:00 GMT",
    "v2": "Thu, 26 Nov 2026 06:00:00 GMT",
}
VERSIONS = tuple(LAST_MODIFIED)

#: Sites whose files are not UTF-8 (the header must match the bytes and the <meta charset>).
SITE_CHARSETS = {"cop-overview": "iso-8859-1"}

_TYPES = {
    ".html": "text/html",
    ".htm": "text/html",
    ".ics": "text/calendar",
    ".xml": "application/rss+xml",
    ".rss": "application/rss+xml",
    ".json": "application/json",
    ".txt": "text/plain",
    ".css": "text/css",
}
_DIRECTORY_INDEXES = ("index.html", "index.json", "index.ics", "index.xml")
_NOT_ALPHANUMERIC = lazy_re.compile(r"[^A-Za-z0-9]+")


@dataclass(frozen=True, slots=True)
class ServedFile:
    """One file as the server answers with it."""

    path: Path
    body: bytes
    content_type: str
    etag: str  # strong: quoted sha256 of the bytes
    last_modified: str  # RFC 9110 IMF-fixdate
    version: str  # the version whose directory held the file


def query_suffix(query: str) -> str:
    """The file-name suffix for a query string: ``gtp=7356_list%3D2`` → ``gtp-7356-list-2``."""
    text = query
    # GSB double-encodes its pagination parameter (%253D); unquote until stable.
    for _ in range(3):
        unquoted = unquote(text)
        if unquoted == text:
            break
        text = unquoted
    return _NOT_ALPHANUMERIC.sub("-", text).strip("-")


def content_type_for(path: Path, site: str) -> str:
    """The Content-Type header: every text type names its charset (Latin-1 for some sites)."""
    media_type = _TYPES.get(path.suffix.lower())
    if media_type is None:
        return "application/octet-stream"
    charset = SITE_CHARSETS.get(site, "utf-8") if media_type == "text/html" else "utf-8"
    return f"{media_type}; charset={charset}"


def candidate_paths(url_path: str, query: str) -> list[str]:
    """Relative file paths that may answer ``url_path?query``, most specific first."""
    relative = unquote(url_path).lstrip("/")
    if relative == "" or relative.endswith("/"):
        bases = [f"{relative}index.html"]
    elif Path(relative).suffix:
        bases = [relative]
    else:
        bases = [relative, *(f"{relative}/{index}" for index in _DIRECTORY_INDEXES)]
    if not query:
        return bases
    suffix = query_suffix(query)
    with_query = []
    for base in bases:
        stem, dot, extension = base.rpartition(".")
        with_query.append(f"{stem}--{suffix}.{extension}" if dot else f"{base}--{suffix}")
    return with_query


def _is_servable(relative: str) -> bool:
    parts = Path(relative).parts
    return bool(parts) and not any(part in ("..", "") or part[0] in "._" for part in parts)


def find_file(
    site: str,
    url_path: str,
    query: str,
    version: str,
    sites_dir: Path,
    overlay_dir: Path | None,
) -> ServedFile | None:
    """The file answering a request to ``site`` in ``version``, or None (a 404)."""
    roots: list[tuple[str, Path]] = []
    if version == "v2" and overlay_dir is not None:
        roots.append(("v2", overlay_dir / site))
    roots.append(("v1", sites_dir / site))
    for relative in candidate_paths(url_path, query):
        if not _is_servable(relative):
            continue
        for root_version, root in roots:
            candidate = root / relative
            if candidate.is_file():
                body = candidate.read_bytes()
                return ServedFile(
                    path=candidate,
                    body=body,
                    content_type=content_type_for(candidate, site),
                    etag=f'"{hashlib.sha256(body).hexdigest()}"',
                    last_modified=LAST_MODIFIED[root_version],
                    version=root_version,
                )
    return None
