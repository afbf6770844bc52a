"""What a start URL's shape says about the page: a single report or possibly a listing.

URL shapes seen in the stored copies of the catalog's pages (issue 16): news and press paths,
WordPress date permalinks and ``?p=`` IDs, Drupal ``/node/<n>``, imperia ``artikel.<id>.php``, Vogel
``…-a-<32 hex>`` articles and TYPO3 ``/detail/`` pages are one article about one offering or one
(often past) event. A catalog entry whose start URL has such a shape must say ``start_page: single``
so nobody mistakes it for a listing; ``netdir sources check`` then confirms from the page itself.
"""

from __future__ import annotations

import re

from netdir import lazy_re

_SINGLE_REPORT_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("news or press path", lazy_re.compile(r"/(news|presse|pressemitteilung|meldung)[/_-]", re.I)),
    ("date permalink", lazy_re.compile(r"/\d{4}/\d{2}/(\d{2}/)?[^/]+")),
    ("WordPress post id", lazy_re.compile(r"[?&]p=\d+")),
    ("Drupal node", lazy_re.compile(r"/node/\d+")),
    ("imperia article", lazy_re.compile(r"/artikel\.\d+\.php")),
    ("Vogel article id", lazy_re.compile(r"-a-[0-9a-f]{32}")),
    ("detail page", lazy_re.compile(r"/(detail|details|detailansicht|detailseite)/", re.I)),
    ("magazine article", lazy_re.compile(r"/magazin/[^/]+")),
)


def single_report_shape(url: str) -> str | None:
    """The name of the single-report shape ``url`` has, or None when it may be a listing."""
    for name, pattern in _SINGLE_REPORT_SHAPES:
        if pattern.search(url):
            return name
    return None
