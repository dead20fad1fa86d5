"""Read a fascicle PDF into a stage-one :class:`~.model.Layout`.

Each page's objects are read once (chars, lines, rects, links); running lines and
footnotes are peeled off, ruled tables and frames are located, and the rest is
walked in reading order by :class:`~.pdf_flow.Flow`. Table rows get their indent
depth last, ranked over the whole table so that pages agree.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect

from unfascicle.editions import detect_language

from ..errors import UnreadableInput
from .model import BBox, Footnote, Layout, Provenance, Table
from .pdf_figures import split_boxed
from .pdf_flow import Flow, measure_body
from .pdf_lines import Line
from .pdf_page import (
    PageContent,
    body_font_size,
    page_objects,
    read_page,
    split_footnotes,
    strip_running,
)
from .pdf_settings import PdfSettings, PdfVocab, load_vocab
from .pdf_tables import find_regions
from .table_core import drop_repeated_heads
from .textnorm import join_wrapped

__all__ = ["PdfSettings", "read_pdf"]


def _open(source: Path, password: str | None):
    if not source.is_file():
        raise UnreadableInput(source, "file not found")
    try:
        return pdfplumber.open(source, password=password or "")
    except Exception as exc:  # pdfminer raises many types on bad input; pdfplumber wraps them
        cause = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
        if isinstance(cause, PDFPasswordIncorrect):
            state = "is wrong" if password else "is needed (use --password)"
            raise UnreadableInput(source, f"the PDF is encrypted and its password {state}"
                                  ) from None
        kind = cause.__class__.__name__
        raise UnreadableInput(source, f"not a readable PDF: it is damaged ({kind})") from None


def _footnotes(page: PageContent, vocab: PdfVocab) -> list[Footnote]:
    """The page-bottom notes, each with the box of its lines."""
    notes: list[Footnote] = []
    lines: list[list[Line]] = []
    for ln in page.footnotes:
        m = vocab.footnote_start.match(ln.text)
        if m or ln.text.startswith("[^") or not notes:
            number = m.group(1) if m else ln.text[2:].split("]", 1)[0]
            notes.append(Footnote(number, "", Provenance(page.number, None)))
            lines.append([ln])
        else:
            lines[-1].append(ln)
    for note, own in zip(notes, lines, strict=True):
        first = own[0].text
        m = vocab.footnote_start.match(first)
        head = m.group(2) if m else first.split("]", 1)[-1]
        note.text = join_wrapped([head, *(ln.text for ln in own[1:])])
        note.prov = Provenance(page.number, BBox(min(ln.x0 for ln in own), own[0].top,
                                                 max(ln.x1 for ln in own), own[-1].bottom))
    return notes


def _front_pages(pages: list[PageContent], flow: Flow) -> int:
    """How many leading pages come before the body: pages with no numbered paragraph
    and no caption (the UN's cover, and its contents, which can run over a page).
    The Word reader takes the same text as front: what precedes the page break
    before the body. A document of one page has no front."""
    count = 0
    while count < len(pages) - 1 and not any(flow.starts_body(ln)
                                             for ln in pages[count].lines):
        count += 1
    return count if count < len(pages) - 1 else 0


def _rank_indents(table: Table, step: float) -> None:
    for part in table.parts:
        xs: list[float] = []
        for x in sorted(r.prov.bbox.x0 for r in part.rows if r.prov.bbox):
            if not xs or x - xs[-1] > step:
                xs.append(x)
        for r in part.rows:
            if r.prov.bbox:
                r.indent = sum(1 for x in xs if r.prov.bbox.x0 > x + step)


def read_pdf(source: Path, settings: PdfSettings | None = None, password: str | None = None,
             max_pages: int | None = None, language: str | None = None) -> Layout:
    """Read ``source`` into a Layout of blocks in reading order, with the words of
    edition ``language`` (detected from the script of the text when None)."""
    settings = settings or PdfSettings()
    source = Path(source)
    with _open(source, password) as pdf:
        try:
            count = len(pdf.pages)
            if max_pages is None or count <= max_pages:
                objects = [page_objects(p) for p in pdf.pages]
                vocab = load_vocab(language or detect_language(
                    "".join(c["text"] for c in objs["char"]) for objs in objects))
                pages = [read_page(p, objs, vocab, settings, None)
                         for p, objs in zip(pdf.pages, objects, strict=True)]
        except Exception as exc:  # a truncated file fails only when pages are parsed
            raise UnreadableInput(source, f"the PDF is damaged ({exc})") from None
    if max_pages is not None and count > max_pages:
        raise UnreadableInput(source, f"the PDF has {count} pages, more than the limit of "
                                      f"{max_pages} (--max-pages)")
    if not any(p.lines for p in pages):
        raise UnreadableInput(source, "no text layer: the PDF is scanned images; run OCR first")
    size = body_font_size(pages)
    running = strip_running(pages, settings)
    body = measure_body(pages, size, settings)
    flow = Flow(pages, body, vocab, settings)
    front: list[str] = []
    for page in pages[:_front_pages(pages, flow)]:
        front.extend(ln.text for ln in sorted(page.lines, key=lambda ln: ln.top))
        page.lines = []
    footnotes_by_page = []
    for page in pages:
        split_footnotes(page, size, vocab, settings)
        regions = find_regions(page.lines, page.graphics.rules, page.number, size, vocab, settings)
        taken = {id(ln) for r in regions for ln in r.lines}
        page.lines, page.boxed = split_boxed([ln for ln in page.lines if id(ln) not in taken],
                                             page.graphics.boxes)
        flow.page(page, regions, page.graphics.boxes)
        footnotes_by_page.append(_footnotes(page, vocab))
        flow.blocks.extend(footnotes_by_page[-1])
    blocks = flow.finish()
    drop_repeated_heads(blocks)
    for b in blocks:
        if isinstance(b, Table):
            _rank_indents(b, settings.indent_ratio * size)
    return Layout(source=str(source), source_kind="pdf", pages=len(pages), blocks=blocks,
                  front=front, running=running, warnings=flow.warnings)
