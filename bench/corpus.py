"""Scores every shared document, in every form we can make of it, against its answer key.

Prints one line per input: exit (ok / the error class), cells, rows, paragraphs and
seconds. Inputs: the sample's PDF and text, its renderings by Chromium and
LibreOffice (samples/renderings), each real A/81/6 PDF and Word file, each
A/80/6 Word file and LibreOffice rendering, and the texts that common extractors make
of these PDFs by every extractor installed (``tests/extractors.py``: pdftotext
default/-layout/-raw, mutool, pdfplumber in its two modes, pypdfium2, PyMuPDF,
pdfminer.six, pypdf in its two modes, Apache PDFBox). Figures, not assertions: run it,
read it.

Run it from the worktree root with the worktree's packages: the editable install
maps ``unfascicle.extract`` (and the other stage packages) to the tree it was
installed from, whatever PYTHONPATH says.

    .venv/bin/python bench/corpus.py [--only SUBSTRING] [--no-text] [--extractor NAME] [--jobs N]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from extractors import EXTRACTORS, missing  # noqa: E402 - the tests' table of extractors

SHARED = ROOT.parent / "shared"
SAMPLE = SHARED / "corpus"
REAL = SHARED / "corpus" / "real"


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def key_of(path: Path) -> Path | None:
    """The answer key of a shared input, by its file name."""
    stem = path.name.split(".")[0] if "Add" not in path.name else path.name.split("_en")[0]
    stem = stem.removesuffix("_en").removesuffix("_zh")
    if stem.startswith("A_78_6_Sect15"):
        return SAMPLE / "answer-key"
    key = REAL / "keys" / stem
    return key if key.is_dir() else None


def extractions(pdf: Path, folder: Path, only: str = "") -> list[tuple[str, Path]]:
    """Texts that the installed extractors (``only`` that one, where named) make of
    ``pdf``, written into ``folder``."""
    return [(name, extract(pdf, folder / f"{pdf.stem}.{name}.txt"))
            for name, extract in EXTRACTORS.items()
            if (not only or name == only) and missing(name) is None]


def run_one(job: tuple[str, str, str]) -> str:
    label, path, key = job
    from unfascicle.output import to_dict
    from unfascicle.pipeline import read

    score = _scorer()
    start = time.perf_counter()
    try:
        document = to_dict(read(Path(path)))
    except Exception as error:  # noqa: BLE001 - a bench reports every failure
        return f"{label:60s} {type(error).__name__}: {str(error)[:70]}"
    seconds = time.perf_counter() - start
    truth, blocks = score.load_key(Path(key))
    tables = score.score_tables(truth, document)
    paras = score.score_paras(blocks, document)
    cells = 100 * tables["hit"] / max(1, tables["cells"])
    rows = 100 * tables["rows_hit"] / max(1, tables["rows"])
    return (f"{label:60s} cells {cells:6.2f}  rows {rows:6.2f}  "
            f"paras {100 * paras['mean_ratio']:6.2f}  {seconds:5.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="inputs whose name contains this")
    parser.add_argument("--no-text", action="store_true", help="skip extractor texts")
    parser.add_argument("--extractor", default="",
                        help="score only this extractor's texts (e.g. pdfplumber)")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    inputs = [SAMPLE / "A_78_6_Sect15_zh.pdf", SAMPLE / "A_78_6_Sect15_zh.txt"]
    inputs += sorted((ROOT / "samples" / "renderings").glob("A_78_6_Sect15_zh.*.pdf"))
    inputs += sorted((REAL / "A_81_6").iterdir()) + sorted((REAL / "A_80_6").iterdir())
    inputs = [p for p in inputs if args.only in p.name and key_of(p)]
    with tempfile.TemporaryDirectory() as tmp:
        jobs = [(p.name, str(p), str(key_of(p))) for p in inputs]
        if not args.no_text:
            for pdf in (p for p in inputs if p.suffix == ".pdf"):
                jobs += [(f"{pdf.name} [{name}]", str(out), str(key_of(pdf)))
                         for name, out in extractions(pdf, Path(tmp), args.extractor)]
        with ProcessPoolExecutor(args.jobs) as pool:
            for line in pool.map(run_one, jobs):
                print(line, flush=True)


if __name__ == "__main__":
    main()
