"""The ``fascicle`` command.

Exit codes: 0 ok; 1 checks failed; 2 unreadable input or unwritable output;
3 not a fascicle; 4 usage error; 5 internal error (output would not match the schema).
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import sys
import time
import traceback
from pathlib import Path
from typing import NoReturn, TextIO

from unfascicle import __version__
from unfascicle.editions import EDITIONS
from unfascicle.errors import FascicleError, UsageError
from unfascicle.inputfile import MAX_INPUT_MB

DEFAULT_TIME_LIMIT = 300.0  # seconds per document
DEFAULT_MEMORY_LIMIT = 2048.0  # megabytes per document


def _positive_number(text: str) -> float:
    """A finite number above zero (argparse type): limits of 0, -1, nan or inf are typos."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not (math.isfinite(value) and value > 0):
        raise argparse.ArgumentTypeError(f"must be a finite number above 0, not {text!r}")
    return value


def _positive_int(text: str) -> int:
    """A whole number of at least 1 (argparse type)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {text!r}")
    return value


def _text(text: str) -> str:
    """A non-empty name, glob or URL (argparse type): an empty one would silently mean the
    current folder or the default database."""
    if not text:
        raise argparse.ArgumentTypeError("an empty path")
    return text


def _path(text: str) -> Path:
    """A file or folder name (argparse type), not empty."""
    return Path(_text(text))


class _Parser(argparse.ArgumentParser):
    """argparse whose usage errors are one line with their code, like every other error
    (subcommands inherit the class)."""

    def error(self, message: str) -> NoReturn:
        self.exit(UsageError.exit_code,
                  f"fascicle: {message} (see {self.prog} --help) [{UsageError.code}]\n")


def _limits(command: argparse.ArgumentParser) -> None:
    """The per-document limits, the same for extract and batch."""
    command.add_argument("--time-limit", type=_positive_number, default=DEFAULT_TIME_LIMIT,
                         help="seconds per document before it is stopped (default 300)")
    command.add_argument("--memory-limit", type=_positive_number, default=DEFAULT_MEMORY_LIMIT,
                         metavar="MB", help="megabytes per document (default 2048)")
    command.add_argument("--max-size", type=_positive_number, default=MAX_INPUT_MB,
                         metavar="MB", help=f"refuse larger inputs (default {MAX_INPUT_MB:g})")
    command.add_argument("--max-pages", type=_positive_int, help="refuse PDFs longer than this")

EXIT_CODES = """exit codes:
  0  success
  1  a check failed (check, extract --check, --strict) or diff found differences
  2  unreadable input, over --time-limit, or output not writable
  3  readable, but not a UN budget fascicle
  4  usage error
  5  internal error: the output would not match the schema (a bug; please report)"""

# Options every subcommand takes, before or after its name: (flags, help).
_COMMON = (
    (("--debug",), "show tracebacks on errors"),
    (("-q", "--quiet"), "print errors only: no warnings, no summary line"),
    (("-v", "--verbose"), "print progress messages, and those of pdfminer"),
)


def _add_common(parser: argparse.ArgumentParser, default: object) -> None:
    """The common options; a subcommand's copies default to SUPPRESS, so that
    ``fascicle --debug extract …`` is not undone by the subcommand's own default."""
    for flags, text in _COMMON:
        parser.add_argument(*flags, action="store_true", default=default, help=text)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="fascicle", description="Read UN programme budget fascicles into typed JSON.",
        epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help="print the version and exit")
    _add_common(parser, False)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    extract = sub.add_parser("extract", help="read a fascicle (.pdf or .txt) and write JSON")
    extract.add_argument("input", type=_path, help="the fascicle: a PDF, a Word file or flat text")
    extract.add_argument("-o", "--output", type=_path, required=True,
                         help="JSON file to write, or - for standard output")
    extract.add_argument("--password", help="password of an encrypted PDF")
    extract.add_argument("--language", choices=EDITIONS,
                         help="language edition of the document (default: detected from its text)")
    _limits(extract)
    extract.add_argument("--check", action="store_true",
                         help="print failing accounting checks; exit 1 if any fails")
    extract.add_argument("--strict", action="store_true",
                         help="fail (exit 1, no output) on any failing check or warning")
    batch = sub.add_parser("batch", help="extract many inputs in parallel into a folder")
    batch.add_argument("inputs", nargs="+", type=_text,
                       help="files, folders or globs (.pdf, .docx, .txt)")
    batch.add_argument("-o", "--output", type=_path, required=True, help="output folder")
    batch.add_argument("--jobs", type=_positive_int,
                       help="parallel workers (default: number of cores)")
    _limits(batch)
    batch.add_argument("--password", help="password for encrypted PDFs")
    batch.add_argument("--executor", choices=["process", "dask"], default="process",
                       help="local processes (default) or a Dask cluster")
    batch.add_argument("--scheduler", help="Dask scheduler address (with --executor dask)")
    load = sub.add_parser("load", help="load outputs into DuckDB (default) or PostgreSQL")
    load.add_argument("outputs", nargs="+", type=_path, help="output JSON files or folders")
    load.add_argument("--db", default="fascicles.duckdb", type=_text,
                      help="a DuckDB file (default fascicles.duckdb) or postgresql://…")
    export = sub.add_parser("export", help="write the relations as Parquet or CSV files")
    export.add_argument("outputs", nargs="+", type=_path, help="output JSON files or folders")
    export.add_argument("-o", "--output", type=_path, required=True, help="folder to write")
    export.add_argument("--format", choices=["parquet", "csv"], default="parquet",
                        help="file format (default parquet); datapackage.json describes both")
    check = sub.add_parser("check", help="re-run the accounting checks on an output JSON")
    check.add_argument("output", type=_path, help="an output JSON file")
    check.add_argument("--json", action="store_true",
                       help="print the counts and the failing checks as JSON")
    compare = sub.add_parser("diff", help="semantic diff of two outputs (exit 1 if they differ)")
    compare.add_argument("old", type=_path, help="the earlier output JSON")
    compare.add_argument("new", type=_path, help="the later output JSON")
    compare.add_argument("--json", action="store_true", help="print the changes as JSON")
    compare.add_argument("--ignore-source", action="store_true",
                         help="ignore fields that differ by source file (page, pages, bbox, "
                              "regions, source): compare a PDF's output with its Word file's")
    for command in sub.choices.values():
        command.epilog, command.formatter_class = EXIT_CODES, parser.formatter_class
        _add_common(command, argparse.SUPPRESS)
    return parser


