"""Event objects whose keys another naming convention spelled: .NET's PascalCase.

A site's workflow written in C# serializes its events as the classes name their properties
(``{"Title": …, "Start": "2025-01-07T18:30:00+01:00", "VenueName": …}``, the Toulouse tech
agenda); the readers look for ``title`` and ``start``. A key that differs from one the reader
knows only in case, in the underscores or hyphens between its words („dateStart“ for
„date_start“) or by the object's kind written before it (an XML export's „_event_TITLE“ beside
„_place_NAME“, „event_date“) is read as that key — unless the object has the known spelling too.

A key may also say what its value is and at which clock: a Munich event search's
``"beginDateTimeUtc": "2018-12-23T11:00:00+01:00"``, „startDateTimeLocal“. Without the words
„DateTime“ and „Local“ it is the known „begin“ or „start“. A key that claims UTC („…Utc“, „…Gmt“)
is read so only when its value states its own offset or „Z“: the stamp then says its clock itself
(the Munich file's „Utc“ stamps are local with +01:00), while a bare clock under such a key would
be misread at the page's own clock and stays unread. A key that is the value word and its local
clock alone (SeatGeek's „datetime_local“, beside a „datetime_utc“ without offset) is the plain
„date“: the entry's own moment on its venue's clock.

A key may name what is dated before the word „date“: „showDate“, „concertDate“, Hong Kong's
cultural programmes' „predate“ (their presentation date). Such a key is the plain „date“ —
unless its first word says the day belongs to the record itself or its sale, not to the event
(„submitdate“, „saleDate“, „publishDate“, „lastModifiedDate“, „birthDate“, SeatGeek's
„announce_date“ of when the event was announced), names the clock it
is at (Meetup's „local_date“, read with its „local_time“) or only sorts the records
(„sort_date“), or the key is the start or end of something else („firstEventStartDate“ of a
weekly series): those stay unread as days.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from netdir import lazy_re

# The kind of object a key may name before its field („event_title“, „eventTitle“).
_KIND_PREFIX = "event"
# What the value is, written after the field's name („beginDateTime“, „start_date_time“).
_VALUE_WORD = "datetime"
# A key that names what is dated before „date“ („showDate“): the plain „date“, unless its words
# before say the day is the record's own (written, changed, published) or of its sale or deadline,
# or name the clock it is at (Meetup's „local_date“ beside its „local_time“, read as a pair), or
# only order the records („sort_date“ on a council's papers).
_DATE_WORD = "date"
_BOOKKEEPING = ("submit", "sale", "sell", "announc", "publish", "pub", "post", "creat", "updat", "modif", "chang", "edit", "insert", "import", "export", "fetch", "scrap", "crawl", "sync", "issue", "releas", "expir", "valid", "deadline", "due", "birth", "death", "regist", "booking", "order", "payment", "invoice", "last", "check", "review", "approv", "delet", "archiv", "upload", "download", "build", "version", "reply", "comment", "join", "signup", "access", "save", "stored", "index", "sent", "send", "receiv", "end", "until", "stop", "local", "utc", "gmt", "sort")  # fmt: skip
_BOUND_WORDS = ("start", "end", "begin")
# The clock the value is at, written last: local (the page's own) or UTC.
_LOCAL_SUFFIXES = ("local",)
_UTC_SUFFIXES = ("utc", "gmt")
# A stamp that states its own offset: „…T11:00:00+01:00“, „…T10:00:00Z“.
_OWN_OFFSET = lazy_re.compile(r"\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})\Z")


def spellings(*key_lists: Iterable[str]) -> dict[str, str]:
    """The known keys by their folded form (:func:`_folded`); the first spelling of a form wins."""
    known: dict[str, str] = {}
    for keys in key_lists:
        for key in keys:
            known.setdefault(_folded(key), key)
    return known


def with_known_keys(node: dict[str, Any], known: dict[str, str]) -> dict[str, Any]:
    """``node`` with each key that is a known key in another spelling also under the known one."""
    renamed: dict[str, Any] = {}
    for key, value in node.items():
        spelling = _known_spelling(key, known, value) if isinstance(key, str) else None
        if spelling is not None and spelling != key and spelling not in node:
            renamed.setdefault(spelling, value)
    return {**node, **renamed} if renamed else node


def _known_spelling(key: str, known: dict[str, str], value: Any) -> str | None:
    folded = _folded(key)
    for form in (folded, *_without_value_words(folded, value)):
        if (spelling := _spelling_of(form, known)) is not None:
            return spelling
    return None


def _spelling_of(folded: str, known: dict[str, str]) -> str | None:
    if (spelling := known.get(folded)) is not None:
        return spelling
    if folded.startswith(_KIND_PREFIX) and len(folded) > len(_KIND_PREFIX):
        return known.get(folded[len(_KIND_PREFIX) :])
    if folded.endswith(_DATE_WORD) and len(folded) > len(_DATE_WORD):
        dated = folded[: -len(_DATE_WORD)]
        # „firstEventStartDate“: the start of something else (a series' first meeting) is no
        # plain day of this entry.
        if not dated.startswith(_BOOKKEEPING) and not any(w in dated for w in _BOUND_WORDS):
            return known.get(_DATE_WORD)
    return None


def _without_value_words(folded: str, value: Any) -> list[str]:
    """``folded`` without the clock it names last and the „datetime“ before that
    („begindatetimeutc“ → „begindatetime“, „begin“); a UTC clock only for a value that states
    its own offset."""
    forms: list[str] = []
    suffix = next((s for s in (*_LOCAL_SUFFIXES, *_UTC_SUFFIXES) if folded.endswith(s)), None)
    if suffix is not None:
        if suffix in _UTC_SUFFIXES and not (
            isinstance(value, str) and _OWN_OFFSET.search(value.strip())
        ):
            return []
        folded = folded[: -len(suffix)]
        forms.append(folded)
    if folded.endswith(_VALUE_WORD) and len(folded) > len(_VALUE_WORD):
        forms.append(folded[: -len(_VALUE_WORD)])
    elif folded == _VALUE_WORD and suffix in _LOCAL_SUFFIXES:
        # SeatGeek's „datetime_local“: the entry's own moment at its local clock, the plain day.
        forms.append(_DATE_WORD)
    return [form for form in forms if form]


def _folded(key: str) -> str:
    """Case-folded, without the underscores and hyphens that join its words."""
    return key.casefold().replace("_", "").replace("-", "")
