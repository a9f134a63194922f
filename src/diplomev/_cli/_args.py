"""The command line's grammar: subcommands, options, and a help text with examples."""

from __future__ import annotations

import argparse
import os

from diplomev import __name__ as _package

_DESCRIPTION = """\
Parse foreign-ministry press releases about diplomatic contacts into events,
and check, show and describe event documents.

exit codes: 0 all went well, 1 some input failed (each failure is reported on
standard error), 2 the command line is wrong."""

_PARSE_EXAMPLES = """\
examples:
  diplomev parse release.txt                  one release: a pretty JSON document
  diplomev parse corpus/ -o events.jsonl      a folder, walked for *.txt: JSON Lines
  diplomev parse corpus/ --jobs 4 -o out.jsonl   four worker processes, same order
  pbpaste | diplomev parse -                  a release on standard input

Output order follows input order. A release that cannot be parsed is reported
as `path: reason` on standard error and the rest go on; the exit code is then 1.
With -o the file appears only when complete (written under a temporary name,
then renamed); if interrupted, what was parsed is kept in OUT.partial."""

_VALIDATE_EXAMPLES = """\
examples:
  diplomev validate events.jsonl
  diplomev validate event.json more/       a folder, walked for *.json and *.jsonl

Each problem is one line, `file:line: $.path: message`; every problem is
reported, and the exit code is 1 if there is any."""

_SCHEMA_EXAMPLES = """\
example:
  diplomev schema > event.schema.json"""

_EXPORT_EXAMPLES = """\
examples:
  diplomev export --to plover events.jsonl -o events.plover.jsonl
  diplomev export --to cameo-csv corpus/ -o events.csv   releases, parsed first
  diplomev export --to cameo-csv release.txt event.json  any mix of releases and event files

plover writes one PLOVER record a line (JSON Lines); cameo-csv writes GDELT-style
rows with a header. Every record and row carries the codebook_version it was
coded with. A bad input is reported on standard error and the rest go on; the
exit code is then 1."""

_SHOW_EXAMPLES = """\
examples:
  diplomev show release.txt         parse a release and summarise its event
  diplomev show event.json          summarise the event(s) of a JSON or JSONL file"""


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of ``diplomev``'s command line."""
    debug = argparse.ArgumentParser(add_help=False)
    debug.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="show tracebacks of unexpected errors",
    )
    parser = argparse.ArgumentParser(
        prog=_package,
        description=_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks of unexpected errors")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_parse(commands, debug)
    _add_validate(commands, debug)
    _add_schema(commands, debug)
    _add_show(commands, debug)
    _add_export(commands, debug)
    return parser


def _subparser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    summary: str,
    epilog: str,
    debug: argparse.ArgumentParser,
) -> argparse.ArgumentParser:
    return commands.add_parser(
        name,
        help=summary,
        description=summary,
        epilog=epilog,
        parents=[debug],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def _add_parse(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], debug: argparse.ArgumentParser
) -> None:
    sub = _subparser(commands, "parse", "parse releases into events", _PARSE_EXAMPLES, debug)
    sub.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a release file, a directory (walked for *.txt), or - for standard input",
    )
    sub.add_argument(
        "-o", "--output", metavar="OUT", help="write to OUT instead of standard output"
    )
    sub.add_argument(
        "--format",
        choices=("json", "jsonl"),
        help="json: one document (an array for several releases); jsonl: one event a line "
        "(default: json for one file or -, jsonl otherwise)",
    )
    sub.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="parse in N worker processes; 0 means one per CPU (default: 1)",
    )


def _add_validate(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], debug: argparse.ArgumentParser
) -> None:
    sub = _subparser(
        commands, "validate", "check JSON or JSONL event files", _VALIDATE_EXAMPLES, debug
    )
    sub.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a .json or .jsonl file, a directory, or - for standard input",
    )


def _add_schema(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], debug: argparse.ArgumentParser
) -> None:
    _subparser(
        commands, "schema", "print the JSON Schema of an event document", _SCHEMA_EXAMPLES, debug
    )


def _add_show(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], debug: argparse.ArgumentParser
) -> None:
    sub = _subparser(commands, "show", "summarise an event for a person", _SHOW_EXAMPLES, debug)
    sub.add_argument(
        "path", metavar="PATH", help="a release, a .json or .jsonl event file, or - for stdin"
    )


def _add_export(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], debug: argparse.ArgumentParser
) -> None:
    sub = _subparser(
        commands, "export", "write events as PLOVER or CAMEO records", _EXPORT_EXAMPLES, debug
    )
    sub.add_argument(
        "--to", required=True, choices=("plover", "cameo-csv"), help="the format to write"
    )
    sub.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a release (.txt), a .json or .jsonl event file, a directory, or - for stdin",
    )
    sub.add_argument(
        "-o", "--output", metavar="OUT", help="write to OUT instead of standard output"
    )


def _jobs(text: str) -> int:
    try:
        jobs = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per CPU) or more")
    return jobs or os.cpu_count() or 1
