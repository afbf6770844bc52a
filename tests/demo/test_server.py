"""The sample web's HTTP behaviour, as a crawler sees it."""

from __future__ import annotations

import socket
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from netdir.demo import SampleWeb
from netdir.demo.files import query_suffix
from tests.ports import free_port_block

WP_LISTING = "/veranstaltungen/"


def test_every_site_runs_on_its_own_loopback_port(sample_web: SampleWeb) -> None:
    assert set(sample_web.base_urls) >= {
        "wp-events",
        "typo3-termine",
        "gsb-aktuelles",
        "ical-feed",
        "rss-news",
        "cop-overview",
    }
    hosts = [urlsplit(url) for url in sample_web.base_urls.values()]
    assert {host.hostname for host in hosts} == {"127.0.0.1"}
    assert len({host.port for host in hosts}) == len(hosts)


@pytest.mark.parametrize(
    ("site", "path", "content_type"),
    [
        ("wp-events", WP_LISTING, "text/html; charset=utf-8"),
        ("wp-events", "/wp-json/tribe/events/v1/events", "application/json; charset=utf-8"),
        ("typo3-termine", "/termine/", "text/html; charset=utf-8"),
        ("gsb-aktuelles", "/DE/Service/Termine/termine_node.html", "text/html; charset=utf-8"),
        ("ical-feed", "/termine/kalender.ics", "text/calendar; charset=utf-8"),
        ("rss-news", "/rss/meldungen.xml", "application/rss+xml; charset=utf-8"),
        ("cop-overview", "/communities", "text/html; charset=iso-8859-1"),
        ("cop-overview", "/robots.txt", "text/plain; charset=utf-8"),
    ],
)
def test_content_types_name_the_charset_of_the_bytes(
    sample_web: SampleWeb, http: httpx.Client, site: str, path: str, content_type: str
) -> None:
    response = http.get(sample_web.base_urls[site] + path)
    assert response.status_code == 200
    assert response.headers["content-type"] == content_type
    assert response.headers["content-length"] == str(len(response.content))
    assert response.http_version == "HTTP/1.1"


def test_latin1_page_arrives_as_latin1_bytes(sample_web: SampleWeb, http: httpx.Client) -> None:
    body = http.get(sample_web.base_urls["cop-overview"] + "/communities").content
    assert "Künstliche Intelligenz in der Verwaltung".encode("iso-8859-1") in body
    assert "Öffentlichkeitsarbeit".encode("iso-8859-1") in body
    assert "Außendienst".encode("iso-8859-1") in body
    assert "ü".encode() not in body, "the page must not be UTF-8 in disguise"
    assert b'<meta charset="iso-8859-1">' in body


def test_query_string_selects_the_paginated_file(sample_web: SampleWeb, http: httpx.Client) -> None:
    base = sample_web.base_urls["gsb-aktuelles"] + "/DE/Service/Termine/termine_node.html"
    first, second, third = (
        http.get(base).text,
        http.get(base + "?gtp=7356_list%3D2").text,
        http.get(base + "?gtp=7356_list%253D3").text,  # GSB double-encodes: served the same
    )
    assert "Seite 1 von 3" in first and "Seite 2 von 3" in second and "Seite 3 von 3" in third
    assert http.get(base + "?gtp=7356_list%3D9").status_code == 404


def test_query_suffix_is_the_unquoted_query_as_a_file_name_part() -> None:
    assert query_suffix("gtp=7356_list%3D2") == "gtp-7356-list-2"
    assert query_suffix("gtp=7356_list%253D2") == "gtp-7356-list-2"
    assert query_suffix("ical=1") == "ical-1"


def test_missing_file_is_404_with_a_body(sample_web: SampleWeb, http: httpx.Client) -> None:
    response = http.get(sample_web.base_urls["wp-events"] + "/veranstaltungen/gibt-es-nicht/")
    assert response.status_code == 404
    assert "Seite nicht gefunden" in response.text
    assert sample_web.requests[-1].status == 404