def _configure_logging(args: argparse.Namespace) -> None:
    """Messages go through ``logging`` to stderr: warnings by default, errors only with
    --quiet, everything with --verbose. pdfminer reports harmless font trouble ("Could not
    get FontBBox …") as warnings and what it repairs in a damaged file as errors; the
    error line of a refusal says enough, so those are shown only with --verbose or --debug."""
    level = logging.DEBUG if args.verbose else logging.ERROR if args.quiet else logging.WARNING
    logging.basicConfig(level=level, stream=sys.stderr, force=True,
                        format="fascicle: %(levelname)s: %(name)s: %(message)s")
    logging.getLogger("pdfminer").setLevel(
        logging.NOTSET if args.verbose or args.debug else logging.CRITICAL)


def _diff(args: argparse.Namespace) -> int:
    from unfascicle.diff import as_json, diff
    from unfascicle.store.inputs import read_output

    old, new = read_output(args.old), read_output(args.new)
    if args.ignore_source:
        from unfascicle.sourcefree import without_source

        old, new = without_source(old), without_source(new)
    changes = diff(old, new)
    if args.json:
        print(json.dumps(as_json(changes), ensure_ascii=False, indent=1))
    else:
        for change in changes:
            print(change.line())
        print(f"{len(changes)} difference(s)" if changes else "no differences")
    return 1 if changes else 0


def _report_failures(findings: list[dict], total: int, stream: TextIO | None = None) -> int:
    """Print failing findings one per line (on ``stream``, default stdout); 1 if any
    failed, else 0."""
    stream = stream or sys.stdout
    failed = [f for f in findings if f["status"] == "fail"]
    for f in failed:
        where = ", ".join(x for x in (
            f"table {f['table']}" if f["table"] else None, f["part"],
            f"row {f['row']!r}" if f["row"] else None,
            f"column {f['column']!r}" if f["column"] else None,
            f"page {f['page']}" if f["page"] else None) if x)
        print(f"FAIL {f['rule']}: {where}: printed {f['printed']}, computed {f['computed']} "
              f"(tolerance {f['tolerance']}{'; ' + f['detail'] if f['detail'] else ''})",
              file=stream)
    print(f"{total} checks, {len(failed)} failed", file=stream)
    return 1 if failed else 0


def _check(args: argparse.Namespace) -> int:
    from unfascicle.checks import run_checks
    from unfascicle.store.inputs import read_output

    document = read_output(args.output)
    findings = [f.as_dict() for f in run_checks(document)]
    if args.json:
        failed = [f for f in findings if f["status"] == "fail"]
        print(json.dumps({"checks": len(findings), "failed": len(failed), "failures": failed},
                         ensure_ascii=False, indent=1))
        return 1 if failed else 0
    return _report_failures(findings, len(findings))


