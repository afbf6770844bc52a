"""Declarative catalog rules (an item selector and per-field selectors) → raw records.

A rule that finds fewer items than ``min_items`` is a reported source error naming the source,
URL, selector, expected and found count: a changed page layout must never look like "no events".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir.catalog.model import FieldRule, Rules
from netdir.extract.context import PageContext, clean_text, set_field
from netdir.extract.inline_text import visible_text
from netdir.records import RawRecord, SourceIssue

EXTRACTOR = "rules"
LIST_FIELDS = frozenset({"topics"})
URL_FIELDS = frozenset({"url"})
RECORD_FIELDS = frozenset(
    {
        "title", "url", "description", "date_text", "start", "end", "location_text", "venue",
        "city", "attendance_mode", "organizer", "kind", "status_text", "cost_text",
        "audience_text", "topics", "published",
    }
)  # fmt: skip
_ALL_SEPARATOR = " | "


@dataclass(slots=True)
class RulesOutcome:
    records: list[RawRecord] = field(default_factory=list)
    issues: list[SourceIssue] = field(default_factory=list)


def extract_with_rules(
    tree: LexborHTMLParser | LexborNode,
    rules: Rules,
    context: PageContext,
    extractor: str = EXTRACTOR,
) -> RulesOutcome:
    outcome = RulesOutcome()
    try:
        items = tree.css(rules.item)
    except ValueError as exc:
        outcome.issues.append(
            _issue(
                context, f"item selector {rules.item!r} is not valid CSS: {exc}", "fix the selector"
            )
        )
        return outcome
    untitled = 0
    for item in items:
        record = _record(item, rules, context, extractor)
        if record is None:
            untitled += 1
        else:
            outcome.records.append(record)
    if len(items) < rules.min_items:
        outcome.issues.append(
            _issue(
                context,
                f"rule item selector {rules.item!r} matched {len(items)} items, "
                f"expected at least {rules.min_items}",
                "the page layout may have changed: run `netdir inspect URL` to see what the page "
                "yields and update rules.item",
            )
        )
    elif untitled and len(outcome.records) < rules.min_items:
        outcome.issues.append(
            _issue(
                context,
                f"title selector {rules.fields['title'].select!r} found no text in {untitled} of "
                f"{len(items)} items matched by {rules.item!r}; {len(outcome.records)} records, "
                f"expected at least {rules.min_items}",
                "check rules.fields.title against the page with `netdir inspect URL`",
            )
        )
    return outcome


def _record(
    item: LexborNode, rules: Rules, context: PageContext, extractor: str
) -> RawRecord | None:
    title = read_field(item, rules.fields["title"], context, "title")
    if not isinstance(title, str):
        return None
    record = context.new_record(extractor, title)
    record.field_sources["title"] = _where(extractor, rules.fields["title"], rules.item)
    for name, rule in rules.fields.items():
        if name == "title":
            continue
        value = read_field(item, rule, context, name)
        if name in RECORD_FIELDS:
            set_field(record, name, value, _where(extractor, rule, rules.item))
        elif isinstance(value, str):
            record.extra[name] = value
            record.field_sources[name] = _where(extractor, rule, rules.item)
    return record


def read_field(
    item: LexborNode, rule: FieldRule, context: PageContext, name: str
) -> str | list[str] | None:
    """The field's value inside ``item``: text or attribute, regex-filtered; URLs made absolute."""
    if rule.select in ("", "."):
        nodes = [item]
    else:
        try:
            nodes = (
                item.css(rule.select)
                if rule.all
                else [n for n in [item.css_first(rule.select)] if n]
            )
        except ValueError:
            return None
    values = [v for node in nodes if (v := _node_value(node, rule)) is not None]
    if name in URL_FIELDS:
        values = [u for v in values if (u := context.absolute_url(v))]
    if not values:
        return None
    if name in LIST_FIELDS:
        return values
    return _ALL_SEPARATOR.join(values) if rule.all else values[0]


def _node_value(node: LexborNode, rule: FieldRule) -> str | None:
    if rule.attr:
        text = clean_text(node.attributes.get(rule.attr))
    else:
        text = clean_text(visible_text(node))
    if text is None or rule.regex is None:
        return text
    match = re.search(rule.regex, text)
    if match is None:
        return None
    return clean_text(match.group(1) if match.groups() else match.group(0))


def _where(extractor: str, rule: FieldRule, item_selector: str) -> str:
    select = rule.select if rule.select not in ("", ".") else item_selector
    return f"{extractor}:{select}" + (f"@{rule.attr}" if rule.attr else "")


def _issue(context: PageContext, message: str, hint: str) -> SourceIssue:
    return SourceIssue(context.source_id, context.page_url, "extract", message, hint=hint)
