"""The three stages end to end: read a file, type it, (optionally) write it."""

from __future__ import annotations

import hashlib
from pathlib import Path

from unfascicle.collector import fewer_collections
from unfascicle.errors import NotAFascicle, UnreadableInput
from unfascicle.extract.docx_package import OLE2_MAGIC, zip_kind
from unfascicle.extract.model import Layout
from unfascicle.inputfile import MAX_INPUT_MB, read_input
from unfascicle.normalize import normalize
from unfascicle.normalize.records import Fascicle, Source

# A fascicle numbers its paragraphs: one line opening with "15.1" is not evidence of one
# (a letter or a note may start so), a run of numbered paragraphs or a budget table is.
MIN_PARAGRAPHS = 2

_BINARY_MAGIC = {
    b"%PDF": "PDF", b"\x89PNG": "PNG image", b"PK\x03\x04": "ZIP archive",
    b"\xff\xd8\xff": "JPEG image", b"GIF8": "GIF image",
    OLE2_MAGIC: "legacy Microsoft Office file (.doc, OLE2 format); save it as .docx or PDF",
}


def _sniff(data: bytes) -> str:
    """What the bytes are: "pdf", "docx", "text", or the name of another format."""
    for magic, name in _BINARY_MAGIC.items():
        if data.startswith(magic):
            if name == "ZIP archive":
                return zip_kind(data)
            return "pdf" if name == "PDF" else name
    head = data[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "HTML page"
    return "text"


def read_layout(path: Path, data: bytes, password: str | None = None,
                max_pages: int | None = None, language: str | None = None) -> Layout:
    """Stage one for any input kind (PDF, Word, text), chosen by content, not by name."""
    kind = _sniff(data)
    if kind == "pdf":
        from unfascicle.extract.pdf_reader import read_pdf

        with fewer_collections():
            return read_pdf(path, password=password, max_pages=max_pages, language=language)
    if kind == "docx":
        from unfascicle.extract.docx_reader import read_docx

        with fewer_collections():
            return read_docx(path, data, language=language)
    if kind != "text":
        raise UnreadableInput(path, f"this is a {kind}, not a PDF, Word or text fascicle")
    if path.suffix.lower() == ".pdf":
        raise UnreadableInput(path, "named .pdf but is not a PDF (no %PDF header)")
    from unfascicle.extract.text_reader import read_text

    with fewer_collections():
        return read_text(path, language)


def source_of(path: Path, data: bytes, layout: Layout) -> Source:
    """The output's record of its input: name (not the full path, so outputs do not
    depend on where the file lay), kind, content hash and pages."""
    return Source(path.name, layout.source_kind, hashlib.sha256(data).hexdigest(), layout.pages)


def read(path: str | Path, password: str | None = None, max_pages: int | None = None,
         max_mb: float | None = MAX_INPUT_MB, language: str | None = None) -> Fascicle:
    """Read a fascicle (PDF or flat text) into typed records; inputs over ``max_mb``
    megabytes are refused; ``language`` names its edition ("zh", "en") when it should
    not be detected from the text."""
    path = Path(path)
    data = read_input(path, max_mb)
    if not data.strip():
        raise UnreadableInput(path, "the file is empty")
    layout = read_layout(path, data, password, max_pages, language)
    with fewer_collections():
        fascicle = normalize(layout, source_of(path, data, layout), language)
    if sum(1 for p in fascicle.paragraphs if p.number) < MIN_PARAGRAPHS and not fascicle.tables:
        raise NotAFascicle(path, "no numbered paragraphs or budget tables found; expected a UN "
                                 "proposed programme budget fascicle such as A/78/6 (Sect. 15)")
    return fascicle
