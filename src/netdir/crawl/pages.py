"""Turning a final HTTP answer into a ``Page`` (or an issue saying why there is none)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from netdir.crawl.encoding import decode_body
from netdir.crawl.fetcher import Answer
from netdir.crawl.outcome import UrlOutcome
from netdir.records import Page, PageValidators, SourceIssue

_TEXT_TYPES = ("text/", "html", "xml", "json", "calendar", "javascript")


def hint_for_status(status: int) -> str:
    if status in {401, 403}:
        return "the site refuses netdir here; check the page in a browser, mark the source login_only or ask the site owner"
    if status in {404, 410}:
        return "the page moved or was removed; update start_urls in the catalog"
    if status == 429 or status >= 500:
        return "the server is overloaded or failing; the next run tries again"
    return "check the URL in a browser"


def is_text(content_type: str | None) -> bool:
    if not content_type:
        return True
    lowered = content_type.lower()
    return any(marker in lowered for marker in _TEXT_TYPES)


def page_from_answer(
    outcome: UrlOutcome, url: str, answer: Answer, validators: PageValidators | None
) -> UrlOutcome:
    fetched_at = datetime.now(UTC)
    content_type = answer.headers.get("content-type")
    etag = answer.headers.get("etag")
    last_modified = answer.headers.get("last-modified")
    if answer.status == 304:
        outcome.page = Page(
            source_id=outcome.owner,
            url=url,
            final_url=answer.url,
            status=304,
            fetched_at=fetched_at,
            content_type=content_type,
            etag=etag or (validators.etag if validators else None),
            last_modified=last_modified or (validators.last_modified if validators else None),
            content_hash=validators.content_hash if validators else None,
            changed=False,
            next_url=validators.next_url if validators else None,
            elapsed_ms=answer.elapsed_ms,
        )
        return outcome
    if not 200 <= answer.status < 300:
        outcome.issues.append(
            SourceIssue(
                outcome.owner,
                answer.url,
                "crawl",
                f"expected a page, got HTTP {answer.status}",
                hint=hint_for_status(answer.status),
                status_code=answer.status,
            )
        )
        return outcome
    content_hash = hashlib.sha256(answer.body).hexdigest()
    text = encoding = None
    if is_text(content_type):
        text, encoding = decode_body(answer.body, content_type)
    outcome.page = Page(
        source_id=outcome.owner,
        url=url,
        final_url=answer.url,
        status=answer.status,
        fetched_at=fetched_at,
        content_type=content_type,
        encoding=encoding,
        body=answer.body,
        text=text,
        etag=etag,
        last_modified=last_modified,
        content_hash=content_hash,
        changed=validators is None or validators.content_hash != content_hash,
        truncated=answer.truncated,
        elapsed_ms=answer.elapsed_ms,
    )
    if answer.truncated:
        outcome.issues.append(
            SourceIssue(
                outcome.owner,
                answer.url,
                "crawl",
                f"response larger than max_bytes={len(answer.body)}: cut off there",
                hint="raise settings.max_bytes for this source if the page is really that big",
                status_code=answer.status,
            )
        )
    return outcome
