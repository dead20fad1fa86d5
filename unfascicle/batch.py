"""Many fascicles at once: parallel, resumable, and one bad file never stops the rest.

The per-document work (:func:`process`) is a plain function of plain data, so any
``concurrent.futures.Executor`` can run it: a process pool by default, or a Dask
cluster's executor. Each document runs in a child process with a time limit
(:mod:`unfascicle.isolate`) and writes its JSON into ``OUT/.work/``; the parent
then names it after the document symbol and language and moves it into place
with an atomic rename. A state file per input (``OUT/.state/<sha256>.json``)
records the pipeline version that produced it, so a rerun skips what is done
and finishes what a killed run left.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Executor, ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path

import regex

from unfascicle import __version__
from unfascicle.errors import FascicleError, UsageError
from unfascicle.isolate import call_with_time_limit

INPUT_SUFFIXES = (".pdf", ".txt", ".docx")
WORK, STATE = ".work", ".state"


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
    work_dir: str
    sha256: str
    password: str | None = None
    max_pages: int | None = None


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
    name: str | None = field(default=None, repr=False)  # preferred output name


def output_name(document: dict, source: Path) -> str:
    """"A/78/6 (Sect. 15)" + zh → "A_78_6_Sect15_zh"; the input's stem when unknown."""
    symbol = document.get("symbol")
    if not symbol:
        return regex.sub(r"[^\w.-]+", "_", source.stem)
    slug = regex.sub(r"[^\w]+", "_", symbol.replace("Sect. ", "Sect")).strip("_")
    return f"{slug}_{document.get('language') or 'xx'}"


def _extract(job: Job) -> dict:
    """Runs in the child: all three stages, the JSON written into the work folder."""
    from unfascicle.output import to_dict, write_json
    from unfascicle.pipeline import read

    document = to_dict(read(Path(job.source), password=job.password, max_pages=job.max_pages))
    write_json(document, Path(job.work_dir) / f"{job.sha256}.json")
    return {"name": output_name(document["document"], Path(job.source)),
            "pages": document["document"]["source"]["pages"],
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
        summary = call_with_time_limit(_extract, (job,), time_limit, job.source)
    except FascicleError as exc:
        return Outcome(job.source, "failed", seconds=round(time.perf_counter() - started, 3),
                       error=exc.line(), code=exc.code)
    return Outcome(job.source, "ok", seconds=round(time.perf_counter() - started, 3), **summary)


def expand_inputs(specs: Iterable[str]) -> list[Path]:
    """Files, folders (their .pdf/.txt/.docx files, recursively) and globs, sorted, once each."""
    found: set[Path] = set()
    for spec in specs:
        path = Path(spec)
        if path.is_dir():
            found.update(p for p in path.rglob("*") if p.suffix.lower() in INPUT_SUFFIXES
                         and p.is_file())
        elif path.exists():
            found.add(path)
        else:
            matches = [p for p in Path().glob(spec) if p.is_file()] if any(
                ch in spec for ch in "*?[") else []
            if not matches:
                raise UsageError(spec, "no such file, folder or matching glob")
            found.update(matches)
    return sorted(found)


def _state_file(out_dir: Path, sha256: str) -> Path:
    return out_dir / STATE / f"{sha256}.json"


def _done_before(out_dir: Path, sha256: str, version: str) -> dict | None:
    """The recorded outcome for this content and pipeline version, if its output exists."""
    try:
        state = json.loads(_state_file(out_dir, sha256).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if state.get("pipeline") != version or not (out_dir / state.get("output", "")).is_file():
        return None
    return state


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _finalize(outcome: Outcome, out_dir: Path, job: Job, version: str, taken: set[str]) -> None:
    """Move a finished output to its name and record it, as soon as it is done, so
    a killed run keeps what it finished."""
    source = Path(outcome.input)
    base = outcome.name or source.stem
    kind = source.suffix.lstrip(".").lower() or "input"
    # the same document twice in one run (its PDF and its text, or two copies)
    name = next(n for n in (base, f"{base}.{kind}", f"{base}.{source.stem}.{kind}",
                            f"{base}.{job.sha256[:12]}") if n not in taken)
    taken.add(name)
    target = out_dir / f"{name}.json"
    os.replace(Path(job.work_dir) / f"{job.sha256}.json", target)
    outcome.output = target.name
    record = asdict(outcome) | {"pipeline": version, "sha256": job.sha256}
    _write_atomic(_state_file(out_dir, job.sha256), json.dumps(record, ensure_ascii=False))


def run_batch(inputs: list[Path], out_dir: Path, executor: Executor | None = None,
              workers: int | None = None, time_limit: float | None = 300.0,
              password: str | None = None, max_pages: int | None = None,
              progress: Callable[[Outcome], None] | None = None) -> list[Outcome]:
    """Process ``inputs`` into ``out_dir``; returns one outcome per input, in input order."""
    version = pipeline_version()
    for sub in (WORK, STATE):
        (out_dir / sub).mkdir(parents=True, exist_ok=True)
    for stale in (out_dir / WORK).iterdir():  # left by a killed run
        stale.unlink()
    outcomes, jobs, pending = [], {}, []
    taken: set[str] = set()
    for path in inputs:
        try:
            sha = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError as exc:
            outcomes.append(Outcome(str(path), "failed", error=f"{path}: cannot read the file: "
                                    f"{exc.strerror} [unreadable-input]", code="unreadable-input"))
            continue
        state = _done_before(out_dir, sha, version)
        if state:
            taken.add(Path(state["output"]).stem)
            outcomes.append(Outcome(str(path), "skipped", output=state["output"],
                                    pages=state.get("pages"), tables=state.get("tables"),
                                    paragraphs=state.get("paragraphs"),
                                    failing_checks=state.get("failing_checks")))
            continue
        job = Job(str(path), str(out_dir / WORK), sha, password, max_pages)
        jobs[job.source] = job
        pending.append(job)
    own = executor is None
    pool = executor or ProcessPoolExecutor(max_workers=workers or os.cpu_count() or 1)
    try:
        futures = [pool.submit(process, job, time_limit) for job in pending]
        for future in as_completed(futures):
            outcome = future.result()
            if outcome.status == "ok":
                _finalize(outcome, out_dir, jobs[outcome.input], version, taken)
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
    records = [{k: v for k, v in asdict(o).items() if k != "name"} for o in outcomes]
    counts = {s: sum(1 for o in outcomes if o.status == s) for s in ("ok", "skipped", "failed")}
    report = {"pipeline": pipeline_version(), "counts": counts, "inputs": records}
    _write_atomic(out_dir / "report.json", json.dumps(report, ensure_ascii=False, indent=1) + "\n")
    lines = [f"{'status':8} {'pages':>5} {'tables':>6} {'paras':>5} {'fails':>5} {'sec':>6}  input"]
    for o in outcomes:
        cells = [o.pages, o.tables, o.paragraphs, o.failing_checks]
        shown = [str(c) if c is not None else "-" for c in cells]
        lines.append(f"{o.status:8} {shown[0]:>5} {shown[1]:>6} {shown[2]:>5} {shown[3]:>5} "
                     f"{o.seconds:>6.2f}  {o.input}" + (f"\n         {o.error}" if o.error else ""))
    lines.append(f"{counts['ok']} ok, {counts['skipped']} skipped, {counts['failed']} failed")
    summary = "\n".join(lines) + "\n"
    _write_atomic(out_dir / "report.txt", summary)
    return summary
