"""The ``fascicle`` command.

Exit codes: 0 ok; 1 checks failed; 2 unreadable input or unwritable output;
3 not a fascicle; 4 usage error; 5 internal error (output would not match the schema).
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from pathlib import Path

from unfascicle import __version__
from unfascicle.editions import EDITIONS
from unfascicle.errors import FascicleError, UnreadableInput, UsageError


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
    extract.add_argument("--language", choices=EDITIONS,
                         help="language edition of the document (default: detected from its text)")
    extract.add_argument("--time-limit", type=float,
                         help="give up on the document after this many seconds")
    extract.add_argument("--check", action="store_true",
                         help="print failing accounting checks; exit 1 if any fails")
    extract.add_argument("--strict", action="store_true",
                         help="fail (exit 1, no output) on any failing check or warning")
    batch = sub.add_parser("batch", help="extract many inputs in parallel into a folder")
    batch.add_argument("inputs", nargs="+", help="files, folders or globs (.pdf, .txt)")
    batch.add_argument("-o", "--output", type=Path, required=True, help="output folder")
    batch.add_argument("--jobs", type=int, help="parallel workers (default: number of cores)")
    batch.add_argument("--time-limit", type=float, default=300.0,
                       help="seconds per document before it is stopped (default 300)")
    batch.add_argument("--max-pages", type=int, help="refuse PDFs longer than this")
    batch.add_argument("--password", help="password for encrypted PDFs")
    batch.add_argument("--executor", choices=["process", "dask"], default="process")
    batch.add_argument("--scheduler", help="Dask scheduler address (with --executor dask)")
    load = sub.add_parser("load", help="load outputs into DuckDB (default) or PostgreSQL")
    load.add_argument("outputs", nargs="+", type=Path, help="output JSON files or folders")
    load.add_argument("--db", default="fascicles.duckdb",
                      help="a DuckDB file (default fascicles.duckdb) or postgresql://…")
    export = sub.add_parser("export", help="write the relations as Parquet or CSV files")
    export.add_argument("outputs", nargs="+", type=Path, help="output JSON files or folders")
    export.add_argument("-o", "--output", type=Path, required=True, help="folder to write")
    export.add_argument("--format", choices=["parquet", "csv"], default="parquet")
    check = sub.add_parser("check", help="re-run the accounting checks on an output JSON")
    check.add_argument("output", type=Path)
    compare = sub.add_parser("diff", help="semantic diff of two outputs (exit 1 if they differ)")
    compare.add_argument("old", type=Path)
    compare.add_argument("new", type=Path)
    compare.add_argument("--json", action="store_true", help="print the changes as JSON")
    compare.add_argument("--ignore-source", action="store_true",
                         help="ignore fields that differ by source file (page, pages, bbox, "
                              "regions, source): compare a PDF's output with its Word file's")
    return parser


def _load_output(path: Path) -> dict:
    """Read an output JSON file, or fail with a one-line error."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UnreadableInput(path, "no such file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UnreadableInput(path, f"not a fascicle JSON output: {exc}") from None
    if not isinstance(data, dict) or "tables" not in data:
        raise UnreadableInput(path, "not a fascicle JSON output (no tables)")
    return data


def _diff(args: argparse.Namespace) -> int:
    from unfascicle.diff import as_json, diff

    old, new = _load_output(args.old), _load_output(args.new)
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


def _report_failures(findings: list[dict], total: int) -> int:
    """Print failing findings one per line; 1 if any failed, else 0."""
    failed = [f for f in findings if f["status"] == "fail"]
    for f in failed:
        where = ", ".join(x for x in (
            f"table {f['table']}" if f["table"] else None, f["part"],
            f"row {f['row']!r}" if f["row"] else None,
            f"column {f['column']!r}" if f["column"] else None,
            f"page {f['page']}" if f["page"] else None) if x)
        print(f"FAIL {f['rule']}: {where}: printed {f['printed']}, computed {f['computed']} "
              f"(tolerance {f['tolerance']}{'; ' + f['detail'] if f['detail'] else ''})")
    print(f"{total} checks, {len(failed)} failed")
    return 1 if failed else 0


def _check(args: argparse.Namespace) -> int:
    from unfascicle.checks import run_checks
    from unfascicle.output import plain, validate

    document = _load_output(args.output)
    validate(document, args.output)
    findings = [plain(f) for f in run_checks(document)]
    return _report_failures(findings, len(findings))


def _document(args: argparse.Namespace) -> dict:
    """All three stages for ``extract``: the output document, not yet written."""
    from unfascicle.output import to_dict
    from unfascicle.pipeline import read

    return to_dict(read(args.input, password=args.password, max_pages=args.max_pages,
                        language=args.language))


def _extract(args: argparse.Namespace) -> int:
    from unfascicle.isolate import call_with_time_limit
    from unfascicle.output import write_json

    if args.time_limit is not None:
        document = call_with_time_limit(_document, (args,), args.time_limit, str(args.input))
    else:
        document = _document(args)
    if args.strict and (document["warnings"] or any(
            f["status"] == "fail" for f in document["checks"])):
        for w in document["warnings"]:
            print(f"WARNING {w['code']}: {w['message']}", file=sys.stderr)
        _report_failures(document["checks"], len(document["checks"]))
        print(f"fascicle: {args.input}: --strict: not written because of the findings above",
              file=sys.stderr)
        return 1
    write_json(document, args.output)
    if args.check:
        return _report_failures(document["checks"], len(document["checks"]))
    return 0


def _batch(args: argparse.Namespace) -> int:
    from unfascicle.batch import expand_inputs, run_batch, write_report
    from unfascicle.progress import reporter

    inputs = expand_inputs(args.inputs)
    executor = _dask_executor(args.scheduler) if args.executor == "dask" else None
    with reporter(len(inputs)) as progress:
        outcomes = run_batch(inputs, args.output, executor=executor, workers=args.jobs,
                             time_limit=args.time_limit, password=args.password,
                             max_pages=args.max_pages, progress=progress)
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
        action = "replaced" if doc.replaced else "added"
        print(f"{action} {doc.document_id} from {doc.path} ({sum(doc.rows.values())} rows)")
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
