"""``netdir parse when|place TEXT``: what the normalizer makes of one text, as JSON.

For source authors checking a site's date or location format, and for tests.
"""

from __future__ import annotations

import argparse
import json
from datetime import date

from netdir.cli.common import iso_date


def register(subcommands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``parse`` with its sub-commands ``when`` and ``place``."""
    parser = subcommands.add_parser(
        "parse",
        help="show how a date or location text is normalized (JSON)",
        description="Runs one normalizer on one text and prints the result as JSON.",
    )
    kinds = parser.add_subparsers(dest="parse_kind", required=True, metavar="WHAT")
    when = kinds.add_parser(
        "when",
        help='a date text, e.g. "12.–14. März 2027, 9:30 Uhr"',
        description=(
            'Prints {"start", "end", "all_day", "precision", "recurrence"}; all null when no'
            " date. recurrence is an RFC 5545 RRULE (FREQ=MONTHLY;BYDAY=1TH) when the text"
            " repeats; start/end are then its next occurrence on or after --today."
        ),
    )
    when.add_argument("text", help="the date text as the page writes it")
    when.add_argument(
        "--today",
        type=iso_date,
        default=None,
        help="reference date for a missing year (default: today)",
    )
    when.add_argument("--page-date", type=iso_date, default=None, help="the page's date, if known")
    when.add_argument(
        "--year",
        type=_context_year,
        default=None,
        metavar="YYYY",
        help="the year the page states around the text (a heading 'Programm 2024', a year tab):"
        " a day written without a year lies in it",
    )
    order = when.add_mutually_exclusive_group()
    order.add_argument(
        "--lang",
        default=None,
        metavar="LANG",
        help="the page's language (de, en, en-US, en-GB): decides 09/07/23 (day or month first)",
    )
    order.add_argument(
        "--day-first",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="read 09/07/23 as 9 July (--day-first) or 7 September (--no-day-first); "
        "default: from --lang, else from the text's own words",
    )
    when.set_defaults(handler=_parse_when)
    place = kinds.add_parser(
        "place",
        help='a location text, e.g. "GLS Campus, Berlin" or "online via Webex"',
        description='Prints {"format", "city", "state", "venue"}.',
    )
    place.add_argument("text", help="the location text as the page writes it")
    place.set_defaults(handler=_parse_place)


def _parse_when(args: argparse.Namespace) -> int:
    from netdir.normalize import language_day_first, parse_when

    today = args.today or date.today()
    day_first = args.day_first if args.day_first is not None else language_day_first(args.lang)
    found = parse_when(
        args.text, today=today, page_date=args.page_date, day_first=day_first, year=args.year
    )
    print(json.dumps(found.as_dict(), ensure_ascii=False))
    return 0


def _parse_place(args: argparse.Namespace) -> int:
    from netdir.normalize import parse_place

    print(json.dumps(parse_place(args.text).as_dict(), ensure_ascii=False))
    return 0


def _context_year(value: str) -> int:
    if not value.isdigit() or not 1900 <= int(value) <= 2200:
        raise argparse.ArgumentTypeError(f"not a year (YYYY, 1900-2200): {value!r}")
    return int(value)
