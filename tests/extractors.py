"""Flat-text extractors of a PDF, as users run them: one table for the tests that score
their texts (tests/test_text_extractors.py) and the bench that prints the scores
(bench/corpus.py). Each writes the PDF's text into a file and returns its path;
pages are joined by form feeds where the tool marks none."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path


def pdftotext(pdf: Path, out: Path, *mode: str) -> Path:
    subprocess.run(["pdftotext", "-enc", "UTF-8", *mode, str(pdf), str(out)], check=True)
    return out


def _plumber(pdf: Path, out: Path) -> Path:
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        out.write_text("\f".join(p.extract_text() or "" for p in document.pages), "utf-8")
    return out


def _plumber_layout(pdf: Path, out: Path) -> Path:
    """pdfplumber's layout mode: characters put on a grid by their x positions, every
    line padded to the page width (approximate columns, a long label pushing its
    row's values right)."""
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        out.write_text("\f".join(p.extract_text(layout=True) or "" for p in document.pages),
                       "utf-8")
    return out


def _pdfium(pdf: Path, out: Path) -> Path:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    texts = [document[i].get_textpage().get_text_range() for i in range(len(document))]
    out.write_text("\f".join(texts), "utf-8")
    return out


def _mutool(pdf: Path, out: Path) -> Path:
    subprocess.run(["mutool", "draw", "-q", "-F", "txt", "-o", str(out), str(pdf)], check=True,
                   stderr=subprocess.DEVNULL)
    return out


def _pdfminer(pdf: Path, out: Path) -> Path:
    from pdfminer.high_level import extract_text  # pdfplumber's engine, default LAParams

    out.write_text(extract_text(str(pdf)), "utf-8")
    return out


def _pypdf(mode: str):
    """pypdf's ``extract_text`` in ``mode`` ("plain", its default, or "layout")."""
    def extract(pdf: Path, out: Path) -> Path:
        import pypdf

        pages = pypdf.PdfReader(pdf).pages
        out.write_text("\f".join(p.extract_text(extraction_mode=mode) for p in pages), "utf-8")
        return out
    return extract


# Apache PDFBox (the engine of Apache Tika), as Debian's libpdfbox2-java installs it.
PDFBOX = [Path("/usr/share/java") / jar for jar in (
    "pdfbox2.jar", "fontbox2.jar", "pdfbox2-tools.jar", "commons-logging.jar")]


def _pdfbox(pdf: Path, out: Path) -> Path:
    """PDFBox's ExtractText: pages joined without a form feed, a page's job number
    and page number printed without a space between ("25-058562/104")."""
    subprocess.run(["java", "-cp", ":".join(map(str, PDFBOX)),
                    "org.apache.pdfbox.tools.ExtractText", "-encoding", "UTF-8",
                    str(pdf), str(out)], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return out


def _pymupdf(pdf: Path, out: Path) -> Path:
    import pymupdf

    with pymupdf.open(pdf) as document:
        out.write_text("\f".join(page.get_text() for page in document), "utf-8")
    return out


def pymupdf_sorted(pdf: Path, out: Path) -> Path:
    """PyMuPDF's ``get_text(sort=True)``: lines in reading order, a line's words spaced
    by their gaps counted in the next word's mean character width."""
    import pymupdf

    with pymupdf.open(pdf) as document:
        out.write_text("\f".join(page.get_text(sort=True) for page in document), "utf-8")
    return out


EXTRACTORS = {
    "pdftotext": lambda pdf, out: pdftotext(pdf, out),
    "pdftotext-layout": lambda pdf, out: pdftotext(pdf, out, "-layout"),
    "pdftotext-raw": lambda pdf, out: pdftotext(pdf, out, "-raw"),
    "pdfplumber": _plumber,
    "pdfplumber-layout": _plumber_layout,
    "pypdfium2": _pdfium,
    "pymupdf": _pymupdf,
    "mutool": _mutool,
    "pdfminer": _pdfminer,
    "pypdf": _pypdf("plain"),
    "pypdf-layout": _pypdf("layout"),
    "pdfbox": _pdfbox,
}


# The Python module or the program each extractor needs, beyond pdfplumber (a dependency).
_NEEDS = {"pypdfium2": "pypdfium2", "pymupdf": "pymupdf", "pypdf": "pypdf",
          "pypdf-layout": "pypdf"}


def missing(name: str) -> str | None:
    """Why this machine cannot run extractor ``name`` (None where it can)."""
    module = _NEEDS.get(name)
    if module and importlib.util.find_spec(module) is None:
        return f"{module} is not installed"
    if name.startswith("pdftotext") and not shutil.which("pdftotext"):
        return "pdftotext (poppler-utils) is not installed"
    if name == "mutool" and not shutil.which("mutool"):
        return "mutool (mupdf-tools) is not installed"
    if name == "pdfbox" and not (shutil.which("java") and all(map(Path.exists, PDFBOX))):
        return "PDFBox (Debian's libpdfbox2-java and a Java runtime) is not installed"
    return None
