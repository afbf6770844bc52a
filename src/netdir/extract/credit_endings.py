"""A roster whose every line ends with who leads it: the name, not the title.

A fire brigade's duty roster writes each evening as „04. - 19.00 Uhr - Allgemeine Belange,
rechtliche Grundlagen - H. Friebel“: the topic, then after a dash the instructor as an initial
and a surname („St. Baumgarten“, „M.Cleem“, „N. Jentsch, M. Holbein“). A reader sees a column
of instructors beside the topics; the topic is the duty's name. One title alone cannot say it
(„Orgelkonzert - J. S. Bach“ names a composer in the name), so the evidence is the list's:
when at least three titles of one listing and nearly all of its titled rows (a line broken by
a ``<br>`` loses its ending) end so, the ending goes.

A reading names its host at its end: „Karl Döring liest aus "Stahl für die DDR" Moderation
Manfred Stolpe“, „… Lesung, Moderation: Joachim Scholl“, „… Es moderiert Joachim Scholl.“. Who
moderates is a credit like the instructor's, said in words, so one title is enough: the
credit goes when a name of a few words is left before it (``drop_moderation_credits``).

A club's events page writes each outing's name and its host on one line, „Undetermined Farm
Escapade Hosted by Westman Naturalists“, „Hawk Watch; Hosted by Important Bird Areas Manitoba“:
the name in an element of its own, the host after it. Who hosts is a credit too: after a
separator, or as a capitalised „Hosted by“ / „Organised by“ / „Presented by“ inside the line (a
lowercase „Dinner hosted by the Mayor“ is the name's own phrase), it goes when a name of two
words or more is left (``drop_host_credits``).
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.records import RawRecord

# „H. Friebel“, „St. Baumgarten“, „M.Cleem“: one or two letters of a first name, a dot, a surname.
_PERSON = r"[A-ZÄÖÜ][a-zäöü]?\.\s?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
_CREDIT_END = lazy_re.compile(rf"\s+[-–—]\s+{_PERSON}(?:\s*(?:,|und|&)\s*{_PERSON})*\s*$")
_MIN_ROWS = 3
_MIN_SHARE = 0.8  # of the titled rows that end with a credit
_MIN_NAME_LETTERS = 3


def drop_credit_endings(records: list[RawRecord]) -> None:
    """Cut the instructor after the dash from every title of a list that ends each so."""
    titled = [record for record in records if record.title]
    if len(titled) < _MIN_ROWS:
        return
    ends = [_CREDIT_END.search(record.title or "") for record in titled]
    credited = [(record, end) for record, end in zip(titled, ends, strict=True) if end]
    if len(credited) < _MIN_ROWS or len(credited) < _MIN_SHARE * len(titled):
        return
    for record, end in credited:
        cut_title_at(record, end.start(), "instructor column", min_letters=_MIN_NAME_LETTERS)


def cut_title_at(
    record: RawRecord,
    start: int,
    why: str,
    *,
    trailing: str | None = None,
    min_words: int = 0,
    min_letters: int = 0,
) -> None:
    """Cut ``record``'s title at ``start`` (and the ``trailing`` characters before it, spaces by
    default) when what is left still names something — ``min_words`` words, ``min_letters``
    letters —, and say ``why`` in the title's source. Every ending this module and
    ``later_notices`` drop is cut so."""
    name = (record.title or "")[:start].rstrip(trailing)
    if len(name.split()) < min_words or sum(ch.isalpha() for ch in name) < min_letters:
        return
    record.title = name
    source = record.field_sources.get("title", "listing:")
    record.field_sources["title"] = f"{source} - {why}"


def ends_with_credit(text: str) -> bool:
    """Whether the text ends with who leads it after a dash („… - H. Friebel“)."""
    return _CREDIT_END.search(text) is not None


# „Moderation Manfred Stolpe“, „Moderation: Dr. Joachim Scholl“, „Es moderiert Joachim Scholl.“,
# „moderiert von Anna Weber“ closing a title: one to four capitalised words of a name.
_NAME = r"[A-ZÄÖÜ][\w.'’-]*(?:\s+[A-ZÄÖÜ][\w.'’-]*){0,3}"
_MODERATION_END = lazy_re.compile(
    rf"[\s,.;:–—-]*(?:\b(?:Moderation|Es\s+moderiert|moderiert\s+von)\s*:?\s+{_NAME})\.?\s*$"
)
_MIN_NAME_WORDS = 3


def drop_moderation_credits(records: list[RawRecord]) -> None:
    """Cut the moderator's credit from the end of each title that still names something
    without it."""
    for record in records:
        if (end := _MODERATION_END.search(record.title or "")) is not None:
            cut_title_at(record, end.start(), "moderator's credit", min_words=_MIN_NAME_WORDS)


# „… Hosted by Westman Naturalists“, „…; Hosted by Important Bird Areas Manitoba“, „… – Organised
# by the Friends of the Park“: the host after a separator, or a capitalised „Hosted by“; the host
# one to six words, capitalised but for small joining words.
_HOST_NAME = (
    r"(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:(?:of|and|for|the|de|&)\s+){0,2}[A-Z][\w.&'’-]*){0,5}"
)
_HOST_END = lazy_re.compile(
    rf"(?:\s*[;,–—|-]\s*(?:[Hh]osted|[Oo]rgani[sz]ed|[Pp]resented)"
    rf"|\s+(?-i:Hosted|Organi[sz]ed|Presented))\s+by\s+{_HOST_NAME}\.?\s*$"
)
_MIN_HOSTED_NAME_WORDS = 2


def drop_host_credits(records: list[RawRecord]) -> None:
    """Cut „Hosted by …“ (the event's host) from the end of each title that still names
    something of two words or more without it."""
    for record in records:
        if (end := _HOST_END.search(record.title or "")) is not None:
            cut_title_at(
                record,
                end.start(),
                "host's credit",
                trailing=" ;,–—|-",
                min_words=_MIN_HOSTED_NAME_WORDS,
            )
