"""A refresh run told for operators: one row per source and a short Markdown summary.

Plain data and text: the Prefect flow publishes them as artifacts, and anything else (a CLI, a
mail) can use the same rows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from netdir.pipeline import RefreshReport

#: Files of the publish folder an operator opens first, in this order.
PUBLISHED_FILES = ("overview.json", "index.html", "overview.csv", "upcoming.ics", "netdir.duckdb")


def source_rows(report: RefreshReport) -> list[dict[str, Any]]:
    """Per source: verdict, pages, 304s (unchanged), records, new/changed/removed, first issue."""
    verdicts = {verdict.source_id: verdict for verdict in report.verdicts}
    rows = []
    for result in sorted(report.results, key=lambda r: r.source_id):
        verdict = verdicts.get(result.source_id)
        changes = report.changes_by_source.get(result.source_id, {})
        rows.append(
            {
                "source": result.source_id,
                "status": verdict.verdict if verdict else result.status,
                "pages": result.pages_fetched,
                "unchanged (304)": result.pages_unchanged,
                "records": result.record_count,
                "new": changes.get("added", 0) + changes.get("reappeared", 0),
                "changed": changes.get("changed", 0),
                "removed": changes.get("removed", 0),
                "issue": (verdict.reason if verdict and verdict.reason else "")
                or (str(result.issues[0]) if result.issues else ""),
            }
        )
    return rows


def published_links(published_to: str, public_url: str | None = None) -> dict[str, str]:
    """Links to the published files: under ``public_url`` when the folder is served, else to
    the folder itself (a ``file://`` path, or the fsspec URL such as ``s3://…``)."""
    if public_url:
        base = public_url.rstrip("/")
    elif "://" in published_to:
        base = published_to.rstrip("/")
    else:
        from pathlib import Path

        base = Path(published_to).resolve().as_uri()
    return {name: f"{base}/{name}" for name in PUBLISHED_FILES}


def summary_markdown(report: RefreshReport, links: dict[str, str]) -> str:
    summary = report.summary
    broken = report.broken
    counts: dict[str, int] = {}
    for verdict in report.verdicts:
        counts[verdict.verdict] = counts.get(verdict.verdict, 0) + 1
    lines = [
        f"# netdir refresh {report.run_id}",
        "",
        f"**{report.offerings_published} offerings published** "
        f"(+{summary.added} new, {summary.changed} changed, {summary.removed} removed, "
        f"{summary.unchanged} unchanged).",
        "",
        "Sources: " + ", ".join(f"{n} {verdict}" for verdict, n in sorted(counts.items())) + ".",
        "",
    ]
    if broken:
        lines += ["## Broken sources", ""]
        lines += [f"- **{v.source_id}** ({v.verdict}): {v.reason} — {v.url or ''}" for v in broken]
        lines.append("")
    if not report.refreshed_any:
        lines += [
            "**No source could be refreshed**: the overview was published from curated and "
            "last-known data.",
            "",
        ]
    lines += ["## Published files", ""]
    lines += [f"- [{name}]({url})" for name, url in links.items()]
    return "\n".join(lines) + "\n"
