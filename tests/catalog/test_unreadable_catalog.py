"""A catalog that is not UTF-8 text or not a file: one clear error, exit 2, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from netdir.cli.main import main


@pytest.mark.parametrize("kind", ["latin-1", "directory", "binary"])
def test_refresh_names_what_is_wrong_with_the_catalog(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    catalog = tmp_path / "catalog.yaml"
    if kind == "directory":
        catalog.mkdir()
    elif kind == "latin-1":
        catalog.write_bytes("sources:\n  - id: köln\n".encode("latin-1"))
    else:
        catalog.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe")
    code = main(["refresh", "--catalog", str(catalog), "--db", str(tmp_path / "w.duckdb"),
                 "--out", str(tmp_path / "out"), "--no-progress"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "Traceback" not in err
    assert str(catalog) in err
    expected = "is a directory" if kind == "directory" else "not UTF-8"
    assert expected in err
