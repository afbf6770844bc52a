"""Small things a new user trips over on the command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from netdir.cli.main import build_parser, main
from netdir.records import SourceIssue
from tests.extract.conftest import FIXTURES

RULES_CATALOG = """\
sources:
  - id: zdv-termine
    name: ZDV Termine
    start_urls: ["https://zdv.example/termine/"]
    extract: rules
    rules:
      item: div.termin
      fields:
        title: h4.termin-titel
        url: "h4.termin-titel a@href"
"""


@pytest.mark.parametrize("flag", ["--catalog", "--source-catalog"])
def test_inspect_takes_catalog_like_every_other_command(
    flag: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    catalog = tmp_path / "catalog.yaml"
    catalog.write_text(RULES_CATALOG, encoding="utf-8")
    page = str(FIXTURES / "rules_page1.html")
    args = ["--base-url", "https://zdv.example/termine/", flag, str(catalog)]
    code = main(["inspect", page, *args, "--source", "zdv-termine", "--json"])

    captured = capsys.readouterr()
    assert code == 0
    assert captured.out.count('"extractor": "rules"') == 3
    assert "warning" not in captured.err  # --base-url was given


def test_inspect_of_a_local_file_without_base_url_warns_about_links(
    capsys: pytest.CaptureFixture[str],
) -> None:
    main(["inspect", str(FIXTURES / "rules_page1.html"), "--json"])
    err = capsys.readouterr().err
    assert "without --base-url" in err and "cannot be resolved" in err


def test_an_issue_names_its_url_once_and_has_no_stray_spaces() -> None:
    url = "ftp://zdv.example/termine"
    issue = SourceIssue("zdv", url, "crawl", f" not an http(s) URL: {url}", hint=" fix it ")
    assert str(issue) == f"[zdv] crawl: not an http(s) URL: {url} → fix it"


def test_help_texts_carry_no_markup_or_internal_notes() -> None:
    parser = build_parser()
    texts = [parser.format_help()]
    for action in parser._subparsers._group_actions:  # type: ignore[union-attr]
        texts.extend(sub.format_help() for sub in action.choices.values())  # type: ignore[union-attr]
    for text in texts:
        assert "``" not in text and ":func:" not in text and "TODO" not in text
    query_help = subprocess.run(
        [sys.executable, "-m", "netdir.cli.main", "query", "--help"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "warehouse/netdir.duckdb" in " ".join(query_help.split())
