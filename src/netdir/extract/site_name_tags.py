"""The site's name as its head tags give it, for a page whose document title names only the page.

„<title>Meeting Minutes</title>“ names what the page holds, not whose it is; the site builder
still writes the site's name into the head: the feed link's title („<link rel="alternate"
type="application/rss+xml" title="W8FY VAN WERT HAM RADIO CLUB">“, Hugo's and Jekyll's default)
or Open Graph's ``og:site_name``. ``site_name_tag`` returns the first of these, None without.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.context import clean_text

_FEED_LINKS = (
    'link[rel~="alternate"][type="application/rss+xml"][title]',
    'link[rel~="alternate"][type="application/atom+xml"][title]',
)


def site_name_tag(tree: LexborHTMLParser) -> str | None:
    """The site's name from ``og:site_name`` or the title of the site's feed link."""
    meta = tree.css_first('meta[property="og:site_name"]')
    if meta is not None and (name := clean_text(meta.attributes.get("content"))):
        return name
    for selector in _FEED_LINKS:
        link = tree.css_first(selector)
        if link is not None and (name := clean_text(link.attributes.get("title"))):
            return name
    return None
