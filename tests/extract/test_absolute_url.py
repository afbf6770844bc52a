"""``absolute_url`` gives a plain absolute URL back as it is: what urljoin makes of it."""

from __future__ import annotations

import random

from netdir.extract.context import _PLAIN_ABSOLUTE, _resolve, absolute_url, clean_text

_HOST = "abcWWW.w-0:9@%[]ab"
_PATH = "aZ09.-:/%~!$&'()*+,;=@_?#[]\\\"<>{}|^`Äé"
_PLAIN_PATH = "aZ09.-/%~=_?#;"
_BASES = ["http://127.0.0.1:8000/liste/", "https://example.org/a/b?c#d", "file:///tmp/x.html"]


def _random_url(rng: random.Random) -> str:
    host = "".join(rng.choice(_HOST) for _ in range(rng.randint(0, 10)))
    characters = rng.choice([_PATH, _PLAIN_PATH])
    path = "".join(rng.choice(characters) for _ in range(rng.randint(0, 14)))
    scheme = rng.choice(
        ["http://", "https://", "HTTP://", "Https://", "ftp://", "//", "http:/", ""]
    )
    port = rng.choice(["", "/", ":443", ":80/", ":"])
    return scheme + host + port + path + rng.choice(["", "/", "?", "#", "?#", "?x#", "#?"])


def _through_urljoin(href: str, base: str) -> str | None:
    """``absolute_url`` as it was: every URL through urljoin and urlsplit."""
    text = clean_text(href)
    if text is None or text.startswith("#"):
        return None
    return _resolve.__wrapped__(text, base)


def test_plain_absolute_urls_come_back_as_urljoin_gives_them() -> None:
    rng = random.Random(7)
    plain = 0
    for _ in range(30_000):
        url, base = _random_url(rng), rng.choice(_BASES)
        assert absolute_url(url, base) == _through_urljoin(url, base), (url, base)
        plain += _PLAIN_ABSOLUTE.fullmatch(url) is not None
    assert plain > 1_000  # the direct answer was taken often enough to be tested


def test_an_event_url_is_taken_as_it_is() -> None:
    url = "http://127.0.0.1:43457/veranstaltung/e0/?id=3&x=a;b#top"
    assert _PLAIN_ABSOLUTE.fullmatch(url)
    assert absolute_url(f" {url}\n", "https://example.org/") == url
