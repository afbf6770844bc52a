"""Days a text says are done before it names the coming one: "Den Kreisentscheid am 17.05.2015 …
sowie den Bezirksentscheid am 27.06.2015 … konnte bereits gewonnen werden. Somit tritt die
Mannschaft am 13.09.2015 … an." — the rounds already won are history; the later sentence's day is
the event's. A sentence keeps its days when no later sentence names one."""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

# "bereits/schon" and a participle of being over in the same sentence.
_ALREADY_DONE = lazy_re.compile(
    r"\b(?:bereits|schon)\b[^.!?;]{0,80}?\b(?:gewonnen|absolviert|stattgefunden|erledigt"
    r"|abgeschlossen|ausgetragen|vorbei|beendet)\b",
    FLAGS,
)
# A whole sentence (sentence_ends.SENTENCE_END finds an end only): any stop before a space or the
# text's end closes one, also a day's dot („am 5. Mai“), whatever follows.
_SENTENCE = lazy_re.compile(r"(?:[^.!?]|[.!?](?!\s|$))*(?:[.!?](?=\s|$)|$)")
_DIGITS = lazy_re.compile(r"\d")


def without_done_days(text: str) -> str:
    """The text with the digits of its already-done sentences blanked, when a later sentence
    names a day of its own."""
    if "ereits" not in text and "schon" not in text:
        return text
    sentences = [m for m in _SENTENCE.finditer(text) if m.group(0).strip()]
    for index, sentence in enumerate(sentences):
        if _ALREADY_DONE.search(sentence.group(0)) is None:
            continue
        later = text[sentence.end() :]
        if not any(_DIGITS.search(s.group(0)) for s in sentences[index + 1 :]) or not later:
            continue
        done = _DIGITS.sub(" ", sentence.group(0))
        text = text[: sentence.start()] + done + text[sentence.end() :]
    return text
