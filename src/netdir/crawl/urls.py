"""URL canonicalization: one spelling per page, so no page is fetched twice in a run."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}

# Click and campaign trackers: they change the URL, never the page.
_TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "_ga",
        "_gl",
    }
)


def _is_tracking(key: str) -> bool:
    lowered = key.lower()
    return lowered.startswith("utm_") or lowered in _TRACKING_PARAMS


def canonicalize_url(url: str) -> str:
    """Drop the fragment, tracking parameters and the default port; lower-case scheme and host.

    Everything else (path case, parameter order, percent-encoding) stays as the site wrote it:
    servers may treat those as different pages.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host
    if parts.username is not None:
        userinfo = parts.username + (f":{parts.password}" if parts.password is not None else "")
        netloc = f"{userinfo}@{host}"
    if port is not None and port != _DEFAULT_PORTS.get(scheme):
        netloc = f"{netloc}:{port}"
    kept = [
        piece
        for piece in parts.query.split("&")
        if piece and not _is_tracking(piece.split("=", 1)[0])
    ]
    path = parts.path or ("/" if scheme in _DEFAULT_PORTS else "")
    return urlunsplit((scheme, netloc, path, "&".join(kept), ""))


def host_of(url: str) -> str:
    """The host name politeness is counted against (http and https share one server)."""
    return (urlsplit(url).hostname or "").lower()


def origin_of(url: str) -> str:
    """``scheme://host[:port]``: the scope a robots.txt applies to (RFC 9309 §2.3)."""
    parts = urlsplit(canonicalize_url(url))
    return f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}"