@pytest.mark.parametrize(
    "path", ["/../secret.txt", "/%2e%2e/secret.txt", "/.hidden.html", "/_draft.html"]
)
def test_nothing_outside_the_site_or_hidden_is_served(tmp_path: Path, path: str) -> None:
    site = tmp_path / "sites" / "tiny"
    site.mkdir(parents=True)
    for name in ("index.html", ".hidden.html", "_draft.html"):
        (site / name).write_text(name, encoding="utf-8")
    (tmp_path / "sites" / "secret.txt").write_text("secret", encoding="utf-8")
    with SampleWeb(tmp_path / "sites", tmp_path / "none") as web:
        assert _raw_get(web.base_urls["tiny"], "/").endswith(b"index.html")
        response = _raw_get(web.base_urls["tiny"], path)
    assert response.startswith(b"HTTP/1.1 404") and b"secret" not in response


def _raw_get(base_url: str, target: str) -> bytes:
    """Send the request target byte for byte (HTTP clients normalise "/../" away)."""
    address = urlsplit(base_url)
    with socket.create_connection((address.hostname, address.port), timeout=5) as connection:
        connection.sendall(
            f"GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode()
        )
        chunks = []
        while chunk := connection.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def test_validators_are_strong_etags_and_a_fixed_last_modified(
    sample_web: SampleWeb, http: httpx.Client
) -> None:
    response = http.get(sample_web.base_urls["wp-events"] + WP_LISTING)
    etag = response.headers["etag"]
    assert etag.startswith('"') and not etag.startswith("W/") and len(etag) == 66
    assert response.headers["last-modified"] == "Fri, 20 Nov 2026 06:00:00 GMT"
    again = http.get(sample_web.base_urls["wp-events"] + WP_LISTING)
    assert again.headers["etag"] == etag


def test_conditional_requests_are_answered_with_304(
    sample_web: SampleWeb, http: httpx.Client
) -> None:
    url = sample_web.base_urls["typo3-termine"] + "/termine/"
    first = http.get(url)
    by_etag = http.get(url, headers={"If-None-Match": first.headers["etag"]})
    by_date = http.get(url, headers={"If-Modified-Since": first.headers["last-modified"]})
    stale_etag = http.get(
        url,
        headers={
            "If-None-Match": '"0000"',
            "If-Modified-Since": first.headers["last-modified"],
        },
    )
    older_date = http.get(url, headers={"If-Modified-Since": "Sun, 01 Nov 2026 00:00:00 GMT"})

    assert (by_etag.status_code, by_etag.content) == (304, b"")
    assert by_etag.headers["etag"] == first.headers["etag"]
    assert by_date.status_code == 304
    assert stale_etag.status_code == 200, "If-None-Match decides when both are sent"
    assert older_date.status_code == 200
    logged = [(e.status, e.if_none_match, e.if_modified_since) for e in sample_web.requests]
    assert logged[1] == (304, first.headers["etag"], None)
    assert logged[2] == (304, None, first.headers["last-modified"])


def test_head_sends_headers_without_a_body(sample_web: SampleWeb, http: httpx.Client) -> None:
    url = sample_web.base_urls["ical-feed"] + "/termine/kalender.ics"
    head = http.head(url)
    get = http.get(url)
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-length"] == str(len(get.content))
    assert head.headers["etag"] == get.headers["etag"]
    assert sample_web.requests[0].method == "HEAD"


def test_request_log_records_site_path_and_user_agent(
    sample_web: SampleWeb, http: httpx.Client
) -> None:
    http.get(
        sample_web.base_urls["rss-news"] + "/rss/meldungen.xml?x=1",
        headers={"User-Agent": "netdir-test/1"},
    )
    [entry] = sample_web.requests
    assert (entry.site, entry.method, entry.path, entry.query) == (
        "rss-news",
        "GET",
        "/rss/meldungen.xml",
        "x=1",
    )
    assert entry.user_agent == "netdir-test/1" and entry.status == 404


