"""Links that lead to files (a PDF, a Word document, a spreadsheet), not to pages.

A meeting row of a library board („July 15, 2020 | Regular Board Meeting (7 pm) | <a>Agenda</a> |
<a>Info Packet</a> | <a>Minutes</a>“) links only its documents: each link names a file of the
meeting („Info Packet“, „Budget Draft“, „Auditor's Communication to the Board“), never the meeting
itself, which the row names in its own text. One link to a file may still name the event (a
flyer linked by the concert's name); two or more, and none to a page, are the row's documents.
So is one whose text calls it a notice („Regular Board Meeting (Cancelled) | <a href="Public
Notice Cancellation of Meeting 2019 12 18.pdf">Public Notice: Meeting Cancelled</a>“): a notice
is a document about the meeting, published as the law asks, not the meeting's name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from netdir import lazy_re

_FILE_SUFFIX = lazy_re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|zip)$", re.I)
_MIN_DOCUMENTS = 2
# „Public Notice: Meeting Cancelled“, „Notice of Cancellation“, „Bekanntmachung der Sitzung“.
_NOTICE = lazy_re.compile(
    r"^\W*(?:(?:public|legal|official)\s+)?notice\b(?:\s*:|\s+of\b)|^\W*(?:öffentliche\s+)?"
    r"bekanntmachung\b",
    re.I,
)


def is_a_file(url: str | None) -> bool:
    """Whether ``url`` (absolute or relative) leads to a file rather than a page."""
    return url is not None and _FILE_SUFFIX.search(urlsplit(url.strip()).path) is not None


def only_documents(hrefs: Iterable[str]) -> bool:
    """Whether the links (their hrefs) are two or more, and every one leads to a file."""
    hrefs = list(hrefs)
    return len(hrefs) >= _MIN_DOCUMENTS and all(is_a_file(href) for href in hrefs)


def is_notice_file(text: str, url: str | None) -> bool:
    """Whether a link leads to a file and its text calls that file a notice („Public Notice:
    Meeting Cancelled“)."""
    return is_a_file(url) and _NOTICE.match(text) is not None


# „<a href="…_20240615.pdf">Rangliste</a> vom 15. Juni“, „Protokoll vom 3. März“: the day after
# „vom“ dates the document (a ranking, minutes, a list of results), the link names it.
_DATED_BY_VOM = r"\s+vom\s+(?:[^\W\d_]{2,10},?\s+(?:den\s+)?)?\d"


def names_a_dated_document(title: str | None, url: str | None, date_text: str | None) -> bool:
    """Whether a record titled by a link to a file is dated only as that file's day: „Hier die
    <a>Rangliste</a> vom 15. Juni.“ under a Saturday tournament's report is the ranking of that
    day, no event of its own (the report above names the tournament)."""
    if not title or not date_text or not is_a_file(url):
        return False
    pattern = re.escape(" ".join(title.split())) + _DATED_BY_VOM
    return re.search(pattern, " ".join(date_text.split()), re.I) is not None
