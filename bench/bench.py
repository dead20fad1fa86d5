"""Benchmark: the pipeline against its peers on the same file, in one run.

Prints per-stage and total time for `fascicle extract` on a PDF, pages per second,
pdfplumber's plain extract_text, camelot's stream tables and pypdfium2's raw text
over all pages, the ratios, how cost grows with length (the document twice), batch
scaling (8 documents with 1 and 2 workers), peak memory for one document, and the
flat-text path with its growth over 10 and 80 concatenated copies of the sample
text, and the texts that common extractors make of the PDF, each against the PDF (and
the same for one of the UN's English PDFs, where ../shared is beside the repository).
Figures, not assertions: run it, read it.

    .venv/bin/pip install -e ".[bench]" && .venv/bin/python bench/bench.py [PDF] [TXT]

``--english all`` times every shared A/81/6 PDF and its texts instead of one (the texts'
cost against their PDF differs by section: side-by-side prose costs pdfplumber's text
most), ``--extractor NAME`` (repeatable) keeps only those extractors' texts, and
``--english-only`` skips the sample's part.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from corpus import REAL, extractions

ROOT = Path(__file__).resolve().parent.parent
PDF = ROOT / "samples" / "corpus" / "A_78_6_Sect15_zh.pdf"
TXT = ROOT / "samples" / "corpus" / "A_78_6_Sect15_zh.txt"
# An English document by the UN's own producer, where ../shared is beside the repository:
# its texts are judged against it as the sample's are against the sample.
ENGLISH_PDF = REAL / "A_81_6" / "A_81_6_Sect15_PartA_en.pdf"
REPEAT = 3


def best(fn: Callable[[], object], repeat: int = REPEAT) -> float:
    """The best of ``repeat`` wall-clock timings (the least disturbed run)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def forget_memos() -> None:
    """Empty every memo of the package (vocabularies, compiled schema, per-line work),
    so that each timed run costs what a fresh process pays for it: a memo warmed by
    an earlier run of the same lines would flatter the second."""
    for name, module in list(sys.modules.items()):
        if name.startswith("unfascicle"):
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


def pipeline_stages(path: Path) -> dict[str, float]:
    """Seconds per stage for one run of all three stages (best of REPEAT, each run
    with the package's memos empty)."""
    from unfascicle.normalize import normalize
    from unfascicle.output import to_dict, valid_json
    from unfascicle.pipeline import read_layout, source_of

    runs = []
    for _ in range(REPEAT):
        forget_memos()
        data = path.read_bytes()
        t0 = time.perf_counter()
        layout = read_layout(path, data)
        t1 = time.perf_counter()
        fascicle = normalize(layout, source_of(path, data, layout))
        t2 = time.perf_counter()
        document = to_dict(fascicle)
        t3 = time.perf_counter()
        valid_json(document)  # what ``write_json`` writes
        t4 = time.perf_counter()
        runs.append({"extract": t1 - t0, "normalize": t2 - t1, "checks": t3 - t2,
                     "validate+json": t4 - t3})
    totals = [sum(r.values()) for r in runs]
    fastest = runs[totals.index(min(totals))]
    return fastest | {"total": min(totals)}


def pdfplumber_text(path: Path) -> None:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()


def camelot_stream(path: Path) -> None:
    """camelot's stream tables of every page (its "No tables found in table area"
    warning, once per text-only region, would bury the figures)."""
    import camelot

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="No tables found", category=UserWarning)
        camelot.read_pdf(str(path), flavor="stream", pages="all")


def pdfium_text(path: Path) -> None:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(path)
    for page in document:
        page.get_textpage().get_text_range()


def doubled(path: Path, folder: Path) -> Path:
    """The same document twice in one PDF: twice the pages, same content mix."""
    import pypdfium2 as pdfium

    source, target = pdfium.PdfDocument(path), pdfium.PdfDocument.new()
    target.import_pages(source)
    target.import_pages(source)
    out = folder / "doubled.pdf"
    target.save(out)
    return out


def batch_seconds(path: Path, folder: Path, workers: int, count: int = 8) -> float:
    from unfascicle.batch import run_batch

    inputs = []
    for i in range(count):  # distinct content, so nothing is skipped
        copy = folder / f"in{workers}" / f"doc{i}{path.suffix}"
        copy.parent.mkdir(exist_ok=True)
        copy.write_bytes(path.read_bytes() + f"\n% copy {i}\n".encode())
        inputs.append(copy)
    out = folder / f"out{workers}"
    start = time.perf_counter()
    run_batch(inputs, out, workers=workers)
    seconds = time.perf_counter() - start
    shutil.rmtree(out)
    return seconds


def peak_memory_mb(path: Path) -> float:
    """Peak resident memory of a fresh interpreter that runs the whole pipeline on
    ``path``: the high-water mark of its own memory (Linux's VmHWM), not
    ``ru_maxrss``, which Linux carries over from the process the interpreter was
    started from (this benchmark, after all its other runs)."""
    code = ("import resource, sys; from pathlib import Path; "
            "from unfascicle.output import to_dict, valid_json; "
            "from unfascicle.pipeline import read; "
            "d = to_dict(read(Path(sys.argv[1]))); valid_json(d); "
            "status = Path('/proc/self/status'); "
            "hwm = [int(l.split()[1]) for l in status.read_text().splitlines() "
            "if l.startswith('VmHWM:')] if status.exists() else []; "
            "print((hwm[0] if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) / 1024)")
    return float(_fresh(code, path))