def _document(args: argparse.Namespace) -> dict:
    """All three stages for ``extract``: the output document, not yet written."""
    from unfascicle.output import to_dict
    from unfascicle.pipeline import read

    return to_dict(read(args.input, password=args.password, max_pages=args.max_pages,
                        max_mb=args.max_size, language=args.language))


def _summary(document: dict, seconds: float) -> str:
    """The one line ``extract`` prints on a terminal."""
    failed = sum(f["status"] == "fail" for f in document["checks"])
    return (f"{document['document']['source']['file']}: {document['document']['source']['pages']}"
            f" pages, {len(document['tables'])} tables, {len(document['paragraphs'])} "
            f"paragraphs, {failed} checks failed, {len(document['warnings'])} warnings, "
            f"{seconds:.2f} s")


def _write(document: dict, target: Path, source: Path) -> None:
    """The output file, or standard output for ``-o -`` (validated all the same)."""
    from unfascicle.output import valid_json, write_json

    if str(target) != "-":
        write_json(document, target, source)
        return
    sys.stdout.write(valid_json(document, "<stdout>"))
    sys.stdout.flush()


def _extract(args: argparse.Namespace) -> int:
    from unfascicle.isolate import call_with_time_limit
    from unfascicle.output import check_target

    started = time.perf_counter()
    to_stdout = str(args.output) == "-"
    # the findings go where the JSON does not: with -o - standard output holds the JSON
    report = sys.stderr if to_stdout else sys.stdout
    if not to_stdout:
        check_target(args.output, args.input)  # before the work, not after it
    document = call_with_time_limit(_document, (args,), args.time_limit, str(args.input),
                                    args.memory_limit)
    if args.strict and (document["warnings"] or any(
            f["status"] == "fail" for f in document["checks"])):
        for w in document["warnings"]:
            print(f"WARNING {w['code']}: {w['message']}", file=sys.stderr)
        _report_failures(document["checks"], len(document["checks"]), report)
        print(f"fascicle: {args.input}: --strict: not written because of the findings above",
              file=sys.stderr)
        return 1
    _write(document, args.output, args.input)
    if sys.stderr.isatty() and not args.quiet:
        print(_summary(document, time.perf_counter() - started), file=sys.stderr)
    if args.check:
        return _report_failures(document["checks"], len(document["checks"]), report)
    return 0


def _batch(args: argparse.Namespace) -> int:
    from unfascicle.batch import expand_inputs, run_batch, write_report
    from unfascicle.progress import reporter

    inputs = expand_inputs(args.inputs, args.output)
    executor = _dask_executor(args.scheduler) if args.executor == "dask" else None
    with reporter(len(inputs)) as progress:
        outcomes = run_batch(inputs, args.output, executor=executor, workers=args.jobs,
                             time_limit=args.time_limit, password=args.password,
                             max_pages=args.max_pages, progress=progress,
                             memory_mb=args.memory_limit, max_mb=args.max_size)
    print(write_report(outcomes, args.output), end="")
    return 2 if any(o.status == "failed" for o in outcomes) else 0


def _dask_executor(address: str | None):
    """A concurrent.futures executor on a Dask cluster (the optional ``[dask]`` extra)."""
    if not address:
        raise UsageError(None, "--executor dask needs --scheduler ADDRESS")
    try:
        from distributed import Client
    except ImportError:
        raise UsageError(None, "Dask is not installed: pip install 'unfascicle[dask]'") from None
    try:
        return Client(address, timeout=10).get_executor()
    except OSError as exc:
        raise UsageError(address, f"cannot reach the Dask scheduler: {exc}") from None


def _load(args: argparse.Namespace) -> int:
    from unfascicle.store import load

    report = load(args.outputs, args.db)
    for doc in report.documents:
        print(doc.line())
    print(f"{len(report.documents)} document(s), {report.rows} rows into {report.database} "
          f"in {report.seconds:.2f} s")
    return 0


def _export(args: argparse.Namespace) -> int:
    from unfascicle.store import export

    written = export(args.outputs, args.output, args.format)
    for name, path in written.items():
        print(f"{name}: {path}")
    return 0


_COMMANDS = {"extract": _extract, "batch": _batch, "load": _load, "export": _export,
             "check": _check, "diff": _diff}



def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit code."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse prints its own message
        return 0 if exc.code == 0 else 4
    _configure_logging(args)
    try:
        return _COMMANDS[args.command](args)
    except FascicleError as exc:
        if args.debug:
            traceback.print_exc()
        print(f"fascicle: {exc.line()}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `fascicle diff … | head`: the reader left, nothing is wrong
        sys.stdout = None
        return 0


if __name__ == "__main__":
    sys.exit(main())
