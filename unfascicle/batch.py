"""Many fascicles at once: parallel, resumable, and one bad file never stops the rest.

The per-document work (:func:`process`) is a plain function of plain data, so any
``concurrent.futures.Executor`` can run it: a process pool by default, or a Dask
cluster's executor. Each document runs in a child process with a time and a memory
limit (:mod:`unfascicle.isolate`) and writes its JSON into ``OUT/.work/``; the parent
moves it into place with an atomic rename. Output names come from the inputs alone
(:func:`plan_names`), never from which job finishes first. A state file per output
(``OUT/.state/<name>.json``) records the input it came from, its content hash and the
pipeline version, so a rerun skips what is done and finishes what a killed run left.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Executor, ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path

from unfascicle import __version__
from unfascicle.errors import FascicleError, OutputError, UsageError
from unfascicle.inputfile import MAX_INPUT_MB, read_input
from unfascicle.isolate import call_with_time_limit, die_with_parent
from unfascicle.output import check_target, write_atomic

INPUT_SUFFIXES = (".pdf", ".txt", ".docx")
WORK, STATE = ".work", ".state"
RESERVED = frozenset({"report"})  # report.json and report.txt are the run's own


def pipeline_version() -> str:
    """The code version plus a digest of the vocabulary: editing a label map
    re-runs documents, as a new release does."""
    digest = hashlib.sha256(__version__.encode())
    for package in ("unfascicle.normalize", "unfascicle.checks", "unfascicle.extract"):
        folder = resources.files(package).joinpath("data")
        for item in sorted(folder.iterdir(), key=lambda p: p.name):
            if item.is_file():
                digest.update(item.name.encode() + item.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"


@dataclass(frozen=True)
class Job:
    """One input to process, and how."""

    source: str
    work_file: str
    sha256: str
    password: str | None = None
    max_pages: int | None = None
    max_mb: float | None = MAX_INPUT_MB
    memory_mb: float | None = None


@dataclass
class Outcome:
    """What happened to one input; one line of the run report."""

    input: str
    status: str  # ok, skipped, failed
    output: str | None = None
    pages: int | None = None
    tables: int | None = None
    paragraphs: int | None = None
    failing_checks: int | None = None
    seconds: float = 0.0
    error: str | None = None
    code: str | None = None


def _extract(job: Job) -> dict:
    """Runs in the child: all three stages, the JSON written into the work folder."""
    from unfascicle.output import to_dict, write_json
    from unfascicle.pipeline import read

    document = to_dict(read(Path(job.source), password=job.password, max_pages=job.max_pages,
                            max_mb=job.max_mb))
    write_json(document, Path(job.work_file))
    return {"pages": document["document"]["source"]["pages"],
            "tables": len(document["tables"]),
            "paragraphs": sum(1 for p in document["paragraphs"] if p["number"]),
            "failing_checks": sum(1 for c in document["checks"] if c["status"] == "fail")}


def process(job: Job, time_limit: float | None) -> Outcome:
    """The per-document work: never raises for a bad document, reports it."""
    import unfascicle.extract.pdf_reader  # noqa: F401  imported once per worker, then
    import unfascicle.output  # noqa: F401  inherited by every forked document
    import unfascicle.pipeline  # noqa: F401

    started = time.perf_counter()
    try:
        summary = call_with_time_limit(_extract, (job,), time_limit, job.source, job.memory_mb)
    except FascicleError as exc:
        return _failed(job.source, exc, time.perf_counter() - started)
    return Outcome(job.source, "ok", seconds=round(time.perf_counter() - started, 3), **summary)


def _failed(source: str, exc: FascicleError, seconds: float = 0.0) -> Outcome:
    return Outcome(source, "failed", seconds=round(seconds, 3), error=exc.line(), code=exc.code)


def expand_inputs(specs: Iterable[str], out_dir: Path | None = None) -> list[Path]:
    """Files, folders (their .pdf/.txt/.docx files, recursively) and globs (relative or
    absolute), sorted, once each however they are named. The run's own ``report.txt``
    in ``out_dir`` is not an input, even when a folder or glob takes it in (a batch
    written into its input folder, then run again)."""
    own = {_identity(out_dir / f"{name}.txt") for name in RESERVED} if out_dir else set()
    found: dict[Path, Path] = {}
    for spec in specs:
        path = Path(spec)
        if path.is_dir():
            matches = [p for p in path.rglob("*") if p.suffix.lower() in INPUT_SUFFIXES
                       and p.is_file() and _identity(p) not in own]
        elif path.exists() or path.is_symlink():
            matches = [path]
        else:
            matches = [Path(p) for p in glob.glob(spec, recursive=True)
                       if Path(p).is_file() and _identity(Path(p)) not in own
                       ] if glob.has_magic(spec) else []
            if not matches:
                raise UsageError(spec, "no such file, folder or matching glob")
        for match in matches:
            found.setdefault(_identity(match), match)
    return sorted(found.values())


def _identity(path: Path) -> Path:
    """What makes two inputs the same input: the file they resolve to."""
    return Path(os.path.realpath(path))


def plan_names(inputs: list[Path], claims: dict[str, str] | None = None) -> dict[Path, str]:
    """Each input's output name (without ``.json``): its stem; its full name
    (``x.pdf``) when another input of the run could want the stem; that plus a digest
    of its path when even the full name is wanted by another. Stems and full names are
    counted together, since one input's stem can be another's full name (``a.pdf`` and
    ``a.pdf.txt``). A name held in the folder by another input's output (``claims``:
    name → resolved source) or by the report counts as shared. The names depend on the
    inputs only."""
    claims = claims or {}

    def free(name: str, path: Path) -> bool:
        return name not in RESERVED and claims.get(name, str(_identity(path))) == str(
            _identity(path))

    wanted = _count(name for p in inputs for name in {p.stem, p.name})
    names: dict[Path, str] = {}
    for path in inputs:
        digest = hashlib.sha256(str(_identity(path)).encode()).hexdigest()[:8]
        names[path] = next((name for name in (path.stem, path.name)
                            if wanted[name] == 1 and free(name, path)),
                           f"{path.name}.{digest}")
    return names


def _count(items: Iterable[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


def _states(out_dir: Path) -> dict[str, dict]:
    """The recorded state of every output still in the folder, by output name."""
    states = {}
    for path in sorted((out_dir / STATE).glob("*.json")):
        try:
            state = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):
            continue
        if isinstance(state, dict) and path.stem == state.get("name") and isinstance(
                state.get("source"), str) and (out_dir / f"{path.stem}.json").is_file():
            states[path.stem] = state
    return states


def _prepare(out_dir: Path) -> None:
    """Create the output folder and its work and state folders; empty the work folder
    of what a killed run left. Any failure is one line, exit 2."""
    try:
        for sub in (WORK, STATE):
            (out_dir / sub).mkdir(parents=True, exist_ok=True)
        for stale in (out_dir / WORK).iterdir():
            stale.unlink()
    except OSError as exc:
        if out_dir.exists() and not out_dir.is_dir():
            raise OutputError(out_dir, "is a file, not a folder (batch writes a folder)") from None
        raise OutputError(out_dir, f"cannot write into the output folder: {exc.strerror}"
                          ) from None


def _finalize(outcome: Outcome, out_dir: Path, job: Job, name: str, version: str) -> None:
    """Move a finished output to its name and record where it came from, as soon as
    it is done, so a killed run keeps what it finished. A failure fails this input."""
    target = out_dir / f"{name}.json"
    record = asdict(outcome) | {"output": target.name, "name": name, "sha256": job.sha256,
                                "source": str(_identity(Path(job.source))), "pipeline": version}
    try:
        check_target(target, Path(job.source))
        try:
            os.replace(job.work_file, target)
        except OSError as exc:
            raise OutputError(target, f"cannot write the output: {exc.strerror}") from None
        write_atomic(json.dumps(record, ensure_ascii=False).encode("utf-8"),
                     out_dir / STATE / f"{name}.json")
    except FascicleError as exc:
        Path(job.work_file).unlink(missing_ok=True)
        vars(outcome).update(vars(_failed(outcome.input, exc, outcome.seconds)))
        return
    outcome.output = target.name


def run_batch(inputs: list[Path], out_dir: Path, executor: Executor | None = None,
              workers: int | None = None, time_limit: float | None = 300.0,
              password: str | None = None, max_pages: int | None = None,
              progress: Callable[[Outcome], None] | None = None,
              memory_mb: float | None = None, max_mb: float | None = MAX_INPUT_MB
              ) -> list[Outcome]:
    """Process ``inputs`` into ``out_dir``; returns one outcome per input, in input order."""
    version = pipeline_version()
    _prepare(out_dir)
    states = _states(out_dir)
    names = plan_names(inputs, {n: s["source"] for n, s in states.items()})
    outcomes, pending = [], {}
    for path in inputs:
        name = names[path]
        try:
            sha = hashlib.sha256(read_input(path, max_mb)).hexdigest()
        except FascicleError as exc:
            outcomes.append(_failed(str(path), exc))
            continue
        state = states.get(name)
        if state and (state.get("sha256"), state.get("pipeline")) == (sha, version):
            outcomes.append(Outcome(str(path), "skipped", output=f"{name}.json",
                                    pages=state.get("pages"), tables=state.get("tables"),
                                    paragraphs=state.get("paragraphs"),
                                    failing_checks=state.get("failing_checks")))
            continue
        job = Job(str(path), str(out_dir / WORK / f"{name}.json"), sha, password, max_pages,
                  max_mb, memory_mb)
        pending[job.source] = (job, name)
    own = executor is None
    pool = executor or ProcessPoolExecutor(max_workers=workers or os.cpu_count() or 1,
                                           initializer=die_with_parent)
    try:
        futures = [pool.submit(process, job, time_limit) for job, _ in pending.values()]
        for future in as_completed(futures):
            outcome = future.result()
            if outcome.status == "ok":
                job, name = pending[outcome.input]
                _finalize(outcome, out_dir, job, name, version)
            outcomes.append(outcome)
            if progress:
                progress(outcome)
    finally:
        if own:
            pool.shutdown(cancel_futures=True)
    order = {str(p): i for i, p in enumerate(inputs)}
    return sorted(outcomes, key=lambda o: order.get(o.input, 0))


def write_report(outcomes: list[Outcome], out_dir: Path) -> str:
    """``report.json`` and ``report.txt`` in ``out_dir``; returns the readable summary."""
    records = [asdict(o) for o in outcomes]
    counts = {s: sum(1 for o in outcomes if o.status == s) for s in ("ok", "skipped", "failed")}
    report = {"pipeline": pipeline_version(), "counts": counts, "inputs": records}
    write_atomic((json.dumps(report, ensure_ascii=False, indent=1) + "\n").encode("utf-8"),
                 out_dir / "report.json")
    lines = [f"{'status':8} {'pages':>5} {'tables':>6} {'paras':>5} {'fails':>5} {'sec':>6}  input"]
    for o in outcomes:
        cells = [o.pages, o.tables, o.paragraphs, o.failing_checks]
        shown = [str(c) if c is not None else "-" for c in cells]
        lines.append(f"{o.status:8} {shown[0]:>5} {shown[1]:>6} {shown[2]:>5} {shown[3]:>5} "
                     f"{o.seconds:>6.2f}  {o.input}" + (f"\n         {o.error}" if o.error else ""))
    lines.append(f"{counts['ok']} ok, {counts['skipped']} skipped, {counts['failed']} failed")
    summary = "\n".join(lines) + "\n"
    write_atomic(summary.encode("utf-8"), out_dir / "report.txt")
    return summary