def test_many_concurrent_keep_alive_requests_all_succeed(
    sample_web: SampleWeb,
) -> None:
    urls = [
        sample_web.base_urls[site] + "/robots.txt"
        for site in sample_web.base_urls
        for _ in range(20)
    ]
    limits = httpx.Limits(max_connections=24)
    with (
        httpx.Client(limits=limits, timeout=5, trust_env=False) as client,
        ThreadPoolExecutor(24) as pool,
    ):
        statuses = list(pool.map(lambda url: client.get(url).status_code, urls))
    assert statuses == [200] * len(urls)
    assert len(sample_web.requests) == len(urls)


def test_switch_to_v2_serves_overlay_files_and_falls_back_to_v1(
    sample_web: SampleWeb, http: httpx.Client
) -> None:
    typo3 = sample_web.base_urls["typo3-termine"] + "/termine/"
    typo3_home = sample_web.base_urls["typo3-termine"] + "/"
    v1_listing, v1_home = http.get(typo3), http.get(typo3_home)

    sample_web.switch("v2")
    v2_listing, v2_home = http.get(typo3), http.get(typo3_home)

    assert "Workshop Prozessmanagement kompakt" in v1_listing.text
    assert "Workshop Prozessmanagement kompakt" not in v2_listing.text
    assert v2_listing.headers["etag"] != v1_listing.headers["etag"]
    assert v2_listing.headers["last-modified"] == "Thu, 26 Nov 2026 06:00:00 GMT"
    assert v2_home.content == v1_home.content, "files missing from the overlay come from v1"
    assert v2_home.headers["last-modified"] == v1_home.headers["last-modified"]
    assert sample_web.requests[-1].version == "v2"

    sample_web.switch("v1")
    assert "Workshop Prozessmanagement kompakt" in http.get(typo3).text


def test_v2_page_with_the_same_bytes_keeps_its_etag(
    sample_web: SampleWeb, http: httpx.Client
) -> None:
    url = sample_web.base_urls["cop-overview"] + "/communities"
    before = http.get(url)
    sample_web.switch("v2")
    after = http.get(url, headers={"If-None-Match": before.headers["etag"]})
    assert after.status_code == 304
    plain = http.get(url)
    assert plain.content == before.content
    assert plain.headers["last-modified"] != before.headers["last-modified"], "served from v2"


def test_switch_rejects_unknown_versions(sample_web: SampleWeb) -> None:
    with pytest.raises(ValueError, match="v3"):
        sample_web.switch("v3")


def test_servers_stop_when_the_context_ends(tmp_path: Path) -> None:
    site = tmp_path / "sites" / "tiny"
    site.mkdir(parents=True)
    (site / "index.html").write_text("<p>Fiktive Beispielseite</p>", encoding="utf-8")
    with SampleWeb(sites_dir=tmp_path / "sites", overlay_dir=tmp_path / "none") as web:
        url = web.base_urls["tiny"] + "/"
        assert httpx.get(url, trust_env=False).text == "<p>Fiktive Beispielseite</p>"
    with pytest.raises(httpx.ConnectError):
        httpx.get(url, timeout=2, trust_env=False)


def test_base_port_fixes_the_ports_and_a_taken_port_is_named(tmp_path: Path) -> None:
    for name in ("a-site", "b-site"):
        (tmp_path / "sites" / name).mkdir(parents=True)
        (tmp_path / "sites" / name / "index.html").write_text(name, encoding="utf-8")
    port = free_port_block(2)  # two consecutive ports, reserved against concurrent test runs
    with SampleWeb(tmp_path / "sites", tmp_path / "none", base_port=port) as web:
        assert web.base_urls == {
            "a-site": f"http://127.0.0.1:{port}",
            "b-site": f"http://127.0.0.1:{port + 1}",
        }
        with pytest.raises(OSError, match=f"'a-site' on 127.0.0.1:{port}"):
            SampleWeb(tmp_path / "sites", tmp_path / "none", base_port=port).start()
