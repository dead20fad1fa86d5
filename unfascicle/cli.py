"""The ``fascicle`` command.

Exit codes: 0 ok; 1 checks failed; 2 unreadable input or unwritable output;
3 not a fascicle; 4 usage error; 5 internal error (output would not match the schema).
"""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path

from unfascicle import __version__
from unfascicle.errors import FascicleError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fascicle", description="Read UN programme budget fascicles into typed JSON.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    sub = parser.add_subparsers(dest="command", required=True)
    extract = sub.add_parser("extract", help="read a fascicle (.pdf or .txt) and write JSON")
    extract.add_argument("input", type=Path)
    extract.add_argument("-o", "--output", type=Path, required=True, help="JSON file to write")
    extract.add_argument("--password", help="password of an encrypted PDF")
    extract.add_argument("--max-pages", type=int, help="refuse PDFs longer than this")
    return parser


def _extract(args: argparse.Namespace) -> int:
    from unfascicle.output import to_dict, write_json
    from unfascicle.pipeline import read

    fascicle = read(args.input, password=args.password, max_pages=args.max_pages)
    write_json(to_dict(fascicle), args.output)
    return 0


_COMMANDS = {"extract": _extract}



def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit code."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse prints its own message
        return 0 if exc.code == 0 else 4
    try:
        return _COMMANDS[args.command](args)
    except FascicleError as exc:
        if args.debug:
            traceback.print_exc()
        print(f"fascicle: {exc.line()}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
