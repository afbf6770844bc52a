"""What every extractor needs to know about the page it reads, and how it builds records."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

from netdir import lazy_re
from netdir.catalog.model import Source
from netdir.extract.inline_text import visible_text
from netdir.html_depth import parse_html
from netdir.records import Page, RawRecord


@dataclass(frozen=True, slots=True)
class PageContext:
    """The facts about one page that extractors use for provenance and link resolution."""

    source_id: str
    page_url: str  # the URL as requested: the record's provenance
    base_url: str  # after redirects: relative links resolve against this
    default_kind: str | None
    fetched_at: datetime
    # The catalog source's name and organizer: an Organization of that name is the source's own.
    source_names: tuple[str, ...] = ()

    @classmethod
    def of(cls, page: Page, source: Source | None) -> PageContext:
        return cls(
            source_id=source.id if source is not None else page.source_id,
            page_url=page.url,
            base_url=page.final_url or page.url,
            default_kind=source.kind if source is not None else None,
            fetched_at=page.fetched_at,
            source_names=(
                tuple(n for n in (source.name, source.organizer) if n) if source is not None else ()
            ),
        )

    def new_record(self, extractor: str, title: str, confidence: float = 1.0) -> RawRecord:
        record = RawRecord(
            source_id=self.source_id,
            page_url=self.page_url,
            extractor=extractor,
            title=title,
            confidence=confidence,
        )
        set_field(record, "kind", self.default_kind, "catalog:kind")
        return record

    def absolute_url(self, href: object) -> str | None:
        return absolute_url(href, self.base_url)


# Marks a browser never shows: a zero-width space (a CMS's line-break hint after each dot of
# "08.\u200b07.\u200b2025"), a soft hyphen, a word joiner, a stray byte-order mark. Inside a date
# or a name they keep the words from being read; zero-width (non-)joiners stay, emoji and some
# scripts need them.
_INVISIBLE_MARKS = "\u200b\u00ad\u2060\ufeff"
_NO_INVISIBLE_MARKS = dict.fromkeys(map(ord, _INVISIBLE_MARKS))
# The same marks written as character references ("08.&#8203;07.&#8203;2025", "&shy;").
_INVISIBLE_REFERENCE = lazy_re.compile(
    r"&(?:#0*(?:8203|173|8288|65279)|#[xX]0*(?:200[bB]|[aA][dD]|2060|[fF][eE][fF][fF])"
    r"|shy|ZeroWidthSpace|NoBreak);"
)
# <wbr> is the same hint as an element ("AnnenMay<wbr>Kantereit"): a browser joins the words
# around it, while the text readers put a space at every element boundary.
_WORD_BREAK_OPPORTUNITY = lazy_re.compile(r"<wbr\s*/?>", re.IGNORECASE)


def without_invisible_marks(text: str) -> str:
    """``text`` without the marks a browser does not show (see ``_INVISIBLE_MARKS``), typed,
    written as character references or as ``<wbr>`` elements."""
    if any(mark in text for mark in _INVISIBLE_MARKS):
        text = text.translate(_NO_INVISIBLE_MARKS)
    if "<wbr" in text or "<WBR" in text:
        text = _WORD_BREAK_OPPORTUNITY.sub("", text)
    return _INVISIBLE_REFERENCE.sub("", text) if "&" in text else text


def clean_text(value: object) -> str | None:
    """Collapse whitespace and decode entities; None for empty or non-text values.

    Entities are decoded even in already-parsed JSON because CMSs double-encode
    ("Institut f&uuml;r Stadtgeschichte" inside a JSON string).
    """
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    text = str(value)
    # A page's blocks are read 4-5 times over (scoring, dating, placing, titling): 89 % of the
    # corpus's 917,466 texts repeat one read before. Short ones are kept (a long one's hash and
    # the room it takes cost more than cleaning it again).
    return _clean_line(text) if len(text) <= _CACHED_CHARS else _clean(text)


_CACHED_CHARS = 300


def _clean(text: str) -> str | None:
    if "&" in text:
        text = html.unescape(text)
    # Runs of whitespace as one space, none at the ends: str.split() splits on exactly the
    # characters regex \s matches (both use Py_UNICODE_ISSPACE), ~3x faster than re.sub.
    text = " ".join(text.split())
    if ".." in text:
        text = _without_dot_leaders(text)
    return text or None


_clean_line = lru_cache(maxsize=8192)(_clean)


# Dot leaders of hand-made tables ("Samstag, 25. April 2015......9.30 Uhr", "Ort: ......im
# ZENtrum"): a run of four or more dots only spaces two fields; a leader's last dot glued to
# a day ("......15..April") leaves "15..April", the day's own dot doubled.
_DOT_LEADER = lazy_re.compile(r" ?\.{4,} ?")
_DOUBLED_DAY_DOT = lazy_re.compile(r"(?<![\d.])(\d{1,2})\.\.(?=[^\W\d_])")


def folded(text: str) -> str:
    """``text`` with its runs of whitespace as one space and its case folded: the form in which
    two spellings of one name („Barcamp“ and „BARCAMP “ over a line break) compare equal."""
    return " ".join(text.split()).casefold()


def _without_dot_leaders(text: str) -> str:
    text = _DOUBLED_DAY_DOT.sub(r"\1. ", _DOT_LEADER.sub(" ", text))
    return text.strip()


def absolute_url(href: object, base: str) -> str | None:
    """An absolute http(s) URL for ``href``, or None for fragments, mailto:, javascript: etc."""
    text = clean_text(href)
    if text is None or text.startswith("#"):
        return None
    if _PLAIN_ABSOLUTE.fullmatch(text):
        return text  # what _resolve makes of it, without parsing it twice
    return _resolve(text, base)


# An absolute http(s) URL that urljoin gives back as it is, whatever the base: a lower-case
# scheme, a host, a path without ";" (urlparse's params), a query and a fragment that are not
# empty (an empty "?" or "#" is dropped), printable ASCII only (urlsplit strips or rejects
# spaces, control characters and brackets). A JSON-LD event's own URL mostly is one: ~15 µs
# of urljoin and urlsplit a record (tests/extract/test_absolute_url.py compares both).
_PLAIN_ABSOLUTE = lazy_re.compile(
    r"https?://[A-Za-z0-9._~!$&'()*+,=:@%-]+"
    r"(?:/[A-Za-z0-9._~!$&'()*+,=:@%/-]*)?"
    r"(?:\?[A-Za-z0-9._~!$&'()*+,=:@%/?;-]+)?"
    r"(?:#[A-Za-z0-9._~!$&'()*+,=:@%/?#;-]+)?"
)


@lru_cache(maxsize=4096)
def _resolve(text: str, base: str) -> str | None:
    # Cached: a listing links each item two or three times (image, heading, "Weiterlesen").
    try:
        resolved = urljoin(base, text)
        scheme = urlsplit(resolved).scheme.lower()
    except ValueError:
        return None
    if scheme in ("http", "https"):
        return resolved
    # A saved file inspected without --base-url: its links stay file: links, readable as such.
    return resolved if scheme == "file" and base.startswith("file:") else None


def set_field(record: RawRecord, name: str, value: object, where: str) -> None:
    """Fill one field of ``record`` and note where the value came from; empty values are skipped."""
    if value is None or value == "" or value == []:
        return
    setattr(record, name, value)
    record.field_sources[name] = where


def plain_text(markup: object) -> str | None:
    """Text of an HTML fragment (feed summaries, TEC descriptions, JSON-LD descriptions)."""
    text = clean_text(markup)
    if text is None or "<" not in text:
        return text
    root = parse_html(text).root
    return clean_text(visible_text(root)) if root is not None else None
