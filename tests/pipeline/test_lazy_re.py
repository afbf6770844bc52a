"""netdir.lazy_re: module-level patterns compiled on first use, behaving as re.compile's."""

from __future__ import annotations

import pickle
import re
import subprocess
import sys
from pathlib import Path

from netdir import lazy_re


def test_a_pattern_is_compiled_on_its_first_use_and_answers_as_re_compile() -> None:
    pattern = r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\."
    stand_in = lazy_re.compile(pattern, re.IGNORECASE)
    compiled = re.compile(pattern, re.IGNORECASE)
    assert "compiled" not in vars(stand_in) and "search" not in vars(stand_in)
    text = "am 12.03. und 4.5."
    assert stand_in.search(text).groupdict() == compiled.search(text).groupdict()  # type: ignore[union-attr]
    assert [m.span() for m in stand_in.finditer(text)] == [
        m.span() for m in compiled.finditer(text)
    ]
    assert stand_in.sub("<d>", text) == compiled.sub("<d>", text)
    assert stand_in.findall(text) == compiled.findall(text)
    assert stand_in.fullmatch("12.03.") is not None and stand_in.match("x12.03.") is None
    assert stand_in.split(text) == compiled.split(text)
    assert (stand_in.pattern, stand_in.flags, stand_in.groups, stand_in.groupindex) == (
        compiled.pattern,
        compiled.flags,
        compiled.groups,
        compiled.groupindex,
    )
    # Once compiled, lookups no longer pass through __getattr__ (the class has none).
    assert not hasattr(type(stand_in), "__getattr__")
    assert stand_in.compiled == compiled  # type: ignore[attr-defined]


def test_bytes_patterns_and_flags_given_as_regex_flags() -> None:
    stand_in = lazy_re.compile(rb"\d+", re.ASCII)
    assert stand_in.findall(b"a1b22") == [b"1", b"22"]
    assert stand_in.flags == re.compile(rb"\d+", re.ASCII).flags


def test_a_stand_in_pickles_as_its_pattern() -> None:
    stand_in = lazy_re.compile(r"ab+c", re.IGNORECASE)
    again = pickle.loads(pickle.dumps(stand_in))
    assert again.search("xABBC").group() == "ABBC"  # type: ignore[union-attr]
    used = pickle.loads(pickle.dumps(again))  # compiled already: pickles the same way
    assert used.pattern == "ab+c" and used.flags & re.IGNORECASE


def test_importing_the_extractors_and_normalizer_compiles_almost_none_of_their_patterns() -> None:
    """What the startup saving rests on (~0.17 CPU-s before a first run's first request): a
    pattern used at import (``OTHER.pattern`` in a module's constant) is compiled then."""
    script = (
        "import gc\n"
        "import netdir.extract.detail, netdir.extract.dispatch, netdir.normalize.stage\n"
        "import netdir.pipeline\n"
        "from netdir import lazy_re\n"
        "kinds = [type(o) for o in gc.get_objects() if isinstance(o, lazy_re._Compiled)]\n"
        "print(kinds.count(lazy_re._OnFirstUse), len(kinds))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    waiting, made = map(int, out.split())
    assert made > 500
    assert waiting >= 0.95 * made


def test_no_module_compiles_a_pattern_at_import_but_the_one_that_must() -> None:
    """A module-level ``re.compile`` undoes the saving above for its pattern; the one exception
    is a pattern other code compares by identity (``m.re is _OVERNIGHT_BEFORE``)."""
    import netdir

    at_import = re.compile(r"^(\w+)\s*(?::[^=\n]+)?=\s*re\.compile\(", re.MULTILINE)
    source_root = Path(netdir.__file__).parent
    found = sorted(
        f"{path.relative_to(source_root)}:{name}"
        for path in source_root.rglob("*.py")
        for name in at_import.findall(path.read_text(encoding="utf-8"))
    )
    assert found == ["normalize/when_days.py:_OVERNIGHT_BEFORE"]
