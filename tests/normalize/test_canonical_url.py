"""``canonical_url``'s direct reading of plain URLs gives what the urlsplit path gives."""

from __future__ import annotations

import random

from netdir.normalize.identity import _PLAIN_URL, _canonical_of_split, canonical_url

_HOSTS = "abcWWW.w-0:9"
_PATH = "aZ09.-:/%~!$&'()*+,;=@_ ?#[]\\\t\nÄé"


def _random_url(rng: random.Random) -> str:
    host = "".join(rng.choice(_HOSTS) for _ in range(rng.randint(0, 12)))
    path = "".join(rng.choice(_PATH) for _ in range(rng.randint(0, 14)))
    scheme = rng.choice(["http://", "https://", "HTTP://", " https://", "ftp://", "//"])
    port = rng.choice(["", "/", ":443", ":80/", ":8080/", ":"])
    return scheme + host + port + path + rng.choice(["", "/", "//", " ", "?utm_source=x"])


def _split_or_error(url: str) -> str | tuple[str, str] | None:
    try:
        return _canonical_of_split(url.strip())
    except ValueError as exc:  # urlsplit refuses it ("Invalid IPv6 URL"): so must the fast path
        return ("error", str(exc))


def test_plain_urls_read_directly_equal_the_split_ones() -> None:
    rng = random.Random(12)
    direct = 0
    for _ in range(30_000):
        url = _random_url(rng)
        if not url.strip():
            continue
        try:
            found: str | tuple[str, str] | None = canonical_url.__wrapped__(url)
        except ValueError as exc:
            found = ("error", str(exc))
        assert found == _split_or_error(url), url
        direct += _PLAIN_URL.fullmatch(url.strip()) is not None
    assert direct > 500  # the direct reading was tested, not only the fallback


def test_examples() -> None:
    assert canonical_url("http://www.Example.org:80/a/b/") == "https://example.org/a/b"
    assert canonical_url(" https://example.org:443/ ") == "https://example.org"
    assert canonical_url("https://example.org/x?utm_source=a&b=1#f") == "https://example.org/x?b=1"
    assert canonical_url("http://127.0.0.1:8000//veranstaltung/e1/") == (
        "https://127.0.0.1:8000//veranstaltung/e1"
    )