def _fresh(code: str, path: Path) -> str:
    """The last word ``code`` prints, run on ``path`` in a fresh interpreter."""
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                          text=True, check=True)
    return done.stdout.split()[-1]


def text_copies_seconds(txt: Path, folder: Path, copies: int) -> float:
    """Stage one on ``copies`` copies of a text concatenated (one run: the cost of a
    long input, where a quadratic step would show), in a fresh interpreter: the
    readers memoise per-line work, and a warm memo from an earlier run of the same
    lines would flatter the longer input."""
    path = folder / f"x{copies}.txt"
    path.write_text(txt.read_text(encoding="utf-8") * copies, encoding="utf-8")
    code = ("import sys, time; from pathlib import Path; "
            "from unfascicle.extract.text_reader import read_text; "
            "t = time.perf_counter(); read_text(Path(sys.argv[1])); "
            "print(time.perf_counter() - t)")
    return float(_fresh(code, path))


def texts_against(pdf: Path, total: float, only: tuple[str, ...] = ()) -> None:
    """Print what each common extractor's text of ``pdf`` (those named in ``only``,
    where given) costs the pipeline, as a share of ``total``, the PDF's own time."""
    with tempfile.TemporaryDirectory() as tmp:
        for name, path in extractions(pdf, Path(tmp)):
            if only and name not in only:
                continue
            parts = pipeline_stages(path)
            seconds = parts["total"]
            print(f"  the PDF's text by {name:<17} {seconds:.3f} s = {seconds / total:.3f} "
                  f"of the PDF time (target < 0.1); reading {parts['extract']:.3f} s, "
                  f"the other stages {seconds - parts['extract']:.3f} s")


def sample(pdf: Path, txt: Path, only: tuple[str, ...]) -> None:
    """The sample's part: stages, peers, growth, batch, memory, its texts."""
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        pages = len(document.pages)
    print(f"input: {pdf.name}, {pages} pages; best of {REPEAT} runs\n")
    stages = pipeline_stages(pdf)
    total = stages["total"]
    for name, seconds in stages.items():
        print(f"  pipeline {name:<14} {seconds:7.3f} s")
    print(f"  pipeline pages per second {pages / total:7.1f}\n")
    peers = {"pdfplumber extract_text": lambda: pdfplumber_text(pdf),
             "camelot stream (all pages)": lambda: camelot_stream(pdf),
             "pypdfium2 raw text": lambda: pdfium_text(pdf)}
    for name, fn in peers.items():
        seconds = best(fn)
        print(f"  {name:<28} {seconds:7.3f} s   pipeline / this = {total / seconds:5.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        long = pipeline_stages(doubled(pdf, folder))["total"]
        print(f"\n  linearity: 2x pages {long:.3f} s = {long / total:.2f}x the time "
              "(target <= 2.1)")
        one, two = batch_seconds(pdf, folder, 1), batch_seconds(pdf, folder, 2)
        print(f"  batch of 8: 1 worker {one:.2f} s, 2 workers {two:.2f} s: "
              f"speed-up {one / two:.2f}x (target >= 1.7)")
    print(f"  peak memory, one document: {peak_memory_mb(pdf):.0f} MB (target <= 400)")
    text = statistics.median([pipeline_stages(txt)["total"] for _ in range(2)])
    print(f"  flat text ({txt.name}): {text:.3f} s = {text / total:.3f} of the PDF time "
          f"(target < 0.1)")
    texts_against(pdf, total, only)
    with tempfile.TemporaryDirectory() as tmp:
        ten = text_copies_seconds(txt, Path(tmp), 10)
        eighty = text_copies_seconds(txt, Path(tmp), 80)
    print(f"  flat text read, 10 copies {ten:.2f} s, 80 copies {eighty:.2f} s: "
          f"{eighty / ten:.1f}x for 8x the length (target <= 8.5)")



def english_against(pdfs: list[Path], only: tuple[str, ...]) -> None:
    """Print each English PDF's own time and its texts' share of it."""
    for pdf in pdfs:
        english = pipeline_stages(pdf)["total"]
        print(f"\n  {pdf.name}: pipeline {english:.3f} s")
        texts_against(pdf, english, only)


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pdf", nargs="?", type=Path, default=PDF)
    parser.add_argument("txt", nargs="?", type=Path, default=TXT)
    parser.add_argument("--english", choices=("one", "all", "none"), default="one",
                        help="time one shared English PDF's texts (default), all, or none")
    parser.add_argument("--english-only", action="store_true",
                        help="skip the sample's part")
    parser.add_argument("--extractor", action="append", default=[],
                        help="keep only this extractor's texts (repeatable)")
    return parser.parse_args()


def main() -> None:
    args = arguments()
    only = tuple(args.extractor)
    if not args.english_only:
        sample(args.pdf, args.txt, only)
    english = sorted(ENGLISH_PDF.parent.glob("*.pdf")) if args.english == "all" else (
        [ENGLISH_PDF] if args.english == "one" else [])
    english_against([pdf for pdf in english if pdf.exists()], only)

if __name__ == "__main__":
    main()
