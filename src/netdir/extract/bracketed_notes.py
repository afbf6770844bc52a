"""A line whose words are only a note in brackets: „2:10 pm - 3:10 pm (afternoon beverages
available)“ leaves „(afternoon beverages available)“ once its hours are read — a remark on the
slot, not its name (the slot's name, „Session W-4“, stands in the next cell). Likewise a list of
bare days whose lines add a bracketed remark — „8. März (Hamburger Frühjahrsferien)“, „17. Mai
(wegen des Himmelfahrtstags am 10. Mai)“ under „Nächste Termine (jeweils am zweiten Donnerstag
eines Monats):“: the bracket says why that day, the meeting is the one the heading names."""

from __future__ import annotations

from netdir import lazy_re
from netdir.extract.remarked_days import is_a_day_remark

_NOTE = lazy_re.compile(r"^\s*[(\[][^()\[\]]{1,80}[)\]]\W*$")


def is_bracketed_note(text: str) -> bool:
    """Whether ``text`` is nothing but one bracketed remark."""
    return _NOTE.match(text) is not None


def is_remark_of_its_line(title: str, line: str) -> bool:
    """Whether ``title``, read from ``line`` after its day, is only the line's bracketed remark on
    the day (``remarked_days``): a whole bracket („(Hamburger Frühjahrsferien)“) or the start of
    one the line closes after a day of its own („(wegen des Himmelfahrtstags“ of „17. Mai (wegen
    des Himmelfahrtstags am 10. Mai)“), with nothing but punctuation after the bracket."""
    name = title.strip()
    if is_bracketed_note(name):
        return is_a_day_remark(name.strip(" .,;").strip("()[]"))
    if name[:1] not in "([" or any(mark in name for mark in ")]"):
        return False
    at = line.find(name)
    if at < 0:
        return False
    close = line.find(")" if name[0] == "(" else "]", at + len(name))
    if close < 0 or _NOTE.match(line[at : close + 1] + line[close + 1 :]) is None:
        return False
    return is_a_day_remark(line[at + 1 : close])
